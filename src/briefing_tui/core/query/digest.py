"""A memo-ready digest: the briefings and points that match a filter, in date order.

Selection lives here; ``digest_html`` renders the same items as a standalone page.
Times are shown in one chosen zone, computed from each meeting's stored instant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefing_tui.core.model import countries, zones
from briefing_tui.core.model.briefing import (
    JOINT_OUTCOMES,
    KIND_LABELS,
    MEDIUM_LABELS,
    Briefing,
    Point,
    walk_points,
)
from briefing_tui.core.model.sanitize import clean_line
from briefing_tui.core.model.timetable import start_instant
from briefing_tui.core.query.filtering import Catalog, Query, prune_points
from briefing_tui.core.query.points import header_text, point_text
from briefing_tui.core.store.rows import search_words

#: The filters a digest shares with the browser's ``Query``, by the same names.
SHARED_WITH_QUERY = ("topics", "countries", "kinds", "media", "text", "since", "until")


@dataclass(frozen=True)
class DigestFilter:
    topics: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    text: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    outcomes: frozenset[str] = frozenset()
    #: in-person, telephone, video (see ``medium_of``).
    media: frozenset[str] = frozenset()
    #: The words pick points, as in the points view: each kept point holds every word in its own
    #: text or in its meeting's header (title, names, places). Otherwise they pick meetings.
    per_point: bool = False

    def query(self) -> Query:
        """The list filters this digest shares with the browser (the inverse of ``from_query``)."""
        return Query(**{name: getattr(self, name) for name in SHARED_WITH_QUERY})

    @classmethod
    def from_query(cls, query: Query, **more) -> DigestFilter:
        return cls(**{name: getattr(query, name) for name in SHARED_WITH_QUERY}, **more)

    def keeps(self, point: Point) -> bool:
        return (not self.topics or bool(self.topics & set(point.topics))) and (
            not self.outcomes or point.outcome in self.outcomes
        )

    def describe(self, label: Callable[[str], str] | None = None) -> str:
        """The filter in words; ``label`` names a topic id as the vocabulary does (else the id shows)."""
        parts = []
        if self.topics:
            name = label or (lambda topic: topic)
            parts.append("topics: " + ", ".join(sorted(clean_line(name(t)) for t in self.topics)))
        if self.countries:
            parts.append("with " + ", ".join(countries.country_name(c) for c in sorted(self.countries)))
        if self.kinds:
            parts.append(", ".join(KIND_LABELS.get(k, k) for k in sorted(self.kinds)))
        if self.media:
            parts.append(", ".join(MEDIUM_LABELS.get(m, m).lower() for m in sorted(self.media)))
        if self.outcomes:
            parts.append("outcomes: " + ", ".join(sorted(self.outcomes)))
        if self.text:
            parts.append(f"{'points ' if self.per_point else ''}matching {clean_line(self.text)!r}")
        if self.since and self.until:
            parts.append(f"{self.since} to {self.until}")
        elif self.since:
            parts.append(f"since {self.since}")
        elif self.until:
            parts.append(f"until {self.until}")
        return "; ".join(parts) or "all briefings"


@dataclass(frozen=True)
class DigestItem:
    briefing: Briefing
    points: tuple[Point, ...]
    #: The points that pass every filter (the others are parents kept to carry one); None: none marked.
    hit: Callable[[Point], bool] | None = None
    #: The points the filters picked (the others are their sub-points and parents, kept as context); None: all.
    picked: Callable[[Point], bool] | None = None

    def marked(self, point: Point) -> bool:
        """Does ``point`` carry the hit marker? Only with topics asked for, and only if it passes every filter."""
        return self.hit is not None and self.hit(point)


@dataclass(frozen=True)
class Digest:
    filter: DigestFilter
    zone: str
    items: list[DigestItem] = field(default_factory=list)
    considered: int = 0
    #: A topic id's label (the vocabulary's), for the title; None shows ids.
    labels: Callable[[str], str] | None = None

    @property
    def title(self) -> str:
        return f"Digest: {self.filter.describe(self.labels)}"

    @property
    def point_count(self) -> int:
        return sum(1 for item in self.items for _ in walk_points(item.points))

    @property
    def matching_count(self) -> int:
        """Points the filters picked: the points view's count (``point_count`` adds their context)."""
        return sum(
            1 for item in self.items for _, p in walk_points(item.points) if item.picked is None or item.picked(p)
        )

    def counts(self) -> str:
        """What the file holds, in words: "8 meetings, 11 matching points (18 with their sub-points)"."""
        meetings = f"{len(self.items)} meeting{'' if len(self.items) == 1 else 's'}"
        total, matching = self.point_count, self.matching_count
        if matching == total:
            return f"{meetings}, {total} point{'' if total == 1 else 's'}"
        picked = f"{matching} matching point{'' if matching == 1 else 's'}"
        context = "their sub-points and the points they belong to" if self._carries() else "their sub-points"
        return f"{meetings}, {picked} ({total} with {context})"

    def _carries(self) -> bool:
        """Is some point written only to carry a picked sub-point? (Pruning keeps a point that was not
        picked, at the top, only for that; under a picked one, points are its sub-points.)"""
        return any(item.picked is not None and not all(map(item.picked, item.points)) for item in self.items)

    @property
    def joint_count(self) -> int:
        return sum(1 for item in self.items for _, p in walk_points(item.points) if p.outcome in JOINT_OUTCOMES)


def build_digest(
    briefings: Sequence[Briefing], flt: DigestFilter, zone: str, labels: Callable[[str], str] | None = None
) -> Digest:
    catalog = Catalog.of_briefings(briefings)
    query = flt.query()
    items = []
    for i in catalog.matches(query):
        b = briefings[i]
        keep = _point_filter(b, flt)
        points = prune_points(b.points, keep) if keep is not None else b.points
        if keep is not None and not points:
            continue
        items.append(DigestItem(b, points, keep if flt.topics else None, keep))
    items.sort(key=lambda it: (start_instant(it.briefing) or _midday(it.briefing), it.briefing.id or ""))
    return Digest(flt, zone, items, len(briefings), labels)


def _point_filter(b: Briefing, flt: DigestFilter) -> Callable[[Point], bool] | None:
    """Which of ``b``'s points the digest keeps, or None for all of them."""
    words = search_words(flt.text) if flt.per_point else []
    if not words:
        return flt.keeps if (flt.topics or flt.outcomes) else None
    header = header_text(b)
    missing = [w for w in words if w not in header]  # a word in the header holds for every point
    return lambda p: flt.keeps(p) and all(w in point_text(p) for w in missing)


def _midday(b: Briefing) -> dt.datetime:
    return dt.datetime.combine(b.date, dt.time(12), zones.get_zone(b.time.zone))
