"""What the briefing pane shows: the briefing under the cursor, in the zones and highlights asked.

The browser screen owns the state (the library, ``current``, the filters, the zones)
and routes the keys; this controller turns that state into the pane's content, as
``LoadController`` does for loading. The pane follows the cursor once per frame, however
many highlights came meanwhile, so keys typed ahead never queue renders; a briefing
already rendered with the same options is not rendered again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.app import commands
from briefing_tui.app.widgets.points_view import seek_point
from briefing_tui.app.widgets.status import plural
from briefing_tui.core.model.problems import BriefingError
from briefing_tui.core.model.sanitize import clean_line
from briefing_tui.core.model.timetable import zone_labels
from briefing_tui.core.present.export import to_markdown
from briefing_tui.core.present.render import EMPHASIS_MARK, HIGHLIGHT_MARK, render_briefing
from briefing_tui.core.query.library import Library

if TYPE_CHECKING:
    from briefing_tui.app.screens.browser import Browser


def empty_message(library: Library) -> str:
    """Why the list is empty: nothing loaded (and why), or the filters exclude everything."""
    if len(library) or not library.complete:
        return "No briefing matches these filters. Escape clears them one by one."
    if library.files_with_errors:
        return f"No briefing loaded: {plural(library.files_with_errors, 'file')} with errors (press e)"
    if library.problems:
        return f"No briefing loaded: {plural(len(library.problems), 'problem')} (press e)"
    places = ", ".join(clean_line(str(path)) for path in library.paths)
    return f"No .toml files in {places}"


class PaneController:
    """Renders the current briefing into the pane, follows the cursor, cycles zones, copies."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        #: The point highlighted in the points view.
        self.point: int | None = None
        self._seeked: tuple[int, frozenset[str]] | None = None
        self._follow_due = False  # the briefing pane will follow the cursor after the next frame

    def render(self) -> None:
        """Show the current briefing (or why there is none); nothing if it is shown already."""
        browser = self.browser
        detail = browser._detail
        library, index, filters = browser.library, browser.current, browser.filters
        if library is None:
            return
        if index is None:
            self._seeked = None  # the pane no longer shows that briefing: shown again, it seeks again
            detail.show_message(empty_message(library))
            return
        personal = browser._personal
        options = (
            browser._generation,
            filters.topics,
            browser.extra_zones,
            browser.emphasis,
            personal.notes_key(index),
        )
        if detail.is_showing(index, options):
            return
        try:
            briefing = library.briefings[index]
        except BriefingError as exc:  # its cached copy was damaged and the file no longer parses
            self._seeked = None
            detail.show_message(
                f"This briefing could not be read: {clean_line(str(exc.problem))} ({commands.hint(browser.app, 'reload')} reloads)"
            )
            return
        renderable = personal.with_notes(
            render_briefing(
                briefing,
                extra_zones=browser.extra_zones,
                local_zone=browser.local_zone,
                emphasize=browser.emphasis,
                highlight_topics=filters.topics,
            ),
            index,
        )
        # A new briefing, or new topics, scroll to the first highlighted point; a new zone keeps the place.
        seek = (index, filters.topics) != self._seeked and bool(filters.topics)
        self._seeked = (index, filters.topics)
        detail.show(renderable, index, options, seek=HIGHLIGHT_MARK if seek else None)

    def follow_later(self) -> None:
        """The briefing pane follows the cursor after the list's frame (the cursor moves at once),
        once for however many highlights came meanwhile: keys typed ahead never queue renders."""
        if not self._follow_due:
            self._follow_due = True
            self.browser.call_after_refresh(self._follow)

    def follow_now(self) -> None:
        """Follow the cursor at once (the view just opened: no keys are queued behind it)."""
        self._follow()

    def _follow(self) -> None:
        self._follow_due = False
        self.render()
        browser = self.browser
        if not browser.showing_points:
            return
        detail, rows, point = browser._detail, browser.points_list.rows, self.point
        if point is None or rows is None:
            hint = f" {commands.hint(browser.app, 'toggle_joint')} shows every outcome." if browser.joint_only else ""
            detail.show_message(f"No point matches these filters. Escape clears them one by one.{hint}")
            return
        _, number, depth, _ = rows.point(point)
        seek_point(detail, number, depth)

    def cycle_zone(self) -> None:
        """Step the emphasized row through the zones this briefing's table shows."""
        browser = self.browser
        briefing = browser.current_briefing
        if briefing is None:
            return
        if briefing.time.start is None:
            browser.notify("This readout gives no meeting time, so there is no time table.", severity="warning")
            return
        cycle = list(zone_labels(briefing, browser.extra_zones, browser.local_zone))
        position = cycle.index(browser.emphasis) + 1 if browser.emphasis in cycle else 0
        browser.emphasis = cycle[position % len(cycle)]  # renders the pane again, in place
        detail = browser._detail
        detail.after_layout(lambda: detail.reveal(EMPHASIS_MARK))  # at 24 rows the row may be out of view

    def copy(self) -> None:
        """``y``: the briefing as Markdown, in the pane's zones and highlights, to the clipboard."""
        browser = self.browser
        briefing = browser.current_briefing
        if briefing is None:
            return
        markdown = to_markdown(
            briefing,
            extra_zones=browser.extra_zones,
            local_zone=browser.local_zone,
            highlight_topics=browser.filters.topics,
        )
        browser.app.copy_to_clipboard(markdown)
        browser.notify(f"“{clean_line(briefing.title)}” copied as Markdown", title="Copied", markup=False)
