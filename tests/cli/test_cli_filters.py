"""print and digest: --since/--until (one parser: YYYY, YYYY-MM, YYYY-MM-DD) and --medium; check on schema 1;
shell completion and the man page; print through a pager on a terminal."""

from __future__ import annotations

import datetime as dt
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_tui import cli
from briefing_tui.cli import main
from briefing_tui.core.query.periods import date_bound
from support import REPO

QUAD_CALL = "mofa-20210218-quad-telephone"
CALLS_OF_2021 = [QUAD_CALL, "gac-20211126-joly-hayashi-call", "mofa-20211207-jpn-bra-telephone"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def printed_ids(capsys, *argv) -> list[str]:
    code, out, err = run(capsys, "print", "--format", "json", *argv)
    assert code == 0, err
    return [b["id"] for b in json.loads(out)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2021", dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2021-11-26", dt.date(2021, 11, 26), dt.date(2021, 11, 26)),
    ],
)
def test_one_date_parser(text, start, end):
    assert (date_bound(text), date_bound(text, end=True)) == (start, end)


@pytest.mark.parametrize("bad", ["21", "2021-13", "2021-02-30", "2021/01", "last year", ""])
def test_bad_dates_are_usage_errors_naming_the_forms(capsys, bad):
    for command in ("print", "digest"):
        code, _, err = run(capsys, command, "--since", bad)
        assert code == 2 and "expected YYYY, YYYY-MM or YYYY-MM-DD" in err, (command, err)


def test_every_call_of_2021(capsys):
    """The Quad telephone meeting is a multilateral meeting held by telephone: --medium finds it, --kind does not."""
    ids = printed_ids(capsys, "--since", "2021", "--until", "2021", "--medium", "telephone")
    assert sorted(ids) == sorted(CALLS_OF_2021)
    code, out, _ = run(
        capsys, "digest", "--since", "2021", "--until", "2021", "--medium", "telephone", "--format", "text"
    )
    assert code == 0 and out.count("Telephone") >= 1
    assert "Japan-Australia-India-U.S. Foreign Ministers' Telephone Meeting" in out
    code, out, _ = run(capsys, "digest", "--since", "2021", "--until", "2021", "--kind", "telephone-talk")
    assert "Japan-Australia-India-U.S." not in out


def test_since_and_until_on_print_as_on_digest(capsys):
    code, out, _ = run(capsys, "digest", "--since", "2023-11", "--until", "2024-01-12", "--format", "text")
    assert code == 0 and out.count("\n") > 3
    dates = [
        b["date"]
        for b in json.loads(run(capsys, "print", "--format", "json", "--since", "2023-11", "--until", "2024-01-12")[1])
    ]
    assert dates and min(dates) >= "2023-11-01" and max(dates) <= "2024-01-12"
    assert run(capsys, "print", "--since", "2024", "--until", "2023")[0] == 2


def test_in_person_excludes_calls_and_video(capsys):
    ids = printed_ids(capsys, "--medium", "in-person", "--since", "2021", "--until", "2021")
    assert ids and not set(ids) & set(CALLS_OF_2021) and "mofa-20210527-jpn-eu-summit-virtual" not in ids


def test_check_explains_a_schema_1_file(capsys, write, minimal):
    path = write(minimal)
    code, out, err = run(capsys, "check", "--strict", str(path))
    assert code == 0 and "0 warning(s)" in err
    assert out.startswith(
        f"{path}:1:1: info: schema 1 has no `medium`: taken as 'in-person' from kind 'bilateral-meeting'"
    )
    assert '`schema = 2` and `medium = "in-person"`' in out
    code, out, _ = run(capsys, "check", "--quiet", str(path))
    assert out == ""
    stated = write(
        minimal.replace("schema = 1", "schema = 2").replace(
            'kind = "bilateral-meeting"', 'kind = "bilateral-meeting"\nmedium = "video"'
        )
    )
    assert run(capsys, "check", str(stated))[1] == ""


def completions(monkeypatch, line: str) -> list[str]:
    """What the shell would be offered at the end of ``line``: the command run as the shell code runs it
    (``_ARGCOMPLETE`` set, the answer on file descriptor 8)."""
    env = {**os.environ, "_ARGCOMPLETE": "1", "COMP_LINE": line, "COMP_POINT": str(len(line)), "_ARGCOMPLETE_IFS": "\n"}
    env["PYTHONPATH"] = str(REPO / "src")
    shell = 'exec "$@" 8>&1 9>/dev/null 1>/dev/null'
    result = subprocess.run(
        ["sh", "-c", shell, "sh", sys.executable, "-m", "briefing_tui"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return [word.strip() for word in result.stdout.split("\n") if word.strip()]


def test_completion_offers_commands_options_topics_countries_and_zones(monkeypatch):
    assert {"print", "check", "import", "digest", "completion", "man"} <= set(completions(monkeypatch, "briefing-tui "))
    assert "china" in completions(monkeypatch, "briefing-tui print --topic ch")
    assert {"arctic", "g7", "quad"} <= set(completions(monkeypatch, "briefing-tui digest --topic "))
    assert "JP" in completions(monkeypatch, "briefing-tui digest --country J")
    assert completions(monkeypatch, "briefing-tui print --tz Asia/Tok") == ["Asia/Tokyo"]
    assert {"--since", "--until", "--medium", "--no-pager"} <= set(completions(monkeypatch, "briefing-tui print --"))
    assert set(completions(monkeypatch, "briefing-tui digest --medium ")) == {"in-person", "telephone", "video"}


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(capsys, shell):
    code, out, _ = run(capsys, "completion", shell)
    assert code == 0 and "briefing-tui" in out and "_ARGCOMPLETE" in out


def test_man_page(capsys):
    code, out, _ = run(capsys, "man")
    assert code == 0 and out.startswith(".TH BRIEFING\\-TUI")
    for word in ("print", "digest", "\\-\\-since", "\\-\\-medium", "completion"):
        assert word in out


def test_print_never_imports_the_completion_libraries():
    code = (
        "import sys; from briefing_tui.cli import main; main(['print', 'mofa-20240113-jpn-can-montreal']); "
        "print(sorted(m for m in ('argcomplete', 'argparse_manpage', 'briefing_tui.completion', 'textual') if m in sys.modules), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        timeout=60,
    )
    assert result.stderr.strip().splitlines()[-1] == "[]"


PAGER = """#!/bin/sh
cat > "$1"
"""


def _print_on_a_terminal(tmp_path: Path, *args: str, lines: int) -> tuple[str, str]:
    """Run print with stdout on a pseudo-terminal and PAGER a script that keeps what it is given.

    Returns (what reached the terminal directly, what the pager got)."""
    pager = tmp_path / "pager.sh"
    pager.write_text(PAGER)
    pager.chmod(0o755)
    paged = tmp_path / "paged.txt"
    env = {
        **os.environ,
        "PAGER": f"{pager} {paged}",
        "LINES": str(lines),
        "COLUMNS": "100",
        "TZ": "UTC",
        "PYTHONPATH": str(REPO / "src"),
    }
    env.pop("NO_COLOR", None)
    leader, follower = pty.openpty()
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "briefing_tui", "print", *args],
            stdout=follower,
            stderr=subprocess.PIPE,
            env=env,
            cwd=REPO,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert child.wait(timeout=60) == 0, child.stderr.read()
    finally:
        os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace"), paged.read_text(encoding="utf-8") if paged.exists() else ""


def test_print_pages_a_long_text_on_a_terminal(tmp_path):
    direct, paged = _print_on_a_terminal(tmp_path, "mofa-20240113-jpn-can-montreal", lines=10)
    assert "Japan-Canada Foreign Ministers' Meeting" in paged and "Japan-Canada" not in direct


def test_print_does_not_page_what_fits_or_with_no_pager(tmp_path):
    direct, paged = _print_on_a_terminal(tmp_path, "mofa-20240113-jpn-can-montreal", lines=1000)
    assert paged == "" and "Japan-Canada Foreign Ministers' Meeting" in direct
    direct, paged = _print_on_a_terminal(tmp_path, "mofa-20240113-jpn-can-montreal", "--no-pager", lines=10)
    assert paged == "" and "Japan-Canada Foreign Ministers' Meeting" in direct


def test_print_does_not_page_into_a_pipe(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("PAGER", f"sh -c 'cat > {tmp_path / 'paged'}'")
    monkeypatch.setenv("LINES", "5")
    code, out, _ = run(capsys, "print", "mofa-20240113-jpn-can-montreal")
    assert code == 0 and "Japan-Canada" in out and not (tmp_path / "paged").exists()
    assert not cli._stdout_is_terminal()
