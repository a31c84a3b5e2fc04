"""Loading at scale: rows arrive while the rest loads, the UI responds, changes on disk show up."""

from __future__ import annotations

import shutil
import sys

from app_support import DATA, loaded, until
from held_load import held_corpus

import briefing_tui.app.load_controller as browser_module
import briefing_tui.core.store.load as loader
from briefing_tui.app.app import BriefingApp
from briefing_tui.app.widgets.briefing_list import BriefingList
from support import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from generate import generate


async def test_navigation_and_search_respond_during_a_cold_load(tmp_path, monkeypatch, settings_dir):
    corpus, release = held_corpus(tmp_path, monkeypatch)
    app = BriefingApp([corpus], local_zone="UTC", settings_dir=settings_dir, use_cache=False, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await _during_a_held_load(pilot, app, release)


async def _during_a_held_load(pilot, app, release) -> None:
    try:
        screen = app.screen
        listing = screen.query_one(BriefingList)
        # Every file before the hold is listed: no partial view can arrive (and move row 0) between
        # reading the current briefing and pressing j.
        await until(pilot, lambda: listing.option_count >= 300 and screen.current is not None, timeout=30)
        assert screen.library is not None and not screen.library.complete  # rows before the load ends
        assert "loading…" in str(screen.query_one("#status").render())
        first = screen.current_briefing.id
        before = (listing.highlighted, screen.current, app.focused, listing.option_count)
        await pilot.press("j")
        assert screen.current_briefing.id != first, (
            before,
            (listing.highlighted, screen.current, app.focused, listing.option_count),
        )
        await pilot.press("slash", *"syn-00000")
        await pilot.pause()
        assert screen.filters.text == "syn-00000"
        assert 1 <= listing.option_count <= 10
        assert not screen.library.complete  # all of that happened while files were still loading
        release.set()
        await until(pilot, lambda: screen.library is not None and screen.library.complete, timeout=60)
        assert len(screen.library) == 800
        assert listing.option_count == 10  # the filter applies to everything once it has arrived
    finally:
        release.set()


async def test_files_changed_on_disk_are_picked_up_keeping_the_place(tmp_path, monkeypatch, settings_dir):
    folder = tmp_path / "live"
    shutil.copytree(DATA, folder)
    monkeypatch.setattr(browser_module, "POLL_INTERVAL", 0.2)
    app = BriefingApp([folder], local_zone="UTC", settings_dir=settings_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j", "j")
        reading = screen.current_briefing.id
        before = len(screen.library)
        shutil.copy(REPO / "briefings" / "2022-11-03-japan-canada-munster.toml", folder / "new.toml")
        await until(pilot, lambda: len(screen.library) == before + 1, timeout=30)
        await pilot.pause()
        assert screen.current_briefing.id == reading
        (folder / "new.toml").unlink()
        await until(pilot, lambda: len(screen.library) == before, timeout=30)
        await pilot.pause()
        assert screen.current_briefing.id == reading


async def test_inside_the_app_files_are_parsed_in_worker_processes(tmp_path, monkeypatch, settings_dir):
    """A running Textual app's stderr has no descriptor; spawning workers must still work."""
    from multiprocessing import resource_tracker

    from briefing_tui.core.store import workers

    # An earlier test may have started multiprocessing's helper with a real stderr: stop it, so
    # this test sees what a fresh app process sees.
    resource_tracker._resource_tracker._stop()

    folder = tmp_path / "corpus"
    generate(60, folder)
    shutil.copy(DATA / "topics.toml", folder / "topics.toml")
    monkeypatch.setattr(loader, "PARALLEL_MIN", 10)
    monkeypatch.setattr(workers, "CHUNK_FILES", 8)
    monkeypatch.setattr(workers, "FIRST_HERE", 3)
    monkeypatch.setattr(loader.os, "cpu_count", lambda: 2)
    app = BriefingApp([folder], local_zone="UTC", settings_dir=settings_dir, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert len(screen.library) == 60 and screen.library.complete
        assert screen.library.workers == 2, screen.library.notices
        assert not [n for n in screen.library.notices if "worker" in n]
        assert not app._notifications  # nothing went wrong worth a toast
        await pilot.press("j")
        assert screen.current_briefing is not None and screen.current_briefing.points  # read from a worker's segment


async def test_reload_during_a_first_load_starts_over_without_duplicates(tmp_path, monkeypatch, settings_dir):
    corpus, release = held_corpus(tmp_path, monkeypatch)
    app = BriefingApp([corpus], local_zone="UTC", settings_dir=settings_dir, use_cache=False, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            screen = app.screen
            listing = screen.query_one(BriefingList)
            await until(pilot, lambda: listing.option_count >= 200, timeout=30)
            await pilot.press("r")  # the first load is still held half-way
            release.set()
            views = []

            def done() -> bool:
                library = screen.library
                views.append([row.id for row in library.catalog.rows])
                return library.complete

            await until(pilot, done, timeout=60)
            assert all(len(ids) == len(set(ids)) for ids in views)  # no briefing listed twice, ever
            assert len(screen.library) == 800
        finally:
            release.set()


async def test_a_reload_collects_garbage_that_the_first_load_froze(make_app):
    """Each load is frozen out of the collector's passes; garbage frozen with it (it had reached the
    oldest generation) must be collected at the next load, not kept for the session. No sweep
    waits for the reader to pause: a full pass at 10k took 100-300 ms and stalled the next key."""
    import gc
    import weakref

    class Node:
        def __init__(self) -> None:
            self.me = self

    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        node = Node()
        garbage = weakref.ref(node)
        gc.freeze()
        del node
        first = screen.library
        await pilot.press("r")
        await until(pilot, lambda: screen.library is not first and screen.library.complete, timeout=30)
        assert garbage() is None


async def test_a_slow_load_never_covers_rows_already_shown(tmp_path, monkeypatch, settings_dir):
    """The spinner is for an empty list: a late 'slow' word must not hide a partial view and its keys."""
    from briefing_tui.app.messages import LoadSlow

    corpus, release = held_corpus(tmp_path, monkeypatch)
    app = BriefingApp([corpus], local_zone="UTC", settings_dir=settings_dir, use_cache=False, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            screen = app.screen
            listing = screen.query_one(BriefingList)
            await until(pilot, lambda: listing.option_count >= 300 and screen.current is not None, timeout=30)
            screen.post_message(LoadSlow())  # the indicator's timer firing after the first rows
            await pilot.pause()
            assert not listing.loading
            first = screen.current_briefing.id
            await pilot.press("j")
            assert screen.current_briefing.id != first
        finally:
            release.set()


async def test_a_path_that_is_never_there_is_reported_without_loading_twice(tmp_path, settings_dir, monkeypatch):
    """A folder given that does not exist (a stale BRIEFING_TUI_DIRS entry, say) is a problem the
    trusted start's check adds to the list shown; it does not load every file again each start."""
    folder, gone = tmp_path / "live", tmp_path / "gone"
    shutil.copytree(DATA, folder)

    def app() -> BriefingApp:
        return BriefingApp([folder, gone], local_zone="UTC", settings_dir=settings_dir, poll=False)

    async with app().run_test(size=(120, 40)) as pilot:  # cold: writes the index
        screen = await loaded(pilot)
        await pilot.app.workers.wait_for_complete()
        checked = [str(p.path) for p in screen.library.problems]
        count = len(screen.library)
    loads: list[bool] = []
    real = browser_module.load_library

    def counted(*args, **kwargs):
        loads.append(kwargs.get("trust_index", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(browser_module, "load_library", counted)
    async with app().run_test(size=(120, 40)) as pilot:  # warm: the index, then the check
        screen = await loaded(pilot)
        await until(pilot, lambda: not screen.library.trusted, timeout=30)
        await pilot.app.workers.wait_for_complete()
        assert [str(p.path) for p in screen.library.problems] == checked and str(gone) in checked
        assert len(screen.library) == count
        assert loads == [True]


async def test_a_start_shows_the_index_then_checks_the_folders_against_it(tmp_path, settings_dir):
    """Issue #14's warm start: the first library is the cache index's, taken without listing the
    folders or a stat a file; the folders are checked once it is shown, and what changed since the
    last run (even with watching off) is loaded at once, not at the next poll."""
    folder = tmp_path / "live"
    shutil.copytree(DATA, folder)

    def app() -> BriefingApp:
        return BriefingApp([folder], local_zone="UTC", settings_dir=settings_dir, poll=False)

    async with app().run_test(size=(120, 40)) as pilot:  # cold: writes the index
        screen = await loaded(pilot)
        assert not screen.library.trusted
        count = len(screen.library)
    async with app().run_test(size=(120, 40)) as pilot:  # warm, nothing changed: the index is all
        screen = await loaded(pilot)
        assert screen.library.trusted and len(screen.library) == count
        await pilot.app.workers.wait_for_complete()  # the check found nothing: no second load
        assert screen.library.trusted
    shutil.copy(REPO / "briefings" / "2022-11-03-japan-canada-munster.toml", folder / "new.toml")
    async with app().run_test(size=(120, 40)) as pilot:  # a file added since the last run
        screen = await loaded(pilot)
        await until(pilot, lambda: len(screen.library) == count + 1, timeout=30)
        assert not screen.library.trusted
