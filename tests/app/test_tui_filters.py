"""The filter panel (t, space, a), the filter bar, and filter values in the command palette."""

from __future__ import annotations

from app_support import loaded, palette_lists, rendered, wait_for

from briefing_tui.app.widgets.briefing_list import BriefingList
from briefing_tui.app.widgets.detail import DetailPane
from briefing_tui.app.widgets.filter_bar import FilterBar
from briefing_tui.app.widgets.filter_panel import FilterPanel
from briefing_tui.app.widgets.footer import KeyFooter
from briefing_tui.app.widgets.status import StatusLine
from briefing_tui.core.present.render import HIGHLIGHT_MARK
from briefing_tui.core.query.filtering import Query, briefing_topics


async def move_to(pilot, panel: FilterPanel, option_id: str) -> None:
    """Walk the panel's cursor to a value with the arrows, as a reader would (letters jump there)."""
    target = panel.get_option_index(option_id)
    while panel.highlighted != target:
        await pilot.press("down" if panel.highlighted < target else "up")


def row(panel: FilterPanel, option_id: str) -> str:
    return panel.get_option(option_id).prompt.plain


async def test_t_and_space_toggle_a_topic(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        panel = screen.query_one(FilterPanel)
        await pilot.press("t")
        assert pilot.app.focused is panel
        assert panel.highlighted == 1  # the first topic, under the "Topics (any)" heading
        assert panel.get_option_at_index(0).prompt.plain == "Topics (any)"
        with_china = [i for i, b in enumerate(screen.library.briefings) if "china" in briefing_topics(b)]
        assert 0 < len(with_china) < 8
        assert row(panel, "topics:china").startswith("○ China") and row(panel, "topics:china").endswith(
            str(len(with_china))
        )

        await move_to(pilot, panel, "topics:china")
        await pilot.press("space")
        await pilot.pause()
        assert screen.filters.topics == {"china"}
        assert sorted(screen.shown) == with_china
        assert screen.query_one(BriefingList).option_count == len(with_china)
        assert rendered(screen.query_one(StatusLine)).strip() == f"{len(with_china)} of 8 briefings"
        assert "topics (any of): China" in rendered(screen.query_one(FilterBar))
        assert row(panel, "topics:china").startswith("● China")
        assert panel.highlighted == panel.get_option_index("topics:china")  # the cursor stays put
        pane = screen.query_one(DetailPane)
        detail = rendered(pane.body)
        assert HIGHLIGHT_MARK.strip() in detail and "#china" in detail
        assert pane.scroll_y > 0  # scrolled to the first highlighted point
        assert HIGHLIGHT_MARK.strip() in detail.splitlines()[round(pane.scroll_y) + 1]

        await pilot.press("space")
        await pilot.pause()
        assert not screen.filters.active
        assert screen.query_one(BriefingList).option_count == 8
        assert HIGHLIGHT_MARK.strip() not in rendered(screen.query_one(DetailPane).body)


async def test_several_topics_match_any_and_ampersand_switches_to_all(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        briefings = screen.library.briefings
        china = {i for i, b in enumerate(briefings) if "china" in briefing_topics(b)}
        korea = {i for i, b in enumerate(briefings) if "north-korea" in briefing_topics(b)}
        assert china != korea and china & korea
        panel = screen.query_one(FilterPanel)
        await pilot.press("t")
        await move_to(pilot, panel, "topics:china")
        await pilot.press("space")
        await move_to(pilot, panel, "topics:north-korea")
        await pilot.press("space")
        assert set(screen.shown) == china | korea
        await pilot.press("ampersand")
        await pilot.pause()
        assert screen.filters.topic_mode == "all"
        assert set(screen.shown) == china & korea
        assert panel.get_option_at_index(0).prompt.plain == "Topics (all)"
        assert "topics (all of): China, North Korea" in rendered(screen.query_one(FilterBar))


async def test_typing_in_the_panel_reaches_every_value_and_ampersand_toggles_any_all(make_app):
    """`a` toggled any/all and `j` `k` `g` moved the cursor: "arctic", "japan", "g7" could not be typed."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        panel = screen.query_one(FilterPanel)
        await pilot.press("t")
        await wait_for(pilot, lambda: pilot.app.focused is panel)
        for word, option_id in (("arctic", "topics:arctic"), ("japan", "topics:japan-canada-action-plan"),
                                ("g7", "topics:g7"), ("korea", None), ("kinds", None)):  # fmt: skip
            panel.action_first()
            await pilot.press(*word)
            if option_id is not None:
                assert panel.highlighted_option.id == option_id, word
            assert screen.filters.topic_mode == "any", word
        await pilot.press("ampersand")
        assert screen.filters.topic_mode == "all"
        await wait_for(pilot, lambda: "Any/all" in [key.description for key in screen.query_one(KeyFooter).items])


async def test_country_and_kind_facets(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        panel = screen.query_one(FilterPanel)
        await pilot.press("t")
        panel.focus_facet("kinds")
        await pilot.press("space")
        kind = next(iter(screen.filters.kinds))
        assert all(screen.library.briefings[i].kind == kind for i in screen.shown)
        await move_to(pilot, panel, "countries:AU")
        await pilot.press("space")
        assert screen.filters.countries == {"AU"}
        assert all(
            screen.library.briefings[i].kind == kind
            and "AU" in {p.country for p in screen.library.briefings[i].participants}
            for i in screen.shown
        )
        assert "countries: Australia" in rendered(screen.query_one(FilterBar))


async def test_filter_values_with_counts_in_the_command_palette(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        canada = sum(1 for b in screen.library.briefings if "CA" in {p.country for p in b.participants})
        await pilot.press("ctrl+p")
        await pilot.press(*"country: canada")
        await wait_for(pilot, palette_lists(pilot, "Filter by country: Canada"))
        palette_text = rendered(pilot.app.screen.query_one("CommandList"))
        assert f"Filter by country: Canada ({canada})" in palette_text
        await pilot.press("down", "enter")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert screen.filters.countries == {"CA"}
        assert len(screen.shown) == canada


async def test_a_wide_terminal_shows_whole_filter_labels(make_app):
    """#13: labels were cut at 30 columns even at 200 wide ("UN Security Council R…" twice)."""
    async with make_app().run_test(size=(200, 50)) as pilot:
        screen = await loaded(pilot)
        panel = screen.query_one(FilterPanel)
        text = rendered(panel)
        labels = [label for _, label in screen.library.values["topics"]]
        assert max(map(len, labels)) == 33
        visible = [label for label in labels if label in text]
        assert len(visible) >= 10
        lines = text.splitlines()
        for label in visible:  # every row that shows is whole, with its count beside it
            line = next(line for line in lines if f" {label}" in line)
            assert f"{label}…" not in line and line.rstrip(" │▁▂▃▄▅▆▇█▊▎").split()[-1].isdigit()
        assert "…" not in "\n".join(line for line in lines if "○" in line)


async def test_a_filter_bar_too_long_for_its_line_ends_in_an_ellipsis(make_app):
    """At 80 columns with the filter panel open the bar has ~50 cells: what did not fit was cut
    without a sign (the topics named last, "agreed & confirmed only", the escape hint)."""
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("t")
        topics = frozenset(value for value, _ in screen.library.values["topics"][:3])
        screen.filters = Query(topics=topics, countries=frozenset({"CA"}))
        bar = screen.query_one(FilterBar)
        await wait_for(pilot, lambda: "countries" in rendered(bar))
        line = rendered(bar).splitlines()[0].rstrip()
        assert line.endswith("…") and len(line) <= bar.outer_size.width
