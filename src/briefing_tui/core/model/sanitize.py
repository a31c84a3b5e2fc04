"""Make untrusted briefing text safe to put in front of a terminal.

Briefing text is data. Rich and Textual never see it as markup (we build
``Text`` objects), but a raw ESC, an OSC 52 clipboard write or a bidi override
would still act on the terminal, so they are removed before rendering.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST (hyperlinks, clipboard)
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"  # DCS, PM, APC, SOS strings
    r"|\x1b.?"  # any other escape
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # C0 (but \t \n), DEL, C1
    r"|[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"  # bidi overrides, isolates and marks
)


def clean(text: str) -> str:
    """Strip control and escape sequences; tabs become spaces, newlines stay."""
    if text.isprintable():
        return text
    return _CONTROL.sub("", text.replace("\t", " "))


def clean_line(text: str) -> str:
    """Like ``clean`` but folds all whitespace runs to single spaces, for one-line fields."""
    return " ".join(clean(text).split())
