"""A cache of parsed briefings, so a warm start skips TOML parsing entirely.

Per set of opened folders, in the platform's cache dir: an index (each file's stat,
its listing ``Row``, its problems and where its briefing lies) that a warm start
streams a chunk at a time (the first rows show before the rest is read), and segment files (``core.blobs``) of msgpack-encoded briefings that
are read only for the briefings someone opens. An entry is reused only while its
file's path, mtime_ns and size are unchanged, and the whole cache only for the same
app version, schema and vocabulary. Anything unreadable or foreign is discarded and
rebuilt, never trusted: the header and each chunk of entries carry a CRC-32, and so does
each stored briefing, so a flipped bit costs a re-parse of the files it touched, never a
wrong value. Text read back is cleaned as a parsed file's is, and a FIFO or device under
one of our names is refused, never opened.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import struct
import time
import zlib
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

import msgspec

from briefing_tui import __version__
from briefing_tui.core.model.briefing import SCHEMA_VERSION
from briefing_tui.core.model.problems import Problem
from briefing_tui.core.model.sanitize import clean, clean_line
from briefing_tui.core.store import memory
from briefing_tui.core.store.atomic import remove_temps, temp_glob, write_atomic
from briefing_tui.core.store.blobs import (
    SUFFIX,
    CorruptBlob,
    Segment,
    SegmentWriter,
    Span,
    fits,
    in_use,
    where,
)
from briefing_tui.core.store.regular import NotRegularFile, open_regular
from briefing_tui.core.store.rows import Loaded, Row, clean_row, named

#: 6: integrity-checked index; 7: search texts folded (no accents), fold set only when a file sets it;
#: 8: briefings are cleaned where they enter (sanitize.clean_data), so segments written before are not reused;
#: 9: rows carry the medium (schema 2); 10: a row's start is its time of day on its date (``rows.start_key``);
#: 11: a row's title is UTF-8 bytes (``Row.heading``).
FORMAT = 11
#: The index file's first bytes: another format's index (or anything else) is rebuilt silently.
MAGIC = b"briefing-tui index %d\n" % FORMAT


class Entry(msgspec.Struct, array_like=True, frozen=True, gc=False):
    path: str
    mtime_ns: int
    size: int
    row: Row | None  # None: the file failed to load, and ``problems`` says why
    segment: int  # which of the header's segments holds its briefing (-1: none)
    offset: int
    length: int
    crc: int  # the CRC-32 of those bytes
    problems: tuple[Problem, ...]


class IndexHeader(msgspec.Struct, frozen=True):
    format: int
    app_version: str
    schema: int
    vocabulary: str
    segments: list[str]  # segment files' names, beside the index
    entries: int  # how many entries the chunks after the header hold


#: Entries per chunk: the index is written and read a chunk at a time, so the raw bytes held
#: at once stay small beside the decoded rows (peak memory, not speed, is the reason). Each
#: chunk is checked on its own, so a damaged one costs only its files a re-parse, and a
#: reader can show a chunk's rows before the next is read.
CHUNK = 1024
#: More segments than this, or more dead bytes than live ones, and a write compacts them into one.
MAX_SEGMENTS = 8
#: Each frame (the header, then each chunk): its length, and the CRC-32 of that length and the bytes.
_FRAME = struct.Struct("<QI")


def _frame(data: bytes) -> bytes:
    size = struct.pack("<Q", len(data))
    return _FRAME.pack(len(data), zlib.crc32(data, zlib.crc32(size)))


def _foreign(start: bytes) -> bool:
    """Do these first bytes begin another format's index? (Formats up to 5 began with a small length.)"""
    return start.startswith(MAGIC[: MAGIC.index(b"%d" % FORMAT)]) or start[2:8] == bytes(6)


class _Damaged(Exception):
    """One frame failed its checksum (the reader can go on with the next)."""


#: What a garbled header or chunk raises while it is decoded.
_DECODE_ERRORS = (
    msgspec.DecodeError,
    msgspec.ValidationError,
    ValueError,
    TypeError,
    RecursionError,
    struct.error,
    EOFError,
    _Damaged,
)


class Hit(NamedTuple):
    row: Row | None
    blob: bytes | memoryview | Span | None
    problems: tuple[Problem, ...]


class Unchanged:
    """The index's entries whose files are unchanged since, as columns: a warm start holds one per
    file until it is done (a tuple, a stat triple and a ``Hit`` each were ~400 bytes a file, a
    tenth of its peak memory); the rows and spans themselves live on in the ``Loaded``s."""

    __slots__ = ("at", "loaded", "mtimes", "paths", "problems", "sizes", "used")

    def __init__(self) -> None:
        #: Each file's path -> its number here.
        self.at: dict[str, int] = {}
        self.paths: list[str] = []
        #: None for a file that failed to load (its ``problems`` say why).
        self.loaded: list[Loaded | None] = []
        self.sizes = array("q")
        self.mtimes = array("q")
        #: Only the files that have problems (few).
        self.problems: dict[int, tuple[Problem, ...]] = {}
        #: 1 for the files this load reused (``Cache.reuse``): the next index keeps them.
        self.used = bytearray()

    def add(self, entry: Entry, loaded: Loaded | None) -> None:
        number = self.at[entry.path] = len(self.paths)
        self.paths.append(entry.path)
        self.loaded.append(loaded)
        self.sizes.append(entry.size)
        self.mtimes.append(entry.mtime_ns)
        self.used.append(0)
        if entry.problems:
            self.problems[number] = entry.problems

    def __len__(self) -> int:
        return len(self.paths)

    def __contains__(self, path: object) -> bool:
        return path in self.at

    def done(self) -> None:
        """The load has every file: no path is looked up again (writing the index reads the columns)."""
        self.at = {}

    def same(self, path: str) -> str:
        """``path`` as this index's own string, if it names one of its files (equal either way)."""
        number = self.at.get(path)
        return path if number is None else self.paths[number]

    def stat(self, number: int) -> tuple[str, int, int]:
        """(path, size, mtime_ns), as ``load.stat_triple`` gives them."""
        return self.paths[number], self.sizes[number], self.mtimes[number]

    def hit(self, number: int) -> Hit:
        loaded = self.loaded[number]
        problems = self.problems.get(number, ())
        return Hit(None, None, problems) if loaded is None else Hit(loaded.row, loaded.stored, problems)


_header_decoder = msgspec.msgpack.Decoder(IndexHeader)
_chunk_decoder = msgspec.msgpack.Decoder(list[Entry])
_encoder = msgspec.msgpack.Encoder()


def _clean_problem(problem: Problem) -> Problem:
    """A cached problem's text passes the text boundary too: its path and message reach the screen."""
    if problem.path.isprintable() and problem.message.isprintable():
        return problem
    return msgspec.structs.replace(problem, path=clean_line(problem.path), message=clean(problem.message))


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
    """Read a chunk at a time, reuse what is unchanged, write back once if anything changed."""

    def __init__(self, path: Path, vocabulary_key: str):
        self.path = path
        self.vocabulary_key = vocabulary_key
        #: Entries read from the index (``chunks``), and how many of them were reused.
        self.indexed = 0
        #: How many entries the index says it holds (known once ``chunks`` has read its header).
        self.expected = 0
        #: Files parsed by this load; files it reused are marked in ``unchanged``.
        self.new: dict[str, tuple[int, int, Hit]] = {}
        self.unchanged = Unchanged()
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

    def chunks(self, *, retry: bool = True) -> Iterator[list[Entry]]:
        """The index's entries, a checked chunk at a time, so a reader can show the first rows
        before the rest is read (and never holds every entry at once).

        Nothing comes from a cache of another format, version or vocabulary, or one whose header
        or segments are unusable (``notice`` says why, where it is news). A chunk that fails its
        checksum or points past its segment is skipped: its files are parsed again.
        """
        try:
            handle = os.fdopen(open_regular(self.path), "rb")
        except FileNotFoundError:
            return
        except NotRegularFile:
            self.notice = f"cache {self.path} is not a regular file; ignored (a new cache replaces it)"
            return
        except OSError as exc:
            self.notice = f"cache {self.path} unreadable ({exc.strerror}); rebuilding"
            return
        with handle:
            try:
                header, limit = self._read_header(handle)
            except _DECODE_ERRORS:
                self.notice = f"cache {self.path} was corrupt; rebuilt"
                return
            except OSError as exc:
                self.notice = f"cache {self.path} unreadable ({exc.strerror}); rebuilding"
                return
            if header is None:
                return  # another format's, version's or vocabulary's cache: silently rebuild
            segments = self._open(header.segments)
            if segments is None and retry:
                # Another instance may have replaced the index (and deleted what it named) just
                # after we opened it: the new one names segments that exist.
                handle.close()
                yield from self.chunks(retry=False)
                return
            if segments is None:
                self.notice = f"cache {self.path} was incomplete; rebuilt"
                return
            self._segments = segments
            self.expected = header.entries
            sizes = [s.size() for s in segments]
            read, lost, unfit = 0, False, False
            while True:
                gc_was_enabled = memory.pause_collection()  # a chunk's small objects, none cyclic
                try:
                    chunk = self._read_chunk(handle, limit)
                except _Damaged:
                    lost = True
                    continue
                except _DECODE_ERRORS:  # a whole frame that passed its checksum: the next one is intact
                    lost = True
                    continue
                except EOFError:
                    lost = True
                    break
                except OSError as exc:
                    self.notice = f"cache {self.path} unreadable ({exc.strerror}); rebuilding"
                    break
                finally:
                    memory.resume_collection(gc_was_enabled)
                if chunk is None:
                    break
                if not self._fits(chunk, sizes):
                    unfit = True
                    continue
                read += len(chunk)
                self.indexed += len(chunk)
                yield chunk
            if unfit:
                self.notice = f"cache {self.path} was incomplete: its files were read again"
            elif lost or read != header.entries:
                missing = max(header.entries - read, 1)
                self.notice = f"cache {self.path} was damaged: {missing} of {header.entries} files read again"

    def _read_header(self, handle) -> tuple[IndexHeader | None, int]:
        """The header if it is this format's, version's and vocabulary's (else None), and the file's size."""
        magic = handle.read(len(MAGIC))
        if magic != MAGIC:
            if not _foreign(magic):
                raise ValueError("not a cache index")
            return None, 0
        limit = os.fstat(handle.fileno()).st_size
        header = _header_decoder.decode(self._read_frame(handle, limit) or b"")
        if (header.format, header.app_version, header.schema) != (FORMAT, __version__, SCHEMA_VERSION):
            return None, 0
        if header.vocabulary != self.vocabulary_key:
            return None, 0
        return header, limit

    def _read_chunk(self, handle, limit: int) -> list[Entry] | None:
        """The next chunk's entries, checked and cleaned; None at the end."""
        data = self._read_frame(handle, limit)
        if data is None:
            return None
        chunk = _chunk_decoder.decode(data)
        for entry in chunk:
            if entry.row is not None:
                clean_row(entry.row)
            if entry.problems:
                msgspec.structs.force_setattr(entry, "problems", tuple(map(_clean_problem, entry.problems)))
        return chunk

    @staticmethod
    def _read_frame(handle, limit: int) -> bytes | None:
        """One frame's bytes, checked; None at the end of the file. A garbage length is never allocated."""
        prefix = handle.read(_FRAME.size)
        if not prefix:
            return None
        if len(prefix) != _FRAME.size:
            raise EOFError("cache file is truncated")
        size, crc = _FRAME.unpack(prefix)
        if size > limit:
            raise EOFError("cache file is truncated or garbled")
        data = handle.read(size)
        if len(data) != size:
            raise EOFError("cache file is truncated")
        if zlib.crc32(data, zlib.crc32(prefix[:8])) != crc:
            raise _Damaged
        return data

    def _open(self, names: list[str]) -> list[Segment] | None:
        segments = []
        for name in names:
            if os.sep in name or name != Path(name).name or not name.endswith(SUFFIX):
                return None
            try:
                segments.append(Segment(self.directory / name))  # a FIFO or a link is refused
            except OSError:
                return None
        return segments

    @staticmethod
    def _fits(entries: list[Entry], sizes: list[int]) -> bool:
        for e in entries:
            if e.row is None:
                continue
            if not (0 <= e.segment < len(sizes) and fits(e.offset, e.length, e.crc, sizes[e.segment])):
                return False
        return True

    def loaded(self, entry: Entry) -> Loaded | None:
        """An entry of ``chunks`` as a ``Loaded`` (None for a file that failed to load), holding its
        row and where its briefing lies (its problems stay with the entry)."""
        if entry.row is None:
            return None
        return Loaded.stored_at(
            entry.path, entry.row, self._segments[entry.segment], where(entry.offset, entry.length, entry.crc)
        )

    def reuse(self, number: int) -> None:
        """Keep an entry of ``unchanged`` (its file's path, size and mtime_ns are the index's)."""
        if not self.unchanged.used[number]:
            self.unchanged.used[number] = 1
            self.hits += 1

    def put(self, path: str, size: int, mtime_ns: int, row: Row | None, blob, problems: Sequence[Problem]) -> None:
        """Remember a parsed file: ``blob`` is its briefing's bytes or a ``Span`` in a segment."""
        self.new[path] = (mtime_ns, size, Hit(row, blob if row is not None else None, tuple(problems)))

    @property
    def changed(self) -> bool:
        return self.hits != self.indexed or bool(self.new)

    def _kept(self) -> Iterator[tuple[str, int, int, Hit]]:
        """(path, mtime_ns, size, hit) of every file the next index names: reused, then parsed."""
        unchanged = self.unchanged
        for number, used in enumerate(unchanged.used):
            if used:
                yield unchanged.paths[number], unchanged.mtimes[number], unchanged.sizes[number], unchanged.hit(number)
        for path, (mtime_ns, size, hit) in self.new.items():
            yield path, mtime_ns, size, hit

    def write(self) -> None:
        """Segments first (new bytes, fsynced), then the index that names them, then old segments go.

        Several app instances may share a folder's cache: the write holds a lock, keeps no
        segment another instance has deleted (its live briefings are copied from our open
        file), and deletes only segments the index it replaced named, or orphans (a crashed or
        overtaken load's, see ``_orphans``): never the segments another load is writing or reading now. Index
        temps are only ever written under the lock, so under it any left are a killed writer's.
        With nothing to write, leftovers (if any) are still removed, under the same rules.
        """
        try:
            if not self.changed:
                if self._leftovers():
                    with _locked(self._lock_path) as held:
                        names = self._named_on_disk()
                        self._delete_unnamed(names, held, replaced=set())
                return
            with _locked(self._lock_path) as held:
                names = self._write()
                self._delete_unnamed(names, held, replaced={segment.name for segment in self._segments})
        except OSError as exc:
            self.notice = f"could not write cache {self.path}: {exc.strerror or exc}"

    @property
    def _lock_path(self) -> Path:
        return self.directory / f"{self.stem}.lock"

    def _leftovers(self) -> bool:
        """Is there an index temp, or a dead segment our index does not name?"""
        if any(self.directory.glob(temp_glob(self.path))):
            return True
        named = {segment.name for segment in self._segments}
        return any(name not in named for name in self._orphans())

    def _orphans(self) -> Iterator[str]:
        """Our segments no live process has open (a minute old, against the creation race), or an hour old.

        A crashed or overtaken load's segments go as soon as nobody reads them; one another
        instance is writing or reading is held (``blobs.in_use``) and stays.
        """
        now = time.time()
        for stale in self.directory.glob(f"{glob.escape(self.stem)}-*{SUFFIX}"):
            with contextlib.suppress(OSError):
                mtime = stale.stat(follow_symlinks=False).st_mtime
                if mtime < now - ORPHAN_AGE or (mtime < now - UNUSED_AGE and in_use(stale) is False):
                    yield stale.name

    def _named_on_disk(self) -> set[str] | None:
        """The segments the index now on disk names (another instance may have replaced ours); None if unknown."""
        try:
            with os.fdopen(open_regular(self.path), "rb") as handle:
                if handle.read(len(MAGIC)) != MAGIC:
                    return None
                header = _header_decoder.decode(self._read_frame(handle, os.fstat(handle.fileno()).st_size) or b"")
        except FileNotFoundError:
            return set()
        except (OSError, msgspec.DecodeError, msgspec.ValidationError, EOFError, _Damaged):
            return None
        return set(header.segments)

    def _delete_unnamed(self, names: set[str] | None, locked: bool, replaced: set[str]) -> None:
        """Remove index temps (all, under the lock; else an hour old) and segments ``names`` lacks
        that the replaced index named or that are orphans (``names`` None: no segment goes)."""
        remove_temps(self.path, older_than=0 if locked else ORPHAN_AGE)
        if names is None:
            return
        old = set(self._orphans())
        for stale in self.directory.glob(f"{glob.escape(self.stem)}-*{SUFFIX}"):
            if stale.name not in names and (stale.name in replaced or stale.name in old):
                with contextlib.suppress(OSError):
                    stale.unlink()

    def _write(self) -> set[str]:
        live: dict[Segment, int] = {}
        for *_, hit in self._kept():
            # A segment another instance deleted stays readable through our open file, but no index
            # may name it: what lives there is copied into the new segment below.
            if (
                isinstance(hit.blob, Span)
                and hit.blob.segment.path.parent == self.directory
                and hit.blob.segment.linked()
            ):
                live[hit.blob.segment] = live.get(hit.blob.segment, 0) + hit.blob.length
        total = sum(segment.size() for segment in live)
        # Few segments, mostly live: keep them as they are. Otherwise copy what lives into one.
        keep = list(live) if len(live) <= MAX_SEGMENTS and 2 * sum(live.values()) >= total else []
        kept = {segment: i for i, segment in enumerate(keep)}
        needs_writer = any(
            hit.blob is not None and not (isinstance(hit.blob, Span) and hit.blob.segment in kept)
            for *_, hit in self._kept()
        )
        writer = SegmentWriter(self.directory, self.stem) if needs_writer else None
        names = [segment.name for segment in keep] + ([writer.name] if writer else [])
        for segment in keep:
            segment.sync()  # workers wrote these: make them durable before the index names them

        def entry(path: str, mtime_ns: int, size: int, hit: Hit) -> Entry | None:
            if hit.row is not None:
                hit = hit._replace(row=named(hit.row))  # topics by name: codes are this process's own
            blob = hit.blob
            if blob is None:
                return Entry(path, mtime_ns, size, hit.row, -1, 0, 0, 0, hit.problems)
            if isinstance(blob, Span) and blob.segment in kept:
                return Entry(
                    path, mtime_ns, size, hit.row, kept[blob.segment], blob.offset, blob.length, blob.crc, hit.problems
                )
            assert writer is not None
            try:
                data = blob.read() if isinstance(blob, Span) else blob
            except CorruptBlob:
                return None  # never copied on: the file is parsed again next time
            return Entry(path, mtime_ns, size, hit.row, len(keep), *writer.append(data), hit.problems)

        def chunks(entries: list[Entry]) -> Iterator[bytes]:
            header = _encoder.encode(
                IndexHeader(FORMAT, __version__, SCHEMA_VERSION, self.vocabulary_key, names, len(entries))
            )
            yield MAGIC
            yield _frame(header)
            yield header
            for i in range(0, len(entries), CHUNK):
                chunk = _encoder.encode(entries[i : i + CHUNK])
                yield _frame(chunk)
                yield chunk

        try:
            made = (entry(*kept_file) for kept_file in self._kept())
            entries = [e for e in made if e is not None]
            if writer is not None:
                writer.close()  # flushed and fsynced before the index is renamed into place
            write_atomic(self.path, chunks(entries))
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
#: Seconds after which a segment no index names and no process holds open is dead: the gap between
#: a writer's creating it and locking it is far shorter (without flock, only ORPHAN_AGE counts).
UNUSED_AGE = 60


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[bool]:
    """An exclusive lock on ``path`` (created if needed) for the block: True, or False where flock is missing.

    A lock file that is not a regular file (a FIFO, a link to a device) is refused: ``NotRegularFile``.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield False
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = open_regular(path, os.O_RDWR | os.O_CREAT, 0o666, follow_symlinks=False)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield True
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
