"""Round 10 (generality, learnt on holdout13): one test per general rule (each failed before its rule)."""

from __future__ import annotations

import datetime as dt

import pytest
from importer_accuracy import vocabulary

from briefing_tui.core.importer import import_readout, times


def _draft(readout: str):
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft


def test_a_time_labelled_with_any_geonames_city_is_in_that_citys_zone():
    # Neither city is in the short table: GeoNames knows both.
    assert times.zone_for_place("Kinshasa") == "Africa/Kinshasa"
    assert times.zone_for_place("Bishkek") == "Asia/Bishkek"
    draft = _draft(
        "Press release\n\n23 May 2024\n\n"
        "President Alpha Beta had a telephone conversation on Thursday with Minister Gamma Delta.\n\n"
        "The call started at 15h00 Kinshasa time and lasted about twenty minutes.\n\n"
        "Minister Delta expressed support for the peace process.\n"
    )
    assert draft.zone == "Africa/Kinshasa"
    assert draft.start == dt.datetime(2024, 5, 23, 15, 0)


def test_a_relative_day_after_since_does_not_date_the_meeting():
    from briefing_tui.core.importer import dates

    published = dt.date(2024, 12, 21)
    assert dates.relative_day("Y, who has been here since yesterday evening, met X this morning.", published) == (
        published,
        "this morning",
    )
    draft = _draft(
        "News\n\nSaturday 21 December 2024\n\n"
        "Djibouti, 21/12/2024 (ADI) – President Alpha Beta held talks this Saturday morning with "
        "President Gamma Delta, who has been in Djibouti since yesterday evening.\n\n"
        "The talks began at 9h30 and lasted about forty minutes.\n\n"
        "President Delta said that the partnership was strong.\n"
    )
    assert draft.date == dt.date(2024, 12, 21)


# A time that is not the meeting's (an arrival, a welcome with honours) in one paragraph, the
# meeting's own in the next: (readout, start, minutes, approximate).
_ASIDE_THEN_MEETING = [
    (
        "Press Releases\n\nDecember 3, 2024\n\n"
        "Majuro – President Alpha Beta and President Gamma Delta held a bilateral meeting this afternoon in Majuro.\n\n"
        "President Delta arrived at the airport at noon today after a five-hour flight from Honolulu.\n\n"
        "The meeting began at 2:00 p.m. local time and lasted about 45 minutes.\n\n"
        "President Beta welcomed President Delta to Majuro.\n",
        dt.datetime(2024, 12, 3, 14, 0),
        45,
        True,
    ),
    (
        "News\n\n06/12/2023\n\n"
        "President Alpha Beta today welcomed the President of the Italian Republic, Sergio Mattarella, in the "
        "square at 10.30, with the honours of the Guard and the national anthems.\n\n"
        "Following the welcome ceremony, the official talks between President Beta and President Mattarella "
        "were held at the Palace from 11.00 to 12.15.\n\n"
        "President Mattarella said that Italy looks with friendship at its neighbour.\n",
        dt.datetime(2023, 12, 6, 11, 0),
        75,
        False,
    ),
]


@pytest.mark.parametrize(("readout", "start", "minutes", "approximate"), _ASIDE_THEN_MEETING)
def test_a_time_that_is_not_the_meetings_gives_way_to_the_meetings_in_the_next_paragraph(
    readout, start, minutes, approximate
):
    draft = _draft(readout)
    assert draft.start == start
    assert (draft.duration_minutes, draft.duration_approximate) == (minutes, approximate)


def test_letters_after_a_name_and_its_comma_are_kept_with_or_without_full_stops():
    draft = _draft(
        "Press Releases\n\nFebruary 16, 2023\n\n"
        "NASSAU -- Prime Minister and Minister of Finance, the Hon. Philip Edward Davis, K.C., M.P., held a "
        "bilateral meeting with the Prime Minister of Canada, the Rt. Hon. Justin Trudeau, P.C., M.P., "
        "on Thursday, February 16, 2023.\n\n"
        "Prime Minister Davis thanked Canada for its partnership.\n"
    )
    assert [p.name for p in draft.participants] == [
        "the Hon. Philip Edward Davis, K.C., M.P.",
        "the Rt. Hon. Justin Trudeau, P.C., M.P.",
    ]
    assert [p.family_name for p in draft.participants] == ["Davis", "Trudeau"]


def test_a_place_the_opening_of_a_call_names_gives_its_country_to_a_participant_without_one():
    draft = _draft(
        "Politique\n\n23 May 2024\n\n"
        "President Félix Tshisekedi had a telephone conversation on Thursday, from the Cité de l'Union "
        "Africaine in Kinshasa, with the Secretary of State of the United States of America, Antony Blinken.\n\n"
        "Mr. Blinken expressed the support of the United States for the Luanda process.\n"
    )
    assert draft.kind == "telephone-talk"
    assert draft.venue == ""
    assert [p.country for p in draft.participants] == ["CD", "US"]


def test_demanded_is_a_request():
    from briefing_tui.core.importer import outcomes

    verb = outcomes.classify(
        "He demanded the immediate and unconditional withdrawal of the M23 from all its positions."
    )
    assert verb is not None and verb.outcome == "requested"


def test_principals_named_only_by_office_in_the_opening_come_from_the_caption_before_a_later_paragraph():
    draft = _draft(
        "News\n\nThursday, 21 November 2024\n\n"
        "GIS, St George's – The Prime Minister of Grenada held bilateral talks with the Prime Minister of India "
        "yesterday (Wednesday 20 November) in Georgetown, Guyana.\n\n"
        "The meeting was held at 5:00 p.m. Guyana time and lasted approximately 30 minutes.\n\n"
        "The Summit, which Prime Minister Mitchell co-chaired with Prime Minister Modi, was hosted by the "
        "President of Guyana, His Excellency Dr. Mohamed Irfaan Ali.\n\n"
        "Prime Minister Modi congratulated Prime Minister Mitchell on his chairmanship of CARICOM.\n\n"
        "PHOTO: Prime Minister Hon. Dickon Mitchell (right) with Prime Minister of India, Shri Narendra Modi, "
        "in Georgetown, Guyana.\n"
    )
    assert [p.name for p in draft.participants] == ["Hon. Dickon Mitchell", "Shri Narendra Modi"]


def test_a_time_in_the_sentence_that_receives_the_guest_stays_the_start():
    # The sentence is not cut at "Mr." and "received" tells of the meeting: a lunch's time after it
    # is not the start.
    draft = _draft(
        "News\n\n5 May 2024\n\n"
        "On 5 May 2024, at 10:00, Mr. Alpha Beta received Mr. Gamma Delta at the Palace.\n\n"
        "At 13:00, the two leaders had lunch together.\n\n"
        "Mr. Delta said that the partnership was strong.\n"
    )
    assert draft.start == dt.datetime(2024, 5, 5, 10, 0)
