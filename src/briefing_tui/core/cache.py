"""A cache of parsed briefings, so a warm start skips TOML parsing entirely.

One msgpack file per set of opened folders, in the platform's cache dir. An
entry is reused only while its file's path, mtime_ns and size are unchanged,
and the whole cache only for the same app version, schema and vocabulary.
Anything unreadable or foreign is discarded and rebuilt, never trusted.
"""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import msgspec

from briefing_tui import __version__
from briefing_tui.core.atomic import write_atomic
from briefing_tui.core.model import SCHEMA_VERSION
from briefing_tui.core.problems import Problem
from briefing_tui.core.rows import Loaded, Row

FORMAT = 2


class Entry(msgspec.Struct, array_like=True, frozen=True, gc=False):
    path: str
    mtime_ns: int
    size: int
    row: Row | None  # None: the file failed to load, and ``problems`` says why
    blob: bytes | None  # the Briefing, msgpack-encoded: decoded only when read
    problems: tuple[Problem, ...]


class CacheFile(msgspec.Struct, frozen=True):
    format: int
    app_version: str
    schema: int
    vocabulary: str
    entries: list[Entry]


_decoder = msgspec.msgpack.Decoder(CacheFile)
_encoder = msgspec.msgpack.Encoder()


def cache_dir() -> Path:
    override = os.environ.get("BRIEFING_TUI_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("briefing-tui", appauthor=False))


def cache_path(roots: Sequence[Path], directory: Path | None = None) -> Path:
    key = "\0".join(sorted(str(p.resolve()) for p in roots))
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return (directory or cache_dir()) / f"briefings-{digest}.msgpack"


class Cache:
    """Read once, consult per file, write back once if anything changed."""

    def __init__(self, path: Path, vocabulary_key: str):
        self.path = path
        self.vocabulary_key = vocabulary_key
        self.old: dict[str, Entry] = {}
        self.new: dict[str, Entry] = {}
        self.notice: str | None = None
        self.hits = 0

    def read(self) -> None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            self.notice = f"cache {self.path} unreadable ({exc.strerror}); rebuilding"
            return
        try:
            gc_was_enabled = gc.isenabled()
            gc.disable()  # tens of thousands of small objects, none cyclic
            try:
                parsed = _decoder.decode(data)
            finally:
                if gc_was_enabled:
                    gc.enable()
        except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError, RecursionError):
            self.notice = f"cache {self.path} was corrupt; rebuilt"
            return
        if (parsed.format, parsed.app_version, parsed.schema) != (FORMAT, __version__, SCHEMA_VERSION):
            return  # another version's cache: silently rebuild
        if parsed.vocabulary != self.vocabulary_key:
            return
        self.old = {e.path: e for e in parsed.entries}

    def get(self, path: Path, stat: os.stat_result) -> Entry | None:
        entry = self.old.get(str(path))
        if entry is not None and entry.mtime_ns == stat.st_mtime_ns and entry.size == stat.st_size:
            self.hits += 1
            self.new[entry.path] = entry
            return entry
        return None

    def put(self, path: Path, stat: os.stat_result, loaded: Loaded | None, problems: Sequence[Problem]) -> None:
        row, blob = (loaded.row, loaded.blob) if loaded is not None else (None, None)
        self.new[str(path)] = Entry(str(path), stat.st_mtime_ns, stat.st_size, row, blob, tuple(problems))

    @property
    def changed(self) -> bool:
        return self.new.keys() != self.old.keys() or self.hits != len(self.new)

    def write(self) -> None:
        if not self.changed:
            return
        payload = CacheFile(FORMAT, __version__, SCHEMA_VERSION, self.vocabulary_key, list(self.new.values()))
        try:
            write_atomic(self.path, _encoder.encode(payload))
        except OSError as exc:
            self.notice = f"could not write cache {self.path}: {exc.strerror or exc}"


def vocabulary_key(path: Path | None) -> str:
    """Topic aliases change canonical topics and warnings, so they key the cache."""
    if path is None:
        return ""
    try:
        stat = path.stat()
    except OSError:
        return ""
    return f"{path.resolve()}:{stat.st_mtime_ns}:{stat.st_size}"
