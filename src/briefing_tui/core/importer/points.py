"""The readout's points: their structure, outcome, actors and topics.

Structures: dash and "•" bullets, "1." items, headed sections ("1. Free and Open
Indo-Pacific", "1 General Remarks") with "(1)" sub-items, bullets that carry numbers ("• 2.
(1)"), numbering that restarts after a sub-list (an HTML artefact: still the next point),
paragraphs, and prose where each sentence is a point. Short verb-less "(1)" items are a list
inside their point (six areas, five priorities), not points of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_tui.core.importer import names, outcomes, places, tagging
from briefing_tui.core.importer.names import Person
from briefing_tui.core.importer.text import split_sentences
from briefing_tui.core.model.topics import Vocabulary

_MARK = re.compile(
    r"^(?P<bullet>[-•・*●◦▪‣–—>]+\s*)?"
    r"(?:(?P<num>\d{1,2})(?:[.．](?!\d)\s*|\)\s*|\s+(?=[A-Z\"']))|(?P<alpha>[A-Z])\.\s+)?"
    r"(?P<sub>(?:\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|[a-z]\)|[ivx]{1,4}\)|[①-⑳])\s*)?"
    r"(?P<text>.*)$"
)
# A list's introduction that reports nothing itself: "The following were the main issues discussed:"
_LIST_INTRO = re.compile(
    r"(?:The\s+)?following\b[^.!?]{0,120}:$|[^.!?]{0,120}\b(?:were|are|was|is)\s+(?:as\s+follows|the\s+following)\s*:$"
)
#: A list's introduction that names its items as topics, not as points or outcomes.
_TOPICS = re.compile(r"\b(?:topics|subjects|themes|issues|areas|agenda)\b", re.IGNORECASE)
_RESPONSE = re.compile(r"^(?:In (?:response|reply|turn)|Responding|Replying)\b")


@dataclass
class Item:
    text: str
    level: int  # 0 top, 1 sub
    marker: str = ""
    children: list[Item] = field(default_factory=list)
    heading: bool = False
    marked: bool = False  # opened by a bullet, a number or a letter


@dataclass
class PointDraft:
    text: str
    outcome: str
    verb: str = ""
    summary: str = ""
    actors: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    points: list[PointDraft] = field(default_factory=list)
    guess: str = ""


def _is_heading(text: str) -> bool:
    words = text.split()
    return bool(words) and len(words) <= 12 and not re.search(r"[.!?:;]$", text) and outcomes.classify(text) is None


def _is_list_entry(text: str) -> bool:
    """A noun phrase in an enumeration ("(3) energy security;"), not a point."""
    return len(text.split()) <= 15 and outcomes.classify(text) is None and not re.search(r"[.!?]$", text.rstrip(";,"))


def _shared_subject(lines: list[str]) -> list[str]:
    """ "The Foreign Secretary and Foreign Minister Wong:" over bullets that go on "- welcomed ...":
    the subject line is not a point; each bullet becomes a sentence with that subject."""
    out: list[str] = []
    subject = ""
    infinitive = False  # "The two sides agreed to:" over "- Expand cooperation ...": each bullet a verb
    for i, line in enumerate(lines):
        m = _MARK.match(line)
        assert m is not None
        following = _MARK.match(lines[i + 1]) if i + 1 < len(lines) else None
        to_verbs = line.endswith(" to:") and outcomes.classify(line) is not None
        if (
            line.endswith(":")
            and not (m.group("bullet") or m.group("num") or m.group("sub"))
            and 2 <= len(line.split()) <= 15
            and following is not None
            and following.group("bullet")
            and (following.group("text")[:1].islower() or (to_verbs and _capitalised_verb(following.group("text"))))
        ):
            subject, infinitive = line[:-1].strip(), to_verbs
            continue
        if subject and m.group("bullet"):
            text = m.group("text")
            if infinitive:
                text = re.sub(r"^[Tt]o\s+(?=[A-Za-z])", "", text)  # "- To expand ...": not "agreed to to expand"
                if _capitalised_verb(text):
                    text = text[0].lower() + text[1:]
            if text[:1].islower():
                out.append(f"{m.group('bullet')}{subject} {text}")
                continue
            if infinitive and text[:1].isupper():
                # "- Norway will fund ...": a name opens it, no verb; the list's point still, as written
                out.append(f"{m.group('bullet')}{subject}: {text}")
                continue
        subject = ""
        out.append(line)
    return out


def _capitalised_verb(text: str) -> bool:
    """A bullet that opens with a capitalised word, not an abbreviation or a name's capitals ("Expand
    cooperation ...", not "ASEAN ..." or "McCain ..."): after "agreed to:" it is the verb."""
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    if not (len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()):
        return False
    # "- Norway will fund ...", "- Oslo to host ...": a country's or a city's name is no verb to lower-case
    return not (places.country_code(word) or places.city_zone(word))


def structure(lines: list[str], *, prose: bool, numbered_points: bool = False) -> list[Item]:
    """Top-level items with their sub-items, from the body's lines.

    ``numbered_points``: the publisher numbers its points (Japan's MOFA: "1.", "2. (1)"), so a
    numbered paragraph is one point however many sentences report in it; elsewhere it holds a
    point per reporting sentence."""
    lines = _shared_subject(lines)
    items: list[Item] = []
    current: Item | None = None
    top_style = ""
    intro = False
    topics = False  # the list is introduced as its topics ("The main topics of the call were:")
    sub_points = False  # a numbered item introduced lettered items ("5. During the talks:")
    for line in lines:
        m = _MARK.match(line)
        assert m is not None
        text = m.group("text").strip()
        style = _sub_style(m.group("sub"))
        if not top_style and (m.group("num") or m.group("alpha") or m.group("bullet") or m.group("sub")):
            # The first marker sets the top level: "(1)" items are points when nothing outranks
            # them, but sub-items when a paragraph came first (not a list's introduction).
            top_style = (
                "top" if (m.group("num") or m.group("alpha") or m.group("bullet") or (items and not intro)) else style
            )
        intro = False
        if style and style == top_style and not (m.group("num") or m.group("alpha") or m.group("bullet")):
            current = _marked_points(items, text, m.group("sub").strip(), whole=numbered_points)
            continue
        has_top = bool(m.group("num") or m.group("alpha")) or (bool(m.group("bullet")) and not m.group("sub"))
        if m.group("num") and not m.group("bullet") and not m.group("sub") and not text:
            continue
        if has_top:
            sub_points = False
        if has_top and not m.group("sub") and text.endswith(":") and outcomes.classify(text) is None:
            # "5. During the talks:" then "a) ...", "b) ...": a numbered introduction of lettered
            # items; the items are the points (each reporting sentence in them one), not its parts
            current, sub_points = None, True
            continue
        if sub_points and m.group("sub") and not has_top:
            current = _marked_points(items, text, m.group("sub").strip(), whole=numbered_points, topics=topics)
            continue
        if has_top:
            marker = (m.group("num") or m.group("alpha") or "").strip()
            if not m.group("sub") and not _is_heading(text):
                current = _marked_points(items, text, marker, whole=numbered_points, topics=topics)
                continue
            current = Item(text, 0, marker, marked=True)
            items.append(current)
            if m.group("sub"):
                # "• 2. (1) ...": the point opens with its first sub-item.
                current.text = ""
                current.children.append(Item(text, 1, m.group("sub").strip()))
            elif _is_heading(text):
                current.heading = True
            continue
        if m.group("sub"):
            child = Item(text, 1, m.group("sub").strip())
            if current is None:
                current = Item(text, 0, child.marker)
                items.append(current)
            elif _is_list_entry(text) and not current.heading:
                current.text = f"{current.text} {child.marker} {text}".strip()
            else:
                current.children.append(child)
            continue
        # An unmarked paragraph: under a heading it belongs to that section.
        if current is not None and current.heading:
            current.children.append(Item(text, 1))
            continue
        if _LIST_INTRO.match(text) or (text.endswith(":") and outcomes.classify(text) is None):
            # "The following were the main issues discussed:": the list's items are the points, and
            # the introduction is none
            current, intro = None, True
            topics = _TOPICS.search(text) is not None
            continue
        if (
            items
            and not items[-1].heading
            and text[:1] in '"“'
            and _more_quotation(text, items[-1].text)
            and not _first_person_report(text)
        ):
            # '"I had a very productive meeting ...," DG X said.' then a paragraph that is only more
            # quotation ('"Members have told me ..."'): the same speaker goes on, one point (round 14)
            items[-1].text = f"{items[-1].text} {text}"
            continue
        for sentence in _prose_points(text):
            items.append(Item(sentence, 0))
        current = None if prose else items[-1]
    return _without_unreported(_without_framing(items))


def _marked_points(items: list[Item], text: str, marker: str, *, whole: bool = False, topics: bool = False) -> Item:
    """A numbered or lettered paragraph: one point per sentence with its own reporting verb, as
    in prose ("1. President A welcomed ... He said ... He noted ..." is three points); the marker
    opens the first, and so does a topic label ("1. Amnesty. President A said ... He added ...": two).
    In a list introduced as the meeting's topics ("The main topics of the conversation were:"), an
    item that opens with a topic label ("2. Trade and investment. Minister A welcomed ...") is a
    section on that topic: one point. Returns the last item, which later sub-items and paragraphs
    belong to."""
    sentences = [] if whole else split_sentences(text)
    labelled = len(sentences) > 1 and outcomes.classify(sentences[0]) is None and len(sentences[0].split()) <= 12
    if whole or (labelled and topics):
        sentences = [text]
    elif labelled:
        # the topic label opens the first point; each sentence after it with its own reporting verb
        # is a point, as in prose (round 14: "1. Amnesty. President A said ... He added ... President B
        # replied ..." is three)
        rest = _prose_points(text[len(sentences[0]) :].strip()) or [text]
        sentences = [f"{sentences[0]} {rest[0]}".strip(), *rest[1:]] if rest != [text] else rest
    else:
        sentences = _prose_points(text) or [text]
    # "4. The two leaders then witnessed the signing of ...": a numbered paragraph of prose that
    # reports nothing tells of the visit, as an unnumbered one does (a list's items stay points)
    marked = whole or not _narrates(text)
    items.append(Item(sentences[0], 0, marker, marked=marked))
    items.extend(Item(sentence, 0, marked=marked) for sentence in sentences[1:])
    return items[-1]


def _narrates(text: str) -> bool:
    """Whole sentences that report nothing: not a list item ("(a) Trade and investment;")."""
    return text.rstrip().endswith(".") and len(text.split()) >= 8 and outcomes.classify(text) is None


def _without_framing(items: list[Item]) -> list[Item]:
    """Bullets framed by prose ("Australia and Indonesia are close neighbours ...", "Key outcomes
    of our meeting:", a media contact): when two or more items are marked, an unmarked paragraph
    that reports nothing (no reporting verb) is the frame, not a point."""
    if sum(1 for it in items if it.marked) < 2:
        return items
    return [it for it in items if it.marked or it.heading or it.children or outcomes.classify(it.text) is not None]


def _sub_style(marker: str | None) -> str:
    """ "(1)" and "(a)" are different levels; a list may use either as its top level."""
    if not marker:
        return ""
    inner = marker.strip().strip("()")
    if inner.isdigit() or marker.strip()[0] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳":
        return "digit"
    return "roman" if (re.fullmatch(r"[ivx]+", inner) and inner != "i") or inner in ("ii", "iii") else "letter"


def _prose_points(text: str) -> list[str]:
    """A paragraph's points: one per sentence with its own reporting verb. A sentence without one
    continues the point before it (what the speaker went on to say), and so does "In response,
    ..."; a paragraph that reports nothing stays one item (``_without_unreported`` decides)."""
    points: list[str] = []
    reports: list[bool] = []
    for sentence in split_sentences(text):
        verb = outcomes.classify(sentence)
        if points and (
            _RESPONSE.match(sentence)
            or _open_quote(points[-1])
            # (round 16) a sentence that reports nothing goes on a point before it, not on an opening
            # sentence that reports nothing itself ("The talks began around 8 p.m. ..., the spokesman
            # told PAP. X also took part."): read together, their "told" was taken for a point
            or (verb is None and (reports[-1] or not _opening_told(points[-1])))
            or _more_quotation(sentence, points[-1])
            or _recalls(sentence)
        ):
            points[-1] = f"{points[-1]} {sentence}"
            reports[-1] = reports[-1] or verb is not None
        else:
            points.append(sentence)
            reports.append(verb is not None)
    return points


def _opening_told(sentence: str) -> bool:
    """A sentence that tells of the meeting itself with a verb of saying that is no point ("The
    talks lasted two hours, the spokesman told PAP.")."""
    return outcomes.classify(sentence) is None and outcomes.find_verbs(sentence) != []


def _recalls(sentence: str) -> bool:
    """ "He also recalled that Spain is one of the main investors in Chile.": a sentence whose only
    reporting verb is "recalled", after a point in its paragraph, is background to that point (one
    that opens a paragraph is a point: "President Xi recalled that ...")."""
    verbs = outcomes.find_verbs(sentence)
    return bool(verbs) and all(v.text.lower() == "recalled" for v in verbs)


_FIRST_PERSON_VERB = re.compile(r"(?:^|[\s\"“])(?:I|We|we)\s+(?:(?:also|then|both|further|again|jointly)\s+)?$")


def _first_person_report(text: str) -> bool:
    """'"I stressed that ...", '"We agreed that ...": the speaker's own account of the meeting,
    a point of its own even inside a quotation."""
    return any(_FIRST_PERSON_VERB.search(text, max(0, v.start - 20), v.start) for v in outcomes.find_verbs(text))


def _more_quotation(sentence: str, before: str) -> bool:
    """'"...," President Niinistö says. "Already in 2012 I told him that ..."': a quotation that
    follows a quoted point with no attribution of its own is more of what the same speaker said (a
    verb inside it is the speaker's story, not a new point)."""
    if not sentence.startswith(('"', "“")) or not any(q in before for q in '"“”'):
        return False
    return outcomes.classify(re.sub(r'["“][^"“”]*["”]?', " ", sentence)) is None


def _open_quote(text: str) -> bool:
    """A quotation still open at the end of ``text``: its next sentence is more of the same
    quote ("'I urged Iran ... The region cannot afford a wider war,' said Mr Eide.")."""
    if text.count('"') % 2:
        return True
    return text.startswith("'") and re.search(r"[.,!?]'", text) is None


def _reports(item: Item) -> bool:
    return outcomes.classify(item.text) is not None or any(_reports(c) for c in item.children)


def _without_unreported(items: list[Item]) -> list[Item]:
    """Only what is reported is a point: the paragraphs before the first reporting verb are the
    meeting and its background, those after the last one the agenda, links and sign-off; an
    unmarked paragraph between points that reports nothing goes on the point before it."""
    reported = [i for i, it in enumerate(items) if _reports(it)]
    if not reported:
        return items
    kept: list[Item] = []
    for it in items[reported[0] : reported[-1] + 1]:
        if kept and not it.marked and not it.heading and not it.children and not _reports(it) and not kept[-1].heading:
            kept[-1].text = f"{kept[-1].text} {it.text}".strip()
            continue
        kept.append(it)
    return kept


_COLLECTIVE = re.compile(
    r"\b(?:the|both|all)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|G7|G20|Quad|\d+)\s+)?"
    r"(?:(?:foreign|quad|g7|g20)\s+)?(?:ministers|leaders|sides|secretaries|parties|delegations|participants|counterparts|heads)\b"
    r"|\bthe\s+two\b(?!\s+(?:countries|nations|governments|economies))"
    r"|(?:^|[.;]\s+|,\s+)(?:They|Both)\b|\bthey\b(?=\s+(?:\w+ly\s+)?(?:agreed|concurred|confirmed|reaffirmed|discussed|exchanged|shared|welcomed|affirmed|decided|also|would|will))"
    r"|\bthe\s+Secretary\s+and\s+(?:the\s+)?(?:Foreign\s+)?Minister\b",
    re.IGNORECASE,
)
_EACH_OTHER = re.compile(r"\beach\s+other\b", re.IGNORECASE)
_AGREED = re.compile(r"\b(?:agreed|concurred)\b", re.IGNORECASE)


def _collective(text: str) -> bool:
    """The sides act together: a plural subject, or "each other" before "agreed" in its sentence.

    "each other" was a lookahead ``(?=[^.]*\\b(?:agreed|concurred)\\b)`` in ``_COLLECTIVE``, which
    rescanned the sentence after each of thousands of "each other"; here the next "agreed"
    and the next full stop are found once and kept while they are still ahead."""
    if _COLLECTIVE.search(text):
        return True
    agreed = stop = -1
    for m in _EACH_OTHER.finditer(text):
        if stop < m.end():
            stop = text.find(".", m.end())
            stop = len(text) if stop < 0 else stop
        if agreed < m.end():
            found = _AGREED.search(text, m.end())
            if found is None:
                return False
            agreed = found.start()
        if agreed < stop:
            return True
    return False


_I = re.compile(r"(?:^|[\s,;(])I\s+(?!\.)")
_WE = re.compile(r"(?:^|[\s,;(])[Ww]e\s+(?!\.)")


def actors_in(text: str, people: list[Person], speaker: str = "", host: str = "") -> list[str]:
    """Participant keys named as acting in ``text``; "both"/"all" when the sides act together.

    The actors are the subjects of the reporting verbs: "Minister Motegi stated that ... the two
    sides should lead" is Motegi's statement, and "Secretary Blinken thanked Foreign Minister
    Hayashi" names Hayashi only as the one thanked. A singular subject of a joint verb ("The
    Secretary reaffirmed ...") is that participant. Only when no subject is found are all the
    participants the text names taken.
    """
    collective = "both" if len(people) == 2 else "all"
    found_collective = False
    hits: list[tuple[int, int, str]] = []
    for n, sentence in enumerate(split_sentences(text) or [text]):
        for offset, region in _subject_regions(sentence):
            if _collective(region) or (speaker and _WE.search(region)):
                found_collective = True
            if speaker and (m := _I.search(region)):
                hits.append((n, offset + m.start(), speaker))  # "I welcomed ...": the byline's author
            # Each participant's mentions, found once for both uses (in_region_any found them again).
            mentioned = [_mentions(p, people, region) for p in people]
            if host and not any(mentioned) and (m := _shared_role(region, people)):
                hits.append((n, offset + m.start(), host))  # "The Prime Minister welcomed": the publisher's own
            in_region = set()
            for p, found in zip(people, mentioned, strict=True):
                positions = [i for i in found if not _not_a_subject(region, i)]
                if positions:
                    hits.append((n, offset + min(positions), p.key))
                    in_region.add(p.key)
            if len(people) >= 2 and len(in_region) == len(people) and re.search(r"\band\b", region):
                found_collective = True  # "Mr Peters and Secretary Rubio agreed": one subject, every side
    if found_collective:
        return [collective]
    if hits:
        hits.sort()
        return list(dict.fromkeys(key for _, _, key in hits))
    # No subject found (no reporting verb, a pronoun, a passive): everyone the text names.
    if _collective(text) or (speaker and _WE.match(text)):
        return [collective]
    if speaker and _I.match(text):
        return [speaker]
    anywhere = []
    for p in people:
        positions = _mentions(p, people, text, verb_after_role=True)
        if positions:
            anywhere.append((min(positions), p.key))
    anywhere.sort()
    return [key for _, key in anywhere]


# Where a later clause with its own subject starts: "..., and Minister Motegi welcomed".
_CLAUSE = re.compile(r",?\s+and\s+|;\s+|,\s+(?:while|whereas|but)\s+|,\s+")


def _subject_regions(sentence: str) -> list[tuple[int, str]]:
    """(offset, text) before each reporting verb that can hold its subject.

    The first verb's subject is all the text before it; a later verb's is the text since the
    last clause break before it ("..., and Minister Motegi welcomed"). A later verb with no
    break before it shares the first subject ("welcomed ... and concurred"); one in a "that"
    clause ("stated that the two sides agreed") is not a new subject.
    """
    verbs = outcomes.find_verbs(sentence)
    if not verbs:
        return []
    regions = [(0, sentence[: verbs[0].start])]
    prev_end = verbs[0].start + len(verbs[0].text)
    for v in verbs[1:]:
        breaks = list(_CLAUSE.finditer(sentence, prev_end, v.start))
        if breaks:
            region = sentence[breaks[-1].end() : v.start]
            if not re.match(r"\s*(?:that|which|who|whom|whose)\b", region):
                regions.append((breaks[-1].end(), region))
        prev_end = v.start + len(v.text)
    return regions


def _not_a_subject(region: str, at: int) -> bool:
    """A name in a possessive ("Minister X's visit") or after a preposition ("to Minister X")."""
    if re.match(r"(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*(?:'s|’s)(?!\w)", region[at:]):
        return True
    before = re.sub(r"(?:[A-Z][\w.'’-]*\s+)*$", "", region[max(0, at - 200) : at])  # "to Foreign Minister " -> "to "
    return bool(re.search(r"\b(?:to|by|with|from|of|for|towards?|at|on|behalf of)\s+(?:the\s+)?$", before))


def _mentions(person: Person, people: list[Person], text: str, *, verb_after_role: bool = False) -> list[int]:
    """Where ``text`` names ``person``: the family name (also in capitals), any one word of a
    two-part family name after a title ("Secretary Ebrard", "High Representative Borrell"),
    the given name and a family-name word ("Josep Borrell"), or a title only they hold ("the
    Secretary", "the High Representative")."""
    patterns: list[str] = []
    family = person.family_name
    if family:
        patterns += [rf"(?<![\w-]){re.escape(f)}(?![\w-])" for f in dict.fromkeys((family, family.upper()))]
        words = [w for w in family.split() if len(w) >= 2 and not (w.lower() in names.PARTICLES and w[0].islower())]
        if len(words) > 1:
            for w in words:
                patterns.append(rf"(?<![\w.]){names.REFERRING_TITLES}\s+{re.escape(w)}(?![\w'’-])")
                if person.given_name:
                    patterns.append(rf"(?<![\w-]){re.escape(person.given_name.split()[0])}\s+{re.escape(w)}(?![\w'’-])")
    for role in _role_words(person, people):
        patterns.append(rf"\b[Tt]he\s+{role}(?![\w-])")
        if verb_after_role:
            patterns.append(rf"\b{role}(?=\s+(?:also\s+|\w+ly\s+)?(?:[a-z]+ed|said|spoke|gave|made)\b)")
    positions = []
    for pattern in patterns:
        positions += [m.start() for m in re.finditer(pattern, text)]
    return sorted(set(positions))


def in_region_any(region: str, people: list[Person]) -> bool:
    return any(_mentions(p, people, region) for p in people)


def _shared_role(region: str, people: list[Person]) -> re.Match[str] | None:
    """ "The Prime Minister" when several participants are prime ministers: in the publisher's
    own readout that is its principal (Canada's PMO: Carney), not the guest."""
    for role in _ROLES:
        if sum(role in p.title for p in people) >= 2:
            m = re.search(rf"(?:^|\s)[Tt]he\s+{role}(?![\w-])(?!\s+of\b)", region)
            if m:
                return m
    return None


_ROLES = (
    "Secretary of State",
    "Secretary",
    "Prime Minister",
    "President",
    "Chancellor",
    "Foreign Minister",
    "Foreign Secretary",
    "High Representative",
    "Premier",
    "Minister",
)


def _role_words(person: Person, people: list[Person]) -> list[str]:
    """ "the Secretary" / "the High Representative" name someone only when one participant has that title."""
    return [role for role in _ROLES if role in person.title and sum(role in q.title for q in people) == 1]


def draft_points(
    items: list[Item], people: list[Person], vocabulary: Vocabulary | None, *, speaker: str = "", host: str = ""
) -> list[PointDraft]:
    """Drafts for the items; a marker with no words ("• 2.") makes no point.

    ``speaker``: the key of a first-person readout's author, whom "I" names ("We": both sides).
    ``host``: the publisher's own participant, whom a title several hold ("The Prime Minister") names.
    """
    return [d for d in (_draft(item, people, vocabulary, speaker, host) for item in items) if d.text.strip()]


def _draft(
    item: Item, people: list[Person], vocabulary: Vocabulary | None, speaker: str = "", host: str = ""
) -> PointDraft:
    children = item.children
    if item.heading and len(children) == 1 and not children[0].children:
        # A heading over one paragraph: the paragraph is the point, the heading its summary.
        only = _draft(children[0], people, vocabulary, speaker, host)
        only.summary = item.text
        return only
    subs = [d for d in (_draft(c, people, vocabulary, speaker, host) for c in children) if d.text.strip()]
    text = (item.text or " ".join(s.text for s in subs)).strip()
    verb = None if item.heading else outcomes.classify(item.text)
    guess = ""
    if verb is not None:
        outcome = verb.outcome
    elif subs:
        joint = next((s for s in subs if s.outcome in outcomes.JOINT), None)
        outcome = (joint or subs[0]).outcome
    else:
        outcome = "stated"
        guess = "no reporting verb found"
    actors = actors_in(item.text, people, speaker, host) if item.text else []
    if item.heading or not actors:
        if subs and not actors:
            joined: list[str] = []
            for s in subs:
                joined += [a for a in s.actors if a not in joined]
            actors = ["both" if len(people) == 2 else "all"] if {"both", "all"} & set(joined) else joined
    if not actors and outcome in outcomes.JOINT:
        actors = ["both" if len(people) == 2 else "all"]
    topics = tagging.topics_in(text, vocabulary)
    if item.heading:
        for s in subs:
            topics += [t for t in s.topics if t not in topics]
    return PointDraft(
        text=text,
        outcome=outcome,
        verb=verb.text if verb else "",
        summary=item.text if item.heading else "",
        actors=actors,
        topics=topics,
        points=subs,
        guess=guess,
    )
