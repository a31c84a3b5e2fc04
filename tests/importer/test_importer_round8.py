"""Session 8, round 8: one test per general rule (each failed before its rule)."""

from __future__ import annotations

import datetime as dt

from importer_accuracy import vocabulary

from briefing_tui.core.importer import import_readout


def _draft(readout: str):
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft


def test_between_two_dotted_times_and_hours_is_a_range():
    draft = _draft(
        "Talks\n\n13/09/2019\n\nThe Prime Minister, Ana Lopes, received today in Lisbon the President of Chile, "
        "Pedro Soto. The meeting took place between 11.40 and 12.30 hours.\n\nThe two reviewed cooperation.\n"
    )
    assert (draft.start.hour, draft.start.minute) == (11, 40)
    assert draft.duration_minutes == 50


def test_yesterday_in_a_dateline_of_the_day_after_a_leap_day():
    draft = _draft(
        "Talks\n\nLisbon, Friday 1 March 2024 – The Prime Minister, Ana Lopes, yesterday held talks with the "
        "President of Chile, Pedro Soto, in Lisbon.\n\nThe two reviewed cooperation.\n"
    )
    assert draft.date == dt.date(2024, 2, 29)


def test_a_time_given_only_in_gmt_is_that_instant_on_the_meetings_clock():
    draft = _draft(
        "Summit\n\nAbuja, 27 July 2020\n\nThe Economic Community of West African States held an Extraordinary Summit "
        "in Abuja today. The Summit was chaired by H.E. Mahamadou Issoufou, President of the Republic of Niger, "
        "from 11:00 to 14:30 GMT.\n\nThe Summit decided to send a mission.\n"
    )
    assert draft.zone == "Africa/Lagos"
    assert (draft.start.hour, draft.start.minute) == (12, 0)
    assert draft.duration_minutes == 210
    (stated,) = draft.stated_times
    assert (stated.zone, stated.time.hour, stated.text) == ("Etc/GMT", 11, "from 11:00 to 14:30 GMT")


def test_an_organisations_masthead_with_its_abbreviation_publishes_and_its_head_comes_first():
    draft = _draft(
        "EAST AFRICAN COMMUNITY (EAC)\nNewsroom\n\nSummit\n\n27 July 2020\n\nThe Summit was chaired by H.E. Paul "
        "Kagame, President of the Republic of Rwanda, and attended by H.E. Peter Mathuki, Secretary General of the "
        "EAC.\n\nThe Summit decided to send a mission.\n"
    )
    assert draft.publisher == "East African Community"
    assert draft.zone == "Africa/Dar_es_Salaam"
    assert [p.country for p in draft.participants][:1] == ["EAC"]


def test_a_person_met_earlier_in_the_day_in_a_background_sentence_is_no_participant():
    draft = _draft(
        "Talks\n\n5 September 2024\n\nThe Prime Minister, Dr. Ana Lopes, received the Secretary of State of the "
        "United States, Mr. Antony J. Blinken, today in Lisbon.\n\nThe visit is the first since 2015. Earlier in the "
        "day, the Secretary met the President of the Council, Pedro Soto, and members of the Council.\n\n"
        "The Prime Minister informed the Secretary of the situation.\n"
    )
    assert [p.family_name for p in draft.participants] == ["Lopes", "Blinken"]
