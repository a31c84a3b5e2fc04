"""The line above the list that says which filters are on, innermost last."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from briefing_tui.core.query.filtering import Query
from briefing_tui.core.query.library import Library

#: Query.without_innermost clears in this order; the bar names what Escape clears next.
INNERMOST = (
    ("text", "search"),
    ("topics", "topics"),
    ("countries", "countries"),
    ("kinds", "kinds"),
    ("reading", "unread/flagged"),
)


def filter_parts(query: Query, library: Library, joint_only: bool = False) -> list[Content]:
    """Each active filter as ``name: values`` (the points view's agreed-only switch last)."""
    parts: list[Content] = []
    for facet in ("kinds", "countries", "topics"):
        values: frozenset[str] = getattr(query, facet)
        if values:
            name = f"topics ({query.topic_mode} of)" if facet == "topics" else facet
            labels = sorted(library.label(facet, v) for v in values)
            parts.append(Content.assemble((f"{name}: ", "$text-muted"), (", ".join(labels), "bold")))
    if query.reading:
        shown = " & ".join(r for r in ("unread", "flagged") if r in query.reading)
        parts.append(Content.assemble(("only: ", "$text-muted"), (shown, "bold")))
    if query.text.strip():
        parts.append(Content.assemble(("search: ", "$text-muted"), ("“", ""), (query.text.strip(), "bold"), ("”", "")))
    if joint_only:
        parts.append(Content.assemble(("points: ", "$text-muted"), ("agreed & confirmed only", "bold $text-success")))
    return parts


def describe(query: Query, library: Library, joint_only: bool = False) -> Content:
    if not query.active and not joint_only:
        return Content.styled("No filters  ·  / search  ·  t topics, countries, kinds", "$text-muted")
    parts = filter_parts(query, library, joint_only)
    next_up = next((label for name, label in INNERMOST if getattr(query, name)), None)
    hint = Content.styled(f"   esc clears {next_up}" if next_up else "   c shows every outcome", "$text-muted")
    return Content.assemble(("Filters ", "bold $text-accent"), Content(" · ").join(parts), hint)


class FilterBar(Static):
    """One line; updated without a layout pass, since its size never changes."""

    #: Set by the points view: its agreed-and-confirmed-only switch is on.
    joint_only = False

    def show(self, query: Query, library: Library) -> None:
        self.update(describe(query, library, self.joint_only), layout=False)
