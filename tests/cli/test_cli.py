"""The command line: print and check, exit codes, and no Textual on the print path."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from briefing_tui.cli import main
from support import BUNDLED, SEED


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_print_seed_in_tokyo(capsys):
    code, out, _ = run(capsys, "print", str(SEED), "--tz", "Asia/Tokyo", "--width", "100")
    assert code == 0
    assert "Sat 13 Jan 23:40" in out and "~Sun 14 Jan 01:20 (+1 day)" in out
    assert "Asia/Tokyo JST +09:00" in out
    assert "\x1b" not in out  # piped: plain text
    assert all(line == line.rstrip() for line in out.splitlines())


def test_print_by_id_and_partial_id(capsys):
    code, out, _ = run(capsys, "print", "mofa-20240113-jpn-can-montreal")
    assert code == 0 and "Japan-Canada Foreign Ministers' Meeting" in out
    code, out, _ = run(capsys, "print", "20240113-jpn-can")
    assert code == 0 and "Montreal" in out


def test_print_json_fields(capsys):
    code, out, _ = run(capsys, "print", str(SEED), "--format", "json")
    [obj] = json.loads(out)
    assert code == 0
    assert obj["start"] == "2024-01-13T09:40:00-05:00"
    assert obj["start_utc"] == "2024-01-13T14:40:00+00:00"
    assert obj["end"] == "2024-01-13T11:20:00-05:00"
    assert obj["timezone"] == "America/Toronto" and obj["duration_minutes"] == 100
    assert obj["participants"][1] == {
        "name": "the Honourable Mélanie Joly",
        "title": "Minister of Foreign Affairs",
        "country": "CA",
        "country_name": "Canada",
    }
    assert [p["outcome"] for p in obj["points"]].count("agreed") == 6
    assert len(obj["points"][3]["points"]) == 3
    assert obj["stated_times"] == [
        {
            "time": "2024-01-13T23:40:00",
            "zone": "Asia/Tokyo",
            "refers_to": "start",
            "text": "January 13th, 11:40p.m. Japan time",
        }
    ]
    for key in ("id", "title", "kind", "date", "venue"):
        assert key in obj


def test_print_topic_filters_points(capsys):
    code, out, _ = run(capsys, "print", str(SEED), "--topic", "arctic", "--format", "json")
    assert code == 0
    [obj] = json.loads(out)
    assert [p["topics"] for p in obj["points"]] == [
        ["japan-canada-action-plan", "foip", "rule-of-law", "energy-security", "critical-minerals", "wps", "arctic"]
    ]
    _code, out, _ = run(capsys, "print", str(SEED), "--topic", "arctic")
    assert "Points (1)" in out and "┃ 1." in out


def test_print_markdown(capsys):
    code, out, _ = run(capsys, "print", str(SEED), "--format", "markdown", "--tz", "Asia/Tokyo")
    assert code == 0 and out.startswith("## Japan-Canada Foreign Ministers' Meeting")
    assert "- **Japan** (Asia/Tokyo): Sat 13 Jan 23:40 – ~Sun 14 Jan 01:20 (+1 day) JST" in out
    assert "**AGREED** (Both sides)" in out


def test_usage_errors_exit_2(capsys):
    code, _, err = run(capsys, "print", "--tz", "Asia/Tokio")
    assert code == 2 and "did you mean 'Asia/Tokyo'" in err and "Traceback" not in err
    assert run(capsys, "print", "--format", "pdf")[0] == 2
    assert run(capsys, "print", "--width", "5")[0] == 2
    assert run(capsys, "check", "--nope")[0] == 2


def test_unknown_id_exits_1(capsys):
    code, _, err = run(capsys, "print", "no-such-briefing")
    assert code == 1 and "no briefing matches 'no-such-briefing'" in err


def test_check_bundled_is_clean(capsys):
    code, out, err = run(capsys, "check", str(BUNDLED))
    assert code == 0, out
    assert out == "" and "0 error(s), 0 warning(s)" in err


def test_check_reports_located_errors(capsys, write, minimal):
    good = write(minimal, "good.toml")
    write("schema = 1\ntitle = [\n", "bad.toml")
    code, out, err = run(capsys, "check", str(good.parent))
    assert code == 1
    assert out.startswith(f"{good.parent / 'bad.toml'}:3:1: error: invalid TOML: Invalid value; expected ")
    assert "1 loaded, 1 error(s)" in err


def test_check_strict_fails_on_warnings(capsys, write, minimal):
    # No topics.toml beside the file: the bundled vocabulary applies.
    path = write(minimal.replace('topics = ["g7"]', 'topics = ["not-a-topic"]'))
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0 and ":25:11: warning: unknown topic 'not-a-topic'" in out
    assert run(capsys, "check", "--strict", str(path))[0] == 1


def test_internal_errors_have_no_traceback(capsys, monkeypatch):
    import briefing_tui.cli as cli

    def boom(args):
        raise RuntimeError("kaboom")

    monkeypatch.setitem(cli.COMMANDS, "check", boom)
    code, _, err = run(capsys, "check")
    assert code == 3 and "internal error: RuntimeError: kaboom" in err and "Traceback" not in err
    with pytest.raises(RuntimeError):
        main(["check", "--debug"])


COLOUR_SGR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-79]|4[0-79]|38|48|9[0-7]|10[0-7])[;m]")


def _subprocess(*args, env=None):
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "TZ": "UTC", **(env or {})},
        timeout=60,
    )


def test_print_path_never_imports_textual():
    code = (
        "import sys; from briefing_tui.cli import main; rc = main(['print', %r]); "
        "assert rc == 0; bad = [m for m in sys.modules if m.split('.')[0] == 'textual' or m.startswith('briefing_tui.app')]; "
        "print('IMPORTED', bad, file=sys.stderr); raise SystemExit(1 if bad else 0)"
    ) % str(SEED)
    for argv in (["-c", code], ["-c", code.replace("'print'", "'check'").replace(", %r" % str(SEED), "")]):
        result = _subprocess(*argv)
        assert result.returncode == 0, result.stderr


def test_python_dash_m_and_no_color(tmp_path):
    # NO_COLOR with --color auto: no colours, though bold may remain (--color always wins: test_cli_conduct)
    result = _subprocess("-m", "briefing_tui", "print", str(SEED), env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert result.returncode == 0
    assert not COLOUR_SGR.search(result.stdout)
    result = _subprocess("-m", "briefing_tui", "print", str(SEED), "--color", "always")
    assert COLOUR_SGR.search(result.stdout)


def test_digest_markdown_html_text(capsys, tmp_path):
    code, out, _ = run(
        capsys, "digest", "--country", "ca", "--outcome", "agreed", "--since", "2022-01-01", "--tz", "America/Toronto"
    )
    assert code == 0 and out.startswith("# Digest: with Canada; outcomes: agreed; since 2022-01-01\n")
    heads = [line for line in out.splitlines() if line.startswith("## ")]
    assert heads[0].startswith("## Thu 03 Nov 2022 13:00 EDT") and heads[-1].startswith("## Sat 13 Jan 2024 09:40 EST")
    target = tmp_path / "d.html"
    code, _, err = run(capsys, "digest", "--topic", "Arctic", "--format", "html", "--out", str(target))
    assert code == 0 and target.read_text(encoding="utf-8").count("<article>") == 2 and "(2 meetings, 2 points)" in err
    code, out, _ = run(capsys, "digest", "--topic", "arctic", "--format", "text", "--tz", "Asia/Tokyo")
    assert "Sat 13 Jan 2024 23:40 JST — Japan-Canada Foreign Ministers' Meeting" in out


def test_digest_title_names_topics_by_label(capsys):
    """#13: --topic "Arctic" titled the digest "topics: arctic"."""
    code, out, _ = run(capsys, "digest", "--topic", "Arctic", "--until", "2030-01-01")
    assert code == 0 and out.startswith("# Digest: topics: Arctic; until 2030-01-01\n")


def test_digest_search_picks_meetings_or_with_per_point_points(capsys):
    code, meetings, _ = run(capsys, "digest", "--search", "arctic", "--format", "text")
    assert code == 0
    code, points, _ = run(capsys, "digest", "--search", "arctic", "--per-point", "--format", "text")
    assert code == 0 and "points matching 'arctic'" in points and "points matching" not in meetings
    assert 0 < len(points) < len(meetings)


def test_digest_usage_errors(capsys):
    assert run(capsys, "digest", "--outcome", "agreed,nonsense")[0] == 2
    assert run(capsys, "digest", "--since", "2024-13-01")[0] == 2
    assert run(capsys, "digest", "--country", "XX")[0] == 2
    assert run(capsys, "digest", "--since", "2024-01-02", "--until", "2024-01-01")[0] == 2


def test_print_strips_control_sequences_from_hostile_text(write, minimal):
    hostile = minimal.replace(
        'title = "Test meeting"',
        'title = "[bold red]x[/] [@click=app.quit]q \\u001b]52;c;aGk=\\u0007 \\u001b[2J\\u202eevil"',
    ).replace('name = "Mélanie Joly"', 'name = "\\u001b]8;;http://e.example\\u001b\\\\link\\u001b]8;;\\u001b\\\\"')
    path = write(hostile, "hostile.toml")
    for color in ("never", "always"):
        result = _subprocess("-m", "briefing_tui", "print", str(path), "--color", color)
        assert result.returncode == 0, result.stderr
        assert "[bold red]x[/] [@click=app.quit]q" in re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
        assert re.findall(r"\x1b(?!\[[0-9;]*m)", result.stdout) == []  # only our own colour codes
        assert "\u202e" not in result.stdout and "]52;" not in result.stdout
    for fmt in ("markdown", "json"):
        out = _subprocess("-m", "briefing_tui", "print", str(path), "--format", fmt).stdout
        assert "\x1b" not in out and "\u202e" not in out


def test_digest_country_takes_an_organisation_in_any_case(capsys):
    """Round 6 of #16: organisations are sides; `--country coe` is the Council of Europe."""
    assert run(capsys, "digest", "--country", "coe")[0] == 0
    assert run(capsys, "digest", "--country", "xk")[0] == 0


def test_print_names_an_organisation_and_kosovo(capsys, write, minimal):
    path = write(minimal.replace('country = "CA"', 'country = "CoE"').replace('country = "JP"', 'country = "XK"'))
    code, out, _ = run(capsys, "print", str(path), "--color", "never")
    assert code == 0 and "— Council of Europe" in out and "— Kosovo" in out
