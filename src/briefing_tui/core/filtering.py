"""Narrowing a collection of briefings: topics, countries, kinds and free text.

A ``Query`` is an immutable description of the active filters; a ``Catalog``
precomputes, once per load, what every query needs (lowercase search text and
topic/country/kind sets) so a keystroke only intersects sets and scans strings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from msgspec.structs import replace as struct_replace

from briefing_tui.core.model import Briefing, Point, walk_points
from briefing_tui.core.sanitize import clean_line

TopicMode = Literal["any", "all"]


@dataclass(frozen=True)
class Query:
    topics: frozenset[str] = frozenset()
    topic_mode: TopicMode = "any"
    countries: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(self.topics or self.countries or self.kinds or self.text.strip())

    def toggle(self, facet: Literal["topics", "countries", "kinds"], value: str) -> Query:
        values: frozenset[str] = getattr(self, facet)
        return replace(self, **{facet: values ^ {value}})

    def without_innermost(self) -> Query:
        """Escape's order: the text first, then topics, countries, kinds."""
        for name in ("text", "topics", "countries", "kinds"):
            if getattr(self, name):
                return replace(self, **{name: "" if name == "text" else frozenset()})
        return self


def point_matches(point: Point, topics: Collection[str]) -> bool:
    return bool(topics) and any(t in topics for t in point.topics)


def prune_points(points: Sequence[Point], keep: Callable[[Point], bool]) -> tuple[Point, ...]:
    """Points that ``keep`` accepts, plus parents kept for a sub-point it accepts (pruned to those)."""
    out = []
    for p in points:
        if keep(p):
            out.append(p)
            continue
        subs = prune_points(p.points, keep)
        if subs:
            out.append(struct_replace(p, points=subs))
    return tuple(out)


def matching_points(points: Sequence[Point], topics: Collection[str]) -> tuple[Point, ...]:
    """Points that carry one of ``topics`` (all points when there are none)."""
    if not topics:
        return tuple(points)
    return prune_points(points, lambda p: point_matches(p, topics))


def briefing_topics(b: Briefing) -> frozenset[str]:
    return frozenset(t for _, p in walk_points(b.points) for t in p.topics)


def search_text(b: Briefing) -> str:
    parts = [b.title, b.category, b.venue, b.occasion, b.id or ""]
    for p in b.participants:
        parts.extend((p.name, p.family_name, p.given_name, p.title))
    for _, point in walk_points(b.points):
        parts.extend((point.summary, point.text))
    return clean_line(" ".join(parts)).casefold()


@dataclass
class Catalog:
    """An immutable list of briefings plus the precomputed facts filters need."""

    briefings: Sequence[Briefing]
    texts: list[str] = field(init=False)
    topics: list[frozenset[str]] = field(init=False)
    countries: list[frozenset[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.texts = [search_text(b) for b in self.briefings]
        self.topics = [briefing_topics(b) for b in self.briefings]
        self.countries = [frozenset(p.country for p in b.participants) for b in self.briefings]

    def __len__(self) -> int:
        return len(self.briefings)

    def matches(self, query: Query, within: Iterable[int] | None = None) -> list[int]:
        """Indexes of matching briefings, in catalog order."""
        candidates = range(len(self.briefings)) if within is None else within
        words = query.text.casefold().split()
        out = []
        for i in candidates:
            if query.kinds and self.briefings[i].kind not in query.kinds:
                continue
            if query.countries and not (self.countries[i] & query.countries):
                continue
            if query.topics:
                have = self.topics[i]
                if query.topic_mode == "all" and not query.topics <= have:
                    continue
                if query.topic_mode == "any" and not (query.topics & have):
                    continue
            if words and not all(w in self.texts[i] for w in words):
                continue
            out.append(i)
        return out

    def facet_counts(self, indexes: Iterable[int]) -> dict[str, Counter[str]]:
        """Counts of each topic, country and kind among ``indexes`` (for the filter panel)."""
        topics: Counter[str] = Counter()
        countries: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        for i in indexes:
            topics.update(self.topics[i])
            countries.update(self.countries[i])
            kinds[self.briefings[i].kind] += 1
        return {"topics": topics, "countries": countries, "kinds": kinds}
