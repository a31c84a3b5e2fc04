"""Messages that carry requests up to the browser screen, which owns all state.

Widgets, workers, the load controller and command palette providers never change
the query or the zones themselves; they post one of these and the screen decides.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from textual.message import Message

from briefing_tui.core.query.library import Facet, Library
from briefing_tui.core.store.rows import Loaded


@dataclass
class LibraryLoaded(Message, bubble=False):
    """A load finished in the worker thread (for the load controller)."""

    library: Library
    load: int = 0


class LibraryShown(Message):
    """The browser shows a complete library: the app may build what it keeps ready (the palette)."""


@dataclass
class LoadNotices(Message):
    """What a load had to say after its library was shown (e.g. the cache could not be written)."""

    notices: list[str]


@dataclass
class LoadProgress(Message, bubble=False):
    """The worker has read this many files so far; these briefings arrived since the last report."""

    files_seen: int
    entries: list[Loaded]
    #: Which load this is (the controller ignores a load it has since replaced).
    load: int = 0


@dataclass
class FilterToggled(Message):
    """Add a value to a facet's filter, or remove it if it is there."""

    facet: Facet | Literal["reading"]
    value: str


@dataclass
class DatesPicked(Message):
    """Only meetings from ``since`` to ``until`` (either may be open); both None: any date."""

    since: dt.date | None
    until: dt.date | None


@dataclass
class ZonePicked(Message):
    """A zone chosen by name: show it in every time table and emphasize it."""

    zone: str


@dataclass
class BriefingHighlighted(Message):
    """The list's cursor is on another briefing (a catalog index), or on none."""

    index: int | None


@dataclass
class SettingsChanged(Message):
    """The zones changed; the app remembers them for the next run."""

    zone: str | None
    extra_zone: str | None


@dataclass
class LoadCounting(Message):
    """Files are being read: say how many so far (nothing new to show yet)."""

    places: int
    files_seen: int


@dataclass
class LoadSlow(Message):
    """A load is taking a while: show the loading indicator."""


@dataclass
class LoadFailed(Message):
    """A load raised: say so (the previous library, if any, stays)."""

    error: str


@dataclass
class CommandChosen(Message):
    """A browser command picked in the palette (the name of one of the screen's actions)."""

    action: str


@dataclass
class SourceRemoved(Message):
    """A folder chosen in the palette: stop browsing it for this session."""

    path: str


@dataclass
class SearchRecalled(Message):
    """Apply a saved search by name (from the palette)."""

    name: str
