from briefing_tui.core.store.locate import key_positions, locate, parse_msgspec_path

DOC = '''schema = 1
title = "a [x] # not a comment"
[time]
zone = 'Asia/Tokyo'  # comment
[[participants]]
key = "a"
[[participants]]
key = "b"
country = "ZZ"
[[points]]
text = """multi
fake = 1
"""
topics = ["a",
  "b"]
  [[points.points]]
  text = "sub"
[[points]]
x = {a = 1, b = [1, {c = 2}]}
'''


def test_tables_arrays_of_tables_and_nested_points():
    pos = key_positions(DOC)
    assert pos[("time", "zone")] == (4, 1)
    assert pos[("participants", 1, "country")] == (9, 1)
    assert pos[("points", 0, "topics", 1)] == (15, 3)
    assert pos[("points", 0, "points", 0, "text")] == (17, 3)
    assert pos[("points", 1, "x", "b", 1, "c")] == (19, 22)


def test_strings_and_comments_are_not_keys():
    pos = key_positions(DOC)
    assert ("points", 0, "fake") not in pos
    assert ("title",) in pos and ("not",) not in pos


def test_locate_falls_back_to_nearest_ancestor():
    assert locate(DOC, ("participants", 1, "home_zone")) == (7, 1)
    assert locate(DOC, ("nothing",)) == (1, 1)


def test_parse_msgspec_path():
    assert parse_msgspec_path("$.points[2].topics[0]") == ("points", 2, "topics", 0)
    assert parse_msgspec_path("$") == ()
