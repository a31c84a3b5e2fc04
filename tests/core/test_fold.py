"""Accent- and case-insensitive search: "melanie" finds "Mélanie", on both sides."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from briefing_tui.core.model.fold import fold


def slow_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_accents_and_case_fold_away():
    assert fold("Mélanie JOLY") == "melanie joly"
    assert fold("São Tomé, Côte d’Ivoire, Straße, Ｔｏｋｙｏ") == "sao tome, cote d’ivoire, strasse, tokyo"
    assert fold("Mélanie") == fold("Me\u0301lanie")  # precomposed or not


@given(st.text())
def test_folding_the_non_ascii_runs_alone_is_folding_the_whole(text):
    assert fold(text) == slow_fold(text)


def test_every_search_folds_both_sides():
    """The catalog, the points index and the per-point digest find "melanie" as "Mélanie"."""
    from briefing_tui.core.query.digest import DigestFilter, build_digest
    from briefing_tui.core.query.filtering import Catalog, Query
    from briefing_tui.core.query.points import PointCatalog
    from briefing_tui.core.store.load import load_paths
    from support import BUNDLED

    briefings = load_paths([BUNDLED]).briefings
    catalog = Catalog.of_briefings(briefings)
    accented = catalog.matches(Query(text="Mélanie"))
    assert accented and catalog.matches(Query(text="melanie")) == accented == catalog.matches(
        Query(text="MELANIÉ"[:-1] + "E")
    )
    points = PointCatalog(briefings)
    every = range(len(briefings))

    def listed(text: str) -> list[int]:
        return [p for s in points.select(every, text=text) for p in s.point_ids()]

    assert listed("melanie joly") == listed("Mélanie Joly") != []
    assert listed("montreal") == listed("Montréal") != []
    digest = build_digest(briefings, DigestFilter(text="melanie", per_point=True), "UTC")
    assert (
        digest.point_count
        == build_digest(briefings, DigestFilter(text="Mélanie", per_point=True), "UTC").point_count
        > 0
    )
