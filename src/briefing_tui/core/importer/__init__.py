"""Turn a plain-text readout (MOFA, US State "Readout", Global Affairs Canada) into briefing TOML.

``import_readout`` reads the page's header, the opening paragraph's date, times, zones,
duration, participants, venue and occasion, and the body's points; it returns schema-1 TOML
in which every guessed value carries a ``# guessed:`` comment, the suggested file name, and
the notes a reviewer should read. It writes no files and never imports Textual.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from briefing_tui.core.importer import (
    dates,
    durations,
    meeting,
    names,
    naming,
    outcomes,
    places,
    points,
    presence,
    text,
    times,
    zone_choice,
)
from briefing_tui.core.importer.draft import Draft, ParticipantDraft
from briefing_tui.core.importer.emit import emit
from briefing_tui.core.importer.pages import Page
from briefing_tui.core.model import zones
from briefing_tui.core.model.topics import Vocabulary

__all__ = ["ImportResult", "NoMeetingError", "extract", "import_readout"]

_NO_DATE = "no date found in the text, its header or its captions: today's date stands in; write the meeting's date"


class NoMeetingError(ValueError):
    """The text names no meeting: no date, no participant and no point with a reporting verb.

    Such a text ("hello world", a page of lorem ipsum) would otherwise import as a meeting held
    today with nobody, which a reviewer could mistake for a readout."""


@dataclass
class ImportResult:
    toml: str
    filename: str  # suggested, e.g. "2024-01-13-japan-canada-montreal.toml"
    draft: Draft
    notes: list[str] = field(default_factory=list)
    guesses: list[str] = field(default_factory=list)  # "field: why", one per guessed value


def import_readout(
    text_in: str, *, vocabulary: Vocabulary | None = None, source_name: str = "", page: Page | None = None
) -> ImportResult:
    """The briefing TOML for a readout's text, with its suggested file name and review notes.

    ``page``: the web page the text was taken from (``pages.page_text``): its address becomes
    ``source_url``, and its date is the publication date when the text gives none.
    """
    draft, stem = extract(text_in, vocabulary=vocabulary)
    page_dated = page is not None and page.published is not None  # a page's own date is a header's date
    if (
        draft.guesses.get("date") == _NO_DATE
        and not page_dated
        and not draft.participants
        and not any(_has_verb(p) for p in draft.points)
    ):
        raise NoMeetingError(
            "no meeting found: no date, no participants and no reporting verb (stated, agreed, discussed, ...); expected the text of a meeting readout"
        )
    if page is not None:
        draft.source_url = page.url
        if draft.published is None and page.published is not None:
            draft.published = page.published
    guesses = [f"{k}: {v}" for k, v in draft.guesses.items()]
    for p in draft.participants:
        guesses += [f"participants.{p.key}.{k}: {v}" for k, v in p.guesses.items()]
    guesses += [f"stated_times[{i}].time: {s.guess}" for i, s in enumerate(draft.stated_times) if s.guess]
    for i, point in enumerate(draft.points):
        if point.guess:
            guesses.append(f"points[{i}].outcome: {point.guess}")
    return ImportResult(emit(draft, source_name=source_name), f"{stem}.toml", draft, list(draft.notes), guesses)


def _has_verb(point: points.PointDraft) -> bool:
    return bool(point.verb) or any(_has_verb(p) for p in point.points)


#: How many paragraphs after the opening one may still describe the meeting (who took part).
_MEETING_PARAGRAPHS = 2


#: A paragraph that tells of the meeting itself: "the two Heads of State held official talks".
_HELD_TALKS = re.compile(
    r"\b(?:held|had)\s+(?:\w+\s+){0,2}(?:talks|meeting|discussions|consultations)\b|\bmet\b|\b(?:talks|meeting)\s+(?:began|started|took\s+place)\b"
)
#: A news agency's name: a third party that reports others' meeting, so its participants keep the
#: order the text first names them (round 14), even a state agency's ("Kuwait News Agency (KUNA)").
_AGENCY = re.compile(
    r"\b(?:News\s+Agency|Press\s+Agency|Agence|Agencia|Agência|Sangbad\s+Sangstha|Wire)\b", re.IGNORECASE
)
_FIRST_ITEM = re.compile(r"\s*(?:First(?:ly)?|To\s+begin(?:\s+with)?|My\s+first\s+(?:item|topic)\s+is),\s")
_NEXT_ITEM = re.compile(r"\s*(?:Second(?:ly)?|Next|My\s+second\s+(?:item|topic))[,:]\s")
#: The offices that head a region's, a city's or a parliament's own government or house (not a
#: state's "President": holdout4's h52 lists the guest first).
_PRINCIPAL_OFFICE = re.compile(
    r"\b(?:Mayor|Governor|Chief\s+Minister|First\s+Minister|Minister[\s-]President|Premier|Speaker|"
    r"Chief\s+Executive|Lord\s+Mayor)\b"
)
#: A publisher that is a government's office, which may write from abroad.
_GOVERNMENT_OFFICE = re.compile(
    r"\b(?:Ministry|Minist[eè]re|Ministerio|Ministério|Office|Presidency|Pr[ée]sidence|Presidencia|Government|"
    r"Gouvernement|Gobierno|Chancellery|Embassy|Mission|Prime\s+Minister|President|Cabinet|Department)\b",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s")


def _meeting_paragraphs(doc: text.Document) -> list[str]:
    """The paragraphs between the opening one and the first that reports anything ("Taking part
    in the dinner were ...", "... after which the Retreat began at 10.00am"): those still describe
    the meeting. People named after a reporting verb are talked about, not present."""
    paragraphs = []
    # (round 14) in a release whose opening paragraph is numbered too ("1. At the invitation of ...",
    # "2. On arrival ...", "3. On Friday, ... the two Heads of State held official talks ..."), a
    # numbered paragraph is one more paragraph of the same text, not a list of points
    numbered = _NUMBERED.match(doc.lead) is not None
    for paragraph in (doc.lead_rest[:1] if doc.lead_rest else doc.body)[:_MEETING_PARAGRAPHS]:
        if outcomes.classify(paragraph) is not None or re.match(r"\s*(?:[-•*–—]|\d{1,2}[.)])", paragraph):
            if not numbered or not _NUMBERED.match(paragraph) or paragraph.rstrip().endswith(":"):
                break
            if outcomes.classify(paragraph) is not None:
                break
        paragraphs.append(paragraph[: text.MAX_LEAD_CHARS])
    return paragraphs


def _principals(paragraph: str, *, summit: bool, lead: bool) -> list[names.Person]:
    """The people of ``paragraph`` who take part: in the opening paragraph, its meeting sentence's
    (the first that names anyone) and its joiners'; after it, only joiners' (presence.py)."""
    found = names.find_people(paragraph, summit=summit)
    if not found:
        return []
    # A sentence break inside a name ("H.E.Mr. Pieter ...") is not one.
    spans = presence.sentence_spans(paragraph, unbroken=[(p.start, p.end) for p in found])
    kept = []
    meeting_sentence = next((i for i, (a, b, _) in enumerate(spans) if any(a <= p.start < b for p in found)), -1)
    for i, (a, b, sentence) in enumerate(spans):
        # (round 15) so does one who speaks to it in a paragraph after the opening that still
        # describes the meeting ("The Meeting convened at 16:00 ... X, OPEC Secretary General,
        # delivered the opening address")
        if (not lead or i > meeting_sentence) and (briefs := _BRIEFS_MEETING.search(sentence)):
            # "The Executive Secretary of IGAD, H.E. Dr. Workneh Gebeyehu, briefed the Summit on ...":
            # who speaks to the meeting in the opening paragraph takes part (round 14)
            kept += [p for p in found if a <= p.start < a + briefs.start() and p not in kept][:1]
            continue
        if (lead and i == meeting_sentence) or presence.takes_part(sentence, summit=summit):
            joined = not summit and not (lead and i == meeting_sentence) and presence.also_took_part(sentence)
            for p in found:
                if a <= p.start < b:
                    if lead and i == meeting_sentence and _ACCOMPANYING.search(paragraph, a, p.start):
                        continue  # "X, accompanied by the Deputy Chief Minister, Y, attended ...": a delegate
                    if _ENVOY_OF.search(paragraph, a, p.start):
                        continue  # "H.E. Mr. A, Special Adviser and Personal Envoy of the President of Brazil, B": B sent A
                    if not summit and _OCCASION_HOST.search(paragraph, a, p.start):
                        continue  # "... on the sidelines of the Summit ..., hosted in Havana by the President of Cuba, Z"
                    p.joiner = joined
                    kept.append(p)
    return kept


#: The occasion's host, named in a clause on the occasion: "... on the sidelines of the Summit of the
#: Group of 77 and China, hosted in Havana by the President of Cuba, Z": not one of the meeting's
#: people (round 13; not at a summit, whose host is a member, nor its chair: "The ... Meeting was
#: held today in Astana, chaired by Minister X, with the participation of ...").
_OCCASION_HOST = re.compile(
    r"\b(?:[Ss]ummit|Conference|Forum|Assembly|Congress|Games|Week|Expo|Meetings?)\b[^.;]{0,160}?,\s*"
    r"(?:which\s+(?:was|is)\s+|being\s+)?(?:hosted|organi[sz]ed|convened)\s+"
    r"(?:(?:in|at)\s+[A-Z][\w-]*\s+)?by\s+(?:[^,;.]{1,80},\s*)?$"
)
#: A head named inside another's office: "Personal Envoy of the President of the Federative Republic
#: of Brazil, His Excellency Luiz Inácio Lula da Silva": the envoy takes part, the head who sent them
#: does not (round 13). Only where the office is an appositive of the envoy named before it ("A,
#: Special Adviser and Personal Envoy of ..., B"): "met the Special Envoy of the President of the
#: Russian Federation, Mikhail Bogdanov" names the envoy himself after the office (review).
_ENVOY_OF = re.compile(
    r",\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,4}?"
    r"(?:Envoy|Adviser|Advisor|Representative|Emissary|Chief\s+of\s+Staff)\s+of\s+(?:the\s+)?"
    r"(?:President|Prime\s+Minister|King|Queen|Emir|Sultan|Chancellor|Secretary-General)\b[^;.]{0,80},\s*$"
)
#: Speaking to the meeting itself: "briefed the Summit", "addressed the meeting", "told the leaders".
_BRIEFS_MEETING = re.compile(
    r"\b(?:briefed|addressed|informed|updated|told)\s+the\s+(?:[A-Z][\w-]*\s+)?(?:Summit|summit|meeting|Meeting|"
    r"Assembly|Council|leaders|participants|Heads\s+of\s+State|ministers|Ministers)\b"
    # (round 15) opening it: "X, OPEC Secretary General, delivered the opening address", "opened the session"
    r"|\b(?:delivered|gave|made)\s+(?:the|an|his|her)\s+(?:opening|welcoming|introductory)\s+(?:address|remarks|statement|speech)\b"
    r"|\bopened\s+the\s+(?:[A-Z][\w-]*\s+)?(?:Summit|summit|meeting|Meeting|session|Session|talks|Conference|conference)\b"
)
#: An appositive that introduces a delegate: "..., accompanied by the Deputy Chief Minister, ".
_ACCOMPANYING = re.compile(r",\s*(?:who\s+(?:was|is)\s+)?accompanied\s+by\s+(?:[^,;.]{1,80},\s*)?$")


def _honorific_subject(lead: str, people: list[names.Person]) -> str:
    """The honorific of an opening subject named by honorific and office alone ("Yesterday evening,
    H.S.H. the Sovereign Prince welcomed ..."), else ""."""
    for m in names.HONORIFIC.finditer(lead[:200]):
        if re.match(r"\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+ly\s+)?[a-z]+ed\b", lead[m.end() : m.end() + 80]):
            if not any(p.start < m.start() for p in people):
                return re.sub(r"\s+", " ", m.group(0)).strip()
        break
    return ""


def _speaks(person: names.Person, paragraphs: list[str]) -> bool:
    """Is ``person`` the subject of a reporting verb in the body ("Minister Piantedosi stressed ...")?"""
    family = person.family_name or (person.tokens[-1] if person.tokens else "")
    if not family:
        return False
    named = re.compile(rf"(?<![\w-]){re.escape(family)}(?![\w-])")
    for paragraph in paragraphs:
        for sentence in text.split_sentences(paragraph[: text.MAX_LEAD_CHARS]):
            verbs = outcomes.find_verbs(sentence)
            if verbs and named.search(sentence, 0, verbs[0].start):
                return True
    return False


def _meeting_paragraph_people(doc: text.Document, *, summit: bool) -> list[names.Person]:
    return [p for paragraph in _meeting_paragraphs(doc) for p in _principals(paragraph, summit=summit, lead=False)]


# "Photo caption: ...", "[Photo] ...", "(Photo) ...": a caption's own label, with a colon or in brackets.
_CAPTION = re.compile(
    r"(?:[\[(](?:Photo(?:graph)?|Caption|Image)[\])]|(?:Photo(?:graph)?(?:\s+caption)?|Caption|Pictured|Image)\s*:)\s*",
    re.IGNORECASE,
)


#: A sentence of a visit's other days: "will continue his tour in ...", "arrived from Panama", "next stop".
_ANOTHER_DAY = re.compile(
    r"\b(?:will|is\s+(?:to|due\s+to|scheduled\s+to|expected\s+to)|next\s+stop|arrived\s+(?:\w+\s+){0,4}from|"
    r"continues?\s+(?:in|to)|(?:previous|last|next)\s+(?:stop|leg))\b",
    re.IGNORECASE,
)
#: What puts a weekday after it in the days to come: "will travel to Kumasi on Friday", "is due to ...".
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:to|due\s+to|scheduled\s+to|expected\s+to|set\s+to))\b", re.IGNORECASE
)
#: Between an agency's dateline and a weekday, what puts the weekday in another event's clause: a
#: verb still to come ("who will travel to Kumasi on Friday"), a relative or subordinate clause ("a
#: visit that ends on Friday", "since they met in Oslo on Monday", "following an announcement on
#: Tuesday"), an infinitive of purpose ("to review the accord signed on Friday"), or a verb of another
#: act just before it ("the Ministry said on Monday that ...", "an accord signed on Friday").
_OTHER_CLAUSE = re.compile(
    _FUTURE.pattern
    + r"|,\s*(?:who|which|where|whose)\b|\b(?:that|since|after|before|following|during|ahead\s+of|until|when|while)\b"
    r"|\bto\s+[a-z]+\b|\b(?:said|says|told|announced|signed|adopted|launched|published|issued|arrived|left|returned)\s*$",
    re.IGNORECASE,
)
#: The meeting itself lasting: "the meeting, which lasted", "the talks lasted" (not "a war that lasted").
_MEETING_LASTED = re.compile(
    r"\b(?:meeting|talks|call|conversation|conference|lunch|dinner|breakfast|audience|discussions?)"
    r",?\s+(?:which\s+|that\s+)?lasted\b"
)


#: An opening whose subject is a group named by its office: "The prime ministers of the five Nordic
#: countries met ...", "The foreign ministers of the G7 held ...", "The leaders of ASEAN ...".
_GROUP_SUBJECT = re.compile(
    r"(?:The|the)\s+(?P<office>(?:[A-Za-z-]+\s+){0,2}?(?:ministers|leaders|presidents|chancellors|premiers|"
    r"secretaries|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?))\s+(?:of|from)\s"
)


def _group_members(lead: str, in_lead: list[names.Person], after_lead: list[names.Person]) -> list[names.Person]:
    """The people named after the opening paragraph who belong to the group its subject names by
    office, when the group comes before everyone the opening names."""
    opening = places.DATELINE_OPENING.match(lead)
    m = _GROUP_SUBJECT.match(lead, opening.end() if opening else 0) or _GROUP_SUBJECT.match(lead)
    if m is None or any(p.start < m.end() for p in in_lead):
        return []
    office = m.group("office").lower()
    if office.endswith("leaders") or office.startswith("heads"):
        return list(after_lead)
    singular = re.sub(r"(?:ies|s)$", lambda e: "y" if e.group(0) == "ies" else "", office)
    return [p for p in after_lead if singular in p.title.lower()]


def _by_first_mention(people: list[names.Person], body: str) -> list[names.Person]:
    """Participants in the order the text first names them by their full name, in the form written
    there ("President William Samoei Ruto" in a point before the "Participants in the Dialogue:" list
    that names him again as "H.E. William Samoei Ruto")."""

    def first(p: names.Person) -> int:
        full = p.name[len(p.honorific) :].strip() if p.honorific and p.name.startswith(p.honorific) else p.name
        at = body.find(full)
        if at < 0:
            return len(body)
        if p.honorific and not body[:at].rstrip().endswith(p.honorific):
            # first written without the honorific the list gives it: that is its first written form
            p.name, p.honorific = full, ""
        return at

    return sorted(people, key=first)


def _by_first_naming(people: list[names.Person], opening: str) -> list[names.Person]:
    """People in the order ``opening`` first names them by their family name (their name's last
    word), when it names every one of them (an "I" or "the prime ministers of ..." it does not
    order). A family name that is a word of another one's name written out ("Ali" in "Foreign
    Minister Ali Sabry ... called on President Mohamed Irfaan Ali") names that other one there."""

    def spans(p: names.Person) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(p.name)}(?![\w-])", opening)]

    written = {id(p): spans(p) for p in people}

    def first(p: names.Person) -> int:
        if not p.tokens or len(p.tokens[-1]) < 2:
            return -1
        # the others' written names, as the furthest end reached by any that starts at or before a place
        others = sorted(span for q in people if q is not p for span in written[id(q)])
        starts = [a for a, _ in others]
        reach = list(itertools.accumulate((b for _, b in others), max))
        for m in re.finditer(rf"(?<![\w-]){re.escape(p.tokens[-1])}(?![\w-])", opening):
            k = bisect.bisect_right(starts, m.start())
            if not k or reach[k - 1] <= m.start():
                return m.start()
        return -1

    at = {id(p): first(p) for p in people}
    if any(v < 0 for v in at.values()):
        return people
    return sorted(people, key=lambda p: at[id(p)])


#: The office just before a name in a caption: "the Minister of Culture, ... of Iraq, " -> "Minister of Culture".
_CAPTION_OFFICE = re.compile(r"\bthe\s+(?P<head>(?:[A-Z][\w-]*\s+){1,2}of\s+(?:the\s+)?[A-Z][\w-]*)[^;]{0,80}?,\s*$")


def _captioned_office_holders(doc: text.Document, found: list[names.Person]) -> list[names.Person]:
    """People a photo caption names with an office the opening paragraph names alone."""
    known = {names.family_key(p.tokens[-1]) for p in found if p.tokens}
    out = []
    for line in _captions(doc):
        line = line[: text.MAX_LEAD_CHARS]
        for person in names.find_people(line):
            if not person.tokens or names.family_key(person.tokens[-1]) in known:
                continue
            office = _CAPTION_OFFICE.search(line, max(0, person.start - 160), person.start)
            if office and office.group("head") in doc.lead:
                out.append(person)
                known.add(names.family_key(person.tokens[-1]))
    return out


def _without_earlier_dates(line: str, day: dt.date) -> str:
    """A prose paragraph less its sentences after the first that open with an earlier date, and
    those whose reporting verbs all come after an earlier month ("President X visited OAS
    headquarters in September, when he presented ..." in a readout of December)."""
    if not (_EARLIER_DATE_INSIDE.search(line) or _IN_MONTH.search(line)) or re.match(
        r"\s*(?:[-•*–—]|\(?\w{1,2}[.)])", line
    ):
        return line
    sentences = text.split_sentences(line)
    kept = [
        s
        for i, s in enumerate(sentences)
        if not (i and s.startswith("On ") and dates.opens_earlier(s, day, weekday=False)) and not _told_earlier(s, day)
    ]
    return " ".join(kept) if len(kept) < len(sentences) else line


def _told_earlier(sentence: str, day: dt.date) -> bool:
    """Whether every reporting verb of ``sentence`` comes after a month before the meeting's."""
    m = _IN_MONTH.search(sentence)
    if m is None:
        return False
    month = dates.MONTHS.get(m.group("mon").lower())
    year = int(m.group("year")) if m.group("year") else day.year
    if month is None or (year, month) >= (day.year, day.month):
        return False
    verbs = outcomes.find_verbs(sentence)
    return bool(verbs) and all(v.start > m.start() for v in verbs)


#: A sentence inside a paragraph that opens "On <date>,".
_EARLIER_DATE_INSIDE = re.compile(r"[.!?]\s+On\s+(?:\d|[A-Z][a-z]+\.?\s+\d)")
#: "in September", "in early March 2023": a month named as a time.
_IN_MONTH = re.compile(
    r"\bin\s+(?:(?:early|late|mid-?)\s*)?(?P<mon>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b(?:\s+(?P<year>(?:19|20)\d{2}))?(?!\s+\d)"
)


def _dateline_home(doc: text.Document) -> places.Place | None:
    """The place of a dateline that opens the story ("ALGIERS - ", "SDE BOKER, Israel, March 28
    (Reuters) - "), when it is a known city or a place with its country."""
    opening = places.DATELINE_OPENING.match(doc.lead)
    if opening is None:
        return None
    head = opening.group(0).strip().rstrip(":-–—").strip()
    head = re.sub(r"\s*\([^()]*\)\.?$", "", head)  # the agency's name in brackets
    parts = [p.strip() for p in re.split(r",|\.\s", head)]  # "NUR-SULTAN. KAZINFORM": the city, then the agency
    city = text.title_case(parts[0]) if parts[0].isupper() else parts[0]
    if not city or dates.find_dates(city):
        return None
    after = parts[1] if len(parts) > 1 and not dates.find_dates(parts[1]) else ""
    place = places.resolve_place(city, after)
    return place if place is not None and place.code and place.zone else None


def _captions(doc: text.Document) -> list[str]:
    """The text of the page's photo captions ("Photo caption: X with Y in Apia.")."""
    return [line[m.end() :] for line in [*doc.body, *doc.dropped] if (m := _CAPTION.match(line))]


def zones_of_country(code: str) -> str:
    from briefing_tui.core.model import countries

    return countries.default_zone(code) if code else "UTC"


#: A sentence that tells of the meeting itself: "I had a productive meeting with ...", "We met ...".
_TELLS_OF_MEETING = re.compile(
    r"\b(?:had|held)\s+(?:an?|the|our|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|call|conversation)\b"
    r"|\b(?:met|spoke)\s+with\b"
    # (round 14) a sentence whose subject is the meeting and whose verb is its time or length: "The
    # call, which began at around 9:50 a.m. (...), lasted about five minutes, the office said."
    r"|^\s*(?:The|This|Their|Our)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|call|conversation|summit|dinner|lunch|"
    r"session|discussion|video\s?conference)\b[^.;]{0,200}?\b(?:began|started|commenced|opened|lasted|took\s+place|"
    r"was\s+held|were\s+held|ran)\b",
    re.IGNORECASE,
)


#: A word that names the meeting, or tells of it starting or being held: a sentence without one that
#: gives a time tells of something else, such as an arrival or a welcome ceremony.
_NAMES_MEETING = re.compile(
    r"\b(?:talks|meetings?|met|meets?|calls?|conversations?|discussions?|summit|consultations|dinner|lunch|"
    r"luncheon|breakfast|audience|session|dialogue|conference|tête-à-tête|exchanges?|"
    r"received|receives|hosted|hosts|chaired|began|begun|beginning|started|starting|commenced|commencing|opened|lasted)\b",
    re.IGNORECASE,
)


def _aside(reading: times.TimeReading) -> bool:
    """Whether the start read is the time of something else than the meeting: an arrival
    ("arrived at the airport at noon today"), or a sentence that names no meeting ("... welcomed
    the President ... at 10.30, with the honours of the Guard")."""
    clock = reading.start
    if clock is None:
        return False
    if reading.arrival:
        return True
    at = 0
    for sentence in text.split_sentences(reading.text):
        found = reading.text.find(sentence, at)
        if found < 0:
            return False  # the sentence could not be placed: keep the time
        at = found + len(sentence)
        if found <= clock.start < at:
            return _NAMES_MEETING.search(sentence) is None
    return False


def _meeting_date(doc: text.Document, reading: times.TimeReading, raw: str = "") -> tuple[dt.date, str, str]:
    """(date, guess, remark): the body's date, else "today"/"yesterday", else the header's."""
    lead = doc.lead
    bracketed = dates.bracketed_day(lead, doc.published)
    if bracketed:
        return bracketed[0], "", f'"{bracketed[1]}" in a readout dated {doc.published}'
    # Dates given for another zone ("(November 20, Japan time)") are not the meeting's.
    other = [c.paren for c in reading.clocks if c.paren and c.label and c.label.kind == "zone"]
    other += [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\b(?:[A-Z][a-z]+ [Tt]ime|JST|KST)\)", lead)]
    # "X had a telephone conversation today with Y. It is the second this week, after the one on
    # Monday, 14 March": a date after a meeting sentence that says "today" is background.
    sentences = text.split_sentences(lead)
    first = sentences[0] if sentences else lead
    if len(sentences) > 1 and dates.parse_date_line(first):
        # "Managua, 14 June 2023. Comandante Daniel ... last night received ...": a dateline closed
        # by a full stop dates the release, and the sentence after it is the meeting's
        first = f"{first} {sentences[1]}"
    today = dates.relative_day(first, doc.published) if len(first) < len(lead) else None
    reference = doc.published
    mentions = [
        m for m in dates.find_dates(lead) if not any(s <= m.start < e for s, e in other) and not dates.in_range(lead, m)
    ]
    for mention in mentions:
        if today is not None and mention.start >= len(first):
            break
        day, year_guessed = dates.complete(mention, reference)
        if day is None:
            continue
        said = dates.meeting_relative(first, 0, mention.start)
        if said and doc.published and mention.start - said.end() > 40 and not _in_dateline(lead, mention, first):
            # "X yesterday held talks with Y ..., the first meeting since ... on 24 January": the
            # relative day is the meeting's; a date further on in its sentence is another event's.
            relative = dates.relative_day(first[: mention.start], doc.published)
            if relative:
                return relative[0], "", f'"{relative[1]}" in a readout dated {doc.published}'
        before = _dateline_relative(lead, mention, first)
        if before:
            return day + dt.timedelta(days=-1), "", f'"{before}" in a readout dated {day}'
        in_dateline = _in_dateline(lead, mention, first)
        dated_after = any(mention.end < later.start < len(first) for later in mentions)
        if (reference is not None or not year_guessed) and in_dateline and not dated_after:
            # "Budapest, December 8 (MTI) - ... held a working dinner in Paris on Thursday evening": the
            # dateline dates the release, and the weekday its sentence names is the meeting's, on or before it
            told = dates.weekday_day(first[mention.end :], day)
            ahead = first[mention.end : mention.end + first[mention.end :].find(told[1])] if told else ""
            if told and not dates.meeting_relative(first, mention.end) and not _OTHER_CLAUSE.search(ahead):
                # not "... today held talks with X, who arrived on Monday" (today is the meeting's day)
                # nor "... received X, who will travel to Kumasi on Friday" (a weekday still to come)
                return told[0], "", f'"{told[1]}" in a readout dated {day}'
        if in_dateline and not dates.meeting_relative(first) and dated_after:
            # "Pyongyang, September 14 (KCNA) -- ... had talks ... on September 13.": the
            # dateline dates the release, and gives the meeting's day its year.
            reference = reference or (None if year_guessed else day)
            continue
        if year_guessed and reference is None:
            return day, "no year written and no header date", ""
        origin = "the header date" if doc.published else "the dateline"
        return day, "", f"year from {origin}" if year_guessed else ""
    relative = dates.relative_day(lead, doc.published)
    if relative:
        return relative[0], "", f'"{relative[1]}" in a readout dated {doc.published}'
    weekday = dates.weekday_day(lead, doc.published)
    if weekday:
        return weekday[0], "", f'"{weekday[1]}" in a readout dated {doc.published}'
    told = _next_tells_day(doc)
    if told:
        return told[0], "", f'"{told[1]}" in a readout dated {doc.published}'
    for paragraph in _meeting_paragraphs(doc):
        # "1. ... paid a State Visit ... on 16 and 17 July 2021." then "3. On Friday, 16 July 2021, the
        # two Heads of State held official talks ...": the paragraph that tells of the meeting dates it
        if not _HELD_TALKS.search(paragraph):
            continue
        for mention in dates.find_dates(paragraph):
            if dates.in_range(paragraph, mention):
                continue
            day, year_guessed = dates.complete(mention, doc.published)
            if day is not None:
                return (
                    day,
                    "",
                    "from the paragraph that tells of the meeting"
                    + (" (year from the header)" if year_guessed else ""),
                )
    if doc.published:
        return doc.published, "no meeting date in the body; the header's date", ""
    # A photo caption may be the only dated line ("[Photo] ... in Apia, 3 May 2024."): a guess.
    for caption in _captions(doc):
        for mention in dates.find_dates(caption):
            day, _ = dates.complete(mention, None)
            if day is not None:
                return day, "no date in the header or the body; the photo caption's date", ""
    # "KUWAIT, March 5 (KUNA) --" and no year anywhere: the page's evidence decides, a guess: the
    # weekday named with the date ("Saturday, 16 September": a year whose 16 September is a
    # Saturday), a copyright year in the page's footer ("© 2023"), else the last such day up to today.
    for mention in dates.find_dates(lead):
        if mention.year is not None:
            continue
        found = dates.year_from_page(mention, lead, raw, dt.date.today())
        if found is not None:
            return found[0], f"no year written and no header date; {found[1]}", ""
        day, _ = dates.complete(mention, dt.date.today())
        if day is not None and day > dt.date.today():
            # (round 14) "December 6" read on 30 November is last year's, however long ago
            with contextlib.suppress(ValueError):
                day = day.replace(year=day.year - 1)
        if day is not None and day <= dt.date.today():
            return day, "no year written and no header date; the last such day up to today", ""
    return dt.date.today(), _NO_DATE, ""


def _next_tells_day(doc: text.Document) -> tuple[dt.date, str] | None:
    """(round 16) An opening that names no day, then a paragraph whose first sentence gives the
    meeting's day relative to the release and names someone the opening names ("Premier X issued the
    following statement after meeting President Y:" then '"Last night I sat down with President Y
    ..."'; "The Minister met her counterpart Z." then "Z arrived yesterday and the two talked ...")."""
    following = (doc.lead_rest or doc.body)[:1]
    if not following or doc.published is None:
        return None
    sentence = (text.split_sentences(following[0][: text.MAX_LEAD_CHARS]) or [""])[0]
    if dates.meeting_relative(sentence) is None:
        return None
    named = {w for p in names.find_people(doc.lead) for w in p.tokens if len(w) > 1 and not w.endswith(".")}
    if not any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in named):
        return None
    if not (_NAMES_MEETING.search(doc.lead) or _NAMES_MEETING.search(sentence)):
        # neither tells of a meeting ("... issued the following statement about President Y:" then
        # '"Yesterday President Y announced new tariffs ..."'): the day is another event's
        return None
    return dates.relative_day(sentence, doc.published)


def _dateline_relative(lead: str, mention: dates.DateMention, first: str) -> str | None:
    """ "Beijing, Friday 1 March 2024 – ... yesterday held talks": a dateline's date is the
    release's, so a "yesterday" in its sentence is the day before it."""
    if not _in_dateline(lead, mention, first):
        return None
    m = dates.meeting_relative(first, mention.end)
    if m and m.group("word").lower() in ("yesterday", "last night"):
        return m.group(0)
    return None


#: What ends a dateline after its date: a dash, or an agency's initials or name in brackets and a dash
#: ("Pyongyang, September 14 (KCNA) --", "SANA'A, April 10 (Saba) -").
#: (round 14) also the date in brackets after the place: "TBILISI, GEORGIA (3 May 2024) — ... yesterday".
_DATELINE_END = re.compile(r"\s*(?:(?<=\d)\)\s*)?(?:\([A-Z][A-Za-z]{1,7}\)\s*)?[-–—]{1,2}\s")


def _in_dateline(lead: str, mention: dates.DateMention, first: str) -> bool:
    """Whether ``mention`` is the date of a dateline that opens the first sentence: the release's date
    (also one closed by a full stop: "Managua, 14 June 2023. ...")."""
    if mention.start >= len(first):
        return False
    if _DATELINE_END.match(lead, mention.end) is not None:
        return True
    return lead[mention.end : mention.end + 2] == ". " and dates.parse_date_line(lead[: mention.end + 1]) is not None


def _duration(lead: str, reading: times.TimeReading) -> tuple[int | None, bool, str]:
    """(minutes, approximate, as written): a range "from 9:00 p.m. to 10:30 p.m.", else a phrase."""
    start, end = reading.start, reading.end
    if start and end:
        minutes = durations.between(start.hour * 60 + start.minute, end.hour * 60 + end.minute)
        return minutes, start.approximate or end.approximate, f'"{start.text} to {end.text}"'
    phrase = durations.find_duration(lead, after=start.end if start else 0)
    if phrase and 1 <= phrase.minutes <= 7 * 24 * 60:
        return phrase.minutes, phrase.approximate, f'"{phrase.text}"'
    return None, False, ""


def extract(raw: str, *, vocabulary: Vocabulary | None = None) -> tuple[Draft, str]:
    """The draft briefing and the suggested file stem; pure, no I/O."""
    doc = text.parse_document(raw)
    pub = doc.publisher
    notes: list[str] = []
    guesses: dict[str, str] = {}
    remarks: dict[str, str] = {}
    if doc.publisher_guessed and pub is not text.UNKNOWN:
        guesses["publisher"] = f"no publisher named; the style looks like {pub.name}"
    elif pub is text.UNKNOWN:
        notes.append("no publisher named or recognised: no home country or zone assumed; add publisher by hand")

    reading = times.read_times(doc.lead)
    date, guess, remark = _meeting_date(doc, reading, raw)
    times_text = doc.lead
    if reading.start is None or _aside(reading):
        # The opening paragraph gives no time, or only one of a sentence that is not the meeting's
        # (an arrival, a welcome with honours): a paragraph that still describes the meeting may
        # ("President X arrived at noon today ..." then "The meeting began at 2:00 p.m."; "...
        # welcomed the President ... at 10.30, with the honours ..." then "the official talks ...
        # were held ... from 11.00 to 12.15"). Such a time is the start only when no other is.
        for paragraph in _meeting_paragraphs(doc):
            later = times.read_times(paragraph)
            if later.start is None:
                continue
            aside = _aside(later)
            # (round 15) but an arrival's time after the opening paragraph is not the meeting's ("The
            # Holy Father arrived at IFAD shortly before 9 a.m. and was welcomed ..." then "Before the
            # opening ceremony, Pope Francis met privately with ..."): an arrival is not the start
            if (reading.start is None and not later.arrival) or not aside:
                reading, times_text = later, paragraph
                if not aside:
                    break
    if reading.start is None and (following := (doc.lead_rest or doc.body)[:1]):
        # '"I had a productive meeting with Prime Minister X in Paris yesterday, from 3:30 to 4:15
        # p.m. local time. We discussed ..."': the first sentence after the opening paragraph that
        # tells of the meeting itself gives its times, though its paragraph goes on to report.
        sentence = (text.split_sentences(following[0][: text.MAX_LEAD_CHARS]) or [""])[0]
        told = times.read_times(sentence) if _TELLS_OF_MEETING.search(sentence) else None
        if told is not None and told.start is not None:
            reading, times_text = told, sentence
    if doc.published_why and not dates.find_dates(doc.lead):
        # The date rests on the header's "05/08/2024", which could be read either way.
        guess = f"{guess}; {doc.published_why}" if guess else doc.published_why
    guesses.update({"date": guess} if guess else {})
    remarks.update({"date": remark} if remark else {})

    # Participants: the opening paragraph, plus a trailing "[Reference] Participants" block.
    # At a summit, and at a meeting of three or more sides, those it "was attended by" are members.
    summit = (
        meeting.called_summit(doc.title)
        or meeting.called_summit(doc.lead)
        or meeting.several_sides(doc.title, doc.lead)
    )
    in_lead = _principals(doc.lead, summit=summit, lead=True)
    name_spans = [(p.start, p.end) for p in names.find_people(doc.lead)]
    after_lead = _meeting_paragraph_people(doc, summit=summit)
    if (hon := _honorific_subject(doc.lead, in_lead)) and (same := [p for p in after_lead if p.honorific == hon]):
        # "H.S.H. the Sovereign Prince welcomed ... President Xi", then "H.S.H. Prince Albert II and
        # President Xi held talks": the subject named by honorific and office alone is the one
        # later named with that honorific, and stays first.
        after_lead.remove(same[0])
        in_lead.insert(0, same[0])
    found = in_lead + after_lead + names.reference_people(doc.reference)
    if in_lead and (members := _group_members(doc.lead, in_lead, after_lead)):
        # "The prime ministers of the five Nordic countries met the President of Ukraine, X, ...", then
        # "The meeting was hosted by A, Prime Minister of Iceland. Taking part were B, ...": the group
        # the text names first, by office, is named first (round 14: the order the text first names them)
        found = members + [p for p in found if p not in members]
    if len(doc.reference) > names.MAX_REFERENCE_LINES or any(
        len(line) > names.MAX_REFERENCE_LINE_CHARS for line in doc.reference
    ):
        notes.append(
            f"the [Reference] block was read for participants up to {names.MAX_REFERENCE_LINES} lines "
            f"of {names.MAX_REFERENCE_LINE_CHARS:,} characters; check it for anyone left out"
        )
    # A first-person readout ("Today I met ...") is written by the person its byline, "From:"
    # line or title names; a person named only in the title ("... meets Egyptian Foreign Minister
    # Badr Abdelatty") is a participant too.
    # So is one whose opening names its subject by office alone ("The Prime Minister met ..."):
    # GOV.UK's "From:" line names them. Otherwise a byline above the text is the first written
    # form of a participant's name.
    byline = names.byline_person(doc.header, doc.title)
    office = names.unnamed_subject(doc.lead, in_lead)
    if names.first_person(doc.lead) and (byline is None or not (byline.title or byline.honorific)):
        # "Today I travelled to Kyiv and met ...", signed at the end "Roberta Metsola" / "President
        # of the European Parliament": the sign-off names the author as a byline would; (round 15)
        # it beats a bare name in the header, which may be a motto ("Isle of Man Government" /
        # "Reiltys Ellan Vannin")
        byline = names.signed_person(doc.tail, doc.title) or byline
    speaker = byline if byline is not None and (office or names.first_person(doc.lead)) else None
    if speaker is not None:
        speaker.title = speaker.title or office
        found.insert(0, speaker)
    elif byline is not None:
        names.name_as_byline(found, byline)
    if not in_lead:
        # "The Commonwealth Secretary-General met the Prime Minister of Samoa ...", with "Photo
        # caption: Secretary-General the Rt Hon Patricia Scotland KC with ... Hon. Fiamē Naomi
        # Mata'afa": the principals, named by office alone in the opening, are named in the caption,
        # before anyone a later paragraph names ("... was hosted by the President of Guyana, ...").
        captioned = [p for line in _captions(doc) for p in names.find_people(line[: text.MAX_LEAD_CHARS])]
        if captioned:
            # (round 15) a first-person statement's author stays first ("Yesterday I represented the
            # Isle of Man at the Summit ...", signed, then "Pictured: ... (l-r): A, ...; B, ...")
            found = ([speaker] if speaker is not None else []) + captioned + names.reference_people(doc.reference)
    if in_lead and len(found) < 2:
        # "... met Iraq's Minister of Culture, Tourism and Antiquities yesterday" with "Photo: ... and
        # the Minister of Culture, Tourism and Antiquities of Iraq, H.E. Mr Ahmed Fakak Al-Badrani":
        # the principal the opening names by office is the one the caption names with it (round 14)
        found += _captioned_office_holders(doc, found)
    if len(found) < 2 and doc.title:
        # The title is read as far as the lead is (reading people is not linear in a line's length).
        found += [
            p
            for p in names.find_people(doc.title[: text.MAX_LEAD_CHARS])
            if p.name != (speaker.name if speaker else None)
        ]
    # A list the readout announces as its participants ("Participants: A, President of X; B, ...",
    # "Taking part were:" and a bullet a person) adds whoever the sentences did not name. (As first
    # written it replaced them, and a list of the other members lost the two chairs: blind holdout16.)
    announced = names.announced_people([doc.lead, *doc.lead_rest, *doc.body])
    if announced:
        named = {p.name for p in found}
        found = found + [p for p in announced if p.name not in named]
    readout_text = "\n".join([doc.title, doc.lead, *doc.lead_rest, *doc.body, *doc.reference])
    # A call has no venue, but a place its opening names ("had a telephone conversation ... from the
    # Cité de l'Union Africaine in Kinshasa") is where one side was: its country, for whoever has none.
    tentative = meeting.venue_of(doc.lead, remote=False, names=name_spans)
    convention = "JP" if pub in (text.MOFA, text.KANTEI) else pub.country
    # (round 15) A publisher the page does not name or that is not known (an agency's "APS - Algérie
    # Presse Service"), with a dateline opening the story ("ALGIERS - The President of the Republic,
    # Mr. X, received last night a phone call from ..."): the dateline's place is the release's side,
    # for whoever has no country written and for a call's zone, as a guess.
    # (A government's office that writes from abroad, "Washington - The Prime Minister ...", is not
    # of the dateline's side: only a publisher the page does not name or a news agency.)
    opening_place = None if pub.country else _dateline_home(doc)
    release = opening_place if not _GOVERNMENT_OFFICE.search(pub.name) else None
    people = names.finish(
        found,
        publisher_country=pub.country or (release.code if release else ""),
        title_countries=places.countries_in_title(doc.title),
        date=date,
        text=readout_text,
        venue_country=tentative.code,
        publisher_convention=convention,
    )
    # "X also took part in the meeting": a principal when they speak in it (dev5's Italian interior
    # minister), else one side's delegate (holdout7's and holdout8's ministers).
    people = [p for p in people if not p.joiner or _speaks(p, doc.body)]
    if announced:
        people = _by_first_mention(people, "\n".join([doc.lead, *doc.lead_rest, *doc.body]))
    elif pub is text.UNKNOWN or _AGENCY.search(pub.name):
        # (round 16) no side of its own: the order the opening paragraph first names them, by any
        # form of the name ("What you need to know: Governor Newsom met with President Xi Jinping
        # today ..." before "Governor Gavin Newsom today met with ...")
        people = _by_first_naming(people, doc.lead)
    if pub.country and not doc.publisher_guessed and not _AGENCY.search(pub.name):
        # The publisher's own principal first, as its readers list them, even when the guest is
        # the sentence's subject ("His Holiness Pope Francis paid a courtesy call on H.E. ...").
        # Only that one: the publisher's other people keep the text's order ("The EU was represented
        # by Charles Michel ... and Ursula von der Leyen ... Josep Borrell also took part").
        own = next((i for i, p in enumerate(people) if p.country == pub.country and not p.country_guess), None)
        if own is None:
            # (round 15) a region's or a city's own principal, whose country no office writes
            # ("Mayor Oh Se-hoon" in the Seoul Metropolitan Government's release): the one whose
            # office heads a government of its own, of the publisher's country as guessed
            own = next(
                (i for i, p in enumerate(people) if p.country == pub.country and _PRINCIPAL_OFFICE.search(p.title)),
                0,
            )
        if people:
            people.insert(0, people.pop(own))

    # Precision first leaves out whoever is only named, attends or accompanies: say whom, for review.
    # (a participant named again with an honorific, "Respected Comrade Kim Jong Un", is no one new)
    taken = {p.name for p in people} | {p.key for p in people} | {" ".join(p.tokens) for p in people}
    left_out = [
        p.name
        for p in names.find_people(doc.lead) + [q for par in _meeting_paragraphs(doc) for q in names.find_people(par)]
        if p.name not in taken and names.family_key(p.tokens[-1]) not in taken and " ".join(p.tokens) not in taken
    ]
    if left_out:
        notes.append(
            "named near the meeting but not said to take part (attended, accompanied, present or only named), "
            f"so left out: {', '.join(dict.fromkeys(left_out))}; add any who were principals"
        )
    kind, why = meeting.kind_of(doc.title, doc.lead, people)
    if "assumed" in why:
        guesses["kind"] = why
    elif kind in ("telephone-talk", "video-conference") and not re.search(
        r"telephone|video|phone|call|talk", doc.title, re.IGNORECASE
    ):
        remarks["kind"] = f"the title does not say so; the body says it was {why.removeprefix('held ')}"
    remote = kind in ("telephone-talk", "video-conference") or (
        kind == "multilateral-meeting" and meeting.by_phone(f"{doc.title}\n{doc.lead}")
    )
    # Among a city's namesakes, the participants' and the publisher's ("Santa Cruz" in a Bolivian
    # readout of a Bolivia-Brazil meeting is not the Philippines' larger one).
    prefer = tuple(dict.fromkeys(c for c in [*(p.country for p in people if not p.country_guess), pub.country] if c))
    place = meeting.venue_of(
        doc.lead,
        remote=remote,
        dateline=doc.dateline_place if pub is text.GAC else "",
        names=name_spans,
        prefer=prefer,
    )
    if not place.text and not remote:
        # "I had a meeting with President Biden in the Oval Office today." then "The St Patrick's Day
        # visit to Washington ...": a place the paragraphs that still describe the meeting name is its
        # venue (a guess), before the dateline's or the publisher's (an Irish release from Washington).
        for paragraph in _meeting_paragraphs(doc):
            # "... arrived from Panama and will continue his tour in Costa Rica": places of another
            # day are not the venue
            paragraph = " ".join(s for s in text.split_sentences(paragraph) if not _ANOTHER_DAY.search(s))
            named_after = meeting.venue_of(paragraph, remote=False)
            if named_after.code:
                why = f"the opening paragraph names no venue; the next one names {named_after.text}"
                place = named_after._replace(why=named_after.why or why)
                guesses["venue"] = why
                break
    if not place.text and not remote and doc.title:
        # "Moscow: President X received at the Kremlin by ...", "... Courtesy Call on Prime Minister
        # Modi in Guyana": the headline's place, when no paragraph names one (a guess; before the
        # dateline's or the publisher's: a release from home about a visit abroad)
        headline = text.title_case(doc.title) if doc.title.isupper() else doc.title
        named_in_title = meeting.venue_of(re.sub(r"\bIn\b", "in", headline), remote=False)
        if named_in_title.code:
            why = f"the opening paragraph names no venue; the title names {named_in_title.text}"
            place = named_in_title._replace(why=named_in_title.why or why)
            guesses["venue"] = why
    venue, venue_zone, venue_code = place.text, place.zone, place.code
    if place.from_dateline:
        guesses["venue"] = f"the text names no venue; the dateline's place ({doc.dateline_place})"
    occasion = meeting.occasion_of(doc.lead, [] if remote else people, None if remote else venue_code)

    # The start is a local wall time in the chosen zone.
    clock = reading.start
    start = times.at(date, clock) if clock else None
    dateline = text.city_in_dateline(doc)
    side = "a call: " if remote else ""
    if dateline:
        fallback, why = dateline.zone, f"no zone or venue stated; {side}the dateline's place ({doc.dateline_place})"
        if dateline.found != "city":
            why += f"; {meeting.inferred_from(dateline)}"
    elif pub.zone:
        fallback, why = pub.zone, f"no zone or venue stated; {side}assumed the publisher's home zone ({pub.name})"
    elif opening_place is not None:
        # (any publisher's: "Lahore, March 5, 2024: Chief Minister Punjab ... met ... at her office")
        fallback, why = (
            opening_place.zone,
            f"no zone or venue stated; {side}the dateline's place ({opening_place.city})",
        )
    elif people:
        home = people[0].country
        fallback, why = (
            zones_of_country(home),
            f"no zone, venue or publisher stated; {side}the capital's zone of the first participant's country ({home})",
        )
    else:
        fallback, why = "UTC", "no zone, venue, publisher or participant found"
    # (round 16) "1:00 pm PST" in a Pakistani release: an abbreviation several countries use is read
    # against the countries of the readout (its publisher, venue and participants)
    sides = tuple(dict.fromkeys(c for c in [pub.country, venue_code, *(p.country for p in people)] if c))
    times.refine_abbreviations(reading, sides, start)
    choice = zone_choice.choose(
        reading,
        start,
        venue=venue,
        venue_zone=venue_zone,
        venue_code=venue_code,
        fallback=fallback,
        fallback_why=why,
        venue_why=place.why,
    )
    duration, duration_approx, duration_text = _duration(times_text, reading)
    if duration is None:
        # "The talks lasted two hours." in a paragraph that still describes the meeting.
        for paragraph in _meeting_paragraphs(doc):
            phrase = durations.find_duration(paragraph)
            if phrase and 1 <= phrase.minutes <= 7 * 24 * 60:
                duration, duration_approx, duration_text = phrase.minutes, phrase.approximate, f'"{phrase.text}"'
                break
    if duration is None:
        # "During the meeting, which lasted approximately three hours, both officials discussed ...":
        # what the meeting itself lasted, said in a point's sentence.
        for paragraph in doc.body:
            lasted = _MEETING_LASTED.search(paragraph[: text.MAX_LEAD_CHARS])
            phrase = durations.find_duration(paragraph[lasted.end() : lasted.end() + 80]) if lasted else None
            if phrase and 1 <= phrase.minutes <= 7 * 24 * 60:
                duration, duration_approx, duration_text = phrase.minutes, phrase.approximate, f'"{phrase.text}"'
                break
    stated = []
    fold = None
    if start is not None:
        start = zone_choice.from_universal(reading, start, choice.zone)
        stated = zone_choice.stated_times(reading, start, date, choice.zone, duration)
        choice = zone_choice.reconcile(
            choice, start, stated, duration, venue_code, sides=sides, local=reading.local_label
        )
        assert clock is not None  # a start is read from a clock
        remarks["time.start"] = f'"{clock.text}"'
        if clock.approximate:
            remarks["time.start_approximate"] = "the readout says around"
        problem = zones.local_time_problem(start, choice.zone)
        if problem == "fold":
            fold = 0
            guesses["time.fold"] = "this wall time happens twice (DST ends); assumed the first"
        elif problem == "gap":
            notes.append(f"{start:%Y-%m-%d %H:%M} does not exist in {choice.zone} (a DST gap); check the start")
    elif reading.stated:
        notes.append("a time in another zone is stated but no local start was found")
    notes += choice.notes
    if choice.guess:
        guesses["time.zone"] = choice.guess
    elif choice.remark:
        remarks["time.zone"] = choice.remark
    if duration_text:
        remarks["time.duration_minutes"] = duration_text

    participants = []
    for p in people:
        p_guesses = {"country": p.country_guess} if p.country_guess else {}
        if p.family_guess:
            p_guesses["family_name"] = p.family_guess
        participants.append(
            ParticipantDraft(p.key, p.name, p.country, p.family_name, p.given_name, p.honorific, p.title, p_guesses)
        )
    if not participants:
        notes.append("no participants found; add them by hand")

    body = [" ".join(doc.lead_rest), *doc.body] if doc.lead_rest else list(doc.body)
    # "In January 2021 the Government of the United States announced ...": background, no point
    # (with no date found, today's stands in and says nothing of the meeting's weekday)
    body = [line for line in body if not dates.opens_earlier(line, date, weekday=guess != _NO_DATE)]
    # (round 14) and so is a later sentence of a paragraph that opens with an earlier date: "The
    # meeting was the first since 2016. On 10 March, Iran and Saudi Arabia announced ..."
    body = [kept for line in body if (kept := _without_earlier_dates(line, date))]
    if _FIRST_ITEM.match(doc.lead):
        # (round 15) a briefing of several items whose first tells of the meeting ("First, on Monday
        # afternoon I received a courtesy call from ..." then "Second, yesterday we raised the
        # monitoring level ..."): the next item is another matter, and so is all after it
        nxt = next((i for i, line in enumerate(body) if _NEXT_ITEM.match(line)), len(body))
        body = body[:nxt]
    if not doc.lead_rest:
        # "X met Y in Doha today. During the meeting, they discussed ...": what the opening
        # paragraph reports after its meeting sentence is a point too.
        reported = text.split_sentences(doc.lead)[1:]
        if any(outcomes.classify(s) is not None for s in reported):
            body.insert(0, " ".join(reported))
    speaker_key = people[0].key if speaker is not None and people else ""
    # The publisher's own participant: the author, else the first person when they are the publisher's.
    host_key = speaker_key or (people[0].key if people and pub.country and people[0].country == pub.country else "")
    drafted = points.draft_points(
        points.structure(body, prose=pub.prose, numbered_points=pub in (text.MOFA, text.KANTEI)),
        people,
        vocabulary,
        speaker=speaker_key,
        host=host_key,
    )
    if not drafted:
        notes.append("no points found")

    title = doc.title
    if not title:
        title = "-".join(places.display_name(c) for c in dict.fromkeys(p.country for p in people)) or "Imported"
        title = f"{title} {kind.replace('-', ' ')}"
        guesses["title"] = "no title line found"
    if doc.published and doc.published < date:
        notes.append(f"the header date {doc.published} is before the meeting date {date}; check the year")

    stem = naming.file_stem(date, people, kind, venue, title)
    draft = Draft(
        title=title,
        kind=kind,
        medium=meeting.medium_of(kind, f"{doc.title}\n{doc.lead}"),
        date=date,
        zone=choice.zone,
        id=naming.briefing_id(pub.short, stem),
        category=doc.category,
        published=doc.published,
        publisher="" if pub is text.UNKNOWN else pub.name,
        venue=venue,
        occasion=occasion,
        start=start,
        start_approximate=bool(clock and clock.approximate),
        duration_minutes=duration,
        duration_approximate=duration_approx,
        fold=fold,
        stated_times=stated,
        participants=participants,
        points=drafted,
        guesses=guesses,
        remarks=remarks,
        notes=notes,
    )
    return draft, stem
