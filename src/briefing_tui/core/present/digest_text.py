"""The digest as Markdown and as plain text (the HTML page is digest_html)."""

from __future__ import annotations

import io
from collections.abc import Mapping

import msgspec
from rich.console import Console, Group
from rich.text import Text

from briefing_tui.core.model import countries, zones
from briefing_tui.core.model.briefing import Briefing
from briefing_tui.core.model.sanitize import clean_line
from briefing_tui.core.model.timetable import start_instant
from briefing_tui.core.present.export import markdown_points, md_escape, md_link
from briefing_tui.core.present.notes import Notes, notes_markdown, notes_text
from briefing_tui.core.present.render import (
    KIND_LABELS,
    format_date,
    render_points,
    safe,
)
from briefing_tui.core.query.digest import Digest

#: Notes by briefing id, for ``--notes``.
AllNotes = Mapping[str, Notes]


def when(b: Briefing, zone: str) -> str:
    """'Sun 14 Jan 2024 01:20 JST' in ``zone``, or the venue date when no time is stated."""
    start = start_instant(b)
    if start is None:
        return f"{format_date(b.date)} (time not stated)"
    here = start.astimezone(zones.get_zone(zone))
    approx = "~" if b.time.start_approximate else ""
    return f"{here:%a %d %b %Y} {approx}{here:%H:%M} {here.tzname()}"


def participants_line(b: Briefing) -> str:
    return " – ".join(dict.fromkeys(countries.country_name(p.country) for p in b.participants))


def summary_line(d: Digest) -> str:
    return (
        f"{len(d.items)} meeting(s), {d.point_count} point(s), {d.joint_count} agreed or confirmed; "
        f"from {d.considered} briefing(s). Times in {d.zone}."
    )


def digest_markdown(d: Digest, notes: AllNotes | None = None) -> str:
    """The digest as Markdown (named apart from ``export.to_markdown``, which writes one briefing)."""
    lines = [f"# {md_escape(d.title)}", "", summary_line(d), ""]
    for item in d.items:
        b = item.briefing
        lines.append(f"## {when(b, d.zone)} — {md_escape(b.title)}")
        lines.append("")
        meta = [KIND_LABELS.get(b.kind, b.kind), participants_line(b)]
        if b.venue:
            meta.append(md_escape(b.venue))
        lines.append(" · ".join(m for m in meta if m))
        lines.append("")
        lines.extend(markdown_points(b, item.points, highlight=d.filter.topics, marked=item.marked))
        if notes and notes.get(b.id or ""):
            lines.extend(["", *notes_markdown(notes[b.id or ""])])
        if b.source_url:
            lines.extend(["", f"Source: {md_link(b.source_url)}"])
        lines.append("")
    return "\n".join(lines)


def to_text(d: Digest, width: int = 100, notes: AllNotes | None = None) -> str:
    """Plain text through the same renderer as the detail pane."""
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, highlight=False, markup=False, emoji=False)
    console.print(Text(clean_line(d.title), style="bold"))
    console.print(Text(summary_line(d)))
    for item in d.items:
        b = item.briefing
        console.print()
        head = Group(
            safe(f"{when(b, d.zone)} — {clean_line(b.title)}", "bold"),
            Text(
                " · ".join(x for x in (KIND_LABELS.get(b.kind, b.kind), participants_line(b), clean_line(b.venue)) if x)
            ),
        )
        console.print(head)
        console.print(render_points(msgspec.structs.replace(b, points=item.points), d.filter.topics, item.marked))
        if notes and notes.get(b.id or ""):
            console.print(notes_text(notes[b.id or ""]))
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines()) + "\n"
