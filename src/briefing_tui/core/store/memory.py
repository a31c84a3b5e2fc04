"""Garbage-collector policy, in one place.

A load makes hundreds of thousands of small objects that live until the next load
and are never cyclic. Python's collector would walk all of them in every full
pass (100-200 ms at 10,000 briefings, on whichever thread allocates next: the
UI's), so collection is paused while a load allocates, and what a load keeps is
frozen out of the collector's passes; reference counting still frees what is
dropped. Because pausing is process-wide, the UI's own garbage of that time is
frozen with the load (a megabyte or two; telling it apart from the load's objects
would mean walking them all: ~50 ms at 10,000 briefings, on the reader's thread).
The next load sweeps it: a reload rebuilds the screen anyway. (A sweep that waited
for the reader to pause was a full pass over the app's heap, 100-300 ms at 10,000
briefings, and the key that came during it waited.)
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
def replacing_load(*, sweep: bool = False) -> Iterator[None]:
    """The previous load's objects may be collected again; the new one's, shown in the block, may not.

    With ``sweep``, every generation is collected first: garbage that had reached the oldest one
    before a freeze would otherwise stay frozen across every reload (a reload is already a
    rebuild of the screen, and the pass costs ~0.1 s at 10,000 briefings)."""
    gc.unfreeze()
    try:
        yield
    finally:
        if sweep:
            gc.collect()
        _freeze()


def keep() -> None:
    """Objects that live as long as the load (e.g. the points view's index): out of every pass too."""
    _freeze()


def _freeze() -> None:
    """Collect the young generations (what was made since the last freeze or collection: little,
    with collection running), then freeze every survivor."""
    gc.collect(1)
    gc.freeze()
