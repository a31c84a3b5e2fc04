"""Where briefings' msgpack bodies live on disk: append-only segment files, read by span.

A cold load's worker processes each append the briefings they parse to a segment of
their own and send back only rows and spans, so no briefing body passes through, or
stays in, the app's memory until someone opens it. The cache's index names the same
segments, so a warm start reads them in place. A reader keeps its file open: a segment
that another process replaces or deletes stays readable here until we are done with it.
Each span carries the CRC-32 of its bytes, checked on every read: a flipped bit in a segment
must never decode into a different briefing (the reader parses the file again instead).
Whoever has a segment open (to write or to read) holds a shared ``flock`` on it, so a
sweeper can tell a live instance's segment from a dead one's (``in_use``).
"""

from __future__ import annotations

import os
import threading
import zlib
from pathlib import Path

import msgspec

from briefing_tui.core.store.regular import open_regular

#: Segment files end with this; the cache names them ``<index stem>-<random>.blobs``.
SUFFIX = ".blobs"


class Segment:
    """One segment file, open for reading at any (offset, length)."""

    __slots__ = ("_file", "_lock", "path")

    def __init__(self, path: Path):
        self.path = path
        # Held open on purpose (see the module doc); a FIFO or a link is refused, never waited on.
        self._file = os.fdopen(open_regular(path, follow_symlinks=False), "rb", buffering=0)
        self._lock = threading.Lock()
        _hold(self._file.fileno())

    @property
    def name(self) -> str:
        return self.path.name

    def size(self) -> int:
        return os.fstat(self._file.fileno()).st_size

    def read(self, offset: int, length: int) -> bytes:
        if hasattr(os, "pread"):
            data = os.pread(self._file.fileno(), length, offset)
        else:  # pragma: no cover - platforms without pread
            with self._lock:
                self._file.seek(offset)
                data = self._file.read(length)
        if len(data) != length:
            raise OSError(f"{self.path} is shorter than its index says")
        return data

    def linked(self) -> bool:
        """Does the file still have a name? (Another process may have deleted it; we can still read.)"""
        try:
            return os.fstat(self._file.fileno()).st_nlink > 0
        except OSError:
            return False

    def sync(self) -> None:
        """Make what another process appended durable before an index names it."""
        os.fsync(self._file.fileno())

    def close(self) -> None:
        self._file.close()

    def __repr__(self) -> str:
        return f"Segment({self.path.name!r})"


class CorruptBlob(OSError):
    """A span's bytes do not match their checksum: the segment was damaged or tampered with."""


#: A span's length and CRC-32 each fit in 32 bits (a file is at most 8 MiB; a tampered index
#: that says otherwise is refused before a span is made: ``fits``).
_LOW = (1 << 32) - 1


def fits(offset: int, length: int, crc: int, size: int) -> bool:
    """Can a span say this (``size``: its segment's)? Anything else in an index is damage."""
    return offset >= 0 and 0 < length <= _LOW and offset + length <= size and 0 <= crc <= _LOW


def where(offset: int, length: int, crc: int) -> int:
    """A span's offset, length and CRC-32 as its one int (``Span.where``)."""
    if not (offset >= 0 and 0 <= length <= _LOW and 0 <= crc <= _LOW):
        raise ValueError(f"no such span: {offset}, {length}, {crc}")
    return offset << 64 | length << 32 | crc


class Span(msgspec.Struct, frozen=True, gc=False):
    """One briefing's bytes in a segment, and their CRC-32.

    Offset, length and CRC share one int: a tuple of four (three ints of its own) cost ~160
    bytes a row against ~72. A loaded row holds only the segment and that int (``rows.Loaded``):
    a span is made when one is read or written to an index. Never in a cycle, so the collector
    need not track it.
    """

    segment: Segment
    where: int  # offset << 64 | length << 32 | crc

    @classmethod
    def at(cls, segment: Segment, offset: int, length: int, crc: int) -> Span:
        return cls(segment, where(offset, length, crc))

    @property
    def offset(self) -> int:
        return self.where >> 64

    @property
    def length(self) -> int:
        return self.where >> 32 & _LOW

    @property
    def crc(self) -> int:
        return self.where & _LOW

    def read(self) -> bytes:
        """The bytes, checked: ``CorruptBlob`` if they are not the ones written."""
        data = self.segment.read(self.offset, self.length)
        if zlib.crc32(data) != self.crc:
            raise CorruptBlob(f"{self.segment.path} at {self.offset}: checksum mismatch")
        return data


class SegmentWriter:
    """Appends blobs to a new segment file, created exclusively: it is never anyone else's."""

    def __init__(self, directory: Path, stem: str):
        import secrets  # only a writer needs it (~2 ms with base64 and random): a reader, or print, never does

        directory.mkdir(parents=True, exist_ok=True)
        self.name = f"{stem}-{secrets.token_hex(6)}{SUFFIX}"
        self.path = directory / self.name
        # 0o666 less the umask, like any file the user's programs create.
        self._file = os.fdopen(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "wb")
        _hold(self._file.fileno())
        self.offset = 0

    def append(self, blob: bytes | memoryview) -> tuple[int, int, int]:
        """Write ``blob``; return its (offset, length, CRC-32)."""
        self._file.write(blob)
        offset = self.offset
        self.offset += len(blob)
        return offset, len(blob), zlib.crc32(blob)

    def flush(self) -> None:
        """Hand what was appended to the OS, so another process can read it."""
        self._file.flush()

    def close(self) -> None:
        """Flush, fsync and close: the index that names this segment may be written next."""
        if self._file.closed:
            return
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()


def _hold(fd: int) -> None:
    """A shared lock on the open segment, released when it is closed (or the process dies)."""
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except (ImportError, OSError):  # no flock here, or a sweeper is looking at this moment
        pass


def in_use(path: Path) -> bool | None:
    """Does some live process hold this segment open? None where that cannot be told."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return None
    try:
        fd = open_regular(path, follow_symlinks=False)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    except OSError:
        return None
    finally:
        os.close(fd)  # and with it the lock just taken
