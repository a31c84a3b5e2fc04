"""What check accepts must render: calendar limits, nesting depth, DST folds and huge strings (issue #11)."""

from __future__ import annotations

import io
import json

import msgspec
import pytest
from rich.console import Console

from briefing_tui import cli
from briefing_tui.core.model import limits
from briefing_tui.core.model.briefing import Point
from briefing_tui.core.present.export import to_json, to_markdown
from briefing_tui.core.present.render import MAX_SHOWN_TEXT, render_briefing
from briefing_tui.core.store.parse import load_file
from support import MINIMAL
from timeout_guard import within

HEAD = MINIMAL.split("[[points]]")[0]


def plain(renderable, width: int = 100) -> str:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(renderable)
    return out.getvalue()


def at(text: str, date: str, start: str, zone: str = "America/Toronto") -> str:
    return (
        text.replace("2024-01-13T09:40:00", start)
        .replace("2024-01-13", date)
        .replace('zone = "America/Toronto"', f'zone = "{zone}"')
    )


# -- the calendar's edges ----------------------------------------------------------------------


def test_a_start_at_the_end_of_the_calendar_is_a_located_error(write, capsys):
    """9999-12-31T23:00 in Los Angeles is past year 9999 in UTC: it passed check, then crashed print."""
    path = write(at(MINIMAL, "9999-12-31", "9999-12-31T23:00:00", "America/Los_Angeles"))
    briefing, [problem] = load_file(path)
    assert briefing is None and problem.severity == "error"
    assert (problem.line, problem.col) == (4, 1) and "expected a date between years 2 and 9998" in problem.message
    for command in ("print", "digest"):
        assert cli.main([command, str(path)]) == cli.EXIT_PROBLEMS  # located, not an internal error (3)
        assert "expected a date between years 2 and 9998" in " ".join(capsys.readouterr().err.split())


def test_a_start_at_the_calendar_start_with_a_stated_time_gets_its_own_line(write, capsys):
    """0001-01-01T00:00 in Tokyo with a stated time made check itself fail, with no per-file line."""
    text = at(MINIMAL, "0001-01-01", "0001-01-01T00:00:00", "Asia/Tokyo")
    path = write(
        text
        + '\n[[stated_times]]\ntime = 0000-12-31T15:00:00\nzone = "UTC"\n'.replace("0000-12-31T15", "0001-01-01T05")
    )
    good = write(MINIMAL, "good.toml")
    assert cli.main(["check", str(path), str(good)]) == cli.EXIT_PROBLEMS
    out, err = capsys.readouterr()
    assert f"{path}:4:1: error: 0001-01-01 is outside the supported calendar" in out
    assert "checked 2 file(s): 1 loaded, 1 error(s)" in err


@pytest.mark.parametrize(
    ("field", "old", "new", "line"),
    [
        ("published", "date = 2024-01-13\n", "date = 2024-01-13\npublished = 9999-01-01\n", 5),
        (
            "stated time",
            "duration_minutes = 100\n",
            'duration_minutes = 100\n\n[[stated_times]]\ntime = 0001-06-01T00:00:00\nzone = "UTC"\n',
            12,
        ),
    ],
)
def test_every_date_is_held_to_the_limits(write, field, old, new, line):
    text = MINIMAL.replace(old, new)
    briefing, problems = load_file(write(text))
    assert briefing is None, field
    assert [(p.line, p.severity) for p in problems] == [(line, "error")] and "between years 2 and 9998" in problems[
        0
    ].message


@pytest.mark.parametrize(
    ("date", "start", "zone"),
    [
        ("0002-01-01", "0002-01-01T00:00:00", "Pacific/Kiritimati"),
        ("9998-12-31", "9998-12-31T23:59:00", "Pacific/Pago_Pago"),
    ],
)
def test_the_limits_themselves_load_and_render(write, date, start, zone):
    briefing, problems = load_file(
        write(at(MINIMAL.replace("duration_minutes = 100", "duration_minutes = 10080"), date, start, zone))
    )
    assert briefing is not None and [p for p in problems if p.severity == "error"] == []
    assert start[11:16] in plain(render_briefing(briefing, extra_zones=("Pacific/Kiritimati", "Etc/GMT+12")))
    json.dumps(to_json(briefing))
    to_markdown(briefing, extra_zones=("Etc/GMT-14", "Etc/GMT+12"))


# -- nesting -----------------------------------------------------------------------------------


def nested(levels: int) -> str:
    parts, header = [HEAD], "points"
    for level in range(1, levels + 1):
        parts.append(f'\n[[{header}]]\ntext = "level {level}"\noutcome = "stated"\n')
        header += ".points"
    return "".join(parts)


def test_points_nested_to_the_limit_load_and_render_everywhere(write):
    text = nested(limits.MAX_POINT_DEPTH)
    briefing, problems = load_file(write(text))
    assert briefing is not None and problems == []
    shown = within(60, plain, render_briefing(briefing), 40)
    assert f"level {limits.MAX_POINT_DEPTH}" in shown
    assert f"level {limits.MAX_POINT_DEPTH}" in to_markdown(briefing)
    assert json.dumps(to_json(briefing)).count('"level ') == limits.MAX_POINT_DEPTH


@pytest.mark.parametrize("levels", [limits.MAX_POINT_DEPTH + 1, 170, 199, 400])
def test_deeper_nesting_is_a_located_error(write, levels):
    """170-199 levels passed check and crashed text rendering with RecursionError."""
    text = nested(levels)
    briefing, [problem] = within(60, load_file, write(text))
    header = "[[" + ".".join(["points"] * (limits.MAX_POINT_DEPTH + 1)) + "]]"
    assert briefing is None and problem.line == text.splitlines().index(header) + 1
    assert f"expected at most {limits.MAX_POINT_DEPTH} levels of sub-points" in problem.message


def test_the_renderer_never_descends_past_the_limit(write):
    """Even a briefing that never went through check (built in code) renders, cut at the limit."""
    briefing, _ = load_file(write(MINIMAL))
    point = Point(text="deepest", outcome="stated")
    for level in range(300, 0, -1):
        point = Point(text=f"level {level}", outcome="stated", points=(point,))
    shown = within(60, plain, render_briefing(msgspec.structs.replace(briefing, points=(point,))), 60)
    assert f"level {limits.MAX_POINT_DEPTH}" in shown and f"level {limits.MAX_POINT_DEPTH + 1}" not in shown
    assert "1 deeper sub-point(s) not shown; see the file" in " ".join(shown.split())


def test_deep_points_keep_their_text_in_a_narrow_width(write):
    briefing, _ = load_file(write(nested(limits.MAX_POINT_DEPTH)))
    assert f"level {limits.MAX_POINT_DEPTH}" in plain(render_briefing(briefing), 20)


# -- DST folds ---------------------------------------------------------------------------------

FOLD = MINIMAL.replace("2024-01-13T09:40:00", "2024-11-03T01:30:00").replace("2024-01-13", "2024-11-03")


@pytest.mark.parametrize(("fold", "offset"), [(0, "-04:00"), (1, "-05:00")])
def test_an_explicit_fold_silences_the_happens_twice_warning(write, fold, offset):
    briefing, problems = load_file(
        write(FOLD.replace("duration_minutes = 100", f"duration_minutes = 100\nfold = {fold}"))
    )
    assert briefing is not None and problems == []
    assert to_json(briefing)["start"].endswith(offset)


def test_without_fold_the_warning_stays(write):
    briefing, [warning] = load_file(write(FOLD))
    assert briefing is not None and "happens twice" in warning.message and to_json(briefing)["start"].endswith("-04:00")


# -- huge strings ------------------------------------------------------------------------------


def huge_point(text: str) -> str:
    return HEAD + f'\n[[points]]\ntext = "{text}"\noutcome = "stated"\nsummary = "{text[:200_000]}"\n'


@pytest.mark.parametrize("kind", ["7 MB of words", "1 MB word"])
def test_a_huge_point_renders_cut_with_a_marker_in_bounded_time(write, kind, capsys):
    """A 7 MB point took 47 s to print and froze the pane for a minute (Rich wraps a long text quadratically)."""
    text = ("cooperation " * 600_000)[:7_000_000] if kind.startswith("7") else "x" * 1_000_000
    path = write(huge_point(text))
    briefing, _ = within(120, load_file, path)
    shown = within(60, plain, render_briefing(briefing), 80)
    more = len(text.strip()) - MAX_SHOWN_TEXT
    assert f"… {more:,} more characters; see the file" in " ".join(shown.split())
    assert len(shown) < 100_000
    assert within(60, cli.main, ["print", str(path), "--color", "never"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "more characters; see the file" in out and len(out) < 100_000
    assert within(60, cli.main, ["print", str(path), "--format", "json"]) == cli.EXIT_OK  # JSON keeps it whole
    assert len(json.loads(capsys.readouterr().out)[0]["points"][0]["text"]) == len(text.strip())


def test_many_problems_in_a_huge_file_are_located_in_one_pass(write):
    """Locating 200 warnings in a 7 MB file took 343 s: a lexer pass per problem, a Python step per character."""
    from briefing_tui.core.model.topics import Topic, Vocabulary

    topics = ", ".join(f'"nosuch{i}"' for i in range(200))
    path = write(HEAD + f'\n[[points]]\ntext = "{"cooperation " * 580_000}"\noutcome = "stated"\ntopics = [{topics}]\n')
    vocabulary = Vocabulary({"g7": Topic(label="G7", group="theme")})
    briefing, problems = within(60, load_file, path, vocabulary)
    assert briefing is not None and len(problems) == 200
    assert {p.line for p in problems} == {len(HEAD.splitlines()) + 5}
