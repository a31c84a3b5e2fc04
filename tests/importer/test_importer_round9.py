"""Session 9, round 9: one test per general rule (each failed before its rule)."""

from __future__ import annotations

import datetime as dt

import pytest
from importer_accuracy import vocabulary

from briefing_tui.core.importer import dates, import_readout


def _draft(readout: str):
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft


@pytest.mark.parametrize(
    ("shamsi", "gregorian"),
    [
        ((1404, 5, 29), dt.date(2025, 8, 20)),
        ((1403, 1, 1), dt.date(2024, 3, 20)),  # Nowruz 2024
        ((1402, 1, 1), dt.date(2023, 3, 21)),  # Nowruz 2023
        ((1399, 12, 30), dt.date(2021, 3, 20)),  # the last day of a leap year
        ((1357, 11, 22), dt.date(1979, 2, 11)),
        ((1379, 10, 11), dt.date(2000, 12, 31)),
    ],
)
def test_solar_hijri_dates_convert_to_known_gregorian_days(shamsi, gregorian):
    from briefing_tui.core.importer import calendars

    assert calendars.solar_hijri(*shamsi) == gregorian


def test_a_solar_hijri_leap_day_of_a_common_year_is_no_date():
    from briefing_tui.core.importer import calendars

    with pytest.raises(ValueError):
        calendars.solar_hijri(1402, 12, 30)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Juche 112 (2023) September 14 Thursday", dt.date(2023, 9, 14)),
        ("(Juche 112.9.14.)", dt.date(2023, 9, 14)),
        ("Minguo 113.5.20", dt.date(2024, 5, 20)),
        ("中華民國112年9月14日", dt.date(2023, 9, 14)),
    ],
)
def test_years_counted_from_1912_are_read(line, day):
    (mention,) = dates.find_dates(line)
    assert dt.date(mention.year, mention.month, mention.day) == day


@pytest.mark.parametrize(
    ("readout", "day"),
    [
        # A Solar Hijri date line is the release's date, and "today" is that day.
        (
            "Trilateral meeting held in Kabul\n\n1404/05/29\n\nKabul: The Foreign Minister, Ahmad Karimi, met today "
            "in Kabul the Foreign Minister of Uzbekistan, Bakhtiyor Saidov.\n\nThe two ministers discussed trade.\n",
            dt.date(2025, 8, 20),
        ),
        # A Juche date line gives the year of a meeting day written without one.
        (
            "Leader Holds Talks\n\nJuche 112 (2023) September 14 Thursday\n\nPyongyang, September 14 (KCNA) -- Ri "
            "Song Chol, premier of the Cabinet, had talks with President Ana Lopes of Portugal in Pyongyang on "
            "September 13.\n\nThe two sides discussed cooperation.\n",
            dt.date(2023, 9, 13),
        ),
        # A dateline's date (with an agency in brackets) gives way to the day its sentence names.
        (
            "Talks\n\nHanoi, March 5, 2024 (VNA) -- Prime Minister Pham Minh Chinh held talks with Prime Minister "
            "Ana Lopes of Portugal in Hanoi on March 4.\n\nThe two leaders discussed trade.\n",
            dt.date(2024, 3, 4),
        ),
    ],
)
def test_the_meeting_day(readout, day):
    assert _draft(readout).date == day


def test_a_date_with_an_arabic_comma_before_its_year():
    assert dates.parse_date_line("12 February\u060c 2025") == dt.date(2025, 2, 12)
