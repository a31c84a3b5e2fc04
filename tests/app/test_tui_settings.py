"""Theme and zones are remembered, written atomically; a corrupt file is ignored with a notice."""

from __future__ import annotations

import json
import os

import pytest
from app_support import loaded

from briefing_tui.core.store import atomic
from briefing_tui.core.store.settings import (
    SETTINGS_FILE,
    Settings,
    SettingsError,
    config_dir,
    load_settings,
    save_settings,
)


def test_save_is_atomic_and_round_trips(tmp_path, monkeypatch):
    replaced: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src, dst):
        replaced.append((str(src), str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", spy)
    settings = Settings(theme="nord", zone="Asia/Tokyo", extra_zone="Europe/Paris")
    path = save_settings(settings, tmp_path / "new")
    assert path == tmp_path / "new" / SETTINGS_FILE
    assert load_settings(tmp_path / "new") == settings
    [(temp, target)] = replaced
    assert target == str(path) and os.path.dirname(temp) == str(path.parent)  # same folder: rename is atomic
    assert sorted(os.listdir(path.parent)) == [SETTINGS_FILE]  # no temporary file left behind


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    save_settings(Settings(theme="nord"), tmp_path)

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(OSError):
        save_settings(Settings(theme="gruvbox"), tmp_path)
    assert load_settings(tmp_path).theme == "nord"
    assert sorted(os.listdir(tmp_path)) == [SETTINGS_FILE]


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '{"theme": 3}', "\udcff"])
def test_unusable_files_raise_settings_error(tmp_path, text):
    (tmp_path / SETTINGS_FILE).write_bytes(text.encode("utf-8", "surrogateescape"))
    with pytest.raises(SettingsError):
        load_settings(tmp_path)


def test_missing_file_means_defaults_and_env_overrides_the_folder(tmp_path, monkeypatch):
    assert load_settings(tmp_path) == Settings()
    monkeypatch.setenv("BRIEFING_TUI_CONFIG_DIR", str(tmp_path / "elsewhere"))
    assert config_dir() == tmp_path / "elsewhere"


async def test_theme_is_remembered(make_app, settings_dir):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert not (settings_dir / SETTINGS_FILE).exists()  # nothing changed, nothing written
        app.theme = "nord"
        await pilot.pause()
    assert json.loads((settings_dir / SETTINGS_FILE).read_text())["theme"] == "nord"
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.theme == "nord"


async def test_a_corrupt_settings_file_is_ignored_with_a_notice(make_app, settings_dir, notices):
    settings_dir.mkdir(parents=True)
    (settings_dir / SETTINGS_FILE).write_text('{"theme": "nord", ', encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert app.theme == "textual-dark"
        [(message, options)] = [(m, o) for m, o in notices if o.get("title") == "Settings ignored"]
        assert SETTINGS_FILE in message and "not valid JSON" in message
        assert options["severity"] == "warning" and options["markup"] is False
        await pilot.press("z")  # browsing goes on, and the next change writes a good file
        assert json.loads((settings_dir / SETTINGS_FILE).read_text())["zone"] == screen.emphasis


async def test_a_remembered_zone_this_machine_does_not_know_is_dropped(make_app, settings_dir):
    save_settings(Settings(zone="Mars/Olympus_Mons", extra_zone="Asia/Tokyo"), settings_dir)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert screen.emphasis is None and screen.extra_zone == "Asia/Tokyo"
