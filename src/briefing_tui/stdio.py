"""The command line's stdout: a reader that goes away is not an error, a closed or full stdout is.

``briefing-tui check | head -1`` must still exit with check's own code, so a broken pipe
silences the rest of the output instead of ending the command. A stdout that is closed
(``>&-``) or cannot take more (``>/dev/full``) is an I/O error the user can act on, not an
internal one.
"""

from __future__ import annotations

import contextlib
import io
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TextIO


class OutputError(Exception):
    """stdout is closed or failed: a plain I/O error (exit 1). Not an OSError, so no command's
    own ``except OSError`` (around the file it writes) mistakes it for its own."""


class Stdout:
    """Wraps ``sys.stdout`` for one command; installed by ``cli.main``."""

    def __init__(self, stream: TextIO | None):
        self.stream = stream
        self.reader_gone = False

    def write(self, text: str) -> int:
        self._do(lambda s: s.write(text))
        return len(text)

    def flush(self) -> None:
        if self.stream is not None:  # nothing was written to a closed stdout, or write said so
            self._do(lambda s: s.flush())

    def _do(self, action) -> None:
        if self.reader_gone:
            return
        if self.stream is None:
            raise OutputError("cannot write to stdout: it is closed")
        try:
            action(self.stream)
        except BrokenPipeError:
            self.reader_gone = True
            _point_at_devnull(self.stream)
        except (OSError, ValueError) as exc:  # ValueError: the stream was closed under us
            _point_at_devnull(self.stream)
            raise OutputError(f"cannot write to stdout: {getattr(exc, 'strerror', None) or exc}") from None

    def isatty(self) -> bool:
        try:
            return self.stream is not None and self.stream.isatty()
        except (OSError, ValueError):
            return False

    def __getattr__(self, name: str):  # encoding, fileno, ... for Rich and argparse
        if self.stream is None:
            raise AttributeError(name)
        return getattr(self.stream, name)


def _point_at_devnull(stream: TextIO) -> None:
    """Send the rest (and the interpreter's final flush) to /dev/null, so exit cannot fail again."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)
    with contextlib.suppress(OSError, ValueError):
        stream.flush()  # what is still buffered now goes to /dev/null


def closed(stream: TextIO | None) -> bool:
    """True for a standard stream that was closed before Python started (``<&-``)."""
    if stream is None:
        return True
    try:
        fd = stream.fileno()
    except (AttributeError, io.UnsupportedOperation):
        return False  # an in-memory stream (a test's, an embedding program's): open
    except (OSError, ValueError):
        return True
    try:
        os.fstat(fd)
    except OSError:
        return True
    return False
