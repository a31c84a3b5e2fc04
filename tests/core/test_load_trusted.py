"""A first load that takes the cache's index as it is (issue #14's warm start): no listing and no
stat a file before the list shows; the caller checks the folders after, and loads again."""

from __future__ import annotations

import os

import msgspec
from cache_support import rewrite_chunks

from briefing_tui.core.query.library import load_library
from briefing_tui.core.store import load as load_module
from briefing_tui.core.store.cache import cache_path
from briefing_tui.core.store.watch import signature


def _folder(write, minimal, count: int = 3):
    for i in range(count):
        write(minimal.replace("Test meeting", f"Meeting {i}").replace('id = "', f'id = "n{i}-'), f"b/{i}.toml")


def _titles(library) -> list[str]:
    return sorted(e.row.title for e in library.entries)


def test_a_whole_index_is_taken_without_a_stat_a_file(tmp_path, write, minimal, monkeypatch):
    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path / "cache"))
    _folder(write, minimal)
    folder = tmp_path / "b"
    checked = load_library([folder])
    stats: list[str] = []
    real_stat = os.stat
    monkeypatch.setattr(load_module.os, "stat", lambda p, *a, **k: stats.append(str(p)) or real_stat(p, *a, **k))
    real_scandir = os.scandir

    def scandir(path=".", *args):
        assert not str(path).startswith(str(folder)), "the folder was listed"
        return real_scandir(path, *args)

    monkeypatch.setattr(load_module.os, "scandir", scandir)
    trusted = load_library([folder], trust_index=True)
    assert trusted.trusted and not checked.trusted
    briefings = [p for p in stats if p.startswith(f"{folder}{os.sep}") and not p.endswith("topics.toml")]
    assert briefings == [], briefings  # (the folder's own and the vocabulary's are all)
    assert _titles(trusted) == _titles(checked) and trusted.totals == checked.totals
    monkeypatch.undo()
    assert trusted.signature == checked.signature == signature([folder])  # the check finds nothing


def test_folders_changed_since_the_index_differ_from_its_signature(tmp_path, write, minimal, monkeypatch):
    """The trusted library is the folders as the index had them; the signature says they changed,
    and a checked load (what the app does next) has the change."""
    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path / "cache"))
    _folder(write, minimal)
    folder = tmp_path / "b"
    load_library([folder])
    for change in ("edit", "add", "remove"):
        if change == "edit":
            path = folder / "0.toml"
            path.write_text(path.read_text().replace("Meeting 0", "Meeting zero"))
        elif change == "add":
            write(minimal.replace("Test meeting", "Meeting 9").replace('id = "', 'id = "n9-'), "b/9.toml")
        else:
            (folder / "1.toml").unlink()
        trusted = load_library([folder], trust_index=True)
        assert trusted.trusted, change
        assert trusted.signature != signature([folder]), change
        checked = load_library([folder])
        assert checked.signature == signature([folder]) and _titles(checked) != _titles(trusted), change
    assert _titles(checked) == ["Meeting 2", "Meeting 9", "Meeting zero"]


def test_no_index_or_a_damaged_one_is_not_trusted(tmp_path, write, minimal, monkeypatch):
    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path / "cache"))
    _folder(write, minimal)
    folder = tmp_path / "b"
    cold = load_library([folder], trust_index=True)  # no index yet: parsed, not trusted
    assert not cold.trusted and len(cold) == 3
    path = folder / "0.toml"
    path.write_text(path.read_text().replace("Meeting 0", "Meeting zero"))
    rewrite_chunks(cache_path([folder], tmp_path / "cache"), lambda c: msgspec.structs.replace(c, ids=["x"]))
    damaged = load_library([folder], trust_index=True)  # a chunk is damage: each file is checked
    assert not damaged.trusted and "Meeting zero" in _titles(damaged)


def test_a_path_that_cannot_be_listed_is_a_problem_the_check_finds(tmp_path, write, minimal, monkeypatch):
    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path / "cache"))
    _folder(write, minimal)
    folder, gone = tmp_path / "b", tmp_path / "gone.toml"
    write(minimal.replace('id = "', 'id = "g-'), "gone.toml")
    load_library([folder, gone])
    gone.unlink()
    trusted = load_library([folder, gone], trust_index=True)
    problems: list = []
    signature([folder, gone], problems)
    assert trusted.trusted and problems and "no such file" in problems[0].message
