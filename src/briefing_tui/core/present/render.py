"""Briefings as Rich renderables: the one source of truth for how a briefing looks.

The TUI's detail pane and ``briefing-tui print`` both call ``render_briefing``.
Briefing text is data: it only ever enters a ``Text`` (never a markup string),
after ``sanitize.clean`` has removed anything that could act on a terminal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from briefing_tui.core.model import countries, zones
from briefing_tui.core.model.briefing import (
    JOINT_OUTCOMES,
    KIND_LABELS,
    Briefing,
    Participant,
    Point,
)
from briefing_tui.core.model.sanitize import clean, clean_line
from briefing_tui.core.model.timetable import home_zone, start_instant, zone_rows

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


def safe(text: str, style: str = "") -> Text:
    """Untrusted text as a Text: never markup, never control sequences."""
    return Text(clean(text), style=style)


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
            names.append(clean_line(p.family_name or p.name))
        else:
            names.append(countries.country_name(actor.upper()))
    return ", ".join(names)


def counterparts(b: Briefing) -> list[str]:
    """Country names of the participants, publisher's side first as written."""
    return list(dict.fromkeys(countries.country_name(p.country) for p in b.participants))


def render_header(b: Briefing, whole_urls: bool = False) -> RenderableType:
    lines = [safe(clean_line(b.title), "bold")]
    meta = Text()
    if b.category:
        meta.append(clean_line(b.category), "italic")
        meta.append(" · ")
    meta.append(KIND_LABELS.get(b.kind, b.kind), "bold")
    meta.append(" · ")
    meta.append(format_date(b.date))
    lines.append(meta)
    place = " — ".join(clean_line(x) for x in (b.venue, b.occasion) if x)
    if place:
        lines.append(safe(place))
    source = Text(style="dim")
    if b.published:
        source.append(f"Published {format_date(b.published)}")
    if b.publisher:
        source.append(f"{' by ' if b.published else ''}{clean_line(b.publisher)}")
    if source:
        lines.append(source)
    if b.source_url:
        # whole_urls: never fold the URL at the width (print's pipe readers must get it in one piece).
        url = Text(clean_line(b.source_url), style="dim underline")
        if whole_urls:
            url.no_wrap, url.overflow = True, "ignore"
        lines.append(url)
    return Group(*lines)


def _moment(moment: dt.datetime | None, reference: dt.date, approximate: bool, same_day_as: dt.datetime | None = None) -> Text:
    """'Sat 13 Jan 23:40', or just '01:20' for an end on the start's day."""
    if moment is None:
        return Text("—", style="dim")
    short = same_day_as is not None and same_day_as.date() == moment.date()
    text = Text(("~" if approximate else "") + moment.strftime("%H:%M" if short else "%a %d %b %H:%M"))
    shift = zones.shift_label(zones.day_shift(moment, reference))
    if shift:
        text.append(f" {shift}", style="bold yellow")
    return text


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
    for row in rows:
        emphasized = row.zone == emphasize
        where = Text(("▸ " if emphasized else "") + row.label, style="bold" if emphasized else "")
        if row.zone != "UTC":
            where.append(f"\n{row.zone} {row.abbreviation} {row.offset.removeprefix('UTC')}", style="dim")
        table.add_row(
            where,
            _moment(row.start, reference, b.time.start_approximate),
            _moment(row.end, reference, b.time.start_approximate or b.time.duration_approximate, row.start),
            style="reverse" if emphasized else None,
        )
    parts: list[RenderableType] = [table]
    if b.time.duration_minutes:
        hours, minutes = divmod(b.time.duration_minutes, 60)
        length = f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
        parts.append(Text(f"Duration: {'about ' if b.time.duration_approximate else ''}{length}", style="dim"))
    parts.extend(_stated_lines(b))
    return Group(*parts)


def _stated_lines(b: Briefing) -> list[Text]:
    start = start_instant(b)
    lines = []
    for s in b.stated_times:
        line = Text("Readout states ", style="dim")
        line.append(clean_line(s.text) or f"{s.time:%H:%M} {s.zone}")
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
    line.append(clean_line(p.name), "bold")
    if p.title:
        line.append(", ")
        line.append(clean_line(p.title))
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
) -> RenderableType:
    hit = bool(highlight_topics) and any(t in highlight_topics for t in point.topics)
    head = Text()
    if hit:
        head.append(HIGHLIGHT_MARK, "bold yellow")
    head.append(f"{number} ", "bold")
    head.append_text(outcome_badge(point.outcome))
    if point.actors:
        head.append("  ")
        head.append(actor_names(b, point.actors), "italic")
    body = safe(clean(point.text).strip())
    tags = Text()
    for topic in point.topics:
        if tags:
            tags.append(" ")
        style = "bold black on yellow" if topic in highlight_topics else "cyan"
        tags.append(f"#{clean_line(topic)}", style)
    parts: list[RenderableType] = [head]
    if point.summary:
        parts.append(_indent(safe(clean_line(point.summary), "bold")))
    parts.append(_indent(body))
    if tags:
        parts.append(_indent(tags))
    for i, sub in enumerate(point.points, 1):
        parts.append(_indent(render_point(b, sub, f"{number}{i}.", highlight_topics)))
    return Group(*parts)


def _indent(renderable: RenderableType) -> Padding:
    return Padding(renderable, (0, 0, 0, 3), expand=False)


def render_points(b: Briefing, highlight_topics: Collection[str] = ()) -> RenderableType:
    if not b.points:
        return Text("No points recorded", style="dim")
    items: list[RenderableType] = []
    for i, point in enumerate(b.points, 1):
        if items:
            items.append(Text(""))
        items.append(render_point(b, point, f"{i}.", highlight_topics))
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
