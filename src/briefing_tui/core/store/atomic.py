"""Atomic file writes: readers see the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: New files get the permissions an ordinary ``open()`` would give them (mkstemp says 0600).
_FILE_MODE = 0o666 & ~_umask()


def write_atomic(path: Path, data: bytes | Iterable[bytes | memoryview], *, overwrite: bool = True) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over ``path``.

    ``data`` may be one bytes object or an iterable of chunks (streamed, never joined).
    With ``overwrite=False`` an existing ``path`` is never replaced: FileExistsError.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if not overwrite and (path.exists() or path.is_symlink()):
        raise FileExistsError(errno.EEXIST, "file exists", str(path))
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, (bytes, bytearray, memoryview)):
                handle.write(data)
            else:
                for chunk in data:
                    handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(temp, path)
        else:
            _link_new(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


def temp_glob(path: Path) -> str:
    """A glob of the temporary files ``write_atomic`` makes for ``path`` (beside it)."""
    return f".{glob.escape(path.name)}.*.tmp"


def remove_temps(path: Path, *, older_than: float) -> None:
    """Remove ``path``'s temporary files at least ``older_than`` seconds old: a killed writer's.

    A writer killed between creating its temp file and renaming it leaves the temp behind
    for good. Callers pass an age no live write takes (or 0 when a lock keeps out every writer).
    """
    cutoff = time.time() - older_than
    for temp in path.parent.glob(temp_glob(path)):
        try:
            if older_than <= 0 or temp.stat(follow_symlinks=False).st_mtime < cutoff:
                temp.unlink()
        except OSError:
            pass


def write_out(path: Path, data: bytes) -> bool:
    """Write a command's ``--out``: True if a regular file was written atomically, False if streamed.

    A new or regular file (through a symlink: its target) is written with ``write_atomic``.
    A character device or FIFO (``/dev/null``, ``/dev/stdout``, a named pipe) is written to
    directly, as a stream: replacing it with a file is never what was meant. Anything else
    (a folder, a block device, a socket) is refused with an OSError.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    if mode is None or stat.S_ISREG(mode):
        write_atomic(Path(os.path.realpath(path)), data)
        return True
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        with open(path, "wb") as handle:  # a FIFO waits here for its reader, as a shell's > would
            handle.write(data)
        return False
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder; expected a file name", str(path))
    raise OSError(errno.EINVAL, "not a regular file, character device or FIFO; refusing to replace it", str(path))


def _link_new(temp: str, path: Path) -> None:
    """Give ``temp`` the name ``path`` unless it exists: a hard link is atomic and refuses a taken name."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        # A file system without hard links: check, then rename (a small race, but no clobbering).
        if path.exists() or path.is_symlink():
            raise FileExistsError(errno.EEXIST, "file exists", str(path)) from None
        os.replace(temp, path)
