"""Reading a readout (a file or stdin) and writing the briefing without clobbering.

The import command must never leave a half-written briefing (a reader could load it) nor
overwrite one silently: the text goes to a hidden temporary file in the target folder, then
is linked into place (which fails if the name is taken) or, with ``force``, renamed over it.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from briefing_tui.core.store.atomic import write_atomic
from briefing_tui.core.store.parse import MAX_FILE_BYTES


class ReadError(Exception):
    """The readout cannot be read; the message says why and what was expected."""


def read_readout(source: str, stdin: IO[str]) -> tuple[str, str]:
    """(text, display name) of a readout file, or of stdin for ``-``."""
    if source == "-":
        buffer = getattr(stdin, "buffer", None)
        data = buffer.read(MAX_FILE_BYTES + 1) if buffer is not None else stdin.read(MAX_FILE_BYTES + 1)
        name = "<stdin>"
    else:
        path = Path(source)
        try:
            if path.is_dir():
                raise ReadError(f"{source}: is a directory; expected a plain-text readout file")
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ReadError(f"{source}: larger than {MAX_FILE_BYTES:,} bytes; expected one readout's text")
            data = path.read_bytes()
        except FileNotFoundError:
            raise ReadError(f"{source}: no such file") from None
        except PermissionError:
            raise ReadError(f"{source}: permission denied") from None
        except OSError as exc:
            raise ReadError(f"{source}: cannot read ({exc.strerror or exc})") from None
        name = path.name
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(f"{name}: larger than {MAX_FILE_BYTES:,} bytes; expected one readout's text")
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReadError(f"{name}: invalid UTF-8 at byte {exc.start}; expected a UTF-8 text file") from None
    else:
        text = data.removeprefix("\ufeff")
    if "\x00" in text:
        raise ReadError(f"{name}: contains NUL bytes; expected plain text, not a binary file")
    if not text.strip():
        raise ReadError(f"{name}: is empty; expected the text of a readout")
    return text, name


def write_new(target: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` to ``target`` atomically; FileExistsError if it exists and not ``force``."""
    write_atomic(target, text.encode("utf-8"), overwrite=force)
