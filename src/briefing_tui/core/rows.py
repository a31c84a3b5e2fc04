"""What lists and filters need of a briefing, without the briefing.

A ``Row`` is computed once when a file is parsed and kept in the cache, so a
warm start never decodes a whole briefing: the full ``Briefing`` travels as a
compact msgpack blob and is decoded (in ~20 µs) only when someone reads it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec

from briefing_tui.core.model import Briefing, walk_points
from briefing_tui.core.sanitize import clean_line


class Row(msgspec.Struct, frozen=True, array_like=True, gc=False):
    id: str
    date: dt.date
    start: str  # the local start as ISO text ("" when not stated): a sort tie-breaker
    kind: str
    title: str  # one clean line, safe to show
    countries: tuple[str, ...]  # participants' countries, in order, once each
    topics: tuple[str, ...]  # every topic of every point and sub-point, sorted
    text: str  # casefolded search text: title, names, places, points


def search_text(b: Briefing) -> str:
    parts = [b.title, b.category, b.venue, b.occasion, b.id or ""]
    for p in b.participants:
        parts.extend((p.name, p.family_name, p.given_name, p.title))
    for _, point in walk_points(b.points):
        parts.extend((point.summary, point.text))
    return clean_line(" ".join(parts)).casefold()


def row_of(b: Briefing) -> Row:
    return Row(
        id=b.id or "",
        date=b.date,
        start=b.time.start.isoformat() if b.time.start else "",
        kind=b.kind,
        title=clean_line(b.title),
        countries=tuple(dict.fromkeys(p.country for p in b.participants)),
        topics=tuple(sorted({t for _, p in walk_points(b.points) for t in p.topics})),
        text=search_text(b),
    )


_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(Briefing)


def encode(b: Briefing) -> bytes:
    return _encoder.encode(b)


def decode(blob: bytes | memoryview) -> Briefing:
    return _decoder.decode(blob)


class Loaded:
    """One loaded briefing: its path, its row, and the briefing itself on demand."""

    __slots__ = ("path", "row", "_briefing", "_blob")

    def __init__(
        self,
        path: Path,
        briefing: Briefing | None = None,
        *,
        row: Row | None = None,
        blob: bytes | memoryview | None = None,
    ):
        if briefing is None and blob is None:
            raise ValueError("a Loaded needs a briefing or its blob")
        self.path = path
        self._briefing = briefing
        self._blob = blob
        self.row = row if row is not None else row_of(briefing)  # type: ignore[arg-type]

    @property
    def briefing(self) -> Briefing:
        if self._briefing is None:
            self._briefing = decode(self._blob)  # type: ignore[arg-type]
        return self._briefing

    @property
    def blob(self) -> bytes | memoryview:
        """The briefing, msgpack-encoded (a view into the cache's mapped file when it came from there)."""
        if self._blob is None:
            self._blob = encode(self._briefing)  # type: ignore[arg-type]
        return self._blob

    def compact(self) -> None:
        """Keep only the blob: ~4 KB instead of a tree of objects."""
        self._blob = self.blob
        self._briefing = None

    def __repr__(self) -> str:
        return f"Loaded({str(self.path)!r}, id={self.row.id!r})"
