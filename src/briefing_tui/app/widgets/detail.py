"""The highlighted briefing, exactly as the core renderer draws it, in a scrollable pane.

A Static holding the renderable was rendered whole twice on every update (once to measure its
height for the layout, once more for its lines), and that was most of a key's time. The body
here renders a briefing to lines once per (briefing, options, width, style), keeps the last few
in an LRU cache, answers the layout's height from those lines and paints only the visible ones.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import RenderableType
from textual.app import ComposeResult
from textual.binding import Binding
from textual.cache import LRUCache
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip
from textual.visual import Visual, visualize
from textual.widget import Widget

#: Rendered briefings kept (moving back and forth between neighbours costs no render).
CACHED = 8


class DetailBody(Widget):
    """Paints rendered lines; the layout asks it for their count at a width (one render, cached)."""

    DEFAULT_CSS = """
    DetailBody {
        height: auto;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._source: RenderableType | Content = Content("Loading…")
        self._key: object = None
        self._cache: LRUCache[tuple[object, ...], list[Strip]] = LRUCache(CACHED)
        self._lines: list[Strip] = []
        self._rendered_for: tuple[object, ...] | None = None

    def update(self, source: RenderableType | Content, key: object = None) -> None:
        """Show ``source``; ``key`` names it for the cache (None: do not cache, e.g. a message)."""
        self._source, self._key, self._rendered_for = source, key, None
        self.refresh(layout=True)

    @property
    def lines(self) -> list[Strip]:
        """Every line of what is shown, at the body's present width."""
        return self.lines_at(self.size.width)

    def lines_at(self, width: int) -> list[Strip]:
        if width <= 0:
            return []
        style = self.visual_style
        wanted = (width, style)
        if self._rendered_for != wanted:
            key = None if self._key is None else (self._key, width, style)
            lines = self._cache.get(key) if key is not None else None
            if lines is None:
                lines = Visual.to_strips(self, visualize(self, self._source, markup=False), width, None, style)
                if key is not None:
                    self._cache[key] = lines
            self._lines, self._rendered_for = lines, wanted
        return self._lines

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines_at(width))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._rendered_for = None  # a theme change: render again (the cache key holds the style)

    def render_line(self, y: int) -> Strip:
        lines = self.lines
        return lines[y] if y < len(lines) else Strip([])


class DetailPane(VerticalScroll):
    """Scrolls one rendered briefing; keeps no state beyond what it was last given."""

    BINDINGS = [
        # Same descriptions as the inherited arrow keys, so help shows "↓ / j  Scroll Down".
        Binding("j", "scroll_down", "Scroll Down", show=False),
        Binding("k", "scroll_up", "Scroll Up", show=False),
        Binding("g", "scroll_home", "Scroll Home", show=False),
        Binding("G", "scroll_end", "Scroll End", show=False),
        Binding("space", "page_down", "Page Down", show=False),
        Binding("b", "page_up", "Page Up", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._shown: tuple[int, object] | None = None
        self._body = DetailBody(id="detail-body")

    def compose(self) -> ComposeResult:
        yield self._body

    @property
    def body(self) -> DetailBody:
        return self._body

    def is_showing(self, briefing: int, options: object) -> bool:
        """Is this briefing shown with these render options already? (Rendering is not free.)"""
        return self._shown == (briefing, options)

    def show(self, renderable: RenderableType, briefing: int, options: object, *, seek: str | None = None) -> None:
        """Show a briefing: a different one starts at the top, or at the first line holding ``seek``."""
        other_briefing = self._shown is None or self._shown[0] != briefing
        self._shown = (briefing, options)
        self._body.update(renderable, (briefing, options))
        if seek:
            self.after_layout(lambda: self._seek(seek))
        elif other_briefing:
            self.scroll_home(animate=False)

    def show_message(self, message: str) -> None:
        self._shown = None
        self._body.update(Content.styled(message, "$text-muted"))
        self.scroll_home(animate=False)

    def after_layout(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the body has its new lines and size (after the next refresh)."""
        self.call_after_refresh(callback)

    def scroll_to_line(self, line: int) -> None:
        """Put ``line`` just below the top (one line of context)."""
        self.scroll_to(y=max(0, line - 1), animate=False, immediate=True)

    def _seek(self, text: str) -> None:
        """Scroll to the first painted line containing ``text`` (a highlighted point's mark)."""
        line = next((y for y, strip in enumerate(self._body.lines) if text in strip.text), None)
        if line is None:
            self.scroll_home(animate=False)
        else:
            self.scroll_to_line(line)
