"""Round 16 (generalisation: durations in words, zone abbreviations several countries use, a start
in "local time" beside another place's clock, ...; docs/import.md "Round 16"): one test per general
rule, each with people, countries and languages other than the set's readout (each failed before
its rule)."""

from __future__ import annotations

import pytest
from importer_accuracy import vocabulary

from briefing_tui.core.importer import import_readout


def _draft(readout: str):
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft


@pytest.mark.parametrize(
    ("phrase", "minutes", "approximate"),
    [
        ("for roughly a quarter of an hour", 15, True),
        ("for three quarters of an hour", 45, False),
        ("for about three-quarters of an hour", 45, True),
    ],
)
def test_a_quarter_of_an_hour_is_fifteen_minutes(phrase, minutes, approximate):
    draft = _draft(
        "Ministry of Foreign Affairs of Finland\n\nPress release\n\n14 March 2024\n\n"
        f"Foreign Minister Elina Valtonen met Estonian Foreign Minister Margus Tsahkna in Helsinki {phrase} "
        "before the Nordic-Baltic meeting.\n\nThe ministers discussed support for Ukraine.\n"
    )
    assert (draft.duration_minutes, draft.duration_approximate) == (minutes, approximate)


@pytest.mark.parametrize(
    ("publisher", "lead", "zone"),
    [
        # Israel's clock is "IST" in winter in the tz tables: not India's
        (
            "Israel Ministry of Foreign Affairs",
            "Israeli Foreign Minister Eli Cohen met Greek Foreign Minister Giorgos Gerapetritis in Athens at "
            "11:00 local time (11:00 IST) on 12 February 2024.",
            "Asia/Jerusalem",
        ),
        # "PST" in a Pakistani release is Pakistan Standard Time (not the tables' name, "PKT")
        (
            "Ministry of Foreign Affairs, Pakistan",
            "Foreign Minister Ishaq Dar met Turkish Foreign Minister Hakan Fidan in Ankara at noon local time "
            "(2:00 pm PST) on 12 February 2024.",
            "Asia/Karachi",
        ),
    ],
)
def test_a_zone_abbreviation_several_countries_use_is_the_readouts_countrys(publisher, lead, zone):
    draft = _draft(f"{publisher}\n\nPress release\n\n{lead}\n\nThe two ministers discussed regional security.\n")
    assert [s.zone for s in draft.stated_times] == [zone]


def test_pacific_time_stays_the_usual_one_when_the_us_is_a_side():
    draft = _draft(
        "Press release\n\n12 February 2024\n\nGovernor Gavin Newsom met Mexican President Andrés Manuel López "
        "Obrador in Mexico City at 10:00 a.m. local time (8:00 a.m. PST).\n\nThey discussed migration.\n"
    )
    assert [s.zone for s in draft.stated_times] == ["America/Los_Angeles"]


def test_an_unknown_venues_local_time_beside_the_publishers_clock_is_a_sides_zone():
    # an agency based in Geneva (its home clock) reports a meeting whose place it does not name in
    # a way the tables know; "local time" is not Geneva's when Geneva's clock is given beside it
    draft = _draft(
        "World Health Organization\n\nNews release\n\n3 July 2023\n\n"
        "WHO Director-General Tedros Adhanom Ghebreyesus met President Luiz Inácio Lula da Silva of Brazil "
        "at the Palácio do Planalto. The meeting began at 9 a.m. local time (2 p.m. in Geneva).\n\n"
        "They discussed health financing.\n"
    )
    assert draft.zone == "America/Sao_Paulo"


def test_local_time_equal_to_the_named_citys_clock_is_still_anothers():
    draft = _draft(
        "United Nations Children's Fund\n\nPress release\n\n20 June 2022\n\n"
        "UNICEF Executive Director Catherine Russell met President Luis Arce of Bolivia at the Casa Grande "
        "del Pueblo. The meeting began at 10 a.m. local time (10 a.m. in New York).\n\n"
        "They discussed child nutrition.\n"
    )
    assert draft.zone == "America/La_Paz"


@pytest.mark.parametrize(
    ("lead", "first"),
    [
        (
            "UNICEF Executive Director Catherine Russell met President Luis Arce of Bolivia in La Paz on Monday.",
            ("Catherine Russell", "UNICEF"),
        ),
        (
            "IMF Managing Director Kristalina Georgieva met Finance Minister Sri Mulyani Indrawati of Indonesia "
            "in Jakarta on Monday.",
            ("Kristalina Georgieva", "IMF"),
        ),
        (
            "UNFPA Executive Director Natalia Kanem met President William Ruto of Kenya in Nairobi on Monday.",
            ("Natalia Kanem", "UNFPA"),
        ),
    ],
)
def test_an_organisations_executive_director_or_administrator_is_a_side(lead, first):
    draft = _draft(f"Press release\n\n17 July 2023\n\n{lead}\n\nThey discussed food security.\n")
    assert (draft.participants[0].name, draft.participants[0].country) == first
    assert len(draft.participants) == 2


@pytest.mark.parametrize(
    ("statement", "day"),
    [
        ('"Yesterday I welcomed Minister Wang to Wellington for talks on trade and the Pacific.', 17),
        ('"Last night I had dinner with Wang Yi, and we talked about trade and the Pacific.', 17),
        # no one the opening names: another event's day, so the release's date stays
        ('"Yesterday the Cabinet agreed our priorities for the year.', 18),
    ],
)
def test_a_statements_first_sentence_dates_the_meeting_its_opening_does_not(statement, day):
    draft = _draft(
        "New Zealand Government\n\nStatement after meeting China's Foreign Minister\n\n18 March 2024\n\n"
        "Foreign Minister Winston Peters issued the following statement after meeting Chinese Foreign Minister "
        f'Wang Yi:\n\n{statement}\n\n"We discussed our trade relationship and regional security."\n'
    )
    assert draft.date.day == day


def test_with_no_publisher_the_opening_orders_people_by_any_form_of_their_name():
    # a summary names the governor by office and family name only; the next paragraph names both in full
    draft = _draft(
        "Governor Hochul meets Prime Minister Mitsotakis in Athens\n\nPublished: May 5, 2024\n\n"
        "At a glance: Governor Hochul met with Prime Minister Kyriakos Mitsotakis today in Athens to deepen "
        "economic ties between New York and Greece.\n\n"
        "ATHENS – Governor Kathy Hochul today met with Prime Minister Kyriakos Mitsotakis of Greece at the "
        "Maximos Mansion.\n\nThe Governor thanked the Prime Minister for his hospitality.\n"
    )
    assert [p.name for p in draft.participants] == ["Kathy Hochul", "Kyriakos Mitsotakis"]


def test_a_family_name_inside_anothers_written_name_does_not_order_its_bearer():
    # "Ali" first stands in "Ali Sabry": it is not President Ali's first naming
    draft = _draft(
        "\n\n15 January 2024\n\nForeign Minister Ali Sabry of Sri Lanka called on President Mohamed Irfaan "
        "Ali of Guyana in Georgetown today.\n\nThey discussed rice exports.\n"
    )
    assert [p.name for p in draft.participants] == ["Ali Sabry", "Mohamed Irfaan Ali"]


@pytest.mark.parametrize(
    ("peer", "seat"),
    [("Lord Ahmad", " of Wimbledon"), ("Baroness Ashton", " of Upholland"), ("Lord Cameron", " of Chipping Norton")],
)
def test_a_peers_territorial_designation_is_part_of_the_name(peer, seat):
    draft = _draft(
        "Foreign, Commonwealth & Development Office\n\nPress release\n\n4 March 2024\n\n"
        f"The Minister of State, {peer}{seat}, met Foreign Minister Ahmed Attaf of Algeria in London today.\n\n"
        "They discussed the situation in the Sahel.\n"
    )
    assert f"{peer}{seat}" in [p.name for p in draft.participants]


def test_an_agencys_bracketed_name_after_its_dateline_is_no_organisation_of_the_office():
    draft = _draft(
        "Philippine News Agency\n\n"
        "Manila, May 2 (PNA) President Ferdinand Marcos Jr. on Thursday met visiting Japanese Foreign Minister "
        "Yoko Kamikawa at Malacañang Palace.\n\nThe two discussed maritime security.\n"
    )
    assert "PNA" not in [p.country for p in draft.participants]


@pytest.mark.parametrize(
    ("office", "code"),
    [
        ("Brazilian Senate President Rodrigo Pacheco", "BR"),
        ("Hungarian Parliament Speaker László Kövér", "HU"),
        ("Kenyan National Assembly Speaker Moses Wetang'ula", "KE"),
    ],
)
def test_a_states_body_between_its_adjective_and_the_office_keeps_the_state(office, code):
    draft = _draft(
        "Press release\n\n12 April 2024\n\n"
        f"President Sergio Mattarella received {office} at the Quirinale Palace in Rome.\n\n"
        "They discussed cooperation between the two parliaments.\n"
    )
    assert code in [p.country for p in draft.participants]


def _points(readout: str) -> int:
    return len(_draft(readout).points)


def test_a_timing_sentence_with_its_source_then_an_attendance_is_no_point():
    readout = (
        "Agencia de noticias\n\n"
        "MADRID, 3 Oct (EFE).- Spanish Prime Minister Pedro Sánchez met Portuguese Prime Minister António Costa "
        "in Madrid on Monday.\n\n"
        "The meeting began around 10 a.m. and lasted almost three hours, a government spokeswoman told EFE. "
        "Spain's foreign minister also took part.\n\n"
        "Sánchez said the Iberian exception on energy prices had worked.\n\n"
        "The two leaders discussed the interconnection of the gas networks.\n"
    )
    assert _points(readout) == 2


def test_a_verb_in_a_clause_of_since_is_an_earlier_event():
    readout = (
        "Press release\n\n14 June 2023\n\n"
        "President Lee Hsien Loong held a telephone call with President Prabowo Subianto on Tuesday.\n\n"
        "President Lee congratulated President Prabowo on his election.\n\n"
        "The call was the first between the two leaders since both governments agreed to revive the defence "
        "cooperation agreement in January.\n"
    )
    assert _points(readout) == 1


@pytest.mark.parametrize("heading", ["Related Stories", "See also", "More news", "ENDS"])
def test_a_list_of_other_stories_after_the_article_is_no_point(heading):
    readout = (
        "Agency news\n\n"
        "Warsaw, March 2 (PAP) President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius "
        "on Thursday.\n\n"
        "Duda said the two countries would defend every inch of NATO territory.\n\n"
        f"{heading}\n"
        "March 1: Lithuanian president says region must spend more on defence\n"
        "Feb. 27: Polish president tells Baltic leaders aid will continue\n"
    )
    assert _points(readout) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Chancellor Scholz made the case for a faster enlargement of the European Union.",
        "The Prime Minister argued that the sanctions had to be tightened before the winter.",
    ],
)
def test_making_the_case_or_arguing_is_a_stated_point(sentence):
    draft = _draft(
        "Press release\n\n3 May 2023\n\n"
        "Chancellor Olaf Scholz met Prime Minister Petr Fiala of the Czech Republic in Berlin on Wednesday.\n\n"
        f"Prime Minister Fiala thanked the Chancellor for Germany's support. {sentence}\n"
    )
    assert [p.outcome for p in draft.points] == ["expressed", "stated"]


def test_a_case_made_against_someone_is_no_stated_point():
    # "made a case" puts a point only before what it argues ("that", "for", "to"): a court's case is none
    draft = _draft(
        "Press release\n\n3 May 2023\n\n"
        "Chancellor Olaf Scholz met Prime Minister Petr Fiala of the Czech Republic in Berlin on Wednesday.\n\n"
        "Prime Minister Fiala thanked the Chancellor for Germany's support. Prosecutors made a case against "
        "the smugglers last year.\n"
    )
    assert [p.outcome for p in draft.points] == ["expressed"]


@pytest.mark.parametrize(
    "phrase",
    ["held an hour-and-a-half meeting with", "spoke for one-and-a-half hours with", "held hour-and-a-half talks with"],
)
def test_an_hour_and_a_half_hyphenated_is_ninety_minutes(phrase):
    draft = _draft(
        "Ministry of Foreign Affairs of Chile\n\nPress release\n\n9 May 2024\n\n"
        f"Foreign Minister Alberto van Klaveren {phrase} Argentine Foreign Minister Diana Mondino in "
        "Santiago.\n\nThe ministers discussed the border crossings.\n"
    )
    assert (draft.duration_minutes, draft.duration_approximate) == (90, False)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Mayor of London Sadiq Khan met Mayor of Paris Anne Hidalgo at the Hôtel de Ville on Tuesday.",
            [("Sadiq Khan", "GB"), ("Anne Hidalgo", "FR")],
        ),
        (
            "Premier of British Columbia David Eby met Governor of Washington Jay Inslee in Seattle on Tuesday.",
            [("David Eby", "CA"), ("Jay Inslee", "US")],
        ),
        (
            "Chief Minister of Kerala Pinarayi Vijayan met Ahmed Al Sayegh, Minister of State of the United Arab "
            "Emirates, in Abu Dhabi on Monday.",
            [("Pinarayi Vijayan", "IN"), ("Ahmed Al Sayegh", "AE")],
        ),
        # the longest place: not "City Eric Adams"
        (
            "Mayor of New York City Eric Adams met President Javier Milei of Argentina in New York on Monday.",
            [("Eric Adams", "US"), ("Javier Milei", "AR")],
        ),
        # "West" (Cameroon's region) begins "West Bengal", "West Virginia": here a place the tables do
        # not know, so no head is read, and the President is not Cameroonian
        (
            "Governor of West Java Bey Machmudin met President Javier Milei of Argentina in Bandung on Monday.",
            [("Javier Milei", "AR")],
        ),
    ],
)
def test_a_city_or_regions_head_written_office_place_name_is_read_with_its_country(lead, expected):
    draft = _draft(f"Press release\n\n4 June 2024\n\n{lead}\n\nThey discussed housing.\n")
    assert [(p.name, p.country) for p in draft.participants] == expected


def test_gmt_beside_a_start_stays_an_offset_in_a_country_that_keeps_it():
    draft = _draft(
        "Department of Foreign Affairs\n\nPress release\n\n5 March 2024\n\n"
        "Tánaiste Micheál Martin met Portuguese Foreign Minister João Cravinho in Lisbon. The meeting began "
        "at 10:00 local time (10:00 GMT).\n\nMartin thanked his counterpart.\n"
    )
    assert [s.zone for s in draft.stated_times] in ([], ["Etc/GMT"])


@pytest.mark.parametrize(
    ("guest", "stated", "zone"),
    [
        ("Chinese Foreign Minister Wang Yi", "11 a.m. CST", "Asia/Shanghai"),
        ("US Secretary of State Antony Blinken", "9 p.m. CST", "America/Chicago"),
    ],
)
def test_cst_is_chinas_or_the_central_us_by_the_readouts_countries(guest, stated, zone):
    draft = _draft(
        "Department of Foreign Affairs and Trade\n\nMedia release\n\n14 March 2024\n\n"
        f"Foreign Minister Penny Wong met {guest} in Canberra on Wednesday at 2 p.m. AEDT ({stated}).\n\n"
        "They discussed trade.\n"
    )
    assert [s.zone for s in draft.stated_times] == [zone]


def test_the_day_before_yesterday_is_two_days_before_the_release():
    draft = _draft(
        "Press release\n\n14 March 2024\n\nPresident Gitanas Nausėda met President Andrzej Duda in Vilnius "
        "the day before yesterday.\n\nNausėda thanked Duda for Poland's support.\n"
    )
    assert draft.date.isoformat() == "2024-03-12"


@pytest.mark.parametrize(
    ("publisher", "lead", "zone"),
    [
        # "CST" in a Canadian release is a Canadian zone's that the tables call so, not Ottawa's
        (
            "Government of Manitoba",
            "Premier Wab Kinew met Chilean Ambassador Pedro Aguirre in Winnipeg at 2 p.m. CST on 15 January 2024.",
            "America/Winnipeg",
        ),
        # "AST" beside Qatar is Arabia's: Austria's clock is "CET", not "Austria Standard Time"
        (
            "Federal Ministry for European and International Affairs",
            "Austrian Foreign Minister Alexander Schallenberg met Qatari Prime Minister Mohammed bin Abdulrahman "
            "Al Thani in Doha at 3 p.m. AST on 15 January 2024.",
            "Asia/Qatar",
        ),
        # "EST" written in July for Ottawa's "EDT", with an Estonian guest: not Tallinn's
        (
            "Global Affairs Canada",
            "Minister Melanie Joly met Estonian Foreign Minister Margus Tsahkna in Ottawa at 2 p.m. EST on "
            "15 July 2024.",
            "America/Toronto",
        ),
    ],
)
def test_a_zone_abbreviation_is_not_read_as_any_country_with_its_initial(publisher, lead, zone):
    draft = _draft(f"{publisher}\n\nNews release\n\n{lead}\n\nThey discussed trade.\n")
    assert draft.zone == zone


def test_a_statements_first_sentence_dates_nothing_when_neither_tells_of_a_meeting():
    # the opening reacts to someone's act and the next paragraph tells of that act: no meeting's day
    draft = _draft(
        "Office of the Premier\n\nStatement\n\n18 March 2024\n\n"
        "Premier David Eby issued the following statement about President Lai Ching-te:\n\n"
        '"Yesterday President Lai announced new tariffs, which worry British Columbians."\n\n'
        "Eby said he would write to Lai in May.\n"
    )
    assert draft.date.day == 18
