"""Time-zone conversion: every time shown is computed from the stored instant.

A briefing stores a *local* wall time plus the venue's IANA zone. This module
turns that into an instant and shows it in any other zone, with the day shift
spelled out, and it spots wall times that a DST change skips or repeats.
"""

from __future__ import annotations

import datetime as dt
import os
from functools import cache
from typing import Literal, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

UTC = dt.UTC


class UnknownZone(ValueError):
    def __init__(self, name: str):
        self.name = name
        self.suggestion = suggest_zone(name)
        hint = f" (did you mean {self.suggestion!r}?)" if self.suggestion else ""
        super().__init__(f"unknown time zone {name!r}{hint}; expected an IANA name such as 'Asia/Tokyo'")


@cache
def zone_names() -> tuple[str, ...]:
    return tuple(sorted(n for n in available_timezones() if "/" in n or n == "UTC"))


def suggest_zone(name: str) -> str | None:
    import difflib  # only for a "did you mean" (``print`` of a good file never needs it)

    names = zone_names()
    lowered = {n.lower(): n for n in names}
    key = name.strip().lower().replace(" ", "_")
    if key in lowered:
        return lowered[key]
    # Match on the city part too: "Tokio" -> "Asia/Tokyo", "Montreal" -> none.
    cities = {n.rsplit("/", 1)[-1].lower(): n for n in names}
    for pool in (lowered, cities):
        close = difflib.get_close_matches(key.rsplit("/", 1)[-1] if pool is cities else key, pool, n=1, cutoff=0.75)
        if close:
            return pool[close[0]]
    return None


@cache
def get_zone(name: str) -> ZoneInfo:
    if not name or name != name.strip() or name.startswith(("/", ".")) or ".." in name:
        raise UnknownZone(name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UnknownZone(name) from None


#: Other names of UTC, shown as "UTC" so a time table never lists it twice.
_UTC_NAMES = frozenset({"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu"})


def canonical(name: str) -> str:
    return "UTC" if name in _UTC_NAMES else name


@cache
def local_zone_name() -> str:
    """The reader's IANA zone: $TZ if it names one, else the system's, else UTC."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz:
        try:
            get_zone(tz)
            return canonical(tz)
        except UnknownZone:
            pass
    try:
        from briefing_tui.core.model.linked_zone import linked_zone

        name = None if tz else linked_zone()  # tzlocal's answer where it is plain, without its ~8 ms
        if name is None:
            import tzlocal

            name = tzlocal.get_localzone_name()
        if name:
            get_zone(name)
            return canonical(name)
    except Exception:  # any failure of detection just means "we don't know"
        pass
    return "UTC"


def to_instant(local: dt.datetime, zone: str, fold: int = 0) -> dt.datetime:
    """Attach ``zone`` to a naive wall time; the result is an aware instant."""
    return local.replace(tzinfo=get_zone(zone), fold=fold)


LocalProblem = Literal["gap", "fold"]


def local_time_problem(local: dt.datetime, zone: str) -> LocalProblem | None:
    """'gap' if the wall time never happens in ``zone``, 'fold' if it happens twice."""
    tz = get_zone(zone)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    round_trip = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return "gap" if round_trip != local else "fold"


def day_shift(moment: dt.datetime, reference: dt.date) -> int:
    return (moment.date() - reference).days


def shift_label(days: int) -> str:
    if days == 0:
        return ""
    return f"({days:+d} day{'s' if abs(days) != 1 else ''})"


def format_moment(moment: dt.datetime, reference: dt.date | None = None, *, weekday: bool = True) -> str:
    """``Sun 14 Jan 01:20 (+1 day)``: the day shift is relative to ``reference``."""
    text = moment.strftime("%a %d %b %H:%M" if weekday else "%d %b %H:%M")
    if reference is not None:
        label = shift_label(day_shift(moment, reference))
        if label:
            text = f"{text} {label}"
    return text


def utc_offset_label(moment: dt.datetime) -> str:
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


class ZoneTimes(NamedTuple):
    """One row of the time table: a meeting's start and end seen from one zone."""

    label: str
    zone: str
    start: dt.datetime
    end: dt.datetime | None
    abbreviation: str
    offset: str
    day_shift: int
