"""The private Textual hooks the app overrides still exist with the shape it assumes.

``screens/modal.py`` overrides ``Screen._on_resize`` and ``widgets/filter_panel.py`` overrides
``OptionList._get_option_render`` (both for speed, issue #14); ``app/reflow.py`` replaces
``Widget._size_updated`` (one layout pass instead of two); ``widgets/footer.py`` prunes
the watcher list Textual keeps under ``__watchers``. pyproject.toml keeps Textual to the
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


def test_reactive_watchers_are_still_kept_under_dunder_watchers():
    """``widgets/footer.py`` prunes the footer's ``__watchers`` list of closing keys (a leak)."""
    import textual.reactive

    source = inspect.getsource(textual.reactive)
    assert 'getattr(obj, "__watchers", {})' in source and "reactable._closing" in source


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
