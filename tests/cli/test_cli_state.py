"""The command line and the reader's state: notes export/import, --notes, --view."""

from __future__ import annotations

import json

from briefing_tui.cli import main
from briefing_tui.core.query.filtering import Query
from briefing_tui.core.query.saved import View, encode_view
from briefing_tui.core.store.state import open_state
from support import BUNDLED, SEED

SEED_ID = "mofa-20240113-jpn-can-montreal"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def note(briefing: str, point: str, text: str) -> None:
    state = open_state()
    state.set_note(briefing, point, text)
    state.close()


def test_notes_export_then_import_elsewhere_merges_by_id(capsys, tmp_path, monkeypatch):
    note(SEED_ID, "", "mine [bold]x[/]")
    note(SEED_ID, "2", "on point two")
    backup = tmp_path / "notes.json"
    code, out, err = run(capsys, "notes", "export", str(backup))
    assert code == 0 and out == "" and "wrote" in err and "(2 notes)" in err
    code, out, _ = run(capsys, "notes", "export")
    assert code == 0 and json.loads(out) == json.loads(backup.read_text(encoding="utf-8"))
    monkeypatch.setenv("BRIEFING_TUI_DATA_DIR", str(tmp_path / "elsewhere"))
    note(SEED_ID, "2", "older")
    code, _, err = run(capsys, "notes", "import", str(backup))
    assert code == 0 and "1 added, 1 updated, 0 unchanged, 0 skipped" in err
    assert open_state().notes_of(SEED_ID) == {"": "mine [bold]x[/]", "2": "on point two"}


def test_notes_import_of_a_bad_file_says_where(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"notes": [\n  {"briefing": "a",}\n]}', encoding="utf-8")
    code, _, err = run(capsys, "notes", "import", str(bad))
    assert code == 1 and f"{bad}:2:20: not valid JSON" in err
    code, _, err = run(capsys, "notes", "import", str(tmp_path / "missing.json"))
    assert code == 1 and "cannot read" in err
    code, _, err = run(capsys, "notes")
    assert code == 2


def test_print_and_digest_include_notes_on_request(capsys):
    note(SEED_ID, "", "check the [red]Arctic[/] line")
    note(SEED_ID, "1", "point one")
    code, out, _ = run(capsys, "print", str(SEED), "--width", "100")
    assert code == 0 and "Your note" not in out
    code, out, _ = run(capsys, "print", str(SEED), "--width", "100", "--notes")
    assert code == 0 and "✎ Your note\ncheck the [red]Arctic[/] line" in out and "Your note on point 1" in out
    code, out, _ = run(capsys, "print", str(SEED), "--notes", "--format", "markdown")
    assert "> **Your note:** check the \\[red\\]Arctic\\[/\\] line" in out
    code, out, _ = run(capsys, "print", str(SEED), "--notes", "--format", "json")
    assert json.loads(out)[0]["notes"] == [
        {"point": "", "text": "check the [red]Arctic[/] line"},
        {"point": "1", "text": "point one"},
    ]
    code, out, _ = run(capsys, "digest", str(BUNDLED), "--since", "2024-01-13", "--until", "2024-01-13", "--notes")
    assert code == 0 and "Your note on point 1" in out
    code, out, _ = run(
        capsys, "digest", str(BUNDLED), "--since", "2024-01-13", "--until", "2024-01-13", "--notes", "--format", "html"
    )
    assert '<aside class="notes">' in out and "check the [red]Arctic[/] line" in out
    code, out, _ = run(capsys, "digest", str(BUNDLED), "--since", "2024-01-13", "--until", "2024-01-13")
    assert "Your note" not in out


def test_view_must_name_a_saved_search(capsys, monkeypatch):
    code, _, err = run(capsys, "--view", "arctic")
    assert code == 2 and "no saved search named 'arctic'; none is saved yet" in err
    state = open_state()
    state.save_search("arctic-unread", encode_view(View(Query(text="arctic"))))
    state.close()
    code, _, err = run(capsys, "--view", "arctic")
    assert code == 2 and "did you mean arctic-unread?" in err
    opened = []
    monkeypatch.setattr("briefing_tui.cli._list", lambda paths, use_cache: opened.append(paths) or 0)
    code, _, err = run(capsys, "--view", "arctic-unread")
    assert code == 0 and opened and err == ""  # a known name passes (stdout is not a terminal here: the list)
