"""The points view's list: every matching point across briefings, grouped by briefing.

A heading line per briefing (kind, title and "3 of 12 points"; the cursor skips
it) and one line per point: date, counterparts, outcome badge and the point's
summary and text, cut with an ellipsis. Sub-points are lines of their own,
marked ``↳``.

Built for ~100k lines (10k briefings), like the briefing list, as a virtual list:

* ``PointRows`` numbers every point once per load (``core.points.PointCatalog``,
  in a worker, the first time the view opens); a point is an int, and nothing
  per point is made for display until its line is on screen.
* A keystroke picks point ids (``PointCatalog.select``) and hands the list one
  flat list of ints (a point id, or ``~briefing`` for a heading): building it
  is ``list.extend`` over id ranges, at C speed.
* Only the lines on screen are drawn, each from the briefing decoded for the
  purpose (a small cache keeps the last few), so the library keeps its compact
  blobs however far the reader scrolls.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Iterable

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from briefing_tui.app.library import Library
from briefing_tui.app.widgets.briefing_list import kind_marker
from briefing_tui.app.widgets.justified import Justified
from briefing_tui.core.countries import country_name
from briefing_tui.core.model import OUTCOMES, Briefing, Point
from briefing_tui.core.points import PointCatalog, PointQueries, Selected, numbered
from briefing_tui.core.render import outcome_badge
from briefing_tui.core.rows import decode
from briefing_tui.core.sanitize import clean_line
from briefing_tui.core.timeline import briefing_countries, counterpart_codes

#: " ✔ CONFIRMED " is the widest badge.
BADGE_WIDTH = max(outcome_badge(o).cell_len for o in OUTCOMES)
SUB_POINT = "↳ "
#: Decoded briefings kept for drawing lines (a screenful touches a few dozen at most).
DECODED_CACHE = 64


def _badge(outcome: str) -> Content:
    """The detail pane's badge, left-aligned in a fixed width (one-sided outcomes indented like ✔)."""
    text = outcome_badge(outcome)
    # The renderer's styles are Rich's ("on bright_green"); Textual's parser names ANSI colours differently.
    badge = Content.styled(text.plain, Style.from_rich_style(RichStyle.parse(str(text.style))))
    if not badge.plain.startswith(" "):
        badge = Content.assemble(" ", badge)
    return badge.pad_right(BADGE_WIDTH - badge.cell_length)


BADGES = {outcome: _badge(outcome) for outcome in OUTCOMES}


def transient_briefing(library: Library, index: int) -> Briefing:
    """Briefing ``index`` decoded for the moment, without the library keeping the tree.

    At scale the library holds each briefing as a compact blob and keeps whatever it
    decodes; walking every point of every briefing through it would undo that.
    """
    try:
        return decode(library.entries[index].blob)
    except AttributeError:  # entries that are not blob-backed
        return library.briefings[index]


def counterpart_width(width: int) -> int:
    """Room for the counterpart column: generous when wide, less when narrow, none when tiny."""
    if width >= 110:
        return 20
    if width >= 80:
        return 14
    if width >= 60:
        return 10
    return 0


def point_row(b: Briefing, point: Point, depth: int, width: int) -> Content:
    """``2024-01-13  Canada   ✔ AGREED   Summary  text…`` fitted to ``width``; a sub-point's text starts ``↳``."""
    parts: list[Content | str | tuple[str, str]] = [(b.date.isoformat(), "$text-muted"), "  "]
    room = counterpart_width(width)
    if room:
        names = ", ".join(country_name(c) for c in counterpart_codes(briefing_countries(b)))
        column = Content.styled(names, "italic $text-muted").truncate(room, ellipsis=True)
        parts += [column.pad_right(room - column.cell_length), "  "]
    parts += [BADGES.get(point.outcome) or Content(point.outcome), " "]
    if depth:
        parts.append(("  " * (depth - 1) + SUB_POINT, "$text-muted"))
    summary, text = clean_line(point.summary), clean_line(point.text)
    if summary:
        parts += [(summary, "bold"), ("  " + text, "$text-muted")]
    else:
        parts.append(text)
    return Content.assemble(*parts).truncate(width, ellipsis=True)


def heading_row(b: Briefing, shown: int, total: int) -> Justified:
    """``meeting  Japan-Canada Foreign Ministers' Meeting        3 of 12 points``."""
    left = Content.assemble(kind_marker(b.kind), "  ", (clean_line(b.title), "bold"))
    count = f"{total} point{'' if total == 1 else 's'}"
    if shown != total:
        count = f"{shown} of {count}"
    return Justified(left, Content.styled(count, "$text-muted"), keep_right=True)


class PointRows:
    """One load's points, and the briefings their lines are drawn from.

    Building reads every briefing once; run it in a worker thread.
    """

    def __init__(self, library: Library) -> None:
        self.library = library
        count = len(library)
        texts = getattr(library.catalog, "texts", None)
        self.catalog = PointCatalog((transient_briefing(library, i) for i in range(count)), texts)
        self.queries = PointQueries(self.catalog)
        #: Per briefing, how many of its points are listed now (for its heading).
        self.shown = array("l", [0]) * count
        self._decoded: OrderedDict[int, tuple[Briefing, list[tuple[str, int, Point]]]] = OrderedDict()

    def decoded(self, index: int) -> tuple[Briefing, list[tuple[str, int, Point]]]:
        """Briefing ``index`` and its (number, depth, point) list, from a small cache."""
        found = self._decoded.get(index)
        if found is None:
            b = transient_briefing(self.library, index)
            found = self._decoded[index] = (b, list(numbered(b.points)))
            if len(self._decoded) > DECODED_CACHE:
                self._decoded.popitem(last=False)
        else:
            self._decoded.move_to_end(index)
        return found

    def point(self, point: int) -> tuple[Briefing, str, int, Point]:
        """(briefing, number, depth, point) for a point id."""
        b, walked = self.decoded(self.catalog.owners[point])
        number, depth, found = walked[self.catalog.local_index(point)]
        return b, number, depth, found

    def owner(self, point: int) -> int:
        return self.catalog.owners[point]

    def line(self, entry: int, width: int) -> Content:
        """The text of a list entry: a point id, or ``~briefing`` for a briefing's heading."""
        if entry < 0:
            b, walked = self.decoded(~entry)
            return heading_row(b, self.shown[~entry], len(walked)).fit(width)
        b, _, depth, point = self.point(entry)
        return point_row(b, point, depth, width)


class PointHighlighted(Message):
    """The cursor is on a point (catalog briefing index, point id), or on none."""

    def __init__(self, briefing: int | None, point: int | None) -> None:
        super().__init__()
        self.briefing = briefing
        self.point = point


class PointList(ScrollView, can_focus=True):
    """Shows a selection of the load's points under their briefings; reports the highlighted point."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter", "select", "Read", tooltip="Read the point in its briefing: focus the briefing pane"),
    ]

    COMPONENT_CLASSES = {"point-list--point", "point-list--highlighted", "point-list--hover", "point-list--heading"}

    DEFAULT_CSS = """
    PointList {
        color: $foreground;
        overflow-x: hidden;
        background: $surface;
        & > .point-list--point {
            padding: 0 1;
        }
        & > .point-list--heading {
            color: $text;
            background: $boost;
        }
        & > .point-list--highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        &:focus > .point-list--highlighted {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
        & > .point-list--hover {
            background: $block-hover-background;
        }
    }
    """

    highlighted: reactive[int | None] = reactive(None, always_update=True)
    """The cursor's position in the list (always on a point, never on a heading)."""

    class Selected(Message):
        """Enter (or a click on the highlighted line): read this point in its briefing."""

        def __init__(self, briefing: int, point: int) -> None:
            super().__init__()
            self.briefing = briefing
            self.point = point

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows: PointRows | None = None
        #: What each line shows: a point id, or ``~b`` for briefing b's heading.
        self.entries: list[int] = []
        #: Catalog indexes of the briefings listed, in list order.
        self.briefings: list[int] = []
        self._lines: LRUCache[tuple, Strip] = LRUCache(1024)
        self._hover: int | None = None

    # Data ------------------------------------------------------------------------------------

    def set_rows(self, rows: PointRows | None) -> None:
        """Take a new load's rows (or none, while they are being built)."""
        self.rows = rows
        self.entries = []
        self.briefings = []
        self._lines.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, 0)
        self.highlighted = None
        self.refresh()

    @property
    def point_count(self) -> int:
        return len(self.entries) - len(self.briefings)

    def show(self, selection: Iterable[Selected], *, point: int | None = None, briefing: int | None = None) -> None:
        """List these points; stay on ``point``, else on ``briefing``'s first point, else the first."""
        rows = self.rows
        assert rows is not None
        entries: list[int] = []
        append, extend = entries.append, entries.extend
        shown = rows.shown
        listed: list[int] = []
        for chosen in selection:
            index = chosen.briefing
            shown[index] = chosen.count
            append(~index)
            listed.append(index)
            extend(range(chosen.start, chosen.stop) if chosen.ids is None else chosen.ids)
        self.entries = entries
        self.briefings = listed
        self._lines.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(entries))
        if not entries:
            self.highlighted = None
            self.post_message(PointHighlighted(None, None))
            self.refresh()
            return
        self.highlighted = self._position_of(point, briefing)
        self.refresh()

    def _position_of(self, point: int | None, briefing: int | None) -> int:
        entries = self.entries
        for entry, after in ((point, 0), (None if briefing is None else ~briefing, 1)):
            if entry is None:
                continue
            try:
                return entries.index(entry) + after
            except ValueError:
                pass
        return 1

    @property
    def current_point(self) -> int | None:
        """The highlighted point's id."""
        if self.highlighted is None or not self.entries:
            return None
        return self.entries[self.highlighted]

    def row_text(self, position: int) -> str:
        """The plain text of the line at ``position`` as a wide list shows it (for tests)."""
        assert self.rows is not None
        return self.rows.line(self.entries[position], 1000).plain.rstrip()

    # Cursor ----------------------------------------------------------------------------------

    def validate_highlighted(self, value: int | None) -> int | None:
        if value is None or not self.entries:
            return None
        value = max(0, min(value, len(self.entries) - 1))
        if self.entries[value] < 0:  # a heading: the point below it (the last heading has one)
            value += 1
        return value

    def watch_highlighted(self, new: int | None) -> None:
        if new is None:
            return
        self._reveal(new)
        self.refresh()
        point = self.entries[new]
        if self.rows is not None:
            self.post_message(PointHighlighted(self.rows.owner(point), point))

    def _reveal(self, position: int) -> None:
        # Show the briefing's heading too when its first point is highlighted.
        top = position - 1 if position and self.entries[position - 1] < 0 else position
        self.scroll_to_region(Region(0, top, 1, position - top + 1), animate=False, force=True, immediate=True)

    def _step(self, start: int, direction: int) -> int | None:
        """The nearest point at or beyond ``start`` going ``direction`` (None past the end)."""
        entries = self.entries
        position = start
        while 0 <= position < len(entries):
            if entries[position] >= 0:
                return position
            position += direction
        return None

    def action_cursor_down(self) -> None:
        if self.entries:
            step = self._step((self.highlighted or 0) + 1, 1)
            if step is not None:
                self.highlighted = step

    def action_cursor_up(self) -> None:
        if self.entries:
            step = self._step((self.highlighted or 0) - 1, -1)
            if step is not None:
                self.highlighted = step

    def action_first(self) -> None:
        if self.entries:
            self.highlighted = 1

    def action_last(self) -> None:
        if self.entries:
            self.highlighted = len(self.entries) - 1

    def _page(self, direction: int) -> None:
        if not self.entries:
            return
        target = (self.highlighted or 0) + direction * max(1, self.scrollable_content_region.height - 1)
        target = max(0, min(target, len(self.entries) - 1))
        step = self._step(target, direction) or self._step(target, -direction)
        if step is not None:
            self.highlighted = step

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_select(self) -> None:
        point = self.current_point
        if point is not None and self.rows is not None:
            self.post_message(self.Selected(self.rows.owner(point), point))

    # Mouse -----------------------------------------------------------------------------------

    def _position_at(self, event: events.MouseEvent) -> int | None:
        position = event.y + self.scroll_offset.y - self.gutter.top
        return position if 0 <= position < len(self.entries) and self.entries[position] >= 0 else None

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

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.entries))
        self._lines.clear()

    def render_line(self, y: int) -> Strip:
        position = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.get_visual_style("point-list--point")
        if not 0 <= position < len(self.entries) or self.rows is None:
            return Strip.blank(width, base.rich_style)
        entry = self.entries[position]
        if entry < 0:
            state = "point-list--heading"
        elif position == self.highlighted:
            state = "point-list--highlighted"
        elif position == self._hover:
            state = "point-list--hover"
        else:
            state = ""
        style = self.get_visual_style("point-list--point", state) if state else base
        key = (entry, width, state, self.has_focus, self.app.theme)
        strip = self._lines.get(key)
        if strip is None:
            padding = self.get_component_styles("point-list--point").padding
            inner = max(1, width - padding.width)
            strips = Visual.to_strips(self, self.rows.line(entry, inner), inner, 1, style)
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
