"""Session 5, round 5: one test per rule learnt on holdout8 (each failed before its rule)."""

from __future__ import annotations

import pytest
from importer_accuracy import vocabulary

from briefing_tui.core.importer import import_readout, outcomes


def _draft(readout: str):
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "Prime Minister Acad. Nikolai Denkov held talks today with President Volodymyr Zelensky in Sofia.",
            "Acad. Nikolai Denkov",
        ),
        (
            "H.E. Gen. Yoweri Museveni, the President of Uganda, today held talks with the Minister of Foreign "
            "Affairs of Russia, H.E. Sergey Lavrov, at State House Entebbe.",
            "H.E. Gen. Yoweri Museveni",
        ),
        ("President Lt. Col. Paul Kagame met President Emmanuel Macron in Kigali today.", "Lt. Col. Paul Kagame"),
    ],
)
def test_an_abbreviated_rank_or_academic_style_is_part_of_the_honorific(lead, name):
    draft = _draft(f"Talks\n\n6 July 2023\n\n{lead}\n\nThe two sides discussed trade.\n")
    assert name in [p.name for p in draft.participants]
    person = next(p for p in draft.participants if p.name == name)
    assert person.given_name not in ("Acad", "Gen", "Lt")


def test_a_byline_with_its_office_after_a_comma_is_the_speakers_full_name():
    readout = (
        "President of Montenegro\n\nJakov Milatovic, President of Montenegro\n\n"
        "Statement by President Milatovic after the meeting with the President of Serbia in Belgrade\n\n"
        "Belgrade, 10 July 2023\n\n"
        "Today in Belgrade I met the President of the Republic of Serbia, Aleksandar Vucic.\n\n"
        "We agreed that both countries should again have ambassadors.\n"
    )
    draft = _draft(readout)
    assert [p.name for p in draft.participants] == ["Jakov Milatovic", "Aleksandar Vucic"]
    assert draft.participants[0].given_name == "Jakov"


def _points(body: str) -> list[str]:
    from briefing_tui.core.importer import points

    return [it.text for it in points.structure(body.split("\n"), prose=False)]


def test_a_numbered_paragraph_holds_a_point_per_reporting_sentence():
    body = (
        "1. President A welcomed Minister B and thanked Russia. He said that trade will go on. "
        "He noted that the two are old friends.\n"
        "2. Minister B briefed the President on Ukraine. The Russian side is ready to supply grain.\n"
        "3. The two sides discussed energy. They agreed to revive the Joint Commission."
    )
    assert len(_points(body)) == 6


def test_a_numbered_paragraph_opening_with_a_topic_label_is_one_point():
    # (round 14: in a list introduced as the meeting's topics, as dev4/fresh s02's is; a labelled
    # paragraph of a list of points holds a point per reporting sentence, test_importer_round14.py)
    body = (
        "The main topics of the conversation were:\n"
        "1. Trade and investment. Minister A welcomed the investment.\n"
        "2. The war in Ukraine. Minister A stressed that it must end. Minister B explained his position."
    )
    assert len(_points(body)) == 2


@pytest.mark.parametrize(
    "intro", ["The following conclusions were reached at the meeting:", "The following were the main issues discussed:"]
)
def test_the_items_after_a_lists_introduction_are_the_points(intro):
    body = (
        f"{intro}\n"
        "a) Prime Minister A said that the goal is good relations.\n"
        "b) Prime Minister B said that Bulgaria supports the accession.\n"
        "c) The two prime ministers agreed to set up working groups."
    )
    assert len(_points(body)) == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegations were welcomed on arrival by the Prime Minister of the host country.",
        "Yesterday afternoon I was welcomed at the airport by the Minister of Foreign Affairs.",
        "The Agreement was agreed in Brussels on 27 February.",
        "Differences should be discussed through dialogue.",
    ],
)
def test_a_simple_passive_reports_nothing(sentence):
    assert outcomes.classify(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("It was agreed that the commission would meet in May.", "agreed"),
        ("Issues of energy and trade were discussed.", "discussed"),
        ("The President was pleased to welcome the Minister.", "welcomed"),
    ],
)
def test_an_impersonal_or_topic_passive_still_reports(sentence, outcome):
    verb = outcomes.classify(sentence)
    assert verb is not None and verb.outcome == outcome


def test_a_publisher_that_numbers_its_points_keeps_a_numbered_paragraph_whole():
    from briefing_tui.core.importer import points

    body = [
        "1. Minister A thanked Secretary B. In response, Secretary B said that he agreed.",
        "2. They shared the view.",
    ]
    assert len(points.structure(body, prose=False, numbered_points=True)) == 2


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The Prime Minister called on President Putin to de-escalate and agree to a ceasefire.", "requested"),
        ("Minister A called on President B at the Presidential Palace.", None),
        ("Minister A called on President B to discuss trade.", None),
    ],
)
def test_calling_on_a_leader_to_act_is_a_request_and_a_courtesy_call_is_not(sentence, outcome):
    verb = outcomes.classify(sentence)
    assert (verb.outcome if verb else None) == outcome


def test_a_date_after_a_meeting_sentence_that_says_today_is_background():
    readout = (
        "Telephone conversation\n\nPublished on 19.03.2022\n\n"
        "Prime Minister A had a telephone conversation today with President Putin. It is their second "
        "conversation this week, after the one on Monday, 14 March.\n\n"
        "Prime Minister A said he was shocked by the attacks.\n"
    )
    assert str(_draft(readout).date) == "2022-03-19"


def test_a_date_in_the_meeting_sentence_still_wins_over_today():
    readout = (
        "Talks\n\n19 March 2022\n\nOn 17 March, Prime Minister A met President B. They spoke again today.\n\n"
        "Prime Minister A said he was shocked by the attacks.\n"
    )
    assert str(_draft(readout).date) == "2022-03-17"


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF GUATEMALA", "GT"),
        ("LE GOUVERNEMENT DU GRAND-DUCHÉ DE LUXEMBOURG\nMinistère d'État", "LU"),
        ("PRESIDENCIA DE LA REPÚBLICA DOMINICANA\nDirección de Comunicación", "DO"),
        ("Prime Minister's Office\nGovernment of the Kingdom of Tonga", "TO"),
        ("Gouvernement Princier\nPRINCIPAUTÉ DE MONACO", "MC"),
    ],
)
def test_a_masthead_in_capitals_on_a_second_line_or_in_its_own_language_gives_the_country(header, code):
    from briefing_tui.core.importer import text

    publisher, _ = text.detect_publisher(f"{header}\n\nHome > News\n\nTalks\n\n19 March 2022\n\nA met B.\n")
    assert publisher.country == code


def test_a_headline_under_the_masthead_gives_no_country():
    from briefing_tui.core.importer import text

    publisher, _ = text.detect_publisher(
        "Government.no\nMinistry of Foreign Affairs\n\nForeign Minister Eide spoke with Iran's Foreign Minister\n"
    )
    assert publisher.country == ""


@pytest.mark.parametrize("after", ["from the National Palace of Culture", "by telephone", "via video link"])
def test_a_name_between_commas_may_be_followed_by_where_or_how_they_joined(after):
    from briefing_tui.core.importer import names

    lead = f"The President held a virtual meeting with the Vice President of the United States, Kamala Harris, {after}."
    assert [p.name for p in names.find_people(lead)] == ["Kamala Harris"]


def test_someone_who_took_part_from_one_side_is_not_a_principal():
    readout = (
        "Virtual meeting\n\nGuatemala, April 26, 2021\n\n"
        "The President of the Republic, Alejandro Giammattei Falla, held a virtual meeting with the Vice "
        "President of the United States, Kamala Harris.\n\n"
        "Minister of Foreign Affairs Pedro Brolo Vila also took part in the meeting from the Guatemalan side.\n\n"
        "President Giammattei explained the measures taken by his Government.\n"
    )
    assert [p.name for p in _draft(readout).participants] == ["Alejandro Giammattei Falla", "Kamala Harris"]


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The presidents renewed their commitment to the rule of law.", "confirmed"),
        ("They valued their participation in the Summit for Democracy.", "stated"),
        ("The two sides renewed sanctions talk in passing.", None),
        ("Japan is a valued partner of the region.", None),
    ],
)
def test_renewed_commitments_and_valued_participation_report(sentence, outcome):
    verb = outcomes.classify(sentence)
    assert (verb.outcome if verb else None) == outcome


def test_a_meeting_that_lasted_until_a_time_ends_then():
    readout = (
        "Summit\n\nDecember 11, 2021\n\nThe President of the Dominican Republic, Luis Abinader, today hosted "
        "the President of Panama, Laurentino Cortizo Cohen, in Puerto Plata. The working session started at "
        "10:00 a.m. and lasted until 1:30 p.m.\n\nThe presidents agreed to promote trade.\n"
    )
    assert _draft(readout).duration_minutes == 210


def test_counterparts_listed_by_country_each_with_their_name():
    from briefing_tui.core.importer import names

    lead = (
        "The President of the Dominican Republic, Luis Abinader, today hosted his counterparts of Costa Rica, "
        "Carlos Alvarado Quesada, and of Panama, Laurentino Cortizo Cohen, at the third summit."
    )
    found = [(p.name, p.country) for p in names.find_people(lead)]
    assert found == [("Luis Abinader", "DO"), ("Carlos Alvarado Quesada", "CR"), ("Laurentino Cortizo Cohen", "PA")]


def test_an_office_of_an_organisation_gives_its_code():
    readout = (
        "Working lunch\n\nNuku'alofa, Monday 26 August 2024\n\n"
        "The Prime Minister, Hon. Siaosi Sovaleni, hosted a working lunch today for the Secretary-General of the "
        "United Nations, His Excellency Mr. António Guterres, at the Convention Centre in Fiji House.\n\n"
        "The two leaders discussed climate finance.\n"
    )
    assert [p.country for p in _draft(readout).participants][1] == "UN"


def test_a_name_between_commas_may_be_followed_by_took_part_or_together_with():
    from briefing_tui.core.importer import names

    lead = (
        "The Prime Minister of the Republic of Albania, Edi Rama, took part today in Ohrid, North Macedonia, in "
        "the meeting with the President of Serbia, Aleksandar Vucic. The meeting was chaired by the EU High "
        "Representative for Foreign Affairs and Security Policy, Josep Borrell, together with the EU Special "
        "Representative, Miroslav Lajcak."
    )
    assert [p.name for p in names.find_people(lead)] == [
        "Edi Rama",
        "Aleksandar Vucic",
        "Josep Borrell",
        "Miroslav Lajcak",
    ]


def test_principals_named_by_office_alone_take_their_names_from_the_photo_caption():
    readout = (
        "Secretary-General meets host Prime Minister\n\nPublished on 22 October 2024\n\n"
        "The Secretary-General met the Prime Minister of Samoa in Apia on Monday.\n\n"
        "The Secretary-General congratulated Samoa on its preparations.\n\n"
        "Photo caption: Secretary-General the Rt Hon Patricia Scotland KC with the Prime Minister of Samoa, "
        "Hon. Fiamē Naomi Mata'afa, in Apia.\n"
    )
    assert [p.name for p in _draft(readout).participants] == [
        "the Rt Hon Patricia Scotland KC",
        "Hon. Fiamē Naomi Mata'afa",
    ]


@pytest.mark.parametrize(("line", "day"), [("5. 11. 2024", "2024-11-05"), ("11. 7. 2023.", "2023-07-11")])
def test_a_dotted_date_with_spaces_is_day_first(line, day):
    from briefing_tui.core.importer import dates

    assert str(dates.parse_date_line(line)) == day


def test_a_later_paragraph_opening_at_the_end_of_the_meeting_is_not_the_opening():
    readout = (
        "Presidents strengthen bilateral agenda\n\nSanta Cruz, 9 July 2024\n\n"
        "The President of Bolivia, Luis Arce, received today in Santa Cruz the President of Brazil, Luiz Inácio "
        "Lula da Silva.\n\nPresident Arce thanked Brazil for its solidarity.\n\n"
        "At the end of the meeting, the two Presidents made a declaration to the press for some 300 reporters.\n"
    )
    assert [p.name for p in _draft(readout).participants] == ["Luis Arce", "Luiz Inácio Lula da Silva"]


@pytest.mark.parametrize(
    ("lead", "name", "given"),
    [
        (
            "His Holiness Pope Francis paid a courtesy call on the President, H.E. Dr George Vella, in Valletta.",
            "His Holiness Pope Francis",
            "Francis",
        ),
        (
            "H.S.H. Prince Albert II and President Xi Jinping held talks in the Palace.",
            "H.S.H. Prince Albert II",
            "Albert",
        ),
    ],
)
def test_a_sovereign_known_by_one_name_is_written_whole_with_a_given_name_only(lead, name, given):
    draft = _draft(f"Talks\n\n24 March 2019\n\n{lead}\n\nThe two discussed the climate.\n")
    person = next(p for p in draft.participants if p.name == name)
    assert (person.family_name, person.given_name) == ("", given)


def test_the_pope_is_the_holy_sees():
    draft = _draft(
        "Courtesy call\n\n2 April 2022\n\nHis Holiness Pope Francis paid a courtesy call on the President of "
        "Malta, H.E. Dr George Vella, in Valletta.\n\nThe two discussed migration.\n"
    )
    assert {p.name: p.country for p in draft.participants}["His Holiness Pope Francis"] == "VA"


@pytest.mark.parametrize(
    "sentence",
    [
        "Princess Charlène and Mrs. Peng Liyuan meanwhile visited the Oceanographic Museum.",
        "The Prime Minister, Dr Robert Abela, met the Holy Father separately later in the morning.",
    ],
)
def test_a_programme_beside_the_meeting_gives_no_participants(sentence):
    from briefing_tui.core.importer import presence

    assert not presence.takes_part(sentence, summit=False)


def test_the_publishers_own_principal_comes_first_when_the_guest_is_the_subject():
    draft = _draft(
        "Office of the President\nRepublic of Malta\n\nCourtesy call\n\n2 April 2022\n\n"
        "His Holiness Pope Francis paid a courtesy call on the President of Malta, H.E. Dr George Vella, "
        "in Valletta.\n\nThe two discussed migration.\n"
    )
    assert [p.name for p in draft.participants] == ["H.E. Dr George Vella", "His Holiness Pope Francis"]


def test_a_masthead_beats_another_ministrys_wording_in_the_headline():
    from briefing_tui.core.importer import text

    publisher, _ = text.detect_publisher(
        "Ministry of Foreign Affairs and External Trade\nRoyal Government of Bhutan\n\n"
        "External Affairs Minister of India calls on the Prime Minister\n\n8 November 2024\n"
    )
    assert publisher.country == "BT"


def test_the_hosts_of_the_occasion_are_not_the_meetings_participants():
    from briefing_tui.core.importer import presence

    sentence = "The Summit was hosted by the President of Guyana, Dr. Mohamed Irfaan Ali, and the CARICOM Chairman."
    assert not presence.takes_part(sentence, summit=False)
    assert presence.takes_part("The President of Guyana hosted the Prime Minister of India.", summit=False)


def test_a_paragraph_opening_with_an_earlier_month_is_background_not_a_point():
    readout = (
        "Virtual meeting\n\nGuatemala, April 26, 2021\n\n"
        "President Alejandro Giammattei held a virtual meeting today with Vice President Kamala Harris.\n\n"
        "In January 2021 the Government of the United States announced its intention to address migration.\n\n"
        "President Giammattei explained the measures taken by his Government.\n\n"
        "In 2022, the two leaders agreed, they will meet again.\n"
    )
    texts = [p.text for p in _draft(readout).points]
    assert len(texts) == 2 and texts[0].startswith("President Giammattei explained")


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [("President Samia assured the Vice President that Tanzania will continue.", "stated"), ("Rest assured.", None)],
)
def test_an_assurance_is_stated(sentence, outcome):
    verb = outcomes.classify(sentence)
    assert (verb.outcome if verb else None) == outcome


@pytest.mark.parametrize(
    ("lead", "summit"),
    [
        (
            "Prime Minister A held a bilateral meeting with President B on the margins of the third Ukraine – "
            "South East Europe Summit, which Croatia is hosting in Dubrovnik.",
            False,
        ),
        ("The President took part today in Jerusalem in the 6th Trilateral Summit of Cyprus, Greece and Israel.", True),
        ("Today, President A took part in the first China – Central Asia Summit in the city of Xi'an.", True),
    ],
)
def test_a_summit_one_takes_part_in_is_the_meeting_and_one_on_whose_margins_is_not(lead, summit):
    from briefing_tui.core.importer import meeting

    assert meeting.called_summit(lead) is summit


def test_a_city_name_with_two_particles_is_read_whole():
    from briefing_tui.core.importer import meeting

    lead = "The President received this Tuesday in the city of Santa Cruz de la Sierra the President of Brazil."
    assert meeting.venue_of(lead, remote=False).zone == "America/La_Paz"


def test_a_namesake_in_the_participants_or_publishers_country_is_preferred():
    readout = (
        "Presidencia\nEstado Plurinacional de Bolivia\n\nTalks\n\n9 July 2024\n\n"
        "The President of the Plurinational State of Bolivia, Luis Arce, received today in Santa Cruz the "
        "President of the Federative Republic of Brazil, Luiz Inácio Lula da Silva.\n\n"
        "President Arce thanked Brazil.\n"
    )
    assert _draft(readout).zone.startswith("America/")  # not the Philippines' larger Santa Cruz


def _also_took_part(follow: str) -> list[str]:
    readout = (
        "Telephone call\n\nPublished on 4 June 2025\n\n"
        "Minister of Foreign Affairs Mohamed Ali Nafti held a telephone call with the Minister of Foreign Affairs "
        "of the Italian Republic, Antonio Tajani.\n\n"
        "Italian Minister of the Interior Matteo Piantedosi also took part in the call.\n\n"
        f"Minister Tajani affirmed Italy's commitment to Tunisia's economy.\n\n{follow}\n"
    )
    return [p.name for p in _draft(readout).participants]


def test_one_who_also_took_part_and_speaks_is_a_principal():
    assert "Matteo Piantedosi" in _also_took_part("Minister Piantedosi stressed the importance of cooperation.")


def test_one_who_also_took_part_and_never_speaks_is_a_delegate():
    assert "Matteo Piantedosi" not in _also_took_part("The two ministers agreed to meet in Tunis.")
    readout = (
        "Office of the President\nRepublic of Rwanda\n\nPresident A speaks with Prime Minister B\n\n18 April 2023\n\n"
        "President Paul Kagame held a telephone call today with the Prime Minister of Barbados, Hon. Mia Amor "
        "Mottley.\n\nMinister of Foreign Affairs Kerrie Symmonds of Barbados also took part in the call.\n\n"
        "The two leaders discussed trade.\n"
    )
    assert [p.family_name for p in _draft(readout).participants] == ["Kagame", "Mottley"]


def test_a_subject_named_by_honorific_and_office_alone_is_the_one_later_named_with_that_honorific():
    readout = (
        "Gouvernement Princier\nPRINCIPAUTÉ DE MONACO\n\nState visit\n\nPublished on 25 March 2019\n\n"
        "Yesterday evening, H.S.H. the Sovereign Prince welcomed to the Palace His Excellency Mr. Xi Jinping, "
        "President of the People's Republic of China.\n\n"
        "Following the welcome ceremony, H.S.H. Prince Albert II and President Xi held talks in the Palace.\n\n"
        "The two Heads of State discussed bilateral relations.\n"
    )
    draft = _draft(readout)
    assert [(p.name, p.country) for p in draft.participants] == [
        ("H.S.H. Prince Albert II", "MC"),
        ("His Excellency Mr. Xi Jinping", "CN"),
    ]


@pytest.mark.parametrize(
    ("lead", "name", "title"),
    [
        (
            "Minister of Foreign Affairs, Migration and Tunisians Abroad Mohamed Ali Nafti held a call today.",
            "Mohamed Ali Nafti",
            "Minister of Foreign Affairs, Migration and Tunisians Abroad",
        ),
        (
            "Minister of Foreign and Expatriates Affairs Ayman Safadi held talks in Amman today.",
            "Ayman Safadi",
            "Minister of Foreign and Expatriates Affairs",
        ),
    ],
)
def test_a_ministry_whose_remit_ends_with_its_citizens_abroad_is_a_title(lead, name, title):
    from briefing_tui.core.importer import names

    found = names.find_people(lead)
    assert [(p.name, p.title) for p in found] == [(name, title)]


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ('"An excellent exchange of views," the Prime Minister wrote on X after the lunch.', "stated"),
        ("The Minister wrote a letter to the Commission in May.", None),
    ],
)
def test_what_a_principal_wrote_on_social_media_is_stated(sentence, outcome):
    verb = outcomes.classify(sentence)
    assert (verb.outcome if verb else None) == outcome
