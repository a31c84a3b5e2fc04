"""Participants: names in every convention the catalogue lists, with title and country.

"Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan", "Secretary of State Antony J.
Blinken", "Hayashi Yoshimasa, Japan's Minister for Foreign Affairs", "H.E.Dr. Ursula von der
Leyen", "the Rt Hon Dominic Raab MP". A person is found from an honorific, a title before the
name, or a title after it; the family name decides the key that points' actors use. People only
named (a spokesperson, an ambassador who "also attended", the principal of a proxy) are left out.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from briefing_tui.core.importer import places

HONORIFIC = re.compile(
    r"(?<![\w.])(?:"
    r"Senator\s+the\s+Hon(?:ourable|orable|\.)?"
    r"|[Tt]he\s+Rt\.?\s+Hon(?:ourable|\.)?|Rt\.?\s+Hon(?:ourable|\.)?|[Tt]he\s+Right\s+Hon(?:ourable|orable)"
    r"|[Tt]he\s+Hon(?:ourable|orable|\.)|[Tt]he\s+Hon(?=\s)"
    r"|(?:His|Her)\s+(?:Royal\s+Highness|Majesty|Excellency)(?:\s+(?:Mr|Ms|Mrs|Dr|Prof|Amb)\.)?"
    r"|H\.\s?E\.\s?(?:(?:Mr|Ms|Mrs|Dr|Amb|Prof)\.)?"
    r"|Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.|Mr(?=\s)|Ms(?=\s)|Mrs(?=\s)|Dr(?=\s)"
    r"|Dame|Sir"
    r")(?=\s*[^\W\d_])"
)

# Titles written before a name: "Secretary of State Antony J. Blinken", "Foreign Minister Park Jin".
_PREFIX_TITLES = [
    "Secretary of State", "Foreign Affairs Minister", "Foreign Minister", "Minister for Foreign Affairs",
    "Minister of Foreign Affairs", "External Affairs Minister", "Deputy Prime Minister", "Prime Minister",
    "Vice President", "Vice-President", "President", "Chancellor", "Foreign Secretary", "High Representative",
    "State Councilor", "State Councillor", "Premier", "Secretary", "Minister", "Ambassador",
]
PREFIX_TITLE = re.compile(
    r"(?<![\w.])(?:(?P<adj>(?:[A-Z][\w.]*[\s-]){0,3}?[A-Z][\w.]*?)(?:'s|’s)?\s+)??(?P<title>"
    + "|".join(re.escape(t) for t in _PREFIX_TITLES)
    + r")\s+(?!of\b|for\b|and\b)"
)

# Words that begin a title after "Name, ".
_TITLE_WORDS = (
    r"(?:Deputy|Vice|Acting|Senior|Parliamentary|Special|First|State|Federal|Foreign|External|Prime|Minister|"
    r"Secretary|President|Chancellor|High|Premier|Director|Chair|Chairman|Chairperson|Commissioner|"
    r"Ambassador|Envoy|Governor|Mayor|King|Queen|Crown|Emperor|Speaker|Head|Leader|Chief|Spokesperson|"
    r"Vice-President|Co-Chair)\b"
)
TITLE_START = re.compile(r"\s*(?:the\s+)?" + _TITLE_WORDS)

PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "bin", "binti", "al", "el", "ibn", "zu", "ter", "ten", "y"}
_CAP_PARTICLES = {"Le", "La", "De", "Di", "Da", "Del", "Della", "Van", "Von", "Du", "Dos", "Al", "El", "Bin", "Ter"}
_STOP = {
    "Minister", "Ministers", "Secretary", "Foreign", "Affairs", "Prime", "President", "Deputy", "Vice", "State",
    "Chancellor", "The", "On", "In", "At", "And", "Of", "For", "With", "During", "His", "Her", "Excellency",
    "Honourable", "Honorable", "Hon", "Senator", "Ambassador", "Government", "Ministry", "Office", "Department",
    "Embassy", "Summit", "Meeting", "Talk", "Telephone", "Conference", "Council", "Commission", "Union",
    "Republic", "Kingdom", "Commonwealth", "Federation", "Representative", "High", "Director", "General",
    "Chief", "Cabinet", "Spokesperson", "Parliament", "House", "Palace", "Readout", "Both", "Also", "After",
    "Before", "Following", "Today", "Yesterday", "External", "Trade", "Development", "Defence", "Defense",
    "Premier", "Councilor", "Councillor", "Secretary-General", "Mr", "Ms", "Mrs", "Dr", "MP", "Rt", "Right",
    "G7", "G20", "Quad", "ASEAN", "APEC", "UN", "NATO", "Japan-Canada", "First", "Acting", "Special",
    "Global", "Canada", "Japan", "Guest", "Iikura", "Eastern", "Pacific", "Time", "Council's",
}
_FAMILY_FIRST = {"JP", "KR", "KP", "CN", "TW", "VN", "HK", "MO", "HU", "KH"}
# Japanese readouts switched to FAMILY-first names in January 2020 (given-first before).
FAMILY_FIRST_SINCE = dt.date(2020, 1, 1)

_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-][^\W\d_])*\.?")
# A clause that makes the people in it non-participants.
_NOT_PRESENT_AFTER = re.compile(r"^[^;.]{0,200}?\b(?:also\s+(?:attended|present|accompanied|joined)|were\s+also\s+present|was\s+also\s+present|in\s+attendance|also\s+sat\s+in)\b", re.IGNORECASE)
_NOT_PRESENT_BEFORE = re.compile(r"(?:attributable\s+to|spokesperson|spokesman|spokeswoman|on\s+behalf\s+of|accompanied\s+by|in\s+the\s+presence\s+of|attendance\s+of)\s*(?:the\s+)?(?:[\w.'’-]+\s+){0,4}$", re.IGNORECASE)

_TITLE_IMPLIES = [
    (re.compile(r"^Secretary of State$"), "US"),
    (re.compile(r"^External Affairs Minister$|^Minister of External Affairs$"), "IN"),
    (re.compile(r"High Representative|European (?:Council|Commission)|of the European Union"), "EU"),
    (re.compile(r"^Foreign Secretary$|Foreign, Commonwealth and Development Affairs|Foreign and Commonwealth Affairs"), "GB"),
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
    notes: list[str] = field(default_factory=list)


def ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.", word))


def _is_upper_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def read_name(text: str, pos: int, limit: int = 5) -> tuple[list[str], int, str]:
    """Name tokens starting at ``pos``: (tokens, end, suffix such as "MP")."""
    tokens: list[str] = []
    end = pos
    i = pos
    suffix = ""
    while len(tokens) < limit:
        ws = re.compile(r"[ \t]*").match(text, i)
        j = ws.end() if ws else i
        m = _TOKEN.match(text, j)
        if not m:
            break
        word = m.group(0)
        if word.endswith(".") and not _is_initial(word):
            word = word[:-1]
        bare = word
        if bare in ("MP", "QC", "KC", "AC", "MBE", "OBE", "CBE"):
            if tokens:
                suffix = bare
                end = j + len(word)
            break
        if bare.lower() in PARTICLES and bare[0].islower():
            # "von der Leyen": particles count only before a capitalised family name.
            ahead = re.match(r"(?:[ \t]+(?:%s))*[ \t]+(?P<w>\S)" % "|".join(PARTICLES), text[j + len(word) :])
            if tokens and ahead and ahead.group("w").isupper():
                tokens.append(bare)
                i = end = j + len(word)
                continue
            break
        if not bare[0].isupper():
            break
        base = re.sub(r"(?:'s|’s)$", "", bare)
        if base in _STOP or places.country_code(base) or base in places.DEMONYMS or _is_month_date(text, j + len(word)) and base in _MONTH_NAMES:
            break
        tokens.append(bare)
        i = end = j + len(word)
        if base != bare:  # a possessive ends the name
            break
    return tokens, end, suffix


_MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}


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
        if word.lower() in PARTICLES and word[0].islower() and tokens:
            tokens.insert(0, word)
        elif word[0].isupper() and word not in _STOP and not places.country_code(word) and word not in places.DEMONYMS and word not in _MONTH_NAMES:
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
_AND_CONTINUES = re.compile(r"\s+and\s+(?:the\s+)?(?:Minister|Secretary|First|Deputy|Vice|Leader|Chair|Head|Foreign|Development|Commonwealth|Trade|Defence|Defense|Security|Economic|Co-?operation|Finance|International|Special|Senior|Commerce)\b")


def _ends_in_country(segment: str) -> bool:
    """"and Expatriates of the Hashemite Kingdom of Jordan": the title goes on to its country."""
    found = places.find_countries(segment)
    return bool(found) and found[-1][1] >= len(segment.rstrip(". ")) and bool(re.search(r"\bof\s+(?:the\s+)?$", segment[: found[-1][0]]))


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
        if m and m.group(0).startswith(".") and re.search(r"(?:\b[A-Z]\.){1,2}[A-Z]$|\bU\.S$|\bD\.C$", text[pos : stop]):
            i = m.end()  # "U.S." is not a sentence end
            continue
        break
    return text[pos:stop].strip(), stop


def split_title(title: str) -> tuple[str, str | None]:
    """("Minister for Foreign Affairs", "JP") from "Japan's Minister for Foreign Affairs" or "... of Japan"."""
    title = title.strip().rstrip(",")
    code = None
    m = re.match(r"(?P<c>.+?)(?:'s|’s)\s+(?P<rest>.+)$", title)
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
    return title, code


def _implied_country(title: str) -> str | None:
    for pattern, code in _TITLE_IMPLIES:
        if pattern.search(title):
            return code
    return None


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")) if _is_upper_word(word) else word


# Spanish- and Portuguese-speaking countries: names end in two family names ("Marcelo Ebrard
# Casaubón", "Rafael Cardoso Lima"), of which the first (Spanish) is the one used alone.
_TWO_FAMILY_NAMES = {
    "ES", "MX", "AR", "CL", "PE", "CO", "VE", "EC", "BO", "PY", "UY", "CU", "DO", "GT", "HN", "SV", "NI", "CR", "PA",
    "PR", "GQ", "PT", "BR", "AO", "MZ", "CV", "GW", "ST",
}
# Given names often written second ("Juan Carlos", "José Manuel", "Ana Lúcia"): not a family name.
_GIVEN_NAMES = {
    "José", "Josep", "Juan", "Joan", "João", "María", "Maria", "Manuel", "Luis", "Luís", "Luiz", "Carlos", "Antonio",
    "António", "Francisco", "Javier", "Jorge", "Miguel", "Ángel", "Angel", "Alberto", "Andrés", "Eduardo", "Enrique",
    "Fernando", "Ignacio", "Inácio", "Jesús", "Pablo", "Paulo", "Pedro", "Rafael", "Ricardo", "Roberto", "Alejandro",
    "Daniel", "Diego", "Felipe", "Gabriel", "Guillermo", "Gustavo", "Héctor", "Hugo", "Jaime", "Julio", "Marcelo",
    "Mario", "Mauricio", "Óscar", "Ernesto", "Sergio", "Augusto", "Ana", "Isabel", "Elena", "Teresa", "Carmen",
    "Cristina", "Lucía", "Lúcia", "Laura", "Sofía", "Luisa", "Luiza", "Fernanda", "Gabriela", "Beatriz", "Patricia",
    "Claudia", "Alejandra", "Andrea", "Mercedes", "Dolores", "Rosa", "Pilar", "Eugenia", "Inés", "Margarita",
    "Marta", "Mónica", "Verónica", "Clara", "Helena", "Raquel", "Silvia", "Susana", "Antonia", "Josefa",
}
# Words after which a family name is used alone later in a readout ("Secretary Ebrard").
REFERRING_TITLES = r"(?:Minister|Ministers|Secretary|Representative|President|Vice-President|Chancellor|Premier|Commissioner|Ambassador|Senator|Councilor|Councillor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Madam|Mme\.?)"


def _particle(word: str) -> bool:
    return word.lower() in PARTICLES or word in _CAP_PARTICLES


def _family_start_in_text(tokens: list[str], text: str) -> int | None:
    """The first name word that ``text`` uses after a title ("High Representative Borrell" in a
    readout naming "Josep Borrell Fontelles"): where the family name starts, if it says."""
    if not text:
        return None
    for k in range(1, len(tokens)):
        word = tokens[k]
        if _is_initial(word) or (_particle(word) and word[0].islower() and k == len(tokens) - 1):
            continue
        if re.fullmatch(r"[\w'’-]+", word):
            if word in _referred_words(text):
                return k
        elif re.search(rf"(?<![\w.]){REFERRING_TITLES}\s+{re.escape(word)}(?![\w'’-])", text):
            return k
    return None


@lru_cache(maxsize=4)
def _referred_words(text: str) -> frozenset[str]:
    """Every word that follows a referring title in ``text``, read in one pass: a search of the
    whole readout for each word of each participant's name made a long readout with a long
    list of names quadratic. A word matches ``REFERRING_TITLES\\s+WORD(?![\\w'’-])`` exactly
    when it is the whole run of word characters, apostrophes and hyphens after the title."""
    return frozenset(m.group(1) for m in re.finditer(rf"(?<![\w.])(?={REFERRING_TITLES}\s+([\w'’-]+))", text))


def split_name(tokens: list[str], country: str, date: dt.date | None, text: str = "") -> tuple[str, str]:
    """(family, given) following the country's and the era's naming order.

    ``text`` is the rest of the readout: a later "Secretary Ebrard" shows where a given-first
    name's family name starts.
    """
    family, given, _ = split_name_why(tokens, country, date, text)
    return family, given


def split_name_why(tokens: list[str], country: str, date: dt.date | None, text: str = "") -> tuple[str, str, str]:
    """(family, given, why the split is a guess or "")."""
    if not tokens:
        return "", "", ""
    if len(tokens) == 1:
        return _cap(tokens[0]), "", ""
    upper = [i for i, t in enumerate(tokens) if _is_upper_word(t) and not _is_initial(t)]
    if upper and len(upper) < len(tokens):
        first = upper[0]
        if country not in _FAMILY_FIRST:  # "Antony BLINKEN", "Jean-Yves LE DRIAN"
            while first > 0 and _particle(tokens[first - 1]):
                first -= 1
        family_tokens = tokens[first : upper[-1] + 1]
        given_tokens = [t for t in tokens[: first] + tokens[upper[-1] + 1 :] if not _is_initial(t)]
        return " ".join(_cap(t) for t in family_tokens), " ".join(given_tokens), ""
    if country in _FAMILY_FIRST and not (country == "JP" and date is not None and date < FAMILY_FIRST_SINCE):
        return _cap(tokens[0]), " ".join(tokens[1:]), ""
    # Given name(s) first; particles belong to the family name ("von der Leyen", "Le Drian").
    i = len(tokens) - 1
    while i > 1 and _particle(tokens[i - 1]):
        i -= 1
    why = ""
    named = _family_start_in_text(tokens, text)
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


def _excluded(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 80) : start]
    # Only the words since the previous person or clause mark count.
    before = re.split(r"[;(]|,\s+and\b|\band\b", before)[-1]
    if _NOT_PRESENT_BEFORE.search(before):
        return True
    after = text[end : end + 400]
    nxt = re.search(r"[;]|\b(?:and|with)\s+(?:the\s+)?(?:H\.E|Mr|Ms|Dr|His|Her)\b", after)
    clause = after[: nxt.start()] if nxt else after
    return bool(_NOT_PRESENT_AFTER.match(clause))


def find_people(text: str, *, sentence_start: int = 0) -> list[Person]:
    """Everyone named with an honorific or a title in ``text``, in order, duplicates removed."""
    people: list[Person] = []
    spans: list[tuple[int, int]] = []

    def overlaps(s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in spans)

    for m in HONORIFIC.finditer(text):
        tokens, end, suffix = read_name(text, m.end())
        if not tokens or overlaps(m.start(), end):
            continue
        if len(tokens) == 1 and not _is_upper_word(tokens[0]) and not re.match(r"\s*,\s*" + _TITLE_WORDS, text[end:]):
            continue  # "Ms. Kamikawa" later in a sentence refers back; it adds nobody
        person = Person(text[m.start() : end].strip(), tokens, honorific=re.sub(r"\s+", " ", m.group(0)).strip(), start=m.start(), end=end)
        _attach_title(text, person)
        people.append(person)
        spans.append((m.start(), person.end))
    for m in PREFIX_TITLE.finditer(text):
        hon = HONORIFIC.match(text, m.end())
        pos = hon.end() if hon else m.end()
        tokens, end, suffix = read_name(text, pos)
        if not tokens or tokens[-1].endswith(("'s", "’s")) or overlaps(m.start("title"), end):
            continue
        at_start = not text[sentence_start : m.start()].strip() or re.fullmatch(r"\s*(?:On\s[^,]*,\s*)?", text[sentence_start : m.start()])
        if len(tokens) == 1 and not at_start:
            continue
        adj = m.group("adj") or ""
        code = None
        if adj:
            code = places.country_code(adj) or places.DEMONYMS.get(adj)
            if code is None:
                # "Republic of Korea Foreign Minister": take the longest country name at the end.
                words = adj.split()
                for k in range(len(words)):
                    tail = " ".join(words[k:])
                    code = places.country_code(tail) or places.DEMONYMS.get(tail)
                    if code:
                        break
        start = hon.start() if hon else (m.start("adj") if code and adj else m.start("title"))
        name_start = hon.start() if hon else pos
        person = Person(text[name_start:end].strip(), tokens, honorific=re.sub(r"\s+", " ", hon.group(0)).strip() if hon else "", start=start, end=end)
        person.title = m.group("title")
        if code:
            person.country = code
        _attach_title(text, person)
        people.append(person)
        spans.append((start, person.end))
    for m in re.finditer(r",[ \t]*(?=(?:the\s+)?" + _TITLE_WORDS + r"|(?:[A-Z][\w.]*\s){0,3}[A-Z][\w.]*(?:'s|’s)\s)", text):
        tokens, start = read_name_backwards(text, m.start())
        if len(tokens) < 2 or overlaps(start, m.start()):
            continue
        person = Person(text[start : m.start()].strip(), tokens, start=start, end=m.start())
        _attach_title(text, person)
        if not person.title:
            continue
        people.append(person)
        spans.append((start, person.end))
    # "the High Representative ... of the European Commission, Kaja Kallas, and the Minister for
    # Foreign Affairs of Japan, Takeshi Iwaya, held ...": a title, then the name between commas.
    for m in _TITLE_THEN_NAME.finditer(text):
        start, end = m.start("title"), m.end("name")
        if overlaps(start, end):
            continue
        tokens = m.group("name").split()
        title, code = split_title(re.sub(r"\s+", " ", m.group("title")).strip())
        person = Person(m.group("name"), tokens, title=title, start=m.start("name"), end=end)
        if code:
            person.country = code
        people.append(person)
        spans.append((start, end))
    people.sort(key=lambda p: p.start)
    return [p for p in people if not _excluded(text, p.start, p.end) and not re.search(r"spokes(?:person|man|woman)", p.title, re.IGNORECASE)]


_TITLE_THEN_NAME = re.compile(
    r"(?<![\w,])(?:[Tt]he\s+)(?P<title>" + _TITLE_WORDS + r"[^,;.()]{0,160}),[ \t]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|" + "|".join(sorted(PARTICLES)) + r")){1,3}),"
    r"(?=[ \t]+(?:and|held|met|hosted|received|visited|spoke|had)\b)"
)


def _attach_title(text: str, person: Person) -> None:
    m = re.match(r"(?:,?[ \t]*(?P<mp>MP|QC|KC))?,[ \t]*", text[person.end :])
    if m and m.group("mp"):
        person.name = text[person.start : person.end + m.end()].rstrip(", \t")
    if not m:
        return
    pos = person.end + m.end()
    rest = text[pos:]
    if not (TITLE_START.match(rest) or re.match(r"(?:[A-Z][\w.]*\s){0,3}[A-Z][\w.]*(?:'s|’s)\s", rest)):
        return
    raw, stop = read_title(text, pos)
    title, code = split_title(raw)
    if title:
        if not person.title or len(title) > len(person.title):
            person.title = title
        if code and not person.country:
            person.country = code
        person.end = max(person.end, stop)


#: A "[Reference]" block is read for participants up to this many lines of this many characters
#: (a real one lists a few delegations; thousands of names would make thousands of participants).
MAX_REFERENCE_LINES = 100
MAX_REFERENCE_LINE_CHARS = 4000


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


def finish(people: list[Person], *, publisher_country: str, title_countries: list[str], date: dt.date | None, text: str = "") -> list[Person]:
    """Settle countries (stated, implied, from the title, else guessed), name parts and keys.

    ``text`` is the readout's text, where a later "Secretary Ebrard" shows a family name's start.
    """
    merged: list[Person] = []
    for p in people:
        tokens_key = family_key(split_name(p.tokens, p.country or "XX", date, text)[0]) or ascii_slug(" ".join(p.tokens))
        twin = next((q for q in merged if q.key == tokens_key or (len(p.tokens) == 1 and ascii_slug(p.tokens[0]) in ascii_slug(" ".join(q.tokens)).split("-"))), None)
        if twin:
            if len(p.tokens) > len(twin.tokens):
                twin.name, twin.tokens = p.name, p.tokens
            twin.honorific = twin.honorific or p.honorific
            twin.title = twin.title if len(twin.title) >= len(p.title) else p.title
            twin.country = twin.country or p.country
            continue
        p.key = tokens_key
        merged.append(p)
    for p in merged:
        if not p.country:
            implied = _implied_country(p.title)
            if implied:
                p.country = implied
    used = {p.country for p in merged if p.country}
    left = [c for c in title_countries if c not in used]
    for i, p in enumerate(merged):
        if p.country:
            continue
        if left:
            p.country = left.pop(0)
            p.country_guess = "country from the meeting title"
        elif i == 0 and publisher_country:
            p.country = publisher_country
            p.country_guess = "no country written; the publisher's country"
        else:
            p.country = publisher_country or "JP"
            p.country_guess = "no country written"
        used.add(p.country)
    keys: set[str] = set()
    for n, p in enumerate(merged, start=1):
        p.family_name, p.given_name, p.family_guess = split_name_why(p.tokens, p.country, date, text)
        key = family_key(p.family_name) or ascii_slug(p.name) or f"participant-{n}"
        if not re.match(r"[a-z0-9]", key):
            key = f"p-{key}".strip("-")
        if key in keys:
            key = f"{key}-{ascii_slug(p.given_name) or n}"
        keys.add(key)
        p.key = key
    return merged
