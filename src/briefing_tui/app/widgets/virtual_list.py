"""A list that draws only the lines on screen: the base of the briefing and point lists.

It holds no widgets and no per-row objects: a subclass says how many lines there
are and what line N shows, and each drawn line is cached until the data, the
width, the theme or its state (highlighted, hovered, focused) changes. Showing a
new selection of 10,000 rows therefore costs the same as showing 10.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import cast

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual, VisualType

from briefing_tui.app.widgets.scrolling import set_scroll_area, start_with_bar


class VirtualList(ScrollView, can_focus=True):
    """Cursor, scrolling, mouse and cached drawing; subclasses supply the lines."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("pagedown,ctrl+f", "page_down", "Page down", show=False),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False),
        # As in vim and less: half a page.
        Binding("ctrl+d", "half_page_down", "Half page down", show=False),
        Binding("ctrl+u", "half_page_up", "Half page up", show=False),
    ]

    COMPONENT_CLASSES = {"virtual-list--line", "virtual-list--highlighted", "virtual-list--hover"}

    DEFAULT_CSS = """
    VirtualList {
        color: $foreground;
        overflow-x: hidden;
        background: $surface;
        & > .virtual-list--highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        &:focus > .virtual-list--highlighted {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
        & > .virtual-list--hover {
            background: $block-hover-background;
        }
    }
    """

    highlighted: reactive[int | None] = reactive(None, always_update=True)
    """The cursor's line (always a selectable one), or None when the list is empty."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._lines: LRUCache[tuple, Strip] = LRUCache(1024)
        self._hover: int | None = None
        #: The reader has put the cursor somewhere (a key or a click), not only the program.
        self.moved_by_reader = False

    def on_mount(self) -> None:
        start_with_bar(self)

    # What subclasses supply ------------------------------------------------------------------

    @property
    def line_count(self) -> int:
        raise NotImplementedError

    def line_key(self, position: int) -> Hashable:
        """What the line shows, as a cache key (e.g. a catalog index)."""
        raise NotImplementedError

    def line_visual(self, position: int, width: int) -> VisualType:
        raise NotImplementedError

    def line_class(self, position: int) -> str:
        """A component class for a special line (a heading), or "" for an ordinary one."""
        return ""

    def selectable(self, position: int) -> bool:
        return True

    def highlight_moved(self, position: int) -> None:
        """The cursor is on a new line: post the subclass's message."""

    def select(self, position: int) -> None:
        """Enter, or a second click: post the subclass's message."""

    # Data changed ----------------------------------------------------------------------------

    def lines_changed(self) -> None:
        """Call after the lines change: forget drawn lines and size the scroll area anew."""
        self._lines.clear()
        set_scroll_area(self, Size(self.scrollable_content_region.width, self.line_count))
        self.refresh()

    # Cursor ----------------------------------------------------------------------------------

    def validate_highlighted(self, value: int | None) -> int | None:
        if value is None or not self.line_count:
            return None
        value = max(0, min(value, self.line_count - 1))
        step = self._step(value, 1)
        return step if step is not None else self._step(value, -1)

    def watch_highlighted(self, new: int | None) -> None:
        if new is None:
            return
        self.reveal(new)
        self.refresh()
        self.highlight_moved(new)

    def reveal(self, position: int) -> None:
        self.scroll_to_region(Region(0, position, 1, 1), animate=False, force=True, immediate=True)

    def _step(self, start: int, direction: int) -> int | None:
        """The nearest selectable line at or beyond ``start`` going ``direction``."""
        position = start
        while 0 <= position < self.line_count:
            if self.selectable(position):
                return position
            position += direction
        return None

    def _move(self, target: int, direction: int) -> None:
        """Move the cursor for a key."""
        if not self.line_count:
            return
        self.moved_by_reader = True
        target = max(0, min(target, self.line_count - 1))
        step = self._step(target, direction)
        if step is None:
            step = self._step(target, -direction)
        if step is not None:
            self.highlighted = step

    def action_cursor_down(self) -> None:
        self._move(0 if self.highlighted is None else self.highlighted + 1, 1)

    def action_cursor_up(self) -> None:
        self._move(0 if self.highlighted is None else self.highlighted - 1, -1)

    def action_first(self) -> None:
        self._move(0, 1)

    def action_last(self) -> None:
        self._move(self.line_count - 1, -1)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def action_page_down(self) -> None:
        self._move((self.highlighted or 0) + self._page(), 1)

    def action_page_up(self) -> None:
        self._move((self.highlighted or 0) - self._page(), -1)

    def action_half_page_down(self) -> None:
        self._move((self.highlighted or 0) + max(1, self._page() // 2), 1)

    def action_half_page_up(self) -> None:
        self._move((self.highlighted or 0) - max(1, self._page() // 2), -1)

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.select(self.highlighted)

    # Mouse -----------------------------------------------------------------------------------

    def _position_at(self, event: events.MouseEvent) -> int | None:
        position = event.y + self.scroll_offset.y - self.gutter.top
        return position if 0 <= position < self.line_count and self.selectable(position) else None

    def on_click(self, event: events.Click) -> None:
        position = self._position_at(event)
        if position is None:
            return
        if position == self.highlighted and event.chain >= 2:
            self.select(position)
        self.moved_by_reader = True
        self.highlighted = position

    def on_mouse_move(self, event: events.MouseMove) -> None:
        position = self._position_at(event)
        if position != self._hover:
            self._hover = position
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        self._hover = None
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # Drawing ---------------------------------------------------------------------------------

    def on_resize(self) -> None:
        self.lines_changed()

    def render_line(self, y: int) -> Strip:
        position = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.get_visual_style("virtual-list--line")
        if not 0 <= position < self.line_count:
            return Strip.blank(width, base.rich_style)
        state = self.line_class(position)
        if not state and position == self.highlighted:
            state = "virtual-list--highlighted"
        elif not state and position == self._hover:
            state = "virtual-list--hover"
        key = (self.line_key(position), width, state, self.has_focus, self.app.theme)
        strip = self._lines.get(key)
        if strip is None:
            style = self.get_visual_style("virtual-list--line", state) if state else base
            padding = self.get_component_styles("virtual-list--line").padding
            inner = max(1, width - padding.width)
            # Every line_visual is a Content (a Visual), never a str to be parsed.
            strips = Visual.to_strips(self, cast(Visual, self.line_visual(position, inner)), inner, 1, style)
            line = strips[0] if strips else Strip.blank(inner, style.rich_style)
            left = Segment(" " * padding.left, style.rich_style)
            right = Segment(" " * padding.right, style.rich_style)
            strip = self._lines[key] = (
                Strip([left, *line, right]).extend_cell_length(width, style.rich_style).crop(0, width)
            )
        return strip
