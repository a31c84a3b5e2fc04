"""Briefing text is data: markup, click actions and escape sequences show literally and do nothing."""

from __future__ import annotations

from app_support import loaded, rendered

from briefing_tui.app.widgets.briefing_list import BriefingList
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.status import StatusLine

LITERALS = ("[@click=app.quit]Quit now[/]", "[bold red]RED[/bold red]", "[$accent]accent[/]")


async def test_hostile_text_renders_literally_and_never_acts(make_app, hostile_dir, monkeypatch, notices):
    app = make_app(hostile_dir)
    copied: list[str] = []
    opened: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    async with app.run_test(size=(160, 50)) as pilot:
        screen = await loaded(pilot)
        assert not screen.library.problems
        briefings = screen.query_one(BriefingList)
        row = briefings.row_text(0)
        for literal in LITERALS:
            assert literal in row
        assert "\x1b" not in row and "ansi" in row
        painted_row = rendered(briefings)
        assert "[@click=app.quit]Quit now[/] [bold red]RED[/bold red]" in painted_row

        detail = rendered(screen.query_one(DetailPane).body)
        for literal in (
            *LITERALS,
            "[b]category[/b]",
            "[@click=app.quit]Mallory[/]",
            "[reverse]Minister[/reverse]",
            "Trent [/]",
            "[bold]summary[/bold]",
            "[@click=app.quit]click me[/]",
            "[$accent]vars[/]",
            "[link=https://example.com]venue[/link]",
        ):
            assert literal in detail, literal
        assert "\x1b" not in detail and "\x07" not in detail

        await pilot.click(BriefingList, offset=(30, 1))  # on the "[@click=app.quit]" text itself
        await pilot.click(DetailPane, offset=(3, 1))
        await pilot.press("j", "k", "enter", "z", "z", "y", "o", "t", "space", "slash", *"[/]", "escape", "escape")
        await pilot.pause()
        assert app.is_running and app.return_code is None and app.screen is screen
        assert copied and "\x1b" not in copied[0]
        assert opened == []  # javascript: is not a web link: `o` is greyed out in the footer
        assert screen.check_action("open_source", ()) is None
        assert all(options.get("markup") is False for message, options in notices if "[" in message)
        assert rendered(screen.query_one(StatusLine)).strip() == "1 briefing"
