"""The line above the list that says which filters are on, innermost last."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from briefing_tui.app.library import Library
from briefing_tui.core.filtering import Query

#: Query.without_innermost clears in this order; the bar names what Escape clears next.
INNERMOST = (("text", "search"), ("topics", "topics"), ("countries", "countries"), ("kinds", "kinds"))


def describe(query: Query, library: Library) -> Content:
    if not query.active:
        return Content.styled("No filters  ·  / search  ·  t topics, countries, kinds", "$text-muted")
    parts: list[Content] = []
    for facet in ("kinds", "countries", "topics"):
        values: frozenset[str] = getattr(query, facet)
        if values:
            name = f"topics ({query.topic_mode} of)" if facet == "topics" else facet
            labels = sorted(library.label(facet, v) for v in values)  # type: ignore[arg-type]
            parts.append(Content.assemble((f"{name}: ", "$text-muted"), (", ".join(labels), "bold")))
    if query.text.strip():
        parts.append(Content.assemble(("search: ", "$text-muted"), ("“", ""), (query.text.strip(), "bold"), ("”", "")))
    next_up = next(label for name, label in INNERMOST if getattr(query, name))
    hint = Content.styled(f"   esc clears {next_up}", "$text-muted")
    return Content.assemble(("Filters ", "bold $text-accent"), Content(" · ").join(parts), hint)


class FilterBar(Static):
    """One line; updated without a layout pass, since its size never changes."""

    def show(self, query: Query, library: Library) -> None:
        self.update(describe(query, library), layout=False)
