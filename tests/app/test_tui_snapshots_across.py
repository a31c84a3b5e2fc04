"""SVG snapshots of the points view and the timeline: fixed data (tests/app/data), reader zone UTC.

Update after an intended change with `python -m pytest tests/app --snapshot-update`, then look at
the SVGs in tests/app/__snapshots__/test_tui_snapshots_across/ before committing them.
"""

from __future__ import annotations

from app_support import loaded, points_view, until

from briefing_tui.app.screens.timeline import TimelineScreen
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.core.query.filtering import Query

WIDE = (120, 40)
NARROW = (80, 24)


def test_points_view(snap_compare, make_app):
    async def into_the_montreal_sub_points(pilot):
        screen, _ = await points_view(pilot)
        await pilot.press(*"j" * 9)  # past the telephone talk, down to Montreal's point 5., below its sub-points
        detail = screen.query_one(DetailPane)
        await until(pilot, lambda: detail.scroll_y > 0)
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=WIDE, run_before=into_the_montreal_sub_points)


def test_points_view_agreed_only_on_a_topic(snap_compare, make_app):
    async def agreed_on_north_korea(pilot):
        screen, _ = await points_view(pilot)
        screen.filters = Query(topics=frozenset({"north-korea"}))
        await pilot.press("c")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=WIDE, run_before=agreed_on_north_korea)


def test_points_view_narrow(snap_compare, make_app):
    async def narrow(pilot):
        await points_view(pilot)

    assert snap_compare(make_app(), terminal_size=NARROW, run_before=narrow)


def test_timeline(snap_compare, make_app):
    async def north_korea(pilot):
        screen = await loaded(pilot)
        screen.filters = Query(topics=frozenset({"north-korea"}))
        detail = screen.query_one(DetailPane)
        # The picture shows the pane behind the timeline at the first North Korea point.
        await until(pilot, lambda: detail.scroll_y > 0 and not screen._pane._follow_due)
        await pilot.press("T")
        await until(pilot, lambda: isinstance(pilot.app.screen, TimelineScreen))
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=WIDE, run_before=north_korea)


def test_timeline_narrow(snap_compare, make_app):
    async def everything(pilot):
        await loaded(pilot)
        await pilot.press("T")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=NARROW, run_before=everything)
