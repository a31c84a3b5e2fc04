"""The list of briefings that match the filters, one line each.

A virtual list: it keeps only the catalog rows and the indexes to show, and
draws just the lines on screen (each line cached). A filter change hands it a
new index list, so a keystroke costs the same with 10 or 10,000 matches, and
nothing per briefing is built at load time (an OptionList makes and measures
an Option for every row).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from briefing_tui.app.messages import BriefingHighlighted
from briefing_tui.app.widgets.justified import Justified
from briefing_tui.core.countries import country_name
from briefing_tui.core.rows import Row

#: A short word per kind, fixed width so the titles line up.
KIND_MARKERS: dict[str, tuple[str, str]] = {
    "bilateral-meeting": ("meeting", "$text-primary"),
    "telephone-talk": ("call", "$text-success"),
    "video-conference": ("video", "$text-secondary"),
    "summit": ("summit", "$text-warning"),
    "multilateral-meeting": ("multi", "$text-accent"),
    "working-meal": ("meal", "$text-error"),
}
MARKER_WIDTH = max(len(word) for word, _ in KIND_MARKERS.values())


def kind_marker(kind: str) -> Content:
    word, style = KIND_MARKERS.get(kind, (kind[:MARKER_WIDTH], ""))
    return Content.styled(word.ljust(MARKER_WIDTH), style)


def counterpart_names(row: Row) -> list[str]:
    """The other side: every participant's country but the first (the publisher's side, as written)."""
    names = [country_name(c) for c in row.countries]
    return names[1:] if len(names) > 1 else names


def briefing_row(row: Row) -> Justified:
    """Date, kind and title; the counterpart countries only where they fit beside the whole title."""
    left = Content.assemble((row.date.isoformat(), "$text-muted"), "  ", kind_marker(row.kind), "  ", row.title)
    right = Content.styled(", ".join(counterpart_names(row)), "italic $text-muted")
    return Justified(left, right)


class BriefingList(ScrollView, can_focus=True):
    """Shows a selection of the loaded briefings and reports which one is highlighted."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter", "select", "Read", tooltip="Read the briefing: focus the briefing pane"),
    ]

    COMPONENT_CLASSES = {"option-list--option", "option-list--option-highlighted", "option-list--option-hover"}

    DEFAULT_CSS = """
    BriefingList {
        height: auto;
        max-height: 100%;
        color: $foreground;
        overflow-x: hidden;
        border: tall $border-blurred;
        padding: 0 1;
        background: $surface;
        & > .option-list--option-highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        &:focus {
            border: tall $border;
            background-tint: $foreground 5%;
            & > .option-list--option-highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .option-list--option-hover {
            background: $block-hover-background;
        }
    }
    """

    highlighted: reactive[int | None] = reactive(None, always_update=True)
    """The position (in the shown list) of the cursor."""

    class Selected(Message):
        """Enter (or a click on the highlighted row): read this briefing."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows: Sequence[Row] = ()
        self.shown: Sequence[int] = ()
        self._visuals: LRUCache[int, Visual] = LRUCache(1024)
        self._lines: LRUCache[tuple, Strip] = LRUCache(1024)
        self._hover: int | None = None

    # Data ------------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Take the rows of a new load (index i is catalog briefing i)."""
        self._rows = rows
        self._visuals.clear()
        self._lines.clear()
        self.shown = ()

    def show(self, indexes: Sequence[int], keep: int | None = None) -> None:
        """Show these briefings in this order; stay on ``keep`` if it is among them."""
        if list(indexes) == list(self.shown) and self.option_count == len(indexes) and self.highlighted is not None:
            return  # a keystroke that excluded nothing costs no list update at all
        self.shown = indexes
        self.virtual_size = Size(self.scrollable_content_region.width, len(indexes))
        self._lines.clear()
        if not indexes:
            self.highlighted = None
            self.post_message(BriefingHighlighted(None))
            self.refresh()
            return
        try:
            position = list(indexes).index(keep) if keep is not None else 0
        except ValueError:
            position = 0
        self.highlighted = position
        self.refresh()

    @property
    def option_count(self) -> int:
        return len(self.shown)

    @property
    def current(self) -> int | None:
        """The catalog index of the highlighted briefing."""
        if self.highlighted is None or not self.shown:
            return None
        return self.shown[self.highlighted]

    def row_text(self, position: int) -> str:
        """The plain text of the row at ``position`` (what a wide list shows)."""
        return self._visual(self.shown[position]).plain  # type: ignore[attr-defined]

    # Cursor ----------------------------------------------------------------------------------

    def validate_highlighted(self, value: int | None) -> int | None:
        if value is None or not self.shown:
            return None
        return max(0, min(value, len(self.shown) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        if new is None:
            return
        self._scroll_to_position(new)
        self.refresh()
        self.post_message(BriefingHighlighted(self.shown[new]))

    def _scroll_to_position(self, position: int) -> None:
        self.scroll_to_region(Region(0, position, 1, 1), animate=False, force=True, immediate=True)

    def action_cursor_down(self) -> None:
        if self.shown:
            self.highlighted = 0 if self.highlighted is None else self.highlighted + 1

    def action_cursor_up(self) -> None:
        if self.shown:
            self.highlighted = 0 if self.highlighted is None else self.highlighted - 1

    def action_first(self) -> None:
        if self.shown:
            self.highlighted = 0

    def action_last(self) -> None:
        if self.shown:
            self.highlighted = len(self.shown) - 1

    def action_page_down(self) -> None:
        if self.shown:
            self.highlighted = (self.highlighted or 0) + max(1, self.scrollable_content_region.height - 1)

    def action_page_up(self) -> None:
        if self.shown:
            self.highlighted = (self.highlighted or 0) - max(1, self.scrollable_content_region.height - 1)

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Selected(self.shown[self.highlighted]))

    # Mouse -----------------------------------------------------------------------------------

    def _position_at(self, event: events.MouseEvent) -> int | None:
        position = event.y + self.scroll_offset.y - self.gutter.top
        return position if 0 <= position < len(self.shown) else None

    def on_click(self, event: events.Click) -> None:
        position = self._position_at(event)
        if position is None:
            return
        if position == self.highlighted and event.chain >= 2:
            self.action_select()
        self.highlighted = position

    def on_mouse_move(self, event: events.MouseMove) -> None:
        position = self._position_at(event)
        if position != self._hover:
            self._hover = position
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        self._hover = None
        self.refresh()

    # Drawing ---------------------------------------------------------------------------------

    def _visual(self, index: int) -> Visual:
        visual = self._visuals.get(index)
        if visual is None:
            visual = self._visuals[index] = briefing_row(self._rows[index])
        return visual

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.shown))
        self._lines.clear()

    def render_line(self, y: int) -> Strip:
        position = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.get_visual_style("option-list--option")
        if not 0 <= position < len(self.shown):
            return Strip.blank(width, base.rich_style)
        if position == self.highlighted:
            state = "option-list--option-highlighted"
        elif position == self._hover:
            state = "option-list--option-hover"
        else:
            state = ""
        style = self.get_visual_style("option-list--option", state) if state else base
        index = self.shown[position]
        key = (index, width, state, self.has_focus, self.app.theme)
        strip = self._lines.get(key)
        if strip is None:
            padding = self.get_component_styles("option-list--option").padding
            inner = max(1, width - padding.width)
            strips = Visual.to_strips(self, self._visual(index), inner, 1, style)
            line = strips[0] if strips else Strip.blank(inner, style.rich_style)
            left = Segment(" " * padding.left, style.rich_style)
            right = Segment(" " * padding.right, style.rich_style)
            strip = Strip([left, *line, right]).extend_cell_length(width, style.rich_style).crop(0, width)
            self._lines[key] = strip
        return strip

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
