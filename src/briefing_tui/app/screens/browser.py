"""The main screen: filter panel, briefing list and detail pane.

This screen owns all browsing state (the loaded library, the Query, the sort,
the zones); widgets and palette providers post messages and it decides. A
keystroke in the search box costs one Catalog.matches (narrowed from the last
result when the text only grew) and one OptionList.set_options; the facet
counts follow a moment later, once typing pauses.
"""

from __future__ import annotations

import gc
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import cast
from urllib.parse import urlsplit

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.cache import LRUCache
from textual.command import CommandPalette
from textual.containers import Horizontal, Vertical
from textual.events import DescendantFocus, Resize
from textual.reactive import var
from textual.timer import Timer
from textual.widgets import Footer, Input
from textual.worker import Worker, WorkerState, get_current_worker

from briefing_tui.app.messages import (
    BriefingHighlighted,
    FilterToggled,
    LibraryLoaded,
    LoadNotices,
    LoadProgress,
    SettingsChanged,
    ZonePicked,
)
from briefing_tui.app.providers import BrowserCommands, FilterCommands, ZoneCommands
from briefing_tui.app.screens.across import AcrossBriefings
from briefing_tui.app.screens.errors import ErrorsScreen
from briefing_tui.app.screens.help import HelpScreen, Section
from briefing_tui.app.widgets.briefing_list import BriefingList
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.filter_bar import FilterBar
from briefing_tui.app.widgets.filter_panel import FilterPanel
from briefing_tui.app.widgets.point_list import PointList
from briefing_tui.app.widgets.search_box import SearchBox
from briefing_tui.app.widgets.status import StatusLine, plural
from briefing_tui.core.model.briefing import Briefing
from briefing_tui.core.model.problems import BriefingError
from briefing_tui.core.model.sanitize import clean_line
from briefing_tui.core.model.timetable import zone_labels
from briefing_tui.core.present.export import to_markdown
from briefing_tui.core.present.render import HIGHLIGHT_MARK, render_briefing
from briefing_tui.core.query.filtering import Query
from briefing_tui.core.query.library import (
    SORT_LABELS,
    SORTS,
    Library,
    Sort,
    build_library,
    load_library,
)
from briefing_tui.core.store.load import LoadCancelled
from briefing_tui.core.store.rows import Loaded
from briefing_tui.core.store.watch import POLL_INTERVAL, signature

#: Below this width the filter panel hides until `t` calls it.
NARROW_WIDTH = 100
#: While a first load arrives, the list is extended every so many seconds at most (more often at first).
PARTIAL_INTERVAL = 1.0
#: ... and at least this far apart: a warm start is done before a second view would be worth it.
PARTIAL_SOONEST = 0.25
#: The loading indicator appears only if a load takes longer than this (seconds).
INDICATOR_AFTER = 0.25
#: A first load shows its first rows no sooner than this (seconds): a warm start is done by then.
FIRST_PARTIAL_AFTER = 0.12
#: After a load, garbage is swept once no key has been pressed for this long (seconds).
SWEEP_AFTER = 2.0
#: Facet counts wait this long after the last keystroke in the search box.
FACET_DELAY = 0.15
#: Actions on printable keys: the search box types those keys, so the footer hides them there.
LETTER_ACTIONS = frozenset(
    {"search", "filters", "sort", "cycle_zone", "copy", "open_source", "errors", "reload", "toggle_topic_mode", "quit"}
)


def is_web_url(url: str) -> bool:
    """Only plain http(s) links are opened: no file:, javascript: or control characters."""
    if not url or url != clean_line(url) or " " in url:
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def empty_message(library: Library) -> str:
    """Why the list is empty: nothing loaded (and why), or the filters exclude everything."""
    if len(library) or not library.complete:
        return "No briefing matches these filters. Escape clears them one by one."
    if library.files_with_errors:
        return f"No briefing loaded: {plural(library.files_with_errors, 'file')} with errors (press e)"
    if library.problems:
        return f"No briefing loaded: {plural(len(library.problems), 'problem')} (press e)"
    places = ", ".join(clean_line(str(path)) for path in library.paths)
    return f"No .toml files in {places}"


class Browser(AcrossBriefings):
    """Browse, filter and read briefings."""

    BINDINGS = [
        # Priority: focus must move before the keys typed right after these are routed (check_action
        # turns them off in the search box, so "/" and "t" can still be typed there).
        Binding("slash", "search", "Search", priority=True, tooltip="Search titles, names and point text as you type"),
        Binding("t", "filters", "Filters", priority=True, tooltip="Go to the filter panel: topics, countries, kinds"),
        Binding("s", "sort", "Sort", tooltip="Sort: newest first, oldest first, by title"),
        Binding("z", "cycle_zone", "Zone", tooltip="Emphasize the next zone: venue, homes, yours, picked, UTC"),
        Binding("y", "copy", "Copy", tooltip="Copy the briefing as Markdown"),
        Binding("o", "open_source", "Open", tooltip="Open the readout's web page"),
        Binding("e", "errors", "Errors", tooltip="Files that failed to load, path:line:col"),
        Binding("question_mark,f1", "help", "Help", tooltip="This list of keys"),
        Binding("q", "quit", "Quit", tooltip="Quit briefing-tui"),
        # The points view's keys come after Quit in the footer, so a narrow one still shows Help and Quit.
        Binding("v", "show_points", "Points", tooltip="Points view: every matching point across briefings (v again: briefings)"),
        Binding("v", "show_briefings", "Briefings", tooltip="Points view: every matching point across briefings (v again: briefings)"),
        Binding("c", "toggle_joint", "Agreed", tooltip="Points view: only agreed and confirmed points (c again: every outcome)"),
        Binding("T", "timeline", "Timeline", show=False, tooltip="Timeline: meetings per month or quarter for these filters, and with whom"),
        Binding("x", "export_digest", "Export", show=False, tooltip="Write the digest of these filters to a file (.md, .html or .txt)"),
        Binding("a", "toggle_topic_mode", "Any/all", show=False, tooltip="Several topics match ANY or ALL of them"),
        Binding("r", "reload", "Reload", show=False, tooltip="Read the files again"),
        Binding(
            "escape",
            "clear_filter",
            "Clear filter",
            show=False,
            tooltip="Clear the innermost filter: search, topics, countries, kinds",
        ),
        # Enter on a list: the list's own binding would post a message, and a key typed right after
        # enter would be routed (to the list) before that message moved the focus. This moves it now.
        # `system` keeps it out of the help, which lists enter under the lists; the footer shows it alike.
        Binding("enter", "read", "Read", priority=True, system=True, tooltip="Read: focus the briefing pane"),
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
    ]

    COMMANDS = {BrowserCommands, FilterCommands}
    #: The list cannot take focus while it loads; it takes it when the load arrives.
    AUTO_FOCUS = ""

    filters: var[Query] = var(Query, init=False)
    sort: var[Sort] = var("newest", init=False)
    emphasis: var[str | None] = var(None, init=False)
    extra_zone: var[str | None] = var(None, init=False)

    def __init__(
        self,
        paths: Sequence[Path],
        *,
        local_zone: str,
        zone: str | None = None,
        extra_zone: str | None = None,
        use_cache: bool = True,
        poll: bool = True,
    ) -> None:
        super().__init__()
        self.paths = tuple(paths)
        self.use_cache = use_cache
        self.poll = poll
        self.local_zone = local_zone
        self.library: Library | None = None
        self.shown: list[int] = []
        self.current: int | None = None
        self._generation = 0
        self._facet_timer: Timer | None = None
        self._counts: tuple[list[int], dict[str, Counter[str]]] | None = None
        self._seeked: tuple[int, frozenset[str]] | None = None
        self._footer_state: tuple[bool, bool] | None = None
        #: Recent match results by (load, sort, query): erasing what was typed costs nothing.
        self._results: LRUCache[tuple, list[int]] = LRUCache(64)
        #: A first load's briefings so far, shown while the rest arrive.
        self._arrived: list[Loaded] = []
        self._shown_partial_at = 0.0
        self._partial_cost = 0.0
        self._load_started = 0.0
        self._partial_timer: Timer | None = None
        self._files_seen = 0
        self._awaiting = False  # a load was asked for and its library has not arrived
        self._load_number = 0
        self._sweep_pending = False
        self._last_key = 0.0
        #: The link `o` could not open: pressing `o` again (on the same briefing) copies it.
        self._copy_offered: str | None = None
        self.set_reactive(Browser.emphasis, zone)
        self.set_reactive(Browser.extra_zone, extra_zone)

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            yield FilterPanel(id="facets")
            with Vertical(id="main"):
                yield SearchBox(id="search")
                yield FilterBar(id="filter-bar")
                yield BriefingList(id="briefings")
                yield DetailPane(id="detail")
        yield StatusLine(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(FilterPanel).border_title = "Filters"
        self.query_one(BriefingList).border_title = "Briefings"
        self.query_one(DetailPane).border_title = "Briefing"
        self._show_sort()
        self._show_zone()
        self.action_reload()
        if self.poll:
            self.set_interval(POLL_INTERVAL, self._look_for_changes)

    # Watching ----------------------------------------------------------------

    def _look_for_changes(self) -> None:
        library = self.library
        if library is None or not library.complete or self._loading():
            return
        self._compare_signature(library.signature)

    def _loading(self) -> bool:
        return any(w.group == "load" and w.is_running for w in self.workers)

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False)
    def _compare_signature(self, known: str) -> None:
        """Off the UI thread: stat every file; reload (keeping the place) if anything changed."""
        if signature(self.paths) != known and not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._changed_on_disk)

    def _changed_on_disk(self) -> None:
        if not self._loading():
            self.action_reload()

    # Loading -----------------------------------------------------------------

    def action_reload(self) -> None:
        """Read the files again, in a thread; the old results stay until the new ones arrive."""
        # A warm start is done before a spinner could be seen: mounting one would only cost layouts.
        self.set_timer(INDICATOR_AFTER, self._show_loading_indicator)
        if self.library is None:
            self.query_one(StatusLine).loading(len(self.paths))
        self._load_started = time.monotonic()
        self._awaiting = True
        # A new load: what an earlier one sent is no longer wanted (exclusive cancels its worker,
        # but messages it posted may still be queued).
        self._load_number += 1
        self._drop_arrivals()
        self._load(self.paths, self._load_number)

    def _drop_arrivals(self) -> None:
        """Forget a first load's rows so far, and the partial view waiting to show them."""
        self._arrived = []
        if self._partial_timer is not None:
            self._partial_timer.stop()
            self._partial_timer = None

    def _show_loading_indicator(self) -> None:
        if self._awaiting:  # (not the worker's state: it goes on to write the cache after the library is shown)
            self.query_one(BriefingList).loading = True

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self, paths: tuple[Path, ...], number: int) -> None:
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
                paths, progress, use_cache=self.use_cache, ready=ready, cancelled=lambda: worker.is_cancelled
            )
        except LoadCancelled:
            return  # quitting, or a newer load took over: its workers are already stopped
        late = list(library.notices[len(told) :])
        if late and not worker.is_cancelled:
            self.post_message(LoadNotices(late))

    @on(LoadProgress)
    def _progress(self, message: LoadProgress) -> None:
        """On a first load, show what has arrived so far; a reload keeps the old list until done."""
        if message.load != self._load_number or (self.library is not None and self.library.complete):
            return
        self._arrived.extend(message.entries)
        self._files_seen = message.files_seen
        if not self._arrived:
            self.query_one(StatusLine).loading(len(self.paths), message.files_seen)
            return
        # Early views come quickly (the list fills in the first seconds), later ones at most every
        # PARTIAL_INTERVAL; and never more than a fifth of the time goes to them (the rest is the
        # reader's, and the loader's), however long extending the view takes.
        elapsed = time.monotonic() - self._load_started
        interval = max(min(PARTIAL_INTERVAL, max(PARTIAL_SOONEST, elapsed / 2)), 5 * self._partial_cost)
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
        if self.library is None:
            self.query_one(StatusLine).loading(len(self.paths), message.files_seen)
        else:
            self.query_one(StatusLine).show(len(self.shown), replace(self.library, files_seen=message.files_seen))
        if self._partial_timer is None:
            self._partial_timer = self.set_timer(wait, self._show_partial)

    def _show_partial(self) -> None:
        self._partial_timer = None
        if not self._arrived or (self.library is not None and self.library.complete):
            return
        start = time.monotonic()
        # Extend the partial view already shown (same load, so a prefix of what has arrived).
        previous = self.library if self.library is not None and not self.library.complete else None
        self._install(
            build_library(self.paths, list(self._arrived), complete=False, files_seen=self._files_seen, previous=previous)
        )
        self._shown_partial_at = time.monotonic()
        self._partial_cost = self._shown_partial_at - start

    @on(Worker.StateChanged)
    def _load_failed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "load" and event.state == WorkerState.ERROR:
            self._awaiting = False
            self.query_one(BriefingList).loading = False
            message = f"Could not load briefings: {event.worker.error}"
            if self.library is None:
                self.query_one(StatusLine).problem(message + " (r retries)")
            self.notify(message, severity="error", markup=False)

    @on(LibraryLoaded)
    def _loaded(self, message: LibraryLoaded) -> None:
        if message.load != self._load_number:
            return  # replaced by a newer load
        self._awaiting = False
        self._drop_arrivals()
        gc.unfreeze()  # the previous load's objects may be collected again
        self._install(message.library)
        # A load's objects live until the next load: keep them out of every GC pass, whose
        # full scans of a 10k-briefing heap would otherwise cost keystrokes 100-200 ms now and then.
        gc.freeze()
        # But collection was off while the load ran (it is process-wide), so the UI's own garbage
        # of that time was frozen too: sweep it once the reader pauses, or reloads would leak it.
        if not self._sweep_pending:  # one sweep covers every load before it
            self._sweep_pending = True
            self.set_timer(SWEEP_AFTER, self._sweep_when_idle)
        self._tell(message.library.notices)

    def _sweep_when_idle(self) -> None:
        idle = time.monotonic() - self._last_key
        if idle < SWEEP_AFTER:
            self.set_timer(SWEEP_AFTER - idle, self._sweep_when_idle)
            return
        self._sweep_pending = False
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    def on_key(self) -> None:
        self._last_key = time.monotonic()

    @on(LoadNotices)
    def _late_notices(self, message: LoadNotices) -> None:
        self._tell(message.notices)

    def _tell(self, notices: Sequence[str]) -> None:
        for notice in notices:
            self.notify(notice, severity="warning", markup=False)

    def _install(self, library: Library) -> None:
        """Show a (possibly partial) library, staying on the briefing the reader was on."""
        previous = self.current_briefing
        self.library = library
        self.current = None  # an index into the old library; the list sets the new one below
        self._generation += 1
        self._counts = None
        briefings = self.query_one(BriefingList)
        briefings.set_rows(library.catalog.rows)
        briefings.loading = False
        if self.focused is None:
            briefings.focus()
        keep = next((i for i, row in enumerate(library.catalog.rows) if previous and row.id == previous.id), None)
        self._refilter(keep=keep)
        if not self.showing_points:
            self.current = briefings.current  # at once, not when the list's message arrives
        self._refresh_facets()
        self.refresh_bindings()

    # State -------------------------------------------------------------------

    @property
    def current_briefing(self) -> Briefing | None:
        if self.library is None or self.current is None:
            return None
        return self.library.briefings[self.current]

    @property
    def extra_zones(self) -> tuple[str, ...]:
        return (self.extra_zone,) if self.extra_zone else ()

    def facet_counts(self) -> dict[str, Counter[str]]:
        """Counts of each facet value among the shown briefings (cached per result)."""
        assert self.library is not None
        if not self.filters.active:
            return self.library.totals  # everything is shown: counted once per load
        if self._counts is None or self._counts[0] is not self.shown:
            self._counts = (self.shown, self.library.catalog.facet_counts(self.shown))
        return self._counts[1]

    def _refilter(self, *, narrow: bool = False, keep: int | None = None) -> None:
        """Match the query (within the last result if it can only shrink) and show the result."""
        library = self.library
        if library is None:
            return
        key = (self._generation, self.sort, self.filters)
        shown = self._results.get(key)
        if shown is None:
            within = self.shown if narrow else library.orders[self.sort]
            shown = self._results[key] = library.catalog.matches(self.filters, within)
        self.shown = shown
        briefings = self.query_one(BriefingList)
        briefings.show(self.shown, keep=briefings.current if keep is None else keep)
        self.query_one(StatusLine).show(len(self.shown), library)
        self.query_one(FilterBar).show(self.filters, library)
        self._points_follow()

    def _refresh_facets(self) -> None:
        self._facet_timer = None
        if self.library is not None:
            self.query_one(FilterPanel).show(self.library.values, self.facet_counts(), self.filters)

    def _schedule_facets(self) -> None:
        if self._facet_timer is not None:
            self._facet_timer.stop()
        self._facet_timer = self.set_timer(FACET_DELAY, self._refresh_facets)

    def watch_filters(self, old: Query, new: Query) -> None:
        same_facets = replace(old, text="") == replace(new, text="")
        self._refilter(narrow=same_facets and new.text.casefold().startswith(old.text.casefold()))
        self._show_search(self.query_one(SearchBox).has_focus)
        if same_facets:
            self._schedule_facets()
        else:
            self._refresh_facets()
        if old.topics != new.topics:
            self._render_detail()

    def watch_sort(self) -> None:
        self._show_sort()
        self._refilter()

    def watch_emphasis(self) -> None:
        self._zones_changed()

    def watch_extra_zone(self) -> None:
        self._zones_changed()

    def _zones_changed(self) -> None:
        self._show_zone()
        self._render_detail()
        self.post_message(SettingsChanged(zone=self.emphasis, extra_zone=self.extra_zone))

    # Showing -----------------------------------------------------------------

    def _show_sort(self) -> None:
        self.query_one(BriefingList).border_subtitle = f"{SORT_LABELS[self.sort]} (s)"

    def _show_zone(self) -> None:
        self.query_one(DetailPane).border_subtitle = f"zone {self.emphasis or '—'} (z)"

    def _show_search(self, focused: bool) -> None:
        self.set_class(focused or bool(self.filters.text), "-searching")

    def _render_detail(self) -> None:
        detail = self.query_one(DetailPane)
        library, index = self.library, self.current
        if library is None:
            return
        if index is None:
            detail.show_message(empty_message(library))
            return
        options = (self._generation, self.filters.topics, self.extra_zones, self.emphasis)
        if detail.is_showing(index, options):
            return
        try:
            briefing = library.briefings[index]
        except BriefingError as exc:  # its cached copy was damaged and the file no longer parses
            detail.show_message(f"This briefing could not be read: {clean_line(str(exc.problem))} (r reloads)")
            return
        renderable = render_briefing(
            briefing,
            extra_zones=self.extra_zones,
            local_zone=self.local_zone,
            emphasize=self.emphasis,
            highlight_topics=self.filters.topics,
        )
        # A new briefing, or new topics, scroll to the first highlighted point; a new zone keeps the place.
        seek = (index, self.filters.topics) != self._seeked and bool(self.filters.topics)
        self._seeked = (index, self.filters.topics)
        detail.show(renderable, index, options, seek=HIGHLIGHT_MARK if seek else None)

    # Messages from the widgets -------------------------------------------------

    @on(BriefingHighlighted)
    def _highlighted(self, message: BriefingHighlighted) -> None:
        if self.showing_points:  # the points list drives the briefing pane in the points view
            return
        self.current = message.index
        # After the list's frame: the cursor moves at once, the briefing follows a frame later.
        self.call_after_refresh(self._render_detail)
        self._refresh_footer()

    def _refresh_footer(self) -> None:
        """Re-check `o`, `y` and `z` only when their answer can change (a footer redraw is not free)."""
        briefing = self.current_briefing
        state = (briefing is None, briefing is not None and is_web_url(briefing.source_url.strip()))
        if state != self._footer_state:
            self._footer_state = state
            self.refresh_bindings()

    @on(BriefingList.Selected)
    def _read(self) -> None:
        self.set_focus(self.query_one(DetailPane))

    @on(FilterToggled)
    def _toggle(self, message: FilterToggled) -> None:
        self.filters = self.filters.toggle(message.facet, message.value)

    @on(ZonePicked)
    def _zone_picked(self, message: ZonePicked) -> None:
        self.extra_zone = message.zone
        self.emphasis = message.zone

    @on(Input.Changed, "SearchBox")
    def _search_changed(self, event: Input.Changed) -> None:
        self.filters = replace(self.filters, text=event.value)

    @on(SearchBox.Left)
    def _search_left(self) -> None:
        self.set_focus(self.query_one(BriefingList))

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        if not isinstance(event.widget, FilterPanel):
            self.remove_class("-show-facets")
        self._show_search(isinstance(event.widget, SearchBox))

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW_WIDTH
        self.set_class(narrow, "-narrow")
        footer = self.query_one(Footer)
        footer.compact = narrow
        # At 80 columns the palette's "^p Commands" would push the points view's own keys (v, c)
        # off the footer; ctrl+p still works, and the help lists it.
        if footer.show_command_palette == narrow:
            footer.show_command_palette = not narrow
            footer.refresh(recompose=True)

    # Actions -------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in LETTER_ACTIONS and isinstance(self.focused, Input):
            return False
        if action == "read":  # otherwise enter goes on to the focused widget (the search box, a facet)
            focused = self.focused
            return isinstance(focused, (BriefingList, PointList)) and focused.highlighted is not None
        if action == "errors":
            # Explicit: an empty Library is falsy (len 0), and a folder of broken files is just that.
            return self.library is not None and bool(self.library.problems)
        if action in ("copy", "cycle_zone"):
            return self.current is not None or None
        if action == "open_source":
            briefing = self.current_briefing
            return (briefing is not None and is_web_url(briefing.source_url.strip())) or None
        return super().check_action(action, parameters)

    def action_read(self) -> None:
        self.set_focus(self.query_one(DetailPane))

    def action_search(self) -> None:
        self._show_search(True)
        # Focus now, not after the next refresh: keys typed right after `/` must reach the box.
        self.set_focus(self.query_one(SearchBox))

    def action_filters(self) -> None:
        self.add_class("-show-facets")
        panel = self.query_one(FilterPanel)
        self.set_focus(panel)
        panel.focus_facet("topics")

    def _set_filters(self, query: Query) -> None:
        """Change the filters from a key or command, and the search box's text to match.

        Typing goes the other way (the box posts Changed and the screen follows), so the box
        is never written while the reader types into it: fast typing outruns those messages.
        """
        box = self.query_one(SearchBox)
        if box.value != query.text:
            with box.prevent(Input.Changed):
                box.value = query.text
        self.filters = query

    def action_clear_filter(self) -> None:
        """Escape: drop the innermost filter; with none left, go back to the list."""
        if self.filters.active:
            self._set_filters(self.filters.without_innermost())
        else:
            self.set_focus(self.query_one(BriefingList))

    def action_clear_all(self) -> None:
        self._set_filters(Query(topic_mode=self.filters.topic_mode))

    def action_toggle_topic_mode(self) -> None:
        self.filters = replace(self.filters, topic_mode="all" if self.filters.topic_mode == "any" else "any")
        self.notify(f"Several topics now match {self.filters.topic_mode.upper()} of them", title="Topics")

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]

    def action_cycle_zone(self) -> None:
        """Step the emphasized row through the zones this briefing's table shows."""
        briefing = self.current_briefing
        if briefing is None:
            return
        if briefing.time.start is None:
            self.notify("This readout gives no meeting time, so there is no time table.", severity="warning")
            return
        cycle = list(zone_labels(briefing, self.extra_zones, self.local_zone))
        position = cycle.index(self.emphasis) + 1 if self.emphasis in cycle else 0
        self.emphasis = cycle[position % len(cycle)]

    def action_pick_zone(self) -> None:
        self.app.push_screen(CommandPalette(providers=[ZoneCommands], placeholder="Search time zones… (e.g. tokyo, new york)"))

    def action_copy(self) -> None:
        briefing = self.current_briefing
        if briefing is None:
            return
        markdown = to_markdown(
            briefing, extra_zones=self.extra_zones, local_zone=self.local_zone, highlight_topics=self.filters.topics
        )
        self.app.copy_to_clipboard(markdown)
        self.notify(f"“{clean_line(briefing.title)}” copied as Markdown", title="Copied", markup=False)

    def action_open_source(self) -> None:
        briefing = self.current_briefing
        if briefing is None:
            return
        url = briefing.source_url.strip()
        if not is_web_url(url):
            self.notify("This briefing has no web link to open.", severity="warning")
            return
        if self._copy_offered == url:  # no browser opened it a moment ago: `o` again copies it
            self._copy_offered = None
            self.app.copy_to_clipboard(url)
            self.notify(url, title="Link copied", markup=False)
            return
        # BriefingApp.open_url says whether a browser took it (Textual's own returns nothing).
        open_url = cast("Callable[[str], bool | None]", self.app.open_url)
        if open_url(url) is False:
            self._copy_offered = url
            self.notify(f"No web browser could open {url}\no again copies the link.", severity="warning", markup=False)
            return
        self.notify(url, title="Opening", markup=False)

    def action_errors(self) -> None:
        if self.library is not None and self.library.problems:
            self.app.push_screen(ErrorsScreen(self.library.problems))

    def action_help(self) -> None:
        self.app.push_screen(
            HelpScreen(
                [
                    Section("Anywhere", [type(self.app), Browser]),
                    Section("Briefing list", [BriefingList]),
                    Section("Briefing pane (enter from the list)", [DetailPane]),
                    Section("Filter panel (t)", [FilterPanel]),
                    Section("Search box (/)", [SearchBox], inherited=False),
                ]
            )
        )

    def action_quit(self) -> None:
        self.app.exit()
