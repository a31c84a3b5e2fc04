"""The application: reads the config (sources, keys), remembers theme and zones, opens the browser."""

from __future__ import annotations

import webbrowser
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from textual import on
from textual.app import App
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.screen import Screen
from textual.theme import Theme

from briefing_tui.app import commands, hangup, reflow
from briefing_tui.app.messages import LibraryShown, SettingsChanged
from briefing_tui.app.screens.browser import Browser
from briefing_tui.app.screens.modal import Palette, hooks_present
from briefing_tui.core.model import zones
from briefing_tui.core.store.config import Config, ConfigError, Source, env_paths, load_config
from briefing_tui.core.store.settings import (
    Settings,
    SettingsError,
    config_dir,
    load_settings,
    save_settings,
)
from briefing_tui.core.store.state import open_state

#: Seconds after the first complete library is shown before the app builds the palette it keeps ready.
KEEP_PALETTE_AFTER = 0.1


def usable_zone(name: str | None) -> str | None:
    """A remembered zone, if this machine's tz database still knows it."""
    if not name:
        return None
    try:
        zones.get_zone(name)
    except zones.UnknownZone:
        return None
    return name


def reserved_keys() -> dict[str, str]:
    """Keys the lists, the detail pane and the errors screen use themselves: a remap may not take them."""
    from briefing_tui.app.screens.errors import ErrorsScreen
    from briefing_tui.app.screens.help import class_bindings
    from briefing_tui.app.widgets.briefing_list import BriefingList
    from briefing_tui.app.widgets.detail import DetailPane
    from briefing_tui.app.widgets.filter_panel import FilterPanel
    from briefing_tui.app.widgets.point_list import PointList

    owners: dict[type[DOMNode], str] = {BriefingList: "the briefing list", PointList: "the points list", DetailPane: "the briefing pane",
              FilterPanel: "the filter panel", ErrorsScreen: "the errors screen"}  # fmt: skip
    reserved: dict[str, str] = {}
    for cls, owner in owners.items():
        for binding in class_bindings(cls, inherited=True):
            if binding.id is None:  # the errors screen's edit is the table's own
                for key in commands.normalize(binding.key).split(","):
                    reserved.setdefault(key, f"{owner}'s {binding.description or binding.action}")
    return reserved


class BriefingApp(App[None]):
    """A keyboard-first browser for diplomatic meeting readouts."""

    CSS_PATH = "app.tcss"
    TITLE = "briefing-tui"

    BINDINGS = commands.bindings("app")

    def __init__(
        self,
        paths: Sequence[Path] = (),
        *,
        local_zone: str | None = None,
        settings_dir: Path | None = None,
        use_cache: bool = True,
        poll: bool = True,
        data_dir: Path | None = None,
        view: str | None = None,
    ) -> None:
        """``local_zone`` and ``settings_dir`` default to the machine's; tests fix both.

        No ``paths``: ``$BRIEFINGS_DIR``'s, else the config's sources (the bundled briefings by default).
        ``data_dir`` holds the reader's state (default: the platform's data folder); ``view``
        names a saved search to open with.
        """
        reflow.install()
        super().__init__()
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
        self._config_problem: str | None = None
        try:
            self.config = load_config(self.settings_dir)
        except ConfigError as exc:
            self.config = Config()
            self._config_problem = str(exc)
        given = list(paths) or env_paths()
        if given:
            self.sources = tuple(Source(path.name or str(path), path) for path in given)
        else:
            self.sources = tuple(source for source in self.config.sources if source.enabled)
        self.paths = tuple(source.path for source in self.sources)
        keymap, self._key_problems = commands.resolve_keymap(self.config.keys, reserved_keys())
        #: Each command's keys after the config's remaps (the help, palette and search box follow them).
        self.keys_in_force = commands.defaults() | keymap
        self.typed_actions = commands.typed_actions(self.keys_in_force)
        self.lettered_actions = commands.lettered_actions(self.keys_in_force)
        #: Only the config's remaps that were applied (command id -> keys).
        self.remapped_keys = keymap
        self.set_keymap(keymap)
        self.view = view
        # Never raises: a damaged or unwritable database gives a fresh or an in-memory state, and a notice.
        self.state = open_state(data_dir)
        self._state_failed = False
        self.state.on_problem = self._state_problem
        self._palette: Palette | None = None

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
            sources=self.sources,
            state=self.state,
            view=self.view,
        )

    def on_mount(self) -> None:
        fileno = None if self.is_headless else hangup.input_fileno()
        if fileno is not None:
            self.set_interval(hangup.CHECK_EVERY, partial(hangup.watch, self, fileno), name="hangup")
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.state.notice:
            self.notify(self.state.notice, title="Reading state", severity="warning", timeout=10, markup=False)
        for problem, then, title, timeout in (
            (
                self._settings_problem,
                "Using the defaults; the file is replaced when a setting changes.",
                "Settings",
                10,
            ),
            (
                self._config_problem,
                "Started on the defaults: the bundled briefings and the default keys.",
                "Config",
                15,
            ),
        ):
            if problem:
                self.notify(
                    f"{problem}\n{then}", title=f"{title} ignored", severity="warning", timeout=timeout, markup=False
                )
        if self._key_problems:
            self.notify(
                "\n".join(self._key_problems), title="Keys ignored", severity="warning", timeout=15, markup=False
            )

    def action_command_palette(self) -> None:
        """Textual's palette, opening in one frame (``screens/modal.py``): the one kept ready, once it is."""
        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]  # App[object] is invariant
            kept = self._palette
            self.push_screen(kept if kept is not None and kept.is_mounted else Palette())

    @on(LibraryShown)
    def _library_shown(self) -> None:
        if self._palette is None:
            self.set_timer(KEEP_PALETTE_AFTER, self._keep_palette)

    def _keep_palette(self) -> None:
        """Build the palette while the reader is idle, off the screen stack, and keep it (not pruned when it closes)."""
        if self._palette is not None or not self.use_command_palette or self._closing or not self.is_running:
            return  # (not running: it is quitting, its screens half gone)
        if not hooks_present():  # a Textual without what the kept palette relies on: its own palette
            return
        if any(isinstance(screen, CommandPalette) for screen in self.screen_stack):
            self.set_timer(KEEP_PALETTE_AFTER, self._keep_palette)  # one is open: not two of that id at once
            return
        palette = self._palette = Palette(id="--command-palette", kept=True)
        self.install_screen(palette, "--command-palette")
        self._register(self, palette)  # composed and mounted now; it makes itself ready once mounted

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
