"""A cache of parsed briefings, so a warm start skips TOML parsing entirely.

Per set of opened folders, in the platform's cache dir: an index (each file's stat,
its listing ``Row``, its problems and where its briefing lies, kept as columns: ``Columns``)
that a warm start streams a chunk at a time (the first rows show before the rest is read),
and segment files (``core.blobs``) of msgpack-encoded briefings that are read only for the
briefings someone opens. An entry is reused only while its file's path, mtime_ns and size
are unchanged, and the whole cache only for the same app version, schema and vocabulary.
Anything unreadable or foreign is discarded and rebuilt, never trusted: the header and each
chunk of entries carry a CRC-32, and so does each stored briefing, so a flipped bit costs a
re-parse of the files it touched, never a wrong value. Text read back is checked a column at
a time and cleaned as a parsed file's is (``rows.rows_of_columns``: the index is a file anyone
with the user's rights can rewrite, checksums and all), and a FIFO or device under one of our
names is refused, never opened.
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
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from operator import add, le, lshift, or_, rshift
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
    in_use,
)
from briefing_tui.core.store.regular import NotRegularFile, open_regular
from briefing_tui.core.store.rows import (
    COUNTRY_SEPARATOR,
    TOPIC_CODES,
    Loaded,
    Row,
    coded,
    coded_topics,
    rows_of_columns,
)

#: 6: integrity-checked index; 7: search texts folded (no accents), fold set only when a file sets it;
#: 8: briefings are cleaned where they enter (sanitize.clean_data), so segments written before are not reused;
#: 9: rows carry the medium (schema 2); 10: a row's start is its time of day on its date (``rows.start_key``);
#: 11: a row's title is UTF-8 bytes (``Row.heading``); 12: each chunk is columns (``Columns``), not entries;
#: 13: no per-chunk facet totals (written, never read: a start counts its rows), rows checked for repeats.
FORMAT = 13
#: The index file's first bytes: another format's index (or anything else) is rebuilt silently.
MAGIC = b"briefing-tui index %d\n" % FORMAT


class Failed(msgspec.Struct, array_like=True, frozen=True, gc=False):
    """A file that failed to load: ``problems`` say why. ``position`` is its place among the
    chunk's files (the loaded files fill the others, in order): the index keeps its files' order."""

    position: int
    path: str
    mtime_ns: int
    size: int
    problems: tuple[Problem, ...]


class Columns(msgspec.Struct, array_like=True, frozen=True, gc=False):
    """One chunk of the index, a column a field: a warm start decodes each column in one call and
    checks, cleans and shares it in a few C-level passes (``rows.rows_of_columns``), where an
    entry a file (a struct, a row, and a Python call to clean and share each) cost ~10 µs a file.

    Position i of every column up to ``texts`` is one loaded file; its briefing lies at
    ``offsets[i]`` in segment ``segments[i]`` (the header's), ``spans[i] >> 32`` bytes long, with
    the CRC-32 ``spans[i] & 0xFFFFFFFF``. Files that failed to load are ``failed``.
    """

    paths: list[str]
    mtimes: list[int]
    sizes: list[int]
    segments: list[int]
    offsets: list[int]
    spans: list[int]
    ids: list[str]
    dates: list[int]  # ``date.toordinal()``
    starts: list[str]
    kinds: list[str]
    media: list[str]
    headings: list[bytes]
    countries: list[str]  # joined by ``rows.COUNTRY_SEPARATOR``
    topics: list[str]  # each row's topics as codes of ``topic_codes``
    texts: list[bytes]
    #: The chunk's topic table: ``topic_codes[k]`` is the topic ``topic_names[k]``.
    topic_codes: str
    topic_names: list[str]
    #: (position, problems) of the loaded files that have some (warnings: few).
    warned: list[tuple[int, tuple[Problem, ...]]]
    failed: list[Failed]
    #: (position, topics by name) of rows whose writer had run out of codes (a hostile corpus only).
    named_topics: list[tuple[int, tuple[str, ...]]]


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


class _Unfit(Exception):
    """A chunk names a span its segment cannot hold (the reader can go on with the next)."""


#: What a garbled header or chunk raises while it is decoded.
_DECODE_ERRORS = (
    msgspec.DecodeError,
    msgspec.ValidationError,
    ValueError,
    TypeError,
    RecursionError,
    OverflowError,
    struct.error,
    EOFError,
    _Damaged,
)


class Hit(NamedTuple):
    row: Row | None
    blob: bytes | memoryview | Span | None
    problems: tuple[Problem, ...]


class Batch(NamedTuple):
    """A chunk of the index as a reader takes it: its files' columns, each file's ``Loaded``
    (None for a file that failed to load), and the problems of those that have some, by position."""

    paths: list[str]
    mtimes: list[int]
    sizes: list[int]
    loaded: list[Loaded | None]
    problems: dict[int, tuple[Problem, ...]]


class Unchanged:
    """The index's entries whose files are unchanged since, as columns: a warm start holds one per
    file until it is done (a tuple, a stat triple and a ``Hit`` each were ~400 bytes a file, a
    tenth of its peak memory); the rows and spans themselves live on in the ``Loaded``s."""

    __slots__ = ("_at", "_listed", "loaded", "mtimes", "paths", "problems", "sizes", "used")

    def __init__(self) -> None:
        self._at: dict[str, int] | None = None
        #: How many files the folders listed so far, each the index's file of that number (``same_all``):
        #: None once one was not.
        self._listed: int | None = 0
        self.paths: list[str] = []
        #: None for a file that failed to load (its ``problems`` say why).
        self.loaded: list[Loaded | None] = []
        self.sizes = array("q")
        self.mtimes = array("q")
        #: Only the files that have problems (few).
        self.problems: dict[int, tuple[Problem, ...]] = {}
        #: 1 for the files this load reused (``Cache.reuse``): the next index keeps them.
        self.used = bytearray()

    @property
    def at(self) -> dict[str, int]:
        """Each file's path -> its number here: made when first asked for (a warm start whose folders
        list the index's files in its order never asks: ``in_order``)."""
        if self._at is None:
            self._at = dict(zip(self.paths, range(len(self.paths)), strict=True))
        return self._at

    def add(self, batch: Batch, kept: list[int] | None = None) -> None:
        """Take a chunk's files, or only those at ``kept`` (positions, ascending). Their sizes and
        mtime_ns are a stat's (so they fit the columns): the caller compared them."""
        paths, loaded, sizes, mtimes = batch.paths, batch.loaded, batch.sizes, batch.mtimes
        positions: dict[int, int] | None = None
        if kept is not None and len(kept) != len(paths):
            paths, loaded = [paths[i] for i in kept], [loaded[i] for i in kept]
            sizes, mtimes = [sizes[i] for i in kept], [mtimes[i] for i in kept]
            positions = dict(zip(kept, range(len(kept)), strict=True)) if batch.problems else None
        start = len(self.paths)
        self._at = None
        self.paths += paths
        self.loaded += loaded
        self.sizes.extend(sizes)
        self.mtimes.extend(mtimes)
        self.used += bytes(len(paths))
        for position, problems in batch.problems.items():
            if positions is None:
                self.problems[start + position] = problems
            elif position in positions:
                self.problems[start + positions[position]] = problems

    def __len__(self) -> int:
        return len(self.paths)

    def __contains__(self, path: object) -> bool:
        return path in self.at

    def done(self) -> None:
        """The load has every file: no path is looked up again (writing the index reads the columns)."""
        self._at = {}
        self._listed = None

    def same(self, path: str) -> str:
        """``path`` as this index's own string, if it names one of its files (equal either way)."""
        number = self.at.get(path)
        return path if number is None else self.paths[number]

    def same_all(self, paths: list[str]) -> list[str]:
        """``same`` of each of the folders' next listed files: a slice of the index's own list while
        they come in its order (a warm start: one list comparison, no lookup by path), else each
        looked up."""
        start = self._listed
        if start is not None:
            mine = self.paths[start : start + len(paths)]
            if mine == paths:
                self._listed = start + len(paths)
                return mine
            self._listed = None
        at = self.at
        numbers = list(map(at.get, paths))
        if None in numbers:
            return [path if number is None else self.paths[number] for path, number in zip(paths, numbers, strict=True)]
        return list(map(self.paths.__getitem__, numbers))  # type: ignore[arg-type]

    def in_order(self, files: list[str]) -> bool:
        """Are ``files`` (``same_all``'s) the index's files, every one, in its order?"""
        return self._listed == len(self.paths) == len(files)

    def stat(self, number: int) -> tuple[str, int, int]:
        """(path, size, mtime_ns), as ``load.stat_triple`` gives them."""
        return self.paths[number], self.sizes[number], self.mtimes[number]

    def hit(self, number: int) -> Hit:
        loaded = self.loaded[number]
        problems = self.problems.get(number, ())
        return Hit(None, None, problems) if loaded is None else Hit(loaded.row, loaded.stored, problems)


_header_decoder = msgspec.msgpack.Decoder(IndexHeader)
_chunk_decoder = msgspec.msgpack.Decoder(Columns)
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

    def chunks(self, *, retry: bool = True) -> Iterator[Batch]:
        """The index's files, a checked chunk at a time, so a reader can show the first rows
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
                    chunk = self._read_chunk(handle, limit, sizes)
                except _Unfit:
                    unfit = True
                    continue
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
                read += len(chunk.paths)
                self.indexed += len(chunk.paths)
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

    def _read_chunk(self, handle, limit: int, sizes: list[int]) -> Batch | None:
        """The next chunk's files, checked and cleaned; None at the end. ``_Unfit`` if one points
        past its segment (``sizes``: theirs), a decoding error if its columns are garbled."""
        data = self._read_frame(handle, limit)
        if data is None:
            return None
        return self._batch(_chunk_decoder.decode(data), sizes)

    def _batch(self, columns: Columns, sizes: list[int]) -> Batch:
        """A decoded chunk as loaded rows: a column at a time (see ``Columns``)."""
        paths, segments, offsets, spans = columns.paths, columns.segments, columns.offsets, columns.spans
        count = len(paths)
        if any(len(c) != count for c in (columns.mtimes, columns.sizes, segments, offsets, spans)):
            raise ValueError("columns of different lengths")
        if count:
            # What ``blobs.fits`` asks of each span: in its segment, 0 < length < 2**32, and a
            # CRC of 32 bits (the low half of ``spans``).
            if not (min(segments) >= 0 and max(segments) < len(sizes) and min(offsets) >= 0):
                raise _Unfit
            if not (min(spans) >= 1 << 32 and max(spans) < 1 << 64):
                raise _Unfit
            ends = map(add, offsets, map(rshift, spans, repeat(32)))
            if not all(map(le, ends, map(sizes.__getitem__, segments))):
                raise _Unfit
        topics = coded_topics(columns.topics, columns.topic_codes, columns.topic_names)
        if columns.named_topics:
            topics = list(topics)
            for position, names in columns.named_topics:
                if not 0 <= position < count:
                    raise ValueError("no such row")
                topics[position] = coded(names)
        rows = rows_of_columns(
            columns.ids,
            columns.dates,
            columns.starts,
            columns.kinds,
            columns.headings,
            columns.countries,
            topics,
            columns.texts,
            columns.media,
        )
        if len(rows) != count:
            raise ValueError("columns of different lengths")
        wheres = map(or_, map(lshift, offsets, repeat(64)), spans)  # ``blobs.where``'s one int
        loaded: list[Loaded | None] = list(
            map(Loaded, paths, rows, repeat(None), wheres, map(self._segments.__getitem__, segments))
        )
        problems: dict[int, tuple[Problem, ...]] = {}
        for position, found in columns.warned:
            if not 0 <= position < count:
                raise ValueError("no such row")
            problems[position] = tuple(map(_clean_problem, found))
        mtimes, file_sizes = columns.mtimes, columns.sizes
        if columns.failed:
            return _with_failed(Batch(paths, mtimes, file_sizes, loaded, problems), columns.failed)
        return Batch(paths, mtimes, file_sizes, loaded, problems)

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

    def reuse(self, number: int) -> None:
        """Keep an entry of ``unchanged`` (its file's path, size and mtime_ns are the index's)."""
        if not self.unchanged.used[number]:
            self.unchanged.used[number] = 1
            self.hits += 1

    def reuse_all(self, numbers: Iterable[int] | None = None) -> None:
        """``reuse`` each of these (None: every one)."""
        used = self.unchanged.used
        if numbers is None:
            used[:] = b"\x01" * len(used)
        else:
            for number in numbers:
                used[number] = 1
        self.hits = used.count(1)

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

        def entry(path: str, mtime_ns: int, size: int, hit: Hit) -> _Entry | None:
            blob = hit.blob
            if blob is None or hit.row is None:
                return _Entry(path, mtime_ns, size, None, -1, 0, 0, 0, hit.problems)
            if isinstance(blob, Span) and blob.segment in kept:
                return _Entry(
                    path, mtime_ns, size, hit.row, kept[blob.segment], blob.offset, blob.length, blob.crc, hit.problems
                )
            assert writer is not None
            try:
                data = blob.read() if isinstance(blob, Span) else blob
            except CorruptBlob:
                return None  # never copied on: the file is parsed again next time
            return _Entry(path, mtime_ns, size, hit.row, len(keep), *writer.append(data), hit.problems)

        def chunks(entries: list[_Entry]) -> Iterator[bytes]:
            header = _encoder.encode(
                IndexHeader(FORMAT, __version__, SCHEMA_VERSION, self.vocabulary_key, names, len(entries))
            )
            yield MAGIC
            yield _frame(header)
            yield header
            for i in range(0, len(entries), CHUNK):
                chunk = _encoder.encode(_columns(entries[i : i + CHUNK]))
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


def _with_failed(batch: Batch, failed: list[Failed]) -> Batch:
    """``batch`` (its loaded files) with the files that failed to load back in their places (a
    chunk with such files: few). ``ValueError`` for places no writer gives."""
    total = len(batch.paths) + len(failed)
    at = {f.position: f for f in failed}
    if len(at) != len(failed) or not all(0 <= position < total for position in at):
        raise ValueError("no such place")
    paths: list[str] = []
    mtimes: list[int] = []
    sizes: list[int] = []
    loaded: list[Loaded | None] = []
    problems: dict[int, tuple[Problem, ...]] = {}
    row = 0
    for position in range(total):
        gone = at.get(position)
        if gone is None:
            paths.append(batch.paths[row])
            mtimes.append(batch.mtimes[row])
            sizes.append(batch.sizes[row])
            loaded.append(batch.loaded[row])
            if row in batch.problems:
                problems[position] = batch.problems[row]
            row += 1
        else:
            paths.append(gone.path)
            mtimes.append(gone.mtime_ns)
            sizes.append(gone.size)
            loaded.append(None)
            problems[position] = tuple(map(_clean_problem, gone.problems))
    return Batch(paths, mtimes, sizes, loaded, problems)


class _Entry(NamedTuple):
    """One file as the next index names it (``row`` None: it failed to load, ``problems`` say why)."""

    path: str
    mtime_ns: int
    size: int
    row: Row | None
    segment: int
    offset: int
    length: int
    crc: int
    problems: tuple[Problem, ...]


def _columns(entries: Sequence[_Entry]) -> Columns:
    """A chunk's entries as ``Columns``. A row's topics are this process's codes (``TOPIC_CODES``):
    the chunk carries the table of those it uses, so a reader maps them to its own in one pass."""
    loaded = [e for e in entries if e.row is not None]
    rows: list[Row] = [e.row for e in loaded]  # type: ignore[misc]
    topics: list[str] = []
    named_topics: list[tuple[int, tuple[str, ...]]] = []
    for position, row in enumerate(rows):
        if isinstance(row.topics, str):
            topics.append(row.topics)
        else:  # kept by name (every code was taken)
            topics.append("")
            named_topics.append((position, row.topics))
    codes = "".join(sorted(set("".join(topics))))  # in the order they were given: a fresh reader gives the same
    return Columns(
        paths=[e.path for e in loaded],
        mtimes=[e.mtime_ns for e in loaded],
        sizes=[e.size for e in loaded],
        segments=[e.segment for e in loaded],
        offsets=[e.offset for e in loaded],
        spans=[e.length << 32 | e.crc for e in loaded],
        ids=[r.id for r in rows],
        dates=[r.date.toordinal() for r in rows],
        starts=[r.start for r in rows],
        kinds=[r.kind for r in rows],
        media=[r.medium for r in rows],
        headings=[r.heading for r in rows],
        countries=[COUNTRY_SEPARATOR.join(r.countries) for r in rows],
        topics=topics,
        texts=[r.text for r in rows],
        topic_codes=codes,
        topic_names=[TOPIC_CODES.names[code] for code in codes],
        warned=[(position, e.problems) for position, e in enumerate(loaded) if e.problems],
        failed=[Failed(i, e.path, e.mtime_ns, e.size, e.problems) for i, e in enumerate(entries) if e.row is None],
        named_topics=named_topics,
    )


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
