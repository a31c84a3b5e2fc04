"""The search text keeps each distinct word once, as UTF-8, and answers every search as the full text would."""

from __future__ import annotations

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.core.model.briefing import walk_points
from briefing_tui.core.model.fold import fold
from briefing_tui.core.model.sanitize import clean_line
from briefing_tui.core.query.filtering import Catalog, Query
from briefing_tui.core.store.load import load_paths
from briefing_tui.core.store.rows import row_of, search_text
from support import BUNDLED

BRIEFINGS = load_paths([BUNDLED]).briefings


def full_text(b) -> str:
    """What a reader would search: every field, as written, folded (no case, no accents)."""
    parts = [b.title, b.category, b.venue, b.occasion, b.id or ""]
    for p in b.participants:
        parts.extend((p.name, p.family_name, p.given_name, p.title))
    for _, point in walk_points(b.points):
        parts.extend((point.summary, point.text))
    return fold(clean_line(" ".join(parts)))


def naive(query: str) -> list[int]:
    texts = [full_text(b) for b in BRIEFINGS]
    return [i for i, t in enumerate(texts) if all(w in t for w in fold(query).split())]


CATALOG = Catalog.of_briefings(BRIEFINGS)


def test_each_word_is_kept_once():
    text = search_text(BRIEFINGS[0]).decode()
    words = text.split()
    assert len(words) == len(set(words)) and set(words) == set(full_text(BRIEFINGS[0]).split())


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_substring_of_the_corpus_matches_as_in_the_full_text(data):
    b = BRIEFINGS[data.draw(st.integers(0, len(BRIEFINGS) - 1))]
    text = full_text(b)
    start = data.draw(st.integers(0, len(text) - 1))
    piece = text[start : start + data.draw(st.integers(1, 14))]
    assert CATALOG.matches(Query(text=piece)) == naive(piece)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=12))
def test_any_search_at_all_matches_as_in_the_full_text(query):
    assert CATALOG.matches(Query(text=query)) == naive(query)


def test_accents_curly_quotes_and_other_scripts():
    b = BRIEFINGS[0]
    point = msgspec.structs.replace(b.points[0], summary="Ōsaka’s “Résumé”", text="会談 STRASSE", points=())
    odd = msgspec.structs.replace(b, points=(point,))
    catalog = Catalog.of_briefings([odd])
    for word in ("ōsaka’s", "RÉSUMÉ", "“résumé”", "会談", "straße", "saka’"):
        assert catalog.matches(Query(text=word)) == [0], word
    # Accents are folded away on both sides: "osaka" and "resume" find them too (#13).
    assert catalog.matches(Query(text="osaka")) == [0] == catalog.matches(Query(text="resume"))
    assert isinstance(row_of(odd).text, bytes)
