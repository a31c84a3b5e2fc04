"""Moving through the list with arrows and j/k/g/G; the detail pane follows; panes by tab."""

from __future__ import annotations

import pytest
from app_support import loaded, rendered, show_points

from briefing_tui.app.widgets.briefing_list import BriefingList
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.filter_panel import FilterPanel


def shown_title(screen) -> str:
    return rendered(screen.query_one(DetailPane).body).splitlines()[0].strip()


MOVES = [(("j",), 1), (("down", "down"), 2), (("G",), 7), (("G", "k"), 6), (("G", "up", "g"), 0), (("end", "home"), 0)]


@pytest.mark.parametrize(("keys", "position"), MOVES)
async def test_keys_move_the_cursor_and_the_detail_follows(make_app, keys, position):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        briefings = screen.query_one(BriefingList)
        await pilot.press(*keys)
        await pilot.pause()
        assert briefings.highlighted == position
        expected = screen.library.briefings[screen.shown[position]]
        assert screen.current_briefing is expected
        assert shown_title(screen) == expected.title


async def test_enter_reads_the_briefing_and_tab_moves_between_panes(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        app = pilot.app
        await pilot.press("enter")
        assert app.focused is screen.query_one(DetailPane)
        await pilot.press("j", "j", "space")
        assert screen.query_one(DetailPane).scroll_y > 0
        await pilot.press("tab")
        assert app.focused is screen.query_one(FilterPanel)
        await pilot.press("tab")
        assert app.focused is screen.query_one(BriefingList)
        await pilot.press("shift+tab")
        assert app.focused is screen.query_one(FilterPanel)


async def test_a_new_briefing_starts_at_the_top(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        detail = screen.query_one(DetailPane)
        await pilot.press("enter", "G")
        assert detail.scroll_y > 0
        await pilot.press("shift+tab", "j")
        await pilot.pause()
        assert detail.scroll_y == 0


@pytest.mark.parametrize("view", ["briefings", "points"])
async def test_a_key_typed_right_after_enter_reaches_the_briefing_pane(make_app, view):
    """Both keys queued before either is handled, as a fast typist or a pasted sequence sends them."""
    from textual import events

    from briefing_tui.app.widgets.point_list import PointList

    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        if view == "points":
            await show_points(pilot)
        listing = screen.query_one(PointList if view == "points" else BriefingList)
        assert pilot.app.focused is listing
        before = listing.highlighted
        pilot.app.post_message(events.Key("enter", "\r"))
        pilot.app.post_message(events.Key("j", "j"))
        await pilot.pause()
        await pilot.pause()
        assert pilot.app.focused is screen.query_one(DetailPane)
        assert listing.highlighted == before  # the j scrolled the briefing, not the list
