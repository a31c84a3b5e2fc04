"""Topic labels in the command palette are text: a `[@click=...]` label runs nothing, a `[/]` label hides nothing."""

from __future__ import annotations

from pathlib import Path

from app_support import loaded, until
from textual.command import CommandList

from briefing_tui.app.screens.browser import Browser
from support import MINIMAL


def palette_folder(tmp_path: Path, shots: Path) -> Path:
    """One briefing whose topics, and their labels in topics.toml, are markup and escape sequences."""
    folder = tmp_path / "palette"
    folder.mkdir()
    shot = f"[@click=app.screenshot('x.svg','{shots}')]Shot label[/]".replace("\\", "\\\\").replace('"', '\\"')
    (folder / "topics.toml").write_text(
        "schema = 1\n"
        f'[topic.shot]\nlabel = "{shot}"\ngroup = "theme"\n'
        '[topic.quitter]\nlabel = "[@click=app.quit]Quit label[/]"\ngroup = "theme"\n'
        '[topic.osc]\nlabel = "Clip\\u001b]52;c;aGk=\\u0007board \\u001b]2;title\\u0007\\u001b[2J"\ngroup = "theme"\n',
        encoding="utf-8",
    )
    topics = '["shot", "quitter", "osc", "[/]", "[bold]b[/bold]"]'
    (folder / "b.toml").write_text(MINIMAL.replace('topics = ["g7"]', f"topics = {topics}"), encoding="utf-8")
    return folder


def palette_lines(pilot) -> list[str]:
    commands = pilot.app.screen.query_one(CommandList)
    return [strip.text for strip in commands.render_lines(commands.region.reset_offset)]


async def test_palette_labels_never_run_as_markup(make_app, tmp_path, monkeypatch):
    # The label carries the folder's path, so the folder's name must have a fixed length: under
    # tmp_path (pytest-of-USER/pytest-N/...) it grew with N and USER until "Shot label" was cut
    # off at 120 columns, and the test failed on one machine and passed on another.
    monkeypatch.chdir(tmp_path)
    shots = Path("shots")
    shots.mkdir()
    app = make_app(palette_folder(tmp_path, shots))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        labels = ("[@click=app.quit]Quit label[/]", "Shot label[/]", "Clipboard", "[/]", "[bold]b[/bold]")
        await pilot.press("ctrl+p", *"topic")
        await until(pilot, lambda: sum(" topic: " in line for line in palette_lines(pilot)) == len(labels), timeout=30)
        shown = "\n".join(palette_lines(pilot))
        for label in labels:
            assert label in shown, label
        assert "\x1b" not in shown and "\x07" not in shown
        assert "[@click=app.screenshot('x.svg'," in shown  # the literal label

        # Click right on the words of each [@click] label: before, this quit the app / wrote a file.
        for words in ("Quit label", "Shot label"):
            lines = palette_lines(pilot)
            y = next(i for i, line in enumerate(lines) if words in line)
            await pilot.click(CommandList, offset=(lines[y].index(words) + 2, y))
            await until(pilot, lambda: isinstance(pilot.app.screen, Browser), timeout=30)
            assert app.is_running and app.return_code is None
            await pilot.press("ctrl+p", *"topic")
            await until(
                pilot, lambda: sum(" topic: " in line for line in palette_lines(pilot)) == len(labels), timeout=30
            )
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(pilot.app.screen, Browser), timeout=30)
        assert screen.filters.topics == {"quitter", "shot"}  # the clicks chose the entries, as clicks should
        assert list(shots.iterdir()) == []
        assert app.is_running and app.return_code is None
