"""Limits that ``check`` enforces and the renderers rely on: one definition for both.

A file that passes ``check`` must render everywhere. Python's datetime stops at years 1 and
9999, and a conversion to another zone (up to 26 hours away) or an end time (up to a week
later) would step past that edge; Rich draws nested points recursively, several frames a
level. So ``check`` refuses what lies beyond these limits, and renderers never go further.
"""

from __future__ import annotations

import datetime as dt

#: Dates and local times must lie within these years (inclusive): a day's margin either
#: side is not enough for a week-long meeting, a year is, and no readout is near them.
FIRST_YEAR = 2
LAST_YEAR = 9998
EARLIEST = dt.date(FIRST_YEAR, 1, 1)
LATEST = dt.date(LAST_YEAR, 12, 31)

#: Points may nest this many levels (a top-level point is level 1). Real readouts use two or
#: three; beyond this, check reports an error and renderers stop descending.
MAX_POINT_DEPTH = 16


def in_range(day: dt.date) -> bool:
    """True if ``day`` (or a datetime's date) lies between ``EARLIEST`` and ``LATEST``."""
    if isinstance(day, dt.datetime):
        day = day.date()
    return EARLIEST <= day <= LATEST


def range_text() -> str:
    return f"between years {FIRST_YEAR} and {LAST_YEAR}"
