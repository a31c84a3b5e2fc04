"""Notice briefing files added, changed or removed, by polling a cheap signature.

Polling needs no extra dependency and works on every filesystem, network
mounts included; a stat of 10,000 files costs about 30 ms, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from briefing_tui.core.store.bundled import bundled_dir
from briefing_tui.core.store.load import (
    expand,
    files_signature,
    find_vocabulary,
    stat_triple,
)

#: Seconds between two looks at the folders.
POLL_INTERVAL = 2.0


def signature(paths: Iterable[Path]) -> str:
    """A digest of every briefing file's path, size and mtime (and the vocabulary's).

    It equals the ``signature`` of a ``load_paths`` of the same, unchanged files.
    """
    paths = list(paths)
    files, _ = expand(paths)
    vocabulary = find_vocabulary(paths) or find_vocabulary([bundled_dir()])
    return files_signature(stat_triple(p) for p in ([vocabulary] if vocabulary else []) + files)
