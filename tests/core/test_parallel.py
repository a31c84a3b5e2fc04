"""Parsing in worker processes gives exactly what parsing in-process gives."""

from __future__ import annotations

import shutil
import sys

import msgspec

from briefing_tui.core.model.topics import Vocabulary
from briefing_tui.core.store import load as loader
from briefing_tui.core.store import workers
from briefing_tui.core.store.blobs import Span
from briefing_tui.core.store.load import load_paths
from support import BUNDLED, REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from generate import generate


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


def parallel(monkeypatch, chunk: int = 7) -> None:
    monkeypatch.setattr(loader, "PARALLEL_MIN", 10)
    monkeypatch.setattr(workers, "CHUNK_FILES", chunk)
    monkeypatch.setattr(workers, "FIRST_HERE", 3)
    monkeypatch.setattr(loader.os, "cpu_count", lambda: 2)


def test_worker_processes_match_in_process_parsing(tmp_path, monkeypatch):
    folder = corpus(tmp_path)
    sequential = outcome(load_paths([folder]))
    parallel(monkeypatch)
    cold = load_paths([folder], use_cache=True, cache_directory=tmp_path / "cache")
    assert cold.workers == 2 and cold.notices == []
    assert outcome(cold) == sequential
    assert len(cold.entries) == 45 and any("duplicate id" in str(p) for p in cold.problems)
    # The first files were parsed here while the workers started; the workers put the rest in
    # their own segments, and only rows and places came back.
    here = [e for e in cold.entries if not isinstance(e.stored, Span)]
    assert 1 <= len(here) <= 3 and here == cold.entries[: len(here)]
    # Each worker that got a task wrote a segment of its own. Which worker takes which task is up
    # to the pool (one that starts first may take them all), so only "one or two" is certain.
    segments = {e.stored.segment.name for e in cold.entries[len(here) :]}
    assert 1 <= len(segments) <= 2
    warm = load_paths([folder], use_cache=True, cache_directory=tmp_path / "cache")
    assert outcome(warm) == sequential and warm.workers == 0 and warm.notices == []
    # The workers' segments, kept as they are, and ours.
    assert sorted(p.name for p in (tmp_path / "cache").glob("*.blobs")) == sorted(
        [*segments, _ours(tmp_path / "cache", segments)]
    )


def _ours(cache, workers_segments):
    """The one segment the parent wrote (the first files' briefings)."""
    (ours,) = [p.name for p in cache.glob("*.blobs") if p.name not in workers_segments]
    return ours


def test_without_a_cache_the_workers_send_briefings_back(tmp_path, monkeypatch):
    folder = corpus(tmp_path)
    sequential = outcome(load_paths([folder]))
    parallel(monkeypatch)
    result = load_paths([folder], compact=True)
    assert result.workers == 2 and outcome(result) == sequential
    assert not any(isinstance(e.stored, Span) for e in result.entries)


def test_an_unwritable_cache_folder_still_parses_in_workers(tmp_path, monkeypatch):
    folder = corpus(tmp_path)
    sequential = outcome(load_paths([folder]))
    parallel(monkeypatch)
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be")
    result = load_paths([folder], use_cache=True, cache_directory=blocked)
    assert result.workers == 2 and outcome(result) == sequential
    assert any("could not write cache" in n for n in result.notices)


def test_a_broken_pool_falls_back_to_parsing_here_and_says_so(tmp_path, monkeypatch):
    folder = corpus(tmp_path)
    expected = outcome(load_paths([folder]))

    def breaks_after_a_few(paths, vocabulary, count, segment_dir=None, stem="", cancelled=None):
        for path in paths[:5]:
            loaded, problems = workers.parse_here(path, vocabulary)
            yield workers.Parsed(
                loaded.row if loaded else None, tuple(problems), bytes(loaded.blob) if loaded else None
            )
        raise OSError("worker died")

    parallel(monkeypatch)
    monkeypatch.setattr(workers, "parse_in_workers", breaks_after_a_few)
    result = load_paths([folder])
    assert outcome(result) == expected
    assert result.workers == 0 and "worker died" in result.notices[0] and "parsing here instead" in result.notices[0]


def test_a_cancelled_load_stops_its_workers_and_writes_nothing(tmp_path, monkeypatch):
    import multiprocessing

    import pytest

    from briefing_tui.core.store.cache import cache_path
    from briefing_tui.core.store.load import LoadCancelled

    folder = corpus(tmp_path)
    parallel(monkeypatch, chunk=2)
    seen = []

    def progress(new, files_seen):
        seen.append(files_seen)

    monkeypatch.setattr(loader, "PROGRESS_EVERY", 0)
    with pytest.raises(LoadCancelled):
        load_paths(
            [folder],
            use_cache=True,
            cache_directory=tmp_path / "cache",
            progress=progress,
            batch_size=1,
            cancelled=lambda: len(seen) >= 3,
        )
    assert 3 <= len(seen) < 10
    assert not cache_path([folder], tmp_path / "cache").exists()
    for child in multiprocessing.active_children():
        child.join(timeout=30)  # a generous bound for a loaded machine: they were told to stop
    assert not multiprocessing.active_children()  # the workers were ended, not left to finish


def test_a_segment_that_fails_mid_task_sends_that_task_back_whole(tmp_path, monkeypatch):
    """A full disk, say: rows must never point at bytes that never reached the file."""
    from briefing_tui.core.store.blobs import SegmentWriter

    folder = corpus(tmp_path)
    names = sorted(str(p) for p in folder.glob("syn-*.toml"))[:6]
    monkeypatch.setattr(workers, "_segment_dir", tmp_path / "cache")
    monkeypatch.setattr(workers, "_segment_stem", "briefings-test")
    monkeypatch.setattr(workers, "_writer", None)
    decode = msgspec.msgpack.Decoder(list[workers.Parsed]).decode
    first = decode(workers.parse_chunk(names[:3], Vocabulary()))
    assert all(p.segment and p.blob is None for p in first)  # in the segment

    real, calls = SegmentWriter.append, []

    def fails_on_the_second(self, blob):
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(self, blob)

    monkeypatch.setattr(SegmentWriter, "append", fails_on_the_second)
    second = decode(workers.parse_chunk(names[3:], Vocabulary()))
    assert all(p.blob is not None and not p.segment for p in second)  # the whole task came back in the message
    assert workers._writer is None and workers._segment_dir is None  # and nothing more goes to the segment
    segment = tmp_path / "cache" / first[0].segment
    for parsed in first:  # what the first task wrote is intact
        data = segment.read_bytes()[parsed.offset : parsed.offset + parsed.length]
        assert msgspec.msgpack.decode(data)["title"]
