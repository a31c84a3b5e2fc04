"""Dates written in calendars other than the Gregorian, turned into Gregorian dates.

- *Solar Hijri* (Iran, Afghanistan): year/month/day, "1404/05/29". The conversion is Borkowski's
  arithmetic (as the widely used ``jalaali`` libraries implement it), which agrees with the
  astronomical calendar Iran publishes for the years 1178-1633 SH.
- *Years counted from 1912* (the DPRK's Juche years, the Republic of China's Minguo years): the
  Gregorian year is the era's year plus 1911 ("Juche 112" is 2023).
"""

from __future__ import annotations

import datetime as dt

#: Added to a Juche or Minguo year to give the Gregorian one (their year 1 is 1912).
YEAR_1_IS_1912 = 1911

# Years (Solar Hijri) in which the 33-year cycle's leap pattern breaks (Borkowski, 1996).
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178)


def _farvardin_first(jy: int) -> dt.date:
    """The Gregorian date of 1 Farvardin (Nowruz) of Solar Hijri year ``jy``."""
    if not _BREAKS[0] <= jy < _BREAKS[-1]:
        raise ValueError(f"Solar Hijri year {jy} is out of range")
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = jy - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return dt.date(gy, 3, 20 + leap_j - leap_g)


def solar_hijri(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Solar Hijri date; months 1-6 have 31 days, 7-11 have 30, 12 has 29 or 30."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        raise ValueError(f"no Solar Hijri date {year}/{month}/{day}")
    start = _farvardin_first(year)
    found = start + dt.timedelta(days=(month - 1) * 31 - (month // 7) * (month - 7) + day - 1)
    if month == 12 and day == 30 and found >= _farvardin_first(year + 1):
        raise ValueError(f"{year} is no leap year")
    return found
