"""Snapshots of the date filter and the medium facet, 120x40 on the fixed test data (tests/app/data).

Update after an intended change with `python -m pytest tests/app --snapshot-update`, then look at the SVGs.
"""

from __future__ import annotations

from app_support import loaded, wait_for
from textual.widgets import Input

from briefing_tui.app.screens.dates import DatesScreen
from briefing_tui.app.widgets.filter_panel import FilterPanel

WIDE = (120, 40)


def test_date_filtered(snap_compare, make_app):
    async def dates_2021_to_2022(pilot):
        screen = await loaded(pilot)
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, DatesScreen))
        await pilot.press(*"2021", "tab", *"2022", "enter")
        await wait_for(pilot, lambda: pilot.app.screen is screen and screen.filters.dated)
        await wait_for(pilot, lambda: screen._facet_timer is None)

    assert snap_compare(make_app(), terminal_size=WIDE, run_before=dates_2021_to_2022)


def test_dates_dialog(snap_compare, make_app):
    async def open_dialog(pilot):
        await loaded(pilot)
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, DatesScreen))
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False
        await pilot.press(*"2021-03")

    assert snap_compare(make_app(), terminal_size=WIDE, run_before=open_dialog)


def test_medium_facet(snap_compare, make_app):
    async def filter_on_video(pilot):
        screen = await loaded(pilot)
        await pilot.press("t")
        panel = screen.query_one(FilterPanel)
        panel.highlighted = panel.get_option_index("media:video")
        await pilot.press("space")
        await wait_for(pilot, lambda: screen.filters.media == {"video"} and screen._facet_timer is None)

    assert snap_compare(make_app(), terminal_size=WIDE, run_before=filter_on_video)
