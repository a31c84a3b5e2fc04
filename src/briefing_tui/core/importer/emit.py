"""Schema-1 TOML written by hand, so that guessed values carry a comment for review.

A TOML library would drop comments; a reviewer needs to see which lines the importer
guessed (``zone = "Asia/Tokyo"  # guessed: no zone stated; ...``). Strings are written as
basic strings with every character TOML forbids escaped, so any text round-trips.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing_tui.core.importer.draft import Draft
from briefing_tui.core.importer.points import PointDraft

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


_TO_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f\ud800-\udfff]')
_IN_COMMENT = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\ud800-\udfff]")


def _escape(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    code = ord(ch)
    if 0xD800 <= code <= 0xDFFF:
        return "\\uFFFD"  # a lone surrogate cannot be encoded; TOML has no escape for it
    return f"\\u{code:04X}"


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped (by one regex
    pass: a Python loop over the characters of a long point cost a second per megabyte)."""
    return '"' + _TO_ESCAPE.sub(lambda m: _escape(m.group()), value) + '"'


def comment(text: str) -> str:
    """A one-line TOML comment: control characters (newlines included) become spaces."""
    return re.sub(r"\s+", " ", _IN_COMMENT.sub(" ", text)).strip()


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return toml_string(str(value))


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def raw(self, line: str = "") -> None:
        self.lines.append(line)

    def field(self, key: str, value: object, *, indent: str = "", guess: str = "", remark: str = "") -> None:
        line = f"{indent}{key} = {_value(value)}"
        if guess:
            line += f"  # guessed: {comment(guess)}"
        elif remark:
            line += f"  # {comment(remark)}"
        self.lines.append(line)

    def text(self) -> str:
        return "\n".join(self.lines).rstrip("\n") + "\n"


def emit(draft: Draft, *, source_name: str = "") -> str:
    """The briefing as TOML text; lines whose value is a guess end in ``# guessed: why``."""
    g, r = draft.guesses, draft.remarks
    w = _Writer()
    w.raw(f"# {comment(draft.title)}")
    origin = f" from {comment(source_name)}" if source_name else ""
    w.raw(f"# Imported{origin} by `briefing-tui import`. Review every line marked `# guessed:`.")
    for note in draft.notes:
        w.raw(f"# note: {comment(note)}")
    w.field("schema", 2)
    if draft.id:
        w.field("id", draft.id)
    w.field("title", draft.title, guess=g.get("title", ""))
    if draft.category:
        w.field("category", draft.category)
    w.field("kind", draft.kind, guess=g.get("kind", ""), remark=r.get("kind", ""))
    w.field("medium", draft.medium)
    w.field("date", draft.date, guess=g.get("date", ""), remark=r.get("date", ""))
    if draft.published:
        w.field("published", draft.published, guess=g.get("published", ""))
    if draft.publisher:
        w.field("publisher", draft.publisher, guess=g.get("publisher", ""))
    if draft.source_url:
        w.field("source_url", draft.source_url)
    if draft.venue:
        w.field("venue", draft.venue, guess=g.get("venue", ""))
    if draft.occasion:
        w.field("occasion", draft.occasion, guess=g.get("occasion", ""))

    w.raw()
    w.raw("[time]")
    w.field("zone", draft.zone, guess=g.get("time.zone", ""), remark=r.get("time.zone", ""))
    if draft.start is not None:
        w.field("start", draft.start, guess=g.get("time.start", ""), remark=r.get("time.start", ""))
        w.field("start_approximate", draft.start_approximate, remark=r.get("time.start_approximate", ""))
    else:
        w.raw("# start: not stated in the readout")
    if draft.duration_minutes is not None:
        w.field(
            "duration_minutes",
            draft.duration_minutes,
            guess=g.get("time.duration_minutes", ""),
            remark=r.get("time.duration_minutes", ""),
        )
        w.field("duration_approximate", draft.duration_approximate)
    else:
        w.raw("# duration: not stated in the readout")
    if draft.fold is not None:
        w.field("fold", draft.fold, guess=g.get("time.fold", ""))

    for s in draft.stated_times:
        w.raw()
        w.raw("[[stated_times]]")
        w.field("time", s.time, guess=s.guess)
        w.field("zone", s.zone)
        w.field("refers_to", s.refers_to)
        w.field("text", s.text)

    for p in draft.participants:
        w.raw()
        w.raw("[[participants]]")
        w.field("key", p.key)
        w.field("name", p.name)
        if p.family_name:
            w.field("family_name", p.family_name, guess=p.guesses.get("family_name", ""))
        if p.given_name:
            w.field("given_name", p.given_name, guess=p.guesses.get("given_name", ""))
        if p.honorific:
            w.field("honorific", p.honorific)
        if p.title:
            w.field("title", p.title)
        w.field("country", p.country, guess=p.guesses.get("country", ""))

    for point in draft.points:
        _point(w, point, ("points",))
    return w.text()


def _point(w: _Writer, point: PointDraft, path: tuple[str, ...]) -> None:
    indent = "  " * (len(path) - 1)
    w.raw()
    w.raw(f"{indent}[[{'.'.join(path)}]]")
    if point.summary:
        w.field("summary", point.summary, indent=indent)
    w.field("outcome", point.outcome, indent=indent, guess=point.guess, remark=f'"{point.verb}"' if point.verb else "")
    if point.actors:
        w.field("actors", point.actors, indent=indent)
    if point.topics:
        w.field("topics", point.topics, indent=indent)
    w.field("text", point.text, indent=indent)
    for sub in point.points:
        _point(w, sub, path + ("points",))
