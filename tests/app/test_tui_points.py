"""The points view (v): every matching point across briefings, grouped; agreed-only (c); reading one."""

from __future__ import annotations

from app_support import loaded, palette_lists, points_view, rendered, until, wait_for

from briefing_tui.app.screens.browser import Browser
from briefing_tui.app.widgets.briefing_list import BriefingList
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.filter_bar import FilterBar
from briefing_tui.app.widgets.point_list import PointList
from briefing_tui.app.widgets.search_box import SearchBox
from briefing_tui.core.model.briefing import JOINT_OUTCOMES, walk_points
from briefing_tui.core.query.filtering import Query

#: Points and sub-points of the eight test briefings (3+5+7+3+5+5+11+2).
ALL_POINTS = 41


def listed(screen: Browser, points: PointList) -> list[tuple[str, str]]:
    """(briefing id, point outcome) for every point line, in list order."""
    out = []
    for entry in points.entries:
        if entry >= 0:
            b, _, _, point = points.rows.point(entry)
            out.append((b.id, point.outcome))
    return out


def footer(screen: Browser) -> dict[str, str]:
    """What the footer shows: key -> description, for the bindings shown there."""
    return {key: b.binding.description for key, b in screen.active_bindings.items() if b.binding.show and b.enabled}


async def test_v_swaps_the_list_for_every_point_and_back(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_view(pilot)
        briefings = screen.query_one(BriefingList)
        assert screen.showing_points and points.display and not briefings.display
        assert pilot.app.focused is points
        assert points.point_count == ALL_POINTS and len(points.briefings) == 8
        assert points.border_title == f"Points · {ALL_POINTS} in 8 briefings"
        # Grouped under a heading per briefing, newest first as the briefing list was.
        assert points.briefings == list(screen.shown)
        first = screen.library.briefings[screen.shown[0]]
        assert points.entries[0] == ~screen.shown[0] and points.highlighted == 1
        heading = points.row_text(0)
        assert first.title in heading and heading.endswith(f"{len(list(walk_points(first.points)))} points")
        row = points.row_text(1)
        assert row.startswith(f"{first.date.isoformat()}  Republic of Korea")
        assert first.points[0].summary in row
        # A sub-point is a row of its own, marked under its parent.
        assert any("↳ " in points.row_text(i) for i in range(len(points.entries)) if points.entries[i] >= 0)
        assert footer(screen)["v"] == "Briefings" and footer(screen)["c"] == "Agreed"
        await pilot.press("v")
        assert not screen.showing_points and briefings.display and not points.display
        assert pilot.app.focused is briefings


async def test_moving_through_points_shows_each_ones_briefing_scrolled_to_it(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_view(pilot)
        detail = screen.query_one(DetailPane)
        montreal = next(i for i, b in enumerate(screen.library.briefings) if b.id == "mofa-20240113-jpn-can-montreal")
        while points.current_point is None or points.rows.owner(points.current_point) != montreal:
            await pilot.press("j")
        await pilot.press(*"jjjj")  # the fifth line: sub-point 4.1.
        await until(pilot, lambda: detail.scroll_y > 0)
        b, number, depth, _ = points.rows.point(points.current_point)
        assert (b.id, number, depth) == ("mofa-20240113-jpn-can-montreal", "4.1.", 1)
        assert screen.current_briefing.id == b.id
        assert rendered(detail.body).startswith(b.title)
        # The briefing pane is scrolled to the point: its number heads the view (below one line of context).
        top = rendered(detail.body).splitlines()[int(detail.scroll_y) :][:3]
        assert any(line.strip().startswith("4.1. ") for line in top), top
        # The cursor skips headings: up from the first point of a briefing lands on the last of the one above.
        await pilot.press("g")
        assert points.highlighted == 1
        await pilot.press("k")
        assert points.highlighted == 1
        await pilot.press("enter")
        assert pilot.app.focused is detail
        # Back to the briefing list: it is on the briefing that was being read.
        await pilot.press("v")
        briefings = screen.query_one(BriefingList)
        assert briefings.current == screen.current == points.rows.owner(points.current_point)


async def test_points_follow_the_topic_and_search_filters(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_view(pilot)
        library = screen.library
        screen.filters = Query(topics=frozenset({"china"}))
        await pilot.pause()
        with_china = [
            (b.id, p.outcome)
            for i in screen.shown
            for b in [library.briefings[i]]
            for _, p in walk_points(b.points)
            if "china" in p.topics
        ]
        assert listed(screen, points) == with_china
        assert 0 < len(with_china) < ALL_POINTS
        heading = points.row_text(0)
        assert " of " in heading and heading.endswith("points")  # "2 of 11 points"
        # Search: words in the point itself, or in its briefing's title and names.
        screen.filters = Query()
        await pilot.pause()
        await pilot.press("slash", *"arctic")
        await pilot.pause()
        arctic = [
            (b.id, p.outcome)
            for i in screen.shown
            for b in [library.briefings[i]]
            for _, p in walk_points(b.points)
            if "arctic" in f"{p.summary} {p.text}".casefold()
        ]
        assert listed(screen, points) == arctic and arctic
        await pilot.press("enter")  # leave the box: focus goes to the points, not the hidden briefing list
        assert pilot.app.focused is points
        await pilot.press("slash", *"xyzzy")
        await pilot.pause()
        assert points.entries == [] and points.point_count == 0
        assert "No point matches" in rendered(screen.query_one(DetailPane).body)


async def test_c_shows_agreed_and_confirmed_points_alone(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_view(pilot)
        everything = listed(screen, points)
        await pilot.press("c")
        assert screen.joint_only
        joint = listed(screen, points)
        assert joint == [(b, o) for b, o in everything if o in JOINT_OUTCOMES]
        assert 0 < len(joint) < len(everything)
        assert "agreed & confirmed only" in rendered(screen.query_one(FilterBar))
        assert "agreed & confirmed only (c)" in points.border_subtitle
        await pilot.press("c")
        assert listed(screen, points) == everything
        assert "agreed" not in rendered(screen.query_one(FilterBar))


async def test_the_points_keys_are_off_where_they_mean_nothing(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert screen.check_action("toggle_joint", ()) is False  # c: the points view only
        assert screen.check_action("show_briefings", ()) is False
        await pilot.press("c")
        assert not screen.joint_only and not screen.showing_points
        assert footer(screen)["v"] == "Points" and "c" not in footer(screen)
        await pilot.press("slash")
        assert screen.check_action("show_points", ()) is False  # the search box types v
        await pilot.press("v")
        assert screen.query_one(SearchBox).value == "v" and not screen.showing_points


async def test_a_reload_rebuilds_the_points(make_app, broken_dir):
    async with make_app(broken_dir).run_test(size=(120, 40)) as pilot:
        screen, points = await points_view(pilot)
        before = points.point_count
        (broken_dir / "2022-02-11-quad-melbourne.toml").unlink()
        await pilot.press("r")
        await loaded(pilot)
        await until(
            pilot, lambda: points.rows is not None and points.rows.library is screen.library and not points.loading
        )
        assert len(points.briefings) == 2 and points.point_count < before


async def test_the_command_palette_opens_every_view(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)

        async def command(words: str) -> None:
            await pilot.press("ctrl+p", *words)
            await wait_for(pilot, palette_lists(pilot, words))
            await pilot.press("down", "enter")
            await pilot.pause()

        await command("agreed and confirmed")  # from the briefing list: opens the points view with it on
        points = screen.query_one(PointList)
        await until(pilot, lambda: points.rows is not None and not points.loading and points.entries)
        assert screen.showing_points and screen.joint_only
        assert {outcome for _, outcome in listed(screen, points)} <= JOINT_OUTCOMES
        await command("points view")
        assert not screen.showing_points
        await command("timeline")
        assert type(pilot.app.screen).__name__ == "TimelineScreen"
        await pilot.press("escape")
        await command("export digest")
        assert type(pilot.app.screen).__name__ == "ExportScreen"


async def test_a_reload_behind_the_briefing_list_lets_the_old_points_go(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_view(pilot)
        await pilot.press("v", "r")
        await loaded(pilot)
        # Nothing holds the previous load (the new one's rows may already be built in the background).
        assert points.rows is None or points.rows.library is screen.library
        await pilot.press("v")
        await until(pilot, lambda: points.rows is not None and points.rows.library is screen.library and points.entries)
        assert points.point_count == ALL_POINTS


async def test_clear_all_filters_turns_agreed_only_off_too(make_app):
    """The bar lists agreed-only among the filters; "Clear all filters" left it on, so the next
    question ("every point on X") silently got the agreed points alone."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, _ = await points_view(pilot)
        await pilot.press("c")
        assert screen.joint_only
        await pilot.press("ctrl+p")
        await pilot.press(*"clear all")
        await wait_for(pilot, palette_lists(pilot, "Clear all filters"))
        await pilot.press("enter")
        await wait_for(pilot, lambda: not screen.joint_only)
        assert "agreed" not in rendered(screen.query_one(FilterBar)) and screen.showing_points
