"""The briefing pane scrolls to the first highlighted point even before its scroll bar is laid out."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from briefing_tui.app.widgets.detail import DetailFrame, DetailPane


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
