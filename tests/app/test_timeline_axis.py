"""The timeline's year axis: every year labelled when there is room, else every Nth year, evenly."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from briefing_tui.app.widgets.timeline_chart import year_labels
from briefing_tui.core.query.timeline import count_by_period


def labelled(line: str) -> list[tuple[int, int]]:
    """(column, year) of each label on the axis line."""
    return [(m.start(), int(m.group())) for m in re.finditer(r"\d{4}", line)]


def test_a_partial_first_year_does_not_push_out_the_next_years_label():
    """#13: from Nov 2021, monthly at one cell a month, 2022 had room but went unlabelled."""
    timeline = count_by_period([dt.date(2021, 11, 5), dt.date(2024, 6, 1)], "month")
    labels = labelled(year_labels(timeline, 1))
    assert [year for _, year in labels] == [2022, 2023, 2024]
    assert [x for x, _ in labels] == [2, 14, 26]  # each under its January


def test_every_year_when_there_is_room():
    timeline = count_by_period([dt.date(2015, 1, 1), dt.date(2020, 12, 1)], "quarter")
    assert [year for _, year in labelled(year_labels(timeline, 2))] == [2015, 2016, 2017, 2018, 2019, 2020]
    # From Q3: two quarters of 2015 leave no room for its label before 2016's, the rest all fit.
    timeline = count_by_period([dt.date(2015, 7, 1), dt.date(2020, 12, 1)], "quarter")
    assert [year for _, year in labelled(year_labels(timeline, 2))] == [2016, 2017, 2018, 2019, 2020]
    assert [year for _, year in labelled(year_labels(timeline, 3))] == [2015, 2016, 2017, 2018, 2019, 2020]


def test_otherwise_every_nth_year_evenly():
    timeline = count_by_period([dt.date(2000, 3, 1), dt.date(2030, 3, 1)], "year")
    for cell, step in ((1, 5), (2, 3), (3, 2), (4, 2), (5, 1)):
        years = [year for _, year in labelled(year_labels(timeline, cell))]
        assert years == list(range(2000, 2031, step)), (cell, years)
    timeline = count_by_period([dt.date(2010, 2, 1), dt.date(2025, 3, 1)], "quarter")
    years = [year for _, year in labelled(year_labels(timeline, 1))]
    gaps = {b - a for a, b in pairwise(years)}
    assert gaps == {2} and years[-1] >= 2024
