"""The list of briefings that match the filters, one line each.

A virtual list: it keeps only the catalog rows and the indexes to show, and
draws just the lines on screen (each line cached). A filter change hands it a
new index list, so a keystroke costs the same with 10 or 10,000 matches, and
nothing per briefing is built at load time (an OptionList makes and measures
an Option for every row).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.message import Message

from briefing_tui.app.messages import BriefingHighlighted
from briefing_tui.app.widgets.justified import Justified
from briefing_tui.app.widgets.virtual_list import VirtualList
from briefing_tui.core.model.countries import country_name
from briefing_tui.core.store.rows import Row

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
    """Date, kind and title, and the counterpart countries; on a narrow line both are shortened (…), never dropped."""
    left = Content.assemble((row.date.isoformat(), "$text-muted"), "  ", kind_marker(row.kind), "  ", row.title)
    right = Content.styled(", ".join(counterpart_names(row)), "italic $text-muted")
    return Justified(left, right, share_right=True)


class BriefingList(VirtualList):
    """Shows a selection of the loaded briefings and reports which one is highlighted."""

    BINDINGS = [
        Binding("enter", "select", "Read", tooltip="Read the briefing: focus the briefing pane"),
    ]

    DEFAULT_CSS = """
    BriefingList {
        height: auto;
        max-height: 100%;
        border: tall $border-blurred;
        padding: 0 1;
        &:focus {
            border: tall $border;
            background-tint: $foreground 5%;
        }
    }
    """

    class Selected(Message):
        """Enter (or a click on the highlighted row): read this briefing."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows: Sequence[Row] = ()
        self.shown: Sequence[int] = ()
        self._visuals: LRUCache[int, Justified] = LRUCache(1024)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Take the rows of a new load (index i is catalog briefing i)."""
        self._rows = rows
        self._visuals.clear()
        self.shown = ()

    def show(self, indexes: Sequence[int], keep: int | None = None) -> None:
        """Show these briefings in this order; stay on ``keep`` if it is among them."""
        if list(indexes) == list(self.shown) and self.highlighted is not None:
            return  # a keystroke that excluded nothing costs no list update at all
        self.shown = indexes
        self.lines_changed()
        if not indexes:
            self.highlighted = None
            self.post_message(BriefingHighlighted(None))
            return
        try:
            self.highlighted = list(indexes).index(keep) if keep is not None else 0
        except ValueError:
            self.highlighted = 0

    @property
    def option_count(self) -> int:
        return len(self.shown)

    @property
    def current(self) -> int | None:
        """The catalog index of the highlighted briefing."""
        if self.highlighted is None or not self.shown:
            return None
        return self.shown[self.highlighted]

    def row_text(self, position: int) -> str:
        """The plain text of the row at ``position`` (what a wide list shows)."""
        return self._visual(self.shown[position]).plain

    def _visual(self, index: int) -> Justified:
        visual = self._visuals.get(index)
        if visual is None:
            visual = self._visuals[index] = briefing_row(self._rows[index])
        return visual

    # The VirtualList's questions -------------------------------------------------------------

    @property
    def line_count(self) -> int:
        return len(self.shown)

    def line_key(self, position: int) -> int:
        return self.shown[position]

    def line_visual(self, position: int, width: int) -> Justified:
        return self._visual(self.shown[position])

    def highlight_moved(self, position: int) -> None:
        self.post_message(BriefingHighlighted(self.shown[position]))

    def select(self, position: int) -> None:
        self.post_message(self.Selected(self.shown[position]))
