"""The reader's config file: which folders to browse, and their own keys.

``config.toml`` sits beside ``settings.json`` in the config folder. Unlike the
settings, the app never writes it: it is the reader's, edited by hand (``briefing-tui
config --edit``). A broken one raises ``ConfigError`` located as ``path:line:col``
(tomli's position, or the key's via the same locator briefings use), so the app
can say so and start on the defaults.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli

from briefing_tui.core.store.bundled import bundled_dir
from briefing_tui.core.store.locate import locate
from briefing_tui.core.store.regular import NotRegularFile, open_regular
from briefing_tui.core.store.settings import config_dir

CONFIG_FILE = "config.toml"
#: The corpus that ships with briefing-tui, a source like any other (``enabled = false`` hides it).
BUNDLED = "bundled"
#: ``BRIEFINGS_DIR``: folders and files to browse instead of the configured sources (``os.pathsep`` list).
ENV_SOURCES = "BRIEFINGS_DIR"

#: Written by ``config --edit`` when there is no file yet: every setting, commented out.
TEMPLATE = """\
# briefing-tui configuration (the README's "The config file" explains every setting).
# Nothing here is required; a broken file is reported and the defaults are used.

# Folders to browse, each a named source shown in the briefing pane.
# [sources.bundled]         # the briefings that ship with briefing-tui
# enabled = false
#
# [sources.work]
# path = "~/work/readouts"

# Your own keys: a command id = "key" or "key1,key2" (ids: the README's keymap table).
# [keys]
# sort = "S"
# edit = "ctrl+e"
"""


@dataclass(frozen=True)
class Source:
    """A named folder (or file) to browse."""

    name: str
    path: Path
    enabled: bool = True


@dataclass(frozen=True)
class Config:
    sources: tuple[Source, ...] = (Source(BUNDLED, bundled_dir()),)
    #: Command id -> Textual key list ("s" or "ctrl+s,f5"), as written.
    keys: Mapping[str, str] = field(default_factory=dict)

    @property
    def paths(self) -> list[Path]:
        return [source.path for source in self.sources if source.enabled]


class ConfigError(Exception):
    """The config file exists but cannot be used; the message is ``path:line:col: what was expected``."""


def config_path(directory: Path | None = None) -> Path:
    return (directory or config_dir()) / CONFIG_FILE


def _fail(path: Path, text: str, key: tuple[str | int, ...], message: str) -> ConfigError:
    line, col = locate(text, key)
    return ConfigError(f"{path}:{line}:{col}: {message}")


def _sources(path: Path, text: str, table: Any) -> tuple[Source, ...]:
    if not isinstance(table, dict):
        raise _fail(path, text, ("sources",), 'expected a table of sources ([sources.NAME] with path = "...")')
    sources = {BUNDLED: Source(BUNDLED, bundled_dir())}
    for name, entry in table.items():
        where = ("sources", name)
        if not isinstance(entry, dict):
            raise _fail(path, text, where, f"expected a table [sources.{name}] with path and enabled")
        unknown = sorted(set(entry) - {"path", "enabled"})
        if unknown:
            raise _fail(path, text, (*where, unknown[0]), f"unknown setting {unknown[0]!r}; expected path or enabled")
        enabled = entry.get("enabled", True)
        if not isinstance(enabled, bool):
            raise _fail(path, text, (*where, "enabled"), "expected true or false")
        folder = entry.get("path")
        if name == BUNDLED:
            if folder is not None:
                raise _fail(path, text, (*where, "path"), "the bundled source has no path; expected only enabled")
            sources[BUNDLED] = Source(BUNDLED, bundled_dir(), enabled)
            continue
        if not isinstance(folder, str) or not folder.strip():
            raise _fail(
                path, text, (*where, "path") if "path" in entry else where, 'expected path = "a folder or file"'
            )
        target = Path(os.path.expandvars(folder)).expanduser()
        if not target.is_absolute():  # relative to the config file, not to wherever the app starts
            target = path.parent / target
        sources[name] = Source(name, target, enabled)
    return tuple(sources.values())


def _keys(path: Path, text: str, table: Any) -> dict[str, str]:
    if not isinstance(table, dict):
        raise _fail(path, text, ("keys",), 'expected a table: [keys] with command = "key"')
    keys = {}
    for command, value in table.items():
        if not isinstance(value, str) or not [k for k in value.split(",") if k.strip()]:
            raise _fail(path, text, ("keys", command), 'expected a key such as "s", "ctrl+e" or "f5,ctrl+r"')
        keys[command] = ",".join(k.strip() for k in value.split(",") if k.strip())
    return keys


def parse_config(path: Path, text: str) -> Config:
    """The config in ``text`` (read from ``path``). Raises ConfigError."""
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        line, col = getattr(exc, "lineno", None) or 1, getattr(exc, "colno", None) or 1
        raise ConfigError(f"{path}:{line}:{col}: invalid TOML: {getattr(exc, 'msg', None) or exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}:1:1: invalid TOML: nesting too deep") from None
    unknown = sorted(set(data) - {"sources", "keys"})
    if unknown:
        raise _fail(path, text, (unknown[0],), f"unknown setting {unknown[0]!r}; expected [sources.NAME] or [keys]")
    sources = _sources(path, text, data["sources"]) if "sources" in data else Config().sources
    keys = _keys(path, text, data["keys"]) if "keys" in data else {}
    return Config(sources, keys)


def load_config(directory: Path | None = None) -> Config:
    """The reader's config; the defaults when there is no file. Raises ConfigError."""
    path = config_path(directory)
    try:
        with os.fdopen(open_regular(path), "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        return Config()
    except NotRegularFile:
        raise ConfigError(f"{path}:1:1: not a regular file; not read") from None
    except OSError as exc:
        raise ConfigError(f"{path}:1:1: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ConfigError(f"{path}:{line}:{col}: not UTF-8 text") from None
    return parse_config(path, text)


def env_paths(environ: Mapping[str, str] | None = None) -> list[Path] | None:
    """``$BRIEFINGS_DIR`` as paths (``os.pathsep``-separated; empty parts skipped), or None if unset."""
    value = (os.environ if environ is None else environ).get(ENV_SOURCES)
    if not value:
        return None
    paths = [Path(part).expanduser() for part in value.split(os.pathsep) if part.strip()]
    return paths or None


def source_of(path: Path, sources: tuple[Source, ...]) -> str | None:
    """The name of the (first, innermost-listed) source ``path`` was loaded from, or None."""
    for source in sources:
        if path == source.path or source.path in path.parents:
            return source.name
    return None
