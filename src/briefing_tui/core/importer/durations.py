"""How long a meeting lasted, and whether the readout says so only approximately.

Forms: "for approximately 100 minutes", "for 60 minutes" (exact), "for about 1 hour",
"for a total of two hours and thirty minutes", "a little over four hours", "a 30-minute call",
"an hour-long call", "a half-hour meeting", "a two-and-a-half-hour meeting",
a range of lengths ("lasted from one and a half to two hours": 90, approximately), and ranges "from 9:00 p.m. to 10:30 p.m." (which the times module finds).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_UNITS = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one\s+hundred(?:\s+and\s+\w+)?|a\s+hundred|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an|a)"
)
_NUM = rf"(?:\d+(?:\.\d+)?|{_WORD})"
_HALF = r"(?:[\s-]+and[\s-]+a[\s-]+half)"  # (round 16) hyphenated too: "one-and-a-half hours"
_QUAL = (
    r"approximately|approx\.|about|around|roughly|some|nearly|almost|close\s+to|just\s+over|just\s+under|"
    r"a\s+little\s+(?:over|more\s+than|less\s+than|under)|slightly\s+(?:over|more\s+than|less\s+than)|"
    r"over|more\s+than|less\s+than|under|up\s+to|at\s+least"
)
DURATION = re.compile(
    rf"(?P<lead>\bfor\s+|\blasting\s+|\blasted\s+|\bof\s+|\bspanning\s+|\btook\s+|(?<![\w-]))"
    rf"(?:(?:a\s+)?total\s+of\s+)?(?P<qual>(?:{_QUAL})\s+)?"
    rf"(?:(?P<half_hour>half\s+an\s+hour)"
    # (round 16) "a quarter of an hour" (15), "three quarters of an hour" (45)
    rf"|(?P<quarter_n>a|one|three)[-\s]+quarters?\s+of\s+an\s+hour(?![\w-])"
    # (round 16) "an hour-and-a-half meeting", "the hour-and-a-half talks", "for an hour and a half"
    rf"|(?:(?:an?|one)[\s-]+)?(?P<hour_half>hour[\s-]+and[\s-]+a[\s-]+half)(?![\w-])"
    rf"|(?P<hours>{_NUM}){_HALF.replace('(?:', '(?P<half>', 1)}?\s*(?:hours?|hrs?\.?)(?![\w-])"
    rf"(?:\s*(?:and\s+|,\s*)?(?P<hmins>{_NUM})\s*(?:minutes?|mins?\.?)(?![\w-]))?"
    rf"(?:\s+and\s+a\s+half(?P<half2>)|\s+and\s+a\s+quarter(?P<quarter>)|\s+and\s+three\s+quarters(?P<quarters3>))?"
    rf"|(?P<minutes>{_NUM})\s*(?:minutes?|mins?\.?)(?![\w-])"
    rf"|(?P<compact_n>{_NUM})(?P<compact_half>-and-a-half)?-(?P<compact_u>minute|hour)(?![\w])"
    # (round 14) "an hour-long call", "a half-hour meeting"
    rf"|(?<![\w-])(?P<hour_long>hour-long|hour\s+long)(?![\w-])|(?<![\w-])(?P<half_hour_c>half-hour)(?![\w-]))",
    re.IGNORECASE,
)


class Duration(NamedTuple):
    minutes: int
    approximate: bool
    text: str
    start: int
    end: int


def number(word: str) -> float | None:
    """ "100" -> 100, "thirty" -> 30, "forty-five" -> 45, "a" -> 1."""
    w = re.sub(r"\s+", " ", word.strip().lower())
    try:
        return float(w)
    except ValueError:
        pass
    if w in _UNITS:
        return _UNITS[w]
    if w in ("a hundred", "one hundred"):
        return 100
    m = re.fullmatch(r"one hundred and (\w+)", w)
    if m:
        rest = number(m.group(1))
        return None if rest is None else 100 + rest
    parts = re.split(r"[-\s]", w)
    if parts[0] in _TENS:
        total = _TENS[parts[0]]
        if len(parts) == 2 and parts[1] in _UNITS:
            total += _UNITS[parts[1]]
        return total
    return None


def find_duration(text: str, after: int = 0) -> Duration | None:
    """The first stated duration at or after ``after`` (the start time's position)."""
    ranges = list(_ranges(text))
    best = None
    for found in sorted([*ranges, *(d for d in _singles(text) if not _inside(d, ranges))], key=lambda d: d.start):
        if found.start >= after:
            return found
        best = best or found
    return best


# A range of lengths: "lasted from one and a half to two hours", "between 90 and 120 minutes": the
# shorter, approximately.
_RANGE = re.compile(
    rf"\b(?:lasted|lasting|for|took)\s+(?:from\s+|between\s+)?(?P<a>{_NUM})(?P<ahalf>{_HALF})?"
    rf"(?:\s+(?:to|and|or)\s+|(?<=\d)\s*[-–]\s*(?=\d))(?P<b>{_NUM}){_HALF}?\s*(?P<unit>hours?|hrs?\.?|minutes?|mins?\.?)(?![\w-])",
    re.IGNORECASE,
)


def _ranges(text: str) -> Iterator[Duration]:
    for m in _RANGE.finditer(text):
        a = number(m.group("a"))
        if a is None or number(m.group("b")) is None:
            continue
        minutes = a * 60 + (30 if m.group("ahalf") else 0) if m.group("unit").lower().startswith("h") else a
        if minutes > 0:
            yield Duration(round(minutes), True, m.group(0).strip(), m.start(), m.end())


def _inside(d: Duration, ranges: list[Duration]) -> bool:
    return any(r.start <= d.start < r.end for r in ranges)


def _singles(text: str) -> Iterator[Duration]:
    for m in DURATION.finditer(text):
        minutes = _minutes(m)
        if minutes is None or minutes <= 0:
            continue
        lead = m.group("lead").strip().lower()
        if (
            m.group("compact_n") is None
            and m.group("hour_long") is None
            and m.group("half_hour_c") is None
            and "-" not in (m.group("hour_half") or "")  # adjectival, as "a 30-minute call" is
            and lead not in ("for", "lasting", "lasted", "of", "spanning", "took")
            and not m.group("qual")
        ):
            # A bare "4 hours" is a duration only when a qualifier or "for" says so ...
            if not re.search(
                r"(?:meeting|talks?|call|conference|session)\s+(?:of|lasting)\s*$", text[: m.start()], re.IGNORECASE
            ):
                # ... or it opens a phrase such as "a little over four hours beginning at".
                if not re.match(r"\s*(?:beginning|starting|commencing|from)\b", text[m.end() :], re.IGNORECASE):
                    continue
        qual = (m.group("qual") or "").strip().lower()
        approx = bool(qual) and not qual.startswith(("at least",))
        yield Duration(round(minutes), approx, m.group(0).strip(), m.start(), m.end())


def _minutes(m: re.Match[str]) -> float | None:
    if m.group("half_hour") or m.group("half_hour_c"):
        return 30
    if m.group("hour_long"):
        return 60
    if m.group("hour_half"):
        return 90
    if m.group("quarter_n"):
        return 45 if m.group("quarter_n").lower() == "three" else 15
    if m.group("compact_n"):
        n = number(m.group("compact_n"))
        if n is None:
            return None
        return n * (60 if m.group("compact_u").lower() == "hour" else 1) + (30 if m.group("compact_half") else 0)
    if m.group("minutes"):
        return number(m.group("minutes"))
    hours = number(m.group("hours"))
    if hours is None:
        return None
    total = hours * 60
    if m.group("half") is not None or m.group("half2") is not None:
        total += 30
    if m.group("quarter") is not None:
        total += 15  # "one hour and a quarter"
    if m.group("quarters3") is not None:
        total += 45
    if m.group("hmins"):
        extra = number(m.group("hmins"))
        if extra is None:
            return None
        total += extra
    return total


def between(start_minutes: int, end_minutes: int) -> int:
    """Minutes from one wall time to another, across midnight if need be."""
    span = end_minutes - start_minutes
    return span if span > 0 else span + 24 * 60
