"""The parsed-briefing cache: reuse while unchanged, never trust a bad cache."""

from __future__ import annotations

import os

import msgspec
import pytest
from cache_support import rewrite_chunks

from briefing_tui.core.store.cache import cache_path
from briefing_tui.core.store.load import load_paths
from briefing_tui.core.store.rows import topic_names


def _load(folder, cache_dir, **kw):
    return load_paths([folder], use_cache=True, cache_directory=cache_dir, **kw)


def test_warm_start_reuses_and_change_reparses(tmp_path, write, minimal, monkeypatch):
    folder = tmp_path / "b"
    a = write(minimal, "b/a.toml")
    write(minimal.replace("Test meeting", "Second"), "b/c.toml")
    cold = _load(folder, tmp_path / "cache")
    assert len(cold.entries) == 2 and cache_path([folder], tmp_path / "cache").is_file()

    parsed = []
    from briefing_tui.core.store import parse as loader

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


def _rewrite_header(path, change):
    """Change the index's header as another version (or someone) would, checksum and all."""
    from briefing_tui.core.store.cache import _FRAME, MAGIC, _frame

    raw = path.read_bytes()
    start = len(MAGIC) + _FRAME.size
    size = _FRAME.unpack(raw[len(MAGIC) : start])[0]
    header = msgspec.msgpack.decode(raw[start : start + size])
    change(header)
    new = msgspec.msgpack.encode(header)
    path.write_bytes(MAGIC + _frame(new) + new + raw[start + size :])


def test_foreign_version_cache_is_ignored(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    path = cache_path([tmp_path / "b"], tmp_path / "cache")
    _load(tmp_path / "b", tmp_path / "cache")
    _rewrite_header(path, lambda header: header.update(app_version="0.0.0-other"))
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 1 and result.notices == []


def test_an_older_format_index_is_rebuilt_without_a_notice(tmp_path, write, minimal):
    """Formats up to 5 began with the header's length, not the magic: an upgrade is no "corruption"."""
    write(minimal, "b/a.toml")
    path = cache_path([tmp_path / "b"], tmp_path / "cache")
    path.parent.mkdir(parents=True)
    header = msgspec.msgpack.encode({"format": 5, "app_version": "0.1.0"})
    path.write_bytes(len(header).to_bytes(8, "little") + header)
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 1 and result.notices == []


def test_truncated_index_is_discarded(tmp_path, write, minimal):
    for i in range(3):
        write(minimal, f"b/{i}.toml")
    path = cache_path([tmp_path / "b"], tmp_path / "cache")
    _load(tmp_path / "b", tmp_path / "cache")
    path.write_bytes(path.read_bytes()[:-10])
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 3 and "damaged: 3 of 3 files read again" in result.notices[0]


def test_progress_reports_batches(tmp_path, write, minimal):
    for i in range(7):
        write(minimal, f"b/{i}.toml")
    calls = []
    load_paths([tmp_path / "b"], progress=lambda new, seen: calls.append((len(new), seen)), batch_size=3)
    assert calls == [(3, 3), (3, 6), (1, 7)]


def _segments(cache_dir):
    return sorted((cache_dir).glob("*.blobs"))


def test_missing_segment_is_rebuilt_and_unnamed_segments_are_removed(tmp_path, write, minimal):
    a = write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    [segment] = _segments(tmp_path / "cache")
    segment.unlink()
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 1 and "incomplete" in result.notices[0]
    assert result.entries[0].briefing.title == "Test meeting"
    [rebuilt] = _segments(tmp_path / "cache")
    _touch(a, minimal.replace("Test meeting", "Other"))
    assert _load(tmp_path / "b", tmp_path / "cache").entries[0].briefing.title == "Other"
    assert _segments(tmp_path / "cache") != [rebuilt] and len(_segments(tmp_path / "cache")) == 1  # nothing lived there


def _touch(path, text):
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))


def test_a_change_appends_a_segment_and_leaves_the_live_ones_alone(tmp_path, write, minimal):
    for i in range(4):
        write(minimal.replace("Test meeting", f"Meeting {i}"), f"b/{i}.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    [first] = _segments(tmp_path / "cache")
    before = first.stat().st_mtime_ns
    write(minimal.replace("Test meeting", "Added"), "b/new.toml")
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert first in _segments(tmp_path / "cache") and len(_segments(tmp_path / "cache")) == 2
    assert first.stat().st_mtime_ns == before  # not copied: only the new briefing was written
    assert sorted(e.briefing.title for e in result.entries) == [
        "Added",
        "Meeting 0",
        "Meeting 1",
        "Meeting 2",
        "Meeting 3",
    ]
    warm = _load(tmp_path / "b", tmp_path / "cache")
    assert sorted(e.briefing.title for e in warm.entries) == sorted(e.briefing.title for e in result.entries)


def test_segments_are_compacted_when_mostly_dead_or_too_many(tmp_path, write, minimal, monkeypatch):
    from briefing_tui.core.store import cache as cache_module

    files = [write(minimal.replace("Test meeting", f"Meeting {i}"), f"b/{i}.toml") for i in range(4)]
    _load(tmp_path / "b", tmp_path / "cache")
    for i, path in enumerate(files[:3]):  # three of four rewritten: the first segment is mostly dead
        _touch(path, minimal.replace("Test meeting", f"Changed {i}"))
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(_segments(tmp_path / "cache")) == 1
    assert sorted(e.briefing.title for e in result.entries) == ["Changed 0", "Changed 1", "Changed 2", "Meeting 3"]
    monkeypatch.setattr(cache_module, "MAX_SEGMENTS", 2)
    for i in range(3):
        write(minimal.replace("Test meeting", f"More {i}"), f"b/more{i}.toml")
        _load(tmp_path / "b", tmp_path / "cache")
    assert len(_segments(tmp_path / "cache")) <= 2
    warm = _load(tmp_path / "b", tmp_path / "cache")
    assert len(warm.entries) == 7 and warm.notices == []
    assert {e.briefing.title for e in warm.entries} >= {"More 0", "More 1", "More 2", "Meeting 3"}


def test_warm_briefings_are_read_from_their_segment_on_demand(tmp_path, write, minimal):
    from briefing_tui.core.store.blobs import Span

    write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    [entry] = _load(tmp_path / "b", tmp_path / "cache").entries
    assert isinstance(entry.stored, Span)  # nothing of the briefing is held in memory
    for segment in _segments(tmp_path / "cache"):
        segment.unlink()  # another process compacted it away: the open file still reads
    assert entry.briefing.points[0].text == "The two ministers concurred."


def test_an_index_naming_a_segment_outside_the_cache_folder_is_refused(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    path = cache_path([tmp_path / "b"], tmp_path / "cache")
    _rewrite_header(path, lambda header: header.update(segments=["../../etc/passwd.blobs"]))
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 1 and "incomplete" in result.notices[0]


def test_an_entry_pointing_past_its_segment_is_refused(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    [segment] = _segments(tmp_path / "cache")
    segment.write_bytes(segment.read_bytes()[:-1])
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 1 and "incomplete" in result.notices[0]
    assert result.entries[0].briefing.title == "Test meeting"


def test_rows_from_the_cache_share_their_topic_and_country_strings(tmp_path, write, minimal):
    for i in range(3):
        write(minimal.replace("Test meeting", f"Meeting {i}"), f"b/{i}.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    rows = [e.row for e in _load(tmp_path / "b", tmp_path / "cache").entries]
    assert rows[0].topics and rows[0].topics == rows[1].topics
    names = [topic_names(row.topics) for row in rows]
    assert names[0] == ("g7",) and all(a is b for a, b in zip(names[0], names[2]))  # one object, not one per row
    assert rows[0].countries[0] is rows[1].countries[0]


def test_rows_from_the_cache_share_their_kind_medium_date_and_countries(tmp_path, write, minimal):
    """Each decoded row had its own copy of these (~90 bytes a row at 100,000): one object each now."""
    for i in range(3):
        write(minimal.replace("Test meeting", f"Meeting {i}"), f"b/{i}.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    rows = [e.row for e in _load(tmp_path / "b", tmp_path / "cache").entries]
    for name in ("kind", "medium", "date", "countries"):
        assert getattr(rows[0], name) is getattr(rows[1], name) is getattr(rows[2], name), name


def test_a_damaged_segment_falls_back_to_the_file_itself(tmp_path, write, minimal):
    """Bytes of the right length but garbage: a briefing is read from its file instead of crashing."""
    write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    for segment in _segments(tmp_path / "cache"):
        segment.write_bytes(b"\xc1" * segment.stat().st_size)
    [entry] = _load(tmp_path / "b", tmp_path / "cache").entries
    assert entry.briefing.title == "Test meeting"


def test_two_instances_writing_one_cache_never_break_it(tmp_path, write, minimal):
    """A and B load the same folder; A writes, then B: B must not name what A deleted, nor A what B keeps."""
    for i in range(4):
        write(minimal.replace("Test meeting", f"Meeting {i}"), f"b/{i}.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    for i in range(3):  # most of the first segment goes dead: the next writes compact
        path = tmp_path / "b" / f"{i}.toml"
        path.write_text(minimal.replace("Test meeting", f"Changed {i}"), encoding="utf-8")
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    a = _load(tmp_path / "b", tmp_path / "cache", write_cache=False)
    b = _load(tmp_path / "b", tmp_path / "cache", write_cache=False)
    a.write_cache()
    b.write_cache()
    assert a.notices == [] and b.notices == []
    again = _load(tmp_path / "b", tmp_path / "cache")
    assert again.notices == [] and sorted(e.briefing.title for e in again.entries) == [
        "Changed 0",
        "Changed 1",
        "Changed 2",
        "Meeting 3",
    ]
    assert [e.briefing.title for e in a.entries] == [e.briefing.title for e in b.entries]  # both still read


def test_a_segment_being_written_by_another_load_is_not_deleted(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    stem = cache_path([tmp_path / "b"], tmp_path / "cache").name.removesuffix(".index")
    busy = tmp_path / "cache" / f"{stem}-0123456789ab.blobs"  # another instance's worker, mid-load
    busy.write_bytes(b"in progress")
    write(minimal.replace("Test meeting", "Other"), "b/c.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    assert busy.exists()
    old = busy.stat().st_mtime - 2 * 3600  # ... but a crashed load's leftover goes
    os.utime(busy, (old, old))
    write(minimal.replace("Test meeting", "Third"), "b/d.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    assert not busy.exists()


def test_a_segment_that_is_not_a_regular_file_is_refused(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    [segment] = _segments(tmp_path / "cache")
    segment.unlink()
    os.mkfifo(segment)  # opening a FIFO for reading would block forever
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 1 and "incomplete" in result.notices[0]


def test_a_span_keeps_its_offset_length_and_crc(tmp_path):
    from briefing_tui.core.store.blobs import Segment, Span

    (tmp_path / "s.blobs").write_bytes(b"xx")
    segment = Segment(tmp_path / "s.blobs")
    try:
        span = Span.at(segment, 3 << 40, (1 << 32) - 1, 0xFFFF_FFFF)
        assert (span.segment, span.offset, span.length, span.crc) == (segment, 3 << 40, (1 << 32) - 1, 0xFFFF_FFFF)
        with pytest.raises(ValueError):
            Span.at(segment, 0, 1, 1 << 32)
    finally:
        segment.close()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("spans", [(1 << 64) - 1]),  # the longest length a span can say, past its segment's end
        ("spans", [-1]),
        ("spans", [5]),  # a length of 0 (and a CRC of 5)
        ("offsets", [-1]),
        ("segments", [1]),  # no such segment
        ("segments", [-1]),
    ],
)
def test_an_entry_with_a_span_its_segment_cannot_hold_is_parsed_again(tmp_path, write, minimal, field, value):
    """A span packs its length and CRC-32 in 32 bits each: a tampered index saying more, or less,
    or pointing past its segment, is damage, never bits that spill into the offset."""
    write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    path = cache_path([tmp_path / "b"], tmp_path / "cache")
    rewrite_chunks(path, lambda columns: msgspec.structs.replace(columns, **{field: value}))
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 1 and "incomplete" in result.notices[0]
    assert result.entries[0].briefing.title == "Test meeting"


def test_a_warm_start_holds_nothing_per_file_beside_its_rows_and_columns(tmp_path, write, minimal):
    """What the index had is reused in place: no tuple of its own per file (~400 bytes a file at
    100,000), and an unchanged folder writes nothing back."""
    for i in range(3):
        write(minimal.replace("Test meeting", f"Meeting {i}"), f"b/{i}.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    warm = _load(tmp_path / "b", tmp_path / "cache", write_cache=False)
    assert warm.cache.new == {} and not warm.cache.changed and len(warm.cache.unchanged) == 3
    # The folder's listing holds the index's own path strings, and the lookup by path goes once
    # every file is had (~10 MB at 100,000 beside everything else).
    assert warm.cache.unchanged.at == {}
    assert [e._path for e in warm.entries] == [str(tmp_path / "b" / f"{i}.toml") for i in range(3)]
    assert all(e._path is path for e, path in zip(warm.entries, warm.cache.unchanged.paths, strict=True))
    assert [e.briefing.title for e in warm.entries] == ["Meeting 0", "Meeting 1", "Meeting 2"]


def test_reused_files_keep_their_warnings_and_spans_when_another_changes(tmp_path, write, minimal):
    """A rewrite after a warm start keeps what it reused: rows, problems (a warning here), briefings."""
    write(minimal.replace('topics = ["g7"]', 'topics = ["no-such-topic"]'), "b/a.toml")
    changed = write(minimal.replace("Test meeting", "Before"), "b/c.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    _touch(changed, minimal.replace("Test meeting", "After"))
    second = _load(tmp_path / "b", tmp_path / "cache")
    third = _load(tmp_path / "b", tmp_path / "cache", write_cache=False)
    assert third.cache.new == {} and not third.cache.changed  # everything came from the rewritten index
    for result in (second, third):
        assert [e.briefing.title for e in result.entries] == ["Test meeting", "After"]
        [warning] = result.warnings
        assert "no-such-topic" in warning.message and warning.path.endswith("a.toml")


def test_rows_hold_their_topics_as_codes_and_the_index_keeps_names(tmp_path, write, minimal):
    """A str of one code a topic (~60 bytes against a tuple's ~190): codes are this process's own,
    so what the index (and a worker's message) holds is names."""
    write(minimal.replace('topics = ["g7"]', 'topics = ["g7", "arctic"]'), "b/a.toml")
    cold = _load(tmp_path / "b", tmp_path / "cache")
    [row] = [e.row for e in cold.entries]
    assert isinstance(row.topics, str) and len(row.topics) == 2 and topic_names(row.topics) == ("arctic", "g7")
    chunks = []
    rewrite_chunks(cache_path([tmp_path / "b"], tmp_path / "cache"), lambda c: chunks.append(c) or c)
    [chunk] = chunks
    by_code = dict(zip(chunk.topic_codes, chunk.topic_names, strict=True))
    assert [by_code[code] for code in chunk.topics[0]] == ["arctic", "g7"]  # the row's topics, by name
    [warm] = _load(tmp_path / "b", tmp_path / "cache").entries
    assert warm.row.topics == row.topics


def test_the_index_keeps_its_files_in_order_so_a_warm_start_looks_none_up_by_path(
    tmp_path, write, minimal, monkeypatch
):
    """Files that failed to load keep their places among the others: the folders list the index's
    files in its order, so a warm start takes its columns as they are (no table of paths)."""
    from briefing_tui.core.store.cache import Unchanged

    write(minimal.replace("Test meeting", "One"), "b/a.toml")
    write("schema = 1\ntitle = [", "b/b-broken.toml")
    write(minimal.replace("Test meeting", "Three"), "b/c.toml")
    folder = tmp_path / "b"
    expected = load_paths([folder])
    _load(folder, tmp_path / "cache")
    asked = []
    made = Unchanged.at.fget
    monkeypatch.setattr(Unchanged, "at", property(lambda self: asked.append(1) or made(self)))
    warm = _load(folder, tmp_path / "cache", write_cache=False)
    assert warm.cache.unchanged.paths == [str(folder / name) for name in ("a.toml", "b-broken.toml", "c.toml")]
    assert asked == [] and not warm.cache.changed
    assert [e.row for e in warm.entries] == [e.row for e in expected.entries]
    assert [str(p) for p in warm.problems] == [str(p) for p in expected.problems]


def test_a_warm_start_of_a_folder_with_no_briefings_has_every_facet_total(tmp_path):
    """An index of no files has no chunk to sum: its totals are every facet's, empty."""
    from briefing_tui.core.query.library import load_library

    folder = tmp_path / "empty"
    folder.mkdir()
    for _ in range(2):  # cold, then warm
        library = load_library([folder])
        assert len(library) == 0 and all(library.values[facet] == [] for facet in library.values)
