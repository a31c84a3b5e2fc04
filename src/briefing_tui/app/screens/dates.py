"""Ask for a date range: from and to, each a year, a month or a day (empty: open), or a quick pick.

The same parser as ``--since``/``--until`` (``core.query.periods``), so ``2021`` to
``2021`` is the whole year in the browser as on the command line.
"""

from __future__ import annotations

import datetime as dt

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from briefing_tui.core.model.sanitize import clean_line
from briefing_tui.core.query import periods

#: What the screen returns: (since, until), either open; None: cancelled.
Range = tuple[dt.date | None, dt.date | None]
HINT = "YYYY, YYYY-MM or YYYY-MM-DD; empty is open · ctrl+y this year · ctrl+l last 12 months"


def parse_range(since: str, until: str) -> Range:
    """Both ends, parsed as the command line parses them; ValueError naming the bad one."""
    start = periods.date_bound(since) if since.strip() else None
    end = periods.date_bound(until, end=True) if until.strip() else None
    if start and end and start > end:
        raise ValueError(f"from {start} is after to {end}")
    return start, end


class DatesScreen(ModalScreen[Range | None]):
    """Two boxes; enter applies, escape cancels. Quick picks fill both and apply."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", tooltip="Close without changing the dates"),
        # Priority: the focus moves before the keys typed right after tab are routed (a bubbling
        # binding would run after them, and "2021 tab 2021" typed fast would fill one box).
        # Tab is a priority binding: the app forwards each key to the box focused when it arrives, so
        # in a fast "2021 tab 2021" the focus must move before the next keys are forwarded. Enter is
        # not: a priority binding runs ahead of characters still queued in a box (a fast burst applied
        # "2"); as the box's own submit (below) it comes after them.
        Binding("tab,shift+tab", "other_box", "Other box", priority=True, show=False),
        Binding("ctrl+y", "this_year", "This year", tooltip="Only meetings of this calendar year"),
        Binding("ctrl+l", "last_year", "Last 12 months", tooltip="Only meetings of the last twelve months"),
    ]

    def __init__(self, since: dt.date | None, until: dt.date | None, today: dt.date) -> None:
        super().__init__()
        self.since, self.until, self.today = since, until, today

    def compose(self) -> ComposeResult:
        with Vertical(id="dates-box") as box:
            box.border_title = "Dates"
            box.border_subtitle = "enter applies · esc cancels"
            with Horizontal(classes="dates-row"):
                yield Label("From ", classes="dates-label")
                yield Input(
                    value=self.since.isoformat() if self.since else "", id="dates-since", placeholder="e.g. 2021"
                )
            with Horizontal(classes="dates-row"):
                yield Label("To   ", classes="dates-label")
                yield Input(
                    value=self.until.isoformat() if self.until else "", id="dates-until", placeholder="e.g. 2021-12"
                )
            yield Static(Content.styled(HINT, "$text-muted"), id="dates-problem")

    def _problem(self, message: str) -> None:
        self.query_one("#dates-problem", Static).update(Content.styled(clean_line(message), "bold $text-error"))

    def action_other_box(self) -> None:
        since, until = self.query_one("#dates-since", Input), self.query_one("#dates-until", Input)
        self.set_focus(since if until.has_focus else until)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_apply()

    def action_apply(self) -> None:
        since = self.query_one("#dates-since", Input).value
        until = self.query_one("#dates-until", Input).value
        try:
            self.dismiss(parse_range(since, until))
        except ValueError as exc:
            self._problem(str(exc))

    def action_this_year(self) -> None:
        self.dismiss(periods.this_year(self.today))

    def action_last_year(self) -> None:
        self.dismiss(periods.last_twelve_months(self.today))
