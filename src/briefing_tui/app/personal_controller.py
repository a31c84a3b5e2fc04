"""The reader's own state on the browser: read and flagged, notes, saved searches.

The screen owns the state (``core.store.state.State``, SQLite; the app opens it) and
routes the keys and messages; this controller does what they ask of it, as
``LoadController`` does for loading. A briefing becomes read after it has stayed in
the detail pane for READ_AFTER seconds, or at once when opened with enter. Marks
never reorder or refilter the list by themselves (a read briefing stays in an
"unread" list until the filters change), so the cursor never jumps away from the
briefing being read.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType

from briefing_tui.app.screens.note import NamePrompt, NoteEditor
from briefing_tui.core.model.sanitize import clean_line
from briefing_tui.core.present.notes import notes_text
from briefing_tui.core.query.filtering import Personal
from briefing_tui.core.query.saved import (
    LAST_SETTING,
    RESTORE_SETTING,
    SavedError,
    View,
    decode_view,
    encode_view,
    sort_of,
)
from briefing_tui.core.store.state import State

if TYPE_CHECKING:
    from textual.timer import Timer

    from briefing_tui.app.screens.browser import Browser

#: Seconds a briefing stays in the detail pane before it counts as read.
READ_AFTER = 1.5


def marks_of(state: State, briefing: str) -> tuple[bool, bool, bool]:
    """(unread, flagged, noted) for a briefing id: what its list row shows."""
    noted = briefing in state.note_index()
    return briefing not in state.read, briefing in state.flagged, noted


class PersonalController:
    """Keys and commands over the reader's state, for the browser screen that routes them here."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        self._read_timer: Timer | None = None

    @property
    def state(self) -> State:
        return self.browser.state

    def marks(self, briefing: str) -> tuple[bool, bool, bool]:
        """What the briefing list shows on a row (the list asks as it draws)."""
        return marks_of(self.state, briefing)

    def personal(self) -> Personal:
        state = self.state
        return Personal(read=state.read, flagged=state.flagged, notes=state.note_index())

    def personal_key(self) -> int:
        """What a cached result depends on of the state: only reading filters and searches (notes)."""
        filters = self.browser.filters
        return self.state.version if (filters.reading or filters.text.strip()) else 0

    def reading_counts(self) -> dict[str, int]:
        """Unread and flagged among the shown briefings (for the filter panel and the palette)."""
        library = self.browser.library
        if library is None:
            return {"unread": 0, "flagged": 0}
        catalog = library.catalog
        read, flagged = catalog.indexes_of(self.state.read), catalog.indexes_of(self.state.flagged)
        shown = self.browser.shown
        if len(shown) == len(catalog):  # everything is shown (no filter): no pass over it
            return {"unread": len(shown) - len(read), "flagged": len(flagged)}
        return {"unread": len(shown) - len(read.intersection(shown)), "flagged": len(flagged.intersection(shown))}

    def _marks_changed(self) -> None:
        """Redraw the rows and counts; the list itself stays as it is."""
        self.browser._briefings.lines_changed()
        self.browser._schedule_facets()

    # Reading -------------------------------------------------------------------------------

    def _stop_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None

    def start_read_timer(self) -> None:
        """The briefing in the pane changed (the Browser's ``watch_current`` calls this)."""
        self._stop_read_timer()
        if self.browser._current_id() is not None:
            self._read_timer = self.browser.set_timer(READ_AFTER, self.read_now)

    def read_now(self) -> None:
        """The briefing in the pane is read (its timer ran out, or it was opened with enter)."""
        self._stop_read_timer()
        briefing = self.browser._current_id()
        if briefing is not None and briefing not in self.state.read:
            self.state.set_read(briefing)
            self._marks_changed()

    def toggle_flag(self) -> None:
        briefing = self.browser._current_id()
        if briefing is None:
            return
        flagged = briefing not in self.state.flagged
        self.state.set_flagged(briefing, flagged)
        self._marks_changed()
        self.browser.notify("Flagged" if flagged else "Flag removed", timeout=1.5)

    def toggle_read(self) -> None:
        briefing = self.browser._current_id()
        if briefing is None:
            return
        self._stop_read_timer()  # marked unread by hand: the timer must not undo it
        read = briefing not in self.state.read
        self.state.set_read(briefing, read)
        self._marks_changed()
        self.browser.notify("Marked read" if read else "Marked unread", timeout=1.5)

    def toggle_reading(self, value: str) -> None:
        self.browser.filters = self.browser.filters.toggle("reading", value)

    # Notes ---------------------------------------------------------------------------------

    def note(self) -> None:
        """``n``: the highlighted point's note in the points view, else the briefing's."""
        browser = self.browser
        briefing = browser._current_id()
        if briefing is None:
            return
        point, about = "", ""
        points_list = browser.points_list
        if browser.showing_points and browser.focused is points_list:
            point_id, rows = points_list.current_point, points_list.rows
            if point_id is not None and rows is not None:
                _, point, _, _ = rows.point(point_id)
                about = f"point {point} of "
        title = (
            clean_line(browser.library.catalog.rows[browser.current].title)
            if browser.library and browser.current is not None
            else briefing
        )
        editor = NoteEditor(f"Your note on {about}“{title}”", self.state.note(briefing, point))

        def keep(text: str | None) -> None:
            if text is not None:
                self.state.set_note(briefing, point, text)
                self._marks_changed()
                browser._pane.render()

        browser.app.push_screen(editor, keep)

    def with_notes(self, renderable: RenderableType, index: int) -> RenderableType:
        """The rendered briefing, with the reader's notes on it first."""
        library = self.browser.library
        notes = self.state.notes_of(library.catalog.rows[index].id) if library else {}
        return Group(notes_text(notes), renderable) if notes else renderable

    def notes_key(self, index: int) -> object:
        library = self.browser.library
        return tuple(self.state.notes_of(library.catalog.rows[index].id).items()) if library else ()

    # Saved searches ------------------------------------------------------------------------

    def current_view(self) -> View:
        browser = self.browser
        return View(browser.filters, browser.sort, browser.showing_points, browser.joint_only)

    def apply_view(self, view: View) -> None:
        browser = self.browser
        browser.sort = sort_of(view)
        browser._set_filters(view.query)
        browser.joint_only = view.joint_only
        if view.points:
            browser.action_show_points()
        else:
            browser.action_show_briefings()

    def save_search(self) -> None:
        def keep(name: str | None) -> None:
            if name and self.state.save_search(name, encode_view(self.current_view())):
                kept = "" if self.state.kept else " (for this session only)"
                self.browser.notify(f"Saved search “{name}”{kept}", markup=False)

        self.browser.app.push_screen(NamePrompt("Save these filters as:"), keep)

    def recall_search(self, name: str) -> bool:
        text = self.state.searches().get(name)
        if text is None:
            self.browser.notify(f"No saved search named “{clean_line(name)}”", severity="warning", markup=False)
            return False
        try:
            view = decode_view(text)
        except SavedError as exc:
            self.browser.notify(
                f"Saved search “{clean_line(name)}” cannot be read: {exc}", severity="error", markup=False
            )
            return False
        self.apply_view(view)
        return True

    def toggle_reopen(self) -> None:
        on = self.state.setting(RESTORE_SETTING) != "1"
        self.state.set_setting(RESTORE_SETTING, "1" if on else "0")
        self.browser.notify("Starting again reopens these filters" if on else "Starting again shows every briefing")

    def remember_view(self) -> None:
        """On quitting: the filters to reopen with, if the reader asked for that."""
        if self.state.setting(RESTORE_SETTING) == "1":
            self.state.set_setting(LAST_SETTING, encode_view(self.current_view()))

    def restore_view(self, name: str | None) -> None:
        """At the first load: a view named on the command line, else the last one if asked."""
        if name is not None:
            self.recall_search(name)
            return
        if self.state.setting(RESTORE_SETTING) == "1":
            text = self.state.setting(LAST_SETTING)
            if text:
                with suppress(SavedError):  # a broken last view: start with no filters
                    self.apply_view(decode_view(text))
