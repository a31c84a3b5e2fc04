"""Allow ``python -m briefing_tui``."""

from briefing_tui.cli import main

# Guarded: the loader's worker processes (spawned) import the main module again.
if __name__ == "__main__":
    raise SystemExit(main())
