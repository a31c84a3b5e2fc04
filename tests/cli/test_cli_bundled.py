"""`--bundled`: a reader's own folder and the bundled briefings together, from the command line."""

from __future__ import annotations

import shutil

from briefing_tui.cli import main
from support import BUNDLED, MINIMAL


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def own_folder(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    shutil.copy(BUNDLED / "topics.toml", folder / "topics.toml")
    (folder / "mine.toml").write_text(MINIMAL, encoding="utf-8")
    return folder


BUNDLED_COUNT = len([p for p in BUNDLED.glob("*.toml") if p.name != "topics.toml"])


def test_check_and_the_list_take_the_bundled_briefings_beside_a_folder(tmp_path, capsys):
    folder = own_folder(tmp_path)
    code, _, out = run(capsys, "check", str(folder), "--bundled")
    assert code == 0 and f"{BUNDLED_COUNT + 1} loaded" in out
    code, _, out = run(capsys, "check", str(folder))
    assert code == 0 and "1 loaded" in out
    code, out, _ = run(capsys, str(folder), "--bundled")  # stdout not a terminal: the list
    assert code == 0 and len(out.splitlines()) == BUNDLED_COUNT + 1


def test_print_and_digest_take_them_too(tmp_path, capsys):
    folder = own_folder(tmp_path)
    code, out, _ = run(capsys, "print", str(folder), "--bundled", "--format", "json")
    assert code == 0 and out.count('"id":') >= BUNDLED_COUNT + 1
    code, out, _ = run(capsys, "digest", str(folder), "--bundled", "--topic", "g7")
    assert code == 0 and "Digest" in out


def test_bundled_twice_is_listed_once(capsys):
    code, _, out = run(capsys, "check", str(BUNDLED), "--bundled")
    assert code == 0 and f"{BUNDLED_COUNT} loaded" in out
