"""What a key costs (issue #14), counted rather than timed: layout passes and briefing renders."""

from __future__ import annotations

from dataclasses import replace

import pytest
from app_support import loaded, palette_kept, rendered, show_points, wait_for
from textual.widgets import OptionList

import briefing_tui.app.pane_controller as pane_module
import briefing_tui.app.screens.browser as browser_module
from briefing_tui.app.screens.browser import Browser
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.filter_panel import FilterPanel
from briefing_tui.app.widgets.search_box import SearchBox


class Counted:
    """A renderable that counts how often Rich draws it."""

    draws = 0

    def __init__(self, inner: object) -> None:
        self.inner = inner

    def __rich_console__(self, console, options):
        Counted.draws += 1
        yield self.inner


@pytest.fixture
def count_draws(monkeypatch: pytest.MonkeyPatch) -> type[Counted]:
    real = pane_module.render_briefing
    monkeypatch.setattr(pane_module, "render_briefing", lambda *a, **k: Counted(real(*a, **k)))
    Counted.draws = 0
    return Counted


@pytest.fixture
def count_layouts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the screen lays itself out (each pass repaints every widget and scroll bar)."""
    layouts = [0]
    real = Browser._refresh_layout

    def counting(self, *args, **kwargs):
        layouts[0] += 1
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Browser, "_refresh_layout", counting)
    return layouts


async def showing(pilot, screen: Browser) -> None:
    """Wait until the briefing pane shows the briefing under the cursor."""
    pane = screen.query_one(DetailPane)
    await wait_for(
        pilot, lambda: screen.current_briefing is not None and screen.current_briefing.title in rendered(pane.body)
    )
    await pilot.pause()


async def test_a_briefing_is_drawn_once_and_drawn_again_from_memory(make_app, count_draws):
    """A Static drew the whole briefing twice per highlight (its height, then its lines)."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await showing(pilot, screen)
        count_draws.draws = 0
        await pilot.press("j")
        await showing(pilot, screen)
        assert count_draws.draws == 1
        await pilot.press("k")  # back to the first: its lines are kept
        await showing(pilot, screen)
        assert count_draws.draws == 1


@pytest.mark.parametrize("keys", [("j", "j", "k"), ("down", "G", "g")])
async def test_moving_through_the_list_lays_nothing_out(make_app, count_layouts, keys):
    """A highlight used to cost two layout passes of the whole screen (the pane's height changed)."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await showing(pilot, screen)
        count_layouts[0] = 0
        for key in keys:
            await pilot.press(key)
            await showing(pilot, screen)
        assert count_layouts[0] == 0


async def test_moving_through_the_points_lays_nothing_out(make_app, count_layouts):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await show_points(pilot)
        await showing(pilot, screen)
        count_layouts[0] = 0
        for key in ("j", "j", "k"):
            await pilot.press(key)
            await showing(pilot, screen)
        assert count_layouts[0] == 0


async def test_keys_typed_ahead_draw_only_the_briefing_they_end_on(make_app, count_draws):
    """The pane follows the cursor once per frame, not once per key: no backlog of renders."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await showing(pilot, screen)
        count_draws.draws = 0
        for _ in range(5):  # five keys before the app runs again
            screen.query_one(browser_module.BriefingList).action_cursor_down()
        await wait_for(pilot, lambda: screen.current == screen.shown[5])
        await showing(pilot, screen)
        assert count_draws.draws == 1


async def test_typing_a_search_lays_nothing_out(make_app, count_layouts):
    """Input sized its scroll area to its text on every key, and the list to its matches: a layout
    pass of the whole screen per keystroke."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash")
        await wait_for(pilot, lambda: isinstance(pilot.app.focused, SearchBox))
        await pilot.pause()
        count_layouts[0] = 0
        for key in ("j", "a", "p", "backspace", "backspace", "backspace"):
            await pilot.press(key)
            await pilot.pause()
        await wait_for(pilot, lambda: screen.filters.text == "")
        assert count_layouts[0] == 0


async def test_the_filter_panel_redraws_only_the_rows_that_changed(make_app, monkeypatch):
    """After each pause in typing the panel gets new rows (new counts): OptionList drew every
    visible row again, tens of milliseconds landing in the next keystroke. Rows that show what
    they showed before are not drawn again."""
    drawn: list[str | None] = []
    real = OptionList._get_option_render

    def counting(self, option, style):
        drawn.append(option.id)
        return real(self, option, style)

    monkeypatch.setattr(OptionList, "_get_option_render", counting)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await palette_kept(pilot)
        panel = screen.query_one(FilterPanel)
        await wait_for(pilot, lambda: screen._facet_timer is None)
        await pilot.pause()
        await pilot.press("slash", "c", "h", "i", "n", "a")
        await wait_for(pilot, lambda: screen.filters.text == "china" and screen._facet_timer is None)
        await pilot.pause()
        changed = {option.id for option in panel.options if not option.disabled}
        assert "topics:china" in changed
        drawn.clear()
        screen._refresh_facets()  # the same counts again: nothing to draw
        await pilot.pause()
        assert drawn == []
        screen.filters = replace(screen.filters, text="")  # back to every briefing's counts, drawn before
        await wait_for(pilot, lambda: screen._facet_timer is None)
        await pilot.pause()
        assert drawn == []  # kept from the first time
        total = screen.library.totals["topics"]["china"]
        assert panel.get_option("topics:china").prompt.plain.split()[-1] == str(total)


async def test_a_search_that_brings_or_takes_the_scroll_bar_lays_nothing_out(make_app, count_layouts):
    """The list's scroll bar came and went as the matches crossed its height, and each time the
    whole screen was laid out (tens of milliseconds in a keystroke). The bar's column now stays."""
    async with make_app().run_test(size=(120, 24)) as pilot:
        screen = await loaded(pilot)
        briefings = screen.query_one("#briefings")
        assert briefings.virtual_size.height > briefings.scrollable_content_region.height  # it scrolls
        await pilot.press("slash")
        await wait_for(pilot, lambda: isinstance(pilot.app.focused, SearchBox))
        await pilot.pause()
        count_layouts[0] = 0
        await pilot.press(*"melbourne")
        await wait_for(pilot, lambda: screen.filters.text == "melbourne" and len(screen.shown) == 1)
        await pilot.pause()
        await pilot.press(*["backspace"] * len("melbourne"))
        await wait_for(pilot, lambda: screen.filters.text == "" and len(screen.shown) > 1)
        await pilot.pause()
        assert count_layouts[0] == 0
