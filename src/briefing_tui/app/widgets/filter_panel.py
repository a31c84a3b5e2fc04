"""Topics, countries, kinds and media with their counts in the current results; space (or a click) toggles one.

One OptionList with a heading per facet, so `t`, the arrows and space are all
it takes. Values stay in label order whatever their counts, so the row under
the cursor does not jump away when a toggle changes the numbers. Typing a value's
first letters moves there: the panel is a typing surface, so every letter and digit
jumps (the screen's letter commands give way here, `t` included) and moving stays on
the arrows, PgUp/PgDn, Home/End; the any/all toggle is on a key that is not a letter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping

from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.strip import Strip
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing_tui.app.commands import BY_ID
from briefing_tui.app.messages import FilterToggled
from briefing_tui.app.widgets.justified import Justified
from briefing_tui.core.query.filtering import READING, Query
from briefing_tui.core.query.library import Facet, FacetValues

#: The panel's order: the medium before the kinds, so "tele" reaches the Telephone medium (every
#: call, multilateral ones included) before the kind "Telephone talk" (bilateral calls only).
ORDER: tuple[Facet, ...] = ("topics", "countries", "media", "kinds")
HEADINGS: dict[Facet, str] = {"topics": "Topics", "countries": "Countries", "kinds": "Kinds", "media": "Medium"}
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
        # The table's key (its id: a keymap remaps it here too), shown in the footer while the panel has focus.
        Binding(
            BY_ID["toggle_topic_mode"].keys,
            "screen.toggle_topic_mode",
            BY_ID["toggle_topic_mode"].label,
            tooltip=BY_ID["toggle_topic_mode"].help,
            id="toggle_topic_mode",
        ),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        #: Each value row's label, casefolded, by option index (headings: None), for type-to-jump.
        self._labels: list[str | None] = []
        #: What has been typed to jump so far ("" when the last key was not a jump).
        self.jumping = ""
        #: What each row shows, by option id: drawn rows are kept by it (see ``_get_option_render``).
        self._row_keys: dict[str | None, Hashable] = {}
        self._drawn: LRUCache[tuple[Hashable, ...], list[Strip]] = LRUCache(1024)

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
        labels: list[str | None] = []
        row_keys: dict[str | None, Hashable] = {}
        for facet in ORDER:
            if not values.get(facet):
                continue
            selected: frozenset[str] = getattr(query, facet)
            options.append(Option(heading(facet, query), id=f"{facet}:", disabled=True))
            labels.append(None)
            row_keys[f"{facet}:"] = (facet, query.topic_mode)
            for value, label in values[facet]:
                count, on = counts[facet][value], value in selected
                options.append(Option(value_row(label, count, on), id=f"{facet}:{value}"))
                labels.append(label.casefold())
                row_keys[f"{facet}:{value}"] = (label, count, on)
        if reading is not None:
            options.append(Option(Content.styled("Reading", "bold $text-accent"), id="reading:", disabled=True))
            labels.append(None)
            for value in READING:
                count, on = reading.get(value, 0), value in query.reading
                options.append(Option(value_row(value.capitalize(), count, on), id=f"reading:{value}"))
                labels.append(value.casefold())
                row_keys[f"reading:{value}"] = (value, count, on)
        self._labels = labels
        self._row_keys = row_keys
        self.set_options(options)
        self.scroll_to(y=scrolled, animate=False, immediate=True)
        if keep is not None:
            try:
                self.highlighted = self.get_option_index(keep)
                return
            except OptionDoesNotExist:
                pass
        self.action_first()

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        """A row's lines, kept by what the row shows rather than by Option object.

        ``show`` makes new Options after every search keystroke (their counts change), and
        OptionList keeps drawn rows by Option: every visible row was drawn again, tens of
        milliseconds landing in the next keystroke. Most rows show what they showed before.
        """
        index = self._option_to_index.get(option)
        key = (index, option.id, self._row_keys.get(option.id), style, self.scrollable_content_region.width)
        strips = self._drawn.get(key)
        if strips is None:
            strips = self._drawn[key] = super()._get_option_render(option, style)
        return strips

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

    def action_select(self) -> None:
        """A click on a value (OptionList selects on click) toggles it, as space does."""
        self.action_toggle_value()

    def on_key(self, event: events.Key) -> None:
        """A letter or digit jumps to the next value whose label starts with what was typed."""
        char = event.character
        if not (event.is_printable and char and len(char) == 1 and char.isalnum()):
            self.jumping = ""
            return
        event.stop()
        event.prevent_default()
        self.jump(char)

    def jump(self, char: str) -> None:
        """Extend the typed prefix if some value starts with it, else start again from this letter."""
        start = self.highlighted or 0
        typed = self.jumping + char.casefold()
        found = self._find(typed, start) if self.jumping else None
        if found is None:
            typed = char.casefold()
            found = self._find(typed, start + 1)
        if found is None:
            self.jumping = ""
            self.app.bell()
            return
        self.jumping = typed
        self.highlighted = found

    def _find(self, prefix: str, start: int) -> int | None:
        """The first value at or after ``start`` (wrapping round) whose label starts with ``prefix``."""
        labels = self._labels
        count = len(labels)
        for step in range(count):
            index = (start + step) % count
            label = labels[index]
            if label is not None and label.startswith(prefix):
                return index
        return None
