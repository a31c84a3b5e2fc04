"""Checks that a schema cannot express: zones, countries, actors, topics, stated times.

Each finding carries the key path it is about, so the loader can point at the
exact line. Errors make a file unusable; warnings are shown but the file loads.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import msgspec

from briefing_tui.core.model import countries, limits, zones
from briefing_tui.core.model.briefing import (
    COLLECTIVE_ACTORS,
    Briefing,
    Point,
    walk_points,
)
from briefing_tui.core.model.topics import Vocabulary
from briefing_tui.core.store.locate import KeyPath

# A stated time may be rounded ("at around"); more than this is a real disagreement.
STATED_TOLERANCE = dt.timedelta(minutes=5)


class Finding(NamedTuple):
    key_path: KeyPath
    message: str
    severity: str = "error"


def _zone(findings: list[Finding], key_path: KeyPath, name: str) -> bool:
    try:
        zones.get_zone(name)
        return True
    except zones.UnknownZone as exc:
        findings.append(Finding(key_path, str(exc)))
        return False


def too_deep(data: object) -> Finding | None:
    """The first point nested deeper than ``limits.MAX_POINT_DEPTH``, found in the parsed TOML.

    Run before schema validation, iteratively: a file nested hundreds deep gets a located
    error here instead of a recursion failure anywhere later.
    """
    if not isinstance(data, dict):
        return None
    stack: list[tuple[KeyPath, object, int]] = [((), data, 0)]
    while stack:
        path, node, depth = stack.pop()
        points = node.get("points") if isinstance(node, dict) else None
        if not isinstance(points, list):
            continue
        for i in reversed(range(len(points))):
            here = path + ("points", i)
            if depth + 1 > limits.MAX_POINT_DEPTH:
                return Finding(
                    here,
                    f"points nested {depth + 1} levels deep; expected at most {limits.MAX_POINT_DEPTH} levels of sub-points",
                )
            stack.append((here, points[i], depth + 1))
    return None


def _dates(found: list[Finding], b: Briefing) -> bool:
    """Report dates past the calendar limits; True if time.start (if any) can be converted."""
    values: list[tuple[KeyPath, dt.date | None]] = [
        (("date",), b.date),
        (("published",), b.published),
        (("time", "start"), b.time.start),
    ]
    values += [(("stated_times", i, "time"), s.time) for i, s in enumerate(b.stated_times)]
    start_ok = True
    for key_path, value in values:
        if value is not None and not limits.in_range(value):
            found.append(
                Finding(
                    key_path,
                    f"{value.isoformat()} is outside the supported calendar; expected a date {limits.range_text()}",
                )
            )
            start_ok = start_ok and key_path != ("time", "start")
    return start_ok


def _point_paths(points: tuple[Point, ...], base: KeyPath = ()):
    for i, point in enumerate(points):
        path = base + ("points", i)
        yield path, point
        yield from _point_paths(point.points, path)


def check_briefing(b: Briefing, vocabulary: Vocabulary) -> list[Finding]:
    found: list[Finding] = []
    t = b.time
    start_ok = _dates(found, b)
    zone_ok = _zone(found, ("time", "zone"), t.zone)
    if t.start is not None and t.start.date() != b.date:
        found.append(
            Finding(
                ("date",),
                f"date {b.date} disagrees with time.start {t.start:%Y-%m-%d}; expected the local meeting date",
            )
        )
    if zone_ok and t.start is not None and start_ok:
        problem = zones.local_time_problem(t.start, t.zone)
        if problem == "gap":
            found.append(
                Finding(
                    ("time", "start"),
                    f"{t.start:%Y-%m-%d %H:%M} does not exist in {t.zone} (skipped by a daylight-saving change)",
                    "warning",
                )
            )
        elif problem == "fold" and t.fold is None:  # an explicit fold says which one was meant
            found.append(
                Finding(
                    ("time", "start"),
                    f"{t.start:%Y-%m-%d %H:%M} happens twice in {t.zone} (daylight-saving fold); set time.fold = 1 for the second (or 0 for the first)",
                    "warning",
                )
            )
    if b.published is not None and b.published < b.date:
        found.append(Finding(("published",), f"published {b.published} is before the meeting date {b.date}", "warning"))

    keys: set[str] = set()
    codes: set[str] = set()
    for i, p in enumerate(b.participants):
        if p.key in keys:
            found.append(
                Finding(("participants", i, "key"), f"duplicate participant key {p.key!r}; expected each key once")
            )
        keys.add(p.key)
        if not countries.is_country(p.country):
            found.append(
                Finding(
                    ("participants", i, "country"),
                    _unknown_country(p.country),
                )
            )
        codes.add(p.country.lower())
        if p.home_zone is not None:
            _zone(found, ("participants", i, "home_zone"), p.home_zone)

    for i, s in enumerate(b.stated_times):
        if not _zone(found, ("stated_times", i, "zone"), s.zone) or not zone_ok or t.start is None or not start_ok:
            continue
        instant = zones.to_instant(t.start, t.zone, t.fold or 0)
        if s.refers_to == "end":
            if t.duration_minutes is None:
                continue
            instant += dt.timedelta(minutes=t.duration_minutes)
        actual = instant.astimezone(zones.get_zone(s.zone)).replace(tzinfo=None)
        if abs(actual - s.time) > STATED_TOLERANCE:
            found.append(
                Finding(
                    ("stated_times", i, "time"),
                    f"stated {s.refers_to} {s.time:%Y-%m-%d %H:%M} in {s.zone} disagrees with the conversion of time.start, {actual:%Y-%m-%d %H:%M}",
                    "warning",
                )
            )

    allowed = keys | codes | COLLECTIVE_ACTORS
    for path, point in _point_paths(b.points):
        for j, actor in enumerate(point.actors):
            if actor.lower() not in allowed:
                choices = ", ".join(sorted(keys | COLLECTIVE_ACTORS))
                found.append(
                    Finding(
                        path + ("actors", j),
                        f"unknown actor {actor!r}; expected a participant key or country code, or 'both'/'all' (one of: {choices})",
                    )
                )
        if vocabulary:
            for j, topic in enumerate(point.topics):
                if topic not in vocabulary.topics and vocabulary.resolve(topic) is None:
                    guess = vocabulary.suggest(topic)
                    hint = f"; did you mean {guess!r}?" if guess else "; add it to topics.toml"
                    found.append(Finding(path + ("topics", j), f"unknown topic {topic!r}{hint}", "warning"))
    return found


def canonical_topics(b: Briefing, vocabulary: Vocabulary) -> Briefing:
    """Replace topic aliases by their slugs so filters see one name per topic."""
    known = vocabulary.topics
    if not vocabulary or all(t in known for _, p in walk_points(b.points) for t in p.topics):
        return b

    def fix(points: tuple[Point, ...]) -> tuple[Point, ...]:
        out = []
        for p in points:
            topics = tuple(dict.fromkeys(vocabulary.resolve(t) or t for t in p.topics))
            sub = fix(p.points)
            out.append(
                p if topics == p.topics and sub == p.points else msgspec.structs.replace(p, topics=topics, points=sub)
            )
        return tuple(out)

    points = fix(b.points)
    return b if points == b.points else msgspec.structs.replace(b, points=points)


def _unknown_country(code: str) -> str:
    known = countries.canonical(code)
    hint = f"; did you mean {known!r}?" if known else ""
    return f"unknown country code {code!r}; expected an ISO 3166 alpha-2 code such as 'JP', 'XK' or an organisation's code ('EU', 'UN', 'NATO', 'AUC', 'CoE', ...; docs/schema.md){hint}"
