"""Review 8: the start's check (``LoadController._verify``) against what else happens meanwhile."""

from __future__ import annotations

import shutil
import threading
import time

from app_support import DATA, loaded, until

import briefing_tui.app.load_controller as controller_module
from briefing_tui.app.app import BriefingApp


def _warm(tmp_path, settings_dir):
    folder = tmp_path / "live"
    shutil.copytree(DATA, folder)
    return folder, lambda: BriefingApp([folder], local_zone="UTC", settings_dir=settings_dir, poll=False)


async def test_a_reload_asked_for_during_the_check_is_the_only_one(tmp_path, settings_dir, monkeypatch):
    _folder, app = _warm(tmp_path, settings_dir)
    async with app().run_test(size=(120, 40)) as pilot:  # cold: writes the index
        await loaded(pilot)
    entered, release = threading.Event(), threading.Event()
    real = controller_module.signature

    def held(paths, problems=None):
        entered.set()
        assert release.wait(30)
        return real(paths, problems) + "changed"  # the check says: load again

    monkeypatch.setattr(controller_module, "signature", held)
    async with app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert screen.library.trusted
        await until(pilot, entered.is_set, timeout=10)
        loader = screen._loader
        await pilot.press("r")  # the reader's reload, while the check runs
        await until(pilot, lambda: not screen.library.trusted, timeout=10)
        shown = loader._loads_shown
        release.set()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.3)
        assert loader._loads_shown == shown  # the check's late answer loads nothing more


async def test_quitting_during_the_check_is_quick_and_quiet(tmp_path, settings_dir, monkeypatch, capsys):
    _folder, app = _warm(tmp_path, settings_dir)
    async with app().run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
    entered = threading.Event()
    errors: list[BaseException] = []
    real = controller_module.signature

    def slow(paths, problems=None):  # a slow disk (a network mount, 100,000 files)
        entered.set()
        time.sleep(3)
        return real(paths, problems) + "changed"

    monkeypatch.setattr(controller_module, "signature", slow)
    application = app()
    started = time.monotonic()
    async with application.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await until(pilot, entered.is_set, timeout=10)
        await pilot.press("q")
    took = time.monotonic() - started
    verify = (
        [w for w in application.workers._workers if w.group == "verify"]
        if hasattr(application.workers, "_workers")
        else []
    )
    errors += [w.error for w in verify if w.error is not None]
    assert not errors, errors
    assert took < 2.5, f"quitting waited {took:.1f}s for the check"
