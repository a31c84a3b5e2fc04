"""The config file in the app: sources, remapped keys (and what was ignored), the editor, folders."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from app_support import DATA, loaded, palette_lists, rendered, wait_for

from briefing_tui.app.app import BriefingApp
from briefing_tui.app.screens.add_folder import AddFolder
from briefing_tui.app.screens.errors import ErrorsScreen
from briefing_tui.app.screens.help import HelpScreen, help_rows
from briefing_tui.core.store.config import CONFIG_FILE

MONTREAL = "2024-01-13-japan-canada-montreal.toml"
QUAD = "2022-02-11-quad-melbourne.toml"


def write_config(settings_dir: Path, text: str) -> Path:
    settings_dir.mkdir(parents=True, exist_ok=True)
    path = settings_dir / CONFIG_FILE
    path.write_text(text, encoding="utf-8")
    return path


def fake_editor(folder: Path, name: str = "fake-editor") -> tuple[Path, Path]:
    """A script called ``name`` that records its arguments, one a line, and changes nothing."""
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "editor.log"
    script = folder / name
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" >> "{log}"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, log


def folders(tmp_path: Path) -> tuple[Path, Path]:
    one, two = tmp_path / "one", tmp_path / "two"
    for folder, name in ((one, MONTREAL), (two, QUAD)):
        folder.mkdir()
        shutil.copy(DATA / "topics.toml", folder / "topics.toml")
        shutil.copy(DATA / name, folder / name)
    return one, two


async def test_a_remapped_key_works_and_the_help_and_palette_show_it(make_app, settings_dir, notices):
    write_config(settings_dir, '[keys]\nsort = "S"\nhelp = "f2"\n')
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("s")
        assert screen.sort == "newest"  # s no longer sorts
        await pilot.press("S")
        assert screen.sort == "oldest"
        assert str(screen.query_one("#briefings").border_subtitle).endswith("(S)")  # the hint follows the key
        await pilot.press("question_mark")
        assert pilot.app.screen is screen
        await pilot.press("f2")
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = {
            description: keys
            for _, section in help_rows(pilot.app, help_screen.sections)
            for keys, description in section
        }
        assert rows["Sort: newest first, oldest first, by title"] == "S"
        assert rows["This list of keys"] == "f2"
        assert "S" in rendered(help_screen.query_one("#help-text"))
        await pilot.press("escape")
        await pilot.press("ctrl+p", *"change sort")
        await wait_for(pilot, palette_lists(pilot, "change sort order"))
        assert "(S)" in str(pilot.app.screen.query_one("CommandList").get_option_at_index(0).prompt)
    assert not [n for n in notices if n[1].get("title") == "Keys ignored"]


async def test_a_remapped_letter_gives_way_in_the_search_box(make_app, settings_dir):
    write_config(settings_dir, '[keys]\nsort = "ctrl+o"\nreload = "R"\n')
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        loads = screen._loader._number
        await pilot.press("slash", "R", "s")
        assert screen.filters.text == "Rs"  # typed, not a reload
        assert screen._loader._number == loads
        await pilot.press("enter", "ctrl+o")
        assert screen.sort == "oldest"


async def test_conflicts_and_unknown_ids_are_reported_and_ignored(make_app, settings_dir, notices):
    write_config(
        settings_dir, '[keys]\nsort = "q"\nreload = "j"\nfly = "f"\npick_zone = "p"\ncycle_zone = "s"\ncopy = "z"\n'
    )
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        told = [message for message, kw in notices if kw.get("title") == "Keys ignored"]
        assert len(told) == 1
        lines = told[0].splitlines()
        assert "[keys] fly: no such command" in lines[0]
        assert "[keys] pick_zone: palette-only" in lines[1]
        assert any(
            line.startswith("[keys] sort = 'q': q already belongs to the quit command; ignored") for line in lines
        )
        assert any(
            line.startswith("[keys] reload = 'j': j already belongs to the briefing list's Down") for line in lines
        )
        assert len(lines) == 6
        # cycle_zone = "s" clashes with sort's s (sort's own remap was ignored), so it is ignored too;
        # copy = "z" then clashes with cycle_zone's z.
        assert pilot.app.keys_in_force["sort"] == "s"
        await pilot.press("s")
        assert screen.sort == "oldest"


async def test_a_broken_config_is_located_and_the_app_starts_on_defaults(make_app, settings_dir, notices):
    path = write_config(settings_dir, '[keys]\nsort = "S"\n[sources\n')
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        told = [message for message, kw in notices if kw.get("title") == "Config ignored"]
        assert told and told[0].startswith(f"{path}:3:9: invalid TOML")
        await pilot.press("s")
        assert screen.sort == "oldest"  # the default keys


async def test_sources_from_the_config_and_the_pane_says_where_a_briefing_came_from(tmp_path, settings_dir):
    one, two = folders(tmp_path)
    write_config(
        settings_dir,
        f'[sources.bundled]\nenabled = false\n\n[sources.one]\npath = "{one}"\n\n[sources.two]\npath = "{two}"\n',
    )
    app = BriefingApp(local_zone="UTC", settings_dir=settings_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert [s.name for s in screen.sources] == ["one", "two"]
        assert len(screen.library) == 2
        seen = set()
        for _ in range(2):
            subtitle = str(screen.query_one("#detail").border_subtitle)
            seen.add(subtitle.split(" · ")[0])
            await pilot.press("j")
        assert seen == {"from one", "from two"}


async def test_briefings_dir_is_a_list_of_sources(tmp_path, settings_dir, monkeypatch):
    one, two = folders(tmp_path)
    monkeypatch.setenv("BRIEFINGS_DIR", os.pathsep.join([str(one), str(two)]))
    write_config(settings_dir, "[sources.bundled]\nenabled = true\n")  # $BRIEFINGS_DIR wins over the config
    async with BriefingApp(local_zone="UTC", settings_dir=settings_dir).run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert screen.paths == (one, two)
        assert len(screen.library) == 2


async def test_one_source_is_not_named_in_the_pane(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert str(screen.query_one("#detail").border_subtitle).startswith("zone ")


async def test_the_palette_adds_and_removes_a_folder_for_the_session(tmp_path, make_app, settings_dir):
    one, two = folders(tmp_path)
    async with make_app(one).run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert len(screen.library) == 1
        await pilot.press("ctrl+p", *"add a folder")
        await wait_for(pilot, palette_lists(pilot, "add a folder"))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, AddFolder))
        await pilot.press(*"/no/such/place", "enter")
        assert isinstance(pilot.app.screen, AddFolder)
        assert "no such folder" in rendered(pilot.app.screen.query_one("#add-folder-problem"))
        field = pilot.app.screen.query_one("#add-folder-path")
        field.value = str(two)
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.library is not None and len(screen.library) == 2)
        assert [s.name for s in screen.sources] == ["one", "two"]
        await pilot.press("ctrl+p", *"remove a folder")
        await wait_for(pilot, palette_lists(pilot, "remove a folder"))
        await pilot.press("enter")
        await wait_for(pilot, lambda: "which folder" in pilot.app.screen.query_one("CommandInput").placeholder)
        await pilot.press(*"remove one")
        await wait_for(pilot, palette_lists(pilot, "remove one"))
        await pilot.press("enter")
        await wait_for(
            pilot, lambda: screen.library is not None and len(screen.library) == 1 and screen.paths == (two,)
        )
        assert screen.library.entries[0].path.name == QUAD
    assert not (settings_dir / CONFIG_FILE).exists()  # for the session only: the config is not written


async def test_edit_opens_the_briefing_in_the_editor_then_reloads(tmp_path, make_app, monkeypatch):
    script, log = fake_editor(tmp_path / "bin")
    monkeypatch.setenv("VISUAL", str(script))
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        path = screen.current_path()
        assert path is not None
        loads = screen._loader._number
        await pilot.press("E")
        await wait_for(pilot, log.exists)
        assert log.read_text(encoding="utf-8").splitlines() == [str(path)]
        assert screen._loader._number == loads + 1  # read again, to show what was changed
        await pilot.press("slash", "E")
        assert screen.filters.text == "E"  # typed in the search box, not an editor
        assert log.read_text(encoding="utf-8").splitlines() == [str(path)]


async def test_edit_on_the_errors_screen_opens_the_file_at_the_problem(broken_dir, tmp_path, make_app, monkeypatch):
    script, log = fake_editor(tmp_path / "bin", "vi")
    monkeypatch.setenv("VISUAL", f"{script}")
    async with make_app(broken_dir).run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("e")
        errors = pilot.app.screen
        assert isinstance(errors, ErrorsScreen)
        problem = errors.problems[0]
        await pilot.press("E")
        await wait_for(pilot, log.exists)
        assert log.read_text(encoding="utf-8").splitlines() == [f"+{problem.line}", problem.path]
        assert problem.path.endswith("bad.toml") and problem.line == 4
        await wait_for(pilot, lambda: not isinstance(pilot.app.screen, ErrorsScreen))  # back to the reloading list
