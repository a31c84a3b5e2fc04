"""Who took part: the people a meeting sentence says met, and their explicit joiners; nobody else.

Readouts name many people near the meeting who are not its principals: delegation members who
"attended", a spouse who "accompanied", ministers "also present" or "in attendance", a Prime
Minister who met the guest at the airport, a President whose visit is being prepared. Rules that
named participants by where a name stands did not generalise, so this is precision first: a
sentence gives participants only when it says its people met, held talks, spoke or took part
("joined by", "also took part"); one that says they attended, accompanied, were present or in
a delegation, or only names them, gives none. At a summit, the leaders an "also attended by"
sentence lists are its participants (a summit's readout names its members so).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_tui.core.importer import text

# Taking part: the meeting itself ("met", "held talks", "spoke", "received") or joining it.
_TAKING_PART = re.compile(
    r"\b(?:met|meets?|meeting\s+with|held|holds?|hold(?:ing)?\s+(?:talks|a\s+(?:meeting|call))|talks\s+with|"
    r"spoke|speaks?|sat\s+down|received|receives?|hosted|hosts?|welcomed|welcomes?|visited|"
    r"called\s+on|calls?\s+on|(?:tele)?phone[ds]?|video|conversation|talked|"
    r"took\s+part|takes?\s+part|taking\s+part|participated|participates?|participating|joined|joins?|"
    # the verb, not the office: "X, is Chair of the Board of Governors for the meeting" (round 13)
    r"(?-i:co-?chaired|chaired|chairs)|"
    # a summit's members: "The Summit ... brought together H.E. A, H.E. B and H.E. C"; a state "was
    # represented by its Minister of Foreign Affairs, Dr D" (who sits for its head of state)
    r"brought\s+together|brings?\s+together|bringing\s+together|(?:was|were)\s+represented\s+by)\b",
    re.IGNORECASE,
)
# Being there without taking part: the sentence's people are attendants, not principals; a guest
# "was received at the airport by" someone met them at another time.
_ATTENDING = re.compile(
    r"\b(?:attended|attends?|attending|attendance|accompan\w*|present|delegations?|entourage|"
    r"witness\w*|part\s+of\s+the\b|airport|(?:was|were)\s+(?:received|welcomed|greeted|seen\s+off)\b)\b",
    re.IGNORECASE,
)
# "X and Y also took part on (from) the Panamanian side", "on the side of Japan": members of one side's
# delegation, not its principals.
_ON_A_SIDE = re.compile(r"\b(?:on|from|for)\s+the\s+(?:[A-Z][\w'’-]*\s+side\b|side\s+of\b)")
# A programme beside the meeting or after it: "Princess C and Mrs P meanwhile visited the museum",
# "The Prime Minister, Dr A, met the Holy Father separately later in the morning"; one before it.
# A meeting still to come is another meeting: "President X will meet the Chair of ... in the afternoon".
_ELSEWHERE = re.compile(
    r"\b(?:meanwhile|separately|in\s+parallel|at\s+the\s+same\s+time"
    # a meeting before this one is background: "Earlier in the day, the Secretary met the President ..."
    r"|earlier\s+(?:in\s+the\s+(?:day|morning|afternoon|week)|that\s+(?:day|morning)|today|this\s+(?:morning|week))"
    # and so is one this meeting came after: "took place in the wake of the February 12 telephone
    # conversation between A and B", "The meeting followed a telephone call between ...", "the previous talks"
    r"|in\s+the\s+wake\s+of|follow(?:ed|s)\s+(?:up\s+(?:on\s+)?)?(?:the|an?|their|his|her)\s"
    r"|(?:previous|prior|last|earlier)\s+(?:[\w-]+\s+){0,2}?(?:meeting|call|conversation|talks|visit)"
    r"|(?:will|is\s+(?:to|due\s+to|scheduled\s+to|expected\s+to)|are\s+(?:to|due\s+to))\s+(?:also\s+)?(?:meet|hold|visit|receive|call\s+on)"
    # another meeting of the same visit (round 13): "The guest also met the Speaker ... during his
    # visit", one on other days of a trip: "In Brasilia, from 11 to 13 September, he met ..."
    r"|also\s+(?:met|meets|held\s+talks|received|called\s+on)"
    r"|from\s+(?:\d{1,2}\s+to\s+\d{1,2}\s+(?-i:[A-Z][a-z]+)|(?-i:[A-Z][a-z]+)\s+\d{1,2}\s+to\s+\d{1,2}))\b",
    re.IGNORECASE,
)
# The occasion's hosts, not the meeting's: "The Summit was hosted by the President of Guyana ...",
# "The ceremony was hosted by ...": whatever was hosted, but the meeting itself (round 11: not a list
# of occasions, which the next readout's "ceremony" or "dinner" is not in).
_OCCASION_HOSTED = re.compile(
    r"\b(?!(?:meeting|talks|call|conversation|discussions?|consultations?|session)\b)"
    r"(?-i:[a-z]+|Summit|Conference|Forum|Assembly|Games|Week|Meetings)\s+(?:that\s+[a-z]+\s+it\s+)?"
    r"(?:was|is|were|are)\s+(?:being\s+)?"
    r"(?:hosted|chaired|co-?chaired|organi[sz]ed|convened|opened)\s+by\b",
    re.IGNORECASE,
)
# A summit's member list: "The summit ... was also attended by President A, President B and ...".
_SUMMIT_ATTENDED_BY = re.compile(
    r"\b(?:summit|leaders)\b[^.;]*?\battended\s+by\b"
    # "The meeting was chaired by X, and was attended by A; B; and C": its chair and its members
    r"|\bchaired\s+by\b[^.]*?\battended\s+by\b",
    re.IGNORECASE,
)


def sentence_spans(paragraph: str, unbroken: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """(start, end, sentence) for each sentence of ``paragraph``, as ``text.split_sentences`` cuts
    them, except at a break inside one of the ``unbroken`` spans (a name: "H.E.Mr. Pieter ...")."""
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    for sentence in text.split_sentences(paragraph):
        first = sentence.split(None, 1)[0]
        at = paragraph.find(first, cursor)
        at = cursor if at < 0 else at
        cursor = at + len(first)
        if spans and any(a < at < b for a, b in unbroken):
            continue
        if spans:
            spans[-1] = (spans[-1][0], at, paragraph[spans[-1][0] : at])
        spans.append((at, len(paragraph), paragraph[at:]))
    return spans


_ALSO_TOOK_PART = re.compile(r"\balso\s+(?:took|take|takes|taking)\s+part\b|\balso\s+participated\b", re.IGNORECASE)
# Taking part with one side's delegation: "The Prime Minister, Y, and several members of the
# Government took part in the enlarged talks" (the talks between delegations, after the principals').
_WITH_DELEGATES = re.compile(r"\b(?:took|take|takes|taking)\s+part\b|\bparticipated\b")
_DELEGATES = re.compile(
    r"\bmembers\s+of\s+(?:the|his|her|their|both)\s+(?:Government|Cabinet|delegations?)\b|\bsenior\s+officials\b"
    # "took part in the talks as a member of the Congress of State": one side's body (round 13)
    r"|\bas\s+(?:an?\s+)?members?\s+of\s+(?:the|his|her|their)\b"
    r"|\b(?:enlarged|expanded|extended|delegation-level)\s+(?:talks|format|meeting|session)\b",
    re.IGNORECASE,
)


def also_took_part(sentence: str) -> bool:
    """ "X also took part in the call", or "Y and several members of the Government took part in
    the enlarged talks": they joined the meeting, as a principal or as one side's delegate (a
    principal only if they speak in it)."""
    return bool(_ALSO_TOOK_PART.search(sentence)) or bool(
        _WITH_DELEGATES.search(sentence) and _DELEGATES.search(sentence)
    )


_DENIED = re.compile(
    r"\b(?:did|does|do|will|would|could)\s+not\s+(?:take\s+part|join|participate|attend|meet)\b[^,.;]*"
    r"|\b(?:didn't|doesn't|don't|never)\s+(?:take\s+part|took\s+part|join(?:ed)?|participate[ds]?|attend(?:ed)?|met|meet)\b[^,.;]*",
    re.IGNORECASE,
)


def takes_part(sentence: str, *, summit: bool) -> bool:
    """Does this sentence say its people took part (met, spoke, joined), not only attended or are named?"""
    # "..., who did not take part in the talks": a taking part denied is no taking part
    sentence = _DENIED.sub("", sentence)
    if summit and _SUMMIT_ATTENDED_BY.search(sentence):
        return True
    if not _TAKING_PART.search(sentence) or _ON_A_SIDE.search(sentence) or _ELSEWHERE.search(sentence):
        return False
    if not summit and _OCCASION_HOSTED.search(sentence):
        return False
    # "X attended the talks", "Y accompanied the President at the meeting": attending words win,
    # unless the sentence also says someone joined or took part ("Z joined; W was also present" is rare).
    # (A side "was joined by" its minister beside the other "was accompanied by" its own is the same
    # presence twice: round 11.)
    return not _ATTENDING.search(sentence) or bool(
        re.search(
            r"\b(?:took|take|taking)\s+part|(?<!\bwas\s)(?<!\bwere\s)\bjoin(?:ed|s)?\b|\bparticipat",
            sentence,
            re.IGNORECASE,
        )
    )
