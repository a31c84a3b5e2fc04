"""The palette's matching ignores accents, and still highlights the original text."""

from __future__ import annotations

from textual.fuzzy import Matcher

from briefing_tui.app.fuzzy import fold_match
from briefing_tui.core.model.fold import fold


def test_an_unaccented_query_finds_and_highlights_accented_text():
    """#13: the palette (filters, commands, zones) found "Côte d'Ivoire" only when typed with its accent."""
    title = "Filter by country: Côte d’Ivoire (2)"
    score, prompt = fold_match(Matcher(fold("cote")), title)
    assert score > 0 and prompt.plain == title
    assert [prompt.plain[span.start : span.end] for span in prompt.spans] == list("Côte")
    assert fold_match(Matcher(fold("CÔTE")), title)[0] == score
    assert fold_match(Matcher(fold("tokyo")), title)[0] == 0
    # A ligature folds to two letters: still found, shown unhighlighted rather than misplaced.
    score, prompt = fold_match(Matcher(fold("fin")), "Filter: ﬁnance")
    assert score > 0 and prompt.plain == "Filter: ﬁnance"
