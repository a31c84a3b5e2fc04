"""The command palette paints its list in its first frame (issue #14), counted rather than timed.

Textual's palette painted its box with the list hidden, gathered the list in a worker, then showed
it and laid it out twice more (its scroll area, then its scroll bar). Now its opening list is taken
before the first layout.
"""

from __future__ import annotations

import pytest
from app_support import loaded, wait_for
from textual.command import CommandInput, CommandList, CommandPalette
from textual.screen import Screen


@pytest.fixture
def frames(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, bool]]:
    """Every frame a palette paints as the app's screen: (its list's entries, whether its list shows).

    A frame that repaints only the search box (its cursor blinking) is left out."""
    painted: list[tuple[int, bool]] = []
    real = Screen._compositor_refresh

    def counting(self: Screen) -> None:
        if isinstance(self, CommandPalette) and self is self.app.screen:
            dirty = self._dirty_widgets
            if not dirty or any(not isinstance(widget, CommandInput) for widget in dirty):
                lists = self.query(CommandList)  # none before it is composed: a frame without its list
                shown = bool(lists) and self.has_class("-ready") and lists.first().has_class("--visible")
                painted.append((lists.first().option_count if lists else 0, shown))
        return real(self)

    monkeypatch.setattr(Screen, "_compositor_refresh", counting)
    return painted


@pytest.fixture
def palette_layouts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each layout pass of a palette shown as the app's screen."""
    passes: list[str] = []
    real = Screen._refresh_layout

    def counting(self, *args, **kwargs):
        if isinstance(self, CommandPalette) and self is self.app.screen:
            passes.append(type(self).__name__)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", counting)
    return passes


def palette_open(pilot):
    """A predicate: a palette is the app's screen, its opening list shown and no search running."""

    def holds() -> bool:
        screen = pilot.app.screen
        searching = any(w.group == CommandPalette._GATHER_COMMANDS_GROUP and w.is_running for w in pilot.app.workers)
        lists = screen.query(CommandList)
        return isinstance(screen, CommandPalette) and not searching and bool(lists) and lists.first().option_count > 0

    return holds


async def test_a_palette_opened_afresh_paints_its_list_in_its_first_frame(make_app, frames):
    """The zone picker, as the command palette, has its list in its first frame (Textual's: the box alone)."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        browser = await loaded(pilot)
        browser.action_pick_zone()
        await wait_for(pilot, palette_open(pilot))
        assert frames[0][0] > 0 and frames[0][1], frames  # Textual's first frame: the box, no list


async def test_ctrl_p_paints_the_palette_with_its_list_in_its_first_frame(make_app, frames):
    async with make_app().run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        await wait_for(pilot, palette_open(pilot))
        assert frames[0][0] > 0 and frames[0][1], frames  # Textual's first frame: the box alone
