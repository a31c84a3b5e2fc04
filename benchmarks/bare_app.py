"""The floor for keys and first paint: a bare Textual app, an OptionList and a Static updated on highlight."""

from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import OptionList, Static


class Bare(App):
    CSS = "OptionList { width: 60; } #detail { width: 1fr; }"
    BINDINGS = [("j", "down"), ("k", "up"), ("q", "quit")]

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield OptionList(*[f"item {i}: a briefing title of ordinary length" for i in range(25)])
            yield Static(id="detail")

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.query_one("#detail", Static).update(f"Detail of option {event.option_index}\n" * 20)


if __name__ == "__main__":
    Bare().run()
