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

from collections.abc import Iterable

from rich.style import Style as RichStyle
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.style import Style

from briefing_tui.app.widgets.briefing_list import kind_marker
from briefing_tui.app.widgets.justified import Justified
from briefing_tui.app.widgets.virtual_list import VirtualList
from briefing_tui.core.model.briefing import OUTCOMES, Briefing, Point
from briefing_tui.core.model.countries import country_name
from briefing_tui.core.model.sanitize import clean_line
from briefing_tui.core.present.render import outcome_badge
from briefing_tui.core.query.point_rows import PointRows
from briefing_tui.core.query.points import PointSelection
from briefing_tui.core.query.timeline import briefing_countries, counterpart_codes

#: " ✔ CONFIRMED " is the widest badge.
BADGE_WIDTH = max(outcome_badge(o).cell_len for o in OUTCOMES)
SUB_POINT = "↳ "


def _badge(outcome: str) -> Content:
    """The detail pane's badge, left-aligned in a fixed width (one-sided outcomes indented like ✔)."""
    text = outcome_badge(outcome)
    # The renderer's styles are Rich's ("on bright_green"); Textual's parser names ANSI colours differently.
    badge = Content.styled(text.plain, Style.from_rich_style(RichStyle.parse(str(text.style))))
    if not badge.plain.startswith(" "):
        badge = Content.assemble(" ", badge)
    return badge.pad_right(BADGE_WIDTH - badge.cell_length)


BADGES = {outcome: _badge(outcome) for outcome in OUTCOMES}


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
    # A row shows one line: clean no more than could fit (a 7 MB point took 130 ms a row to clean).
    summary, text = clean_line(point.summary[: 4 * width]), clean_line(point.text[: 4 * width])
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


def entry_line(rows: PointRows, entry: int, width: int) -> Content:
    """The text of a list entry: a point id, or ``~briefing`` for a briefing's heading."""
    if entry < 0:
        b, walked = rows.decoded(~entry)
        return heading_row(b, rows.shown[~entry], len(walked)).fit(width)
    b, _, depth, point = rows.point(entry)
    return point_row(b, point, depth, width)


class PointHighlighted(Message):
    """The cursor is on a point (catalog briefing index, point id), or on none."""

    def __init__(self, briefing: int | None, point: int | None) -> None:
        super().__init__()
        self.briefing = briefing
        self.point = point


class PointList(VirtualList):
    """Shows a selection of the load's points under their briefings; reports the highlighted point."""

    BINDINGS = [
        Binding("enter", "select", "Read", tooltip="Read the point in its briefing: focus the briefing pane"),
    ]

    COMPONENT_CLASSES = {"point-list--heading"}

    DEFAULT_CSS = """
    PointList {
        & > .virtual-list--line {
            padding: 0 1;
        }
        & > .point-list--heading {
            color: $text;
            background: $boost;
        }
    }
    """

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

    # Data ------------------------------------------------------------------------------------

    def set_rows(self, rows: PointRows | None) -> None:
        """Take a new load's rows (or none, while they are being built)."""
        self.rows = rows
        self.entries = []
        self.briefings = []
        self.lines_changed()
        self.highlighted = None

    @property
    def point_count(self) -> int:
        return len(self.entries) - len(self.briefings)

    def show(
        self, selection: Iterable[PointSelection], *, point: int | None = None, briefing: int | None = None
    ) -> None:
        """List these points; stay on ``point``, else on ``briefing``'s first point, else the first."""
        rows = self.rows
        assert rows is not None
        entries: list[int] = []
        append, extend = entries.append, entries.extend
        shown = rows.shown
        listed: list[int] = []
        for chosen in selection:
            index = chosen.briefing
            shown[index] = chosen.size
            append(~index)
            listed.append(index)
            extend(range(chosen.start, chosen.stop) if chosen.ids is None else chosen.ids)
        self.entries = entries
        self.briefings = listed
        self.lines_changed()
        if not entries:
            self.highlighted = None
            # Sent as the list's own: a message made while the parent runs (it calls show) would stop there.
            self.post_message(PointHighlighted(None, None).set_sender(self))
            return
        self.highlighted = self._position_of(point, briefing)

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
        return entry_line(self.rows, self.entries[position], 1000).plain.rstrip()

    # The VirtualList's questions -------------------------------------------------------------

    @property
    def line_count(self) -> int:
        return len(self.entries) if self.rows is not None else 0

    def line_key(self, position: int) -> int:
        return self.entries[position]

    def line_visual(self, position: int, width: int) -> Content:
        assert self.rows is not None
        return entry_line(self.rows, self.entries[position], width)

    def line_class(self, position: int) -> str:
        return "point-list--heading" if self.entries[position] < 0 else ""

    def selectable(self, position: int) -> bool:
        return self.entries[position] >= 0  # headings are passed over

    def reveal(self, position: int) -> None:
        # Show the briefing's heading too when its first point is highlighted.
        top = position - 1 if position and self.entries[position - 1] < 0 else position
        self.scroll_to_region(Region(0, top, 1, position - top + 1), animate=False, force=True, immediate=True)

    def highlight_moved(self, position: int) -> None:
        point = self.entries[position]
        if self.rows is not None:
            self.post_message(PointHighlighted(self.rows.owner(point), point))

    def select(self, position: int) -> None:
        point = self.entries[position]
        if self.rows is not None:
            self.post_message(self.Selected(self.rows.owner(point), point))
