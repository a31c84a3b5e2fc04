"""Files that change or vanish under the loader, and pathological structure."""

from __future__ import annotations

import shutil

from briefing_tui.core.store import load as loader
from briefing_tui.core.store import parse
from briefing_tui.core.store.load import load_paths
from briefing_tui.core.store.parse import load_file


def test_deeply_nested_arrays_are_reported_not_raised(write):
    path = write("schema = 1\nx = " + "[" * 5000 + "]" * 5000 + "\n")
    briefing, [problem] = load_file(path)
    assert briefing is None and problem.line >= 1
    assert "nest" in problem.message or "invalid TOML" in problem.message or "unknown key" in problem.message


def test_file_deleted_while_loading(write, minimal, monkeypatch):
    a = write(minimal, "a.toml")
    b = write(minimal, "b.toml")
    real = parse.load_file

    def racing(path, vocabulary=None):
        if path == a:
            b.unlink()  # another process removes b after the scan listed it
        return real(path, vocabulary)

    monkeypatch.setattr(parse, "load_file", racing)
    result = load_paths([a.parent])
    assert [e.path.name for e in result.entries] == ["a.toml"]
    [problem] = result.errors
    assert problem.path.endswith("b.toml") and "not found" in problem.message


def test_file_rewritten_while_loading_is_read_once(write, minimal, monkeypatch):
    a = write(minimal, "a.toml")
    real = loader.read_text

    def rewrite_after_read(path):
        text = real(path)
        path.write_text("garbage = [", encoding="utf-8")
        return text

    monkeypatch.setattr(loader, "read_text", rewrite_after_read)
    briefing, problems = load_file(a)
    assert briefing is not None and problems == []


def test_directory_that_vanishes(tmp_path, minimal, write):
    gone = tmp_path / "gone"
    write(minimal, "gone/a.toml")
    shutil.rmtree(gone)
    result = load_paths([gone])
    [problem] = result.errors
    assert problem.path == str(gone) and "no such file or directory" in problem.message


def test_a_50_mb_file_is_refused_unread(tmp_path, monkeypatch):
    big = tmp_path / "huge.toml"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB actually written
    monkeypatch.setattr(type(big), "read_bytes", lambda self: (_ for _ in ()).throw(AssertionError("read")))
    briefing, [problem] = load_file(big)
    assert briefing is None and (problem.line, problem.col) == (1, 1)
    assert "52,428,800 bytes; the limit is 8,388,608 bytes (8 MiB)" in problem.message
