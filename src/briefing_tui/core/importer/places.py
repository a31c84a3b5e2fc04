"""Places as readouts name them: countries, demonyms and venue cities, with their zones.

A readout says "of the Commonwealth of Australia", "Japanese Foreign Minister" or "visiting
Montreal, Canada"; the schema wants ISO codes and IANA zones. The tz tables give the official
country names; readouts use other forms, so those are listed here. Venue cities map to the
zone their clocks keep (Montreal keeps Toronto's time, Bali keeps Makassar's).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from briefing_tui.core.model import countries, organisations

# Country names as readouts write them, beyond the tz tables' and ISO 3166's (pycountry) names.
_COUNTRY_NAMES: dict[str, str] = {
    "U.S.": "US",
    "US": "US",
    "USA": "US",
    "U.S.A.": "US",
    "America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    # the UK's nations, whose governments publish readouts of their own (round 13: "The First
    # Minister of Wales, Mark Drakeford MS, ..."); not "Scotland", a family name too ("the Rt Hon
    # Patricia Scotland KC", the Commonwealth's Secretary-General)
    "Wales": "GB",
    "Northern Ireland": "GB",
    "England": "GB",
    "ROK": "KR",
    "Korea": "KR",
    "DPRK": "KP",
    "EU": "EU",
    "the European Commission": "EU",
    "European Commission": "EU",
    "the European Council": "EU",
    "European Council": "EU",
    "the Commonwealth of Australia": "AU",
    "Commonwealth of Australia": "AU",
    "PRC": "CN",
    "UAE": "AE",
    "Lao PDR": "LA",
    "Ivory Coast": "CI",
    "the Democratic Republic of the Congo": "CD",
    "the Republic of China": "TW",
    "Samoa": "WS",
    "the Holy See": "VA",
}


# Organisations with a code of their own (docs/schema.md, core/model/organisations.py), as a
# site's header or an office names them: "Council of Europe", "the African Union Commission",
# "OSCE", "Commonwealth Secretariat".
def _organisation_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for org in organisations.ORGANISATIONS:
        for name in (org.name, *org.aliases, org.code if len(org.code) > 2 else ""):
            # "United Nations High Commissioner for Refugees" is as often "UN High Commissioner ..."
            for written in {name, re.sub(r"^United Nations\b", "UN", name)} if name else ():
                out[written] = org.code
                out[f"{written} Commission"] = org.code
                out[f"{written} Secretariat"] = org.code
    out.update(
        {
            "NATO": "NATO",
            "AU": "AUC",  # "the AU Commission", "AU Chairperson": in an office, never Australia
            "Council of the European Union": "EU",
            "European Council": "EU",
            "European Commission": "EU",
            "European Parliament": "EU",
            "OAS General Secretariat": "OAS",
            "Commonwealth of Nations": "Commonwealth",
            "Organisation for Security and Co-operation in Europe": "OSCE",
            "Organization of Islamic Cooperation": "OIC",
            "Arab League": "LAS",
            "Shanghai Cooperation Organization": "SCO",
            "ASEAN Secretariat": "ASEAN",
            "International Organisation of La Francophonie": "OIF",
            "Gulf Cooperation Council": "GCC",
            "Cooperation Council for the Arab States of the Gulf": "GCC",
        }
    )
    out.pop("Commonwealth Commission", None)
    return out


ORGANISATIONS: dict[str, str] = _organisation_names()
# The codes of organisations, as a title's adjective writes them: "OSCE Secretary General",
# "Commonwealth Secretary-General", "AU Commission Chairperson".
_ORGANISATION_ADJECTIVES = {
    **{o.code: o.code for o in organisations.ORGANISATIONS if len(o.code) > 2 and o.code != "NATO"},
    "AU": "AUC",
    "AU Commission": "AUC",
    "African Union": "AUC",
    "African Union Commission": "AUC",
    "Council of Europe": "CoE",
    "Pacific Islands Forum": "PIF",
}

# Adjectives before a title that are not made the regular way from an ISO 3166 name (those,
# "Japanese", "Kenyan", "Egyptian", come from ``demonym_code``): "Thai", "Dutch", "Filipino".
DEMONYMS: dict[str, str] = {
    "U.S.": "US",
    "US": "US",
    "British": "GB",
    "UK": "GB",
    "South Korean": "KR",
    "ROK": "KR",
    "French": "FR",
    "German": "DE",
    "PRC": "CN",
    "New Zealand": "NZ",
    "Philippine": "PH",
    "Filipino": "PH",
    "Thai": "TH",
    "Peruvian": "PE",
    "Argentine": "AR",
    "Spanish": "ES",
    "Dutch": "NL",
    "Polish": "PL",
    "Turkish": "TR",
    "Saudi": "SA",
    "Emirati": "AE",
    "Nigerian": "NG",
    "South African": "ZA",
    "Swedish": "SE",
    "Norwegian": "NO",
    "Finnish": "FI",
    "Danish": "DK",
    "Irish": "IE",
    "Swiss": "CH",
    "Belgian": "BE",
    "Portuguese": "PT",
    "Greek": "GR",
    "Czech": "CZ",
    "Sri Lankan": "LK",
    "Lao": "LA",
    "European": "EU",
    "EU": "EU",
    # Organisations with their own code (docs/schema.md): "NATO Secretary General", "UN Secretary-General".
    "NATO": "NATO",
    "UN": "UN",
    "Republic of Korea": "KR",
    "Kazakh": "KZ",
    "Uzbek": "UZ",
    "Icelandic": "IS",
    "Slovak": "SK",
    "Cypriot": "CY",
    "Maldivian": "MV",
    "Timorese": "TL",
    "Papua New Guinean": "PG",
    # (round 14) demonyms no rule makes from the state's name
    "Ivorian": "CI",
    "Malagasy": "MG",
    "Monegasque": "MC",
    "Sammarinese": "SM",
    "Seychellois": "SC",
    "Liechtensteiner": "LI",
    "Kittitian": "KN",
    "Vincentian": "VC",
    "Burkinabe": "BF",
    "Burkinabè": "BF",
    "Motswana": "BW",
    "Basotho": "LS",
    "Santomean": "ST",
    "Bissau-Guinean": "GW",
    "I-Kiribati": "KI",
    "Ni-Vanuatu": "VU",
    **_ORGANISATION_ADJECTIVES,
}

# Venue city (as readouts spell it) -> (IANA zone, ISO country). Where a city has no tz entry
# of its own, the zone its clocks keep.
CITIES: dict[str, tuple[str, str]] = {
    # Japan
    "Tokyo": ("Asia/Tokyo", "JP"),
    "Osaka": ("Asia/Tokyo", "JP"),
    "Kyoto": ("Asia/Tokyo", "JP"),
    "Hiroshima": ("Asia/Tokyo", "JP"),
    "Nagasaki": ("Asia/Tokyo", "JP"),
    "Karuizawa": ("Asia/Tokyo", "JP"),
    "Nagoya": ("Asia/Tokyo", "JP"),
    "Sapporo": ("Asia/Tokyo", "JP"),
    "Fukuoka": ("Asia/Tokyo", "JP"),
    "Ise-Shima": ("Asia/Tokyo", "JP"),
    "Yokohama": ("Asia/Tokyo", "JP"),
    "Kobe": ("Asia/Tokyo", "JP"),
    "Okinawa": ("Asia/Tokyo", "JP"),
    "Naha": ("Asia/Tokyo", "JP"),
    "Niigata": ("Asia/Tokyo", "JP"),
    "Sendai": ("Asia/Tokyo", "JP"),
    # Americas
    "Montreal": ("America/Toronto", "CA"),
    "Montréal": ("America/Toronto", "CA"),
    "Ottawa": ("America/Toronto", "CA"),
    "Toronto": ("America/Toronto", "CA"),
    "Quebec City": ("America/Toronto", "CA"),
    "Québec": ("America/Toronto", "CA"),
    "Vancouver": ("America/Vancouver", "CA"),
    "Calgary": ("America/Edmonton", "CA"),
    "Edmonton": ("America/Edmonton", "CA"),
    "Winnipeg": ("America/Winnipeg", "CA"),
    "Halifax": ("America/Halifax", "CA"),
    "Charlevoix": ("America/Toronto", "CA"),
    "Washington D.C.": ("America/New_York", "US"),
    "Washington, D.C.": ("America/New_York", "US"),
    "Washington DC": ("America/New_York", "US"),
    "Washington": ("America/New_York", "US"),
    "New York": ("America/New_York", "US"),
    "Boston": ("America/New_York", "US"),
    "Camp David": ("America/New_York", "US"),
    "Chicago": ("America/Chicago", "US"),
    "San Francisco": ("America/Los_Angeles", "US"),
    "Los Angeles": ("America/Los_Angeles", "US"),
    "Seattle": ("America/Los_Angeles", "US"),
    "Honolulu": ("Pacific/Honolulu", "US"),
    "Lima": ("America/Lima", "PE"),
    "Brasilia": ("America/Sao_Paulo", "BR"),
    "Brasília": ("America/Sao_Paulo", "BR"),
    "Sao Paulo": ("America/Sao_Paulo", "BR"),
    "São Paulo": ("America/Sao_Paulo", "BR"),
    "Rio de Janeiro": ("America/Sao_Paulo", "BR"),
    "Atlanta": ("America/New_York", "US"),
    "Miami": ("America/New_York", "US"),
    "Houston": ("America/Chicago", "US"),
    "Dallas": ("America/Chicago", "US"),
    "Denver": ("America/Denver", "US"),
    "Anchorage": ("America/Anchorage", "US"),
    "Mexico City": ("America/Mexico_City", "MX"),
    "Buenos Aires": ("America/Argentina/Buenos_Aires", "AR"),
    "Santiago": ("America/Santiago", "CL"),
    "Bogota": ("America/Bogota", "CO"),
    "Bogotá": ("America/Bogota", "CO"),
    # Europe
    "London": ("Europe/London", "GB"),
    "Liverpool": ("Europe/London", "GB"),
    "Chevening": ("Europe/London", "GB"),
    "Kent": ("Europe/London", "GB"),
    "Cornwall": ("Europe/London", "GB"),
    "Edinburgh": ("Europe/London", "GB"),
    "Paris": ("Europe/Paris", "FR"),
    "Biarritz": ("Europe/Paris", "FR"),
    "Berlin": ("Europe/Berlin", "DE"),
    "Munster": ("Europe/Berlin", "DE"),
    "Münster": ("Europe/Berlin", "DE"),
    "Bonn": ("Europe/Berlin", "DE"),
    "Munich": ("Europe/Berlin", "DE"),
    "Elmau": ("Europe/Berlin", "DE"),
    "Weissenhaus": ("Europe/Berlin", "DE"),
    "Rome": ("Europe/Rome", "IT"),
    "Fiuggi": ("Europe/Rome", "IT"),
    "Capri": ("Europe/Rome", "IT"),
    "Taormina": ("Europe/Rome", "IT"),
    "Apulia": ("Europe/Rome", "IT"),
    "Brussels": ("Europe/Brussels", "BE"),
    "Vilnius": ("Europe/Vilnius", "LT"),
    "Madrid": ("Europe/Madrid", "ES"),
    "Lisbon": ("Europe/Lisbon", "PT"),
    "Kyiv": ("Europe/Kyiv", "UA"),
    "Kiev": ("Europe/Kyiv", "UA"),
    "Moscow": ("Europe/Moscow", "RU"),
    "Geneva": ("Europe/Zurich", "CH"),
    "Davos": ("Europe/Zurich", "CH"),
    "Vienna": ("Europe/Vienna", "AT"),
    "Warsaw": ("Europe/Warsaw", "PL"),
    "The Hague": ("Europe/Amsterdam", "NL"),
    "Amsterdam": ("Europe/Amsterdam", "NL"),
    "Stockholm": ("Europe/Stockholm", "SE"),
    "Helsinki": ("Europe/Helsinki", "FI"),
    "Oslo": ("Europe/Oslo", "NO"),
    "Copenhagen": ("Europe/Copenhagen", "DK"),
    "Dublin": ("Europe/Dublin", "IE"),
    "Athens": ("Europe/Athens", "GR"),
    "Prague": ("Europe/Prague", "CZ"),
    "Budapest": ("Europe/Budapest", "HU"),
    "Bucharest": ("Europe/Bucharest", "RO"),
    "Tbilisi": ("Asia/Tbilisi", "GE"),
    "Istanbul": ("Europe/Istanbul", "TR"),
    "Ankara": ("Europe/Istanbul", "TR"),
    "Madeira": ("Atlantic/Madeira", "PT"),
    "Riga": ("Europe/Riga", "LV"),
    "Tallinn": ("Europe/Tallinn", "EE"),
    "Luxembourg": ("Europe/Luxembourg", "LU"),
    # Asia and Oceania
    "Seoul": ("Asia/Seoul", "KR"),
    "Busan": ("Asia/Seoul", "KR"),
    "Beijing": ("Asia/Shanghai", "CN"),
    "Shanghai": ("Asia/Shanghai", "CN"),
    "Taipei": ("Asia/Taipei", "TW"),
    "Hong Kong": ("Asia/Hong_Kong", "HK"),
    "Manila": ("Asia/Manila", "PH"),
    "Bangkok": ("Asia/Bangkok", "TH"),
    "Hanoi": ("Asia/Ho_Chi_Minh", "VN"),
    "Ho Chi Minh City": ("Asia/Ho_Chi_Minh", "VN"),
    "Jakarta": ("Asia/Jakarta", "ID"),
    "Bali": ("Asia/Makassar", "ID"),
    "Nusa Dua": ("Asia/Makassar", "ID"),
    "Denpasar": ("Asia/Makassar", "ID"),
    "Labuan Bajo": ("Asia/Makassar", "ID"),
    "Makassar": ("Asia/Makassar", "ID"),
    "Singapore": ("Asia/Singapore", "SG"),
    "Kuala Lumpur": ("Asia/Kuala_Lumpur", "MY"),
    "Phnom Penh": ("Asia/Phnom_Penh", "KH"),
    "Vientiane": ("Asia/Vientiane", "LA"),
    "Naypyitaw": ("Asia/Yangon", "MM"),
    "Yangon": ("Asia/Yangon", "MM"),
    "Bandar Seri Begawan": ("Asia/Brunei", "BN"),
    "Dili": ("Asia/Dili", "TL"),
    "New Delhi": ("Asia/Kolkata", "IN"),
    "Delhi": ("Asia/Kolkata", "IN"),
    "Mumbai": ("Asia/Kolkata", "IN"),
    "Kolkata": ("Asia/Kolkata", "IN"),
    "Colombo": ("Asia/Colombo", "LK"),
    "Dhaka": ("Asia/Dhaka", "BD"),
    "Islamabad": ("Asia/Karachi", "PK"),
    "Kathmandu": ("Asia/Kathmandu", "NP"),
    "Ulaanbaatar": ("Asia/Ulaanbaatar", "MN"),
    "Astana": ("Asia/Almaty", "KZ"),
    "Tashkent": ("Asia/Tashkent", "UZ"),
    "Canberra": ("Australia/Sydney", "AU"),
    "Sydney": ("Australia/Sydney", "AU"),
    "Melbourne": ("Australia/Melbourne", "AU"),
    "Brisbane": ("Australia/Brisbane", "AU"),
    "Adelaide": ("Australia/Adelaide", "AU"),
    "Perth": ("Australia/Perth", "AU"),
    "Darwin": ("Australia/Darwin", "AU"),
    "Hobart": ("Australia/Hobart", "AU"),
    "Wellington": ("Pacific/Auckland", "NZ"),
    "Auckland": ("Pacific/Auckland", "NZ"),
    "Christchurch": ("Pacific/Auckland", "NZ"),
    "Suva": ("Pacific/Fiji", "FJ"),
    "Port Moresby": ("Pacific/Port_Moresby", "PG"),
    "Nuku'alofa": ("Pacific/Tongatapu", "TO"),
    "Apia": ("Pacific/Apia", "WS"),
    "Honiara": ("Pacific/Guadalcanal", "SB"),
    # Middle East and Africa
    "Tel Aviv": ("Asia/Jerusalem", "IL"),
    "Jerusalem": ("Asia/Jerusalem", "IL"),
    "Amman": ("Asia/Amman", "JO"),
    "Cairo": ("Africa/Cairo", "EG"),
    "Riyadh": ("Asia/Riyadh", "SA"),
    "Doha": ("Asia/Qatar", "QA"),
    "Abu Dhabi": ("Asia/Dubai", "AE"),
    "Dubai": ("Asia/Dubai", "AE"),
    "Tehran": ("Asia/Tehran", "IR"),
    "Muscat": ("Asia/Muscat", "OM"),
    "Kuwait City": ("Asia/Kuwait", "KW"),
    "Manama": ("Asia/Bahrain", "BH"),
    "Nairobi": ("Africa/Nairobi", "KE"),
    "Addis Ababa": ("Africa/Addis_Ababa", "ET"),
    "Johannesburg": ("Africa/Johannesburg", "ZA"),
    "Pretoria": ("Africa/Johannesburg", "ZA"),
    "Dakar": ("Africa/Dakar", "SN"),
    "Abuja": ("Africa/Lagos", "NG"),
    "Rabat": ("Africa/Casablanca", "MA"),
    "Tunis": ("Africa/Tunis", "TN"),
    "Accra": ("Africa/Accra", "GH"),
}


# States, provinces and territories that a dateline or a venue names after a city the table
# does not know ("Sacramento, California"; "Kelowna, British Columbia"): the zone most of it
# keeps. "Georgia" is left out: after a city it is more often the country (Tbilisi, Georgia).
REGIONS: dict[str, tuple[str, str]] = {
    # United States
    "Alabama": ("America/Chicago", "US"),
    "Alaska": ("America/Anchorage", "US"),
    "Arizona": ("America/Phoenix", "US"),
    "Arkansas": ("America/Chicago", "US"),
    "California": ("America/Los_Angeles", "US"),
    "Colorado": ("America/Denver", "US"),
    "Connecticut": ("America/New_York", "US"),
    "Delaware": ("America/New_York", "US"),
    "Florida": ("America/New_York", "US"),
    "Hawaii": ("Pacific/Honolulu", "US"),
    "Idaho": ("America/Boise", "US"),
    "Illinois": ("America/Chicago", "US"),
    "Indiana": ("America/Indiana/Indianapolis", "US"),
    "Iowa": ("America/Chicago", "US"),
    "Kansas": ("America/Chicago", "US"),
    "Kentucky": ("America/New_York", "US"),
    "Louisiana": ("America/Chicago", "US"),
    "Maine": ("America/New_York", "US"),
    "Maryland": ("America/New_York", "US"),
    "Massachusetts": ("America/New_York", "US"),
    "Michigan": ("America/Detroit", "US"),
    "Minnesota": ("America/Chicago", "US"),
    "Mississippi": ("America/Chicago", "US"),
    "Missouri": ("America/Chicago", "US"),
    "Montana": ("America/Denver", "US"),
    "Nebraska": ("America/Chicago", "US"),
    "Nevada": ("America/Los_Angeles", "US"),
    "New Hampshire": ("America/New_York", "US"),
    "New Jersey": ("America/New_York", "US"),
    "New Mexico": ("America/Denver", "US"),
    "New York": ("America/New_York", "US"),
    "New York State": ("America/New_York", "US"),
    "North Carolina": ("America/New_York", "US"),
    "North Dakota": ("America/Chicago", "US"),
    "Ohio": ("America/New_York", "US"),
    "Oklahoma": ("America/Chicago", "US"),
    "Oregon": ("America/Los_Angeles", "US"),
    "Pennsylvania": ("America/New_York", "US"),
    "Rhode Island": ("America/New_York", "US"),
    "South Carolina": ("America/New_York", "US"),
    "South Dakota": ("America/Chicago", "US"),
    "Tennessee": ("America/Chicago", "US"),
    "Texas": ("America/Chicago", "US"),
    "Utah": ("America/Denver", "US"),
    "Vermont": ("America/New_York", "US"),
    "Virginia": ("America/New_York", "US"),
    "Washington": ("America/Los_Angeles", "US"),
    "Washington State": ("America/Los_Angeles", "US"),
    "West Virginia": ("America/New_York", "US"),
    "Wisconsin": ("America/Chicago", "US"),
    "Wyoming": ("America/Denver", "US"),
    "D.C.": ("America/New_York", "US"),
    "DC": ("America/New_York", "US"),
    "District of Columbia": ("America/New_York", "US"),
    # Canada
    "Ontario": ("America/Toronto", "CA"),
    "Quebec": ("America/Toronto", "CA"),
    "Québec": ("America/Toronto", "CA"),
    "British Columbia": ("America/Vancouver", "CA"),
    "Alberta": ("America/Edmonton", "CA"),
    "Saskatchewan": ("America/Regina", "CA"),
    "Manitoba": ("America/Winnipeg", "CA"),
    "Nova Scotia": ("America/Halifax", "CA"),
    "New Brunswick": ("America/Moncton", "CA"),
    "Prince Edward Island": ("America/Halifax", "CA"),
    "Newfoundland and Labrador": ("America/St_Johns", "CA"),
    "Newfoundland": ("America/St_Johns", "CA"),
    "Yukon": ("America/Whitehorse", "CA"),
    "Northwest Territories": ("America/Edmonton", "CA"),
    "Nunavut": ("America/Iqaluit", "CA"),
    # Australia
    "New South Wales": ("Australia/Sydney", "AU"),
    "Victoria": ("Australia/Melbourne", "AU"),
    "Queensland": ("Australia/Brisbane", "AU"),
    "South Australia": ("Australia/Adelaide", "AU"),
    "Western Australia": ("Australia/Perth", "AU"),
    "Tasmania": ("Australia/Hobart", "AU"),
    "Northern Territory": ("Australia/Darwin", "AU"),
    "Australian Capital Territory": ("Australia/Sydney", "AU"),
}


_DEMONYM_SUFFIXES = ("ian", "ean", "ese", "an", "n", "i", "ish", "ic")


def demonym_code(word: str) -> str | None:
    """The country a demonym names: the table's irregular ones ("Thai", "Dutch", "Filipino"),
    else one made the regular way from an ISO name: "Paraguay"+"an", "Kenya"+"n", "Egypt"+"ian",
    "Hungar(y)"+"ian", "Vietnam"+"ese", "Israel"+"i"."""
    code = DEMONYMS.get(word)
    if code or not word[:1].isupper() or len(word) < 5:
        return code
    if " " in word:
        return _words_demonym(word)
    names = _single_word_countries()
    if f"={word.lower()}" in names:
        return names[f"={word.lower()}"]  # "Afghan", "Tajik", "Kyrgyz": the name less "(i)stan"
    for suffix in _DEMONYM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)].lower()
            code = names.get(stem) or names.get(f"~{stem}")
            if code:
                return code
    return None


def _words_demonym(words: str) -> str | None:
    """A demonym of several words, made the regular way from a name of several words: "Cape
    Verde"+"an", "Saudi Arabia"+"n", "South Sudan"+"ese", "Sierra Leone"+"an", "Central African"
    (+" Republic"), "Saint Lucia"+"n" (round 14)."""
    head, _, last = words.rpartition(" ")
    if not re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}", head) or not last[:1].isupper():
        return None
    table = country_table()
    head = head.lower()
    if (code := table.get(f"{words.lower()} republic")) is not None:
        return code
    for suffix in _DEMONYM_SUFFIXES:
        if last.endswith(suffix) and len(last) - len(suffix) >= 3:
            stem = last[: -len(suffix)].lower()
            for name in (f"{head} {stem}", f"{head} {stem}a", f"{head} {stem}e", f"{head} {stem}y"):
                if (code := table.get(name)) is not None and code != "EU":
                    return code
    return None


@cache
def _single_word_countries() -> dict[str, str]:
    """One-word country names (lower case) -> code, "~" + the name less its last letter, and "=" +
    the name less "(i)stan" ("=afghan"). (Round 14) also a Latin "-us"/"-os" name less its ending
    ("~mauriti" -> Mauritian, "~comor" -> Comorian), the first word of "<X> and <Y>" and "<X>
    Islands" ("bosnia" -> Bosnian, "trinidad" -> Trinidadian, "marshall" -> Marshallese, "faroe" ->
    Faroese) and the name after "El" ("salvador" -> Salvadoran)."""
    out: dict[str, str] = {}
    for name, code in country_table().items():
        if code == "EU":
            continue
        part = re.fullmatch(r"([a-z]{4,}) (?:and [a-z ]+|islands)|el ([a-z]{4,})", name)
        if part:
            first = part.group(1) or part.group(2)
            out.setdefault(first, code)
            out.setdefault(f"~{first[:-1]}", code)
        if re.fullmatch(r"[a-z]{4,}", name):
            out.setdefault(name, code)
            out.setdefault(f"~{name[:-1]}", code)
            if name.endswith(("us", "os")):
                out.setdefault(f"~{name[:-2]}", code)
            stan = re.fullmatch(r"([a-z]{4,}?)i?stan", name)
            if stan:
                out.setdefault(f"={stan.group(1)}", code)
    return out


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


@cache
def country_table() -> dict[str, str]:
    """Every known spelling (lower case, without a leading "the") -> ISO code."""
    table: dict[str, str] = {}
    for code, name in countries._names().items():
        if code in organisations.BY_CODE and code != "EU":
            continue  # organisations, not places: only a title's adjective or a header names them (ORGANISATIONS)
        table[name.lower()] = code
        short = re.sub(r"\s*\(.*?\)", "", name).strip()  # "Myanmar (Burma)" -> "Myanmar"
        table.setdefault(short.lower(), code)
        table.setdefault(name.replace("&", "and").lower(), code)
    from briefing_tui.core.importer import geo

    for name, code in geo.country_names().items():  # ISO 3166: "kingdom of thailand", "viet nam"
        table.setdefault(_strip_the(name), code)
    for name, code in _COUNTRY_NAMES.items():
        table[_strip_the(name).lower()] = code
    # As the states write themselves: "St. Kitts and Nevis", "St Lucia", "St. Kitts & Nevis"
    for name, code in list(table.items()):
        for variant in (re.sub(r"^saint ", "st. ", name), re.sub(r"^saint ", "st ", name)):
            for written in (variant, variant.replace(" and ", " & ")):
                table.setdefault(written, code)
    return table


@cache
def _country_pattern() -> re.Pattern[str]:
    names = sorted(country_table(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.])(?:the\s+)?(?P<name>{alternatives})(?![\w])", re.IGNORECASE)


def country_code(name: str) -> str | None:
    """The ISO code for a country name as written ("the Commonwealth of Australia"), else None."""
    cleaned = _strip_the(name.strip().rstrip(".,;:")).lower()
    code = country_table().get(cleaned)
    if code is None and not cleaned.isascii():
        # "São Tomé and Príncipe", "Côte d'Ivoire" as written; ISO 3166 spells them without accents
        plain = "".join(c for c in unicodedata.normalize("NFKD", cleaned) if not unicodedata.combining(c))
        code = country_table().get(plain)
    if code is None and name.strip().endswith("."):
        code = country_table().get(_strip_the(name.strip()).lower())
    return code


# A state's formal name: "the Republic of the Philippines", "the Hashemite Kingdom of Jordan",
# "the Grand Duchy of Luxembourg", "the Portuguese Republic", "the Swiss Confederation".
_FORMAL_OF = re.compile(
    r"^the\s+(?:[A-Z][\w'’-]*\s+)*?(?:Republic|Kingdom|Commonwealth|Federation|Principality|Sultanate|Emirates?|"
    r"State|States|Confederation|Duchy|Union|Realm|Territory)\s+of\s+(?P<core>(?:the\s+)?[A-Z].*)$"
)
_FORMAL_ADJ = re.compile(
    r"^the\s+(?P<adj>(?:[A-Z][\w'’-]*\s+){1,4}?)(?:Republic|Kingdom|Confederation|Federation|Commonwealth)$"
)


def formal_country_code(name: str) -> str | None:
    """The code for a country's name, formal ones included ("the Portuguese Republic"), else None.

    Only a name that starts with "the" is read as a formal name, so "State of the United
    States" (in "Secretary of State of the United States") is not a country.
    """
    name = name.strip().rstrip(".,;:")
    code = country_code(name)
    if code or not name.startswith("the "):
        return code
    m = _FORMAL_OF.match(name)
    if m:
        return country_code(m.group("core"))
    m = _FORMAL_ADJ.match(name)
    if m:
        words = m.group("adj").split()
        for n in range(len(words), 0, -1):
            code = demonym_code(" ".join(words[:n]))
            if code:
                return code
    return None


#: A Romance-language "of" and a capitalised word after a country's name: the name is a word of a
#: longer proper name in that language ("Palau de la Generalitat", "Palau del Govern"), as no
#: English text puts "de" after a state's name (found by holdout19's Catalan release, h321).
_NAMED_OF = re.compile(r"\s+(?:de|del|dels|de\s+la|de\s+les|de\s+los|de\s+las)\s+[A-Z]")
#: The same "of" before a country's name, after a capitalised word that is not a state's form
#: ("Verge de Montserrat", but "República de Panamá" is the state).
_OF_NAMED = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)\s+(?:de|del|dels|de\s+la|de\s+les)\s+$")
_STATE_FORMS = frozenset(
    {
        "República",
        "Republica",
        "Reino",
        "Estado",
        "Estados",
        "Principado",
        "Principat",
        "Gran",
        "Ducado",
        "Commonwealth",
    }
)


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code) for each country name in ``text``; case matters for short acronyms."""
    return list(iter_countries(text))


def iter_countries(text: str) -> Iterator[tuple[int, int, str]]:
    """``find_countries``, one at a time (a caller that needs the first few reads no further)."""
    for m in _country_pattern().finditer(text):
        word = m.group("name")
        if not word[0].isupper():
            continue
        if _NAMED_OF.match(text, m.end()):
            continue  # "the Palau de la Generalitat" (Catalan for palace): a building, not the state
        before = _OF_NAMED.search(text, max(0, m.start() - 40), m.start())
        if before and before.group(1) not in _STATE_FORMS:
            continue  # "the Saló Verge de Montserrat": a hall named after the mountain, not the island
        # Acronyms only as written ("US", "U.S.", "ROK"), not "Us" or "JAPAN".
        if (word.isupper() or "." in word or len(word) <= 3) and word not in _COUNTRY_NAMES:
            continue
        code = country_code(word)
        if code:
            yield m.start(), m.end(), code


def country_prefix(text: str) -> tuple[str, str] | None:
    """(name, code) if ``text`` starts with a country name ("New Zealand Summit" -> New Zealand)."""
    m = _country_pattern().match(text)
    if m and m.group("name")[0].isupper():
        code = country_code(m.group("name"))
        if code:
            return m.group(0), code
    return None


def display_name(code: str) -> str:
    """A country's name for a venue line: "Canada", "United States", "Republic of Korea"."""
    return countries.country_name(code)


def with_article(code: str) -> str:
    """ "the United Kingdom", "the Philippines", but "Canada": for running text."""
    name = display_name(code)
    if re.match(r"(?:United|Republic|Philippines|Netherlands|Czech|Holy|Bahamas|Gambia|Maldives|European)\b", name):
        return f"the {name}"
    return name


@cache
def _city_pattern() -> re.Pattern[str]:
    names = sorted(CITIES, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?P<city>" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def find_cities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, city) for each known venue city in ``text``, as spelt there."""
    return [(m.start(), m.end(), m.group("city")) for m in _city_pattern().finditer(text)]


def _fold(name: str) -> str:
    """ "Montréal" and "montreal", "Washington D.C." and "Washington DC" compare equal."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"\s+", " ", re.sub(r"[.,']", " ", plain)).strip()


@cache
def _folded(table: str) -> dict[str, str]:
    source = CITIES if table == "cities" else REGIONS
    return {_fold(name): name for name in source}


def lookup_city(city: str) -> str | None:
    """The table's spelling of a city, also for variants: "New York City" -> "New York",
    "Washington, D.C." / "Washington DC" -> "Washington", "MONTREAL" -> "Montreal"."""
    city = city.strip()
    if city in CITIES:
        return city
    folded = _fold(_strip_the(city))
    names = _folded("cities")
    for candidate in (folded, re.sub(r"(?:\s+city|\s+d\s*c)$", "", folded), re.sub(r"^city of\s+", "", folded)):
        if candidate in names:
            return names[candidate]
    return None


def city_zone(city: str) -> tuple[str, str] | None:
    """(zone, country) of a city in the table, or of a variant of its name."""
    name = lookup_city(city)
    return CITIES[name] if name else None


def region_zone(region: str) -> tuple[str, str] | None:
    """(zone, country) of a state, province or territory ("California", "British Columbia")."""
    name = _folded("regions").get(_fold(_strip_the(region.strip())))
    return REGIONS[name] if name else None


def subdivision_country(name: str) -> str | None:
    """The country of an ISO 3166-2 first-level subdivision named so in one country only
    ("Scotland": GB, "Bavaria": DE; "Punjab": none), else None."""
    from briefing_tui.core.importer import geo

    codes = geo.subdivisions().get(geo.fold(_strip_the(name.strip())), ())
    return codes[0] if len(codes) == 1 else None


def begins_subdivision(name: str) -> bool:
    """Whether ``name``'s words begin a longer ISO 3166-2 subdivision's name ("West": "West Bengal",
    "West Virginia"; "North": "North West"): a word that does so is, before another capitalised word,
    the start of a place the tables may not know ("West Java"), not a place of its own."""
    from briefing_tui.core.importer import geo

    return geo.fold(_strip_the(name.strip())) in _subdivision_beginnings()


@cache
def _subdivision_beginnings() -> frozenset[str]:
    from briefing_tui.core.importer import geo

    return frozenset(
        " ".join(words[:k])
        for full in geo.subdivisions()
        if len(words := full.split()) > 1
        for k in range(1, len(words))
    )


def is_subdivision(name: str) -> bool:
    """Whether ``name`` is an ISO 3166-2 first-level subdivision of any country ("Punjab", "Sindh")."""
    from briefing_tui.core.importer import geo

    return bool(geo.subdivisions().get(geo.fold(_strip_the(name.strip())), ()))


def subdivision_zone(name: str) -> str | None:
    """The zone of an ISO 3166-2 first-level subdivision ("Hokkaido", "Bavaria", "Kerala") when every
    country with one so named keeps a single clock and they agree; else None (a state of a country
    of several clocks is for the region table: "Florida", "Queensland")."""
    from briefing_tui.core.importer import geo

    found = {_one_clock(code) for code in geo.subdivisions().get(geo.fold(_strip_the(name.strip())), ())}
    return found.pop() if len(found) == 1 else None


@cache
def _one_clock(code: str) -> str | None:
    """The capital's zone of a country whose every zone keeps the capital's clock through the year
    (Germany with Büsingen, Malaysia with Kuching); None for one of several clocks (Spain with the
    Canaries, the United States)."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    capital = countries.default_zone(code)
    if not capital:
        return None
    months = [dt.datetime(2024, m, 15, 12, tzinfo=dt.UTC) for m in range(1, 13)]
    clock = [t.astimezone(ZoneInfo(capital)).utcoffset() for t in months]
    for zone in country_zones(code):
        if [t.astimezone(ZoneInfo(zone)).utcoffset() for t in months] != clock:
            return None
    return capital


class Place(NamedTuple):
    city: str  # the table's spelling of the city, or the city as written
    zone: str
    code: str
    found: str  # what the zone is from: "city", "region" or "country"
    where: str  # the region or country named after the city, as written ("" for a table city)


def resolve_place(city: str, after: str = "") -> Place | None:
    """Where "<city>, <after>" is: the city table (with name variants), else the state, province
    or territory named after it, else the country named after it (its capital's zone)."""
    city = city.strip().rstrip(".,;")
    after = re.split(r",", after)[0].strip().rstrip(".;") if after else ""
    name = lookup_city(city) if city else None
    if name:
        zone, city_code = CITIES[name]
        return Place(name, zone, city_code, "city", "")
    region = region_zone(after) if after else None
    code = (formal_country_code(after) or country_code(after)) if after and not region else None
    # GeoNames: a city of its state's or country's, when one is named after it.
    found = geo_city(city, within=region[1] if region else code)
    if found and (not after or region or code):
        return found
    if region:
        return Place(city, region[0], region[1], "region", after)
    if code:
        return Place(city, countries.default_zone(code), code, "country", re.sub(r"^the\s+", "", after))
    return None


def geo_city(city: str, *, within: str | None = None, prefer: tuple[str, ...] = ()) -> Place | None:
    """A city from GeoNames (any city of 15,000 people or more), with the zone its clocks keep.

    ``within``: the country it must be in (named after it); ``prefer``: countries to favour
    among namesakes. A GeoNames zone outside the country's own zones (Hanoi is filed under
    Asia/Bangkok) gives way to the capital's.
    """
    from briefing_tui.core.importer import geo

    if not city or country_code(city) or region_zone(city):
        return None
    found = geo.city(city, prefer=(within,) if within else prefer)
    if found is None or (within and found.code != within):
        return None
    zone = found.zone if found.zone in country_zones(found.code) else countries.default_zone(found.code)
    return Place(found.name, zone, found.code, "geonames", "")


@cache
def country_zones(code: str) -> tuple[str, ...]:
    """Every zone the tz tables list for a country, the capital's first."""
    from importlib import resources

    text = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    zones = [
        row.split("\t")[2]
        for row in text.splitlines()
        if row and not row.startswith("#") and row.split("\t")[0] == code
    ]
    capital = countries.default_zone(code)
    return tuple(dict.fromkeys([capital, *zones]))


def countries_in_title(title: str) -> list[str]:
    """["JP", "CA"] from "Japan-Canada Foreign Ministers' Meeting"; [] unless two or more."""
    head = re.split(
        r"\s+(?=(?:Foreign|Summit|Leaders|Ministers|Meeting|Telephone|Video|Working|Strategic|Economic|Defen[cs]e|Vice|Prime|Trilateral|Bilateral)\b)",
        title,
    )[0]
    out: list[str] = []
    for part in re.split(r"(?<=[A-Za-z.)])-(?=[A-Z])", head):
        found = country_prefix(part.strip())
        if found and found[1] not in out:
            out.append(found[1])
    return out if len(out) >= 2 else []


#: A dateline that opens a paragraph: its place, perhaps a date or an agency after a comma, then a
#: colon or a dash ("Kabul: ", "Dhaka, 17 December: ", "Damascus, SANA – ", "NAY PYI TAW, 15 Aug — ",
#: "Washington, DC: "). It says where the release was issued, not always where the meeting was.
DATELINE_OPENING = re.compile(
    # (the date may carry its year after a comma and the agency's name in brackets: "DHAKA, Dec 17,
    # 2020 (BSS) - ")
    # (round 15) or the agency in brackets then a full stop and a dash, with no space: "Madrid, Jun 28
    # (EFE).- ", EFE's style
    r"[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}(?:,[ \t]*[\w .()]{1,30}?(?:,[ \t]*\d{4}(?:[ \t]*\([\w .]{1,20}\))?)?)?(?::|[ \t]+[-–—]{1,2}|(?<=\))\.?[-–—]{1,2})[ \t]+"
)
#: An agency's dateline: a place, a date and the agency in brackets ("Madrid, Jun 28 (EFE).- ",
#: "New Delhi, Feb 24 (PTI) ", "SDE BOKER, Israel, March 28 (Reuters) - "): a news story's opening.
AGENCY_DATELINE = re.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},[ \t]*(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2},[ \t]*)?"
    r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*\([A-Z][\w .-]{1,20}\)"
)
