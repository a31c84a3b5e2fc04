"""Meetings per month, quarter or year, and counterpart counts (core.timeline)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.core.query.timeline import (
    Period,
    choose_granularity,
    count_by_period,
    counterpart_codes,
    counterpart_counts,
    period_of,
    span,
)

D = dt.date


@pytest.mark.parametrize(
    ("day", "granularity", "label"),
    [
        (D(2024, 1, 13), "month", "2024-01"),
        (D(2024, 12, 31), "month", "2024-12"),
        (D(2024, 3, 31), "quarter", "2024 Q1"),
        (D(2024, 4, 1), "quarter", "2024 Q2"),
        (D(2024, 12, 11), "quarter", "2024 Q4"),
        (D(2024, 7, 1), "year", "2024"),
    ],
)
def test_a_day_falls_in_its_period(day, granularity, label):
    period = period_of(day, granularity)
    assert period.label == label
    assert period.first_day <= day
    assert period_of(period.first_day, granularity) == period


def test_periods_step_over_the_year_end():
    assert Period(2023, 12, "month").next() == Period(2024, 1, "month")
    assert Period(2023, 4, "quarter").next() == Period(2024, 1, "quarter")
    assert Period(2023, 0, "year").next() == Period(2024, 0, "year")


def test_span_counts_both_ends():
    assert span(D(2021, 9, 22), D(2024, 12, 11), "month") == 40
    assert span(D(2021, 9, 22), D(2024, 12, 11), "quarter") == 14
    assert span(D(2024, 1, 1), D(2024, 1, 31), "month") == 1
    assert span(D(2019, 8, 1), D(2024, 12, 11), "year") == 6


def test_months_up_to_four_years_then_quarters_then_years():
    assert choose_granularity(D(2021, 1, 1), D(2024, 12, 31)) == "month"  # 48 months
    assert choose_granularity(D(2021, 1, 1), D(2025, 1, 1)) == "quarter"  # 49 months
    assert choose_granularity(D(2005, 1, 1), D(2024, 12, 31)) == "quarter"  # 80 quarters
    assert choose_granularity(D(2004, 12, 31), D(2024, 12, 31)) == "year"  # 81 quarters


def test_a_narrow_chart_asks_for_coarser_periods():
    assert choose_granularity(D(2022, 1, 1), D(2023, 12, 31), max_periods=24) == "month"
    assert choose_granularity(D(2022, 1, 1), D(2023, 12, 31), max_periods=23) == "quarter"
    assert choose_granularity(D(2022, 1, 1), D(2023, 12, 31), max_periods=7) == "year"


def test_counts_fill_the_empty_months_between():
    dates = [D(2023, 11, 7), D(2024, 1, 13), D(2024, 1, 30), D(2023, 11, 1)]
    timeline = count_by_period(dates)
    assert timeline.granularity == "month"
    assert [p.label for p in timeline.periods] == ["2023-11", "2023-12", "2024-01"]
    assert timeline.counts == [2, 0, 2]
    assert timeline.total == 4
    assert timeline.peak == (Period(2023, 11, "month"), 2)  # the earliest of equals
    assert timeline.nonzero() == [(Period(2023, 11, "month"), 2), (Period(2024, 1, "month"), 2)]


def test_a_long_span_is_counted_per_quarter():
    dates = [D(2019, 8, 1), D(2021, 5, 27), D(2024, 12, 11), D(2024, 10, 1)]
    timeline = count_by_period(dates)
    assert timeline.granularity == "quarter"
    assert timeline.periods[0].label == "2019 Q3" and timeline.periods[-1].label == "2024 Q4"
    assert len(timeline.periods) == 22
    assert dict(timeline.nonzero()) == {
        Period(2019, 3, "quarter"): 1,
        Period(2021, 2, "quarter"): 1,
        Period(2024, 4, "quarter"): 2,
    }


def test_nothing_to_count():
    timeline = count_by_period([])
    assert timeline.periods == [] and timeline.counts == [] and timeline.peak is None


def test_a_forced_granularity_wins():
    assert count_by_period([D(2020, 1, 1), D(2020, 2, 1)], "year").counts == [2]


@pytest.mark.parametrize(
    ("countries", "other_side"),
    [
        (["JP", "CA"], ["CA"]),
        (["JP", "US", "KR"], ["US", "KR"]),
        (["JP", "EU", "EU"], ["EU"]),
        (["JP", "JP", "CA"], ["CA"]),
        (["JP"], ["JP"]),
        ([], []),
    ],
)
def test_the_counterparts_are_everyone_but_the_publisher(countries, other_side):
    assert counterpart_codes(countries) == other_side


def test_counterparts_are_counted_once_per_meeting_most_first():
    meetings = [["JP", "CA"], ["JP", "KR", "KR"], ["JP", "US", "KR"], ["JP", "CA"], ["JP", "NZ"]]
    assert counterpart_counts(meetings) == [("CA", 2), ("KR", 2), ("NZ", 1), ("US", 1)]
