"""Garbage-collector policy, in one place.

A load makes hundreds of thousands of small objects that live until the next load
and are never cyclic. Python's collector would walk all of them in every full
pass (100-200 ms at 10,000 briefings, on whichever thread allocates next: the
UI's), so collection is paused while a load allocates, and what a load keeps is
frozen out of the collector's passes; reference counting still frees what is
dropped. Because pausing is process-wide, the UI's own garbage of that time is
frozen too: ``sweep`` collects it once the reader pauses.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def pause_collection() -> bool:
    """Stop collection while many long-lived objects are made; returns whether it was on."""
    was_enabled = gc.isenabled()
    gc.disable()
    return was_enabled


def resume_collection(was_enabled: bool, *, keep: bool = False) -> None:
    """Undo ``pause_collection``. With ``keep``, freeze what was made meanwhile first: it is all
    still in the youngest generation, and the next collections would walk every object of it."""
    if was_enabled:
        if keep:
            gc.freeze()
        gc.enable()


@contextmanager
def replacing_load() -> Iterator[None]:
    """The previous load's objects may be collected again; the new one's, shown in the block, may not."""
    gc.unfreeze()
    try:
        yield
    finally:
        gc.freeze()


def keep() -> None:
    """Objects that live as long as the load (e.g. the points view's index): out of every pass too."""
    gc.freeze()


def sweep() -> None:
    """Collect the garbage frozen with a load (see the module's docstring), then freeze the rest again."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
