"""The load life cycle: loads in a thread, partial views, reloads, watching the files.

One object owns every timer and counter of loading, so the browser screen only
shows what it is given. The controller is a hidden widget (it runs the load and
watch workers and their timers) that posts ``LoadCounting``, ``LoadSlow``,
``LoadFailed`` and ``LoadNotices`` up to the screen. A library, partial or whole,
is handed to the screen's ``show`` at once rather than by message: the garbage
collector must freeze what showing it built, and partial views are paced by what
showing them costs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from textual import on, work
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import Worker, WorkerState, get_current_worker

from briefing_tui.app.messages import (
    LibraryLoaded,
    LoadCounting,
    LoadFailed,
    LoadNotices,
    LoadProgress,
    LoadSlow,
)
from briefing_tui.core.model.problems import Problem
from briefing_tui.core.query.library import Library, build_library, load_library
from briefing_tui.core.store import memory
from briefing_tui.core.store.load import LoadCancelled
from briefing_tui.core.store.rows import Loaded
from briefing_tui.core.store.watch import POLL_INTERVAL, signature

#: While a first load arrives, the list is extended every so many seconds at most (more often at first).
PARTIAL_INTERVAL = 2.0
#: ... and at least this far apart: a warm start is done before a second view would be worth it.
PARTIAL_SOONEST = 0.5
#: ... and never more than 1/PARTIAL_SHARE of the time goes to extending it: each view is indexed
#: and painted on the reader's thread, which the load (on two cores, with its workers) waits for.
PARTIAL_SHARE = 10
#: Seconds between two "files read" counts in the status line (each is a repaint).
COUNT_EVERY = 0.5
#: The loading indicator appears only if a load takes longer than this (seconds).
INDICATOR_AFTER = 0.25
#: A first load shows its first rows no sooner than this (seconds). (A warm start of up to
#: ``load.STREAM_MIN`` files sends none before it is done; a larger one sends its first at once.)
FIRST_PARTIAL_AFTER = 0.05


class LoadController(Widget):
    """Loads ``paths`` (again when asked, or when the files change) and shows what arrives."""

    DEFAULT_CSS = "LoadController { display: none; }"

    def __init__(self, paths: Sequence[Path], show: Callable[[Library], None], *, use_cache: bool, poll: bool) -> None:
        super().__init__()
        self.paths = tuple(paths)
        self.use_cache = use_cache
        self.poll = poll
        self._show = show
        #: The library last shown (partial while a first load arrives), or None before any.
        self.library: Library | None = None
        self._number = 0  # which load is wanted: what an older one still sends is dropped
        self._awaiting = False  # a load was asked for and its library has not arrived
        #: A first load's briefings so far, shown while the rest arrive.
        self._arrived: list[Loaded] = []
        self._files_seen = 0
        self._load_started = 0.0
        self._shown_partial_at = 0.0
        self._partial_cost = 0.0
        self._partial_timer: Timer | None = None
        self._counted_at = 0.0
        self._loads_shown = 0

    def start(self) -> None:
        """The first load; then, unless told not to, watch the files.

        The first load takes a whole cache index as it is (no listing, no stat a file: ~30 ms at
        10,000 before the list shows) and checks the folders against it as soon as it is shown,
        loading again if they changed since (``_verify``)."""
        self.reload(trust_index=True)
        if self.poll:
            self.set_interval(POLL_INTERVAL, self._look_for_changes)

    # Loading -----------------------------------------------------------------

    def reload(self, *, trust_index: bool = False) -> None:
        """Read the files again, in a thread; the old results stay until the new ones arrive."""
        # A warm start is done before a spinner could be seen: mounting one would only cost layouts.
        self.set_timer(INDICATOR_AFTER, self._slow)
        if self.library is None:
            self.post_message(LoadCounting(len(self.paths), 0))
        self._load_started = time.monotonic()
        self._awaiting = True
        # A new load: what an earlier one sent is no longer wanted (exclusive cancels its worker,
        # but messages it posted may still be queued).
        self._number += 1
        self._drop_arrivals()
        self._load(self.paths, self._number, trust_index and self.use_cache)

    @property
    def awaiting(self) -> bool:
        """A load was asked for and its library has not been shown: what it says is still news.
        (Its messages may arrive after the library was shown, which happens at once.)"""
        return self._awaiting

    @property
    def is_loading(self) -> bool:
        return any(w.group == "load" and w.is_running for w in self.workers)

    def _drop_arrivals(self) -> None:
        """Forget a first load's rows so far, and the partial view waiting to show them."""
        self._arrived = []
        if self._partial_timer is not None:
            self._partial_timer.stop()
            self._partial_timer = None

    def _slow(self) -> None:
        if self._awaiting:  # (not the worker's state: it goes on to write the cache after the library is shown)
            self.post_message(LoadSlow())

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self, paths: tuple[Path, ...], number: int, trust_index: bool = False) -> None:
        worker = get_current_worker()

        def progress(new: list[Loaded], files_seen: int) -> None:
            if not worker.is_cancelled:
                self.post_message(LoadProgress(files_seen, new, number))

        told: list[str] = []

        def ready(library: Library) -> None:
            told.extend(library.notices)
            if not worker.is_cancelled:
                self.post_message(LibraryLoaded(library, number))

        # The cache is written after the library is shown; what that write has to say comes after.
        try:
            library = load_library(
                paths,
                progress,
                use_cache=self.use_cache,
                ready=ready,
                cancelled=lambda: worker.is_cancelled,
                trust_index=trust_index,
            )
        except LoadCancelled:
            return  # quitting, or a newer load took over: its workers are already stopped
        late = list(library.notices[len(told) :])
        if late and not worker.is_cancelled:
            self.post_message(LoadNotices(late))

    @on(LoadProgress)
    def _progress(self, message: LoadProgress) -> None:
        """On a first load, show what has arrived so far; a reload keeps the old list until done."""
        if message.load != self._number or (self.library is not None and self.library.complete):
            return
        self._arrived.extend(message.entries)
        self._files_seen = message.files_seen
        if not self._arrived:
            self._count(message.files_seen)
            return
        # Early views come quickly (the list fills in the first seconds), later ones at most every
        # PARTIAL_INTERVAL; and never more than 1/PARTIAL_SHARE of the time goes to them (the rest
        # is the reader's, and the loader's), however long extending the view takes.
        elapsed = time.monotonic() - self._load_started
        interval = max(min(PARTIAL_INTERVAL, max(PARTIAL_SOONEST, elapsed / 2)), PARTIAL_SHARE * self._partial_cost)
        wait = interval - (time.monotonic() - self._shown_partial_at)
        if self.library is None:
            # A warm cache delivers everything within a moment: then the partial view would
            # only be indexing done twice. Show it once the load has taken a little while.
            wait = FIRST_PARTIAL_AFTER - (time.monotonic() - self._load_started)
        if wait <= 0:
            self._show_partial()
            return
        # The rows shown are recent enough (indexing again costs the reader frames): count only,
        # and show the newcomers once the interval is over, even if no more arrive.
        self._count(message.files_seen)
        if self._partial_timer is None:
            self._partial_timer = self.set_timer(wait, self._show_partial)

    def _count(self, files_seen: int) -> None:
        """Say how many files are read, now and then."""
        if time.monotonic() - self._counted_at >= COUNT_EVERY:
            self._counted_at = time.monotonic()
            self.post_message(LoadCounting(len(self.paths), files_seen))

    def _show_partial(self) -> None:
        self._partial_timer = None
        if not self._arrived or (self.library is not None and self.library.complete):
            return
        start = time.monotonic()
        # Extend the partial view already shown (same load, so a prefix of what has arrived).
        previous = self.library if self.library is not None and not self.library.complete else None
        self.library = build_library(
            self.paths, list(self._arrived), complete=False, files_seen=self._files_seen, previous=previous
        )
        self._show(self.library)
        self._shown_partial_at = time.monotonic()
        self._partial_cost = self._shown_partial_at - start

    @on(Worker.StateChanged)
    def _load_failed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "load" and event.state == WorkerState.ERROR:
            self._awaiting = False
            self.post_message(LoadFailed(f"Could not load briefings: {event.worker.error}"))

    @on(LibraryLoaded)
    def _loaded(self, message: LibraryLoaded) -> None:
        if message.load != self._number:
            return  # replaced by a newer load
        self._awaiting = False
        self._drop_arrivals()
        self.library = message.library
        # The first load's only garbage is the start's; each later one sweeps every generation.
        with memory.replacing_load(sweep=self._loads_shown > 0):
            self._show(message.library)
        self._loads_shown += 1
        if message.library.notices:
            self.post_message(LoadNotices(list(message.library.notices)))
        if message.library.trusted:
            # After the list is painted: the check's listing and stats would hold the interpreter
            # the first paint of the list needs.
            self.call_after_refresh(self._verify, message.library.signature, message.load)

    # Watching ----------------------------------------------------------------

    def _look_for_changes(self) -> None:
        library = self.library
        if library is None or not library.complete or self.is_loading:
            return
        self._compare_signature(library.signature)

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False)
    def _compare_signature(self, known: str) -> None:
        """Off the UI thread: stat every file; reload (keeping the place) if anything changed."""
        if signature(self.paths) != known and not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._changed_on_disk)

    @work(thread=True, exclusive=True, group="verify", exit_on_error=False)
    def _verify(self, known: str, load: int) -> None:
        """Off the UI thread, once the index's library is shown: list and stat the folders (what
        that load skipped); load again, checking every file, if they are not what the index said.
        What could not be listed (a path gone, a folder unreadable) is added to the library shown:
        the index holds no problems of listing, and loading again would find the same files."""
        problems: list[Problem] = []
        changed = signature(self.paths, problems) != known
        if get_current_worker().is_cancelled:
            return
        if changed:
            self.app.call_from_thread(self._not_as_indexed, load)
        elif problems:
            self.app.call_from_thread(self._unlisted, problems, load)

    def _not_as_indexed(self, load: int) -> None:
        if load == self._number:  # (a newer load, asked for meanwhile, checks every file itself)
            self.reload()

    def _unlisted(self, problems: list[Problem], load: int) -> None:
        """The trusted library, with the listing's problems first (where a checked load puts them)."""
        library = self.library
        if load != self._number or library is None or not library.trusted:
            return  # a newer load lists the folders itself
        self.library = replace(library, problems=[*problems, *library.problems], trusted=False)
        self._show(self.library)

    def _changed_on_disk(self) -> None:
        if not self.is_loading:
            self.reload()
