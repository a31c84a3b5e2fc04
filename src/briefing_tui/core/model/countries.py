"""ISO 3166 country names and each country's default (capital) time zone.

Both come from the tz database's own tables shipped in tzdata, so there is no
hand-kept country list to rot. zone.tab lists a multi-zone country's zones in
geographic order, not capital first, hence the short override table.
"""

from __future__ import annotations

import pkgutil
from functools import cache

# The seat of government's zone where zone.tab's first entry is elsewhere.
_CAPITAL_ZONES = {
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
    "CA": "America/Toronto",
    "CD": "Africa/Kinshasa",
    "CL": "America/Santiago",
    "EC": "America/Guayaquil",
    "ES": "Europe/Madrid",
    "ID": "Asia/Jakarta",
    "KZ": "Asia/Almaty",
    "MX": "America/Mexico_City",
    "MN": "Asia/Ulaanbaatar",
    "PT": "Europe/Lisbon",
    "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv",
    "US": "America/New_York",
    "EU": "Europe/Brussels",
    "UN": "America/New_York",
    "NATO": "Europe/Brussels",
}

# Names as readouts write them, where the tz tables use a compact form.
_NAMES = {
    "GB": "United Kingdom",
    "KR": "Republic of Korea",
    "KP": "North Korea",
    "US": "United States",
    "EU": "European Union",
    "UN": "United Nations",
    "NATO": "NATO",
    "RU": "Russia",
    "TW": "Taiwan",
    "VN": "Viet Nam",
}


def _read(name: str) -> list[list[str]]:
    # pkgutil, not importlib.resources: the same bytes (from a zip too) without its ~2 ms of imports.
    data = pkgutil.get_data("tzdata.zoneinfo", name)
    text = data.decode("utf-8") if data is not None else ""
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _names() -> dict[str, str]:
    names = {row[0]: row[1] for row in _read("iso3166.tab")}
    names.update(_NAMES)
    return names


@cache
def _zones() -> dict[str, str]:
    zones: dict[str, str] = {}
    for row in _read("zone.tab"):
        zones.setdefault(row[0], row[2])
    zones.update(_CAPITAL_ZONES)
    return zones


def is_country(code: str) -> bool:
    return code in _names()


def country_name(code: str) -> str:
    return _names().get(code, code)


def default_zone(code: str) -> str:
    """The capital's zone, or UTC for a code the tz tables do not know."""
    return _zones().get(code, "UTC")
