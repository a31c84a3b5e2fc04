"""Calendar dates as readouts write them, and the meeting date read from the body.

The header date is the publication date; it can be the Japan-side date or the next day, so
the meeting date comes from the body ("On January 13th,", "met today"). Forms: month-first
with ordinals or weekdays, day-first, upper case, no year, and Japanese era dates (令和6年).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import unicodedata
from functools import cache
from typing import NamedTuple

from briefing_tui.core.importer import calendar_words, calendars
from briefing_tui.core.importer.spans import Taken

MONTHS = {
    name: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
#: The months' full names as written in prose ("May", "March"): capitalised words that are no name or place.
MONTH_NAMES = frozenset(max((k for k in MONTHS if MONTHS[k] == n), key=len).capitalize() for n in range(1, 13))
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?\.?"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

# "January 13th, 2024", "On Monday, September 19,", "October 13, Wednesday,", "June 30 (Thu.)"
MONTH_FIRST = re.compile(
    rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}\b"
    rf"(?:\s*\({_WEEKDAY}\))?(?:,?\s*{_WEEKDAY}(?=[,\s]))?(?:[,،]?\s*{_YEAR}\b)?",
    re.IGNORECASE,
)
# "22 September, 2009", "13 January 2024", "the 5th of March 2024"
DAY_FIRST = re.compile(
    rf"\b(?:{_WEEKDAY},?\s+)?(?P<day>\d{{1,2}})(?:{_ORD}|(?:st|nd|rd|th)\s+of)\s+{_MONTH}\b(?:[,،]?\s*{_YEAR}\b)?",
    re.IGNORECASE,
)
# "10/April/2023", "10-Apr-2023": a month's name between slashes or dashes, day first
NAMED_NUMERIC = re.compile(
    rf"(?<![\w/-])(?P<day>\d{{1,2}})(?P<sep>[/-]){_MONTH}(?P=sep){_YEAR}(?![\w/-])", re.IGNORECASE
)
# "2025-02-19", and year first with dots or slashes as East Asia writes it ("2025.02.19")
ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})(?P<sep>[-./])(?P<mon>\d{2})(?P=sep)(?P<day>\d{2})\b")
# "21.03.2025" (day first, as Europe writes it), "21/03/2025" (only when the day is over 12, or the
# day and month are equal: "03/04/2025" is 3 April in Brussels and March 4 in Washington).
NUMERIC = re.compile(
    r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})(?!\d|[./-]\d)"
)
# Central European stamps with spaces, day first: "5. 11. 2024", "11. 7. 2023." (Slovenia, Czechia,
# Slovakia, Croatia).
SPACED_DOTTED = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.[ \t](?P<mon>\d{1,2})\.[ \t](?P<year>(?:19|20)\d{2})(?!\d)")


# The page's own stamp in its language: "13 de mayo de 2024", "13 mai 2024", "13. Mai 2024",
# "17 september 2020", "13 maggio 2024", "13 de maio de 2024" (always with a year: a lone foreign
# word is no date), with CLDR's month names (``calendar_words``); a name spelt as in English is
# read here only in lower case, as Dutch and the Nordic languages write it ("17 september 2020").
@cache
def _foreign_day_first() -> re.Pattern[str]:
    """Made at first use: compiling ~550 month names costs ~10 ms an import that reads no date would pay."""
    return re.compile(
        r"\b(?P<day>\d{1,2})(?:º|°|\.)?\s+(?:de\s+)?(?P<mon>"
        + "|".join(sorted(calendar_words.months(), key=len, reverse=True))
        + r")[,،]?\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d{2})\b",
        re.IGNORECASE,
    )


# 令和6年12月11日, 平成30年10月15日, 令和元年5月1日, 2024年12月11日, and the Republic of China's
# 民國112年9月14日
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "民國": calendars.YEAR_1_IS_1912, "民国": calendars.YEAR_1_IS_1912}
JAPANESE = re.compile(
    r"(?:(?P<era>令和|平成|昭和|民國|民国)\s*(?P<eyear>\d{1,3}|元)|(?P<year>\d{4}))\s*年\s*(?P<mon>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
)

# An era's year with its month and day ("Juche 112 (2023) September 14 Thursday", "(Juche 112.9.14.)",
# "Minguo 112.9.14"): years counted from 1912; a Gregorian year in brackets beside it wins.
ERA_1912 = re.compile(
    rf"\b(?:juche|minguo)\s+(?P<eyear>\d{{1,3}})(?:\s*\((?P<year>(?:19|20)\d{{2}})\))?"
    rf"(?:,?\s+{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}\b(?:,?\s+{_WEEKDAY}(?![\w]))?"
    r"|\.(?P<mnum>\d{1,2})\.(?P<dnum>\d{1,2})\b\.?)",
    re.IGNORECASE,
)
# Year first with slashes, dots or dashes and a year of the Solar Hijri calendar (Iran, Afghanistan):
# "1404/05/29" is 20 August 2025. Years 1300-1409 only (1921-2031): a lunar Hijri year of today
# (1446 in 2025) is not read.
SOLAR_HIJRI = re.compile(
    r"(?<![\d./-])(?P<year>\d{4})(?P<sep>[-./])(?P<mon>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d]|[./-]\d)"
)

RELATIVE = re.compile(
    # (round 16) "the day before yesterday" is two days before the release
    r"\b(?P<word>(?:the\s+)?day\s+before\s+yesterday|today|yesterday|this (?:morning|afternoon|evening)|tonight"
    r"|last night)\b",
    re.IGNORECASE,
)


# "this morning (04)", "yesterday (03)": the day of the month in brackets after a relative day
# (Sri Lankan and other South Asian releases), which names the meeting's day outright.
_BRACKETED_DAY = re.compile(RELATIVE.pattern + r"\s*\((?P<day>\d{1,2})(?:st|nd|rd|th)?\)", re.IGNORECASE)


def bracketed_day(text: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The date "today (04)" names: that day of the publication's month, else of the month before."""
    if published is None:
        return None
    m = _BRACKETED_DAY.search(text)
    if not m:
        return None
    day, month_start = int(m.group("day")), published.replace(day=1)
    for first in (month_start, (month_start - dt.timedelta(days=1)).replace(day=1)):
        try:
            found = first.replace(day=day)
        except ValueError:
            continue
        if found <= published:
            return found, m.group(0)
    return None


class DateMention(NamedTuple):
    start: int
    end: int
    month: int
    day: int
    year: int | None


def _month_ok(word: str) -> bool:
    # "May" the month, not "may" the verb: a lower-case month name is not a date.
    return not word.islower()


def _ascii_digits(text: str) -> str:
    """ "١٢ فبراير ٢٠٢٥", "۱۴۰۴/۰۵/۲۹": every script's digits as ASCII ones, one character for one,
    so positions in the result are positions in ``text``."""
    table = {ord(c): str(unicodedata.decimal(c)) for c in set(text) if not c.isascii() and c.isdecimal()}
    return text.translate(table) if table else text


def find_dates(text: str) -> list[DateMention]:
    """Every date written in ``text``, in order; overlapping forms are reported once."""
    text = _ascii_digits(text)
    found: list[DateMention] = []
    taken = Taken(len(text))

    def add(m: re.Match[str], month: int, day: int, year: int | None) -> None:
        if taken.overlaps(m.start(), m.end()):
            return
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            return
        taken.add(m.start(), m.end())
        found.append(DateMention(m.start(), m.end(), month, day, year))

    for m in JAPANESE.finditer(text):
        if m.group("era"):
            eyear = m.group("eyear")
            year = _ERAS[m.group("era")] + (1 if eyear == "元" else int(eyear))
        else:
            year = int(m.group("year"))
        add(m, int(m.group("mon")), int(m.group("day")), year)
    for m in ERA_1912.finditer(text):
        year = int(m.group("year")) if m.group("year") else int(m.group("eyear")) + calendars.YEAR_1_IS_1912
        if m.group("mon"):
            add(m, MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("day")), year)
        else:
            add(m, int(m.group("mnum")), int(m.group("dnum")), year)
    for m in SOLAR_HIJRI.finditer(text):
        if 1300 <= int(m.group("year")) <= 1409:
            with contextlib.suppress(ValueError):
                day = calendars.solar_hijri(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
                add(m, day.month, day.day, day.year)
    for m in ISO.finditer(text):
        add(m, int(m.group("mon")), int(m.group("day")), int(m.group("year")))
    for m in NUMERIC.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if m.group("sep") in ".-" or a > 12 or a == b:  # dotted and dashed dates are day first
            add(m, b, a, int(m.group("year")))
        elif b > 12:
            add(m, a, b, int(m.group("year")))
    for m in NAMED_NUMERIC.finditer(text):
        if _month_ok(m.group("mon")):
            add(m, MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("day")), int(m.group("year")))
    for m in SPACED_DOTTED.finditer(text):
        add(m, int(m.group("mon")), int(m.group("day")), int(m.group("year")))
    for m in _foreign_day_first().finditer(text):
        if m.group("mon").lower() in MONTHS and not m.group("mon").islower():
            continue  # "17 September 2020": English, read below with its weekday
        add(m, calendar_words.months()[m.group("mon").lower()], int(m.group("day")), int(m.group("year")))
    for pattern in (MONTH_FIRST, DAY_FIRST):
        for m in pattern.finditer(text):
            if not _month_ok(m.group("mon")):
                continue
            stated_year = int(m.group("year")) if m.group("year") else None
            add(m, MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("day")), stated_year)
    found.sort()
    return found


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def ambiguous_slash_date(line: str, text: str) -> tuple[dt.date, str] | None:
    """A header date "05/08/2024" that could be either day or month first: the reading whose
    weekday the text names ("on Monday evening"), else day first, as most of the world writes it;
    (date, why)."""
    m = NUMERIC.search(line)
    if m is None or m.group("sep") != "/" or len(find_dates(line)) or len(line) > 80:
        return None
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    readings: list[dt.date] = []
    for month, day in ((b, a), (a, b)):
        with contextlib.suppress(ValueError):  # "13/05/2024" is a date only one way
            readings.append(dt.date(year, month, day))
    if not readings:
        return None
    named = {w for w in _WEEKDAYS if re.search(rf"\b{w}\b", text[:2000], re.IGNORECASE)}
    for reading in readings:
        weekday = _WEEKDAYS[reading.weekday()]
        if weekday in named:
            why = f"read as {reading.day} {reading:%B}, the {weekday.capitalize()} the text names"
            return reading, f'"{m.group(0)}" {why}'
    return readings[0], f'"{m.group(0)}" could be day or month first; read day first'


#: A weekday written with a date ("Saturday, 16 September", "September 16 (Sat.)").
_WEEKDAY_WORD = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?", re.IGNORECASE)
#: A page's copyright line: "© 2023 Prensa Latina", "Copyright © 2021-2024 ...", "(c) 2022".
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)[^\n\d]{0,60}?(?:(?:19|20)\d{2}\s*[-–]\s*)?(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE
)
_YEARS_BACK = 30
_ON_WEEKDAY = re.compile(r"\bon\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def year_from_page(mention: DateMention, text: str, page: str, today: dt.date) -> tuple[dt.date, str] | None:
    """A date written without its year, completed from the page's evidence: the weekday named with
    it (the most recent year, not after ``today`` nor the page's copyright year, whose date falls on
    that weekday), else the copyright year of the page's footer; (date, why), or None."""
    # the weekday written with the date, else the one the opening gives the meeting ("MINSK, December
    # 6. /TASS/. ... held talks in Minsk on Friday": a dateline of the day it tells of)
    named = _WEEKDAY_WORD.search(text[mention.start : mention.end]) or _ON_WEEKDAY.search(text[:600])
    copyright_years = [int(m.group("year")) for m in _COPYRIGHT.finditer(page[-20000:])]
    latest = min([today.year, *copyright_years[-1:]])
    if named:
        weekday = next(i for i, w in enumerate(_WEEKDAYS) if w.startswith(named.group(1).lower()))
        for year in range(latest, latest - _YEARS_BACK, -1):
            try:
                day = dt.date(year, mention.month, mention.day)
            except ValueError:
                continue
            if day <= today and day.weekday() == weekday:
                return day, f"the year in which {day:%-d %B} is a {_WEEKDAYS[weekday].capitalize()}, as written"
    if copyright_years and copyright_years[-1] <= today.year:
        try:
            day = dt.date(copyright_years[-1], mention.month, mention.day)
        except ValueError:
            return None
        return day, f"the year of the page's copyright line ({copyright_years[-1]})"
    return None


def complete(mention: DateMention, reference: dt.date | None) -> tuple[dt.date | None, bool]:
    """The full date, taking a missing year from ``reference``; (date, year_was_guessed)."""
    if mention.year is not None:
        try:
            return dt.date(mention.year, mention.month, mention.day), False
        except ValueError:
            return None, False
    if reference is None:
        return None, True
    for year in (reference.year, reference.year - 1, reference.year + 1):
        try:
            candidate = dt.date(year, mention.month, mention.day)
        except ValueError:
            continue
        # A readout is published on or after the meeting, rarely more than a few days later.
        if dt.timedelta(days=-2) <= reference - candidate <= dt.timedelta(days=300):
            return candidate, True
    try:
        return dt.date(reference.year, mention.month, mention.day), True
    except ValueError:
        return None, True


#: Words a header puts before the page's date: "Published 20 March 2025", "Date: 21.03.2025".
_DATE_LABEL = re.compile(r"^(?:published|updated|posted|issued|released|date)(?:\s+on)?\s*:?\s+", re.IGNORECASE)


def parse_date_line(line: str) -> dt.date | None:
    """The date of a header line that is only a date ("January 13, 2024", "NOVEMBER 7, 2023",
    "Published 20 March 2025"), also when a bar sets it beside its desk's name ("03 febrero, 2025 |
    Secretaría de Prensa de la Presidencia")."""
    day = _date_only(line)
    if day is None and "|" in line and len(line) <= 200:
        found = [d for part in line.split("|") if (d := _date_only(part)) is not None]
        day = found[0] if len(found) == 1 else None
    return day


_OTHER_SCRIPT_BRACKET = re.compile(r"\s*\((?=[^()]*[^\W\d_])[^()A-Za-z]{1,40}\)?$")


def _date_only(line: str) -> dt.date | None:
    stripped = (
        _DATE_LABEL.sub("", re.sub(r"^[^|]{1,40}\|\s*", "", line.strip())).strip("()[]").strip()
    )  # "News item | 02-12-2024"
    if len(stripped) > 200:
        return None
    # "17 December 2020 (২ পৌষ ১৪২৭)": the same day in another calendar and script, in brackets
    stripped = _OTHER_SCRIPT_BRACKET.sub("", stripped)
    mentions = find_dates(stripped)
    if len(mentions) != 1:
        return None
    m = mentions[0]
    rest = (stripped[: m.start] + stripped[m.end :]).strip(" ,.-–—")
    # A dateline: "Jeddah, March 18, 2024, SPA", "Surabaya, 9 May 2025": a place before the date
    # (and an agency's initials after it) are no content of their own.
    before, after = stripped[: m.start].strip(" ,"), stripped[m.end :].strip(" ,.")
    if after and (_STAMP_TIME.fullmatch(after) or _BYLINE_AFTER.fullmatch(after)):
        # "13 de mayo de 2024 - 6:15 p. m.", "March 20, 2024 19:43": the time it was posted; "Bangui,
        # 17 January 2025 - By the Presidential Communication Unit": who wrote it
        after = ""
        rest = stripped[: m.start].strip(" ,.-–—")
    if rest and _DATELINE_PLACE.fullmatch(before) and (not after or _AGENCY.fullmatch(after)):
        rest = ""
    if rest and not after and before.lower() in calendar_words.weekdays():
        rest = ""  # "donderdag 17 september 2020": the weekday in the page's language
    if rest or m.year is None:
        return None
    return complete(m, None)[0]


_BYLINE_AFTER = re.compile(r"[-–—|]\s*(?:By|Par|Por)\s+[^.!?]{1,80}")
_STAMP_TIME = re.compile(r"[-–—|,\s]*\d{1,2}[:.h]\d{2}(?:\s*[aApP]\.?\s?[mM]\.?|\s*(?:hrs?|h))?")
_DATELINE_PLACE = re.compile(r"(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})?")
_AGENCY = re.compile(r"\(?[A-Z]{2,6}\)?")


#: "issued the following statement today after her meeting yesterday": a relative day that dates
#: the release itself is not the meeting's.
_RELEASED_BEFORE = re.compile(
    r"\b(?:issued|released|published|announced)\b(?:\s+(?:the|a|an|this|following|joint|press|statement|release|communiqu[ée]))*\s+$",
    re.IGNORECASE,
)


#: "who has been in Djibouti since yesterday evening": since when a state lasts, not when anything happened.
_SINCE_BEFORE = re.compile(r"\b(?:since|until|till)\s+$", re.IGNORECASE)


def meeting_relative(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The first relative day in ``text[pos:endpos]`` that can date an event: not the day a
    statement was issued ("issued ... today after her meeting yesterday"), nor one after "since"."""
    end = len(text) if endpos is None else endpos
    for m in RELATIVE.finditer(text, pos, end):
        if not _RELEASED_BEFORE.search(text, max(0, m.start() - 80), m.start()) and not _SINCE_BEFORE.search(
            text, max(0, m.start() - 8), m.start()
        ):
            return m
    return None


def relative_day(text: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    """ "met today" / "spoke yesterday" resolved against the publication date."""
    if published is None:
        return None
    m = meeting_relative(text)
    if not m:
        return None
    word = re.sub(r"\s+", " ", m.group("word").lower())
    offset = -2 if word.endswith("before yesterday") else -1 if word in ("yesterday", "last night") else 0
    return published + dt.timedelta(days=offset), m.group(0)


# "from 22 to 23 March 2024", "22-23 March", "March 22 to 23": the span of a visit, not the meeting's day.
_RANGE_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|till|and)\s*$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:-|–|—|to|until|till|and)\s*\d{1,2}(?:st|nd|rd|th)?\b", re.IGNORECASE)


def in_range(text: str, mention: DateMention) -> bool:
    """Whether the date is one end of a span of days ("from 22 to 23 March 2024"): a visit's
    span, which readouts give beside the meeting sentence, does not say which day the talks were."""
    return bool(
        _RANGE_BEFORE.search(text[max(0, mention.start - 12) : mention.start])
        or _RANGE_AFTER.match(text, mention.end, min(len(text), mention.end + 12))
    )


# "on Friday", "on Monday evening": a weekday with no date, the last such day up to the release.
_LONE_WEEKDAY = re.compile(
    r"\bon\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!,?\s*(?:the\s+)?\d)",
    re.IGNORECASE,
)


def weekday_day(text: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The date "on Friday" names in a readout published that week: the latest such weekday on
    or before the publication date (a readout is published on or after its meeting)."""
    if published is None:
        return None
    m = _LONE_WEEKDAY.search(text)
    if not m:
        return None
    back = (published.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7
    return published - dt.timedelta(days=back), m.group(0)


def shift_words(text: str) -> int | None:
    """Day offset a stated time's own words give: "same day" 0, "next day" +1, "previous day" -1."""
    low = text.lower()
    if re.search(r"\bsame day\b", low):
        return 0
    if re.search(r"\b(?:next|following) (?:day|morning)\b", low):
        return 1
    if re.search(r"\b(?:previous|preceding) (?:day|evening)\b|\bday before\b", low):
        return -1
    return None


# "In January 2021 the Government ... announced ...", "Back in 2019, ...": a paragraph that opens
# with an earlier month or year tells the background.
_WEEKDAY_OPENING = re.compile(
    rf"On\s+(?P<day>{'|'.join(day.capitalize() for day in _WEEKDAYS)}),\s+(?!the\s+two\b|both\b|they\b)"
)
_EARLIER_OPENING = re.compile(
    r"(?:In|Since|Back\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<mon>[A-Z][a-z]+)\s+)?(?P<year>(?:19|20)\d{2})\b"
)


#: An opening that places what follows before the meeting on its day: "Earlier in the day, ...",
#: "Earlier, in Istanbul, ...", "Before the audience, ...", "Prior to the talks, ...".
_BEFORE_OPENING = re.compile(
    r"(?:Earlier(?:\s+(?:in\s+the\s+day|that\s+day|today|on\s+\w+))?|(?:Before|Prior\s+to)\s+the\s+"
    r"(?i:meeting|talks|audience|call|conversation|dinner|lunch|luncheon|visit|summit|session)),\s"
)
#: "On 10 March, ...": an opening with a date.
_DATE_OPENING = re.compile(r"On\s+(?=\S)")


def opens_earlier(paragraph: str, day: dt.date, *, weekday: bool = True) -> bool:
    """Does ``paragraph`` open with a month or year before the meeting's (``day``), with another day
    of the week ("On Sunday, Venezuela held ..." in a readout of Wednesday's call), with another,
    earlier date ("On 10 March, Iran and Saudi Arabia announced ..." in a readout of 6 April), or
    with what came before the meeting that day ("Earlier in the day, ...", "Before the audience, ...")?"""
    if _BEFORE_OPENING.match(paragraph):
        return True
    if _DATE_OPENING.match(paragraph):
        opening = find_dates(paragraph[:60])
        if opening and opening[0].start <= 3:
            when, _ = complete(opening[0], day)
            if when is not None and when < day and re.match(r"[^,]{0,40},", paragraph[opening[0].end :]) is not None:
                return True
    named = _WEEKDAY_OPENING.match(paragraph) if weekday else None
    if named is not None:
        return _WEEKDAYS.index(named.group("day").lower()) != day.weekday()
    m = _EARLIER_OPENING.match(paragraph)
    if m is None:
        return False
    year = int(m.group("year"))
    month = MONTHS.get((m.group("mon") or "").lower())
    if m.group("mon") and month is None:
        return False
    return year < day.year or (month is not None and year == day.year and month < day.month)
