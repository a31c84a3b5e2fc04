"""The palette speed-up (3d5b19f) under review: the kept palette and the opening list taken at once.

The first two tests fail on 3d5b19f: a provider that fails while the opening list is taken ends
the app (Textual's palette logs it and lists the others), and a Textual without one of the hooks
``Palette`` takes over crashes the app rather than giving Textual's own palette. The others are
attacks the change held up against (untrusted text, stale lists, races); they pin that down.
"""

from __future__ import annotations

import shutil
import sqlite3
from inspect import isclass
from pathlib import Path

import pytest
from app_support import DATA, loaded, palette_kept, wait_for
from textual import events
from textual.command import CommandInput, CommandList, CommandPalette
from textual.content import Content
from textual.keys import _character_to_key
from textual.screen import Screen

from briefing_tui.app import providers
from briefing_tui.app.screens.help import HelpScreen
from briefing_tui.app.screens.modal import Palette
from briefing_tui.app.screens.timeline import TimelineScreen


def entries(pilot) -> list[str]:
    """The palette's entries as listed: prompt, and help on the line below."""
    commands = pilot.app.screen.query_one(CommandList)
    return [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]


def lines(pilot) -> list[str]:
    commands = pilot.app.screen.query_one(CommandList)
    return [strip.text for strip in commands.render_lines(commands.region.reset_offset)]


async def truth(pilot, screen: Screen) -> list[str]:
    """What the palette must list over ``screen`` now: each provider's discover, asked afresh."""
    found = []
    for source in {*pilot.app.COMMANDS, *screen.COMMANDS}:
        provider = (source if isclass(source) else source())(screen, None)
        async for hit in provider.discover():
            if hit is NotImplemented:
                continue
            entry = str(Content.from_markup(hit.prompt))
            if hit.help:
                entry += "\n" + str(Content.from_markup(hit.help))
            found.append(entry)
    return found


async def assert_current(pilot, screen: Screen) -> None:
    assert sorted(entries(pilot)) == sorted(await truth(pilot, screen))


async def round_trip(pilot, screen: Screen) -> None:
    """ctrl+p over ``screen``: the palette opens listing what is true now; Escape: back to ``screen``."""
    await pilot.press("ctrl+p")
    await wait_for(pilot, opened(pilot))
    await assert_current(pilot, screen)
    await pilot.press("escape")
    await wait_for(pilot, closed_to(pilot, screen))


def opened(pilot):
    """A predicate: a palette is the app's screen, its box and list shown, no search running."""

    def holds() -> bool:
        screen = pilot.app.screen
        if not isinstance(screen, CommandPalette) or not screen.has_class("-ready"):
            return False
        # A search is pending from the moment it is asked for (not only once its task runs).
        searching = any(
            w.group == CommandPalette._GATHER_COMMANDS_GROUP and not w.is_finished for w in pilot.app.workers
        )
        return not searching and screen.query_one(CommandList).option_count > 0

    return holds


def closed_to(pilot, screen: Screen):
    return lambda: pilot.app.screen is screen


def burst(pilot, *keys: str) -> None:
    """Keys as a terminal delivers them in one read: all queued before the app handles the first."""
    for key in keys:
        char = key if len(key) == 1 else None
        if len(key) == 1 and not key.isalnum():
            key = _character_to_key(key)
        event = events.Key(key, char)
        event.set_sender(pilot.app)
        pilot.app._driver.send_message(event)


@pytest.fixture
def no_read_timer(monkeypatch: pytest.MonkeyPatch) -> None:
    """A briefing turns read after a moment: not in the middle of a test's palette openings."""
    from briefing_tui.app import personal_controller

    monkeypatch.setattr(personal_controller, "READ_AFTER", 24 * 3600)


# Defects of 3d5b19f -----------------------------------------------------------------------------


@pytest.mark.parametrize("kept", [True, False], ids=["kept", "first-opening"])
async def test_a_provider_failing_in_the_opening_list_is_logged_and_the_others_listed(make_app, monkeypatch, kept):
    """Textual's palette runs each provider in a task and logs what one raises (the others are
    listed); the opening list taken at once let the exception out of a message handler: the app
    ended with it (kept: as it was made ready or as ctrl+p resumed it; first opening: at mount)."""
    from briefing_tui.app import app as app_module

    if not kept:
        monkeypatch.setattr(app_module, "KEEP_PALETTE_AFTER", 3600)  # ctrl+p opens a palette made afresh

    def unreadable(self):
        raise sqlite3.DatabaseError("database disk image is malformed")
        yield  # a generator, as the real one

    async with make_app().run_test(size=(120, 40)) as pilot:
        browser = await loaded(pilot)
        if kept:
            await palette_kept(pilot)
        monkeypatch.setattr(providers.SavedSearchCommands, "_choices", unreadable)
        for _ in range(2):  # the kept one is made ready again after it closes: with the failing provider
            await pilot.press("ctrl+p")
            await wait_for(pilot, opened(pilot))
            assert any(entry.startswith("Change sort order\n") for entry in entries(pilot))
            assert any(" topic: " in entry for entry in entries(pilot))
            await pilot.press("escape")
            await wait_for(pilot, closed_to(pilot, browser))
        palette = pilot.app._palette
        if kept:  # made ready (or tried to) over the browser with the failing provider
            await wait_for(pilot, lambda: palette._used is False)
        await pilot.press("ctrl+p")
        await wait_for(pilot, opened(pilot))
        await pilot.press("escape")
        await wait_for(pilot, closed_to(pilot, browser))
        assert pilot.app.is_running and pilot.app.return_code is None


async def test_a_textual_without_a_hook_palette_takes_over_gives_the_plain_palette(make_app, monkeypatch):
    """test_textual_hooks fails loudly when Textual changes what Palette relies on; the app must not
    crash meanwhile (a Textual outside the pinned series, a distributor's build): without a hook,
    ctrl+p opens Textual's palette, listed Textual's way, and no palette is kept. On 3d5b19f the
    kept palette called the missing method as it was made ready, and the app ended."""
    monkeypatch.delattr(CommandPalette, "_stop_no_matches_countdown")  # as if Textual had renamed it
    async with make_app().run_test(size=(120, 40)) as pilot:
        browser = await loaded(pilot)
        pilot.app._keep_palette()  # what the app does once the first complete library is shown
        for _ in range(3):
            await round_trip(pilot, browser)
        assert pilot.app._palette is None or not pilot.app._palette.is_attached
        assert pilot.app.is_running and pilot.app.return_code is None


async def test_a_make_ready_due_as_the_app_quits_does_nothing(make_app, monkeypatch):
    """Closed less than 0.3 s before the app quits, the kept palette's make-ready is due while the app
    shuts down: Textual empties the screen stacks, then closes the screens left (the kept palette among
    them). A make-ready that came in between asked the app for its screen (there was none) and the app
    ended with a ScreenStackError (1 run in 10 of these tests with two busy loops). Here it comes just
    before the kept palette is closed, as that timer would (and the app's own keep-ready as well)."""
    from textual.message_pump import MessagePump

    real_close = MessagePump._close_messages
    due: list[str] = []

    async def close(self, wait: bool = True) -> None:
        if isinstance(self, Palette) and self.kept and not self.app.screen_stack:
            due.append("make-ready")
            self._make_ready()
            self._settle()
            self.app._palette = None
            self.app._keep_palette()
        await real_close(self, wait)

    monkeypatch.setattr(MessagePump, "_close_messages", close)
    async with make_app().run_test(size=(120, 40)) as pilot:
        browser = await loaded(pilot)
        await palette_kept(pilot)
        await pilot.press("ctrl+p")
        await wait_for(pilot, opened(pilot))
        await pilot.press("escape")
        await wait_for(pilot, closed_to(pilot, browser))
    assert due == ["make-ready"]


# What held up: untrusted text stays text ---------------------------------------------------------


def hostile_folder(tmp_path: Path) -> Path:
    """One briefing whose topics' labels are markup, a click action, a variable and escapes."""
    from support import MINIMAL

    folder = tmp_path / "hostile-palette"
    folder.mkdir()
    (folder / "topics.toml").write_text(
        "schema = 1\n"
        '[topic.quitter]\nlabel = "[@click=app.quit]Quit label[/]"\ngroup = "theme"\n'
        '[topic.red]\nlabel = "[bold red]x[/] $(rm -rf ~) [$accent]v[/]"\ngroup = "theme"\n'
        '[topic.osc]\nlabel = "Clip\\u001b]52;c;aGk=\\u0007board \\u001b[31mred\\u001b[0m"\ngroup = "theme"\n',
        encoding="utf-8",
    )
    topics = '["quitter", "red", "osc", "[/]"]'
    (folder / "b.toml").write_text(MINIMAL.replace('topics = ["g7"]', f"topics = {topics}"), encoding="utf-8")
    return folder


@pytest.mark.parametrize("kept", [True, False], ids=["kept", "first-opening"])
async def test_untrusted_labels_in_the_opening_list_are_shown_literally_and_never_act(
    make_app, tmp_path, monkeypatch, kept
):
    from briefing_tui.app import app as app_module

    if not kept:
        monkeypatch.setattr(app_module, "KEEP_PALETTE_AFTER", 3600)
    app = make_app(hostile_folder(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        browser = await loaded(pilot)
        browser.state.save_search("[@click=app.quit]Saved[/] [b]x[/b]", "{}")
        if kept:
            await palette_kept(pilot)
        labels = ("[@click=app.quit]Quit label[/]", "[bold red]x[/] $(rm -rf ~) [$accent]v[/]", "Clipboard red", "[/]")
        await pilot.press("ctrl+p")
        await wait_for(pilot, opened(pilot))
        assert isinstance(pilot.app.screen, Palette) and pilot.app.screen.kept == kept
        shown = "\n".join(entries(pilot))
        for label in labels:
            assert f"topic: {label} (1)" in shown, label
        assert "Saved search: [@click=app.quit]Saved[/] [b]x[/b]" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        commands = pilot.app.screen.query_one(CommandList)
        for i in range(commands.option_count):  # no span of any entry carries an action
            prompt = commands.get_option_at_index(i).prompt
            assert all("@click" not in str(span.style) for span in prompt.spans)
        for words in ("Saved", "Quit label"):  # a click right on the words chooses the entry, nothing more
            index = next(i for i, entry in enumerate(entries(pilot)) if words in entry.split("\n")[0])
            commands.highlighted = index
            commands.scroll_to_highlight()
            await pilot.pause()
            y = next(y for y, line in enumerate(lines(pilot)) if words in line)
            await pilot.click(CommandList, offset=(lines(pilot)[y].index(words) + 2, y))
            await wait_for(pilot, closed_to(pilot, browser))
            assert app.is_running and app.return_code is None
            await pilot.press("ctrl+p")
            await wait_for(pilot, opened(pilot))
            commands = pilot.app.screen.query_one(CommandList)
        assert browser.filters.topics == {"quitter"}
        assert app.is_running and app.return_code is None


# What held up: the list is what is true now ----------------------------------------------------


async def test_the_kept_palette_lists_what_is_true_after_reloads_filters_flags_and_focus(
    make_app, tmp_path, no_read_timer
):
    folder = tmp_path / "live"
    shutil.copytree(DATA, folder)
    async with make_app(folder).run_test(size=(120, 40)) as pilot:
        browser = await loaded(pilot)
        await palette_kept(pilot)

        async def check(quick: bool) -> None:
            """ctrl+p lists what is true now (quick: within the reset delay; else once made ready)."""
            if not quick:
                await palette_kept(pilot)
            await pilot.press("ctrl+p")
            await wait_for(pilot, opened(pilot))
            assert pilot.app.screen is pilot.app._palette
            assert pilot.app.screen.query_one(CommandInput).value == ""
            await assert_current(pilot, browser)
            await pilot.press("escape")
            await wait_for(pilot, closed_to(pilot, browser))

        async def reload() -> None:
            first = browser.library
            await pilot.press("r")
            await wait_for(pilot, lambda: browser.library is not first and browser.library.complete)

        for quick in (False, True):
            await check(quick)
            victim = sorted(folder.glob("2024-*.toml"))[0]
            kept_text = victim.read_text(encoding="utf-8")
            victim.unlink()  # a file removed: fewer entries, other counts
            await reload()
            await check(quick)
            victim.write_text(kept_text, encoding="utf-8")  # added back
            await reload()
            await check(quick)
            edited = sorted(folder.glob("2023-*.toml"))[0]  # a file edited: same entries, other counts
            text = edited.read_text(encoding="utf-8")
            edited.write_text(text.replace("date = 2023-", "date = 2022-", 1), encoding="utf-8")
            await reload()
            await check(quick)
            edited.write_text(text, encoding="utf-8")
            await reload()
            await pilot.press("f")  # a flag: "flagged briefings (n)"
            await wait_for(pilot, lambda: browser._personal.reading_counts()["flagged"] == 1)
            await check(quick)
            await pilot.press("f")
            await wait_for(pilot, lambda: browser._personal.reading_counts()["flagged"] == 0)
            await pilot.press("slash", *"canada")  # a search filter: every count and help line
            await wait_for(pilot, lambda: browser.filters.text == "canada")
            await check(quick)
            await pilot.press("escape")
            await wait_for(pilot, lambda: browser.filters.text == "")
            browser._briefings.focus()
            await wait_for(pilot, lambda: browser.focused is browser._briefings)
            await pilot.press("j", "tab")  # the selection and the focus move
            await check(quick)
            await pilot.press("shift+tab")


async def test_the_kept_palette_follows_a_theme_change(make_app, no_read_timer):
    """Styled off the screen for one theme, it opens in the new one as a palette made afresh does."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        browser = await loaded(pilot)
        await palette_kept(pilot)
        pilot.app.theme = "textual-light"
        looks = []
        for kept in (True, False):
            if not kept:
                pilot.app._palette = None  # a palette made afresh
            await pilot.press("ctrl+p")
            await wait_for(pilot, opened(pilot))
            palette = pilot.app.screen
            commands = palette.query_one(CommandList)
            strips = commands.render_lines(commands.region.reset_offset)
            looks.append(
                (
                    str(palette.styles.background),
                    str(palette.query_one("#--container").styles.background),
                    [list(strip) for strip in strips],
                )
            )
            await pilot.press("escape")
            await wait_for(pilot, closed_to(pilot, browser))
        assert looks[0] == looks[1]


# What held up: races --------------------------------------------------------------------------


async def test_keys_queued_with_ctrl_p_reach_the_palette_it_opens(make_app, no_read_timer, monkeypatch):
    """ctrl+p and what follows in one terminal read: Escape at once, typing at once, after a fresh
    opening and within the reset delay (when the last opening's text is cleared as it resumes)."""
    closings = [0]
    real = Palette._on_screen_suspend

    def counting(self) -> None:
        closings[0] += 1
        real(self)

    monkeypatch.setattr(Palette, "_on_screen_suspend", counting)
    async with make_app().run_test(size=(120, 40)) as pilot:
        browser = await loaded(pilot)
        await palette_kept(pilot)
        for round in range(1, 4):
            burst(pilot, "ctrl+p", "escape")
            await wait_for(pilot, lambda n=round: closings[0] == n and pilot.app.screen is browser)
        await pilot.press("ctrl+p")
        await wait_for(pilot, opened(pilot))
        await pilot.press("down", "down")
        searched = {}
        for label, ready in (("fresh", True), ("within the reset delay", False)):
            await pilot.press("escape")
            await wait_for(pilot, closed_to(pilot, browser))
            if ready:
                await palette_kept(pilot)
            burst(pilot, "ctrl+p", *"sort")
            palette = pilot.app._palette

            def searched_for_sort(palette: Palette = palette) -> bool:
                # The typed text shows a moment before its search is asked for (its message still on
                # the way to the palette): the condition is the list the search leaves.
                if not opened(pilot)() or palette.query_one(CommandInput).value != "sort":
                    return False
                return all(entry.split("\n")[0] != "Search briefings" for entry in entries(pilot))

            await wait_for(pilot, searched_for_sort)
            searched[label] = entries(pilot)
        assert searched["fresh"] == searched["within the reset delay"]
        assert len(searched["fresh"]) < len(await truth(pilot, browser))


async def test_the_kept_palette_over_other_screens_and_back_within_the_reset_delay(make_app, no_read_timer):
    """Over the help, the timeline and the points view, at once and within 0.3 s of the last
    closing (made ready for another screen, or not yet made ready): always that screen's list."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        browser = await loaded(pilot)
        await palette_kept(pilot)
        for key, kind in (("question_mark", HelpScreen), ("T", TimelineScreen)):
            await pilot.press(key)
            await wait_for(pilot, lambda kind=kind: isinstance(pilot.app.screen, kind))
            under = pilot.app.screen
            for wait in (False, True, False):
                if wait:
                    await palette_kept(pilot)
                await round_trip(pilot, under)
            await palette_kept(pilot)  # made ready over the other screen
            await pilot.press("escape")
            await wait_for(pilot, closed_to(pilot, browser))
            await round_trip(pilot, browser)
        await pilot.press("v")
        await wait_for(pilot, lambda: browser.showing_points)
        await pilot.press("ctrl+p")
        await wait_for(pilot, opened(pilot))
        await assert_current(pilot, browser)


async def test_ctrl_p_during_a_first_load_and_during_a_reload(tmp_path, monkeypatch, settings_dir):
    from held_load import held_corpus

    from briefing_tui.app.app import BriefingApp
    from briefing_tui.app.widgets.briefing_list import BriefingList

    corpus, release = held_corpus(tmp_path, monkeypatch)
    app = BriefingApp([corpus], local_zone="UTC", settings_dir=settings_dir, use_cache=False, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            screen = app.screen
            listing = screen.query_one(BriefingList)
            await wait_for(pilot, lambda: listing.option_count >= 300, timeout=30)
            await pilot.press("ctrl+p")  # a partial library: a palette made afresh
            await wait_for(pilot, opened(pilot))
            await assert_current(pilot, screen)
            release.set()
            await wait_for(pilot, lambda: screen.library.complete, timeout=60)
            assert isinstance(app.screen, Palette) and not app.screen.kept  # still open: none kept beside it
            await pilot.press("escape")
            await wait_for(pilot, closed_to(pilot, screen))
            await palette_kept(pilot)
            await round_trip(pilot, screen)
            release.clear()
            first = screen.library
            await pilot.press("r")  # held half-way
            for _ in range(2):
                await round_trip(pilot, screen)
            await pilot.press("ctrl+p")
            await wait_for(pilot, opened(pilot))
            release.set()  # the reload ends while the palette is open
            await wait_for(pilot, lambda: screen.library is not first and screen.library.complete, timeout=60)
            await pilot.press("escape")
            await wait_for(pilot, closed_to(pilot, screen))
            await pilot.press("ctrl+p")  # within the reset delay
            await wait_for(pilot, opened(pilot))
            await assert_current(pilot, screen)
            await pilot.press("escape")
            await wait_for(pilot, closed_to(pilot, screen))
            await palette_kept(pilot)
            await pilot.press("ctrl+p")
            await wait_for(pilot, opened(pilot))
            await assert_current(pilot, screen)
        finally:
            release.set()


async def test_a_search_left_with_no_matches_is_gone_at_the_next_opening(make_app, no_read_timer):
    """Escape right after a search that found nothing, the 'No matches' line due meanwhile: the next
    opening (within the reset delay, and once made ready) lists every command."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        browser = await loaded(pilot)
        await palette_kept(pilot)
        for wait in (False, True):
            await pilot.press("ctrl+p", *"zzzqqq")
            palette = pilot.app._palette
            await wait_for(pilot, lambda palette=palette: palette.query_one(CommandList).option_count <= 1)
            await pilot.press("escape")
            await wait_for(pilot, closed_to(pilot, browser))
            if wait:
                await palette_kept(pilot)
            await pilot.press("ctrl+p")
            await wait_for(pilot, opened(pilot))
            assert palette.query_one(CommandInput).value == ""
            await assert_current(pilot, browser)
            await pilot.press("escape")
            await wait_for(pilot, closed_to(pilot, browser))
            # the no-matches countdown of that search is stopped: it cannot hide the next opening's list
            await wait_for(pilot, lambda p=palette: p._no_matches_timer is None and p.ready)
            await pilot.press("ctrl+p")
            await wait_for(pilot, opened(pilot))
            await assert_current(pilot, browser)
            assert palette.query_one(CommandList).has_class("--visible")
            await pilot.press("escape")
            await wait_for(pilot, closed_to(pilot, browser))
