"""Importing the seed readout's text reproduces the facts of the bundled seed briefing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tomli

from briefing_tui.core.importer import import_readout
from briefing_tui.core.store.parse import load_file, load_vocabulary, parse_briefing
from support import BUNDLED, SEED, SHARED, needs_shared

SEED_TEXT = SHARED / "seed" / "japan-canada-foreign-ministers-2024-01-13.txt"


@pytest.fixture(scope="module")
def vocabulary():
    vocab, problems = load_vocabulary(BUNDLED / "topics.toml")
    assert not problems
    return vocab


@pytest.fixture(scope="module")
def bundled(vocabulary):
    briefing, problems = load_file(SEED, vocabulary)
    assert briefing is not None, problems
    return briefing


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _check_facts(result, bundled, vocabulary):
    draft = result.draft
    assert draft.date == bundled.date
    assert draft.published == bundled.published
    assert draft.title == bundled.title and draft.category == bundled.category
    assert draft.kind == bundled.kind
    assert draft.venue == bundled.venue and draft.occasion == bundled.occasion
    assert draft.zone == bundled.time.zone
    assert draft.start == bundled.time.start and draft.start_approximate == bundled.time.start_approximate
    assert draft.duration_minutes == bundled.time.duration_minutes
    assert draft.duration_approximate == bundled.time.duration_approximate
    assert [(s.time, s.zone, s.refers_to, s.text) for s in draft.stated_times] == [
        (s.time, s.zone, s.refers_to, s.text) for s in bundled.stated_times
    ]
    fields = ("key", "name", "family_name", "given_name", "honorific", "title", "country")
    assert [tuple(getattr(p, f) for f in fields) for p in draft.participants] == [
        tuple(getattr(p, f) for f in fields) for p in bundled.participants
    ]
    # All 8 top-level points, in order, with the bundled outcome classes, actors and text.
    assert len(draft.points) == len(bundled.points) == 8
    assert [p.outcome for p in draft.points] == [p.outcome for p in bundled.points]
    assert [p.actors for p in draft.points] == [list(p.actors) for p in bundled.points]
    assert [_flat(p.text) for p in draft.points] == [_flat(p.text) for p in bundled.points]
    for mine, theirs in zip(draft.points, bundled.points, strict=True):
        assert set(mine.topics) & set(theirs.topics), (mine.topics, theirs.topics)
    # The TOML loads with no problem at all (the stated Japan time agrees with the conversion).
    briefing, problems = parse_briefing(Path(result.filename), result.toml, vocabulary)
    assert problems == []
    assert briefing.time == bundled.time and briefing.participants == bundled.participants


@needs_shared
def test_seed_text_reproduces_the_bundled_seed(bundled, vocabulary):
    if not SEED_TEXT.is_file():
        pytest.skip("the seed readout text is not in ../shared/seed")
    result = import_readout(SEED_TEXT.read_text(encoding="utf-8"), vocabulary=vocabulary, source_name=SEED_TEXT.name)
    _check_facts(result, bundled, vocabulary)
    assert result.filename == SEED.name
    assert result.draft.id.startswith("mofa-20240113-")


def _readout_from(bundled) -> str:
    """A MOFA-style page rebuilt from the bundled briefing's own fields (no outside text)."""
    kamikawa, joly = bundled.participants
    stated = bundled.stated_times[0]
    start = bundled.time.start
    day = f"{bundled.date:%B} {bundled.date.day}th"
    lead = (
        f"On {day}, commencing at {start:%-I:%M} a.m. (local time; {stated.text}), for approximately "
        f"{bundled.time.duration_minutes} minutes, {kamikawa.name}, {kamikawa.title} of Japan, who was visiting "
        f"{bundled.venue}, held a meeting with {joly.name}, {joly.title} of Canada. The overview of the meeting is as follows."
    )
    header = [
        bundled.category,
        bundled.title,
        f"{bundled.published:%B} {bundled.published.day}, {bundled.published.year}",
        "",
    ]
    points = [f"- {_flat(p.text)}" for p in bundled.points]
    return "\n".join(header + [lead] + points + ["Back to Japan-Canada Relations"]) + "\n"


def test_seed_rebuilt_from_the_bundle_imports_to_the_same_facts(bundled, vocabulary):
    """Runs without ../shared: the header and opening line are rebuilt from the bundled fields."""
    text = _readout_from(bundled)
    result = import_readout(text, vocabulary=vocabulary, source_name="rebuilt.txt")
    _check_facts(result, bundled, vocabulary)
    tomli.loads(result.toml)
