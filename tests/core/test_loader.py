"""The loader: every problem is located (path:line:col) and names what was expected."""

from __future__ import annotations

import os
import re

from briefing_tui.core.model.briefing import Topic
from briefing_tui.core.model.topics import Vocabulary
from briefing_tui.core.store.load import load_paths
from briefing_tui.core.store.parse import MAX_FILE_BYTES, load_file


def only_problem(path):
    briefing, problems = load_file(path)
    assert briefing is None
    assert len(problems) == 1
    return problems[0]


def test_minimal_loads_and_id_defaults_to_stem(write, minimal):
    briefing, problems = load_file(write(minimal, "2024-01-13-test.toml"))
    assert problems == []
    assert briefing.id == "2024-01-13-test"
    assert briefing.points[0].outcome == "agreed"


def test_toml_syntax_error_uses_parser_position(write, minimal):
    path = write(minimal.replace('title = "Test meeting"', 'title = = "x"'))
    p = only_problem(path)
    assert (p.line, p.col) == (2, 9)
    assert "invalid TOML" in p.message and "expected" in p.message
    assert str(p).startswith(f"{path}:2:9: error: ")


def test_missing_required_key_points_at_its_table(write, minimal):
    text = minimal.replace('name = "Mélanie Joly"\n', "")
    p = only_problem(write(text))
    assert "participants[1]: missing required key `name`" in p.message
    assert p.line == text.splitlines().index("[[participants]]", 14) + 1


def test_wrong_type_points_at_the_key(write, minimal):
    text = minimal.replace("duration_minutes = 100", 'duration_minutes = "100"')
    p = only_problem(write(text))
    assert p.line == 9 and p.col == 1
    assert "time.duration_minutes" in p.message and "expected an integer, got a string" in p.message


def test_out_of_range_duration(write, minimal):
    p = only_problem(write(minimal.replace("duration_minutes = 100", "duration_minutes = -5")))
    assert p.line == 9
    assert "-5 is out of range; expected an integer from 1 to 10080" in p.message


def test_unknown_key_suggests_the_close_one(write, minimal):
    p = only_problem(write(minimal.replace('title = "Test meeting"', 'titel = "Test meeting"')))
    assert (p.line, p.col) == (2, 1)
    assert "unknown key; did you mean `title`?" in p.message


def test_invalid_enum_lists_allowed_values(write, minimal):
    p = only_problem(write(minimal.replace('outcome = "agreed"', 'outcome = "agred"')))
    assert p.line == 23
    assert "invalid value 'agred'; expected one of: 'agreed', " in p.message and "'welcomed'" in p.message


def test_unknown_zone_suggests_closest(write, minimal):
    p = only_problem(write(minimal.replace('zone = "America/Toronto"', 'zone = "Asia/Tokio"')))
    assert p.line == 7
    assert "unknown time zone 'Asia/Tokio'" in p.message and "did you mean 'Asia/Tokyo'" in p.message


def test_bad_country_code(write, minimal):
    p = only_problem(write(minimal.replace('country = "CA"', 'country = "XX"')))
    assert p.line == 19 and "unknown country code 'XX'" in p.message
    p = only_problem(write(minimal.replace('country = "CA"', 'country = "Canada"')))
    assert "expected a two-letter ISO 3166 code" in p.message


def test_unknown_actor(write, minimal):
    p = only_problem(write(minimal.replace('actors = ["both"]', 'actors = ["blinken"]')))
    assert p.line == 24 and "unknown actor 'blinken'" in p.message and "kamikawa" in p.message


def test_date_must_match_start(write, minimal):
    p = only_problem(write(minimal.replace("date = 2024-01-13", "date = 2024-01-14")))
    assert p.line == 4 and "disagrees with time.start" in p.message


def test_impossible_date_is_a_toml_error(write, minimal):
    p = only_problem(write(minimal.replace("date = 2024-01-13", "date = 2024-02-30")))
    assert p.line == 4 and "invalid TOML" in p.message


def test_schema_version(write, minimal):
    p = only_problem(write(minimal.replace("schema = 1", "schema = 3")))
    assert (p.line, p.message) == (1, "unsupported schema version 3; this briefing-tui reads schema 1 or 2")
    p = only_problem(write(minimal.replace("schema = 1\n", "")))
    assert "missing `schema = 2`" in p.message


def test_stated_time_disagreeing_is_a_warning(write, minimal):
    text = minimal + '\n[[stated_times]]\ntime = 2024-01-13T22:40:00\nzone = "Asia/Tokyo"\n'
    briefing, problems = load_file(write(text))
    assert briefing is not None
    [w] = problems
    assert w.severity == "warning" and w.line == text.splitlines().index("time = 2024-01-13T22:40:00") + 1
    assert "disagrees with the conversion of time.start, 2024-01-13 23:40" in w.message


def test_stated_time_agreeing_is_silent(write, minimal):
    text = minimal + '\n[[stated_times]]\ntime = 2024-01-13T23:40:00\nzone = "Asia/Tokyo"\n'
    assert load_file(write(text))[1] == []


def test_dst_gap_and_fold_are_warnings(write, minimal):
    gap = minimal.replace("2024-01-13", "2024-03-10").replace("T09:40:00", "T02:30:00")
    briefing, [w] = load_file(write(gap))
    assert briefing and w.severity == "warning" and "does not exist in America/Toronto" in w.message
    fold = minimal.replace("2024-01-13", "2024-11-03").replace("T09:40:00", "T01:30:00")
    briefing, [w] = load_file(write(fold, "f.toml"))
    assert briefing and "happens twice" in w.message and "time.fold = 1" in w.message


def test_unknown_topic_is_a_warning_and_aliases_resolve(write, minimal):
    vocab = Vocabulary(
        {
            "g7": Topic(label="G7", group="theme", aliases=("Group of Seven",)),
            "ukraine": Topic(label="Ukraine", group="region"),
        }
    )
    text = minimal.replace('topics = ["g7"]', 'topics = ["Group of Seven", "ukriane", "G7"]')
    briefing, problems = load_file(write(text), vocab)
    assert briefing.points[0].topics == ("g7", "ukriane")
    [w] = problems
    assert w.severity == "warning" and (w.line, w.col) == (25, 29)
    assert "unknown topic 'ukriane'; did you mean 'ukraine'?" in w.message


def test_file_level_faults(write, tmp_path):
    assert "invalid UTF-8 byte 0xff" in only_problem(write(b'schema = 1\ntitle = "\xff"\n')).message
    p = only_problem(write(b'schema = 1\ntitle = "\xff"\n', "l.toml"))
    assert (p.line, p.col) == (2, 10)
    assert "NUL" in only_problem(write(b"\x00\x01\x02binary", "bin.toml")).message
    assert "missing `schema = 2`" in only_problem(write("", "empty.toml")).message
    big = tmp_path / "big.toml"
    with open(big, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    assert "the limit is" in only_problem(big).message


def test_bom_is_accepted(write, minimal):
    briefing, problems = load_file(write(("\ufeff" + minimal).encode("utf-8"), "bom.toml"))
    assert briefing is not None and problems == []


def test_unreadable_file(write, minimal, monkeypatch):
    path = write(minimal)
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads a chmod 000 file, so make the read itself fail as it would for a user
        real_open = os.open

        def denied(name, flags, *args):
            if os.fspath(name) == os.fspath(path):
                raise PermissionError(13, "Permission denied")
            return real_open(name, flags, *args)

        monkeypatch.setattr(os, "open", denied)
    try:
        assert "permission denied" in only_problem(path).message
    finally:
        path.chmod(0o644)


def test_one_bad_file_never_stops_the_others(write, minimal, tmp_path):
    write(minimal, "a.toml")
    write("schema = 1\ntitle = [", "b.toml")
    write(minimal.replace('kind = "bilateral-meeting"', 'kind = "tea"'), "c.toml")
    write(minimal, "sub/d.toml")
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "dangling.toml").symlink_to(tmp_path / "nowhere.toml")
    result = load_paths([tmp_path])
    assert sorted(e.path.name for e in result.entries) == ["a.toml", "d.toml"]
    names = {os.path.basename(p.path) for p in result.errors}
    assert {"b.toml", "c.toml", "dangling.toml"} <= names
    assert all(re.match(r".+:\d+:\d+: (error|warning): .+", str(p)) for p in result.problems)


def test_duplicate_ids_warn_and_keep_the_first(write, minimal):
    a = write(minimal.replace("schema = 1", 'schema = 1\nid = "same"'), "a.toml")
    write(minimal.replace("schema = 1", 'schema = 1\nid = "same"'), "b.toml")
    result = load_paths([a.parent])
    assert [e.path.name for e in result.entries] == ["a.toml"]
    [w] = result.warnings
    assert w.path.endswith("b.toml") and (w.line, w.col) == (2, 1) and "duplicate id 'same'" in w.message


def test_vocabulary_alias_clash_is_a_warning(write):
    from briefing_tui.core.store.parse import load_vocabulary

    path = write(
        'schema = 1\n[topic.north-korea]\nlabel = "North Korea"\ngroup = "region"\naliases = ["DPRK"]\n'
        '[topic.dprk-talks]\nlabel = "DPRK"\ngroup = "theme"\n',
        "topics.toml",
    )
    vocabulary, [w] = load_vocabulary(path)
    assert w.severity == "warning" and w.line == 6
    assert "'DPRK' of topic 'dprk-talks' is already a name of topic 'north-korea'" in w.message
    assert vocabulary.resolve("dprk") == "north-korea"


def test_listing_a_folder_holds_its_names_not_its_dir_entries(tmp_path):
    """A DirEntry per file (~280 bytes, held while a folder is listed) was 28 MB at 100,000 files,
    beside a whole load and again every two seconds in the watch: a name each is enough."""
    import tracemalloc

    from briefing_tui.core.store.load import iter_briefing_files

    folder = tmp_path / "many"
    folder.mkdir()
    count = 3000
    for i in range(count):
        (folder / f"briefing-number-{i:06d}.toml").touch()
    (folder / "sub").mkdir()
    (folder / "sub" / "a.toml").touch()
    tracemalloc.start()
    try:
        listed = sum(1 for _ in iter_briefing_files(folder))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert listed == count + 1
    assert peak / count < 120  # bytes a file: its name and a list slot, not a DirEntry with its path
    assert list(iter_briefing_files(folder))[-1] == str(folder / "sub" / "a.toml")  # names in order, folders too
