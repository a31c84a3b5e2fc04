"""Small pieces with rules of their own: row fitting, the URL guard, sort orders."""

from __future__ import annotations

import pytest
from app_support import DATA
from textual.content import Content

from briefing_tui.app.screens.browser import is_web_url
from briefing_tui.app.widgets.justified import Justified
from briefing_tui.core.query.library import load_library


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (30, "2024 Title here" + " " * 9 + "Canada"),
        (23, "2024 Title here  Canada"),
        (22, "2024 Title here"),
        (10, "2024 Titl…"),
    ],
)
def test_a_row_drops_the_note_before_it_cuts_the_title(width, expected):
    row = Justified(Content("2024 Title here"), Content("Canada"))
    assert row.fit(width).plain == expected


@pytest.mark.parametrize(("width", "expected"), [(20, "○ Indo-Pacific    12"), (12, "○ Indo-P… 12"), (4, "○ I…")])
def test_a_facet_row_keeps_its_count(width, expected):
    row = Justified(Content("○ Indo-Pacific"), Content("12"), keep_right=True)
    assert row.fit(width).plain == expected
    assert row.get_height({}, width) == 1  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.mofa.go.jp/a.html", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("https://", False),
        ("https://example.com/\x1b]52;c;x\x07", False),
        ("https://exa mple.com", False),
        ("", False),
    ],
)
def test_only_plain_web_links_open(url, ok):
    assert is_web_url(url) is ok


def test_sort_orders_and_facet_values():
    library = load_library([DATA])
    briefings = library.briefings
    newest = [briefings[i].date for i in library.orders["newest"]]
    assert newest == sorted(newest, reverse=True)
    assert library.orders["oldest"] == library.orders["newest"][::-1]
    titles = [briefings[i].title.casefold() for i in library.orders["title"]]
    assert titles == sorted(titles)
    labels = [label for _, label in library.values["topics"]]
    assert labels == sorted(labels, key=str.casefold) and ("china", "China") in library.values["topics"]
    assert next(k for k, _ in library.values["kinds"]) == "bilateral-meeting"


def _facts(library):
    catalog = library.catalog
    return (
        [r.id for r in catalog.rows],
        catalog.texts,
        catalog.topics,
        catalog.countries,
        catalog.kinds,
        {sort: library.orders[sort] for sort in ("newest", "oldest", "title")},
        library.totals,
        library.values,
    )


def test_a_growing_load_extends_its_library_to_what_a_fresh_build_gives():
    import random

    from briefing_tui.core.query.library import build_library

    entries = list(load_library([DATA]).entries)
    random.Random(7).shuffle(entries)  # arrival order is file order, not date order
    library = None
    for stop in (1, 4, 5, 13, len(entries)):
        library = build_library([DATA], entries[:stop], complete=False, previous=library)
        assert _facts(library) == _facts(build_library([DATA], entries[:stop], complete=False))
    # Something that is not a prefix of the new entries is not trusted: built afresh.
    other = build_library([DATA], entries[5:9], complete=False)
    assert _facts(build_library([DATA], entries, previous=other)) == _facts(build_library([DATA], entries))
