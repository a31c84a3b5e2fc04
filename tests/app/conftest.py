"""Fixtures for the Textual app: fixed data, a fixed reader zone, private config and cache."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from app_support import DATA, HOSTILE

from briefing_tui.app import personal_controller as personal
from briefing_tui.app.app import BriefingApp


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real config, cache or data (reading state) folders."""
    monkeypatch.setenv("BRIEFING_TUI_CONFIG_DIR", str(tmp_path / "env-config"))
    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BRIEFING_TUI_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def _no_read_timer_in_snapshots(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A briefing turns read after a moment in the pane: a picture must not depend on how long it took."""
    if "snapshots" in request.module.__name__:
        monkeypatch.setattr(personal, "READ_AFTER", 24 * 3600)


@pytest.fixture
def settings_dir(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def make_app(settings_dir: Path) -> Callable[..., BriefingApp]:
    """A BriefingApp on the fixed test briefings (or ``paths``), reader zone UTC."""

    def make(*paths: Path) -> BriefingApp:
        return BriefingApp(list(paths) or [DATA], local_zone="UTC", settings_dir=settings_dir)

    return make


@pytest.fixture
def broken_dir(tmp_path: Path) -> Path:
    """Three good briefings and one that cannot load."""
    folder = tmp_path / "broken"
    folder.mkdir()
    names = (
        "2024-01-13-japan-canada-montreal.toml",
        "2022-02-11-quad-melbourne.toml",
        "2024-12-11-japan-rok-telephone.toml",
    )
    for name in ("topics.toml", *names):
        shutil.copy(DATA / name, folder / name)
    bad = 'schema = 1\ntitle = "Bad"\nkind = "bilateral-meeting"\ndate = 2024-13-40\n'
    (folder / "bad.toml").write_text(bad, encoding="utf-8")
    return folder


@pytest.fixture
def hostile_dir(tmp_path: Path) -> Path:
    """One briefing whose text is full of markup and escape sequences."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    shutil.copy(DATA / "topics.toml", folder / "topics.toml")
    (folder / "hostile.toml").write_text(HOSTILE, encoding="utf-8")
    return folder


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict]]:
    """Every notify() call of the app, as (message, keyword arguments)."""
    seen: list[tuple[str, dict]] = []
    original = BriefingApp.notify

    def notify(self: BriefingApp, message: str, **kwargs: object) -> None:
        seen.append((message, kwargs))
        original(self, message, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(BriefingApp, "notify", notify)
    return seen
