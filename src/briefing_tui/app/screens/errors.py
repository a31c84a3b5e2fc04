"""Files that failed to load (and warnings), as ``path:line:col`` lines an editor can jump to."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing_tui.app import commands
from briefing_tui.app.editor import open_in_editor
from briefing_tui.app.screens.modal import Modal
from briefing_tui.app.widgets.status import plural
from briefing_tui.core.model.problems import Problem
from briefing_tui.core.model.sanitize import clean_line

SEVERITY_STYLES = {"error": "bold $text-error", "warning": "bold $text-warning"}


def problem_line(problem: Problem) -> Content:
    """``path:line:col: severity: message``, the severity coloured; file text stays plain data."""
    return Content.assemble(
        (clean_line(f"{problem.path}:{problem.line}:{problem.col}:"), "bold"),
        " ",
        (problem.severity, SEVERITY_STYLES.get(problem.severity, "")),
        ": ",
        clean_line(problem.message),
    )


def summary(problems: Sequence[Problem]) -> str:
    files = len({p.path for p in problems if p.severity == "error"})
    warnings = sum(1 for p in problems if p.severity == "warning")
    parts = [f"{plural(files, 'file')} failed to load"] if files else []
    if warnings:
        parts.append(plural(warnings, "warning"))
    return " · ".join(parts) or "Every file loaded cleanly"


class ErrorsScreen(Modal[None]):
    """Lists load problems, errors first; `r` on the main screen reloads after a fix."""

    BINDINGS = [
        Binding("escape,q,e", "dismiss", "Close"),
        Binding("j", "cursor('down')", "Down", show=False),
        Binding("k", "cursor('up')", "Up", show=False),
        *commands.bindings(commands.ERRORS),  # E: the file, at the problem's line
    ]

    def __init__(self, problems: Sequence[Problem], edited: Callable[[], object] | None = None) -> None:
        """``edited`` runs after the editor closes (the browser reads the files again)."""
        super().__init__()
        self.problems = sorted(problems, key=lambda p: (p.severity != "error", p.path, p.line, p.col))
        self._edited = edited

    def compose(self) -> ComposeResult:
        with Vertical(id="errors-box") as box:
            box.border_title = "Load problems"
            box.border_subtitle = "esc closes · r on the main screen reloads"
            yield Static(Content.styled(summary(self.problems), "bold"), id="errors-summary", markup=False)
            yield OptionList(*(Option(problem_line(p)) for p in self.problems), id="errors-list", markup=False)

    def action_cursor(self, direction: str) -> None:
        problems = self.query_one("#errors-list", OptionList)
        if direction == "down":
            problems.action_cursor_down()
        else:
            problems.action_cursor_up()

    def action_edit(self) -> None:
        """Open the highlighted problem's file in the reader's editor, at its line; then close."""
        index = self.query_one("#errors-list", OptionList).highlighted
        if index is None:
            return
        problem = self.problems[index]
        failure = open_in_editor(self.app, Path(problem.path), problem.line)
        if failure:
            self.notify(failure, severity="error", markup=False)
        # Its problems may be gone or new: back to the browser, which reads the files again (e shows them).
        self.dismiss()
        if self._edited is not None:
            self._edited()
