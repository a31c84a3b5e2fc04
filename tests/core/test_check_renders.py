"""THE property of issue #11: check accepts nothing that print, digest or the TUI cannot render.

Briefings are generated as TOML files within the schema, with extreme values: dates and times
at the calendar's limits, every zone offset, stated times and folds, points nested to and past
the depth limit, huge, long and odd strings, every kind and outcome. Whenever ``parse_briefing``
(what ``check`` runs) accepts one, it must render as text, Markdown and JSON, as a digest in
Markdown, text and HTML, and as the detail pane's renderable, under a generous time guard (a
hang or a quadratic blow-up fails; nothing is timed). ``PROPERTY_EXAMPLES`` raises the count.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from rich.console import Console

from briefing_tui.cli import _terminal_safe_json
from briefing_tui.core.model import limits, zones
from briefing_tui.core.model.briefing import KINDS, OUTCOMES, Briefing
from briefing_tui.core.present.digest_html import to_html
from briefing_tui.core.present.digest_text import digest_markdown
from briefing_tui.core.present.digest_text import to_text as digest_text
from briefing_tui.core.present.export import to_json, to_markdown
from briefing_tui.core.present.render import render_briefing
from briefing_tui.core.query.digest import DigestFilter, build_digest
from briefing_tui.core.store.parse import load_file
from timeout_guard import within

FILE = Path(tempfile.mkdtemp(prefix="check-renders-")) / "generated.toml"
EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "40"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
GUARD = 120  # seconds for one example's parse and eight renderings; normal: well under a second

# Offsets from -12 to +14, half and quarter hours, DST with 30-minute shifts, and UTC itself.
EDGE_ZONES = [
    "Pacific/Kiritimati", "Etc/GMT-14", "Etc/GMT+12", "Pacific/Pago_Pago", "Asia/Kathmandu", "America/St_Johns",
    "Australia/Lord_Howe", "America/New_York", "Europe/London", "Asia/Tokyo", "UTC", "Antarctica/Troll",
]  # fmt: skip
zone_names = st.sampled_from(EDGE_ZONES) | st.sampled_from(zones.zone_names())

# -- strings: plain, odd, long, huge ----------------------------------------------------------

odd_chars = st.characters(codec="utf-8", exclude_categories=("Cs",))
ODD = [
    "e\u0301\u0302\u0303" * 50,  # stacked combining marks
    "\u5b89\u5168\u4fdd\u969c" * 300,  # wide CJK
    "\U0001f468\u200d\U0001f469\u200d\U0001f467" * 100,  # ZWJ emoji
    "\u0627\u0644\u0633\u0644\u0627\u0645 \u202e\u2066" * 100,  # RTL with bidi controls
    "\t\n\r " * 500,  # whitespace only
    "[/] [@click=app.quit]x[/] \x1b]52;c;aGk=\x07 \x1b[2J",  # markup and escapes
]


def repeated(unit: str, times: int) -> str:
    return unit * times


short = st.text(odd_chars, max_size=60) | st.sampled_from(ODD)
long = st.builds(repeated, st.sampled_from(["x", "\u5b89", "word ", "a\u0301", "-"]), st.integers(1_000, 60_000))
huge = st.builds(repeated, st.sampled_from(["x", "cooperation ", "\u5b89", "e\u0301"]), st.integers(200_000, 1_000_000))
strings = short | long
non_empty = short.filter(lambda s: len(s) > 0)

# -- dates and times: mostly at the calendar's edges ------------------------------------------


def at_year(year: int) -> st.SearchStrategy[dt.datetime]:
    return st.datetimes(min_value=dt.datetime(year, 1, 1), max_value=dt.datetime(year, 12, 31, 23, 59))


#: Within the limits, mostly at their edges (and exactly at them).
edge_times = st.one_of(
    at_year(2), at_year(9998),
    st.sampled_from([dt.datetime(2, 1, 1), dt.datetime(9998, 12, 31, 23, 59)]),
    st.datetimes(min_value=dt.datetime(2, 1, 1), max_value=dt.datetime(9998, 12, 31, 23, 59)),
    st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2040, 1, 1)),
)  # fmt: skip
#: The same, and now and then just past them (check must refuse those, with a line).
local_times = st.one_of(
    edge_times, edge_times, edge_times,
    at_year(1), at_year(9999), st.sampled_from([dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59)]),
)  # fmt: skip
normal_times = st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2040, 1, 1))

# -- TOML -------------------------------------------------------------------------------------


def toml_string(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()  # years below 1000 come zero-padded, as TOML wants
    if isinstance(v, str):
        return toml_string(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    assert isinstance(v, dict)
    return "{" + ", ".join(f"{k} = {toml_value(x)}" for k, x in v.items()) + "}"


def toml_document(doc: dict) -> str:
    """Top-level scalars, then tables and arrays of tables; points as (deeply) nested inline tables."""
    lines = [f"{k} = {toml_value(v)}" for k, v in doc.items() if not isinstance(v, (dict, list))]
    if doc.get("points"):
        lines.append(f"points = {toml_value(doc['points'])}")
    for key, value in doc.items():
        if isinstance(value, dict):
            lines += ["", f"[{key}]", *(f"{k} = {toml_value(x)}" for k, x in value.items())]
        elif isinstance(value, list) and key != "points":
            for item in value:
                lines += ["", f"[[{key}]]", *(f"{k} = {toml_value(x)}" for k, x in item.items())]
    return "\n".join(lines) + "\n"


# -- briefings --------------------------------------------------------------------------------


@st.composite
def point_trees(
    draw, text=non_empty, depth: int | None = None, actors: tuple[str, ...] = ("both", "all"), fields=short
) -> list[dict]:
    """A few points; one of them a chain ``depth`` levels deep (near the limit by default)."""
    if depth is None:
        depth = draw(
            st.sampled_from([1, 2, limits.MAX_POINT_DEPTH - 1, limits.MAX_POINT_DEPTH, limits.MAX_POINT_DEPTH + 1])
        )
    chain: dict | None = None
    for _ in range(depth):
        node = point(draw, text, actors, fields)
        if chain is not None:
            node["points"] = [chain]
        chain = node
    siblings = [point(draw, text, actors, fields) for _ in range(draw(st.integers(0, 3)))]
    return ([chain] if chain else []) + siblings


def point(draw, text, actors: tuple[str, ...], fields) -> dict:
    p: dict = {"text": draw(text), "outcome": draw(st.sampled_from(OUTCOMES))}
    if draw(st.booleans()):
        p["summary"] = draw(fields)
    p["actors"] = draw(st.lists(st.sampled_from(actors), max_size=3))
    p["topics"] = draw(st.lists(fields, max_size=3))
    return p


@st.composite
def briefings(
    draw, *, start=local_times, zone=zone_names, texts=non_empty, fields=short, depth=None, other=edge_times
) -> str:
    """A briefing's TOML: ``start`` for time.start (and the date), ``other`` for the other dates and times,
    ``texts`` for required strings (title, names, point texts), ``fields`` for the optional ones."""
    when = draw(st.none() | start)
    day = when.date() if when is not None else draw(start).date()
    time: dict = {"zone": draw(zone)}
    if when is not None:
        time["start"] = when
    if draw(st.booleans()):
        time["duration_minutes"] = draw(st.sampled_from([1, 59, 60, 1439, 1440, 10080]) | st.integers(1, 10080))
    for flag in ("start_approximate", "duration_approximate"):
        if draw(st.booleans()):
            time[flag] = draw(st.booleans())
    fold = draw(st.none() | st.sampled_from([0, 1]))
    if fold is not None:
        time["fold"] = fold
    doc: dict = {"schema": 1, "title": draw(texts), "kind": draw(st.sampled_from(KINDS)), "date": day}
    for key in ("category", "publisher", "source_url", "venue", "occasion"):
        if draw(st.booleans()):
            doc[key] = draw(fields)
    if draw(st.booleans()):
        doc["published"] = draw(other).date()
    doc["time"] = time
    doc["stated_times"] = [
        {
            "time": draw(other),
            "zone": draw(zone),
            "refers_to": draw(st.sampled_from(["start", "end"])),
            "text": draw(fields),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    doc["participants"] = [
        {
            "key": k,
            "name": draw(texts),
            "title": draw(fields),
            "family_name": draw(fields),
            "country": draw(st.sampled_from(["JP", "CA", "US", "EU", "NP", "KI"])),
        }
        | ({"home_zone": draw(zone)} if draw(st.booleans()) else {})
        for k in draw(st.lists(st.sampled_from(["a", "b", "c"]), max_size=3, unique=True))
    ]
    pool = (
        "both",
        "all",
        *(p["key"] for p in doc["participants"]),
        *(p["country"].lower() for p in doc["participants"]),
    )
    doc["points"] = draw(point_trees(texts, depth, pool, fields))
    return toml_document(doc)


# -- the property -----------------------------------------------------------------------------


def render_everything(briefing: Briefing, width: int, zone: str) -> None:
    """What print, digest and the TUI do with an accepted briefing; any exception fails the test."""
    for color, options in (
        (None, {}),
        ("truecolor", {"local_zone": "UTC", "extra_zones": (zone,), "emphasize": zone, "highlight_topics": {"a"}}),
    ):
        out = io.StringIO()
        Console(file=out, width=width, color_system=color, force_terminal=color is not None).print(
            render_briefing(briefing, **options)
        )
        assert out.getvalue()
    to_markdown(briefing, extra_zones=(zone,), local_zone=zone)
    _terminal_safe_json([to_json(briefing)])
    json.dumps(to_json(briefing))
    digest = build_digest([briefing], DigestFilter(), zone)
    digest_markdown(digest)
    digest_text(digest)
    to_html(digest)


def holds(text: str, width: int, zone: str, area: str) -> None:
    """Write the file and load it as ``check`` does (read_text's size limit included), then render it."""
    FILE.write_text(text, encoding="utf-8")
    briefing, problems = within(GUARD, load_file, FILE)
    if briefing is None:
        event(f"{area}: refused by check")
        [problem] = problems
        assert problem.line >= 1 and problem.col >= 1 and problem.severity == "error"
        return
    event(f"{area}: accepted by check, rendered")
    within(GUARD, render_everything, briefing, width, zone)


widths = st.sampled_from([20, 40, 80, 100, 200])


@SETTINGS
@given(briefings(start=local_times, other=local_times, depth=1), widths, zone_names)
def test_dates_and_times_at_the_calendar_limits(text, width, zone):
    holds(text, width, zone, "calendar")


@SETTINGS
@given(briefings(start=edge_times, depth=None), widths, zone_names)
def test_points_nested_near_the_depth_limit(text, width, zone):
    holds(text, width, zone, "depth")


@settings(SETTINGS, max_examples=max(3, EXAMPLES // 8))
@given(briefings(start=edge_times, texts=huge | long | non_empty, fields=strings | huge, depth=2), widths, zone_names)
def test_huge_long_and_odd_strings(text, width, zone):
    holds(text, width, zone, "strings")


@SETTINGS
@given(
    briefings(start=normal_times, other=normal_times, zone=st.sampled_from(EDGE_ZONES), depth=1),
    widths,
    st.sampled_from(EDGE_ZONES),
)
def test_zones_stated_times_and_folds(text, width, zone):
    holds(text, width, zone, "zones")
