"""The collector policy: a load's objects are frozen, the garbage of its time is not."""

from __future__ import annotations

import gc
import weakref

import pytest

from briefing_tui.core.store import memory


class Node:
    """A cycle: only the cyclic collector can free it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def collector():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.unfreeze()
    if not was:
        gc.disable()


def test_garbage_made_while_a_load_paused_collection_is_swept_by_the_next_load():
    was = memory.pause_collection()
    kept = [Node() for _ in range(3)]  # the load's objects
    garbage = weakref.ref(Node())  # the UI's garbage of that time, among them
    frozen_before = gc.get_freeze_count()
    memory.resume_collection(was, keep=True)  # no pass over the load on the reader's thread
    assert gc.get_freeze_count() > frozen_before
    with memory.replacing_load():  # the first load's show
        pass
    with memory.replacing_load(sweep=True):  # the next load
        pass
    assert garbage() is None
    assert all(node.me is node for node in kept)


def test_a_reload_sweeps_garbage_that_an_earlier_freeze_kept():
    node = Node()
    garbage = weakref.ref(node)
    gc.freeze()  # an earlier load froze it while it was still alive
    del node  # then it became garbage
    with memory.replacing_load():
        pass
    assert garbage() is not None  # the first load sweeps only the young generations
    with memory.replacing_load(sweep=True):
        pass
    assert garbage() is None


def test_keep_freezes_the_living_and_collects_the_young_garbage():
    garbage = weakref.ref(Node())
    gc.disable()
    memory.keep()
    gc.enable()
    assert garbage() is None
