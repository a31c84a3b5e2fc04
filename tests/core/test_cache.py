"""The parsed-briefing cache: reuse while unchanged, never trust a bad cache."""

from __future__ import annotations

import os

import msgspec

from briefing_tui.core.cache import cache_path
from briefing_tui.core.loader import load_paths


def _load(folder, cache_dir, **kw):
    return load_paths([folder], use_cache=True, cache_directory=cache_dir, **kw)


def test_warm_start_reuses_and_change_reparses(tmp_path, write, minimal, monkeypatch):
    folder = tmp_path / "b"
    a = write(minimal, "b/a.toml")
    write(minimal.replace("Test meeting", "Second"), "b/c.toml")
    cold = _load(folder, tmp_path / "cache")
    assert len(cold.entries) == 2 and cache_path([folder], tmp_path / "cache").is_file()

    parsed = []
    from briefing_tui.core import loader

    original = loader.load_file

    def counting(path, vocabulary=None):
        parsed.append(path.name)
        return original(path, vocabulary)

    monkeypatch.setattr(loader, "load_file", counting)
    warm = _load(folder, tmp_path / "cache")
    assert parsed == [] and [e.briefing.title for e in warm.entries] == ["Test meeting", "Second"]

    a.write_text(minimal.replace("Test meeting", "Changed"), encoding="utf-8")
    os.utime(a, ns=(a.stat().st_atime_ns, a.stat().st_mtime_ns + 1_000_000))
    (folder / "c.toml").unlink()
    write(minimal, "b/new.toml")
    third = _load(folder, tmp_path / "cache")
    assert sorted(parsed) == ["a.toml", "new.toml"]
    assert sorted(e.briefing.title for e in third.entries) == ["Changed", "Test meeting"]


def test_problems_are_cached_too(tmp_path, write):
    write("schema = 1\ntitle = [", "b/bad.toml")
    first = _load(tmp_path / "b", tmp_path / "cache")
    second = _load(tmp_path / "b", tmp_path / "cache")
    assert [str(p) for p in first.problems] == [str(p) for p in second.problems] and second.errors


def test_corrupt_cache_is_discarded_with_a_notice(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    path = cache_path([tmp_path / "b"], tmp_path / "cache")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x93not msgpack at all\xff")
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 1
    assert result.notices and "corrupt" in result.notices[0]
    assert _load(tmp_path / "b", tmp_path / "cache").notices == []  # rebuilt


def test_foreign_version_cache_is_ignored(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    path = cache_path([tmp_path / "b"], tmp_path / "cache")
    _load(tmp_path / "b", tmp_path / "cache")
    raw = path.read_bytes()
    size = int.from_bytes(raw[:8], "little")
    header = msgspec.msgpack.decode(raw[8 : 8 + size])
    header["app_version"] = "0.0.0-other"
    new = msgspec.msgpack.encode(header)
    path.write_bytes(len(new).to_bytes(8, "little") + new + raw[8 + size :])
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 1 and result.notices == []


def test_truncated_index_is_discarded(tmp_path, write, minimal):
    for i in range(3):
        write(minimal, f"b/{i}.toml")
    path = cache_path([tmp_path / "b"], tmp_path / "cache")
    _load(tmp_path / "b", tmp_path / "cache")
    path.write_bytes(path.read_bytes()[:-10])
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 3 and "corrupt" in result.notices[0]


def test_progress_reports_batches(tmp_path, write, minimal):
    for i in range(7):
        write(minimal, f"b/{i}.toml")
    calls = []
    load_paths([tmp_path / "b"], progress=lambda new, seen: calls.append((len(new), seen)), batch_size=3)
    assert calls == [(3, 3), (3, 6), (1, 7)]


def test_missing_blob_file_is_rebuilt_and_stale_blobs_are_removed(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    [blobs] = list((tmp_path / "cache").glob("*.blobs"))
    blobs.unlink()
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 1 and "incomplete" in result.notices[0]
    assert result.entries[0].briefing.title == "Test meeting"
    write(minimal.replace("Test meeting", "Other"), "b/c.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    assert len(list((tmp_path / "cache").glob("*.blobs"))) == 1  # the replaced blob file is gone


def test_warm_briefings_decode_from_the_mapped_blob_file(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    [entry] = _load(tmp_path / "b", tmp_path / "cache").entries
    assert isinstance(entry.blob, memoryview)
    assert entry.briefing.points[0].text == "The two ministers concurred."
