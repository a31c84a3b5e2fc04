"""A point's outcome class, from its reporting verbs (docs/schema.md's table).

Joint outcomes win: a point in which the sides "concurred" or "confirmed" anything is an
agreement even if it opens with "welcomed" or "had a candid discussion", because every view
makes joint outcomes stand out. Otherwise the lead (first) reporting verb decides.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing_tui.core.importer.folding import fold

_P = "(?:his|her|their|its|the|a|an|warm|deep|sincere|strong|high|great|profound|heartfelt|\\s)*"
# "their shared commitment" is a noun phrase; "they shared the view" is a joint outcome.
_NOT_ADJECTIVE = r"(?<!\btheir )(?<!\bour )(?<!\bits )(?<!\bthe )(?<!\ba )(?<!\bhis )(?<!\bher )"

VERBS: list[tuple[str, re.Pattern[str]]] = [
    (outcome, re.compile(pattern, re.IGNORECASE))
    for outcome, pattern in [
        (
            "agreed",
            r"\b(?:agreed|concurred|decided|were in agreement|reached (?:an? )?(?:agreement|consensus)|"
            rf"expressed{_P}agreement|{_NOT_ADJECTIVE}shared{_P}(?:views?|recognitions?|understanding|assessments?|concerns?|perceptions?|determination|commitment|intention)\b(?!\s+on\b))",
        ),
        (
            "confirmed",
            # "renewed their commitment": a pledge made again, as "reaffirmed" (not "renewed sanctions")
            r"\b(?:confirmed|reaffirmed|affirmed|reconfirmed|re-affirmed|re-confirmed|"
            rf"renewed{_P}(?:commitment|support|pledge|resolve|determination)s?)\b",
        ),
        (
            "welcomed",
            r"\b(?:welcomed|applauded|appreciated|commended|praised|lauded|hailed|(?:was|were) pleased|(?:was|were) delighted)\b",
        ),
        (
            "discussed",
            r"\b(?:discussed|exchanged (?:their |candid |frank |in-depth )?(?:views|opinions|ideas)|views were exchanged|"
            r"had an? (?:[\w-]+ )?(?:[\w-]+ )?(?:discussion|exchange|dialogue|conversation)s?|"
            r"held (?:an? )?(?:[\w-]+ )?discussions?|talked about|touched (?:up)?on|spoke (?:of|about|on)|"
            r"led (?:the )?discussions?|reviewed|shared views|shared (?:their )?views on|deliberated|consulted|"
            # what the talks themselves covered: "Discussions also covered energy security"
            r"(?:(?<=talks )|(?<=talks also )|(?<=discussions )|(?<=discussions also )|(?<=discussion )|"
            r"(?<=discussion also )|(?<=meeting )|(?<=meeting also )|(?<=conversation )|(?<=conversation also ))"
            r"(?:covered|focused on|focussed on|centred on|centered on|addressed))\b",
        ),
        (
            "stated",
            r"\b(?:stated|said|emphasi[sz]ed|stressed|highlighted|underlined|underscored|replied|responded|added|"
            r"mentioned|remarked|conveyed|suggested|supported|indicated|reiterated|insisted|asserted|"
            # (round 14) what a speaker called to mind or pointed to: "President Xi recalled that ..."
            r"recalled|"
            # (round 16) a case put: "I also made the case that tariffs ...", "argued that ..."
            r"made (?:the|a|his|her|their|our|a strong) case(?= (?:that|for|to)\b)|argued(?= that\b)|"
            # "repeated" as "reiterated" is, but not "his repeated calls" (an adjective)
            r"(?<!\bthe )(?<!\ba )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )repeated(?= (?:the|his|her|its|their|that|[A-Z])\b)|"
            r"(?:marked|celebrated|commemorated) the|(?<!was )(?<!were )(?<!been )raised|warned|cautioned|"
            # "told President Putin how ...", and a present-tense attribution ('"...," says Prime Minister X')
            r"(?<!was )(?<!were )(?<!been )told|says|tells|"
            # '"...," the Prime Minister wrote on X': what a principal posted is stated
            r"(?:wrote|writes|posted|posts)\s+on\s+(?:X|Twitter|Facebook|Instagram|Telegram|LinkedIn|social\s+(?:media|networks))\b|"
            # "assured the Vice President that ...": a stated undertaking
            r"(?<!\brest )assured(?= (?:the|his|her|their|him|them|that|[A-Z])\b)|"
            # "They valued their participation ...", not "a valued partner"
            r"(?<!\ba )(?<!\bhighly )(?<!\bmost )valued(?= (?:the|their|his|her|its|our)\b)|"
            rf"expressed{_P}(?:view|position|opinion|belief|determination|intention|resolve|support|commitment|willingness|readiness)s?)\b",
        ),
        (
            "explained",
            r"\b(?:explained|briefed|informed|outlined|presented|described|took the opportunity to (?:brief|inform|update)|"
            r"(?:provided|gave|offered) (?:an? )?(?:[\w-]+ )?(?:background|briefing|explanation|overview|update|readout))\b",
        ),
        (
            "expressed",
            r"\b(?:expressed|congratulated|thanked|"
            rf"(?:extended|offered|conveyed|sent){_P}(?:congratulations|condolences|sympathy|sympathies|gratitude|appreciation|thanks|greetings)|"
            rf"paid (?:tribute|respects)|raised{_P}(?:[\w'’]+ )?concerns?)\b",
        ),
        (
            "requested",
            # "called on President X" is a courtesy call, not a request; "called on President X to
            # de-escalate" is one.
            r"\b(?:requested|asked|called (?:on|upon) (?:[\w.'’-]+ ){1,5}?to (?!the\b|a\b|an\b|his\b|her\b|discuss|exchange|review|hold|meet|pay)[a-z]+|called (?:for|on|upon)(?!\s+(?:the\s+)?(?:President|Prime Minister|King|Queen|Emperor|"
            r"Crown Prince|Premier|Chancellor|His\b|Her\b|H\.\s?E\.|HE\b))|urged|demanded|sought|invited|proposed|appealed|"
            # a body's instruction: "The Summit directed the Chiefs of Defence Forces ... to meet"
            # (the body may be long and carry its abbreviation: "the Council of Ministers of Health of
            # Central America and the Dominican Republic (COMISCA) to meet")
            r"(?:directed|instructed|mandated|tasked) (?:[\w.'’()-]+ ){1,16}?to (?!the\b|a\b|an\b)[a-z]+)\b",
        ),
        ("announced", r"\b(?:announced|unveiled|launched)\b"),
        (
            "noted",
            r"\b(?:noted|recogni[sz]ed|pointed out|acknowledged|observed|took note)\b",
        ),
        ("condemned", r"\b(?:condemned|denounced|deplored)\b"),
    ]
]
JOINT = ("agreed", "confirmed")
_COLLECTIVE_BEFORE = re.compile(
    r"\b(?:both|two|all|they|ministers|leaders|sides|secretary and)\b[^.;]*$", re.IGNORECASE
)


class Verb(NamedTuple):
    outcome: str
    text: str
    start: int


# Every match of a VERBS pattern starts at a word boundary with one of these (a test derives the
# patterns' first words and checks that each is here). One scan for them finds the places where
# any pattern can match; ten scans of a long point, one per pattern, cost ten times as much.
_FIRST_WORDS = (
    "agreed",
    "concurred",
    "decided",
    "were",
    "reached",
    "expressed",
    "shared",
    "confirmed",
    "reaffirmed",
    "affirmed",
    "reconfirmed",
    "re-",
    "renewed",
    "valued",
    "assured",
    "wrote",
    "writes",
    "posted",
    "posts",
    "welcomed",
    "covered",
    "focused",
    "focussed",
    "centred",
    "centered",
    "addressed",
    "applauded",
    "appreciated",
    "commended",
    "praised",
    "lauded",
    "hailed",
    "was",
    "discussed",
    "exchanged",
    "views",
    "had",
    "held",
    "talked",
    "touched",
    "spoke",
    "led",
    "reviewed",
    "deliberated",
    "consulted",
    "stated",
    "said",
    "told",
    "says",
    "tells",
    "emphasi",
    "stressed",
    "highlighted",
    "underlined",
    "underscored",
    "replied",
    "responded",
    "added",
    "mentioned",
    "remarked",
    "conveyed",
    "suggested",
    "supported",
    "indicated",
    "reiterated",
    "repeated",
    "insisted",
    "asserted",
    "explained",
    "briefed",
    "informed",
    "outlined",
    "presented",
    "described",
    "provided",
    "gave",
    "offered",
    "congratulated",
    "thanked",
    "extended",
    "sent",
    "paid",
    "raised",
    "warned",
    "cautioned",
    "requested",
    "asked",
    "called",
    "urged",
    "demanded",
    "sought",
    "invited",
    "proposed",
    "appealed",
    "directed",
    "instructed",
    "mandated",
    "tasked",
    "announced",
    "unveiled",
    "launched",
    "noted",
    "recalled",
    "made",
    "argued",
    "recogni",
    "pointed",
    "acknowledged",
    "observed",
    "took",
    "marked",
    "celebrated",
    "commemorated",
    "condemned",
    "denounced",
    "deplored",
)
# Searched for in the folded text: case-sensitive and after a non-word character, twice as fast as
# IGNORECASE and a word boundary.
_STARTS = re.compile(
    r"(?<!\w)(?=" + "|".join(re.escape(w) for w in sorted(set(_FIRST_WORDS), key=len, reverse=True)) + ")"
)


def find_verbs(text: str) -> list[Verb]:
    """Every reporting verb, in order; where two overlap the longer (more specific) wins."""
    hits = []
    starts = [m.start() for m in _STARTS.finditer(fold(text))]
    for outcome, pattern in VERBS:
        # What pattern.finditer(text) finds, trying only the places where a match can start.
        end = 0
        for pos in starts:
            if pos < end:
                continue
            m = pattern.match(text, pos)
            if m:
                hits.append(Verb(outcome, m.group(0), m.start()))
                end = m.end()
    hits.sort(key=lambda v: (v.start, -len(v.text)))
    out: list[Verb] = []
    end = -1
    for v in hits:
        if v.start < end:
            continue
        end = v.start + len(v.text)
        if not _tells_nothing(text, v):
            out.append(v)
    return out


# Verbs that report nothing said at the meeting: a perfect passive tells of something settled
# before it ("This principle has already been agreed upon by the leaders"); a spokesman who
# "briefed journalists" afterwards and a gift ("presented the Pope with a tais") are no points.
_PERFECT_PASSIVE_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|previously\s+|long\s+)?been\s+$", re.IGNORECASE
)
_NO_POINT_AT = re.compile(
    r"briefed\s+(?:the\s+)?(?:journalists|reporters|press|media|correspondents)\b"
    r"|presented\s+(?:[\w'’.-]+\s+){1,5}?with\s+(?:a|an|the|his|her|their)\s"
    # (round 14) a host's welcome of the guests, a courtesy: "The host, President X, welcomed the
    # leaders." (not "welcomed the leaders' decision to ...")
    r"|welcomed\s+(?:the|his|her|their|all\s+the)\s+(?:visiting\s+|distinguished\s+)?(?:leaders|guests?|delegations?|"
    r"delegates|participants|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|visitors?|ministers)"
    r"(?:\s+(?:to|at|in)\s+[^,;.]{1,60})?\s*(?:[.;]|$)"
    # (round 14) "with the participation of invited guests": an adjective, no request
    r"|invited\s+(?:guests|participants|delegations|countries|leaders|speakers|observers|partners)\b"
    # (round 14) a ceremony's object unveiled, not a plan: "unveiled a commemorative postage stamp"
    r"|unveiled\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:plaque|stamps?|statue|monument|bust|memorial|mural|sculpture|"
    r"portrait|(?:foundation\s+)?stone|marker|coins?)\b",
    re.IGNORECASE,
)


# A simple passive tells of what was done to its subject, not what a side said: "The delegations
# were welcomed on arrival by ...", "I was welcomed at the airport by ...", "The Agreement ... was
# agreed in Brussels on 27 February", "differences should be discussed through dialogue". The
# impersonal "It was agreed that ..." reports, and so do topics that "were discussed".
_PASSIVE_BEFORE = re.compile(
    r"(?<![Ii]t\s)\b(?:was|were|is|are|be|being)\s+(?:\w+ly\s+|also\s+|then\s+|thus\s+)?$", re.IGNORECASE
)
_TOPIC_PASSIVE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+|also\s+)?$", re.IGNORECASE)


# A participle after a noun and a comma describes the noun, and reports nothing: "the Luanda
# Process, launched in July 2022 when ...", "the Agreement, signed on 2 November by ...".
_AFTER_NOUN_COMMA = re.compile(
    r"[\w)’'\"”],\s*$"
)  # (a noun in quotation marks too: 'initiative "Revive ...", launched')
_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:\d{4}\b|(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)|by\s+(?:the\s+)?[A-Z]"
    # or a place or time and the comma that closes the phrase: "The 2022 Joint Response Plan, launched
    # in Geneva in May, seeks ..."
    r"|(?:in|at|on|from|during|last|earlier)\b[^,.;:\"“”]{1,50},)"
)


def _tells_nothing(text: str, verb: Verb) -> bool:
    before = max(0, verb.start - 40)
    if (
        verb.text.endswith("ed")
        and _AFTER_NOUN_COMMA.search(text, before, verb.start)
        and _PARTICIPLE_AFTER.match(text, verb.start + len(verb.text))
    ):
        return True
    if _PASSIVE_BEFORE.search(text, before, verb.start) and not (
        verb.outcome == "discussed" and _TOPIC_PASSIVE.search(text, before, verb.start)
    ):
        return True
    return bool(
        _PERFECT_PASSIVE_BEFORE.search(text, before, verb.start)
        or _PLUPERFECT_BEFORE.search(text, before, verb.start)
        or _EARLIER_AFTER.match(text, verb.start + len(verb.text), verb.start + len(verb.text) + 60)
        or _NO_POINT_AT.match(text[verb.start : verb.start + 160])
        or _SINCE_CLAUSE.search(text, max(0, verb.start - 100), verb.start)
    )


#: (round 16) A verb in a clause of "since" tells of an earlier event: "The call was the first between
#: the two leaders since the two countries agreed in March to resume relations", "the first visit
#: since Japan and China signed the treaty".
_SINCE_CLAUSE = re.compile(r"\b(?:first|last)\b[^,;:.\"“”]{0,60}\bsince\s+[^,;:.\"“”]{1,80}$", re.IGNORECASE)


#: (round 15) What a participant said later to another audience ("Later, addressing the Governing
#: Council, the Pope said ...", "Afterwards, in an address to the nation, ..."): another event.
_LATER_ADDRESS = re.compile(
    r"\s*(?:Later|Afterwards|Subsequently)(?:\s+(?:that|in\s+the)\s+(?:day|evening|afternoon|morning))?,\s+"
    r"(?:addressing|speaking\s+(?:to|at|before)|in\s+(?:an|his|her|a)\s+(?:address|speech)\s+(?:to|at|before))\s"
)
#: (round 15) A verb told as said before the meeting ("Zelensky said earlier in July that ...",
#: "said last week", "stressed earlier this month"): background, no point.
_EARLIER_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:earlier\s+(?:in\s+[A-Z][a-z]+|this\s+(?:week|month|year)|last\s+(?:week|month))"
    r"|last\s+(?:week|month|year))\b"
)


#: (round 15) A past perfect tells of what was said before the meeting ("The President had said in
#: an interview on 22 March that ...", "the Ambassador had urged ..."): background, no point.
_PLUPERFECT_BEFORE = re.compile(
    r"\bhad\s+(?:already\s+|previously\s+|earlier\s+|also\s+|repeatedly\s+)?$", re.IGNORECASE
)


# A present-tense attribution ('"...," says X') reports a point unless its quotation only tells of
# the meeting itself.
_ATTRIBUTION = ("says", "tells")
#: A sentence whose subject is the meeting and whose verb is its time or length (a relative clause
#: may come between): "The call, which began at 9:50 a.m., lasted about five minutes".
_MEETING_TIMED = re.compile(
    r"\s*(?:The|This|Their|Today's|Yesterday's)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|call|conversation|summit|dinner|"
    r"lunch|session|discussion|video\s?conference)(?:\s+(?:in|at|on|with|between|of)\s+[^,;.]{1,60}?)?"
    r"(?:,\s+(?:which|that)\b[^;,]{0,200}?(?:\([^()]{0,80}\)[^;,]{0,40})?,)?"
    r"\s+(?:began|started|commenced|lasted|took\s+place|was\s+held|were\s+held|ran|continued|ended|concluded)\b[^;\"“]{0,200}?"
    # then only who gives it: ", the prime minister's office said."
    r"(?P<source>,\s+(?:[^,;\"“]{0,80}?\b(?:said|says|reported|announced|stated|told\s+(?:reporters|journalists|the\s+press|"
    r"the\s+media|[A-Z]\w+))|according\s+to\b[^,;\"“]{0,80}?)\s*\.?\s*)$",
    re.IGNORECASE,
)
#: (round 14) A sentence that only tells of the meeting, with its source: "X and Y held talks in Minsk
#: on Friday, the Kremlin press service said."
_MEETING_TOLD = re.compile(
    r"[^;\"“]{0,300}?\b(?:held\s+(?:\w+\s+){0,3}(?:talks|meeting|call|conversation|consultations)|met(?:\s+with)?|"
    r"spoke\s+(?:by\s+(?:tele)?phone\s+)?with|had\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:call|conversation|meeting))\b[^;\"“]{0,200}?"
    + _MEETING_TIMED.pattern[_MEETING_TIMED.pattern.index("(?P<source>") :],
    re.IGNORECASE,
)
_MEETS = re.compile(r"\b(?:sat down with|met|meet|held talks|had talks|hosted|welcomed)\b", re.IGNORECASE)


#: (round 14) An impersonal passive whose subject is what was said reports, as "It was agreed that"
#: does: "Mutual interest was expressed in ...", "Concern was voiced over ...", "Satisfaction was noted".
_SAID_PASSIVE = re.compile(
    r"\s*(?:(?:Mutual|Deep|Serious|Grave|Strong|Full|Particular|Special|Common|Shared)\s+)?"
    r"(?P<what>interest|concern|concerns|hope|support|readiness|satisfaction|appreciation|gratitude|willingness|"
    r"determination|commitment|confidence|regret|condolences)\s+(?:was|were)\s+(?:also\s+)?"
    r"(?P<verb>expressed|voiced|noted|reaffirmed|reiterated|conveyed|stressed|underlined)\b",
    re.IGNORECASE,
)
#: (round 14) A first-person statement in the present tense: "I thank President Ali ...", "We welcome ...".
_FIRST_PERSON_PRESENT = re.compile(
    r"(?:^|(?<=[\s\"“(]))(?:I|We)\s+(?:(?:also|warmly|sincerely|strongly|fully|again|once\s+again)\s+)?"
    r"(?P<verb>thank|congratulate|welcome|commend|appreciate|applaud|reaffirm|urge|condemn|agree)\b"
)
_TOOK_OPPORTUNITY = re.compile(
    r"\b(?:took|take|takes|taking|used|use|uses|using|seized)\s+(?:the|this|that)\s+(?:opportunity|occasion)\s+to\s+"
    r"(?:(?:also|warmly|again|once\s+again)\s+)?(?P<verb>thank|congratulate|welcome|commend|appreciate|applaud|reaffirm|urge|condemn|agree)\b"
)
_PRESENT_OUTCOMES = {
    "thank": "expressed",
    "congratulate": "expressed",
    "welcome": "welcomed",
    "commend": "welcomed",
    "appreciate": "welcomed",
    "applaud": "welcomed",
    "reaffirm": "confirmed",
    "urge": "requested",
    "condemn": "condemned",
    "agree": "agreed",
}


def classify(text: str) -> Verb | None:
    """The point's outcome: the first joint verb if any, else the first reporting verb."""
    if _LATER_ADDRESS.match(text):
        return None
    verbs = find_verbs(text)
    if not verbs:
        if said := _SAID_PASSIVE.match(text):
            verb = said.group("verb").lower()
            return Verb(
                "expressed" if verb in ("expressed", "voiced", "conveyed") else "stated",
                said.group("verb"),
                said.start("verb"),
            )
        if first := _FIRST_PERSON_PRESENT.search(text):
            return Verb(_PRESENT_OUTCOMES[first.group("verb")], first.group("verb"), first.start("verb"))
        if took := _TOOK_OPPORTUNITY.search(text):
            # (round 15) "I also took the opportunity to thank the Chief Ministers ...", "used the
            # occasion to congratulate ...": what was done with the opportunity is the point
            return Verb(_PRESENT_OUTCOMES[took.group("verb")], took.group("verb"), took.start("verb"))
    if verbs and all(v.text.lower() in _ATTRIBUTION for v in verbs) and _MEETS.search(text):
        return None  # '"This afternoon X and I sat down with ...," Mr Peters says.': the meeting told, no point
    told = _MEETING_TIMED.match(text) or _MEETING_TOLD.match(text)
    if verbs and told and all(v.start >= told.start("source") for v in verbs):
        # "The call, which began at around 9:50 a.m., lasted about five minutes, the prime minister's
        # office said.": the meeting's own time or length, whoever gives it, is no point (round 14)
        return None
    plural = _PluralBefore(text)
    for v in verbs:
        if v.outcome in JOINT:
            return v
        if v.text.lower() in ("reiterated", "repeated") and plural.at(v.start):
            return Verb("confirmed", v.text, v.start)
    return verbs[0] if verbs else None


_COLLECTIVE_WORD = re.compile(_COLLECTIVE_BEFORE.pattern.removesuffix(r"[^.;]*$"), re.IGNORECASE)


class _PluralBefore:
    """``_COLLECTIVE_BEFORE.search(text[:end])`` for one text and rising ends, in linear time.

    That search holds when a plural word comes after the last "." or ";" before ``end``; asked
    afresh for each of thousands of "reiterated", it rescanned the text before each of them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stop = -1  # the last "." or ";" seen
        self.scanned = 0  # text[:scanned] is read
        self.word = -1  # the start of the last plural word seen

    def at(self, end: int) -> bool:
        if end > self.scanned:
            chunk = self.text[self.scanned : end]
            stop = max(chunk.rfind("."), chunk.rfind(";"))
            if stop >= 0:
                self.stop = self.scanned + stop
            for m in _COLLECTIVE_WORD.finditer(self.text, max(self.scanned, self.stop + 1), end):
                self.word = m.start()
            self.scanned = end
        return self.word > self.stop
