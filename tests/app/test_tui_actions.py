"""`y` copies Markdown, `o` opens only web links, `e` lists the files that failed to load."""

from __future__ import annotations

from app_support import loaded, palette_kept, rendered

from briefing_tui.app.screens.errors import ErrorsScreen
from briefing_tui.app.widgets.status import StatusLine
from briefing_tui.core.present.export import to_markdown


async def test_y_copies_the_briefing_as_markdown(make_app, monkeypatch, notices):
    app = make_app()
    copied: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j", "y")
        briefing = screen.current_briefing
        assert copied == [to_markdown(briefing, local_zone="UTC")]
        assert copied[0].startswith(f"## {briefing.title}")
        message, options = notices[-1]
        assert briefing.title in message and options["markup"] is False


async def test_o_opens_the_source_url(make_app, monkeypatch):
    app = make_app()
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("o")
        assert opened == [screen.current_briefing.source_url]
        assert opened[0].startswith("https://")


async def test_e_lists_files_that_failed_to_load(make_app, broken_dir):
    async with make_app(broken_dir).run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert rendered(screen.query_one(StatusLine)).strip() == "3 briefings · 1 file with errors (e)"
        assert screen.check_action("errors", ()) is True
        await pilot.press("e")
        errors = pilot.app.screen
        assert isinstance(errors, ErrorsScreen)
        text = rendered(errors.query_one("#errors-list"))
        assert f"{broken_dir / 'bad.toml'}:4:" in text and ": error: " in text
        assert "1 file failed to load" in rendered(errors.query_one("#errors-summary"))
        await pilot.press("escape")
        assert pilot.app.screen is screen


async def test_errors_key_is_hidden_when_every_file_loaded(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert screen.check_action("errors", ()) is False
        await pilot.press("e")
        assert pilot.app.screen is screen


async def test_r_reloads_after_a_fix(make_app, broken_dir):
    async with make_app(broken_dir).run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j")
        keep = screen.current_briefing.id
        (broken_dir / "bad.toml").unlink()
        await pilot.press("r")
        screen = await loaded(pilot)
        assert not screen.library.problems
        assert rendered(screen.query_one(StatusLine)).strip() == "3 briefings"
        assert screen.current_briefing.id == keep


async def test_o_says_when_no_browser_opens_the_link_and_offers_to_copy_it(make_app, monkeypatch, notices):
    """#13: `o` said "Opening https://…" even when webbrowser.open returned False or raised."""
    import webbrowser

    answers = iter([False, webbrowser.Error("could not locate runnable browser")])

    def no_browser(url: str, *args: object, **kwargs: object) -> bool:
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(webbrowser, "open", no_browser)
    app = make_app()
    copied: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)

    def failed(url: str) -> None:
        [(message, options)] = notices
        assert options.get("title") != "Opening" and options["severity"] == "warning" and options["markup"] is False
        assert "No web browser could open" in message and url in message and "o again copies" in message

    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await palette_kept(pilot)
        url = screen.current_briefing.source_url
        await pilot.press("o")  # webbrowser.open returns False
        failed(url)
        notices.clear()
        await pilot.press("o")  # the offer: o again copies the link, with y's clipboard
        assert copied == [url] and notices[-1][1].get("title") == "Link copied"
        notices.clear()
        await pilot.press("j", "o")  # another briefing; webbrowser.open raises
        other = screen.current_briefing.source_url
        assert other != url
        failed(other)
        assert copied == [url]
