"""The briefing schema (version 1) as immutable msgspec Structs.

The Structs *are* the schema: the loader validates parsed TOML by converting it
into these types, so the documentation in docs/schema.md and this file must
agree. Everything is frozen so a loaded collection can be shared by the UI,
worker threads and caches without defensive copies.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import msgspec

SCHEMA_VERSION = 1

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
CountryCode = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$")]
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
    topics: tuple[str, ...] = ()
    points: tuple[Point, ...] = ()


class Briefing(_Base, kw_only=True, frozen=True):
    schema: Literal[1]
    title: NonEmpty
    kind: Kind
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
    aliases: tuple[str, ...] = ()


class TopicFile(_Base, kw_only=True, frozen=True):
    schema: Literal[1]
    topic: dict[Slug, Topic]


def walk_points(points: tuple[Point, ...], depth: int = 0):
    """Yield (depth, point) for every point and sub-point, in reading order."""
    for point in points:
        yield depth, point
        yield from walk_points(point.points, depth + 1)
