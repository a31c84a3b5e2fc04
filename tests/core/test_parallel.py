"""Parsing in worker processes gives exactly what parsing in-process gives."""

from __future__ import annotations

import shutil
import sys

from briefing_tui.core import loader
from briefing_tui.core.loader import load_paths
from support import BUNDLED, REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from generate import generate  # noqa: E402


def corpus(tmp_path):
    folder = tmp_path / "corpus"
    generate(45, folder)
    shutil.copy(BUNDLED / "topics.toml", folder / "topics.toml")
    (folder / "broken.toml").write_text("schema = 1\ntitle = [\n", encoding="utf-8")
    shutil.copy(folder / "syn-000003.toml", folder / "zz-duplicate.toml")
    return folder


def outcome(result):
    return (
        [(e.path.name, e.row, bytes(e.blob)) for e in result.entries],
        [str(p) for p in result.problems],
        result.signature,
    )


def test_worker_processes_match_in_process_parsing(tmp_path, monkeypatch):
    folder = corpus(tmp_path)
    monkeypatch.setattr(loader, "PARALLEL_MIN", 10**9)
    sequential = outcome(load_paths([folder]))
    monkeypatch.setattr(loader, "PARALLEL_MIN", 10)
    monkeypatch.setattr(loader, "_CHUNK_FILES", 7)
    monkeypatch.setattr(loader.os, "cpu_count", lambda: 2)
    parallel = load_paths([folder], use_cache=True, cache_directory=tmp_path / "cache")
    assert outcome(parallel) == sequential
    assert len(parallel.entries) == 45 and any("duplicate id" in str(p) for p in parallel.problems)
    warm = load_paths([folder], use_cache=True, cache_directory=tmp_path / "cache")
    assert outcome(warm) == sequential


def test_a_broken_pool_falls_back_to_parsing_here(tmp_path, monkeypatch):
    folder = corpus(tmp_path)
    expected = outcome(load_paths([folder]))

    def breaks_after_a_few(paths, vocabulary, workers):
        yield from (loader._parse_chunk([str(p)], vocabulary)[0] for p in paths[:5])
        raise OSError("worker died")

    monkeypatch.setattr(loader, "PARALLEL_MIN", 10)
    monkeypatch.setattr(loader.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(loader, "_parse_in_processes", breaks_after_a_few)
    assert outcome(load_paths([folder])) == expected
