"""TOML's own compliance suite, read in place from ../shared (never copied here)."""

from __future__ import annotations

import re

from briefing_tui.core.store.load import load_paths
from briefing_tui.core.store.parse import load_file
from support import BUNDLED, SHARED, needs_shared

SUITE = SHARED / "toml-test" / "tests"
LOCATED = re.compile(r"^.+\.toml:\d+:\d+: error: .+")


@needs_shared
def test_every_invalid_file_is_rejected_with_a_location():
    files = sorted((SUITE / "invalid").rglob("*.toml"))
    assert len(files) >= 500
    rejected = 0
    for path in files:
        briefing, problems = load_file(path)
        assert briefing is None, path
        assert problems and all(LOCATED.match(str(p)) for p in problems), (path, problems)
        rejected += 1
    assert rejected == len(files)


@needs_shared
def test_invalid_suite_beside_valid_briefings_still_loads_the_briefings():
    result = load_paths([SUITE / "invalid", BUNDLED])
    assert len(result.entries) == len(list(BUNDLED.glob("*.toml"))) - 1  # minus topics.toml
    assert len(result.errors) >= 500


@needs_shared
def test_every_valid_file_parses_or_fails_schema_cleanly():
    files = sorted((SUITE / "valid").rglob("*.toml"))
    assert len(files) >= 200
    for path in files:
        briefing, problems = load_file(path)
        # These are valid TOML but not briefings: the failure must be about the schema.
        assert briefing is None and problems, path
        assert not problems[0].message.startswith("invalid TOML"), (path, problems[0])
        assert LOCATED.match(str(problems[0])), problems[0]


@needs_shared
def test_worker_processes_judge_the_suite_as_the_app_does(monkeypatch):
    """A large folder is parsed in worker processes with toml-rs first: every file of the suite
    must get exactly the outcome it gets parsed here with tomli (same errors, same positions)."""
    from briefing_tui.core.store import load as loader
    from briefing_tui.core.store import workers

    here = load_paths([SUITE / "invalid", SUITE / "valid", BUNDLED])
    monkeypatch.setattr(loader, "PARALLEL_MIN", 10)
    monkeypatch.setattr(workers, "FIRST_HERE", 3)
    monkeypatch.setattr(loader.os, "cpu_count", lambda: 2)
    there = load_paths([SUITE / "invalid", SUITE / "valid", BUNDLED])
    assert there.workers == 2
    assert [str(p) for p in there.problems] == [str(p) for p in here.problems]
    assert [(e.path, e.row) for e in there.entries] == [(e.path, e.row) for e in here.entries]
