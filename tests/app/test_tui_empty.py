"""A folder where nothing loads: the errors stay one key away, and the empty pane says why."""

from __future__ import annotations

from app_support import loaded, rendered, until

from briefing_tui.app.screens.errors import ErrorsScreen
from briefing_tui.app.widgets.detail import DetailPane


async def test_only_broken_files_e_still_shows_the_errors(make_app, tmp_path):
    folder = tmp_path / "all-broken"
    folder.mkdir()
    (folder / "bad.toml").write_text(
        'schema = 1\ntitle = "Bad"\nkind = "bilateral-meeting"\ndate = 2024-13-40\n', encoding="utf-8"
    )
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert len(screen.library) == 0 and screen.library.files_with_errors == 1
        pane = rendered(screen.query_one(DetailPane).body)
        assert "No briefing loaded: 1 file with errors (press e)" in pane
        assert "matches these filters" not in pane
        assert screen.check_action("errors", ()) is True
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ErrorsScreen))


async def test_a_folder_without_toml_files_says_so(make_app, tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        pane = " ".join(rendered(screen.query_one(DetailPane).body).split())
        assert "No .toml files in" in pane and "empty" in pane
        assert "matches these filters" not in pane
