"""A point's outcome class, from its reporting verbs (docs/schema.md's table).

Joint outcomes win: a point in which the sides "concurred" or "confirmed" anything is an
agreement even if it opens with "welcomed" or "had a candid discussion", because every view
makes joint outcomes stand out. Otherwise the lead (first) reporting verb decides.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_P = "(?:his|her|their|its|the|a|an|warm|deep|sincere|strong|high|great|profound|heartfelt|\\s)*"
# "their shared commitment" is a noun phrase; "they shared the view" is a joint outcome.
_NOT_ADJECTIVE = r"(?<!\btheir )(?<!\bour )(?<!\bits )(?<!\bthe )(?<!\ba )(?<!\bhis )(?<!\bher )"

VERBS: list[tuple[str, re.Pattern[str]]] = [
    (outcome, re.compile(pattern, re.IGNORECASE))
    for outcome, pattern in [
        ("agreed", r"\b(?:agreed|concurred|decided|were in agreement|reached (?:an? )?(?:agreement|consensus)|"
                   rf"expressed{_P}agreement|{_NOT_ADJECTIVE}shared{_P}(?:views?|recognitions?|understanding|assessments?|concerns?|perceptions?|determination|commitment|intention)\b(?!\s+on\b))"),
        ("confirmed", r"\b(?:confirmed|reaffirmed|affirmed|reconfirmed|re-affirmed|re-confirmed)\b"),
        ("welcomed", r"\b(?:welcomed|applauded|appreciated|commended|praised|lauded|hailed|(?:was|were) pleased|(?:was|were) delighted)\b"),
        ("discussed", r"\b(?:discussed|exchanged (?:their |candid |frank |in-depth )?(?:views|opinions|ideas)|views were exchanged|"
                      r"had an? (?:[\w-]+ )?(?:[\w-]+ )?(?:discussion|exchange|dialogue|conversation)s?|"
                      r"held (?:an? )?(?:[\w-]+ )?discussions?|talked about|touched (?:up)?on|spoke (?:of|about|on)|"
                      r"led (?:the )?discussions?|reviewed|shared views|shared (?:their )?views on|deliberated|consulted)\b"),
        ("stated", r"\b(?:stated|said|emphasi[sz]ed|stressed|highlighted|underlined|underscored|replied|responded|added|"
                   r"mentioned|remarked|conveyed|suggested|supported|indicated|reiterated|insisted|asserted|"
                   rf"expressed{_P}(?:view|position|opinion|belief|determination|intention|resolve|support|commitment|willingness|readiness)s?)\b"),
        ("explained", r"\b(?:explained|briefed|outlined|presented|described|"
                      r"(?:provided|gave|offered) (?:an? )?(?:[\w-]+ )?(?:background|briefing|explanation|overview|update|readout))\b"),
        ("expressed", r"\b(?:expressed|congratulated|thanked|"
                      rf"(?:extended|offered|conveyed|sent){_P}(?:congratulations|condolences|sympathy|sympathies|gratitude|appreciation|thanks|greetings)|"
                      r"paid (?:tribute|respects))\b"),
        ("requested", r"\b(?:requested|asked|called (?:for|on|upon)|urged|sought|invited|proposed|appealed)\b"),
        ("announced", r"\b(?:announced|unveiled|launched)\b"),
        ("noted", r"\b(?:noted|recogni[sz]ed|pointed out|acknowledged|observed|took note)\b"),
        ("condemned", r"\b(?:condemned|denounced|deplored)\b"),
    ]
]
JOINT = ("agreed", "confirmed")
_COLLECTIVE_BEFORE = re.compile(r"\b(?:both|two|all|they|ministers|leaders|sides|secretary and)\b[^.;]*$", re.IGNORECASE)


class Verb(NamedTuple):
    outcome: str
    text: str
    start: int


def find_verbs(text: str) -> list[Verb]:
    """Every reporting verb, in order; where two overlap the longer (more specific) wins."""
    hits = []
    for outcome, pattern in VERBS:
        for m in pattern.finditer(text):
            hits.append(Verb(outcome, m.group(0), m.start()))
    hits.sort(key=lambda v: (v.start, -len(v.text)))
    out: list[Verb] = []
    end = -1
    for v in hits:
        if v.start < end:
            continue
        out.append(v)
        end = v.start + len(v.text)
    return out


def classify(text: str) -> Verb | None:
    """The point's outcome: the first joint verb if any, else the first reporting verb."""
    verbs = find_verbs(text)
    for v in verbs:
        if v.outcome in JOINT:
            return v
        if v.text.lower() == "reiterated" and _COLLECTIVE_BEFORE.search(text[: v.start]):
            return Verb("confirmed", v.text, v.start)
    return verbs[0] if verbs else None
