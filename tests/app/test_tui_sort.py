"""`s` cycles the sort: newest first, oldest first, by title; the highlighted briefing stays."""

from __future__ import annotations

from app_support import loaded

from briefing_tui.app.widgets.briefing_list import BriefingList


async def test_s_cycles_newest_oldest_title(make_app):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        briefings = screen.query_one(BriefingList)

        def dates() -> list[str]:
            return [screen.library.briefings[i].date.isoformat() for i in screen.shown]

        def titles() -> list[str]:
            return [screen.library.briefings[i].title for i in screen.shown]

        assert dates() == sorted(dates(), reverse=True)
        assert briefings.border_subtitle == "newest first (s)"
        await pilot.press("j")
        keep = screen.current_briefing
        await pilot.press("s")
        assert dates() == sorted(dates())
        assert briefings.border_subtitle == "oldest first (s)"
        assert screen.current_briefing is keep
        await pilot.press("s")
        assert titles() == sorted(titles(), key=str.casefold)
        assert briefings.border_subtitle == "by title (s)"
        # Then each other column and direction (tests/app/test_tui_sort_columns.py), and round to newest.
        await pilot.press(*"sssss")
        assert briefings.border_subtitle == "by counterpart Z–A (s)"
        await pilot.press("s")
        assert dates() == sorted(dates(), reverse=True)
        assert screen.current_briefing is keep
