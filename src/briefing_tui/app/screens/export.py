"""Ask where to write the digest of the current filter; the extension picks the format.

The default is ``./briefing-digest-YYYYMMDD.md`` in the current folder, or in the
home folder when the current folder is one of the briefing folders being browsed:
a digest is never dropped among the briefings unless the reader types that path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from briefing_tui.core.model.sanitize import clean_line

#: Extension -> digest format.
FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".txt": "text"}


def export_format(path: Path) -> str | None:
    return FORMATS.get(path.suffix.casefold())


def inside(folder: Path, folders: Sequence[Path]) -> bool:
    """Is ``folder`` one of ``folders`` (given as folders or files) or below one?"""
    folder = folder.resolve()
    for other in folders:
        other = other.resolve()
        base = other if other.is_dir() else other.parent
        if folder == base or folder.is_relative_to(base):
            return True
    return False


def default_path(cwd: Path, briefing_paths: Sequence[Path], today: dt.date) -> str:
    """What the path box starts with: the current folder, unless briefings live there."""
    name = f"briefing-digest-{today:%Y%m%d}.md"
    return f"~/{name}" if inside(cwd, briefing_paths) else f"./{name}"


def resolve(text: str, cwd: Path) -> Path:
    path = Path(text.strip()).expanduser()
    return path if path.is_absolute() else cwd / path


class ExportScreen(ModalScreen[Path | None]):
    """A path box; enter writes (asking once before replacing a file), escape cancels."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", tooltip="Close without writing")]

    def __init__(self, default: str, about: Content, cwd: Path) -> None:
        super().__init__()
        self.default = default
        self.about = about
        self.cwd = cwd
        self._confirm: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box") as box:
            box.border_title = "Export digest"
            box.border_subtitle = "enter writes · esc cancels"
            yield Static(self.about, id="export-about", markup=False)
            yield Input(value=self.default, id="export-path", select_on_focus=False)
            yield Static(
                Content.styled(
                    "The extension picks the format: .md Markdown, .html web page, .txt text", "$text-muted"
                ),
                id="export-problem",
            )

    def _problem(self, message: str) -> None:
        self.query_one("#export-problem", Static).update(Content.styled(clean_line(message), "bold $text-error"))

    @on(Input.Changed)
    def _changed(self) -> None:
        self._confirm = None

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self._problem("Type a file name, e.g. ./digest.md")
            return
        path = resolve(event.value, self.cwd)
        if export_format(path) is None:
            self._problem(f"Unknown extension “{path.suffix}”: use .md, .html or .txt")
            return
        if path.is_dir():
            self._problem(f"{path} is a folder: add a file name")
            return
        if path.exists() and self._confirm != path:
            self._confirm = path
            self._problem(f"{path.name} exists: enter again to replace it")
            return
        self.dismiss(path)
