"""Modal screens laid out once when they open, and the command palette, opening in one frame.

Textual lays a new screen out as it is shown, and that layout posts the screen a Resize
for the very size it was just laid out at; the Resize lays it out and paints it whole a
second time, and lays out every screen behind it too. On a modal over the browser each
pass is a full frame (the browser behind, dimmed, and the box): about half of what opening
the help, the errors or the timeline cost. A Resize for another size (the terminal
changed) is handled as before. Nor is the screen repainted whole when the focus moves into it.

Textual's palette opens in three frames: the screen is pushed and painted with its box hidden,
its list is gathered in a worker from each provider's tasks, and the box and the list are then
shown and laid out twice more (the list's scroll area and scroll bar are only known once it is
drawn). ``Palette`` takes the opening list (the providers' ``discover``, which never wait here)
before the first layout, so the box and its list come in the first frame. Searches as the reader
types are Textual's own (its worker).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, TypeVar

from rich.text import Text
from textual import events
from textual.command import Command, CommandList, CommandPalette, DiscoveryHit, Hit, Provider
from textual.content import Content, Span
from textual.reactive import var
from textual.screen import ModalScreen, Screen
from textual.style import Style
from textual.widget import Widget

from briefing_tui.app import reflow

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


def drain(hits: AsyncIterator[Any]) -> list[Any] | None:
    """Every item of an async iterator that never waits, taken now; None if it would wait."""
    taken: list[Any] = []
    while True:
        step = hits.__anext__()
        try:
            step.send(None)  # type: ignore[attr-defined]
        except StopIteration as done:
            taken.append(done.value)
        except StopAsyncIteration:
            return taken
        else:  # it waits for something: the caller gathers these hits Textual's way
            step.close()  # type: ignore[attr-defined]
            return None


def discover_now(providers: list[Provider]) -> list[DiscoveryHit | Hit] | None:
    """Every provider's opening hits, provider by provider (as Textual lists them), if none waits."""
    found: list[DiscoveryHit | Hit] = []
    for provider in providers:
        if type(provider).startup is not Provider.startup:  # a startup to wait for first
            return None
        hits = drain(provider.discover())
        if hits is None:
            return None
        found.extend(hit for hit in hits if hit is not NotImplemented)
    return found


def prompt_of(hit: DiscoveryHit | Hit, help_style: Style) -> Content:
    """The option Textual's palette shows for ``hit``: its prompt, and its help on a line below."""
    visual = hit.prompt
    prompt = Content.from_rich_text(visual) if isinstance(visual, Text) else Content.from_markup(visual)  # type: ignore[arg-type]  # as Textual's
    if not hit.help:
        return prompt
    help = Content.from_markup(hit.help)
    start = len(prompt.plain) + 1
    spans = [*prompt.spans, Span(start, start + len(help.plain), help_style)]
    spans.extend(Span(span.start + start, span.end + start, span.style) for span in help.spans)
    return Content(f"{prompt.plain}\n{help.plain}", spans)


class Palette(CommandPalette, OpensInOnePass):
    """Textual's command palette with its opening list in its first frame."""

    # The opening list, before the first layout -----------------------------------

    def _gather_commands(self, search_value: str) -> None:  # type: ignore[override]
        """Textual's worker, except for the opening list, which is taken at once when it can be."""
        if search_value or self.has_class("-ready") or not self._list_opening():
            super()._gather_commands(search_value)

    def _list_opening(self) -> bool:
        """List the providers' opening hits now (False if one of them would wait)."""
        lists = self.query(CommandList)
        hits = discover_now(self._providers) if lists else None  # (not yet composed: Textual's way)
        if hits is None:
            return False
        help_style = Style.from_styles(self.get_component_styles("command-palette--help-text"))
        prompts = [prompt_of(hit, help_style) for hit in hits]
        command_list = lists.first()
        commands = [Command(prompt, hit, id=str(index)) for index, (prompt, hit) in enumerate(zip(prompts, hits))]
        self._refresh_command_list(command_list, commands, True)
        if not command_list.option_count:
            self._start_no_matches_countdown("")
        reflow.paint_in_this_frame(command_list)
        self.add_class("-ready")
        return True
