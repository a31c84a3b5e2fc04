"""Each hand-written readout imports to its expected extraction, and the TOML loads cleanly.

The readouts in tests/importer/readouts/ are invented meetings written in the catalogue's
styles (MOFA, US State "Readout", Global Affairs Canada), one for each edge case in
../shared/domain/patterns.md §8 and the main forms of §2-§7; nothing is copied from a source.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import tomli
from importer_accuracy import (
    FIELDS,
    cases,
    extract_case,
    field_checks,
    table,
    vocabulary,
)

from briefing_tui.core.store.parse import parse_briefing

CASES = cases()
PARTICIPANT_KEYS = ("name", "key", "country", "family_name", "given_name", "honorific", "title")


def test_there_are_enough_readouts():
    assert len(CASES) >= 10
    styles = {path.name.split("-")[1] for path, _ in CASES}
    assert {"mofa", "state", "gac"} <= styles


@pytest.mark.parametrize(("path", "expected"), CASES, ids=[p.stem for p, _ in CASES])
def test_readout_extraction(path: Path, expected: dict):
    result = extract_case(path)
    draft = result.draft
    wrong = [f for f, ok in field_checks(draft, expected).items() if not ok]
    assert wrong == [], f"{path.name}: wrong {wrong}\n{result.toml}"
    for key in ("title", "category", "published", "venue", "occasion"):
        if key in expected:
            assert getattr(draft, key) == expected[key], key
    if "outcomes" in expected:
        assert [p.outcome for p in draft.points] == expected["outcomes"]
    if "sub_point_counts" in expected:
        assert [len(p.points) for p in draft.points] == expected["sub_point_counts"]
    if "first_actors" in expected:
        assert draft.points[0].actors == expected["first_actors"]
    if "actors" in expected:
        assert [p.actors for p in draft.points] == expected["actors"]
    if "sub_outcomes" in expected:
        assert [[s.outcome for s in p.points] for p in draft.points] == expected["sub_outcomes"]
    if "sub_actors" in expected:
        assert [[s.actors for s in p.points] for p in draft.points] == expected["sub_actors"]
    if "zone_guess" in expected:
        assert expected["zone_guess"] in draft.guesses.get("time.zone", ""), draft.guesses
    if "filename" in expected:
        assert result.filename == expected["filename"]
    if "id" in expected:
        assert draft.id == expected["id"]
    if "stated_times" in expected:
        got = [{"time": s.time, "zone": s.zone, "refers_to": s.refers_to} for s in draft.stated_times]
        assert got == expected["stated_times"]
    for want, got in zip(expected["participants"], draft.participants, strict=True):
        for key in PARTICIPANT_KEYS:
            if key in want:
                assert getattr(got, key) == want[key], (want["name"], key)


@pytest.mark.parametrize(("path", "expected"), CASES, ids=[p.stem for p, _ in CASES])
def test_readout_toml_loads_without_problems(path: Path, expected: dict):
    result = extract_case(path)
    tomli.loads(result.toml)
    briefing, problems = parse_briefing(Path(result.filename), result.toml, vocabulary())
    assert problems == [], [str(p) for p in problems]
    assert briefing.date == expected["date"]
    # Stated times agree with the conversion (the loader's check) and are not empty.
    assert len(briefing.stated_times) == len(expected.get("stated_times", briefing.stated_times))


def test_field_accuracy_meets_the_target(capsys):
    rows = [(path.stem, field_checks(extract_case(path).draft, expected)) for path, expected in CASES]
    report = table(rows)
    with capsys.disabled():
        print("\n" + report)
    for f in FIELDS:
        share = sum(r[f] for _, r in rows) / len(rows)
        assert share >= 0.9, report
