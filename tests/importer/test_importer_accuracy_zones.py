"""The accuracy scorer counts a tzdata link and its target as one zone, and only those."""

from __future__ import annotations

from importer_accuracy import same_clock


def test_a_link_and_its_target_are_the_same_clock():
    assert same_clock("Europe/Belgrade", "Europe/Skopje", 2022)
    assert same_clock("Europe/Paris", "Europe/Monaco", 2019)
    assert same_clock("Africa/Lagos", "Africa/Douala", 2022)


def test_zones_whose_clocks_differ_in_the_year_are_not():
    assert not same_clock("Europe/London", "Europe/Lisbon", 1995)  # Lisbon kept CET then
    assert not same_clock("Europe/Paris", "Europe/Kyiv", 2022)
    assert not same_clock("Asia/Shanghai", "Europe/Monaco", 2019)
    assert not same_clock(None, "Europe/Monaco", 2019)
    assert not same_clock("Nowhere/Atlantis", "Europe/Monaco", 2019)
