"""A Rich renderable drawn to lines once per width and style, and kept across screens.

A Static holding a Rich table (the help) renders it whole to measure its height for each
layout pass, and again for its lines: three layout passes as a screen opens made that
six renders of the same table, every time the screen opened. This Visual renders once
per (what, width, style) and keeps the lines in a small cache that outlives the screen,
so opening it again renders nothing. The timeline's chart and counterpart table use it too.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

from rich.console import RenderableType
from textual.cache import LRUCache
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual, visualize

if TYPE_CHECKING:
    from textual.widget import Widget

#: (key, width, style) -> lines, across every Prerendered (a few screens at a few widths).
_LINES: LRUCache[tuple[Hashable, int, Style], list[Strip]] = LRUCache(16)
#: (key, width) -> how many lines (the style changes colours, never the line breaks).
_HEIGHTS: LRUCache[tuple[Hashable, int], int] = LRUCache(64)


class Prerendered(Visual):
    """Lines of ``make()`` (called only when they are not kept yet), cached by ``key``, width and style.

    ``key`` must name everything the lines depend on but the width and the style.
    """

    def __init__(self, widget: Widget, key: Hashable, make: Callable[[], RenderableType]) -> None:
        self._widget = widget
        self._key = key
        self._make = make

    def _lines(self, width: int, style: Style) -> list[Strip]:
        cache_key = (self._key, width, style)
        lines = _LINES.get(cache_key)
        if lines is None:
            inner = visualize(self._widget, self._make(), markup=False)
            lines = _LINES[cache_key] = Visual.to_strips(self._widget, inner, width, None, style)
            _HEIGHTS[self._key, width] = len(lines)
        return lines

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        lines = self._lines(width, style)
        return lines if height is None else lines[:height]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return container_width

    def get_height(self, rules: RulesMap, width: int) -> int:
        height = _HEIGHTS.get((self._key, width))
        return len(self._lines(width, self._widget.visual_style)) if height is None else height
