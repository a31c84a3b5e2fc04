"""Topics, countries and kinds with their counts in the current results; space toggles one.

One OptionList with a heading per facet, so `t`, the arrows and space are all
it takes. Values stay in label order whatever their counts, so the row under
the cursor does not jump away when a toggle changes the numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing_tui.app.messages import FilterToggled
from briefing_tui.app.widgets.justified import Justified
from briefing_tui.core.query.filtering import READING, Query
from briefing_tui.core.query.library import FACETS, Facet, FacetValues

HEADINGS: dict[Facet, str] = {"topics": "Topics", "countries": "Countries", "kinds": "Kinds"}
ON, OFF = "● ", "○ "


def heading(facet: Facet, query: Query) -> Content:
    title = f"Topics ({query.topic_mode})" if facet == "topics" else HEADINGS[facet]
    return Content.styled(title, "bold $text-accent")


def value_row(label: str, count: int, selected: bool) -> Justified:
    style = "bold" if selected else ("$text-disabled" if not count else "")
    left = Content.assemble((ON if selected else OFF, "$text-accent" if selected else ""), (label, style))
    return Justified(left, Content.styled(str(count), "$text-muted"), keep_right=True)


class FilterPanel(OptionList):
    """Shows each facet's values with counts; asks the screen to toggle one."""

    BINDINGS = [
        Binding("space", "toggle_value", "Toggle", tooltip="Add or remove the highlighted value's filter"),
        Binding("enter", "toggle_value", "Toggle", show=False),
        Binding("a", "screen.toggle_topic_mode", "Any/all", tooltip="Several topics match ANY or ALL of them"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)

    def show(
        self,
        values: Mapping[Facet, FacetValues],
        counts: Mapping[str, Counter[str]],
        query: Query,
        reading: Mapping[str, int] | None = None,
    ) -> None:
        """Rebuild the rows (a few hundred at most) and keep the cursor on the same value.

        ``reading``: unread and flagged counts, shown last as their own section.
        """
        keep = self.highlighted_option.id if self.highlighted_option else None
        scrolled = self.scroll_y
        options: list[Option] = []
        for facet in FACETS:
            if not values[facet]:
                continue
            selected: frozenset[str] = getattr(query, facet)
            options.append(Option(heading(facet, query), id=f"{facet}:", disabled=True))
            for value, label in values[facet]:
                row = value_row(label, counts[facet][value], value in selected)
                options.append(Option(row, id=f"{facet}:{value}"))
        if reading is not None:
            options.append(Option(Content.styled("Reading", "bold $text-accent"), id="reading:", disabled=True))
            for value in READING:
                row = value_row(value.capitalize(), reading.get(value, 0), value in query.reading)
                options.append(Option(row, id=f"reading:{value}"))
        self.set_options(options)
        self.scroll_to(y=scrolled, animate=False, immediate=True)
        if keep is not None:
            try:
                self.highlighted = self.get_option_index(keep)
                return
            except OptionDoesNotExist:
                pass
        self.action_first()

    def focus_facet(self, facet: Facet) -> None:
        """Put the cursor on the facet's first value."""
        try:
            self.highlighted = self.get_option_index(f"{facet}:") + 1
        except OptionDoesNotExist:
            self.action_first()

    @property
    def highlighted_value(self) -> tuple[Facet, str] | None:
        option = self.highlighted_option
        if option is None or option.id is None or option.disabled:
            return None
        facet, _, value = option.id.partition(":")
        return facet, value  # type: ignore[return-value]

    def action_toggle_value(self) -> None:
        target = self.highlighted_value
        if target is not None:
            self.post_message(FilterToggled(*target))
