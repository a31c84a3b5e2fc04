"""The digest: the right points, in date order, at the right times, in every format."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from briefing_tui.core.present.digest_html import to_html
from briefing_tui.core.present.digest_text import digest_markdown, to_text, when
from briefing_tui.core.query.digest import DigestFilter, build_digest
from briefing_tui.core.store.load import load_paths
from support import BUNDLED


@pytest.fixture(scope="module")
def bundled():
    return load_paths([BUNDLED]).briefings


def test_agreed_with_canada_since_2022_in_ottawa_time(bundled):
    flt = DigestFilter(countries=frozenset({"CA"}), outcomes=frozenset({"agreed"}), since=dt.date(2022, 1, 1))
    d = build_digest(bundled, flt, "America/Toronto")
    assert [(i.briefing.id, when(i.briefing, d.zone)) for i in d.items] == [
        # 18:00 CET in Münster is 13:00 in Ottawa: the US had not yet left summer time.
        ("mofa-20221103-jpn-can-munster", "Thu 03 Nov 2022 13:00 EDT"),
        # 11:50 in New Delhi (UTC+05:30) is 01:20 in Ottawa.
        ("mofa-20230303-jpn-can-newdelhi", "Fri 03 Mar 2023 01:20 EST"),
        # 14:00 in Tokyo is midnight in Ottawa, two days after the end of summer time.
        ("mofa-20231107-jpn-can-tokyo", "Tue 07 Nov 2023 00:00 EST"),
        ("mofa-20240113-jpn-can-montreal", "Sat 13 Jan 2024 09:40 EST"),
    ]
    seed = d.items[-1]
    assert [p.outcome for p in seed.points] == ["agreed"] * 6
    # A one-sided parent stays only to carry its agreed sub-point.
    [parent] = d.items[1].points
    assert parent.outcome != "agreed" and {p.outcome for p in parent.points} == {"agreed"}
    assert d.joint_count >= 9 and d.considered == len(bundled)


def test_topic_digest_in_tokyo_time(bundled):
    d = build_digest(bundled, DigestFilter(topics=frozenset({"arctic"})), "Asia/Tokyo")
    assert [i.briefing.id for i in d.items] == ["gac-20211126-joly-hayashi-call", "mofa-20240113-jpn-can-montreal"]
    assert when(d.items[0].briefing, d.zone) == "Fri 26 Nov 2021 (time not stated)"
    assert when(d.items[1].briefing, d.zone) == "Sat 13 Jan 2024 23:40 JST"
    assert all("arctic" in p.topics for i in d.items for p in i.points)


def test_formats_carry_the_same_items(bundled):
    d = build_digest(bundled, DigestFilter(topics=frozenset({"arctic"})), "Asia/Tokyo")
    md = digest_markdown(d)
    assert md.startswith("# Digest: topics: arctic") and md.index("Fri 26 Nov 2021") < md.index(
        "Sat 13 Jan 2024 23:40 JST"
    )
    assert "**AGREED**" in md
    text = to_text(d)
    assert "Sat 13 Jan 2024 23:40 JST — Japan-Canada Foreign Ministers' Meeting" in text and "┃ 1." in text
    html = to_html(d)
    assert html.startswith("<!doctype html>") and "<style>" in html and "http" not in html.split("<body>")[0]
    assert html.count("<article>") == 2 and 'class="badge joint">agreed<' in html
    HTMLParser().feed(html)  # well-formed enough to parse


def test_hostile_text_is_escaped_in_html_and_markdown(bundled):
    import msgspec

    b = bundled[0]
    evil = msgspec.structs.replace(
        b, title="<script>alert(1)</script> [@click=app.quit] \x1b]52;c;x\x07", source_url="javascript:alert(1)"
    )
    d = build_digest([evil], DigestFilter(), "UTC")
    html = to_html(d)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert all(href.startswith(("http://", "https://")) for href in re.findall(r'href="([^"]*)"', html))
    assert "javascript:" not in html
    assert "\x1b" not in html and "\x1b" not in digest_markdown(d)
    assert "\\<script\\>" in digest_markdown(d)


def test_per_point_search_keeps_the_points_the_points_view_lists(bundled):
    """Words pick meetings by default; with per_point they pick points, exactly as the points view does."""
    from briefing_tui.core.model.briefing import walk_points
    from briefing_tui.core.query.points import PointCatalog

    for words in ("arctic", "north korea", "joly cooperation", "indo-pacific agreed"):
        meetings = build_digest(bundled, DigestFilter(text=words), "UTC")
        points = build_digest(bundled, DigestFilter(text=words, per_point=True), "UTC")
        assert [i.briefing.id for i in points.items] <= [i.briefing.id for i in meetings.items]
        catalog = PointCatalog(bundled)
        listed = {
            (bundled[s.briefing].id, catalog.local_index(p))
            for s in catalog.select(range(len(bundled)), text=words)
            for p in s.point_ids()
        }
        kept = set()
        for item in points.items:
            walked = [p for _, p in walk_points(item.briefing.points)]
            for _, point in walk_points(item.points):
                # A kept parent is listed itself, or carries a listed sub-point.
                match = next(i for i, p in enumerate(walked) if p.text == point.text and p.summary == point.summary)
                kept.add((item.briefing.id, match))
        assert listed <= kept, words
        assert all(any(b == key[0] for b, _ in listed) for key in kept), words
    arctic = build_digest(bundled, DigestFilter(text="arctic", per_point=True), "UTC")
    assert arctic.point_count < build_digest(bundled, DigestFilter(text="arctic"), "UTC").point_count
    assert DigestFilter(text="arctic", per_point=True).describe() == "points matching 'arctic'"


def test_only_points_passing_every_filter_carry_the_hit_marker(bundled):
    """#13: --topic north-korea --outcome agreed,confirmed marked stated and discussed points too."""
    from briefing_tui.core.present.render import HIGHLIGHT_MARK

    flt = DigestFilter(topics=frozenset({"north-korea"}), outcomes=frozenset({"agreed", "confirmed"}))
    d = build_digest(bundled, flt, "UTC")
    md_marked = [line for line in digest_markdown(d).splitlines() if "▶ " in line]
    assert md_marked and all("**AGREED**" in line or "**CONFIRMED**" in line for line in md_marked)
    # (a stated or discussed parent is still there, unmarked, to carry its agreed sub-point)
    assert any("*discussed*" in line and "▶" not in line for line in digest_markdown(d).splitlines())
    text_marked = [line for line in to_text(d).splitlines() if HIGHLIGHT_MARK in line]
    assert text_marked and all("✔" in line for line in text_marked)
    html = to_html(d)
    # Each point's own part of its <li>: up to its sub-list or its end.
    own = [re.split(r"<ul>|</li>", part)[0] for part in html.split("<li>")[1:]]
    assert any("tag hit" in part for part in own)
    assert all("badge joint" in part for part in own if "tag hit" in part)


def test_titles_use_topic_labels_and_an_open_end_reads_since_or_until(bundled):
    vocabulary = load_paths([BUNDLED]).vocabulary
    d = build_digest(
        bundled, DigestFilter(topics=frozenset({"arctic"}), since=dt.date(2022, 1, 1)), "UTC", labels=vocabulary.label
    )
    assert digest_markdown(d).startswith("# Digest: topics: Arctic; since 2022-01-01\n")
    assert "<h1>Digest: topics: Arctic; since 2022-01-01</h1>" in to_html(d)
    assert to_text(d).startswith("Digest: topics: Arctic; since 2022-01-01\n")
    assert DigestFilter(until=dt.date(2023, 5, 1)).describe() == "until 2023-05-01"
    assert DigestFilter(since=dt.date(2022, 1, 1), until=dt.date(2023, 5, 1)).describe() == "2022-01-01 to 2023-05-01"
