"""Export docs/screenshot.svg: the three panes, with a topic filter on, as the README shows them.

Run from anywhere: ``python docs/make_screenshot.py``. It drives the real app
headless on the bundled briefings, with the reader's zone fixed to UTC and a
throwaway settings folder, so the picture does not depend on this machine.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshot.svg"
SIZE = (120, 40)
TOPIC = "china"


async def main() -> Path:
    from briefing_tui.app.app import BriefingApp
    from briefing_tui.app.screens.browser import Browser
    from briefing_tui.app.widgets.filter_panel import FilterPanel
    from briefing_tui.core.bundled import bundled_dir

    with tempfile.TemporaryDirectory() as scratch:
        os.environ["BRIEFING_TUI_CACHE_DIR"] = str(Path(scratch) / "cache")
        app = BriefingApp([bundled_dir()], local_zone="UTC", settings_dir=Path(scratch) / "config")
        async with app.run_test(size=SIZE) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, Browser)
            await pilot.press("t")
            panel = screen.query_one(FilterPanel)
            target = panel.get_option_index(f"topics:{TOPIC}")
            await pilot.press(*["j"] * (target - (panel.highlighted or 0)), "space", "tab", "j")
            await pilot.pause(0.3)
            OUT.write_text(app.export_screenshot(title="briefing-tui"), encoding="utf-8")
    return OUT


if __name__ == "__main__":
    sys.stdout.write(f"wrote {asyncio.run(main())}\n")
