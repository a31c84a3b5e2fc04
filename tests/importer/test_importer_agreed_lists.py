"""A list introduced by "The two sides agreed to:" holds a point per bullet, each of that kind.

KNA's "The two sides agreed to:" over five capitalised bullets ("- Expand cooperation in ...") was
read as one point with nothing agreed in it: the bullets were dropped. Invented variants (other
verbs, people, bullets); the first two failed before, the others guard what must not change.
"""

from __future__ import annotations

from importer_accuracy import vocabulary

from briefing_tui.core.importer import import_readout

OPENING = (
    "Ghana News Agency\n\nMay 10, 2023\n\nAkufo-Addo and Støre hold talks in Accra\n\n"
    "President Nana Akufo-Addo received Prime Minister Jonas Gahr Støre of Norway at Jubilee House on Tuesday.\n\n"
)


def _points(body: str) -> list[tuple[str, str]]:
    draft = import_readout(OPENING + body, vocabulary=vocabulary(), source_name="x.txt").draft
    return [(p.text, p.outcome) for p in draft.points]


def test_each_bullet_of_an_agreed_to_list_is_an_agreed_point():
    points = _points(
        "The two leaders agreed to:\n- Expand cooperation on offshore wind;\n- Open a joint maritime academy in Takoradi;\n"
        "- Review progress at a ministerial meeting in 2024.\n"
    )
    assert points == [
        ("The two leaders agreed to expand cooperation on offshore wind;", "agreed"),
        ("The two leaders agreed to open a joint maritime academy in Takoradi;", "agreed"),
        ("The two leaders agreed to review progress at a ministerial meeting in 2024.", "agreed"),
    ]


def test_another_reporting_verb_gives_its_own_kind():
    points = _points(
        "The two ministers confirmed their intention to:\n- Support Ghana's fisheries reform;\n- Fund two research vessels.\n"
    )
    assert points == [
        ("The two ministers confirmed their intention to support Ghana's fisheries reform;", "confirmed"),
        ("The two ministers confirmed their intention to fund two research vessels.", "confirmed"),
    ]


def test_a_heading_or_a_list_of_names_after_agreed_to_is_left_as_it_was():
    # an abbreviation or a name opening a bullet is no verb to lower-case
    body = "The two leaders agreed to:\n- ASEAN centrality in the region;\n- UNCLOS as the legal framework.\n"
    assert all(not text.startswith("The two leaders agreed to aSEAN") for text, _ in _points(body))
    # a colon line with no "to" keeps the earlier reading
    heading = "Economic cooperation:\n- Trade rose by 12 per cent in 2022.\n"
    assert not any(text.startswith("Economic cooperation Trade") for text, _ in _points(heading))


def test_a_bullet_opened_by_to_or_by_a_name_is_not_lowered_into_the_verb():
    """ "- To open ..." already has its "to", and "- Norway will fund ..." opens with a country's name,
    not a verb: neither is "agreed to to open" nor "agreed to norway will fund"."""
    points = _points(
        "The two leaders agreed to:\n- Expand cooperation on offshore wind;\n- To open a joint maritime academy;\n"
        "- Norway will fund two research vessels.\n"
    )
    assert points == [
        ("The two leaders agreed to expand cooperation on offshore wind;", "agreed"),
        ("The two leaders agreed to open a joint maritime academy;", "agreed"),
        ("The two leaders agreed to: Norway will fund two research vessels.", "agreed"),
    ]
