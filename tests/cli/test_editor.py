"""The editor's command line: $VISUAL, else $EDITOR, else vi; a line as each editor family takes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.editor import editor_argv, editor_command

FILE = Path("/b/x.toml")


def test_visual_wins_then_editor_then_vi():
    assert editor_command({"VISUAL": "nvim", "EDITOR": "nano"}) == ["nvim"]
    assert editor_command({"VISUAL": " ", "EDITOR": "nano -w"}) == ["nano", "-w"]
    assert editor_command({}) == ["vi"]
    assert editor_command({"EDITOR": "'/Applications/My Editor' --wait"}) == ["/Applications/My Editor", "--wait"]


@pytest.mark.parametrize(
    "editor", ["vi", "vim", "/usr/bin/nvim", "nano", "emacs", "emacsclient -t", "micro", "kak", "hx"]
)
def test_plus_line_editors(editor):
    argv = editor_argv(FILE, 12, {"EDITOR": editor})
    assert argv[-2:] == ["+12", str(FILE)]


@pytest.mark.parametrize("editor", ["code --wait", "codium", "code-insiders"])
def test_code_takes_goto(editor):
    assert editor_argv(FILE, 12, {"EDITOR": editor})[-2:] == ["--goto", f"{FILE}:12"]


def test_no_line_or_an_unknown_editor_gets_the_file_alone():
    assert editor_argv(FILE, None, {"EDITOR": "vim"}) == ["vim", str(FILE)]
    assert editor_argv(FILE, 3, {"EDITOR": "ed"}) == ["ed", str(FILE)]
