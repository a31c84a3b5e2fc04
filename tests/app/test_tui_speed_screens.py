"""What opening a screen costs (issue #14), counted rather than timed: layout passes and footer rebuilds."""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from app_support import loaded, palette_kept, rendered, wait_for
from rich.table import Table
from textual.cache import LRUCache
from textual.screen import Screen

import briefing_tui.app.widgets.prerendered as prerendered
from briefing_tui.app.screens.errors import ErrorsScreen
from briefing_tui.app.screens.help import KEY_WIDTH, HelpScreen
from briefing_tui.app.screens.modal import Modal, Palette
from briefing_tui.app.screens.timeline import TimelineScreen
from briefing_tui.app.widgets.point_list import PointList


async def points_built(pilot):
    """The browser once loaded, and its points list once the background build has given it rows."""
    screen = await loaded(pilot)
    points = screen.query_one(PointList)
    await wait_for(pilot, lambda: points.rows is not None and points.rows.library is screen.library)
    await palette_kept(pilot)  # (the tests count what a key does: not the palette's build too)
    return screen, points


@pytest.fixture
def layouts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The class of every screen that lays itself out, in order."""
    passes: list[str] = []
    real = Screen._refresh_layout

    def counting(self, *args, **kwargs):
        passes.append(type(self).__name__)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", counting)
    return passes


@pytest.mark.parametrize(
    ("key", "screen_type"), [("question_mark", HelpScreen), ("T", TimelineScreen), ("e", ErrorsScreen)]
)
async def test_a_screen_is_not_laid_out_again_for_the_resize_its_first_layout_posts(
    make_app, broken_dir, layouts, key, screen_type
):
    """Textual posts a new screen a Resize for the size it was just laid out at: a second full
    pass of the modal, and of the browser behind it, for nothing."""
    async with make_app(broken_dir).run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await palette_kept(pilot)
        await pilot.pause()
        layouts.clear()
        await pilot.press(key)
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, screen_type))
        await pilot.pause()
        await pilot.pause()
        assert "Browser" not in layouts  # the browser behind is not laid out at all
        await pilot.resize_terminal(100, 30)  # a real resize is still handled
        await wait_for(pilot, lambda: pilot.app.screen.outer_size == (100, 30))
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(pilot.app.screen, screen_type))
        await wait_for(pilot, lambda: pilot.app.screen.outer_size == (100, 30))


async def test_the_points_are_built_in_the_background_so_v_opens_at_once(make_app):
    """`v` built the point index when pressed (1.1 s at 10,000 briefings); now a complete load's
    rows are built in the background, and `v` only filters and lists them."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_built(pilot)
        assert not screen.showing_points
        await pilot.press("v")
        await pilot.pause()
        assert screen.showing_points and not points.loading and points.entries
        assert points.has_focus


async def test_the_help_is_drawn_once_however_often_it_opens(make_app, monkeypatch):
    """A Static drew the help's tables for every layout pass and again for their lines, each time
    it opened (twenty draws). Now once per width and theme, kept for the next time."""
    draws = [0]
    real = Table.__rich_console__

    def counting(self, console, options):
        if self.columns and self.columns[0].width == KEY_WIDTH:
            draws[0] += 1
        return real(self, console, options)

    monkeypatch.setattr(Table, "__rich_console__", counting)
    # Lines kept by an earlier test (the cache outlives screens, and apps) would hide the first draw.
    monkeypatch.setattr(prerendered, "_LINES", LRUCache(16))
    monkeypatch.setattr(prerendered, "_HEIGHTS", LRUCache(64))
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        first = None
        for _ in range(3):
            await pilot.press("question_mark")
            await wait_for(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))
            await pilot.pause()
            assert "Search titles" in rendered(pilot.app.screen.query_one("#help-text"))
            sections = len(pilot.app.screen.sections)
            await pilot.press("escape")
            await wait_for(pilot, lambda: pilot.app.screen is screen)
            first = draws[0] if first is None else first
        # Each section's table once (5): twice (10) when the help's scroll bar appeared in its first
        # layout and the text was drawn again, narrower; the bar is there from the start now.
        assert first == sections
        assert draws[0] == first  # and never again


async def test_v_restyles_only_the_widgets_it_changes(make_app, monkeypatch):
    """`v` swapped the lists with a class on the screen (every widget below restyled), and each
    new footer key was restyled twice (made compact, then not; now the footer is one widget that
    is only repainted). Counted: style applications."""
    from textual.css.stylesheet import Stylesheet

    applied: list[str] = []
    real = Stylesheet.apply

    def counting(self, node, *args, **kwargs):
        applied.append(type(node).__name__)
        return real(self, node, *args, **kwargs)

    monkeypatch.setattr(Stylesheet, "apply", counting)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await palette_kept(pilot)
        await pilot.pause()
        applied.clear()
        await pilot.press("v")
        await wait_for(pilot, lambda: screen.showing_points and screen.points_list.display)
        await pilot.pause()
        # Every style application: 222 with Textual's footer, 86 with its keys made in style, and
        # 12 with one widget for the footer.
        assert "FooterKey" not in applied and "KeyFooter" not in applied
        assert len(applied) < 30


async def test_the_background_build_hands_the_interpreter_over_even_with_no_key_lately(make_app, monkeypatch):
    """A key that came while the points were built flat out waited for the lock at each of its
    frame's waits (the first key after a 10k start took 100 ms in a pty): the build now lets go of
    it every few briefings, with or without a recent key."""
    import briefing_tui.app.widgets.points_view as points_view
    import briefing_tui.core.query.point_rows as point_rows

    monkeypatch.setattr(point_rows, "PACE_EVERY", 1)  # the test corpus is small: pace at every briefing
    sleeps: list[float] = []
    real_sleep = time.sleep
    monkeypatch.setattr(
        points_view,
        "time",
        SimpleNamespace(monotonic=time.monotonic, sleep=lambda s: sleeps.append(s) or real_sleep(s)),
    )
    async with make_app().run_test(size=(120, 40)) as pilot:
        await points_built(pilot)
        assert 0 in sleeps


async def test_a_layout_pass_does_not_ask_for_another(make_app, monkeypatch):
    """Every widget that appeared or changed size in a layout pass asked for another, identical
    one (``app/reflow.py``): `v` took three passes of the browser (the view, the footer's keys,
    then the points list's new scroll bar), each a frame or two later than the one before. How many
    passes `v` takes also depends on when the footer's new keys finish mounting, so what is counted
    is the cause: layout requests made while a pass hands the widgets their sizes (other than a
    scroll bar's coming or going, which does change the layout)."""
    import sys

    from textual.widget import Widget

    asked: list[str] = []
    real = Widget.refresh

    def recording(self, *regions, **kwargs):
        if kwargs.get("layout"):
            frame = sys._getframe(1)
            for _ in range(6):  # refresh <- reactive setter <- _size_updated, a few frames up
                if frame is None:
                    break
                if frame.f_code.co_name == "_scroll_update":
                    break  # a scroll bar that comes or goes does change the layout
                if frame.f_code.co_name == "_size_updated":
                    asked.append(type(self).__name__)
                    break
                frame = frame.f_back
        return real(self, *regions, **kwargs)

    monkeypatch.setattr(Widget, "refresh", recording)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_built(pilot)
        for _ in range(2):
            await pilot.press("v")
            await wait_for(pilot, lambda: points.has_focus == screen.showing_points)
            await pilot.pause()
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))
        await pilot.pause()
    assert asked == []


async def test_moving_the_focus_does_not_repaint_the_whole_screen(make_app, monkeypatch):
    """Textual's ``Screen.focused`` repainted the whole screen at every focus change: a full frame
    (the browser, or a modal with the dimmed browser behind) for `v`, tab and every modal opening."""
    repaints: list[str] = []
    real = Screen.refresh

    def counting(self, *regions, **kwargs):
        if not regions and kwargs.get("repaint", True) and not kwargs.get("layout") and self.is_current:
            repaints.append(type(self).__name__)
        return real(self, *regions, **kwargs)

    monkeypatch.setattr(Screen, "refresh", counting)
    async with make_app().run_test(size=(120, 40)) as pilot:
        _screen, points = await points_built(pilot)
        repaints.clear()
        await pilot.press("v")
        await wait_for(pilot, lambda: points.has_focus)
        await pilot.press("v")
        await wait_for(pilot, lambda: not points.has_focus)
        await pilot.pause()
        assert repaints == []
        await pilot.press("ctrl+p")  # the palette is Textual's, opening as the modals do
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, Palette))
    # The modal screens' own focus (it moves into the box as it opens) is the same kind of var.
    for modal in (Modal, Palette):
        assert not modal.focused._repaint and not modal.focused._layout


async def test_the_timeline_is_drawn_once_per_open_and_not_again_on_the_same_meetings(make_app, monkeypatch):
    """Its Statics drew the chart to measure it and again to paint it (30 ms a draw at 10,000
    meetings); now once, and opening it again on the same meetings draws nothing."""
    from briefing_tui.app.widgets.timeline_chart import TimelineChart

    draws = [0]
    real = TimelineChart.__rich_console__

    def counting(self, console, options):
        draws[0] += 1
        yield from real(self, console, options)

    monkeypatch.setattr(TimelineChart, "__rich_console__", counting)
    monkeypatch.setattr(prerendered, "_LINES", LRUCache(16))
    monkeypatch.setattr(prerendered, "_HEIGHTS", LRUCache(64))
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        seen = []
        for _ in range(2):
            await pilot.press("T")
            await wait_for(pilot, lambda: isinstance(pilot.app.screen, TimelineScreen))
            await pilot.pause()
            seen.append(rendered(pilot.app.screen.query_one("#timeline-chart")))
            assert "meeting" in seen[-1]
            await pilot.press("escape")
            await wait_for(pilot, lambda: pilot.app.screen is screen)
        assert draws[0] == 1 and seen[0] == seen[1]
        listed = len(screen.shown)
        await pilot.press("slash", *"canada", "enter")  # other meetings: another chart
        await wait_for(pilot, lambda: 0 < len(screen.shown) < listed)
        await pilot.press("T")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, TimelineScreen))
        await pilot.pause()
        assert draws[0] == 2


async def test_the_pane_follows_the_points_views_first_highlight_at_once(make_app, monkeypatch):
    """`v`'s first highlight waited for the frame after the footer's (a frame of its own for the
    pane); it is followed at once, and keys typed ahead are still followed once per frame."""
    from briefing_tui.app.pane_controller import PaneController

    later: list[int | None] = []
    real = PaneController.follow_later

    def recording(self):
        later.append(self.point)
        return real(self)

    monkeypatch.setattr(PaneController, "follow_later", recording)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_built(pilot)
        later.clear()
        await pilot.press("v")
        await wait_for(pilot, lambda: points.has_focus and screen._pane.point is not None)
        await pilot.pause()
        assert later == []  # followed at once
        first = screen._pane.point
        await pilot.press("j")
        await wait_for(pilot, lambda: screen._pane.point != first)
        assert later  # a key's highlight is followed after its frame, as in the list


async def test_v_shows_the_list_the_pane_and_the_filter_line_in_one_frame(make_app, monkeypatch):
    """The briefing pane and the filter line followed `v` a frame (~30 ms) after the list: their
    repaints reached the screen only when each widget next idled, after its frame timer had fired
    (``reflow.paint_in_this_frame``). Counted: the widgets each frame of the browser paints."""
    frames: list[set[str]] = []
    real = Screen._compositor_refresh

    def recording(self):
        if type(self).__name__ == "Browser":
            frames.append({type(widget).__name__ for widget in self._dirty_widgets})
        return real(self)

    monkeypatch.setattr(Screen, "_compositor_refresh", recording)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_built(pilot)
        await pilot.pause()
        for _ in range(2):  # the first opening, and a later one
            frames.clear()
            await pilot.press("v")
            await wait_for(pilot, lambda: points.has_focus and screen._pane.point is not None)
            await pilot.pause()
            first = next(n for n, frame in enumerate(frames) if "PointList" in frame)
            assert {"FilterBar", "KeyFooter"} <= frames[first], frames
            later = set().union(*frames[first + 1 :])
            assert not later & {"DetailPane", "FilterBar", "KeyFooter", "PointsView"}, frames
            await pilot.press("v")
            await wait_for(pilot, lambda: screen.query_one("#briefings").has_focus)
            await pilot.pause()


async def test_v_lays_the_browser_out_once(make_app, layouts):
    """`v` laid the browser out twice: once for the view, once more because the points list's
    scroll bar "appeared" in that first pass (its column is always there: overflow-y: scroll, and
    the list now starts with it). Counted: layout passes of the browser from `v` to settled."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_built(pilot)
        await pilot.pause()
        layouts.clear()
        await pilot.press("v")
        await wait_for(pilot, lambda: points.has_focus and screen._pane.point is not None)
        for _ in range(3):
            await pilot.pause()
        assert layouts == ["Browser"]
