"""Round 15 (generalisation: an agency's dateline over a stamp, kinds the text makes clear, a plural
name's possessive, ...; docs/import.md "Round 15"): one test per general rule, each with people,
countries and languages other than the set's readout (each failed before its rule)."""

from __future__ import annotations

import pytest
from importer_accuracy import vocabulary

from briefing_tui.core.importer import import_readout, names


def _draft(readout: str):
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft


def _names(readout: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in _draft(readout).participants]


@pytest.mark.parametrize(
    ("dateline", "stamp"),
    [
        ("Lisboa, Mar 3 (Lusa).- ", "03/03/2023 11:20 | Lusa"),
        ("NAIROBI, Sep 9 (Xinhua) - ", "09/09/2023 18:02 | Xinhua"),
        ("Buenos Aires, Oct 14 (Télam) ", "14/10/2023 - 09:45"),
    ],
)
def test_an_agencys_dateline_opens_the_story_whatever_stamp_follows_it(dateline, stamp):
    readout = (
        "Agency English Service\nWorld\n\nPresident meets visiting Chancellor\n\n"
        f"{dateline}Argentine President Alberto Fernández received German Chancellor Olaf Scholz at the "
        "Casa Rosada at 11:30 on Saturday, before the German leader's visit to Chile.\n"
        f"{stamp}\n"
        "The meeting lasted about an hour, according to the presidency.\n"
        "The two leaders discussed trade, energy and the agreement between the EU and Mercosur.\n"
    )
    draft = _draft(readout)
    assert [p.name for p in draft.participants] == ["Alberto Fernández", "Olaf Scholz"]
    assert draft.start is not None and (draft.start.hour, draft.start.minute) == (11, 30)


@pytest.mark.parametrize(
    "lead",
    [
        "Chancellor Karl Nehammer on Monday evening spoke to Ukrainian President Volodymyr Zelenskyy about winter aid.",
        "Prime Minister Mark Rutte on Tuesday spoke to his Polish counterpart Mateusz Morawiecki about grain.",
        "President Gustavo Petro spoke to Brazil's President Luiz Inácio Lula da Silva on Friday night.",
    ],
)
def test_speaking_to_a_leader_with_no_meeting_told_is_a_call(lead):
    draft = _draft(
        f"Government press office\n\nLeaders speak\n\n12 January 2023\n\n{lead}\n\nThey agreed to stay in contact.\n"
    )
    assert draft.kind == "telephone-talk"


def test_speaking_to_reporters_after_a_meeting_is_no_call():
    lead = (
        "Chancellor Karl Nehammer received President Alar Karis of Estonia in Vienna on Monday and later "
        "spoke to reporters."
    )
    draft = _draft(f"Government press office\n\nVisit\n\n12 January 2023\n\n{lead}\n\nThey agreed to meet again.\n")
    assert draft.kind != "telephone-talk"


@pytest.mark.parametrize(
    "lead",
    [
        "Governor Kathy Hochul received the President of Ireland, Michael D. Higgins, for a working dinner in Albany this evening.",
        "Mayor Sadiq Khan hosted the Mayor of Paris, Anne Hidalgo, at a working breakfast at City Hall on Friday.",
        "The Premier of Quebec, François Legault, met the Prime Minister of Belgium, Alexander De Croo, over a working lunch in Quebec City.",
    ],
)
def test_a_working_meal_the_opening_names_as_the_meeting_is_a_working_meal(lead):
    draft = _draft(f"Office of the Governor\n\nVisit\n\n12 June 2023\n\n{lead}\n\nThe two discussed trade.\n")
    assert draft.kind == "working-meal"


def test_a_summit_of_ministers_is_no_summit():
    lead = (
        "NICOSIA, May 4 (Reuters) - Cypriot Foreign Minister Constantinos Kombos hosted Greek Foreign Minister "
        "Giorgos Gerapetritis and Jordanian Foreign Minister Ayman Safadi on Thursday, in what officials billed "
        "as a regional summit."
    )
    draft = _draft(f"Reuters\n\nMinisters meet in Nicosia\n\n{lead}\n\nThe ministers agreed to meet again in Athens.\n")
    assert draft.kind == "multilateral-meeting"


def test_a_summit_of_leaders_stays_a_summit():
    lead = (
        "NICOSIA, May 4 (Reuters) - Cypriot President Nikos Christodoulides hosted Greek Prime Minister "
        "Kyriakos Mitsotakis and Jordan's King Abdullah II on Thursday for a regional summit."
    )
    draft = _draft(f"Reuters\n\nLeaders meet in Nicosia\n\n{lead}\n\nThe leaders agreed to meet again in Athens.\n")
    assert draft.kind == "summit"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("the Netherlands' Prime Minister Dick Schoof met Chancellor Olaf Scholz.", "Dick Schoof", "NL"),
        ("the Philippines’ Foreign Secretary Enrique Manalo met Foreign Minister Penny Wong.", "Enrique Manalo", "PH"),
        ("the Bahamas' Prime Minister Philip Davis met President William Ruto.", "Philip Davis", "BS"),
    ],
)
def test_a_plural_names_possessive_is_its_apostrophe(text, name, code):
    first = names.find_people(text)[0]
    assert (first.name, first.country) == (name, code)


@pytest.mark.parametrize(
    ("text", "name", "code", "title"),
    [
        ("He met ASEAN Secretary General Kao Kim Hourn.", "Kao Kim Hourn", "ASEAN", "Secretary General"),
        (
            "She met CARICOM Secretary-General Carla Barnett in Georgetown.",
            "Carla Barnett",
            "CARICOM",
            "Secretary-General",
        ),
        ("The Prime Minister met FIFA President Gianni Infantino in Zurich.", "Gianni Infantino", "FIFA", "President"),
        (
            "The Minister received the International Renewable Energy Agency (IRENA) Director-General Francesco La Camera.",
            "Francesco La Camera",
            "IRENA",
            "Director-General",
        ),
        (
            "Mr. Francesco La Camera, IRENA Director-General, met the Minister.",
            "Mr. Francesco La Camera",
            "IRENA",
            "Director-General",
        ),
    ],
)
def test_an_organisations_abbreviation_before_its_heads_office_is_their_side(text, name, code, title):
    person = next(p for p in names.find_people(text) if p.name == name)
    assert (person.country, person.title) == (code, title)


def test_a_states_abbreviation_before_an_office_stays_the_state():
    person = names.find_people("He met USA President Joe Biden.")[0]
    assert person.country == "US"


@pytest.mark.parametrize(
    ("masthead", "code"),
    [
        ("FIFA\nFédération Internationale de Football Association", "FIFA"),
        ("IAEA\nInternational Atomic Energy Agency", "IAEA"),
        ("UNESCO\nBuilding peace in the minds of men and women", "UNESCO"),
    ],
)
def test_an_organisations_abbreviation_over_its_name_is_the_publisher(masthead, code):
    from briefing_tui.core.importer import text

    publisher, guessed = text.detect_publisher(f"{masthead}\nNews\n\nDirector General meets Minister\n")
    assert (publisher.country, guessed) == (code, False)


def test_an_organisations_head_who_opens_the_meeting_takes_part_and_comes_first():
    readout = (
        "IAEA\nInternational Atomic Energy Agency\nPress Release\n\n"
        "Ministerial Meeting on Nuclear Safety\n\n12 March 2024\n\n"
        "The Ministerial Meeting on Nuclear Safety was held in Vienna on Tuesday under the chairmanship of "
        "H.E. Ms. Ana Ribeiro, Minister of Energy of Brazil, and H.E. Mr. Kenji Sato, Minister of Energy of Japan.\n\n"
        "The Meeting began at 10:00. Mr. Rafael Mariano Grossi, IAEA Director General, delivered the opening address.\n\n"
        "The ministers agreed to meet again in 2025.\n"
    )
    assert _names(readout)[0] == ("Mr. Rafael Mariano Grossi", "IAEA")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "His Majesty Sultan Hassanal bin Omar received President Joko Widodo.",
            "His Majesty Sultan Hassanal bin Omar",
        ),
        ("HRH Prince Khalid bin Salman met Foreign Minister Penny Wong.", "HRH Prince Khalid bin Salman"),
        ("HM King Charles III received President Emmanuel Macron.", "HM King Charles III"),
    ],
)
def test_a_royal_without_a_family_name_is_written_whole(text, name):
    assert names.find_people(text)[0].name == name


def test_a_royal_with_a_family_name_is_written_from_the_name():
    first = names.find_people("His Majesty King Hamad bin Isa Al Khalifa received President Joko Widodo.")[0]
    assert first.name == "Hamad bin Isa Al Khalifa"


def test_a_transcripts_speaker_line_names_the_first_person():
    readout = (
        "City of Vienna\nHome | Mayor | Press\n\nMayor's Press Conference (May 3, 2023)\n\nWednesday, May 3, 2023\n"
        "Speaker: Michael Ludwig, Mayor of Vienna\n\n"
        "First, on Tuesday morning I received a courtesy call from Estonian President Alar Karis here at "
        "City Hall, and we met for about an hour.\n\n"
        "We agreed to deepen the partnership between our two cities.\n"
    )
    assert [n for n, _ in _names(readout)] == ["Michael Ludwig", "Alar Karis"]


def test_a_signed_first_person_statement_with_a_caption_puts_its_author_first():
    readout = (
        "Government of Jersey\n"
        "Gouvèrnément d'Jèrri\n"
        "Home | News\n\n"
        "Statement from the Chief Minister on the Council meeting\n\n"
        "Published: Saturday, 17 June 2023\n\n"
        "Yesterday I attended the 40th meeting of the Council of the Islands in St Peter Port, hosted by the "
        "States of Guernsey. The session began at 10:00.\n\n"
        "- Members discussed energy security.\n"
        "- Members agreed to meet again in the winter.\n\n"
        "Deputy Ana Costa\n"
        "Chief Minister\n"
        "Pictured: members of the Council (l-r): Deputy Lyndon Trott, President of the Policy & Resources Committee, Guernsey; Hon Mary "
        "Quayle MHK, Chief Minister, Isle of Man; Deputy Ana Costa, Chief Minister, Jersey.\n"
        "Issued by:\n"
        "Cabinet Office\n"
        "19-21 Broad Street, St Helier\n"
    )
    assert _names(readout) == [
        ("Deputy Ana Costa", "JE"),
        ("Deputy Lyndon Trott", "GG"),
        ("Hon Mary Quayle MHK", "IM"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "tokens"),
    [
        ("Deputy Eduardo Bolsonaro, of the Chamber of Deputies, met the Minister.", "Deputy Eduardo Bolsonaro", 2),
        ("The Minister met Deputy Tamara Falcó, of Gibraltar, today.", "Deputy Tamara Falcó", 2),
        ("He met Hon Kiri Tapu, Speaker, today.", "Hon Kiri Tapu", 2),
    ],
)
def test_a_legislators_style_and_hon_without_its_stop_are_honorifics(text, name, tokens):
    person = names.find_people(text)[0]
    assert (person.name, len(person.tokens)) == (name, tokens)


def test_deputy_as_an_offices_first_word_is_no_style():
    person = names.find_people("Deputy Prime Minister Winston Peters met Deputy Foreign Minister Sun Weidong.")[0]
    assert (person.name, person.title) == ("Winston Peters", "Deputy Prime Minister")
    assert all(p.honorific != "Deputy" for p in names.find_people("He met Deputy Commander John Smith, today."))


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Head of the Scotland Office", "GB"),
        ("Chair of the Bavaria Trade Council", "DE"),
        ("Director of the Quebec Delegation", "CA"),
    ],
)
def test_a_state_or_regions_name_before_the_body_of_a_title_gives_the_country(title, code):
    assert names.split_title(title)[1] == code


def test_letters_after_a_name_are_no_name_word_in_a_list():
    people = names.find_people("Pictured: Eluned Morgan MS, First Minister of Wales; Simon Harris TD, Taoiseach.")
    assert [p.tokens for p in people] == [["Eluned", "Morgan"], ["Simon", "Harris"]]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Today, Speaker of the House Mike Johnson hosted President Ferdinand Marcos Jr. of the Philippines.",
            "Mike Johnson",
            "Speaker of the House",
        ),
        (
            "President Lai Ching-te met a delegation led by Speaker of the Lithuanian House of Representatives Viktorija Čmilytė-Nielsen.",
            "Viktorija Čmilytė-Nielsen",
            "Speaker of the Lithuanian House of Representatives",
        ),
        (
            "The Prime Minister received President of the Storting Masud Gharahkhani in Oslo.",
            "Masud Gharahkhani",
            "President of the Storting",
        ),
    ],
)
def test_an_office_of_a_lower_house_by_its_own_name_before_a_name(text, name, title):
    person = next(p for p in names.find_people(text) if p.name == name)
    assert person.title == title


def test_a_state_before_the_house_gives_the_country():
    assert names.split_title("Speaker of the US House of Representatives")[1] == "US"


def test_a_participants_list_grouped_by_side_gives_each_groups_people_its_country():
    readout = (
        "Government of Greenland\nNews\n\n"
        "Meeting with the Prime Minister of Denmark\n\n"
        "12 April 2024\n\n"
        "Yesterday the members of the Government took part in the meeting convened by the Prime Minister "
        "at the High Commission in Nuuk with the elected representatives of Greenland.\n\n"
        "The meeting opened at 10:00 and lasted two hours.\n\n"
        "a) The Premier stressed the priority of housing.\n\n"
        "Participants: for the Government of Greenland, Múte B. Egede, Premier; Naaja Nathanielsen, Minister "
        "for Business. For the Government of Denmark, Mette Frederiksen, Prime Minister; Lars Løkke Rasmussen, "
        "Minister for Foreign Affairs.\n"
    )
    assert _names(readout) == [
        ("Múte B. Egede", "GL"),
        ("Naaja Nathanielsen", "GL"),
        ("Mette Frederiksen", "DK"),
        ("Lars Løkke Rasmussen", "DK"),
    ]


def test_an_unnamed_publishers_dateline_is_the_release_side_of_a_call():
    readout = (
        "Home | National | World\n\n"
        "President receives phone call from Portuguese counterpart\n\n"
        "Monday, 14 April 2025 10:12\n\n"
        "TUNIS - The President of the Republic, Mr. Kais Saied, received last night a phone call from the "
        "President of the Portuguese Republic, Mr. Marcelo Rebelo de Sousa, a statement said.\n\n"
        "The two Presidents agreed to strengthen cooperation.\n"
    )
    draft = _draft(readout)
    assert [(p.name, p.country) for p in draft.participants] == [
        ("Mr. Kais Saied", "TN"),
        ("Mr. Marcelo Rebelo de Sousa", "PT"),
    ]
    assert draft.zone == "Africa/Tunis"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Prime Minister had said in a speech on 3 May that the border would stay open.",
        "Earlier, the Ambassador had urged the government to act.",
        "The Chancellor had already stressed in January that the talks were needed.",
    ],
)
def test_what_was_said_before_the_meeting_in_the_past_perfect_is_no_point(sentence):
    from briefing_tui.core.importer import outcomes

    assert outcomes.classify(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "As Anadolu reported, President Recep Tayyip Erdoğan said earlier in May that Türkiye was ready to host talks.",
        "The Prime Minister stressed last week that the reform would go ahead.",
        "The Chancellor said earlier this month that the budget was settled.",
    ],
)
def test_what_was_said_before_the_meeting_told_as_earlier_is_no_point(sentence):
    from briefing_tui.core.importer import outcomes

    assert outcomes.classify(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Later, addressing the General Conference, the Director General said that nuclear safety comes first.",
        "Afterwards, in an address to the Assembly, the President called for more funding.",
    ],
)
def test_what_was_said_later_to_another_audience_is_no_point(sentence):
    from briefing_tui.core.importer import outcomes

    assert outcomes.classify(sentence) is None


def test_an_arrivals_time_after_the_opening_is_not_the_start():
    readout = (
        "UNESCO\nNews\n\nDalai Lama visits UNESCO\n\n12 March 2019\n\n"
        "Paris, 12 March 2019 – The Secretary-General of the United Nations, António Guterres, today visited the "
        "headquarters of UNESCO in Paris to open the session of its Executive Board.\n\n"
        "He arrived at UNESCO shortly before 10 a.m. and was welcomed at the entrance by staff.\n\n"
        "Before the session, Mr Guterres met privately with UNESCO Director-General Audrey Azoulay for some 20 minutes.\n\n"
        "Azoulay thanked the Secretary-General for his visit.\n"
    )
    assert _draft(readout).start is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks began at 10:30 with a tête-à-tête between the two presidents and continued in an enlarged format until 12:15.",
        "The meeting began at 15:00 in the Blue Room and went on over dinner until 16:45.",
    ],
)
def test_a_meeting_that_continued_until_a_time_ends_then(sentence):
    from briefing_tui.core.importer import times

    reading = times.read_times(sentence)
    assert reading.start is not None and reading.end is not None
    assert (reading.end.hour, reading.end.minute) in ((12, 15), (16, 45))


def test_a_session_of_an_organisations_council_after_a_dotted_dateline_counts_its_members():
    readout = (
        "Agency\nPolitics\n\nMirziyoyev takes part in SCO Council session\n\n4 July 2024, 18:26\n\n"
        "TASHKENT. UZA – Head of State Shavkat Mirziyoyev took part in a session of the Council of Heads of State "
        "of the Shanghai Cooperation Organization held in Astana on Thursday.\n\n"
        "The session began at 10:00. President of Kazakhstan Kassym-Jomart Tokayev, President of China Xi Jinping "
        "and President of Kyrgyzstan Sadyr Japarov also took part in the session.\n\n"
        "Shavkat Mirziyoyev stressed the importance of transport links.\n"
    )
    draft = _draft(readout)
    assert [(p.name, p.country) for p in draft.participants] == [
        ("Shavkat Mirziyoyev", "UZ"),
        ("Kassym-Jomart Tokayev", "KZ"),
        ("Xi Jinping", "CN"),
        ("Sadyr Japarov", "KG"),
    ]
    assert draft.kind == "multilateral-meeting"


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("I also took the opportunity to thank the Premier of Bermuda for his hospitality.", "expressed"),
        ("The Minister used the occasion to congratulate Ghana on its elections.", "expressed"),
        ("She took the opportunity to urge all parties to return to the talks.", "requested"),
    ],
)
def test_what_was_done_with_the_opportunity_is_the_point(sentence, outcome):
    from briefing_tui.core.importer import outcomes

    verb = outcomes.classify(sentence)
    assert verb is not None and verb.outcome == outcome


def test_a_briefings_later_items_and_its_questions_are_no_points():
    readout = (
        "City of Helsinki\nHome | Mayor | News\n\nMayor's Press Briefing (March 3, 2023)\n\n"
        "Friday, March 3, 2023\n"
        "Speaker: Juhana Vartiainen, Mayor of Helsinki\n\n"
        "Good morning. I have three items today.\n\n"
        "First, on Tuesday afternoon I received a courtesy call from Estonian President Alar Karis at City Hall.\n\n"
        "I thanked President Karis for his visit. We agreed to extend the ferry partnership.\n\n"
        "Second, the city council approved the housing programme. I urge residents to comment on it.\n\n"
        "Third, the winter cycling campaign begins on Monday.\n\n"
        "Questions and Answers\n\n"
        "Reporter: Did the President mention the tunnel?\n\n"
        "Mayor: What we agreed is that the study will continue.\n"
    )
    assert len(_draft(readout).points) == 2


@pytest.mark.parametrize(
    ("masthead", "code", "zone"),
    [
        ("Seoul Metropolitan Government", "KR", "Asia/Seoul"),
        ("Welsh Government", "GB", "Europe/London"),
        ("Government of Quebec", "CA", "America/Toronto"),
        ("Office of the Governor of California", "US", "America/Los_Angeles"),
    ],
)
def test_a_region_or_citys_own_government_publishes_for_its_state_in_its_clock(masthead, code, zone):
    from briefing_tui.core.importer import text

    publisher, _ = text.detect_publisher(f"{masthead}\nNews\n\nGuest visits\n")
    assert (publisher.country, publisher.zone) == (code, zone)


def test_a_citys_mayor_comes_first_in_the_citys_release():
    readout = (
        "Seoul Metropolitan Government\nNews\n\nPresident of Estonia visits Seoul City Hall\n\n"
        "Press release, 5 June 2023\n\n"
        "President of Estonia Alar Karis paid a courtesy call on Mayor Oh Se-hoon at Seoul City Hall this "
        "afternoon.\n\n"
        "Mayor Oh thanked President Karis for his visit.\n"
    )
    assert _names(readout)[0][0] == "Oh Se-hoon"


def test_offices_in_lower_case_before_parallel_lists_of_states_and_names():
    text = (
        "Prime Minister Kristen Michal hosted the prime ministers of Latvia and Lithuania, Evika Siliņa and "
        "Gintautas Paluckas, for talks in Tallinn on Friday."
    )
    people = [(p.name, p.country) for p in names.find_people(text)]
    assert ("Evika Siliņa", "LV") in people and ("Gintautas Paluckas", "LT") in people


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The Speaker received the Marshal of the Polish Senate, Małgorzata Kidawa-Błońska, today.",
            "Małgorzata Kidawa-Błońska",
            "PL",
        ),
        ("He met the President of the Czech Senate, Miloš Vystrčil, in Prague.", "Miloš Vystrčil", "CZ"),
    ],
)
def test_a_presiding_officer_of_a_states_house_by_its_adjective(text, name, code):
    person = next(p for p in names.find_people(text) if p.name == name)
    assert person.country == code


@pytest.mark.parametrize(
    ("title", "code"),
    [("Mayor of Los Angeles", "US"), ("Premier of Queensland", "AU"), ("Mayor of Montreal", "CA")],
)
def test_a_city_or_state_after_an_office_gives_the_country(title, code):
    assert names.split_title(title)[1] == code


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Chief Minister Sindh Murad Ali Shah met the Consul General of Japan today.",
            "Murad Ali Shah",
            "Chief Minister Sindh",
        ),
        ("Governor Khyber Pakhtunkhwa Faisal Karim Kundi received the envoy.", None, None),
        ("He met British High Commissioner Lindy Cameron in New Delhi.", "Lindy Cameron", "High Commissioner"),
        ("She received Chinese Consul General Zhao Jian in Karachi.", "Zhao Jian", "Consul General"),
    ],
)
def test_a_regions_name_after_its_heads_office_and_envoys_offices(text, name, title):
    people = names.find_people(text)
    if name is None:
        assert all(not p.name.startswith("Khyber") for p in people)
        return
    person = next(p for p in people if p.name == name)
    assert person.title == title


def test_a_government_offices_dateline_gives_the_zone_when_nothing_else_does():
    readout = (
        "Office of the Chief Minister\n\nChief Minister meets envoy\n\n"
        "Peshawar, March 5, 2024: Chief Minister Ali Amin Gandapur met the Ambassador of Türkiye, Mehmet Paçacı, "
        "at his office today.\n\nThe Chief Minister welcomed Turkish investment.\n"
    )
    assert _draft(readout).zone == "Asia/Karachi"


def test_a_working_meal_of_three_sides_is_still_a_working_meal():
    lead = (
        "Rome, 3 June 2024 (ANSA) - Premier Giorgia Meloni hosted Indian Prime Minister Narendra Modi and "
        "Japanese Prime Minister Fumio Kishida for a working dinner at Palazzo Chigi on Monday evening."
    )
    draft = _draft(f"{lead}\n\nThe three leaders discussed the Indo-Pacific.\n")
    assert draft.kind == "working-meal"


def test_speaker_before_a_name_is_an_office():
    person = names.find_people("Legislative Speaker Han Kuo-yu on Tuesday received the delegation.")[0]
    assert (person.name, person.title) == ("Han Kuo-yu", "Speaker")


def test_a_city_named_in_an_office_is_not_the_venue():
    from briefing_tui.core.importer import meeting

    venue = meeting.venue_of(
        "Today I welcomed the Mayor of Vilnius, Valdas Benkunskas, to the Rathaus in Vienna.", remote=False
    )
    assert venue.code == "AT"


@pytest.mark.parametrize(
    "lead",
    [
        "The Chief Executive met the Prime Minister of Singapore, Lawrence Wong, at Government House in Hong Kong.",
        "The Chief Executive met Singapore Prime Minister Lawrence Wong at Government House in Hong Kong.",
    ],
)
def test_a_city_states_name_in_or_before_an_office_is_not_the_venue(lead):
    from briefing_tui.core.importer import meeting

    assert meeting.venue_of(lead, remote=False).code == "HK"


def test_minister_president_before_a_name_is_the_whole_office():
    person = names.find_people("Minister-President Hendrik Wüst today received the Prime Minister of the Netherlands.")[
        0
    ]
    assert (person.name, person.title) == ("Hendrik Wüst", "Minister-President")


def test_my_counterpart_in_a_first_person_release_is_a_side():
    people = names.find_people("Today I met with my Indonesian counterpart, Retno Marsudi, in Jakarta.")
    assert [p.name for p in people] == ["Retno Marsudi"]


def test_a_breakfast_meeting_hosted_for_a_guest_is_a_working_meal():
    lead = (
        "NEW YORK — Mayor Eric Adams today hosted Prime Minister Luís Montenegro of Portugal for a breakfast "
        "meeting at Gracie Mansion."
    )
    assert _draft(f"{lead}\n\nThe two discussed tourism.\n").kind == "working-meal"
