"""`?` and F1 open a help screen generated from every binding."""

from __future__ import annotations

import pytest
from app_support import loaded, rendered

from briefing_tui.app.screens.browser import Browser
from briefing_tui.app.screens.help import HelpScreen, class_bindings, help_rows
from briefing_tui.app.widgets.briefing_list import BriefingList
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.filter_panel import FilterPanel
from briefing_tui.app.widgets.search_box import SearchBox


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_lists_every_binding(make_app, key):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press(key)
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = {
            description: keys
            for _, section in help_rows(pilot.app, help_screen.sections)
            for keys, description in section
        }
        contexts = ((Browser, True), (BriefingList, True), (DetailPane, True), (FilterPanel, True), (SearchBox, False))
        for cls, inherited in contexts:
            for binding in class_bindings(cls, inherited):
                assert (binding.tooltip or binding.description) in rows, (cls.__name__, binding)
        assert rows["This list of keys"] == "? / f1"
        assert rows["Commands"] == "^p"
        assert "Scroll Left" not in rows
        painted = " ".join(rendered(help_screen.query_one("#help-text")).split())
        for title, section in help_rows(pilot.app, help_screen.sections):
            assert title in painted
            for keys, description in section:
                assert f"{keys} {description}" in painted  # long ones wrap, but in their own column
        await pilot.press("escape")
        assert pilot.app.screen is screen


def test_every_binding_has_a_description():
    from briefing_tui.app.app import BriefingApp
    from briefing_tui.app.screens.errors import ErrorsScreen

    for cls in (BriefingApp, Browser, BriefingList, DetailPane, FilterPanel, SearchBox, HelpScreen, ErrorsScreen):
        for binding in class_bindings(cls, inherited=True):
            assert binding.description, (cls.__name__, binding.key)
