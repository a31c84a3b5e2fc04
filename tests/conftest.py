"""Shared fixtures: a fixed reader zone and a factory for briefing files."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from support import MINIMAL

APP_TESTS = Path(__file__).parent / "app"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The Textual app's tests are ``slow``: ``pytest -m "not slow"`` is the quick everyday loop."""
    for item in items:
        if APP_TESTS in item.path.parents:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _fixed_local_zone(monkeypatch, tmp_path_factory):
    """The reader's zone is UTC, and the cache private, in every test unless a test says otherwise."""
    from briefing_tui.core.model import zones

    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("BRIEFING_TUI_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    zones.local_zone_name.cache_clear()
    yield
    zones.local_zone_name.cache_clear()


@pytest.fixture(autouse=True)
def _private_config(monkeypatch, tmp_path_factory):
    """No test reads the reader's own config file or $BRIEFINGS_DIR (tests/app's conftest narrows it further)."""
    monkeypatch.setenv("BRIEFING_TUI_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("BRIEFINGS_DIR", raising=False)


@pytest.fixture
def write(tmp_path):
    """Write a briefing file (dedented) into tmp_path and return its path."""

    def _write(text: str, name: str = "b.toml", *, raw: bool = False) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text if raw else textwrap.dedent(text), encoding="utf-8")
        return path

    return _write


@pytest.fixture
def minimal() -> str:
    return MINIMAL
