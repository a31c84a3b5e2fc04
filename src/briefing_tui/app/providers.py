"""Command palette providers: filter values with counts, browser commands, and time zones.

Providers only ask: a chosen hit posts a message to the screen the palette was
opened over (the browser), which owns the state and decides. They read that
state through ``BrowserState``, so this module never imports the browser. Every
prompt and help text is Content built from plain strings: Textual's
``Matcher.highlight`` parses its input as markup (a topic ``[@click=app.quit]x[/]``
became a live action), so hits are highlighted here on plain text instead.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from typing import Protocol, cast

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from briefing_tui.app import commands
from briefing_tui.app.fuzzy import fold_match
from briefing_tui.app.messages import (
    CommandChosen,
    DatesPicked,
    FilterToggled,
    SearchRecalled,
    SourceRemoved,
    ZonePicked,
)
from briefing_tui.app.widgets.status import plural
from briefing_tui.core.model import cities, zones
from briefing_tui.core.model.fold import fold
from briefing_tui.core.model.sanitize import clean_line
from briefing_tui.core.query import periods
from briefing_tui.core.query.filtering import Query
from briefing_tui.core.query.library import FACETS, Library
from briefing_tui.core.store.config import Source
from briefing_tui.core.store.state import State


class BrowserState(Protocol):
    """What the providers read of the screen they were opened over."""

    library: Library | None
    shown: list[int]
    filters: Query
    local_zone: str
    sources: tuple[Source, ...]
    state: State

    def facet_counts(self) -> dict[str, Counter[str]]: ...

    def reading_counts(self) -> dict[str, int]: ...

    def post_message(
        self, message: CommandChosen | DatesPicked | FilterToggled | SourceRemoved | ZonePicked | SearchRecalled
    ) -> bool: ...


FACET_NOUNS = {"topics": "topic", "countries": "country", "kinds": "kind", "media": "medium"}


class BrowserProvider(Provider):
    """Shared helpers: the browser screen the palette was opened over."""

    @property
    def browser(self) -> BrowserState:
        return cast(BrowserState, self.screen)


class ChoiceProvider(BrowserProvider):
    """A provider of (title, help, run) choices: listed as they are, matched on folded text.

    Titles and help are plain text (briefing text among them): they reach the palette as
    ``Content``, never as markup, and matches are highlighted on the plain text.
    """

    def _choices(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        raise NotImplementedError

    async def discover(self) -> Hits:
        for title, help, run in self._choices():
            yield DiscoveryHit(Content(title), run, text=title, help=Content(help))  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(fold(query))
        for title, help, run in self._choices():
            score, prompt = fold_match(matcher, title)
            if score > 0:
                yield Hit(score, prompt, run, text=title, help=Content(help))  # type: ignore[arg-type]


class FilterCommands(ChoiceProvider):
    """Every topic, country and kind, with how many of the shown briefings carry it."""

    def _choices(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        browser = self.browser
        library = browser.library
        if library is None:
            return
        counts = browser.facet_counts()
        shown = len(browser.shown)
        for facet in FACETS:
            selected: frozenset[str] = getattr(browser.filters, facet)
            noun = FACET_NOUNS[facet]
            for value, label in library.values[facet]:
                verb = "Remove" if value in selected else "Filter by"
                count = counts[facet][value]
                title = f"{verb} {noun}: {label} ({count})"
                help = f"In {count} of the {plural(shown, 'briefing')} shown"
                yield title, help, partial(browser.post_message, FilterToggled(facet, value))
        years = Counter(library.catalog.dates[i].year for i in browser.shown)
        for year in sorted({d.year for d in library.catalog.dates}, reverse=True):
            title = f"Dates: year {year} ({years[year]})"
            help = f"Only meetings of {year}: {years[year]} of the {plural(shown, 'briefing')} shown"
            yield title, help, partial(browser.post_message, DatesPicked(*periods.year(year)))
        reading = browser.reading_counts()
        for value, noun in (("unread", "unread briefings"), ("flagged", "flagged briefings")):
            verb = "Remove filter" if value in browser.filters.reading else "Only"
            title = f"{verb}: {noun} ({reading[value]})"
            help = f"{reading[value]} of the {plural(shown, 'briefing')} shown"
            yield title, help, partial(browser.post_message, FilterToggled("reading", value))


class BrowserCommands(ChoiceProvider):
    """The browser's own commands (the command table's palette entries), with the keys in force."""

    def _choices(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        keys = commands.keys_in_force(self.app)
        for command in commands.COMMANDS:
            if command.palette is None:
                continue
            help = command.help
            if keys.get(command.id):
                help += f" ({self.app.get_key_display(Binding(keys[command.id].split(',')[0], ''))})"
            yield command.palette, help, partial(self.browser.post_message, CommandChosen(command.run))


class SavedSearchCommands(ChoiceProvider):
    """Each saved search by name: choosing one applies its filters, sort and view."""

    def _choices(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        for name in self.browser.state.searches():
            run = partial(self.browser.post_message, SearchRecalled(name))
            yield f"Saved search: {name}", "Apply these saved filters", run


class ZoneCommands(BrowserProvider):
    """Every IANA zone name, fuzzy-matched, then capitals, large cities and countries with their zones.

    The reader's own zone comes first. The places (``core.model.cities``) are read in a thread
    at the first search, never at startup nor while the picker opens (decoding them holds the
    GIL for a moment); a search lists the zone names at once and the places once they are there.
    """

    _places: asyncio.Future[tuple[cities.Place, ...]] | None = None

    def _pick(self, zone: str) -> Callable[[], object]:
        return partial(self.browser.post_message, ZonePicked(zone))

    async def discover(self) -> Hits:
        local = self.browser.local_zone
        yield DiscoveryHit(Content(local), self._pick(local), text=local, help=Content("Your zone"))  # type: ignore[arg-type]
        for name in zones.zone_names():
            if name != local:
                yield DiscoveryHit(Content(name), self._pick(name), text=name)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(fold(query).replace(" ", "_"))
        for name in zones.zone_names():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, fold_match(matcher, name)[1], self._pick(name), text=name)
        if self._places is None:
            self._places = asyncio.ensure_future(asyncio.to_thread(cities.places))
        # Shielded: a newer keystroke cancels this search, and must not cancel the load with it.
        await asyncio.shield(self._places)
        matcher = self.matcher(fold(query))
        for place in cities.find(query):
            score, label = fold_match(matcher, place.label)
            prompt = Content.assemble(label, " → ", place.zone)
            yield Hit(max(score, 1.0), prompt, self._pick(place.zone), text=f"{place.label} → {place.zone}")


class SourceCommands(ChoiceProvider):
    """The folders being browsed: choosing one stops browsing it for this session."""

    def _choices(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        for source in self.browser.sources:
            title = f"Remove {source.name}: {clean_line(str(source.path))}"
            yield (
                title,
                "Stop browsing it for this session",
                partial(self.browser.post_message, SourceRemoved(str(source.path))),
            )
