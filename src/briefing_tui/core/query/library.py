"""Everything one load produces, computed once in a worker thread.

The browser never sorts or indexes on a keystroke: the catalog's search text,
the facet sets and the three sort orders are all built here, off the UI thread.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from briefing_tui.core.model.briefing import KIND_LABELS, KINDS, MEDIA, MEDIUM_LABELS, Briefing
from briefing_tui.core.model.countries import country_name
from briefing_tui.core.model.problems import Problem
from briefing_tui.core.model.topics import Vocabulary
from briefing_tui.core.query.filtering import Catalog, numbers
from briefing_tui.core.store.load import load_paths
from briefing_tui.core.store.rows import Loaded, Row

Sort = Literal[
    "newest", "oldest", "title", "title-reverse", "kind", "kind-reverse", "counterpart", "counterpart-reverse"
]
#: ``s`` cycles these: each column the list shows (date, title, kind, counterpart), both ways.
SORTS: tuple[Sort, ...] = (
    "newest",
    "oldest",
    "title",
    "title-reverse",
    "kind",
    "kind-reverse",
    "counterpart",
    "counterpart-reverse",
)
SORT_LABELS: dict[Sort, str] = {
    "newest": "newest first",
    "oldest": "oldest first",
    "title": "by title",
    "title-reverse": "by title Z–A",
    "kind": "by kind",
    "kind-reverse": "by kind Z–A",
    "counterpart": "by counterpart",
    "counterpart-reverse": "by counterpart Z–A",
}
#: Each sort's column, and the same column the other way.
SORT_COLUMNS: dict[str, tuple[Sort, Sort]] = {
    "date": ("newest", "oldest"),
    "title": ("title", "title-reverse"),
    "kind": ("kind", "kind-reverse"),
    "counterpart": ("counterpart", "counterpart-reverse"),
}


def reversed_sort(sort: Sort) -> Sort:
    """The same column, the other way."""
    for pair in SORT_COLUMNS.values():
        if sort in pair:
            return pair[1] if sort == pair[0] else pair[0]
    return sort


def counterpart_key(countries: Sequence[str]) -> str:
    """The other side's country names as the list shows them (all but the first), for sorting."""
    names = [country_name(c).casefold() for c in countries]
    return "\0".join(names[1:] if len(names) > 1 else names)


Facet = Literal["topics", "countries", "kinds", "media"]
FACETS: tuple[Facet, ...] = ("topics", "countries", "kinds", "media")
#: (value, label) pairs.
FacetValues = list[tuple[str, str]]


@dataclass(frozen=True)
class Library:
    """The loaded briefings, their problems, and the indexes filters and sorts need."""

    paths: tuple[Path, ...]
    entries: Sequence[Loaded]
    problems: Sequence[Problem]
    vocabulary: Vocabulary
    catalog: Catalog
    orders: Mapping[Sort, list[int]]
    #: Every value each facet takes in this load, with its label, in label order.
    values: dict[Facet, FacetValues]
    #: How many briefings have each facet value (the filter panel's counts with no filter on).
    totals: dict[str, Counter[str]]
    #: Things the reader should hear about that are not file problems (e.g. the cache was rebuilt).
    notices: Sequence[str] = ()
    #: False while a first load is still arriving: what is here is usable, but not everything.
    complete: bool = True
    files_seen: int = 0
    #: The files' signature when the load began (see core.watch): a different one means reload.
    signature: str = ""
    #: Worker processes that parsed files in this load (0: none were needed, or none could start).
    workers: int = 0
    #: The files as the cache's index had them, neither listed nor stat'ed (``load_paths``'
    #: ``trust_index``): whoever shows it checks ``watch.signature`` and loads again if it differs.
    trusted: bool = False

    @property
    def briefings(self) -> Sequence[Briefing]:
        return self.catalog.briefings

    def __len__(self) -> int:
        return len(self.catalog)

    def label(self, facet: Facet, value: str) -> str:
        """How a facet value reads in the UI: a topic's label, a country's name, a kind's words."""
        if facet == "topics":
            return self.vocabulary.label(value)
        if facet == "countries":
            return country_name(value)
        if facet == "media":
            return MEDIUM_LABELS.get(value, value)
        return KIND_LABELS.get(value, value)

    @property
    def files_with_errors(self) -> int:
        return len({p.path for p in self.problems if p.severity == "error"})

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == "warning")


def _dated(row: Row) -> str:
    """Date, then local start, then id, as one string that sorts as that tuple would (ISO dates and
    times are fixed-width; NUL sorts first): comparing one str is several times cheaper than a tuple."""
    return f"{row.date.isoformat()}{row.start}\0{row.id}"


def _oldest(rows: Sequence[Row]) -> list[int]:
    """The rows' indexes in ``_dated``'s order (date, local start, id; ties in row order), without a
    key string per row (~80 bytes each: 8 MB at 100,000, made when the whole load is held, its
    highest point): three stable sorts, the least significant key first, on what the rows hold
    already, their dates as ranks (shared ints: a date compares several times slower than an int).

    The same order: a start is never a prefix of another but that ``_dated`` puts the NUL after the
    shorter first (as a tuple puts the shorter first), and no start or id holds a NUL (both are clean).
    """
    order = numbers(len(rows))
    ids = [row.id for row in rows]
    order.sort(key=ids.__getitem__)
    del ids
    starts = [row.start for row in rows]
    order.sort(key=starts.__getitem__)
    del starts
    dates = [row.date for row in rows]
    distinct = sorted(set(dates))
    rank = dict(zip(distinct, numbers(len(distinct)), strict=True))
    ranks = list(map(rank.__getitem__, dates))
    del dates
    order.sort(key=ranks.__getitem__)
    return order


class Orders(Mapping[Sort, list[int]]):
    """Index lists for each sort, each made when first asked for; ties break on id.

    Given the orders of a prefix of the rows (a load still arriving), "oldest" sorts only
    the newcomers and merges them in: timsort finds the two runs and merges them in linear
    time, reading precomputed keys (extended by the newcomers' only) at C speed.
    """

    def __init__(self, rows: Sequence[Row], previous: Orders | None = None, *, growing: bool = False):
        self._rows = rows
        self._made: dict[Sort, list[int]] = {}
        self._base = previous._made.get("oldest") if previous is not None else None
        #: Sort keys of every row, kept only while a load is still growing (the next view extends them).
        self._keys: list[str] | None = None
        if growing:
            known = previous._keys if previous is not None and previous._keys is not None else []
            if len(known) > len(rows):
                known, self._base = [], None
            self._keys = known + [_dated(r) for r in rows[len(known) :]]

    def __getitem__(self, sort: Sort) -> list[int]:
        made = self._made.get(sort)
        if made is not None:
            return made
        if sort == "oldest" and self._keys is None:
            made = _oldest(self._rows)
        elif sort == "oldest":
            keys = self._keys or []
            key = keys.__getitem__
            base = self._base if self._base is not None else []
            made = sorted(numbers(len(keys), len(base)), key=key)
            if base:
                made = sorted(base + made, key=key)
            self._base = None
        elif sort == "newest":
            made = self["oldest"][::-1]
        elif sort.partition("-")[0] in _COLUMN_KEYS:
            # Newest first within equal keys, either way (a stable sort keeps ties in order, reversed too).
            column, _, reverse = sort.partition("-")
            keys = _COLUMN_KEYS[column](self._rows)
            made = sorted(self["newest"], key=keys.__getitem__, reverse=bool(reverse))
        else:
            raise KeyError(sort)
        self._made[sort] = made
        return made

    def __iter__(self) -> Iterator[Sort]:
        return iter(SORTS)

    def __len__(self) -> int:
        return len(SORTS)


_COLUMN_KEYS: dict[str, Callable[[Sequence[Row]], list[str]]] = {
    "title": lambda rows: [r.title.casefold() for r in rows],
    "kind": lambda rows: [KIND_LABELS.get(r.kind, r.kind).casefold() for r in rows],
    "counterpart": lambda rows: [counterpart_key(r.countries) for r in rows],
}

Totals = dict[str, Counter[str]]


def facet_values(totals: Totals, vocabulary: Vocabulary) -> dict[Facet, FacetValues]:
    def by_label(pairs: list[tuple[str, str]]) -> FacetValues:
        return sorted(pairs, key=lambda pair: (pair[1].casefold(), pair[0]))

    return {
        "topics": by_label([(t, vocabulary.label(t)) for t in totals["topics"]]),
        "countries": by_label([(c, country_name(c)) for c in totals["countries"]]),
        "kinds": [(k, KIND_LABELS[k]) for k in KINDS if k in totals["kinds"]],
        "media": [(m, MEDIUM_LABELS[m]) for m in MEDIA if m in totals["media"]],
    }


def _extends(previous: Library, entries: Sequence[Loaded]) -> bool:
    """Is ``previous`` the library of a prefix of ``entries``? (Its last entry is theirs, in place.)"""
    count = len(previous.entries)
    return count <= len(entries) and (count == 0 or previous.entries[count - 1] is entries[count - 1])


def build_library(
    paths: Sequence[Path],
    entries: Sequence[Loaded],
    *,
    problems: Sequence[Problem] = (),
    vocabulary: Vocabulary | None = None,
    notices: Sequence[str] = (),
    complete: bool = True,
    files_seen: int = 0,
    signature: str = "",
    workers: int = 0,
    previous: Library | None = None,
    trusted: bool = False,
) -> Library:
    """Index loaded briefings: catalog, sort orders, facet totals and values.

    ``previous``, a library of a prefix of ``entries`` (an earlier view of the same load),
    is extended rather than rebuilt: only the newcomers are read, row by row.
    """
    vocabulary = vocabulary or Vocabulary()
    if previous is not None and not _extends(previous, entries):
        previous = None  # not an earlier view of these: build afresh
    start = len(previous.entries) if previous is not None else 0
    catalog = Catalog.of_entries(entries, previous.catalog if previous is not None else None)
    totals = catalog.facet_counts(range(start, len(catalog)))
    if previous is not None:
        for facet, counts in totals.items():
            counts.update(previous.totals[facet])
    orders = Orders(catalog.rows, previous.orders if previous is not None else None, growing=not complete)  # type: ignore[arg-type]
    orders["newest"]
    return Library(
        paths=tuple(paths),
        entries=entries,
        problems=problems,
        vocabulary=vocabulary,
        catalog=catalog,
        orders=orders,
        values=facet_values(totals, vocabulary),
        totals=totals,
        notices=notices,
        complete=complete,
        files_seen=files_seen or len(entries),
        signature=signature,
        workers=workers,
        trusted=trusted,
    )


def load_library(
    paths: Sequence[Path],
    progress: Callable[[list[Loaded], int], None] | None = None,
    *,
    use_cache: bool = True,
    ready: Callable[[Library], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    trust_index: bool = False,
) -> Library:
    """Load, validate and index ``paths``; slow (disk and parsing), so run it in a thread.

    Unchanged files come from the parsed-briefing cache; ``progress(new_entries,
    files_seen)`` is called every few hundred files so rows can show as they arrive.
    ``ready(library)`` is called before the cache is written back, so nobody waits for
    the disk; the returned library's notices include any the write adds. ``cancelled()``
    stops the load early with ``LoadCancelled``. ``trust_index``: see ``load_paths`` (the library
    says ``trusted`` when it was).
    """
    result = load_paths(
        paths,
        use_cache=use_cache,
        progress=progress,
        compact=True,
        write_cache=False,
        cancelled=cancelled,
        trust_index=trust_index,
    )
    library = build_library(
        paths,
        result.entries,
        problems=result.problems,
        vocabulary=result.vocabulary,
        notices=list(result.notices),
        files_seen=result.files_seen,
        signature=result.signature,
        workers=result.workers,
        trusted=result.trusted,
    )
    if ready is not None:
        ready(library)
    before = len(result.notices)
    result.write_cache()
    if len(result.notices) > before:
        library = replace(library, notices=list(result.notices))
    return library
