"""The footer: one widget that repaints its line of keys and works as Textual's footer does."""

from __future__ import annotations

from pathlib import Path

from app_support import HOSTILE, loaded, palette_kept, wait_for
from textual import events

from briefing_tui.app.screens.help import HelpScreen
from briefing_tui.app.widgets.footer import KeyFooter


def line(footer: KeyFooter) -> str:
    return footer.render_line(0).text


async def shown(pilot, words: str):
    """The browser and its footer, once the footer shows ``words``."""
    screen = await loaded(pilot)
    footer = screen.query_one(KeyFooter)
    await wait_for(pilot, lambda: words in line(footer))
    return screen, footer


def labels(footer: KeyFooter) -> list[str]:
    return [item.description for item in footer.items]


async def test_a_change_of_keys_repaints_the_footer_and_never_rebuilds_or_lays_out(make_app, monkeypatch):
    """Textual's footer rebuilt thirty key widgets and laid the screen out again whenever the keys
    changed (`v` spent a layout pass of ~35 ms on it); here the keys are one line, repainted."""
    asked: list[tuple[bool, bool]] = []
    real = KeyFooter.refresh

    def recording(self, *regions, repaint=True, layout=False, recompose=False):
        asked.append((layout, recompose))
        return real(self, *regions, repaint=repaint, layout=layout, recompose=recompose)

    monkeypatch.setattr(KeyFooter, "refresh", recording)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await palette_kept(pilot)
        footer = screen.query_one(KeyFooter)
        await wait_for(pilot, lambda: "Points" in labels(footer))
        asked.clear()
        await pilot.press("v")
        await wait_for(pilot, lambda: "Agreed" in labels(footer) and "Agreed" in line(footer))
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: pilot.app.screen is screen)
        await pilot.press("v", "tab", "tab")
        await pilot.resize_terminal(80, 24)
        await wait_for(pilot, lambda: footer.compact)
        await pilot.pause()
        assert asked  # it was repainted
        assert not any(layout or recompose for layout, recompose in asked), asked
        assert not footer.children  # no widget a key


async def test_the_footer_shows_the_keys_in_force_and_the_palette_key_on_the_right(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        footer = screen.query_one(KeyFooter)
        await wait_for(pilot, lambda: "Points" in line(footer) and "Agreed" not in line(footer))
        text = line(footer)
        assert text.startswith(" ⏎ Read  / Search ")  # a key padded a cell each side, then its description
        assert text.rstrip().endswith("▏^p Commands")  # docked right, after a border
        assert len(text) == 120
        await pilot.press("v")
        await wait_for(pilot, lambda: "Briefings" in line(footer) and "Agreed" in line(footer))
        await pilot.press("v")
        await wait_for(pilot, lambda: "Points" in line(footer) and "Agreed" not in line(footer))


async def test_a_narrow_footer_is_compact_and_drops_the_palette_key(make_app):
    async with make_app().run_test(size=(80, 24)) as pilot:
        _, footer = await shown(pilot, "Points")
        text = line(footer)
        assert text.startswith("⏎ Read / Search ")  # keys a cell apart, no padding
        assert "^p" not in text and len(text) == 80
        await pilot.resize_terminal(120, 40)
        await wait_for(pilot, lambda: "^p Commands" in line(footer))
        assert line(footer).startswith(" ⏎ Read ")


async def test_a_click_on_a_key_presses_it(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, footer = await shown(pilot, "Help")
        await pilot.click(KeyFooter, offset=(line(footer).index("Help") + 1, 0))
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: pilot.app.screen is screen)
        await pilot.click(KeyFooter, offset=(line(footer).index("Commands"), 0))
        await wait_for(pilot, lambda: type(pilot.app.screen).__name__ == "Palette")


async def test_a_disabled_key_is_dim_and_a_click_on_it_rings_the_bell(make_app, tmp_path: Path, monkeypatch):
    """`o` opens the source in a browser: a `javascript:` source is not one, so `o` is shown disabled."""
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "hostile.toml").write_text(HOSTILE, encoding="utf-8")
    app = make_app(folder)
    bells: list[int] = []
    monkeypatch.setattr(app, "bell", lambda: bells.append(1))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        footer = screen.query_one(KeyFooter)
        await wait_for(pilot, lambda: any(i.action == "open_source" for i in footer.items))
        item = next(i for i in footer.items if i.action == "open_source")
        assert not item.enabled
        x = line(footer).index(f" {item.key_display} {item.description}") + 1
        segment = next(s for s in footer.render_line(0).crop(x, x + 1))
        assert segment.style is not None and segment.style.dim
        enabled = line(footer).index("Help")
        assert not next(s for s in footer.render_line(0).crop(enabled, enabled + 1)).style.dim
        await pilot.click(KeyFooter, offset=(x, 0))
        await wait_for(pilot, lambda: bells == [1])
        assert pilot.app.screen is screen


async def test_the_key_under_the_mouse_is_highlighted(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, footer = await shown(pilot, "Help")
        x = line(footer).index("Help")

        def background(at: int):
            return next(s for s in footer.render_line(0).crop(at, at + 1)).style.bgcolor

        before = background(x)
        await pilot.hover(KeyFooter, offset=(x, 0))
        await wait_for(pilot, lambda: background(x) != before)
        assert background(line(footer).index("Quit")) == before  # only that key
        await pilot.hover(screen.query_one("#briefings"))
        await wait_for(pilot, lambda: background(x) == before)


def wheel(footer: KeyFooter, down: bool) -> None:
    kind = events.MouseScrollDown if down else events.MouseScrollUp
    footer.post_message(kind(footer, 10, 0, 0, 1 if down else -1, 0, False, False, False))


async def test_the_wheel_scrolls_a_footer_that_does_not_fit(make_app):
    async with make_app().run_test(size=(60, 24)) as pilot:
        _, footer = await shown(pilot, "Read")
        first = line(footer)
        assert "Help" not in first or "Quit" not in first  # the keys do not fit in 60 columns
        wheel(footer, down=True)
        await wait_for(pilot, lambda: line(footer) != first)
        assert not line(footer).startswith("⏎ Read")
        for _ in range(40):
            wheel(footer, down=True)
        await pilot.pause()
        assert line(footer).rstrip().endswith(footer.items[-1].description)  # never past the last key
        for _ in range(40):
            wheel(footer, down=False)
        await wait_for(pilot, lambda: line(footer) == first)


async def test_a_tooltip_goes_when_the_keys_change_under_the_mouse(make_app):
    """The keys changed while the mouse rested on one: its tooltip stayed (review)."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        _, footer = await shown(pilot, "Points")
        item = next(i for i in footer.items if i.tooltip and i.description)
        await pilot.hover(KeyFooter, offset=(line(footer).index(f" {item.description}") + 1, 0))
        await wait_for(pilot, lambda: footer.tooltip == item.tooltip)
        await pilot.press("v")
        await wait_for(pilot, lambda: "Agreed" in line(footer))
        assert footer.tooltip is None
