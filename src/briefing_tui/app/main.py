"""Entry point for the bare ``briefing-tui [PATHS...]`` command."""

from __future__ import annotations

from pathlib import Path


def run(paths: list[Path]) -> int:
    """Open the browser on ``paths``; the exit code for the command line."""
    from briefing_tui.app.app import BriefingApp

    app = BriefingApp(paths)
    app.run()
    return app.return_code or 0
