"""Notice briefing files added, changed or removed, by polling a cheap signature.

Polling needs no extra dependency and works on every filesystem, network
mounts included; a stat of 10,000 files costs about 30 ms, off the UI thread.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from briefing_tui.core.loader import expand, find_vocabulary

#: Seconds between two looks at the folders.
POLL_INTERVAL = 2.0


def signature(paths: Iterable[Path]) -> str:
    """A digest of every briefing file's path, size and mtime (and the vocabulary's)."""
    paths = list(paths)
    files, _ = expand(paths)
    vocabulary = find_vocabulary(paths)
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(files + ([vocabulary] if vocabulary else [])):
        try:
            stat = os.stat(path)
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
        except OSError:
            digest.update(f"{path}\0gone\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()
