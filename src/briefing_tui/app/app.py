"""The application: remembers theme and zones, and opens the browser on the given paths."""

from __future__ import annotations

import webbrowser
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from textual import on
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme

from briefing_tui.app.messages import SettingsChanged
from briefing_tui.app.screens.browser import Browser
from briefing_tui.core.model import zones
from briefing_tui.core.store.settings import (
    Settings,
    SettingsError,
    config_dir,
    load_settings,
    save_settings,
)


def usable_zone(name: str | None) -> str | None:
    """A remembered zone, if this machine's tz database still knows it."""
    if not name:
        return None
    try:
        zones.get_zone(name)
    except zones.UnknownZone:
        return None
    return name


class BriefingApp(App[None]):
    """A keyboard-first browser for diplomatic meeting readouts."""

    CSS_PATH = "app.tcss"
    TITLE = "briefing-tui"

    BINDINGS = [
        Binding("ctrl+p", "command_palette", "Commands", show=False, priority=True),
    ]

    def __init__(
        self,
        paths: Sequence[Path],
        *,
        local_zone: str | None = None,
        settings_dir: Path | None = None,
        use_cache: bool = True,
        poll: bool = True,
    ) -> None:
        """``local_zone`` and ``settings_dir`` default to the machine's; tests fix both."""
        super().__init__()
        self.paths = tuple(paths)
        self.use_cache = use_cache
        self.poll = poll
        self.local_zone = local_zone or zones.local_zone_name()
        self.settings_dir = settings_dir or config_dir()
        self._settings_problem: str | None = None
        try:
            self.settings = load_settings(self.settings_dir)
        except SettingsError as exc:
            self.settings = Settings()
            self._settings_problem = str(exc)
        self._save_failed = False

    def get_default_screen(self) -> Screen:
        return Browser(
            self.paths,
            local_zone=self.local_zone,
            zone=usable_zone(self.settings.zone),
            extra_zone=usable_zone(self.settings.extra_zone),
            use_cache=self.use_cache,
            poll=self.poll,
        )

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self._settings_problem:
            self.notify(
                f"{self._settings_problem}\nUsing the defaults; the file is replaced when a setting changes.",
                title="Settings ignored",
                severity="warning",
                timeout=10,
                markup=False,
            )

    def open_url(self, url: str, *, new_tab: bool = True) -> bool:  # type: ignore[override]
        """Open ``url`` in a web browser; False when none could (Textual's own call ignores that).

        In a terminal ``webbrowser.open`` says whether it found a browser (and raises when it
        cannot run one); served on the web, the page opens it and cannot say.
        """
        if self.is_web:
            super().open_url(url, new_tab=new_tab)
            return True
        try:
            return bool(webbrowser.open(url))
        except Exception:  # webbrowser.Error, an OSError from a browser that will not start, ...
            return False

    def _theme_changed(self, theme: Theme) -> None:
        self.remember(theme=theme.name)

    @on(SettingsChanged)
    def _zones_changed(self, message: SettingsChanged) -> None:
        self.remember(zone=message.zone, extra_zone=message.extra_zone)

    def remember(self, **changes: str | None) -> None:
        """Save changed settings; a failure is reported once, and browsing goes on."""
        settings = replace(self.settings, **changes)
        if settings == self.settings:
            return
        self.settings = settings
        try:
            save_settings(settings, self.settings_dir)
        except OSError as exc:
            if not self._save_failed:
                self._save_failed = True
                self.notify(f"Could not save settings in {self.settings_dir}: {exc}", severity="warning", markup=False)
