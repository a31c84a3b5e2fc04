"""International organisations and Kosovo are sides a briefing can name (issue #16, round 6)."""

from __future__ import annotations

from briefing_tui.core.model import countries
from briefing_tui.core.model.organisations import ORGANISATIONS
from briefing_tui.core.present.render import actor_names
from briefing_tui.core.store.parse import load_file


def test_organisations_and_kosovo_are_codes_with_names_and_zones():
    for code, name, zone in (
        ("CoE", "Council of Europe", "Europe/Paris"),
        ("AUC", "African Union", "Africa/Addis_Ababa"),
        ("Commonwealth", "Commonwealth", "Europe/London"),
        ("XK", "Kosovo", "Europe/Belgrade"),
        ("NATO", "NATO", "Europe/Brussels"),
    ):
        assert countries.is_country(code) and countries.country_name(code) == name
        assert countries.default_zone(code) == zone
    assert countries.country_name("AU") == "Australia"  # ISO's code is never an organisation's


def test_every_organisation_code_is_unique_and_no_iso_code():
    codes = [o.code for o in ORGANISATIONS]
    assert len(set(codes)) == len(codes)
    assert all(len(c) > 2 or c in ("EU", "UN") for c in codes)


def test_canonical_code_ignores_case():
    assert countries.canonical("coe") == "CoE" and countries.canonical("jp") == "JP"
    assert countries.canonical("XX") is None


def test_check_accepts_organisations_and_kosovo(write, minimal):
    for code in ("CoE", "AUC", "OSCE", "Commonwealth", "XK", "NATO"):
        briefing, problems = load_file(write(minimal.replace('country = "CA"', f'country = "{code}"')))
        assert problems == [] and briefing is not None, code
        assert briefing.participants[1].country == code


def test_check_names_the_right_case_of_an_organisation(write, minimal):
    briefing, problems = load_file(write(minimal.replace('country = "CA"', 'country = "COE"')))
    assert briefing is None and "organisation's code" in problems[0].message
    assert problems[0].message.endswith("did you mean 'CoE'?")  # only the case was wrong
    briefing, problems = load_file(write(minimal.replace('country = "CA"', 'country = "jp"')))
    assert problems[0].message.endswith("did you mean 'JP'?")
    briefing, problems = load_file(write(minimal.replace('country = "CA"', 'country = "Nowhere"')))
    assert "did you mean" not in problems[0].message


def test_an_organisation_as_actor_is_shown_by_name(write, minimal):
    text = minimal.replace('country = "CA"', 'country = "CoE"').replace('actors = ["both"]', 'actors = ["coe"]')
    briefing, problems = load_file(write(text))
    assert problems == [] and briefing is not None
    assert actor_names(briefing, ["coe"]) == "Council of Europe"
