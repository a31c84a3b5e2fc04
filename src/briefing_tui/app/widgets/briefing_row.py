"""One line of the briefing list, fitted to whatever width the list has.

A plain prompt would wrap or cut the countries mid-word. This Visual is built
once per load and decides at render time: countries right-aligned when they fit
beside the whole title, otherwise only the title, shortened with an ellipsis.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from briefing_tui.core.model import Briefing
from briefing_tui.core.render import counterparts
from briefing_tui.core.sanitize import clean_line

#: A short word per kind, fixed width so titles line up.
KIND_MARKERS: dict[str, tuple[str, str]] = {
    "bilateral-meeting": ("meeting", "$text-primary"),
    "telephone-talk": ("call", "$text-success"),
    "video-conference": ("video", "$text-secondary"),
    "summit": ("summit", "$text-warning"),
    "multilateral-meeting": ("multi", "$text-accent"),
    "working-meal": ("meal", "$text-error"),
}
MARKER_WIDTH = max(len(word) for word, _ in KIND_MARKERS.values())
GAP = 2


def kind_marker(kind: str) -> Content:
    word, style = KIND_MARKERS.get(kind, (kind[:MARKER_WIDTH], ""))
    return Content.styled(word.ljust(MARKER_WIDTH), style)


def counterpart_names(b: Briefing) -> list[str]:
    """The other side(s): every participant's country but the first (the publisher's, as written)."""
    names = counterparts(b)
    return names[1:] if len(names) > 1 else names


class BriefingRow(Visual):
    """Date, kind marker and title, plus the counterpart countries where space allows."""

    def __init__(self, b: Briefing) -> None:
        self.lead = Content.assemble((b.date.isoformat(), "$text-muted"), " ", kind_marker(b.kind), " ")
        self.title = Content(clean_line(b.title))
        self.countries = Content.styled(", ".join(counterpart_names(b)), "italic $text-muted")

    @property
    def plain(self) -> str:
        return f"{self.lead.plain}{self.title.plain}  {self.countries.plain}".rstrip()

    def fit(self, width: int) -> Content:
        room = width - self.lead.cell_length
        if room <= 0:
            return self.lead.truncate(width)
        title_width = self.title.cell_length
        countries_width = self.countries.cell_length
        if countries_width and title_width + GAP + countries_width <= room:
            gap = Content(" " * (room - title_width - countries_width))
            return Content.assemble(self.lead, self.title, gap, self.countries)
        return self.lead + self.title.truncate(room, ellipsis=True)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self.fit(width).render_strips(width, 1, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.lead.cell_length + self.title.cell_length + GAP + cell_len(self.countries.plain)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.lead.cell_length

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1
