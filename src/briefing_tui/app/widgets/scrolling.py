"""Resize a widget's scroll area without laying out the screen when its scroll bars stay as they are.

Setting ``virtual_size`` asks Textual for a layout pass of the whole screen, which repaints every
widget and scroll bar (tens of milliseconds per key). A list or pane that draws its own lines only
needs that when a scroll bar comes or goes; otherwise the scroll bar's size and the scroll offset's
bounds are all that change.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget


def set_scroll_area(widget: Widget, size: Size) -> None:
    """Give ``widget`` a new virtual size, laying out only if its vertical scroll bar comes or goes."""
    old = widget.virtual_size
    if old == size:
        return
    height = widget.size.height
    # overflow-y: scroll keeps the bar (a track without a thumb when everything fits).
    same_bar = widget.styles.overflow_y == "scroll" or (size.height > height) == (old.height > height)
    if not same_bar or widget.styles.overflow_x != "hidden" or not widget.is_mounted:
        widget.virtual_size = size
        return
    widget.set_reactive(Widget.virtual_size, size)
    widget._scroll_update(size)  # the scroll bar's window and the scroll offset's bounds
    widget.refresh()


def start_with_bar(widget: Widget) -> None:
    """A widget whose bar column is always there (overflow-y: scroll) starts with its bar: else
    the first layout that sizes it finds the bar "appearing" and lays the whole screen out again
    (`v` and `?` each took a second pass for it). Call once mounted, before it is first laid out."""
    if widget.styles.overflow_y == "scroll":
        widget.set_reactive(Widget.show_vertical_scrollbar, True)
        widget.vertical_scrollbar.display = True  # made now, not in that first layout
