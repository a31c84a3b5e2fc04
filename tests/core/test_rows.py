"""A row's fields as kept in memory: the same order and text, in fewer objects."""

from __future__ import annotations

import datetime as dt

from msgspec.structs import replace

from briefing_tui.core.store.load import load_paths
from briefing_tui.core.store.rows import row_of, share_strings, start_key
from support import SEED


def _at(start: dt.datetime | None):
    [b] = load_paths([SEED]).briefings
    return replace(b, time=replace(b.time, start=start))


def test_the_start_key_orders_briefings_of_a_date_as_their_iso_start_did():
    """The sort's tie-breaker within a date: no start first, then the day before, the day, the day after."""
    [b] = load_paths([SEED]).briefings
    day = dt.datetime.combine(b.date, dt.time())
    starts = [
        None,
        day,
        day + dt.timedelta(hours=9, minutes=30),
        day + dt.timedelta(hours=9, minutes=30, microseconds=5),
        day + dt.timedelta(hours=23, minutes=59),
        day - dt.timedelta(hours=1),
        day - dt.timedelta(days=2, hours=-12),
        day + dt.timedelta(days=1, hours=1),
    ]
    briefings = [_at(start) for start in starts]
    whole = sorted(briefings, key=lambda x: x.time.start.isoformat() if x.time.start else "")
    assert sorted(briefings, key=start_key) == whole
    assert start_key(briefings[2]) == "109:30:00"


def test_rows_share_one_start_per_time_of_day():
    """The whole ISO text was a string of its own per row (68 bytes); a time of day is shared."""
    [b] = load_paths([SEED]).briefings
    start = dt.datetime.combine(b.date, dt.time(10, 15))
    other = replace(b, date=b.date + dt.timedelta(days=3), time=replace(b.time, start=start + dt.timedelta(days=3)))
    one, two = (share_strings(row_of(x)) for x in (_at(start), other))
    assert one.start == two.start == "110:15:00" and one.start is two.start


def test_the_sort_orders_and_the_id_index_share_their_ints():
    """Each int above 256 is an object of its own: one set of them, not one per structure."""
    from briefing_tui.core.query.filtering import Catalog, Query
    from briefing_tui.core.query.library import Orders

    [b] = load_paths([SEED]).briefings
    catalog = Catalog.of_briefings([replace(b, id=f"x-{i}") for i in range(400)])
    ids = catalog.indexes_of([f"x-{i}" for i in range(400)])
    indexed = {i: i for i in ids}
    oldest = Orders(catalog.rows)["oldest"]
    assert sorted(oldest) == list(range(400)) and all(indexed[i] is i for i in oldest)
    assert all(indexed[i] is i for i in catalog.matches(Query()))


def test_a_topic_no_briefing_has_matches_nothing_in_all_mode_and_is_ignored_in_any():
    """Rows hold codes only for topics some row has: a query's other topics have none."""
    from briefing_tui.core.query.filtering import Catalog, Query

    [b] = load_paths([SEED]).briefings
    catalog = Catalog.of_briefings([b])
    topics = frozenset({"no-briefing-has-this-topic", *catalog.facet_counts([0])["topics"]})
    assert catalog.matches(Query(topics=topics, topic_mode="all")) == []
    assert catalog.matches(Query(topics=topics, topic_mode="any")) == [0]
    assert catalog.matches(Query(topics=frozenset({"no-briefing-has-this-topic"}))) == []


def test_only_the_ids_asked_about_are_indexed():
    """The filter panel counts unread and flagged at every start: an index of every id was ~7 MB at
    100,000, made for a reader with any mark at all. Only the ids asked about are kept, found or not."""
    from briefing_tui.core.query.filtering import Catalog

    [b] = load_paths([SEED]).briefings
    catalog = Catalog.of_briefings([replace(b, id=f"x-{i % 300}") for i in range(400)])  # x-0..x-99 twice
    assert catalog.indexes_of(set()) == set() == catalog.indexes_of(iter(())) and catalog._index_of == {}
    assert catalog.indexes_of(iter(["x-5", "gone"])) == {5, 305} and catalog._index_of.keys() == {"x-5", "gone"}
    assert catalog.indexes_of(["x-5", "x-299", "gone"]) == {5, 305, 299}
    assert catalog.indexes_of(frozenset({"x-299", "x-150"})) == {299, 150}
    assert len(catalog._index_of) == 4


def test_a_library_past_the_last_topic_code_keeps_loading_and_filtering_by_name(monkeypatch):
    """Codes were printable characters given once each (~144,000): one file of 150,000 topics ran
    them out, and the load of every file stopped on a ValueError. Rows past the last code keep
    their topics by name, and the filters and counts read both forms."""
    from briefing_tui.core.query.filtering import Catalog, Query
    from briefing_tui.core.store import rows

    [b] = load_paths([SEED]).briefings
    first = replace(b, id="coded", points=[replace(p, topics=["Coded Topic"]) for p in b.points[:1]])
    last = replace(b, id="by-name", points=[replace(p, topics=["Late One", "Late Two"]) for p in b.points[:1]])
    mixed = replace(b, id="mixed", points=[replace(p, topics=["Coded Topic", "Late One"]) for p in b.points[:1]])
    coded = Catalog.of_briefings([first])  # its topic has a code before the codes run out
    assert isinstance(coded.rows[0].topics, str)
    monkeypatch.setattr(rows.TOPIC_CODES, "full", False)  # restored after the test: codes are process-wide
    monkeypatch.setattr(rows.TOPIC_CODES, "_last", rows.LAST_CODE)
    catalog = Catalog.of_briefings([first, last, mixed])
    assert rows.TOPIC_CODES.full
    assert isinstance(catalog.rows[1].topics, tuple)
    assert rows.topic_names(catalog.rows[2].topics) == ("Coded Topic", "Late One")
    assert catalog.matches(Query(topics=frozenset({"Late One"}))) == [1, 2]
    assert catalog.matches(Query(topics=frozenset({"Coded Topic", "Late One"}), topic_mode="all")) == [2]
    assert catalog.matches(Query(topics=frozenset({"Coded Topic"}))) == [0, 2]
    counts = catalog.facet_counts([0, 1, 2])["topics"]
    assert counts == {"Coded Topic": 2, "Late One": 2, "Late Two": 1}


def test_the_oldest_order_is_the_dated_keys_order_without_a_key_string_per_row():
    """A complete load's "oldest" sorts on the rows' own ids, starts and dates (three stable sorts):
    the order of one key string per row (date, start, NUL, id), ties (equal keys) in row order."""
    import random

    from briefing_tui.core.query.filtering import numbers
    from briefing_tui.core.query.library import Orders, _dated

    [b] = load_paths([SEED]).briefings
    row = row_of(b)
    day = b.date
    starts = ["", "110:15:00", "110:15:00.000005", "110", "0" + f"{day}T23:00:00", "2" + f"{day}T01:00:00", "109:59:59"]
    dates = [day, day + dt.timedelta(days=1), day - dt.timedelta(days=400), dt.date(999, 1, 1), dt.date(9999, 12, 31)]
    ids = ["a", "a-1", "a\x7f", "b", "", "é", "a-"]
    chance = random.Random(14)
    rows = [
        replace(row, id=chance.choice(ids), date=chance.choice(dates), start=chance.choice(starts)) for _ in range(600)
    ]
    keys = [_dated(r) for r in rows]
    assert Orders(rows)["oldest"] == sorted(numbers(len(rows)), key=keys.__getitem__)
    assert Orders(rows)["newest"] == sorted(numbers(len(rows)), key=keys.__getitem__)[::-1]
    growing = Orders(rows[:250], growing=True)
    assert growing["oldest"] == sorted(range(250), key=keys.__getitem__)
    assert Orders(rows, growing, growing=True)["oldest"] == Orders(rows)["oldest"]
