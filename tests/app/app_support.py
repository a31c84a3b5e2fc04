"""Helpers for the app's pilot tests (importable: pytest puts tests/app on sys.path)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from briefing_tui.app.screens.browser import Browser
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.point_list import PointList

HERE = Path(__file__).resolve().parent
#: A fixed copy of eight bundled briefings and the topic vocabulary.
DATA = HERE / "data" / "briefings"
#: Two good briefings and two that fail to load, for the errors screen snapshot.
BROKEN = HERE / "data" / "broken"

#: Markup, a click action, a theme variable and ANSI escapes in every free-text field.
HOSTILE_TITLE = "[@click=app.quit]Quit now[/] [bold red]RED[/bold red] [$accent]accent[/] \\u001b[31mansi\\u001b[0m [/]"
HOSTILE = f'''\
schema = 1
id = "hostile"
title = "{HOSTILE_TITLE}"
category = "[b]category[/b]"
kind = "bilateral-meeting"
date = 2024-03-01
venue = "[link=https://example.com]venue[/link] \\u001b]8;;https://evil.example\\u0007x"
source_url = "javascript:alert(1)"

[time]
zone = "Asia/Tokyo"
start = 2024-03-01T10:00:00
duration_minutes = 30

[[participants]]
key = "mallory"
name = "[@click=app.quit]Mallory[/] \\u001b[2J"
title = "[reverse]Minister[/reverse]"
country = "JP"

[[participants]]
key = "trent"
name = "Trent [/]"
country = "CA"

[[points]]
summary = "[bold]summary[/bold]"
outcome = "agreed"
actors = ["both"]
topics = ["china"]
text = "Point text [@click=app.quit]click me[/] and [$accent]vars[/] and \\u001b[5mblink\\u001b[0m [/]"
'''


async def loaded(pilot: Pilot) -> Browser:
    """Wait for the load worker and the messages it posts; return the browser screen.

    Then for the conditions themselves (a loaded machine lets a pause return early, even before
    the worker is started): the whole library installed and the pane following the cursor."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()

    def installed() -> bool:
        screen = pilot.app.screen
        if not isinstance(screen, Browser) or screen.library is None or not screen.library.complete:
            return False
        return not screen._pane._follow_due

    await wait_for(pilot, installed)
    screen = pilot.app.screen
    assert isinstance(screen, Browser)
    assert screen.library is not None
    return screen


async def wait_for(pilot: Pilot, predicate: Callable[[], object], timeout: float = 10.0) -> None:
    """Let the app run until ``predicate()`` holds; fail after ``timeout`` seconds (a bound for a
    loaded machine, never a delay: it returns as soon as the condition is met)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "the condition did not come true in time"
        await pilot.pause(0.02)


async def palette_kept(pilot: Pilot) -> None:
    """Wait until the app has built the palette it keeps ready (``App._keep_palette``, a moment after
    the library is shown): a test that counts the work a key does must not count that build too
    (``test_v_restyles_only_the_widgets_it_changes`` counted its styles in CI's slower run)."""
    from briefing_tui.app.screens.modal import hooks_present

    if not (pilot.app.use_command_palette and hooks_present()):
        return
    await wait_for(pilot, lambda: (kept := getattr(pilot.app, "_palette", None)) is not None and kept.ready)


#: The older name of ``wait_for``.
until = wait_for


def palette_lists(pilot: Pilot, text: str) -> Callable[[], bool]:
    """A predicate: the command palette's list is done searching and its first hit holds ``text``."""

    def holds() -> bool:
        screen = pilot.app.screen
        searching = any(w.group == CommandPalette._GATHER_COMMANDS_GROUP and w.is_running for w in pilot.app.workers)
        if not isinstance(screen, CommandPalette) or searching:
            return False
        hits = screen.query_one(CommandList)
        return hits.option_count > 0 and text.casefold() in str(hits.get_option_at_index(0).prompt).casefold()

    return holds


def rendered(widget: Widget) -> str:
    """The text a widget actually paints (all of it, even beyond a scrolled viewport)."""
    if isinstance(widget, DetailPane):  # it renders every line once and paints the visible ones
        return "\n".join(strip.text for strip in widget.lines)
    width, height = widget.outer_size
    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, width, height)))


async def show_points(pilot: Pilot) -> PointList:
    """Press v and wait for the points view's rows (built in a worker the first time)."""
    await pilot.press("v")
    points = pilot.app.screen.query_one(PointList)
    await until(pilot, lambda: points.rows is not None and not points.loading and bool(points.entries))
    await pilot.pause()
    return points


async def points_view(pilot: Pilot) -> tuple[Browser, PointList]:
    """Load, then open the points view."""
    screen = await loaded(pilot)
    return screen, await show_points(pilot)
