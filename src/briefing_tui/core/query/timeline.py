"""How often a filter came up: meetings per month, quarter or year, and with whom.

Pure counting, no drawing: the TUI's timeline chart and tests share it. A
meeting is counted once in the period of its date (the venue's date, as the
readout gives it), however many of its points matched.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from briefing_tui.core.model.briefing import Briefing

Granularity = Literal["month", "quarter", "year"]
#: Spans up to this many months are counted per month; longer ones per quarter.
MONTHLY_SPAN = 48
#: Spans up to this many quarters are counted per quarter; longer ones per year.
QUARTERLY_SPAN = 80


@dataclass(frozen=True, order=True)
class Period:
    """A month (part 1-12), a quarter (part 1-4) or a year (part 0)."""

    year: int
    part: int
    granularity: Granularity

    @property
    def label(self) -> str:
        if self.granularity == "month":
            return f"{self.year}-{self.part:02d}"
        if self.granularity == "quarter":
            return f"{self.year} Q{self.part}"
        return str(self.year)

    @property
    def first_day(self) -> dt.date:
        month = {"month": self.part, "quarter": 3 * self.part - 2, "year": 1}[self.granularity]
        return dt.date(self.year, month, 1)

    @property
    def starts_year(self) -> bool:
        return self.part <= 1

    def next(self) -> Period:
        size = {"month": 12, "quarter": 4, "year": 0}[self.granularity]
        if not size:
            return Period(self.year + 1, 0, "year")
        if self.part == size:
            return Period(self.year + 1, 1, self.granularity)
        return Period(self.year, self.part + 1, self.granularity)


def period_of(day: dt.date, granularity: Granularity) -> Period:
    if granularity == "month":
        return Period(day.year, day.month, "month")
    if granularity == "quarter":
        return Period(day.year, (day.month - 1) // 3 + 1, "quarter")
    return Period(day.year, 0, "year")


def span(first: dt.date, last: dt.date, granularity: Granularity) -> int:
    """How many periods run from ``first``'s to ``last``'s, both included."""
    if granularity == "year":
        return last.year - first.year + 1
    a, b = period_of(first, granularity), period_of(last, granularity)
    per_year = 12 if granularity == "month" else 4
    return (b.year - a.year) * per_year + b.part - a.part + 1


def choose_granularity(first: dt.date, last: dt.date, max_periods: int | None = None) -> Granularity:
    """Months for up to four years, then quarters, then years; coarser still if ``max_periods`` says so."""
    limits = {"month": MONTHLY_SPAN, "quarter": QUARTERLY_SPAN}
    for granularity in ("month", "quarter"):
        count = span(first, last, granularity)
        if count <= limits[granularity] and (max_periods is None or count <= max_periods):
            return granularity
    return "year"


@dataclass(frozen=True)
class Timeline:
    granularity: Granularity
    periods: list[Period]
    counts: list[int]

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def peak(self) -> tuple[Period, int] | None:
        """The busiest period (the earliest of equals), or None when nothing was counted."""
        if not self.total:
            return None
        best = max(range(len(self.counts)), key=lambda i: (self.counts[i], -i))
        return self.periods[best], self.counts[best]

    def nonzero(self) -> list[tuple[Period, int]]:
        return [(p, c) for p, c in zip(self.periods, self.counts) if c]


def count_by_period(
    dates: Iterable[dt.date], granularity: Granularity | None = None, max_periods: int | None = None
) -> Timeline:
    """Meetings per period from the first date's period to the last's; empty periods count 0."""
    dates = list(dates)
    if not dates:
        return Timeline(granularity or "month", [], [])
    first, last = min(dates), max(dates)
    granularity = granularity or choose_granularity(first, last, max_periods)
    found = Counter(period_of(day, granularity) for day in dates)
    periods = [period_of(first, granularity)]
    end = period_of(last, granularity)
    while periods[-1] < end:
        periods.append(periods[-1].next())
    return Timeline(granularity, periods, [found[p] for p in periods])


def counterpart_codes(countries: Sequence[str]) -> list[str]:
    """The other side of a meeting whose participants come from ``countries`` (in order):
    every country but the first one listed (the publisher's side, as readouts are written),
    or that one if it is alone."""
    codes = list(dict.fromkeys(countries))
    return codes[1:] if len(codes) > 1 else codes


def briefing_countries(b: Briefing) -> list[str]:
    return [p.country for p in b.participants]


def counterpart_counts(meetings: Iterable[Sequence[str]]) -> list[tuple[str, int]]:
    """(country code, meetings) for every counterpart, most meetings first, then by code.

    Each meeting is given as its participants' countries in order (``briefing_countries``).
    """
    counts: Counter[str] = Counter()
    for countries in meetings:
        counts.update(counterpart_codes(countries))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
