"""Saved pages read as their copied text reads (issue #16): what a page's layout hides or moves
must not cost fields the same readout's text gets right.

Found by scoring every set's saved pages beside its text (``score_holdout.py --html``): an
ASP.NET page (one <form> around everything) lost its whole text, a header's site name ("Office of
the President" / "Co-operative Republic of Guyana") was dropped with the header, a photo credit
above the text read as its first line, and a date without its year in the text kept the page's
own date out. The pages here are new ones, not any set's.
"""

from __future__ import annotations

from briefing_tui.core.importer import import_readout, pages

BODY = (
    "<p>Accra, 4 March 2024 – The President of the Republic, Nana Addo Dankwa Akufo-Addo, received the "
    "Prime Minister of Barbados, Mia Amor Mottley, at Jubilee House at 11:00 hrs. The talks lasted one hour.</p>"
    "<p>The two leaders agreed to establish direct flights between Accra and Bridgetown.</p>"
    "<p>President Akufo-Addo stated that Ghana would host the next Africa-Caribbean summit.</p>"
)


def _page(body: str, *, head: str = "", header: str = "", title: str = "Meeting with the Prime Minister") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body>{header}"
        f"<article><h1>{title}</h1>{body}</article><footer><p>All rights reserved.</p></footer></body></html>"
    )


def _draft(html: str):
    page = pages.page_text(html)
    return import_readout(page.text, page=page).draft


def test_a_page_inside_one_form_keeps_its_text_and_a_small_form_goes():
    html = (
        "<html><head><title>Talks</title></head><body><form id='aspnetForm' method='post'>"
        "<input type='hidden' name='__VIEWSTATE' value='x'>"
        "<div class='content'><h1>Talks with Barbados</h1>" + BODY + "</div>"
        "<form class='newsletter'><p>Subscribe to our newsletter for weekly news of the Presidency</p></form>"
        "</form></body></html>"
    )
    page = pages.page_text(html)
    assert "direct flights" in page.text and "newsletter" not in page.text
    draft = import_readout(page.text, page=page).draft
    assert [p.country for p in draft.participants] == ["GH", "BB"] and len(draft.points) == 2


def test_the_header_s_site_name_is_the_page_s_first_lines():
    header = (
        "<header class='masthead'><div class='site-branding'><a href='/'><img src='arms.png' alt='Coat of arms'></a>"
        "<p class='site-title'>Office of the President<br><span>Republic of Ghana</span></p></div>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
    )
    body = BODY.replace("The President of the Republic, Nana", "President Nana")
    page = pages.page_text(_page(body, header=header, title="Courtesy call | Office of the President"))
    assert page.text.splitlines()[:2] == ["Office of the President", "Republic of Ghana"]
    assert "Coat of arms" not in page.text  # a logo's alt text only where the brand has no words
    draft = import_readout(page.text, page=page).draft
    assert [p.country for p in draft.participants] == ["GH", "BB"]


def test_a_logo_s_alt_text_names_the_site_where_the_header_has_no_words():
    header = "<header><a class='logo' href='/'><img src='logo.svg' alt='Caribbean Community'></a></header>"
    page = pages.page_text(_page(BODY, header=header))
    assert page.text.splitlines()[0] == "Caribbean Community"


def test_a_brand_inside_the_article_or_footer_is_not_the_banner():
    body = "<div class='brand-partner'>Sponsored by Acme Airlines</div>" + BODY
    page = pages.page_text(_page(body, header="<footer><div class='logo'>Footer Logo Ltd</div></footer>"))
    assert page.text.splitlines()[0] != "Sponsored by Acme Airlines"
    assert "Footer Logo Ltd" not in page.text


def test_a_photo_credit_above_the_text_is_not_its_first_line():
    body = "<figure><img src='a.jpg' alt=''><figcaption>Photo: Presidency of the Republic</figcaption></figure>" + BODY
    page = pages.page_text(_page(body))
    assert "Presidency of the Republic" not in page.text
    draft = import_readout(page.text, page=page).draft
    assert [p.country for p in draft.participants] == ["GH", "BB"]
    assert draft.start is not None and draft.start.hour == 11 and draft.duration_minutes == 60


def test_a_caption_that_says_who_is_in_the_photo_stays():
    body = (
        "<figure><img src='a.jpg' alt=''><figcaption>Photo: President Akufo-Addo with Prime Minister Mottley"
        "</figcaption></figure>" + BODY
    )
    assert "President Akufo-Addo with Prime Minister Mottley" in pages.page_text(_page(body)).text


def test_the_page_s_date_gives_the_year_a_date_in_the_text_leaves_out():
    body = (
        "<p>Director-General Amina Mohammed held a video call on 9 May with the Foreign Minister of Peru, "
        "Javier González-Olaechea. The call began at 16:00 Geneva time and lasted 30 minutes.</p>"
        "<p>They agreed to meet again in Lima.</p>"
    )
    head = "<meta property='article:published_time' content='2023-05-10T09:00:00+02:00'>"
    page = pages.page_text(_page(body, head=head, title="Director-General speaks with Peru's Foreign Minister"))
    assert "May 10, 2023" in page.text
    assert import_readout(page.text, page=page).draft.date.isoformat() == "2023-05-09"


def test_a_stamp_the_importer_does_not_read_as_a_date_is_not_the_page_s_date():
    body = "<p class='date'>2022.11.30.</p>" + BODY.replace(", 4 March 2024", ", 30 November")
    head = "<meta name='date' content='2022-11-30'>"
    draft = _draft(_page(body, head=head))
    assert draft.date.isoformat() == "2022-11-30"


def test_a_participants_list_that_ends_the_text_keeps_its_last_entries():
    """A saved page often ends at the list (its footer is dropped): "Name, Office of Country" lines
    there are people, not the issuing office's sign-off; "Press Office, Ministry ..." still goes."""
    text = (
        "Castries, 9 May 2024 - The Heads of Government of the OECS held a special meeting by videoconference "
        "at 14:00 hrs to coordinate the region's response to the drought.\n\n"
        "The Heads agreed to establish a regional water fund.\n\n"
        "Participants:\n"
        "Philip J. Pierre, Prime Minister of Saint Lucia\n"
        "Roosevelt Skerrit, Prime Minister of Dominica\n"
        "Dickon Mitchell, Prime Minister of Grenada\n"
        "Gaston Browne, Prime Minister of Antigua and Barbuda\n\n"
        "Press Office, Ministry of Foreign Affairs\n"
    )
    draft = import_readout(text).draft
    assert [p.name for p in draft.participants][-2:] == ["Dickon Mitchell", "Gaston Browne"]
    assert [p.country for p in draft.participants][-2:] == ["GD", "AG"]
    assert not any("Press Office" in (p.text or "") for p in draft.points)
