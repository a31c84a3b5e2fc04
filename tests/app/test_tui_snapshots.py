"""SVG snapshots at fixed sizes on fixed data (tests/app/data), reader zone UTC, default theme.

Update after an intended change with `python -m pytest tests/app --snapshot-update`,
then look at the SVGs in tests/app/__snapshots__/test_tui_snapshots/ before committing them.
"""

from __future__ import annotations

from pathlib import Path

from app_support import HERE, loaded, wait_for

from briefing_tui.app.widgets.filter_panel import FilterPanel
from briefing_tui.app.widgets.search_box import SearchBox

WIDE = (120, 40)
NARROW = (80, 24)


def test_startup(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=loaded)


def test_topic_filtered(snap_compare, make_app):
    async def filter_on_china(pilot):
        screen = await loaded(pilot)
        await pilot.press("t")
        panel = screen.query_one(FilterPanel)
        target = panel.get_option_index("topics:china")
        await pilot.press(*["down"] * (target - panel.highlighted), "space")  # letters jump in the panel

    assert snap_compare(make_app(), terminal_size=WIDE, run_before=filter_on_china)


def test_search(snap_compare, make_app):
    async def search(pilot):
        screen = await loaded(pilot)
        screen.query_one(SearchBox).cursor_blink = False  # a blinking cursor would make the picture flicker
        await pilot.press("slash", *"melbourne")
        # The facet counts follow once typing pauses (their timer is cleared when they are shown).
        await wait_for(pilot, lambda: screen.filters.text == "melbourne" and screen._facet_timer is None)

    assert snap_compare(make_app(), terminal_size=WIDE, run_before=search)


def test_help(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=loaded, press=["question_mark"])


def test_errors_screen(snap_compare, make_app, monkeypatch):
    monkeypatch.chdir(HERE / "data")  # relative paths, so the picture is the same in any checkout
    assert snap_compare(make_app(Path("broken")), terminal_size=WIDE, run_before=loaded, press=["e"])


def test_narrow_terminal(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=NARROW, run_before=loaded)
