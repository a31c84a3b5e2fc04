"""Text folded so that a case-sensitive search for lower-case ASCII finds what IGNORECASE finds.

The importer's prefilters (a phrase's words, a verb's first word) look for lower-case ASCII in a
folded copy of the text. ``str.lower`` alone is not enough: IGNORECASE also matches "ı", "İ",
"ſ" and the Kelvin sign to ASCII letters (found by trying every code point; a test checks it).
The fold keeps every character's position, and whether it is a word character.
"""

from __future__ import annotations

_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` in lower case, with IGNORECASE's non-ASCII equivalents of ASCII letters mapped to them."""
    return text.translate(_TO_ASCII).lower()
