"""Participants: names in every convention the catalogue lists, with title and country.

"Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan", "Secretary of State Antony J.
Blinken", "Hayashi Yoshimasa, Japan's Minister for Foreign Affairs", "H.E.Dr. Ursula von der
Leyen", "the Rt Hon Dominic Raab MP". A person is found from an honorific, a title before the
name, or a title after it; the family name decides the key that points' actors use. People only
named (a spokesperson, an ambassador who "also attended", the principal of a proxy) are left out.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from briefing_tui.core.importer import dates, places

_CLERIC_STYLES = r"(?:Mawlawi|Maulvi|Mawlana|Maulana|Mullah|Mufti|Ayatollah|Hojatoleslam)"
_CLERIC = re.compile(_CLERIC_STYLES)
HONORIFIC = re.compile(
    r"(?<![\w.])(?:"
    r"Senator\s+the\s+Hon(?:ourable|orable|\.)?"
    r"|[Tt]he\s+Rt\.?\s+Hon(?:ourable|\.)?|Rt\.?\s+Hon(?:ourable|\.)?|[Tt]he\s+Right\s+Hon(?:ourable|orable)"
    r"|[Tt]he\s+Most\s+Hon(?:ourable|orable|\.)?"  # Jamaica's Prime Minister: "the Most Hon. Andrew Holness"
    r"|[Tt]he\s+Hon(?:ourable|orable|\.)|[Tt]he\s+Hon(?=\s)"
    r"|(?:His|Her)\s+(?:(?:Royal\s+|Serene\s+)?Highness(?:\s+(?:Prince|Princess|Sheikh|Sheikha))?|Majesty|Excellency|Holiness|Beatitude)(?:\s+(?:Mr|Ms|Mrs|Dr|Prof|Amb)\.)?"
    r"|H\.\s?(?:S\.\s?H|R\.\s?H|M)\.(?=\s)"  # His Serene / Royal Highness, His Majesty
    # (round 15) and without their dots before a style or a name ("HRH Prince Abdul Aziz", "HM King
    # Charles III", "HSH Prince Albert II", "HH Sheikh Tamim")
    r"|(?:HRH|HSH|HM|HH)(?=\s+(?:the\s+)?[A-Z][a-z])"
    r"|(?:(?:YAB|YB|YBhg\.?|Yang\s+(?:Amat\s+)?Berhormat|Yang\s+Mulia)\s+)?(?:Dato['’]?(?:\s+S(?:e)?ri)?(?=\s)|Datuk(?:\s+Seri)?(?=\s)|Tan\s+Sri(?=\s)|Tun(?=\s))"
    # Brunei's "Pehin" (and the titles that follow it, read as a chain: "Pehin Dato Erywan")
    r"|Pehin(?=\s)|Sheikh(?:a)?(?=\s)|Sayyid(?:a)?(?=\s)|(?:YAB|YB|YBhg\.?|Yang\s+(?:Amat\s+)?Berhormat|Yang\s+Mulia)(?=\s)|Senator(?=\s+[A-Z][a-z])"
    r"|H\.\s?E\.\s?(?:(?:Mr|Ms|Mrs|Dr|Amb|Prof)\.)?"
    # written without its dots ("HE Dr. Nayef Al-Hajraf", "HE Mr. Wang Yi"), before a name or a style
    r"|HE(?=\s+(?:(?:Mr|Ms|Mrs|Dr|Amb|Prof)\.?\s+)?[A-Z][a-z])"
    r"|Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.|Mr(?=\s)|Ms(?=\s)|Mrs(?=\s)|Dr(?=\s)|Hon\.(?=\s)|Hon(?:ourable|orable)(?=\s)"
    r"|Dame(?=\s)|Sir(?=\s)"
    # (round 15) "Hon" without its full stop before a name ("Hon Alfred Cannan MHK"), and a legislator's
    # style ("Deputy Kristina Moore", Jersey's and Guernsey's, "Deputy Eduardo Bolsonaro", Brazil's),
    # not an office's first word ("Deputy Prime Minister ...", "Deputy Foreign Minister ...")
    r"|Hon(?=[ \t]+[A-Z][a-z]+[ \t]+[A-Z])"
    r"|Deputy(?=[ \t]+[A-Z][a-z]+[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?(?:[,;.)]|[ \t]+(?:and|of|from|said|met|received)\b|$))"
    r"(?![ \t]+(?:Prime|Foreign|Minister|Secretary|President|Chief|Head|Director|Governor|Mayor|Speaker|Chair\w*|"
    r"Premier|Leader|Chancellor|Commissioner|General|Special|Permanent|High|Federal|State|Assistant|Executive|"
    r"National|First|Vice|Defen[cs]e|Finance|Interior|Trade|Justice|Health|Ambassador|Managing|Attorney|"
    r"Commander|Spokes\w+|Prosecutor|Representative|Advis[eo]r|Consul|Envoy|Administrator|Inspector|Auditor|Registrar|"
    r"Clerk|Under|Minister)\b)"
    # (round 14) a peer's style: "Lord Cameron", "Baroness Ashton" (not an office: "Lord Mayor", "Lord Chancellor")
    r"|(?:Lord|Baroness|Lady)(?=\s+[A-Z])(?!\s+(?:Mayor|Chancellor|Speaker|Chief|Privy|President|Advocate|Provost|"
    r"Lieutenant|Justice|Chamberlain|High|Great|Protector|of)\b)"
    # South Asian and Southern African styles: "Shri Narendra Modi", "Smt. Nirmala Sitharaman",
    # "Cde Emmerson Mnangagwa" (Comrade, as Zimbabwe and Mozambique write it)
    r"|Shri(?=\s+[A-Z])|Shrimati(?=\s+[A-Z])|Smt\.?(?=\s+[A-Z])|Cde\.?(?=\s+[A-Z])|Comrade(?=\s+[A-Z][a-z]+\s+[A-Z])"
    # abbreviated military ranks and academic styles ("H.E. Gen. Yoweri Museveni", "Acad. Nikolai
    # Denkov"): a capitalised word with its own dot before a name, never an initial or "Md."
    r"|(?:Gen|Lt|Col|Maj|Brig|Adm|Capt|Acad|Eng|Amb)\.(?=\s)"
    # military ranks written in full ("Senior General Min Aung Hlaing", "Field Marshal Asim Munir")
    # and the styles of Muslim clerics ("Mawlawi Amir Khan Muttaqi", "Mullah ...", "Ayatollah ...")
    # ("Secretary General Jens Stoltenberg", "Director-General ...": an office, not a rank)
    r"|"
    + "".join(
        rf"(?<!{w}\s)"
        for w in (
            "Secretary",
            "Director",
            "Attorney",
            "Solicitor",
            "Inspector",
            "Auditor",
            "Consul",
            "Governor",
            "Surgeon",
            "Procurator",
            "Prosecutor",
            "Comptroller",
        )
    )
    + r"(?<!-)(?:(?:Vice-?\s?)?Senior\s+|Lieutenant\s+|Major\s+|Brigadier\s+)?General(?=\s+[A-Z][a-z]+\s+[A-Z])"
    # (not a body, an office or an occasion: "the UN General Assembly High-Level Week")
    r"(?!\s+(?:Assembly|Secretary|Secretariat|Directorate|Staff|Council|Conference|Administration|Affairs|Court|"
    r"Commissioner|Consul|Manager|Office|Agreement|Elections?|Department|Prosecutor|Budget|Debate|Framework|Principles?|"
    r"Electric|Motors|Dynamics|Hospital|Headquarters|Insurance|Services|Post))"
    r"|(?:Field\s+|Air\s+Chief\s+)?Marshal(?=\s+[A-Z][a-z]+\s+[A-Z])|(?:Vice\s+|Rear\s+)?Admiral(?=\s+[A-Z][a-z]+\s+[A-Z])"
    r"|" + _CLERIC_STYLES + r"(?=\s+[A-Z])"
    r")(?=\s*[^\W\d_])"
)

# Titles written before a name: "Secretary of State Antony J. Blinken", "Foreign Minister Park Jin".
_PREFIX_TITLES = [
    # (round 15) "Head of State Kassym-Jomart Tokayev took part in ...", as Kazinform and Akorda write it
    "Head of State",
    "Head of Government",
    "Chief Minister",
    "Minister-President",
    "Minister President",
    "Speaker",
    "High Commissioner",
    "Consul General",
    "Consul-General",
    "Secretary of State",
    "Foreign Affairs Minister",
    "Foreign Minister",
    "Minister for Foreign Affairs",
    "Minister of Foreign Affairs",
    "External Affairs Minister",
    "Deputy Prime Minister",
    "Prime Minister",
    "Vice President",
    "Vice-President",
    "President",
    "Chancellor",
    "Foreign Secretary",
    "High Representative",
    "Trade Representative",  # "United States Trade Representative Katherine Tai"
    "State Councilor",
    "State Councillor",
    "Premier",
    "Federal Councillor",
    "Federal Chancellor",
    "Federal President",
    "Minister of State",
    "State Secretary",
    "Cabinet Secretary",
    "Tánaiste",
    "Taoiseach",
    "Foreign Adviser",
    "Foreign Advisor",
    "Secretary-General",
    "Secretary General",
    # an organisation's head: "WHO Director-General Dr Tedros ...", "SADC Executive Secretary Elias Magosi"
    "Director-General",
    "Director General",
    "Executive Secretary",
    # (round 16) the other heads of UN funds, agencies and banks: "WFP Executive Director Cindy McCain",
    # "UNDP Administrator Achim Steiner", "IMF Managing Director Kristalina Georgieva"
    "Executive Director",
    "Managing Director",
    "Administrator",
    "Chairperson",
    # a sovereign named without "His Majesty": "called on Sultan Haji Hassanal Bolkiah"
    "Crown Prince",
    "Sultan",
    "Emir",
    "Amir",
    "King",
    "Queen",
    # (round 14) sovereigns news agencies name with one name ("Pope Francis", "Grand Duke Henri of
    # Luxembourg", "Emperor Naruhito"), and the offices of a state's regions and cities
    "Grand Duke",
    "Grand Duchess",
    "Emperor",
    "Empress",
    "Pope",
    "Governor",
    "Mayor",
    "Secretary",
    "Minister",
    "Ambassador",
    "counterpart",
]
# A ministry's own title before a name: "Minister of Foreign Affairs and Trade Péter Szijjártó",
# "Cabinet Secretary for Foreign and Diaspora Affairs Musalia Mudavadi".
_MINISTRY_TITLE = (
    # "High Representative of the European Union for Foreign Affairs and Security Policy": the body it
    # serves, then its remit
    r"(?:Cabinet\s+|Federal\s+)?(?:Minister|Secretary|High\s+Representative|Commissioner)\s+"
    r"(?:of\s+the\s+(?:[A-Z][\w'’-]*\s+){1,4}?for|of|for)\s+(?:State\s+for\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+and\s+|,\s+|\s+)){0,5}?(?:Affairs|Relations|Trade|Cooperation|Worship|Development|Policy|(?:Abroad|Diaspora|Expatriates|Emigrants|Integration)(?!\s+Affairs))"
    # a ministry named by its field alone: "Minister of the Interior Matteo Piantedosi", "Minister of Defence"
    r"|(?:Cabinet\s+|Federal\s+)?Minister\s+(?:of|for)\s+(?:the\s+)?(?:Interior|Home\s+Affairs|Defen[cs]e|Finance|Justice|"
    r"Economy|Health|Education|Energy|Agriculture|Labour|Labor|Transport|Environment|Culture|Tourism)"
)
PREFIX_TITLE = re.compile(
    # (round 15) a plural name's possessive is its apostrophe: "the United Arab Emirates' Foreign Minister"
    r"(?<![\w.])(?:(?P<adj>(?:[A-Z][\w.]*[\s-]){0,3}?[A-Z][\w.]*?)(?:'s|’s|(?<=s)['’])?\s+)??(?P<title>(?:"
    + _MINISTRY_TITLE
    + "|"
    + "|".join(re.escape(t) for t in _PREFIX_TITLES)
    # an office not yet taken up is written with it: "U.S. President-elect Donald Trump", "Prime
    # Minister-designate ..."
    + r")(?:-elect|-designate)?)\s+(?!of\b|for\b|and\b)"
)
# A first title joined by "and" before the one PREFIX_TITLE found: "(New Zealand) Deputy Prime
# Minister and | Foreign Minister Winston Peters".
_TITLE_AND_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<adj>(?:[A-Z][\w'’.-]*\s+){0,3}?)(?P<t>(?:(?:Deputy|Vice|First|Senior|Prime|Cabinet|State|Federal|Acting)\s+){0,3}"
    r"(?:Minister|Secretary|President|Premier|Chancellor))\s+and\s+$"
)

# Words that begin a title after "Name, ".
_TITLE_WORDS = (
    r"(?:Deputy|Vice|Acting|Senior|Parliamentary|Special|First|State|Federal|Foreign|External|Prime|Minister|"
    r"Secretary|President|Chancellor|High|Premier|Director|Chair|Chairman|Chairperson|Commissioner|"
    r"Ambassador|Envoy|Governor|Mayor|King|Queen|Crown|Emperor|Speaker|Head|Leader|Chief|Spokesperson|"
    r"Vice-President|Co-Chair|Co-Prince|Prince|Princess|Emir|Sultan|Cabinet|Councillor|Councilor|Tánaiste|Taoiseach|Adviser|Advisor|Member|"
    # (round 15) a parliament's presiding officer: "the Marshal of the Polish Sejm, Szymon Hołownia,"
    r"Marshal(?=\s+of\s+the\s+[A-Z])|"
    r"General(?=\s+Secretary)|Managing(?=\s+Director)|member(?=\s+of\s+the\s+[A-Z])"
    # an office in lower case, as news agencies write it after a name ("Kim Jong Un, general
    # secretary of the Workers' Party of Korea", "Vladimir Putin, president of the Russian Federation")
    r"|(?:general\s+secretary|(?:vice[\s-])?president|(?:vice[\s-])?chairman|chairwoman|chairperson|premier|"
    r"(?:deputy\s+|prime\s+|foreign\s+)?minister|secretary|head)(?=\s+of\s+(?:the\s+)?[A-Z]))\b"
)
TITLE_START = re.compile(r"\s*(?:the\s+)?" + _TITLE_WORDS)

PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "dos",
    "das",
    "du",
    "la",
    "le",
    "bin",
    "binti",
    "al",
    "el",
    "ibn",
    "zu",
    "ter",
    "ten",
    "y",
    "e",  # Portuguese double surnames: "Ulisses Correia e Silva"
    # (round 14) the small words that join or begin family names in other languages, as a
    # principle: Catalan "i" between two family names ("Pere Aragonès i Garcia"), Scandinavian
    # and Faroese "av", "af", "á" ("Jenis av Rana", "Bárður á Steig Nielsen"), Portuguese "do",
    # German "vom", "dem", Italian "dei", "degli", Dutch "op", "aan", Arabic "bint", "binte",
    # "abu" in lower case, Mauritanian and Tuareg "ould", "ag", "mint" ("Mohamed ould Ghazouani",
    # "Iyad ag Ghaly"): each counts only before a capitalised word, as the others do
    "i",
    "av",
    "af",
    "á",
    "do",
    "vom",
    "dem",
    "dei",
    "degli",
    "op",
    "aan",
    "bint",
    "binte",
    "abu",
    "ould",
    "ag",
    "mint",
}
#: Verbs a Title Case headline puts after a name ("Comrade Kim Jong Un Holds Talks with ..."): they end it.
_HEADLINE_VERBS = frozenset(
    {"Holds", "Meets", "Receives", "Hosts", "Welcomes", "Visits", "Speaks", "Calls", "Greets", "Talks", "Discusses"}
    | {"Congratulates", "Thanks", "Signs", "Attends", "Joins", "Pays", "Sends", "Has", "Held", "Met", "Received"}
)
_CAP_PARTICLES = {"Le", "La", "De", "Di", "Da", "Del", "Della", "Van", "Von", "Du", "Dos", "Al", "El", "Bin", "Ter"}
_STOP = {
    "Minister",
    "Ministers",
    "Secretary",
    "Foreign",
    "Affairs",
    "Prime",
    "President",
    "Deputy",
    "Vice",
    "State",
    "Chancellor",
    "The",
    "On",
    "In",
    "At",
    "And",
    "Of",
    "For",
    "With",
    "During",
    "His",
    "Her",
    "Excellency",
    "Honourable",
    "Honorable",
    "Hon",
    "Senator",
    "Ambassador",
    "Government",
    "Ministry",
    "Office",
    "Department",
    "Embassy",
    "Summit",
    "Meeting",
    "Talk",
    "Telephone",
    "Conference",
    "Council",
    "Committee",  # "... Party Central Committee and President ...": a party body, not a name
    "Commission",
    "Union",
    "Republic",
    "Kingdom",
    "Commonwealth",
    "Federation",
    "Representative",
    "High",
    "Director",
    "General",
    "Chief",
    "Cabinet",
    "Spokesperson",
    "Parliament",
    "House",
    "Palace",
    "Readout",
    # a page's section heading ("Press Releases") and an office's Latin ("President Pro Tempore of
    # CELAC") are no names (round 13)
    "Press",
    "Releases",
    "Release",
    "Pro",
    "Tempore",
    "Both",
    "Also",
    "After",
    "Before",
    "Following",
    "Today",
    "Yesterday",
    "External",
    "Trade",
    "Development",
    "Defence",
    "Defense",
    "Premier",
    "Councilor",
    "Councillor",
    "Secretary-General",
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "MP",
    "Rt",
    "Right",
    "G7",
    "G20",
    "Quad",
    "ASEAN",
    "APEC",
    "UN",
    "NATO",
    "Japan-Canada",
    "First",
    "Acting",
    "Special",
    "Global",
    "Canada",
    "Japan",
    "Guest",
    "Iikura",
    "Eastern",
    "Pacific",
    "Time",
    "Council's",
}
# Names written family name first in English too (Japanese and Hungarian names are written both
# ways: for those the evidence or the publisher's convention decides).
_FAMILY_FIRST = {"KR", "KP", "CN", "TW", "VN", "HK", "MO", "KH"}
# Japanese readouts switched to FAMILY-first names in January 2020 (given-first before).
FAMILY_FIRST_SINCE = dt.date(2020, 1, 1)

_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-][^\W\d_])*\.?")
# A clause that makes the people in it non-participants ("X, was also attended by Y": not X).
_NOT_PRESENT_AFTER = re.compile(
    r"^[^;.]{0,200}?\b(?:also\s+(?:attended(?!\s+by)|present|accompanied(?!\s+by))|were\s+also\s+present|was\s+also\s+present|in\s+attendance|also\s+sat\s+in)\b",
    re.IGNORECASE,
)
_NOT_PRESENT_BEFORE = re.compile(
    r"(?:attributable\s+to|spokesperson|spokesman|spokeswoman|on\s+behalf\s+of|accompanied\s+by|accompanying|in\s+the\s+presence\s+of|attendance\s+of)\s*(?:the\s+)?(?:[\w.'’-]+\s+){0,4}$",
    re.IGNORECASE,
)

# Met at another time: "one day after President Jokowi met President Volodymyr Zelenskyy in Kyiv";
# a message's sender: "brings a message from President Zelenskyy".
_OTHER_MEETING_BEFORE = re.compile(
    r"\b(?:after|before|since)\s+(?:[\w.'’-]+\s+){1,5}(?:had\s+)?(?:met|visited)\s+(?:with\s+)?(?:[\w.'’-]+\s+){0,4}$"
    r"|\b(?:message|letter|greetings)\s+(?:from|of)\s+(?:(?!to\b|for\b)[\w.'’-]+\s+){0,4}$",
    re.IGNORECASE,
)

_TITLE_IMPLIES = [
    (re.compile(r"^Secretary of State$"), "US"),
    # Offices only one state has: Ireland's deputy and prime minister, Switzerland's federal councillors.
    (re.compile(r"^(?:The\s+)?(?:Tánaiste|Taoiseach)\b"), "IE"),
    (re.compile(r"^Pope$"), "VA"),  # the Holy See's sovereign
    (re.compile(r"^Federal Councill?or\b"), "CH"),
    (re.compile(r"^External Affairs Minister$|^Minister of External Affairs$"), "IN"),
    (re.compile(r"High Representative|European (?:Council|Commission)|of the European Union"), "EU"),
    (
        re.compile(
            r"^Foreign Secretary$|Foreign, Commonwealth and Development Affairs|Foreign and Commonwealth Affairs"
        ),
        "GB",
    ),
]


@dataclass
class Person:
    name: str
    tokens: list[str]
    honorific: str = ""
    title: str = ""
    country: str = ""
    country_guess: str = ""  # why the country is a guess, if it is one
    start: int = 0
    end: int = 0
    family_name: str = ""
    given_name: str = ""
    key: str = ""
    family_guess: str = ""  # why the family name is a guess, if it is one
    side_of: Person | None = None  # named with this person as one side ("X and Y met their counterparts")
    regnal: bool = False  # a sovereign known by one name ("Pope Francis"): a given name only
    joiner: bool = False  # only said to have "also taken part": a principal only if they speak
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # (round 15) letters after a name are no name word, however the name was read ("Mark
        # Drakeford MS", "Micheál Martin TD" in a caption's list): the written form keeps them
        self.tokens = _without_letters(self.tokens)


def _without_letters(tokens: list[str]) -> list[str]:
    """A name's words without the post-nominal letters that end it (at least two words stay)."""
    end = len(tokens)
    while end > 2 and tokens[end - 1].replace(".", "") in POST_NOMINALS:
        end -= 1
    return tokens if end == len(tokens) else tokens[:end]


def ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _is_initial(word: str) -> bool:
    """ "J.", and the initials romanised Cyrillic writes with two letters ("Sh. Sharif", "Sh.M.
    Mirziyoyev", "Zh.", "Kh.": Ш, Ж, Ч, Х, Ц, Ю, Я, Е, Ё)."""
    return bool(_INITIAL.fullmatch(word))


_INITIAL = re.compile(r"(?:[A-Z]|Sh|Zh|Ch|Kh|Ts|Yu|Ya|Ye|Yo)\.")


def _is_upper_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


#: Abbreviated name words written with a full stop ("Md. Touhid Hossain", "Mohd. Hasan", "Hj."):
#: the name goes on after them, as after an initial.
NAME_ABBREVIATIONS = frozenset({"Md", "Mohd", "Muhd", "Muh", "Abd", "Hj", "Mhd"})
#: Letters written after a name (honours, orders, a seat): part of the name as written, not of it.
POST_NOMINALS = frozenset(
    {
        *("MP", "MEP", "MLA", "MSP", "TD", "QC", "KC", "PC", "AC", "AO"),
        *("MBE", "OBE", "CBE", "KBE", "DBE", "GBE", "CB", "KCB", "GCB", "CMG", "KCMG", "GCMG"),
        *("ONZ", "ONZM", "KNZM", "CNZM", "QSO", "OON", "OFR", "MFR", "GCFR", "GCON"),
        # (round 14) Senior Counsel and the Caribbean's orders: "Mia Amor Mottley, S.C., M.P."
        *("SC", "ON", "OJ", "OD", "CD", "OCC", "GCSL"),
        # (round 15) the seats of the British Isles' and Canada's other legislatures: the Senedd, the
        # House of Keys, Tynwald's Legislative Council, the provinces' assemblies
        *("MS", "MHK", "MLC", "MNA", "MPP", "MHA"),
    }
)
#: A post-nominal as written, with or without full stops ("KC", "K.C.", "M.P.").
_POST_NOMINAL = (
    "(?:" + "|".join(r"\.?".join(pn) + r"\.?" for pn in sorted(POST_NOMINALS, key=len, reverse=True)) + r")(?!\w)"
)
_MORE_POST_NOMINALS = re.compile(r"(?:,?[ \t]+" + _POST_NOMINAL + ")+")
#: After a name and a comma, its letters ("Philip Edward Davis, K.C., M.P.,"; "David Lammy MP,"): part of the written form.
_LETTERS_AFTER = re.compile(r"(?P<mp>(?:,?[ \t]*(?:" + _POST_NOMINAL + r"|Jr\.|Sr\.))+)?,[ \t]*")


#: "a/l" (anak lelaki, son of), "a/p" (anak perempuan), "s/o", "d/o" between a given name and the
#: father's, before a capitalised word.
_PATRONYMIC_LINKS = frozenset({"a/l", "a/p", "s/o", "d/o"})
_PATRONYMIC_LINK = re.compile(r"(?:a/l|a/p|s/o|d/o)(?=[ \t]+[A-Z])")


def read_name(text: str, pos: int, limit: int = 5) -> tuple[list[str], int, str]:
    """Name tokens starting at ``pos``: (tokens, end, suffix such as "MP")."""
    tokens: list[str] = []
    end = pos
    i = pos
    suffix = ""
    while len(tokens) < limit:
        ws = re.compile(r"[ \t]*").match(text, i)
        j = ws.end() if ws else i
        if tokens and (link := _PATRONYMIC_LINK.match(text, j)):
            # "M. Kulasegaran a/l Murugeson": "son of" as Malaysia and Singapore write it joins two names
            tokens.append(link.group(0))
            limit += 1
            i = end = link.end()
            continue
        m = _TOKEN.match(text, j)
        if not m:
            break
        word = m.group(0)
        if word.endswith(".") and not _is_initial(word) and word[:-1] not in NAME_ABBREVIATIONS:
            word = word[:-1]
        bare = word.rstrip(".") if word[:-1] in NAME_ABBREVIATIONS else word
        if bare in POST_NOMINALS:
            if tokens:
                # "Sir Keir Starmer KCB KC MP": every letters after the name belong to it.
                suffix = bare
                end = j + len(word)
                more = _MORE_POST_NOMINALS.match(text, end)
                end = more.end() if more else end
            break
        if bare.lower() in PARTICLES and bare[0].islower():
            # "von der Leyen": particles count only before a capitalised family name.
            ahead = re.match(r"(?:[ \t]+(?:%s))*[ \t]+(?P<w>\S)" % "|".join(PARTICLES), text[j + len(word) :])
            if tokens and ahead and ahead.group("w").isupper():
                tokens.append(bare)
                limit += 1  # "Mohammed bin Abdulrahman bin Jassim Al-Thani": particles are not name words
                i = end = j + len(word)
                continue
            break
        if not bare[0].isupper() and not _ARTICLE_JOINED.fullmatch(bare):
            break
        base = re.sub(r"(?:'s|’s)$", "", bare)
        # A country's name ends a name ("President Xi China ..."), except as the last word of one
        # already begun: "Mr. Luís Montenegro, today held talks" is the Portuguese prime minister.
        last_word = bool(tokens) and base == bare and re.match(r"[,;)]|\.(?:\s|$)|$", text[j + len(word) :]) is not None
        if (
            base in _STOP
            or base in _HEADLINE_VERBS
            or (places.country_code(base) and not last_word)
            or places.demonym_code(base)
            or (_is_month_date(text, j + len(word)) and base in _MONTH_NAMES)
        ):
            break
        tokens.append(bare)
        i = end = j + len(word)
        if base != bare:  # a possessive ends the name
            break
    if tokens:
        jr = re.match(r",?[ \t]+(?:Jr|Sr)\.?(?!\w)", text[end : end + 8])
        if jr:  # "Joseph R. Biden, Jr.": part of the name as written
            end += jr.end()
        degree = re.match(r"[ \t]+\((?:PhD|Ph\.D\.|MD|DPhil)\)", text[end : end + 12])
        if degree:  # "Abiy Ahmed (PhD)": a degree in brackets is part of the name as written
            end += degree.end()
    return tokens, end, suffix


_MONTH_NAMES = dates.MONTH_NAMES
#: A name word that opens with the Arabic article in lower case and a hyphen ("al-Sharaa",
#: "el-Sisi", "ash-Shaibani"): a capitalised name word.
_ARTICLE = r"(?:al|el|ul|ad|adh|ar|as|ash|at|ath|az|an|ed|es|et|ez|en)-"
_ARTICLE_JOINED = re.compile(_ARTICLE + r"[A-Z][^\W\d_]*")


def _is_month_date(text: str, pos: int) -> bool:
    return bool(re.match(r"\s*\d", text[pos:]))


def read_name_backwards(text: str, end: int) -> tuple[list[str], int]:
    """Name tokens ending at ``end`` (for "KISHIDA Fumio, Prime Minister ..."): (tokens, start)."""
    words = list(_TOKEN.finditer(text[:end]))
    tokens: list[str] = []
    start = end
    pos = end
    for m in reversed(words):
        between = text[m.end() : pos]
        if not re.fullmatch(r"[ \t]*", between):
            break
        word = m.group(0).rstrip(".") if not _is_initial(m.group(0)) else m.group(0)
        if (word.lower() in PARTICLES and word[0].islower() and tokens) or (
            (word[0].isupper() or _ARTICLE_JOINED.fullmatch(word))
            and word not in _STOP
            and not places.country_code(word)
            and not places.demonym_code(word)
            and word not in _MONTH_NAMES
        ):
            tokens.insert(0, word)
        else:
            break
        start = pos = m.start()
        if len(tokens) >= 5:
            break
    while tokens and tokens[0].lower() in PARTICLES and tokens[0][0].islower():
        tokens.pop(0)
    return tokens, start


_TITLE_STOP = re.compile(
    r"\s+(?:who|held|had|has|met|meets|spoke|speaks|attended|paid|received|hosted|visited|visiting|today|"
    r"yesterday|in|at|on|during|with|while|was|were|is|are|by|from|to)\b|[;()]|\.(?:\s|$)|,"
)
_AND_CONTINUES = re.compile(
    r"\s+and\s+(?:(?:president|chairman|premier|minister|secretary|member)\s+of\s|(?:the\s+)?(?:Minister|Secretary|First|Deputy|Vice|Leader|Chair|Head|Foreign|Development|Commonwealth|Trade|Defence|Defense|Security|Economic|Co-?operation|Finance|International|Special|Senior|Commerce)\b)"
)


def _ends_in_country(segment: str) -> bool:
    """ "and Expatriates of the Hashemite Kingdom of Jordan": the title goes on to its country."""
    found = places.find_countries(segment)
    return (
        bool(found)
        and found[-1][1] >= len(segment.rstrip(". "))
        and bool(re.search(r"\bof\s+(?:the\s+)?$", segment[: found[-1][0]]))
    )


def read_title(text: str, pos: int) -> tuple[str, int]:
    """An appositive title starting at ``pos`` (just after "Name, ")."""
    i = pos
    while True:
        m = _TITLE_STOP.search(text, i)
        stop = m.start() if m else len(text)
        # "and" joins compound titles ("Deputy Prime Minister and Minister of ...") ...
        and_at = re.search(r"\s+and\s+", text[i:stop])
        if and_at:
            abs_and = i + and_at.start()
            if not _AND_CONTINUES.match(text, abs_and) and not _ends_in_country(text[abs_and:stop]):
                stop = abs_and
                break
        if m and m.group(0) == "," and re.search(r"\bfor\s+Foreign$", text[pos:stop]):
            i = m.end()  # "Secretary of State for Foreign, Commonwealth and Development Affairs"
            continue
        if m and m.group(0).startswith(".") and re.search(r"(?:\b[A-Z]\.){1,2}[A-Z]$|\bU\.S$|\bD\.C$", text[pos:stop]):
            i = m.end()  # "U.S." is not a sentence end
            continue
        break
    return text[pos:stop].strip(), stop


def split_title(title: str) -> tuple[str, str | None]:
    """("Minister for Foreign Affairs", "JP") from "Japan's Minister for Foreign Affairs" or "... of Japan"."""
    title = title.strip().rstrip(",")
    code = None
    m = re.match(r"(?P<c>.+?)(?:'s|’s|(?<=s)['’])\s+(?P<rest>.+)$", title)
    if m:
        c = places.country_code(m.group("c"))
        if c:
            return m.group("rest"), c
    pref = places.country_prefix(title)
    if pref and not title.startswith(("European Council", "European Commission")):
        name, c = pref
        rest = title[len(name) :].strip()
        if rest and TITLE_START.match(rest):
            return rest, c
    for word, c in sorted(places.DEMONYMS.items(), key=lambda kv: -len(kv[0])):
        if title.startswith(word + " ") and TITLE_START.match(title[len(word) :]):
            return title[len(word) :].strip(), c
    first = title.split(" ", 1)
    if len(first) == 2 and TITLE_START.match(" " + first[1]):
        c = places.demonym_code(first[0])  # "Egyptian Foreign Minister"
        # (round 15) or an organisation's abbreviation before its head's office: "OPEC Secretary General"
        c = c or _abbreviated_organisation(first[0], first[1].strip())
        if c:
            return first[1].strip(), c
    # "... of Japan", "... of the United Kingdom", "... of the Republic of the Philippines", "... of
    # the United Mexican States": the state's name, short or formal, goes to the country field.
    # The first " of " that the rest of the title is a country after wins, so "Secretary of State
    # of the United States" keeps "of State". EU institutions stay ("President of the European Council").
    for m in re.finditer(r"\s+of\s+", title):
        rest = title[m.end() :].rstrip(". ")
        code = places.formal_country_code(rest) if rest.startswith("the ") else places.country_code(rest)
        if code:
            if code != "EU":
                title = title[: m.start()].strip()
            break
    if code is None and (two := _TWO_OFFICES.search(title)):
        # "President of the Republic of Peru and Pro Tempore President of the Andean Community": two
        # offices held at once; the first one's state is the person's side (the title stays whole)
        code = split_title(title[: two.start()])[1]
    if code is None and (region := _OF_REGION.search(title)):
        # "First Minister of Scotland", "Minister-President of Bavaria", "Governor of Hokkaido": an
        # ISO 3166-2 subdivision that one country has (not "of Punjab": India's and Pakistan's);
        # (round 15) a state or province of the table, or a city of the city table ("Mayor of Los
        # Angeles", "Premier of Queensland")
        code = places.subdivision_country(region.group("region"))
        found = places.region_zone(region.group("region")) or places.city_zone(region.group("region"))
        code = code or (found[1] if found else None)
    if code is None and (body := _DEMONYM_BODY.search(title)):
        # "President of the Spanish Government", "Chancellor of the Austrian Republic": the state
        # is named by its adjective before the body it governs (the title stays whole)
        code = places.demonym_code(body.group("adj"))
    if code is None and (body := _PLACE_BODY.search(title)):
        # (round 15) "Head of the Northern Ireland Civil Service", "Speaker of the Scottish ...": a
        # state's or a region's name before the body (the title stays whole)
        words = body.group("words").split()
        for k in range(len(words) - 1, 0, -1):
            phrase = " ".join(words[:k])
            code = places.country_code(phrase) or places.subdivision_country(phrase) or places.demonym_code(phrase)
            if code:
                break  # (and a state's adjective: "Marshal of the Polish Sejm")
    return title, code


#: "of <Region>" at a title's end: one to three capitalised words.
_OF_REGION = re.compile(r"\bof\s+(?:the\s+)?(?P<region>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})$")
#: "of the <Place> <Body>" at a title's end: up to four capitalised words.
_PLACE_BODY = re.compile(r"\bof\s+the\s+(?P<words>[A-Z][\w'’.-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){1,3})$")
#: "of the <Demonym> Government (Republic, Federation, ...)" at a title's end.
_DEMONYM_BODY = re.compile(
    r"\bof\s+the\s+(?P<adj>[A-Z][\w'’-]+)\s+(?:Government|Republic|Kingdom|Federation|Confederation|State|Executive|Cabinet)$"
)


#: "and" between two offices of one person.
_TWO_OFFICES = re.compile(r"\s+and\s+(?=(?:[A-Z][\w-]*\s+){0,3}?" + _TITLE_WORDS + r")")


def _country_of_words(words: str) -> str | None:
    return places.country_code(words) or places.demonym_code(words)


def _same_person(p: Person, q: Person) -> bool:
    """ "Sugiono" and "Foreign Minister Sugiono", "Tsahkna" and "Margus Tsahkna": one person."""
    return _same_slugs(_NameSlugs.of(p.tokens), _NameSlugs.of(q.tokens))


class _LazyList:
    """The items of an iterator, drawn only as far as asked for."""

    def __init__(self, items: Iterator[str]) -> None:
        self._items = items
        self._seen: list[str] = []

    def get(self, k: int) -> str | None:
        """Item ``k``, or None past the end."""
        while len(self._seen) <= k:
            item = next(self._items, None)
            if item is None:
                return None
            self._seen.append(item)
        return self._seen[k]


@dataclass(frozen=True)
class _NameSlugs:
    """A name's slugs as ``_same_person`` compares them, made once per name."""

    count: int  # of tokens
    whole: str  # ascii_slug of the whole name
    words: tuple[str, ...]  # whole.split("-")
    word_set: frozenset[str]
    first: str  # ascii_slug of the first token
    last: str  # ascii_slug of the last token

    @classmethod
    def of(cls, tokens: list[str]) -> _NameSlugs:
        whole = ascii_slug(" ".join(tokens))
        words = tuple(whole.split("-"))
        return cls(
            len(tokens),
            whole,
            words,
            frozenset(words),
            ascii_slug(tokens[0]) if tokens else "",
            ascii_slug(tokens[-1]) if tokens else "",
        )


def _two_full_names(p: _NameSlugs, q: _NameSlugs) -> bool:
    """ "John Lee" and "Lee Hsien Loong": two full names that share a family name but neither holds
    the other's words are two people ("Minister Iwaya" and "Takeshi Iwaya" are one)."""
    return p.count >= 2 and q.count >= 2 and not (p.word_set <= q.word_set or q.word_set <= p.word_set)


def _same_slugs(p: _NameSlugs, q: _NameSlugs) -> bool:
    """``_same_person`` on names' precomputed slugs."""
    short, long_ = (p, q) if p.count <= q.count else (q, p)
    if short.count == 1:
        return short.first in long_.word_set
    return short.whole in long_.whole and short.last == long_.words[-1]


def _implied_country(title: str) -> str | None:
    for pattern, code in _TITLE_IMPLIES:
        if pattern.search(title):
            return code
    # "Secretary-General of the United Nations", "Secretary General of NATO": the organisation's own
    # "... of the Organization of American States (OAS)", "... of the African Union (AU) Commission":
    # an abbreviation in brackets names the same body
    m = re.search(r"\bof\s+(?:the\s+)?(?P<org>[A-Z][\w ]+)$", re.sub(r"\s*\([A-Z]{2,10}\)", "", title))
    return places.ORGANISATIONS.get(m.group("org").strip()) if m else None


def _office_organisation(title: str) -> str | None:
    """The organisation whose name is the office itself ("High Commissioner for Refugees" is the
    United Nations High Commissioner for Refugees, UNHCR), else None."""
    for prefix in ("United Nations ", "UN ", ""):
        code = places.ORGANISATIONS.get(prefix + title)
        if code and code != "UN":
            return code
    return None


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")) if _is_upper_word(word) else word


# Spanish- and Portuguese-speaking countries: names end in two family names ("Marcelo Ebrard
# Casaubón", "Rafael Cardoso Lima"), of which the first (Spanish) is the one used alone.
_TWO_FAMILY_NAMES = {
    "ES",
    "MX",
    "AR",
    "CL",
    "PE",
    "CO",
    "VE",
    "EC",
    "BO",
    "PY",
    "UY",
    "CU",
    "DO",
    "GT",
    "HN",
    "SV",
    "NI",
    "CR",
    "PA",
    "PR",
    "GQ",
    "PT",
    "BR",
    "AO",
    "MZ",
    "CV",
    "GW",
    "ST",
}
# Given names often written second ("Juan Carlos", "José Manuel", "Ana Lúcia"): not a family name.
_GIVEN_NAMES = {
    "José",
    "Josep",
    "Juan",
    "Joan",
    "João",
    "María",
    "Maria",
    "Manuel",
    "Luis",
    "Luís",
    "Luiz",
    "Carlos",
    "Antonio",
    "António",
    "Francisco",
    "Javier",
    "Jorge",
    "Miguel",
    "Ángel",
    "Angel",
    "Alberto",
    "Andrés",
    "Eduardo",
    "Enrique",
    "Fernando",
    "Ignacio",
    "Inácio",
    "Jesús",
    "Pablo",
    "Paulo",
    "Pedro",
    "Rafael",
    "Ricardo",
    "Roberto",
    "Alejandro",
    "Daniel",
    "Diego",
    "Felipe",
    "Gabriel",
    "Guillermo",
    "Gustavo",
    "Héctor",
    "Hugo",
    "Jaime",
    "Julio",
    "Marcelo",
    "Mario",
    "Mauricio",
    "Óscar",
    "Ernesto",
    "Sergio",
    "Augusto",
    "Ana",
    "Isabel",
    "Elena",
    "Teresa",
    "Carmen",
    "Cristina",
    "Lucía",
    "Lúcia",
    "Laura",
    "Sofía",
    "Luisa",
    "Luiza",
    "Fernanda",
    "Gabriela",
    "Beatriz",
    "Patricia",
    "Claudia",
    "Alejandra",
    "Andrea",
    "Mercedes",
    "Dolores",
    "Rosa",
    "Pilar",
    "Eugenia",
    "Inés",
    "Margarita",
    "Marta",
    "Mónica",
    "Verónica",
    "Clara",
    "Helena",
    "Raquel",
    "Silvia",
    "Susana",
    "Antonia",
    "Josefa",
}
# Words after which a family name is used alone later in a readout ("Secretary Ebrard").
REFERRING_TITLES = r"(?:FM|PM|Minister|Ministers|Secretary|Representative|President|Vice-President|Chancellor|Premier|Commissioner|Ambassador|Senator|Councilor|Councillor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Madam|Mme\.?)"


def _particle(word: str) -> bool:
    return word.lower() in PARTICLES or word in _CAP_PARTICLES


def _family_start_in_text(tokens: list[str], text: str) -> int | None:
    """The first name word that ``text`` uses after a title ("High Representative Borrell" in a
    readout naming "Josep Borrell Fontelles"): where the family name starts, if it says."""
    if not text:
        return None
    for k in range(len(tokens)):
        word = tokens[k]
        if _is_initial(word) or (_particle(word) and word[0].islower() and k == len(tokens) - 1):
            continue
        # The first word counts only when the rest of the name does not follow ("Minister Wang",
        # not "Minister Wang Yi"), nor a capitalised word ("Minister Takeshi Iwaya").
        if re.fullmatch(r"[\w'’-]+", word):
            referred, alone = _referred_words(text)
            if word in (alone if k == 0 else referred):
                return k
            continue
        after = r"(?![\w'’-])(?!\s+[A-Z])" if k == 0 else r"(?![\w'’-])"
        if re.search(rf"(?<![\w.]){REFERRING_TITLES}\s+{re.escape(word)}{after}", text):
            return k
    return None


def _alone_in_text(tokens: list[str], text: str) -> int | None:
    """Of a two-word name, the one word ``text`` also uses without the other ("for Kishida", "Kishida
    said" in a readout naming "Fumio Kishida"), when only one of them is: the family name."""
    if len(tokens) != 2 or not text:
        return None
    neighbours = _neighbours(text)
    # Alone: next to no capitalised word (a capitalised neighbour makes it part of a name, this one
    # or another: "Taro Kono" and "Taro Aso" in one readout say nothing of which is the family name).
    found = [
        k
        for k, word in enumerate(tokens)
        if any(not before[:1].isupper() and not after[:1].isupper() for before, after in neighbours.get(word, ()))
    ]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=4)
def _neighbours(text: str) -> dict[str, set[tuple[str, str]]]:
    """Each word of ``text`` with the (word before, word after) pairs it occurs between, "" across
    punctuation, in one pass (a search of the readout for each participant made a long list of
    names quadratic)."""
    spans = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[\w'’-]+", text)]
    joined = [not re.search(r"[^\s]", text[spans[k][2] : spans[k + 1][1]]) for k in range(len(spans) - 1)]
    pairs: dict[str, set[tuple[str, str]]] = {}
    for k, (word, _, _) in enumerate(spans):
        before = spans[k - 1][0] if k and joined[k - 1] else ""
        after = spans[k + 1][0] if k + 1 < len(spans) and joined[k] else ""
        pairs.setdefault(word, set()).add((before, after))
    return pairs


@lru_cache(maxsize=4)
def _referred_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(every word that follows a referring title in ``text``, those of them not followed by a
    capitalised word), read in one pass: a search of the whole readout for each word of each
    participant's name made a long readout with a long list of names quadratic. A word matches
    ``REFERRING_TITLES\\s+WORD(?![\\w'’-])`` exactly when it is the whole run of word characters,
    apostrophes and hyphens after the title; it also matches with ``(?!\\s+[A-Z])`` after it when
    that run is not followed by spaces and a capital letter."""
    referred: set[str] = set()
    alone: set[str] = set()
    for m in re.finditer(rf"(?<![\w.])(?={REFERRING_TITLES}\s+([\w'’-]+)(\s+[A-Z])?)", text):
        referred.add(m.group(1))
        if m.group(2) is None:
            alone.add(m.group(1))
    return frozenset(referred), frozenset(alone)


def split_name(
    tokens: list[str], country: str, date: dt.date | None, text: str = "", convention: str = ""
) -> tuple[str, str]:
    """(family, given) following the evidence, else the country's and the publisher's convention.

    ``text`` is the rest of the readout: a later "Secretary Ebrard" shows where a given-first
    name's family name starts.
    """
    family, given, _ = split_name_why(tokens, country, date, text, convention=convention)
    return family, given


# Countries whose people are named alone by their GIVEN name ("Minister Son" for Bui Thanh Son,
# "Mr. Maris" for Maris Sangiampongsa): a name used alone is no evidence of the family name.
_REFERRED_BY_GIVEN = {"VN", "TH", "IS", "MM"}
# Countries whose names have no family name (Myanmar's): the whole name is filed as the family name.
_NO_FAMILY_NAME = {"MM"}
# Arabic names: the family part starts at the first "bin"/"ibn" ("Faisal bin Farhan bin Abdullah").
_NASAB = {"bin", "binti", "bint", "ibn"}


def split_name_why(
    tokens: list[str], country: str, date: dt.date | None, text: str = "", *, convention: str = ""
) -> tuple[str, str, str]:
    """(family, given, why the split is a guess or ""), from the evidence in this order: a family
    name in capitals ("WANG Yi"); one name word used alone after a title later in the text
    ("Mr Peters", "Minister Iwaya"); the country's convention (family name first in China and
    Korea); for a Japanese name, as Japan writes it (family name first since 2020)."""
    if not tokens:
        return "", "", ""
    if len(tokens) == 1:
        return _cap(tokens[0]), "", ""
    # (a regnal number is no family name in capitals: "Abdullah II bin Al-Hussein")
    upper = [i for i, t in enumerate(tokens) if _is_upper_word(t) and not _is_initial(t) and not _REGNAL.fullmatch(t)]
    if upper and len(upper) < len(tokens):
        first = upper[0]
        if country not in _FAMILY_FIRST:  # "Antony BLINKEN", "Jean-Yves LE DRIAN"
            while first > 0 and _particle(tokens[first - 1]):
                first -= 1
        family_tokens = tokens[first : upper[-1] + 1]
        given_tokens = [t for t in tokens[:first] + tokens[upper[-1] + 1 :] if not _is_initial(t)]
        return " ".join(_cap(t) for t in family_tokens), " ".join(given_tokens), ""
    nasab = next((k for k, t in enumerate(tokens) if k and t.lower() in _NASAB), None)
    if nasab is not None:
        return " ".join(tokens[nasab:]), " ".join(tokens[:nasab]), ""
    if country in _NO_FAMILY_NAME:
        return " ".join(tokens), "", ""  # "Min Aung Hlaing": the whole name, filed as the family name
    named = _family_start_in_text(tokens, text) if country not in _REFERRED_BY_GIVEN else None
    if named == 0:
        return _cap(tokens[0]), " ".join(tokens[1:]), ""  # "Minister Wang" for "Wang Yi"
    if named is None:
        if country in _FAMILY_FIRST:
            return _cap(tokens[0]), " ".join(tokens[1:]), ""
        if country == "JP":
            alone = _alone_in_text(tokens, text)
            if alone is not None:  # "... for Kishida" in a readout naming "Fumio Kishida"
                return _cap(tokens[alone]), " ".join(t for k, t in enumerate(tokens) if k != alone), ""
            # As Japan itself writes them: family name first since 2020 (its ministries, and many
            # others since), given name first before.
            whose = "Japan's readouts" if convention == "JP" else "as Japan writes them"
            if date is None or date >= FAMILY_FIRST_SINCE:
                return (
                    _cap(tokens[0]),
                    " ".join(tokens[1:]),
                    f"family name first ({whose} since 2020); the readout never uses one alone",
                )
            given = [t for t in tokens[:-1] if not _is_initial(t)]
            return (
                _cap(tokens[-1]),
                " ".join(given[:1]),
                f"given name first ({whose} before 2020); the readout never uses one alone",
            )
    # Given name(s) first; particles belong to the family name ("von der Leyen", "Le Drian").
    i = len(tokens) - 1
    while i > 1 and _particle(tokens[i - 1]):
        i -= 1
    if i > 1 and tokens[i] in ("e", "y"):
        i -= 1  # "Correia e Silva", "Ortega y Gasset": "and" joins two family names
    why = ""
    if named is not None and named < i:
        i = named  # "High Representative Borrell" for "Josep Borrell Fontelles"
    elif i == len(tokens) - 1 and country in _TWO_FAMILY_NAMES and _two_family_names(tokens):
        i -= 1  # "Marcelo Ebrard Casaubón"
        why = "two family names (Spanish/Portuguese naming); the readout never uses one alone"
    given = [t for t in tokens[:i] if not _is_initial(t)]
    return " ".join(_cap(t) for t in tokens[i:]), " ".join(given[:1]) if given else "", why


def _two_family_names(tokens: list[str]) -> bool:
    words = [t for t in tokens if not _is_initial(t)]
    second = tokens[-2]
    return len(words) >= 3 and not _is_initial(second) and not _particle(second) and second not in _GIVEN_NAMES


def family_key(family: str) -> str:
    """A participant's key: "ebrard" for "Ebrard Casaubón"; particles keep the whole name
    ("von-der-leyen", "le-drian", "dos-santos")."""
    words = family.split()
    if len(words) > 1 and not any(_particle(w) for w in words):
        return ascii_slug(words[0])
    return ascii_slug(family)


def _excluded(text: str, start: int, end: int, *, summit: bool = False) -> bool:
    before = text[max(0, start - 80) : start]
    # Only the words since the previous person or clause mark count.
    if not summit and re.search(
        r"\b(?:was|were)\s+(?:also\s+)?attended\s+by\b[^.;]*$", text[max(0, start - 300) : start]
    ):
        return True  # "The Dialogue was attended by A and by B": everyone in that list
    before = re.split(r"[;(]|,\s+and\b|\band\b", before)[-1]
    if _NOT_PRESENT_BEFORE.search(before) or _OTHER_MEETING_BEFORE.search(before):
        return True
    after = text[end : end + 400]
    nxt = re.search(r"[;]|\b(?:and|with)\s+(?:the\s+)?(?:H\.E|Mr|Ms|Dr|His|Her)\b", after)
    clause = after[: nxt.start()] if nxt else after
    return bool(_NOT_PRESENT_AFTER.match(clause))


#: Words that make a person's name the name of a place or a body named after them: "the Sir Edney
#: Cain Building", "the Dr. Kwame Nkrumah Conference Centre", "the Nelson Mandela Room", "HMS Queen
#: Elizabeth" is written the other way and not handled.
_BUILDING_WORDS = (
    r"Building|Buildings|Hall|House|Palace|Centre|Center|Room|Tower|Towers|Complex|Hotel|Castle|Manor|"
    r"Stadium|Auditorium|Chamber|Library|Museum|Airport|Hospital|University|College|School|Institute|"
    r"Foundation|Avenue|Street|Road|Square|Bridge|Lodge|Memorial|Theatre|Theater|Pavilion|Gardens|"
    r"Barracks|Campus|Arena|Terminal|Plaza|Boulevard"
)
_BUILDING_LAST = re.compile(rf"(?:{_BUILDING_WORDS})")
# (a Title Case headline's "... Narendra Modi At State House" goes on with a preposition: a person)
_BUILDING_AFTER = re.compile(
    rf"(?:[ \t]+(?!(?:At|In|On|To|For|With|And|Of|The|From|By|Meets|Hosts|Visits)\b)[A-Z][\w'’-]*){{0,2}}?"
    rf"[ \t]+(?:{_BUILDING_WORDS})\b"
)


def _a_building(text: str, person: Person) -> bool:
    """A name whose last word, or a capitalised word just after it, names a building, a hall, a room or
    an institution is that place's name, however much it reads like a person's ("Sir Edney Cain Building")."""
    if len(person.tokens) > 1 and _BUILDING_LAST.fullmatch(person.tokens[-1]):
        return True
    return bool(_BUILDING_AFTER.match(text, person.end, person.end + 60))


_SPACES = re.compile(r"[ \t]*")
_PLURAL_OFFICE_NAMES = re.compile(
    r"(?:\b(?:Their\s+(?:Excellencies|Majesties|Highnesses)\s+)?[Tt]he\s+)"
    r"(?P<office>(?:[A-Z][\w-]*\s+){0,2}?(?:Captains|Presidents|Ministers|Co-Princes|Princes|Governors|Premiers|"
    r"Chancellors|Secretaries|Regents)(?:\s+Regent|\s+General)?),\s+"
    r"(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+and\s+(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),"
)
_AGENCY_TITLE = re.compile(
    r"(?<![\w.])(?P<adj>(?:[A-Z][\w.'’-]*[ \t]+){0,2}?[A-Z][\w.'’-]*?)(?:'s|’s)?[ \t]+"
    r"(?P<title>(?:(?:top|foreign|policy|defence|defense|security|trade|junta|military|opposition|spy|army|"
    r"nuclear|climate|diplomatic|rights|aid|finance|economy|health)[ \t]+){0,3}(?:leader|chief|diplomat|strongman|envoy))"
    r"[ \t]+(?=[A-Z])"
)
#: The titles of sovereigns known by one name, and the state after it ("King Philippe of Belgium").
_SOVEREIGN = re.compile(r"King|Queen|Sultan|Emir|Amir|Grand Duke|Grand Duchess|Emperor|Empress|Pope")
_OF_STATE = re.compile(r"[ \t]+of[ \t]+(?P<state>(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})")


def _nasab_only(tokens: list[str]) -> bool:
    """A given name and a father's name, no family name: "Haitham bin Tarik", "Abdul Aziz bin Salman"
    (not "Hamad bin Isa Al Khalifa", "Tamim bin Hamad Al Thani")."""
    joiners = [i for i, t in enumerate(tokens) if t.lower() in ("bin", "ibn", "bint", "binti")]
    return (
        bool(joiners)
        and joiners[0] > 0
        and all(not re.match(r"(?:Al|al|El|el|Āl)(?:[-‑]|$)", t) for t in tokens)
        and len(tokens) - joiners[-1] == 2
    )


_ROYAL_OFFICE = re.compile(
    r"[ \t]+(King|Queen|Sultan|Emir|Amir|Crown\s+Prince|Grand\s+Duke|Prince|Princess|Emperor|Empress|Pope|Patriarch)[ \t]+(?=[A-Z])"
)
# A sovereign's regnal number: "Prince Albert II", "King Charles III".
_REGNAL = re.compile(r"[IVX]{1,5}")
_COUNTERPART_BEFORE = re.compile(
    r"\b(?:his|her|their|its|my|our)\s+(?P<adj>(?:[A-Z][\w'’-]*\s+){0,3})counterpart,?[ \t]*$"
)
# (capitalised words and the small words of an office only: "... received the visiting Foreign
# Minister of Oman, Sayyid Badr Albusaidi" gives "Foreign Minister of Oman", not the whole clause)
_TITLE_BEFORE_COMMA = re.compile(
    r"(?:^|(?<=[\s(]))(?:[Tt]he\s+)?(?P<title>"
    + _TITLE_WORDS
    + r"(?:-[\w'’]+)*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|for|and|the|on|in|to|de|\([A-Z]{2,10}\))){0,14}),[ \t]*$"
)


#: Styles that are also the first word of how some people are named: "Sheikh Hasina" (Bangladesh's
#: Prime Minister: family name Hasina), "Begum Khaleda Zia", "Syed ...", "Sayyid ...". Before two or
#: more name words they are a style ("Sheikh Tamim bin Hamad Al Thani"); before one alone they are
#: the name's given part, so the person is named, not dropped as a word that refers back.
_NAME_STYLES = frozenset(
    {"Sheikh", "Sheikha", "Sayyid", "Sayyida", "Syed", "Begum", "Shaikh", "Shaykh", "Lord", "Baroness", "Lady"}
)


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]+$")


#: (round 16) a peer's style, and the place of the peerage written after the name ("of Alcluith")
_PEERS = frozenset({"Lord", "Baroness", "Lady"})
_PEER_SEAT = re.compile(
    r"[ \t]+of[ \t]+(?!the\b)[A-Z][\w'’-]+(?:[ \t]+(?:(?:upon|on|in|le)[ \t]+)?[A-Z][\w'’-]+)?(?![\w'’-])"
)


def _style_as_name(hon: str, tokens: list[str], text: str, at: int) -> list[str] | None:
    """ "Sheikh" + ["Hasina"]: the name ["Sheikh", "Hasina"]; None when the style is only a style, or
    a word inside a name begun before it ("Hassan Sheikh Mohamud")."""
    if hon not in _NAME_STYLES or len(tokens) != 1 or not tokens[0][:1].isupper() or _is_upper_word(tokens[0]):
        return None
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if before and before.group(1) not in _STOP and not re.fullmatch(_TITLE_WORDS, before.group(1)):
        return None
    return [hon, *tokens]


def _honorific_text(hon: re.Match[str] | None) -> str:
    """An honorific as matched, on one line ("H.E.\nDr." is "H.E. Dr.")."""
    return re.sub(r"\s+", " ", hon.group(0)).strip() if hon else ""


#: What may come before a sentence's subject: "On Monday, ", and a dateline ("Dhaka, 17 December:",
#: "Damascus, SANA – ", "NAY PYI TAW, 15 Aug — ").
_OPENING = re.compile(r"\s*(?:" + places.DATELINE_OPENING.pattern + r")?(?:On\s[^,]*,\s*)?")


def find_people(text: str, *, sentence_start: int = 0, summit: bool = False) -> list[Person]:
    """Everyone named with an honorific or a title in ``text``, in order, duplicates removed (at a
    ``summit``, the leaders it "was attended by" are its members, not attendants)."""
    people: list[Person] = []
    spans: list[tuple[int, int]] = []

    def overlaps(s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in spans)

    for m in HONORIFIC.finditer(text):
        if overlaps(m.start(), m.end()):
            continue  # the second of a chain ("Hon. Dr.")
        hon_end = m.end()
        last = m  # the chain's last honorific ("the Rt Hon Lord Cameron": "Lord")
        while (more := HONORIFIC.match(text, _SPACES.match(text, hon_end).end())) is not None:  # type: ignore[union-attr]
            hon_end, last = more.end(), more  # "Hon. Dr. Arzu Rana Deuba": honorifics in a row are one
        # "His Majesty King Hamad ...": an office between the honorific and the name is the title,
        # and the name is written from after it.
        # (not after a cleric's style: "Mawlawi Amir Khan Muttaqi" is named Amir)
        royal = None if _CLERIC.fullmatch(m.group(0)) else _ROYAL_OFFICE.match(text, hon_end)
        tokens, end, _suffix = read_name(text, royal.end() if royal else hon_end)
        # (round 15) a royal named by given name and father's name, with no family name, is written
        # whole, style and office with it ("His Majesty Sultan Haitham bin Tarik", "HRH Prince Abdul
        # Aziz bin Salman"), as one known by one name is ("His Majesty King Felipe VI"); one with a
        # family name is written from the name ("His Majesty King Hamad bin Isa Al Khalifa")
        name_start = m.start() if royal and _nasab_only(tokens) else (royal.end() if royal else m.start())
        if not tokens or overlaps(m.start(), end):
            continue
        regnal = bool(royal) and (len(tokens) == 1 or (len(tokens) == 2 and _REGNAL.fullmatch(tokens[1]) is not None))
        if regnal:
            # "His Holiness Pope Francis", "H.S.H. Prince Albert II": a sovereign known by one name
            # is written whole, and has a given name only
            person = Person(re.sub(r"\s+", " ", text[m.start() : end]).strip(), tokens[:1], start=m.start(), end=end)
            person.honorific = re.sub(r"\s+", " ", text[m.start() : hon_end]).strip()
            person.regnal = True
            _attach_title(text, person)
            person.title = person.title or royal.group(1)  # type: ignore[union-attr]
            people.append(person)
            spans.append((m.start(), person.end))
            continue
        honorific = re.sub(r"\s+", " ", text[m.start() : hon_end]).strip()
        if (named := _style_as_name(last.group(0), tokens, text, last.start() if last is m else m.start())) is not None:
            # "Prime Minister Sheikh Hasina": a name of two words; "the Rt Hon Lord Cameron": the
            # styles before the last one stay the honorific
            tokens, honorific = named, re.sub(r"\s+", " ", text[m.start() : last.start()]).strip()
        elif len(tokens) == 1 and not _is_upper_word(tokens[0]) and not re.match(r"\s*,\s*" + _TITLE_WORDS, text[end:]):
            continue  # "Ms. Kamikawa" later in a sentence refers back; it adds nobody
        if last.group(0) in _PEERS and (seat := _PEER_SEAT.match(text, end)) is not None:
            # (round 16) a peer's territorial designation is part of the name: "Lord McFall of
            # Alcluith", "Baroness Ashton of Upholland", "Lord Ahmad of Wimbledon"
            end = seat.end()
        person = Person(
            text[name_start:end].strip(),
            tokens,
            honorific=honorific,
            start=m.start(),
            end=end,
        )
        _attach_title(text, person)
        if royal and not person.title:
            person.title = royal.group(1)
        people.append(person)
        spans.append((m.start(), person.end))
    # "Taking part were Mette Frederiksen, Prime Minister of Denmark, Petteri Orpo, Prime Minister of
    # Finland, and ...": names each followed by their office and its country, two or more in a row;
    # read before a title is read with the name after it, which takes the next item's name for the
    # last item's office (round 13).
    for person in _joined_in_list(_name_comma_office_items(text), text):
        if not overlaps(person.start, person.end):
            people.append(person)
            spans.append((person.start, person.end))
    for m in PREFIX_TITLE.finditer(text):
        hon = HONORIFIC.match(text, m.end())
        pos = hon.end() if hon else m.end()
        tokens, end, _suffix = read_name(text, pos)
        region_word = None
        if not hon and len(tokens) >= 3 and _REGION_HEAD.fullmatch(m.group("title")):
            # (round 15) the region after the office, as South Asia's press writes it: "Chief Minister
            # Punjab Maryam Nawaz Sharif", "Governor Khyber Pakhtunkhwa Faisal Karim Kundi"
            for k in (2, 1):
                region = " ".join(tokens[:k])
                if (
                    len(tokens) >= k + 2
                    and text.startswith(region, pos)
                    and (places.is_subdivision(region) or places.region_zone(region))
                ):
                    region_word = region
                    pos += len(region) + 1
                    tokens, end, _suffix = read_name(text, pos)
                    break
        if hon and _titled(
            people, hon.start(), re.sub(r"\s+", " ", m.group("title")), _adjective_country(m.group("adj"))
        ):
            continue
        if not tokens or tokens[-1].endswith(("'s", "’s")) or overlaps(m.start("title"), end):
            continue
        if hon and (named := _style_as_name(_honorific_text(hon), tokens, text, hon.start())) is not None:
            tokens, hon = named, None  # "Prime Minister Sheikh Hasina"
        at_start = not text[sentence_start : m.start()].strip() or re.fullmatch(
            _OPENING, text[sentence_start : m.start()]
        )
        sovereign = _SOVEREIGN.fullmatch(m.group("title")) is not None and (
            len(tokens) == 1 or (len(tokens) == 2 and _REGNAL.fullmatch(tokens[1]) is not None)
        )
        if sovereign and not hon:
            # "Pope Francis", "King Philippe of Belgium", "Emperor Naruhito", "King Charles III": a
            # sovereign known by one name (round 14)
            person = Person(
                text[m.start("title") : end].strip(), tokens[:1], start=m.start("title"), end=end, regnal=True
            )
            person.title = re.sub(r"\s+", " ", m.group("title"))
            person.country = _adjective_country(m.group("adj")) or ""
            if of := _OF_STATE.match(text, end):
                person.country = person.country or places.country_code(of.group("state")) or ""
                person.end = of.end()
            if person.title == "Pope":
                person.country = person.country or "VA"
            people.append(person)
            spans.append((person.start, person.end))
            continue
        if len(tokens) == 1 and not at_start:
            continue
        adj = m.group("adj") or ""
        code = _adjective_country(adj) or _abbreviated_organisation(adj, m.group("title"))
        if not code and (
            # (round 16) after the organisation's name, not after an agency's dateline ("Taipei, Sept. 3
            # (CNA) President Tsai Ing-wen", "NEW DELHI (PTI) Prime Minister ...")
            short := re.search(
                r"(?<=[a-z])[ \t]+\(([A-Z]{3,6})\)[ \t]+$", text[max(0, m.start("title") - 40) : m.start("title")]
            )
        ):
            # "International Olympic Committee (IOC) President Thomas Bach": the abbreviation in brackets
            code = places.ORGANISATIONS.get(short.group(1)) or _abbreviated_organisation(
                short.group(1), m.group("title")
            )
        start = hon.start() if hon else (m.start("adj") if code and adj else m.start("title"))
        name_start = hon.start() if hon else pos
        person = Person(
            text[name_start:end].strip(),
            tokens,
            honorific=_honorific_text(hon),
            start=start,
            end=end,
        )
        person.title = re.sub(r"\s+", " ", m.group("title"))
        if region_word:
            person.title = f"{person.title} {region_word}"
            person.country = person.country or places.subdivision_country(region_word) or ""
        if not adj:
            before = _TITLE_AND_BEFORE.search(text, max(sentence_start, m.start("title") - 90), m.start("title"))
            if before and not overlaps(before.start("t"), m.start("title")):
                person.title = f"{before.group('t')} and {person.title}"
                words = before.group("adj").split()
                code = next((c for k in range(len(words)) if (c := _country_of_words(" ".join(words[k:])))), None)
                person.start = before.start("adj") if code else before.start("t")
        if code:
            person.country = code
        _attach_title(text, person)
        people.append(person)
        spans.append((start, person.end))
    # (round 14) a news agency's office in lower case after the state's adjective or name: "Chinese
    # leader Xi Jinping", "China's top diplomat Wang Yi", "EU foreign policy chief Josep Borrell",
    # "NATO chief Jens Stoltenberg", "Burkina Faso's junta leader Captain Ibrahim Traoré"
    for m in _AGENCY_TITLE.finditer(text):
        code = _adjective_country(m.group("adj"))
        if not code:
            continue
        hon = HONORIFIC.match(text, m.end())
        tokens, end, _suffix = read_name(text, hon.end() if hon else m.end())
        if len(tokens) < 2 or overlaps(m.start(), end):
            continue
        person = Person(text[m.end() : end].strip(), tokens, honorific=_honorific_text(hon), country=code)
        person.title = re.sub(r"\s+", " ", m.group("title"))
        person.start, person.end = m.start(), end
        people.append(person)
        spans.append((person.start, person.end))
    # (round 14) an office in the plural before two names: "Their Excellencies the Captains Regent,
    # Filippo Tamagnini and Gaetano Troina,", "the Co-Princes, A and B,"
    for m in _PLURAL_OFFICE_NAMES.finditer(text):
        title = re.sub(r"\s+", " ", m.group("office"))
        title = (
            re.sub(r"(?:ies)\b", "y", title, count=1)
            if "ies" in title.split()[0]
            else re.sub(r"^(\S+?)s\b", r"\1", title)
        )  # "Captains Regent" -> "Captain Regent"
        for part in ("a", "b"):
            if overlaps(m.start(part), m.end(part)):
                continue
            tokens = m.group(part).split()
            person = Person(m.group(part), tokens, title=title, start=m.start(part), end=m.end(part))
            people.append(person)
            spans.append((person.start, person.end))
    # "Minister for Foreign Affairs of Mongolia Battsetseg Batmunkh", "Secretary of State of the
    # United States of America Antony Blinken": the title, its country, then the name.
    for m in _TITLE_OF.finditer(text):
        if overlaps(m.start("title"), m.end()):
            continue
        found = _country_then_name(text, m.end())
        if found is None and _REGION_OR_CITY_HEAD.fullmatch(m.group("title")):
            # (round 16) a region's or a city's head, its place then the name: "Mayor of London Sadiq
            # Khan", "Governor of California Gavin Newsom", "Premier of Queensland Steven Miles"
            found = _place_then_name(text, m.end())
        if found is None:
            continue
        code, pos = found
        title = re.sub(r"\s+", " ", text[m.start("title") : pos].strip())
        if _titled(people, pos, title, code):
            continue
        hon = HONORIFIC.match(text, pos)
        tokens, end, _suffix = read_name(text, hon.end() if hon else pos)
        if len(tokens) < 2 or overlaps(pos, end):
            continue
        person = Person(
            text[pos:end].strip(),
            tokens,
            honorific=_honorific_text(hon),
            title=title,
            country=code,
            start=m.start("title"),
            end=end,
        )
        before = _TITLE_AND_BEFORE.search(text, max(sentence_start, m.start("title") - 90), m.start("title"))
        if before and not overlaps(before.start("t"), m.start("title")):
            person.title = f"{before.group('t')} and {person.title}"
            person.start = before.start("t")
        people.append(person)
        spans.append((person.start, person.end))
    # "President of the Supreme Political Council Mahdi al-Mashat received ...": the office of a body
    # that ends in its kind (Council, Assembly, ...), then the name with no comma.
    for m in _BODY_OFFICE_THEN_NAME.finditer(text):
        if overlaps(m.start("title"), m.end()):
            continue
        hon = HONORIFIC.match(text, m.end())
        tokens, end, _suffix = read_name(text, hon.end() if hon else m.end())
        if len(tokens) < 2 or overlaps(m.end(), end):
            continue
        title = re.sub(r"\s+", " ", m.group("title"))
        person = Person(text[m.end() : end].strip(), tokens, honorific=_honorific_text(hon), title=title)
        person.start, person.end = m.start("title"), end
        people.append(person)
        spans.append((person.start, person.end))
    for m in re.finditer(
        r",[ \t]*(?=(?:the\s+)?" + _TITLE_WORDS + r"|(?:[A-Z][\w.]*\s){0,3}[A-Z][\w.]*(?:'s|’s)\s)", text
    ):
        tokens, start = read_name_backwards(text, m.start())
        if len(tokens) < 2 or overlaps(start, m.start()):
            continue
        if re.search(r"\b(?:in|at|from|to|near|on)\s+$", text[max(0, start - 6) : start]):
            continue  # "in Da Nang, Deputy Prime Minister ...": a place, not a person
        person = Person(text[start : m.start()].strip(), tokens, start=start, end=m.start())
        _attach_title(text, person)
        if not person.title:
            continue
        people.append(person)
        spans.append((start, person.end))
    # "the High Representative ... of the European Commission, Kaja Kallas, and the Minister for
    # Foreign Affairs of Japan, Takeshi Iwaya, held ...": a title, then the name between commas.
    pos = 0
    while (tm := _TITLE_THEN_NAME.search(text, pos)) is not None:
        start, end = tm.start("title"), tm.end("name")
        pos = tm.end()
        if overlaps(start, end):
            # "the Foreign Secretary, the Rt Hon Lord Cameron, and the Spanish Minister for Foreign
            # Affairs, European Union and Cooperation, José Manuel Albares": a title read across someone
            # found already; read again after them (each retry starts further on)
            after = max((b for a, b in spans if a < end and start < b), default=pos)
            if tm.start() < after < end:
                pos = after
            continue
        hon = HONORIFIC.match(text, tm.start("name"))
        if hon and hon.end() >= end:
            continue  # "of Indonesia, Mr. Sugiono,": "Mr" is no name (better none than that one)
        tokens = tm.group("name").split()
        while len(tokens) > 2 and tokens[-1] in POST_NOMINALS:
            tokens.pop()  # "Micheál Martin TD": the letters stay in the name as written, not in its parts
        if (
            not all(
                t[0].isupper() or t in PARTICLES or t in _PATRONYMIC_LINKS or _ARTICLE_JOINED.fullmatch(t)
                for t in tokens
            )
            or tokens[-1].lower() in PARTICLES
        ):
            continue
        title, code = split_title(re.sub(r"\s+", " ", tm.group("title")).strip())
        if len(tokens) == 1 and not code:
            continue  # one word is a name only after a country's title ("... of Indonesia, Sugiono,")
        person = Person(tm.group("name"), tokens, title=title, start=tm.start("name"), end=end)
        if code:
            person.country = code
        people.append(person)
        spans.append((start, end))
    # "Indonesia's Foreign Minister, Sugiono, in Jakarta": a country's title, then the name (one
    # word is enough here) between commas.
    for m in _OWNER_TITLE_NAME.finditer(text):
        code = places.country_code(m.group("owner"))
        start, end = m.start("owner"), m.end("name")
        if not code or overlaps(start, end):
            continue
        person = Person(
            m.group("name"),
            m.group("name").split(),
            title=m.group("title"),
            country=code,
            start=m.start("name"),
            end=end,
        )
        people.append(person)
        spans.append((start, end))
    # "hosted his counterparts of Costa Rica, Carlos Alvarado Quesada, and of Panama, Laurentino
    # Cortizo Cohen": each country, then its counterpart's name between commas.
    for m in _COUNTERPARTS_OF.finditer(text):
        pos = m.end()
        while (each := _COUNTRY_THEN_NAME.match(text, pos)) is not None:
            pos = each.end()
            code = places.formal_country_code(f"the {each.group('country')}") or places.country_code(
                each.group("country")
            )
            if not code or overlaps(each.start("name"), each.end("name")):
                break
            tokens = each.group("name").split()
            people.append(
                Person(
                    each.group("name"),
                    tokens,
                    title="counterpart",
                    country=code,
                    start=each.start("name"),
                    end=each.end("name"),
                )
            )
            spans.append((each.start("name"), each.end("name")))
    # "Presidents William Ruto (Kenya), Yoweri Museveni (Uganda) and Samia Suluhu Hassan (Tanzania)":
    # names each with its country in brackets, two or more in a row
    bracketed = []
    for m in _COUNTRY_IN_BRACKETS.finditer(text):
        code = _list_country(m.group("country"))
        if not code:
            continue
        low = max(0, m.start() - 120)
        tokens, start = read_name_backwards(
            text[low : m.start()].rstrip(" \t"), len(text[low : m.start()].rstrip(" \t"))
        )
        office = []
        while tokens and (re.fullmatch(_TITLE_WORDS + r"s?", tokens[0]) or tokens[0].rstrip("s") in _STOP):
            office.append(tokens.pop(0))  # "Presidents William Ruto": the office is no name word
        if len(tokens) < 2:
            continue
        start = low + text[low : m.start()].rfind(tokens[0])
        end = low + len(text[low : m.start()].rstrip(" \t"))
        title = re.sub(r"s$", "", " ".join(office))  # "Presidents" -> "President"
        bracketed.append(Person(text[start:end], tokens, title=title, country=code, start=start, end=m.end()))
    for person in _joined_in_list(bracketed, text):
        if not overlaps(person.start, person.end):
            people.append(person)
            spans.append((person.start, person.end))
    # "welcomed his Swedish counterpart, Tobias Billström, to Oslo": the name between commas after
    # "counterpart" (one found by its honorific has its title already)
    for m in _COUNTERPART_COMMA_NAME.finditer(text):
        if overlaps(m.start("name"), m.end("name")):
            continue
        tokens = m.group("name").split()
        person = Person(m.group("name"), tokens, title="counterpart", start=m.start("name"), end=m.end("name"))
        person.country = _adjective_country(m.group("adj").strip()) or ""
        people.append(person)
        spans.append((person.start, person.end))
    # "Taking part were Lars Løkke Rasmussen of Denmark, Margus Tsahkna of Estonia and ...": a list
    # of names each followed by their country (two or more in a row: one alone may be "Central
    # Bank of Nigeria").
    listed = []
    for m in _NAME_OF.finditer(text):
        tokens = m.group("name").split()
        code = places.formal_country_code(m.group("country")) or places.country_code(m.group("country"))
        if code and not any(t in _STOP or places.country_code(t) for t in tokens):
            listed.append(Person(m.group("name"), tokens, country=code, start=m.start("name"), end=m.end("country")))
    for person in _joined_in_list(listed, text):
        if not overlaps(person.start, person.end):
            people.append(person)
            spans.append((person.start, person.end))
    # "The Heads of State of Kenya, Uganda and Tanzania, William Ruto, Yoweri Museveni and Samia
    # Suluhu Hassan, met ...": a list of countries, then as many names, in the same order.
    for person in _parallel_lists(text):
        if not overlaps(person.start, person.end):
            people.append(person)
            spans.append((person.start, person.end))
    people.sort(key=lambda p: p.start)
    kept = [
        p
        for p in people
        if not _excluded(text, p.start, p.end, summit=summit)
        and not re.search(r"spokes(?:person|man|woman)", p.title, re.IGNORECASE)
        and not _a_building(text, p)
    ]
    for p in kept:
        if not p.title:
            # "The Prime Minister, Hon. Sitiveni Rabuka, welcomed ...": the title before the comma is theirs.
            before = _TITLE_BEFORE_COMMA.search(text, max(0, p.start - 160), p.start)
            if before:
                # (only its own sentence's words: "... of Uganda. The Executive Secretary of IGAD, X")
                own = re.split(r"(?<=[a-z]{3})\.\s+(?:[Tt]he\s+)?(?=[A-Z])", before.group("title"))[-1]  # not "St."
                p.title, code = split_title(own)
                p.country = p.country or (code or "")
            elif counterpart := _COUNTERPART_BEFORE.search(text, max(0, p.start - 80), p.start):
                # "his New Zealand counterpart, Rt Hon Christopher Luxon,"
                p.title = "counterpart"
                p.country = p.country or (_adjective_country(counterpart.group("adj").strip()) or "")
        elif not p.country and (counterpart := _COUNTERPART_BEFORE.search(text, max(0, p.start - 80), p.start)):
            # "received his Senegalese counterpart, President Bassirou Diomaye Faye,": the office is
            # theirs, and so is the counterpart's country
            p.country = _adjective_country(counterpart.group("adj").strip()) or ""
    for a, b in itertools.pairwise(kept):
        if _one_side(text, a, b):
            b.side_of = a
    for p in kept:
        if not p.country and (led := _DELEGATION_LED_BY.search(text, max(0, p.start - 80), p.start)):
            # "the Saudi delegation headed by Ambassador X": the delegation's country is its head's
            p.country = _adjective_country(led.group("adj")) or ""
        # "Joseph R. Biden Jr." at a sentence's end: the full stop is also the name's
        if p.name.endswith((" Jr", " Sr")) and f"{p.name}." in text:
            p.name += "."
    return kept


_PARALLEL_OFFICE = re.compile(
    r"\b(?P<office>Heads\s+of\s+(?:State|Government)(?:\s+and\s+(?:of\s+)?Government)?|Presidents|Prime\s+Ministers|"
    r"Foreign\s+Ministers|Ministers\s+(?:of|for)\s+Foreign\s+Affairs|[Ll]eaders"
    # (round 15) in lower case, as news agencies write them: "hosted the prime ministers of the Czech
    # Republic, Slovakia and Hungary, Petr Fiala, Robert Fico and Viktor Orbán"
    r"|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|foreign\s+ministers)\s+of\s+(?:the\s+)?"
)
_LIST_ITEM = re.compile(r"(?P<item>[^,;.]+?)(?:,\s*(?:and\s+)?|\s+and\s+|(?=[;.]|$))")


def _joined_in_list(found: list[Person], text: str) -> list[Person]:
    """Those of ``found`` (in text order) that a comma or "and" joins to a neighbour: one of a list
    ("A (Country), B (Country) and C (Country)"), not a lone match."""
    return [
        person
        for i, person in enumerate(found)
        if any(
            q is not person
            and re.fullmatch(r"\s*(?:,|,?\s*and)\s*", text[min(q.end, person.end) : max(q.start, person.start)])
            for q in found[max(0, i - 1) : i + 2]
        )
    ]


def _parallel_lists(text: str) -> list[Person]:
    """The people of "the Heads of State of A, B and C, X, Y and Z": as many names as countries
    right after them, in the same order; none unless the counts agree (precision first)."""
    out: list[Person] = []
    for m in _PARALLEL_OFFICE.finditer(text):
        items = [(i.start("item"), i.group("item").strip()) for i in _LIST_ITEM.finditer(text, m.end(), m.end() + 400)]
        codes: list[str] = []
        k = 0
        while k < len(items):
            # "Bosnia and Herzegovina", "Trinidad and Tobago": a country may hold an "and"
            pair = f"{items[k][1]} and {items[k + 1][1]}" if k + 1 < len(items) else ""
            if pair and (code := _list_country(pair)):
                codes.append(code)
                k += 2
            elif code := _list_country(items[k][1]):
                codes.append(code)
                k += 1
            else:
                break
        if len(codes) < 2:
            continue
        named: list[Person] = []
        for at, item in items[k : k + len(codes)]:
            hon = HONORIFIC.match(item)
            tokens, end, _ = read_name(item, _SPACES.match(item, hon.end()).end() if hon else 0)  # type: ignore[union-attr]
            if not tokens or end < len(item):
                break
            office = re.sub(r"\s+", " ", m.group("office"))
            title = re.sub(r"^(Head|President|Prime Minister|Foreign Minister|Minister|[Ll]eader)s\b", r"\1", office)
            title = title.replace("Ministers", "Minister")
            if title.islower():  # "prime ministers": the office as a title
                title = " ".join(w if w in ("of", "and") else w.capitalize() for w in title.split())
                title = re.sub(r"s$", "", title.replace("Ministers", "Minister"))
            named.append(
                Person(item, tokens, honorific=_honorific_text(hon), title=title, start=at, end=at + len(item))
            )
        if len(named) == len(codes):
            for person, code in zip(named, codes, strict=True):
                person.country = code
            out.extend(named)
    return out


def _list_country(item: str) -> str | None:
    item = item.removeprefix("the ")
    return places.formal_country_code(f"the {item}") or places.country_code(item)


def _one_side(text: str, a: Person, b: Person) -> bool:
    """ "Foreign Minister X and Defence Minister Y have met their Australian counterparts", "...
    sat down with Foreign Minister A and Defence Minister B": two people joined by "and" who meet
    someone else (or whom someone meets) are one side. "X and Y held talks" are two sides."""
    # only "and" (or a comma) and the second one's title words between them
    if not re.fullmatch(r"\s*(?:,|,?\s*and)\s*(?:(?:[A-Z][\w'’-]*|and|of|for|the)\s+)*", text[a.end : b.start]):
        return False
    # Within the sentence, and at most 300 characters either way: a search to the sentence's ends
    # for each pair would make a long sentence of many names quadratic.
    low, high = max(0, a.start - 300), min(len(text), b.end + 300)
    sentence_start = max(text.rfind(". ", low, a.start), low)
    stop = text.find(". ", b.end, high)
    after = text[b.end : stop if stop >= 0 else high]
    before = text[sentence_start : a.start]
    return bool(
        re.search(r"\b(?:with|counterparts?|met|meets|received|hosted|welcomed)\b", after)
        and not re.search(r"\bwith\b", before)
    ) or bool(re.search(r"\b(?:with|met|meets|received|hosted|welcomed)\s+(?:the\s+)?$|\bwith\b[^.]*$", before))


# A capitalised name word in any script ("Álvaro"), or an initial ("J.").
_NAME_WORD = r"(?:(?=[^\W\d_a-z])[^\W\d_][\w'’-]+|[A-Z]\.|" + _ARTICLE + r"[A-Z][\w'’-]+)"
_TITLE_THEN_NAME = re.compile(
    r"(?<![\w,])(?:[Tt]he\s+(?:(?:newly[ -])?(?:appointed|elected)\s+|new\s+|incoming\s+|visiting\s+|outgoing\s+)?|(?:(?<=^)|(?<=\.\s)|(?<=[–—:]\s)|(?<=\sfrom\s)|(?<=\swith\s))(?="
    + _TITLE_WORDS
    + r"(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the)){0,12},))"
    # (an abbreviation in brackets may end it: "... of American States (OAS)", "the African Union (AU) Commission")
    # (a country's name of up to three words may open it: "the United States Secretary of State")
    r"(?P<title>(?:[A-Z][\w.'’-]*\s+){0,3}?"
    + _TITLE_WORDS
    + r"[^;.()]{0,160}?(?:[ \t]*\([A-Z]{2,10}\)(?:[ \t]+[A-Z][\w'’-]*){0,2})?),[ \t]+"
    r"(?P<name>"
    + _NAME_WORD
    + r"(?:[ \t]+(?:"
    + _NAME_WORD
    + "|"
    + "|".join(sorted(PARTICLES))
    + "|"
    + _PATRONYMIC_LINK.pattern
    + r")){0,5}?)"
    # the name ends at a comma before the sentence goes on, or at the sentence's end
    r"(?:,(?=[ \t]+(?:the[ \t]+)?" + _TITLE_WORDS + r")"  # "..., Maroš Šefčovič, the Foreign Secretary, ..."
    r"|,(?=[ \t]+(?:and|held|met|hosted|received|welcomed|visited|spoke|had|at|in|on|today|yesterday|this|during|for|who|following|after|ahead|was|is|has|from|by|via|over|took|together|joined|paid|chaired|co-chaired|offered|gave|led|sent|to|with|upon|[a-z]{3,}ed"
    # (round 13: a clause of time or manner after the name: "..., Luis Abinader, before Mr. Abinader opened ...")
    r"|before|as|when|while|where|amid|alongside|about|shortly|just|prior)\b)"
    # (or at a semicolon: "... Evo Morales Ayma; the President of the Republic of Colombia, ...")
    r"|(?=[.;]?[ \t]*$|[.;][ \t]+(?=[^\W\d_a-z])|;|[ \t]+(?:in|at|on|today|yesterday|this|during|for)\b))"
)


def _adjective_country(adj: str | None) -> str | None:
    """The country of the words before a title: "Australian", "Republic of Korea" (the longest
    country name at the end)."""
    if not adj:
        return None
    code = places.country_code(adj) or places.demonym_code(adj)
    words = adj.split()
    for k in range(len(words)):
        if code:
            break
        tail = " ".join(words[k:])
        code = places.country_code(tail) or places.demonym_code(tail)
    for k in range(len(words) - 1, 0, -1):
        if code:
            break
        if all(w in _OFFICE_QUALIFIERS for w in words[k:]):
            # "Russian Deputy Defence (Minister)": the state, then words of the office (round 14)
            head = " ".join(words[:k])
            code = places.country_code(head) or places.demonym_code(head)
    return code


#: The offices of a region's head, written before the region's name (round 15).
_REGION_HEAD = re.compile(r"Chief\s+Minister|Governor|Premier|Minister-President|First\s+Minister")
#: The offices of an organisation's head (round 15).
_ORGANISATION_HEAD = re.compile(
    r"(?:Secretary[\s-]General|Director[\s-]General|Executive\s+(?:Secretary|Director)|Managing\s+Director|"
    r"Administrator|President|Chairperson|Chair|Chairman|Chairwoman|Commissioner)"
)


def _abbreviated_organisation(adj: str, title: str) -> str | None:
    """(round 15) An organisation's abbreviation before its head's office ("OPEC Secretary General
    Mohammad Barkindo", "IOC President Thomas Bach", "CSTO Secretary General Stanislav Zas") is
    their side, though docs/schema.md gives it no code: its own abbreviation is the code (as the
    conventions file the EEC, the CSTO, OPEC and the IOC). A state's abbreviation ("USA") is a state."""
    if not re.fullmatch(r"[A-Z]{3,6}", adj) or not _ORGANISATION_HEAD.fullmatch(title):
        return None
    return None if places.country_code(adj) else adj


#: Words of an office between a state's adjective and the title word ("Russian Deputy Defence Minister").
_OFFICE_QUALIFIERS = frozenset(
    {
        *("Deputy", "Vice", "First", "Senior", "Acting", "Federal", "State", "Chief", "Junior", "Former"),
        *("Defence", "Defense", "Foreign", "Interior", "Home", "Trade", "Finance", "Economy", "Economic"),
        *("Justice", "Health", "Energy", "Agriculture", "Education", "Environment", "Culture", "Labour"),
        *("Transport", "Tourism", "Industry", "Development", "Security", "Digital", "Climate"),
        # (round 16) the state's body whose office it is: "Czech Senate President", "Polish Sejm
        # Marshal", "Turkish Parliament Speaker", "Brazilian Supreme Court President"
        *("Senate", "Sejm", "Parliament", "Parliamentary", "National", "Assembly", "Congress", "Supreme"),
        *("Court", "Constitutional", "Central", "Bank", "Legislative", "Lower", "Upper", "House"),
    }
)


def _titled(people: list[Person], at: int, title: str, code: str | None) -> bool:
    """A title just before a name found by its honorific ("Prime Minister of Malaysia Dato' Seri
    Anwar Ibrahim") is that person's: True when someone found starts at ``at``."""
    for p in people:
        if p.start == at:
            p.title = p.title or title
            p.country = p.country or (code or "")
            return True
    return False


# An office of an institution: "Deputy Marshal of the Sejm", "Speaker of the National Assembly".
_INSTITUTION_OFFICE = (
    r"(?:(?:Deputy|Vice|First|Acting)[\s-])?(?:Marshal|Speaker|Chair(?:man|person|woman)?|Governor|Mayor|Head|Leader|"
    r"Director(?:-General)?|Secretary-General|Commissioner|Envoy|President|Minister|Secretary|Member)"
    r"\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
)
_TITLE_OF = re.compile(
    r"(?<![\w.])(?P<title>"
    + _INSTITUTION_OFFICE
    + "|"
    + _MINISTRY_TITLE
    + "|"
    + "|".join(re.escape(t) for t in _PREFIX_TITLES)
    + r")\s+of\s+(?=(?:the\s+)?[A-Z])"
)


_DELEGATION_LED_BY = re.compile(
    r"\b(?P<adj>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+delegation,?\s+(?:headed|led)\s+by\s+(?:the\s+)?$"
)
_BODY_OFFICE_THEN_NAME = re.compile(
    r"(?<![\w-])(?P<title>(?:(?:Deputy|Vice|First|Acting)[\s-])?(?:Speaker|President|Chair(?:man|person|woman)?|Head|"
    # (round 14) a party's leader: "General Secretary of the Communist Party of Vietnam Central Committee"
    r"General\s+Secretary|Secretary-General|Secretary\s+General)"
    r"\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){0,5}(?:of\s+(?:[A-Z][\w'’-]*\s+){1,3})?"
    r"(?:Council|Assembly|Parliament|Senate|Congress|Sejm|Duma|Majlis|Chamber|Committee|Party"
    # (round 15) the lower houses by their own names: "Speaker of the House Kevin McCarthy", "Speaker
    # of the US House of Representatives Nancy Pelosi", "President of the Bundestag Bärbel Bas"
    r"|House(?:\s+of\s+(?:Representatives|Commons|Lords|Keys|Delegates|Councillors|Assembly))?|Bundestag|Bundesrat|"
    r"Knesset|Diet|Storting|Riksdag|Folketing|Eduskunta|Althing|Seimas|Saeima|Riigikogu|Rada|Cortes|Tynwald|Senedd|"
    r"Oireachtas|Dáil|Legislature))"
    r"[ \t]+(?=[A-Z])"
)


def _country_then_name(text: str, pos: int) -> tuple[str, int] | None:
    """(code, where the name starts) when ``text[pos:]`` is a country's name (one to eight
    words, the shortest that is one) followed by a capitalised word: "Mongolia Battsetseg ...",
    "the United States of America Antony Blinken"."""
    words = list(re.finditer(r"\S+", text[pos : pos + 200]))
    for k in range(1, min(8, len(words) - 1) + 1):
        phrase = text[pos : pos + words[k - 1].end()]
        nxt = words[k].group(0)
        if not nxt[0].isupper() or re.search(r"[,;.:]$", phrase):
            continue
        code = places.formal_country_code(phrase) if phrase.startswith("the ") else places.country_code(phrase)
        # "Secretary General of the Council of Europe Alain Berset": an organisation is a side too
        code = code or places.ORGANISATIONS.get(phrase.removeprefix("the "))
        if code and places.country_code(phrase + " " + nxt) is None and _org_name_goes_on(phrase, nxt) is None:
            return code, pos + words[k].start()
    return None


#: (round 16) the offices of a region's or a city's head
_REGION_OR_CITY_HEAD = re.compile(
    r"(?:(?:Deputy|Vice|First|Acting)[\s-])?(?:Mayor|Governor|Premier|Chief\s+Minister|First\s+Minister|Minister-President)"
)


def _place_then_name(text: str, pos: int) -> tuple[str, int] | None:
    """(code, where the name starts) when ``text[pos:]`` is a city or a state, province or region of
    the tables, or an ISO 3166-2 subdivision of one country (one to three words, the longest: "New
    York City Eric Adams" is the city's mayor, not "City Eric Adams"), then two capitalised words:
    "London Sadiq Khan", "British Columbia David Eby", "Kerala Pinarayi Vijayan"; the place's
    country is the code. A subdivision's name whose words begin longer ones' ("West" of "West
    Bengal") is no place before a capitalised word ("Governor of West Java Bey Machmudin")."""
    words = list(re.finditer(r"\S+", text[pos : pos + 120]))
    for k in range(min(3, len(words) - 2), 0, -1):
        phrase = text[pos : pos + words[k - 1].end()]
        if re.search(r"[,;.:]$", phrase) or not all(w.group(0)[0].isupper() for w in words[k : k + 2]):
            continue
        found = places.city_zone(phrase) or places.region_zone(phrase)
        if found:
            return found[1], pos + words[k].start()
        # a first-level subdivision of one country only (ISO 3166-2: "Kerala", "Bavaria", "Scotland")
        if (code := places.subdivision_country(phrase)) and not places.begins_subdivision(phrase):
            return code, pos + words[k].start()
    return None


def _org_name_goes_on(phrase: str, nxt: str) -> str | None:
    """The organisation a longer phrase names ("the African Union" + "Commission"), else None."""
    return places.ORGANISATIONS.get(f"{phrase.removeprefix('the ')} {nxt}")


_NAME_OF = re.compile(
    r"(?<![\w'’-])(?P<name>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){1,3})[ \t]+of[ \t]+"
    r"(?P<country>(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]*){0,3}?)(?=[ \t]*(?:,|\band\b|\.|;|$))"
)


_NAME_COMMA_OFFICE = re.compile(
    r"(?<![\w'’.-])(?P<name>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){1,3}),[ \t]+"
    r"(?P<title>(?:[A-Z][\w'’-]*[ \t]+){0,2}?" + _TITLE_WORDS + r"(?:[ \t]+[A-Z][\w'’-]*){0,3}?)[ \t]+of[ \t]+"
    r"(?P<country>(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]*){0,3}?)(?=[ \t]*(?:,|\band\b|\.|;|$))"
)


def _name_comma_office_items(text: str) -> list[Person]:
    """Each "Name, Office of Country" of ``text`` whose country is known (``_joined_in_list`` keeps
    those of a list)."""
    items = []
    for m in _NAME_COMMA_OFFICE.finditer(text):
        tokens = _without_letters(m.group("name").split())  # (round 15) "Mark Drakeford MS, First Minister of Wales"
        code = places.formal_country_code(m.group("country")) or places.country_code(m.group("country"))
        if code and not any(t in _STOP or places.country_code(t) or t.endswith(".") for t in tokens):
            title = re.sub(r"\s+", " ", m.group("title"))
            items.append(
                Person(m.group("name"), tokens, title=title, country=code, start=m.start("name"), end=m.end("country"))
            )
    return items


_COUNTRY_IN_BRACKETS = re.compile(
    r"\((?P<country>(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]*){0,4})\)"
)
_COUNTERPART_COMMA_NAME = re.compile(
    # (round 15) and in the first person: "Today I met with my Chinese counterpart, Wang Yi, in Jakarta"
    r"\b(?:his|her|their|my|our)\s+(?P<adj>(?:[A-Z][\w'’-]*\s+){0,3})counterpart,[ \t]+"
    # (a particle may join the words: "José Luís Livramento do Rosário")
    r"(?P<name>"
    + _NAME_WORD
    + r"(?:[ \t]+(?:(?:"
    + "|".join(sorted(PARTICLES))
    + r")[ \t]+)?"
    + _NAME_WORD
    + r"){1,4})"
    r"(?=[ \t]*(?:[,.;]|$)|[ \t]+(?:to|in|at|on|for|today|yesterday)\b)"
)
# "his counterparts of Costa Rica, A, and of Panama, B", "his counterpart from Tanzania, C"
_COUNTERPARTS_OF = re.compile(r"\b(?:his|her|their|my|our)\s+counterparts?\s+(?=of\s|from\s)")
_COUNTRY_THEN_NAME = re.compile(
    r"(?:,?[ \t]+and[ \t]+|,[ \t]+|)(?:of|from)[ \t]+(?:the[ \t]+)?(?P<country>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}),[ \t]+"
    r"(?P<name>"
    + _NAME_WORD
    + r"(?:[ \t]+"
    + _NAME_WORD
    + r"){1,4})(?=[ \t]*(?:,|\.|;|$|[ \t]+(?:at|in|on|to|today|yesterday)\b))"
)
_OWNER_TITLE_NAME = re.compile(
    r"(?<![\w.])(?P<owner>[A-Z][\w]*(?:[ \t]+[A-Z][\w]*){0,2})(?:'s|’s)[ \t]+(?P<title>"
    + _TITLE_WORDS
    + r"[^,;.()]{0,60}?),[ \t]+"
    # (the name ends at a comma, or at the sentence's end: "... and Greenland's Minister of Foreign
    # Affairs, Steen Lynge.")
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})(?:,|(?=[;]|\.(?:\s|$)|$))"
)


def _country_after(text: str, person: Person) -> None:
    """ "President Xi Jinping of the People's Republic of China": the country after the name."""
    m = re.match(r"[ \t]+of[ \t]+(?=(?:the[ \t]+)?[A-Z])", text[person.end : person.end + 16])
    if not m or person.country:
        return
    pos = person.end + m.end()
    words = list(re.finditer(r"[^\s,;.()]+", text[pos : pos + 120]))
    for k in range(min(8, len(words)), 0, -1):
        phrase = text[pos : pos + words[k - 1].end()]
        code = places.formal_country_code(phrase) if phrase.startswith("the ") else places.country_code(phrase)
        if code:
            person.country = code
            return
    for k in range(min(3, len(words)), 0, -1):
        # "Governor Gavin Newsom of California", "Premier David Crisafulli of Queensland": a state's
        # region (the table of states and provinces, else an ISO 3166-2 region one state has), or a
        # city of the city table
        phrase = text[pos : pos + words[k - 1].end()]
        region = places.region_zone(phrase) or places.city_zone(phrase)  # "Mayor Anne Hidalgo of Paris"
        code = region[1] if region else places.subdivision_country(phrase) if phrase[:1].isupper() else None
        if code:
            person.country = code
            return


def _holder_follows(text: str, stop: int) -> bool:
    """ "..., Maroš Šefčovič, the Foreign Secretary, the Rt Hon Lord Cameron, and ...": a title after
    a comma that a name or an honorific follows, after another comma, is the next person's office."""
    m = _COMMA_THE.match(text, stop)
    if m is None:
        return False
    return bool(HONORIFIC.match(text, m.end())) or len(read_name(text, m.end())[0]) >= 2


_COMMA_THE = re.compile(r",[ \t]+(?:the[ \t]+)?")


def _names_someone(raw: str) -> bool:
    """A title after a comma that goes on to its own country and a name ("Minister of Foreign Affairs
    of the Kyrgyz Republic Zheenbek Kulubaev") is the next person of a list, not the title of the last."""
    for t in _TITLE_OF.finditer(raw):
        found = _country_then_name(raw, t.end())
        if found is not None and len(read_name(raw, found[1])[0]) >= 2:
            return True
    # "President Isaias Afwerki, President Abdel Fattah El-Sisi of Egypt and ...": an office, a name
    # and its country is the next person too
    office = _OFFICE_WORDS.match(raw)
    for word in _NEXT_WORD.finditer(raw, 0, office.end() if office else 0):
        tokens, end, _ = read_name(raw, word.end())
        if len(tokens) >= 2:
            of = _OF_COUNTRY.match(raw, end)
            return of is not None and bool(
                places.country_code(of.group("c")) or places.formal_country_code(of.group("c"))
            )
    return False


#: An office of capitalised words only ("President", "Foreign Minister"), not a ministry's remit
#: ("Minister of Foreign Affairs and International Cooperation of the Italian Republic").
_OFFICE_WORDS = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}(?=[ \t]+[A-Z])")
_NEXT_WORD = re.compile(r"[ \t]+(?=[A-Z])")
_OF_COUNTRY = re.compile(
    r"[ \t]+of[ \t]+(?P<c>(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]*){0,4})(?![\w'’-])"
)


def _attach_title(text: str, person: Person) -> None:
    _country_after(text, person)
    m = _LETTERS_AFTER.match(text, person.end)
    if m and m.group("mp"):
        person.name = text[person.start : m.end()].rstrip(", \t")
    if not m:
        return
    pos = m.end()
    rest = text[pos:]
    if not (
        TITLE_START.match(rest)
        or re.match(r"(?:[A-Z][\w.]*\s){0,3}[A-Z][\w.]*(?:'s|’s)\s", rest)
        # (round 15) an organisation's abbreviation before the office: "X, OPEC Secretary General,"
        or (re.match(r"[A-Z]{3,6}\s", rest) and TITLE_START.match(rest.split(" ", 1)[1]))
    ):
        return
    raw, stop = read_title(text, pos)
    if _names_someone(raw) or _holder_follows(text, stop):
        return  # "Antony Blinken, Minister of Foreign Affairs of the Kyrgyz Republic Zheenbek Kulubaev": the next one
    title, code = split_title(raw)
    if title:
        if not person.title or len(title) > len(person.title):
            person.title = title
        if not code and (place := _PLACE_AFTER_TITLE.match(text, stop)):
            # (round 15) the state or territory after the office and a comma, in a list ("Deputy Peter
            # Ferbrache, President of the Policy & Resources Committee, Guernsey; ..."): not part of the title
            code = places.country_code(place.group("place"))
        if code and not person.country:
            person.country = code
        person.end = max(person.end, stop)


#: ", <Place>" then the item's or the sentence's end, after an office.
_PLACE_AFTER_TITLE = re.compile(
    r",?[ \t]*,[ \t]*(?P<place>[A-Z][\w'’-]+(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]+){0,3})[ \t]*(?=[;.]|$)"
)


#: A "[Reference]" block is read for participants up to this many lines of this many characters
#: (a real one lists a few delegations; thousands of names would make thousands of participants).
MAX_REFERENCE_LINES = 100
MAX_REFERENCE_LINE_CHARS = 4000


_FIRST_PERSON = re.compile(
    r"(?:^|[.!?]\s+|,\s+|\b(?:Today|Yesterday|Tonight|This\s+\w+|Last\s+(?:night|week|\w+day)|[Oo]n\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?)(?:\s+(?:in|at)\s+[A-Z][\w'’-]+)?,?\s+)I\s+(?:\w+\s+){0,4}?(?:met|spoke|held|had|hosted|received|welcomed?|visited|called|talked|joined|represented|attended|chaired|took\s+part|participated)\b"
)


def first_person(lead: str) -> bool:
    """ "Today I met ...", "Today in Belgrade I met ...", "Last night I spoke ...", "On Monday I met ...",
    "I spoke with ...", "I was honoured today to welcome ...": the readout is written by one of the
    participants."""
    return bool(_FIRST_PERSON.search(lead))


_BY_TITLE = re.compile(
    r"(?:Statement|Remarks|Message|Address|Speech|Readout|Press\s+statement)\s+(?:\w+\s+){0,2}?by\s+", re.IGNORECASE
)


def byline_person(header: list[str], title: str = "") -> Person | None:
    """The author of a first-person readout: a byline line ("Senator the Hon Penny Wong", with the
    next line as the title), a "From:" line, or a title that opens "Andrii Sybiha: ..."."""
    m = re.match(r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})[ \t]*:[ \t]", title)
    if m:
        tokens, end, _ = read_name(m.group("name"), 0)
        if len(tokens) >= 2 and end >= len(m.group("name")):
            return Person(m.group("name"), tokens)
    by = _BY_TITLE.match(title)
    if by:
        # "Statement by the Taoiseach, Leo Varadkar TD, following his meeting with ...": the speaker
        said = title[by.end() : by.end() + MAX_REFERENCE_LINE_CHARS]
        if said.isupper():
            # "STATEMENT BY PRIME MINISTER DR. THE HONOURABLE RALPH E. GONSALVES ON ...": read as
            # written in title case, its small words in lower case
            said = _title_case(said)
        found = find_people(said)
        if found and found[0].start <= 40:
            # "Statement by President Milatović ..." under a byline "Jakov Milatović, President of
            # Montenegro": the byline is the fuller written form of the same person
            lined = _header_byline(header, title, like=found[0])
            if lined is not None and len(lined.tokens) > len(found[0].tokens):
                lined.title = lined.title or found[0].title
                lined.country = lined.country or found[0].country
                return lined
            return found[0]
    return _header_byline(header, title)


_SMALL_WORDS = frozenset(
    {"a", "an", "and", "at", "between", "by", "for", "from", "in", "into", "of", "on", "the", "to", "with"}
)


def _title_case(line: str) -> str:
    """An all-capitals line in title case: "DR. THE HONOURABLE RALPH E. GONSALVES ON THE ..." ->
    "Dr. the Honourable Ralph E. Gonsalves on the ..." (an initial stays; after a hyphen or an
    apostrophe a capital stays: "Al-Thani", "O'Brien")."""

    def word(w: str) -> str:
        if w.lower() in _SMALL_WORDS:
            return w.lower()
        return re.sub(r"(\w)(\w*)", lambda m: m.group(1) + m.group(2).lower(), w)

    return " ".join(word(w) for w in line.split(" "))


def signed_person(tail: list[str], title: str) -> Person | None:
    """The author who signs a first-person statement at its end: a name alone on a line, its office
    on the next ("Roberta Metsola" / "President of the European Parliament"), read as a byline is."""
    for i, line in enumerate(tail[:-1]):
        if len(line) <= 80 and TITLE_START.match(tail[i + 1]) and (person := _header_byline(tail[i : i + 2], title)):
            return person  # "Roberta Metsola" or "Hon. Mark Brown", then the office
    return None


def _header_byline(header: list[str], title: str, like: Person | None = None) -> Person | None:
    """A byline line of the header: a name alone (its title on the next line), a name with its
    post-nominals or its title after a comma, or a "From:" line's first person; with ``like``,
    only a line naming a person of the same family name."""
    organisation = None
    for i, line in enumerate(header):
        # "By Hon. John Briceño, Prime Minister of Belize"; (round 15) a transcript's "Speaker: Koike
        # Yuriko, Governor of Tokyo"
        body = re.sub(r"^(?:From:|Speaker:|By[ \t]+(?=[A-Z]))\s*", "", line)
        if line.startswith("From:"):
            # Read as far as a "[Reference]" line is: a name is near the start, and reading
            # people is not linear in a line's length.
            for person in find_people(body[:MAX_REFERENCE_LINE_CHARS]):
                if like is None or person.tokens[-1:] == like.tokens[-1:]:
                    return person
                break
            continue
        if len(line) > 80 or line == title:
            continue
        if (code := _organisation(body)) is not None:
            # "United Nations" above "Secretary-General" and "António Guterres": the owner, not a name
            organisation = organisation or code
            continue
        found = find_people(body)
        rest = body[found[0].end :].rstrip(", ") if found else ""
        named = re.match(r"(?P<name>[^,]{3,60}),[ \t]+(?P<title>.+)$", body)
        if found and found[0].start == 0 and (not rest or _MORE_POST_NOMINALS.fullmatch(rest)):
            person = found[0]
            if rest:  # "Hon. James Marape, MP": the letters after the comma are part of the written form
                person.name = body.strip()
        elif (
            found
            and found[0].start == 0
            and (office := re.fullmatch(r",[ \t]+(?P<t>.+)", rest))
            and TITLE_START.match(office.group("t"))
        ):
            # "Hon. John Briceño, Prime Minister of Belize": a name with its honorific, then its office
            person = found[0]
            if not person.title:
                person.title, code = split_title(office.group("t"))
                person.country = person.country or (code or "")
        elif named and TITLE_START.match(named.group("title")) and _plain_name(named.group("name")) is not None:
            # "Jakov Milatović, President of Montenegro": a name, then its office after a comma
            person = Person(named.group("name").strip(), _plain_name(named.group("name")) or [])
            person.title, code = split_title(named.group("title"))
            person.country = code or ""
        else:
            tokens, end, _ = read_name(body, 0)
            if len(tokens) < 2 or end < len(body) or len(tokens) > 4 or body.isupper():
                continue  # "MEDIA STATEMENT" is a banner, not a name
            person = Person(body, tokens)
        nxt = header[i + 1] if i + 1 < len(header) else ""
        if not person.title and nxt and TITLE_START.match(nxt) and len(nxt) <= 100:
            person.title, code = split_title(nxt)
            person.country = person.country or (code or "")
        person.country = person.country or (organisation or "")
        if like is not None and person.tokens[-1:] != like.tokens[-1:]:
            continue
        return person
    return None


def _plain_name(line: str) -> list[str] | None:
    """The name words of a line that is a bare name of two to four words, else None."""
    line = line.strip()
    tokens, end, _ = read_name(line, 0)
    if len(tokens) < 2 or end < len(line) or len(tokens) > 4 or line.isupper():
        return None
    return tokens


def _organisation(line: str) -> str | None:
    """The code of an organisation a header line names outright ("United Nations", "NATO - North
    Atlantic Treaty Organization"), else None."""
    for part in re.split(r"\s+[-–—|]\s+", line):
        code = places.ORGANISATIONS.get(part.strip())
        if code:
            return code
    return None


_UNNAMED_SUBJECT = re.compile(
    r"(?:(?:On|Today|Yesterday|This\s+\w+)\b[^,]{0,60},\s*)?[Tt]he\s+(?P<office>Prime Minister|Deputy Prime Minister|Vice President|"
    r"President|Chancellor|Premier|Foreign Minister|Foreign Secretary|Secretary of State|Secretary-General|Secretary General|"
    r"Secretary|Minister)"
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|today\s+|yesterday\s+)?(?:met|meets|held|holds|spoke|speaks|hosted|hosts|received|receives|"
    r"welcomed|welcomes|visited|had|called|joined|attended|travelled|traveled)\b"
)


def unnamed_subject(lead: str, people: list[Person]) -> str:
    """The office of an opening sentence's subject named by office alone ("The Prime Minister met
    President Xi ..."): a readout of its own principal, named in the byline; "" if it names them."""
    m = _UNNAMED_SUBJECT.match(lead)
    if m is None or any(p.start < m.end() for p in people):
        return ""
    return m.group("office")


def name_as_byline(people: list[Person], byline: Person) -> None:
    """A byline above the text ("Rt Hon Winston Peters") is the first written form of the name of
    the participant it names: that participant takes it."""
    for p in people:
        if p.tokens and byline.tokens and p.tokens[-1] == byline.tokens[-1] and _same_person(p, byline):
            if p.honorific or len(byline.name) <= len(p.name):
                return  # the text's own form is as full
            p.name = byline.name
            p.honorific = p.honorific or byline.honorific
            p.title = p.title or byline.title
            return


def reference_people(lines: list[str]) -> list[Person]:
    """People in a trailing "[Reference] Participants" block: "Japan: Prime Minister ABE Shinzo"."""
    people = []
    for line in lines[:MAX_REFERENCE_LINES]:
        line = line[:MAX_REFERENCE_LINE_CHARS]
        m = re.match(r"\s*[-•・*]?\s*(?P<country>[^:：]{2,60})[:：]\s*(?P<rest>.+)$", line)
        if not m:
            continue
        code = places.country_code(m.group("country").strip())
        if not code:
            continue
        rest = m.group("rest")
        found = find_people(rest, sentence_start=0)
        if not found:
            tokens, end, _ = read_name(rest, 0)
            if len(tokens) >= 2:
                found = [Person(rest[:end].strip(), tokens, start=0, end=end)]
        for person in found:
            if not person.country:
                person.country = code
            people.append(person)
    return people


#: A list the readout announces as its participants: "Participants: A, President of X; B, ...",
#: "Taking part were:" with one bullet per person; a labelled list after the body (round 13):
#: "Participants in the Dialogue: ...", "Heads of State and Government attending: ...".
_ANNOUNCED = re.compile(
    # (the occasion named or only called so: "Participants in the Dialogue:", "... in the meeting:")
    r"(?:^|(?<=[.:]\s))(?:(?:The\s+)?[Pp]articipants(?:\s+(?:in|at|of)\s+the\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|[a-z]+))?"
    r"(?:\s+were)?|Taking\s+part\s+were|Present\s+were"
    r"|(?:Heads\s+of\s+State(?:\s+and\s+(?:of\s+)?Government)?|Leaders)\s+(?:attending|participating|taking\s+part))\s*:\s*"
)
MAX_ANNOUNCED = 30
#: An office after a name and a comma ("Múte B. Egede, Premier (Naalakkersuisut)").
_COMMA_OFFICE = re.compile(r",\s*(?:the\s+)?" + _TITLE_WORDS)
_BULLET = re.compile(r"\s*(?:[-•*–—]|\d{1,2}[.)])\s*")


def announced_people(paragraphs: list[str]) -> list[Person]:
    """The people of a list the readout announces as its participants, each with the country its
    office names ("Colonel A B, President of the Transition, Head of State of the Republic of Mali"):
    all of them, or none unless each item is a person with a country (precision first)."""
    for k, paragraph in enumerate(paragraphs):
        m = _ANNOUNCED.search(paragraph[:MAX_REFERENCE_LINE_CHARS])
        if m is None:
            continue
        rest = paragraph[m.end() :].strip()
        sides = _announced_by_side(rest[:MAX_REFERENCE_LINE_CHARS]) if rest else []
        if sides:
            return sides
        if rest:
            items = [i for i in re.split(r";\s*(?:and\s+)?", rest[:MAX_REFERENCE_LINE_CHARS]) if i.strip()]
        else:
            # one item a line, as long as the lines keep the first one's kind of bullet, or, without
            # bullets, as long as each line is a person and their office ("Jeppe Kofod, Minister for
            # Foreign Affairs (Denmark)"): the first line that is not one ends the list
            items, kind = [], ""
            for line in paragraphs[k + 1 : k + 1 + MAX_ANNOUNCED]:
                bullet = _BULLET.match(line)
                mark = re.sub(r"\d+", "1", bullet.group(0).strip()) if bullet else ""
                if not mark and not items and _announced(line[:MAX_REFERENCE_LINE_CHARS], office=True):
                    kind = "line"
                if kind == "line" and not mark and _announced(line[:MAX_REFERENCE_LINE_CHARS], office=True):
                    items.append(line[:MAX_REFERENCE_LINE_CHARS])
                    continue
                if not mark or kind not in ("", mark):
                    break
                kind = mark
                items.append(line[bullet.end() : MAX_REFERENCE_LINE_CHARS])  # type: ignore[union-attr]
        people = _announced_all(items)
        if not people and rest and ";" not in rest:
            # "Participants: President of the Republic of Belarus A.G. Lukashenko, President of the
            # People's Republic of China Xi Jinping, ...": an office and a name, between commas
            people = _announced_all(re.split(r",\s*(?:and\s+)?", rest[:MAX_REFERENCE_LINE_CHARS].rstrip(". ")))
        return people
    return []


#: A side's label in a list of participants: "for the Government of New Caledonia, ", ". For the State, ".
_SIDE_LABEL = re.compile(r"(?:^|(?<=[.;])\s*)[Ff]or\s+(?P<side>(?:the\s+)?[A-Z][^,;.]{1,60}),\s*")


def _announced_by_side(rest: str) -> list[Person]:
    """(round 15) A list of participants grouped by side ("Participants: for the Government of New
    Caledonia, A, President of the Government; B, .... For the State, C, President of the Republic;
    D, ..."): each group's people, in order, with the country its label names (for whoever's office
    names none); none unless there are two or more labels and every item is a person."""
    labels = list(_SIDE_LABEL.finditer(rest))
    if len(labels) < 2:
        return []
    people: list[Person] = []
    for n, label in enumerate(labels):
        stop = labels[n + 1].start() if n + 1 < len(labels) else len(rest)
        group = rest[label.end() : stop].strip().rstrip(".")
        side = label.group("side")
        of = re.search(r"\bof\s+(?P<c>(?:the\s+)?[A-Z][\w'’ -]+)$", side)
        place = of.group("c") if of else side
        code = places.formal_country_code(place) if place.startswith("the ") else places.country_code(place)
        code = code or places.country_code(side.removeprefix("the ")) or places.demonym_code(side.split()[-1])
        found = _announced_all(re.split(r";\s*(?:and\s+)?", group)) or (
            [p] if (p := _announced(group, office=True)) is not None else []
        )
        if not found:
            return []
        for person in found:
            person.country = person.country or (code or "")
        people += found
    return people


def _announced_all(items: list[str]) -> list[Person]:
    """The people of every item, or none unless there are two or more and each item is one."""
    items = [i for i in items if i.strip()]
    people = [p for item in items[:MAX_ANNOUNCED] if (p := _announced(item.strip(), office=True)) is not None]
    return people if len(people) >= 2 and len(people) == len(items) else []


def _announced(item: str, *, office: bool = False) -> Person | None:
    """The person an item of the list names, with the country of their office (any of its parts, or
    a country in brackets after it: "Secretary of State (United States of America)"); without
    one, only when ``office`` allows a person whose office the item writes after a comma (their
    country is then settled as anyone's is, and marked as a guess)."""
    found = find_people(item)
    if not found or found[0].start > 0:
        return None
    person = found[0]
    rest = item[person.end :]
    if not person.country:
        # the office after the name may name the country in any of its parts
        for part in re.split(r",\s*", rest):
            code = split_title(re.sub(r"\s*\([^)]*\)", "", part).rstrip(";.").strip())[1]
            if code and code != "EU":
                person.country = code
                break
    if not person.country:
        for bracket in re.findall(r"\(([^()]{2,60})\)", rest):
            code = places.formal_country_code(f"the {bracket.removeprefix('the ')}") or places.country_code(bracket)
            if code and code != "EU":
                person.country = code
                break
    if person.country:
        return person
    after_name = item[len(person.name) :] if item.startswith(person.name) else rest
    return person if office and _COMMA_OFFICE.match(after_name) else None


def finish(
    people: list[Person],
    *,
    publisher_country: str,
    title_countries: list[str],
    date: dt.date | None,
    text: str = "",
    venue_country: str | None = None,
    publisher_convention: str = "",
) -> list[Person]:
    """Settle countries (stated, implied, from the title, else guessed), name parts and keys.

    ``text`` is the readout's text, where a later "Secretary Ebrard" shows a family name's start.
    A country not written beside a person comes from the meeting's title, the publisher (for the
    first person, the host), the venue's country, else the first country the text names that no
    participant has; each of these is a guess. ``publisher_convention`` is the publisher's
    country when it writes names in its own order (Japan's ministries: family name first).
    """
    merged: list[Person] = []
    twin_of: dict[int, Person] = {}  # a person merged into an earlier one -> that one
    # The first earlier participant with the same key or ``_same_person``: only those sharing a
    # key or a name word can be one (every case of ``_same_person`` needs a word in common), so
    # those are looked up by word and tried in order; trying every earlier participant made a
    # "[Reference]" block of thousands of names quadratic.
    slugs: list[_NameSlugs] = []
    by_key: dict[str, list[int]] = {}
    by_word: dict[str, list[int]] = {}
    for p in people:
        tokens_key = family_key(split_name(p.tokens, p.country or "XX", date, text)[0]) or ascii_slug(
            " ".join(p.tokens)
        )
        mine = _NameSlugs.of(p.tokens)
        candidates = set(by_key.get(tokens_key, ()))
        for word in mine.word_set:
            candidates.update(by_word.get(word, ()))
        at = next(
            (
                i
                for i in sorted(candidates)
                if (merged[i].key == tokens_key and not _two_full_names(mine, slugs[i])) or _same_slugs(mine, slugs[i])
            ),
            None,
        )
        if at is not None:
            twin = merged[at]
            twin_of[id(p)] = twin
            if len(p.tokens) > len(twin.tokens):
                twin.name, twin.tokens = p.name, p.tokens
                slugs[at] = mine
                for word in mine.word_set:
                    by_word.setdefault(word, []).append(at)
            twin.honorific = twin.honorific or p.honorific
            twin.joiner = twin.joiner and p.joiner
            twin.title = twin.title if len(twin.title) >= len(p.title) else p.title
            twin.country = twin.country or p.country
            continue
        p.key = tokens_key
        by_key.setdefault(p.key, []).append(len(merged))
        for word in mine.word_set:
            by_word.setdefault(word, []).append(len(merged))
        merged.append(p)
        slugs.append(mine)
    for p in merged:
        if p.title.lower() == "counterpart":
            # "his New Zealand counterpart": the same office as the one whose counterpart they are
            p.title = next((q.title for q in merged if q is not p and q.title and q.title.lower() != "counterpart"), "")
    for p in merged:
        # "UN High Commissioner for Refugees": an office that is a UN body's own name is that body's
        # side, not the UN's
        agency = _office_organisation(p.title) if p.country in ("", "UN") else None
        if agency:
            p.country = agency
        if not p.country:
            implied = _implied_country(p.title)
            if implied:
                p.country = implied
    used = {p.country for p in merged if p.country}
    left = [c for c in title_countries if c not in used]
    # The countries the text names, read only as far as needed: most participants have one
    # written, and matching every country name along a long readout costs ~2.5 s/MB.
    named = _LazyList(c for _, _, c in places.iter_countries(text) if c != "EU")
    first_unused = 0  # ``used`` only grows, so the first named country not in it only moves on

    def first_unused_country() -> str | None:
        nonlocal first_unused
        while (c := named.get(first_unused)) is not None and c in used:
            first_unused += 1
        return c

    for i, p in enumerate(merged):
        if p.country:
            continue
        side = twin_of.get(id(p.side_of), p.side_of) if p.side_of is not None else None
        if left:
            p.country = left.pop(0)
            p.country_guess = "country from the meeting title"
        elif side is not None and side.country:
            p.country = side.country
            p.country_guess = f"no country written; named as one side with {side.name}"
        elif i == 0 and publisher_country:
            p.country = publisher_country
            p.country_guess = "no country written; the publisher's country"
        elif i > 0 and (others := [c for c in title_countries if c != merged[0].country]):
            # "EU-China summit": the title names the sides; one more without a country written is
            # on a side, the one the first participant is not on (not a country only talked about)
            p.country = others[0]
            p.country_guess = "no country written; the meeting title's other side"
        elif venue_country and venue_country not in used:
            p.country = venue_country
            p.country_guess = "no country written; the venue's country"
        elif unused := first_unused_country():
            p.country = unused
            p.country_guess = "no country written; the first country the readout names that no participant has"
        elif publisher_country:
            p.country = publisher_country
            p.country_guess = "no country written; the publisher's country"
        else:
            # Nothing says: the file must still name a country, so the nearest one, marked.
            p.country = venue_country or named.get(0) or next(iter(used), "")
            p.country_guess = "no country found for this participant in the readout; check it"
        used.add(p.country)
    keys: set[str] = set()
    for n, p in enumerate(merged, start=1):
        if p.regnal:
            p.family_name, p.given_name, p.family_guess = "", p.tokens[0], ""
        else:
            p.family_name, p.given_name, p.family_guess = split_name_why(
                p.tokens, p.country, date, text, convention=publisher_convention
            )
        key = family_key(p.family_name) or ascii_slug(p.given_name if p.regnal else p.name) or f"participant-{n}"
        if not re.match(r"[a-z0-9]", key):
            key = f"p-{key}".strip("-")
        if key in keys:
            key = f"{key}-{ascii_slug(p.given_name) or n}"
        keys.add(key)
        p.key = key
    return merged
