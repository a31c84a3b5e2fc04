"""The reader's zone read from the ``/etc/localtime`` link, as tzlocal reads it, without tzlocal.

tzlocal costs ``print`` ~8 ms on a typical Linux or macOS system: its imports (logging) and, on the
way to the link's zone, a failed ``ZoneInfo`` lookup of each longer tail of the link's target
(``usr/share/zoneinfo/Europe/Paris``...), each of which imports ``importlib.resources`` to look in
tzdata. Where the answer is plain (a link into a zone folder, no other setting that could disagree),
this gives tzlocal's answer in a few ``stat`` calls; anywhere else it says nothing, and tzlocal asks.
"""

from __future__ import annotations

import os
import zoneinfo

#: What tzlocal also reads (Termux, and other systems' settings): if any exists, tzlocal decides.
_OTHER_SETTINGS = ("system/bin/getprop", "var/db/zoneinfo", "etc/sysconfig/clock", "etc/conf.d/clock")


def linked_zone(root: str = "/") -> str | None:
    """The zone name tzlocal would give (its ``TZ`` unset), or None where only tzlocal can tell."""
    if os.name != "posix" or any(os.path.lexists(os.path.join(root, other)) for other in _OTHER_SETTINGS):
        return None
    link = os.path.join(root, "etc/localtime")
    if not (os.path.islink(link) and os.path.exists(link)):  # tzlocal (and libc) ignore a dangling link
        return None
    name = _first_known_tail(os.path.realpath(link))
    if name is None:
        return None
    stated = _etc_timezone(root)
    if stated is not None and stated != name:  # tzlocal compares the two (and may warn): its call
        return None
    return name


def _first_known_tail(target: str) -> str | None:
    """tzlocal tries each tail of the link's target, longest first, and takes the first ``ZoneInfo``
    finds; a tail is looked for where ``ZoneInfo`` looks (the zone folders, then tzdata's)."""
    folders = [*zoneinfo.TZPATH, _tzdata_folder()]
    tail = target
    start = tail.find("/") + 1
    while start:
        tail = tail[start:]
        if any(folder and os.path.isfile(os.path.join(folder, tail)) for folder in folders):
            try:
                zoneinfo.ZoneInfo(tail)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
                return None  # a file that is no zone: tzlocal's handling, not ours
            return tail
        start = tail.find("/") + 1
    return None


def _tzdata_folder() -> str:
    """tzdata's zone folder (the last place ``ZoneInfo`` looks), found without importing it."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("tzdata")
    except (ImportError, ValueError):
        return ""
    locations = spec.submodule_search_locations if spec is not None else None
    return os.path.join(next(iter(locations)), "zoneinfo") if locations else ""


def _etc_timezone(root: str) -> str | None:
    """``/etc/timezone``'s zone as tzlocal reads it (its last named line), None if it names none."""
    try:
        with open(os.path.join(root, "etc/timezone"), encoding="ascii") as file:
            data = file.read()
    except (OSError, UnicodeDecodeError):
        return None
    stated = None
    for line in data.strip("/ \t\r\n").splitlines():
        line = line.split(" ", 1)[0].split("#", 1)[0]
        if line:
            stated = line.replace(" ", "_")
    return stated
