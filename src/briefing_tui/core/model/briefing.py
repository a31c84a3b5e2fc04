"""The briefing schema (version 2; version 1 still loads) as immutable msgspec Structs.

The Structs *are* the schema: the loader validates parsed TOML by converting it
into these types, so the documentation in docs/schema.md and this file must
agree. Everything is frozen so a loaded collection can be shared by the UI,
worker threads and caches without defensive copies.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import msgspec

from briefing_tui.core.model.organisations import ORGANISATIONS

SCHEMA_VERSION = 2
#: Every briefing schema this version reads: a version 1 file has no ``medium`` (derived from ``kind``).
SCHEMA_VERSIONS = (1, 2)

Kind = Literal[
    "bilateral-meeting",
    "telephone-talk",
    "video-conference",
    "summit",
    "multilateral-meeting",
    "working-meal",
]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]
#: How each kind is named on screen and in memos.
KIND_LABELS = {
    "bilateral-meeting": "Bilateral meeting",
    "telephone-talk": "Telephone talk",
    "video-conference": "Video conference",
    "summit": "Summit",
    "multilateral-meeting": "Multilateral meeting",
    "working-meal": "Working meal",
}

Medium = Literal["in-person", "telephone", "video"]
MEDIA: tuple[str, ...] = Medium.__args__  # type: ignore[attr-defined]
MEDIUM_LABELS = {"in-person": "In person", "telephone": "Telephone", "video": "Video"}
#: A version 1 file's medium, from its kind: a multilateral call must state ``medium`` (schema 2).
KIND_MEDIA = {"telephone-talk": "telephone", "video-conference": "video"}

Outcome = Literal[
    "agreed",
    "confirmed",
    "welcomed",
    "discussed",
    "stated",
    "explained",
    "expressed",
    "requested",
    "announced",
    "noted",
    "condemned",
]
OUTCOMES: tuple[str, ...] = Outcome.__args__  # type: ignore[attr-defined]

#: Outcomes both (all) sides reached together: these stand out in every view.
JOINT_OUTCOMES = frozenset({"agreed", "confirmed"})

#: Actor words that mean "every participant".
COLLECTIVE_ACTORS = frozenset({"both", "all"})

NonEmpty = Annotated[str, msgspec.Meta(min_length=1)]
LocalDateTime = Annotated[dt.datetime, msgspec.Meta(tz=False)]
# A week is already an absurd meeting; anything longer is a typo.
Minutes = Annotated[int, msgspec.Meta(ge=1, le=7 * 24 * 60)]
# An ISO 3166 alpha-2 code, or an organisation's (organisations.py): which ones exist, checks.py says.
CountryCode = Annotated[
    str, msgspec.Meta(pattern="^(?:[A-Z]{2}|" + "|".join(o.code for o in ORGANISATIONS if len(o.code) > 2) + ")$")
]
Slug = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9][a-z0-9-]*$")]


class _Base(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, frozen=True):
    pass


class Time(_Base, kw_only=True, frozen=True):
    """When the meeting happened: a local wall time in the venue's zone."""

    zone: NonEmpty
    start: LocalDateTime | None = None
    start_approximate: bool = False
    duration_minutes: Minutes | None = None
    duration_approximate: bool = False
    # For a wall time that occurs twice (a DST fold): 0 = first, 1 = second; None = not said
    # (the first is used, and check warns that the file should say).
    fold: Literal[0, 1] | None = None


class StatedTime(_Base, kw_only=True, frozen=True):
    """A time the readout itself gives in another zone; checked, never trusted."""

    time: LocalDateTime
    zone: NonEmpty
    refers_to: Literal["start", "end"] = "start"
    text: str = ""


class Participant(_Base, kw_only=True, frozen=True):
    key: Slug
    name: NonEmpty
    family_name: str = ""
    given_name: str = ""
    honorific: str = ""
    title: str = ""
    country: CountryCode
    home_zone: str | None = None


class Point(_Base, kw_only=True, frozen=True):
    text: NonEmpty
    outcome: Outcome
    summary: str = ""
    actors: tuple[str, ...] = ()
    # Never empty: an empty topic has no label, no slug and no place in the filters.
    topics: tuple[NonEmpty, ...] = ()
    points: tuple[Point, ...] = ()


class Briefing(_Base, kw_only=True, frozen=True):
    schema: Literal[1, 2]
    title: NonEmpty
    kind: Kind
    #: How the meeting was held, whatever its kind (a multilateral telephone meeting); see ``medium_of``.
    medium: Medium | None = None
    date: dt.date
    time: Time
    id: Slug | None = None
    category: str = ""
    published: dt.date | None = None
    publisher: str = ""
    source_url: str = ""
    venue: str = ""
    occasion: str = ""
    stated_times: tuple[StatedTime, ...] = ()
    participants: tuple[Participant, ...] = ()
    points: tuple[Point, ...] = ()


class Topic(_Base, kw_only=True, frozen=True):
    label: NonEmpty
    group: Literal["region", "theme"]
    aliases: tuple[NonEmpty, ...] = ()


class TopicFile(_Base, kw_only=True, frozen=True):
    schema: Literal[1]
    topic: dict[Slug, Topic]


def medium_of(b: Briefing) -> str:
    """The stated medium, else the one the kind implies (telephone talk, video conference, else in person)."""
    return b.medium or KIND_MEDIA.get(b.kind, "in-person")


def walk_points(points: tuple[Point, ...], depth: int = 0):
    """Yield (depth, point) for every point and sub-point, in reading order."""
    for point in points:
        yield depth, point
        yield from walk_points(point.points, depth + 1)
