"""The timeline (T): meetings per period for the active filter, and the counterpart countries."""

from __future__ import annotations

import datetime as dt

from app_support import loaded, points_view, rendered

from briefing_tui.app.screens.timeline import TimelineScreen
from briefing_tui.core.query.filtering import Query
from briefing_tui.core.query.timeline import Period


async def test_t_counts_the_meetings_of_the_filter_per_month(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        screen.filters = Query(topics=frozenset({"north-korea"}))
        await pilot.pause()
        await pilot.press("T")
        timeline = pilot.app.screen
        assert isinstance(timeline, TimelineScreen)
        # Five meetings touched North Korea, from Sep 2021 to Dec 2024: 40 months, counted per month.
        assert sorted(timeline.dates) == [
            dt.date(2021, 9, 22),
            dt.date(2023, 7, 12),
            dt.date(2023, 11, 7),
            dt.date(2024, 1, 13),
            dt.date(2024, 12, 11),
        ]
        counts = timeline.chart.timeline(110)
        assert counts.granularity == "month" and len(counts.periods) == 40
        assert dict(counts.nonzero()) == {
            Period(2021, 9, "month"): 1,
            Period(2023, 7, "month"): 1,
            Period(2023, 11, "month"): 1,
            Period(2024, 1, "month"): 1,
            Period(2024, 12, "month"): 1,
        }
        # Japan published every readout: the counterparts are the others, once per meeting.
        assert timeline.counterparts == [("CA", 2), ("KR", 2), ("NZ", 1), ("US", 1)]
        text = rendered(timeline.query_one("#timeline-chart"))
        assert "5 meetings from 22 Sep 2021 to 11 Dec 2024, per month" in text
        assert "2022" in text and "█" in text
        countries = rendered(timeline.query_one("#timeline-countries"))
        assert [line.split()[0] for line in countries.splitlines() if line.strip()] == [
            "Canada",
            "Republic",
            "New",
            "United",
        ]
        assert "topics (any of): North Korea" in rendered(timeline.query_one("#timeline-filter"))
        await pilot.press("escape")
        assert pilot.app.screen is screen


async def test_the_whole_corpus_spans_five_years_so_counts_go_per_quarter(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("T")
        timeline = pilot.app.screen
        text = rendered(timeline.query_one("#timeline-chart"))
        assert text.startswith("8 meetings from 01 Aug 2019 to 11 Dec 2024, per quarter")
        assert "All meetings" in rendered(timeline.query_one("#timeline-filter"))


async def test_in_the_points_view_it_counts_the_meetings_listed(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_view(pilot)
        screen.filters = Query(text="arctic")
        await pilot.pause()
        await pilot.press("c")
        listed = {screen.library.briefings[i].date for i in points.briefings}
        await pilot.press("T")
        timeline = pilot.app.screen
        assert set(timeline.dates) == listed and len(timeline.dates) == len(points.briefings)
        assert "agreed & confirmed only" in rendered(timeline.query_one("#timeline-filter"))


async def test_a_narrow_terminal_counts_coarser(make_app):
    """40 months do not fit in 44 columns: the same meetings are counted per quarter."""
    async with make_app().run_test(size=(44, 24)) as pilot:
        screen = await loaded(pilot)
        screen.filters = Query(topics=frozenset({"north-korea"}))
        await pilot.pause()
        await pilot.press("T")
        chart = pilot.app.screen.query_one("#timeline-chart")
        text = rendered(chart)
        assert " ".join(text.split()).startswith("5 meetings from 22 Sep 2021 to 11 Dec 2024, per quarter")
        assert max(len(line.rstrip()) for line in text.splitlines()) <= chart.size.width
