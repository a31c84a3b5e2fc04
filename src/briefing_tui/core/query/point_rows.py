"""One load's points numbered for the points view, and the briefings their lines are drawn from.

At scale the library holds each briefing as a compact blob; the points view decodes
what it draws for the moment (a small cache keeps the last few), so scrolling never
makes the library keep the whole tree.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator

from briefing_tui.core.model.briefing import Briefing, Point
from briefing_tui.core.query.library import Library
from briefing_tui.core.query.points import PointCatalog, PointQueries, numbered

#: Decoded briefings kept for drawing lines (a screenful touches a few dozen at most).
DECODED_CACHE = 64
#: A paced build asks whether to go on after this many briefings (a millisecond or two of work).
PACE_EVERY = 16


def transient_briefing(library: Library, index: int) -> Briefing:
    """Briefing ``index`` decoded for the moment, without the library keeping the tree.

    At scale the library holds each briefing as a compact blob and keeps whatever it
    decodes; walking every point of every briefing through it would undo that.
    """
    try:
        return library.entries[index].transient()  # from its file if the stored copy is damaged
    except AttributeError:  # entries that are not blob-backed
        return library.briefings[index]


def paced(briefings: Iterable[Briefing], pace: Callable[[], None]) -> Iterator[Briefing]:
    """``briefings``, calling ``pace`` before every ``PACE_EVERY``-th."""
    for n, b in enumerate(briefings):
        if n % PACE_EVERY == 0:
            pace()
        yield b


class PointRows:
    """One load's points, and the briefings their lines are drawn from.

    Building reads every briefing once; run it in a worker thread.
    """

    def __init__(self, library: Library, pace: Callable[[], None] | None = None) -> None:
        """``pace`` is called every ``PACE_EVERY`` briefings: a build in the background can yield
        there while the reader types, so it never takes the interpreter from a keystroke for long."""
        self.library = library
        count = len(library)
        briefings = (transient_briefing(library, i) for i in range(count))
        self.catalog = PointCatalog(briefings if pace is None else paced(briefings, pace))
        self.queries = PointQueries(self.catalog)
        #: Per briefing, how many of its points are listed now (for its heading).
        self.shown = array("l", [0]) * count
        self._decoded: OrderedDict[int, tuple[Briefing, list[tuple[str, int, Point]]]] = OrderedDict()

    def decoded(self, index: int) -> tuple[Briefing, list[tuple[str, int, Point]]]:
        """Briefing ``index`` and its (number, depth, point) list, from a small cache."""
        found = self._decoded.get(index)
        if found is None:
            b = transient_briefing(self.library, index)
            found = self._decoded[index] = (b, list(numbered(b.points)))
            if len(self._decoded) > DECODED_CACHE:
                self._decoded.popitem(last=False)
        else:
            self._decoded.move_to_end(index)
        return found

    def point(self, point: int) -> tuple[Briefing, str, int, Point]:
        """(briefing, number, depth, point) for a point id."""
        b, walked = self.decoded(self.catalog.owners[point])
        number, depth, found = walked[self.catalog.local_index(point)]
        return b, number, depth, found

    def owner(self, point: int) -> int:
        return self.catalog.owners[point]
