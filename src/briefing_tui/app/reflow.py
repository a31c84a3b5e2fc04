"""One layout pass per change, not two: every screen, view and footer change settles a frame sooner.

After Textual lays a screen out in full, it hands each widget its new size through
``Widget._size_updated``, which sets the widget's ``virtual_size`` reactive; that reactive
asks for layout, so every widget that appeared or changed size (a view shown by ``v``, the
footer's new keys, a scroll bar that just appeared, a modal's widgets) asks for a second full
layout that finds nothing to move. It costs a layout pass (7-20 ms at 120x40) plus up to two
frames of waiting, in every screen that opens: ``v`` settled in four frames, the palette in
five. Textual's own partial layout already passes ``layout=False`` here; this makes the
full one do the same. The size, the scroll bars and the repaint are set exactly as before:
only the request for another pass is dropped. ``tests/app/test_textual_hooks.py`` checks the
hook still has the shape assumed (pyproject keeps Textual to the 8.2 series).
"""

from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget

_size_updated = Widget._size_updated


def _size_updated_once(self: Widget, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
    """``Widget._size_updated`` without the second layout pass it asks for."""
    return _size_updated(self, size, virtual_size, container_size, layout=False)


def install() -> None:
    """Apply it (idempotent): the app calls it before its first screen is laid out."""
    Widget._size_updated = _size_updated_once  # type: ignore[method-assign]


def paint_in_this_frame(*widgets: Widget) -> None:
    """Send the screen the repaints ``widgets`` asked for now, not when each widget next idles.

    A widget's ``refresh()`` reaches its screen as a message the widget posts from its own task
    once idle; the screen's frame timer often fires first, so a view that opened with three
    widgets changed showed two in one frame and the third ~30 ms later (`v`: the list, then the
    briefing pane and the filter line). Called by the handler that changed them, the screen has
    them before its next frame.
    """
    for widget in widgets:
        widget._check_refresh()
