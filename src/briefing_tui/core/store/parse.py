"""Read and parse one briefing file: tomli, msgspec validation, checks; every failure a located ``Problem``."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import msgspec
import tomli

from briefing_tui.core.model.briefing import SCHEMA_VERSIONS, Briefing, TopicFile
from briefing_tui.core.model.problems import BriefingError, Problem
from briefing_tui.core.model.sanitize import clean_data, clean_key
from briefing_tui.core.model.topics import TOPICS_FILE, Vocabulary
from briefing_tui.core.store import checks
from briefing_tui.core.store.locate import KeyPath, key_positions, locate, parse_msgspec_path

_fast_loads: Any = None


def use_fast_reader() -> None:
    """Read TOML with toml-rs first from now on (see ``parse_toml``). Only the loader's worker
    processes do (``core.workers``), on their main thread: in the app's own threads it has
    crashed the process (a segfault, not an exception), and a worker that dies is replaced by
    tomli in the app (the loader's fallback). Nor would one briefing repay its ~2 ms import."""
    global _fast_loads
    if _fast_loads is None:
        try:  # compiled (Rust): the same documents and values as tomli, four times as fast
            from toml_rs import loads
        except ImportError:  # pragma: no cover - a platform without its wheel: tomli alone
            return
        _fast_loads = loads


#: Larger files are refused unread. A real readout is a few KB; a 5,000-point
#: stress file is about 1 MB, so 8 MiB leaves ample room and stops runaway input.
MAX_FILE_BYTES = 8 * 1024 * 1024


def problem_at(path: Path | str, line: int, col: int, message: str, severity: str = "error") -> Problem:
    return Problem(path=str(path), line=line, col=col, message=message, severity=severity)  # type: ignore[arg-type]


def _not_regular(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def _refuse_unless_regular(path: Path, mode: int) -> None:
    kind = _not_regular(mode)
    if kind is not None:
        raise BriefingError(problem_at(path, 1, 1, f"is {kind}; expected a regular .toml file"))


def _too_big(path: Path, size: int) -> BriefingError:
    return BriefingError(
        problem_at(path, 1, 1, f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes (8 MiB) per briefing")
    )


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes, at most ``MAX_FILE_BYTES``; anything else is a located ``BriefingError``.

    A FIFO would block the reader forever and /dev/zero never ends, so only regular files are
    read: stat first (no open of a FIFO or device at all), then open without blocking and check
    the opened file again (it may have been swapped since). The size is capped by the bytes
    actually read, never by st_size alone (which a device or a growing file does not honour).
    """
    try:
        _refuse_unless_regular(path, os.stat(path).st_mode)
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        )
        try:
            info = os.fstat(fd)
            _refuse_unless_regular(path, info.st_mode)
            if info.st_size > MAX_FILE_BYTES:
                raise _too_big(path, info.st_size)
            data = _read_at_most(fd, info.st_size)
        finally:
            os.close(fd)
    except BriefingError:
        raise
    except FileNotFoundError:
        raise BriefingError(
            problem_at(path, 1, 1, "file not found (dangling link, or removed while loading)")
        ) from None
    except PermissionError:
        raise BriefingError(problem_at(path, 1, 1, "permission denied; cannot read this file")) from None
    except OSError as exc:
        raise BriefingError(problem_at(path, 1, 1, f"cannot read file: {exc.strerror or exc}")) from None
    if len(data) > MAX_FILE_BYTES:  # grew between fstat and read
        raise BriefingError(
            problem_at(path, 1, 1, f"file exceeds the {MAX_FILE_BYTES:,}-byte limit (8 MiB) per briefing")
        )
    return data


def _read_at_most(fd: int, size: int) -> bytes:
    """Up to ``MAX_FILE_BYTES + 1`` bytes: the ``size`` stat gave, read whole at once (a buffered
    read of the limit would allocate 8 MiB per file), then on to the end if the file grew."""
    chunks: list[bytes] = []
    total = 0
    while total <= MAX_FILE_BYTES:
        chunk = os.read(fd, min(max(size + 1 - total, 1 << 16), MAX_FILE_BYTES + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_text(path: Path) -> str:
    """Read a file as UTF-8 text (a BOM is allowed), refusing oversize, non-regular and binary files."""
    data = read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise BriefingError(
            problem_at(path, line, col, f"invalid UTF-8 byte 0x{data[exc.start]:02x}; expected a UTF-8 text file")
        ) from None
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        raise BriefingError(problem_at(path, line, 1, "file contains NUL bytes; expected a TOML text file, not binary"))
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


#: toml-rs recurses on the C stack: a text with more openers than this could nest deep
#: enough to overflow it (a crash, not an error), so tomli reads it. Real briefings have ~100.
FAST_MAX_OPENERS = 1000


def parse_toml(path: Path, text: str) -> dict[str, Any]:
    """The TOML document, or a located ``BriefingError``.

    Once ``use_fast_reader`` was called, toml-rs (TOML 1.1, as tomli) reads what it can; anything it refuses, tomli reads again,
    so every message and position is tomli's, and tomli has the last word on what is valid.
    """
    # toml-rs skips a byte-order mark where TOML allows none (a second one at the start): tomli judges those.
    if _fast_loads is not None and text.count("[") + text.count("{") <= FAST_MAX_OPENERS and "\ufeff" not in text:
        try:
            return _fast_loads(text, toml_version="1.1.0")
        except Exception:  # whatever it refuses, tomli says why (or accepts it)
            pass
    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or 1
        col = getattr(exc, "colno", None) or 1
        msg = getattr(exc, "msg", None) or str(exc)
        raise BriefingError(problem_at(path, line, col, _toml_message(msg))) from None
    except RecursionError:
        raise BriefingError(problem_at(path, 1, 1, "invalid TOML: nesting too deep")) from None


def _at(
    path: Path, text: str, key_path: KeyPath, message: str, severity: str = "error", positions: dict | None = None
) -> Problem:
    line, col = locate(text, key_path, positions)
    return problem_at(path, line, col, message, severity)


def _check_schema_version(
    path: Path, text: str, data: dict[str, Any], versions: tuple[int, ...] = SCHEMA_VERSIONS
) -> None:
    """Briefings are schema 1 or 2 (1: no ``medium``); the topic vocabulary is schema 1."""
    newest = versions[-1]
    if "schema" not in data:
        raise BriefingError(problem_at(path, 1, 1, f"missing `schema = {newest}`; expected the schema version first"))
    version = data["schema"]
    if version not in versions or isinstance(version, bool):
        readable = " or ".join(map(str, versions))
        raise BriefingError(
            _at(
                path,
                text,
                ("schema",),
                f"unsupported schema version {version!r}; this briefing-tui reads schema {readable}",
            )
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
        from briefing_tui.core.store.schema_errors import describe  # only a file that fails needs it (print's start)

        raise BriefingError(_at(path, text, key_path, describe(kind, data, key_path, raw))) from None
    except RecursionError:
        raise BriefingError(problem_at(path, 1, 1, "structure nested too deeply")) from None


def _cleaned(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    try:
        return clean_data(data)
    except RecursionError:  # arrays or tables nested deeper than tomli minds
        raise BriefingError(problem_at(path, 1, 1, "structure nested too deeply")) from None


def parse_briefing(path: Path, text: str, vocabulary: Vocabulary | None = None) -> tuple[Briefing, list[Problem]]:
    """Validate one briefing's text; return it with its warnings, or raise BriefingError."""
    data = parse_toml(path, text)
    _check_schema_version(path, text, data)
    deep = checks.too_deep(data)
    if deep is not None:
        raise BriefingError(_at(path, text, deep.key_path, deep.message))
    # The one boundary for untrusted text (after the depth check, which bounds its walk):
    # everything after this sees clean strings.
    briefing: Briefing = convert(path, text, _cleaned(path, data), Briefing)
    if briefing.id is None:
        briefing = msgspec.structs.replace(briefing, id=clean_key(path.stem))
    found = checks.check_briefing(briefing, vocabulary or Vocabulary())
    positions = key_positions(text) if len(found) > 1 else None  # one pass over the text for all of them
    problems = [_at(path, text, f.key_path, f.message, f.severity, positions) for f in found]
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


def find_vocabulary(paths: Iterable[Path]) -> Path | None:
    """The first ``topics.toml`` in (or beside) the paths. Here rather than in ``load``, so
    ``import`` finds it without importing the loader's workers and cache."""
    for path in paths:
        candidate = path / TOPICS_FILE if path.is_dir() else path.parent / TOPICS_FILE
        if candidate.is_file():
            return candidate
    return None


def load_vocabulary(path: Path) -> tuple[Vocabulary, list[Problem]]:
    try:
        text = read_text(path)
        data = parse_toml(path, text)
        _check_schema_version(path, text, data, (1,))
        parsed: TopicFile = convert(path, text, _cleaned(path, data), TopicFile)
        vocabulary = Vocabulary(dict(parsed.topic))
        clashes = [
            _at(
                path,
                text,
                ("topic", slug),
                f"{name!r} of topic {slug!r} is already a name of topic {owner!r}; it stays with {owner!r}",
                "warning",
            )
            for slug, name, owner in vocabulary.clashes  # type: ignore[attr-defined]
        ]
        return vocabulary, clashes
    except BriefingError as exc:
        return Vocabulary(), [exc.problem]
