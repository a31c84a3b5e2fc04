"""Briefings as JSON objects and Markdown, for pipes, memos and the clipboard."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence
from typing import Any
from urllib.parse import quote

from briefing_tui.core.model import countries
from briefing_tui.core.model.briefing import (
    JOINT_OUTCOMES,
    KIND_LABELS,
    Briefing,
    Point,
)
from briefing_tui.core.model.sanitize import clean, clean_line
from briefing_tui.core.model.timetable import end_instant, start_instant, zone_rows
from briefing_tui.core.present.render import actor_names, format_date, span_parts


def _point_json(p: Point) -> dict[str, Any]:
    return {
        "text": p.text.strip(),
        "summary": p.summary,
        "outcome": p.outcome,
        "actors": list(p.actors),
        "topics": list(p.topics),
        "points": [_point_json(s) for s in p.points],
    }


def to_json(b: Briefing, points: Sequence[Point] | None = None) -> dict[str, Any]:
    """One JSON-ready object per briefing; instants are ISO 8601 with their offset."""
    start = start_instant(b)
    end = end_instant(b)
    return {
        "id": b.id,
        "title": b.title,
        "category": b.category,
        "kind": b.kind,
        "date": b.date.isoformat(),
        "published": b.published.isoformat() if b.published else None,
        "start": start.isoformat() if start else None,
        "start_approximate": b.time.start_approximate,
        "timezone": b.time.zone,
        "start_utc": start.astimezone(dt.UTC).isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "duration_minutes": b.time.duration_minutes,
        "duration_approximate": b.time.duration_approximate,
        "venue": b.venue,
        "occasion": b.occasion,
        "publisher": b.publisher,
        "source_url": b.source_url,
        "participants": [
            {"name": p.name, "title": p.title, "country": p.country, "country_name": countries.country_name(p.country)}
            for p in b.participants
        ],
        "points": [_point_json(p) for p in (b.points if points is None else points)],
        "stated_times": [
            {"time": s.time.isoformat(), "zone": s.zone, "refers_to": s.refers_to, "text": s.text}
            for s in b.stated_times
        ],
    }


#: Every character that could start Markdown syntax inside a line: emphasis, code, links and
#: images (with `[`), raw HTML and entities, headings, tables, strikethrough. CommonMark lets a backslash
#: escape any ASCII punctuation, so a backslash before each is always read as the character itself.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|&~])")


def md_escape(text: str) -> str:
    """One line of untrusted text, safe inside Markdown prose: no markup, no HTML, no links."""
    return _MD_SPECIAL.sub(r"\\\1", clean_line(text))


def md_code(text: str) -> str:
    """One line of untrusted text as a Markdown code span that no backtick inside can close early."""
    text = clean_line(text)
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_link(url: str) -> str:
    """A source URL: an autolink for http(s), with anything that could end it percent-encoded;
    any other scheme (``javascript:``...) is escaped text, never a link."""
    url = clean_line(url)
    if not url.lower().startswith(("https://", "http://")):
        return md_escape(url)
    return f"<{quote(url, safe=URL_SAFE)}>"


#: RFC 3986's reserved and unreserved characters, and '%': kept as they are in a link.
URL_SAFE = ";/?:@&=+$,-_.!~*'()#%[]"


def markdown_points(
    b: Briefing,
    points: Sequence[Point],
    depth: int = 0,
    highlight: Collection[str] = (),
    marked: Callable[[Point], bool] | None = None,
) -> list[str]:
    """A Markdown list; ``marked`` (if given) decides which points carry the hit marker."""
    lines = []
    for p in points:
        badge = f"**{p.outcome.upper()}**" if p.outcome in JOINT_OUTCOMES else f"*{p.outcome}*"
        who = f" ({md_escape(actor_names(b, p.actors))})" if p.actors else ""
        hit = bool(highlight) and bool(set(p.topics) & set(highlight)) and (marked is None or marked(p))
        mark = "▶ " if hit else ""
        tags = " " + " ".join(md_code(f"#{t}") for t in p.topics) if p.topics else ""
        lines.append(f"{'  ' * depth}- {mark}{badge}{who}: {md_escape(clean(p.text))}{tags}")
        lines.extend(markdown_points(b, p.points, depth + 1, highlight, marked))
    return lines


def to_markdown(
    b: Briefing,
    *,
    extra_zones: Sequence[str] = (),
    local_zone: str | None = None,
    points: Sequence[Point] | None = None,
    highlight_topics: Collection[str] = (),
) -> str:
    """A memo-ready summary: title, when (in every zone), who, and the points."""
    lines = [f"## {md_escape(b.title)}", ""]
    meta = [KIND_LABELS.get(b.kind, b.kind), format_date(b.date)]
    if b.venue:
        meta.append(md_escape(b.venue))
    if b.occasion:
        meta.append(md_escape(b.occasion))
    lines.append(" · ".join(meta))
    lines.append("")
    rows = zone_rows(b, extra_zones, local_zone)
    if rows:
        reference = rows[0].start.date()  # as the time table: shifts are from the venue's day
        for row in rows:
            start, end = span_parts(b, row, reference)
            span = " ".join(part for part in start if part)
            if end is not None:
                span += " – " + " ".join(part for part in end if part)
            lines.append(f"- **{md_escape(row.label)}** ({row.zone}): {span} {row.abbreviation}")
        lines.append("")
    if b.participants:
        lines.append(
            "**Participants:** "
            + "; ".join(md_escape(f"{p.name}, {p.title} ({countries.country_name(p.country)})") for p in b.participants)
        )
        lines.append("")
    lines.extend(markdown_points(b, b.points if points is None else points, 0, highlight_topics))
    if b.source_url:
        lines.extend(["", f"Source: {md_link(b.source_url)}"])
    return "\n".join(lines) + "\n"
