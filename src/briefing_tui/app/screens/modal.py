"""Modal screens laid out once when they open.

Textual lays a new screen out as it is shown, and that layout posts the screen a Resize
for the very size it was just laid out at; the Resize lays it out and paints it whole a
second time, and lays out every screen behind it too. On a modal over the browser each
pass is a full frame (the browser behind, dimmed, and the box): about half of what opening
the help, the errors or the timeline cost. A Resize for another size (the terminal
changed) is handled as before. Nor is the screen repainted whole when the focus moves into it.
"""

from __future__ import annotations

from typing import TypeVar

from textual import events
from textual.command import CommandPalette
from textual.reactive import var
from textual.screen import ModalScreen, Screen
from textual.widget import Widget

ResultType = TypeVar("ResultType")


class OpensInOnePass(Screen):
    """What a screen opened over the browser needs to open in as few frames as possible.

    Listed after the Textual screen it is mixed into: Textual takes a screen's CSS, bindings and
    component classes from its first base only.
    """

    #: Textual's, without its repaint of the whole screen (the browser behind, dimmed, and the
    #: box) when the focus moves, as it does into the box as it opens: a full frame fewer.
    focused: var[Widget | None] = var(None)

    async def _on_resize(self, event: events.Resize) -> None:
        # Textual calls each class's handler in turn (this one first); prevent_default ends that.
        if event.size == self.outer_size:  # already laid out at this size: a second pass changes nothing
            event.prevent_default()
            event.stop()


class Modal(ModalScreen[ResultType], OpensInOnePass):
    """A ModalScreen that skips the Resize its own first layout posts it."""


class Palette(CommandPalette, OpensInOnePass):
    """Textual's command palette, opening as the modals do (it is one)."""
