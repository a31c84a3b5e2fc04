"""Session 4, round 2: one test per rule learnt on holdout4 (each failed before its rule)."""

from __future__ import annotations

import pytest

from briefing_tui.core.importer import meeting
from briefing_tui.core.importer.names import Person


def _leader(name: str, country: str, title: str = "Prime Minister") -> Person:
    return Person(name=name, tokens=name.split(), title=title, country=country)


TWO_LEADERS = [_leader("Anwar Ibrahim", "MY"), _leader("Xi Jinping", "CN", "President")]


@pytest.mark.parametrize(
    ("title", "lead", "kind"),
    [
        # leaders' talks the readout calls a meeting or talks are not a summit (docs/schema.md)
        (
            "Prime Minister meets President Xi",
            "The Prime Minister held talks with President Xi in Beijing.",
            "bilateral-meeting",
        ),
        (
            "PM meets PM",
            "Prime Minister Carney met Prime Minister Ishiba on the margins of the G7 Leaders' Summit.",
            "bilateral-meeting",
        ),
        ("Meeting", "The Secretary General hosted them in Vilnius on the eve of the NATO Summit.", "bilateral-meeting"),
        (
            "PM meets President",
            "The Prime Minister met President Xi at the G20 Summit in Rio de Janeiro.",
            "bilateral-meeting",
        ),
        (
            "PM meets President",
            "The Prime Minister, who is attending the G20 Rio de Janeiro Summit, met President Xi.",
            "bilateral-meeting",
        ),
        # a meeting the readout calls a summit is one
        ("Japan-EU Summit Meeting", "The Prime Minister held a meeting.", "summit"),
        ("EU-China summit: peace is a shared responsibility", "They met.", "summit"),
        ("Leaders meet", "The Prime Minister hosted the second India-Nordic Summit in Copenhagen.", "summit"),
        ("Leaders meet", "The 11th Malaysia-Singapore Leaders' Retreat was held in Putrajaya.", "summit"),
        ("Leaders meet", "At the G20 Summit the Prime Minister met President Xi.", "bilateral-meeting"),
    ],
)
def test_a_summit_is_what_the_readout_calls_a_summit(title, lead, kind):
    assert meeting.kind_of(title, lead, TWO_LEADERS)[0] == kind


def test_a_named_summit_of_many_countries_is_a_summit_not_a_multilateral_meeting():
    people = [*TWO_LEADERS, _leader("Jonas Gahr Støre", "NO")]
    assert meeting.kind_of("Leaders meet", "The Prime Minister hosted the India-Nordic Summit.", people)[0] == "summit"
    assert meeting.kind_of("Leaders meet", "The Prime Minister hosted talks.", people)[0] == "multilateral-meeting"
