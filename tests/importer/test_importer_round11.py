"""Round 11 (participant names and countries, learnt across holdout13-15): one test per general
rule (each failed before its rule)."""

from __future__ import annotations

from importer_accuracy import vocabulary

from briefing_tui.core.importer import import_readout, presence


def _draft(readout: str):
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft


def _names(readout: str) -> list[str]:
    return [p.name for p in _draft(readout).participants]


def test_whoever_hosted_another_occasion_is_not_a_participant():
    # Not only a summit or a forum: any occasion but the meeting itself ("the ceremony", "the dinner").
    assert not presence.takes_part(
        "The ceremony was hosted by the President of Ruritania, Dr Alpha Beta.", summit=False
    )
    assert not presence.takes_part("The dinner was hosted by Minister Gamma Delta.", summit=False)
    assert presence.takes_part("The meeting was hosted by Minister Gamma Delta.", summit=False)
    names = _names(
        "News\n\n20 November 2024\n\n"
        "Lisbon — The Prime Minister of Portugal, Luís Montenegro, today held talks with the Prime Minister of "
        "Spain, Pedro Sánchez.\n\n"
        "The ceremony that preceded it was hosted by the President of Portugal, His Excellency Marcelo Rebelo de Sousa.\n\n"
        "Prime Minister Montenegro expressed thanks for the support.\n"
    )
    assert names == ["Luís Montenegro", "Pedro Sánchez"]


def test_the_people_of_an_earlier_meeting_it_followed_are_not_participants():
    # "in the wake of" / "followed" another meeting: background, as "earlier in the day" is
    for sentence in (
        "The conversation took place in the wake of the February 12 telephone conversation between President "
        "of Ruritania Alpha Beta and President of Freedonia Gamma Delta.",
        "The meeting followed a telephone call between President Alpha Beta and President Gamma Delta on 8 September.",
        "It came after the previous meeting of President Alpha Beta and President Gamma Delta in Rome.",
    ):
        assert not presence.takes_part(sentence, summit=False), sentence
    assert presence.takes_part(
        "President Alpha Beta met President Gamma Delta, and the talks were followed by a lunch.", summit=False
    )


def test_a_list_announced_as_the_participants_names_them_with_their_offices_countries():
    inline = _draft(
        "News\n\nLV Summit held by videoconference\n\n02/07/2021\n\n"
        "Lisbon, 2 July 2021. The LV Summit of Presidents took place today by videoconference.\n\n"
        "Participants: Alpha Beta Gamma, President of the Portuguese Republic; Delta Epsilon, President of the "
        "Kingdom of Spain; Zeta Eta, President of the Republic of Chile.\n\n"
        "The Presidents reaffirmed their commitment to the agreement.\n"
    )
    assert [(p.name, p.country) for p in inline.participants] == [
        ("Alpha Beta Gamma", "PT"),
        ("Delta Epsilon", "ES"),
        ("Zeta Eta", "CL"),
    ]
    bullets = _draft(
        "News\n\nFirst Summit\n\nPublished: 06/07/2024\n\n"
        "1. The first Summit was held on Saturday 6 July 2024 in Niamey, Republic of Niger. Taking part were:\n"
        "- Colonel Alpha BETA, President of the Transition, Head of State of the Republic of Mali;\n"
        "- General Gamma DELTA, President of the Council (CNSP), Head of State of the Republic of Niger, host.\n"
        "2. The Prime Ministers of the two countries were present.\n"
        "3. The Heads of State decided to create a Confederation.\n"
    )
    assert [(p.name, p.country) for p in bullets.participants] == [
        ("Colonel Alpha BETA", "ML"),
        ("General Gamma DELTA", "NE"),
    ]


def test_a_participants_list_adds_to_the_principals_the_sentences_name():
    """The list may name only those the sentences do not ("... and the following heads of state:"):
    it adds them; it does not replace the principals already found (blind holdout16 h254)."""
    draft = _draft(
        "Press Release\n\nJoint Summit\n\nArusha, 8 February 2025\n\n"
        "H.E. Alpha Beta Gamma, President of the Portuguese Republic, and H.E. Delta Epsilon, President "
        "of the Kingdom of Spain, co-chaired the Joint Summit in Arusha today.\n\n"
        "Participants: Zeta Eta, President of the Republic of Chile; Theta Iota, President of the "
        "Argentine Republic.\n\n"
        "The Presidents reaffirmed their commitment to the agreement.\n"
    )
    assert [p.country for p in draft.participants] == ["PT", "ES", "CL", "AR"]


def test_his_excellency_written_he_without_dots_is_an_honorific():
    from briefing_tui.core.importer import names

    found = names.find_people("[Photo] HE Dr. Alpha Beta, Secretary-General of the GCC, with HE Mr. Gamma Delta.")
    assert [(p.name, p.honorific) for p in found] == [
        ("HE Dr. Alpha Beta", "HE Dr."),
        ("HE Mr. Gamma Delta", "HE Mr."),
    ]
    assert names.find_people("HE the Secretary-General met the Minister.") == []


def test_joined_by_beside_accompanied_by_is_one_sides_attendant():
    assert not presence.takes_part(
        "The Secretary General was accompanied by the Secretary for Democracy, Alpha Beta, and the President was "
        "joined by the Minister of Foreign Affairs, Gamma Delta.",
        summit=False,
    )
    assert presence.takes_part("Minister Alpha Beta, accompanied by officials, joined the talks.", summit=False)


def test_a_six_word_name_after_its_office_and_a_comma_is_read_whole():
    from briefing_tui.core.importer import names

    found = names.find_people(
        "The Minister of Foreign Affairs of the Kingdom of Saudi Arabia, Prince Alpha bin Beta Al Gamma, met the "
        "Minister of Foreign Affairs of Japan, Delta Epsilon, in Beijing."
    )
    assert [(p.name, p.country) for p in found] == [("Prince Alpha bin Beta Al Gamma", "SA"), ("Delta Epsilon", "JP")]
