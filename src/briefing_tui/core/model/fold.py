"""Search folding: case and accents are ignored alike, so "melanie" finds "Mélanie".

Casefold, then NFKD, then drop the combining marks (the accents NFKD split off).
Briefing text is folded once, where search texts are built at load; a keystroke
folds only the words typed. Most text is ASCII, which needs only ``casefold``;
elsewhere only the runs of non-ASCII characters go through ``unicodedata``
(decomposition and mark removal work character by character, so folding the runs
alone gives the same text as folding the whole).
"""

from __future__ import annotations

import re
import unicodedata

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """``text`` casefolded, compatibility-decomposed, without combining marks."""
    text = text.casefold()
    if text.isascii():
        return text
    return _NON_ASCII.sub(_fold_run, text)


def _fold_run(match: re.Match[str]) -> str:
    combining = unicodedata.combining
    return "".join([c for c in unicodedata.normalize("NFKD", match.group()) if not combining(c)])
