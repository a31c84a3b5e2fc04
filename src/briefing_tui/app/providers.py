"""Command palette providers: filter values with counts, browser commands, and time zones.

Providers only ask: a chosen hit posts a message to the screen the palette was
opened over (the browser), which owns the state and decides. They read that
state through ``BrowserState``, so this module never imports the browser. Every
prompt is Content built from data, never markup, and help strings are escaped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from typing import Protocol, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from briefing_tui.app.messages import CommandChosen, FilterToggled, ZonePicked
from briefing_tui.app.widgets.status import plural
from briefing_tui.core.model import zones
from briefing_tui.core.query.filtering import Query
from briefing_tui.core.query.library import FACETS, Library


class BrowserState(Protocol):
    """What the providers read of the screen they were opened over."""

    library: Library | None
    shown: list[int]
    filters: Query
    local_zone: str

    def facet_counts(self) -> dict[str, Counter[str]]: ...

    def post_message(self, message: CommandChosen | FilterToggled | ZonePicked) -> bool: ...

FACET_NOUNS = {"topics": "topic", "countries": "country", "kinds": "kind"}

#: (title, help, Browser action name) for the commands that have keys too.
BROWSER_COMMANDS = (
    ("Pick time zone…", "Add any IANA zone to the time table and emphasize it", "pick_zone"),
    ("Cycle emphasized zone", "Venue, each participant's home, yours, UTC (z)", "cycle_zone"),
    ("Search briefings", "Free text over titles, names and points (/)", "search"),
    ("Clear all filters", "Show every briefing again", "clear_all"),
    ("Match any / all topics", "Switch how several topics combine (a)", "toggle_topic_mode"),
    ("Change sort order", "Newest first, oldest first, by title (s)", "sort"),
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

    async def discover(self) -> Hits:
        for title, help, command in self._choices():
            yield DiscoveryHit(Content(title), command, text=title, help=escape(help))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help, command in self._choices():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), command, text=title, help=escape(help))


class BrowserCommands(BrowserProvider):
    """The browser's own commands, most of which also have a key."""

    def _run(self, action: str) -> Callable[[], object]:
        return partial(self.browser.post_message, CommandChosen(action))

    async def discover(self) -> Hits:
        for title, help, action in BROWSER_COMMANDS:
            yield DiscoveryHit(Content(title), self._run(action), text=title, help=escape(help))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help, action in BROWSER_COMMANDS:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), self._run(action), text=title, help=escape(help))


class ZoneCommands(BrowserProvider):
    """Every IANA zone name, fuzzy-matched; the reader's own zone comes first."""

    def _pick(self, zone: str) -> Callable[[], object]:
        return partial(self.browser.post_message, ZonePicked(zone))

    async def discover(self) -> Hits:
        local = self.browser.local_zone
        yield DiscoveryHit(Content(local), self._pick(local), text=local, help="Your zone")
        for name in zones.zone_names():
            if name != local:
                yield DiscoveryHit(Content(name), self._pick(name), text=name)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query.replace(" ", "_"))
        for name in zones.zone_names():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), self._pick(name), text=name)
