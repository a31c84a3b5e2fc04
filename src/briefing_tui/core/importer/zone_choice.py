"""Which IANA zone the local start is in, and the other-zone times checked against it.

The start's own label wins ("(AEDT, ...)", "Japan time", "(France time)"); then the venue
city's zone; for a city the table does not know, the zone of the state, province or country
named after it (a guess); then the capital's zone of a venue named only by its country; then,
stated as a guess, the dateline's place or the publisher's home zone. A time the readout gives in another zone is kept as a
stated time; when a guessed zone would make it disagree, a zone that agrees is chosen.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefing_tui.core.importer import dates, places, times
from briefing_tui.core.importer.draft import StatedDraft
from briefing_tui.core.model import zones


@dataclass
class ZoneChoice:
    zone: str
    guess: str = ""  # why it is a guess, if it is one
    remark: str = ""  # where it came from, if not a guess
    notes: list[str] = field(default_factory=list)


def choose(
    reading: times.TimeReading,
    start: dt.datetime | None,
    *,
    venue: str,
    venue_zone: str | None,
    venue_code: str | None,
    fallback: str,
    fallback_why: str,
    venue_why: str = "",
) -> ZoneChoice:
    """The zone of the local start, from its label, the venue, or the publisher (a guess).

    ``venue_why`` says how a venue's zone was inferred (from the dateline, or from the state or
    country after a city the table does not know); such a zone is a guess.
    """
    if reading.zone:
        zone = reading.zone
        label = reading.start.label if reading.start else None
        if label and re.fullmatch(r"[A-Za-z]{2,5}", label.text):
            zone = _refine_abbreviation(zone, venue_zone, start)
        return ZoneChoice(zone, remark=f'"{reading.zone_text}"')
    if venue_zone and venue_why:
        return ZoneChoice(venue_zone, guess=f"no zone stated; {venue_why}")
    if venue_zone:
        city = venue.split(",")[0]
        remark = f"{city} keeps {venue_zone} time" if city.replace(" ", "_") not in venue_zone else ""
        return ZoneChoice(venue_zone, remark=remark)
    if venue_code:
        return ZoneChoice(
            places.country_zones(venue_code)[0],
            guess=f"no city named; the capital's zone of {places.display_name(venue_code)}",
        )
    return ZoneChoice(fallback, guess=fallback_why)


def _refine_abbreviation(zone: str, venue_zone: str | None, start: dt.datetime | None) -> str:
    """ "AEDT" names Sydney's zone; at a Melbourne venue keep Melbourne's if they agree."""
    if not venue_zone or venue_zone == zone or start is None:
        return zone
    a = zones.to_instant(start, zone).utcoffset()
    b = zones.to_instant(start, venue_zone).utcoffset()
    return venue_zone if a == b else zone


def from_universal(reading: times.TimeReading, start: dt.datetime, zone: str) -> dt.datetime:
    """ "from 11:00 to 14:30 GMT" in a readout whose meeting is in Lagos: the start is that
    instant on Lagos's clock, and the GMT phrase is kept as a stated time."""
    if reading.universal is None or reading.start is None:
        return start
    instant = start.replace(tzinfo=zones.get_zone(reading.universal))
    local = instant.astimezone(zones.get_zone(zone)).replace(tzinfo=None)
    if local != start:
        clock = reading.start
        last = reading.end or clock
        first = clock.start - 5 if reading.text[clock.start - 5 : clock.start].lower() == "from " else clock.start
        text = reading.text[max(0, first) : last.label.end if last.label else last.end].strip()
        reading.stated.insert(0, times.Stated(clock, reading.universal, "start", text, text))
    return local


def stated_times(
    reading: times.TimeReading, start: dt.datetime, date: dt.date, zone: str, duration: int | None
) -> list[StatedDraft]:
    """The other-zone times as the readout states them, each on its own calendar day."""
    out = []
    for s in reading.stated:
        refers = s.refers_to if duration is not None else "start"
        base = start + dt.timedelta(minutes=duration) if refers == "end" and duration is not None else start
        actual = zones.to_instant(base, zone).astimezone(zones.get_zone(s.zone)).replace(tzinfo=None)
        day, guess = _stated_day(s, date, actual)
        out.append(StatedDraft(times.at(day, s.clock), s.zone, refers, s.text, guess))
    return out


def _stated_day(s: times.Stated, date: dt.date, actual: dt.datetime) -> tuple[dt.date, str]:
    """The day of a stated time: written, "same day"/"next day", else the nearest (a guess)."""
    mentions = dates.find_dates(s.context)
    if mentions:
        day, _ = dates.complete(mentions[0], date + dt.timedelta(days=1))
        if day:
            return day, ""
    shift = dates.shift_words(s.context)
    if shift is not None:
        return date + dt.timedelta(days=shift), ""
    wall = dt.time(s.clock.hour, s.clock.minute)
    best = min(
        (date + dt.timedelta(days=d) for d in (0, 1, -1)), key=lambda d: abs(dt.datetime.combine(d, wall) - actual)
    )
    return best, "no day written with this time; the day nearest the conversion" if best != date else ""


def agrees(start: dt.datetime, zone: str, stated: list[StatedDraft], duration: int | None) -> bool:
    """Whether every stated time is within the loader's 5 minutes of the conversion."""
    for s in stated:
        base = zones.to_instant(start, zone)
        if s.refers_to == "end":
            if duration is None:
                continue
            base += dt.timedelta(minutes=duration)
        actual = base.astimezone(zones.get_zone(s.zone)).replace(tzinfo=None)
        if abs(actual - s.time) > dt.timedelta(minutes=5):
            return False
    return True


def reconcile(
    choice: ZoneChoice,
    start: dt.datetime,
    stated: list[StatedDraft],
    duration: int | None,
    venue_code: str | None,
    *,
    sides: tuple[str, ...] = (),
    local: bool = False,
) -> ZoneChoice:
    """A guessed zone that contradicts a stated time gives way to one that agrees: the venue's
    country's first, then (round 16) the zones of the readout's countries (``sides``: publisher,
    venue, participants), then any the tables know. A start said to be in "local time" beside the
    same moment in another place's clock ("10 a.m. local time (10 a.m. in New York)") is not in
    that place's zone: a guess equal to it gives way to a country's zone that agrees."""
    guessed = bool(choice.guess or not choice.remark.startswith('"'))
    own = _country_pool(venue_code, sides)
    if stated and guessed and local and choice.zone in {s.zone for s in stated}:
        other = next((z for z in own if z not in {s.zone for s in stated} and agrees(start, z, stated, duration)), None)
        if other:
            why = f"the start is in local time, not the stated {stated[0].text!r}'s (was {choice.zone})"
            return ZoneChoice(other, guess=why, notes=choice.notes)
    if not stated or agrees(start, choice.zone, stated, duration):
        return choice
    if guessed:
        pool = own + sorted({z for z, _ in places.CITIES.values()} | set(times.ABBREVIATIONS.values()))
        better = next((z for z in dict.fromkeys(pool) if agrees(start, z, stated, duration)), None)
        if better:
            return ZoneChoice(better, guess=f"chosen so that the stated {stated[0].text!r} agrees (was {choice.zone})")
    choice.notes.append(
        "a time the readout states in another zone disagrees with the conversion of the start; check the zone"
    )
    return choice


def _country_pool(venue_code: str | None, sides: tuple[str, ...]) -> list[str]:
    """The zones of the venue's country, then of the readout's other countries (states only)."""
    codes = [c for c in dict.fromkeys([venue_code or "", *sides]) if len(c) == 2 and c.isalpha() and c.isupper()]
    return list(dict.fromkeys(z for c in codes for z in places.country_zones(c)))
