"""Free-text search over titles, names and point text, applied on every keystroke."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBox(Input):
    """Escape clears the text first, and leaves the box only once it is empty."""

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
