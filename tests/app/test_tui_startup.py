"""Startup: a threaded load behind a loading indicator, then every briefing, newest first."""

from __future__ import annotations

import threading

from app_support import DATA, loaded, rendered, until

from briefing_tui.app import load_controller as browser_module
from briefing_tui.app.widgets.briefing_list import BriefingList
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.status import StatusLine
from briefing_tui.core.query.library import load_library
from briefing_tui.core.store.load import load_paths


async def test_startup_lists_every_briefing_newest_first(make_app):
    expected = sorted(load_paths([DATA]).briefings, key=lambda b: (b.date, b.time.start), reverse=True)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        briefings = screen.query_one(BriefingList)
        assert briefings.option_count == len(expected) == 8
        # Each row starts with the reader's marks (unread, flag: 3 cells); the first turns read in a moment.
        rows = [briefings.row_text(i)[3:] for i in range(briefings.option_count)]
        assert [row.split()[0] for row in rows] == [b.date.isoformat() for b in expected]
        assert rows[0].startswith("2024-12-11  call     Japan-ROK Foreign Ministers' Telephone Talk")
        assert rendered(screen.query_one(StatusLine)).strip() == "8 briefings"
        assert app.focused is briefings
        assert "Japan-ROK Foreign Ministers' Telephone Talk" in rendered(screen.query_one(DetailPane).body)


def row_for(text: str, date: str) -> str:
    return next(line for line in text.splitlines() if f" {date} " in line)


async def test_rows_show_kind_marker_and_counterparts_where_they_fit(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        text = rendered(screen.query_one(BriefingList))
        montreal = row_for(text, "2024-01-13")
        assert "2024-01-13  meeting  Japan-Canada Foreign Ministers' Meeting" in montreal
        assert montreal.rstrip(" │▁▂▃▄▅▆▇█").endswith("  Canada")
        # The word after the date (the reader's marks come before it, and the first row's change in a moment).
        kinds = {
            row_for(text, d).split(d)[1].split()[0]
            for d in ("2024-12-11", "2022-02-11", "2021-05-27", "2023-07-12", "2019-08-01")
        }
        assert kinds == {"call", "multi", "video", "summit", "meal"}
    async with make_app().run_test(size=(60, 24)) as pilot:
        screen = await loaded(pilot)
        montreal = row_for(rendered(screen.query_one(BriefingList)), "2024-01-13")
        assert "Japan-Canada Foreign" in montreal and "…" in montreal
        assert montreal.rstrip(" │▁▂▃▄▅▆▇█").endswith("  Canada")  # shortened title, whole counterpart


async def test_loading_shows_an_indicator_and_keeps_the_app_responsive(make_app, monkeypatch):
    release = threading.Event()

    def slow_load(paths, progress=None, **options):
        assert release.wait(10)
        return load_library(paths, progress, **options)

    monkeypatch.setattr(browser_module, "load_library", slow_load)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.query_one(BriefingList).loading)  # once the load takes a while
        assert "Loading briefings" in rendered(screen.query_one(StatusLine))
        await pilot.press("question_mark")  # the UI still answers keys while the worker reads
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        release.set()
        screen = await loaded(pilot)
        assert not screen.query_one(BriefingList).loading
        assert screen.query_one(BriefingList).option_count == 8


async def test_a_failed_load_is_reported_not_fatal(make_app, monkeypatch, notices):
    def broken_load(paths, progress=None, **options):
        raise OSError("disk on fire")

    monkeypatch.setattr(browser_module, "load_library", broken_load)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        assert "disk on fire" in rendered(app.screen.query_one(StatusLine))
        assert any("disk on fire" in message for message, _ in notices)
        monkeypatch.setattr(browser_module, "load_library", load_library)
        await pilot.press("r")
        screen = await loaded(pilot)
        assert screen.query_one(BriefingList).option_count == 8


async def test_counterparts_are_shortened_never_dropped(make_app):
    """#13: at 80 and 120 columns the ROK call's, the multilateral meetings' counterparts vanished."""
    from briefing_tui.app.widgets.briefing_list import counterpart_names

    for size in ((80, 30), (120, 40), (60, 24)):
        async with make_app().run_test(size=size) as pilot:
            screen = await loaded(pilot)
            briefings = screen.query_one(BriefingList)
            lines = rendered(briefings).splitlines()
            checked = 0
            for position in range(briefings.option_count):
                row = screen.library.catalog.rows[briefings.shown[position]]
                line = next((line for line in lines if f" {row.date.isoformat()} " in line), None)
                if line is None:
                    continue  # below the list's visible lines
                checked += 1
                line = line.rstrip(" │▁▂▃▄▅▆▇█▊▎▔▕").lstrip(" │▌▐▊▎▏")
                names = ", ".join(counterpart_names(row))
                shown = line.rsplit("  ", 1)[-1].strip()
                assert names.startswith(shown.removesuffix("…")) and len(shown) > 1, (size, line, names)
                assert shown == names or shown.endswith("…"), (size, line)
                line = line[line.index(row.date.isoformat()) :]  # after the reader's marks (unread, flag)
                title = line.split("  ", 2)[2].lstrip()
                shown_title = title.split("  ")[0].removesuffix("…")  # at 60 columns the marks leave it 9 cells
                assert row.title.startswith(shown_title) and len(shown_title) >= 8, (size, line)
            assert checked >= 4


async def test_the_final_view_of_a_load_starts_on_its_first_row_unless_the_reader_moved(make_app, monkeypatch):
    """A partial view highlights its own first row; the finished load must not keep that row, since
    the reader never chose it (which briefing showed at start used to depend on timing)."""
    import briefing_tui.core.store.load as loader
    import briefing_tui.core.store.parse as parse

    release = threading.Event()
    real = parse.load_file

    def newest_comes_last(path, vocabulary=None):
        if path.name.startswith("2024-12-11"):  # the newest briefing is also the last file read
            assert release.wait(30)
        return real(path, vocabulary)

    monkeypatch.setattr(parse, "load_file", newest_comes_last)
    monkeypatch.setattr(loader, "PROGRESS_EVERY", 0)  # every file is reported: a partial view shows
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            screen = app.screen
            await until(
                pilot, lambda: screen.library is not None and len(screen.library) == 7 and screen.current is not None
            )
            assert not screen.library.complete and screen.current_briefing.date.isoformat() == "2024-01-13"
        finally:
            release.set()
        await until(pilot, lambda: screen.library.complete)
        screen = await loaded(pilot)
        assert screen.query_one(BriefingList).highlighted == 0
        assert screen.current_briefing.id == screen.library.briefings[screen.shown[0]].id
        assert screen.current_briefing.date.isoformat() == "2024-12-11"


async def test_a_place_the_reader_chose_during_a_load_is_kept(make_app, monkeypatch):
    import briefing_tui.core.store.load as loader
    import briefing_tui.core.store.parse as parse

    release = threading.Event()
    real = parse.load_file

    def newest_comes_last(path, vocabulary=None):
        if path.name.startswith("2024-12-11"):
            assert release.wait(30)
        return real(path, vocabulary)

    monkeypatch.setattr(parse, "load_file", newest_comes_last)
    monkeypatch.setattr(loader, "PROGRESS_EVERY", 0)
    monkeypatch.setattr(browser_module, "INDICATOR_AFTER", 60)  # its spinner would take the focus from the rows
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            screen = app.screen
            listing = screen.query_one(BriefingList)
            await until(
                pilot, lambda: screen.library is not None and len(screen.library) == 7 and app.focused is listing
            )
            await pilot.press("j")
            await until(pilot, lambda: screen.current_briefing.date.isoformat() == "2023-11-07")
        finally:
            release.set()
        await until(pilot, lambda: screen.library.complete)
        screen = await loaded(pilot)
        assert screen.current_briefing.date.isoformat() == "2023-11-07"


async def test_a_late_word_from_a_finished_load_changes_nothing(make_app):
    """The controller's "slow" and "counting" messages can arrive after it showed the library (that
    happens at once): they must not bring back the spinner or the loading line."""
    from briefing_tui.app.messages import LoadCounting, LoadSlow

    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        loader = screen.query_one(browser_module.LoadController)
        loader.post_message(LoadSlow())
        loader.post_message(LoadCounting(1, 3))
        await pilot.pause()
        await pilot.pause()
        assert not screen.query_one(BriefingList).loading
        assert rendered(screen.query_one(StatusLine)).strip() == "8 briefings"
