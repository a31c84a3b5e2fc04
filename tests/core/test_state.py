"""The reader's state in SQLite: kept across runs, shared by two instances, and never fatal."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import sqlite3
import threading
from pathlib import Path

import pytest

from briefing_tui.core.query.filtering import Catalog, Personal, Query
from briefing_tui.core.query.saved import View, decode_view, encode_view
from briefing_tui.core.store import state as state_module
from briefing_tui.core.store.load import load_paths
from briefing_tui.core.store.state import (
    SCHEMA_VERSION,
    STATE_FILE,
    StateError,
    dumps_notes,
    loads_notes,
    open_state,
)
from support import BUNDLED


@pytest.fixture(autouse=True)
def _guard():
    """A hung lock must fail the test, never hang the suite (not a timing assert: a generous cap)."""

    def expire(*_):
        raise TimeoutError("state test ran over 60 s: a lock was never released")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def test_flags_reads_notes_and_searches_are_kept_across_runs(tmp_path):
    first = open_state(tmp_path)
    assert first.kept and first.notice is None
    first.set_flagged("a")
    first.set_read("a")
    first.set_read("b")
    first.set_read("b", False)
    first.set_note("a", "", "mine")
    first.set_note("a", "2.1", "on a point")
    first.save_search("arctic", '{"sort": "title"}')
    first.set_setting("k", "v")
    first.close()
    again = open_state(tmp_path)
    assert again.flagged == {"a"} and again.read == {"a"}
    assert again.notes_of("a") == {"": "mine", "2.1": "on a point"}
    assert again.searches() == {"arctic": '{"sort": "title"}'}
    assert again.setting("k") == "v"
    again.set_note("a", "2.1", "  ")  # empty: deleted
    again.close()
    assert open_state(tmp_path).notes_of("a") == {"": "mine"}


def test_the_schema_has_a_version_table(tmp_path):
    open_state(tmp_path).close()
    open_state(tmp_path).close()  # a second start migrates nothing
    with sqlite3.connect(tmp_path / STATE_FILE) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_a_newer_schema_is_not_touched(tmp_path):
    open_state(tmp_path).close()
    with sqlite3.connect(tmp_path / STATE_FILE) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    newer = open_state(tmp_path)
    assert not newer.kept and "newer briefing-tui" in (newer.notice or "")
    newer.set_flagged("x")  # still works, for this session
    assert newer.is_flagged("x")


def test_notes_are_cleaned_where_they_enter(tmp_path):
    state = open_state(tmp_path)
    state.set_note("a", "", "[bold]x[/] \x1b]52;c;AAAA\x07\u202eevil")
    assert state.note("a") == "[bold]x[/] evil"


def test_two_instances_at_once_keep_both_sides_writes(tmp_path):
    one, two = open_state(tmp_path), open_state(tmp_path)
    for n in range(50):
        one.set_flagged(f"one-{n}")
        two.set_flagged(f"two-{n}")
        two.set_note(f"two-{n}", "", "note")
    one.set_note("shared", "", "from one")
    two.set_read("shared")
    one.close()
    two.close()
    merged = open_state(tmp_path)
    assert merged.flagged == {f"one-{n}" for n in range(50)} | {f"two-{n}" for n in range(50)}
    assert merged.read == {"shared"} and merged.note("shared") == "from one"
    assert len(merged.notes) == 51


def _flag_many(directory: str, prefix: str, count: int) -> None:
    state = open_state(Path(directory))
    for n in range(count):
        state.set_flagged(f"{prefix}-{n}")
        state.set_note(f"{prefix}-{n}", "1", prefix)
    state.close()


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    open_state(tmp_path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_flag_many, args=(str(tmp_path), name, 150)) for name in ("p", "q")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
        assert worker.exitcode == 0
    state = open_state(tmp_path)
    assert len(state.flagged) == 300 and len(state.notes) == 300


def _write_then_hang(directory: str, ready) -> None:
    conn = sqlite3.connect(os.path.join(directory, STATE_FILE), isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO reading (id, flagged, changed) VALUES ('uncommitted', 1, 0)")
    conn.execute("INSERT INTO notes (briefing, point, text, changed) VALUES ('uncommitted', '', 'half', 0)")
    ready.set()
    threading.Event().wait()  # killed here, inside the transaction


def test_a_process_killed_inside_a_transaction_loses_nothing_else(tmp_path):
    before = open_state(tmp_path)
    before.set_flagged("kept")
    before.set_note("kept", "", "safe")
    before.close()
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    child = context.Process(target=_write_then_hang, args=(str(tmp_path), ready))
    child.start()
    assert ready.wait(30)
    os.kill(child.pid, signal.SIGKILL)
    child.join()
    after = open_state(tmp_path)
    assert after.notice is None
    assert after.flagged == {"kept"} and after.notes == {("kept", ""): "safe"}
    after.set_flagged("later")  # the killed writer's lock is gone
    after.close()
    assert open_state(tmp_path).flagged == {"kept", "later"}


def test_a_database_replaced_by_garbage_is_set_aside_and_started_afresh(tmp_path):
    state = open_state(tmp_path)
    state.set_flagged("lost with the file")
    state.close()
    for side in ("-wal", "-shm"):
        (tmp_path / (STATE_FILE + side)).unlink(missing_ok=True)
    garbage = os.urandom(8192)
    (tmp_path / STATE_FILE).write_bytes(garbage)
    fresh = open_state(tmp_path)
    assert fresh.kept and fresh.flagged == set()
    assert "not a database" in (fresh.notice or "") and "damaged" in (fresh.notice or "")
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert [p.read_bytes() for p in aside if not p.name.endswith(("-wal", "-shm"))] == [garbage]
    fresh.set_flagged("new")
    fresh.close()
    assert open_state(tmp_path).flagged == {"new"}


def test_a_read_only_data_folder_gives_a_session_state_and_a_notice(tmp_path, monkeypatch):
    """Simulated (tests run as root, which ignores permissions): the folder's database cannot be opened."""
    real = sqlite3.connect

    def refuse(path, *args, **kwargs):
        if path != ":memory:":
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(state_module.sqlite3, "connect", refuse)
    state = open_state(tmp_path / "data")
    assert not state.kept
    assert "They last only this session" in (state.notice or "")
    state.set_flagged("a")
    state.set_note("a", "", "x")
    assert state.is_flagged("a") and state.note("a") == "x"


def test_an_unwritable_folder_is_a_notice(tmp_path, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(state_module.Path, "mkdir", refuse)
    state = open_state(tmp_path / "no")
    assert not state.kept and "Permission denied" in (state.notice or "")


def test_a_write_that_fails_later_is_reported_and_the_state_goes_on(tmp_path):
    state = open_state(tmp_path)
    problems: list[str] = []
    state.on_problem = problems.append
    state._conn.execute("PRAGMA query_only = ON")  # as a disk gone read-only would refuse writes
    state.set_flagged("a")
    assert problems and "readonly" in problems[0]
    assert state.is_flagged("a")  # the session still shows it


def test_notes_export_and_import_merge_by_briefing_and_point(tmp_path):
    source = open_state(tmp_path / "one")
    source.set_note("a", "", "A")
    source.set_note("a", "3", "A3")
    source.set_note("b", "", "B")
    text = dumps_notes(source)
    target = open_state(tmp_path / "two")
    target.set_note("a", "", "older")
    target.set_note("c", "", "C")
    items = loads_notes(text, "backup.json") + ["junk", {"briefing": 3}]
    result = target.import_notes(items)
    assert (result.added, result.updated, result.unchanged, result.skipped) == (2, 1, 0, 2)
    assert target.notes == {("a", ""): "A", ("a", "3"): "A3", ("b", ""): "B", ("c", ""): "C"}
    assert target.import_notes(loads_notes(text, "backup.json")).unchanged == 3


def test_bad_notes_json_says_where(tmp_path):
    with pytest.raises(StateError, match=r"backup.json:2:2: not valid JSON"):
        loads_notes('{"notes": []\n}}', "backup.json")
    with pytest.raises(StateError, match="expected a JSON object"):
        loads_notes('"x"', "backup.json")


# The filters that use the state (core/query) --------------------------------------------------


def test_unread_and_flagged_filters_and_notes_in_the_search():
    catalog = Catalog.of_briefings(load_paths([BUNDLED]).briefings)
    ids = [r.id for r in catalog.rows]
    personal = Personal(read={ids[0]}, flagged={ids[1], ids[2]}, notes={ids[2]: "zanzibar memo"})
    unread = catalog.matches(Query(reading=frozenset({"unread"})), personal=personal)
    assert ids[0] not in [ids[i] for i in unread] and len(unread) == len(ids) - 1
    flagged = catalog.matches(Query(reading=frozenset({"flagged"})), personal=personal)
    assert [ids[i] for i in flagged] == [ids[1], ids[2]]
    found = catalog.matches(Query(text="zanzi"), personal=personal)
    assert [ids[i] for i in found] == [ids[2]]
    assert catalog.matches(Query(text="zanzi")) == []  # notes are searched only when given
    both = catalog.matches(Query(text="memo zanzibar", reading=frozenset({"flagged"})), personal=personal)
    assert [ids[i] for i in both] == [ids[2]]


def test_a_saved_view_keeps_every_filter_and_ignores_unknown_fields():
    view = View(Query(topics=frozenset({"arctic"}), text="quad", reading=frozenset({"unread"})), "title", True, True)
    assert decode_view(encode_view(view)) == view
    older = decode_view('{"query": {"text": "x", "since": "2020-01-01", "medium": ["call"]}, "sort": "bogus"}')
    assert older == View(Query(text="x", since=dt.date(2020, 1, 1)), "newest")  # "medium" is no field ("media" is)
    dated = View(
        Query(media=frozenset({"telephone"}), since=dt.date(2021, 1, 1), until=dt.date(2021, 12, 31)),
        "counterpart-reverse",
    )
    assert decode_view(encode_view(dated)) == dated
