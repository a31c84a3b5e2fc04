"""A damaged or hostile cache never shows a wrong value, never hangs, and never piles up leftovers."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import time

import msgspec
import pytest
from cache_support import rewrite_chunks

from briefing_tui.core.model.sanitize import clean_line
from briefing_tui.core.store.cache import Failed, cache_path
from briefing_tui.core.store.load import load_paths
from briefing_tui.core.store.rows import topic_names


def _load(folder, cache_dir, **kw):
    return load_paths([folder], use_cache=True, cache_directory=cache_dir, **kw)


class Hung(BaseException):
    """Not an OSError (as TimeoutError is): code that handles OSError must not swallow it."""


@contextlib.contextmanager
def _no_hang(seconds=20):
    """Fail (rather than hang the suite) if the block blocks: a FIFO opened for reading waits forever."""

    def expired(signum, frame):
        raise Hung(f"blocked for {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _folder(write, minimal, count=6):
    for i in range(count):
        text = minimal.replace("Test meeting", f"Meeting number {i}").replace("concurred", f"concurred {i} times")
        if i % 2:
            text = text.replace('country = "CA"', 'country = "FR"').replace('"g7"', '"arctic"')
        write(text, f"b/{i}.toml")
    write("schema = 1\ntitle = [", "b/broken.toml")  # a problem, cached too


def _values(result):
    """Everything a load shows: each briefing whole, its row, and every problem."""
    return (
        [(str(e.path), e.row, msgspec.msgpack.encode(e.briefing)) for e in result.entries],
        sorted(str(p) for p in result.problems),
    )


def _files(cache_dir):
    index = next(cache_dir.glob("*.index"))
    return index, sorted(cache_dir.glob("*.blobs"))


def test_fuzz_bit_flips_and_truncations_never_give_a_wrong_briefing(tmp_path, write, minimal):
    """Flip one bit, or cut the file short, anywhere in the index or a segment: every load
    shows exactly what a load without the cache shows (the damage is noticed and re-parsed)."""
    _folder(write, minimal)
    folder = tmp_path / "b"
    expected = _values(load_paths([folder]))
    pristine = tmp_path / "pristine"
    _load(folder, pristine)
    rng = random.Random(20261130)
    for trial in range(160):
        cache = tmp_path / f"trial{trial}"
        shutil.copytree(pristine, cache)
        index, segments = _files(cache)
        target = index if trial % 2 == 0 else rng.choice(segments)
        data = bytearray(target.read_bytes())
        if trial % 8 < 6:
            bit = rng.randrange(len(data) * 8)
            data[bit // 8] ^= 1 << (bit % 8)
            what = f"bit {bit}"
        else:
            cut = rng.randrange(len(data))
            del data[cut:]
            what = f"truncated at {cut}"
        target.write_bytes(bytes(data))
        result = _load(folder, cache)
        assert _values(result) == expected, f"{target.name}: {what}"
        shutil.rmtree(cache)


def _flip_in(path, needle: bytes, offset=0):
    data = path.read_bytes()
    at = data.index(needle) + offset
    path.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :])


def test_a_bit_flipped_title_in_the_index_is_never_shown(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    index, _ = _files(tmp_path / "cache")
    _flip_in(index, b"Test meeting", 11)  # "Test meetinf": still valid msgpack, still UTF-8
    result = _load(tmp_path / "b", tmp_path / "cache")
    assert [e.row.title for e in result.entries] == ["Test meeting"]
    assert result.notices and "damaged" in result.notices[0]


def test_a_bit_flipped_briefing_in_a_segment_is_read_from_its_file(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    _, [segment] = _files(tmp_path / "cache")
    _flip_in(segment, b"The two ministers concurred.", 4)
    [entry] = _load(tmp_path / "b", tmp_path / "cache").entries
    assert entry.briefing.points[0].text == "The two ministers concurred."


def test_the_points_view_reads_a_damaged_briefing_from_its_file(tmp_path, write, minimal):
    from briefing_tui.core.query.library import build_library
    from briefing_tui.core.query.point_rows import PointRows

    write(minimal, "b/a.toml")
    _load(tmp_path / "b", tmp_path / "cache")
    _, [segment] = _files(tmp_path / "cache")
    segment.write_bytes(b"\xc1" * segment.stat().st_size)  # undecodable
    result = _load(tmp_path / "b", tmp_path / "cache", compact=True)
    rows = PointRows(build_library([tmp_path / "b"], result.entries))
    briefing, points = rows.decoded(0)
    assert briefing.title == "Test meeting" and points[0][2].text == "The two ministers concurred."


EVIL = "\x1b]52;c;ZXZpbA==\x07Evil\x1b[2J title\u202e"


def test_text_read_back_from_a_tampered_cache_is_cleaned(tmp_path, write, minimal):
    """Someone rewrote the cache with valid checksums: its text still passes the text boundary."""
    from briefing_tui.core.model.problems import Problem

    a = write(minimal, "b/a.toml")
    write("schema = 1\ntitle = [", "b/bad.toml")
    cold = _load(tmp_path / "b", tmp_path / "cache", write_cache=False)
    cache = cold.cache
    mtime, size, hit = cache.new[str(a)]
    evil_row = msgspec.structs.replace(
        hit.row,
        heading=EVIL.encode("utf-8", "surrogatepass"),
        countries=("J\x07P",) + hit.row.countries[1:],  # JP, spoilt (JP twice is damage: another test)
        topics=("g\x9b7m",),
        kind="summit\x07",
        id="a\x1b[1m",
    )
    cache.new[str(a)] = (mtime, size, hit._replace(row=evil_row))
    bad = str(tmp_path / "b" / "bad.toml")
    mtime, size, hit = cache.new[bad]
    cache.new[bad] = (
        mtime,
        size,
        hit._replace(problems=(Problem(path=bad + "\x1b[31m", line=1, col=1, message=EVIL),)),
    )
    cold.write_cache()
    warm = _load(tmp_path / "b", tmp_path / "cache")
    [entry] = warm.entries
    row = entry.row
    strings = [row.title, row.kind, row.id, *row.countries, *row.topics]
    strings += [text for p in warm.problems for text in (p.path, p.message)]
    assert all(s.isprintable() for s in strings), strings
    assert row.title == "Evil title" and row.countries[0] == "JP"


@pytest.mark.parametrize(
    "heading",
    [
        b"Test \xff\xfe meeting",
        # An encoded surrogate: "surrogatepass" let it through as a lone '\ud800' that no console
        # can encode, and the listing stopped ("cannot write to stdout").
        b"Test \xed\xa0\x80 meeting",
    ],
)
def test_a_title_that_is_not_utf8_in_a_rewritten_index_is_never_shown(tmp_path, write, minimal, heading):
    # Checksums and all rewritten (as anyone with the user's rights can): a row's title is UTF-8
    # bytes in the index, and bytes that do not decode are damage, never a title.
    a = write(minimal, "b/a.toml")
    cold = _load(tmp_path / "b", tmp_path / "cache", write_cache=False)
    mtime, size, hit = cold.cache.new[str(a)]
    bad = msgspec.structs.replace(hit.row, heading=heading)
    cold.cache.new[str(a)] = (mtime, size, hit._replace(row=bad))
    cold.write_cache()
    warm = _load(tmp_path / "b", tmp_path / "cache")
    assert [e.row.title for e in warm.entries] == ["Test meeting"]
    assert warm.notices and "damaged" in warm.notices[0]


def _shown_strings(result):
    """Every string of a load that can reach the screen: rows' fields and problems."""
    strings = []
    for entry in result.entries:
        row = entry.row
        strings += [row.title, row.id, row.kind, row.start, row.medium, *row.countries, *topic_names(row.topics)]
    strings += [text for p in result.problems for text in (p.path, p.message)]
    return strings


def test_text_in_an_index_rewritten_column_by_column_is_cleaned(tmp_path, write, minimal):
    """The index keeps each field as a column, checked as a whole when read: one hostile value in
    any column (checksums rewritten) is cleaned as a parsed file's text is, never shown raw."""
    from briefing_tui.core.model.problems import Problem

    _folder(write, minimal, count=2)
    folder = tmp_path / "b"
    _load(folder, tmp_path / "cache")
    path = cache_path([folder], tmp_path / "cache")

    def evil(columns):
        count = len(columns.paths)
        names = ["g\x9b7m" if n == "g7" else n for n in columns.topic_names]
        failed = [
            msgspec.structs.replace(f, problems=(Problem(path=f.path + "\x1b[31m", line=1, col=1, message=EVIL),))
            for f in columns.failed
        ]
        return msgspec.structs.replace(
            columns,
            ids=["a\x1b[1m"] + columns.ids[1:],
            kinds=["summit\x07"] * count,
            starts=["1\x1b]0;x\x0710:00:00"] * count,
            media=["video\x9b"] * count,
            countries=["J\x07P CA"] * count,
            headings=[EVIL.encode("utf-8")] * count,
            topic_names=names,
            warned=[(0, (Problem(path="p\x07", line=1, col=1, message="m\x1b[2J", severity="warning"),))],
            failed=failed,
        )

    rewrite_chunks(path, evil)
    warm = _load(folder, tmp_path / "cache")
    strings = _shown_strings(warm)
    assert all(s.isprintable() for s in strings), strings
    assert len(warm.entries) == 2 and warm.notices == []
    row = warm.entries[0].row
    assert (row.title, row.id, row.kind, row.medium, row.countries) == (
        "Evil title",
        "a",
        "summit",
        "video",
        ("JP", "CA"),
    )
    assert topic_names(warm.entries[0].row.topics) == (clean_line("g\x9b7m"),)
    assert any(p.severity == "warning" and p.message == "m" for p in warm.problems)


@pytest.mark.parametrize(
    "damage",
    [
        {"ids": ["only one"]},  # columns of different lengths
        {"dates": [0, 0]},  # no date has ordinal 0
        {"dates": [1 << 62, 1 << 62]},
        {"headings": [b"\xed\xa0\x80", b"x"]},  # an encoded surrogate
        {"topic_codes": "!!"},  # a table giving one code two topics
        {"topics": ["\x01", "\x01"]},  # a code the table lacks
        {"warned": [(7, ())]},  # problems of a row that is not there
        {"failed": [Failed(9, "/nowhere.toml", 0, 0, ())]},  # a place past the chunk's files
    ],
    ids=lambda damage: next(iter(damage)),
)
def test_columns_only_damage_makes_are_damage(tmp_path, write, minimal, damage):
    """What no writer makes is damage: the chunk's files are parsed again, and nothing is shown wrong."""
    write(minimal.replace("Test meeting", "One"), "b/a.toml")
    write(minimal.replace("Test meeting", "Two"), "b/c.toml")
    folder = tmp_path / "b"
    expected = _values(load_paths([folder]))
    _load(folder, tmp_path / "cache")
    rewrite_chunks(cache_path([folder], tmp_path / "cache"), lambda columns: msgspec.structs.replace(columns, **damage))
    warm = _load(folder, tmp_path / "cache")
    assert _values(warm) == expected
    assert warm.notices and "damaged" in warm.notices[0]


def test_fuzz_hostile_columns_never_show_control_characters_or_stop_the_load(tmp_path, write, minimal):
    """Random values (control characters, surrogates, huge or negative numbers) in random columns of
    a rewritten index, checksums and all: every load finishes, and shows nothing unprintable."""
    _folder(write, minimal, count=3)
    folder = tmp_path / "b"
    _load(folder, tmp_path / "pristine")
    rng = random.Random(20261130)
    hostile = ["\x1b[2J", "\x07", "\x9b", "\u202e", "\x00", "\n", "\t", "é", "", " ", "\x85", "\u2028"]
    numbers = [-1, 0, 1, 1 << 31, (1 << 63) - 1, -(1 << 63), 739_000]

    def text(extra=()):
        return "".join(rng.choice([*hostile, *extra, "a", "Z", "1"]) for _ in range(rng.randrange(6)))

    def value(kind):
        if kind is str:
            return text()
        if kind is bytes:  # (a str cannot hold an encoded surrogate; UTF-8 bytes can)
            return rng.choice([text(["\ud800"]).encode("utf-8", "surrogatepass"), bytes([rng.randrange(256)]) * 3])
        return rng.choice(numbers)

    kinds = {
        "paths": str,
        "mtimes": int,
        "sizes": int,
        "segments": int,
        "offsets": int,
        "spans": int,
        "ids": str,
        "dates": int,
        "starts": str,
        "kinds": str,
        "media": str,
        "headings": bytes,
        "countries": str,
        "topics": str,
        "texts": bytes,
    }
    for trial in range(120):
        cache = tmp_path / f"trial{trial}"
        shutil.copytree(tmp_path / "pristine", cache)
        field = rng.choice(sorted(kinds) + ["topic_names", "topic_codes"])

        def change(columns, field=field):
            if field == "topic_codes":
                return msgspec.structs.replace(columns, topic_codes=text())
            column = list(getattr(columns, field))
            if column:
                column[rng.randrange(len(column))] = value(str if field == "topic_names" else kinds[field])
            return msgspec.structs.replace(columns, **{field: column})

        rewrite_chunks(next(cache.glob("*.index")), change)
        with _no_hang():
            result = _load(folder, cache)
        strings = _shown_strings(result)
        assert all(s.isprintable() for s in strings), (field, strings)
        assert len(result.entries) == 3, field
        shutil.rmtree(cache)


def test_a_fifo_as_the_cache_index_is_refused_without_blocking(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    path = cache_path([tmp_path / "b"], tmp_path / "cache")
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    with _no_hang():
        result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 1 and "not a regular file" in result.notices[0]


def test_a_fifo_as_the_cache_lock_is_refused_without_blocking(tmp_path, write, minimal):
    write(minimal, "b/a.toml")
    path = cache_path([tmp_path / "b"], tmp_path / "cache")
    path.parent.mkdir(parents=True)
    os.mkfifo(path.with_suffix(".lock"))
    with _no_hang():
        result = _load(tmp_path / "b", tmp_path / "cache")
    assert len(result.entries) == 1 and any("not a regular file" in n for n in result.notices)
    assert not path.exists()  # no write without the lock


def test_print_by_id_does_not_hang_on_a_fifo_cache_index(tmp_path, write, minimal, monkeypatch, capsys):
    from briefing_tui.cli import main

    write(minimal.replace('title = "Test meeting"', 'id = "fifo-test"\ntitle = "Test meeting"'), "b/a.toml")
    monkeypatch.setenv("BRIEFINGS_DIR", str(tmp_path / "b"))
    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path / "cache"))
    path = cache_path([tmp_path / "b"], tmp_path / "cache")
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    with _no_hang():
        assert main(["print", "fifo-test", "--color", "never"]) == 0
    assert "Test meeting" in capsys.readouterr().out


def _age(path, seconds=2 * 3600):
    old = time.time() - seconds
    os.utime(path, (old, old))


def test_leftovers_of_killed_writers_and_loads_are_removed_without_a_change(tmp_path, write, minimal):
    """A kill -9 mid-write leaves an index temp; a crashed or overtaken load leaves an unnamed segment.
    The next start removes them even when nothing changed (no new index is written)."""
    write(minimal, "b/a.toml")
    cache_dir = tmp_path / "cache"
    _load(tmp_path / "b", cache_dir)
    index, [named] = _files(cache_dir)
    stem = index.name.removesuffix(".index")
    temp = cache_dir / f".{index.name}.k9x2abcd.tmp"  # as write_atomic names them
    temp.write_bytes(b"half an index")
    orphan = cache_dir / f"{stem}-0123456789ab.blobs"
    orphan.write_bytes(b"x" * 1000)
    _age(orphan)
    busy = cache_dir / f"{stem}-ba9876543210.blobs"  # another instance's load, writing now
    busy.write_bytes(b"in progress")
    before = index.stat().st_mtime_ns
    result = _load(tmp_path / "b", cache_dir)
    assert result.notices == [] and index.stat().st_mtime_ns == before  # nothing rewritten
    assert not temp.exists() and not orphan.exists()
    assert named.exists() and busy.exists()


def test_an_overtaken_loads_segments_go_once_nobody_holds_them_open(tmp_path, write, minimal):
    """Two instances start at once: the index names the second's segments. The first's stay while
    it runs (it reads from them), and go at the next start after it quits, not an hour later."""
    from briefing_tui.core.store.blobs import Segment

    write(minimal, "b/a.toml")
    cache_dir = tmp_path / "cache"
    _load(tmp_path / "b", cache_dir)
    index, [named] = _files(cache_dir)
    stem = index.name.removesuffix(".index")
    running, quit_ = (cache_dir / f"{stem}-{tag}.blobs" for tag in ("0123456789ab", "ba9876543210"))
    for path in (running, quit_):
        path.write_bytes(b"x" * 1000)
        _age(path, 120)  # past the moment between creating a segment and locking it
    reader = Segment(running)  # the first instance, still running, holds its segment open
    try:
        _load(tmp_path / "b", cache_dir)
        assert running.exists() and not quit_.exists() and named.exists()
    finally:
        reader.close()
    _load(tmp_path / "b", cache_dir)
    assert not running.exists() and named.exists()


def test_settings_that_are_not_a_regular_file_are_refused_without_blocking(tmp_path):
    from briefing_tui.core.store.settings import (
        SETTINGS_FILE,
        SettingsError,
        load_settings,
    )

    os.mkfifo(tmp_path / SETTINGS_FILE)
    with _no_hang(), pytest.raises(SettingsError, match="not a regular file"):
        load_settings(tmp_path)


def test_settings_through_a_symlink_to_a_regular_file_still_load(tmp_path):
    from briefing_tui.core.store.settings import SETTINGS_FILE, Settings, load_settings

    (tmp_path / "dotfiles.json").write_text('{"theme": "nord"}', encoding="utf-8")
    (tmp_path / SETTINGS_FILE).symlink_to(tmp_path / "dotfiles.json")
    assert load_settings(tmp_path) == Settings(theme="nord")


def test_stale_settings_temps_are_removed_on_save(tmp_path):
    from briefing_tui.core.store.settings import SETTINGS_FILE, Settings, save_settings

    stale = tmp_path / f".{SETTINGS_FILE}.dead1234.tmp"
    stale.write_text("{", encoding="utf-8")
    _age(stale)
    fresh = tmp_path / f".{SETTINGS_FILE}.live5678.tmp"  # another instance saving right now
    fresh.write_text("{", encoding="utf-8")
    save_settings(Settings(theme="nord"), tmp_path)
    assert not stale.exists() and fresh.exists()


def test_an_index_path_that_no_file_can_have_is_skipped(tmp_path, write, minimal):
    """A warm start stats the index's paths before listing the folders: a tampered one (a NUL in
    it, or another folder's file) never stops the load, and never joins what it shows."""
    _folder(write, minimal, count=2)
    folder = tmp_path / "b"
    expected = _values(load_paths([folder]))
    cold = _load(folder, tmp_path / "cache", write_cache=False)
    cache = cold.cache
    mtime, size, hit = next(iter(cache.new.values()))
    outside = write(minimal.replace("Test meeting", "Elsewhere"), "other/x.toml")
    cache.new[str(folder / "a\x00b.toml")] = (mtime, size, hit)
    info = outside.stat()
    cache.new[str(outside)] = (info.st_mtime_ns, info.st_size, hit)
    cold.write_cache()
    with _no_hang():
        warm = _load(folder, tmp_path / "cache")
    assert _values(warm) == expected


def test_a_large_index_shows_its_first_rows_before_the_folders_are_listed(tmp_path, write, minimal, monkeypatch):
    from briefing_tui.core.store import cache as cache_module
    from briefing_tui.core.store import load as load_module

    _folder(write, minimal, count=6)
    folder = tmp_path / "b"
    _load(folder, tmp_path / "cache")
    events = []
    listing = load_module.expand
    monkeypatch.setattr(load_module, "expand", lambda *args: events.append("listed") or listing(*args))
    progress = lambda new, seen: events.append(len(new))  # noqa: E731
    small = _load(folder, tmp_path / "cache", progress=progress)
    assert events == ["listed", 0]  # a small index is read whole: its rows come with the result
    events.clear()
    monkeypatch.setattr(load_module, "STREAM_MIN", 4)
    monkeypatch.setattr(cache_module, "CHUNK", 4)
    _load(folder, tmp_path / "cache2")  # written in chunks of four
    events.clear()
    large = _load(folder, tmp_path / "cache2", progress=progress)
    assert events[0] == 4 and events.index("listed") > 0  # the first chunk's rows, before the folders were listed
    assert sum(n for n in events if n != "listed") == 4  # the rest come with the result
    assert _values(large) == _values(small) == _values(load_paths([folder]))


def _topic_codes_taken() -> int:
    from briefing_tui.core.store.rows import TOPIC_CODES

    return len(TOPIC_CODES.names)


@pytest.mark.parametrize(
    "damage",
    [
        # each row's topic codes twice: the panel counted every topic twice what a filter gives
        lambda c: {"topics": [t + t for t in c.topics]},
        # each row's countries twice, or with an empty code between them
        lambda c: {"countries": [f"{x} {x}" if x else x for x in c.countries]},
        lambda c: {"countries": [x.replace(" ", "  ") if " " in x else f"{x} " for x in c.countries]},
    ],
)
def test_an_index_whose_rows_repeat_a_value_is_damage_not_counted_twice(tmp_path, write, minimal, monkeypatch, damage):
    """What no writer makes (a row that holds a topic or country twice, an empty country code) was
    accepted, and the filter panel counted it twice (review, session 7): the chunk is damage now,
    its files parsed again, and the totals are the rows' own."""
    from briefing_tui.core.query.library import load_library

    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path / "cache"))
    body = minimal.replace("Test meeting", "Meeting {i}")
    for i in range(2):
        write(body.replace("{i}", str(i)), f"b/{i}.toml")
    folder = tmp_path / "b"
    cold = load_library([folder])
    assert cold.totals["topics"] and cold.totals["countries"]
    rewrite_chunks(next((tmp_path / "cache").glob("*.index")), lambda c: msgspec.structs.replace(c, **damage(c)))
    warm = load_library([folder])
    assert len(warm) == 2 and warm.totals == cold.totals
    assert any("damaged" in n for n in warm.notices)


def test_a_topic_table_whose_names_clean_to_one_topic_is_damage():
    """Two of the writer's codes for one topic (its names differ only by what cleaning takes out)
    would make a row hold that topic twice."""
    from briefing_tui.core.store.rows import coded_topics

    with pytest.raises(ValueError):
        coded_topics(["\u4e00\u4e01", "\u4e00"], "\u4e00\u4e01", ["arctic-test", "arctic\x07-test"])


def test_a_topic_table_with_names_no_row_uses_takes_no_codes(tmp_path, write, minimal, monkeypatch):
    """A rewritten index could list topic names no row uses: each took one of the process's topic
    codes for the rest of its life (150,000 would take them all). Such a table is damage now."""
    from briefing_tui.core.query.library import load_library

    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path / "cache"))
    write(minimal, "b/0.toml")
    folder = tmp_path / "b"
    cold = load_library([folder])
    spare = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 300))

    def padded(columns):
        return msgspec.structs.replace(
            columns,
            topic_codes=columns.topic_codes + spare,
            topic_names=[*columns.topic_names, *(f"unused-topic-{k}" for k in range(len(spare)))],
        )

    rewrite_chunks(next((tmp_path / "cache").glob("*.index")), padded)
    taken = _topic_codes_taken()
    warm = load_library([folder])
    assert warm.totals == cold.totals and any("damaged" in n for n in warm.notices)
    assert _topic_codes_taken() == taken
