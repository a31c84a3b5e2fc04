"""Command palette providers: filter values with counts, browser commands, and time zones.

Providers only ask: a chosen hit posts a message to the screen the palette was
opened over (the browser), which owns the state and decides. They read that
state through ``BrowserState``, so this module never imports the browser. Every
prompt is Content built from data, never markup, and help strings are escaped.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from typing import Protocol, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from briefing_tui.app.fuzzy import fold_match
from briefing_tui.app.messages import CommandChosen, DatesPicked, FilterToggled, ZonePicked
from briefing_tui.app.widgets.status import plural
from briefing_tui.core.model import cities, zones
from briefing_tui.core.model.fold import fold
from briefing_tui.core.query import periods
from briefing_tui.core.query.filtering import Query
from briefing_tui.core.query.library import FACETS, Library


class BrowserState(Protocol):
    """What the providers read of the screen they were opened over."""

    library: Library | None
    shown: list[int]
    filters: Query
    local_zone: str

    def facet_counts(self) -> dict[str, Counter[str]]: ...

    def post_message(self, message: CommandChosen | DatesPicked | FilterToggled | ZonePicked) -> bool: ...

FACET_NOUNS = {"topics": "topic", "countries": "country", "kinds": "kind", "media": "medium"}

#: (title, help, Browser action name) for the commands that have keys too.
BROWSER_COMMANDS = (
    ("Pick time zone…", "Add any IANA zone to the time table and emphasize it", "pick_zone"),
    ("Cycle emphasized zone", "Venue, each participant's home, yours, UTC (z)", "cycle_zone"),
    ("Search briefings", "Free text over titles, names and points (/)", "search"),
    ("Clear all filters", "Show every briefing again", "clear_all"),
    ("Match any / all topics", "Switch how several topics combine (a)", "toggle_topic_mode"),
    ("Change sort order", "Next sort: date, title, kind, counterpart, each both ways (s)", "sort"),
    ("Sort by date", "Newest first (again: oldest first)", "sort_date"),
    ("Sort by title", "A to Z (again: Z to A)", "sort_title"),
    ("Sort by kind", "A to Z (again: Z to A)", "sort_kind"),
    ("Sort by counterpart", "The other side's country, A to Z (again: Z to A)", "sort_counterpart"),
    ("Reverse sort", "The same column, the other way (S)", "reverse_sort"),
    ("Dates: from / to…", "Only meetings between two dates: YYYY, YYYY-MM or YYYY-MM-DD (d)", "pick_dates"),
    ("Dates: this year", "Only meetings of this calendar year", "dates_this_year"),
    ("Dates: last 12 months", "Only meetings of the last twelve months, up to today", "dates_last_year"),
    ("Dates: any date", "Drop the date filter", "clear_dates"),
    ("Copy briefing as Markdown", "The highlighted briefing, to the clipboard (y)", "copy"),
    ("Open source page", "The readout's web page, in your browser (o)", "open_source"),
    ("Show load problems", "Files that failed to load, path:line:col (e)", "errors"),
    ("Points view / briefings view", "Every matching point across briefings, grouped by briefing (v)", "toggle_view"),
    ("Agreed and confirmed points only", "In the points view: hide one-sided points, or show them again (c)", "toggle_joint"),
    ("Timeline", "Meetings per month or quarter for these filters, and the counterparts (T)", "timeline"),
    ("Export digest…", "Write the digest of these filters to a .md, .html or .txt file (x)", "export_digest"),
    ("Reload briefings", "Read the files again (r)", "reload"),
)


class BrowserProvider(Provider):
    """Shared helpers: the browser screen the palette was opened over."""

    @property
    def browser(self) -> BrowserState:
        return cast(BrowserState, self.screen)


class FilterCommands(BrowserProvider):
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

    async def discover(self) -> Hits:
        for title, help, command in self._choices():
            yield DiscoveryHit(Content(title), command, text=title, help=escape(help))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(fold(query))
        for title, help, command in self._choices():
            score, prompt = fold_match(matcher, title)
            if score > 0:
                yield Hit(score, prompt, command, text=title, help=escape(help))


class BrowserCommands(BrowserProvider):
    """The browser's own commands, most of which also have a key."""

    def _run(self, action: str) -> Callable[[], object]:
        return partial(self.browser.post_message, CommandChosen(action))

    async def discover(self) -> Hits:
        for title, help, action in BROWSER_COMMANDS:
            yield DiscoveryHit(Content(title), self._run(action), text=title, help=escape(help))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(fold(query))
        for title, help, action in BROWSER_COMMANDS:
            score, prompt = fold_match(matcher, title)
            if score > 0:
                yield Hit(score, prompt, self._run(action), text=title, help=escape(help))


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
        yield DiscoveryHit(Content(local), self._pick(local), text=local, help="Your zone")
        for name in zones.zone_names():
            if name != local:
                yield DiscoveryHit(Content(name), self._pick(name), text=name)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(fold(query).replace(" ", "_"))
        for name in zones.zone_names():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), self._pick(name), text=name)
        if self._places is None:
            self._places = asyncio.ensure_future(asyncio.to_thread(cities.places))
        # Shielded: a newer keystroke cancels this search, and must not cancel the load with it.
        await asyncio.shield(self._places)
        matcher = self.matcher(fold(query))
        for place in cities.find(query):
            score, label = fold_match(matcher, place.label)
            prompt = Content.assemble(label, " → ", place.zone)
            yield Hit(max(score, 1.0), prompt, self._pick(place.zone), text=f"{place.label} → {place.zone}")
