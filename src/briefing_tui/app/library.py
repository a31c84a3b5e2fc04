"""Everything one load produces, computed once in a worker thread.

The browser never sorts or indexes on a keystroke: the catalog's search text,
the facet sets and the three sort orders are all built here, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefing_tui.core.filtering import Catalog
from briefing_tui.core.loader import Loaded, find_vocabulary, load_paths, load_vocabulary
from briefing_tui.core.model import Briefing
from briefing_tui.core.problems import Problem
from briefing_tui.core.topics import Vocabulary

Sort = Literal["newest", "oldest", "title"]
SORTS: tuple[Sort, ...] = ("newest", "oldest", "title")
SORT_LABELS: dict[Sort, str] = {"newest": "newest first", "oldest": "oldest first", "title": "by title"}


@dataclass(frozen=True)
class Library:
    """The loaded briefings, their problems, and the indexes filters and sorts need."""

    paths: tuple[Path, ...]
    entries: Sequence[Loaded]
    problems: Sequence[Problem]
    vocabulary: Vocabulary
    catalog: Catalog
    orders: dict[Sort, list[int]]

    @property
    def briefings(self) -> Sequence[Briefing]:
        return self.catalog.briefings

    def __len__(self) -> int:
        return len(self.catalog)

    @property
    def files_with_errors(self) -> int:
        return len({p.path for p in self.problems if p.severity == "error"})

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == "warning")


def _start_key(b: Briefing) -> str:
    return b.time.start.isoformat() if b.time.start else ""


def sort_orders(briefings: Sequence[Briefing]) -> dict[Sort, list[int]]:
    """Index lists for each sort; ties break on id so the order never wobbles."""
    indexes = range(len(briefings))
    oldest = sorted(indexes, key=lambda i: (briefings[i].date, _start_key(briefings[i]), briefings[i].id or ""))
    by_title = sorted(oldest[::-1], key=lambda i: briefings[i].title.casefold())
    return {"newest": oldest[::-1], "oldest": oldest, "title": by_title}


def load_library(paths: Sequence[Path]) -> Library:
    """Load, validate and index ``paths``; slow (disk and parsing), so run it in a thread."""
    paths = tuple(paths)
    vocab_path = find_vocabulary(paths)
    vocabulary, problems = load_vocabulary(vocab_path) if vocab_path else (Vocabulary(), [])
    result = load_paths(paths, vocabulary)
    briefings = result.briefings
    return Library(
        paths=paths,
        entries=result.entries,
        problems=[*problems, *result.problems],
        vocabulary=vocabulary,
        catalog=Catalog(briefings),
        orders=sort_orders(briefings),
    )
