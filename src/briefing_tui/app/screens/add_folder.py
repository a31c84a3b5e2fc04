"""Ask for a folder (or file) to browse too, for this session; the config file is not changed."""

from __future__ import annotations

import os
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from briefing_tui.core.model.sanitize import clean_line


class AddFolder(ModalScreen[Path | None]):
    """An input for a path; enter adds it if it exists, escape gives up."""

    BINDINGS = [Binding("escape", "dismiss", "Cancel")]
    DEFAULT_CSS = """
    AddFolder { align: center middle; }
    AddFolder > Vertical { width: 70; height: auto; border: round $accent; padding: 0 1; background: $surface; }
    AddFolder #add-folder-problem { color: $text-error; height: auto; }
    """

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Add a folder for this session"
            box.border_subtitle = "enter adds · esc cancels"
            yield Input(placeholder="~/readouts", id="add-folder-path")
            yield Static("", id="add-folder-problem", markup=False)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        path = Path(os.path.expandvars(text)).expanduser() if text else None
        if path is None or not path.exists():
            problem = f"{clean_line(text)}: no such folder or file" if text else "Type a folder's path"
            self.query_one("#add-folder-problem", Static).update(Content(problem))
            return
        self.dismiss(path)
