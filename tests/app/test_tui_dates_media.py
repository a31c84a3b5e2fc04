"""Filtering as an analyst expects: dates, the medium facet, sort by column, type-to-jump, paging keys, clicks."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from app_support import DATA, loaded, palette_lists, rendered, show_points, wait_for
from textual.widgets import Input

from briefing_tui.app.screens.dates import DatesScreen
from briefing_tui.app.screens.timeline import TimelineScreen
from briefing_tui.app.widgets.briefing_list import BriefingList, counterpart_names
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.filter_bar import FilterBar
from briefing_tui.app.widgets.filter_panel import FilterPanel
from briefing_tui.app.widgets.footer import KeyFooter
from briefing_tui.core.model.briefing import JOINT_OUTCOMES, KIND_LABELS, walk_points
from briefing_tui.core.query.points import header_text, point_text
from briefing_tui.core.store.bundled import bundled_dir


def calls_folder(tmp_path: Path) -> Path:
    """The test briefings plus the bundled Quad telephone meeting (schema 2: kind multilateral, medium telephone)."""
    folder = tmp_path / "calls"
    shutil.copytree(DATA, folder)
    shutil.copy(bundled_dir() / "2021-02-18-quad-telephone.toml", folder)
    shutil.copy(bundled_dir() / "2021-12-07-japan-brazil-telephone.toml", folder)
    return folder


def dates_of(screen) -> list[dt.date]:
    return [screen.library.catalog.rows[i].date for i in screen.shown]


async def set_dates(pilot, since: str, until: str) -> None:
    await pilot.press("d")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, DatesScreen))
    modal = pilot.app.screen
    modal.query_one("#dates-since", Input).value = since
    modal.query_one("#dates-until", Input).value = until
    modal.query_one("#dates-since", Input).focus()
    await pilot.press("enter")
    await wait_for(pilot, lambda: not isinstance(pilot.app.screen, DatesScreen))


async def test_date_filter_set_in_the_dialog_shown_in_the_bar_and_cleared_by_escape(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        everything = len(screen.shown)
        await set_dates(pilot, "2021", "2021")
        assert (screen.filters.since, screen.filters.until) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
        assert dates_of(screen) and all(d.year == 2021 for d in dates_of(screen))
        assert len(screen.shown) < everything
        assert "dates: 2021" in rendered(screen.query_one(FilterBar))
        # The points view lists only those meetings' points; the timeline counts those meetings.
        points = await show_points(pilot)
        assert set(points.briefings) == set(screen.shown)
        await pilot.press("T")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, TimelineScreen))
        assert "dates: 2021" in " ".join(rendered(w) for w in pilot.app.screen.query("Static"))
        await pilot.press("escape")
        await wait_for(pilot, lambda: pilot.app.screen is screen)
        await pilot.press("v", "escape")
        assert not screen.filters.dated and len(screen.shown) == everything
        assert "No filters" in rendered(screen.query_one(FilterBar))


async def test_a_bad_date_is_explained_in_the_dialog(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, DatesScreen))
        modal = pilot.app.screen
        modal.query_one("#dates-since", Input).value = "2021-13"
        await pilot.press("enter")
        assert pilot.app.screen is modal
        assert "expected YYYY, YYYY-MM or YYYY-MM-DD" in rendered(modal.query_one("#dates-problem"))
        await pilot.press("escape")
        await wait_for(pilot, lambda: pilot.app.screen is screen)
        assert not screen.filters.dated


async def test_a_year_from_the_palette_while_the_points_view_is_open(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        points = await show_points(pilot)
        assert len(points.briefings) == len(screen.shown)
        await pilot.press("ctrl+p", *"dates: year 2022")
        await wait_for(pilot, palette_lists(pilot, "Dates: year 2022"))
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.filters.dated)
        assert dates_of(screen) and {d.year for d in dates_of(screen)} == {2022}
        # The points follow (a remembered selection of the same words must not outlive the dates).
        assert set(points.briefings) == set(screen.shown)


async def test_every_call_of_2021_finds_the_quad_telephone_meeting(make_app, tmp_path):
    async with make_app(calls_folder(tmp_path)).run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        panel = screen.query_one(FilterPanel)
        assert panel.get_option("media:").prompt.plain == "Medium"
        assert panel.get_option("media:telephone").prompt.plain.split()[-1] == "3"  # two bilateral calls and the Quad
        await pilot.press("t")
        panel.highlighted = panel.get_option_index("media:telephone")
        await pilot.press("space", "tab")  # back to the list: in the panel, d would jump to a value
        await set_dates(pilot, "2021", "2021")
        rows = [screen.library.catalog.rows[i] for i in screen.shown]
        assert sorted(r.id for r in rows) == ["mofa-20210218-quad-telephone", "mofa-20211207-jpn-bra-telephone"]
        assert {r.kind for r in rows} == {"multilateral-meeting", "telephone-talk"}
        bar = rendered(screen.query_one(FilterBar))
        assert "medium: Telephone" in bar and "dates: 2021" in bar
        await pilot.press("escape")  # the medium goes first, then the dates
        assert not screen.filters.media and screen.filters.dated


async def test_sort_by_each_column_both_ways(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        rows = screen.library.catalog.rows
        briefings = screen.query_one(BriefingList)
        columns = {
            "title": lambda i: rows[i].title.casefold(),
            "kind": lambda i: KIND_LABELS[rows[i].kind].casefold(),
            "counterpart": lambda i: [n.casefold() for n in counterpart_names(rows[i])],
        }
        for column, key in columns.items():
            for reverse in (False, True):
                await pilot.press("ctrl+p", *f"sort by {column}")
                await wait_for(pilot, palette_lists(pilot, f"Sort by {column}"))
                await pilot.press("enter")
                await wait_for(pilot, lambda: pilot.app.screen is screen)
                keys = [key(i) for i in screen.shown]
                assert keys == sorted(keys, reverse=reverse), (column, reverse)
                assert screen.sort == (f"{column}-reverse" if reverse else column)
        assert briefings.border_subtitle == "by counterpart Z–A (s)"
        await pilot.press("R")  # the same column, the other way
        assert screen.sort == "counterpart"
        await pilot.press("ctrl+p", *"sort by date")
        await wait_for(pilot, palette_lists(pilot, "Sort by date"))
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.sort == "newest")
        await pilot.press("R")
        assert dates_of(screen) == sorted(dates_of(screen))


async def test_typing_in_the_filter_panel_jumps_to_a_value(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        panel = screen.query_one(FilterPanel)
        await pilot.press("t")
        sort, zone = screen.sort, screen.emphasis
        await pilot.press("c", "h")
        assert panel.highlighted_option.id == "topics:china"
        await pilot.press("down")  # a key that is not a letter ends the jump
        await pilot.press("s", "o")  # the screen's s (sort) does not fire here: it jumps
        assert panel.highlighted_option.id.endswith(":south-china-sea") or panel.get_option(
            panel.highlighted_option.id
        ).prompt.plain[2:].casefold().startswith("so")
        await pilot.press("z", "q")  # neither z nor q acts: they jump (or ring the bell)
        assert screen.sort == sort and screen.emphasis == zone and pilot.app.is_running
        assert pilot.app.focused is panel


async def test_a_click_on_a_value_toggles_it(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        panel = screen.query_one(FilterPanel)
        index = panel.get_option_index("topics:china")
        panel.scroll_to_highlight()
        y = index - round(panel.scroll_y) + 1  # + the border
        await pilot.click(FilterPanel, offset=(4, y))
        await wait_for(pilot, lambda: screen.filters.topics == {"china"})
        await pilot.click(FilterPanel, offset=(4, y))
        await wait_for(pilot, lambda: not screen.filters.topics)


async def test_paging_keys_of_vim_and_less(make_app, tmp_path):
    many = tmp_path / "many"
    many.mkdir()
    shutil.copy(DATA / "topics.toml", many)
    source = (DATA / "2024-01-13-japan-canada-montreal.toml").read_text(encoding="utf-8")
    for n in range(60):
        (many / f"b{n:02}.toml").write_text(
            source.replace('id = "mofa-20240113-jpn-can-montreal"', f'id = "b{n:02}"'), encoding="utf-8"
        )
    async with make_app(many).run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        briefings = screen.query_one(BriefingList)
        assert pilot.app.focused is briefings and briefings.highlighted == 0
        page = briefings.scrollable_content_region.height - 1
        await pilot.press("ctrl+d")
        assert briefings.highlighted == page // 2
        await pilot.press("ctrl+u")
        assert briefings.highlighted == 0
        await pilot.press("ctrl+f")
        assert briefings.highlighted == page
        await pilot.press("ctrl+b")
        assert briefings.highlighted == 0
        await pilot.press("enter")
        detail = screen.query_one(DetailPane)
        assert pilot.app.focused is detail
        await pilot.press("space")
        await wait_for(pilot, lambda: detail.scroll_y > 0)
        await pilot.press("b")
        await wait_for(pilot, lambda: detail.scroll_y == 0)
        await pilot.press("ctrl+f")
        await wait_for(pilot, lambda: detail.scroll_y > 0)
        full = detail.scroll_y
        await pilot.press("ctrl+b")
        await wait_for(pilot, lambda: detail.scroll_y == 0)
        await pilot.press("ctrl+d")
        await wait_for(pilot, lambda: detail.scroll_y > 0)
        assert detail.scroll_y < full
        await pilot.press("ctrl+u")
        await wait_for(pilot, lambda: detail.scroll_y == 0)


async def test_agreed_points_of_meetings_that_mention_a_name(make_app):
    """ "Agreed points of meetings that mention Joly": v, / joly, enter, c (README, Across briefings)."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        points = await show_points(pilot)
        await pilot.press("slash", *"joly", "enter", "c")
        await wait_for(pilot, lambda: screen.joint_only and points.rows is not None)
        listed = set()
        for entry in points.entries:
            if entry >= 0:
                b, _, _, point = points.rows.point(entry)
                listed.add((b.id, point.text))
        expected = set()
        for b in screen.library.briefings:
            in_meeting = "joly" in header_text(b)
            for _, point in walk_points(b.points):
                if point.outcome in JOINT_OUTCOMES and (in_meeting or "joly" in point_text(point)):
                    expected.add((b.id, point.text))
        assert listed == expected
        # The meeting's names answer for its points: agreed points that never name her are listed.
        assert any("joly" not in text.casefold() for _, text in listed)
        assert "agreed & confirmed only" in rendered(screen.query_one(FilterBar))


async def test_dates_typed_ahead_in_one_burst_reach_their_boxes_before_enter(make_app):
    """In a real terminal '2021 tab 2021 enter' arrives at once: enter must not overtake the
    characters still queued for the To box (it did, as a priority binding: "'2' is not a date")."""
    from textual import events

    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, DatesScreen))
        keys = [*"2021", "tab", *"2021", "enter"]
        for key in keys:  # posted together, none waited for: as a terminal delivers a fast burst
            char = key if len(key) == 1 else None
            pilot.app.post_message(events.Key(key, char))
        await wait_for(pilot, lambda: pilot.app.screen is screen)
        assert (screen.filters.since, screen.filters.until) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))


async def test_tele_in_the_filter_panel_reaches_telephone_and_t_does_not_act(make_app, tmp_path):
    """`t` (go to the filter panel) is a priority key: it fired in the panel, so "tele" could not be typed."""
    async with make_app(calls_folder(tmp_path)).run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        panel = screen.query_one(FilterPanel)
        await pilot.press("t")
        await wait_for(pilot, lambda: pilot.app.focused is panel)
        filters, sort, zone = screen.filters, screen.sort, screen.emphasis
        await pilot.press("t", "e", "l", "e")
        # The first value starting "tele": the medium (every call) comes before the kinds (bilateral ones).
        assert panel.highlighted_option.id == "media:telephone"
        await pilot.press("t", "e", "l", "e")  # typed again: the next one
        assert panel.highlighted_option.id == "kinds:telephone-talk"
        # Nothing else happened: no screen pushed (T timeline, e errors), no filter, sort or zone changed.
        assert pilot.app.screen is screen and pilot.app.focused is panel
        assert (screen.filters, screen.sort, screen.emphasis) == (filters, sort, zone)
        # The footer does not offer the letters that jump here (it shows the panel's own keys).
        await wait_for(pilot, lambda: "Sort" not in footer_text(screen) and "Toggle" in footer_text(screen))


def footer_text(screen) -> str:
    return " ".join(key.description for key in screen.query_one(KeyFooter).items)
