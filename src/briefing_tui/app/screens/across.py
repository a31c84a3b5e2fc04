"""Across briefings: the points view, the timeline and the digest export.

The browser screen inherits this: it owns the filters, the sort and the list of
matching briefings (``shown``); these views read them.

* ``v`` swaps the briefing list for the points list (``widgets.point_list``):
  every point and sub-point of the matching briefings that itself matches the
  topic and search filters, grouped under a heading per briefing, in the
  browser's sort order. ``c`` keeps agreed and confirmed points only. The
  point rows are built the first time the view opens after a load, in a worker;
  from then on a keystroke is index filtering plus one list update
  (``_points_follow``, called at the end of the browser's ``_refilter``).
* ``T`` opens the timeline of the meetings listed now.
* ``x`` writes the digest of the current filter (``core.digest``) to a file.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from textual import on, work
from textual.content import Content
from textual.events import DescendantFocus
from textual.geometry import Region
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import Worker, WorkerState, get_current_worker

from briefing_tui.app.screens.export import ExportScreen, default_path, export_format
from briefing_tui.app.screens.timeline import TimelineScreen
from briefing_tui.app.widgets.briefing_list import BriefingList
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.filter_bar import FilterBar, filter_parts
from briefing_tui.app.widgets.point_list import PointHighlighted, PointList
from briefing_tui.app.widgets.status import plural
from briefing_tui.core.model.briefing import JOINT_OUTCOMES
from briefing_tui.core.present.digest_text import to_markdown, to_text
from briefing_tui.core.present.render import HIGHLIGHT_MARK
from briefing_tui.core.query.digest import DigestFilter, build_digest
from briefing_tui.core.query.filtering import Query
from briefing_tui.core.query.library import SORT_LABELS, Library, Sort
from briefing_tui.core.query.point_rows import PointRows, transient_briefing
from briefing_tui.core.store.atomic import write_atomic

#: This mixin's actions; like the browser's letter keys, the search box types their keys instead.
ACROSS_ACTIONS = frozenset({"show_points", "show_briefings", "toggle_view", "toggle_joint", "timeline", "export_digest"})


@dataclass
class PointsBuilt(Message):
    """A load's point rows are ready (made in a worker)."""

    rows: PointRows


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


def meeting_facts(library: Library, indexes: Sequence[int]) -> tuple[list[dt.date], list[Sequence[str]]]:
    """Dates and participants' countries (in order) of these briefings, from the catalog's rows."""
    rows = library.catalog.rows
    return [rows[i].date for i in indexes], [rows[i].countries for i in indexes]


class AcrossBriefings(Screen[None]):
    """Points view, timeline and digest export; mixed into the browser screen."""

    # Provided by the browser.
    library: Library | None
    shown: list[int]
    current: int | None
    filters: Query
    sort: Sort
    emphasis: str | None
    local_zone: str

    showing_points: var[bool] = var(False, init=False)
    joint_only: var[bool] = var(False, init=False)

    def __init__(self, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name, id, classes)
        self._points_building: Library | None = None
        #: The points list, mounted the first time the view opens.
        self._points: PointList | None = None
        self._focus_points = False

    # The points view ---------------------------------------------------------------

    async def action_show_points(self) -> None:
        await self._set_view(True)

    async def action_show_briefings(self) -> None:
        await self._set_view(False)

    async def action_toggle_view(self) -> None:
        await self._set_view(not self.showing_points)

    async def _set_view(self, points: bool) -> None:
        if points and self.library is None:
            return
        if points and self._points is None:
            self._points = PointList(id="points")
            briefings = self.query_one(BriefingList)
            await briefings.parent.mount(self._points, after=briefings)  # type: ignore[union-attr]
        self.showing_points = points

    @property
    def points_list(self) -> PointList:
        assert self._points is not None, "the points view has not been opened"
        return self._points

    def watch_showing_points(self, showing: bool) -> None:
        briefings = self.query_one(BriefingList)
        points = self.points_list
        focused = self.focused
        self.set_class(showing, "-points")
        if showing:
            ready = self._rows_ready(points)
            if ready:
                self._list_points(briefing=self.current)
            else:
                self._build_points()
            if focused is None or focused is briefings:
                # A list that is still loading cannot take focus: it takes it when its rows arrive.
                self._focus_points = not ready
                self.set_focus(points if ready else None)
        else:
            if self.current is not None and self.current in briefings.shown:
                briefings.highlighted = list(briefings.shown).index(self.current)
            if focused is points or self._focus_points:
                self.set_focus(briefings)
            self._focus_points = False
        self._show_bar()
        self.refresh_bindings()

    async def action_toggle_joint(self) -> None:
        """``c`` in the points view; from the palette elsewhere, it opens the points view with it on."""
        if self.showing_points:
            self.joint_only = not self.joint_only
        elif self.library is not None:
            self.joint_only = True
            await self._set_view(True)

    def watch_joint_only(self) -> None:
        self._show_bar()
        if self.showing_points:
            points = self.points_list
            if self._rows_ready(points):
                self._list_points(point=points.current_point, briefing=self.current)

    def _show_bar(self) -> None:
        bar = self.query_one(FilterBar)
        bar.joint_only = self.showing_points and self.joint_only
        if self.library is not None:
            bar.show(self.filters, self.library)

    def _rows_ready(self, points: PointList) -> bool:
        return points.rows is not None and points.rows.library is self.library

    def _points_follow(self) -> None:
        """The browser's match set changed: list the points again (called by ``Browser._refilter``)."""
        if not self.showing_points:
            if self._points is not None and self._points.rows is not None and self._points.rows.library is not self.library:
                self._points.set_rows(None)  # a new load: let the old one go; rows are rebuilt when the view opens
            return
        points = self.points_list
        if self._rows_ready(points):
            self._list_points(point=points.current_point, briefing=self.current)
        else:
            self._build_points()

    def _list_points(self, *, point: int | None = None, briefing: int | None = None) -> None:
        """Index filtering and one list update: what a keystroke costs in the points view."""
        points = self.points_list
        rows = points.rows
        assert rows is not None
        query = self.filters
        context = (self.sort, query.topics, query.topic_mode, query.countries, query.kinds)
        selection = rows.queries.select(
            self.shown, context=context, topics=query.topics, text=query.text, joint_only=self.joint_only
        )
        points.show(selection, point=point, briefing=briefing)
        points.border_title = f"Points · {points.point_count:,} in {plural(len(points.briefings), 'briefing')}"
        joint = " · agreed & confirmed only (c)" if self.joint_only else ""
        points.border_subtitle = f"{SORT_LABELS[self.sort]} (s){joint}"

    def _build_points(self) -> None:
        """Make the point rows for this load in a worker (once; a partial load waits until it is whole)."""
        library = self.library
        points = self.points_list
        points.loading = True
        points.border_title = "Points"
        if library is None or not getattr(library, "complete", True) or self._points_building is library:
            return
        self._points_building = library
        points.set_rows(None)
        self._make_point_rows(library)

    @work(thread=True, exclusive=True, group="points", exit_on_error=False)
    def _make_point_rows(self, library: Library) -> None:
        rows = PointRows(library)
        if not get_current_worker().is_cancelled:
            self.post_message(PointsBuilt(rows))

    @on(PointsBuilt)
    def _points_built(self, message: PointsBuilt) -> None:
        if message.rows.library is not self.library:
            return  # a newer load arrived meanwhile; its rows are on the way
        self._points_building = None
        gc.freeze()  # the point index lives as long as the load: keep it out of GC passes too
        points = self.points_list
        points.set_rows(message.rows)
        points.loading = False
        if self.showing_points:
            self._list_points(briefing=self.current)
            if self._focus_points:
                self._focus_points = False
                self.set_focus(points)

    @on(Worker.StateChanged)
    def _points_failed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "points" and event.state == WorkerState.ERROR:
            self._points_building = None
            self.points_list.loading = False
            self.notify(f"Could not list the points: {event.worker.error}", severity="error", markup=False)
        elif event.worker.group == "export" and event.state == WorkerState.ERROR:
            self.notify(f"Could not write the digest: {event.worker.error}", severity="error", markup=False)

    @on(PointHighlighted)
    def _point_highlighted(self, message: PointHighlighted) -> None:
        if not self.showing_points:
            return
        self.current = message.briefing
        self._render_detail()  # type: ignore[attr-defined]
        self._refresh_footer()  # type: ignore[attr-defined]
        detail = self.query_one(DetailPane)
        points = self.points_list
        if message.point is None or points.rows is None:
            hint = " c shows every outcome." if self.joint_only else ""
            detail.show_message(f"No point matches these filters. Escape clears them one by one.{hint}")
            return
        _, number, depth, _ = points.rows.point(message.point)
        detail.call_after_refresh(seek_point, detail, number, depth)

    @on(PointList.Selected)
    def _read_point(self) -> None:
        self.set_focus(self.query_one(DetailPane))

    @on(DescendantFocus)
    def _keep_focus_visible(self, event: DescendantFocus) -> None:
        """In the points view the briefing list is hidden: focus meant for it goes to the points."""
        if self.showing_points and isinstance(event.widget, BriefingList):
            self.set_focus(self.points_list)

    # Keys ------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in ACROSS_ACTIONS:
            return super().check_action(action, parameters)
        if isinstance(self.focused, Input):
            return False
        if action == "show_points":
            return not self.showing_points
        if action in ("show_briefings", "toggle_joint"):
            return self.showing_points
        return self.library is not None or None

    # The timeline ------------------------------------------------------------------

    def listed_briefings(self) -> list[int]:
        """The meetings on screen: the briefing list's, or those with a point in the points list."""
        if self.showing_points and self._points is not None and self._rows_ready(self._points):
            return self._points.briefings
        return self.shown

    def describe_filters(self) -> Content:
        assert self.library is not None
        parts = filter_parts(self.filters, self.library, self.showing_points and self.joint_only)
        if not parts:
            return Content.styled("All meetings (no filters)", "bold")
        return Content.assemble(("Meetings matching ", "bold"), Content(" · ").join(parts))

    def action_timeline(self) -> None:
        library = self.library
        if library is None:
            return
        dates, countries = meeting_facts(library, self.listed_briefings())
        self.app.push_screen(TimelineScreen(dates, countries, self.describe_filters()))

    # The digest --------------------------------------------------------------------

    @property
    def digest_zone(self) -> str:
        """The digest's times: the zone emphasized in the briefing pane, else the reader's."""
        return self.emphasis or self.local_zone

    def action_export_digest(self) -> None:
        library = self.library
        if library is None:
            return
        if self.showing_points and (self._points is None or not self._rows_ready(self._points)):
            self.notify("The points are still being listed: export once they show.", title="Digest", markup=False)
            return
        cwd = Path.cwd()
        joint = self.showing_points and self.joint_only
        # The meetings the file will hold: in the points view, those with a listed point (the
        # writer's per-point filter keeps exactly those), not every briefing matching the filters.
        indexes = list(self.listed_briefings())
        meetings = plural(len(indexes), "meeting")
        parts = filter_parts(self.filters, library, joint)
        matching = Content.assemble(" matching ", Content(" · ").join(parts)) if parts else Content(" (no filters)")
        about = Content.assemble("Digest of ", (meetings, "bold"), matching, " · times in ", (self.digest_zone, "bold"))
        per_point = self.showing_points
        if self.filters.text.strip():
            # What you see is what you export: in the points view the words pick points.
            note = (
                "Points holding every search word, as listed (`briefing-tui digest --search … --per-point`)."
                if per_point
                else "Meetings holding every search word, with all their points (`briefing-tui digest --search …`)."
            )
            about = Content.assemble(about, "\n", (note, "$text-muted"))
        write = partial(
            self._export_to, query=self.filters, joint=joint, per_point=per_point, indexes=indexes, zone=self.digest_zone
        )
        self.app.push_screen(ExportScreen(default_path(cwd, library.paths, dt.date.today()), about, cwd), write)

    def _export_to(
        self, path: Path | None, *, query: Query, joint: bool, per_point: bool, indexes: list[int], zone: str
    ) -> None:
        if path is not None and self.library is not None:
            self.notify(f"Writing {path.name}…", title="Digest", markup=False, timeout=2)
            flt = DigestFilter.from_query(query, outcomes=JOINT_OUTCOMES if joint else frozenset(), per_point=per_point)
            self._write_digest(self.library, path, flt, indexes, zone)

    @work(thread=True, group="export", exit_on_error=False)
    def _write_digest(self, library: Library, path: Path, flt: DigestFilter, indexes: list[int], zone: str) -> None:
        digest = build_digest([transient_briefing(library, i) for i in indexes], flt, zone, labels=library.vocabulary.label)
        digest = replace(digest, considered=len(library))
        format = export_format(path)
        if format == "html":
            from briefing_tui.core.present.digest_html import to_html

            text = to_html(digest)
        else:
            text = to_markdown(digest) if format == "markdown" else to_text(digest)
        try:
            write_atomic(path, text.encode("utf-8"))
        except OSError as exc:
            message = f"Could not write {path}: {exc.strerror or exc}"
            self.app.call_from_thread(self.notify, message, title="Digest", severity="error", markup=False)
            return
        done = f"{path}\n{plural(len(digest.items), 'meeting')}, {plural(digest.point_count, 'point')}"
        self.app.call_from_thread(self.notify, done, title="Digest written", markup=False)
