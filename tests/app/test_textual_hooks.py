"""The private Textual hooks the app overrides still exist with the shape it assumes.

``screens/modal.py`` overrides ``Screen._on_resize`` and ``widgets/filter_panel.py`` overrides
``OptionList._get_option_render`` (both for speed, issue #14); ``app/reflow.py`` replaces
``Widget._size_updated`` (one layout pass instead of two) and sends repaints on with
``Widget._check_refresh`` (one frame instead of two); ``screens/modal.py``'s ``Palette`` takes over
the opening of Textual's command palette (its list before the first layout; one kept ready, mounted
and laid out off the screen stack). pyproject.toml keeps Textual to the
8.2 series; whoever moves that bound finds out here first, not from a broken screen.
"""

from __future__ import annotations

import inspect

from textual.screen import Screen
from textual.widgets import OptionList

from briefing_tui.app.screens.modal import Modal
from briefing_tui.app.widgets.filter_panel import FilterPanel


def parameters(function) -> list[str]:
    return list(inspect.signature(function).parameters)


def test_option_list_still_draws_a_row_through_get_option_render():
    assert parameters(OptionList._get_option_render) == ["self", "option", "style"]
    assert parameters(FilterPanel._get_option_render) == parameters(OptionList._get_option_render)
    assert "_get_option_render" in inspect.getsource(OptionList)  # and calls it itself


def test_screen_still_handles_resize_in_on_resize():
    assert parameters(Screen._on_resize) == ["self", "event"]
    assert inspect.iscoroutinefunction(Modal._on_resize) == inspect.iscoroutinefunction(Screen._on_resize)


def test_a_widget_still_sends_its_repaint_to_the_screen_from_check_refresh():
    """``reflow.paint_in_this_frame`` calls ``Widget._check_refresh``, which posts the screen an
    ``Update`` for a widget whose repaint is pending (as the widget itself does when idle)."""
    from textual.widget import Widget

    source = inspect.getsource(Widget._check_refresh)
    assert parameters(Widget._check_refresh) == ["self"]
    assert "_repaint_required" in source and "messages.Update(self)" in source


def test_the_full_layout_still_hands_sizes_over_through_size_updated():
    """``app/reflow.py`` calls Textual's own ``_size_updated`` with ``layout=False``, as its partial
    layout does, and relies on the full layout calling it with the default."""
    from textual.widget import Widget

    from briefing_tui.app import reflow

    reflow.install()
    assert parameters(reflow._size_updated) == ["self", "size", "virtual_size", "container_size", "layout"]
    assert parameters(Widget._size_updated) == parameters(reflow._size_updated)
    source = inspect.getsource(Screen._refresh_layout)
    assert "widget._size_updated(region.size, virtual_size, container_size)" in source
    assert "if layout:\n                self.virtual_size = virtual_size" in inspect.getsource(reflow._size_updated)


def test_the_command_palette_still_has_the_parts_palette_takes_over():
    """``screens/modal.py``'s ``Palette`` lists the opening hits itself before the first layout (in place
    of Textual's first ``_gather_commands("")`` worker, which it still uses for searches) and, kept by
    the app, is mounted off the screen stack and set up at each opening as Textual's is when mounted."""
    from textual.command import CommandPalette, Provider

    from briefing_tui.app.screens.modal import Palette

    mount = inspect.getsource(CommandPalette._on_mount)
    assert "self.app.screen_stack[-2]" in mount and 'self._gather_commands("")' in mount
    assert "provider._post_init()" in mount and "self._provider_classes" in mount
    assert 'get_visual_style("command-palette--highlight", partial=True)' in mount
    assert parameters(CommandPalette._gather_commands) == ["self", "search_value"]
    assert parameters(Palette._gather_commands) == parameters(CommandPalette._gather_commands)
    assert parameters(CommandPalette._refresh_command_list) == ["self", "command_list", "commands", "clear_current"]
    assert parameters(CommandPalette._start_no_matches_countdown) == ["self", "search_value"]
    for name in ("_cancel_gather_commands", "_stop_no_matches_countdown", "_stop_busy_countdown"):
        assert parameters(getattr(CommandPalette, name)) == ["self"], name
    assert isinstance(CommandPalette._provider_classes, property)
    assert parameters(Provider._post_init) == ["self"] and parameters(Provider.startup) == ["self"]
    init = inspect.getsource(CommandPalette.__init__)
    assert "self._selected_command" in init and "self._providers" in init
    assert {"_list_visible", "_show_busy", "_calling_screen"} <= set(CommandPalette._reactives)
    gather = inspect.getsource(CommandPalette._gather_commands)
    # The opening list is built as Textual builds it: prompt, then help styled on a line below.
    assert 'Content("\\n").join(build_prompt())' in gather and '"command-palette--help-text"' in gather
    assert 'self.add_class("-ready")' in gather and "CommandPalette.-ready" in CommandPalette.DEFAULT_CSS


def test_a_screen_can_still_be_mounted_off_the_stack_and_laid_out_there():
    """The app mounts its kept palette with ``App._register`` (what ``push_screen`` does for a screen not
    yet running) and lays it out with ``Screen._refresh_layout``, which paints only the current screen;
    ``Screen._on_mount`` is called by hand where Textual's palette's own is skipped; a layout pass
    leaves ``_layout_required`` cleared, as Palette does after its own."""
    from textual.app import App

    assert parameters(App._register) == ["self", "parent", "widgets", "before", "after", "cache"]
    assert "self._register(self, _screen)" in inspect.getsource(App._get_screen)
    assert parameters(Screen._refresh_layout) == ["self", "size", "scroll"]
    assert "if self.is_current:" in inspect.getsource(Screen._refresh_layout)
    assert parameters(Screen._on_mount) == ["self", "event"]
    timer = inspect.getsource(Screen._on_timer_update)
    assert "self._refresh_layout(scroll=self._scroll_required)\n                self._layout_required = False" in timer
    assert parameters(Screen._on_screen_resume) == ["self", "event"] and parameters(Screen._on_screen_suspend) == [
        "self"
    ]


def test_the_other_private_parts_the_kept_palette_uses_are_still_there():
    """Also relied on by ``Palette`` and the app: ``OptionList._clear_caches`` (the kept list's line
    counts dropped, then counted again off the screen), ``MessagePump._closing`` (nothing is made
    ready while the app or the palette closes), ``Command.hit`` (what an entry runs, swapped in
    place at an opening); and ``modal.HOOKS`` finds all it names (else ``Palette`` is Textual's own)."""
    from textual.command import Command
    from textual.message_pump import MessagePump

    from briefing_tui.app.screens import modal

    assert parameters(OptionList._clear_caches) == ["self"]
    source = inspect.getsource(OptionList._clear_caches)
    assert "self._option_render_cache.clear()" in source and "self._line_cache.clear()" in source
    assert "self._closing: bool = False" in inspect.getsource(MessagePump.__init__)
    assert "self.hit = hit" in inspect.getsource(Command.__init__)
    assert modal.hooks_present()
