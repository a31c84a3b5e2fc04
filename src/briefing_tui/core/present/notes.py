"""The reader's notes on a briefing, as the detail pane, ``print`` and ``digest`` show them.

Notes are the reader's own text, but they may come from an imported file: they are
cleaned when kept, and reach a console only as ``rich.text.Text`` (never markup),
Markdown only escaped, and HTML only escaped.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from rich.text import Text

from briefing_tui.core.model.sanitize import clean
from briefing_tui.core.present.export import md_escape

#: A briefing's notes: point number ("" for the briefing's own) -> text.
Notes = Mapping[str, str]
NOTE_MARK = "✎"


def note_label(point: str) -> str:
    return "Your note" if not point else f"Your note on point {point}"


def notes_text(notes: Notes) -> Text:
    text = Text()
    for point, note in notes.items():
        text.append(f"{NOTE_MARK} {note_label(point)}\n", style="bold")
        text.append(clean(note).strip() + "\n", style="italic")
    return text


def notes_markdown(notes: Notes) -> list[str]:
    lines: list[str] = []
    for point, note in notes.items():
        body = " ".join(md_escape(line) for line in clean(note).split("\n") if line.strip())
        lines.append(f"> **{note_label(point)}:** {body}")
        lines.append(">")
    return lines[:-1]


def notes_html(notes: Notes) -> str:
    if not notes:
        return ""
    items = "".join(
        f'<p class="note"><strong>{escape(note_label(point))}:</strong> {escape(clean(note).strip())}</p>'
        for point, note in notes.items()
    )
    return f'<aside class="notes">{items}</aside>'
