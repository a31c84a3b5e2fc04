"""Round 13 (generalisation: causes of names, countries and kind misses that recur over every set,
docs/import.md "Round 13"): one test per general rule (each failed before its rule)."""

from __future__ import annotations

from importer_accuracy import vocabulary

from briefing_tui.core.importer import import_readout, places


def _draft(readout: str):
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft


def _sides(readout: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in _draft(readout).participants]


def test_a_standfirst_above_first_published_and_a_history_notice_is_not_the_opening_paragraph():
    # GOV.UK and GOV.WALES pages: standfirst, "First published:", "Last updated:", and the notice of
    # an earlier administration, then the opening paragraph.
    draft = _draft(
        "GOV.EXAMPLE\n\nPress release\n\nMinisters launch a joint plan on the national day\n\n"
        "The two governments have agreed a programme of co-operation for the next four years.\n\n"
        "First published: 3 March 2022\nLast updated: 3 March 2022\n\n"
        "This was published under the 2019 to 2022 administration of the Example Government\n\n"
        "The First Minister of Ruritania, Alpha Beta, and the Foreign Minister of Ireland, Gamma Delta, "
        "met by video conference at 2pm today to launch the plan. The meeting lasted an hour.\n\n"
        "The Ministers agreed to hold a forum later in the year.\n"
    )
    assert [p.name for p in draft.participants] == ["Alpha Beta", "Gamma Delta"]
    assert draft.kind == "video-conference"
    assert draft.start is not None and draft.start.hour == 14


def test_the_uks_nations_are_the_uk():
    assert places.country_code("Wales") == "GB"
    assert places.country_code("Northern Ireland") == "GB"
    assert places.country_code("New South Wales") != "GB"
    # "Scotland" is also a family name (the Commonwealth's Secretary-General): not read as a country
    assert places.country_code("Scotland") is None
