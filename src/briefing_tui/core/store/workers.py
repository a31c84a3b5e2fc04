"""Parse many briefing files in worker processes, one per core.

tomli is pure parsing work that holds the GIL, so threads cannot share it out; processes
can. What comes back is small and cheap to receive: per chunk of files, one msgpack
message of rows and problems. The briefings themselves go straight from each worker
into its own segment file (``core.blobs``) when there is a cache to put them in, and
travel in the message only when there is not.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Generator, Sequence
from pathlib import Path

import msgspec

from briefing_tui.core.model.problems import Problem
from briefing_tui.core.model.topics import Vocabulary
from briefing_tui.core.store import parse
from briefing_tui.core.store.blobs import SegmentWriter
from briefing_tui.core.store.rows import Row, named, parse_here

#: Files per task, at least: small enough that rows arrive steadily, large enough to amortise a message.
CHUNK_FILES = 200
#: Files per task, at most, and about how many tasks each worker gets between those bounds.
MAX_CHUNK_FILES = 2000
TASKS_PER_WORKER = 25
#: The first tasks are smaller, so the first rows arrive while the workers have barely started.
FIRST_CHUNKS = (25, 25, 50, 50, 100, 100)
#: Files parsed in the parent while the workers start: a screenful of rows, at once.
FIRST_HERE = 40


class Parsed(msgspec.Struct, array_like=True, gc=False):
    """One file's outcome: its row and where its briefing is, or only problems."""

    row: Row | None
    problems: tuple[Problem, ...]
    blob: bytes | None = None  # the briefing itself, when it is not in a segment
    segment: str = ""  # else the segment file's name (in the cache folder) ...
    offset: int = 0  # ... and its place there
    length: int = 0
    crc: int = 0  # ... and the CRC-32 of its bytes (checked when read)


_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(list[Parsed])

# A worker's own state, set by ``_start_worker``.
_segment_dir: Path | None = None
_segment_stem = ""
_writer: SegmentWriter | None = None
_stopping = None  # the parent's multiprocessing.Event: set when nobody wants the rest


def parse_chunk(paths: list[str], vocabulary: Vocabulary) -> bytes:
    """Runs in a worker: parse ``paths``; rows and problems back, briefings to the segment."""
    parse.use_fast_reader()  # on this process's main thread (see there)
    _read_ahead(paths)
    results = []
    for name in paths:
        if _stopping is not None and _stopping.is_set():
            return _encoder.encode([])  # the load was cancelled: nobody reads this
        loaded, problems = parse_here(name, vocabulary)
        results.append(
            (named(loaded.row), tuple(problems), loaded.blob)  # topics by name: codes are this process's own
            if loaded is not None
            else (None, tuple(problems), None)
        )
    return _encoder.encode(_place(results))


def _read_ahead(paths: list[str]) -> None:
    """Ask the kernel to start reading every file of the task now, all at once.

    When the page cache has been reclaimed (this machine does that to idle files), reading
    ten thousand small files one after another waits on the disk for each: a second or more.
    Announced together, the reads overlap, and parsing finds most files already in memory.
    """
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block here
        except OSError:
            continue  # parsing will say what is wrong with it
        try:
            advise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass
        finally:
            os.close(fd)


def _place(results: Sequence[tuple[Row | None, tuple[Problem, ...], bytes | memoryview | None]]) -> list[Parsed]:
    """Append a task's briefings to this worker's segment, flushed before the rows that point into it
    leave; if the segment cannot take them (no cache folder, a full disk), they travel in the message."""
    global _writer, _segment_dir
    if _writer is None and _segment_dir is not None:
        try:
            _writer = SegmentWriter(_segment_dir, _segment_stem)
        except OSError:
            _segment_dir = None
    if _writer is not None:
        try:
            placed = [
                Parsed(row, problems, None, _writer.name, *_writer.append(blob))
                if row is not None and blob is not None
                else Parsed(row, problems)
                for row, problems, blob in results
            ]
            _writer.flush()
            return placed
        except OSError:  # what earlier tasks wrote was flushed and stays valid; nothing more goes there
            _writer, _segment_dir = None, None
    return [Parsed(row, problems, bytes(blob) if blob is not None else None) for row, problems, blob in results]


def parse_in_workers(
    paths: list[str],
    vocabulary: Vocabulary,
    workers: int,
    segment_dir: Path | None = None,
    stem: str = "",
    cancelled: Callable[[], bool] = lambda: False,
) -> Generator[Parsed, None, None]:
    """Each file's ``Parsed``, in order. Raises if the pool cannot start or a worker dies.

    The first FIRST_HERE files are parsed here while the workers start (spawning takes a
    couple of hundred milliseconds), so the first rows show at once. Stops early, and stops
    the workers, once ``cancelled()`` (asked while waiting) or once the caller closes it:
    quitting mid-load must not wait for the rest to be parsed.
    """
    import concurrent.futures
    import multiprocessing

    here, there = paths[:FIRST_HERE], paths[FIRST_HERE:]
    chunks = [there[start:stop] for start, stop in _bounds(len(there), workers)]
    context = multiprocessing.get_context("spawn")  # never fork a process that runs threads (the UI)
    _start_resource_tracker()
    stopping = context.Event()
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=max(1, pool_size(len(paths), workers)),
        mp_context=context,
        initializer=_start_worker,
        initargs=(segment_dir, stem, stopping),
    )
    finished = False
    try:
        futures = deque(pool.submit(parse_chunk, chunk, vocabulary) for chunk in chunks)
        for name in here:
            if cancelled():
                return
            loaded, problems = parse_here(name, vocabulary)
            yield Parsed(loaded.row, tuple(problems), bytes(loaded.blob)) if loaded else Parsed(None, tuple(problems))
        while futures:
            future = futures.popleft()  # let go of each answer once it is read: they add up to every row
            while True:
                try:
                    message = future.result(timeout=WAIT_STEP)
                    break
                except concurrent.futures.TimeoutError:
                    if cancelled():
                        return
            yield from _decoder.decode(message)
        finished = True
    finally:
        _stop(pool, finished, stopping)


#: Seconds between two looks at ``cancelled`` while a task's answer is awaited.
WAIT_STEP = 0.05


def _stop(pool, finished: bool, stopping) -> None:
    """Every answer is in: let the workers exit on their own. Otherwise tell them to stop.

    Not terminate(): a worker killed while sending its answer leaves the pool's reader thread
    waiting forever for the rest of the message, and Python waits for that thread at exit.
    Told to stop, a worker ends its task within a file and exits on its own.
    """
    if finished:
        pool.shutdown(wait=False)
        return
    stopping.set()
    pool.shutdown(wait=True, cancel_futures=True)


def pool_size(files: int, cpus: int) -> int:
    """How many workers ``parse_in_workers`` starts for this many files: no more than it has tasks
    (the first FIRST_HERE files are parsed in the parent)."""
    return min(cpus, len(_bounds(max(0, files - FIRST_HERE), cpus)))


def _bounds(count: int, workers: int) -> list[tuple[int, int]]:
    """(start, stop) of each task: a few small ones first, then about TASKS_PER_WORKER per worker.

    Every task costs a hand-off through the parent's executor thread, which waits its turn for
    the GIL behind the UI: hundreds of small tasks would leave the workers idle between them.
    """
    size = min(MAX_CHUNK_FILES, max(CHUNK_FILES, count // (max(workers, 1) * TASKS_PER_WORKER)))
    bounds, start = [], 0
    for first in FIRST_CHUNKS:
        if start >= count or first >= size:
            break
        bounds.append((start, min(start + first, count)))
        start += first
    bounds.extend((i, min(i + size, count)) for i in range(start, count, size))
    return bounds


def _start_worker(segment_dir: Path | None, stem: str, stopping=None) -> None:
    """Workers share the parent's terminal: a stray warning there would scribble over the TUI.

    A worker also watches its parent: when the app is killed (SIGKILL, a closed terminal), no
    one will read its answers, and without the watch it parsed on for minutes as an orphan.
    """
    global _segment_dir, _segment_stem, _stopping
    _segment_dir, _segment_stem, _stopping = segment_dir, stem, stopping
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    watch_parent()


#: Seconds between two looks at whether a worker's parent is still there.
PARENT_CHECK = 0.25


def watch_parent() -> None:
    """End this process as soon as its parent is gone (it is then re-parented: ``getppid`` changes)."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(0)  # nothing to flush: the answers had nowhere to go

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr.

    Spawning needs that helper process, and it inherits ``sys.stderr``'s descriptor. A running
    Textual app replaces ``sys.stderr`` with an object whose ``fileno()`` is -1, which makes
    every spawn fail ("bad value(s) in fds_to_keep"), so the pool would never run at all.
    The helper gets /dev/null instead: nothing it says can reach the TUI's terminal.
    """
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        resource_tracker.ensure_running()
        return
    saved = sys.stderr
    with open(os.devnull, "w") as devnull:
        sys.stderr = devnull
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = saved
