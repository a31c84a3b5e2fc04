"""The command table is the one source: bindings, palette, search-box gating, and the README's keymap table."""

from __future__ import annotations

import re

from briefing_tui.app import commands
from briefing_tui.app.app import BriefingApp, reserved_keys
from briefing_tui.app.screens.browser import Browser
from briefing_tui.app.screens.errors import ErrorsScreen
from briefing_tui.app.screens.help import class_bindings
from support import REPO

README_TABLE = re.compile(r"<!-- keymap:start.*?-->\n(.*?)<!-- keymap:end -->", re.S)


def test_the_readme_keymap_table_is_generated_from_the_command_table():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    found = README_TABLE.search(readme)
    assert found, "README.md lost its <!-- keymap:start --> ... <!-- keymap:end --> section"
    assert found.group(1) == commands.keymap_table(), (
        "regenerate it: python -c 'from briefing_tui.app.commands import keymap_table; print(keymap_table())'"
    )


def test_every_binding_of_the_browser_app_and_errors_edit_comes_from_the_table():
    for cls, screen in ((Browser, commands.BROWSER), (BriefingApp, "app")):
        own = list(cls.BINDINGS)  # type: ignore[attr-defined]
        assert own == commands.bindings(screen)
        assert all(b.id in commands.BY_ID for b in own)
    edit = [b for b in class_bindings(ErrorsScreen, inherited=False) if b.id]
    assert [(b.id, b.key) for b in edit] == [("edit", "E")]


def test_ids_are_unique_and_actions_exist():
    assert len(commands.BY_ID) == len(commands.COMMANDS)
    for command in commands.COMMANDS:
        for action, _ in command.variants or ((command.run, ""),):
            owner = BriefingApp if action.startswith("app.") or "app" in command.screens else Browser
            assert hasattr(owner, f"action_{action.removeprefix('app.')}"), action


def test_letters_give_way_in_the_search_box_but_help_and_escape_do_not():
    typed = commands.DEFAULT_TYPED
    assert {"search", "filters", "sort", "quit", "show_points", "toggle_joint", "edit"} <= typed
    assert not typed & {"help", "clear_filter", "read", "app.focus_next"}  # ? has f1 too
    assert "sort" not in commands.typed_actions(commands.defaults() | {"sort": "ctrl+o"})


def test_remaps_are_judged_together_so_two_commands_can_swap_keys():
    accepted, problems = commands.resolve_keymap({"sort": "z", "cycle_zone": "s"}, reserved_keys())
    assert (accepted, problems) == ({"sort": "z", "cycle_zone": "s"}, [])
    accepted, problems = commands.resolve_keymap({"sort": "?"}, reserved_keys())
    assert accepted == {} and "already belongs to the help command" in problems[0]
    accepted, problems = commands.resolve_keymap({"edit": "q"}, reserved_keys())
    assert accepted == {} and "the quit command" in problems[0]


def test_the_readme_config_example_is_valid_and_its_keys_apply(tmp_path):
    from briefing_tui.core.store.config import parse_config

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### The config file") :]
    example = section[section.index("```toml\n") + 8 : section.index("```\n", section.index("```toml\n"))]
    config = parse_config(tmp_path / "config.toml", example)
    assert [(s.name, s.enabled) for s in config.sources] == [("bundled", False), ("work", True), ("archive", False)]
    accepted, problems = commands.resolve_keymap(config.keys, reserved_keys())
    assert problems == [] and accepted == {"sort": "S", "cycle_zone": "Z", "edit": "ctrl+e,f4"}


def test_letter_commands_give_way_in_the_filter_panel_remapped_or_not():
    assert {"filters", "sort", "timeline"} <= commands.lettered_actions(commands.defaults())
    assert "search" not in commands.lettered_actions(commands.defaults())  # `/` is not a letter
    remapped = commands.defaults() | {"filters": "ctrl+t", "search": "S"}
    assert "filters" not in commands.lettered_actions(remapped)
    assert "search" in commands.lettered_actions(remapped)
