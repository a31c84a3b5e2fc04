"""Small dialogs for the reader's own text: a note's editor, a saved search's name.

What the reader types is only ever shown as Content/Text (never markup), and
cleaned by the state when it is kept.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, TextArea


class NoteEditor(ModalScreen[str | None]):
    """Edit one note: ctrl+s keeps it (empty deletes it), escape leaves it as it was."""

    BINDINGS = [
        Binding("ctrl+s", "keep", "Keep note", priority=True),
        Binding("escape", "dismiss_note", "Cancel", priority=True),
    ]

    DEFAULT_CSS = """
    NoteEditor { align: center middle; }
    NoteEditor > Vertical { width: 80%; max-width: 100; height: auto; border: thick $accent; background: $surface; padding: 0 1; }
    NoteEditor TextArea { height: 10; }
    NoteEditor .hint { color: $text-muted; }
    """

    def __init__(self, about: str, text: str) -> None:
        super().__init__()
        self._about = about
        self._text = text

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Content(self._about), id="note-about", markup=False)
            yield TextArea(self._text, id="note-text", soft_wrap=True)
            yield Label(
                Content("ctrl+s keeps the note (empty: deletes it) · escape cancels"), classes="hint", markup=False
            )

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_keep(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_dismiss_note(self) -> None:
        self.dismiss(None)


class NamePrompt(ModalScreen[str | None]):
    """Ask for a name (a saved search's): enter keeps it, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True)]

    DEFAULT_CSS = """
    NamePrompt { align: center middle; }
    NamePrompt > Vertical { width: 60; height: auto; border: thick $accent; background: $surface; padding: 0 1; }
    """

    def __init__(self, question: str, value: str = "") -> None:
        super().__init__()
        self._question = question
        self._value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Content(self._question), markup=False)
            yield Input(self._value, id="name", placeholder="a name, e.g. arctic-unread")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = " ".join(event.value.split())
        self.dismiss(name or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
