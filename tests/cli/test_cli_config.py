"""``briefing-tui config``, and the sources the commands read: the config's, or $BRIEFINGS_DIR's."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from briefing_tui.cli import main
from support import BUNDLED, SEED

#: The bundled briefings (topics.toml is the vocabulary, not a briefing).
BUNDLED_BRIEFINGS = len([p for p in BUNDLED.glob("*.toml") if p.name != "topics.toml"])


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def config_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "conf"
    monkeypatch.setenv("BRIEFING_TUI_CONFIG_DIR", str(folder))
    return folder


def fake_editor(tmp_path: Path) -> tuple[Path, Path]:
    """A script that records its arguments, one a line; returns (script, log)."""
    log = tmp_path / "editor.log"
    script = tmp_path / "fake-editor"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" >> "{log}"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, log


def test_config_path_honours_the_override(capsys, config_dir):
    assert run(capsys, "config", "--path") == (0, f"{config_dir / 'config.toml'}\n", "")


def test_config_without_a_file_says_so_and_succeeds(capsys, config_dir):
    code, out, err = run(capsys, "config")
    assert code == 0 and out == ""
    assert "none yet" in err


def test_config_edit_starts_a_template_and_runs_visual_else_editor(capsys, config_dir, tmp_path, monkeypatch):
    script, log = fake_editor(tmp_path)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{script} --wait")
    code, _, err = run(capsys, "config", "--edit")
    assert code == 0, err
    path = config_dir / "config.toml"
    assert log.read_text(encoding="utf-8").splitlines() == ["--wait", str(path)]
    assert path.read_text(encoding="utf-8").startswith("# briefing-tui configuration")
    assert "ok; sources: bundled" in err
    # $VISUAL wins, and an existing file is left as it is.
    path.write_text('[keys]\nsort = "S"\n', encoding="utf-8")
    log.unlink()
    monkeypatch.setenv("VISUAL", str(script))
    assert run(capsys, "config", "--edit")[0] == 0
    assert log.read_text(encoding="utf-8").splitlines() == [str(path)]
    assert path.read_text(encoding="utf-8") == '[keys]\nsort = "S"\n'


def test_config_edit_with_a_missing_editor_is_a_clean_error(capsys, config_dir, monkeypatch):
    monkeypatch.setenv("VISUAL", "/nonexistent/editor")
    code, _, err = run(capsys, "config", "--edit")
    assert code == 1
    assert "cannot start the editor '/nonexistent/editor'" in err


def test_a_broken_config_is_located_and_the_commands_still_run(capsys, config_dir):
    config_dir.mkdir()
    path = config_dir / "config.toml"
    path.write_text('[keys]\nsort = "S"\n\n[sources.work]\npath = 5\n', encoding="utf-8")
    code, out, err = run(capsys, "config")
    assert (code, out) == (1, "")
    assert err == f'{path}:5:1: expected path = "a folder or file"\n'
    # Every other command goes on, on the bundled briefings, and says why.
    code, out, err = run(capsys, "check")
    assert code == 0
    assert f"briefing-tui: config ignored: {path}:5:1:" in err
    assert f"checked {BUNDLED_BRIEFINGS} file(s)" in err


def two_folders(tmp_path: Path) -> tuple[Path, Path]:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    shutil.copy(SEED, one / SEED.name)
    shutil.copy(BUNDLED / "2022-02-11-quad-melbourne.toml", two / "quad.toml")
    return one, two


def test_sources_on_and_off(capsys, config_dir, tmp_path):
    one, two = two_folders(tmp_path)
    config_dir.mkdir()
    (config_dir / "config.toml").write_text(
        f'[sources.bundled]\nenabled = false\n\n[sources.one]\npath = "{one}"\n\n[sources.two]\npath = "{two}"\nenabled = false\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "check")
    assert (code, err) == (0, "checked 1 file(s): 1 loaded, 0 error(s), 0 warning(s)\n")
    assert "ok; sources: bundled (off), one, two (off)" in run(capsys, "config")[2]
    # The bundled corpus back on: it comes first, as listed.
    (config_dir / "config.toml").write_text(f'[sources.one]\npath = "{one}"\n', encoding="utf-8")
    assert f"checked {BUNDLED_BRIEFINGS + 1} file(s)" in run(capsys, "check")[2]


def test_briefings_dir_takes_a_path_list_and_wins_over_the_config(capsys, config_dir, tmp_path, monkeypatch):
    one, two = two_folders(tmp_path)
    config_dir.mkdir()
    (config_dir / "config.toml").write_text("[sources.bundled]\nenabled = false\n", encoding="utf-8")
    monkeypatch.setenv("BRIEFINGS_DIR", os.pathsep.join([str(one), str(two)]))
    code, _, err = run(capsys, "check")
    assert (code, err) == (0, "checked 2 file(s): 2 loaded, 0 error(s), 0 warning(s)\n")
    code, out, _ = run(capsys, "print", "--format", "json")
    assert code == 0 and out.count('"id"') == 2
