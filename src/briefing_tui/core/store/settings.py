"""What the browser remembers between runs: the theme and the time zones.

A small JSON file in the platform's config folder (``$BRIEFING_TUI_CONFIG_DIR``
overrides it, for tests and portable setups). It is written atomically, so a
crash mid-write never leaves half a file, and a file that cannot be read is
ignored with a message rather than stopping the app. A FIFO or device in its place
is refused without being opened for reading (that would wait forever, or act on it).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from briefing_tui.core.store.atomic import remove_temps, write_atomic
from briefing_tui.core.store.regular import NotRegularFile, open_regular

SETTINGS_FILE = "settings.json"
ENV_DIR = "BRIEFING_TUI_CONFIG_DIR"
#: Seconds after which a settings temp file is a killed save's, never one in progress.
STALE_TEMP_AGE = 3600


@dataclass(frozen=True)
class Settings:
    theme: str | None = None
    #: The zone emphasized in the time table (``z`` cycles it).
    zone: str | None = None
    #: A zone picked by name, shown in every briefing's time table.
    extra_zone: str | None = None


class SettingsError(Exception):
    """The settings file exists but cannot be used; the message says why."""


def config_dir() -> Path:
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefing-tui"))


def _optional_str(data: dict[str, object], key: str) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise SettingsError(f"{key!r} should be a string, not {type(value).__name__}")


def load_settings(directory: Path) -> Settings:
    """The saved settings; defaults when there is no file. Raises SettingsError."""
    path = directory / SETTINGS_FILE
    try:
        with os.fdopen(open_regular(path), "rb") as handle:
            text = handle.read().decode("utf-8")
    except FileNotFoundError:
        return Settings()
    except NotRegularFile:
        raise SettingsError(f"{path} is not a regular file; not read") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"cannot read {path}: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SettingsError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: expected a JSON object")
    try:
        return Settings(**{key: _optional_str(data, key) for key in ("theme", "zone", "extra_zone")})
    except SettingsError as exc:
        raise SettingsError(f"{path}: {exc}") from None


def save_settings(settings: Settings, directory: Path) -> Path:
    """Write the settings atomically (a temporary file in the same folder, then os.replace)."""
    path = directory / SETTINGS_FILE
    write_atomic(path, (json.dumps(asdict(settings), indent=2) + "\n").encode("utf-8"))
    remove_temps(path, older_than=STALE_TEMP_AGE)  # a save killed mid-write left its temp
    return path
