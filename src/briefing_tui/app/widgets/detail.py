"""The highlighted briefing, exactly as the core renderer draws it, in a scrollable pane."""

from __future__ import annotations

from rich.console import RenderableType
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.widgets import Static


class DetailPane(VerticalScroll):
    """Scrolls one rendered briefing; keeps no state beyond what it was last given."""

    BINDINGS = [
        # Same descriptions as the inherited arrow keys, so help shows "↓ / j  Scroll Down".
        Binding("j", "scroll_down", "Scroll Down", show=False),
        Binding("k", "scroll_up", "Scroll Up", show=False),
        Binding("g", "scroll_home", "Scroll Home", show=False),
        Binding("G", "scroll_end", "Scroll End", show=False),
        # As in less and vim: space/b and ctrl+f/ctrl+b a page, ctrl+d/ctrl+u half a page.
        Binding("space,ctrl+f", "page_down", "Page Down", show=False),
        Binding("b,ctrl+b", "page_up", "Page Up", show=False),
        Binding("ctrl+d", "half_page_down", "Half Page Down", show=False),
        Binding("ctrl+u", "half_page_up", "Half Page Up", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._shown: tuple[int, object] | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content("Loading…"), id="detail-body", markup=False)

    @property
    def body(self) -> Static:
        return self.query_one("#detail-body", Static)

    def action_half_page_down(self) -> None:
        self.scroll_relative(y=max(1, self.scrollable_content_region.height // 2), animate=False)

    def action_half_page_up(self) -> None:
        self.scroll_relative(y=-max(1, self.scrollable_content_region.height // 2), animate=False)

    def is_showing(self, briefing: int, options: object) -> bool:
        """Is this briefing shown with these render options already? (Rendering is not free.)"""
        return self._shown == (briefing, options)

    def show(self, renderable: RenderableType, briefing: int, options: object, *, seek: str | None = None) -> None:
        """Show a briefing: a different one starts at the top, or at the first line holding ``seek``."""
        other_briefing = self._shown is None or self._shown[0] != briefing
        self._shown = (briefing, options)
        self.body.update(renderable)
        if seek:
            self.call_after_refresh(self._seek, seek)
        elif other_briefing:
            self.scroll_home(animate=False)

    def _seek(self, text: str) -> None:
        """Scroll to the first painted line containing ``text`` (a highlighted point's mark)."""
        body = self.body
        lines = body.render_lines(Region(0, 0, *body.outer_size))
        line = next((y for y, strip in enumerate(lines) if text in strip.text), None)
        if line is None:
            self.scroll_home(animate=False)
        else:
            self.scroll_to(y=max(0, line - 1), animate=False, immediate=True)

    def show_message(self, message: str) -> None:
        self._shown = None
        self.body.update(Content.styled(message, "$text-muted"))
        self.scroll_home(animate=False)
