"""The help screen, generated from the bindings themselves (with the config's remaps) so it cannot go stale."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.widgets import Static

from briefing_tui.app.screens.modal import Modal
from briefing_tui.app.widgets.prerendered import Prerendered
from briefing_tui.app.widgets.scrolling import start_with_bar

KEY_WIDTH = 18
#: Inherited from Textual's scrolling widgets, but nothing here is wider than its pane.
SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})


@dataclass(frozen=True)
class Section:
    """A heading and the classes whose bindings work in that context."""

    title: str
    classes: Sequence[type[DOMNode]]
    #: Include bindings the classes inherit (scrolling, cursor keys), not only their own.
    inherited: bool = True


def class_bindings(cls: type[DOMNode], inherited: bool) -> list[Binding]:
    """Bindings in effect for ``cls``, a subclass's binding for a key replacing its base's."""
    by_key: dict[str, Binding] = {}
    for base in reversed(cls.__mro__ if inherited else (cls,)):
        for binding in Binding.make_bindings(base.__dict__.get("BINDINGS", [])):
            by_key[binding.key] = binding
    return [b for b in by_key.values() if not b.system and b.action not in SIDEWAYS]


def grouped(app: App[object], bindings: Iterable[Binding]) -> list[tuple[str, str]]:
    """(keys, description) rows; keys that do the same thing share a row. The tooltip, if any, says more."""
    rows: dict[tuple[str, str], list[str]] = {}
    for binding in bindings:
        description = binding.tooltip or binding.description or binding.action
        rows.setdefault((binding.action, description), []).append(app.get_key_display(binding))
    return [(" / ".join(dict.fromkeys(keys)), description) for (_, description), keys in rows.items()]


def in_force(app: App[object], bindings: Iterable[Binding]) -> list[Binding]:
    """The bindings with the config's remaps applied (``[keys]``): the help shows the keys that work."""
    remapped: dict[str, str] = getattr(app, "remapped_keys", {})
    out: list[Binding] = []
    for binding in bindings:
        if binding.id in remapped:
            out.extend(binding.with_key(key, key_display=None) for key in remapped[binding.id].split(","))
        else:
            out.append(binding)
    return out


def help_rows(app: App[object], sections: Sequence[Section]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section title, [(keys, description)]) for every section."""
    return [
        (
            section.title,
            grouped(app, in_force(app, [b for cls in section.classes for b in class_bindings(cls, section.inherited)])),
        )
        for section in sections
    ]


def help_table(app: App[object], sections: Sequence[Section]) -> Group:
    """Per section, a title, then keys on the left and descriptions wrapping on the right."""
    return rows_table(help_rows(app, sections))


def rows_table(sections: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> Group:
    """``help_table`` of rows made already."""
    parts: list[RenderableType] = []
    for title, rows in sections:
        if parts:
            parts.append(Text(""))
        parts.append(Text(title, style="bold underline"))
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, width=KEY_WIDTH)
        table.add_column(ratio=1)
        for keys, description in rows:
            table.add_row(Text(keys, style="bold"), Text(description))
        parts.append(table)
    return Group(*parts)


class HelpScreen(Modal[None]):
    """Every key, by where it works; any of the keys below closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False),
        Binding("k,up", "scroll('up')", "Scroll up", show=False),
    ]

    def __init__(self, sections: Sequence[Section]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = "esc closes"
            with VerticalScroll(id="help-scroll"):
                yield self._text()

    def on_mount(self) -> None:
        start_with_bar(self.query_one("#help-scroll", VerticalScroll))

    def _text(self) -> Static:
        """The keys, drawn once per width and theme and kept for the next time (the keys are the key)."""
        text = Static(id="help-text", markup=False)
        rows = tuple((title, tuple(section)) for title, section in help_rows(self.app, self.sections))
        text.update(Prerendered(text, ("help", rows), lambda: rows_table(rows)))
        return text

    def action_scroll(self, direction: str) -> None:
        scroller = self.query_one("#help-scroll", VerticalScroll)
        if direction == "down":
            scroller.scroll_down()
        else:
            scroller.scroll_up()
