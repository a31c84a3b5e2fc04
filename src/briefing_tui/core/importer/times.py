"""Clock times and the zone phrases around them in a readout's opening paragraph.

A readout gives the local start ("commencing at 9:40 a.m.", "at around Noon") and often the
same moment in another zone ("(local time; January 13th, 11:40p.m. Japan time)", "(AEDT, at
2:00 p.m. JST)", "(France time)"). This module finds every clock time, decides which zone
label belongs to it, and picks the local start, a range end and the times stated elsewhere.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from briefing_tui.core.importer import places
from briefing_tui.core.model import zones

# "9:40 a.m.", "11:40p.m.", "5:00 pm", "12:10 PM", "11:30am", "8 a.m.", "Noon", "midnight"
CLOCK = re.compile(
    r"(?<![\w:.])(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[aApP])\.?\s?[mM](?![a-zA-Z])\.?"
    r"|(?<![\w:])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])(?:\s*(?:hrs|hours|h)\b)?"
    r"|(?<![\w:.])(?P<hdot>[01]?\d|2[0-3])\.(?P<mdot>[0-5]\d)(?:\s*(?:hrs|hours|h)\b\.?|(?=\s+(?:WIB|WITA|WIT|[A-Z]{2,4}T|local\s+time)\b))"
    r"|(?<![\w:.])(?P<hh>[01]?\d|2[0-3])h(?P<mh>[0-5]\d)(?![\w:])"  # "10h00" (South Africa, French usage)
    # "at 1100hrs", "1430 hrs" (the 24-hour clock without a colon, as Southern Africa writes it);
    # "hours" only after a word that introduces a time ("1200 hours of training" is a count)
    # ("1200 GMT", "at 2130 local time": as news agencies write the clock beside its zone; not the
    # year of "On March 20, 2024 local time")
    r"|(?<![\w:.])(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?:\s*(?:hrs|HRS)\b\.?|(?:(?<=at\s\d{4})|(?<=from\s\d{4})|(?<=until\s\d{4}))\s*hours\b"
    r"|(?=\s+(?:GMT|UTC)\b)|(?:(?<=at\s\d{4})|(?<=from\s\d{4}))(?=\s+local\s+time\b))"
    # "began at 10.30", "from 14.00 to 15.30": a dotted 24-hour time after a word that introduces a time
    r"|(?:(?<=\bat )|(?<=\bbetween )|(?<=\bfrom )|(?<=\bto )|(?<=\buntil )|(?<=\btill )|(?<=\band )|(?<=\bby ))"
    r"(?P<hat>[01]?\d|2[0-3])\.(?P<mat>[0-5]\d)(?![\d.,]\d|\s*(?:%|(?:per\s*cent|percent|[mb]illion|trillion|bn|km|kg|tonnes|points?)\b))"
    # "12 noon" is one time, so an "about" before the 12 is read ("shortly after 12 noon")
    r"|(?<![\w:.])(?:12\s+)?\b(?P<word>[Nn]oon|NOON|[Mm]idnight)\b"
    # "at 10 o'clock", "at 3 o'clock in the afternoon"
    r"|(?<![\w:.])(?P<oc>1[0-2]|0?[1-9])\s+o['’]clock(?:\s+in\s+the\s+(?P<ocpart>morning|afternoon|evening))?"
)

# Zone abbreviations readouts use. Several name more than one zone; the venue refines them.
ABBREVIATIONS: dict[str, str] = {
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "AEDT": "Australia/Sydney",
    "AEST": "Australia/Sydney",
    "ACDT": "Australia/Adelaide",
    "ACST": "Australia/Adelaide",
    "AWST": "Australia/Perth",
    "NZDT": "Pacific/Auckland",
    "NZST": "Pacific/Auckland",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "ET": "America/New_York",
    "CST": "America/Chicago",  # (round 16) China's and Cuba's too: read by the readout's countries
    "CDT": "America/Chicago",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "PT": "America/Los_Angeles",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "EET": "Europe/Helsinki",
    "EEST": "Europe/Helsinki",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "BST": "Europe/London",
    "GMT": "Etc/GMT",  # UTC+0 all year; London keeps BST in summer
    "UTC": "UTC",
    "IST": "Asia/Kolkata",
    "WIB": "Asia/Jakarta",
    "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "PHT": "Asia/Manila",
    "PHST": "Asia/Manila",
    "ICT": "Asia/Bangkok",
    "MYT": "Asia/Kuala_Lumpur",
    "MSK": "Europe/Moscow",
    "BRT": "America/Sao_Paulo",
    "ART": "America/Argentina/Buenos_Aires",
    "PET": "America/Lima",
    "GST": "Asia/Dubai",
    "AST": "Asia/Riyadh",
    "EAT": "Africa/Nairobi",
    "SAST": "Africa/Johannesburg",
    "CAT": "Africa/Maputo",
    "WAT": "Africa/Lagos",
    "PKT": "Asia/Karachi",
    "NPT": "Asia/Kathmandu",
    "FJT": "Pacific/Fiji",
    "HST": "Pacific/Honolulu",
    "ChST": "Pacific/Guam",
}
# Words before "time" that are regions rather than countries: "Eastern Time", "Central European Time".
_REGION_TIMES = {
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
    "central european": "Europe/Berlin",
    "eastern european": "Europe/Helsinki",
    "western european": "Europe/Lisbon",
    "greenwich mean": "Europe/London",
    "british summer": "Europe/London",
    "indian standard": "Asia/Kolkata",
    "japan standard": "Asia/Tokyo",
    "korea standard": "Asia/Seoul",
    "china standard": "Asia/Shanghai",
    "australian eastern daylight": "Australia/Sydney",
    "australian eastern standard": "Australia/Sydney",
    "new zealand daylight": "Pacific/Auckland",
    "new zealand standard": "Pacific/Auckland",
    "coordinated universal": "UTC",
    "universal": "UTC",
}

_ABBR = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
LABEL = re.compile(
    r"(?P<local>\blocal\s+time\b)"
    r"|(?P<place>\b(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.'’-]*)\s+[Tt]ime\b"
    rf"|(?<![\w])(?P<abbr>{_ABBR})(?![\w])"
)

# Zones that are an offset, not a place: a time given only in them is an instant, not the meeting's clock.
UNIVERSAL = frozenset({"Etc/GMT", "UTC"})

APPROX_BEFORE = re.compile(
    r"(?:at\s+around|from\s+around|from\s+approximately|around|approximately|about|roughly|circa|"
    r"shortly\s+(?:after|before)|just\s+(?:after|before)|a\s+little\s+(?:after|before)|some\s*time\s+after)\s*(?:at\s+)?$",
    re.IGNORECASE,
)
RANGE_JOIN = re.compile(
    r"^\s*(?:to|until|till|through|and|-|–|—|(?:and\s+)?(?:ended|finished|concluded|closed)\s+at|(?:and\s+)?(?:lasted|continued|ran|went\s+on)\s+(?:until|till)"
    # (round 15) with what the meeting went on as between: "began at 17:00 with a meeting between the
    # two leaders alone and continued in a plenary session with ministers ... until 18:20"
    r"|[^.;:\d]{0,160}?\band\s+(?:continued|ran|went\s+on)\b[^.;:\d]{0,160}?\b(?:until|till))\s*"
    r"(?:around\s+|approximately\s+|about\s+)?$",
    re.IGNORECASE,
)


@dataclass
class Label:
    start: int
    end: int
    kind: str  # "local" or "zone"
    zone: str | None
    text: str
    #: "in <place>" ("(7:50 p.m. Wednesday in Florida)"): a clock's label only inside its brackets
    bracketed: bool = False


#: "in <place>" after a time in brackets: a city, state, province, region or country whose clock it is
#: ("(7:50 p.m. Wednesday in Florida)", "(19:00 hrs in London)", "(midnight in Budapest)").
_IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


def place_zone(words: str) -> str | None:
    """The zone a place's clock keeps: a zone label's place (a city first: "Washington" is D.C.), else a
    state, province or region (from the table of those that readouts name: Florida, Queensland), else
    an ISO 3166-2 subdivision of a country with one clock ("Hokkaido", "Bavaria")."""
    zone = zone_for_place(words)
    if zone is None and (region := places.region_zone(words)):
        zone = region[0]
    if zone is None:
        zone = places.subdivision_zone(words)
    return zone


@dataclass
class Clock:
    start: int
    end: int
    hour: int
    minute: int
    text: str
    approximate: bool = False
    label: Label | None = None
    paren: tuple[int, int] | None = None  # the enclosing parenthesis' span, if any


@dataclass
class Stated:
    clock: Clock
    zone: str
    refers_to: str
    text: str
    context: str  # the words around it, where a date or "same day" is written


@dataclass
class TimeReading:
    start: Clock | None = None
    end: Clock | None = None  # "from 9:00 p.m. to 10:30 p.m."
    zone: str | None = None  # the start's own zone label, if it has one
    universal: str | None = None  # "from 11:00 to 14:30 GMT": the start's label is GMT/UTC, not a place
    zone_text: str = ""
    local_label: bool = False
    arrival: bool = False  # the start is only the time someone arrived ("arrived ... at noon today")
    stated: list[Stated] = field(default_factory=list)
    clocks: list[Clock] = field(default_factory=list)
    text: str = ""  # the paragraph read


def _hour(h: int, ap: str) -> int | None:
    if not 0 <= h <= 12:
        return None
    if ap == "a":
        return 0 if h == 12 else h
    return 12 if h == 12 else h + 12


def find_clocks(text: str) -> list[Clock]:
    clocks = []
    hour: int | None
    for m in CLOCK.finditer(text):
        if m.group("word"):
            word = m.group("word").lower()
            hour, minute = (12, 0) if word == "noon" else (0, 0)
        elif m.group("ap"):
            hour = _hour(int(m.group("h")), m.group("ap").lower())
            minute = int(m.group("m") or 0)
            if hour is None:
                continue
        elif m.group("hdot"):  # "16.00 hrs."
            hour, minute = int(m.group("hdot")), int(m.group("mdot"))
        elif m.group("oc"):  # "10 o'clock", "3 o'clock in the afternoon"
            hour, minute = int(m.group("oc")), 0
            if m.group("ocpart") in ("afternoon", "evening") and hour < 12:
                hour += 12
        elif m.group("h4"):  # "1100hrs"
            hour, minute = int(m.group("h4")), int(m.group("m4"))
        elif m.group("hh"):  # "10h00"
            hour, minute = int(m.group("hh")), int(m.group("mh"))
        elif m.group("hat"):  # "at 10.30"
            hour, minute = int(m.group("hat")), int(m.group("mat"))
        else:
            hour, minute = int(m.group("h24")), int(m.group("m24"))
        before = text[max(0, m.start() - 40) : m.start()]
        approx = bool(APPROX_BEFORE.search(before))
        clocks.append(Clock(m.start(), m.end(), hour, minute, m.group(0).strip(), approx))
    return clocks


def zone_for_place(place: str) -> str | None:
    """The zone a "<place> time" label names: a country, a city or a region."""
    words = place.strip()
    low = words.lower()
    for prefix in ("the ",):
        if low.startswith(prefix):
            words, low = words[len(prefix) :], low[len(prefix) :]
    if low in _REGION_TIMES:
        return _REGION_TIMES[low]
    for suffix in (" standard", " daylight", " summer"):
        if low.endswith(suffix) and low[: -len(suffix)] in _REGION_TIMES:
            return _REGION_TIMES[low[: -len(suffix)]]
    city = places.city_zone(words)
    if city:
        return city[0]
    found = places.geo_city(words)  # "15h00 Kinshasa time": any GeoNames city, not only the table's
    if found:
        return found.zone
    code = places.country_code(words)
    if code is None:
        for suffix in (" Standard", " Daylight", " Summer"):
            if words.endswith(suffix):
                code = places.country_code(words[: -len(suffix)])
    if code:
        from briefing_tui.core.model import countries

        return countries.default_zone(code)
    return None


def find_labels(text: str) -> list[Label]:
    labels = []
    for m in LABEL.finditer(text):
        if m.group("local"):
            labels.append(Label(m.start(), m.end(), "local", None, m.group(0)))
        elif m.group("abbr"):
            labels.append(Label(m.start(), m.end(), "zone", ABBREVIATIONS[m.group("abbr")], m.group(0)))
        else:
            place = m.group("place")
            # Keep only the trailing words that name a zone: "... Minister, Japan time" -> "Japan".
            words = place.split()
            zone = None
            for i in range(len(words)):
                zone = zone_for_place(" ".join(words[i:]))
                if zone:
                    start = m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                    labels.append(Label(start, m.end(), "zone", zone, text[start : m.end()]))
                    break
    taken = [(lb.start, lb.end) for lb in labels]
    for m in _IN_PLACE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        words = m.group("place").split()
        for n in range(len(words), 0, -1):  # the longest run of words that names a place
            zone = place_zone(" ".join(words[:n]))
            if zone:
                end = m.start("place") + len(" ".join(words[:n]))
                labels.append(Label(m.start(), end, "zone", zone, text[m.start() : end], bracketed=True))
                break
    labels.sort(key=lambda lb: lb.start)
    return labels


def _paren_spans(text: str) -> list[tuple[int, int]]:
    spans, stack = [], []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            spans.append((stack.pop(), i + 1))
    return spans


def _enclosing(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    inside = [s for s in spans if s[0] < pos < s[1]]
    return min(inside, key=lambda s: s[1] - s[0]) if inside else None


_LABEL_ONLY = re.compile(r"^\(\s*(?P<label>.+?)\s*\)$")


#: An arrival in the clock's own clause ("arrived at the cosmodrome at 13:00"; not "X, who arrived on
#: Monday, met Y at 10:00", nor one that goes on to the meeting).
_ARRIVAL = re.compile(
    r"\b(?:arriv(?:ed|es|al)|landed|touched\s+down)\b(?![^.;,]*\b(?:met|meet|held|began|started|talks|meeting)\b)[^.;,]*$",
    re.IGNORECASE,
)


def _arrival(text: str, clock: Clock) -> bool:
    """Is ``clock`` the time someone arrived ("arrived at the cosmodrome at 13:00")?"""
    return _ARRIVAL.search(text, max(0, clock.start - 120), clock.start) is not None


_MERIDIEM = re.compile(r"[aApP]\.?\s?[mM]\b|\b(?:noon|midnight)\b|h|hrs?|hours", re.IGNORECASE)


def _share_afternoon(start: Clock, end: Clock) -> None:
    """ "from 3:30 to 4:15 p.m.": a start on the twelve-hour clock without its own a.m. or p.m. takes
    the end's p.m. when the range stays forward and within twelve hours (15:30, not 03:30)."""
    if _MERIDIEM.search(start.text) or not 1 <= start.hour <= 11 or start.text.startswith("0"):
        return
    if not re.search(r"[pP]\.?\s?[mM]\b", end.text):
        return
    later = (start.hour + 12) * 60 + start.minute
    if later <= end.hour * 60 + end.minute:
        start.hour += 12


def read_times(text: str) -> TimeReading:
    """Find the local start, a range end and the other-zone times in an opening paragraph."""
    clocks = find_clocks(text)
    labels = find_labels(text)
    spans = _paren_spans(text)
    reading = TimeReading(clocks=clocks, text=text)
    if not clocks:
        return reading
    for clock in clocks:
        clock.paren = _enclosing(spans, clock.start)
    for i, clock in enumerate(clocks):
        nxt = clocks[i + 1].start if i + 1 < len(clocks) else len(text)
        if clock.paren:
            limit = min(nxt, clock.paren[1])
            clock.label = next((lb for lb in labels if clock.end <= lb.start < limit), None)
            continue
        # Outside parentheses: a label right after the time ("6:00 p.m. local time"), or a
        # parenthesis that starts with a label ("(local time; ...", "(AEDT, at ..."), or one that
        # is only a label ("for approximately 20 minutes, (Japan Time)").
        for lb in labels:
            if lb.start < clock.end or lb.start >= nxt or lb.bracketed:
                continue
            gap = text[clock.end : lb.start]
            if re.search(r"[.;]\s+[A-Z]", gap):
                break  # a later sentence: a "(Taiwan time)" there is about something else
            if re.fullmatch(r"\s*", gap):
                clock.label = lb
                break
            paren = _enclosing(spans, lb.start)
            if paren is None:
                continue
            head = text[paren[0] + 1 : lb.start]
            after = text[lb.end : paren[1] - 1]
            if re.fullmatch(r"\s*(?:at\s+)?", head) and (re.match(r"\s*[;,:)]", after + ")")):
                clock.label = lb
                break
    _inherit_range_labels(text, clocks)
    local = [c for c in clocks if c.paren is None or (c.label and c.label.kind == "local")]
    # "X arrived at the cosmodrome at 13:00 local time ... The talks began at 14:00": an arrival's
    # time is not the meeting's start when another local time is.
    local = [c for c in local if not _arrival(text, c)] or local
    start = local[0] if local else clocks[0]
    reading.start = start
    reading.arrival = _arrival(text, start)
    if start.label and start.label.zone in UNIVERSAL:
        reading.universal = start.label.zone
    elif start.label and start.label.kind == "zone":
        reading.zone, reading.zone_text = start.label.zone, start.label.text
    reading.local_label = bool(start.label and start.label.kind == "local")
    # A range: "from 9:00 p.m. to 10:30 p.m.", "from approximately 11:15 a.m. to 11:50 a.m."
    # The end may come after the start's own label and a time in brackets for another zone: "began at
    # 20:00 hrs Brussels time (19:00 hrs in London) and ended at 23:15 hrs".
    idx = clocks.index(start)
    cand = next((c for c in clocks[idx + 1 :] if c.paren == start.paren), None)
    if cand is not None:
        gap_from = start.label.end if start.label and start.end <= start.label.end <= cand.start else start.end
        gap = text[gap_from : cand.start]
        if RANGE_JOIN.match(re.sub(r"\([^()]*\)", "", gap) if start.paren is None else gap):
            reading.end = cand
            _share_afternoon(start, cand)
    # Times given in another zone, after the start (or its end) and before the next local time.
    end = reading.end
    found: list[Clock] = []
    for clock in clocks[clocks.index(start) + 1 :]:
        if clock is end:
            continue
        label = clock.label if clock.label is not None and clock.label.kind == "zone" else None
        if clock.paren is None and label is None:
            break  # the next local time (another session) ends this meeting's times
        if label is None or (reading.zone and label.zone == reading.zone and clock.paren is None):
            continue
        found.append(clock)
    # One for the start and one for the end: "from 9:00 to 10:30 (16:00 to 17:30 Japan time)", or
    # the start's in brackets before the end ("20:00 hrs (19:00 hrs in London) and ended at 23:15")
    before_end = [c for c in found if end is not None and c.start < end.start][:1]
    after_end = [c for c in found if c not in before_end]
    refers = [(c, "start") for c in before_end] + list(zip(after_end, ["start", "end"][len(before_end) :]))
    for clock, which in refers[: 2 if end else 1]:
        assert clock.label is not None  # every clock found carries a zone label
        context = text[clock.paren[0] : clock.paren[1]] if clock.paren else text[clock.start : clock.label.end]
        reading.stated.append(Stated(clock, clock.label.zone or "", which, _stated_text(text, clock), context))
    return reading


def _inherit_range_labels(text: str, clocks: list[Clock]) -> None:
    """ "from 5:00 to 6:30 a.m. Japan time": the first time of a range takes the second's label."""
    for first, second in itertools.pairwise(clocks):
        if first.label is None and second.label is not None and first.paren == second.paren:
            if RANGE_JOIN.match(text[first.end : second.start]) and (
                first.paren is not None or second.label.zone in UNIVERSAL
            ):
                first.label = second.label


def _stated_text(text: str, clock: Clock) -> str:
    """The phrase as written: the parenthesis without its leading "local time;" label."""
    if clock.paren is None:
        return text[clock.start : clock.label.end if clock.label else clock.end].strip()
    inner = text[clock.paren[0] + 1 : clock.paren[1] - 1]
    inner = re.sub(r"^\s*(?:local\s+time|[A-Z]{2,5})\s*[;,:]\s*", "", inner)
    return inner.strip()


def at(date: dt.date, clock: Clock) -> dt.datetime:
    return dt.datetime.combine(date, dt.time(clock.hour, clock.minute))


_LETTER_ZONE = re.compile(r"(?P<initial>[A-Z])(?P<kind>S|D)T")


def _on_clock(zone: str, moment: dt.datetime) -> dt.datetime | None:
    """``moment`` (a wall-clock time) on ``zone``'s clock; None for a zone the tables lack."""
    try:
        return moment.replace(tzinfo=zones.get_zone(zone))
    except zones.UnknownZone:
        return None


def _called(zone: str, abbr: str, moment: dt.datetime) -> bool:
    """Whether the tz tables call ``zone``'s clock ``abbr`` at ``moment``, or its standard or summer
    sibling (a readout writes "EST" for Ottawa's "EDT" in July, "IST" for Jerusalem's "IDT")."""
    local = _on_clock(zone, moment)
    if local is None:
        return False
    name = local.tzname() or ""
    letter = _LETTER_ZONE.fullmatch(abbr)
    if letter is None:
        return name == abbr
    return name in (f"{letter.group('initial')}ST", f"{letter.group('initial')}DT")


def _offset(zone: str, moment: dt.datetime) -> dt.timedelta | None:
    local = _on_clock(zone, moment)
    return local.utcoffset() if local is not None else None


def _unlettered(zone: str, code: str, moment: dt.datetime) -> bool:
    """Whether the tz tables give ``zone``'s clock no letters of their own that readers would write
    ("+06" for Dhaka) or only the country's code ("PKT" for Karachi): then "Pakistan Standard Time"
    is the readers' name; a clock the tables call "CET" or "EET" is called so in readouts too."""
    local = _on_clock(zone, moment)
    name = (local.tzname() if local is not None else None) or ""
    return bool(name) and (not name.isalpha() or name == f"{code}T")


def abbreviation_zone(abbr: str, countries: tuple[str, ...], when: dt.datetime | None) -> str | None:
    """(round 16) The zone an abbreviation that several countries use names in this readout ("PST" in a
    Pakistani release is Pakistan Standard Time, "IST" in an Israeli one Israel's, "CST" in a
    Chinese one China's, "BST" in a Bangladeshi one Bangladesh's): its usual zone when that zone's
    country is among ``countries`` (the publisher's, the venue's, the participants'), else the first
    zone of the first of them whose clock the tz tables call by it on that day (any of the country's
    zones: "CST" in a Canadian release is Winnipeg's, not Ottawa's), else the zone of the first
    one-zone country whose name gives it as "<Initial> Standard Time" and whose clock the tables
    name by no other letters (Pakistan's "PKT"; not Austria's "CET" for an "AST", which is
    Arabia's); None when none does."""
    usual = ABBREVIATIONS.get(abbr)
    codes = [c for c in countries if len(c) == 2 and c.isalpha()]
    if usual is None or usual in UNIVERSAL or not codes:
        return None  # (GMT and UTC are offsets, whoever keeps them)
    if any(usual in places.country_zones(c) for c in codes):
        return None
    from briefing_tui.core.model import countries as known

    moment = when or dt.datetime(2024, 1, 15, 12)
    for code in codes:
        zone = next((z for z in places.country_zones(code) if z != "UTC" and _called(z, abbr, moment)), None)
        if zone:
            # one that keeps the usual zone's clock (Tijuana's "PST", Winnipeg's "CST") changes nothing:
            # the usual zone stays, and the venue's choice follows as before
            return None if _offset(zone, moment) == _offset(usual, moment) else zone
    letter = _LETTER_ZONE.fullmatch(abbr)
    if letter is None or letter.group("kind") != "S":
        return None
    for code in codes:
        zones = places.country_zones(code)
        if (
            places.display_name(code).startswith(letter.group("initial"))
            and len(zones) == 1
            and zones[0] == known.default_zone(code) != "UTC"
            and _unlettered(zones[0], code, moment)
        ):
            return zones[0]
    return None


def refine_abbreviations(reading: TimeReading, countries: tuple[str, ...], when: dt.datetime | None) -> None:
    """Read the start's and the stated times' zone abbreviations against the readout's countries."""
    start_label = reading.start.label if reading.start else None
    if start_label and start_label.text in ABBREVIATIONS and reading.zone:
        zone = abbreviation_zone(start_label.text, countries, when)
        if zone:
            reading.zone = zone
    for s in reading.stated:
        label = s.clock.label
        if label and label.text in ABBREVIATIONS:
            zone = abbreviation_zone(label.text, countries, when)
            if zone:
                s.zone = zone
