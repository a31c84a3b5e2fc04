"""A saved or fetched web page -> the readout's text, with the page's own metadata.

Ministry pages wrap a readout in navigation, cookie banners, sidebars, share bars, footers and
scripts. selectolax (the Lexbor HTML5 parser) reads the page as a browser would; we drop the
furniture by element and role, take the main text (``<article>``/``<main>``, else the block
with the most paragraph text), and keep its blocks as lines, list items as "•" bullets, so the
text importer sees what a reader copying the page would paste. The page's title, publication
date and canonical address come from its metadata, which is more reliable than its layout.
Everything returned is plain text; nothing here is markup for a renderer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

#: Elements that are never the readout.
_DROP_TAGS = (
    "script, style, noscript, template, iframe, svg, canvas, button, select, nav, footer, aside, dialog, header"
)
#: Roles, classes and ids of furniture: banners, cookie notices, breadcrumbs, share bars, menus.
_FURNITURE = re.compile(
    r"cookie|consent|gdpr|banner|breadcrumb|share|social|sidebar|side-bar|menu|navbar|masthead|skip|footer|"
    r"related|newsletter|subscribe|popup|modal|toolbar|print|language|lang-switch|search|pagination",
    re.IGNORECASE,
)
_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar"}
_BLOCKS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "td",
    "th",
    "figcaption",
    "address",
    "tr",
}
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="dcterms.date"]',
    'meta[name="DC.date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.Date"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publication_date"]',
    'meta[name="citation_publication_date"]',
    'meta[property="og:published_time"]',
)


#: An address worth keeping as ``source_url``: http(s), no spaces or control characters.
_WEB_ADDRESS = re.compile(r"https?://[^\s\x00-\x1f\x7f<>\"]+", re.IGNORECASE)


@dataclass
class Page:
    text: str  # the readout's text: title, date and the main text's blocks, one a line
    title: str = ""
    published: dt.date | None = None
    url: str = ""  # the canonical address, else the address it was fetched from
    site: str = ""  # the site's name ("Ministry of Foreign Affairs of Ukraine")


def is_html(data: str) -> bool:
    """Whether a readout's text is an HTML page rather than plain text."""
    head = data.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(re.search(r"<(?:html|head|body)[\s>]", head))


def page_text(html: str, url: str = "") -> Page:
    """The readout in a page: its main text as lines, its title, publication date and address."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title = _meta(tree, 'meta[property="og:title"]') or _meta(tree, 'meta[name="twitter:title"]')
    h1 = tree.css_first("h1")
    if h1 is not None and _clean(h1.text(deep=True)):
        title = _clean(h1.text(deep=True))
    if not title:
        node = tree.css_first("title")
        title = _clean(node.text()) if node is not None else ""
    published = _published(tree)
    site = _site_name(tree, title)
    byline = _from_line(tree)
    candidates = [_attr(tree.css_first('link[rel="canonical"]'), "href"), _meta(tree, 'meta[property="og:url"]'), url]
    page_url = next((u for u in (_absolute(c, url) for c in candidates if c) if _WEB_ADDRESS.fullmatch(u)), "")

    body = tree.body
    if body is None:
        return Page("", title, published, page_url)
    banner = _banner(body)
    for node in list(body.css(_DROP_TAGS)):
        node.decompose()
    total = len(body.text(deep=True)) or 1
    for node in list(body.css("form")):
        # A search or comment form is furniture; an ASP.NET page is one <form> around everything.
        if len(node.text(deep=True)) < total / 2:
            node.decompose()
    for node in list(body.css("[role], [class], [id], [aria-hidden], [hidden]")):
        # A wrapper that holds most of the page ("layout with-sidebar") is not furniture.
        if _is_furniture(node) and (len(node.text(deep=True)) < total / 2 or node.attributes.get("role") in _ROLES):
            node.decompose()
    main = _main(body)
    lines = _lines(main)
    if not any(len(line.split()) >= 8 for line in lines):
        return Page("", title, published, page_url)  # no paragraph: not a readout's page
    if title and not any(_clean(line).lstrip("• ") == title for line in lines[:6]):
        lines.insert(0, title)
    if byline and not any(line.startswith("From:") for line in lines[:8]):
        # GOV.UK's "From: Prime Minister's Office ... and The Rt Hon Sir Keir Starmer" sits in a
        # metadata list beside the text: a copied page has it under the title, naming the author
        at = next((i + 1 for i, line in enumerate(lines[:6]) if _clean(line) == title), 0)
        lines.insert(at, byline)
    if published and not any(_has_date(line) for line in lines[:6]):
        lines.insert(1 if lines else 0, f"{published:%B} {published.day}, {published.year}")
    seen = {line.casefold() for line in lines[:3]}
    top = []  # the publisher, as a copied page's banner names it, each name once
    for name in [site, *banner]:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            top.append(name)
    lines[:0] = top
    return Page("\n".join(lines), title, published, page_url, site)


#: Where a site's header spells out its own name: its logo, brand or title block.
_BRAND = re.compile(r"logo|brand|site-?title|site-?name|header__title|header-title", re.IGNORECASE)


def _banner(body: LexborNode) -> list[str]:
    """The site's name as its header shows it, a line per piece ("Office of the President",
    "Co-operative Republic of Guyana"): a copied page starts with these, and they say whose
    release it is where the <title> gives only an acronym or an office. Only outside the
    article, at most four short lines."""
    lines: list[str] = []
    seen: set[str] = set()
    for node in body.css("[class], [id]")[:200]:
        marks = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if not _BRAND.search(marks) or _inside(node, ("article", "main", "footer", "nav")):
            continue
        texts, alts = [], []  # a logo's alt text only where the brand shows no words of its own
        for piece in node.traverse(include_text=True):
            if piece.tag == "-text":
                texts.append(_clean(piece.text_content or ""))
            elif piece.tag == "img":
                alts.append(_clean(_attr(piece, "alt")))
        for text in [t for t in texts if t] or alts:
            if text and len(text) <= 100 and len(text.split()) <= 12 and text.casefold() not in seen:
                seen.add(text.casefold())
                lines.append(text)
        if len(lines) >= 4:
            break
    return lines[:4]


def _inside(node: LexborNode, tags: tuple[str, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _from_line(tree) -> str:
    """A metadata list's "From:" entry ("<dt>From:</dt><dd>...</dd>") as a "From: ..." line, else ""."""
    for term in tree.css("dt")[:10]:
        if _clean(term.text(deep=True)).rstrip(":").strip().lower() != "from":
            continue
        node = term.next
        while node is not None and node.tag != "dd":
            node = node.next
        if node is not None and 0 < len(text := _clean(node.text(deep=True))) <= 300:
            return f"From: {text}"
    return ""


def _site_name(tree, title: str) -> str:
    """The site's own name: og:site_name, else what the <title> adds after the headline
    ("... | Ministry of Foreign Affairs of Ukraine")."""
    name = _meta(tree, 'meta[property="og:site_name"]') or _meta(tree, 'meta[name="application-name"]')
    if name:
        return name
    node = tree.css_first("title")
    full = _clean(node.text()) if node is not None else ""
    parts = re.split(r"\s+[|–—-]\s+", full)
    if len(parts) >= 2 and parts[-1] != title and len(parts[-1]) <= 100:
        # the site's logo may spell the name out ("Office of the President" in the <title>, its
        # logo's alt text "Office of the President – Malta")
        for img in tree.css('[class*="logo"] img[alt], [class*="brand"] img[alt]')[:5]:
            alt = _clean(_attr(img, "alt"))
            if alt.startswith(parts[-1]) and len(parts[-1]) < len(alt) <= 100:
                return alt
        return parts[-1]
    return ""


def _is_furniture(node: LexborNode) -> bool:
    attrs = node.attributes
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if (attrs.get("role") or "").lower() in _ROLES:
        return True
    marks = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return bool(marks.strip()) and bool(_FURNITURE.search(marks)) and node.tag not in ("body", "main", "article")


def _main(body: LexborNode) -> LexborNode:
    """``<article>`` or ``<main>`` (or role=main) when there is one, else the block whose
    paragraphs hold the most text (one pass over the paragraphs, however deep the page)."""
    for selector in ("article", "main", '[role="main"]', '[itemprop="articleBody"]'):
        found = [n for n in body.css(selector) if len(n.text(deep=True).strip()) >= 200]
        if found:
            return max(found, key=lambda n: len(n.text(deep=True)))
    totals: dict[int, int] = {}
    blocks: dict[int, LexborNode] = {}
    for para in body.css("p, li"):
        block = _parent_block(para)
        if block is None:
            continue
        totals[block.mem_id] = totals.get(block.mem_id, 0) + len(para.text(deep=True))
        blocks[block.mem_id] = block
    if not totals:
        return body
    best = max(totals, key=lambda k: totals[k])
    return blocks[best] if totals[best] >= 200 else body


def _parent_block(node: LexborNode) -> LexborNode | None:
    parent = node.parent
    while parent is not None and parent.tag not in ("div", "section", "td", "body"):
        parent = parent.parent
    return parent


_LINE_TAGS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd, tr, th, td, figcaption, address, div, section, article, main, ul, ol, dl, table, br, hr"
_NESTING = {"p", "div", "section", "blockquote"}


#: A caption that only credits the picture: "Photo: X", "(Photo credit: X)", "© X", "Image: X / Y".
_CREDIT = re.compile(
    r"\s*[\[(]?\s*(?:(?:photo(?:graph)?|image|picture|credit)s?(?:\s+(?:credit|by|courtesy))?\s*[:：]|©|\(c\))"
    r"\s*(?:[^\s.!?]+\s*){1,8}[\])]?\s*",
    re.IGNORECASE,
)

#: ... unless it says who is in it ("Photo: PM Modi with President Ali").
_SCENE = re.compile(r"\b(?:and|with|meets?|met|receives?|received|during|holds?|talks|greets?)\b", re.IGNORECASE)


def _lines(root: LexborNode) -> list[str]:
    """The text of each block, in order, one a line; list items as "•" bullets. Blocks are marked
    with line breaks in the tree and the text taken once (no recursion: pages can nest deeply)."""
    for node in list(root.css(_LINE_TAGS)):
        node.insert_before("\n")
        node.insert_after("\n")
    for caption in list(root.css("figcaption")):
        # A photo's caption reads as a copied page's "[Photo] ..." line: furniture, but it may name
        # the principals or the day (the importer reads captions for both). A credit alone
        # ("Photo: Presidency of the Republic") names neither, and above the text it would read
        # as the text's first line.
        words = caption.text(deep=True)
        if _CREDIT.fullmatch(words) and not _SCENE.search(words):
            caption.decompose()
        elif words.strip() and not re.match(r"\s*[\[(]?photo", words, re.I):
            caption.insert_before("[Photo] ")
    for item in list(root.css("li")):
        target = item
        while target.child is not None and target.child.tag in _NESTING:
            target = target.child  # "<li><p>text</p></li>": the bullet goes before the text
        if target.child is None:
            continue
        if not re.match(r"\s*(?:[-•*]|\(?\d{1,2}[.)])", item.text(deep=True)):
            target.child.insert_before("• ")
    text = root.text(deep=True, separator="")
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line and line != "•"]


def _clean(text: str, keep_lines: bool = False) -> str:
    if keep_lines:
        return "\n".join(ln for ln in (re.sub(r"[ \t\r\f\v\u00a0]+", " ", s).strip() for s in text.split("\n")) if ln)
    return re.sub(r"\s+", " ", text).strip()


def _meta(tree, selector: str) -> str:
    return _clean(_attr(tree.css_first(selector), "content"))


def _attr(node, name: str) -> str:
    if node is None:
        return ""
    return (node.attributes.get(name) or "").strip()


def _published(tree) -> dt.date | None:
    for selector in _DATE_META:
        day = _iso_date(_meta(tree, selector))
        if day:
            return day
    for node in tree.css("time[datetime]"):
        day = _iso_date(_attr(node, "datetime"))
        if day:
            return day
    # No metadata: an element the site's own markup calls a date ('<span class="date">2025-02-15</span>',
    # '<div class="post-date">15 February 2025</div>'), read as a header's date line.
    from briefing_tui.core.importer import dates

    for node in tree.css('[class*="date"], [class*="Date"]')[:20]:
        text = node.text(deep=True).strip()
        if 0 < len(text) <= 60 and (day := _iso_date(text) or dates.parse_date_line(text)):
            return day
    return None


def _iso_date(value: str) -> dt.date | None:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _has_date(line: str) -> bool:
    """A full date (with its year) the importer reads: "on 22 September" in the text or a
    "2023.9.14." stamp leaves the year to the page's own date, which is then added."""
    from briefing_tui.core.importer import dates

    return dates.parse_date_line(line) is not None or any(d.year for d in dates.find_dates(line[:80]))


def _absolute(href: str, base: str) -> str:
    from urllib.parse import urljoin

    return urljoin(base, href) if base else href
