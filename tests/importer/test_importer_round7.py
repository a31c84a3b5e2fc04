"""Session 7, round 7: one test per general rule (each failed before its rule)."""

from __future__ import annotations

import pytest
from importer_accuracy import vocabulary

from briefing_tui.core.importer import import_readout


def _draft(readout: str):
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft


@pytest.mark.parametrize("phrase", ["shortly after 12 noon", "around 12 midnight"])
def test_twelve_noon_is_one_time_and_keeps_its_approximation(phrase):
    from briefing_tui.core.importer import times

    (clock,) = times.find_clocks(f"The lunch began {phrase} and lasted an hour.")
    assert clock.approximate and clock.text.startswith("12 ")


def test_a_bracket_with_a_time_written_15h00_is_the_other_sides_clock():
    draft = _draft(
        "Talks\n\n05 May 2023\n\nThe President of the Republic, Filipe Nyusi, held official talks yesterday with the "
        "Prime Minister of Japan, Fumio Kishida, at the Ponta Vermelha Palace in Maputo. The talks began at 15h00 "
        "(22h00 in Tokyo) and lasted about an hour.\n\nThe two leaders reviewed cooperation.\n"
    )
    assert draft.zone == "Africa/Maputo"
    assert draft.venue.startswith("Ponta Vermelha Palace") or draft.venue.startswith("Maputo")


@pytest.mark.parametrize(
    "place",
    [
        "the Sir Edney Cain Building",
        "the Sir Seretse Khama Hall",
        "the Dr. Kwame Nkrumah Conference Centre",
        "the President Nelson Mandela Room",
    ],
)
def test_a_building_named_after_a_person_is_no_person(place):
    from briefing_tui.core.importer import names

    people = names.find_people(
        f"This morning I welcomed Her Excellency Dr. Tsai Ing-wen, President of the Republic of China (Taiwan), "
        f"to {place} in Belmopan for bilateral talks."
    )
    assert [p.name for p in people] == ["Her Excellency Dr. Tsai Ing-wen"]


def test_a_by_line_with_the_authors_office_after_a_comma_names_the_first_person():
    draft = _draft(
        "GOVERNMENT OF BELIZE\nOffice of the Prime Minister\n\n"
        "Statement by the Prime Minister on the State Visit of the President of Taiwan\n\n"
        "Belmopan. April 3, 2023.\nBy Hon. John Briceño, Prime Minister of Belize\n\n"
        "This morning I had the honour of welcoming Her Excellency Dr. Tsai Ing-wen, President of the Republic of "
        "China (Taiwan), to Belmopan for bilateral talks between our two governments.\n\n"
        "We agreed to deepen cooperation in agriculture.\n"
    )
    assert [(p.name, p.country) for p in draft.participants] == [
        ("Hon. John Briceño", "BZ"),
        ("Her Excellency Dr. Tsai Ing-wen", "TW"),
    ]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("donderdag 17 september 2020 | Communicatie Dienst Suriname (CDS)", "2020-09-17"),
        ("martes, 3 de junio de 2025", "2025-06-03"),
        ("17 września 2020", "2020-09-17"),
        ("mercredi 3 juillet 2024", "2024-07-03"),
        ("Rabu, 15 Mei 2024", "2024-05-15"),
    ],
)
def test_a_date_line_in_the_pages_language_with_its_weekday(line, day):
    from briefing_tui.core.importer import dates

    assert str(dates.parse_date_line(line)) == day


def test_the_shipped_calendar_words_are_what_babel_gives():
    pytest.importorskip("babel")
    from importlib import resources

    from briefing_tui.core.importer import calendar_words

    shipped = resources.files("briefing_tui.core.importer").joinpath("data", calendar_words.WORDS_FILE).read_bytes()
    assert shipped == calendar_words.build_words(), "run: python -m briefing_tui.core.importer.calendar_words"


def test_a_masthead_naming_a_state_beats_another_ministry_the_text_talks_about():
    draft = _draft(
        "REPUBLIC OF PALAU\nOffice of the President\n\nPRESS RELEASES\n\n"
        "President Whipps joins Pacific leaders by video conference\n\nPosted on July 2, 2021\n\n"
        "President Surangel S. Whipps, Jr. today joined the meeting, held by video conference with Japanese Prime "
        "Minister SUGA Yoshihide.\n\nPresident Whipps thanked Japan for the vaccines.\n\n"
        "The Declaration is available on the website of the Ministry of Foreign Affairs of Japan.\n"
    )
    assert draft.publisher == "Office of the President"
    assert [(p.family_name, p.country) for p in draft.participants] == [("Whipps", "PW"), ("Suga", "JP")]


def test_an_office_a_name_and_its_country_after_a_comma_is_the_next_person():
    from briefing_tui.core.importer import names

    people = names.find_people(
        "President Isaias Afwerki, President Abdel Fattah El-Sisi of Egypt and President Hassan Sheikh Mohamud "
        "of Somalia held a Tripartite Summit today at Denden Hall in Asmara."
    )
    assert [(p.name, p.country) for p in people] == [
        ("Isaias Afwerki", ""),
        ("Abdel Fattah El-Sisi", "EG"),
        ("Hassan Sheikh Mohamud", "SO"),
    ]


def test_a_title_opened_by_a_countrys_name_of_two_words_then_a_name_between_commas():
    from briefing_tui.core.importer import names

    people = names.find_people(
        "President Dr. Mohamed Irfaan Ali this afternoon received a telephone call from the United States "
        "Secretary of State, Antony Blinken."
    )
    assert [(p.name, p.country, p.title) for p in people][1:] == [("Antony Blinken", "US", "Secretary of State")]


def test_a_numbered_paragraph_that_reports_nothing_is_no_point():
    draft = _draft(
        "MEDIA RELEASE\n\nTalks in Beijing\n\nTuesday 7 January 2020\n\n"
        "1. President Taneti Maamau held official talks yesterday with President Xi Jinping in Beijing.\n\n"
        "2. President Maamau thanked President Xi for the warm welcome.\n\n"
        "3. The two leaders then witnessed the signing of several cooperation documents in the hall.\n\n"
        "4. The two Presidents agreed to expand cooperation in fisheries.\n"
    )
    assert [p.verb for p in draft.points] == ["thanked", "agreed"]


def test_a_paragraph_that_opens_with_another_day_of_the_week_is_background():
    draft = _draft(
        "News\n\nPresident receives call\n\nDecember 6, 2023\n\n"
        "President Mohamed Irfaan Ali this afternoon received a telephone call from Secretary of State Antony Blinken.\n\n"
        "On Sunday, Venezuela held a referendum. President Nicolás Maduro has since announced a new state.\n\n"
        "During the call, Secretary Blinken reaffirmed the support of the United States.\n\n"
        "They agreed to stay in close contact.\n"
    )
    assert [p.verb for p in draft.points] == ["reaffirmed", "agreed"]


def test_a_title_case_headline_that_goes_on_to_a_building_keeps_its_person():
    from briefing_tui.core.importer import names

    people = names.find_people("President William Ruto Hosts Prime Minister Narendra Modi At State House")
    assert "Narendra Modi" in [p.name for p in people]


def test_with_no_date_found_another_weekday_says_nothing():
    draft = _draft(
        "News\n\nPresident receives call\n\n"
        "President Mohamed Irfaan Ali received a telephone call from Secretary of State Antony Blinken.\n\n"
        "During the call, Secretary Blinken reaffirmed the support of the United States.\n\n"
        "On Monday, the Secretary said Washington would send a team. On Tuesday, President Ali welcomed it.\n\n"
        "On Wednesday, President Ali welcomed the offer.\n\n"
        "On Thursday, President Ali welcomed the offer.\n\n"
        "On Friday, President Ali welcomed the offer.\n\n"
        "On Saturday, President Ali welcomed the offer.\n\n"
        "On Sunday, President Ali welcomed the offer.\n"
    )
    assert len(draft.points) == 8  # "said" and "welcomed" on Monday are two
