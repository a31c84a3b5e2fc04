"""Property-based tests: the loader only ever reports, the renderer never raises."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from briefing_tui.core.model import zones
from briefing_tui.core.model.briefing import (
    KINDS,
    OUTCOMES,
    Briefing,
    Participant,
    Point,
    StatedTime,
    Time,
)
from briefing_tui.core.model.problems import BriefingError
from briefing_tui.core.present.render import render_briefing
from briefing_tui.core.store.parse import parse_briefing

FAKE = Path("prop.toml")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse_bytes(data: bytes) -> None:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return
    try:
        parse_briefing(FAKE, text)
    except BriefingError as exc:
        assert exc.problem.line >= 1 and exc.problem.col >= 1


@SETTINGS
@given(st.binary(max_size=400))
def test_loader_on_arbitrary_bytes(data):
    _parse_bytes(data)


toml_scalars = st.one_of(
    st.text(max_size=20),
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=False),
    st.dates(),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["title", "zone", "points", "text", "x"]), inner, max_size=3)
    ),
    max_leaves=8,
)
KEYS = ["schema", "title", "kind", "date", "time", "participants", "points", "stated_times", "id", "venue", "junk"]


def _toml(doc: dict) -> str:
    """A tiny TOML writer for generated documents (inline forms only)."""

    def value(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return repr(v) if not isinstance(v, float) or v == v else "nan"
        if isinstance(v, (dt.date, dt.datetime)):
            return v.isoformat()
        if isinstance(v, str):
            return msgspec.json.encode(v).decode()
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return "{" + ", ".join(f"{k} = {value(x)}" for k, x in v.items()) + "}"

    return "".join(f"{k} = {value(v)}\n" for k, v in doc.items())


@SETTINGS
@given(
    st.dictionaries(st.sampled_from(KEYS), toml_values, max_size=8).map(
        lambda d: {"schema": 1, **d} if "schema" not in d else d
    )
)
def test_loader_on_arbitrary_toml_documents(doc):
    text = _toml(doc)
    try:
        briefing, _ = parse_briefing(FAKE, text)
    except BriefingError as exc:
        assert str(exc).startswith("prop.toml:")
    else:
        assert isinstance(briefing, Briefing)


printable = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
slug = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
zone_names = st.sampled_from(zones.zone_names())
participants = st.lists(
    st.builds(
        Participant,
        key=slug,
        name=printable.filter(bool),
        country=st.sampled_from(["JP", "CA", "US", "AU", "IN", "EU", "XX"]),
        title=printable,
    ),
    max_size=4,
)
points = st.recursive(
    st.builds(
        Point,
        text=printable.filter(bool),
        outcome=st.sampled_from(OUTCOMES),
        topics=st.lists(printable, max_size=3).map(tuple),
    ),
    lambda inner: st.builds(
        Point,
        text=printable.filter(bool),
        outcome=st.sampled_from(OUTCOMES),
        points=st.lists(inner, max_size=3).map(tuple),
    ),
    max_leaves=10,
)
local_times = st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2037, 12, 31))


@SETTINGS
@given(
    title=printable.filter(bool),
    kind=st.sampled_from(KINDS),
    start=st.none() | local_times,
    zone=zone_names,
    duration=st.none() | st.integers(1, 7 * 24 * 60),
    people=participants,
    pts=st.lists(points, max_size=5),
    extra=st.lists(zone_names, max_size=2),
    emphasize=st.none() | zone_names,
)
def test_renderer_never_raises(title, kind, start, zone, duration, people, pts, extra, emphasize):
    b = Briefing(
        schema=1,
        id="x",
        title=title,
        kind=kind,
        date=(start or dt.datetime(2024, 1, 1)).date(),
        time=Time(zone=zone, start=start, duration_minutes=duration),
        participants=tuple(people),
        points=tuple(pts),
        stated_times=(StatedTime(time=dt.datetime(2024, 1, 1), zone=zone),),
    )
    out = io.StringIO()
    Console(file=out, width=60, color_system="truecolor", force_terminal=True).print(
        render_briefing(b, extra_zones=extra, local_zone="UTC", emphasize=emphasize, highlight_topics={"a"})
    )
    assert title.strip() == "" or out.getvalue()


def test_conversion_round_trips_in_every_zone():
    """Every zone, at instants around the year (incl. DST seasons): local -> UTC -> local."""
    instants = [dt.datetime(2024, m, 15, h, 30, tzinfo=dt.UTC) for m in (1, 4, 7, 10) for h in (0, 12)]
    for name in zones.zone_names():
        tz = zones.get_zone(name)
        for instant in instants:
            local = instant.astimezone(tz)
            wall = local.replace(tzinfo=None)
            back = zones.to_instant(wall, name, local.fold).astimezone(dt.UTC)
            assert back == instant, (name, instant)


@SETTINGS
@given(zone=zone_names, wall=local_times)
def test_wall_time_round_trip_or_flagged(zone, wall):
    """A wall time converts to UTC and back unchanged unless it is in a DST gap."""
    problem = zones.local_time_problem(wall, zone)
    back = zones.to_instant(wall, zone).astimezone(dt.UTC).astimezone(zones.get_zone(zone))
    if problem != "gap":
        assert back.replace(tzinfo=None) == wall
    else:
        assert back.replace(tzinfo=None) != wall
