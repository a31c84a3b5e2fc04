"""The timeline: how many meetings per period touched the current filter, and with whom.

Opened over the browser (``T`` or the command palette), it reads the meetings
the browser lists at that moment (in the points view: the meetings with a listed
point), so it always follows the active filter; counting is ``core.timeline``,
drawing is ``widgets.timeline_chart``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from briefing_tui.app.screens.modal import Modal
from briefing_tui.app.widgets.prerendered import Prerendered
from briefing_tui.app.widgets.timeline_chart import TimelineChart, counterpart_table
from briefing_tui.core.query.timeline import counterpart_counts


class TimelineScreen(Modal[None]):
    """Meetings per month (quarter, year for long spans) as bars, and the counterpart countries."""

    BINDINGS = [
        Binding("escape,q,T", "dismiss", "Close", tooltip="Back to the list"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False),
        Binding("k,up", "scroll('up')", "Scroll up", show=False),
    ]

    def __init__(self, dates: Sequence[dt.date], countries: Sequence[Sequence[str]], description: Content) -> None:
        """``countries[i]``: meeting i's participants' countries in order, publisher's side first."""
        super().__init__()
        self.dates = list(dates)
        self.counterparts = counterpart_counts(countries)
        self.description = description

    def compose(self) -> ComposeResult:
        variables = self.app.get_css_variables()
        bars = f"bold {variables.get('primary', 'cyan')}"
        self.chart = TimelineChart(self.dates, bar_style=bars)
        # Drawn once per open, not once to measure and again to paint (30 ms a draw at 10,000
        # meetings), and not at all when it opens again on the same meetings.
        # Keyed by the meetings' dates themselves, counted (a hash alone could collide and show
        # another filter's chart; the distinct dates are few next to the meetings).
        dates = ("timeline-chart", tuple(sorted(Counter(self.dates).items())), bars)
        counterparts = ("timeline-countries", tuple(self.counterparts), bars)
        with Vertical(id="timeline-box") as box:
            box.border_title = "Timeline"
            box.border_subtitle = "esc closes"
            yield Static(self.description, id="timeline-filter", markup=False)
            with VerticalScroll(id="timeline-scroll"):
                chart = Static(id="timeline-chart", markup=False)
                chart.update(Prerendered(chart, dates, lambda: self.chart))
                yield chart
                yield Static(Content.styled("Counterparts (meetings)", "bold underline"), classes="timeline-heading")
                table = Static(id="timeline-countries", markup=False)
                table.update(
                    Prerendered(table, counterparts, lambda: counterpart_table(self.counterparts, bar_style=bars))
                )
                yield table

    def action_scroll(self, direction: str) -> None:
        scroller = self.query_one("#timeline-scroll", VerticalScroll)
        if direction == "down":
            scroller.scroll_down()
        else:
            scroller.scroll_up()
