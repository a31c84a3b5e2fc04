"""Palette matching that ignores accents: "cote" finds "Côte d'Ivoire", "melanie" finds "Mélanie".

Textual's fuzzy matcher ignores case only. The query and each candidate are folded
(``core.model.fold``) before matching; the highlight is carried back onto the
original text when folding kept its length (one character for one: accents),
else the original text is shown unhighlighted.
"""

from __future__ import annotations

from textual.content import Content
from textual.fuzzy import Matcher

from briefing_tui.core.model.fold import fold


def fold_match(matcher: Matcher, text: str) -> tuple[float, Content]:
    """The matcher's score for ``text`` folded (0: no match), and ``text`` highlighted where it matched.

    ``matcher`` must have been made from a folded query.
    """
    folded = fold(text)
    score = matcher.match(folded)
    if score <= 0:
        return 0, Content(text)
    if len(folded) != len(text):
        return score, Content(text)
    return score, Content(text, spans=list(matcher.highlight(folded).spans))
