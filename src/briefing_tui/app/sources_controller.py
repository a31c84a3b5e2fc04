"""Where briefings come from and lead to: the folders browsed, a file's editor, a web page.

The browser screen routes the keys and palette commands; this controller does
what they ask, as ``LoadController`` does for loading. The folders browsed are
the screen's state (``sources`` and ``paths``); a change here is for this
session only (the config file is never written) and reloads. The editor gets
the briefing's file, never the app: the app itself never writes a briefing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast
from urllib.parse import urlsplit

from briefing_tui.app.editor import open_in_editor
from briefing_tui.app.providers import SourceCommands
from briefing_tui.app.screens.add_folder import AddFolder
from briefing_tui.app.screens.modal import Palette
from briefing_tui.core.model.sanitize import clean_line
from briefing_tui.core.store.config import Source, source_of

if TYPE_CHECKING:
    from briefing_tui.app.screens.browser import Browser


def is_web_url(url: str) -> bool:
    """Only plain http(s) links are opened: no file:, javascript: or control characters."""
    if not url or url != clean_line(url) or " " in url:
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


class SourcesController:
    """Adds and removes folders, opens a briefing's file or web page, for the browser screen."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        #: The link `o` could not open: pressing `o` again (on the same briefing) copies it.
        self._copy_offered: str | None = None

    def current_source(self) -> str | None:
        """The name of the source the briefing in the pane came from."""
        path = self.browser.current_path()
        name = source_of(path, self.browser.sources) if path is not None else None
        return clean_line(name) if name else None

    def _browse(self, sources: tuple[Source, ...]) -> None:
        """Browse these sources from now on (this session only) and load them."""
        browser = self.browser
        browser.sources = sources
        browser.paths = browser._loader.paths = tuple(source.path for source in sources)
        browser._show_zone()
        browser._loader.reload()

    def add_folder(self) -> None:
        browser = self.browser

        def add(path: Path | None) -> None:
            if path is None:
                return
            if any(source.path == path for source in browser.sources):
                browser.notify(f"{path} is already browsed", markup=False)
                return
            self._browse((*browser.sources, Source(path.name or str(path), path)))
            browser.notify(f"Browsing {path} too, for this session", title="Folder added", markup=False)

        browser.app.push_screen(AddFolder(), add)

    def remove_folder(self) -> None:
        self.browser.app.push_screen(Palette(providers=[SourceCommands], placeholder="Stop browsing which folder?"))

    def source_removed(self, path: str) -> None:
        browser = self.browser
        kept = tuple(source for source in browser.sources if str(source.path) != path)
        if not kept:
            browser.notify("That is the only folder browsed; add another first.", severity="warning")
            return
        self._browse(kept)
        browser.notify(f"No longer browsing {path} (this session)", title="Folder removed", markup=False)

    def edit(self) -> None:
        """``E``: the briefing's file in the reader's editor; then read the files again."""
        browser = self.browser
        path = browser.current_path()
        if path is None:
            return
        problem = open_in_editor(browser.app, path)
        if problem:
            browser.notify(problem, severity="error", markup=False)
        browser._loader.reload()

    def open_source(self) -> None:
        browser = self.browser
        briefing = browser.current_briefing
        if briefing is None:
            return
        url = briefing.source_url.strip()
        if not is_web_url(url):
            browser.notify("This briefing has no web link to open.", severity="warning")
            return
        if self._copy_offered == url:  # no browser opened it a moment ago: `o` again copies it
            self._copy_offered = None
            browser.app.copy_to_clipboard(url)
            browser.notify(url, title="Link copied", markup=False)
            return
        # BriefingApp.open_url says whether a browser took it (Textual's own returns nothing).
        open_url = cast("Callable[[str], bool | None]", browser.app.open_url)
        if open_url(url) is False:
            self._copy_offered = url
            browser.notify(
                f"No web browser could open {url}\no again copies the link.", severity="warning", markup=False
            )
            return
        browser.notify(url, title="Opening", markup=False)
