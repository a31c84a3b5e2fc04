"""The headline is the briefing's title, whatever page furniture sits around it in the copied header.

A readout whose headline names no meeting ("Ghana, Norway agree to ...") took the header's last
line as its title: a byline, a "Published on ... | Category: ..." line, a dateline, a breadcrumb.
Each case here is invented (other publishers, people and layouts than the sets' readouts); all but
the "Posted by:" line failed before ``text._could_head``, and the last two guard headlines that only
look like a label or a date line.
"""

from __future__ import annotations

import pytest
from importer_accuracy import vocabulary

from briefing_tui.core.importer import import_readout

HEADLINE = "Ghana, Norway agree to expand cooperation on ocean management"
BODY = (
    "President Nana Akufo-Addo on Tuesday received the Prime Minister of Norway, Jonas Gahr Støre, "
    "at Jubilee House in Accra.\n\nThe two leaders agreed to expand cooperation on sustainable ocean "
    "management.\n\nPresident Akufo-Addo thanked Norway for its support.\n"
)


def _title(readout: str) -> str:
    return import_readout(readout, vocabulary=vocabulary(), source_name="x.txt").draft.title


@pytest.mark.parametrize(
    "header",
    [
        # a byline under the headline, a site's tagline and its navigation bar above it
        f"Ghana News Service\nYour Source of Official News\nHome | Politics | Economy | Regions\n\nPolitics\n"
        f"{HEADLINE}\n\nBy Ama Mensah\nNovember 14, 2023\n",
        f"{HEADLINE}\nPosted by: Information Services Department\n14 November 2023\n",
        # the date and the desk on one line, after the headline, and no date line of its own
        f"{HEADLINE}\n\nPublished on 14/11/2023 at 16:05 | Category: Audiences\n",
        # a dateline under the headline ("City, Country, date")
        f"{HEADLINE}\n\nPress Release No 112/2023\nAccra, Ghana, 14 November 2023\n",
        # a breadcrumb with slashes below it
        f"{HEADLINE}\nHome / Newsroom / Press releases\n14 November 2023\n",
    ],
)
def test_furniture_around_a_headline_is_not_the_title(header):
    assert _title(f"{header}\n{BODY}") == HEADLINE


def test_a_headline_below_the_date_when_nothing_above_could_be_one():
    header = "Home > Newsroom\n\n14.11.2023\nPress Office\n\n" + HEADLINE + "\n"
    assert _title(f"{header}\n{BODY}") == HEADLINE


def test_a_forms_title_label_is_not_part_of_the_title():
    assert _title(f"Press Releases\n\nTitle: {HEADLINE}\nDate: 2023-11-14\n\n{BODY}") == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        # a place, a colon and the headline: not a "label: value" line
        "Accra: President Akufo-Addo holds talks with Prime Minister Støre",
        # a date inside a headline that says more than the date
        "President's meeting with Prime Minister Støre: 14 November 2023",
    ],
)
def test_headlines_that_look_like_labels_or_dates_stay_titles(headline):
    assert _title(f"Office of the President\n\n{headline}\n\n14 November 2023\n\n{BODY}") == headline


SHORT = "Ghana hosts Norwegian premier"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a site's tagline, longer than a short headline, above it (the longest line was taken)
        (
            f"Ghana News Agency\nInforming and empowering Ghanaians since 1957 with official news\nPolitics\n"
            f"{SHORT}\nNovember 14, 2023\n",
            SHORT,
        ),
        (
            "ACCRA METROPOLITAN ASSEMBLY\nTHE OFFICIAL WEBSITE OF THE ACCRA METROPOLITAN ASSEMBLY OF GHANA\n"
            f"{SHORT.upper()}\n14 NOVEMBER 2023\n",
            SHORT.upper(),
        ),
        # a shorter numbered line under the headline is passed over
        (f"{HEADLINE}\nPress Release No 112/2023\n14 November 2023\n", HEADLINE),
    ],
)
def test_a_short_headline_under_a_longer_tagline_is_the_title(header, title):
    assert _title(f"{header}\n{BODY}") == title


@pytest.mark.parametrize(
    "headline",
    [
        "By 2030, Ghana and Norway aim to double offshore wind output",
        "Par 320 voix, les députés ghanéens approuvent l'accord avec la Norvège",
    ],
)
def test_by_or_par_and_a_number_open_a_headline_not_a_byline(headline):
    # (the site's name above it, a line that could head the page, was taken)
    assert _title(f"The Accra Daily Courier\n{headline}\n14 November 2023\n\n{BODY}") == headline


@pytest.mark.parametrize(
    "headline",
    [
        # a place and a colon before a short headline: the label's value says more than a label's
        "Kenya: envoy presents credentials",
        "Paris : la maire reçoit son homologue ghanéenne",
        # one slash is no breadcrumb (a breadcrumb by slashes has two)
        "Canada / Norway joint statement on Arctic cooperation",
        # "Por" and a clause: no byline
        "Por primera vez, España y Noruega firman un acuerdo pesquero",
        # a date among words that are not a place's
        "New rules for visitors from 1 January 2024",
    ],
)
def test_headlines_that_only_look_like_furniture_are_not_passed_over(headline):
    # (the first, third and fourth failed the line test before, so the site's name above them was taken)
    assert _title(f"The Accra Daily Courier\n{headline}\n14 November 2023\n\n{BODY}") == headline


def test_a_metadata_line_is_no_headline_whatever_its_length():
    header = f"{HEADLINE}\nCatégorie : Communiqués de presse officiels\n14 novembre 2023\n"
    assert _title(f"{header}\n{BODY}") == HEADLINE
