"""Everything one load produces, computed once in a worker thread.

The browser never sorts or indexes on a keystroke: the catalog's search text,
the facet sets and the three sort orders are all built here, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from briefing_tui.core.countries import country_name
from briefing_tui.core.filtering import Catalog
from briefing_tui.core.loader import load_paths
from briefing_tui.core.model import KINDS, Briefing
from briefing_tui.core.problems import Problem
from briefing_tui.core.render import KIND_LABELS
from briefing_tui.core.rows import Loaded, Row
from briefing_tui.core.topics import Vocabulary

Sort = Literal["newest", "oldest", "title"]
SORTS: tuple[Sort, ...] = ("newest", "oldest", "title")
SORT_LABELS: dict[Sort, str] = {"newest": "newest first", "oldest": "oldest first", "title": "by title"}

Facet = Literal["topics", "countries", "kinds"]
FACETS: tuple[Facet, ...] = ("topics", "countries", "kinds")
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
    orders: dict[Sort, list[int]]
    #: Every value each facet takes in this load, with its label, in label order.
    values: dict[Facet, FacetValues]
    #: Things the reader should hear about that are not file problems (e.g. the cache was rebuilt).
    notices: Sequence[str] = ()
    #: False while a first load is still arriving: what is here is usable, but not everything.
    complete: bool = True
    files_seen: int = 0
    #: The files' signature when the load began (see core.watch): a different one means reload.
    signature: str = ""
    #: Worker processes that parsed files in this load (0: none were needed, or none could start).
    workers: int = 0

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
        return KIND_LABELS.get(value, value)

    @property
    def files_with_errors(self) -> int:
        return len({p.path for p in self.problems if p.severity == "error"})

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == "warning")


def sort_orders(rows: Sequence[Row]) -> dict[Sort, list[int]]:
    """Index lists for each sort; ties break on id so the order never wobbles."""
    indexes = range(len(rows))
    oldest = sorted(indexes, key=lambda i: (rows[i].date, rows[i].start, rows[i].id))
    by_title = sorted(oldest[::-1], key=lambda i: rows[i].title.casefold())
    return {"newest": oldest[::-1], "oldest": oldest, "title": by_title}


def facet_values(catalog: Catalog, vocabulary: Vocabulary) -> dict[Facet, FacetValues]:
    found = catalog.facet_counts(range(len(catalog)))

    def by_label(pairs: list[tuple[str, str]]) -> FacetValues:
        return sorted(pairs, key=lambda pair: (pair[1].casefold(), pair[0]))

    return {
        "topics": by_label([(t, vocabulary.label(t)) for t in found["topics"]]),
        "countries": by_label([(c, country_name(c)) for c in found["countries"]]),
        "kinds": [(k, KIND_LABELS[k]) for k in KINDS if k in found["kinds"]],
    }


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
) -> Library:
    """Index loaded briefings: catalog, sort orders and facet values (linear in their number)."""
    vocabulary = vocabulary or Vocabulary()
    catalog = Catalog.of_entries(entries)
    return Library(
        paths=tuple(paths),
        entries=entries,
        problems=problems,
        vocabulary=vocabulary,
        catalog=catalog,
        orders=sort_orders(catalog.rows),
        values=facet_values(catalog, vocabulary),
        notices=notices,
        complete=complete,
        files_seen=files_seen or len(entries),
        signature=signature,
        workers=workers,
    )


def load_library(
    paths: Sequence[Path],
    progress: Callable[[list[Loaded], int], None] | None = None,
    *,
    use_cache: bool = True,
    ready: Callable[[Library], None] | None = None,
) -> Library:
    """Load, validate and index ``paths``; slow (disk and parsing), so run it in a thread.

    Unchanged files come from the parsed-briefing cache; ``progress(new_entries,
    files_seen)`` is called every few hundred files so rows can show as they arrive.
    ``ready(library)`` is called before the cache is written back, so nobody waits for
    the disk; the returned library's notices include any the write adds.
    """
    result = load_paths(paths, use_cache=use_cache, progress=progress, compact=True, write_cache=False)
    library = build_library(
        paths,
        result.entries,
        problems=result.problems,
        vocabulary=result.vocabulary,
        notices=list(result.notices),
        files_seen=result.files_seen,
        signature=result.signature,
        workers=result.workers,
    )
    if ready is not None:
        ready(library)
    before = len(result.notices)
    result.write_cache()
    if len(result.notices) > before:
        library = replace(library, notices=list(result.notices))
    return library
