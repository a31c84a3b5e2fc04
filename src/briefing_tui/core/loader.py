"""Load briefing files: parse with tomli, validate with msgspec, report located problems.

Every failure becomes a ``Problem`` with ``path:line:col``; nothing here raises
past ``load_file`` except ``BriefingError`` from ``parse_briefing``. One broken
file never stops the others: ``load_paths`` collects problems and moves on.
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import tomli

from briefing_tui.core import checks, workers
from briefing_tui.core.blobs import Segment, Span
from briefing_tui.core.bundled import bundled_dir
from briefing_tui.core.cache import Cache, cache_path, vocabulary_key
from briefing_tui.core.locate import Path as KeyPath
from briefing_tui.core.locate import locate, parse_msgspec_path
from briefing_tui.core.model import SCHEMA_VERSION, Briefing, TopicFile
from briefing_tui.core.problems import BriefingError, Problem
from briefing_tui.core.rows import Loaded, share_strings
from briefing_tui.core.schema_errors import describe
from briefing_tui.core.topics import TOPICS_FILE, Vocabulary

#: Larger files are refused unread. A real readout is a few KB; a 5,000-point
#: stress file is about 1 MB, so 8 MiB leaves ample room and stops runaway input.
MAX_FILE_BYTES = 8 * 1024 * 1024

#: Seconds between two progress reports, whatever the batch size: first rows show early.
PROGRESS_EVERY = 0.1


class LoadCancelled(Exception):
    """The load was cancelled (the app quit, or a newer load replaced it); nothing was written."""


@dataclass
class LoadResult:
    entries: list[Loaded] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_seen: int = 0
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    notices: list[str] = field(default_factory=list)
    #: files_signature of what was read, stat'ed before reading (see core.watch).
    signature: str = ""
    #: Worker processes that parsed files in this load (0: all were parsed here or cached).
    workers: int = 0
    #: The cache consulted, until ``write_cache`` has written it back.
    cache: Cache | None = None

    def write_cache(self) -> None:
        """Write back what changed (once); a problem doing so becomes a notice, never an error."""
        cache, self.cache = self.cache, None
        if cache is None:
            return
        cache.write()
        if cache.notice:
            self.notices.append(cache.notice)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def briefings(self) -> list[Briefing]:
        return [e.briefing for e in self.entries]


def _problem(path: Path | str, line: int, col: int, message: str, severity: str = "error") -> Problem:
    return Problem(path=str(path), line=line, col=col, message=message, severity=severity)  # type: ignore[arg-type]


def read_text(path: Path) -> str:
    """Read a file as UTF-8 text (a BOM is allowed), refusing oversize and binary files."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BriefingError(
                _problem(path, 1, 1, f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes (8 MiB) per briefing")
            )
        data = path.read_bytes()
    except BriefingError:
        raise
    except IsADirectoryError:
        raise BriefingError(_problem(path, 1, 1, "is a directory; expected a .toml file")) from None
    except FileNotFoundError:
        raise BriefingError(_problem(path, 1, 1, "file not found (dangling link, or removed while loading)")) from None
    except PermissionError:
        raise BriefingError(_problem(path, 1, 1, "permission denied; cannot read this file")) from None
    except OSError as exc:
        raise BriefingError(_problem(path, 1, 1, f"cannot read file: {exc.strerror or exc}")) from None
    if len(data) > MAX_FILE_BYTES:  # grew between stat and read
        raise BriefingError(_problem(path, 1, 1, f"file exceeds the {MAX_FILE_BYTES:,}-byte limit"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise BriefingError(
            _problem(path, line, col, f"invalid UTF-8 byte 0x{data[exc.start]:02x}; expected a UTF-8 text file")
        ) from None
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        raise BriefingError(_problem(path, line, 1, "file contains NUL bytes; expected a TOML text file, not binary"))
    return text


# tomli says what went wrong; these add what was expected instead.
_TOML_HINTS = (
    ("Invalid value", "expected a string, number, boolean, date-time, array or inline table"),
    ("Unclosed array", "expected ',' or ']'"),
    ("Unclosed inline table", "expected ',' or '}' on the same line"),
    ("Invalid statement", "expected `key = value` or a [table] header"),
    ("Illegal character", "expected printable text; escape control characters"),
    ("Found invalid character", "expected printable text; escape control characters"),
    ("Invalid initial character for a key part", "expected a bare key (A-Z a-z 0-9 _ -) or a quoted key"),
    ("Cannot overwrite a value", "expected each key to be defined once"),
    ("Cannot declare", "expected each table to be declared once"),
    ("Duplicate inline table key", "expected each key to be defined once"),
    ("Cannot mutate immutable namespace", "expected inline tables and arrays to be complete where defined"),
    ("Cannot redefine namespace", "expected a table and an array of tables not to share a name"),
    ("Unterminated string", "expected a closing quote on the same line"),
    ("Unescaped", "expected that character to be escaped"),
    ("Invalid date or datetime", "expected a date such as 2024-01-13 or a date-time such as 2024-01-13T09:40:00"),
    ("Invalid hex value", "expected a valid \\uXXXX or \\UXXXXXXXX escape"),
    ("Escaped character is not a Unicode scalar value", "expected a valid Unicode code point"),
)


def _toml_message(msg: str) -> str:
    hint = next((h for prefix, h in _TOML_HINTS if msg.startswith(prefix)), None)
    return f"invalid TOML: {msg}; {hint}" if hint else f"invalid TOML: {msg}"


def parse_toml(path: Path, text: str) -> dict[str, Any]:
    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or 1
        col = getattr(exc, "colno", None) or 1
        msg = getattr(exc, "msg", None) or str(exc)
        raise BriefingError(_problem(path, line, col, _toml_message(msg))) from None
    except RecursionError:
        raise BriefingError(_problem(path, 1, 1, "invalid TOML: nesting too deep")) from None


def _at(path: Path, text: str, key_path: KeyPath, message: str, severity: str = "error") -> Problem:
    line, col = locate(text, key_path)
    return _problem(path, line, col, message, severity)


def _check_schema_version(path: Path, text: str, data: dict[str, Any]) -> None:
    if "schema" not in data:
        raise BriefingError(_problem(path, 1, 1, f"missing `schema = {SCHEMA_VERSION}`; expected the schema version first"))
    version = data["schema"]
    if version != SCHEMA_VERSION or isinstance(version, bool):
        raise BriefingError(
            _at(path, text, ("schema",), f"unsupported schema version {version!r}; this briefing-tui reads schema {SCHEMA_VERSION}")
        )


def convert(path: Path, text: str, data: dict[str, Any], kind: type[Any]) -> Any:
    try:
        return msgspec.convert(data, kind, strict=True)
    except msgspec.ValidationError as exc:
        message = str(exc)
        match = re.search(r" - at `(\$[^`]*)`$", message)
        key_path = parse_msgspec_path(match.group(1)) if match else ()
        raw = message[: match.start()] if match else message
        unknown = re.search(r"unknown field `([^`]*)`", raw)
        if unknown:
            key_path = key_path + (unknown.group(1),)
        raise BriefingError(_at(path, text, key_path, describe(kind, data, key_path, raw))) from None
    except RecursionError:
        raise BriefingError(_problem(path, 1, 1, "structure nested too deeply")) from None


def parse_briefing(path: Path, text: str, vocabulary: Vocabulary | None = None) -> tuple[Briefing, list[Problem]]:
    """Validate one briefing's text; return it with its warnings, or raise BriefingError."""
    data = parse_toml(path, text)
    _check_schema_version(path, text, data)
    briefing: Briefing = convert(path, text, data, Briefing)
    if briefing.id is None:
        briefing = msgspec.structs.replace(briefing, id=path.stem)
    found = checks.check_briefing(briefing, vocabulary or Vocabulary())
    problems = [_at(path, text, f.key_path, f.message, f.severity) for f in found]
    if any(p.severity == "error" for p in problems):
        first = next(p for p in problems if p.severity == "error")
        raise BriefingError(first)
    briefing = checks.canonical_topics(briefing, vocabulary or Vocabulary())
    return briefing, problems


def load_file(path: Path, vocabulary: Vocabulary | None = None) -> tuple[Briefing | None, list[Problem]]:
    try:
        text = read_text(path)
        return parse_briefing(path, text, vocabulary)
    except BriefingError as exc:
        return None, [exc.problem]


def load_vocabulary(path: Path) -> tuple[Vocabulary, list[Problem]]:
    try:
        text = read_text(path)
        data = parse_toml(path, text)
        _check_schema_version(path, text, data)
        parsed: TopicFile = convert(path, text, data, TopicFile)
        vocabulary = Vocabulary(dict(parsed.topic))
        clashes = [
            _at(path, text, ("topic", slug), f"{name!r} of topic {slug!r} is already a name of topic {owner!r}; it stays with {owner!r}", "warning")
            for slug, name, owner in vocabulary.clashes  # type: ignore[attr-defined]
        ]
        return vocabulary, clashes
    except BriefingError as exc:
        return Vocabulary(), [exc.problem]


def iter_briefing_files(root: Path | str) -> Iterator[str]:
    """Every ``*.toml`` below ``root`` except the vocabulary, in a stable order.

    Symlinked directories are not followed, so a link loop cannot recurse. Paths are
    plain strings: ten thousand ``Path`` objects cost more than listing the folder.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from iter_briefing_files(entry.path)
            elif entry.name.endswith(".toml") and entry.name != TOPICS_FILE:
                yield entry.path
        except OSError:
            continue


def files_signature(stats: Iterable[tuple[str, int, int]]) -> str:
    """A digest of (path, size, mtime_ns) triples, in path order: equal means nothing changed."""
    digest = hashlib.blake2b(digest_size=16)
    for path, size, mtime_ns in sorted(stats):
        digest.update(f"{path}\0{size}\0{mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def stat_triple(path: Path | str) -> tuple[str, int, int]:
    """(path, size, mtime_ns), or (path, -1, -1) for a file that is gone or unreadable."""
    path = os.fspath(path)
    try:
        stat = os.stat(path)
        return path, stat.st_size, stat.st_mtime_ns
    except OSError:
        return path, -1, -1


def find_vocabulary(paths: Iterable[Path]) -> Path | None:
    for path in paths:
        candidate = path / TOPICS_FILE if path.is_dir() else path.parent / TOPICS_FILE
        if candidate.is_file():
            return candidate
    return None


def expand(paths: Iterable[Path]) -> tuple[list[str], list[Problem]]:
    files: list[str] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            files.extend(iter_briefing_files(path))
        elif path.exists() or path.is_symlink():
            files.append(os.fspath(path))
        else:
            problems.append(_problem(path, 1, 1, "no such file or directory"))
    return files, problems


def load_paths(
    paths: Iterable[Path],
    vocabulary: Vocabulary | None = None,
    *,
    use_cache: bool = False,
    cache_directory: Path | None = None,
    progress: Callable[[list[Loaded], int], None] | None = None,
    batch_size: int = 500,
    compact: bool = False,
    write_cache: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
) -> LoadResult:
    """Load every briefing under ``paths``; duplicate ids are a warning and the later one is dropped.

    With ``use_cache``, files whose path, mtime and size are unchanged come from the
    cache without parsing. ``progress(new_entries, files_seen)`` is called every
    ``batch_size`` briefings or ``PROGRESS_EVERY`` seconds, so a UI can show rows as they arrive. With ``compact``,
    each briefing is kept as a msgpack blob (or only its place in a segment file) and
    decoded when read, which keeps ten thousand of them in a few megabytes. With
    ``write_cache=False`` the caller writes the cache later (``LoadResult.write_cache``),
    after it has shown the result. Once ``cancelled()`` is true, ``LoadCancelled`` is raised
    within a file or so (worker processes are stopped), and nothing is written.
    """
    paths = list(paths)
    result = LoadResult()
    vocab_path = None
    if vocabulary is None:
        # A folder without its own topics.toml uses the bundled vocabulary.
        vocab_path = find_vocabulary(paths) or find_vocabulary([bundled_dir()])
        vocabulary, vocab_problems = load_vocabulary(vocab_path) if vocab_path else (Vocabulary(), [])
        result.problems.extend(vocab_problems)
    result.vocabulary = vocabulary
    files, missing = expand(paths)
    result.problems.extend(missing)
    cache = None
    gc_was_enabled = gc.isenabled()
    gc.disable()  # parsing allocates many small objects and frees none: GC passes are pure cost
    try:
        if use_cache:
            cache = Cache(cache_path(paths, cache_directory), vocabulary_key(vocab_path))
            cache.read()
        seen: dict[str, str] = {}
        pending: list[Loaded] = []
        reported = time.monotonic()
        stats: list[tuple[str, int, int]] = [stat_triple(vocab_path)] if vocab_path else []
        for path, loaded, problems, stat in _load_in_order(files, vocabulary, cache, result, cancelled):
            result.files_seen += 1
            stats.append(stat)
            result.problems.extend(problems)
            if loaded is not None:
                ident = loaded.row.id
                if ident in seen:
                    result.problems.append(_duplicate(Path(path), ident, seen[ident]))
                else:
                    seen[ident] = path
                    if compact:
                        loaded.compact()
                    result.entries.append(loaded)
                    pending.append(loaded)
            if progress is not None and (len(pending) >= batch_size or time.monotonic() - reported > PROGRESS_EVERY):
                progress(pending, result.files_seen)
                pending = []
                reported = time.monotonic()
        result.signature = files_signature(stats)
        if progress is not None:
            progress(pending, result.files_seen)  # the last batch, possibly empty: "done"
    finally:
        if gc_was_enabled:
            # Everything allocated while collection was off is still in the youngest generation:
            # the first collections after this would walk all of it (a second and more at 100k,
            # on whichever thread allocates next: the UI's). Freeze it instead: what a load
            # allocates lives until the next load, and refcounting still frees what is dropped.
            gc.freeze()
            gc.enable()
    result.cache = cache
    if write_cache:
        result.write_cache()
    return result


Outcome = tuple[str, "Loaded | None", list[Problem], tuple[str, int, int]]


def _load_in_order(
    files: list[str], vocabulary: Vocabulary, cache: Cache | None, result: LoadResult, cancelled: Callable[[], bool]
) -> Iterator[Outcome]:
    """Each file's (path, loaded, problems, stat), in file order.

    Unchanged files come from the cache. When many need parsing and there is more than one
    core, they are parsed in worker processes (``core.workers``); if the pool cannot start
    or breaks, the rest are parsed here and ``result.notices`` says why.
    """
    triples = [stat_triple(path) for path in files]
    hits = [cache.get(path, size, mtime) if cache is not None and size >= 0 else None for path, size, mtime in triples]
    misses = [path for path, hit in zip(files, hits) if hit is None]
    cpus = os.cpu_count() or 1
    parsed: Iterator[workers.Parsed] | None = None
    if cpus >= 2 and len(misses) >= workers.PARALLEL_MIN:
        segment_dir, stem = (cache.directory, cache.stem) if cache is not None else (None, "")
        parsed = workers.parse_in_workers(misses, vocabulary, cpus, segment_dir, stem, cancelled)
        result.workers = workers.pool_size(len(misses), cpus)
    segments: dict[str, Segment] = {}
    segment_dir = cache.directory if cache is not None else Path()
    try:
        for path, triple, hit in zip(files, triples, hits):
            if cancelled():
                raise LoadCancelled
            if hit is not None:
                loaded = Loaded(path, row=hit.row, blob=hit.blob) if hit.row is not None else None
                yield path, loaded, list(hit.problems), triple
                continue
            loaded, problems = None, []
            if parsed is not None:
                try:
                    loaded, problems = _received(path, next(parsed), segments, segment_dir)
                except Exception as exc:  # the pool broke (a worker died or could not start)
                    if cancelled():
                        raise LoadCancelled from None
                    parsed = None
                    result.workers = 0
                    result.notices.append(
                        f"could not parse in worker processes ({type(exc).__name__}: {exc}); parsing here instead, which is slower"
                    )
            if parsed is None:
                loaded, problems = workers.parse_here(path, vocabulary)
            if cache is not None and triple[1] >= 0:
                cache.put(path, triple[1], triple[2], loaded.row if loaded else None, loaded.stored if loaded else None, problems)
            yield path, loaded, problems, triple
    finally:
        if parsed is not None:
            parsed.close()  # a load cut short stops its workers now, not when the generator is collected


def _received(
    path: str, parsed: workers.Parsed, segments: dict[str, Segment], directory: Path
) -> tuple[Loaded | None, list[Problem]]:
    """A worker's answer for one file, as a ``Loaded`` whose briefing stays where the worker put it."""
    if parsed.row is None:
        return None, list(parsed.problems)
    share_strings(parsed.row)
    if parsed.blob is not None:
        return Loaded(path, row=parsed.row, blob=parsed.blob), list(parsed.problems)
    segment = segments.get(parsed.segment)
    if segment is None:
        segment = segments[parsed.segment] = Segment(directory / parsed.segment)
    return Loaded(path, row=parsed.row, blob=Span(segment, parsed.offset, parsed.length)), list(parsed.problems)


def _duplicate(path: Path, ident: str, first: str) -> Problem:
    try:
        line, col = locate(read_text(path), ("id",))
    except BriefingError:  # changed or gone since it loaded a moment ago
        line, col = 1, 1
    return _problem(path, line, col, f"duplicate id {ident!r}, already used by {first}; this file is skipped", "warning")
