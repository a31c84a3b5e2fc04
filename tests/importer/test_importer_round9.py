"""Session 9, round 9: one test per general rule (each failed before its rule)."""

from __future__ import annotations

import datetime as dt

import pytest
from importer_accuracy import vocabulary

from briefing_tui.core.importer import dates, import_readout, names


def _draft(readout: str):
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft


@pytest.mark.parametrize(
    ("shamsi", "gregorian"),
    [
        ((1404, 5, 29), dt.date(2025, 8, 20)),
        ((1403, 1, 1), dt.date(2024, 3, 20)),  # Nowruz 2024
        ((1402, 1, 1), dt.date(2023, 3, 21)),  # Nowruz 2023
        ((1399, 12, 30), dt.date(2021, 3, 20)),  # the last day of a leap year
        ((1357, 11, 22), dt.date(1979, 2, 11)),
        ((1379, 10, 11), dt.date(2000, 12, 31)),
    ],
)
def test_solar_hijri_dates_convert_to_known_gregorian_days(shamsi, gregorian):
    from briefing_tui.core.importer import calendars

    assert calendars.solar_hijri(*shamsi) == gregorian


def test_a_solar_hijri_leap_day_of_a_common_year_is_no_date():
    from briefing_tui.core.importer import calendars

    with pytest.raises(ValueError):
        calendars.solar_hijri(1402, 12, 30)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Juche 112 (2023) September 14 Thursday", dt.date(2023, 9, 14)),
        ("(Juche 112.9.14.)", dt.date(2023, 9, 14)),
        ("Minguo 113.5.20", dt.date(2024, 5, 20)),
        ("中華民國112年9月14日", dt.date(2023, 9, 14)),
    ],
)
def test_years_counted_from_1912_are_read(line, day):
    (mention,) = dates.find_dates(line)
    assert dt.date(mention.year, mention.month, mention.day) == day


@pytest.mark.parametrize(
    ("readout", "day"),
    [
        # A Solar Hijri date line is the release's date, and "today" is that day.
        (
            "Trilateral meeting held in Kabul\n\n1404/05/29\n\nKabul: The Foreign Minister, Ahmad Karimi, met today "
            "in Kabul the Foreign Minister of Uzbekistan, Bakhtiyor Saidov.\n\nThe two ministers discussed trade.\n",
            dt.date(2025, 8, 20),
        ),
        # A Juche date line gives the year of a meeting day written without one.
        (
            "Leader Holds Talks\n\nJuche 112 (2023) September 14 Thursday\n\nPyongyang, September 14 (KCNA) -- Ri "
            "Song Chol, premier of the Cabinet, had talks with President Ana Lopes of Portugal in Pyongyang on "
            "September 13.\n\nThe two sides discussed cooperation.\n",
            dt.date(2023, 9, 13),
        ),
        # A dateline's date (with an agency in brackets) gives way to the day its sentence names.
        (
            "Talks\n\nHanoi, March 5, 2024 (VNA) -- Prime Minister Pham Minh Chinh held talks with Prime Minister "
            "Ana Lopes of Portugal in Hanoi on March 4.\n\nThe two leaders discussed trade.\n",
            dt.date(2024, 3, 4),
        ),
        # "yesterday" in the meeting sentence wins over a date of another event further on in it.
        (
            "Talks in Beijing\n\n26 March 2024\n\nBeijing, China – President Ana Lopes yesterday held talks with the "
            "President of the People's Republic of China, H.E. Xi Jinping, in Beijing, the first meeting between the "
            "two since the resumption of diplomatic relations on 24 January this year.\n\nThe two presidents "
            "discussed trade.\n",
            dt.date(2024, 3, 25),
        ),
    ],
)
def test_the_meeting_day(readout, day):
    assert _draft(readout).date == day


def test_a_date_with_an_arabic_comma_before_its_year():
    assert dates.parse_date_line("12 February\u060c 2025") == dt.date(2025, 2, 12)


def _people(sentence: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in names.find_people(sentence)]


def test_offices_in_lower_case_after_names_as_news_agencies_write_them():
    assert _people(
        "Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the "
        "Democratic People's Republic of Korea, had talks with Vladimir Putin, president of the Russian Federation, "
        "at the Vostochny Cosmodrome."
    ) == [("Kim Jong Un", "KP"), ("Vladimir Putin", "RU")]


def test_a_headline_verb_ends_a_name():
    (person,) = names.find_people("Respected Comrade Kim Jong Un Holds Talks with Premier Li")[:1]
    assert person.tokens == ["Kim", "Jong", "Un"]


def test_a_military_rank_in_full_is_an_honorific_but_not_an_office_of_general():
    people = names.find_people(
        "Prime Minister Senior General Min Aung Hlaing received Secretary General Jens Stoltenberg in Nay Pyi Taw."
    )
    assert [(p.name, p.honorific) for p in people][:1] == [("Senior General Min Aung Hlaing", "Senior General")]
    assert all(p.honorific != "General" for p in people)


def test_a_clerics_style_keeps_a_given_name_that_is_also_an_office():
    assert _people("The talks were hosted by the Foreign Minister of Afghanistan, Mawlawi Amir Khan Muttaqi.") == [
        ("Mawlawi Amir Khan Muttaqi", "AF")
    ]


def test_a_name_word_with_the_arabic_article_and_a_title_without_the_article():
    assert _people(
        "Damascus, SANA – President of the Syrian Arab Republic, Ahmad al-Sharaa, received on Wednesday a phone call "
        "from President of the Russian Federation, Vladimir Putin."
    ) == [("Ahmad al-Sharaa", "SY"), ("Vladimir Putin", "RU")]


def test_a_trilateral_meeting_is_multilateral_and_its_attendees_are_its_members():
    draft = _draft(
        "Trilateral Foreign Ministers' Dialogue held in Kabul\n\n20 August 2025\n\nKabul: The Trilateral Foreign "
        "Ministers' Dialogue was held today in Kabul, hosted by the Foreign Minister of Afghanistan, Ahmad Karimi. "
        "The meeting was attended by the Foreign Minister of China, Mr. Wang Yi, and the Foreign Minister of "
        "Pakistan, Mr. Ishaq Dar.\n\nThe three ministers discussed trade.\n"
    )
    assert draft.kind == "multilateral-meeting"
    assert [p.country for p in draft.participants] == ["AF", "CN", "PK"]


def test_a_one_word_name_after_a_title_and_honorific_just_after_a_dateline():
    assert _people(
        "Dhaka, 17 December: Prime Minister Sheikh Hasina and Prime Minister of India Shri Narendra Modi today held "
        "a virtual summit."
    ) == [("Sheikh Hasina", ""), ("Shri Narendra Modi", "IN")]


def test_an_arrival_time_is_not_the_start():
    draft = _draft(
        "Talks\n\n14 September 2023\n\nPresident Ana Lopes of Portugal had talks with President Vladimir Putin of "
        "Russia in Moscow today.\n\nPresident Lopes arrived at the Kremlin at 13:00 local time. The talks began at "
        "14:00 and lasted two hours.\n\nThe two presidents discussed trade.\n"
    )
    assert (draft.start.hour, draft.start.minute) == (14, 0)


_IMF = (
    "IMF | International Monetary Fund\n\nPRESS RELEASE NO. 23/235\n\nDirector Meets Prime Minister\n\n"
    "June 23, 2023\n\nWashington, DC: Ms. Kristalina Georgieva, Managing Director of the International Monetary "
    "Fund (IMF), issued the following statement today after her meeting yesterday in Paris with Mr. Muhammad "
    "Shehbaz Sharif, Prime Minister of Pakistan:\n\n"
    '"I had a productive meeting with Prime Minister Shehbaz Sharif in Paris yesterday, from 3:30 to 4:15 p.m. '
    'local time. We discussed the program.\n\n"I stressed that Pakistan needs to adopt a budget."\n'
)


def test_an_organisations_masthead_of_its_abbreviation_and_name_is_the_publisher():
    result = import_readout(_IMF, vocabulary=vocabulary(), source_name="x.txt")
    assert [p.country for p in result.draft.participants] == ["IMF", "PK"]


def test_a_release_issued_today_about_a_meeting_yesterday_elsewhere():
    draft = _draft(_IMF)
    assert draft.date == dt.date(2023, 6, 22)  # "today" dates the statement, not the meeting
    assert draft.zone == "Europe/Paris"  # the dateline's Washington is where it was issued


def test_the_times_of_a_sentence_after_the_opening_that_tells_of_the_meeting():
    draft = _draft(_IMF)
    assert (draft.start.hour, draft.start.minute, draft.duration_minutes) == (15, 30, 45)


def test_a_ranges_start_without_am_or_pm_takes_the_ends_afternoon():
    from briefing_tui.core.importer import times

    assert times.read_times("The two met from 3:30 to 4:15 p.m. in Paris.").start.hour == 15
    assert times.read_times("The two met from 11:30 to 1:15 p.m. in Paris.").start.hour == 11


def test_a_princes_office_opens_a_title_then_a_name_between_commas():
    assert _people(
        "The Head of Government, Xavier Espot Zamora, received this morning in Andorra la Vella the Co-Prince of "
        "Andorra and President of the French Republic, Emmanuel Macron, on the first day of his visit."
    )[-1:] == [("Emmanuel Macron", "FR")]


def test_a_counterpart_named_with_an_office_takes_the_counterparts_country():
    assert _people(
        "President Adama Barrow today received his Senegalese counterpart, President Bassirou Diomaye Faye, at State "
        "House in Banjul."
    ) == [("Adama Barrow", ""), ("Bassirou Diomaye Faye", "SN")]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("١٢ فبراير ٢٠٢٥", dt.date(2025, 2, 12)),  # Arabic digits and CLDR's Arabic month
        ("12 شباط، 2025", dt.date(2025, 2, 12)),  # the Levant's month name, an Arabic comma
        ("۱۴۰۴/۰۵/۲۹", dt.date(2025, 8, 20)),  # Persian digits, Solar Hijri
        ("Date: 17 December 2020 (২ পৌষ ১৪২৭)", dt.date(2020, 12, 17)),  # the Bangla calendar's day beside it
    ],
)
def test_date_lines_in_other_scripts(line, day):
    assert dates.parse_date_line(line) == day


_MYANMAR = (
    "THE GLOBAL NEW LIGHT OF MYANMAR\n\nHome | National | Business\n\nChairman receives Foreign Minister\n\n"
    "15 August 2024\n\nNAY PYI TAW, 15 Aug — Prime Minister Senior General Min Aung Hlaing received Mr Wang Yi, "
    "Minister for Foreign Affairs of the People's Republic of China, at 3 pm yesterday.\n\n"
    "The Senior General explained the election.\n"
)


def test_a_masthead_that_ends_with_of_a_state_names_the_publisher():
    result = import_readout(_MYANMAR, vocabulary=vocabulary(), source_name="x.txt")
    assert 'publisher = "The Global New Light of Myanmar"' in result.toml
    assert [p.country for p in result.draft.participants] == ["MM", "CN"]
    assert result.filename == "2024-08-14-myanmar-china.toml"  # no "(Burma)" in the name


def test_a_myanmar_name_is_filed_whole_as_the_family_name():
    assert names.split_name(["Min", "Aung", "Hlaing"], "MM", dt.date(2024, 8, 14)) == ("Min Aung Hlaing", "")


@pytest.mark.parametrize(("word", "code"), [("Afghan", "AF"), ("Tajik", "TJ"), ("Turkmen", "TM"), ("Kyrgyz", "KG")])
def test_a_demonym_of_a_stan_country_is_its_name_less_stan(word, code):
    from briefing_tui.core.importer import places

    assert places.demonym_code(word) == code


def test_a_participant_named_again_with_an_honorific_is_not_left_out():
    result = import_readout(
        "Talks\n\n14 September 2023\n\nPyongyang, September 14 (KCNA) -- Kim Jong Un, general secretary of the "
        "Workers' Party of Korea, had talks with Vladimir Putin, president of the Russian Federation, in Vladivostok "
        "on September 13.\n\nRespected Comrade Kim Jong Un arrived at the venue at 13:00.\n\n"
        "Kim Jong Un said that the talks were useful.\n",
        vocabulary=vocabulary(),
        source_name="x.txt",
    )
    assert not any("Comrade Kim Jong Un" in note for note in result.notes)


def test_a_bodys_instruction_to_act_is_a_request():
    from briefing_tui.core.importer import outcomes

    (verb,) = outcomes.find_verbs("The Summit directed the Chiefs of Defence Forces of the EAC and SADC to meet.")
    assert verb.outcome == "requested"
