"""The status line: how many briefings match, and whether some files failed to load."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from briefing_tui.core.query.library import Library


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def describe(shown: int, library: Library) -> Content:
    total = len(library)
    count = plural(total, "briefing") if shown == total else f"{shown:,} of {plural(total, 'briefing')}"
    parts = [Content.styled(count, "bold")]
    if library.files_with_errors:
        parts.append(Content.styled(f"{plural(library.files_with_errors, 'file')} with errors (e)", "bold $text-error"))
    if library.warnings:
        parts.append(Content.styled(f"{plural(library.warnings, 'warning')} (e)", "$text-warning"))
    if not library.complete:
        parts.append(Content.styled(f"loading… {plural(library.files_seen, 'file')} read", "$text-muted"))
    return Content(" · ").join(parts)


class StatusLine(Static):
    """One line; updated without a layout pass on every keystroke."""

    def show(self, shown: int, library: Library) -> None:
        self.update(describe(shown, library), layout=False)

    def show_loading(self, paths: int, files_seen: int = 0) -> None:
        read = f" ({plural(files_seen, 'file')} read)" if files_seen else ""
        self.update(
            Content.styled(f"Loading briefings from {plural(paths, 'place')}…{read}", "$text-muted"), layout=False
        )

    def problem(self, message: str) -> None:
        self.update(Content.styled(message, "bold $text-error"), layout=False)
