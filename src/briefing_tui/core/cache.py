"""A cache of parsed briefings, so a warm start skips TOML parsing entirely.

Two files per set of opened folders, in the platform's cache dir: an index
(each file's stat, its listing ``Row`` and its problems) that a warm start
decodes whole, and a blob file of msgpack-encoded briefings that is memory-
mapped and read only for the briefings someone opens. An entry is reused only
while its file's path, mtime_ns and size are unchanged, and the whole cache
only for the same app version, schema and vocabulary. Anything unreadable or
foreign is discarded and rebuilt, never trusted.
"""

from __future__ import annotations

import gc
import hashlib
import mmap
import os
import secrets
import struct
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

import msgspec

from briefing_tui import __version__
from briefing_tui.core.atomic import write_atomic
from briefing_tui.core.model import SCHEMA_VERSION
from briefing_tui.core.problems import Problem
from briefing_tui.core.rows import Loaded, Row

FORMAT = 4


class Entry(msgspec.Struct, array_like=True, frozen=True, gc=False):
    path: str
    mtime_ns: int
    size: int
    row: Row | None  # None: the file failed to load, and ``problems`` says why
    offset: int  # where its blob starts in the blob file
    length: int
    problems: tuple[Problem, ...]


class IndexHeader(msgspec.Struct, frozen=True):
    format: int
    app_version: str
    schema: int
    vocabulary: str
    blobs: str  # the blob file's name, beside the index
    chunks: list[int]  # byte lengths of the entry chunks that follow the header


#: Entries per chunk: the index is read and decoded a chunk at a time, so the raw bytes held
#: at once stay small beside the decoded rows (peak memory, not speed, is the reason).
CHUNK = 1024
_LENGTH = struct.Struct("<Q")


class Hit(NamedTuple):
    row: Row | None
    blob: memoryview | bytes | None
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
        self._blobs: memoryview | None = None

    def read(self) -> None:
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
                header = _header_decoder.decode(self._read_exactly(handle, _LENGTH.unpack(self._read_exactly(handle, 8))[0]))
                if (header.format, header.app_version, header.schema) != (FORMAT, __version__, SCHEMA_VERSION):
                    return  # another version's cache: silently rebuild
                if header.vocabulary != self.vocabulary_key:
                    return
                entries: list[Entry] = []
                for length in header.chunks:
                    entries.extend(_chunk_decoder.decode(self._read_exactly(handle, length)))
        except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError, RecursionError, struct.error, EOFError):
            self.notice = f"cache {self.path} was corrupt; rebuilt"
            return
        except OSError as exc:
            self.notice = f"cache {self.path} unreadable ({exc.strerror}); rebuilding"
            return
        finally:
            if gc_was_enabled:
                gc.enable()
        blobs = self._map(self.path.parent / header.blobs)
        if blobs is None or any(e.offset + e.length > len(blobs) for e in entries):
            self.notice = f"cache {self.path} was incomplete; rebuilt"
            return
        self._blobs = blobs
        self.old = {e.path: e for e in entries}

    @staticmethod
    def _read_exactly(handle, size: int) -> bytes:
        if size > os.fstat(handle.fileno()).st_size:  # a garbage length: never try to allocate it
            raise EOFError("cache file is truncated or garbled")
        data = handle.read(size)
        if len(data) != size:
            raise EOFError("cache file is truncated")
        return data

    @staticmethod
    def _map(path: Path) -> memoryview | None:
        if os.sep in path.name or not path.name.endswith(".blobs"):
            return None
        try:
            with open(path, "rb") as handle:
                if os.fstat(handle.fileno()).st_size == 0:
                    return memoryview(b"")
                # The mapping outlives the file object and even a later replacement of the file.
                return memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
        except (OSError, ValueError):
            return None

    def get(self, path: Path, size: int, mtime_ns: int) -> Hit | None:
        entry = self.old.get(str(path))
        if entry is None or entry.mtime_ns != mtime_ns or entry.size != size:
            return None
        self.hits += 1
        assert self._blobs is not None
        blob = self._blobs[entry.offset : entry.offset + entry.length] if entry.row is not None else None
        hit = Hit(entry.row, blob, entry.problems)
        self.new[entry.path] = (entry.mtime_ns, entry.size, hit)
        return hit

    def put(self, path: Path, size: int, mtime_ns: int, loaded: Loaded | None, problems: Sequence[Problem]) -> None:
        hit = Hit(loaded.row, loaded.blob, tuple(problems)) if loaded is not None else Hit(None, None, tuple(problems))
        self.new[str(path)] = (mtime_ns, size, hit)

    @property
    def changed(self) -> bool:
        return self.new.keys() != self.old.keys() or self.hits != len(self.new)

    def write(self) -> None:
        """Blobs first (a fresh name), then the index that names them, then old blob files go."""
        if not self.changed:
            return
        stem = self.path.name.removesuffix(".index")
        blobs_name = f"{stem}-{secrets.token_hex(6)}.blobs"
        entries: list[Entry] = []

        def chunks() -> Iterator[bytes | memoryview]:
            offset = 0
            for path, (mtime_ns, size, hit) in self.new.items():
                length = len(hit.blob) if hit.blob is not None else 0
                entries.append(Entry(path, mtime_ns, size, hit.row, offset, length, hit.problems))
                offset += length
                if hit.blob is not None:
                    yield hit.blob

        try:
            write_atomic(self.path.parent / blobs_name, chunks())
            encoded = [_encoder.encode(entries[i : i + CHUNK]) for i in range(0, len(entries), CHUNK)]
            header = _encoder.encode(
                IndexHeader(FORMAT, __version__, SCHEMA_VERSION, self.vocabulary_key, blobs_name, [len(c) for c in encoded])
            )
            write_atomic(self.path, [_LENGTH.pack(len(header)), header, *encoded])
        except OSError as exc:
            self.notice = f"could not write cache {self.path}: {exc.strerror or exc}"
            return
        for stale in self.path.parent.glob(f"{stem}-*.blobs"):
            if stale.name != blobs_name:
                try:
                    stale.unlink()
                except OSError:
                    pass


def vocabulary_key(path: Path | None) -> str:
    """Topic aliases change canonical topics and warnings, so they key the cache."""
    if path is None:
        return ""
    try:
        stat = path.stat()
    except OSError:
        return ""
    return f"{path.resolve()}:{stat.st_mtime_ns}:{stat.st_size}"
