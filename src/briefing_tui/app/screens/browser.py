"""The main screen: filter panel, briefing list or points view, and detail pane.

This screen owns all browsing state (the loaded library, the Query, the sort,
the zones) and routes: widgets, the load controller and palette providers post
messages and it decides; the points view gets its state by ``data_bind``. What
is asked of one concern is done by its controller, so this file stays the state and
the routing: loading (``load_controller``), the briefing pane (``pane_controller``),
the reader's own state (``personal_controller``), and the folders, the editor and
the web page (``sources_controller``). A keystroke in the search box costs one Catalog.matches (narrowed from the last
result when the text only grew) and one list update; the facet counts follow a
moment later, once typing pauses.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from inspect import isawaitable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.cache import LRUCache
from textual.containers import Horizontal, Vertical
from textual.events import DescendantFocus, Resize
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from briefing_tui.app import commands
from briefing_tui.app.digest_export import describe_filters, export_digest, meeting_facts
from briefing_tui.app.load_controller import LoadController
from briefing_tui.app.messages import (
    BriefingHighlighted,
    CommandChosen,
    DatesPicked,
    FilterToggled,
    LibraryShown,
    LoadCounting,
    LoadFailed,
    LoadNotices,
    LoadSlow,
    SearchRecalled,
    SettingsChanged,
    SourceRemoved,
    ZonePicked,
)
from briefing_tui.app.pane_controller import PaneController
from briefing_tui.app.personal_controller import PersonalController
from briefing_tui.app.providers import (
    BrowserCommands,
    FilterCommands,
    SavedSearchCommands,
    ZoneCommands,
)
from briefing_tui.app.reflow import paint_in_this_frame
from briefing_tui.app.screens.dates import DatesScreen, Range
from briefing_tui.app.screens.errors import ErrorsScreen
from briefing_tui.app.screens.help import HelpScreen, Section
from briefing_tui.app.screens.modal import Palette
from briefing_tui.app.screens.timeline import TimelineScreen
from briefing_tui.app.sources_controller import SourcesController, is_web_url
from briefing_tui.app.widgets.briefing_list import BriefingList
from briefing_tui.app.widgets.detail import DetailFrame, DetailPane
from briefing_tui.app.widgets.filter_bar import FilterBar
from briefing_tui.app.widgets.filter_panel import FilterPanel
from briefing_tui.app.widgets.footer import KeyFooter
from briefing_tui.app.widgets.point_list import PointHighlighted, PointList
from briefing_tui.app.widgets.points_view import PointsView, Selection
from briefing_tui.app.widgets.search_box import SearchBox
from briefing_tui.app.widgets.status import StatusLine
from briefing_tui.core.model.briefing import Briefing
from briefing_tui.core.query import periods
from briefing_tui.core.query.filtering import Query
from briefing_tui.core.query.library import SORT_COLUMNS, SORT_LABELS, SORTS, Library, Sort, reversed_sort
from briefing_tui.core.store.config import Source
from briefing_tui.core.store.state import State, in_memory

#: Below this width the filter panel hides until `t` calls it.
NARROW_WIDTH = 100
#: Facet counts wait this long after the last keystroke in the search box.
FACET_DELAY = 0.15
#: A complete load's point rows are built in the background this long after it is shown (seconds).
PREBUILD_AFTER = 0.5


class Browser(Screen[None]):
    """Browse, filter and read briefings."""

    #: Generated from the command table (app/commands.py), which says why each is as it is.
    BINDINGS = commands.bindings(commands.BROWSER)

    COMMANDS = {BrowserCommands, FilterCommands, SavedSearchCommands}
    #: The list cannot take focus while it loads; it takes it when the load arrives.
    AUTO_FOCUS = ""

    filters: var[Query] = var(Query, init=False)
    sort: var[Sort] = var("newest", init=False)
    emphasis: var[str | None] = var(None, init=False)
    extra_zone: var[str | None] = var(None, init=False)
    #: The briefing in the detail pane (a catalog index), if any.
    current: var[int | None] = var(None, init=False)
    #: What the briefing list shows; replaced after every change (the points view follows it).
    selection: var[Selection | None] = var(None, init=False)
    showing_points: var[bool] = var(False, init=False)
    joint_only: var[bool] = var(False, init=False)
    #: Textual's, without its repaint of the whole screen at every focus change (the widgets
    #: that look focused restyle themselves): one full frame fewer for `v`, tab and the panel.
    focused: var[Widget | None] = var(None)

    def __init__(
        self,
        paths: Sequence[Path],
        *,
        local_zone: str,
        zone: str | None = None,
        extra_zone: str | None = None,
        use_cache: bool = True,
        poll: bool = True,
        sources: Sequence[Source] = (),
        state: State | None = None,
        view: str | None = None,
    ) -> None:
        super().__init__()
        self.paths = tuple(paths)
        #: The folders browsed, by name (the config's sources, or the paths given), shown in the pane.
        self.sources = tuple(sources) or tuple(Source(path.name or str(path), path) for path in self.paths)
        self.local_zone = local_zone
        self.library: Library | None = None
        self.shown: list[int] = []
        self._generation = 0
        self._facet_timer: Timer | None = None
        self._counts: tuple[list[int], dict[str, Counter[str]]] | None = None
        self._footer_state: tuple[bool, bool] | None = None
        self._opened = False  # the reader has opened a briefing (enter): its place is theirs
        self._points_opened = False  # the points view just opened: its first highlight is not yet followed
        #: The point the pane showed as the view opened (its highlight message is then not followed again).
        self._followed_first: tuple[int | None, int] | None = None
        #: Recent match results by (load, sort, query): erasing what was typed costs nothing.
        self._results: LRUCache[tuple, list[int]] = LRUCache(64)
        self.set_reactive(Browser.emphasis, zone)
        self.set_reactive(Browser.extra_zone, extra_zone)
        self._loader = LoadController(self.paths, self._install, use_cache=use_cache, poll=poll)
        self._facets = FilterPanel(id="facets")
        self._search = SearchBox(id="search")
        self._bar = FilterBar(id="filter-bar")
        self._briefings = BriefingList(id="briefings")
        self._points = PointsView(id="points-view")
        self._detail = DetailPane(id="detail")
        self._frame = DetailFrame(self._detail, id="detail-frame")
        self._status = StatusLine(id="status")
        self._footer = KeyFooter()
        #: The reader's own state (read, flagged, notes, saved searches); its keys go to ``_personal``.
        self.state = state if state is not None else in_memory()
        self._personal = PersonalController(self)
        self._briefings.marks = self._personal.marks
        self._sources = SourcesController(self)
        self._pane = PaneController(self)
        self._view: str | None = view  # a saved search to open with (--view), applied at the first load
        self._view_pending = True

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            yield self._facets
            with Vertical(id="main"):
                yield self._search
                yield self._bar
                yield self._briefings
                yield self._points.data_bind(
                    Browser.selection, Browser.current, Browser.joint_only, showing=Browser.showing_points
                )
                yield self._frame
        yield self._status
        yield self._footer
        yield self._loader

    def on_mount(self) -> None:
        self._facets.border_title = "Filters"
        self._briefings.border_title = "Briefings"
        self._detail.border_title = "Briefing"
        self._show_sort()
        self._show_zone()
        self._loader.start()

    @property
    def points_list(self) -> PointList:
        return self._points.points

    # Loading (the controller runs it; this shows it) -----------------------------

    def action_reload(self) -> None:
        """Read the files again, in a thread; the old results stay until the new ones arrive.

        The reader's state is read again too (another instance may have flagged or noted)."""
        self.state.refresh()
        self._loader.reload()

    def on_key(self) -> None:
        self._points.last_key = time.monotonic()

    @on(LoadCounting)
    def _counting(self, message: LoadCounting) -> None:
        if not self._loader.awaiting:
            return  # the library arrived meanwhile
        if self.library is None:
            self._status.show_loading(message.places, message.files_seen)
        else:
            self._status.show(len(self.shown), replace(self.library, files_seen=message.files_seen))

    @on(LoadSlow)
    def _slow(self) -> None:
        # Only over an empty list: not if the library arrived meanwhile (the spinner would stay), nor
        # over a partial view's rows (it would hide them and take the keys from the reader).
        if self._loader.awaiting and self.library is None:
            self._briefings.loading = True

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        self._briefings.loading = False
        if self.library is None:
            self._status.problem(message.error + f" ({commands.hint(self.app, 'reload')} retries)")
        self.notify(message.error, severity="error", markup=False)

    @on(LoadNotices)
    def _tell(self, message: LoadNotices) -> None:
        for notice in message.notices:
            self.notify(notice, severity="warning", markup=False)

    def _install(self, library: Library) -> None:
        """Show a (possibly partial) library. It stays on the briefing the reader was on if they chose
        it (moved a cursor, or opened it); otherwise on the first row, as a view that timing picked
        (a partial view's first row) is nobody's choice."""
        chosen = self._opened or self._briefings.moved_by_reader or self.points_list.moved_by_reader
        previous = self.current_briefing if chosen else None
        self.library = library
        self.current = None  # an index into the old library; the list sets the new one below
        self._generation += 1
        self._counts = None
        briefings = self._briefings
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
        if library.complete:  # the points view's rows, built while the reader looks at the list
            self.set_timer(PREBUILD_AFTER, partial(self._points.prebuild, library))
            self.post_message(LibraryShown())
        if self._view_pending:
            self._view_pending = False
            self._personal.restore_view(self._view)

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

    def listed_briefings(self) -> list[int]:
        """The meetings on screen: the briefing list's, or those with a point in the points list."""
        listed = self._points.briefings if self.showing_points else None
        return self.shown if listed is None else listed

    def _refilter(self, *, narrow: bool = False, keep: int | None = None) -> None:
        """Match the query (within the last result if it can only shrink) and show the result."""
        library = self.library
        if library is None:
            return
        key = (self._generation, self.sort, self.filters, self._personal.personal_key())
        shown = self._results.get(key)
        if shown is None:
            within = self.shown if narrow else library.orders[self.sort]
            shown = self._results[key] = library.catalog.matches(self.filters, within, self._personal.personal())
        self.shown = shown
        briefings = self._briefings
        briefings.show(self.shown, keep=briefings.current if keep is None else keep)
        self._status.show(len(self.shown), library)
        self._bar.show(self.filters, library)
        self.selection = Selection(library, self.shown, self.filters, self.sort)

    def _refresh_facets(self) -> None:
        self._facet_timer = None
        if self.library is not None:
            self._facets.show(self.library.values, self.facet_counts(), self.filters, self._personal.reading_counts())

    def _schedule_facets(self) -> None:
        if self._facet_timer is not None:
            self._facet_timer.stop()
        self._facet_timer = self.set_timer(FACET_DELAY, self._refresh_facets)

    def watch_filters(self, old: Query, new: Query) -> None:
        same_facets = replace(old, text="") == replace(new, text="")
        self._refilter(narrow=same_facets and new.text.casefold().startswith(old.text.casefold()))
        self._show_search(self._search.has_focus)
        if same_facets:
            self._schedule_facets()
        else:
            self._refresh_facets()
        if old.topics != new.topics:
            self._pane.render()

    def watch_sort(self) -> None:
        self._show_sort()
        self._refilter()

    def watch_emphasis(self) -> None:
        self._zones_changed()

    def watch_extra_zone(self) -> None:
        self._zones_changed()

    def _zones_changed(self) -> None:
        self._show_zone()
        self._pane.render()
        self.post_message(SettingsChanged(zone=self.emphasis, extra_zone=self.extra_zone))

    def watch_showing_points(self, showing: bool) -> None:
        """Swap the lists (the points view lists its points itself) and keep the focus visible."""
        briefings, points = self._briefings, self.points_list
        focused = self.focused
        # Display set on the three widgets, not a class on the screen: a screen class restyles
        # every widget below it (550 style applications, a third of `v`'s time at 25 briefings).
        briefings.display = not showing
        self._points.display = points.display = showing
        self._points_opened = showing
        self._followed_first = None  # (a view closed before its first highlight came must not keep it)
        if showing:
            ready = self._points.ready
            if focused is None or focused is briefings:
                # A list that is still loading cannot take focus: it takes it when its rows arrive.
                self._points.focus_when_ready = not ready
                self.set_focus(points if ready else None)
        else:
            if self.current is not None and self.current in briefings.shown:
                briefings.highlighted = list(briefings.shown).index(self.current)
            if focused is points or self._points.focus_when_ready:
                self.set_focus(briefings)
            self._points.focus_when_ready = False
        self._show_bar()
        paint_in_this_frame(self._bar)
        self.refresh_bindings()
        if showing:
            # Next, not now: the view lists its points in its own watcher, after this one.
            self.call_next(self._follow_first_point)

    def _follow_first_point(self) -> None:
        """The pane shows the view's first point in the view's first frame, not a frame later (its
        PointHighlighted message arrives after that frame; the message is then not followed again)."""
        points = self.points_list
        position, rows = points.highlighted, points.rows
        if position is None or rows is None or not self._points.ready:
            return
        point = points.entries[position]
        self.current, self._pane.point = rows.owner(point), point
        self._points_opened = False
        self._followed_first = (self.current, point)
        self._pane.follow_now()
        self._refresh_footer()
        paint_in_this_frame(self._detail, self._bar)

    def watch_joint_only(self) -> None:
        self._show_bar()

    # Showing -----------------------------------------------------------------

    def _show_sort(self) -> None:
        self._briefings.border_subtitle = f"{SORT_LABELS[self.sort]} ({commands.hint(self.app, 'sort')})"

    def _show_zone(self) -> None:
        zone = f"zone {self.emphasis or '—'} ({commands.hint(self.app, 'cycle_zone')})"
        source = self._sources.current_source() if len(self.sources) > 1 else None
        self._detail.border_subtitle = f"from {source} · {zone}" if source else zone

    def watch_current(self) -> None:
        self._personal.start_read_timer()  # the briefing in the pane turns read in a moment
        if len(self.sources) > 1:  # with one source, where a briefing came from goes without saying
            self._show_zone()

    def _show_search(self, focused: bool) -> None:
        self.set_class(focused or bool(self.filters.text), "-searching")

    def _show_bar(self) -> None:
        self._bar.joint_only = self.showing_points and self.joint_only
        if self.library is not None:
            self._bar.show(self.filters, self.library)

    def _refresh_footer(self) -> None:
        """Re-check `o`, `y` and `z` only when their answer can change (a footer redraw is not free)."""
        briefing = self.current_briefing
        state = (briefing is None, briefing is not None and is_web_url(briefing.source_url.strip()))
        if state != self._footer_state:
            self._footer_state = state
            self.refresh_bindings()

    # Messages from the widgets and the palette ------------------------------------

    @on(BriefingHighlighted)
    def _highlighted(self, message: BriefingHighlighted) -> None:
        if self.showing_points:  # the points list drives the briefing pane in the points view
            return
        self.current = message.index
        self._pane.follow_later()
        self._refresh_footer()

    @on(PointHighlighted)
    def _point_highlighted(self, message: PointHighlighted) -> None:
        if not self.showing_points:
            return
        followed, self._followed_first = self._followed_first, None
        if followed == (message.briefing, message.point):
            return  # the view's first point, already shown as the view opened
        self.current = message.briefing
        self._pane.point = message.point
        if self._points_opened:
            # The view's first highlight: the pane follows in the footer's frame, not a frame of its own.
            self._points_opened = False
            self._pane.follow_now()
        else:
            self._pane.follow_later()
        self._refresh_footer()

    @on(BriefingList.Selected)
    @on(PointList.Selected)
    def _read(self) -> None:
        self.action_read()

    @on(FilterToggled)
    def _toggle(self, message: FilterToggled) -> None:
        self.filters = self.filters.toggle(message.facet, message.value)

    @on(DatesPicked)
    def _dates_picked(self, message: DatesPicked) -> None:
        self._set_dates((message.since, message.until))

    @on(SearchRecalled)
    def _recall(self, message: SearchRecalled) -> None:
        self._personal.recall_search(message.name)

    @on(ZonePicked)
    def _zone_picked(self, message: ZonePicked) -> None:
        self.extra_zone = message.zone
        self.emphasis = message.zone

    @on(CommandChosen)
    async def _command(self, message: CommandChosen) -> None:
        """A palette command runs its action directly (as the palette always did: no key checks)."""
        result = getattr(self, f"action_{message.action}")()
        if isawaitable(result):
            await result

    @on(Input.Changed, "SearchBox")
    def _search_changed(self, event: Input.Changed) -> None:
        self.filters = replace(self.filters, text=event.value)

    @on(SearchBox.Left)
    def _search_left(self) -> None:
        self.set_focus(self._briefings)

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        if self.showing_points and isinstance(event.widget, BriefingList):
            # In the points view the briefing list is hidden: focus meant for it goes to the points.
            self.set_focus(self.points_list)
        if not isinstance(event.widget, FilterPanel):
            self.remove_class("-show-facets")
        self._show_search(isinstance(event.widget, SearchBox))

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW_WIDTH
        self.set_class(narrow, "-narrow")
        footer = self._footer
        footer.compact = narrow
        # At 80 columns the palette's "^p Commands" would push the points view's own keys (v, c)
        # off the footer; ctrl+p still works, and the help lists it.
        footer.show_command_palette = not narrow

    @on(Worker.StateChanged)
    def _export_failed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "export" and event.state == WorkerState.ERROR:
            self.notify(f"Could not write the digest: {event.worker.error}", severity="error", markup=False)

    # Actions -------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if isinstance(self.focused, Input) and action in commands.typed_in_force(self.app):
            return False  # the search box types this key
        if isinstance(self.focused, FilterPanel) and action in commands.lettered_in_force(self.app):
            return False  # the panel's type-to-jump takes the letter (`t` too)
        if action == "show_points":
            return not self.showing_points
        if action in ("show_briefings", "toggle_joint"):
            return self.showing_points
        if action in ("toggle_view", "timeline", "export_digest"):
            return self.library is not None or None
        if action == "read":  # otherwise enter goes on to the focused widget (the search box, a facet)
            focused = self.focused
            return isinstance(focused, (BriefingList, PointList)) and focused.highlighted is not None
        if action == "errors":
            # Explicit: an empty Library is falsy (len 0), and a folder of broken files is just that.
            return self.library is not None and bool(self.library.problems)
        if action in ("copy", "cycle_zone", "edit", "toggle_flag", "toggle_read", "note"):
            return self.current is not None or None
        if action == "open_source":
            briefing = self.current_briefing
            return (briefing is not None and is_web_url(briefing.source_url.strip())) or None
        return super().check_action(action, parameters)

    def action_read(self) -> None:
        self._opened = True
        self._personal.read_now()  # opened with enter: read at once
        self.set_focus(self._detail)

    def action_search(self) -> None:
        self._show_search(True)
        # Focus now, not after the next refresh: keys typed right after `/` must reach the box.
        self.set_focus(self._search)

    def action_filters(self) -> None:
        self.add_class("-show-facets")
        self.set_focus(self._facets)
        self._facets.focus_facet("topics")

    def _set_filters(self, query: Query) -> None:
        """Change the filters from a key or command, and the search box's text to match.

        Typing goes the other way (the box posts Changed and the screen follows), so the box
        is never written while the reader types into it: fast typing outruns those messages.
        """
        box = self._search
        if box.value != query.text:
            with box.prevent(Input.Changed):
                box.value = query.text
        self.filters = query

    def action_clear_filter(self) -> None:
        """Escape: drop the innermost filter; with none left, go back to the list."""
        if self.filters.active:
            self._set_filters(self.filters.without_innermost())
        else:
            self.set_focus(self._briefings)

    def action_clear_all(self) -> None:
        """Every filter the bar lists goes, the points view's agreed-only switch too."""
        self.joint_only = False
        self._set_filters(Query(topic_mode=self.filters.topic_mode))

    def action_toggle_topic_mode(self) -> None:
        self.filters = replace(self.filters, topic_mode="all" if self.filters.topic_mode == "any" else "any")
        self.notify(f"Several topics now match {self.filters.topic_mode.upper()} of them", title="Topics")

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]

    def action_reverse_sort(self) -> None:
        self.sort = reversed_sort(self.sort)

    def _sort_column(self, column: str) -> None:
        """The column's first direction; if it is on already, the other."""
        first, second = SORT_COLUMNS[column]
        self.sort = second if self.sort == first else first

    def action_sort_date(self) -> None:
        self._sort_column("date")

    def action_sort_title(self) -> None:
        self._sort_column("title")

    def action_sort_kind(self) -> None:
        self._sort_column("kind")

    def action_sort_counterpart(self) -> None:
        self._sort_column("counterpart")

    # Dates ---------------------------------------------------------------------

    def _set_dates(self, dates: Range | None) -> None:
        if dates is not None:
            since, until = dates
            self._set_filters(replace(self.filters, since=since, until=until))

    def action_pick_dates(self) -> None:
        self.app.push_screen(DatesScreen(self.filters.since, self.filters.until, dt.date.today()), self._set_dates)

    def action_dates_this_year(self) -> None:
        self._set_dates(periods.this_year(dt.date.today()))

    def action_dates_last_year(self) -> None:
        self._set_dates(periods.last_twelve_months(dt.date.today()))

    def action_clear_dates(self) -> None:
        self._set_dates((None, None))

    def action_cycle_zone(self) -> None:
        self._pane.cycle_zone()

    def action_pick_zone(self) -> None:
        self.app.push_screen(Palette(providers=[ZoneCommands], placeholder="Search time zones… (e.g. tokyo, new york)"))

    def action_copy(self) -> None:
        self._pane.copy()

    def action_errors(self) -> None:
        if self.library is not None and self.library.problems:
            self.app.push_screen(ErrorsScreen(self.library.problems, edited=self._loader.reload))

    def action_help(self) -> None:
        self.app.push_screen(
            HelpScreen(
                [
                    Section("Anywhere", [type(self.app), Browser]),
                    Section("Briefing list", [BriefingList]),
                    Section("Briefing pane (enter from the list)", [DetailPane]),
                    Section(
                        f"Filter panel ({commands.hint(self.app, 'filters')}; letters and digits jump to a value)",
                        [FilterPanel],
                    ),
                    Section(f"Search box ({commands.hint(self.app, 'search')})", [SearchBox], inherited=False),
                ]
            )
        )

    def action_quit(self) -> None:
        self._personal.remember_view()
        self.app.exit()

    # Across briefings: the points view, the timeline, the digest ----------------------

    def action_show_points(self) -> None:
        if self.library is not None:
            self.showing_points = True

    def action_show_briefings(self) -> None:
        self.showing_points = False

    def action_toggle_view(self) -> None:
        if self.showing_points:
            self.action_show_briefings()
        else:
            self.action_show_points()

    def action_toggle_joint(self) -> None:
        """``c`` in the points view; from the palette elsewhere, it opens the points view with it on."""
        if self.showing_points:
            self.joint_only = not self.joint_only
        elif self.library is not None:
            self.joint_only = True
            self.action_show_points()

    def action_timeline(self) -> None:
        library = self.library
        if library is None:
            return
        dates, countries = meeting_facts(library, self.listed_briefings())
        about = describe_filters(self.filters, library, self.showing_points and self.joint_only)
        self.app.push_screen(TimelineScreen(dates, countries, about))

    def action_export_digest(self) -> None:
        if self.library is not None:
            if self.showing_points and self._points.briefings is None:
                self.notify("The points are still being listed: export once they show.", title="Digest", markup=False)
                return
            joint, zone = self.showing_points and self.joint_only, self.emphasis or self.local_zone
            # The meetings the file will hold, and the dialog counts: in the points view those with a
            # listed point (the writer's per-point filter keeps exactly those), not every match.
            indexes = list(self.listed_briefings())
            # The digest's times: the zone emphasized in the briefing pane, else the reader's.
            export_digest(self, self.library, self.filters, indexes, zone, joint=joint, per_point=self.showing_points)

    # Sources, the editor, the web page (the sources controller does them) --------------

    def current_path(self) -> Path | None:
        """The file the briefing in the pane was loaded from."""
        if self.library is None or self.current is None:
            return None
        return self.library.entries[self.current].path

    def action_add_folder(self) -> None:
        self._sources.add_folder()

    def action_remove_folder(self) -> None:
        self._sources.remove_folder()

    @on(SourceRemoved)
    def _source_removed(self, message: SourceRemoved) -> None:
        self._sources.source_removed(message.path)

    def action_edit(self) -> None:
        self._sources.edit()

    def action_open_source(self) -> None:
        self._sources.open_source()

    # The reader's own state (the personal controller keeps it) ----------------------------

    def _current_id(self) -> str | None:
        if self.library is None or self.current is None:
            return None
        return self.library.catalog.rows[self.current].id

    def reading_counts(self) -> dict[str, int]:
        return self._personal.reading_counts()

    def recall_search(self, name: str) -> bool:
        return self._personal.recall_search(name)

    def action_toggle_flag(self) -> None:
        self._personal.toggle_flag()

    def action_toggle_read(self) -> None:
        self._personal.toggle_read()

    def action_only_unread(self) -> None:
        self._personal.toggle_reading("unread")

    def action_only_flagged(self) -> None:
        self._personal.toggle_reading("flagged")

    def action_note(self) -> None:
        self._personal.note()

    def action_save_search(self) -> None:
        self._personal.save_search()

    def action_toggle_reopen(self) -> None:
        self._personal.toggle_reopen()
