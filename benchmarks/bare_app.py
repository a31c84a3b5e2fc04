"""The floor for keys, screens and first paint: a bare Textual app, an OptionList and a Static
updated on highlight, and a key (p) that opens a modal screen holding one Static."""

from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static


class Modal(ModalScreen[None]):
    BINDINGS = [("escape", "app.pop_screen")]

    def compose(self) -> ComposeResult:
        yield Static("A modal screen\n" * 10, id="modal")


class Bare(App):
    CSS = "OptionList { width: 60; } #detail { width: 1fr; } #modal { width: 40; height: 12; border: round white; }"
    BINDINGS = [("j", "down"), ("k", "up"), ("p", "modal"), ("q", "quit")]

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield OptionList(*[f"item {i}: a briefing title of ordinary length" for i in range(25)])
            yield Static(id="detail")

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_modal(self) -> None:
        self.push_screen(Modal())

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.query_one("#detail", Static).update(f"Detail of option {event.option_index}\n" * 20)


if __name__ == "__main__":
    Bare().run()
