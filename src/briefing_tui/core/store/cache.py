"""A cache of parsed briefings, so a warm start skips TOML parsing entirely.

Per set of opened folders, in the platform's cache dir: an index (each file's stat,
its listing ``Row``, its problems and where its briefing lies) that a warm start
decodes whole, and segment files (``core.blobs``) of msgpack-encoded briefings that
are read only for the briefings someone opens. An entry is reused only while its
file's path, mtime_ns and size are unchanged, and the whole cache only for the same
app version, schema and vocabulary. Anything unreadable or foreign is discarded and
rebuilt, never trusted.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import stat
import struct
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

import msgspec

from briefing_tui import __version__
from briefing_tui.core.model.briefing import SCHEMA_VERSION
from briefing_tui.core.model.problems import Problem
from briefing_tui.core.store.atomic import write_atomic
from briefing_tui.core.store.blobs import SUFFIX, Segment, SegmentWriter, Span
from briefing_tui.core.store.rows import Row, share_strings

FORMAT = 6  # 6: briefings are cleaned where they enter (sanitize.clean_data): older caches are rebuilt


class Entry(msgspec.Struct, array_like=True, frozen=True, gc=False):
    path: str
    mtime_ns: int
    size: int
    row: Row | None  # None: the file failed to load, and ``problems`` says why
    segment: int  # which of the header's segments holds its briefing (-1: none)
    offset: int
    length: int
    problems: tuple[Problem, ...]


class IndexHeader(msgspec.Struct, frozen=True):
    format: int
    app_version: str
    schema: int
    vocabulary: str
    segments: list[str]  # segment files' names, beside the index
    entries: int  # how many entries the length-prefixed chunks after the header hold


#: Entries per chunk: the index is written and read a chunk at a time, so the raw bytes held
#: at once stay small beside the decoded rows (peak memory, not speed, is the reason).
CHUNK = 1024
#: More segments than this, or more dead bytes than live ones, and a write compacts them into one.
MAX_SEGMENTS = 8
_LENGTH = struct.Struct("<Q")


class Hit(NamedTuple):
    row: Row | None
    blob: bytes | memoryview | Span | None
    problems: tuple[Problem, ...]


_header_decoder = msgspec.msgpack.Decoder(IndexHeader)
_chunk_decoder = msgspec.msgpack.Decoder(list[Entry])
_encoder = msgspec.msgpack.Encoder()


def cache_dir() -> Path:
    override = os.environ.get("BRIEFING_TUI_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("briefing-tui", appauthor=False))


def cache_path(roots: Sequence[Path], directory: Path | None = None) -> Path:
    """The index file for this set of folders (its blob files sit beside it)."""
    key = "\0".join(sorted(str(p.resolve()) for p in roots))
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return (directory or cache_dir()) / f"briefings-{digest}.index"


class Cache:
    """Read once, consult per file, write back once if anything changed."""

    def __init__(self, path: Path, vocabulary_key: str):
        self.path = path
        self.vocabulary_key = vocabulary_key
        self.old: dict[str, Entry] = {}
        self.new: dict[str, tuple[int, int, Hit]] = {}
        self.notice: str | None = None
        self.hits = 0
        self._segments: list[Segment] = []

    @property
    def directory(self) -> Path:
        return self.path.parent

    @property
    def stem(self) -> str:
        """Segment files of this index are named ``<stem>-<random>.blobs``."""
        return self.path.name.removesuffix(".index")

    def read(self, *, retry: bool = True) -> None:
        try:
            handle = open(self.path, "rb")
        except FileNotFoundError:
            return
        except OSError as exc:
            self.notice = f"cache {self.path} unreadable ({exc.strerror}); rebuilding"
            return
        gc_was_enabled = gc.isenabled()
        gc.disable()  # tens of thousands of small objects, none cyclic
        try:
            with handle:
                header = _header_decoder.decode(self._read_chunk(handle))
                if (header.format, header.app_version, header.schema) != (FORMAT, __version__, SCHEMA_VERSION):
                    return  # another version's cache: silently rebuild
                if header.vocabulary != self.vocabulary_key:
                    return
                entries: list[Entry] = []
                while len(entries) < header.entries:
                    chunk = _chunk_decoder.decode(self._read_chunk(handle))
                    for entry in chunk:
                        if entry.row is not None:
                            share_strings(entry.row)
                    entries.extend(chunk)
                if len(entries) != header.entries or handle.read(1):
                    raise ValueError("entry count disagrees with the header")
        except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError, RecursionError, struct.error, EOFError):
            self.notice = f"cache {self.path} was corrupt; rebuilt"
            return
        except OSError as exc:
            self.notice = f"cache {self.path} unreadable ({exc.strerror}); rebuilding"
            return
        finally:
            if gc_was_enabled:
                gc.enable()
        segments = self._open(header.segments)
        if segments is None and retry:
            # Another instance may have replaced the index (and deleted what it named) just
            # after we opened it: the new one names segments that exist.
            self.read(retry=False)
            return
        if segments is None or not self._fits(entries, [s.size() for s in segments]):
            self.notice = f"cache {self.path} was incomplete; rebuilt"
            return
        self._segments = segments
        self.old = {e.path: e for e in entries}

    @staticmethod
    def _read_chunk(handle) -> bytes:
        """One length-prefixed chunk; a garbage length is never allocated."""
        prefix = handle.read(_LENGTH.size)
        if len(prefix) != _LENGTH.size:
            raise EOFError("cache file is truncated")
        (size,) = _LENGTH.unpack(prefix)
        if size > os.fstat(handle.fileno()).st_size:
            raise EOFError("cache file is truncated or garbled")
        data = handle.read(size)
        if len(data) != size:
            raise EOFError("cache file is truncated")
        return data

    def _open(self, names: list[str]) -> list[Segment] | None:
        segments = []
        for name in names:
            if os.sep in name or name != Path(name).name or not name.endswith(SUFFIX):
                return None
            path = self.directory / name
            try:
                if not stat.S_ISREG(path.stat(follow_symlinks=False).st_mode):
                    return None  # a FIFO would block the open; a link could point anywhere
                segments.append(Segment(path))
            except OSError:
                return None
        return segments

    @staticmethod
    def _fits(entries: list[Entry], sizes: list[int]) -> bool:
        for e in entries:
            if e.row is None:
                continue
            if not (0 <= e.segment < len(sizes) and e.offset >= 0 and e.length > 0 and e.offset + e.length <= sizes[e.segment]):
                return False
        return True

    def get(self, path: str, size: int, mtime_ns: int) -> Hit | None:
        entry = self.old.get(path)
        if entry is None or entry.mtime_ns != mtime_ns or entry.size != size:
            return None
        self.hits += 1
        span = Span(self._segments[entry.segment], entry.offset, entry.length) if entry.row is not None else None
        hit = Hit(entry.row, span, entry.problems)
        self.new[entry.path] = (entry.mtime_ns, entry.size, hit)
        return hit

    def put(self, path: str, size: int, mtime_ns: int, row: Row | None, blob, problems: Sequence[Problem]) -> None:
        """Remember a parsed file: ``blob`` is its briefing's bytes or a ``Span`` in a segment."""
        self.new[path] = (mtime_ns, size, Hit(row, blob if row is not None else None, tuple(problems)))

    @property
    def changed(self) -> bool:
        return self.new.keys() != self.old.keys() or self.hits != len(self.new)

    def write(self) -> None:
        """Segments first (new bytes, fsynced), then the index that names them, then old segments go.

        Several app instances may share a folder's cache: the write holds a lock, keeps no
        segment another instance has deleted (its live briefings are copied from our open
        file), and deletes only segments the index it replaced named, or orphans an hour old
        (a crashed load's): never the segments another load's workers are writing now.
        """
        if not self.changed:
            return
        try:
            with _locked(self.directory / f"{self.stem}.lock"):
                names = self._write()
                self._delete_unnamed(names)
        except OSError as exc:
            self.notice = f"could not write cache {self.path}: {exc.strerror or exc}"

    def _delete_unnamed(self, names: set[str]) -> None:
        replaced = {segment.name for segment in self._segments}
        old_enough = time.time() - ORPHAN_AGE
        for stale in self.directory.glob(f"{self.stem}-*{SUFFIX}"):
            if stale.name in names:
                continue
            try:
                if stale.name in replaced or stale.stat().st_mtime < old_enough:
                    stale.unlink()
            except OSError:
                pass

    def _write(self) -> set[str]:
        hits = [hit for _, _, hit in self.new.values()]
        live: dict[Segment, int] = {}
        for hit in hits:
            # A segment another instance deleted stays readable through our open file, but no index
            # may name it: what lives there is copied into the new segment below.
            if isinstance(hit.blob, Span) and hit.blob.segment.path.parent == self.directory and hit.blob.segment.linked():
                live[hit.blob.segment] = live.get(hit.blob.segment, 0) + hit.blob.length
        total = sum(segment.size() for segment in live)
        # Few segments, mostly live: keep them as they are. Otherwise copy what lives into one.
        keep = list(live) if len(live) <= MAX_SEGMENTS and 2 * sum(live.values()) >= total else []
        kept = {segment: i for i, segment in enumerate(keep)}
        needs_writer = any(hit.blob is not None and not (isinstance(hit.blob, Span) and hit.blob.segment in kept) for hit in hits)
        writer = SegmentWriter(self.directory, self.stem) if needs_writer else None
        names = [segment.name for segment in keep] + ([writer.name] if writer else [])
        for segment in keep:
            segment.sync()  # workers wrote these: make them durable before the index names them

        def entry(path: str, mtime_ns: int, size: int, hit: Hit) -> Entry:
            blob = hit.blob
            if blob is None:
                return Entry(path, mtime_ns, size, hit.row, -1, 0, 0, hit.problems)
            if isinstance(blob, Span) and blob.segment in kept:
                return Entry(path, mtime_ns, size, hit.row, kept[blob.segment], blob.offset, blob.length, hit.problems)
            assert writer is not None
            offset, length = writer.append(blob.read() if isinstance(blob, Span) else blob)
            return Entry(path, mtime_ns, size, hit.row, len(keep), offset, length, hit.problems)

        def chunks() -> Iterator[bytes]:
            header = _encoder.encode(
                IndexHeader(FORMAT, __version__, SCHEMA_VERSION, self.vocabulary_key, names, len(self.new))
            )
            yield _LENGTH.pack(len(header))
            yield header
            items = list(self.new.items())
            for i in range(0, len(items), CHUNK):
                chunk = _encoder.encode([entry(path, *value) for path, value in items[i : i + CHUNK]])
                yield _LENGTH.pack(len(chunk))
                yield chunk
            if writer is not None:
                writer.close()  # flushed and fsynced before the index is renamed into place

        try:
            write_atomic(self.path, chunks())
        except BaseException:
            if writer is not None:
                try:
                    writer.close()
                finally:
                    writer.path.unlink(missing_ok=True)
            raise
        return set(names)


#: Seconds after which a segment no index names is a crashed load's leftover, not a load in progress.
ORPHAN_AGE = 3600


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on ``path`` (created if needed) for the block; none where flock is missing."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def vocabulary_key(path: Path | None) -> str:
    """Topic aliases change canonical topics and warnings, so they key the cache."""
    if path is None:
        return ""
    try:
        info = path.stat()
    except OSError:
        return ""
    return f"{path.resolve()}:{info.st_mtime_ns}:{info.st_size}"
