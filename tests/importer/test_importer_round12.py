"""Round 12 (organisations, territories and dates, learnt on holdout17 and checked across every
set): one test per general rule (each failed before its rule)."""

from __future__ import annotations

import datetime

from importer_accuracy import vocabulary

from briefing_tui.core.importer import (
    dates,
    durations,
    import_readout,
    meeting,
    names,
    outcomes,
    places,
    presence,
    text,
    times,
)
from briefing_tui.core.model import countries, organisations


def _draft(readout: str):
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft


def _date(readout: str) -> str:
    return str(_draft(readout).date)


def _found(sentence: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.title, p.country) for p in names.find_people(sentence)]


def _sides(readout: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in _draft(readout).participants]


def test_the_un_systems_agencies_observers_and_development_banks_are_sides_with_their_own_codes():
    # By principle, not by the readouts seen: a body of each kind, with the abbreviation it uses.
    for code in ("UNHCR", "UNICEF", "WFP", "UNESCO", "ILO", "IOM", "ICRC", "CAN", "EBRD", "AfDB", "ADB", "WBG"):
        assert code in organisations.BY_CODE, code
        assert countries.is_country(code), code  # `check` accepts what `import` writes
    sides = _sides(
        "News release\n\n12 May 2021\n\n"
        "Geneva – The President of the International Committee of the Red Cross, Alpha Beta, met today the "
        "Minister of Foreign Affairs of Ruritania, Gamma Delta, in Geneva.\n\n"
        "Mr Beta stressed the importance of access to detainees.\n"
    )
    assert sides[0] == ("Alpha Beta", "ICRC")


def test_an_office_that_is_a_un_bodys_own_name_is_that_bodys_side_not_the_uns():
    sides = _sides(
        "Press releases\n\n25 May 2022\n\n"
        "DHAKA – The UN High Commissioner for Refugees, Alpha Beta, called on the Prime Minister of Bangladesh, "
        "Sheikh Hasina, yesterday in Dhaka.\n\n"
        "Beta thanked the Prime Minister for her country's generosity.\n"
    )
    assert sides == [("Alpha Beta", "UNHCR"), ("Sheikh Hasina", "BD")]


def test_an_organisations_masthead_with_the_sites_own_words_names_the_publisher_also_an_eu_institution():
    draft = _draft(
        "European Commission - Press corner\n\nStatement | 8 April 2025 | Brussels\n\n"
        "Readout of the phone call between President Alpha and Premier Gamma Delta\n\n"
        "President Ursula Alpha spoke today by telephone with the Premier of the State Council of the People's "
        "Republic of China, Gamma Delta.\n\n"
        "President Alpha stressed the responsibility of Europe and China, following the tariffs announced by the "
        "United States.\n"
    )
    assert draft.zone == "Europe/Brussels"
    assert [p.country for p in draft.participants] == ["EU", "CN"]


def test_only_the_publishers_first_person_moves_to_the_front_the_others_keep_the_texts_order():
    names = [
        p.name
        for p in _draft(
            "Council of Europe\nNewsroom\n\n1 April 2022\n\nSecretary General meets Prime Minister of Portugal\n\n"
            "Strasbourg, 1 April 2022 – The Prime Minister of Portugal, Luís Montenegro, held talks today with the "
            "Secretary General of the Council of Europe, Alain Berset, and the Deputy Secretary General "
            "of the Council of Europe, Bjørn Berge.\n\n"
            "Mr Berset stressed the role of the Convention.\nMr Berge said that the Assembly stands ready.\n"
        ).participants
    ]
    assert names == ["Alain Berset", "Luís Montenegro", "Bjørn Berge"]


def test_a_year_comes_from_the_text_a_sign_off_or_a_stamp_never_from_the_day_of_the_import():
    assert (
        _date(
            "Press Releases\n\nCE meets Prime Minister of Ruritania\n\n"
            "The Chief Executive, Mr Alpha Beta, met the Prime Minister of Ruritania, Mr Gamma Delta, today (July 25) "
            "in Ruritania City.\n\nMr Beta said that the two cities can complement each other.\n\n"
            "Ends/Tuesday, July 25, 2023\nIssued at HKT 18:52\n"
        )
        == "2023-07-25"
    )
    # a month's name between slashes, and a dateline whose agency's name is in brackets
    assert (
        _date(
            "Politics\n\nPresident receives delegation\n\n[10/April/2023]\n\n"
            "SANA'A, April 10 (Saba) - President Alpha Beta received at noon yesterday, Sunday, the delegation headed "
            "by Ambassador Gamma Delta.\n\nPresident Beta stressed the position of Sana'a.\n"
        )
        == "2023-04-09"
    )
    # a dateline that opens with a date with slashes, day first unless a weekday says otherwise
    assert (
        _date(
            "News release\n\nSecretary-General meets Prime Minister\n\n"
            "02/05/2024 - Secretary-General Alpha Beta met Gamma Delta, Prime Minister of Japan, today in Paris.\n\n"
            "The Secretary-General thanked the Prime Minister for Japan's leadership.\n"
        )
        == "2024-05-02"
    )


def test_a_participants_list_after_the_body_one_person_and_office_a_line_names_them():
    draft = _draft(
        "News\n\n20.05.2021\n\nMeeting between Russia, the United States and Denmark in Alphaville\n\n"
        "Today, the Premier received the US Secretary of State and the Danish Minister for Foreign Affairs in "
        "Alphaville. The three held a meeting which began at 15.30.\n\n"
        "The Premier stressed that Ruritania wants a closer partnership.\n\n"
        "Participants:\n"
        "Alpha B. Gamma, Premier (Government of Ruritania)\n"
        "Antony J. Blinken, Secretary of State (United States of America)\n"
        "Jeppe Kofod, Minister for Foreign Affairs (Denmark)\n\n"
        "Further information:\nDepartment of Foreign Affairs, tel. +299 34 50 00\n"
    )
    assert [p.name for p in draft.participants] == ["Alpha B. Gamma", "Antony J. Blinken", "Jeppe Kofod"]
    assert [p.country for p in draft.participants] == ["RU", "US", "DK"]
    assert draft.kind == "multilateral-meeting"


def test_a_share_bar_above_the_opening_paragraph_is_the_headers_furniture_not_the_end_of_the_readout():
    draft = _draft(
        "Bank\n\nNews > Press releases\n\nBank President Alpha Beta meets President of Uzbekistan\n\n"
        "14 May 2024\n\nShare this page: Facebook | X | LinkedIn | Email\n\n"
        "Bank President Alpha Beta met the President of the Republic of Uzbekistan, Gamma Delta, in Samarkand on "
        "Tuesday. The meeting started at 16:30 local time and lasted 50 minutes.\n\n"
        "President Delta welcomed the Bank's shareholders to Samarkand.\n\n"
        "Share this page: Facebook | X | LinkedIn | Email\n\nRelated: Uzbekistan\n"
    )
    assert [p.name for p in draft.participants] == ["Alpha Beta", "Gamma Delta"]
    assert draft.zone == "Asia/Samarkand" and draft.duration_minutes == 50
    assert len(draft.points) == 1


def test_a_first_person_statement_signed_at_its_end_is_its_signers():
    draft = _draft(
        "Newsroom > Statements\n\nPresident Beta in Kyiv\n\n01-04-2022 - 17:42\n\nStatement\n\n"
        "Today I travelled to Kyiv and met the President of Ukraine, Volodymyr Zelenskyy.\n\n"
        "I told him that the Parliament supports Ukraine's application.\n\n"
        "President Zelenskyy thanked the Parliament for its resolutions.\n\n"
        "Alpha Beta\nPresident of the European Parliament\n\nContacts:\nGamma DELTA\nSpokesperson\n"
    )
    assert [(p.name, p.country) for p in draft.participants] == [("Alpha Beta", "EU"), ("Volodymyr Zelenskyy", "UA")]


def test_a_meeting_of_the_heads_of_a_groups_members_chaired_by_one_and_attended_by_the_others():
    # several sides: the heads of the members met; its chair and those it was attended by are its
    # members; a semicolon ends a name in a list; two offices held at once give the first one's state
    assert meeting.several_sides("", "The Presidents of the member countries of the Andean Community met today.")
    assert not meeting.several_sides("", "The President of Peru met the Presidents of two member countries today.")
    assert names.split_title("President of the Republic of Peru and Pro Tempore President of the Andean Community") == (
        "President of the Republic of Peru and Pro Tempore President of the Andean Community",
        "PE",
    )
    draft = _draft(
        "Notas de prensa\n\nPresidents meet in Lima\n\nLima, 26 de mayo de 2019\n\n"
        "The Presidents of the member countries of the Andean Community met today in Lima at the XIX Meeting "
        "of the Andean Presidential Council.\n\n"
        "The meeting was chaired by the President of the Republic of Peru and Pro Tempore President of the "
        "Andean Community, Alpha Beta, and was attended by the President of the Plurinational State of Bolivia, "
        "Gamma Delta; the President of the Republic of Colombia, Epsilon Zeta; and the President of the Republic "
        "of Ecuador, Eta Theta.\n\n"
        "1. The Presidents reaffirmed their commitment to integration.\n"
    )
    assert [(p.name, p.country) for p in draft.participants] == [
        ("Alpha Beta", "PE"),
        ("Gamma Delta", "BO"),
        ("Epsilon Zeta", "CO"),
        ("Eta Theta", "EC"),
    ]
    assert draft.kind == "multilateral-meeting"


def test_two_full_names_with_one_family_name_are_two_people():
    draft = _draft(
        "Press Releases\n\nCE meets Prime Minister of Singapore\n\n25 July 2023\n\n"
        "The Chief Executive, Mr John Lee, met the Prime Minister of Singapore, Mr Lee Hsien Loong, today at the "
        "Istana in Singapore.\n\nPrime Minister Lee welcomed the visit of the Chief Executive.\n"
    )
    assert [p.name for p in draft.participants] == ["Mr John Lee", "Mr Lee Hsien Loong"]
    # one name and its shorter form stay one person
    draft = _draft(
        "News\n\n25 July 2023\n\nForeign Minister Takeshi Iwaya met Foreign Minister Alpha Beta today in Tokyo.\n\n"
        "Minister Iwaya stressed the importance of the relationship. Mr Iwaya Takeshi said more.\n"
    )
    assert [p.name for p in draft.participants] == ["Takeshi Iwaya", "Alpha Beta"]


def test_a_range_runs_past_the_starts_label_and_a_time_in_brackets_for_another_zone():
    reading = times.read_times(
        "The dinner began at 20:00 hrs Brussels time (03:00 hrs Japan time) and ended at 23:15 hrs."
    )
    assert reading.end is not None and (reading.end.hour, reading.end.minute) == (23, 15)
    assert [(s.clock.hour, s.refers_to) for s in reading.stated] == [(3, "start")]
    # unchanged: the stated times of a range written after it
    reading = times.read_times("The talks were held from 9:00 to 10:30 (16:00 to 17:30 Japan time).")
    assert [(s.clock.hour, s.refers_to) for s in reading.stated] == [(16, "start"), (17, "end")]


def test_in_a_list_of_offices_and_names_an_office_before_the_next_name_is_the_next_persons():
    assert _found(
        "He dined with the Executive Vice-President of the European Commission, Alpha Beta, the Foreign "
        "Secretary, the Rt Hon Lord Gamma, and others."
    ) == [
        ("Alpha Beta", "Executive Vice-President of the European Commission", "EU"),
        ("the Rt Hon Lord Gamma", "Foreign Secretary", ""),
    ]


def test_verbs_a_participle_closed_by_a_comma_repeated_and_a_long_bodys_instruction():
    # a participle after a noun and a comma, closed by a comma, describes the noun
    assert outcomes.classify("The Plan, launched in Geneva in May, seeks US$881 million for refugees.") is None
    assert outcomes.classify("The Minister welcomed the Plan, launched in Geneva in May.").outcome == "welcomed"
    # "repeated" as "reiterated"; not the adjective
    assert outcomes.classify("She repeated the Committee's request for access.").outcome == "stated"
    assert outcomes.classify("The two sides repeated their commitment to the process.").outcome == "confirmed"
    assert outcomes.classify("His repeated calls went unanswered.") is None
    # a body's instruction with a long addressee and its abbreviation
    instruction = (
        "Instructed the Council of Ministers of Health of Central America and the Dominican Republic (COMISCA) to "
        "meet immediately."
    )
    assert getattr(outcomes.classify(instruction), "outcome", None) == "requested"


def test_the_headlines_place_is_the_venue_when_no_paragraph_names_one():
    draft = _draft(
        "Présidence de la République Centrafricaine\n\nACTUALITÉS\n\n"
        "Moscow: President ALPHA received at the Kremlin by President Vladimir Putin\n\n"
        "Bangui, 17 January 2025 - By the Presidential Communication Unit\n\n"
        "The President of the Republic, Professor Gamma ALPHA, was received yesterday at the Kremlin by the "
        "President of the Russian Federation, Mr. Vladimir Putin. The talks began at 3.30pm.\n\n"
        "1. President Putin said that Russia would continue its support.\n"
    )
    assert draft.title.startswith("Moscow:")  # the dateline with its byline is the date line, not the title
    assert str(draft.date) == "2025-01-16"
    assert draft.venue == "Moscow, Russia" and draft.zone == "Europe/Moscow"
    assert "title" in draft.guesses["venue"]


def test_states_as_they_write_themselves_st_for_saint_and_an_ampersand():
    for written, code in (
        ("St. Kitts and Nevis", "KN"),
        ("St Lucia", "LC"),
        ("St. Vincent and the Grenadines", "VC"),
        ("St. Kitts & Nevis", "KN"),
        ("Trinidad & Tobago", "TT"),
    ):
        assert places.country_code(written) == code, written
    assert names.split_title("Prime Minister of St. Kitts and Nevis") == ("Prime Minister", "KN")


def test_a_range_of_lengths_is_the_shorter_approximately():
    for phrase, minutes in (
        ("The talks lasted from one and a half to two hours, including a restricted session.", 90),
        ("The meeting lasted between 90 and 120 minutes.", 90),
        ("They talked for two to three hours.", 120),
    ):
        found = durations.find_duration(phrase)
        assert found is not None and (found.minutes, found.approximate) == (minutes, True), phrase
    found = durations.find_duration("The meeting lasted one and a half hours.")
    assert found is not None and (found.minutes, found.approximate) == (90, False)


def test_a_city_after_its_building_is_the_venue_before_a_country_the_talks_were_about():
    venue = meeting.venue_of(
        "The Summit was held today at the Speke Resort Munyonyo, Kampala. The Executive Secretary briefed the "
        "Summit on the situation in Sudan and Somalia.",
        remote=False,
    )
    assert (venue.text, venue.zone) == ("Kampala, Uganda", "Africa/Kampala")


def test_a_dateline_closed_by_a_full_stop_dates_the_release_and_last_night_the_day_before():
    assert (
        _date(
            "Noticias\n\nPresident receives the President of Ruritania\n\nMiércoles, 14 de Junio de 2023\n\n"
            "Managua, 14 June 2023. President Alpha Beta last night received His Excellency Gamma Delta, President of "
            "the Islamic Republic of Iran, in Managua.\n\nPresident Beta welcomed President Delta.\n"
        )
        == "2023-06-13"
    )
    # a sentence that only ends with a date is no dateline
    assert (
        _date(
            "News\n\nMeeting\n\n15 June 2023\n\n"
            "President Alpha Beta received President Gamma Delta of Iran in Managua on 14 June 2023. Last night "
            "they dined together.\n\nPresident Beta welcomed President Delta.\n"
        )
        == "2023-06-14"
    )


def test_a_mastheads_state_in_its_own_language_beats_an_english_word_inside_it():
    assert text._country_of_line("Présidence de la République du Congo") == "CG"
    assert text._country_of_line("Présidence de la République Démocratique du Congo") == "CD"
    assert text._country_of_line("Presidencia de la República Dominicana") == "DO"


def test_a_signer_with_an_honorific_above_the_release_end_and_jr_at_a_sentences_end():
    draft = _draft(
        "MEDIA RELEASE\n\nPrime Minister Beta at the White House\n\n26 September 2023\n\n"
        "Yesterday I joined Pacific leaders at the White House in Washington D.C. for the Leaders Summit, hosted by "
        "the President of the United States, Joseph R. Biden Jr.\n\n"
        "- I thanked President Biden for the recognition.\n\nKia Manuia.\n\n"
        "Hon. Alpha Beta\nPrime Minister of the Cook Islands\n\nENDS\n\nMedia contact: OPM Communications\n"
    )
    assert [(p.name, p.country) for p in draft.participants] == [
        ("Hon. Alpha Beta", "CK"),
        ("Joseph R. Biden Jr.", "US"),
    ]


def test_a_taking_part_denied_is_no_taking_part():
    assert not presence.takes_part(
        "The Head of State is accompanied by the Vice President, Alpha Beta, who did not take part in the talks.",
        summit=False,
    )
    assert presence.takes_part("The Vice President, Alpha Beta, also took part in the talks.", summit=False)


def test_in_the_meeting_sentence_a_delegate_accompanying_is_left_out_and_a_title_with_commas_after_a_list():
    draft = _draft(
        "PRESS RELEASE\nNo: 265/2024\nDate: 13th April 2024\n\n"
        "The Chief Minister, the Hon Alpha Beta KC MP, accompanied by the Deputy Chief Minister, the Hon Dr Gamma "
        "Delta MP, attended a working dinner last night in Brussels with the Executive Vice-President of the "
        "European Commission, Epsilon Zeta, the Foreign Secretary, the Rt Hon Lord Cameron, and the Spanish "
        "Minister for Foreign Affairs, European Union and Cooperation, José Manuel Albares.\n\n"
        "The parties discussed the state of the negotiations.\n"
    )
    assert [p.name for p in draft.participants] == [
        "the Hon Alpha Beta KC MP",
        "Epsilon Zeta",
        "the Rt Hon Lord Cameron",
        "José Manuel Albares",
    ]
    assert [p.country for p in draft.participants][1:] == ["EU", "GB", "ES"]


def test_a_paragraph_that_opens_before_the_meeting_reports_none_of_its_points():
    day = datetime.date(2023, 4, 6)
    for paragraph in (
        "Earlier in the day, the two Presidents unveiled a monument in the capital.",
        "Earlier, in Istanbul, the Vice President received the Secretary General and discussed cooperation.",
        "Before the audience, the Minister of Foreign Affairs hosted the Secretary General at a working lunch.",
        "Before the Summit, the United States formally recognised the islands as a sovereign state.",
        "On 10 March, the two countries announced in Beijing that they would restore relations.",
    ):
        assert dates.opens_earlier(paragraph, day), paragraph
    for paragraph in (
        "On 6 April, the two ministers agreed to reopen their embassies.",
        "Earlier agreements were reviewed by the two sides, who stressed their importance.",
        "The Secretary General thanked Turkey for its support.",
    ):
        assert not dates.opens_earlier(paragraph, day), paragraph


def test_a_participants_list_of_offices_and_names_between_commas_with_romanised_cyrillic_initials():
    people = names.announced_people(
        [
            "Participants: President of the Republic of Belarus A.G. Lukashenko, President of the People's Republic "
            "of China Xi Jinping, Prime Minister of the Islamic Republic of Pakistan Sh. Sharif, President of the "
            "Republic of Uzbekistan Sh.M. Mirziyoyev."
        ]
    )
    assert [(p.name, p.country) for p in people] == [
        ("A.G. Lukashenko", "BY"),
        ("Xi Jinping", "CN"),
        ("Sh. Sharif", "PK"),
        ("Sh.M. Mirziyoyev", "UZ"),
    ]
    # "Mr." and "Dr." are no initials
    assert [p.name for p in names.find_people("The President met Mr. Alpha Beta.")] == ["Mr. Alpha Beta"]


def test_a_bodys_office_then_a_name_without_a_comma_and_the_head_of_a_countrys_delegation():
    assert _found(
        "President of the Supreme Political Council Alpha al-Beta received at noon yesterday the Saudi delegation "
        "headed by Ambassador Gamma bin Delta Al Epsilon."
    ) == [
        ("Alpha al-Beta", "President of the Supreme Political Council", ""),
        ("Gamma bin Delta Al Epsilon", "Ambassador", "SA"),
    ]
