"""The footer, rebuilt only when the keys it shows change.

Textual's Footer rebuilds every key it shows (thirty-odd widgets, then a layout pass of the
screen: 15-60 ms here) whenever its screen says the bindings may have changed: at every focus
change, and whenever a screen (the help, the palette, the timeline) opens over it or closes,
though nothing it shows changed. Behind a modal screen that work lands in the modal's first
frames; in the search box, in the next keystroke's. This one compares what it would show with
what it shows, and waits while its screen is in the background.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class KeyFooter(Footer):
    """A Footer that recomposes only when its keys (or their state) change."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: Hashable | None = None

    def _showing(self, screen: Screen) -> Hashable:
        """What compose would show: each shown binding's key, label and state, and the layout flags."""
        return (
            self.compact,
            self.show_command_palette,
            tuple(
                (key, b.action, b.description, b.key_display, b.group, enabled, tooltip)
                for key, (_, b, enabled, tooltip) in screen.active_bindings.items()
                if b.show or key == self.app.COMMAND_PALETTE_BINDING
            ),
        )

    def compose(self) -> ComposeResult:
        """Textual's keys, each made in the footer's style before it mounts. (A FooterKey starts
        compact and the footer's binding makes it not: two restylings of each of twenty-odd keys at
        every rebuild, ~5 ms of `v`.)"""
        # Textual's binding of each key to the footer's `compact` leaves the key in the footer's
        # watcher list until `compact` changes (only when the terminal crosses 100 columns): every
        # rebuild kept its removed keys alive. They are closing by now: let them go.
        watchers = getattr(self, "__watchers", {}).get("compact")
        if watchers:
            watchers[:] = [(node, callback) for node, callback in watchers if not node._closing]  # as Textual prunes
        for widget in super().compose():
            # (The palette's key is not bound to the footer's style: it stays compact.)
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                widget.set_reactive(FooterKey.compact, self.compact)
                widget.set_class(self.compact, "-compact", update=False)
            yield widget

    def bindings_changed(self, screen: Screen) -> None:
        if not (self.is_attached and screen is self.screen and screen.app.app_focus):
            super().bindings_changed(screen)
            return
        if screen.app.screen is not screen:
            return  # behind a modal screen nobody sees it; Textual says so again when the screen is back
        showing = self._showing(screen)
        if showing == self._shown and self._bindings_ready:
            return
        self._shown = showing
        super().bindings_changed(screen)
