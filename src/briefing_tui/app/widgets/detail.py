"""The highlighted briefing, exactly as the core renderer draws it, in a scrollable pane.

A Static holding the renderable cost every highlight two whole renders (one to measure its
height for the layout, one for its lines) and two layout passes of the screen, each repainting
every widget and scroll bar. Here a briefing is rendered to lines once per (briefing, options,
width, style), the last few are kept (LRU), the pane paints only the visible lines (the Line
API) and a new briefing only sets the scrollable size: no layout unless the scroll bar comes or
goes. The frame around it draws the border and padding, so the lines are painted exactly where
the Static's were.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.cache import LRUCache
from textual.containers import Vertical
from textual.content import Content
from textual.events import Resize
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual, visualize

from briefing_tui.app.widgets.scrolling import set_scroll_area

#: Rendered briefings kept (moving back and forth between neighbours costs no render).
CACHED = 8


class DetailPane(ScrollView, can_focus=True):
    """Scrolls one rendered briefing; keeps no state beyond what it was last given."""

    DEFAULT_CSS = """
    DetailPane {
        height: 1fr;
        overflow-x: hidden;
        overflow-y: auto;
    }
    """

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
        #: What is shown, and its name in the cache (None: not cached, e.g. a message).
        self._source: RenderableType | Content = Content("Loading…")
        self._key: tuple[int, object] | None = None
        self._lines: list[Strip] = []
        self._rendered_for: tuple[object, ...] | None = None
        self._cache: LRUCache[tuple[object, ...], list[Strip]] = LRUCache(CACHED)
        #: Run once the lines exist at the pane's size (a seek before the first layout waits).
        self._then: Callable[[], None] | None = None

    #: The frame that draws this pane's border (its titles are the frame's).
    frame: DetailFrame | None = None

    @property
    def border_title(self) -> str | None:
        return self.frame.border_title if self.frame is not None else None

    @border_title.setter
    def border_title(self, title: Text | Content | str | None) -> None:
        if self.frame is not None:
            self.frame.border_title = title

    @property
    def border_subtitle(self) -> str | None:
        return self.frame.border_subtitle if self.frame is not None else None

    @border_subtitle.setter
    def border_subtitle(self, title: Text | Content | str | None) -> None:
        if self.frame is not None:
            self.frame.border_subtitle = title

    @property
    def body(self) -> DetailPane:
        """The widget that paints the briefing: the pane itself (``lines`` holds all of it)."""
        return self

    @property
    def lines(self) -> list[Strip]:
        """Every rendered line of what is shown, not only the visible ones."""
        self._render_source()
        return self._lines

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
        # A seek still waiting for the first layout is kept when the same briefing comes again
        # with other options (a new zone, a reload): else it was lost and the pane stayed at the top.
        waiting = None if other_briefing else self._then
        self._shown = (briefing, options)
        self._set_source(renderable, (briefing, options))
        if seek:
            self.after_layout(lambda: self._seek(seek))
        elif waiting is not None:
            self.after_layout(waiting)
        elif other_briefing:
            self.scroll_home(animate=False, immediate=True)

    def show_message(self, message: str) -> None:
        self._shown = None
        self._set_source(Content.styled(message, "$text-muted"), None)
        self.scroll_home(animate=False, immediate=True)

    def after_layout(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` now if the lines are rendered at the pane's size, else once they are."""
        if self._render_source():
            self._then = None
            callback()
        else:
            self._then = callback

    def scroll_to_line(self, line: int) -> None:
        """Put ``line`` just below the top (one line of context).

        Forced: right after the lines grew taller than the pane, Textual refuses to scroll until the
        next layout shows the scroll bar, and the seek was lost (the bounds are already right)."""
        self.scroll_to(y=max(0, line - 1), animate=False, immediate=True, force=True)

    def reveal(self, text: str, lines: int = 2) -> None:
        """Scroll as little as needed to show the first line holding ``text`` and the ``lines`` - 1
        under it (the emphasized zone's row: its label and its zone), e.g. after `z` at 24 rows."""
        line = next((y for y, strip in enumerate(self._lines) if text in strip.text), None)
        if line is None:
            return
        top, height = round(self.scroll_y), self.scrollable_content_region.height
        if line < top:
            self.scroll_to_line(line)
        elif line + lines > top + height:
            self.scroll_to(y=max(0, line + lines - height), animate=False, immediate=True, force=True)

    def _seek(self, text: str) -> None:
        """Scroll to the first line containing ``text`` (a highlighted point's mark)."""
        line = next((y for y, strip in enumerate(self._lines) if text in strip.text), None)
        if line is None:
            self.scroll_home(animate=False, immediate=True)
        else:
            self.scroll_to_line(line)

    def _set_source(self, source: RenderableType | Content, key: tuple[int, object] | None) -> None:
        self._source, self._key, self._rendered_for, self._then = source, key, None, None
        self._render_source()
        self.refresh()

    def _render_source(self) -> bool:
        """Render what is shown if the size or the style changed; False before the first layout.

        As a scrolling container laid out a Static: the full width if it fits, else one column
        less for the scroll bar.
        """
        width, height = self.size
        if width <= 0 or not self.is_mounted:
            return False
        style = self.visual_style
        wanted = (width, height, style)
        if self._rendered_for == wanted:
            return True
        bar = self.styles.scrollbar_size_vertical
        # Try the width of the last briefing first (most are longer than the pane): one render.
        if bar and self.virtual_size.height > height:
            lines = self._render_at(max(1, width - bar), style)
            if len(lines) <= height + 2:  # near the edge: would the full width fit, with no bar?
                full = self._render_at(width, style)
                lines = full if len(full) <= height else lines
        else:
            lines = self._render_at(width, style)
            if len(lines) > height and bar:
                lines = self._render_at(max(1, width - bar), style)
        self._lines, self._rendered_for = lines, wanted
        size = Size(width - bar if len(lines) > height else width, len(lines))
        set_scroll_area(self, size)
        return True

    def _render_at(self, width: int, style: object) -> list[Strip]:
        key = None if self._key is None else (self._key, width, style)
        lines = self._cache.get(key) if key is not None else None
        if lines is None:
            lines = Visual.to_strips(self, visualize(self, self._source, markup=False), width, None, self.visual_style)
            if key is not None:
                self._cache[key] = lines
        return lines

    def on_resize(self, event: Resize) -> None:
        if self._render_source() and self._then is not None:
            callback, self._then = self._then, None
            callback()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._rendered_for = None  # a theme change: render again (the cache key holds the style)

    def render_lines(self, crop: Region) -> list[Strip]:
        """Lines stop where the scroll bar starts, as a Static's did beside it: the compositor
        then has no need to cut them (a cut drops a blank line's empty segment)."""
        strips = super().render_lines(crop)
        width = self.scrollable_content_region.width
        if crop.x == 0 and crop.width > width:
            strips = [strip.adjust_cell_length(width) for strip in strips]
        return strips

    def render_line(self, y: int) -> Strip:
        """One visible line, as rendered (Textual pads it with the background, as it did a Static's)."""
        self._render_source()
        index = self.scroll_offset.y + y
        return self._lines[index] if index < len(self._lines) else Strip([])


class DetailFrame(Vertical):
    """The pane's border, title and padding (focus shows on it while the pane inside has focus)."""

    def __init__(self, pane: DetailPane, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.pane = pane
        pane.frame = self

    def compose(self) -> ComposeResult:
        yield self.pane
