"""What kind of meeting it was, where, and on what occasion.

The kind follows the medium before the title: a "Foreign Ministers' Meeting" held by
telephone is a telephone talk, a summit by video link a video conference. A summit is a meeting
the readout itself calls a summit (or a leaders' retreat), not any meeting of leaders, and not
one held on the margins of a summit (docs/schema.md defines each kind). Three or more countries
make a multilateral meeting. Calls and video conferences have no venue.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from typing import NamedTuple

from briefing_tui.core.importer import dates, places
from briefing_tui.core.importer.names import Person

_VIDEO = re.compile(
    r"\b(?:video|videoconference|video-conference|teleconference|virtual(?:ly)?|online|web conference)\b", re.IGNORECASE
)
_PHONE = re.compile(r"\b(?:telephone|phone)\b|\bcall(?:ed)?\b(?!\s+(?:for|on|upon)\b)", re.IGNORECASE)
#: A visit called a call: "paid a courtesy call on", "pays a call on".
_CALL_ON = re.compile(r"courtesy\s+calls?|\bpa(?:id|ys?|ying)\s+(?:an?\s+)?(?:[\w-]+\s+)?calls?\s+on\b", re.IGNORECASE)
_MEAL = re.compile(
    r"\b(?:working\s+(?:lunch|dinner|breakfast)|luncheon|lunch|dinner|breakfast|banquet)\b", re.IGNORECASE
)
_SUMMIT = re.compile(r"\bsummit\b|\bleaders['’]?\s+retreat\b", re.IGNORECASE)
# A word of a summit's own name before "Summit": "the second India-Nordic", "the G20 Rio de Janeiro".
_SUMMIT_NAME_WORD = re.compile(
    r"(?:[A-Z0-9][\w'’.+-]*|[–—-]|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|annual|inaugural|extraordinary|special|informal|de|da|do|of|and|on|for|the|a|an)"
)
# What puts a summit as the occasion of another meeting: "on the margins of", "on the eve of", "at".
_OCCASION_WORDS = (
    r"margins?|sidelines?|eve|occasion|ahead|attend(?:s|ed|ing)?|during|at|before|after|following|"
    r"since|from|to|towards?|in|into|within|until|prior"
)
_SUMMIT_OCCASION = re.compile(rf"\b(?:{_OCCASION_WORDS}|for)\s+(?:of\s+)?$", re.IGNORECASE)
_SUMMIT_OCCASION_WORD = re.compile(_OCCASION_WORDS, re.IGNORECASE)


_TOOK_PART_IN = re.compile(
    r"\b(?:took|takes|take|taking)\s+part\b(?:\s+(?:today|yesterday|\w+ly))?(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+in$"
    r"|\bparticipated\s+in$",
    re.IGNORECASE,
)


def called_summit(text: str) -> bool:
    """The text calls its meeting a summit ("held the 30th Japan-EU Summit", "EU-China summit:"),
    not a summit that is only its occasion ("met ... on the margins of the G20 Summit")."""
    for m in _SUMMIT.finditer(text):
        before = text[max(0, m.start() - 120) : m.start()]
        before = re.split(r"[.;:!?\n]\s", before)[-1]  # this sentence or title line only
        words = before.split()
        while words and _SUMMIT_NAME_WORD.fullmatch(words[-1]) and not _SUMMIT_OCCASION_WORD.fullmatch(words[-1]):
            words.pop()
        if _TOOK_PART_IN.search(" ".join(words[-12:])):
            return True  # "took part today in Jerusalem in the 6th Trilateral Summit": the summit is the meeting
        if not _SUMMIT_OCCASION.search(" ".join(words[-3:]) + " "):
            return True
    return False


_SEVERAL_SIDES = re.compile(
    r"\b(?:tri|quadri|multi)lateral\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|dialogue|talks|consultations?|session|"
    r"ministerial|conference|format)\b|\btripartite\s+(?:meeting|summit|talks)\b",
    re.IGNORECASE,
)
#: (round 15) A session of an organisation's council of states: "an extraordinary session of the
#: Collective Security Council of the Collective Security Treaty Organization", "the session of the
#: Council of Heads of State of the SCO".
_COUNCIL_SESSION = re.compile(
    r"\b(?:session|meeting)\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){0,4}Council\s+of\s+(?:the\s+)?"
    r"(?:Heads\b|Foreign\s+Ministers\b|(?:[A-Z][\w'’-]*\s+){0,4}(?:Organi[sz]ation|Union|Community|Association|League)\b)"
)
#: A meeting whose subject is the heads of a group's members ("The Presidents of the member
#: countries of the Andean Community met today", "The Heads of State and Government of the member
#: countries of SICA held ..."): as many sides as members.
_MEMBERS_MEET = re.compile(
    r"^(?:[^,]{0,40},\s*)?[Tt]he\s+(?:Heads\s+of\s+State(?:\s+and\s+(?:of\s+)?Government)?|Presidents|Prime\s+Ministers|"
    r"Leaders|(?:Foreign\s+)?Ministers(?:\s+of\s+Foreign\s+Affairs)?)\s+of\s+the\s+member\s+(?:countries|states|nations)\b"
)


def several_sides(title: str, lead: str) -> bool:
    """The title or the opening sentence calls the meeting one of three or more sides ("Sixth
    Trilateral Foreign Ministers' Dialogue", "a tripartite meeting"), not one that only talks about
    such a format ("discussed trilateral cooperation"), or its subject is the heads of a group's
    members ("The Presidents of the member countries of ... met")."""
    # (round 15) after a dateline that holds a full stop ("NUR-SULTAN. KAZINFORM – ...")
    opening = places.DATELINE_OPENING.match(lead)
    first = re.split(r"(?<=[.!?])\s", lead[opening.end() if opening else 0 :], maxsplit=1)[0]
    return bool(
        _SEVERAL_SIDES.search(title)
        or _SEVERAL_SIDES.search(first)
        or _MEMBERS_MEET.match(first)
        or _COUNCIL_SESSION.search(first)
    )


def by_phone(text: str) -> bool:
    """A telephone talk or call; a "courtesy call" is a visit, not a call, and so is "the call" that
    refers back to it ("paid a courtesy call ... The call took place at 8.30 p.m.": round 13)."""
    if _CALL_ON.search(text) and not re.search(r"\b(?:tele)?phone\b", text, re.IGNORECASE):
        return False
    return bool(_PHONE.search(_CALL_ON.sub("", text)))


def by_video(text: str) -> bool:
    """Held by video link."""
    return bool(_VIDEO.search(text))


#: Speaking with someone, with no meeting told: a call. (round 15) "spoke to" too, before a name or
#: an office ("spoke to Russian President Vladimir Putin", "spoke to his Brazilian counterpart"), not
#: to the press ("spoke to reporters").
_SPOKE = re.compile(
    r"\bspok(?:e|en)\s+(?:today\s+|yesterday\s+)?with\b|\bspeaks\s+with\b"
    r"|\b(?:spoke|speaks|spoken)\s+(?:by\s+(?:tele)?phone\s+)?to\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+)?counterpart|[A-Z])"
)
#: A meal held as the meeting: "held a working lunch".
_MEAL_HELD = re.compile(
    r"\b(?:held|had|hosted)\s+an?\s+(?:working\s+)?(?:lunch|luncheon|dinner|breakfast)", re.IGNORECASE
)
#: (round 15) The meeting held as a meal, whatever else the opening says: "received X for a working
#: dinner", "hosted X at a working breakfast", "met X over a working lunch".
_WORKING_MEAL_FOR = re.compile(
    r"\b(?:for|at|over|to)\s+an?\s+(?:working\s+(?:lunch|luncheon|dinner|breakfast)|(?:lunch|luncheon|dinner|breakfast)\s+meeting)\b",
    re.IGNORECASE,
)
#: Offices of a head of state or government (or of a region's or an organisation's head, who may
#: hold a summit of their own).
_HEAD = re.compile(
    r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|Monarch|Crown\s+Prince|"
    r"Taoiseach|Head|Chief|First\s+Minister|Minister[\s-]President|Governor|Mayor|Leader|Chair|Secretary[\s-]General|"
    r"Captains?\s+Regent|Emperor|Pope|Grand\s+Duke|Prince|Princess|Sheikh)\b",
    re.IGNORECASE,
)
#: A minister's office: "Foreign Minister", "Minister of Foreign Affairs", "Secretary of State".
_MINISTER = re.compile(r"\bMinister\b|\bSecretary\s+of\s+State\b|\bForeign\s+Secretary\b", re.IGNORECASE)


def _ministers_only(people: list[Person]) -> bool:
    """(round 15) Every side is a minister: a meeting of ministers billed as a summit ("hosted ...
    the top diplomats of four Arab states ..., in a gathering that its hosts billed as a historic
    summit") is no summit (docs/schema.md: a summit is of heads of state or government)."""
    return len(people) >= 2 and all(p.title and _MINISTER.search(p.title) and not _HEAD.search(p.title) for p in people)


def kind_of(title: str, lead: str, people: list[Person]) -> tuple[str, str]:
    """(kind, why) from the title, the opening paragraph and the participants' countries."""
    head = f"{title}\n{lead}"
    codes = {p.country for p in people}
    if _VIDEO.search(head):
        return "video-conference", "held by video"
    if _MEAL.search(title) and not by_phone(head):
        return "working-meal", "a meal in the title"  # a working dinner of eight is still a meal
    summit = called_summit(title) or called_summit(lead)
    if summit and not by_phone(head) and not _ministers_only(people):
        return "summit", "the readout calls it a summit"
    if _WORKING_MEAL_FOR.search(lead) and not by_phone(head):
        # (round 15) "hosted A and B for a working dinner": the meal is the meeting, however many sides
        return "working-meal", "a working meal"
    if several_sides(title, lead):
        return "multilateral-meeting", "the readout calls it a meeting of three or more sides"
    if len(codes) >= 3:  # a call of three or more sides too: its medium (telephone) says how (docs/schema.md)
        return "multilateral-meeting", f"{len(codes)} countries"
    if by_phone(head):
        return "telephone-talk", "held by telephone"
    if _SPOKE.search(head) and not re.search(r"\b(?:met|meets|meeting)\b", lead):
        return "telephone-talk", '"spoke with" and no meeting: assumed a call'
    if _MEAL.search(title) or _MEAL_HELD.search(lead):
        return "working-meal", "a meal"
    return "bilateral-meeting", ""


def medium_of(kind: str, head: str) -> str:
    """How it was held: a call or video conference by its kind, a multilateral meeting by its words."""
    if kind == "video-conference":
        return "video"
    if kind == "telephone-talk" or (kind == "multilateral-meeting" and by_phone(head)):
        return "telephone"
    if kind == "multilateral-meeting" and by_video(head):
        return "video"
    return "in-person"


class Venue(NamedTuple):
    text: str = ""  # "Montreal, Canada"
    zone: str | None = None  # the city's zone, if it is known
    code: str | None = None  # the venue's country
    why: str = ""  # set when the zone is inferred, not read: what it was inferred from
    from_dateline: bool = False


_PLACE_WORDS = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w.'’-]*){0,4}")


def _place_words(text: str, pos: int = 0) -> list[str]:
    """ "British Columbia", "the Republic of Peru": the longest place name that opens ``text[pos:]``
    (read at ``pos``, not on a copy, so that trying many places in a long lead stays linear)."""
    m = _PLACE_WORDS.match(text, pos)
    if not m:
        return []
    words = m.group(0).split()
    return [" ".join(words[:n]).rstrip(".,;") for n in range(len(words), 0, -1)]


def inferred_from(place: places.Place) -> str:
    """Why an unknown city's zone is what it is, for the guess comment."""
    if place.found == "geonames":
        return f"{place.city} is a GeoNames city of {places.display_name(place.code)}"
    if place.found == "region":
        return f"{place.city} is not in the city table; the zone of {place.where}"
    if place.found == "country":
        return f"{place.city} is not in the city table; the capital's zone of {places.display_name(place.code)}"
    return ""


def _span_test(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """``lambda i: any(s <= i < e for s, e in spans)`` in log time: the spans sorted by start, with
    the furthest end among each prefix (a long lead naming thousands of people was quadratic)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))

    def inside(i: int) -> bool:
        k = bisect_right(starts, i)
        return k > 0 and reach[k - 1] > i

    return inside


# Read where a place name ends (``pattern.match(lead, end)``, not on a copy of the rest of the lead):
# "(Tokyo time)" is a zone label; "Lancaster House", "Canada's" are no city.
_ZONE_LABEL = re.compile(r"\s+[Tt]ime\b")
_TIME_ELSEWHERE = re.compile(r"\([^()\n]{1,200}\)")
_CLOCK_WORDS = re.compile(
    r"\d(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b|hrs?\b|h\b)|\d:\d{2}|\d[hH]\d{2}\b|\b(?:midnight|noon|midday)\b",
    re.IGNORECASE,
)
_NOT_A_PLACE_AFTER = re.compile(r"\s+[Tt]ime\b|\s+[A-Z]|['’]s\b")

# Capitalised words after "in"/"at" that are not venues even where a town bears the name.
_NOT_PLACES = {
    "The",
    "This",
    "That",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Foreign",
    "Prime",
    "President",
    "Minister",
    "General",
    "Summit",
}
_NOT_PLACES |= dates.MONTH_NAMES


#: A capitalised name word right before a city's name (not a preposition in title case).
_NAMED_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:In|At|Of|To|From|For|On|And|The|Near|Outside|Inside|Via)\b)[A-Z][\w'’-]+[ \t]+$"
)
#: A building's or an institution's word right after it ("Santiago Port", "Lima Hall").
_PLACE_NAMED_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][\w'’-]+[ \t]+){0,2}?(?:Port|Airport|Building|Hall|House|Palace|Centre|Center|Stadium|Bridge|"
    r"Hospital|University|College|School|Institute|Foundation|Avenue|Street|Square|Park|Library|Museum|Theatre|Theater)\b"
)


#: An office before a city's name: "the Mayor of Kyiv", "the Governor of Tokyo", "the Prime Minister of
#: Singapore" (a city-state).
_CITY_OFFICE_BEFORE = re.compile(
    r"\b(?:Mayor|Governor|Prefect|Archbishop|Bishop|Patriarch|Minister|President|Premier|Chancellor|King|Queen|Emir|"
    r"Sultan|Ambassador|Consul|Consul\s+General|High\s+Commissioner|Secretary|Commissioner|Speaker|Leader)\s+of\s+"
    r"(?:the\s+(?:City\s+of\s+|Republic\s+of\s+)?)?$"
)


#: An office after a city-state's name, its adjective: "CE meets Singapore Prime Minister".
_OFFICE_AFTER_CITY = re.compile(
    r"\s+(?:Deputy\s+|Vice\s+|Foreign\s+|Prime\s+)?(?:Prime\s+Minister|President|Minister|Premier|Chancellor|"
    r"Ambassador|Mayor|Governor|Emir|King|[Ll]eader|counterpart|delegation)\b"
)


def venue_of(
    lead: str, *, remote: bool, dateline: str = "", names: Sequence[tuple[int, int]] = (), prefer: tuple[str, ...] = ()
) -> Venue:
    """The venue: a known city in ``lead``, "City, State/Country", a country, else the dateline.

    ``dateline`` is a GAC dateline's place ("New York City, New York"); ``names`` spans are skipped.
    """
    if remote:
        return Venue()
    # "(10.30 am to 12.15 pm in Dakar)", "(midnight in Budapest)": a place in a bracket that gives
    # the time elsewhere is the other side's clock, not where the meeting was.
    elsewhere = [(m.start(), m.end()) for m in _TIME_ELSEWHERE.finditer(lead) if _CLOCK_WORDS.search(m.group(0))]
    in_a_name = _span_test([*names, *elsewhere])
    # "Washington, DC: ... after her meeting yesterday in Paris": the dateline's place is where the
    # release was issued; another place the paragraph names comes first.
    opening = places.DATELINE_OPENING.match(lead)
    cities = sorted(places.find_cities(lead), key=lambda c: opening is not None and c[0] < opening.end())
    for start, end, city in cities:
        if _ZONE_LABEL.match(lead, end):
            continue  # "(Tokyo time)" is a zone label, not the venue
        if in_a_name(start):
            continue  # "H.E. Mr. Rafael Cardoso Lima" names a person, not Lima
        if _CITY_OFFICE_BEFORE.search(lead, max(0, start - 40), start) or _OFFICE_AFTER_CITY.match(lead, end):
            continue  # (round 15) "welcomed the Mayor of Kyiv, Vitali Klitschko, to City Hall": an office's city
        if _NAMED_BEFORE.search(lead, max(0, start - 40), start) and _PLACE_NAMED_AFTER.match(lead, end):
            # "the Rafael Cordero Santiago Port of the Americas": a person's name inside a place's
            # name, not Santiago (round 14)
            continue
        zone, code = places.city_zone(city)  # type: ignore[misc]
        # "Chevening House, Kent": a building and further known places belong to the venue.
        more = re.match(
            r"(?:\s+(?:House|Palace|Hall|Castle|Hotel|Centre|Center|Manor|Park))?(?:,\s*(?:%s))*"
            % "|".join(re.escape(c) for c in sorted(places.CITIES, key=len, reverse=True)),
            lead[end:],
        )
        place = city + (more.group(0) if more else "")
        end += len(more.group(0)) if more else 0
        m = re.match(
            r",\s*(?P<c>(?:the\s+)?[A-Z][\w.' -]+?)(?=[,.;)]|\s+(?:held|on|at|for|to|and|during|where)\b|$)", lead[end:]
        )
        written = None
        if m and places.country_code(m.group("c")) == code:
            written = re.sub(r"^the\s+", "", m.group("c"))
        return Venue(f"{place}, {written or places.display_name(code)}", zone, code)
    # "visiting Lime, Peru", "in Sacramento, California": a city the table does not know (or
    # misspelt), then its state, province or country.
    for m in re.finditer(
        r"\b(?:visiting|in|held in|at|visit to)\s+(?P<city>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}),\s+", lead
    ):
        city = m.group("city").rstrip(".")
        if in_a_name(m.start("city")) or places.country_code(city) or places.region_zone(city):
            continue
        for name in _place_words(lead, m.end()):
            if _ZONE_LABEL.match(lead, m.end() + len(name)):
                continue
            resolved = places.resolve_place(city, name)
            if resolved:
                where = (
                    re.sub(r"^the\s+", "", name) if resolved.found == "country" else places.display_name(resolved.code)
                )
                return Venue(f"{city}, {where}", resolved.zone, resolved.code, inferred_from(resolved))
    # "met today in Ushuaia with", "in Da Nang,": a city that GeoNames knows; also "in the city of
    # Xi'an", names with a lowercase particle ("in Dar es Salaam") and the city after its building
    # ("at the Speke Resort Munyonyo, Kampala").
    for m in re.finditer(
        r"\b(?:visiting|in|held in|at|visit to)\s+(?:the\s+city\s+of\s+|the\s+(?:[A-Z][\w'’-]*\s+){1,4}?[A-Z][\w'’-]*,\s+)?"
        r"(?P<c>[A-Z][\w'’-]*(?:\s+(?:(?:es|el|de|del|da|do|dos|du|al|la|le|les|los|las)\s+){0,2}[A-Z][\w'’-]*){0,2})",
        lead,
    ):
        if in_a_name(m.start("c")):
            continue
        words = m.group("c").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            # Matched where the name ends, not on a copy of the rest of the lead (a copy per
            # candidate made a long lead of "in Xxx" quadratic).
            if _NOT_A_PLACE_AFTER.match(lead, m.start("c") + len(name)) or name in _NOT_PLACES:
                continue  # "(Tokyo time)", "Lancaster House", "Canada's"
            known = places.geo_city(name, prefer=prefer)
            if known:
                return Venue(
                    f"{known.city}, {places.display_name(known.code)}", known.zone, known.code, inferred_from(known)
                )
    for m in re.finditer(
        r"\b(?:visiting|in|held in|visit to)\s+(?P<c>(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})", lead
    ):
        if in_a_name(m.start("c")):
            continue
        words = m.group("c").split()
        for n in range(len(words), 0, -1):  # "Japan. H.E. Mr." -> "Japan"
            name = " ".join(words[:n]).rstrip(".,;")
            code = places.country_code(name)
            if code and not _ZONE_LABEL.match(lead, m.start("c") + len(name)):
                return Venue(re.sub(r"^the\s+", "", name), None, code)
    if dateline:
        city, _, after = dateline.partition(",")
        resolved = places.resolve_place(city, after)
        if resolved:
            why = f"the venue is the dateline's place ({dateline})"
            if resolved.found != "city":
                why += f"; {inferred_from(resolved)}"
            return Venue(
                f"{resolved.city}, {places.display_name(resolved.code)}", resolved.zone, resolved.code, why, True
            )
    return Venue()


_OCCASION = re.compile(
    r"\b(?:on the (?:margins|sidelines|occasion) of|in the margins of|on the fringes of|while attending|during|"
    r"(?:who|which) (?:was|were|is|are) (?:attending|participating in)|to attend|for|at)\s+(?:the\s+)?"
    r"(?P<occ>(?:\d+(?:st|nd|rd|th)\s+(?:(?:session|meeting|summit)\s+of\s+(?:the\s+)?)?)?[A-Z0-9][\w'.+-]*(?:\s+(?:[A-Z0-9(][\w'().+-]*|and|of|on|for|the|in the|de|da|do|di|du|la|le)){0,10}?"
    r"\s+(?:Meeting|Summit|Conference|Assembly|Forum|Dialogue|Session|Ministerial|Week|Games|Expo|Meetings))\b"
    r"(?!\s+(?:Meeting|Meetings|Summit|Conference|Session|Week)\b)"
)


# An occasion's name goes on past its first keyword: "the UN General Assembly High-Level Week",
# "the High-Level Week of the 78th Session of the United Nations General Assembly". Not past
# "and" ("... Meeting and Related Meetings") or a sentence end.
_OCCASION_MORE = re.compile(
    r"(?:\s+(?:of|on|for|the|in\s+the|de|da|do|di|du|la|le|[A-Z0-9(][\w'()+-]*)){1,10}?"
    r"\s+(?:Meeting|Summit|Conference|Assembly|Forum|Dialogue|Session|Ministerial|Week|Games|Expo|Meetings)\b"
)


def occasion_of(lead: str, people: list[Person], venue_country: str | None) -> str:
    """ "G7 Foreign Ministers' Meeting", or "Foreign Minister Kamikawa's visit to Canada"."""
    m = _OCCASION.search(lead)
    if m:
        end = m.end("occ")
        while more := _OCCASION_MORE.match(lead, end):
            end = more.end()
        return lead[m.start("occ") : end].strip()
    visit = re.search(r",?\s*who (?:was|is) (?:visiting|on (?:an official |a )?visit to)\s", lead)
    if visit and venue_country:
        before = [p for p in people if p.end <= visit.start() + 1]
        if before:
            p = before[-1]
            role = "Foreign Minister" if "Foreign" in p.title else (p.title or "")
            who = f"{role} {p.family_name}".strip()
            return f"{who}'s visit to {places.with_article(venue_country)}"
    return ""
