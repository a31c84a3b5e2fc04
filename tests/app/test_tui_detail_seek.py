"""The briefing pane scrolls to the first highlighted point even before its scroll bar is laid out."""

from __future__ import annotations

from app_support import loaded, wait_for
from rich.text import Text
from textual.app import App, ComposeResult

from briefing_tui.app.widgets.detail import DetailFrame, DetailPane
from briefing_tui.core.query.filtering import Query


class PaneApp(App[None]):
    def compose(self) -> ComposeResult:
        self.pane = DetailPane()
        yield DetailFrame(self.pane)


async def test_a_seek_right_after_the_pane_grows_taller_than_itself_is_not_lost():
    """Textual refuses to scroll a pane whose scroll bar the next layout will only show: the
    seek to a highlighted point made right after a long briefing replaced a short one was
    dropped (the timeline snapshot flaked on it: the pane behind sometimes sat at the top)."""
    app = PaneApp()
    async with app.run_test(size=(60, 12)) as pilot:
        pane = app.pane
        pane.show(Text("short"), 1, "a")
        await pilot.pause()
        long = Text("\n".join(["line"] * 30 + ["┃ here"] + ["line"] * 30))
        pane.show(long, 2, "a")  # no layout in between: the scroll bar is not there yet
        pane.show(long, 2, "b", seek="┃ ")
        assert pane.scroll_y == 29  # one line of context above the mark


async def test_the_briefing_shown_again_after_a_message_goes_back_to_its_highlighted_point(make_app):
    """The pane remembered the seek it had made for (briefing, topics) even after a message had
    replaced that briefing; shown again, it started at the top. Under load the list's highlight
    could pass through none and back between two frames, and the timeline snapshot caught the
    pane behind it at the top."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        pane = screen.query_one(DetailPane)
        screen.filters = Query(topics=frozenset({"north-korea"}))
        index = screen.current
        await wait_for(pilot, lambda: pane.is_showing(index, pane._shown[1]) and pane.scroll_y > 0)
        at = pane.scroll_y
        screen.current = None  # the list highlights nothing for a moment
        screen._pane.render()
        assert pane._shown is None
        screen.current = index  # and the same briefing again
        screen._pane.render()
        assert pane.scroll_y == at


async def test_a_seek_waiting_for_the_first_layout_survives_the_same_briefing_shown_again():
    """A seek asked before the pane had a size waited for it, and showing the same briefing
    again (new options: a zone, a reload) before that layout dropped it."""
    app = PaneApp()
    async with app.run_test(size=(60, 12)) as pilot:
        pane = app.pane
        long = Text("\n".join(["line"] * 30 + ["┃ here"] + ["line"] * 30))
        pane.styles.display = "none"  # no size: the seek waits for the layout that gives one
        await pilot.pause()
        pane.show(long, 2, "a", seek="┃ ")
        pane.show(long, 2, "b")  # the same briefing, other options, no seek of its own
        pane.styles.display = "block"
        await wait_for(pilot, lambda: pane.size.height > 0 and pane._then is None)
        assert pane.scroll_y == 29
