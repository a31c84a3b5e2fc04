"""Topics a point mentions, matched against the vocabulary's labels and aliases.

Longer phrases win ("Free and Open Indo-Pacific" before "Indo-Pacific", "East China Sea"
before "China"), and short all-capital aliases ("ECS", "WPS") match only in capitals, so a
common word is not mistaken for an acronym.

A vocabulary has hundreds of phrases and a readout can have thousands of points, so a phrase's
pattern runs only on a text that holds its longest word (an index of the text's words): the
result is the same as running every pattern, at a cost that grows with the text rather than
with the text times the vocabulary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.core.importer.folding import fold
from briefing_tui.core.importer.spans import Taken
from briefing_tui.core.model.topics import Vocabulary

_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9-]{1,9})\)")


def _phrases(vocabulary: Vocabulary) -> tuple[tuple[str, int, str, str], ...]:
    pairs: dict[str, str] = {}
    for slug, topic in vocabulary.topics.items():
        for phrase in (topic.label, *topic.aliases):
            pairs.setdefault(phrase, slug)
    return _compile(tuple(pairs.items()))


_WORD = re.compile(r"\w+")


def _word_keys(text: str) -> set[str]:
    """The keys of the words in ``text``: folded as IGNORECASE folds them to ASCII."""
    return set(fold(" ".join(_WORD.findall(text))).split(" "))


def _phrase_words(phrase: str) -> list[tuple[str, ...]]:
    """For each word of ``phrase`` that a match must hold as a whole word of the text, the keys
    it may have there (the last word may take a plural ending). A word's neighbours in the
    pattern are spaces, punctuation or a word boundary, so it is a whole word of the text; a
    word that is not ASCII, or has non-ASCII neighbours, is left out (IGNORECASE has more
    equivalents there)."""
    out: list[tuple[str, ...]] = []
    for m in _WORD.finditer(phrase):
        if not phrase[max(m.start() - 1, 0) : m.end() + 1].isascii():
            continue
        word = m.group().lower()
        if m.end() == len(phrase) and phrase[-1].isalpha():
            out.append((word, f"{word}s", f"{word}es"))
        else:
            out.append((word,))
    return out


class _Table:
    """The phrase patterns in priority order, indexed by the keys of their longest word."""

    def __init__(self, patterns: tuple[tuple[str, int, str, str], ...]) -> None:
        self.patterns = patterns  # (regex, flags, slug, phrase), longest phrase first
        self.compiled: dict[int, re.Pattern[str]] = {}  # compiled when first a candidate (most never are)
        self.always: list[int] = []  # patterns no word of which can be told
        self.by_key: dict[str, list[int]] = {}
        self.needs: list[tuple[frozenset[str], tuple[str, ...]]] = []  # (whole words, the last word's forms)
        for i, (_, _, _, phrase) in enumerate(patterns):
            words = _phrase_words(phrase)
            last = words.pop() if words and len(words[-1]) > 1 else ()
            self.needs.append((frozenset(w for (w,) in words), last))
            if not words and not last:
                self.always.append(i)
                continue
            for key in max([*words, last], key=lambda forms: len(forms[0]) if forms else -1):
                self.by_key.setdefault(key, []).append(i)
        self.keys = set(self.by_key)

    def pattern(self, i: int) -> re.Pattern[str]:
        found = self.compiled.get(i)
        if found is None:
            regex, flags, _, _ = self.patterns[i]
            found = self.compiled[i] = re.compile(regex, flags)
        return found

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns that can match ``text``, in priority order."""
        found = set(self.always)
        keys = _word_keys(text)
        for key in self.keys & keys:
            for i in self.by_key[key]:
                whole, last = self.needs[i]
                if whole <= keys and (not last or not keys.isdisjoint(last)):
                    found.add(i)
        return sorted(found)


_last: tuple[Vocabulary, _Table] | None = None


def _table(vocabulary: Vocabulary) -> _Table:
    """The table for ``vocabulary``, kept for the next point (one import uses one vocabulary)."""
    global _last
    if _last is None or _last[0] is not vocabulary:
        _last = (vocabulary, _Table(_phrases(vocabulary)))
    return _last[1]


@lru_cache(maxsize=8)
def _compile(items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, int, str, str], ...]:
    """Each phrase's regex and flags, longest first; compiling all of them (~300) cost ~60 ms an
    import, so ``_Table.pattern`` compiles only those a text can match."""
    pairs = dict(items)
    out = []
    for phrase in sorted(pairs, key=len, reverse=True):
        acronym = phrase.isupper() and len(phrase) <= 6
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        plural = "" if not phrase[-1:].isalpha() else r"(?:s|es)?"
        flags = 0 if acronym else re.IGNORECASE
        out.append((rf"(?<![\w-]){body}{plural}(?![\w-])", flags, pairs[phrase], phrase))
    return tuple(out)


def topics_in(text: str, vocabulary: Vocabulary | None) -> list[str]:
    """Slugs of the topics ``text`` names, in the order they first appear."""
    if not vocabulary:
        return []
    taken = Taken(len(text))
    found: list[tuple[int, str]] = []
    table = _table(vocabulary)
    for i in table.candidates(text):
        slug = table.patterns[i][2]
        for m in table.pattern(i).finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            # "Trans-Pacific Partnership (CPTPP)": the acronym in brackets names the topic.
            acronym = _ACRONYM.match(text, m.end())
            if acronym:
                slug_in_brackets = vocabulary.resolve(acronym.group(1))
                if slug_in_brackets:
                    taken.add(m.start(), acronym.end())
                    found.append((m.start(), slug_in_brackets))
                    continue
            taken.add(m.start(), m.end())
            found.append((m.start(), slug))
    found.sort()
    return list(dict.fromkeys(slug for _, slug in found))
