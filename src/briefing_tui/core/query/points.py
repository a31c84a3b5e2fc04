"""Every point of every briefing, flattened once, so the points view filters by index.

The points view lists points, not briefings: every point and every sub-point is
a row of its own (a sub-point is matched on its own topics, outcome and text,
whether or not its parent matches). A ``PointCatalog`` numbers them once per
load (ids run through the briefings in catalog order, each briefing's points in
reading order) and keeps, per point, only small numbers: its briefing, depth,
outcome, a topic bitmask, and where its text sits in its briefing's search text.
No ``Point`` object is kept: a view that paints a row fetches the briefing.

Text search scans one folded (casefolded, accent-free) UTF-8 text per briefing (its header, then every
point in reading order); a point is a byte range in it, so a word is found with one
scan per briefing and no object per point.

``select`` takes the briefings that already passed the briefing-level filter
(``Catalog.matches``, which also honours *all of* topics) and keeps, within each:

* topics: points that carry at least one of the selected topics;
* text: points where every word is in the point's summary or text, or in the
  briefing's header (title, category, venue, names...): searching a minister's
  name lists every point of her meetings;
* joint only: points whose outcome is agreed or confirmed.

With no point-level filter a briefing's points are one contiguous id range, so
a keystroke that only changes the briefing set costs no per-point work.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import (
    Collection,
    Container,
    Hashable,
    Iterable,
    Iterator,
    Sequence,
)
from itertools import compress
from operator import and_
from typing import NamedTuple

from briefing_tui.core.model.briefing import (
    JOINT_OUTCOMES,
    OUTCOMES,
    Briefing,
    Point,
    walk_points,
)
from briefing_tui.core.store.rows import fold_line, search_words, utf8

OUTCOME_CODES = {o: i for i, o in enumerate(OUTCOMES)}


def header_text(b: Briefing) -> str:
    """The briefing's searchable text outside its points, folded (no case, no accents)."""
    parts = [b.title, b.category, b.venue, b.occasion, b.id or ""]
    for p in b.participants:
        parts.extend((p.name, p.family_name, p.given_name, p.title))
    return fold_line(" ".join(parts))


def point_text(point: Point) -> str:
    """A point's searchable text, folded: once per load, when the index is built."""
    return fold_line(f"{point.summary} {point.text}")


def numbered(points: Sequence[Point], prefix: str = "", depth: int = 0) -> Iterator[tuple[str, int, Point]]:
    """(number, depth, point) in reading order, numbered as the detail pane numbers them ("3.", "3.1.")."""
    for i, point in enumerate(points, 1):
        number = f"{prefix}{i}."
        yield number, depth, point
        yield from numbered(point.points, number, depth + 1)


class PointSelection(NamedTuple):
    """The kept points of one briefing: every id ``start:stop`` when ``ids`` is None."""

    briefing: int
    start: int
    stop: int
    ids: list[int] | None

    @property
    def size(self) -> int:
        return self.stop - self.start if self.ids is None else len(self.ids)

    def point_ids(self) -> Sequence[int]:
        return range(self.start, self.stop) if self.ids is None else self.ids


class PointCatalog:
    """Flat per-point arrays over a list of briefings; built once, then only read."""

    def __init__(self, briefings: Iterable[Briefing]) -> None:
        #: starts[b]:starts[b + 1] are briefing b's point ids.
        self.starts = array("l", [0])
        self.owners = array("l")
        self.depths = bytearray()
        self.outcomes = bytearray()
        #: 1 where the outcome is joint (agreed, confirmed).
        self.joint = bytearray()
        self.masks: list[int] = []
        #: Per briefing, the folded UTF-8 text its points are byte ranges of, and where its header ends.
        self.texts: list[bytes] = []
        self.header_ends = array("l")
        self.text_starts = array("l")
        self.text_ends = array("l")
        self.topic_bits: dict[str, int] = {}
        for index, b in enumerate(briefings):
            self._add(index, b)

    def _add(self, index: int, b: Briefing) -> None:
        walked = list(walk_points(b.points))
        header = utf8(header_text(b))
        segments = [utf8(point_text(p)) for _, p in walked]
        text = b" ".join([header, *segments])
        offsets = [len(header)]
        cursor = len(header)
        for segment in segments:
            cursor += 1  # the space
            offsets += (cursor, cursor + len(segment))
            cursor += len(segment)
        self.texts.append(text)
        self.header_ends.append(offsets[0])
        self.text_starts.extend(offsets[1::2])
        self.text_ends.extend(offsets[2::2])
        bits = self.topic_bits
        for depth, point in walked:
            mask = 0
            for topic in point.topics:
                bit = bits.get(topic)
                if bit is None:
                    bit = bits[topic] = 1 << len(bits)
                mask |= bit
            self.masks.append(mask)
            self.owners.append(index)
            self.depths.append(min(depth, 255))
            self.outcomes.append(OUTCOME_CODES[point.outcome])
            self.joint.append(point.outcome in JOINT_OUTCOMES)
        self.starts.append(len(self.owners))

    def __len__(self) -> int:
        return len(self.owners)

    @property
    def briefing_count(self) -> int:
        return len(self.starts) - 1

    def outcome(self, point: int) -> str:
        return OUTCOMES[self.outcomes[point]]

    def local_index(self, point: int) -> int:
        """The point's place in its briefing's reading order (``walk_points``)."""
        return point - self.starts[self.owners[point]]

    def mask(self, topics: Collection[str]) -> int:
        mask = 0
        for topic in topics:
            mask |= self.topic_bits.get(topic, 0)
        return mask

    def _hits(self, b: int, word: bytes) -> list[int]:
        """Briefing b's point ids whose text holds ``word``: one scan of its text, a step per hit."""
        start, stop = self.starts[b], self.starts[b + 1]
        text_starts, text_ends = self.text_starts, self.text_ends
        find = self.texts[b].find
        out: list[int] = []
        at = find(word, text_starts[start], text_ends[stop - 1])
        while at >= 0:
            point = bisect_right(text_starts, at, start, stop) - 1
            if at + len(word) <= text_ends[point]:
                out.append(point)
                at = find(word, text_ends[point], text_ends[stop - 1])
            else:  # across the space between two points
                at = find(word, at + 1, text_ends[stop - 1])
        return out

    def _with_words(self, b: int, ids: Sequence[int], words: Sequence[bytes]) -> Sequence[int]:
        """``ids`` (of briefing b) whose point text holds every word."""
        span = self.starts[b + 1] - self.starts[b]
        full, text_starts, text_ends = self.texts[b], self.text_starts, self.text_ends
        for word in words:
            if not ids:
                break
            if len(ids) * 4 >= span:  # most of the briefing: scan its text once
                hits = self._hits(b, word)
                ids = hits if len(ids) == span else list(filter(set(hits).__contains__, ids))
            else:  # a few points: look in each
                find = full.find
                ids = [p for p in ids if find(word, text_starts[p], text_ends[p]) >= 0]
        return ids

    def _missing(self, b: int, words: Sequence[bytes]) -> Sequence[bytes]:
        """The words not in briefing b's header (those its points must hold themselves)."""
        find, end = self.texts[b].find, self.header_ends[b]
        if len(words) == 1:
            return () if find(words[0], 0, end) >= 0 else words
        return [w for w in words if find(w, 0, end) < 0]

    def select(
        self,
        briefings: Iterable[int],
        *,
        topics: Collection[str] = (),
        text: str = "",
        joint_only: bool = False,
    ) -> Iterator[PointSelection]:
        """Per briefing, in the order given, the points that pass; briefings with none are skipped.

        Topic and outcome tests run as C-level iteration (``map`` of builtin methods into
        ``compress``), with no Python frame per point; a word is found by scanning the
        briefing's text once and stepping from hit to hit.
        """
        starts, masks, joint = self.starts, self.masks, self.joint
        want = self.mask(topics) if topics else 0
        if topics and not want:
            return
        words = [utf8(w) for w in search_words(text)]
        for b in briefings:
            start, stop = starts[b], starts[b + 1]
            if start == stop:
                continue
            missing = self._missing(b, words) if words else ()
            if not (want or missing or joint_only):
                yield PointSelection(b, start, stop, None)
                continue
            flags: Iterable[int] | None = None
            if want:
                flags = map(bool, map(want.__and__, masks[start:stop]))
            if joint_only:
                flags = joint[start:stop] if flags is None else map(and_, flags, joint[start:stop])
            ids: Sequence[int] = range(start, stop) if flags is None else list(compress(range(start, stop), flags))
            if missing:
                ids = self._with_words(b, ids, missing)
            if ids:
                yield PointSelection(b, start, stop, ids if isinstance(ids, list) else list(ids))

    def refine(
        self, previous: Iterable[PointSelection], briefings: Container[int], words: Sequence[str]
    ) -> Iterator[PointSelection]:
        """``previous`` narrowed to ``briefings`` and to points that also match every word of ``words``."""
        keys = [utf8(w) for w in words]  # folded already (PointQueries.select)
        missing_words, with_words = self._missing, self._with_words
        for chosen in previous:
            b = chosen.briefing
            if b not in briefings:
                continue
            missing = missing_words(b, keys)
            if not missing:
                yield chosen
                continue
            ids = with_words(b, chosen.point_ids(), missing)
            if ids:
                yield PointSelection(b, chosen.start, chosen.stop, ids if isinstance(ids, list) else list(ids))


def narrows(old: Sequence[str], new: Sequence[str]) -> bool:
    """Does every point matching the words ``new`` also match ``old``?

    True when each old word is part of the new word in its place (typing on, or a word added).
    """
    return len(new) >= len(old) and all(o in n for o, n in zip(old, new))


class PointQueries:
    """Recent selections, so a keystroke that narrows the search re-checks only the last result
    and a backspace to an earlier text costs nothing."""

    def __init__(self, catalog: PointCatalog, size: int = 32) -> None:
        self.catalog = catalog
        self.size = size
        self._results: OrderedDict[tuple[Hashable, tuple[str, ...]], tuple[list[PointSelection], int]] = OrderedDict()

    def select(
        self,
        briefings: Sequence[int],
        *,
        context: Hashable,
        topics: Collection[str] = (),
        text: str = "",
        joint_only: bool = False,
    ) -> list[PointSelection]:
        """``PointCatalog.select``, remembered under ``context`` (everything that decided ``briefings``
        besides the text: the briefing list must only shrink as the words grow)."""
        words = tuple(search_words(text))
        context = (context, frozenset(topics), joint_only)
        found = self._results.get((context, words))
        if found is not None:
            self._results.move_to_end((context, words))
            return found[0]
        base = min(
            (
                (count, selection)
                for (other, old), (selection, count) in self._results.items()
                if other == context and old and narrows(old, words)
            ),
            default=None,
            key=lambda pair: pair[0],
        )
        if base is None:
            result = list(self.catalog.select(briefings, topics=topics, text=text, joint_only=joint_only))
        else:
            result = list(self.catalog.refine(base[1], set(briefings), words))
        self._results[(context, words)] = (result, sum(chosen.size for chosen in result))
        if len(self._results) > self.size:
            self._results.popitem(last=False)
        return result
