"""Every point of every briefing, filtered by index (core.points), on the bundled corpus."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.core.model.briefing import (
    JOINT_OUTCOMES,
    Briefing,
    Point,
    walk_points,
)
from briefing_tui.core.query.filtering import Catalog, Query
from briefing_tui.core.query.points import (
    PointCatalog,
    PointQueries,
    header_text,
    narrows,
    numbered,
    point_text,
)
from briefing_tui.core.store.load import load_paths
from support import BUNDLED


@pytest.fixture(scope="module")
def briefings() -> list[Briefing]:
    return load_paths([BUNDLED]).briefings


@pytest.fixture(scope="module")
def catalog(briefings) -> PointCatalog:
    return PointCatalog(briefings)


def expected(briefings, order, *, topics=(), text="", joint_only=False) -> list[tuple[int, list[Point]]]:
    """The rule, written plainly: each point on its own; topics any; words in the point or the header."""
    words = text.casefold().split()
    out = []
    for i in order:
        b = briefings[i]
        kept = [
            p
            for _, p in walk_points(b.points)
            if (not topics or set(p.topics) & set(topics))
            and (not joint_only or p.outcome in JOINT_OUTCOMES)
            and all(w in point_text(p) or w in header_text(b) for w in words)
        ]
        if kept:
            out.append((i, kept))
    return out


def chosen(catalog: PointCatalog, briefings, selection) -> list[tuple[int, list[Point]]]:
    walked = {i: [p for _, p in walk_points(b.points)] for i, b in enumerate(briefings)}
    return [(s.briefing, [walked[s.briefing][catalog.local_index(p)] for p in s.point_ids()]) for s in selection]


def test_every_point_and_sub_point_is_numbered_once(briefings, catalog):
    assert len(catalog) == sum(1 for b in briefings for _ in walk_points(b.points))
    assert catalog.briefing_count == len(briefings)
    for i, b in enumerate(briefings):
        ids = range(catalog.starts[i], catalog.starts[i + 1])
        assert [catalog.owners[p] for p in ids] == [i] * len(ids)
        assert [catalog.outcome(p) for p in ids] == [p.outcome for _, p in walk_points(b.points)]
        assert [catalog.depths[p] for p in ids] == [d for d, _ in walk_points(b.points)]


def test_points_are_numbered_as_the_detail_pane_numbers_them(briefings):
    montreal = next(b for b in briefings if b.id == "mofa-20240113-jpn-can-montreal")
    numbers = [(number, depth) for number, depth, _ in numbered(montreal.points)]
    assert numbers[:3] == [("1.", 0), ("2.", 0), ("3.", 0)]
    assert ("4.1.", 1) in numbers


def test_no_filter_keeps_whole_briefings_as_ranges(briefings, catalog):
    order = list(reversed(range(len(briefings))))
    selection = list(catalog.select(order))
    assert [s.briefing for s in selection] == [i for i in order if briefings[i].points]
    assert all(s.ids is None for s in selection)
    assert chosen(catalog, briefings, selection) == expected(briefings, order)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"topics": {"arctic"}},
        {"topics": {"china", "taiwan"}},
        {"joint_only": True},
        {"topics": {"north-korea"}, "joint_only": True},
        {"text": "arctic"},
        {"text": "kamikawa"},  # a name in the header: every point of her meetings
        {"text": "kamikawa ukraine"},  # the name from the header, the word from the point
        {"text": "ARCTIC"},
        {"text": "no-such-word"},
        {"topics": {"no-such-topic"}},
        {"topics": {"china"}, "text": "taiwan", "joint_only": True},
    ],
)
def test_selection_follows_the_rule(briefings, catalog, kwargs):
    order = list(range(len(briefings)))
    assert chosen(catalog, briefings, catalog.select(order, **kwargs)) == expected(briefings, order, **kwargs)


def test_a_search_by_name_keeps_every_point_of_those_meetings(briefings, catalog):
    selection = list(catalog.select(range(len(briefings)), text="kamikawa"))
    assert selection and all(s.ids is None for s in selection)


def test_the_order_given_is_kept(briefings, catalog):
    order = [5, 2, 7, 0]
    assert [s.briefing for s in catalog.select(order, joint_only=True)] == [
        i for i in order if any(p.outcome in JOINT_OUTCOMES for _, p in walk_points(briefings[i].points))
    ]


def test_words_with_accents_and_curly_quotes_are_found_in_their_point(briefings):
    """Texts are UTF-8 bytes: a match must land in the right point whatever the characters before it."""
    import msgspec

    b = briefings[0]
    first, second = b.points[0], b.points[1]
    b = msgspec.structs.replace(
        b,
        points=(
            msgspec.structs.replace(first, summary="Ōsaka’s “résumé” — ÇAVA", text="", points=()),
            msgspec.structs.replace(second, summary="plain", text="Zoë 東京 ok", points=()),
        ),
    )
    catalog = PointCatalog([b])
    assert [s.ids for s in catalog.select([0], text="résumé")] == [[0]]
    assert [s.ids for s in catalog.select([0], text="東京")] == [[1]]
    assert [s.ids for s in catalog.select([0], text="çava")] == [[0]]
    assert [s.ids for s in catalog.select([0], text="cava resume osaka")] == [[0]]  # accents folded away
    assert [s.ids for s in catalog.select([0], text="zoë ok")] == [[1]]
    assert list(catalog.select([0], text="çava zoë")) == []  # in two different points


@pytest.mark.parametrize(
    ("old", "new", "ok"),
    [
        (("ta",), ("tai",), True),
        (("taiwan",), ("taiwan", "st"), True),
        (("taiwan", "st"), ("taiwan", "str"), True),
        (("tai",), ("ta",), False),
        (("taiwan", "st"), ("taiwan",), False),
        (("ab",), ("xy",), False),
    ],
)
def test_which_searches_narrow_the_last(old, new, ok):
    assert narrows(old, new) is ok


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="aeiknrstw ", max_size=7),
    topics=st.sets(st.sampled_from(["china", "arctic", "north-korea", "g7", "ukraine"]), max_size=2),
    joint_only=st.booleans(),
)
def test_remembered_and_narrowed_selections_equal_fresh_ones(briefings, catalog, text, topics, joint_only):
    """Typing the text one key at a time, then deleting it, gives at each step what a fresh selection gives."""
    index = Catalog.of_briefings(briefings)
    queries = PointQueries(catalog, size=4)
    steps = [text[:i] for i in range(len(text) + 1)]
    for step in steps + steps[::-1]:
        shown = index.matches(Query(topics=frozenset(topics), text=step))
        got = queries.select(shown, context="same", topics=topics, text=step, joint_only=joint_only)
        assert got == list(catalog.select(shown, topics=topics, text=step, joint_only=joint_only))
