"""Briefings as Rich renderables: the one source of truth for how a briefing looks.

The TUI's detail pane and ``briefing-tui print`` both call ``render_briefing``.
Briefing text is data: it only ever enters a ``Text`` (never a markup string),
after ``sanitize.clean`` has removed anything that could act on a terminal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from briefing_tui.core.model import countries, limits, zones
from briefing_tui.core.model.briefing import (
    JOINT_OUTCOMES,
    KIND_LABELS,
    Briefing,
    Participant,
    Point,
)
from briefing_tui.core.model.sanitize import clean, clean_line
from briefing_tui.core.model.timetable import home_zone, start_instant, zone_rows
from briefing_tui.core.model.zones import ZoneTimes

OUTCOME_STYLES = {
    "agreed": "bold black on bright_green",
    "confirmed": "bold black on green",
    "welcomed": "bold cyan",
    "discussed": "bold blue",
    "stated": "magenta",
    "explained": "magenta",
    "expressed": "magenta",
    "requested": "yellow",
    "announced": "yellow",
    "noted": "dim",
    "condemned": "bold red",
}

HIGHLIGHT_MARK = "┃ "

#: At most this much of one point's text is drawn (the pane and printed text; JSON and
#: Markdown keep it whole). Real points are under a thousand characters; drawing a
#: megabyte costs Rich seconds, so more is cut with a marker saying how much.
MAX_SHOWN_TEXT = 10_000
#: The same for one-line fields: titles, names, summaries, topics, stated phrases.
MAX_SHOWN_LINE = 500
#: Sub-points are indented by this much while the width leaves room for text.
INDENT = 3
MIN_TEXT_WIDTH = 20
#: The time table's Zone column gets at least this many cells (``Australia/Sydney``); where the
#: Start and End columns (which never wrap) leave it less, the zones are listed one under another.
MIN_ZONE_WIDTH = 16
#: What the time table adds to its columns' widths: a space between columns, padded a cell each side.
TABLE_GAPS = 6


def more_marker(more: int) -> str:
    return f" … {more:,} more characters; see the file"


def shown(text: str, limit: int = MAX_SHOWN_LINE) -> str:
    """A one-line field, cleaned and cut to ``limit`` characters (cut first: cleaning is linear in what it gets)."""
    if len(text) <= limit:
        return clean_line(text)
    return clean_line(text[:limit]) + more_marker(len(text) - limit)


def safe(text: str, style: str = "", limit: int = MAX_SHOWN_TEXT, *, strip: bool = False) -> Text:
    """Untrusted text as a Text: never markup, never control sequences, never more than ``limit`` characters."""
    if len(text) <= limit:
        return Text(clean(text).strip() if strip else clean(text), style=style)
    out = Text(clean(text[:limit]).strip() if strip else clean(text[:limit]), style=style)
    out.append(more_marker(len(text) - limit), style="dim italic")
    return out


def outcome_badge(outcome: str) -> Text:
    """Joint outcomes read as a filled '✔ AGREED' badge; one-sided ones are quieter."""
    style = OUTCOME_STYLES.get(outcome, "")
    if outcome in JOINT_OUTCOMES:
        return Text(f" ✔ {outcome.upper()} ", style=style)
    return Text(f"{outcome}", style=style)


def format_date(day: dt.date) -> str:
    return day.strftime("%a %d %b %Y")


def actor_names(b: Briefing, actors: Sequence[str]) -> str:
    by_key = {p.key: p for p in b.participants}
    names = []
    for actor in actors:
        low = actor.lower()
        if low in ("both", "all"):
            names.append("Both sides" if low == "both" else "All")
        elif actor in by_key:
            p = by_key[actor]
            names.append(shown(p.family_name or p.name))
        else:
            names.append(shown(countries.country_name(countries.canonical(actor) or actor.upper())))
    return ", ".join(names)


def render_header(b: Briefing, whole_urls: bool = False) -> RenderableType:
    lines = [Text(shown(b.title), "bold")]
    meta = Text()
    if b.category:
        meta.append(shown(b.category), "italic")
        meta.append(" · ")
    meta.append(KIND_LABELS.get(b.kind, b.kind), "bold")
    meta.append(" · ")
    meta.append(format_date(b.date))
    lines.append(meta)
    place = " — ".join(shown(x) for x in (b.venue, b.occasion) if x)
    if place:
        lines.append(Text(place))
    source = Text(style="dim")
    if b.published:
        source.append(f"Published {format_date(b.published)}")
    if b.publisher:
        source.append(f"{' by ' if b.published else ''}{shown(b.publisher)}")
    if source:
        lines.append(source)
    if b.source_url:
        # whole_urls: never fold the URL at the width (print's pipe readers must get it in one piece).
        url = Text(shown(b.source_url, MAX_SHOWN_TEXT), style="dim underline")  # a real URL is never cut
        if whole_urls:
            url.no_wrap, url.overflow = True, "ignore"
        lines.append(url)
    return Group(*lines)


def moment_parts(
    moment: dt.datetime, reference: dt.date, approximate: bool, same_day_as: dt.datetime | None = None
) -> tuple[str, str]:
    """('~Sun 14 Jan 01:20', '(+1 day)'): the time, or just '01:20' for an end on the start's day,
    and its day shift from ``reference``. Every format (table, Markdown) says a time this way."""
    short = same_day_as is not None and same_day_as.date() == moment.date()
    time = ("~" if approximate else "") + moment.strftime("%H:%M" if short else "%a %d %b %H:%M")
    return time, zones.shift_label(zones.day_shift(moment, reference))


def span_parts(b: Briefing, row: ZoneTimes, reference: dt.date) -> tuple[tuple[str, str], tuple[str, str] | None]:
    """A zone row's start and end (None when no end is known) as ``moment_parts``."""
    start = moment_parts(row.start, reference, b.time.start_approximate)
    if row.end is None:
        return start, None
    return start, moment_parts(row.end, reference, b.time.start_approximate or b.time.duration_approximate, row.start)


def _moment(parts: tuple[str, str] | None) -> Text:
    if parts is None:
        return Text("—", style="dim")
    time, shift = parts
    text = Text(time)
    if shift:
        text.append(f" {shift}", style="bold yellow")
    return text


#: Starts the emphasized zone's row of the time table (the pane scrolls it into view after `z`).
EMPHASIS_MARK = "▸ "


def render_times(
    b: Briefing,
    extra_zones: Sequence[str] = (),
    local_zone: str | None = None,
    emphasize: str | None = None,
) -> RenderableType:
    """The time table across zones, with the day shift relative to the venue's date."""
    rows = zone_rows(b, extra_zones, local_zone)
    if not rows:
        return Text(f"Time not stated (zone {b.time.zone}, date {format_date(b.date)})", style="dim")
    reference = rows[0].start.date()
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    table.add_column("Zone", overflow="fold")
    table.add_column("Start", no_wrap=True)
    table.add_column("End", no_wrap=True)
    listed: list[Text] = []
    widest = [0, 0]  # of the Start and End columns, headings included
    for row in rows:
        emphasized = row.zone == emphasize
        where = Text((EMPHASIS_MARK if emphasized else "") + row.label, style="bold" if emphasized else "")
        if row.zone != "UTC":
            where.append(f"\n{row.zone} {row.abbreviation} {row.offset.removeprefix('UTC')}", style="dim")
        start, end = (_moment(parts) for parts in span_parts(b, row, reference))
        table.add_row(where, start, end, style="reverse" if emphasized else None)
        widest = [max(widest[0], start.cell_len, 5), max(widest[1], end.cell_len, 3)]
        span = Text.assemble("  ", start, " – ", end)
        listed.extend(text.copy() for text in (where, span))
        if emphasized:
            for text in listed[-2:]:
                text.stylize("reverse")
    parts: list[RenderableType] = [_TimeTable(table, Group(*listed), MIN_ZONE_WIDTH + sum(widest) + TABLE_GAPS)]
    if b.time.duration_minutes:
        hours, minutes = divmod(b.time.duration_minutes, 60)
        length = f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
        parts.append(Text(f"Duration: {'about ' if b.time.duration_approximate else ''}{length}", style="dim"))
    parts.extend(_stated_lines(b))
    return Group(*parts)


class _TimeTable:
    """The time table where its Zone column keeps ``MIN_ZONE_WIDTH`` cells, else a list.

    A table whose Start and End cells (which never wrap) leave the Zone column a cell or two
    drew each zone one letter per line, e.g. at 80 columns with the filter panel open; the
    list says the same, a zone at a time: its name, then its start and end.
    """

    def __init__(self, table: Table, listed: RenderableType, needs: int):
        self.table, self.listed, self.needs = table, listed, needs

    def _chosen(self, width: int) -> RenderableType:
        return self.table if width >= self.needs else self.listed

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self._chosen(options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self._chosen(options.max_width))


def _stated_lines(b: Briefing) -> list[Text]:
    start = start_instant(b)
    lines = []
    for s in b.stated_times:
        line = Text("Readout states ", style="dim")
        line.append(shown(s.text) or f"{s.time:%H:%M} {s.zone}")
        if start is None:
            lines.append(line)
            continue
        try:
            tz = zones.get_zone(s.zone)
        except zones.UnknownZone:
            lines.append(line)
            continue
        instant = start
        if s.refers_to == "end" and b.time.duration_minutes:
            instant = start + dt.timedelta(minutes=b.time.duration_minutes)
        actual = instant.astimezone(tz).replace(tzinfo=None)
        if abs(actual - s.time) <= dt.timedelta(minutes=5):
            line.append("  ✓ agrees with the conversion", style="green")
        else:
            line.append(f"  ✗ conversion gives {actual:%Y-%m-%d %H:%M}", style="bold red")
        lines.append(line)
    return lines


def participant_line(p: Participant) -> Text:
    line = Text()
    line.append(shown(p.name), "bold")
    if p.title:
        line.append(", ")
        line.append(shown(p.title))
    line.append(f" — {countries.country_name(p.country)}", "italic")
    line.append(f" ({home_zone(p)})", "dim")
    return line


def render_participants(b: Briefing) -> RenderableType:
    if not b.participants:
        return Text("No participants listed", style="dim")
    return Group(*(participant_line(p) for p in b.participants))


def render_point(
    b: Briefing,
    point: Point,
    number: str,
    highlight_topics: Collection[str] = (),
    depth: int = 1,
    marked: Callable[[Point], bool] | None = None,
) -> RenderableType:
    """One point and its sub-points, down to ``limits.MAX_POINT_DEPTH`` levels (``depth`` is this point's);
    ``marked`` (if given) decides which carry the hit marker."""
    hit = bool(highlight_topics) and any(t in highlight_topics for t in point.topics)
    if marked is not None:
        hit = hit and marked(point)
    head = Text()
    if hit:
        head.append(HIGHLIGHT_MARK, "bold yellow")
    head.append(f"{number} ", "bold")
    head.append_text(outcome_badge(point.outcome))
    if point.actors:
        head.append("  ")
        head.append(actor_names(b, point.actors), "italic")
    body = safe(point.text, strip=True)
    tags = Text()
    for topic in point.topics:
        if tags:
            tags.append(" ")
        style = "bold black on yellow" if hit and topic in highlight_topics else "cyan"
        tags.append(f"#{shown(topic)}", style)
    parts: list[RenderableType] = [head]
    if point.summary:
        parts.append(_indent(Text(shown(point.summary), "bold")))
    parts.append(_indent(body))
    if tags:
        parts.append(_indent(tags))
    if point.points and depth >= limits.MAX_POINT_DEPTH:  # check refuses such files; never recurse past it
        parts.append(
            _indent(Text(f"… {len(point.points)} deeper sub-point(s) not shown; see the file", style="dim italic"))
        )
        return Group(*parts)
    for i, sub in enumerate(point.points, 1):
        parts.append(_indent(render_point(b, sub, f"{number}{i}.", highlight_topics, depth + 1, marked)))
    return Group(*parts)


class _Indent:
    """Indent by ``INDENT`` cells while at least ``MIN_TEXT_WIDTH`` remain, else not at all:
    sixteen levels of sub-points in a narrow pane would otherwise leave no room and draw nothing."""

    def __init__(self, renderable: RenderableType):
        self.renderable = renderable

    def _padding(self, width: int) -> Padding:
        cells = INDENT if width - INDENT >= MIN_TEXT_WIDTH else 0
        return Padding(self.renderable, (0, 0, 0, cells), expand=False)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self._padding(options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self._padding(options.max_width))


def _indent(renderable: RenderableType) -> _Indent:
    return _Indent(renderable)


def render_points(
    b: Briefing, highlight_topics: Collection[str] = (), marked: Callable[[Point], bool] | None = None
) -> RenderableType:
    if not b.points:
        return Text("No points recorded", style="dim")
    items: list[RenderableType] = []
    for i, point in enumerate(b.points, 1):
        if items:
            items.append(Text(""))
        items.append(render_point(b, point, f"{i}.", highlight_topics, marked=marked))
    return Group(*items)


def section(title: str) -> Text:
    return Text(title, style="bold underline")


def render_briefing(
    b: Briefing,
    *,
    extra_zones: Sequence[str] = (),
    local_zone: str | None = None,
    emphasize: str | None = None,
    highlight_topics: Collection[str] = (),
    whole_urls: bool = False,
) -> RenderableType:
    """The whole briefing: header, times across zones, participants, points.

    With ``whole_urls`` the source URL is one line however wide (print it with ``crop=False``).
    """
    return Group(
        render_header(b, whole_urls),
        Text(""),
        section("When"),
        render_times(b, extra_zones, local_zone, emphasize),
        Text(""),
        section("Participants"),
        render_participants(b),
        Text(""),
        section(f"Points ({len(b.points)})"),
        render_points(b, highlight_topics),
    )
