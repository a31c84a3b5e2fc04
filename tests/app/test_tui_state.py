"""The reader's state in the browser: read and flagged (f, u), notes (n), saved searches."""

from __future__ import annotations

import os
import sqlite3

from app_support import DATA, loaded, palette_lists, rendered, show_points, wait_for

from briefing_tui.app.app import BriefingApp
from briefing_tui.app.screens.note import NamePrompt, NoteEditor
from briefing_tui.app.widgets.briefing_list import BriefingList
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.filter_panel import FilterPanel
from briefing_tui.core.query.filtering import Query
from briefing_tui.core.store import state as state_module
from briefing_tui.core.store.state import STATE_FILE, data_dir


def row_ids(screen) -> list[str]:
    return [screen.library.catalog.rows[i].id for i in screen.shown]


async def test_flags_are_kept_filtered_and_shown_and_survive_a_restart(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        first = row_ids(screen)[0]
        await pilot.press("f", "j", "f")
        second = row_ids(screen)[1]
        assert screen.state.flagged == {first, second}
        lines = screen.query_one(BriefingList)
        assert lines.row_text(0).startswith(("•★", " ★"))
        assert lines.row_text(2)[1] == " "  # not flagged
        panel = screen.query_one(FilterPanel)
        flagged_row = lambda: panel.get_option("reading:flagged").prompt.plain  # noqa: E731
        await wait_for(pilot, lambda: "Flagged" in flagged_row() and flagged_row().rstrip().endswith("2"))
        await pilot.press("t")
        panel.highlighted = panel.get_option_index("reading:flagged")
        await pilot.press("space")
        assert screen.filters.reading == {"flagged"}
        assert row_ids(screen) == [first, second]
        await pilot.press("q")
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert screen.state.flagged == {first, second}
        await pilot.press("ctrl+p", *"only: flagged")
        await wait_for(pilot, palette_lists(pilot, "Only: flagged briefings (2)"))
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: pilot.app.screen is screen and screen.filters.reading == {"flagged"})
        assert row_ids(screen) == [first, second]


async def test_enter_reads_at_once_a_moment_in_the_pane_reads_and_u_toggles(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        ids = row_ids(screen)
        await pilot.press("enter")
        assert ids[0] in screen.state.read
        await pilot.press("u")
        assert ids[0] not in screen.state.read
        await pilot.press("shift+tab")  # from the briefing pane back to the list
        assert pilot.app.focused is screen.query_one(BriefingList)
        await pilot.press("j")
        await wait_for(pilot, lambda: ids[1] in screen.state.read)  # shown for a moment
        assert ids[0] not in screen.state.read  # u is not undone by the timer
        lines = screen.query_one(BriefingList)
        await wait_for(pilot, lambda: lines.row_text(1).startswith(" ") and lines.row_text(0).startswith("•"))
        # The unread filter keeps what it listed until the filters change: the cursor never jumps.
        screen._set_filters(Query(reading=frozenset({"unread"})))
        assert ids[1] not in row_ids(screen) and ids[0] in row_ids(screen)


async def test_a_note_is_edited_shown_as_text_and_found_by_the_search(make_app):
    hostile = "[bold]zanzibar[/] [@click=app.quit]memo[/]"
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        target = row_ids(screen)[2]
        await pilot.press("j", "j", "n")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, NoteEditor))
        pilot.app.screen.query_one("TextArea").insert(hostile)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: pilot.app.screen is screen)
        assert screen.state.note(target) == hostile
        detail = rendered(screen.query_one(DetailPane).body)
        assert "Your note" in detail and hostile in detail  # markup shown as typed, never applied
        assert screen.query_one(BriefingList).row_text(2).startswith(("•", "✎"))
        await pilot.press("slash", *"zanzib")
        await wait_for(pilot, lambda: row_ids(screen) == [target])
        await pilot.press("escape", "escape")
        await wait_for(pilot, lambda: not screen.filters.active)
        assert screen._current_id() == target  # the list stays on the briefing the search found
        await pilot.press("n")  # the same briefing again: the note is there to edit
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, NoteEditor))
        assert pilot.app.screen.query_one("TextArea").text == hostile
        await pilot.press("escape")
        await wait_for(pilot, lambda: pilot.app.screen is screen)
        assert screen.state.note(target) == hostile


async def test_n_in_the_points_view_notes_the_highlighted_point(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        points = await show_points(pilot)
        await pilot.press("j")
        _, number, _, _ = points.rows.point(points.current_point)
        briefing = screen.library.catalog.rows[screen.current].id
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, NoteEditor))
        assert f"point {number} of" in rendered(pilot.app.screen.query_one("#note-about"))
        pilot.app.screen.query_one("TextArea").insert("on this point")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: pilot.app.screen is screen)
        assert screen.state.notes_of(briefing) == {number: "on this point"}
        await wait_for(pilot, lambda: f"Your note on point {number}" in rendered(screen.query_one(DetailPane).body))


async def test_a_saved_search_is_recalled_from_the_palette_and_from_the_command_line(make_app, settings_dir):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"canada", "tab")
        await pilot.press("s")  # oldest first
        expected = (screen.filters, screen.sort, row_ids(screen))
        screen.action_save_search()
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, NamePrompt))
        await pilot.press(*"canada talks", "enter")
        await wait_for(pilot, lambda: pilot.app.screen is screen and "canada talks" in screen.state.searches())
        screen.action_clear_all()
        await pilot.press("s", "s")
        assert not screen.filters.active
        await pilot.press("ctrl+p", *"saved search: canada")
        await wait_for(pilot, palette_lists(pilot, "Saved search: canada talks"))
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: pilot.app.screen is screen and screen.filters.text == "canada")
        assert (screen.filters, screen.sort, row_ids(screen)) == expected
        assert screen.query_one("#search").value == "canada"
    app = BriefingApp([DATA], local_zone="UTC", settings_dir=settings_dir, view="canada talks")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await wait_for(pilot, lambda: screen.filters.text == "canada")
        assert (screen.filters, screen.sort, row_ids(screen)) == expected


async def test_reopen_with_the_last_filters_when_asked(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        screen.action_toggle_reopen()
        await pilot.press("slash", *"quad", "tab", "v")
        await pilot.press("q")
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await wait_for(pilot, lambda: screen.filters.text == "quad" and screen.showing_points)
        screen.action_toggle_reopen()  # off again
        await pilot.press("q")
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert not screen.filters.active and not screen.showing_points


async def test_a_damaged_database_is_a_notice_and_the_briefings_stay_browsable(make_app, notices):
    folder = data_dir()
    folder.mkdir(parents=True)
    (folder / STATE_FILE).write_bytes(b"this is not a database\x00" * 500)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert any("not a database" in message for message, _ in notices)
        assert screen.shown and screen.state.kept
        await pilot.press("f")
        assert screen.state.flagged
    assert any(".damaged-" in name for name in os.listdir(folder))


async def test_a_read_only_data_folder_keeps_nothing_and_says_so(make_app, notices, monkeypatch):
    """Simulated: tests run as root, which writes anywhere, so the database's connect is refused."""
    real = sqlite3.connect

    def refuse(path, *args, **kwargs):
        if path != ":memory:":
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(state_module.sqlite3, "connect", refuse)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert any("last only this session" in message for message, _ in notices)
        assert not screen.state.kept and screen.shown
        await pilot.press("f", "j", "enter")
        assert len(screen.state.flagged) == 1 and len(screen.state.read) == 1
    assert not data_dir().exists() or not any(data_dir().iterdir())
