"""The points view: the points list and what it needs, bound to the browser's state.

The browser screen owns the filters, the sort and the matching briefings; it
binds them here (``data_bind``) as one ``Selection``, replaced whenever the
briefing list changes, plus whether the view is showing and whether only agreed
and confirmed points are wanted. The point rows are built the first time the view
opens after a load, in a worker; from then on a change is index filtering plus
one list update (``PointList.show``).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.geometry import Region
from textual.message import Message
from textual.reactive import var
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


def seek_point(detail: DetailPane, number: str, depth: int) -> None:
    """Scroll the briefing pane to the point numbered ``number`` at ``depth`` (as the renderer draws it)."""
    body = detail.body
    lines = body.render_lines(Region(0, 0, *body.outer_size))
    indent = "   " * depth
    in_points = False
    for y, strip in enumerate(lines):
        text = strip.text
        if not in_points:
            in_points = text.startswith("Points (")
            continue
        if text.startswith(indent) and text[len(indent) :].removeprefix(HIGHLIGHT_MARK).startswith(f"{number} "):
            detail.scroll_to(y=max(0, y - 1), animate=False, immediate=True)
            return


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
        context = (selection.sort, query.topics, query.topic_mode, query.countries, query.kinds)
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

    @work(thread=True, exclusive=True, group="points", exit_on_error=False)
    def _make_rows(self, library: Library) -> None:
        rows = PointRows(library)
        if not get_current_worker().is_cancelled:
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
