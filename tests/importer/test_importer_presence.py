"""Session 4, round 3 (issue #16): who took part, precision first. The participants are the people
the meeting sentence says met and their explicit joiners; people who attended, accompanied, were
present, in a delegation, met at another time or only named are not. Each test is one rule."""

from __future__ import annotations

from briefing_tui.core.importer import import_readout, names


def _readout(lead: str, *after: str, title: str = "President A meets President B") -> str:
    paragraphs = "\n\n".join(after)
    return (
        f"Office of the President\nRepublic of Rwanda\n\n{title}\n\n18 April 2023\n\n{lead}\n\n{paragraphs}\n\n"
        "The two leaders discussed trade.\n\nPresident Paul Kagame stressed the value of cooperation.\n"
    )


def _families(readout: str) -> list[str]:
    return [p.family_name for p in import_readout(readout).draft.participants]


LEAD = "President Paul Kagame today held talks in Kigali with the Prime Minister of Barbados, Hon. Mia Amor Mottley."


def test_officials_who_attended_the_talks_are_not_participants():
    readout = _readout(
        LEAD, "Minister of Foreign Affairs Vincent Biruta and Minister Kerrie Symmonds attended the talks."
    )
    assert _families(readout) == ["Kagame", "Mottley"]


def test_members_of_a_delegation_are_not_participants():
    readout = _readout(
        LEAD, "Minister of Foreign Affairs Vincent Biruta and Minister Kerrie Symmonds were part of the delegations."
    )
    assert _families(readout) == ["Kagame", "Mottley"]


def test_a_spouse_who_accompanied_is_not_a_participant():
    readout = _readout(
        LEAD, "Prime Minister Mottley, who is on a visit to Rwanda, is accompanied by Mr. Rodney Mottley Jr."
    )
    assert _families(readout) == ["Kagame", "Mottley"]


def test_people_present_at_the_venue_are_not_participants():
    readout = _readout(LEAD, "Present at the venue were Prime Minister Edouard Ngirente and other senior leaders.")
    assert _families(readout) == ["Kagame", "Mottley"]


def test_someone_who_received_the_guest_at_the_airport_met_them_at_another_time():
    readout = _readout(
        LEAD, "The talks lasted two hours. The guest was received at the airport by Prime Minister Edouard Ngirente."
    )
    assert _families(readout) == ["Kagame", "Mottley"]


def test_people_only_named_in_the_opening_paragraph_are_not_participants():
    lead = LEAD + " The visit follows that of Prime Minister Edouard Ngirente to Bridgetown in 2022."
    assert _families(_readout(lead)) == ["Kagame", "Mottley"]


def test_someone_who_also_took_part_in_the_call_and_speaks_in_it_is_a_participant():
    # Round 5: one who "also took part" and never speaks is a delegate (test_importer_round5.py).
    readout = _readout(
        "President Paul Kagame held a telephone call today with the Prime Minister of Barbados, Hon. Mia Amor Mottley.",
        "The call lasted an hour. Minister of Foreign Affairs Kerrie Symmonds of Barbados also took part in the call.",
        "Minister Symmonds stressed the value of the new air link.",
        title="President A speaks with Prime Minister B",
    )
    assert _families(readout) == ["Kagame", "Mottley", "Symmonds"]


def test_the_leaders_a_summit_was_attended_by_are_its_participants_and_so_is_its_chair():
    readout = _readout(
        "Today, President of the Kyrgyz Republic Sadyr Japarov took part in the first China – Central Asia Summit in Xi'an.",
        "The summit, chaired by President of the People's Republic of China Xi Jinping, was also attended by President "
        "of the Republic of Kazakhstan Kassym-Jomart Tokayev and President of the Republic of Tajikistan Emomali Rahmon.",
        title="Sadyr Japarov takes part in the first China – Central Asia Summit",
    )
    assert _families(readout) == ["Japarov", "Xi", "Tokayev", "Rahmon"]


def test_outside_a_summit_those_a_meeting_was_attended_by_are_attendants():
    readout = _readout(LEAD, "The meeting was also attended by Minister of Foreign Affairs Vincent Biruta.")
    assert _families(readout) == ["Kagame", "Mottley"]


def test_a_party_body_in_a_title_is_not_a_person():
    people = names.find_people(
        "General Secretary of the Lao People's Revolutionary Party Central Committee and President of the Lao PDR "
        "Thongloun Sisoulith and General Secretary of the Communist Party of China Central Committee and President of "
        "the People's Republic of China Xi Jinping held talks via video link this afternoon."
    )
    assert [p.name for p in people] == ["Thongloun Sisoulith", "Xi Jinping"]


def test_a_call_of_three_sides_is_a_multilateral_meeting_by_telephone():
    """docs/schema.md: the kind counts the sides, the medium says how (the bundled Quad call)."""
    readout = (
        "Bahrain News Agency\n\nHM the King holds call with US President and Israeli Prime Minister\n\n"
        "Manama, Sep. 15 (BNA)\n\n"
        "His Majesty King Hamad bin Isa Al Khalifa today held a telephone call with United States President Donald J. "
        "Trump and Prime Minister of the State of Israel Benjamin Netanyahu.\n\nThe leaders discussed peace.\n"
    )
    draft = import_readout(readout).draft
    assert len({p.country for p in draft.participants}) == 3
    assert (draft.kind, draft.medium) == ("multilateral-meeting", "telephone")


# --- durations (holdout5 h61, h65; dev5 h03) ------------------------------------------------------


def test_a_start_that_ended_at_a_time_is_a_range():
    from briefing_tui.core.importer import times

    reading = times.read_times("The talks began at 10:30 hrs and ended at 12:00 hrs, after which they met the press.")
    assert reading.start is not None and reading.end is not None
    assert (reading.end.hour, reading.end.minute) == (12, 0)


def test_an_hour_and_a_quarter_is_seventy_five_minutes():
    from briefing_tui.core.importer import durations

    found = durations.find_duration("The meeting lasted for approximately one hour and a quarter.")
    assert found is not None and (found.minutes, found.approximate) == (75, True)


def test_a_duration_in_the_paragraph_after_the_opening_one_is_the_meetings():
    draft = import_readout(_readout(LEAD, "The talks lasted two hours.")).draft
    assert (draft.duration_minutes, draft.duration_approximate) == (120, False)


# --- written forms (holdout5 h55, h64, h66) --------------------------------------------------------


def test_an_office_between_the_honorific_and_the_name_is_the_title():
    (king,) = names.find_people("His Majesty King Hamad bin Isa Al Khalifa today held a telephone call.")
    assert (king.name, king.honorific, king.title) == ("Hamad bin Isa Al Khalifa", "His Majesty", "King")


def test_the_most_hon_is_an_honorific():
    (pm,) = names.find_people("Prime Minister, the Most Hon. Andrew Holness, held bilateral talks.")
    assert (pm.name, pm.honorific) == ("the Most Hon. Andrew Holness", "the Most Hon.")


def test_a_degree_in_brackets_after_a_name_is_part_of_its_written_form():
    people = names.find_people("Prime Minister Abiy Ahmed (PhD) today hosted President Emmanuel Macron for lunch.")
    assert [p.name for p in people] == ["Abiy Ahmed (PhD)", "Emmanuel Macron"]


# --- venues (holdout5 h61, h62) ------------------------------------------------------------------


def test_a_city_name_with_a_lowercase_particle_is_read_whole():
    from briefing_tui.core.importer import meeting

    venue = meeting.venue_of(
        "The President held talks with the Vice President at State House in Dar es Salaam.", remote=False
    )
    assert (venue.text, venue.zone) == ("Dar es Salaam, Tanzania", "Africa/Dar_es_Salaam")


def test_in_the_city_of_a_place_typed_with_a_plain_apostrophe():
    from briefing_tui.core.importer import meeting

    venue = meeting.venue_of(
        "President Sadyr Japarov took part in the first summit in the city of Xi'an.", remote=False
    )
    assert venue.zone == "Asia/Shanghai"


# --- first person (holdout5 h63) -------------------------------------------------------------------


def test_a_first_person_statement_is_by_its_byline_with_post_nominals_after_a_comma():
    readout = (
        "Office of the Prime Minister\nIndependent State of Papua New Guinea\n\nMEDIA STATEMENT\n\n"
        "Hon. James Marape, MP\nPrime Minister of Papua New Guinea\n\n"
        "PNG AND AUSTRALIA TO FINALISE SECURITY TREATY – PM MARAPE\n\nThursday 12th January 2023\n\n"
        "I was honoured today to welcome my good friend and counterpart, the Hon Anthony Albanese MP, Prime Minister "
        "of Australia, to Port Moresby.\n\nWe agreed to finalise the treaty.\n"
    )
    draft = import_readout(readout).draft
    assert [(p.name, p.country) for p in draft.participants] == [
        ("Hon. James Marape, MP", "PG"),
        ("the Hon Anthony Albanese MP", "AU"),
    ]


# --- page furniture (holdout5 h66) ----------------------------------------------------------------


def test_a_photo_caption_and_story_highlights_are_neither_the_lead_nor_points():
    readout = (
        "Jamaica Information Service\n\nPM Holness Meets US Secretary of State Rubio\n\n"
        "By: Chris Patterson, March 26, 2025\n\nPhoto: Yhomo Hutchinson\n"
        "Prime Minister, the Most Hon. Andrew Holness (right), greets United States Secretary of State, Marco Rubio, "
        "at Jamaica House on March 26.\n\nStory Highlights\n"
        "- The Prime Minister and the Secretary of State discussed security cooperation and Haiti.\n"
        "- Jamaica is the first stop on Secretary Rubio's Caribbean tour.\n\n"
        "Prime Minister, the Most Hon. Andrew Holness, held bilateral talks with United States Secretary of State, "
        "Marco Rubio, at Jamaica House in St. Andrew on Wednesday (March 26).\n\n"
        "The meeting started shortly after 10:00 a.m. and was followed by a joint press briefing.\n\n"
        "The two leaders discussed the situation in Haiti.\n\nSecretary Rubio said that the United States would help.\n"
    )
    draft = import_readout(readout).draft
    assert (draft.start is not None and draft.start.hour, draft.start_approximate) == (10, True)
    assert len(draft.points) == 2


def test_people_left_out_are_named_in_a_note_for_review():
    readout = _readout(LEAD, "Minister of Foreign Affairs Vincent Biruta attended the talks.")
    notes = import_readout(readout).draft.notes
    assert any("left out: Vincent Biruta" in note for note in notes)
