"""The application: remembers theme and zones, and opens the browser on the given paths."""

from __future__ import annotations

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
from briefing_tui.core.store.state import open_state


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
        data_dir: Path | None = None,
        view: str | None = None,
    ) -> None:
        """``local_zone`` and ``settings_dir`` default to the machine's; tests fix both.

        ``data_dir`` holds the reader's state (default: the platform's data folder); ``view``
        names a saved search to open with.
        """
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
        self.view = view
        # Never raises: a damaged or unwritable database gives a fresh or an in-memory state, and a notice.
        self.state = open_state(data_dir)
        self._state_failed = False
        self.state.on_problem = self._state_problem

    def _state_problem(self, message: str) -> None:
        """A write that failed (a full disk, a folder made read-only): said once, browsing goes on."""
        if not self._state_failed:
            self._state_failed = True
            self.notify(message, title="Reading state not kept", severity="warning", timeout=10, markup=False)

    def get_default_screen(self) -> Screen:
        return Browser(
            self.paths,
            local_zone=self.local_zone,
            zone=usable_zone(self.settings.zone),
            extra_zone=usable_zone(self.settings.extra_zone),
            use_cache=self.use_cache,
            poll=self.poll,
            state=self.state,
            view=self.view,
        )

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.state.notice:
            self.notify(self.state.notice, title="Reading state", severity="warning", timeout=10, markup=False)
        if self._settings_problem:
            self.notify(
                f"{self._settings_problem}\nUsing the defaults; the file is replaced when a setting changes.",
                title="Settings ignored",
                severity="warning",
                timeout=10,
                markup=False,
            )

    def on_unmount(self) -> None:
        self.state.close()

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
