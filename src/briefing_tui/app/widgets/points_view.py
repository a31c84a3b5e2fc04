"""The points view: the points list and what it needs, bound to the browser's state.

The browser screen owns the filters, the sort and the matching briefings; it
binds them here (``data_bind``) as one ``Selection``, replaced whenever the
briefing list changes, plus whether the view is showing and whether only agreed
and confirmed points are wanted. The point rows are built in a worker: in the
background once a load is complete (up to ``PREBUILD_LIMIT`` briefings; yielding
to the keys while the reader types), so that ``v`` opens at once, else the first time the
view opens; from then on a change is index filtering plus one list update
(``PointList.show``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.strip import Strip
from textual.worker import Worker, WorkerState, get_current_worker

from briefing_tui.app import commands
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.point_list import PointList
from briefing_tui.app.widgets.status import plural
from briefing_tui.core.present.render import HIGHLIGHT_MARK
from briefing_tui.core.query.filtering import Query
from briefing_tui.core.query.library import SORT_LABELS, Library, Sort
from briefing_tui.core.query.point_rows import PointRows
from briefing_tui.core.store import memory

#: Loads up to this size get their point rows built in the background (~3 KB a briefing, ~70 µs
#: of work each); beyond it the memory waits until the reader opens the view.
PREBUILD_LIMIT = 25_000
#: While a key came less than this long ago (seconds), a background build sleeps ``YIELD`` seconds
#: after each few milliseconds of work, so it holds up no keystroke and still ends in a few seconds.
QUIET_AFTER_KEY = 0.5
YIELD = 0.004


def seek_point(detail: DetailPane, number: str, depth: int) -> None:
    """Scroll the briefing pane to the point numbered ``number`` at ``depth`` (as the renderer draws it)."""

    def scroll() -> None:
        line = point_line(detail.body.lines, number, depth)
        if line is not None:
            detail.scroll_to_line(line)

    detail.after_layout(scroll)


def point_line(lines: list[Strip], number: str, depth: int) -> int | None:
    """The line of the point numbered ``number`` at ``depth`` in a rendered briefing, if any."""
    indent = "   " * depth
    in_points = False
    for y, strip in enumerate(lines):
        text = strip.text
        if not in_points:
            in_points = text.startswith("Points (")
            continue
        if text.startswith(indent) and text[len(indent) :].removeprefix(HIGHLIGHT_MARK).startswith(f"{number} "):
            return y
    return None


@dataclass(frozen=True, eq=False)
class Selection:
    """What the briefing list shows: a new one (never equal to the last) after every change."""

    library: Library
    shown: list[int]
    query: Query
    sort: Sort


@dataclass
class PointsBuilt(Message):
    """A load's point rows are ready (made in a worker)."""

    rows: PointRows


class BuildStopped(Exception):
    """A background build was cancelled (a newer load replaced it)."""


class PointsView(Vertical):
    """Every matching point across briefings, grouped by briefing; shown by the browser's ``v``."""

    DEFAULT_CSS = """
    PointsView {
        display: none;
        height: 2fr;
    }
    """

    selection: var[Selection | None] = var(None, init=False)
    showing: var[bool] = var(False, init=False)
    joint_only: var[bool] = var(False, init=False)
    #: The briefing the reader is on: listing again stays on it.
    current: var[int | None] = var(None, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.points = PointList(id="points")
        self._building: Library | None = None
        #: Focus the list once its rows arrive (the view opened while they were being built).
        self.focus_when_ready = False
        #: When the reader last pressed a key (set by the browser): a background build waits for a pause.
        self.last_key = 0.0

    def compose(self) -> ComposeResult:
        yield self.points

    @property
    def library(self) -> Library | None:
        return self.selection.library if self.selection is not None else None

    @property
    def ready(self) -> bool:
        """The rows of the library now shown are built."""
        rows = self.points.rows
        return rows is not None and rows.library is self.library

    @property
    def briefings(self) -> list[int] | None:
        """The briefings listed (those with a matching point), or None before the rows are ready."""
        return self.points.briefings if self.ready else None

    def watch_showing(self, showing: bool) -> None:
        if showing:
            self._follow(stay=False)

    def watch_selection(self) -> None:
        if self.showing:
            self._follow(stay=True)
        elif self.points.rows is not None and not self.ready:
            self.points.set_rows(None)  # a new load: let the old one go; rows are rebuilt when the view opens

    def watch_joint_only(self) -> None:
        if self.showing and self.ready:
            self._list(stay=True)

    def _follow(self, *, stay: bool) -> None:
        if self.ready:
            self._list(stay=stay)
        else:
            self._build()

    def _list(self, *, stay: bool) -> None:
        """Index filtering and one list update: what a keystroke costs in the points view."""
        points, selection = self.points, self.selection
        rows = points.rows
        assert rows is not None and selection is not None
        query = selection.query
        # Everything but the words that decided the briefings (dates and media too: a cached result must not outlive them).
        context = (selection.sort, replace(query, text=""))
        chosen = rows.queries.select(
            selection.shown, context=context, topics=query.topics, text=query.text, joint_only=self.joint_only
        )
        points.show(chosen, point=points.current_point if stay else None, briefing=self.current)
        points.border_title = f"Points · {points.point_count:,} in {plural(len(points.briefings), 'briefing')}"
        joint = f" · agreed & confirmed only ({commands.hint(self.app, 'toggle_joint')})" if self.joint_only else ""
        points.border_subtitle = f"{SORT_LABELS[selection.sort]} ({commands.hint(self.app, 'sort')}){joint}"

    def _build(self) -> None:
        """Make the point rows for this load in a worker (once; a partial load waits until it is whole)."""
        library = self.library
        self.points.loading = True
        self.points.border_title = "Points"
        if library is None or not getattr(library, "complete", True) or self._building is library:
            return
        self._building = library
        self.points.set_rows(None)
        self._make_rows(library)

    def prebuild(self, library: Library) -> None:
        """Build this complete load's point rows in the background, so that ``v`` opens at once."""
        if self.library is not library or not getattr(library, "complete", True) or len(library) > PREBUILD_LIMIT:
            return
        if self.ready or self._building is library:
            return
        self._building = library
        self._make_rows(library, background=True)

    @work(thread=True, exclusive=True, group="points", exit_on_error=False)
    def _make_rows(self, library: Library, background: bool = False) -> None:
        worker = get_current_worker()

        def pace() -> None:
            """While the reader types (and has not asked for the view), leave the interpreter to the
            keys most of the time; give up if cancelled."""
            if worker.is_cancelled:
                raise BuildStopped
            if not self.showing and time.monotonic() - self.last_key < QUIET_AFTER_KEY:
                time.sleep(YIELD)
            else:
                # Hand the interpreter over now and then even with no key lately: a key that comes
                # while the build runs flat out waits for Textual's thread to win the lock back,
                # up to 5 ms (the switch interval) at each of a frame's many waits: the first
                # key after a 10k start took 100 ms.
                time.sleep(0)

        try:
            rows = PointRows(library, pace if background else None)
        except BuildStopped:
            return
        if not worker.is_cancelled:
            self.post_message(PointsBuilt(rows))

    @on(PointsBuilt)
    def _built(self, message: PointsBuilt) -> None:
        message.stop()
        if message.rows.library is not self.library:
            return  # a newer load arrived meanwhile; its rows are on the way
        self._building = None
        memory.keep()  # the point index lives as long as the load
        points = self.points
        points.set_rows(message.rows)
        points.loading = False
        if self.showing:
            self._list(stay=False)
            if self.focus_when_ready:
                self.focus_when_ready = False
                self.screen.set_focus(points)

    @on(Worker.StateChanged)
    def _failed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "points" and event.state == WorkerState.ERROR:
            self._building = None
            self.points.loading = False
            self.notify(f"Could not list the points: {event.worker.error}", severity="error", markup=False)
