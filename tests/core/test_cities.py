"""Capitals, large cities and countries map to the zone they keep time by."""

from __future__ import annotations

import pytest

from briefing_tui.core.model import cities


@pytest.mark.parametrize(
    ("query", "label", "zone"),
    [
        ("ottawa", "Ottawa, Canada", "America/Toronto"),
        ("washington", "Washington, United States", "America/New_York"),
        ("beijing", "Beijing, China", "Asia/Shanghai"),
        ("delhi", "Delhi, India", "Asia/Kolkata"),
        ("brasilia", "Brasília, Brazil", "America/Sao_Paulo"),
        ("wellington", "Wellington, New Zealand", "Pacific/Auckland"),
        ("SAO PAULO", "São Paulo, Brazil", "America/Sao_Paulo"),
        ("andorra la vella", "Andorra la Vella, Andorra", "Europe/Andorra"),  # a small capital
    ],
)
def test_capitals_and_large_cities_are_found_first(query, label, zone):
    first = cities.find(query)[0]
    assert (first.label, first.zone) == (label, zone)


def test_countries_name_their_capital_and_its_zone():
    labels = {(p.label, p.zone) for p in cities.find("canada")}
    assert ("Canada (capital Ottawa)", "America/Toronto") in labels
    assert cities.find("") == [] and cities.find("zzqx") == []
    # small towns are left out: the US town of Ottawa (18,000 people) does not crowd the capital
    assert [p.label for p in cities.find("ottawa") if p.label.startswith("Ottawa,")] == ["Ottawa, Canada"]
