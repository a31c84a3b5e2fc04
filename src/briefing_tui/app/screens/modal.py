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
before the first layout, so the box and its list come in the first frame; and the app keeps one
palette built ahead (``kept``): composed, filled and laid out while the reader is idle and after
each time it closes, so opening it is a restyle and one repaint, and a layout only when the list
changed meanwhile. Searches as the reader types are Textual's own (its worker).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, TypeVar

from rich.text import Text
from textual import events
from textual.app import App
from textual.command import Command, CommandInput, CommandList, CommandPalette, DiscoveryHit, Hit, Provider
from textual.content import Content, Span
from textual.reactive import var
from textual.screen import ModalScreen, Screen
from textual.style import Style
from textual.widget import Widget
from textual.widgets import Input, OptionList

from briefing_tui.app import reflow

ResultType = TypeVar("ResultType")

#: Seconds after the kept palette closes before it is made ready for the next opening (a chosen
#: command runs first, so the list is gathered for the state it leaves).
READY_AFTER = 0.3
#: Seconds for the widgets of a palette made ready to have asked for what they ask after a layout.
SETTLE_AFTER = 0.05

#: Textual's private parts the opening list and the kept palette use (``tests/app/test_textual_hooks.py``
#: checks their shape). A Textual without one of them gets its own palette: ``Palette`` lists Textual's
#: way and the app keeps none ready.
HOOKS: tuple[tuple[type, tuple[str, ...]], ...] = (
    (
        CommandPalette,
        (
            "_refresh_command_list",
            "_start_no_matches_countdown",
            "_cancel_gather_commands",
            "_stop_no_matches_countdown",
            "_stop_busy_countdown",
            "_provider_classes",
            "_list_visible",
            "_show_busy",
            "_calling_screen",
        ),
    ),
    (Provider, ("_post_init",)),
    (OptionList, ("_clear_caches",)),
    (Screen, ("_refresh_layout", "_on_mount", "_on_screen_resume", "_on_screen_suspend")),
    (Widget, ("_check_refresh",)),
    (App, ("_register",)),
)


def hooks_present() -> bool:
    """Does this Textual still have every part in ``HOOKS``?"""
    return all(hasattr(owner, name) for owner, names in HOOKS for name in names)


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
        try:
            hits = drain(provider.discover())
        except Exception:  # Textual's way logs it and lists the other providers' hits
            return None
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
    """Textual's command palette with its opening list in its first frame; ``kept``: built ahead, reused."""

    def __init__(
        self,
        providers: Any = None,
        *,
        placeholder: str = "Search for commands…",
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        kept: bool = False,
    ) -> None:
        super().__init__(providers, placeholder=placeholder, name=name, id=id, classes=classes)
        self.kept = kept
        #: Kept: what the last opening left (typed text, its matches) is still there.
        self._used = False
        #: Kept: filled, laid out and styled for its next opening.
        self.ready = False

    # The opening list, before the first layout -----------------------------------

    def _gather_commands(self, search_value: str) -> None:  # type: ignore[override]
        """Textual's worker, except for the opening list, which is taken at once when it can be."""
        if search_value or self.has_class("-ready") or not hooks_present() or not self._list_opening():
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
        options = command_list.options
        if self._list_visible and len(options) == len(hits):
            # As many entries as the list shows (the same values, other counts): only the prompts that
            # changed are replaced, which lays nothing out (their lines are counted again as drawn).
            order = sorted(range(len(hits)), key=lambda index: hits[index].score, reverse=True)  # Textual's order
            for index, (option, new) in enumerate(zip(options, order)):
                prompt = prompts[new]
                if option.prompt.plain != prompt.plain or option.prompt.spans != prompt.spans:  # type: ignore[union-attr]
                    command_list.replace_option_prompt_at_index(index, prompt)
                option.hit = hits[new]  # type: ignore[attr-defined]  # what choosing it runs, for this opening
            command_list.highlighted = 0
            command_list.scroll_home(animate=False, immediate=True)
        else:
            commands = [Command(prompt, hit, id=str(index)) for index, (prompt, hit) in enumerate(zip(prompts, hits))]
            self._refresh_command_list(command_list, commands, True)
            if not command_list.option_count:
                self._start_no_matches_countdown("")
            reflow.paint_in_this_frame(command_list)
        self.add_class("-ready")
        return True

    # Kept: built ahead, made ready again after each opening ------------------------

    def _on_mount(self, event: events.Mount) -> None:
        if self.kept:
            # Mounted ahead, off the screen stack: Textual's own would take the screen below it in
            # the stack as the one it opens over. Each opening sets that up instead.
            event.prevent_default()
            Screen._on_mount(self, event)
            self.call_later(self._make_ready)

    def _open_over(self, screen: Screen[Any]) -> None:
        """Ask ``screen``'s providers (as Textual's palette does when it mounts)."""
        self._calling_screen = screen
        match_style = self.get_visual_style("command-palette--highlight", partial=True)
        self._providers = [provider(screen, match_style) for provider in self._provider_classes]
        for provider in self._providers:
            provider._post_init()

    def _clear(self) -> None:
        """Forget what the last opening left: a search running or waiting, the typed text, the choice."""
        self._cancel_gather_commands()
        self._stop_no_matches_countdown()
        self._stop_busy_countdown()
        self._selected_command = None
        self._show_busy = False
        with self.prevent(Input.Changed):
            self.query_one(CommandInput).value = ""
        self._used = False

    def _off_screen(self) -> bool:
        """Mounted, not shown, and the app not closing (its widgets may be gone; while it quits its screen
        stack is emptied before this palette is closed, and a make-ready due then found no screen)."""
        app = self.app
        return (
            self.is_attached
            and not self._closing
            and app.is_running
            and not app._closing
            and bool(app.screen_stack)
            and self not in app.screen_stack
        )

    def _make_ready(self) -> None:
        """Off the screen: the opening list for the app's screen (the one it will most likely open over), laid out."""
        app = self.app
        if self._off_screen() and self.query(CommandInput):
            self._clear()
            self._open_over(app.screen)
            for toasts in self.query("#textual-toastrack"):  # as it opens with no notice (else it lays out again)
                toasts.display = False
            if self._list_opening():
                # Laid out as it will be shown, its lines counted and its scroll bar placed (a second
                # pass), and styled: opening it then lays nothing out and restyles nothing.
                command_list = self.query_one(CommandList)
                self._refresh_layout(app.size)
                command_list.scroll_to_highlight()
                self._refresh_layout(app.size)
                self.update_node_styles(animate=False)
                self.set_timer(SETTLE_AFTER, self._settle)

    def _settle(self) -> None:
        """The layouts its widgets asked for since (as their own messages), done now rather than as it opens."""
        if self._off_screen() and self.query(CommandList):
            if self._layout_required:
                self._refresh_layout(self.app.size)
                self._layout_required = False  # as Textual's own layout pass leaves it
            # Its lines counted and drawn again at the width they are drawn at: the layout measures
            # each prompt without the bar's column, and a prompt keeps one measure, so an opening whose
            # counts changed (its lines are counted again) wrapped every prompt anew.
            command_list = self.query_one(CommandList)
            command_list._clear_caches()
            command_list.render_lines(command_list.region.reset_offset)
            self.ready = True

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        if self.kept:  # runs before Textual's: the list is in place when the screen is laid out and painted
            self.app.post_message(CommandPalette.Opened())
            self.ready = False
            if self._used:
                self._clear()
            self._used = True
            self._open_over(self.app.screen_stack[-2])
            if not self._list_opening():
                self.remove_class("-ready")
                super()._gather_commands("")
            # Textual restyles the screen as it resumes (after this): the list and its bar repaint in
            # the screen's own first frame, not a frame later.
            for command_list in self.query(CommandList):
                self.call_next(reflow.paint_in_this_frame, command_list, command_list.vertical_scrollbar)

    def _on_screen_suspend(self) -> None:
        if self.kept:
            self.set_timer(READY_AFTER, self._make_ready)
