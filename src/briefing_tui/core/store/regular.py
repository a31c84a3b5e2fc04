"""Open cache, lock and settings files only when they are regular files.

Opening a FIFO for reading waits for a writer forever, and opening a device can act on it:
whatever sits under such a name (put there by accident or on purpose) must be refused, not
opened. The name is checked before the open and the descriptor again after it (the name may
change in between), and the open itself never blocks (``O_NONBLOCK``).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class NotRegularFile(OSError):
    """A FIFO, device, socket or folder where a file of ours should be."""

    def __init__(self, path: Path | str):
        super().__init__(errno.EINVAL, "not a regular file", os.fspath(path))


def open_regular(path: Path | str, flags: int = os.O_RDONLY, mode: int = 0o666, *, follow_symlinks: bool = True) -> int:
    """A descriptor of ``path`` opened with ``flags``, or ``NotRegularFile`` (an ``OSError``).

    With ``follow_symlinks=False`` a symbolic link is refused too (``OSError``).
    ``FileNotFoundError`` as ``os.open`` raises it (unless ``flags`` has ``O_CREAT``).
    """
    try:
        info = os.stat(path, follow_symlinks=follow_symlinks)
    except FileNotFoundError:
        if not flags & os.O_CREAT:
            raise
    else:
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(path)
    extra = _NONBLOCK | _CLOEXEC | _BINARY | (0 if follow_symlinks else _NOFOLLOW)
    fd = os.open(path, flags | extra, mode)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFile(path)
        if _NONBLOCK and not flags & _NONBLOCK:
            os.set_blocking(fd, True)  # a regular file ignores it, but our callers expect ordinary reads
    except BaseException:
        os.close(fd)
        raise
    return fd
