"""Narrowing a collection of briefings: topics, countries, kinds, media, dates and free text.

A ``Query`` is an immutable description of the active filters; a ``Catalog``
precomputes, once per load, what every query needs (each row's search words and
topic/country/kind sets) so a keystroke only intersects sets and scans strings.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from operator import attrgetter
from typing import Any, Literal

from msgspec.structs import replace as struct_replace

from briefing_tui.core.model.briefing import Briefing, Point, walk_points
from briefing_tui.core.store.rows import TOPIC_CODES, Loaded, Row, row_of, search_words, topic_names, utf8

TopicMode = Literal["any", "all"]
#: The reading filters: briefings not yet read, briefings flagged.
READING = ("unread", "flagged")


@dataclass(frozen=True)
class Query:
    topics: frozenset[str] = frozenset()
    topic_mode: TopicMode = "any"
    countries: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    text: str = ""
    #: in-person, telephone, video: how the meeting was held, whatever its kind.
    media: frozenset[str] = frozenset()
    #: Meetings on or after / on or before these dates (at the venue).
    since: dt.date | None = None
    until: dt.date | None = None
    #: "unread" and/or "flagged" (both: unread flagged briefings).
    reading: frozenset[str] = frozenset()

    @property
    def active(self) -> bool:
        return bool(
            self.topics or self.countries or self.kinds or self.media or self.dated or self.text.strip() or self.reading
        )

    @property
    def dated(self) -> bool:
        return self.since is not None or self.until is not None

    def toggle(self, facet: Literal["topics", "countries", "kinds", "media", "reading"], value: str) -> Query:
        values: frozenset[str] = getattr(self, facet)
        changes: dict[str, Any] = {facet: values ^ {value}}
        return replace(self, **changes)

    def without_innermost(self) -> Query:
        """Escape's order: the text first, then topics, countries, kinds, media, reading, dates."""
        for name in ("text", "topics", "countries", "kinds", "media", "reading"):
            if getattr(self, name):
                changes: dict[str, Any] = {name: "" if name == "text" else frozenset()}
                return replace(self, **changes)
        if self.dated:
            return replace(self, since=None, until=None)
        return self


@dataclass(frozen=True)
class Personal:
    """The reader's own state a query can ask about: read and flagged ids, and notes to search."""

    read: Collection[str] = frozenset()
    flagged: Collection[str] = frozenset()
    #: Each noted briefing's id -> its notes' text, folded as search words are (``model.fold``).
    notes: Mapping[str, str] = field(default_factory=dict)


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


#: The ints 0, 1, 2... as shared objects: each int above 256 is an object of its own (28 bytes), and
#: the sort orders and the id index each held their own, one per briefing (2.8 MB each at 100,000).
_NUMBERS: list[int] = []
_NUMBERS_LOCK = threading.Lock()


def numbers(stop: int, start: int = 0) -> list[int]:
    """``list(range(start, stop))``, made of the shared ints."""
    if len(_NUMBERS) < stop:
        with _NUMBERS_LOCK:  # loads run in threads: the list must stay 0, 1, 2...
            _NUMBERS.extend(range(len(_NUMBERS), stop))
    return _NUMBERS[start:stop]


_ID = attrgetter("id")


class _Briefings(Sequence[Briefing]):
    """The catalog's briefings, fetched (decoded) only when indexed."""

    def __init__(self, fetch: Callable[[int], Briefing], size: int):
        self._fetch = fetch
        self._size = size

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, index):
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
        self.media = [r.medium for r in added]
        self.dates = [r.date for r in added]
        #: Each id the reader's state has asked about -> the indexes of its briefings (none, for most).
        self._index_of: dict[str, tuple[int, ...]] = {}
        if previous is not None:  # list concatenation: C-speed, however long the lists
            self.texts = previous.texts + self.texts
            self.topics = previous.topics + self.topics
            self.countries = previous.countries + self.countries
            self.kinds = previous.kinds + self.kinds
            self.media = previous.media + self.media
            self.dates = previous.dates + self.dates

    @classmethod
    def of_briefings(cls, briefings: Sequence[Briefing]) -> Catalog:
        return cls([row_of(b) for b in briefings], briefings.__getitem__)

    @classmethod
    def of_entries(cls, entries: Sequence[Loaded], previous: Catalog | None = None) -> Catalog:
        """The catalog of ``entries``; ``previous`` is that of a prefix of them, extended here."""
        rows = (
            [*previous.rows, *(e.row for e in entries[len(previous) :])]
            if previous is not None
            else [e.row for e in entries]
        )
        return cls(rows, lambda i: entries[i].briefing, previous)

    def __len__(self) -> int:
        return len(self.rows)

    def matches(self, query: Query, within: Iterable[int] | None = None, personal: Personal | None = None) -> list[int]:
        """Indexes of matching briefings, in the order of ``within`` (default: catalog order).

        One pass per condition, each a list comprehension over what the last pass kept:
        the cheapest conditions go first, and each search word only scans the survivors.
        The reader's notes (``personal``) are few: they are searched apart and their
        briefings added back, so a keystroke's cost does not grow with them.
        """
        out = numbers(len(self.rows)) if within is None else list(within)
        if query.since is not None:
            dates, since = self.dates, query.since
            out = [i for i in out if dates[i] >= since]
        if query.until is not None:
            dates, until = self.dates, query.until
            out = [i for i in out if dates[i] <= until]
        if query.media:
            media, wanted_media = self.media, query.media
            out = [i for i in out if media[i] in wanted_media]
        if query.kinds:
            kinds, wanted = self.kinds, query.kinds
            out = [i for i in out if kinds[i] in wanted]
        if query.countries:
            countries, disjoint = self.countries, query.countries.isdisjoint
            out = [i for i in out if not disjoint(countries[i])]
        if query.topics and TOPIC_CODES.full:  # some rows hold their topics by name
            names, wanted = topic_names, query.topics
            if query.topic_mode == "all":
                out = [i for i in out if wanted.issubset(names(self.topics[i]))]
            else:
                out = [i for i in out if not wanted.isdisjoint(names(self.topics[i]))]
        elif query.topics:
            # Rows hold their topics' codes (``rows.TOPIC_CODES``); a topic no row has has none.
            topics, code = self.topics, TOPIC_CODES.get
            codes = frozenset(c for c in map(code, query.topics) if c is not None)
            if query.topic_mode == "all":
                within_row = codes.issubset
                out = [i for i in out if within_row(topics[i])] if len(codes) == len(query.topics) else []
            else:
                disjoint = codes.isdisjoint
                out = [i for i in out if not disjoint(topics[i])]
        if query.reading and personal is not None:
            # The reader's ids as indexes: the passes compare ints.
            if "unread" in query.reading:
                read = self.indexes_of(personal.read)
                out = [i for i in out if i not in read]
            if "flagged" in query.reading:
                flagged = self.indexes_of(personal.flagged)
                out = [i for i in out if i in flagged]
        texts = self.texts
        words = search_words(query.text)
        before = out
        for word in words:
            key = utf8(word)
            out = [i for i in out if key in texts[i]]
        if words and personal is not None and personal.notes:
            noted = self.indexes_of(b for b, text in personal.notes.items() if all(w in text for w in words))
            noted.difference_update(out)  # briefings whose own text matched too cost nothing more
            if noted:
                kept = set(out)
                out = [i for i in before if i in kept or i in noted]
        return out

    def indexes_of(self, ids: Iterable[str]) -> set[int]:
        """The catalog indexes of briefings with these ids (a duplicated id has several).

        Only the ids asked about are indexed, each the first time (one pass over the rows finds
        every new one): an index of every id was ~7 MB at 100,000, made at every start for a
        reader with any mark at all (their marks are a few, or a few thousand, of the ids).
        """
        ids = ids if isinstance(ids, (set, frozenset, list, tuple)) else list(ids)
        known = self._index_of
        new = {b for b in ids if b not in known}
        if new:
            found: dict[str, tuple[int, ...]] = dict.fromkeys(new, ())
            for i, ident in zip(numbers(len(self.rows)), map(_ID, self.rows)):
                if ident in found:
                    found[ident] += (i,)
            known.update(found)
        return {i for b in ids for i in known[b]}

    def facet_counts(self, indexes: Iterable[int]) -> dict[str, Counter[str]]:
        """Counts of each topic, country, kind and medium among ``indexes`` (for the filter panel).

        Each is one ``Counter`` over a chained iterator: the counting loop runs in C.
        """
        indexes = indexes if isinstance(indexes, (list, range)) else list(indexes)
        names = TOPIC_CODES.names
        if TOPIC_CODES.full:  # some rows hold their topics by name
            named_topics = Counter(chain.from_iterable(topic_names(self.topics[i]) for i in indexes))
        else:
            codes = Counter(chain.from_iterable(map(self.topics.__getitem__, indexes)))
            named_topics = Counter({names.get(code, code): count for code, count in codes.items()})
        return {
            "topics": named_topics,
            "countries": Counter(chain.from_iterable(map(self.countries.__getitem__, indexes))),
            "kinds": Counter(map(self.kinds.__getitem__, indexes)),
            "media": Counter(map(self.media.__getitem__, indexes)),
        }
