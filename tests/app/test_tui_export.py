"""Digest export (x): the current filter's digest, to a file named in a small dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app_support import DATA, loaded, points_view, show_points, until
from textual.widgets import Input

from briefing_tui.app.screens.export import (
    ExportScreen,
    default_path,
    export_format,
    inside,
)
from briefing_tui.core.model.briefing import JOINT_OUTCOMES
from briefing_tui.core.present.digest_html import to_html
from briefing_tui.core.present.digest_text import digest_markdown, to_text
from briefing_tui.core.query.digest import DigestFilter, build_digest
from briefing_tui.core.query.filtering import Query
from briefing_tui.core.store.load import load_paths


def digest_of(flt: DigestFilter, zone: str = "UTC"):
    """The CLI's way: every bundled test briefing through core.digest."""
    loaded = load_paths([DATA])
    return build_digest(loaded.briefings, flt, zone, labels=loaded.vocabulary.label)


async def export(pilot, typed: str | None = None) -> ExportScreen:
    await pilot.press("x")
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportScreen)
    if typed is not None:
        box = dialog.query_one(Input)
        box.value = typed
    await pilot.press("enter")
    return dialog


async def test_x_writes_the_filters_digest_as_markdown_in_the_current_folder(make_app, tmp_path, monkeypatch, notices):
    monkeypatch.chdir(tmp_path)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        screen.filters = Query(topics=frozenset({"china"}))
        await pilot.pause()
        await pilot.press("x")
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        name = f"briefing-digest-{dt.date.today():%Y%m%d}.md"
        assert dialog.query_one(Input).value == f"./{name}"
        await pilot.press("enter")
        written = tmp_path / name
        await until(pilot, written.exists)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert pilot.app.screen is screen
        expected = digest_markdown(digest_of(DigestFilter(topics=frozenset({"china"}))))
        assert written.read_text(encoding="utf-8") == expected
        assert "# Digest: topics: China" in expected and "Times in UTC." in expected
        assert [line for line in expected.splitlines() if line.startswith("## ")] == [
            # 17:40 EDT in New York, 14:00 JST in Tokyo, 09:40 EST in Montreal, all in UTC, in date order.
            "## Wed 22 Sep 2021 21:40 UTC — Japan-U.S.-ROK Foreign Ministers' Meeting",
            "## Tue 07 Nov 2023 05:00 UTC — Japan-Canada Foreign Ministers' Meeting",
            "## Sat 13 Jan 2024 14:40 UTC — Japan-Canada Foreign Ministers' Meeting",
        ]
        message, options = notices[-1]
        assert str(written) in message and "3 meetings" in message and options["markup"] is False
        assert not list(tmp_path.glob(".*.tmp"))  # written atomically: no temporary file left


async def test_the_extension_picks_the_format_and_the_points_views_agreed_switch_counts(
    make_app, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, _points = await points_view(pilot)
        await pilot.press("c")
        screen.filters = Query(countries=frozenset({"CA"}))
        await pilot.pause()
        await export(pilot, "out/agreed.html")
        await until(pilot, (tmp_path / "out" / "agreed.html").exists)
        await pilot.app.workers.wait_for_complete()
        flt = DigestFilter(countries=frozenset({"CA"}), outcomes=JOINT_OUTCOMES)
        assert (tmp_path / "out" / "agreed.html").read_text(encoding="utf-8") == to_html(digest_of(flt))
        await export(pilot, str(tmp_path / "agreed.txt"))
        await until(pilot, (tmp_path / "agreed.txt").exists)
        await pilot.app.workers.wait_for_complete()
        assert (tmp_path / "agreed.txt").read_text(encoding="utf-8") == to_text(digest_of(flt))


async def test_in_the_points_view_search_words_pick_the_points_exported(make_app, tmp_path, monkeypatch):
    """What you see is what you export: the points listed, not every point of their meetings."""
    monkeypatch.chdir(tmp_path)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        screen.filters = Query(text="arctic")
        await pilot.pause()
        await export(pilot, "meetings.md")
        await until(pilot, (tmp_path / "meetings.md").exists)
        await pilot.app.workers.wait_for_complete()
        await show_points(pilot)
        await pilot.press("x")
        note = str(pilot.app.screen.query_one("#export-about").render())
        assert "--per-point" in note
        await pilot.press("escape")
        await export(pilot, "points.md")
        await until(pilot, (tmp_path / "points.md").exists)
        await pilot.app.workers.wait_for_complete()
        meetings = (tmp_path / "meetings.md").read_text(encoding="utf-8")
        listed = (tmp_path / "points.md").read_text(encoding="utf-8")
        assert meetings == digest_markdown(digest_of(DigestFilter(text="arctic")))
        assert listed == digest_markdown(digest_of(DigestFilter(text="arctic", per_point=True)))
        assert len(listed) < len(meetings)


async def test_the_emphasized_zone_sets_the_digests_times(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        screen.emphasis = "Asia/Tokyo"
        await export(pilot, "tokyo.md")
        await until(pilot, (tmp_path / "tokyo.md").exists)
        await pilot.app.workers.wait_for_complete()
        assert (tmp_path / "tokyo.md").read_text(encoding="utf-8") == digest_markdown(
            digest_of(DigestFilter(), "Asia/Tokyo")
        )


async def test_the_dialog_refuses_unknown_formats_and_asks_before_replacing(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "old.md").write_text("keep me", encoding="utf-8")
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        dialog = await export(pilot, "briefing.toml")
        assert pilot.app.screen is dialog
        assert "Unknown extension" in str(dialog.query_one("#export-problem").render())
        dialog.query_one(Input).value = "old.md"
        await pilot.press("enter")
        assert pilot.app.screen is dialog and "exists" in str(dialog.query_one("#export-problem").render())
        assert (tmp_path / "old.md").read_text(encoding="utf-8") == "keep me"
        await pilot.press("escape")
        assert pilot.app.screen is screen
        await pilot.app.workers.wait_for_complete()
        assert (tmp_path / "old.md").read_text(encoding="utf-8") == "keep me"
        assert not (tmp_path / "briefing.toml").exists()


def test_the_default_is_never_inside_a_briefings_folder(tmp_path):
    day = dt.date(2025, 3, 4)
    assert default_path(tmp_path, [DATA], day) == "./briefing-digest-20250304.md"
    assert default_path(DATA, [DATA], day) == "~/briefing-digest-20250304.md"
    assert default_path(DATA / "sub", [DATA], day) == "~/briefing-digest-20250304.md"
    one_file = DATA / "2022-02-11-quad-melbourne.toml"
    assert inside(DATA, [one_file]) and not inside(tmp_path, [one_file])
    assert [export_format(Path(n)) for n in ("a.md", "a.HTML", "a.txt", "a.toml", "a")] == [
        "markdown",
        "html",
        "text",
        None,
        None,
    ]


async def test_the_dialogs_count_is_what_the_file_holds(make_app, tmp_path, monkeypatch):
    """#13: in the points view with c the dialog counted every matching meeting, not those written."""
    monkeypatch.chdir(tmp_path)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_view(pilot)
        screen.filters = Query(topics=frozenset({"foip"}))
        await pilot.press("c")
        await until(pilot, lambda: screen.joint_only and len(screen.shown) == 7)
        listed = len(points.briefings)
        assert listed == 5
        await pilot.press("x")
        about = str(pilot.app.screen.query_one("#export-about").render())
        assert f"Digest of {listed} meetings" in about, about
        await pilot.press("escape")
        await export(pilot, "agreed.md")
        await until(pilot, (tmp_path / "agreed.md").exists)
        await pilot.app.workers.wait_for_complete()
        written = (tmp_path / "agreed.md").read_text(encoding="utf-8")
        assert sum(line.startswith("## ") for line in written.splitlines()) == listed


async def test_the_dialog_and_the_notice_count_the_matching_points_and_their_context(
    make_app, tmp_path, monkeypatch, notices
):
    """#13: the dialog said "N meetings" and the notice "8 meetings, 18 points" while the points view
    listed 11 in 8 briefings: the file holds each matching point's sub-points as context."""
    monkeypatch.chdir(tmp_path)
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen, points = await points_view(pilot)
        screen.filters = Query(topics=frozenset({"north-korea"}))
        await until(pilot, lambda: points.rows is not None and len(points.briefings) == len(screen.shown))
        listed, meetings = points.point_count, len(points.briefings)
        written = digest_of(DigestFilter(topics=frozenset({"north-korea"}), per_point=True))
        assert written.point_count > listed  # sub-points come along as context
        counts = f"{meetings} meetings, {listed} matching points ({written.point_count} with their sub-points)"
        await pilot.press("x")
        about = str(pilot.app.screen.query_one("#export-about").render())
        assert counts in about, about
        await export(pilot, "korea.md")
        await until(pilot, (tmp_path / "korea.md").exists)
        await pilot.app.workers.wait_for_complete()
        await until(pilot, lambda: "Writing" not in notices[-1][0])
        message = notices[-1][0]
        assert str(tmp_path / "korea.md") in message and counts in message, message
