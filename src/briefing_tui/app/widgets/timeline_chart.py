"""The timeline's bar chart and counterpart bars, drawn with Rich.

Why Rich and not a plotting widget (textual-plotext was the candidate):

* no extra dependency: Rich is already required, and plotext would add a
  second renderer with its own colour and layout rules for one small chart;
* these are plain renderables, so they print the same in a Static, in an SVG
  snapshot and in a test's ``Console``: no canvas, no float maths that could
  wobble a pixel between runs, nothing timing-dependent;
* a renderable is told its width when it renders (``options.max_width``), so
  the chart picks months, quarters or years and its bar width to fit the pane,
  at 80 columns as at 200;
* counts are small integers: eighth-block characters (▁▂▃▄▅▆▇█) give eight
  steps per row, which is all the resolution a count of meetings needs.

The counting itself lives in ``core.timeline`` (pure, unit-tested).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import pairwise

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from briefing_tui.core.model.countries import country_name
from briefing_tui.core.query.timeline import Timeline, count_by_period

BLOCKS = " ▁▂▃▄▅▆▇█"
GRANULARITY_WORDS = {"month": "per month", "quarter": "per quarter", "year": "per year"}


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def bar_cells(value: int, top: int, height: int) -> list[str]:
    """The column for ``value`` on a ``height``-row scale to ``top``, top row first.

    A non-zero count always shows at least one eighth, so a single meeting is never invisible.
    """
    eighths = 0 if not value or not top else max(1, round(value / top * height * 8))
    return [BLOCKS[max(0, min(8, eighths - 8 * row))] for row in reversed(range(height))]


class TimelineChart:
    """Meetings per period as vertical bars; the period size follows the span and the width."""

    def __init__(
        self, dates: Sequence[dt.date], *, height: int = 8, bar_style: str = "bold cyan", axis_style: str = "dim"
    ) -> None:
        self.dates = list(dates)
        self.height = height
        self.bar_style = Style.parse(bar_style)
        self.axis_style = Style.parse(axis_style)

    def timeline(self, width: int) -> Timeline:
        """The counts for a chart ``width`` cells wide (the y axis takes a few of them)."""
        top_width = len(str(len(self.dates))) + 2
        return count_by_period(self.dates, max_periods=max(1, width - top_width))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if not self.dates:
            yield Text("No meetings match these filters.", style="dim")
            return
        timeline = self.timeline(width)
        counts = timeline.counts
        top = max(counts)
        label_width = len(str(top))
        plot_width = max(1, width - label_width - 2)
        cell = max(1, min(4, plot_width // len(counts)))
        bar = cell - 1 if cell >= 2 else 1
        yield summary(timeline, self.dates)
        yield Text("")
        columns = [bar_cells(count, top, self.height) for count in counts]
        for row in range(self.height):
            label = str(top) if row == 0 else ""
            tick = "┤" if row == 0 else "│"
            yield Segment(f"{label:>{label_width}} {tick}", self.axis_style)
            line = "".join(column[row] * bar + " " * (cell - bar) for column in columns)
            yield Segment(line.rstrip(), self.bar_style)
            yield Segment.line()
        yield Segment(f"{'0':>{label_width}} └" + "─" * (cell * len(counts)), self.axis_style)
        yield Segment.line()
        yield Segment(" " * (label_width + 2) + year_labels(timeline, cell).rstrip(), self.axis_style)
        yield Segment.line()


#: A year label's width and the space after it.
LABEL_ROOM = 5


def year_labels(timeline: Timeline, cell: int) -> str:
    """Each year under its first period: every year where there is room, else every Nth year, evenly.

    A first year that starts mid-way is labelled under the first period only if that leaves
    room for the next year's label (a partial year never costs a whole year its label).
    """
    starts = [(i * cell, p.year) for i, p in enumerate(timeline.periods) if i == 0 or p.starts_year]
    if len(starts) > 1 and not timeline.periods[0].starts_year and starts[1][0] - starts[0][0] < LABEL_ROOM:
        starts = starts[1:]
    step = 1
    while any(b[0] - a[0] < LABEL_ROOM for a, b in pairwise(starts[::step])):
        step += 1
    line = ""
    for x, year in starts[::step]:
        line = line.ljust(x) + str(year)
    return line


def summary(timeline: Timeline, dates: Sequence[dt.date]) -> Text:
    first, last = min(dates), max(dates)
    text = Text()
    text.append(plural(len(dates), "meeting"), "bold")
    text.append(f" from {first:%d %b %Y} to {last:%d %b %Y}, {GRANULARITY_WORDS[timeline.granularity]}")
    peak = timeline.peak
    if peak and len(timeline.counts) > 1 and sorted(timeline.counts)[-2] < peak[1]:  # one period stands out
        text.append(f" · busiest: {peak[0].label} ({plural(peak[1], 'meeting')})")
    return text


def counterpart_table(
    counts: Sequence[tuple[str, int]], *, bar_style: str = "bold cyan", width: int = 30
) -> Table | Text:
    """One row per counterpart country: name, a bar to scale, the number of meetings."""
    if not counts:
        return Text("No counterpart countries.", style="dim")
    top = counts[0][1]
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, overflow="ellipsis", max_width=28)
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    for code, count in counts:
        full, part = divmod(round(count / top * width * 8), 8)
        bar = "█" * full + (BLOCKS[part] if part else "")
        table.add_row(Text(country_name(code)), Text(bar or "▏", style=bar_style), Text(str(count), style="bold"))
    return table
