"""A one-line Visual: text on the left, a note on the right, fitted at render time.

Option prompts are built once per load, long before the list knows its width.
This decides at render time what fits, so a list row never wraps: the left side
is shortened to keep the note whole, or both are shortened, each with an ellipsis.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

GAP = 2


#: With ``share_right``, the right-hand note gets up to this share of a line that cannot hold both...
RIGHT_SHARE = 3
#: ... but at least this many cells (when it is that long).
RIGHT_MIN = 12


class Justified(Visual):
    """``left`` then ``right`` flush right; ``keep_right`` shortens ``left`` rather than drop ``right``;
    ``share_right`` shortens both (each with an ellipsis), the right to a third of the line at most."""

    def __init__(
        self, left: Content, right: Content | None = None, *, keep_right: bool = False, share_right: bool = False
    ) -> None:
        self.left = left
        self.right = right or Content()
        self.keep_right = keep_right
        self.share_right = share_right

    @property
    def plain(self) -> str:
        """The whole text, as it shows on a wide enough line (for tests and logs)."""
        return f"{self.left.plain}{' ' * GAP}{self.right.plain}" if self.right else self.left.plain

    def fit(self, width: int) -> Content:
        left_width, right_width = self.left.cell_length, self.right.cell_length
        if not right_width:
            return self.left.truncate(width, ellipsis=True)
        if left_width + GAP + right_width <= width:
            return Content.assemble(self.left, " " * (width - left_width - right_width), self.right)
        if self.keep_right and right_width + GAP < width:
            room = width - right_width - 1
            return Content.assemble(self.left.truncate(room, ellipsis=True), " ", self.right)
        if self.share_right and width > GAP + 2:
            right_room = min(right_width, max(min(RIGHT_MIN, width // 2), width // RIGHT_SHARE))
            left_room = width - GAP - right_room
            if left_width < left_room:  # a short left side leaves the rest to the right
                right_room = width - GAP - left_width
                left_room = left_width
            left = self.left.truncate(left_room, ellipsis=True)
            right = self.right.truncate(right_room, ellipsis=True)
            return Content.assemble(left, " " * (width - left.cell_length - right.cell_length), right)
        return self.left.truncate(width, ellipsis=True)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self.fit(width).render_strips(width, 1, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.left.cell_length + (GAP + self.right.cell_length if self.right else 0)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return min(self.left.cell_length, 12)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1
