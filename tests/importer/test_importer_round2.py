"""Session 4, round 2: one test per rule learnt on holdout4 (each failed before its rule)."""

from __future__ import annotations

import datetime as dt

import pytest
from importer_accuracy import vocabulary

from briefing_tui.core.importer import dates, import_readout, meeting, names, outcomes, points
from briefing_tui.core.importer.names import Person


def _leader(name: str, country: str, title: str = "Prime Minister") -> Person:
    return Person(name=name, tokens=name.split(), title=title, country=country)


TWO_LEADERS = [_leader("Anwar Ibrahim", "MY"), _leader("Xi Jinping", "CN", "President")]


@pytest.mark.parametrize(
    ("title", "lead", "kind"),
    [
        # leaders' talks the readout calls a meeting or talks are not a summit (docs/schema.md)
        (
            "Prime Minister meets President Xi",
            "The Prime Minister held talks with President Xi in Beijing.",
            "bilateral-meeting",
        ),
        (
            "PM meets PM",
            "Prime Minister Carney met Prime Minister Ishiba on the margins of the G7 Leaders' Summit.",
            "bilateral-meeting",
        ),
        ("Meeting", "The Secretary General hosted them in Vilnius on the eve of the NATO Summit.", "bilateral-meeting"),
        (
            "PM meets President",
            "The Prime Minister met President Xi at the G20 Summit in Rio de Janeiro.",
            "bilateral-meeting",
        ),
        (
            "PM meets President",
            "The Prime Minister, who is attending the G20 Rio de Janeiro Summit, met President Xi.",
            "bilateral-meeting",
        ),
        # a meeting the readout calls a summit is one
        ("Japan-EU Summit Meeting", "The Prime Minister held a meeting.", "summit"),
        ("EU-China summit: peace is a shared responsibility", "They met.", "summit"),
        ("Leaders meet", "The Prime Minister hosted the second India-Nordic Summit in Copenhagen.", "summit"),
        ("Leaders meet", "The 11th Malaysia-Singapore Leaders' Retreat was held in Putrajaya.", "summit"),
        ("Leaders meet", "At the G20 Summit the Prime Minister met President Xi.", "bilateral-meeting"),
    ],
)
def test_a_summit_is_what_the_readout_calls_a_summit(title, lead, kind):
    assert meeting.kind_of(title, lead, TWO_LEADERS)[0] == kind


def test_a_named_summit_of_many_countries_is_a_summit_not_a_multilateral_meeting():
    people = [*TWO_LEADERS, _leader("Jonas Gahr Støre", "NO")]
    assert meeting.kind_of("Leaders meet", "The Prime Minister hosted the India-Nordic Summit.", people)[0] == "summit"
    assert meeting.kind_of("Leaders meet", "The Prime Minister hosted talks.", people)[0] == "multilateral-meeting"


def test_a_title_that_goes_on_to_a_country_and_a_name_is_the_next_person_of_a_list():
    text = (
        "with the participation of U.S. Secretary of State Antony Blinken, Minister of Foreign Affairs of the "
        "Kyrgyz Republic Zheenbek Kulubaev and Minister of Foreign Affairs of Turkmenistan Rashid Meredov."
    )
    found = names.find_people(text)
    assert [(p.name, p.title, p.country) for p in found] == [
        ("Antony Blinken", "Secretary of State", "US"),
        ("Zheenbek Kulubaev", "Minister of Foreign Affairs of the Kyrgyz Republic", "KG"),
        ("Rashid Meredov", "Minister of Foreign Affairs of Turkmenistan", "TM"),
    ]


def test_sir_and_dame_are_honorifics_only_as_words():
    text = "Minister of Foreign Affairs of the Republic of Tajikistan Sirojiddin Muhriddin met them."
    assert [p.name for p in names.find_people(text)] == ["Sirojiddin Muhriddin"]


def test_a_title_for_a_policy_names_its_holder():
    text = "High Representative for Foreign Affairs and Security Policy Josep Borrell also took part."
    assert [(p.name, p.title) for p in names.find_people(text)] == [
        ("Josep Borrell", "High Representative for Foreign Affairs and Security Policy")
    ]


def test_someone_met_at_another_time_or_sending_a_message_is_not_present():
    text = "The visit took place one day after President Jokowi met President Volodymyr Zelenskyy in Kyiv."
    assert names.find_people(text) == []
    text = "President Joko Widodo brought a message from President Volodymyr Zelenskyy to President Vladimir Putin."
    assert [p.name for p in names.find_people(text)] == ["Joko Widodo", "Vladimir Putin"]


def test_a_paragraph_about_the_occasion_names_no_participant():
    readout = (
        "Presidency\n\nPresident A Meets President B\n\nFriday, 11 November 2022\n\n"
        "President Abdel Fattah El-Sisi met today with President Joe Biden of the United States of America "
        "on the sidelines of the UN Climate Change Conference in Sharm El-Sheikh.\n\n"
        "The conference, which opened on 6 November, is presided over by Foreign Minister Sameh Shoukry.\n\n"
        "President El-Sisi stressed the importance of the climate agenda.\n"
    )
    draft = import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft
    assert [p.name for p in draft.participants] == ["Abdel Fattah El-Sisi", "Joe Biden"]


def test_an_organisations_head_who_hosts_is_a_participant_of_that_organisation():
    text = "NATO Secretary General Jens Stoltenberg hosted President Recep Tayyip Erdoğan of Türkiye in Vilnius."
    first = names.find_people(text)[0]
    assert (first.name, first.title, first.country) == (
        "Jens Stoltenberg",
        "Secretary General",
        "NATO",
    )


def test_the_head_named_only_in_an_organisations_header_is_the_subject():
    readout = (
        "United Nations\nSecretary-General\nAntónio Guterres\n\n"
        "Readout of the Secretary-General's Meeting with President Volodymyr Zelenskyy of Ukraine\n\n"
        "Lviv, 18 August 2022\n\n"
        "The Secretary-General met today in Lviv with President Volodymyr Zelenskyy of Ukraine.\n\n"
        "They discussed the situation at the Zaporizhzhia nuclear power plant.\n"
    )
    draft = import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft
    assert [(p.name, p.country) for p in draft.participants] == [
        ("António Guterres", "UN"),
        ("Volodymyr Zelenskyy", "UA"),
    ]


def test_un_and_nato_are_codes_a_briefing_accepts():
    from briefing_tui.core.model import countries

    assert countries.is_country("UN") and countries.is_country("NATO")


def test_a_statement_by_someone_named_in_the_title_is_theirs():
    readout = (
        "gov.ie\n\nPress release\n\n"
        "Statement by the Taoiseach, Leo Varadkar TD, following his meeting with President Biden\n\n"
        "From: Department of the Taoiseach\nPublished on 15 March 2024\n\n"
        "I had a warm and substantive meeting with President Joe Biden in the Oval Office at the White House today.\n\n"
        "We agreed on the importance of continued support for Ukraine.\n"
    )
    draft = import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft
    assert [(p.name, p.title) for p in draft.participants] == [
        ("Leo Varadkar TD", "Taoiseach"),
        ("Joe Biden", "President"),
    ]
    assert draft.participants[0].country == "IE"


def test_a_first_person_release_from_abroad_takes_the_zone_of_the_place_the_next_paragraph_names():
    readout = (
        "gov.ie\n\nStatement by the Taoiseach, Leo Varadkar TD, following his meeting with President Biden\n\n"
        "Published on 15 March 2024\n\n"
        "I had a warm meeting with President Joe Biden in the Oval Office today. We met at 11.30am.\n\n"
        "The St Patrick's Day visit to Washington is a unique opportunity for Ireland.\n\n"
        "We agreed on the importance of continued support for Ukraine.\n"
    )
    draft = import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft
    assert draft.zone == "America/New_York"
    assert "venue" in draft.guesses


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("President Niinistö told President Putin how Russia's demands have changed Finland's security.", "stated"),
        ('"Together we can make a real difference for the climate," says Prime Minister Mette Frederiksen.', "stated"),
        ('"The discussion was straightforward," President Niinistö says.', "stated"),
        ('"This afternoon Judith Collins and I sat down with Foreign Minister Penny Wong," Mr Peters says.', None),
        ("The Minister was told of the plans.", None),
    ],
)
def test_told_and_a_present_tense_attribution_report_a_statement(text, outcome):
    verb = outcomes.classify(text)
    assert (verb.outcome if verb else None) == outcome


def test_a_day_in_brackets_after_a_relative_day_is_the_meetings_day():
    readout = (
        "President's Media Division\n\nMinister Calls on President\n\nOctober 4, 2024 | News\n\n"
        "Indian External Affairs Minister Dr. S. Jaishankar called on President Anura Kumara Dissanayake in Colombo "
        "this morning (04). He is the first foreign dignitary to visit since the President assumed office on "
        "September 23.\n\nDr. Jaishankar congratulated President Dissanayake on his election victory.\n"
    )
    draft = import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft
    assert draft.date == dt.date(2024, 10, 4)
    assert dates.bracketed_day("met yesterday (30)", dt.date(2024, 10, 1)) == (dt.date(2024, 9, 30), "yesterday (30)")


def test_a_quotation_after_a_quoted_point_without_its_own_attribution_is_the_same_point():
    paragraph = (
        '"The discussion was straightforward," President Niinistö says. "Already in my first meeting with '
        'President Putin in 2012 I told him that every independent nation maximises its own security."'
    )
    assert len(points._prose_points(paragraph)) == 1
    # an attribution of its own is a new point
    assert len(points._prose_points('"We agree," President A says. "We disagree," President B says.')) == 2


def test_a_headline_below_its_date_line_is_the_title_and_its_sides_the_participants_countries():
    readout = (
        "European Council\n\nPress release\n1 April 2022\n19:35\n\n"
        "EU-China summit: restoring peace and security in Ukraine is a shared responsibility\n\n"
        "The 23rd EU-China summit took place today by videoconference. The EU was represented by Charles Michel, "
        "President of the European Council. The EU leaders first held a session with Premier Li Keqiang and then "
        "exchanged with President Xi Jinping.\n\n"
        "EU leaders called on China to use its influence on Russia to bring about a ceasefire in Ukraine.\n"
    )
    draft = import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft
    assert draft.title.startswith("EU-China summit:")
    assert [(p.name, p.country) for p in draft.participants] == [
        ("Charles Michel", "EU"),
        ("Li Keqiang", "CN"),
        ("Xi Jinping", "CN"),
    ]


@pytest.mark.parametrize("verb", ["also joined the meeting", "also took part", "participated in the talks"])
def test_someone_who_also_took_part_is_a_participant(verb):
    text = f"The Prime Minister met President Xi Jinping. Foreign Minister Penny Wong {verb}."
    assert [p.name for p in names.find_people(text)] == ["Xi Jinping", "Penny Wong"]
