"""Conversions computed from the stored instant: DST, half-hour zones, day shifts."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.core.model import zones
from briefing_tui.core.model.timetable import end_instant, start_instant, zone_rows
from briefing_tui.core.store.parse import load_file
from support import SEED


def at(zone: str, *args) -> dt.datetime:
    return zones.to_instant(dt.datetime(*args), zone)


def test_seed_meeting_in_tokyo_crosses_midnight():
    b, problems = load_file(SEED)
    assert problems == []
    rows = {r.zone: r for r in zone_rows(b, ["Asia/Tokyo"])}
    tokyo = rows["Asia/Tokyo"]
    assert tokyo.start.replace(tzinfo=None) == dt.datetime(2024, 1, 13, 23, 40)
    assert tokyo.end.replace(tzinfo=None) == dt.datetime(2024, 1, 14, 1, 20)
    assert tokyo.abbreviation == "JST" and tokyo.offset == "UTC+09:00" and tokyo.day_shift == 0
    assert zones.format_moment(tokyo.end, b.date) == "Sun 14 Jan 01:20 (+1 day)"
    assert start_instant(b).astimezone(dt.UTC) == dt.datetime(2024, 1, 13, 14, 40, tzinfo=dt.UTC)
    assert end_instant(b) - start_instant(b) == dt.timedelta(minutes=100)


@pytest.mark.parametrize(
    ("venue", "local", "other", "expected"),
    [
        # Münster after the EU's DST ended on 2022-10-30: CET, so 18:00 is 02:00 next day in Tokyo.
        ("Europe/Berlin", (2022, 11, 3, 18, 0), "Asia/Tokyo", (2022, 11, 4, 2, 0)),
        # The same wall time a week earlier was still CEST: one hour less apart.
        ("Europe/Berlin", (2022, 10, 27, 18, 0), "Asia/Tokyo", (2022, 10, 28, 1, 0)),
        # New Delhi is UTC+05:30.
        ("Asia/Kolkata", (2023, 3, 3, 11, 50), "Asia/Tokyo", (2023, 3, 3, 15, 20)),
        # Wellington in NZDT is ahead of Tokyo: the Japan time is earlier the same day.
        ("Pacific/Auckland", (2018, 10, 15, 10, 30), "Asia/Tokyo", (2018, 10, 15, 6, 30)),
        # Melbourne in AEDT (southern summer) vs AEST (winter).
        ("Australia/Melbourne", (2022, 2, 12, 8, 35), "Asia/Tokyo", (2022, 2, 12, 6, 35)),
        ("Australia/Melbourne", (2022, 7, 12, 8, 35), "Asia/Tokyo", (2022, 7, 12, 7, 35)),
        # A Tokyo morning call is the previous evening in Brasilia.
        ("Asia/Tokyo", (2021, 12, 7, 8, 0), "America/Sao_Paulo", (2021, 12, 6, 20, 0)),
        # Kathmandu's quarter-hour offset and Chatham's 45 minutes.
        ("Asia/Kathmandu", (2024, 5, 1, 12, 0), "UTC", (2024, 5, 1, 6, 15)),
        ("Pacific/Chatham", (2024, 1, 1, 12, 0), "UTC", (2023, 12, 31, 22, 15)),
    ],
)
def test_conversions(venue, local, other, expected):
    moment = at(venue, *local).astimezone(zones.get_zone(other))
    assert moment.replace(tzinfo=None) == dt.datetime(*expected)


def test_dst_gap_and_fold_detection():
    assert zones.local_time_problem(dt.datetime(2024, 3, 10, 2, 30), "America/New_York") == "gap"
    assert zones.local_time_problem(dt.datetime(2024, 11, 3, 1, 30), "America/New_York") == "fold"
    assert zones.local_time_problem(dt.datetime(2024, 4, 7, 2, 30), "Australia/Melbourne") == "fold"
    assert zones.local_time_problem(dt.datetime(2024, 10, 6, 2, 30), "Australia/Melbourne") == "gap"
    assert zones.local_time_problem(dt.datetime(2024, 1, 13, 9, 40), "Asia/Tokyo") is None


def test_fold_selects_the_second_occurrence():
    first = zones.to_instant(dt.datetime(2024, 11, 3, 1, 30), "America/New_York", 0)
    second = zones.to_instant(dt.datetime(2024, 11, 3, 1, 30), "America/New_York", 1)
    assert second.astimezone(dt.UTC) - first.astimezone(dt.UTC) == dt.timedelta(hours=1)


def test_day_shift_labels():
    ref = dt.date(2024, 1, 13)
    assert zones.format_moment(at("UTC", 2024, 1, 12, 23, 0), ref) == "Fri 12 Jan 23:00 (-1 day)"
    assert zones.format_moment(at("UTC", 2024, 1, 13, 9, 0), ref) == "Sat 13 Jan 09:00"
    assert zones.shift_label(2) == "(+2 days)"


def test_unknown_zone_suggestions():
    with pytest.raises(zones.UnknownZone) as exc:
        zones.get_zone("Europe/Berln")
    assert exc.value.suggestion == "Europe/Berlin"
    assert zones.suggest_zone("asia/tokyo") == "Asia/Tokyo"
    for bad in ("", "../etc/passwd", "/etc/localtime", " Asia/Tokyo"):
        with pytest.raises(zones.UnknownZone):
            zones.get_zone(bad)


def test_local_zone_follows_tz(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    zones.local_zone_name.cache_clear()
    assert zones.local_zone_name() == "Asia/Kolkata"
    monkeypatch.setenv("TZ", "Not/AZone")
    zones.local_zone_name.cache_clear()
    assert zones.local_zone_name() in zones.zone_names() or zones.local_zone_name() == "UTC"


def test_rows_dedupe_zones_and_label_participants():
    b, _ = load_file(SEED)
    rows = zone_rows(b, ["Asia/Tokyo", "Europe/Paris"], "UTC")
    assert [r.zone for r in rows] == ["America/Toronto", "Asia/Tokyo", "UTC", "Europe/Paris"]
    assert rows[0].label == "Venue · Canada" and rows[1].label == "Japan" and rows[2].label == "You · UTC"


def test_other_names_of_utc_are_one_row(monkeypatch):
    monkeypatch.setenv("TZ", "Etc/UTC")
    zones.local_zone_name.cache_clear()
    assert zones.local_zone_name() == "UTC"
    b, _ = load_file(SEED)
    rows = zone_rows(b, ["Etc/Zulu"], "Etc/UTC")
    assert [r.zone for r in rows].count("UTC") == 1 and "Etc/Zulu" not in [r.zone for r in rows]
