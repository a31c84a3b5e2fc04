"""Topics a point mentions, matched against the vocabulary's labels and aliases.

Longer phrases win ("Free and Open Indo-Pacific" before "Indo-Pacific", "East China Sea"
before "China"), and short all-capital aliases ("ECS", "WPS") match only in capitals, so a
common word is not mistaken for an acronym.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.core.model.topics import Vocabulary

_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9-]{1,9})\)")


def _phrases(vocabulary: Vocabulary) -> tuple[tuple[re.Pattern[str], str], ...]:
    pairs: dict[str, str] = {}
    for slug, topic in vocabulary.topics.items():
        for phrase in (topic.label, *topic.aliases):
            pairs.setdefault(phrase, slug)
    return _compile(tuple(pairs.items()))


@lru_cache(maxsize=8)
def _compile(items: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    pairs = dict(items)
    out = []
    for phrase in sorted(pairs, key=len, reverse=True):
        acronym = phrase.isupper() and len(phrase) <= 6
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        plural = "" if not phrase[-1:].isalpha() else r"(?:s|es)?"
        flags = 0 if acronym else re.IGNORECASE
        out.append((re.compile(rf"(?<![\w-]){body}{plural}(?![\w-])", flags), pairs[phrase]))
    return tuple(out)


def topics_in(text: str, vocabulary: Vocabulary | None) -> list[str]:
    """Slugs of the topics ``text`` names, in the order they first appear."""
    if not vocabulary:
        return []
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []
    for pattern, slug in _phrases(vocabulary):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            # "Trans-Pacific Partnership (CPTPP)": the acronym in brackets names the topic.
            acronym = _ACRONYM.match(text, m.end())
            if acronym:
                slug_in_brackets = vocabulary.resolve(acronym.group(1))
                if slug_in_brackets:
                    taken.append((m.start(), acronym.end()))
                    found.append((m.start(), slug_in_brackets))
                    continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), slug))
    found.sort()
    return list(dict.fromkeys(slug for _, slug in found))
