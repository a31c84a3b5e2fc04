"""Make untrusted text safe to put in front of a terminal, cleaned once where it enters.

Briefing text is data. Rich and Textual never see it as markup (we build
``Text`` / ``Content`` objects), but a raw ESC, an OSC 52 clipboard write or a
bidi override would still act on the terminal, so the loader removes them from
every string of a briefing and of topics.toml (``clean_data``) before anything
validates, checks or shows it. The three cleaners are also what other entry
points (the cache, settings) use; their names are stable.
"""

from __future__ import annotations

import re
from typing import Any

_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST (hyperlinks, clipboard)
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"  # DCS, PM, APC, SOS strings
    r"|\x1b.?"  # any other escape
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # C0 (but \t \n), DEL, C1
    r"|[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"  # bidi overrides, isolates and marks
)

# What each cleaner would change, as one character class (plus, for one-line text, runs of
# spaces and spaces at the ends): a single scan answers "already clean?" for the common case.
# ``str.isprintable`` (false for every one of these characters, and ~10x faster than the scan)
# goes first; for multi-line text, on a copy whose newlines are spaces.
_BAD = r"\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Whitespace str.split() folds, other than the plain space (the C0 and C1 ones are in _BAD).
_SPACES = r"\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_ZERO_WIDTH = r"\u200b-\u200d\u2060\ufeff"
_DIRTY = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_DIRTY_LINE = re.compile(f"[{_BAD}{_SPACES}]")
_DIRTY_KEY = re.compile(f"[{_BAD}{_SPACES}{_ZERO_WIDTH}]")
_ZERO_WIDTH_CHARS = re.compile(f"[{_ZERO_WIDTH}]")


def clean(text: str) -> str:
    """Multi-line text: strip control and escape sequences and bidi controls; tabs become spaces, newlines stay
    (Unicode line and paragraph separators become newlines)."""
    if text.replace("\n", " ").isprintable() or _DIRTY.search(text) is None:
        return text
    return _CONTROL.sub("", text.replace("\t", " ").replace("\u2028", "\n").replace("\u2029", "\n"))


def clean_line(text: str) -> str:
    """One-line text: like ``clean``, and every whitespace run (newlines too) becomes one space, none at the ends."""
    if (text.isprintable() or _DIRTY_LINE.search(text) is None) and "  " not in text and text.strip() == text:
        return text
    return " ".join(clean(text).split())


def clean_key(text: str) -> str:
    """Ids, keys, topics, labels, zones: like ``clean_line``, and zero-width characters go too."""
    if (text.isprintable() or _DIRTY_KEY.search(text) is None) and "  " not in text and text.strip() == text:
        return text
    return clean_line(_ZERO_WIDTH_CHARS.sub("", text))


#: Fields whose strings are names of things (matched, filtered, compared): cleaned with ``clean_key``.
KEY_FIELDS = frozenset(
    {
        "id",
        "key",
        "country",
        "home_zone",
        "zone",
        "kind",
        "outcome",
        "refers_to",
        "actors",
        "topics",
        "label",
        "group",
        "aliases",
    }
)


def clean_data(data: dict[str, Any]) -> dict[str, Any]:
    """Clean every string of a parsed briefing or topics.toml, in place; returns ``data``.

    Runs on tomli's output before msgspec validates it, so validation, the checks and
    ``check`` all see exactly what the app will show. A point's ``text`` keeps its lines;
    ``KEY_FIELDS`` lose zero-width characters too; every other string is one line.
    Table keys are left alone: a key that is not a field is an error anyway, and its
    message is cleaned where it is shown.
    """
    _clean_table(data, False)
    return data


def _clean_table(table: dict[str, Any], point: bool) -> None:
    # Hot: ~100 strings a briefing, nearly all clean. Inlined so a clean string costs a
    # type check and one ``isprintable``; the cleaners decide only for the others.
    for name, value in table.items():
        kind = type(value)
        if kind is dict:
            _clean_table(value, False)
            continue
        if kind is not str and kind is not list:
            continue
        fix = clean if point and name == "text" else clean_key if name in KEY_FIELDS else clean_line
        if kind is str:
            if not (fix is not clean and value.isprintable() and "  " not in value and value.strip() == value):
                cleaned = fix(value)
                if cleaned != value:
                    table[name] = cleaned
            continue
        points = name == "points"
        for i, item in enumerate(value):
            if type(item) is str:
                if not (item.isprintable() and "  " not in item and item.strip() == item):
                    cleaned = fix(item)
                    if cleaned != item:
                        value[i] = cleaned
            elif type(item) is dict:
                _clean_table(item, points)
            elif type(item) is list:
                _clean_table({name: item}, point)  # an array of arrays: rare, so the simple way
