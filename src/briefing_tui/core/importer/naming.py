"""The suggested file name and id: "2024-01-13-japan-canada-montreal", "mofa-20240113-...".

Names follow the bundled briefings: the date, the countries (short words), the medium for
calls and video conferences, and the venue city, so a folder listing reads like an index.
Four or more countries are written as ISO codes ("jp-au-ph-us"), or by the group's name when
they are exactly a known group ("quad"); a meeting whose title names no countries ("G7 Foreign
Ministers' Meeting") is named by the title's first words. The part after the date is at most
``MAX_SLUG`` characters, cut at a word, so that the stem and the id stay within 60 characters.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing_tui.core.importer import places
from briefing_tui.core.importer.names import Person, ascii_slug

_SLUG_NAMES = {
    "US": "us",
    "GB": "uk",
    "KR": "rok",
    "EU": "eu",
    "CN": "china",
    "KP": "dprk",
    "RU": "russia",
    "VN": "vietnam",
}
_KIND_WORDS = {
    "telephone-talk": "telephone",
    "video-conference": "video",
    "summit": "summit",
    "working-meal": "working-meal",
}
# Groups whose members make up the whole meeting, named as the bundled briefings name them.
_GROUPS = {frozenset({"JP", "AU", "IN", "US"}): "quad"}
# "kantei-20240113-" is 16 characters; 16 + 44 = 60, and the stem's "2024-01-13-" is shorter.
MAX_SLUG = 44


def _country_words(codes: list[str], title: str) -> list[str]:
    group = _GROUPS.get(frozenset(codes))
    if group and len(codes) >= 3:
        return [group]
    if 2 <= len(codes) <= 3:
        # (a name's other form in brackets is left out: "Myanmar (Burma)" is "myanmar")
        words = [_SLUG_NAMES.get(c) or ascii_slug(re.sub(r"\s*\([^()]*\)", "", places.display_name(c))) for c in codes]
        if len("-".join(words)) <= MAX_SLUG // 2 + 6:
            return words
        return [c.lower() for c in codes]
    if len(codes) >= 4 and places.countries_in_title(title):
        return [c.lower() for c in codes]
    return [ascii_slug(" ".join(re.sub(r"[^\w\s-]", "", title).split()[:4]))]


def _cut(slug: str, limit: int) -> str:
    """``slug`` cut at a hyphen so that it is at most ``limit`` characters."""
    if len(slug) <= limit:
        return slug
    cut = slug[: limit + 1]
    return (cut[: cut.rfind("-")] if "-" in cut else cut[:limit]).strip("-")


def file_stem(date: dt.date, people: list[Person], kind: str, venue: str, title: str) -> str:
    codes = list(dict.fromkeys(p.country for p in people))
    head = [w for w in _country_words(codes, title) if w]
    tail = []
    taken = set("-".join(head).split("-"))
    if kind in _KIND_WORDS and _KIND_WORDS[kind] not in taken:
        tail.append(_KIND_WORDS[kind])
    city = ascii_slug(venue.split(",")[0]) if venue else ""
    if city and city not in head and not (set(city.split("-")) <= taken and places.country_code(venue.split(",")[0])):
        tail.append(city)
    slug = "-".join(head + tail)
    if len(slug) > MAX_SLUG:
        rest = "-".join(tail)
        room = MAX_SLUG - len(rest) - 1
        slug = f"{_cut('-'.join(head), room)}-{rest}" if rest and room >= 8 else _cut(slug, MAX_SLUG)
    return f"{date:%Y-%m-%d}-{slug.strip('-') or 'readout'}"


def briefing_id(publisher_short: str, stem: str) -> str:
    """ "mofa-20240113-japan-canada-montreal" from the stem; empty if it would not be a slug."""
    ident = f"{publisher_short}-{stem[:10].replace('-', '')}-{stem[11:]}".strip("-")
    return ident if re.fullmatch(r"[a-z0-9][a-z0-9-]*", ident) else ""
