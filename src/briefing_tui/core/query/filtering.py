"""Narrowing a collection of briefings: topics, countries, kinds and free text.

A ``Query`` is an immutable description of the active filters; a ``Catalog``
precomputes, once per load, what every query needs (each row's search words and
topic/country/kind sets) so a keystroke only intersects sets and scans strings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import chain
from typing import Literal

from msgspec.structs import replace as struct_replace

from briefing_tui.core.model.briefing import Briefing, Point, walk_points
from briefing_tui.core.store.rows import Loaded, Row, row_of, search_words, utf8

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


class _Briefings(Sequence[Briefing]):
    """The catalog's briefings, fetched (decoded) only when indexed."""

    def __init__(self, fetch: Callable[[int], Briefing], size: int):
        self._fetch = fetch
        self._size = size

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self._fetch(i) for i in range(*index.indices(self._size))]
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError(index)
        return self._fetch(index)


class Catalog:
    """Rows plus the per-condition lists filters scan; briefings are fetched on demand.

    Topic and country sets are the rows' own sorted tuples, not frozensets: a query's
    small frozenset asks ``isdisjoint``/``issubset`` of them just as fast, and ten
    thousand sets need not be built on every load.
    """

    def __init__(self, rows: Sequence[Row], fetch: Callable[[int], Briefing], previous: Catalog | None = None):
        """``previous``, if given, is the catalog of ``rows[:len(previous)]``: only the rest is read."""
        start = len(previous) if previous is not None else 0
        added = rows[start:]
        self.rows = rows
        self.briefings: Sequence[Briefing] = _Briefings(fetch, len(rows))
        self.texts = [r.text for r in added]
        self.topics = [r.topics for r in added]
        self.countries = [r.countries for r in added]
        self.kinds = [r.kind for r in added]
        if previous is not None:  # list concatenation: C-speed, however long the lists
            self.texts = previous.texts + self.texts
            self.topics = previous.topics + self.topics
            self.countries = previous.countries + self.countries
            self.kinds = previous.kinds + self.kinds

    @classmethod
    def of_briefings(cls, briefings: Sequence[Briefing]) -> Catalog:
        return cls([row_of(b) for b in briefings], briefings.__getitem__)

    @classmethod
    def of_entries(cls, entries: Sequence[Loaded], previous: Catalog | None = None) -> Catalog:
        """The catalog of ``entries``; ``previous`` is that of a prefix of them, extended here."""
        rows = previous.rows + [e.row for e in entries[len(previous) :]] if previous is not None else [e.row for e in entries]
        return cls(rows, lambda i: entries[i].briefing, previous)

    def __len__(self) -> int:
        return len(self.rows)

    def matches(self, query: Query, within: Iterable[int] | None = None) -> list[int]:
        """Indexes of matching briefings, in the order of ``within`` (default: catalog order).

        One pass per condition, each a list comprehension over what the last pass kept:
        the cheapest conditions go first, and each search word only scans the survivors.
        """
        out = list(range(len(self.rows)) if within is None else within)
        if query.kinds:
            kinds, wanted = self.kinds, query.kinds
            out = [i for i in out if kinds[i] in wanted]
        if query.countries:
            countries, disjoint = self.countries, query.countries.isdisjoint
            out = [i for i in out if not disjoint(countries[i])]
        if query.topics:
            topics = self.topics
            if query.topic_mode == "all":
                within_row = query.topics.issubset
                out = [i for i in out if within_row(topics[i])]
            else:
                disjoint = query.topics.isdisjoint
                out = [i for i in out if not disjoint(topics[i])]
        texts = self.texts
        for word in search_words(query.text):
            key = utf8(word)
            out = [i for i in out if key in texts[i]]
        return out

    def facet_counts(self, indexes: Iterable[int]) -> dict[str, Counter[str]]:
        """Counts of each topic, country and kind among ``indexes`` (for the filter panel).

        Each is one ``Counter`` over a chained iterator: the counting loop runs in C.
        """
        indexes = indexes if isinstance(indexes, (list, range)) else list(indexes)
        return {
            "topics": Counter(chain.from_iterable(map(self.topics.__getitem__, indexes))),
            "countries": Counter(chain.from_iterable(map(self.countries.__getitem__, indexes))),
            "kinds": Counter(map(self.kinds.__getitem__, indexes)),
        }
