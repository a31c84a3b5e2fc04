"""Session 4, round 4: one test per rule learnt on holdout6 (each failed before its rule)."""

from __future__ import annotations

import datetime as dt

import pytest
from importer_accuracy import vocabulary

from briefing_tui.core.importer import dates, import_readout, names, outcomes, presence, text


def _date(readout: str) -> dt.date:
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft.date


@pytest.mark.parametrize(
    ("stamp", "lead", "day"),
    [
        # published on Saturday 9 March, met "on Friday": 8 March
        ("9 March 2024", "Prime Minister A held talks with President B in Palm Beach on Friday.", dt.date(2024, 3, 8)),
        # published the same Friday
        ("8 March 2024", "Prime Minister A met President B on Friday evening.", dt.date(2024, 3, 8)),
        # published on Tuesday 12 March, met "on Sunday": 10 March
        ("12 March 2024", "On Sunday, Minister A spoke with Minister B by telephone.", dt.date(2024, 3, 10)),
    ],
)
def test_a_lone_weekday_is_the_last_such_day_up_to_the_release(stamp, lead, day):
    readout = f"Talks\n\n{stamp}\n\n{lead}\n\nPrime Minister A stressed that peace is needed.\n"
    assert _date(readout) == day


def test_a_lone_weekday_needs_a_publication_date():
    assert dates.weekday_day("met on Friday", None) is None


@pytest.mark.parametrize(
    "span",
    ["from 22 to 23 March 2024", "on 22-23 March 2024", "from March 22 to 23, 2024", "22nd and 23rd March 2024"],
)
def test_a_visits_span_of_days_is_not_the_meetings_date(span):
    readout = (
        "Bilateral talks\n\nThimphu, 22nd March 2024\n\n"
        "Prime Minister A held bilateral talks with Prime Minister B in Thimphu today. "
        f"Prime Minister B is on a State Visit {span} at the invitation of the King.\n\n"
        "Prime Minister A thanked Prime Minister B for his support.\n"
    )
    assert _date(readout) == dt.date(2024, 3, 22)


def test_a_single_date_in_the_lead_still_wins():
    readout = (
        "Talks\n\n25 March 2024\n\nOn 22 March 2024, Prime Minister A met Prime Minister B in Thimphu, "
        "during a visit to 23 places.\n\nPrime Minister A thanked Prime Minister B.\n"
    )
    assert _date(readout) == dt.date(2024, 3, 22)


@pytest.mark.parametrize("bracket", ["(10.30 am to 12.15 pm in Dakar)", "(midnight in Dakar)", "(13:00 in Dakar)"])
def test_a_place_in_a_bracket_giving_the_time_elsewhere_is_not_the_venue(bracket):
    readout = (
        "Working lunch\n\n20 June 2024\n\n"
        "President A was received today at the presidential palace by President B for a working lunch.\n\n"
        f"The lunch began at 12.30 pm {bracket}.\n\n"
        "President A is in Paris for a forum on vaccines.\n\n"
        "The two Presidents discussed the partnership.\n"
    )
    draft = import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft
    assert (draft.venue, draft.zone) == ("Paris, France", "Europe/Paris")


@pytest.mark.parametrize(
    ("masthead", "code"),
    [("Presidencia de la República de Panamá", "PA"), ("Présidence de la République du Sénégal", "SN")],
)
def test_a_masthead_in_the_pages_language_names_the_publisher(masthead, code):
    publisher = text.named_publisher(f"{masthead}\n\nNews\n\nPresident A meets President B\n")
    assert publisher is not None and publisher.country == code


def test_a_headline_that_tells_of_a_meeting_is_no_masthead():
    header = "Noticias\n\nPresident Mulino receives U.S. Secretary of State Marco Rubio at the palace\n"
    assert text.named_publisher(header) is None


def test_a_title_comma_name_comma_before_a_passive_verb_names_a_person():
    lead = "The President of the Republic, Luis Lacalle Pou, was received by the President of China, Xi Jinping, in Beijing."
    assert [p.name for p in names.find_people(lead)] == ["Luis Lacalle Pou", "Xi Jinping"]


@pytest.mark.parametrize(
    "lead",
    [
        "Today, the President of the Republic of Tajikistan, Honourable Emomali Rahmon had a telephone conversation with "
        "the President of the Russian Federation Vladimir Putin.",
        "Today, Honorable Emomali Rahmon had a telephone conversation with the President of the Russian Federation "
        "Vladimir Putin.",
    ],
)
def test_honourable_alone_is_an_honorific(lead):
    assert [p.tokens[-1] for p in names.find_people(lead)] == ["Rahmon", "Putin"]


def test_an_office_of_a_body_for_a_remit_is_a_title_before_a_name():
    lead = (
        "Prime Minister Nikol Pashinyan met United States Secretary of State Antony Blinken and "
        "High Representative of the European Union for Foreign Affairs and Security Policy Josep Borrell."
    )
    found = names.find_people(lead)
    assert [p.name for p in found] == ["Nikol Pashinyan", "Antony Blinken", "Josep Borrell"]
    assert found[-1].title == "High Representative of the European Union for Foreign Affairs and Security Policy"


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Javier Ortega and Minister Ana Ruiz also took part on the Panamanian side.",
        "Foreign Minister Javier Ortega also took part on the side of Panama.",
    ],
)
def test_people_taking_part_on_one_side_are_its_delegation(sentence):
    assert not presence.takes_part(sentence, summit=False)
    assert presence.takes_part("Foreign Minister Javier Ortega also took part in the talks.", summit=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "This principle has already been agreed upon by the leaders of the two countries.",
        "The text had been discussed by the experts in March.",
        "Government Spokesman Mr Petros Petrou briefed journalists on the outcome of the Summit.",
        "Presidential Aide Yury Ivanov briefed the press on the conversation.",
        "The President presented the Pope with a traditional tais woven in the colours of the Vatican.",
    ],
)
def test_a_sentence_that_reports_nothing_said_at_the_meeting_has_no_reporting_verb(sentence):
    assert outcomes.classify(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed that officials would meet again.",
        "The Minister briefed his counterpart on the situation.",
        "The President presented his plan for the region.",
    ],
)
def test_the_same_verbs_still_report_a_point(sentence):
    assert outcomes.classify(sentence) is not None
