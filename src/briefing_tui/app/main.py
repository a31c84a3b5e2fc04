"""Entry point for the bare ``briefing-tui [PATHS...]`` command."""

from __future__ import annotations

from pathlib import Path


def run(paths: list[Path], *, use_cache: bool = True, view: str | None = None) -> int:
    """Open the browser on ``paths``; the exit code for the command line."""
    from briefing_tui.app.app import BriefingApp

    app = BriefingApp(paths, use_cache=use_cache, view=view)
    app.run()
    return app.return_code or 0
