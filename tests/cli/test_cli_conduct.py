"""The command line's conduct: where output goes, what happens when it cannot go there, and
which command an argument means (issues #11 parts 5-6 and #13)."""

from __future__ import annotations

import json
import os
import pty
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import briefing_tui.cli as cli
from briefing_tui.cli import main
from support import BUNDLED, SEED

SEED_ID = "mofa-20240113-jpn-can-montreal"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "briefing_tui", *args]


def spawn(argv, *, timeout=60, **kwargs):
    """A child with a timeout: a hang fails the test instead of blocking it."""
    env = {**os.environ, "TZ": "UTC", **kwargs.pop("env", {})}
    return subprocess.run(argv, env=env, timeout=timeout, **kwargs)


@pytest.fixture
def no_app(monkeypatch):
    """Opening the browser fails the test (it would hang, or draw over the test's terminal)."""

    def opened(*args, **kwargs):
        pytest.fail("the browser was opened")

    import briefing_tui.app.main

    monkeypatch.setattr(briefing_tui.app.main, "run", opened)


@pytest.fixture
def broken_folder(tmp_path, minimal):
    (tmp_path / "good.toml").write_text(minimal, encoding="utf-8")
    (tmp_path / "bad.toml").write_text("schema = 1\ntitle = [\n", encoding="utf-8")
    return tmp_path


def null_device(tmp_path: Path) -> Path:
    """A character device that discards writes: our own node where we may make one (root), else
    /dev/null (which no one but root can replace, so the test can never damage it)."""
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        return Path("/dev/null")
    return node


# --- digest --out (#11.5) -------------------------------------------------------------------


def test_digest_out_streams_to_a_device_instead_of_replacing_it(capsys, tmp_path):
    device = null_device(tmp_path)
    code, _, err = run(capsys, "digest", "--topic", "arctic", "--out", str(device))
    assert code == 0, err
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert f"streamed to {device} (2 meetings, 2 points)" in err


def test_digest_out_streams_to_a_fifo(capsys, tmp_path):
    fifo = tmp_path / "memo.fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is there: the writer's open returns
    try:
        code, _, err = run(capsys, "digest", "--topic", "arctic", "--out", str(fifo))
        assert code == 0, err
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
        assert os.read(reader, 1 << 16).startswith(b"# Digest: topics: Arctic")
    finally:
        os.close(reader)


def test_digest_out_writes_a_file_atomically_and_says_so(capsys, tmp_path):
    target = tmp_path / "memo.md"
    code, _, err = run(capsys, "digest", "--topic", "arctic", "--out", str(target))
    assert code == 0 and target.read_text(encoding="utf-8").startswith("# Digest: topics: Arctic")
    assert err.splitlines()[-1] == f"briefing-tui digest: wrote {target} (2 meetings, 2 points)"
    assert [p.name for p in tmp_path.iterdir()] == ["memo.md"]  # no temporary file left behind


def test_digest_out_through_a_symlink_writes_its_target_and_refuses_a_folder(capsys, tmp_path):
    target, link = tmp_path / "memo.md", tmp_path / "latest.md"
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target.name)
    code, _, err = run(capsys, "digest", "--topic", "arctic", "--out", str(link))
    assert code == 0, err
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("# Digest: topics: Arctic")
    code, _, err = run(capsys, "digest", "--topic", "arctic", "--out", str(tmp_path))
    assert code == 1 and err == f"briefing-tui digest: cannot write {tmp_path}: is a folder; expected a file name\n"


# --- broken pipes, closed and full stdout (#11.6) --------------------------------------------


def _into_a_gone_reader(*args):
    """Run with stdout a pipe whose reader has already gone (as `| head -1` does, at its time)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return spawn(command(*args), stdout=write_end, stderr=subprocess.PIPE, text=True)
    finally:
        os.close(write_end)


def test_broken_pipe_keeps_the_real_exit_code(broken_folder):
    result = _into_a_gone_reader("check", str(broken_folder))
    assert (result.returncode, result.stderr) == (1, "checked 2 file(s): 1 loaded, 1 error(s), 0 warning(s)\n")
    # print's text is larger than a pipe's buffer: the pipe breaks in the middle of the command.
    result = _into_a_gone_reader("print", str(BUNDLED), "no-such-briefing")
    assert result.returncode == 1 and "Traceback" not in result.stderr and "Exception" not in result.stderr
    assert "no briefing matches 'no-such-briefing'" in result.stderr
    assert _into_a_gone_reader("check", str(BUNDLED)).returncode == 0


def test_closed_stdout_is_an_io_error(broken_folder):
    def closed_stdout(*args):
        return spawn(["sh", "-c", 'exec "$0" "$@" >&-', *command(*args)], capture_output=True, text=True)

    result = closed_stdout("print", str(SEED))
    assert (result.returncode, result.stderr) == (1, "briefing-tui: cannot write to stdout: it is closed\n")
    result = closed_stdout("check", "--quiet", str(broken_folder))
    assert (result.returncode, result.stderr) == (1, "briefing-tui: cannot write to stdout: it is closed\n")
    assert closed_stdout("check", "--quiet", str(SEED)).returncode == 0  # nothing to write: nothing failed


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_full_stdout_is_an_io_error(broken_folder):
    for args in (("print", str(SEED)), ("check", str(broken_folder), "--quiet"), ("print", "--help")):
        with open("/dev/full", "w") as full:
            result = spawn(command(*args), stdout=full, stderr=subprocess.PIPE, text=True)
        assert (result.returncode, result.stderr) == (
            1,
            "briefing-tui: cannot write to stdout: No space left on device\n",
        ), args


# --- which command, and no TUI without a terminal (#11.6, #13.2, #13.3) ----------------------


def test_options_before_the_command(capsys, no_app):
    code, out, err = run(capsys, "--debug", "check", str(SEED))
    assert code == 0 and out == "" and "checked 1 file(s)" in err
    code, out, _ = run(capsys, "--no-cache", "print", SEED_ID)
    assert code == 0 and "Japan-Canada Foreign Ministers' Meeting" in out
    code, out, _ = run(capsys, "--no-cache", "--debug", "digest", "--topic", "arctic")
    assert code == 0 and out.startswith("# Digest: topics: Arctic")


def test_a_mistyped_command_is_a_usage_error(capsys, no_app):
    code, out, err = run(capsys, "prnt", SEED_ID)
    assert (code, out) == (2, "")
    assert err == "briefing-tui: error: 'prnt' is neither a command nor a file or folder; did you mean print?\n"
    code, _, err = run(capsys, "help")
    assert code == 2 and "'help' is neither a command nor a file or folder; commands: print, check" in err
    code, _, err = run(capsys, "--debug", "chekc")
    assert code == 2 and "did you mean check?" in err


def test_an_existing_folder_named_like_a_typo_still_opens(capsys, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setitem(cli.COMMANDS, "app", lambda args: opened.append(args.paths) or 0)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "prnt").mkdir()
    assert run(capsys, "prnt")[0] == 0 and opened == [[Path("prnt")]]


def test_bare_command_lists_when_stdout_is_not_a_terminal(capsys, monkeypatch, no_app):
    monkeypatch.delenv("BRIEFINGS_DIR", raising=False)
    code, out, err = run(capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == len(list(BUNDLED.glob("*.toml"))) - 1  # all but topics.toml
    assert f"2024-01-13\tbilateral-meeting\tJapan-Canada Foreign Ministers' Meeting\t{SEED_ID}" in lines
    assert all(len(line.split("\t")) == 4 for line in lines)
    assert lines == sorted(lines, key=lambda line: (line.split("\t")[0], line.split("\t")[3]))


def test_bare_command_into_a_pipe_never_draws():
    result = spawn(command(str(SEED)), stdin=subprocess.DEVNULL, capture_output=True, text=True)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"2024-01-13\tbilateral-meeting\tJapan-Canada Foreign Ministers' Meeting\t{SEED_ID}\n"


@pytest.mark.parametrize(
    ("redirect", "message"),
    [
        ("<&-", "stdin is closed; the browser needs a terminal (briefing-tui print needs none)"),
        ("</dev/null", "stdin is not a terminal; the browser needs one (briefing-tui print needs none)"),
    ],
)
def test_no_tui_without_a_terminal_on_stdin(redirect, message):
    leader, follower = pty.openpty()  # stdout IS a terminal: only stdin is missing
    try:
        result = spawn(
            ["sh", "-c", f'exec "$0" "$@" {redirect}', *command(str(SEED))],
            stdout=follower,
            stderr=subprocess.PIPE,
            text=True,
            timeout=30,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr == f"briefing-tui: error: {message}\n"


def test_import_from_a_closed_stdin_is_a_clean_error(tmp_path):
    result = spawn(
        ["sh", "-c", 'exec "$0" "$@" <&-', *command("import", "-", "--out", str(tmp_path))],
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stderr) == (
        1,
        "briefing-tui import: stdin is closed; expected the readout's text on stdin\n",
    )
    assert list(tmp_path.iterdir()) == []


# --- print and digest (#13.11, #13.12, #13.14, #13.16) ---------------------------------------


def test_print_errors_are_one_line_each(capsys):
    ident = "no-such-briefing-with-a-name-long-enough-to-pass-eighty-columns-on-its-own"
    code, _, err = run(capsys, "print", ident)
    assert code == 1
    [line] = err.splitlines()  # not wrapped at 80 columns, though stderr is not a terminal
    assert line.startswith(f"briefing-tui: no briefing matches {ident!r} (not a file, folder")


def test_unknown_topics_are_usage_errors(capsys):
    for cmd in ("print", "digest"):
        code, out, err = run(capsys, cmd, "--topic", "nosuchtopic")
        assert (code, out) == (2, "")
        assert err.endswith(
            f"briefing-tui {cmd}: error: unknown topic 'nosuchtopic'; expected a topic id, alias or label from topics.toml\n"
        )
        code, _, err = run(capsys, cmd, "--topic", "arctik")
        assert code == 2 and "did you mean arctic?" in err


def test_topics_by_id_alias_or_label_in_any_case(capsys):
    results = [
        run(capsys, "print", str(SEED), "--topic", t, "--format", "json")
        for t in ("arctic", "ARCTIC", "the arctic", "Arctic Region")
    ]
    assert {code for code, _, _ in results} == {0}
    assert {len(json.loads(out)[0]["points"]) for _, out, _ in results} == {1}
    code, out, _ = run(capsys, "digest", "--topic", "arctic region")
    assert code == 0 and out.startswith("# Digest: topics: Arctic")


COLOUR_SGR = r"\x1b\[(?:[0-9;]*;)?(?:3[0-79]|4[0-79]|38|48|9[0-7]|10[0-7])[;m]"


def test_color_flag_wins_over_no_color():
    import re

    def printed(color, **env):
        result = spawn(
            command("print", str(SEED), "--color", color), capture_output=True, text=True, env={"NO_COLOR": "1", **env}
        )
        assert result.returncode == 0, result.stderr
        return bool(re.search(COLOUR_SGR, result.stdout))

    assert printed("always")
    assert not printed("never", FORCE_COLOR="1")
    assert not printed("auto", FORCE_COLOR="1")  # auto: NO_COLOR is honoured on a terminal


def test_print_by_part_of_a_file_name_and_by_date(capsys):
    code, out, _ = run(capsys, "print", "japan-canada-montreal", "--format", "json")
    assert code == 0 and [b["id"] for b in json.loads(out)] == [SEED_ID]
    code, out, _ = run(capsys, "print", "2024-01-13", "--format", "json")
    assert code == 0 and [b["id"] for b in json.loads(out)] == [SEED_ID]
    code, out, _ = run(capsys, "print", "2024-01-13", "montreal", SEED_ID, "--format", "json")
    assert code == 0 and [b["id"] for b in json.loads(out)] == [SEED_ID]  # each briefing once
    code, _, err = run(capsys, "print", "2099-01-01")
    assert code == 1 and "no briefing matches '2099-01-01'" in err


def test_piped_print_keeps_urls_whole(capsys, write, minimal):
    url = "https://www.example.org/readouts/2024/01/a-very-long-path-that-goes-on/and-on-past-eighty-columns.html"
    path = write(minimal.replace("date = 2024-01-13\n", f'date = 2024-01-13\nsource_url = "{url}"\n', 1))
    code, out, err = run(capsys, "print", str(path))
    assert code == 0, err
    assert url in out.splitlines()
    code, out, _ = run(capsys, "print", str(path), "--width", "40")
    assert url in out.splitlines() and max(len(line) for line in out.splitlines() if line != url) <= 40
