"""A saved search: the filters, the sort and the view, as JSON in the state database.

Encoded with msgspec from the ``Query`` dataclass itself, so a filter added to
``Query`` later is saved too without a change here; on reading, fields a newer or
older version does not know are ignored and missing ones take their defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import msgspec

from briefing_tui.core.query.filtering import Query
from briefing_tui.core.query.library import SORTS, Sort

#: The state setting that asks to reopen with the last filters, and the one that holds them.
RESTORE_SETTING = "reopen_last_filters"
LAST_SETTING = "last_filters"


@dataclass(frozen=True)
class View:
    query: Query = field(default_factory=Query)
    #: A Sort; a name this version does not know reads back as "newest".
    sort: str = "newest"
    points: bool = False
    joint_only: bool = False


class SavedError(Exception):
    """A saved search that cannot be read back."""


def sort_of(view: View) -> Sort:
    return view.sort if view.sort in SORTS else "newest"


def encode_view(view: View) -> str:
    return msgspec.json.encode(view).decode("utf-8")


def decode_view(text: str) -> View:
    try:
        view = msgspec.json.decode(text, type=View)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise SavedError(str(exc)) from None
    return View(view.query, sort_of(view), view.points, view.joint_only)
