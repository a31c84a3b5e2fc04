"""A pasted readout page cut into header, opening paragraph, body and trailer.

Copying a ministry's page brings its furniture along: a category line, "Readout" and
"Office of the Spokesperson" labels, photo captions, "Back to ..." links, translation
disclaimers, media contacts. This module normalises the characters, drops the furniture and
says which lines are the title, the publication date, the opening paragraph and the points.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing_tui.core.importer import dates, places

#: The opening paragraph is read up to this length (the date, times and names are at its start).
MAX_LEAD_CHARS = 4000


@dataclass(frozen=True)
class Publisher:
    name: str
    short: str  # the id prefix
    country: str
    zone: str
    prose: bool  # points are sentences, not bullets or paragraphs


MOFA = Publisher("Ministry of Foreign Affairs of Japan", "mofa", "JP", "Asia/Tokyo", False)
KANTEI = Publisher("Prime Minister's Office of Japan", "kantei", "JP", "Asia/Tokyo", False)
STATE = Publisher("U.S. Department of State", "state", "US", "America/New_York", True)
GAC = Publisher("Global Affairs Canada", "gac", "CA", "America/Toronto", True)
FCDO = Publisher("Foreign, Commonwealth & Development Office (UK)", "fcdo", "GB", "Europe/London", False)
DFAT = Publisher("Department of Foreign Affairs and Trade (Australia)", "dfat", "AU", "Australia/Sydney", False)
EEAS = Publisher("European External Action Service", "eeas", "EU", "Europe/Brussels", False)
MEA = Publisher("Ministry of External Affairs (India)", "mea", "IN", "Asia/Kolkata", False)
#: No publisher named or recognised: no home country and no home zone are assumed.
UNKNOWN = Publisher("unknown", "import", "", "", False)

#: Ministries named outright (their name, their site, or a title only they use), after the four above.
_NAMED = (
    (
        FCDO,
        r"Foreign,? Commonwealth (?:&|and) Development Office|\bFCDO\b|\b(?:gov|GOV)\.(?:uk|UK)\b|^From:.*\bForeign Secretary\b",
    ),
    (DFAT, r"Department of Foreign Affairs and Trade|\bDFAT\b|dfat\.gov\.au|foreignminister\.gov\.au"),
    (EEAS, r"European External Action Service|\bEEAS\b|eeas\.europa\.eu"),
    (MEA, r"Ministry of External Affairs|mea\.gov\.in|^External Affairs Minister\b|\bEAM\b"),
)


@dataclass
class Document:
    publisher: Publisher
    publisher_guessed: bool = False
    category: str = ""
    title: str = ""
    header: list[str] = field(default_factory=list)  # every line above the opening paragraph
    published: dt.date | None = None
    published_why: str = ""  # why the publication date is a guess, if it is one
    dateline_city: str = ""
    dateline_place: str = ""  # the dateline's whole place: "New York City, New York"
    lead: str = ""  # the opening paragraph (prose style: its first sentence)
    lead_rest: list[str] = field(default_factory=list)  # prose style: the first paragraph's other sentences
    body: list[str] = field(default_factory=list)  # lines after the opening paragraph
    reference: list[str] = field(default_factory=list)  # a trailing "[Reference]" block
    dropped: list[str] = field(default_factory=list)  # furniture and captions, for the notes
    # The body's last lines and the sign-off after them ("Roberta Metsola" / "President of the
    # European Parliament"): where a first-person statement's author signs.
    tail: list[str] = field(default_factory=list)


# Lines that are never content.
_FURNITURE = re.compile(
    r"^(?:\[?\s*provisional\s+translation\s*\]?|open\s+a\s+new\s+window|print|share|tweet|page\s+top|"
    r"readout|media\s+note|news\s+release|statement|office\s+of\s+the\s+spokesperson|"
    r"from:?\s+global\s+affairs\s+canada|global\s+affairs\s+canada|the\s+below\s+is\s+attributable\s+to\b.*|"
    r".*\(pdf\)\s*(?:open\s+a\s+new\s+window)?|photo\s*:.*|\(photo\).*|photograph.*|\[photo.*|"
    r"japanese\s*/\s*english|english|japanese|日本語|\*+|(?:the\s+(?:meeting|talks?|call)\s+(?:was|were)\s+)?(?:also\s+)?attended\s+by\b.*)$",
    re.IGNORECASE,
)
_PHOTO_LINE = re.compile(r"\[?\(?photo", re.IGNORECASE)
# A line from which the rest of the page is furniture.
_TRAILER = re.compile(
    r"^(?:back\s+to\b|\(\s*\*?\s*the\s+foregoing\b|\*\s*the\s+foregoing\b|\(end\)|-?\s*end\s*-?$|related\s+links?\b|"
    r"associated\s+links?\b|contacts?\s*:?$|media\s+relations\b|for\s+more\s+information\b|follow\s+us\b|"
    r"stay\s+connected\b|date\s+modified\b|report\s+a\s+problem\b|search\s+for\s+related\s+information\b|"
    r"related\s+(?:documents|products|articles)\b|tags?\s*:|tags?$|share\s+this\s+page\b|updates\s+to\s+this\s+page\b|"
    r"for\s+further\s+information\b"
    # (round 16) a news site's list of other stories and an agency's end mark: "Related News",
    # "Related Stories", "More stories", "See also", "You may also like", "Enditem/AW", "-- ENDS --"
    r"|related\s+(?:news|stories|content|coverage|reading|posts?|topics)\s*:?$|more\s+(?:news|stories)\s*:?$"
    r"|see\s+also\s*:?$|you\s+may\s+also\s+like\b|also\s+read\s*:?$|enditem\b|-*\s*ends\s*-*$"
    # (round 15) a transcript's questions after the statement: "Questions and Answers", "Q&A"
    r"|questions?\s+and\s+answers?\s*:?$|q\s*&\s*a\s*:?$|question[-\s]and[-\s]answer\s+session\s*:?$)",
    re.IGNORECASE,
)
_REFERENCE = re.compile(r"^[\[(（【]\s*reference\s*[\])）】]\s*(?P<rest>.*)$", re.IGNORECASE)
_AS_FOLLOWS = re.compile(
    r"\b(?:overview|summary|outline|gist|main points?)\b[^.]{0,60}\bas follows\b\s*[.:]?|\bas follows\s*[.:]\s*$",
    re.IGNORECASE,
)
# "November 26, 2021 – Ottawa, Ontario – Global Affairs Canada [– The Honourable ...]"
_DATELINE = re.compile(
    r"^(?P<date>[^–—]+?\d{4})\s*[–—-]\s*(?P<place>[^–—]+?)\s*[–—-]\s*(?P<org>Global Affairs Canada|[A-Z][^–—]{2,60}?)\s*(?:[–—-]\s*(?P<rest>.+))?$"
)
_TITLE_WORDS = re.compile(
    r"\b(?:meeting|meetings|talk|talks|call|summit|readout|conference|luncheon|lunch|dinner|breakfast|speaks|meets|met|"
    r"visit|telephone|videoconference|dialogue|consultations?)\b",
    re.IGNORECASE,
)
_ABBREVIATIONS = (
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "Prof",
    "Amb",
    "St",
    "Jr",
    "Sr",
    "No",
    "Nos",
    "Hon",
    "Rt",
    "Gen",
    "Sen",
    "Rep",
    "Gov",
    "Lt",
    "Col",
    "Capt",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "U.S",
    "U.K",
    "U.N",
    "H.E",
    "D.C",
    "Co",
    "Inc",
    "approx",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)


def normalise(text: str) -> str:
    """NFKC, straight quotes, plain spaces, no control or zero-width characters, LF line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Character by character through translation tables cut to the text's distinct characters
    # (and skipped when nothing in them occurs): a Python loop per character cost ~1 s/MB.
    text = _translate(text, {ord(ch): None for ch in set(text) if unicodedata.category(ch) == "Cs"})
    text = unicodedata.normalize("NFKC", text)
    present = {ord(ch) for ch in set(text)}
    text = _translate(text, {code: to for code, to in _PLAIN.items() if code in present})
    text = _translate(
        text, {ord(ch): " " for ch in set(text) if ch not in "\n\t" and unicodedata.category(ch)[0] == "C"}
    )
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


_PLAIN = {
    0x2018: "'",
    0x2019: "'",
    0x201A: "'",
    0x2032: "'",
    0x00B4: "'",
    0x201C: '"',
    0x201D: '"',
    0x201E: '"',
    0x2033: '"',
    0x00A0: " ",
    0x2007: " ",
    0x2009: " ",
    0x202F: " ",
    0x3000: " ",
    0x2002: " ",
    0x2003: " ",
    0x200B: None,
    0x200C: None,
    0x200D: None,
    0x2060: None,
    0xFEFF: None,
    0x00AD: None,
    0x2028: "\n",
    0x2029: "\n",
    0x0085: "\n",
    0x2022: "•",
    0x2027: "•",
}


def _translate(text: str, table: dict[int, str | None]) -> str:
    return text.translate(table) if table else text


def unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a long line with no end mark continues on a lower-case line."""
    out: list[list[str]] = []  # each output line's parts, joined once at the end
    length = 0  # of the last output line
    for line in lines:
        if (
            out
            and length
            and line
            and length >= 50
            and not _ends_with_mark(out[-1][-1])
            and (line[0].islower() or (line[0] == "(" and not re.match(r"\((?:\d{1,2}|[a-z]|[ivx]+)\)", line)))
        ):
            out[-1].append(line)
            length += 1 + len(line)
        else:
            out.append([line])
            length = len(line)
    return [" ".join(parts) for parts in out]


def _ends_with_mark(line: str) -> bool:
    """``re.search(r"[.:;!?)\"']$", line)``, looking only at the end (that search tries every
    position, and a paragraph of thousands of wrapped lines made it quadratic)."""
    end = line[:-1] if line.endswith("\n") else line
    return end[-1:] in (".", ":", ";", "!", "?", ")", '"', "'")


def split_sentences(text: str) -> list[str]:
    """Sentences, without splitting at "Mr.", "U.S.", "a.m.", "H.E." or an initial."""
    pieces = _SENTENCE_BREAK.split(text.strip())
    sentences: list[str] = []
    buf: list[str] = []  # the chunks of the sentence so far, joined once it ends
    for i in range(0, len(pieces), 2):
        chunk = pieces[i] + (pieces[i + 1] if i + 1 < len(pieces) else "")
        if chunk or not buf:
            buf.append(chunk)
        word = _word_before_full_stop(buf[-1])
        word = re.split(r"[-/]", word)[-1].lstrip("(\"'") if word else ""
        if word and (word in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word)):
            continue  # "Mr." / "U.S." / "J." do not end a sentence
        sentences.append(" ".join(buf).strip())
        buf = []
    if buf:
        sentences.append(" ".join(buf).strip())
    return [s for s in (s.strip() for s in sentences) if s]


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])([\"')\]]?)\s+(?=[\"'(\[]?[A-Z0-9])")


def _word_before_full_stop(chunk: str) -> str:
    """The word a chunk's closing full stop ends ("Mr" of "... Mr."), as ``(\\S+)\\.$`` finds it;
    read from the end, since that regex retries every start in a long word (quadratic)."""
    end = len(chunk) - 1 if chunk.endswith("\n") else len(chunk)
    if end < 2 or chunk[end - 1] != "." or chunk[end - 2].isspace():
        return ""
    start = end - 2
    while start > 0 and not chunk[start - 1].isspace():
        start -= 1
    return chunk[start : end - 1]


def detect_publisher(text: str) -> tuple[Publisher, bool]:
    """Which ministry wrote this; (publisher, guessed)."""
    named = named_publisher(text)

    def known(publisher: Publisher) -> tuple[Publisher, bool]:
        # "REPUBLIC OF PALAU / Office of the President" above "... available on the website of the
        # Ministry of Foreign Affairs of Japan": a masthead naming another state is the publisher,
        # a ministry the text names is only talked about
        if named is not None and named.country and named.country != publisher.country:
            return named, False
        return publisher, False

    if re.search(r"Global Affairs Canada", text):
        return known(GAC)
    if re.search(
        r"Office of the Spokesperson|attributable to (?:the )?(?:Department )?Spokesperson|Department of State",
        text,
        re.IGNORECASE,
    ) or _a_line_is(text, "READOUT", re.IGNORECASE):
        return known(STATE)
    if re.search(r"Prime Minister's Office of Japan|kantei\.go\.jp", text, re.IGNORECASE):
        return known(KANTEI)
    if re.search(r"Ministry of Foreign Affairs of Japan|mofa\.go\.jp", text, re.IGNORECASE):
        return known(MOFA)
    for publisher, pattern in _NAMED:
        if re.search(pattern, text, re.MULTILINE):
            if named is not None and named.country and named.country != publisher.country:
                # "Royal Government of Bhutan" above a headline "External Affairs Minister of India
                # calls on ...": the masthead is the publisher, the headline's office a guest's
                return named, False
            return publisher, False
    if named:
        return named, False
    # MOFA's own wording: its minister "of Japan", times "Japan time", "The overview ... as follows".
    if re.search(r"Minister for Foreign Affairs of Japan|\bJapan [Tt]ime\b|\bJST\b", text) and _AS_FOLLOWS.search(text):
        return MOFA, False
    if re.search(
        r"(?:Prime )?Minister(?: for Foreign Affairs)? of Japan\b|\[Provisional translation\]", text
    ) and _AS_FOLLOWS.search(text):
        return MOFA, True
    if _a_line_is(text, "Readout") and re.search(r"\bSecretary\b", text):
        return STATE, True
    return UNKNOWN, True


# A header line naming the page's owner: "Ministry of Foreign Affairs of Viet Nam", "Israel Ministry
# of Foreign Affairs", "Saudi Press Agency", "Prime Minister of Canada", "Federal Foreign Office".
_ORG_LINE = re.compile(
    r"\b(?:Ministry|Ministerio|Minist[eè]re|Ministério|Department|Office|Agency|Chancellery|Canciller[ií]a|"
    r"Government|Presidency|Prime Minister|President|Embassy|Mission|Secretariat|"
    # the masthead in the page's own language: "Presidencia de la República de Panamá", "Présidence ..."
    r"Presidencia|Présidence|Presidência|Presidenza|Gobierno|Gouvernement|Governo)\b"
)
#: A headline's verbs ("President Mulino receives ..."): a line that tells of a meeting is no masthead.
_HEADLINE_VERB = re.compile(r"\b(?:receives|received|hosts|hosted|holds|welcomes|welcomed|visits|calls on)\b")
#: How many lines at the top of a page are searched for its owner.
_HEADER_LINES = 6


def named_publisher(text: str) -> Publisher | None:
    """A publisher the page names in its first lines, with the country that line (or a line that
    is only a country's name, "Republic of Kenya") gives; its home zone is the capital's."""
    from briefing_tui.core.model import countries

    # A masthead in capitals ("MINISTRY OF FOREIGN AFFAIRS", "REPUBLIC OF GUATEMALA") is read as
    # the same words in title case.
    lines = [title_case(ln.strip()) for ln in text.split("\n")[:40] if ln.strip()][:_HEADER_LINES]
    # An organisation's own page: "Council of Europe" / "Newsroom", "African Union" above its motto
    # (the EU's institutions publish under many names, and the EEAS is known by name above)
    # ("European Union" alone heads many a member state's page; one of its institutions is the EU)
    raw_lines = [ln.strip() for ln in text.split("\n")[:40] if ln.strip()][:_HEADER_LINES]
    for ln, raw in zip(lines[:2], raw_lines[:2], strict=False):
        # (round 15) an abbreviation is read as written, not in title case ("IFAD" is no "Ifad")
        name, code = _organisation_of_line(raw if _ABBREVIATION.fullmatch(raw) else ln)
        if code is not None and (code != "EU" or _EU_INSTITUTION.match(name)):
            return Publisher(name, code.lower(), code, countries.default_zone(code), False)
    if len(raw_lines) >= 2 and (spelt := _spelt_out(raw_lines[0], raw_lines[1])):
        # (round 15) "OPEC" above "Organization of the Petroleum Exporting Countries": an
        # organisation's abbreviation over its name is its masthead, though docs/schema.md gives it
        # no code (its own abbreviation is its code, as the conventions file the EEC and the CSTO);
        # its home zone is the dateline's or the venue's, as a guess
        # A news agency so written ("MENA" / "Middle East News Agency") reports others' meetings: no
        # side of its own, so its abbreviation is nobody's country (the dateline's place gives them one)
        return Publisher(raw_lines[1], spelt.lower(), "" if _NEWS_AGENCY.search(raw_lines[1]) else spelt, "", False)
    org = next(
        (ln for ln in lines if _is_masthead(ln)),
        None,
    )
    if org is None:
        # "THE GLOBAL NEW LIGHT OF MYANMAR", "The Times of India": a first line in capitals or title
        # case that ends with "of" a state names a newspaper or agency of that state.
        for ln in lines[:1]:
            m = _OF_STATE_MASTHEAD.fullmatch(ln)
            if m and len(ln) <= 100 and not _TITLE_WORDS.search(ln) and not _HEADLINE_VERB.search(ln):
                code = places.formal_country_code(f"the {m.group('c')}") or places.country_code(m.group("c"))
                if code and code != "EU":
                    return Publisher(ln, code.lower(), code, countries.default_zone(code), False)
        return None
    code = _country_of_line(org)
    if code is None:
        code = next((c for c in map(places.formal_country_code, (f"the {ln}" for ln in lines)) if c), None)
        code = code or next((c for c in map(places.country_code, lines) if c), None)
    if code is None:
        # "Prime Minister's Office" above "Government of the Kingdom of Tonga", "Gouvernement
        # Princier" above "PRINCIPAUTÉ DE MONACO": another short header line names the country
        code = next((c for ln in lines if ln != org and _names_a_state(ln) and (c := _country_of_line(ln))), None)
    if code is None and _REGION_BODY.search(org) and (place := _place_of_line(org)) is not None:
        # (round 15) a region's or a city's own government ("Tokyo Metropolitan Government", "Scottish
        # Government", "Government of Quebec", "Bavarian State Chancellery"): its state, its own clock
        return Publisher(org, place[0].lower(), place[0], place[1], False)
    if code is None:
        return Publisher(org, "import", "", "", False)
    return Publisher(org, code.lower(), code, countries.default_zone(code), False)


#: The body a region's or a city's masthead names (not a person's office: "President Beta in Kyiv").
_REGION_BODY = re.compile(
    r"\b(?:Government|Chancellery|Staatskanzlei|Administration|Office|Council|Generalitat|Junta|Executive|"
    r"Assembly|Parliament|City|Municipality|Prefecture|Province|Region)\b"
)
#: The adjectives of regions with a government of their own: (state, the region's clock).
_REGION_ADJECTIVES = {
    "Scottish": ("GB", "Europe/London"),
    "Welsh": ("GB", "Europe/London"),
    "Bavarian": ("DE", "Europe/Berlin"),
    "Saxon": ("DE", "Europe/Berlin"),
    "Catalan": ("ES", "Europe/Madrid"),
    "Basque": ("ES", "Europe/Madrid"),
    "Andalusian": ("ES", "Europe/Madrid"),
    "Flemish": ("BE", "Europe/Brussels"),
    "Walloon": ("BE", "Europe/Brussels"),
    "Corsican": ("FR", "Europe/Paris"),
    "Tyrolean": ("AT", "Europe/Vienna"),
}


def _place_of_line(line: str) -> tuple[str, str] | None:
    """(state, zone) of the region or city a masthead names: a state or province of the table, an
    ISO 3166-2 subdivision one state has, a city of the city table or GeoNames, or a region's
    adjective ("Scottish")."""
    from briefing_tui.core.model import countries

    for m in re.finditer(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}", line[:100]):
        words = m.group(0).split()
        for k in range(len(words), 0, -1):
            for i in range(len(words) - k + 1):
                phrase = " ".join(words[i : i + k])
                if phrase in _REGION_ADJECTIVES:
                    return _REGION_ADJECTIVES[phrase]
                if region := places.region_zone(phrase):
                    return region[1], region[0]
                if code := places.subdivision_country(phrase):
                    return code, places.subdivision_zone(phrase) or countries.default_zone(code)
                if city := places.city_zone(phrase):
                    return city[1], city[0]
    return None


_ABBREVIATION = re.compile(r"[A-Z]{2,8}")


def _spelt_out(short: str, full: str) -> str | None:
    """The abbreviation ``short`` when ``full`` spells it with its words' initials, small words
    skipped ("OPEC", "Organization of the Petroleum Exporting Countries"), and it names no state."""
    if not _ABBREVIATION.fullmatch(short) or len(short) < 3 or len(full) > 100:
        return None
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", full) if w.lower() not in _SMALL_WORDS)
    if initials.upper() != short or places.country_code(short):
        return None
    return short


#: A news agency's name ("Middle East News Agency", "Agence Tunis Afrique Presse", "Agenzia Nazionale
#: Stampa Associata"): its press or news word, not "agency" alone ("Agence Française de Développement"
#: and "International Atomic Energy Agency" are sides)
_NEWS_AGENCY = re.compile(
    r"\b(?:News|Press|Telegraph)\s+Agency\b|\bNews\s+Service\b|Nachrichtenagentur|"
    r"\b(?:Presse|Prensa|Stampa|Noticias|Notícias)\b",
    re.IGNORECASE,
)

#: The EU's institutions that publish under their own name.
_EU_INSTITUTION = re.compile(r"European (?:Commission|Parliament|Council)$|Council of the European Union$")
_OF_STATE_MASTHEAD = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,4}of\s+(?:the\s+)?(?P<c>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def _organisation_of_line(line: str) -> tuple[str, str | None]:
    """ "Economic Community of West African States (ECOWAS)": a masthead that is an organisation's
    name, its own abbreviation in brackets after it."""
    name = re.sub(r"\s*\([^()]+\)$", "", line.strip())
    code = places.ORGANISATIONS.get(name.removeprefix("The "))
    parts = re.split(r"\s+[-|–—]\s+", name)
    if code is None and len(parts) == 2:
        # "IMF | International Monetary Fund", "WHO – World Health Organization": its abbreviation
        # and its name, either way round
        for short, full in (parts, parts[::-1]):
            found = places.ORGANISATIONS.get(full.removeprefix("The "))
            if found is not None and short.upper() == found.upper():
                return full, found
        # "European Commission - Press corner", "UNHCR - The UN Refugee Agency": its name, then
        # the site's own words
        found = places.ORGANISATIONS.get(parts[0].removeprefix("The "))
        if found is not None:
            return parts[0], found
    return name, code


def _is_masthead(line: str) -> bool:
    """A header line naming an owner ("Ministry of ...", "Government of ..."), not a headline."""
    return (
        len(line) <= 100
        and bool(_ORG_LINE.search(line))
        and not _TITLE_WORDS.search(line)
        and not _HEADLINE_VERB.search(line)
        and not re.search(r"[.!?]$", line)
        and not dates.parse_date_line(line)
    )


def _names_a_state(line: str) -> bool:
    """A header line that may name the page's state: a masthead, or a state's name alone, in
    English or the page's own language ("PRINCIPAUTÉ DE MONACO")."""
    from briefing_tui.core.importer import geo

    return _is_masthead(line) or (len(line) <= 60 and _unaccented(line).lower() in geo.foreign_country_names())


_SMALL_WORDS = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "du",
        "des",
        "le",
        "les",
        "et",
        "da",
        "do",
        "dos",
        "das",
        "e",
        "di",
        "della",
        "y",
        "und",
        "der",
    ]
)


def title_case(line: str) -> str:
    """A line in capitals in title case, its small words in lower case; any other line as it is."""
    if not line.isupper() or len(line) > 100:
        return line
    words = line.lower().split(" ")
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _country_of_line(line: str) -> str | None:
    """The country a publisher line names: "of Viet Nam", "Israel ...", "Saudi ...", "..., Kingdom of Thailand"."""
    from briefing_tui.core.importer import geo

    # "Présidence de la République du Congo": a state's name of several words in the page's own
    # language at the line's end is more precise than an English word inside it (a bare "Congo")
    words = _unaccented(line).lower().split()
    foreign = geo.foreign_country_names()
    for n in range(min(5, len(words)), 1, -1):
        code = foreign.get(" ".join(words[-n:]))
        if code:
            return code
    found = [code for _, _, code in places.find_countries(line) if code != "EU"]
    if not found:  # the masthead in its own language: "... de Panamá", "... du Sénégal"
        found = [code for _, _, code in places.find_countries(_unaccented(line)) if code != "EU"]
    if found:
        return found[-1]
    for word in re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", line):
        code = places.demonym_code(word) or places.demonym_code(word.split()[0])
        if code and code != "EU":  # "Foreign Affairs, European Union and Cooperation" is a remit
            return code
    # "Presidencia de la República Dominicana": the country's name in the page's own language,
    # at the line's end
    for n in range(min(5, len(words)), 0, -1):
        code = foreign.get(" ".join(words[-n:]))
        if code:
            return code
    return None


def _unaccented(line: str) -> str:
    """The line without accents, case kept ("Panamá" -> "Panama")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", line) if not unicodedata.combining(c))


def _a_line_is(text: str, word: str, flags: int = 0) -> bool:
    """``re.search(rf"^\\s*{word}\\s*$", text, flags | re.MULTILINE)``, line by line: there ``\\s*``
    runs over blank lines, so each of many blank lines rescanned all the ones after it."""
    return any(re.fullmatch(word, line.strip(), flags) for line in text.split("\n"))


def _opens_with_when(line: str) -> bool:
    """ "On Thursday 20 March, ...", "At 9:40 a.m. ...": a sentence that opens with the meeting's when."""
    # The when is at the start: "At the end of the meeting, ... some 300 entrepreneurs" is not one.
    return bool(
        re.match(r"(?:On|At|From|Commencing|Beginning)\s", line)
        and (dates.find_dates(line[:80]) or re.match(r"\S+\s+(?:[^\s\d]+\s+){0,4}\d", line[:120]))
        and len(line.split(maxsplit=6)) >= 6
    )


def _is_lead(line: str) -> bool:
    if _opens_with_when(line):
        return True
    return len(line.split(maxsplit=12)) >= 10 and bool(re.search(r"[.:]\"?$", line)) and not dates.parse_date_line(line)


#: How far down the page a sentence that opens with a date beats a summary line above it.
_LEAD_WINDOW = 8


def parse_document(raw: str) -> Document:
    text = normalise(raw)
    publisher, guessed = detect_publisher(text)
    doc = Document(publisher, guessed)
    lines = unwrap(text.split("\n"))
    # Cut the trailer and the reference block first: everything after them is not the readout.
    kept: list[str] = []
    in_reference = False
    # A share bar or "Contacts" above the opening paragraph ("Share this page: Facebook | X" under
    # the date) is the header's furniture: only one after it ends the readout.
    read_lead = False
    for line in lines:
        if _is_cookie_notice(line):
            doc.dropped.append(line)
            continue
        if _TRAILER.match(line):
            doc.dropped.append(line)
            if in_reference or read_lead:
                break
            continue
        read_lead = read_lead or _is_lead(line)
        ref = _REFERENCE.match(line)
        if ref:
            in_reference = True
            if ref.group("rest").strip() and not re.fullmatch(
                r"participants?:?", ref.group("rest").strip(), re.IGNORECASE
            ):
                doc.reference.append(ref.group("rest").strip())
            continue
        if in_reference:
            if line and not re.fullmatch(r"participants?:?", line, re.IGNORECASE):
                doc.reference.append(line)
            continue
        kept.append(line)
    kept = _without_captions_and_highlights(kept, doc.dropped)
    # A dateline may carry the opening sentence on the same line.
    expanded: list[str] = []
    for line in kept:
        m = _DATELINE.match(line) if len(line) < 400 else None
        if m and dates.parse_date_line(m.group("date")):
            expanded.append(m.group("date"))
            doc.dateline_place = m.group("place").strip()
            doc.dateline_city = re.split(r",", doc.dateline_place)[0].strip()
            if m.group("rest"):
                expanded.append(m.group("rest"))
            continue
        expanded.append(line)
    nonblank = [ln for ln in expanded if ln]
    lead_at = next((i for i, ln in enumerate(nonblank) if _is_lead(ln) and not _FURNITURE.match(ln)), None)
    if lead_at is not None and not _opens_with_when(nonblank[lead_at]):
        # A standfirst ("Foreign Secretary David Lammy hosted ... to discuss ...") above the
        # opening sentence ("On Thursday 20 March, the Foreign Secretary ... met ..."): the latter leads.
        lead_at = next(
            (
                i
                for i in range(lead_at + 1, min(len(nonblank), lead_at + _LEAD_WINDOW))
                if _opens_with_when(nonblank[i])
            ),
            lead_at,
        )
    if lead_at is not None:
        lead_at = _past_standfirst(nonblank, lead_at)
    if lead_at is None:
        lead_at = next(
            (i for i, ln in enumerate(nonblank) if len(ln.split()) >= 8 and not _FURNITURE.match(ln)), len(nonblank)
        )
    header = nonblank[:lead_at]
    doc.header = list(header)
    rest = nonblank[lead_at:]
    _read_header(doc, header, lines)
    if not rest:
        return doc
    lead, body = rest[0], rest[1:]
    if len(lead) > MAX_LEAD_CHARS:
        # A real opening paragraph is well under 1,000 characters; this bounds the work on junk.
        doc.dropped.append(lead[MAX_LEAD_CHARS:])
        lead = lead[:MAX_LEAD_CHARS]
    # Furniture is no content, but a photo caption in it may name the principals or the day.
    doc.dropped.extend(ln for ln in body if _FURNITURE.match(ln) and _PHOTO_LINE.match(ln))
    body = [ln for ln in body if not _FURNITURE.match(ln)]
    if publisher.prose:
        sentences = split_sentences(lead)
        doc.lead, doc.lead_rest = (sentences[0], sentences[1:]) if sentences else (lead, [])
    else:
        doc.lead = _without_as_follows(lead)
        # An opening paragraph split over two lines ("... held a meeting ... The overview ...").
        if body and _AS_FOLLOWS.search(body[0]) and len(body[0].split()) <= 14:
            doc.dropped.append(body.pop(0))
    doc.body = _without_sign_off(body)
    # (round 15) a signature may stand above a caption and the contact lines ("Hon Alfred Cannan MHK" /
    # "Chief Minister" / "Pictured: ..." / "Issued by:" / ...): the last eight lines
    doc.tail = body[max(0, len(doc.body) - 8) :]
    return doc


_PHOTO = re.compile(r"(?:Photo|Photograph|Picture|Image)(?:\s+credit)?\s*:", re.IGNORECASE)
_HIGHLIGHTS = re.compile(r"(?:Story\s+|Key\s+)?(?:Highlights|Key\s+points|At\s+a\s+glance)\s*:?", re.IGNORECASE)


def _without_captions_and_highlights(lines: list[str], dropped: list[str]) -> list[str]:
    """Without a photo's credit and the caption under it ("Photo: Name" then "Prime Minister X (right)
    greets ..."), nor a "Story Highlights" heading and its bullets: they summarise the readout
    above its opening paragraph and are neither its lead nor its points."""
    out: list[str] = []
    skip = ""  # "caption": the next non-blank line; "bullets": bullet lines
    for line in lines:
        if skip and not line.strip():
            continue
        if skip == "caption":
            skip = ""
            if len(line.split()) <= 60:
                dropped.append(line)
                continue
        if skip == "bullets":
            if re.match(r"\s*[-•*–]\s", line):
                dropped.append(line)
                continue
            skip = ""
        if len(line) <= 80 and _PHOTO.match(line):
            skip = "caption"
            dropped.append(line)
            continue
        if _HIGHLIGHTS.fullmatch(line.strip()):
            skip = "bullets"
            dropped.append(line)
            continue
        out.append(line)
    return out


def _is_cookie_notice(line: str) -> bool:
    """A site's cookie banner ("We use some essential cookies ...", "Accept additional cookies")."""
    return "cookie" in line.lower() and bool(
        re.search(
            r"\b(?:we use|accept|reject|this (?:web)?site|settings|preferences)\b|^cookies\s+on\b", line, re.IGNORECASE
        )
    )


#: A byline or publication line under a standfirst: "From: ...", "Published 18 November 2024", GOV.UK's
#: and GOV.WALES' "First published: 1 March 2021" / "Last updated: ..." and their history notice
#: "This was published under the 2016 to 2021 administration of the Welsh Government" (round 13).
_PUBLICATION_LINE = re.compile(
    r"From:\s|(?:First\s+published|Last\s+updated|Published|Updated|Posted)\b|This\s+was\s+published\s+under\b"
)


def _past_standfirst(lines: list[str], at: int) -> int:
    """A summary above the byline or publication line ("The Prime Minister met ..." / "From: ..." /
    "Published 18 November 2024") is a standfirst: the opening paragraph is the first after them."""
    following = lines[at + 1 : at + 4]
    if places.AGENCY_DATELINE.match(lines[at]):
        # (round 15) an agency's dateline opens the story, whatever stamp follows it ("Madrid, Jun 28
        # (EFE).- United States President Joe Biden was received ..." / "06/28/2022 14:55 | EFE")
        return at
    if not any(_PUBLICATION_LINE.match(ln) or dates.parse_date_line(ln) for ln in following):
        return at
    for i in range(at + 1, min(len(lines), at + 6)):
        line = lines[i]
        if _PUBLICATION_LINE.match(line) or dates.parse_date_line(line):
            continue
        return i if _is_lead(line) and not _FURNITURE.match(line) else at
    return at


#: A list's "Dean Barrow, Prime Minister of Belize": a person before the comma, no office (a
#: closing "Press Office, Ministry of Foreign Affairs" names an office before it).
_PERSON_ENTRY = re.compile(r"(?P<who>[^,]{3,60}),\s+\S")


def _without_sign_off(body: list[str]) -> list[str]:
    """Drop a closing place-and-date sign-off ("New Delhi" / "February 11, 2025"): not a point."""
    body = list(body)
    while body and (
        dates.parse_date_line(body[-1])
        or (len(body[-1].split()) <= 3 and places.find_cities(body[-1]) and not re.search(r"[.!?;:]$", body[-1]))
        or (
            _ORG_LINE.search(body[-1])
            and len(body[-1].split()) <= 8
            and not re.search(r"[.!?;:]$", body[-1])
            and not ((m := _PERSON_ENTRY.match(body[-1])) and not _ORG_LINE.search(m["who"]))
        )
    ):
        body.pop()  # and the issuing office ("Office of Diplomatic Information", "Department of Information")
    return body


def _without_as_follows(lead: str) -> str:
    """The opening paragraph without "The overview of the meeting is as follows."."""
    kept = []
    for sentence in split_sentences(lead):
        if _AS_FOLLOWS.search(sentence):
            if len(sentence.split()) <= 16:
                continue
            sentence = re.sub(r"\s*(?:The|An?|Its)\s[^.]{0,80}?\bas follows\s*[.:]?\s*$", "", sentence).strip()
        if sentence:
            kept.append(sentence)
    return " ".join(kept) if kept else lead


def _read_header(doc: Document, header: list[str], page: Sequence[str] = ()) -> None:
    date_at = None
    for i, line in enumerate(header):
        day = dates.parse_date_line(line)
        if day:
            doc.published, date_at = day, i
            break
    if doc.published is None:
        # No date line in the header: one elsewhere on the page ("Published 20 March 2025" at
        # the foot), else a full date in a header line ("...: 20 March 2025").
        found = next((d for d in map(dates.parse_date_line, page) if d), None)
        if found is None:
            for line in header:
                full = [m for m in dates.find_dates(line) if m.year is not None]
                if full:
                    found = dates.complete(full[0], None)[0]
                    break
        if found is None:
            # "Date: 05/08/2024": day or month first, the weekday the text names decides.
            body = "\n".join(page)
            for i, line in enumerate(header):
                read = dates.ambiguous_slash_date(line, body)
                if read is not None:
                    found, doc.published_why, date_at = read[0], read[1], i
                    break
        if found is None:
            found, doc.published_why = _page_date(page)
        doc.published = found
    before = header if date_at is None else header[:date_at]
    after = [] if date_at is None else header[date_at + 1 :]
    doc.dropped.extend(after)  # photo captions between the header and the body
    content = []
    for line in before:
        # The publisher's own line ("Ministry of Foreign Affairs of Ukraine") is no category.
        if _FURNITURE.match(line) or re.fullmatch(r"(?:Secretary|Minister)\s*$", line) or line == doc.publisher.name:
            doc.dropped.append(line)
        else:
            content.append(line)
    if not content:
        return
    headlines = [ln for ln in content if _could_head(ln)]
    titled = [ln for ln in headlines if _TITLE_WORDS.search(ln)]
    below = [ln for ln in after if _could_head(ln) and not ln.endswith(".")]
    below_titled = [ln for ln in below if _TITLE_WORDS.search(ln)]
    if not titled and (below_titled or (below and not headlines)):
        # "Press release / 1 April 2022 / 19:35 / EU-China summit: ...": the headline below its date
        # (any headline there when nothing above the date could be one: "13/09/2019 / Cap de Govern / ...")
        chosen = below_titled[0] if below_titled else max(below, key=_words)
        doc.dropped.remove(chosen)
        titled, headlines, content = [chosen], [chosen], [*content, chosen]
    # A headline has no full stop; a standfirst sentence above the byline is no title.
    titled = [ln for ln in titled if not ln.endswith(".")] or titled
    untitled = [ln for ln in headlines if not ln.endswith(".")]
    if titled:
        doc.title = titled[-1]
    elif untitled:
        # No line names a meeting ("Kenya, Indonesia agree to deepen trade ties"): the last line that could
        # be a headline (bylines, "Posted by: ...", date lines below it are none), passing over a shorter
        # numbered line under a longer one ("Press Release N° 042/2023", "Publié le ... à 18h40"); not the
        # longest, which is the site's tagline over a short headline ("Informing Kenyans since 1963 ...").
        longest = list(itertools.accumulate(map(_words, untitled), max))
        at = len(untitled) - 1
        while at > 0 and re.search(r"\d", untitled[at]) and _words(untitled[at]) < longest[at - 1]:
            at -= 1
        doc.title = untitled[at]
    else:
        doc.title = headlines[-1] if headlines else content[-1]
    if doc.title.lower().startswith("title:"):  # "Title: Outcome of the ... Meeting" (a form's label)
        at = content.index(doc.title)
        doc.title = content[at] = doc.title[6:].strip() or doc.title
    index = content.index(doc.title)
    if index > 0 and not doc.publisher.prose:
        doc.category = content[0]
        doc.dropped.extend(content[1:index])
    else:
        doc.dropped.extend(content[:index])
    doc.dropped.extend(content[index + 1 :])


#: Header lines that are never a headline: a byline ("By Mary Wambui", "Posted by: ...", "Par la
#: Direction ..."), a label and its value ("Category: Audiences", "Topics: ...", "Last update: ..."),
#: a breadcrumb ("Home > News", "Actualitat > Notes de premsa", "Home / News / Releases"), a navigation bar (three or more
#: items between bars), and a line that is mostly a date ("10 Jul. 2023 - |", "Published on
#: 21/12/2019 at 17:42 | Category: Audiences").
_BYLINE = re.compile(r"(?:by|par|por|posted\s+by|written\s+by|author|auteur|autor)\b\s*:?\s*(?!\d)\S", re.IGNORECASE)
_LABEL = re.compile(r"[^\W\d][\w ]{0,24}?\s?:\s", re.UNICODE)
#: The keys of a page's metadata lines ("Catégorie : Communiqués de presse", "Source: Press Office").
_METADATA = re.compile(
    r"(?:categor(?:y|ies)|catégorie|categoría|kategorie|topics?|thèmes?|temas?|themen|tags?|section|rubrique|"
    r"secci[oó]n|rubrik|source|fuente|quelle|date|fecha|datum|published|publié|publicado|veröffentlicht|posted|"
    r"(?:last\s+)?updated?|mis\s+à\s+jour|actualizado|aktualisiert|authors?|auteurs?|autor(?:es)?|type|"
    r"ref(?:erence)?|réf(?:érence)?|department|département|departamento|unit|service)",
    re.IGNORECASE,
)
_ANGLES = re.compile(r"\S\s+[>»›]\s+\S")
_SLASHES = re.compile(r"\S\s+/\s+[^/]*\S\s+/\s+\S")


_WORD = re.compile(r"[^\W\d_]+")


def _words(line: str) -> int:
    return len(_WORD.findall(line))


def _could_head(line: str) -> bool:
    """Whether a header line could be the headline (see ``_BYLINE`` and its neighbours).

    Each test is narrow, as a headline rejected here gives way to the site's name above it: a
    byline is short and has no comma ("Por primera vez, España y Noruega ..." heads its page), a
    label's value is one or two words ("Kenya: envoy presents credentials" heads its page), a
    breadcrumb by slashes has two of them ("Canada / Norway joint statement ..." heads its page),
    and a date line's other words are a place's, capitalised ("New rules from 1 January 2024" heads
    its page; "Addis Ababa, Ethiopia, 15 March 2023" is a dateline).
    """
    words = _words(line)
    if words < 3 or line.count("|") >= 2 or _SLASHES.search(line) or _ANGLES.search(line):
        return False
    if _BYLINE.match(line) and "," not in line and words <= 9:
        return False
    label = _LABEL.match(line)
    if label and not line.lower().startswith("title:"):
        if _words(line[label.end() :]) <= 2 or _METADATA.fullmatch(label.group().rstrip(": ")):
            return False  # (not "Moscow: President X holds talks with ...", a headline after its place)
    dated = [m for m in dates.find_dates(line) if m.year is not None]
    if not dated:
        return True
    if "|" in line:
        return False
    # the words besides its dates: more than a place's ("PM meeting with President Xi: 18 November 2024")
    ends = [0, *(m.end for m in dated)]
    rest = _WORD.findall(" ".join(line[a : m.start] for a, m in zip(ends, dated)) + " " + line[ends[-1] :])
    return len(rest) > 3 or any(w.islower() and len(w) > 3 for w in rest)


#: A dateline that opens with a date with slashes: "02/05/2024 - OECD Secretary-General ...".
_SLASHED_DATELINE = re.compile(r"\s*(?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d{2})\s*[-–—]\s")


def _page_date(page: Sequence[str]) -> tuple[dt.date | None, str]:
    """(date, why) when no header line dates the page: the year must come from the text, never
    from the day of the import, so a full date on a short line elsewhere on the page (a sign-off
    "Ends/Tuesday, July 25, 2023", a stamp "[10/April/2023]"), else a dateline's date with slashes
    ("02/05/2024 - ..."), dates the release; (None, "") when the page has none."""
    for line in page:
        if len(line) <= 120 and not _PHOTO_LINE.match(line):  # a caption's date is read later, as a guess
            full = [m for m in dates.find_dates(line) if m.year is not None]
            if len(full) == 1 and (day := dates.complete(full[0], None)[0]) is not None:
                return day, f'no date line in the header; the page\'s "{line.strip()}"'
    body = "\n".join(page)
    for line in page:
        m = _SLASHED_DATELINE.match(line)
        read = dates.ambiguous_slash_date(m.group("date"), body) if m else None
        if read is not None:
            return read
    return None, ""


def city_in_dateline(doc: Document) -> places.Place | None:
    """Where the dateline places the release: its city, else the state, province or country
    named after the city ("New York City, New York", "Kelowna, British Columbia")."""
    if not doc.dateline_city:
        return None
    return places.resolve_place(doc.dateline_city, doc.dateline_place[len(doc.dateline_city) :].lstrip(", "))
