"""Notice briefing files added, changed or removed, by polling a cheap signature.

Polling needs no extra dependency and works on every filesystem, network
mounts included; a stat of 10,000 files costs about 30 ms, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain
from pathlib import Path

from briefing_tui.core.model.problems import Problem
from briefing_tui.core.store.bundled import bundled_dir
from briefing_tui.core.store.load import (
    files_signature,
    find_vocabulary,
    iter_files,
    stat_triple,
)

#: Seconds between two looks at the folders.
POLL_INTERVAL = 2.0


def signature(paths: Iterable[Path], problems: list[Problem] | None = None) -> str:
    """A digest of every briefing file's path, size and mtime (and the vocabulary's).

    It equals the ``signature`` of a ``load_paths`` of the same, unchanged files. What could not
    be listed (a path gone, a folder unreadable) is added to ``problems``.
    """
    paths = list(paths)
    vocabulary = find_vocabulary(paths) or find_vocabulary([bundled_dir()])
    first: list[Path | str] = [vocabulary] if vocabulary else []
    listing = [] if problems is None else problems
    files = chain(first, iter_files(paths, listing, ordered=False))  # one at a time, unsorted: no list
    return files_signature(map(stat_triple, files))
