"""An agency's dateline dates the release (a weekday its opening sentence names is the meeting's day), and
the agency is no side (its abbreviation is nobody's country).

"Budapest, December 8 (MTI) - ... held a working dinner in Paris on Thursday evening" was dated the
8th (a Friday) from its dateline. Invented variants (other agencies, people, weekdays); the first two
failed before the rule, the others guard what it must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from importer_accuracy import vocabulary

from briefing_tui.core.importer import import_readout


def _date(readout: str) -> dt.date:
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft.date


HEADER = "Ghana News Agency\n\nPolitics | 2023-05-10 11:20\n\nAkufo-Addo and Støre hold talks in Accra\n\n"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("met Prime Minister Jonas Gahr Støre at Jubilee House on Tuesday evening", dt.date(2023, 5, 9)),
        ("held talks with Prime Minister Jonas Gahr Støre on Monday in Accra", dt.date(2023, 5, 8)),
        # the dateline's own weekday: the same day
        ("met Prime Minister Jonas Gahr Støre at Jubilee House on Wednesday", dt.date(2023, 5, 10)),
        # no weekday: the dateline's date, as before
        ("met Prime Minister Jonas Gahr Støre at Jubilee House", dt.date(2023, 5, 10)),
        # a date of its own after the weekday: that date, as before
        ("met Prime Minister Jonas Gahr Støre on Monday, May 8, at Jubilee House", dt.date(2023, 5, 8)),
        # "today" in the sentence: the dateline's day; a weekday of an arrival is another event's
        ("today held talks with Prime Minister Jonas Gahr Støre, who arrived on Monday", dt.date(2023, 5, 10)),
        ("this morning received Prime Minister Jonas Gahr Støre, who arrived on Monday", dt.date(2023, 5, 10)),
        # a weekday still to come is no meeting's day on or before the dateline
        ("received Prime Minister Jonas Gahr Støre, who will travel to Kumasi on Friday", dt.date(2023, 5, 10)),
        (
            "received Prime Minister Jonas Gahr Støre, and the two will attend a regatta on Saturday",
            dt.date(2023, 5, 10),
        ),
        # a weekday in another event's clause: the dateline's day (the review's cases)
        (
            "held talks with Prime Minister Jonas Gahr Støre, their second meeting since they met in Oslo on Monday",
            dt.date(2023, 5, 10),
        ),
        ("held talks with Prime Minister Jonas Gahr Støre during a visit that ends on Friday", dt.date(2023, 5, 10)),
        (
            "held talks with Prime Minister Jonas Gahr Støre, following an announcement by the Presidency on Tuesday",
            dt.date(2023, 5, 10),
        ),
        (
            "received Prime Minister Jonas Gahr Støre to review the fisheries accord signed on Friday",
            dt.date(2023, 5, 10),
        ),
        ("said on Monday that the talks with Prime Minister Jonas Gahr Støre had gone well", dt.date(2023, 5, 10)),
    ],
)
def test_a_weekday_after_an_agencys_dateline_is_the_meetings_day(sentence, day):
    readout = (
        f"{HEADER}Accra, May 10 (GNA) - President Nana Akufo-Addo {sentence}, the Presidency said.\n\n"
        "The two leaders agreed to expand cooperation on ocean management.\n"
    )
    assert _date(readout) == day


@pytest.mark.parametrize(
    ("masthead", "dateline", "host", "country"),
    [
        ("BNA\nBahrain News Agency", "MANAMA, May 10 (BNA) -", "His Majesty King Hamad bin Isa Al Khalifa", "BH"),
        ("PNA\nPhilippine News Agency", "MANILA, May 10 (PNA) -", "President Ferdinand Marcos Jr.", "PH"),
        ("APS\nAlgérie Presse Service", "ALGIERS, May 10 (APS) -", "President Abdelmadjid Tebboune", "DZ"),
    ],
)
def test_a_news_agencys_abbreviation_is_nobodys_country(masthead, dateline, host, country):
    """An agency's masthead spelt out ("MENA" / "Middle East News Agency") made its abbreviation the
    country of a host the text gives none; an agency reports others' meetings: the dateline's place."""
    readout = (
        f"{masthead}\n\n{HEADER.split(chr(10), 2)[2]}{dateline} {host} received Prime Minister Jonas Gahr "
        "Støre of Norway on Tuesday, the palace said.\n\nThe two leaders agreed to expand cooperation on "
        "ocean management.\n"
    )
    draft = import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft
    assert [p.country for p in draft.participants] == [country, "NO"]


def test_an_agency_that_is_no_news_agency_keeps_its_code():
    """ "Agence" alone is no news agency: the AFD ("Agence Française de Développement") is a side, as
    the IAEA is, and its abbreviation stays its director's code; "Presse" names one ("APS")."""
    readout = (
        "AFD\nAgence Française de Développement\n\n" + HEADER.split("\n", 2)[2] + "PARIS, May 10 (AFD) - Director "
        "General Rémy Rioux received Prime Minister Jonas Gahr Støre of Norway on Tuesday, the agency said.\n\n"
        "The two leaders agreed to expand cooperation on ocean management.\n"
    )
    draft = import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft
    assert [p.country for p in draft.participants] == ["AFD", "NO"]
