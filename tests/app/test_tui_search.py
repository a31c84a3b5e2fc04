"""`/` searches on every keystroke; Escape clears the innermost filter, then leaves the box."""

from __future__ import annotations

from app_support import loaded, rendered, until

from briefing_tui.app.widgets.briefing_list import BriefingList
from briefing_tui.app.widgets.filter_bar import FilterBar
from briefing_tui.app.widgets.filter_panel import FilterPanel
from briefing_tui.app.widgets.search_box import SearchBox
from briefing_tui.app.widgets.status import StatusLine


async def test_search_narrows_on_every_keystroke(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        box = screen.query_one(SearchBox)
        assert not box.display
        await pilot.press("slash")
        assert box.display and pilot.app.focused is box
        counts = []
        for key in "melbo":
            await pilot.press(key)
            counts.append(screen.query_one(BriefingList).option_count)
        assert screen.filters.text == "melbo"
        assert counts[0] == 8 and counts[-1] < counts[0]
        assert counts == sorted(counts, reverse=True)
        assert all(b"melbo" in screen.library.catalog.texts[i] for i in screen.shown)
        assert rendered(screen.query_one(StatusLine)).strip() == f"{counts[-1]} of 8 briefings"
        assert "search: “melbo”" in rendered(screen.query_one(FilterBar))
        await pilot.press("backspace", "backspace", "backspace", "backspace")  # shorter text widens again
        assert screen.query_one(BriefingList).option_count == counts[0]


async def test_search_matches_names_and_point_text(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"joly")  # a participant, not in any title
        names = [", ".join(p.name for p in screen.library.briefings[i].participants) for i in screen.shown]
        assert names and all("Joly" in n for n in names)
        await pilot.press("enter")
        assert pilot.app.focused is screen.query_one(BriefingList)
        assert screen.query_one(SearchBox).display  # the search stays visible while it filters


async def test_escape_clears_the_innermost_filter_then_leaves_the_box(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        panel = screen.query_one(FilterPanel)
        box = screen.query_one(SearchBox)
        await pilot.press("t")
        panel.focus_facet("kinds")
        await pilot.press("space")  # a kind
        panel.focus_facet("topics")  # (in the panel, t is a letter of a value typed to jump to)
        await pilot.press("space")  # the first topic
        assert screen.filters.kinds and screen.filters.topics
        await pilot.press("slash", *"japan")
        assert screen.filters.text == "japan"

        await pilot.press("escape")  # in the box: the text goes, the box stays
        assert screen.filters.text == "" and pilot.app.focused is box
        await pilot.press("escape")  # empty box: leave it
        assert pilot.app.focused is screen.query_one(BriefingList)
        assert not box.display
        assert screen.filters.topics and screen.filters.kinds
        await pilot.press("escape")  # then topics
        assert not screen.filters.topics and screen.filters.kinds
        await pilot.press("escape")  # then the kind
        assert not screen.filters.active
        assert screen.query_one(BriefingList).option_count == 8
        assert "No filters" in rendered(screen.query_one(FilterBar))


async def test_escape_outside_the_box_clears_the_search_text_first(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"canada", "enter", "escape")
        assert screen.filters.text == ""
        assert screen.query_one(SearchBox).value == ""
        assert not screen.query_one(SearchBox).display


async def test_letter_keys_type_into_the_box_instead_of_acting(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"qstzye")
        assert pilot.app.is_running and pilot.app.screen is screen
        assert screen.filters.text == "qstzye" and screen.sort == "newest" and screen.emphasis is None
        assert screen.check_action("quit", ()) is False  # so the footer does not offer it while typing
        await pilot.press("enter")
        assert screen.check_action("quit", ()) is True


async def test_a_burst_of_keys_lands_in_the_box(make_app):
    """Typed faster than the screen handles messages (or pasted): nothing is lost or reset."""
    from textual import events

    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        for char in "/canada":
            pilot.app.post_message(events.Key("slash" if char == "/" else char, char))
        await until(pilot, lambda: screen.filters.text == "canada")
        assert screen.query_one(SearchBox).value == "canada"
        for char in "tjj ":
            pilot.app.post_message(events.Key("space" if char == " " else char, char))
        await until(pilot, lambda: len(screen.filters.text) == len("canadatjj "))
        assert screen.query_one(SearchBox).value == "canadatjj "  # still in the box: typed, not acted on
        assert not screen.filters.topics


async def test_search_ignores_accents_in_the_list_and_the_points_view(make_app):
    """#13: `/melanie` found nothing while `/Mélanie` found her meetings."""
    from app_support import show_points

    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"melanie")
        plain = list(screen.shown)
        assert len(plain) == 2
        await pilot.press("escape", "escape")  # clear the text, then leave the box
        await until(pilot, lambda: screen.filters.text == "" and not isinstance(pilot.app.focused, SearchBox))
        await pilot.press("slash", *"MÉLANIE")
        assert screen.filters.text == "MÉLANIE"
        assert list(screen.shown) == plain
        screen.set_focus(screen.query_one(BriefingList))
        await pilot.pause()
        points = await show_points(pilot)
        accented = points.point_count
        screen.filters = screen.filters.__class__(text="melanie")
        await until(pilot, lambda: points.point_count == accented)
        assert accented > 0
