"""An agency's dateline dates the release; a weekday its opening sentence names is the meeting's day.

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
    ],
)
def test_a_weekday_after_an_agencys_dateline_is_the_meetings_day(sentence, day):
    readout = (
        f"{HEADER}Accra, May 10 (GNA) - President Nana Akufo-Addo {sentence}, the Presidency said.\n\n"
        "The two leaders agreed to expand cooperation on ocean management.\n"
    )
    assert _date(readout) == day
