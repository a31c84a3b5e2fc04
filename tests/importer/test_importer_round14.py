"""Round 14 (generalisation: names with particles and styles in any language, another place's clock,
several reports in one numbered paragraph, a year from the weekday; docs/import.md "Round 14"): one
test per general rule, each with people, countries and languages other than the set's readout (each
failed before its rule)."""

from __future__ import annotations

import pytest
from importer_accuracy import vocabulary

from briefing_tui.core.importer import import_readout, names


def _draft(readout: str):
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft


def _people(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in names.find_people(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Catalan "i" between two family names
        "The Mayor of Barcelona, Jaume Collboni i Cuadrado, received the Ambassador of Japan, Taro Yamada, today.",
        # Faroese "á" and Scandinavian "av" / "af"
        "The Prime Minister, Bárður á Steig Nielsen, met the President of Iceland, Guðni Jóhannesson, today.",
        "The Minister for Trade, Karin af Wetterstedt, met the Minister of Finance of Norway, Ola Nordmann, today.",
        # Mauritanian "ould" and Tuareg "ag" in lower case
        "The Foreign Minister, Mohamed Salem ould Merzoug, received the Foreign Minister of Mali, Abdoulaye Diop.",
        "The Governor, Mohamed ag Erlaf, received the Foreign Minister of Niger, Bakary Sangaré, today.",
        # Portuguese "do"
        "The Minister of Finance, Ana Paula do Vale, met the Minister of Finance of Angola, Vera Daves, today.",
    ],
)
def test_a_joiner_or_particle_in_any_language_is_part_of_the_name(text):
    # "The <office>, <name>, ...": the name is written between the first two commas
    name = text.split(", ")[1]
    first = names.find_people(text)[0]
    assert (first.name, first.tokens) == (name, name.split())
    assert first.title  # the office before the comma is theirs, not read across the name


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "DHAKA, Jan 8, 2024 (UNB) - Prime Minister Sheikh Hasina received Chinese Ambassador Yao Wen today.",
            "Sheikh Hasina",
        ),
        (
            "MUSCAT, Feb 12, 2024 (ONA) - Deputy Prime Minister Sayyid Fahd received Foreign Minister Penny Wong.",
            "Sayyid Fahd",
        ),
        ("Minister Sheikha Mozah welcomed Foreign Minister Luis Almagro to Doha on Monday.", "Sheikha Mozah"),
    ],
)
def test_a_style_that_is_also_a_name_word_before_one_word_is_the_name(text, first):
    people = names.find_people(text)
    assert people[0].name == first
    assert people[0].tokens == first.split()
    assert people[0].honorific == ""


def test_a_style_inside_a_name_is_a_name_word_and_a_style_before_two_words_stays_a_style():
    # (the bounds of the rule above: these read so before it too)
    assert names.find_people("President Hassan Sheikh Mohamud met President William Ruto in Nairobi today.")[
        0
    ].name == ("Hassan Sheikh Mohamud")
    qatar = names.find_people("Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Secretary Antony Blinken.")
    assert qatar[0].honorific == "Sheikh"


def test_a_dateline_with_a_year_and_an_agency_in_brackets_is_the_sentence_opening():
    # a one-word name after a title is read at a sentence's start; the agency's dateline is part of it
    people = _people("ISLAMABAD, May 2, 2024 (APP) - President Zardari received Turkish Ambassador Mehmet Paçacı.")
    assert people[0][0] == "Zardari"


def test_a_name_after_an_owners_office_ends_at_the_sentences_end():
    assert ("Aaja Chemnitz", "GL") in _people(
        "The Minister met Canada's Foreign Minister, Mélanie Joly, and Greenland's Minister of Foreign Affairs, Aaja Chemnitz."
    )
    assert ("Taro Yamada", "JP") in _people("He also met Japan's Minister of Finance, Taro Yamada.")


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("President of the Spanish Government", "ES"),
        ("Prime Minister of the Italian Government", "IT"),
        ("Vice-President of the Brazilian Government", "BR"),
    ],
)
def test_a_states_adjective_before_the_body_it_governs_gives_the_state(title, code):
    assert names.split_title(title) == (title, code)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Deputy Minister of Unity, Saraswathy a/p Kandasami, met Minister Tony Burke today.",
            "Saraswathy a/p Kandasami",
        ),
        ("Minister M. Kulasegaran a/l Murugeson met Minister Tony Burke today.", "M. Kulasegaran a/l Murugeson"),
        (
            "Senior Minister Tharman s/o Shanmugaratnam met Foreign Minister Wang Yi today.",
            "Tharman s/o Shanmugaratnam",
        ),
    ],
)
def test_son_of_and_daughter_of_as_malaysia_and_singapore_write_them_join_a_name(text, name):
    assert names.find_people(text)[0].name == name


def test_bruneis_pehin_is_a_style_before_the_others():
    first = names.find_people(
        "Minister of Foreign Affairs Pehin Dato Erywan Yusof met Foreign Minister Wang Yi today."
    )[0]
    assert (first.name, first.honorific) == ("Pehin Dato Erywan Yusof", "Pehin Dato")


@pytest.mark.parametrize(
    ("text", "name", "title", "code"),
    [
        (
            "President Lula met Argentine President-elect Javier Milei in Brasília today.",
            "Javier Milei",
            "President-elect",
            "AR",
        ),
        (
            "Chancellor Olaf Scholz spoke with Chancellor-designate Friedrich Merz today.",
            "Friedrich Merz",
            "Chancellor-designate",
            "",
        ),
    ],
)
def test_an_office_not_yet_taken_up_is_a_title(text, name, title, code):
    assert (name, title, code) in [(p.name, p.title, p.country) for p in names.find_people(text)]
