"""`z` cycles the emphasized zone; the palette's zone picker adds any IANA zone."""

from __future__ import annotations

import json

from app_support import loaded, palette_lists, rendered, wait_for

from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.core.model.timetable import emphasis_cycle
from briefing_tui.core.store.settings import SETTINGS_FILE


def emphasized_row(screen) -> str:
    """The marked row of the time table: its label line and the zone line under it."""
    lines = rendered(screen.query_one(DetailPane).body).splitlines()
    at = next(i for i, line in enumerate(lines) if "▸" in line)
    return "\n".join(lines[at : at + 2])


async def test_z_cycles_venue_homes_local_utc(make_app, settings_dir):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j")  # the Montreal meeting: venue Toronto, homes Tokyo and Toronto
        briefing = screen.current_briefing
        assert briefing.venue.startswith("Montreal")
        cycle = emphasis_cycle(briefing, "UTC")
        assert cycle == ["America/Toronto", "Asia/Tokyo", "UTC"]
        seen = []
        for _ in range(len(cycle) + 1):
            await pilot.press("z")
            seen.append(screen.emphasis)
            assert screen.emphasis in emphasized_row(screen)
            assert screen.query_one(DetailPane).border_subtitle == f"zone {screen.emphasis} (z)"
        assert seen == [*cycle, cycle[0]]
        saved = json.loads((settings_dir / SETTINGS_FILE).read_text())
        assert saved["zone"] == cycle[0]


async def test_z_at_80x24_scrolls_the_emphasized_row_into_view(make_app):
    """#13: the pane kept its place, so at 24 rows `z` could emphasize a row below (or above) the view."""
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j")  # the Montreal meeting: Toronto, Tokyo, UTC
        pane = screen.query_one(DetailPane)
        cycle = emphasis_cycle(screen.current_briefing, "UTC")
        for _ in range(2 * len(cycle)):
            await pilot.press("z")
            lines = rendered(pane.body).splitlines()
            at = next(i for i, line in enumerate(lines) if "▸" in line)
            top, height = round(pane.scroll_y), pane.scrollable_content_region.height
            assert top <= at and at + 2 <= top + height, (screen.emphasis, at, top, height)
        pane.scroll_end(animate=False, immediate=True)  # read on to the points, then z: back up to the table
        await pilot.press("z")
        lines = rendered(pane.body).splitlines()
        at = next(i for i, line in enumerate(lines) if "▸" in line)
        assert round(pane.scroll_y) <= at < round(pane.scroll_y) + pane.scrollable_content_region.height


async def test_zone_picker_adds_and_emphasizes_any_zone(make_app, settings_dir):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("ctrl+p", *"pick time")
        await wait_for(pilot, palette_lists(pilot, "pick time zone"))
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: "time zones" in pilot.app.screen.query_one("CommandInput").placeholder)
        await pilot.press(*"kolkata")
        await wait_for(pilot, palette_lists(pilot, "Asia/Kolkata"))
        await pilot.press("down", "enter")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert screen.extra_zone == "Asia/Kolkata" and screen.emphasis == "Asia/Kolkata"
        assert "Asia/Kolkata IST" in emphasized_row(screen)
        await pilot.press("j")  # the picked zone shows in every briefing's table
        assert "Asia/Kolkata" in emphasized_row(screen)
        saved = json.loads((settings_dir / SETTINGS_FILE).read_text())
        assert saved == {"theme": None, "zone": "Asia/Kolkata", "extra_zone": "Asia/Kolkata"}

    async with make_app().run_test(size=(120, 40)) as pilot:  # remembered next time
        screen = await loaded(pilot)
        assert screen.extra_zone == "Asia/Kolkata" and screen.emphasis == "Asia/Kolkata"
        assert "Asia/Kolkata" in emphasized_row(screen)


async def test_zone_picker_finds_capitals_cities_and_countries(make_app):
    """#13: "ottawa" found only America/North_Dakota/New_Salem; "washington", "beijing"... nothing."""
    from app_support import until
    from textual.command import CommandList, CommandPalette

    from briefing_tui.core.model import cities

    cities.places.cache_clear()  # loads when the picker opens, not before
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert cities.places.cache_info().currsize == 0  # never at startup
        screen.action_pick_zone()
        await until(
            pilot, lambda: isinstance(pilot.app.screen, CommandPalette) and bool(pilot.app.screen.query(CommandList))
        )
        palette = pilot.app.screen
        commands = palette.query_one(CommandList)

        def prompts() -> list[str]:
            return [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]

        expected = {
            "ottawa": "Ottawa, Canada → America/Toronto",
            "washington": "Washington, United States → America/New_York",
            "beijing": "Beijing, China → Asia/Shanghai",
            "delhi": "New Delhi, India → Asia/Kolkata",
            "brasilia": "Brasília, Brazil → America/Sao_Paulo",
            "wellington": "Wellington, New Zealand → Pacific/Auckland",
            "montreal": "Montréal, Canada → America/Toronto",
            "new zealand": "New Zealand (capital Wellington) → Pacific/Auckland",
        }
        for query, prompt in expected.items():
            palette.query_one("CommandInput").value = query
            await until(pilot, lambda prompt=prompt: prompt in prompts(), timeout=20)
        palette.query_one("CommandInput").value = "wellington"
        await until(pilot, lambda: prompts()[:1] == ["Wellington, New Zealand → Pacific/Auckland"], timeout=20)
        await pilot.press("enter")
        await until(pilot, lambda: pilot.app.screen is screen)
        assert screen.extra_zone == "Pacific/Auckland" and screen.emphasis == "Pacific/Auckland"
