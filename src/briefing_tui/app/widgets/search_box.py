"""Free-text search over titles, names and point text, applied on every keystroke."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widgets import Input


class SearchBox(Input):
    """Escape clears the text first, and leaves the box only once it is empty."""

    #: Input sizes its scroll area to its text on every keystroke, and that asked for a layout
    #: pass of the screen per key; the box has a fixed size and no scroll bar, so it needs none.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    BINDINGS = [
        Binding("escape", "clear_or_leave", "Clear / leave", tooltip="Clear the text; when it is empty, leave the box"),
        Binding("enter", "leave", "Done", tooltip="Back to the list, keeping the search"),
        Binding("down", "leave", "To the list", show=False),
    ]

    @dataclass
    class Left(Message):
        """The reader is done searching; focus goes back to the list."""

        search_box: SearchBox

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search titles, names and points…", id=id, compact=True, select_on_focus=False)

    def action_clear_or_leave(self) -> None:
        if self.value:
            self.value = ""
        else:
            self.action_leave()

    def action_leave(self) -> None:
        self.post_message(self.Left(self))
