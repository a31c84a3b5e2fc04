"""Date bounds as people type them: a year, a month or a day, for ``--since``/``--until`` and the TUI.

One parser for every command and the browser, so ``2021`` means the same everywhere:
as a start it is 1 January, as an end 31 December (a month likewise its first or last day).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

EXPECTED = "expected YYYY, YYYY-MM or YYYY-MM-DD"
_FORM = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_bound(text: str, *, end: bool = False) -> dt.date:
    """The first day ``text`` names (the last with ``end``); ValueError saying what was expected."""
    match = _FORM.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a date; {EXPECTED}")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)  # type: ignore[arg-type]
        if day is None:
            last = calendar.monthrange(year, month)[1]  # type: ignore[arg-type]
            return dt.date(year, month, last if end else 1)  # type: ignore[arg-type]
        return dt.date(year, month, day)  # type: ignore[arg-type]
    except (ValueError, calendar.IllegalMonthError):
        raise ValueError(f"{text!r} is not a date; {EXPECTED}") from None


def this_year(today: dt.date) -> tuple[dt.date, dt.date]:
    return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)


def last_twelve_months(today: dt.date) -> tuple[dt.date, dt.date]:
    """From the day after this day a year ago, through today."""
    try:
        start = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        start = today.replace(year=today.year - 1, day=28)
    return start + dt.timedelta(days=1), today


def year(number: int) -> tuple[dt.date, dt.date]:
    return dt.date(number, 1, 1), dt.date(number, 12, 31)


def describe(since: dt.date | None, until: dt.date | None) -> str:
    """``2021``, ``2021 to 2022``, ``2021-03-01 to 2021-06-30``, ``since 2021-01-01``, ``until 2021-12-31``."""
    if since and until:
        if (since.month, since.day, until.month, until.day) == (1, 1, 12, 31):
            return str(since.year) if since.year == until.year else f"{since.year} to {until.year}"
        return f"{since.isoformat()} to {until.isoformat()}"
    if since:
        return f"since {since.isoformat()}"
    if until:
        return f"until {until.isoformat()}"
    return ""
