"""The list of briefings that match the filters, one line each.

An OptionList, not a ListView: with thousands of briefings only an OptionList
stays fluid. One Option per briefing is made once per load (in the loader's
thread); a filter change only hands the list a different selection of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing_tui.app.messages import BriefingHighlighted
from briefing_tui.app.widgets.justified import Justified
from briefing_tui.core.countries import country_name
from briefing_tui.core.rows import Row

#: A short word per kind, fixed width so the titles line up.
KIND_MARKERS: dict[str, tuple[str, str]] = {
    "bilateral-meeting": ("meeting", "$text-primary"),
    "telephone-talk": ("call", "$text-success"),
    "video-conference": ("video", "$text-secondary"),
    "summit": ("summit", "$text-warning"),
    "multilateral-meeting": ("multi", "$text-accent"),
    "working-meal": ("meal", "$text-error"),
}
MARKER_WIDTH = max(len(word) for word, _ in KIND_MARKERS.values())


def kind_marker(kind: str) -> Content:
    word, style = KIND_MARKERS.get(kind, (kind[:MARKER_WIDTH], ""))
    return Content.styled(word.ljust(MARKER_WIDTH), style)


def counterpart_names(row: Row) -> list[str]:
    """The other side: every participant's country but the first (the publisher's side, as written)."""
    names = [country_name(c) for c in row.countries]
    return names[1:] if len(names) > 1 else names


def briefing_row(row: Row) -> Justified:
    """Date, kind and title; the counterpart countries only where they fit beside the whole title."""
    left = Content.assemble((row.date.isoformat(), "$text-muted"), "  ", kind_marker(row.kind), "  ", row.title)
    right = Content.styled(", ".join(counterpart_names(row)), "italic $text-muted")
    return Justified(left, right)


def make_options(rows: Sequence[Row]) -> list[Option]:
    """One Option per briefing, in catalog order; safe to call in a worker thread."""
    return [Option(briefing_row(r)) for r in rows]


class BriefingList(OptionList):
    """Shows a selection of the loaded briefings and reports which one is highlighted."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        Binding("enter", "select", "Read", tooltip="Read the briefing: focus the briefing pane"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._options_by_index: list[Option] = []
        self._index_of: dict[Option, int] = {}
        self.shown: Sequence[int] = ()

    def set_rows(self, options: list[Option]) -> None:
        """Take the Options of a new load (index i is catalog briefing i)."""
        self._options_by_index = options
        self._index_of = {option: i for i, option in enumerate(options)}
        self.shown = ()

    def show(self, indexes: Sequence[int], keep: int | None = None) -> None:
        """Show these briefings in this order; stay on ``keep`` if it is among them."""
        if list(indexes) == list(self.shown) and self.option_count == len(indexes):
            return  # a keystroke that excluded nothing costs no list update at all
        self.shown = indexes
        options = self._options_by_index
        self.set_options([options[i] for i in indexes])
        if not indexes:
            self.post_message(BriefingHighlighted(None))
            return
        try:
            self.highlighted = indexes.index(keep) if keep is not None else 0
        except ValueError:
            self.highlighted = 0

    @property
    def current(self) -> int | None:
        """The catalog index of the highlighted briefing."""
        option = self.highlighted_option
        return None if option is None else self._index_of.get(option)

    def row_text(self, position: int) -> str:
        """The plain text of the row at ``position`` (what a wide list shows)."""
        prompt = self.get_option_at_index(position).prompt
        assert isinstance(prompt, Justified)
        return prompt.plain

    @on(OptionList.OptionHighlighted)
    def _report(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(BriefingHighlighted(self._index_of.get(event.option)))
