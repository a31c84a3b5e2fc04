"""The importer's result before it becomes TOML: every field, plus why a value is a guess.

Keeping the guesses beside the values lets the emitter mark each guessed line with a
``# guessed: ...`` comment, and lets tests compare fields without parsing TOML.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefing_tui.core.importer.points import PointDraft


@dataclass
class ParticipantDraft:
    key: str
    name: str
    country: str
    family_name: str = ""
    given_name: str = ""
    honorific: str = ""
    title: str = ""
    guesses: dict[str, str] = field(default_factory=dict)


@dataclass
class StatedDraft:
    time: dt.datetime
    zone: str
    refers_to: str
    text: str
    guess: str = ""


@dataclass
class Draft:
    title: str
    kind: str
    date: dt.date
    zone: str
    id: str = ""
    category: str = ""
    published: dt.date | None = None
    publisher: str = ""
    source_url: str = ""
    venue: str = ""
    occasion: str = ""
    start: dt.datetime | None = None
    start_approximate: bool = False
    duration_minutes: int | None = None
    duration_approximate: bool = False
    fold: int | None = None
    stated_times: list[StatedDraft] = field(default_factory=list)
    participants: list[ParticipantDraft] = field(default_factory=list)
    points: list[PointDraft] = field(default_factory=list)
    # field name (e.g. "date", "time.zone") -> why the value is a guess
    guesses: dict[str, str] = field(default_factory=dict)
    # comments kept beside a value that is not a guess ("Montreal keeps Toronto's time")
    remarks: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
