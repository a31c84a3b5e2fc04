"""The suggested file name and id: "2024-01-13-japan-canada-montreal", "mofa-20240113-...".

Names follow the bundled briefings: the date, the countries (short words), the medium for
calls and video conferences, and the venue city, so a folder listing reads like an index.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing_tui.core.importer import places
from briefing_tui.core.importer.names import Person, ascii_slug

_SLUG_NAMES = {"US": "us", "GB": "uk", "KR": "rok", "EU": "eu", "CN": "china", "KP": "dprk", "RU": "russia", "VN": "vietnam"}
_KIND_WORDS = {"telephone-talk": "telephone", "video-conference": "video", "summit": "summit", "working-meal": "working-meal"}


def file_stem(date: dt.date, people: list[Person], kind: str, venue: str, title: str) -> str:
    codes = list(dict.fromkeys(p.country for p in people))
    if 2 <= len(codes) <= 3:
        words = [_SLUG_NAMES.get(c) or ascii_slug(places.display_name(c)) for c in codes]
    else:
        words = [ascii_slug(" ".join(re.sub(r"[^\w\s-]", "", title).split()[:4]))]
    if kind in _KIND_WORDS:
        words.append(_KIND_WORDS[kind])
    if venue:
        words.append(ascii_slug(venue.split(",")[0]))
    slug = "-".join(w for w in words if w)[:80].strip("-") or "readout"
    return f"{date:%Y-%m-%d}-{slug}"


def briefing_id(publisher_short: str, stem: str) -> str:
    """"mofa-20240113-japan-canada-montreal" from the stem; empty if it would not be a slug."""
    ident = f"{publisher_short}-{stem[:10].replace('-', '')}-{stem[11:]}".strip("-")
    return ident if re.fullmatch(r"[a-z0-9][a-z0-9-]*", ident) else ""
