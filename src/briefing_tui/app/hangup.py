"""Leave when the terminal is gone: nobody can type into the app again.

A terminal can vanish without a SIGHUP (an ssh session dropped without one, a
pty whose other end closed, a parent that was killed). Textual's input thread
then reads end-of-file in a loop and holds a core at 100% for ever (Textual PR
#6690, open). Every second the app asks the kernel, without reading, whether
its input has hung up, and exits the normal way if so: the reading state is
saved as on ``q``.
"""

from __future__ import annotations

import select
import sys
from typing import Protocol

CHECK_EVERY = 1.0
"""Seconds between checks: a poll with no wait costs a few microseconds."""

GONE = getattr(select, "POLLHUP", 0) | getattr(select, "POLLERR", 0) | getattr(select, "POLLNVAL", 0)


class Exitable(Protocol):
    def exit(self) -> None: ...


def input_fileno() -> int | None:
    """The terminal the app reads its keys from, or None where it cannot be polled."""
    stdin = sys.__stdin__
    if stdin is None or not hasattr(select, "poll"):
        return None
    try:
        return stdin.fileno()
    except (OSError, ValueError):
        return None


def hung_up(fileno: int) -> bool:
    """True once the terminal behind ``fileno`` has hung up (nothing is read)."""
    poller = select.poll()
    poller.register(fileno, 0)  # no events asked: hang-ups and errors are always reported
    return any(events & GONE for _, events in poller.poll(0))


def watch(app: Exitable, fileno: int) -> None:
    """The interval's callback: exit ``app`` when its terminal is gone."""
    if hung_up(fileno):
        app.exit()
