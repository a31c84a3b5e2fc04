"""What lists and filters need of a briefing, without the briefing.

A ``Row`` is computed once when a file is parsed and kept in the cache, so a
warm start never decodes a whole briefing: the full ``Briefing`` travels as a
compact msgpack blob and is decoded (in ~20 µs) only when someone reads it.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterator, Sequence
from itertools import repeat
from operator import eq
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from briefing_tui.core.model.briefing import Briefing, medium_of, walk_points
from briefing_tui.core.model.fold import fold
from briefing_tui.core.model.problems import BriefingError
from briefing_tui.core.model.sanitize import clean_line
from briefing_tui.core.store import parse

if TYPE_CHECKING:  # a Span comes only from the cache or the workers, which import blobs: `print FILE` never does
    from briefing_tui.core.store.blobs import Segment, Span


class Row(msgspec.Struct, frozen=True, array_like=True, gc=False):
    id: str
    date: dt.date
    start: str  # the local start as a sort tie-breaker within the date (``start_key``)
    kind: str
    #: The title, one clean line, safe to show, as UTF-8 (``title``): nearly every title has a curly
    #: apostrophe or a dash, which makes a str two bytes a character (~150 bytes a title against ~90).
    heading: bytes
    countries: tuple[str, ...]  # participants' countries, in order, once each
    #: Every topic of every point and sub-point, sorted; in memory, once ``share_strings`` has seen
    #: the row, a str of their codes (``TOPIC_CODES``, ``topic_names``).
    topics: tuple[str, ...]
    text: bytes  # search_text: the distinct folded words of title, names, places, points
    medium: str = "in-person"  # in-person, telephone or video: stated, or derived from the kind (schema 1)

    @property
    def title(self) -> str:
        """The title (one clean line, safe to show). Cached headings are checked strictly as they
        are read (``rows_of_columns``); "replace" only means that nothing shown can fail to encode."""
        return self.heading.decode("utf-8", "replace")


def search_text(b: Briefing) -> bytes:
    """Each distinct folded word (no case, no accents) of the title, names, places and points, once, as UTF-8.

    A search word (never containing a space) is in the full text exactly when it is in
    one of its words, so the distinct words answer every search the same. UTF-8 bytes,
    not str: one curly apostrophe would make Python store a whole str at two bytes per
    character, and bytes are searched by the same algorithm. Half the text, a third the memory.
    """
    parts = [b.title, b.category, b.venue, b.occasion, b.id or ""]
    for p in b.participants:
        parts.extend((p.name, p.family_name, p.given_name, p.title))
    for _, point in walk_points(b.points):
        parts.extend((point.summary, point.text))
    text = " ".join(parts)
    if len(text) <= PIECE and not _DELETED_SPACE.search(text):
        # A parsed briefing is clean already: splitting does all clean_line would, and one
        # ``isprintable`` of the distinct words confirms it (else the careful way below).
        distinct = dict.fromkeys(text.casefold().split())
        joined = " ".join(distinct)
        if joined.isprintable():
            if joined.isascii():
                return utf8(joined)
            folded = fold(joined).split()
            if len(folded) == len(distinct):  # word for word (no accent folded into a space or nothing)
                return utf8(" ".join(dict.fromkeys(folded)))
    words: dict[str, None] = {}
    for piece in pieces(text):
        words.update(dict.fromkeys(clean_line(piece).casefold().split()))
    # Folded once here, per distinct word (most are ASCII: nothing more to do), never per keystroke.
    folded = [word if word.isascii() else fold(word) for word in words]
    return utf8(" ".join(dict.fromkeys(folded)))


#: Texts are cleaned and split this many characters at a time: each piece is one call into C
#: that holds the GIL, and a thread worker must let the UI run (a 7 MB point held it 130 ms).
PIECE = 1 << 16
_SPACE = re.compile(r"\s")
#: Whitespace to ``str.split`` that ``clean_line`` deletes rather than reads as a space.
_DELETED_SPACE = re.compile(r"[\x0b\x0c\x1c-\x1f\x85]")


def pieces(text: str) -> Iterator[str]:
    """``text`` in pieces of about ``PIECE`` characters, cut only at whitespace (words stay whole)."""
    start, size = 0, len(text)
    while size - start > PIECE:
        space = _SPACE.search(text, start + PIECE)
        if space is None:
            break
        yield text[start : space.start()]
        start = space.start()
    yield text[start:]


def fold_line(text: str) -> str:
    """``fold(clean_line(text))`` (no case, no accents), a piece at a time (see ``PIECE``)."""
    if len(text) <= PIECE:
        return fold(clean_line(text))
    return " ".join(folded for piece in pieces(text) if (folded := fold(clean_line(piece))))


def search_words(text: str) -> list[str]:
    """What was typed as search words: folded (as ``search_text`` holds words), then split."""
    return fold(text).split()


def utf8(text: str) -> bytes:
    """Search texts are bytes (see ``search_text``); nothing a str can hold makes this fail."""
    return text.encode("utf-8", "surrogatepass")


def start_key(b: Briefing) -> str:
    """The local start, ordered as its ISO text is within the briefing's date, in few distinct strings.

    "" when not stated; "1" and the time of day on the briefing's date; "0" or "2" and the whole
    ISO text for a start the day before or after (``check`` warns of it). The whole text was a
    string of its own per row (68 bytes); a time of day is shared by many (``share_strings``).
    """
    start = b.time.start
    if start is None:
        return ""
    day = start.date()
    if day == b.date:
        return "1" + start.time().isoformat()
    return ("0" if day < b.date else "2") + start.isoformat()


def row_of(b: Briefing) -> Row:
    row = Row(
        id=b.id or "",
        date=b.date,
        start=start_key(b),
        kind=b.kind,
        heading=utf8(clean_line(b.title)),
        countries=tuple(dict.fromkeys(p.country for p in b.participants)),
        topics=tuple(sorted({t for _, p in walk_points(b.points) for t in p.topics})),
        text=search_text(b),
        medium=medium_of(b),
    )
    return share_strings(row)


class _Shared(dict[str, str]):
    """Each string as its one shared, cleaned copy (a new string becomes its own, cleaned first)."""

    def __missing__(self, text: str) -> str:
        cleaned = text if text.isprintable() else clean_line(text)
        cleaned = self.setdefault(cleaned, cleaned)
        return self.setdefault(text, cleaned)


#: One str object per distinct topic or country code, kind or medium, whichever row it came in:
#: decoded rows otherwise carry their own copies, a kilobyte a row (as much as the search text).
#: Each maps to its cleaned form (itself, for all but a tampered cache's), so cleaning costs one lookup.
_SHARED = _Shared()
#: One object per distinct date and per distinct countries tuple (a few thousand at 100,000 rows,
#: where each decoded row had its own: ~90 bytes a row). Topic tuples are nearly all distinct.
_DATES: dict[dt.date, dt.date] = {}
_COUNTRIES: dict[tuple[str, ...], tuple[str, ...]] = {}


class TopicCodesFull(Exception):
    """Every code is taken: the row keeps its topics by name (see ``share_strings``)."""


#: Past the last code (about 144,000 printable characters), rows keep their topics by name: a
#: hostile file of 150,000 topics once ran the codes out and stopped every file's load.
LAST_CODE = 0x10FFFF


class _TopicCodes(dict[str, str]):
    """Each topic (by any spelling that cleans to it) -> its code: one printable character of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.names: dict[str, str] = {}  # code -> the cleaned topic
        self._last = ord("!") - 1
        self.full = False  # set once a row had to keep its topics by name
        self._lock = threading.Lock()  # rows are made in several threads: a code is never given twice

    def __missing__(self, topic: str) -> str:
        with self._lock:
            cleaned = _SHARED[topic]
            code = self.get(cleaned)
            if code is None:
                char = self._last + 1
                while char <= LAST_CODE and (not chr(char).isprintable() or chr(char).isspace()):
                    char += 1  # printable, so a code is inert wherever a row's fields are shown
                if char > LAST_CODE:
                    self.full = True
                    raise TopicCodesFull
                self._last = char
                code = chr(char)
                self.names[code] = cleaned
                self[cleaned] = code
            self[topic] = code
            return code


#: A row's topics, in memory, are one str of their codes (``Row.topics``'s tuple of names was
#: ~190 bytes a row, a str of ~19 ASCII codes ~60): a filter asks ``isdisjoint`` of it as fast, and
#: ``topic_names`` gives the names back (the cache keeps names: codes are this process's own).
TOPIC_CODES = _TopicCodes()


def topic_names(codes: str | tuple[str, ...]) -> tuple[str, ...]:
    """A row's topics by name (as the cache keeps them)."""
    if isinstance(codes, tuple):
        return codes
    return tuple(map(TOPIC_CODES.names.__getitem__, codes))


def named(row: Row) -> Row:
    """``row`` as it is written to the cache: its topics by name."""
    if isinstance(row.topics, tuple):
        return row
    return msgspec.structs.replace(row, topics=topic_names(row.topics))


def share_strings(row: Row) -> Row:
    """Point ``row``'s countries, kind, medium, start and date at shared objects, cleaned, and make
    its topics their codes (``TOPIC_CODES``), in place."""
    shared = _SHARED.__getitem__  # looked up at C speed: a miss goes through ``_Shared.__missing__``
    countries = tuple(map(shared, row.countries))
    set_field = msgspec.structs.force_setattr
    if isinstance(row.topics, tuple):
        try:
            set_field(row, "topics", "".join(map(TOPIC_CODES.__getitem__, row.topics)))
        except TopicCodesFull:  # kept by name: the filters and counts read both forms
            set_field(row, "topics", tuple(map(shared, row.topics)))
    set_field(row, "countries", _COUNTRIES.setdefault(countries, countries))
    set_field(row, "kind", shared(row.kind))
    set_field(row, "start", shared(row.start))
    set_field(row, "medium", shared(row.medium))
    set_field(row, "date", _DATES.setdefault(row.date, row.date))
    return row


def shared_string(text: str) -> str:
    """``text`` as its one shared, cleaned copy (see ``_SHARED``)."""
    return _SHARED[text]


#: The cache keeps a row's countries as one str, their codes joined by this (a code never holds it).
COUNTRY_SEPARATOR = " "


#: A row's countries as the cache joins them ("CA FR") -> the shared tuple of cleaned codes, and a
#: date's ordinal (as the cache keeps it) -> the shared date: filled a column's new values at a
#: time (``_learn``), at C speed (a Python call a new value was ~1 µs: 10,000 rows have ~5,000 dates).
_COUNTRY_TEXTS: dict[str, tuple[str, ...]] = {"": ()}
_ORDINALS: dict[int, dt.date] = {}


def _learn(countries: list[str], dates: list[int]) -> None:
    """Add the column's countries and dates these tables lack (``ValueError`` or ``OverflowError``
    for an ordinal no date has: a damaged index)."""
    new_dates = list(set(dates).difference(_ORDINALS))
    if new_dates:
        made = list(map(dt.date.fromordinal, new_dates))
        _ORDINALS.update(zip(new_dates, map(_DATES.setdefault, made, made), strict=True))
    new_countries = list(set(countries).difference(_COUNTRY_TEXTS))
    if new_countries:
        # Each code cleaned and shared (``_SHARED``), each tuple shared (``_COUNTRIES``).
        codes = map(str.split, new_countries, repeat(COUNTRY_SEPARATOR))
        tuples = list(map(tuple, map(map, repeat(_SHARED.__getitem__), codes)))
        # A row names each country once, none empty (``row_of``): a repeated one would be counted
        # again in the filter panel's totals. Only the new texts are looked at (a few hundred).
        if not all(map(eq, map(len, map(set, tuples)), map(len, tuples))) or any("" in t for t in tuples):
            raise ValueError("a country repeated or empty in a row")
        _COUNTRY_TEXTS.update(zip(new_countries, map(_COUNTRIES.setdefault, tuples, tuples), strict=True))


def rows_of_columns(
    ids: list[str],
    dates: list[int],
    starts: list[str],
    kinds: list[str],
    headings: list[bytes],
    countries: list[str],
    topics: Sequence[str | tuple[str, ...]],
    texts: list[bytes],
    media: list[str],
) -> list[Row]:
    """Rows from the cache's columns, each column checked, cleaned and shared at once.

    A row read back from the cache passes the text boundary a parsed file's row passed: the cache is
    a file anyone with the user's rights can rewrite, checksums and all, so its text is as untrusted
    as a briefing's. Without a Python call per row (one to clean and share each was ~5 µs a row of
    a warm start): a clean column costs one C-level pass (``isprintable`` of its joined text), a
    shared one a dict lookup a row (each new value is cleaned once, where it enters the table).
    Raises ``ValueError`` for what only damage makes: columns of different lengths, a heading that
    is not UTF-8 (encoded surrogates included), a date ordinal no date has. ``topics`` are this
    process's codes already (``coded_topics``).
    """
    size = len(ids)
    if any(len(column) != size for column in (dates, starts, kinds, headings, countries, topics, texts, media)):
        raise ValueError("columns of different lengths")
    titles = list(map(bytes.decode, headings))  # strict UTF-8: damage raises UnicodeDecodeError
    if not "".join(titles).isprintable():
        headings = [h if t.isprintable() else utf8(clean_line(t)) for h, t in zip(headings, titles, strict=True)]
    del titles
    if not "".join(ids).isprintable():
        ids = [i if i.isprintable() else clean_line(i) for i in ids]
    _learn(countries, dates)
    shared = _SHARED.__getitem__  # cleans what it has not seen: a hit is clean
    return list(
        map(
            Row,
            ids,
            map(_ORDINALS.__getitem__, dates),
            map(shared, starts),
            map(shared, kinds),
            headings,
            map(_COUNTRY_TEXTS.__getitem__, countries),
            topics,
            texts,
            map(shared, media),
        )
    )


def coded_topics(topics: list[str], codes: str, names: list[str]) -> Sequence[str | tuple[str, ...]]:
    """Rows' topics as the cache keeps them (each a str of the writer's codes: ``codes[k]`` is
    ``names[k]``) as this process's codes (``TOPIC_CODES``): the same str when the codes agree (a
    fresh process reading its chunks in order gives the writer's codes), else translated.

    ``ValueError`` for a table no writer makes or a code the table lacks (damage). Where every
    code is taken, the rows keep their topics by name, as ``share_strings`` does.
    """
    if len(codes) != len(names) or len(set(codes)) != len(codes):
        raise ValueError("garbled topic table")
    # The writer's table holds exactly the codes its rows use: a name no row uses would take one of
    # this process's codes (a hostile table of 150,000 could take them all) for nothing.
    if set("".join(topics)) != set(codes):
        raise ValueError("a topic table that does not match its rows")
    try:
        mine = "".join([TOPIC_CODES[name] for name in names])  # each name cleaned where it enters
    except TopicCodesFull:
        by_code = dict(zip(codes, map(_SHARED.__getitem__, names), strict=True))
        coded_rows: Sequence[str | tuple[str, ...]] = [tuple(map(by_code.__getitem__, row)) for row in topics]
    else:
        if len(set(mine)) != len(mine):
            raise ValueError("two topics of the table are one")  # names that clean to the same topic
        coded_rows = topics if mine == codes else [row.translate(str.maketrans(codes, mine)) for row in topics]
    # Each row holds a topic once (the writer's rows are sets): a repeated code would be counted
    # again in the filter panel's totals, a count no filter gives back.
    if not all(map(eq, map(len, map(set, coded_rows)), map(len, coded_rows))):
        raise ValueError("a topic repeated in a row")
    return coded_rows


def coded(names: tuple[str, ...]) -> str | tuple[str, ...]:
    """Topics by name as this process's codes (by name, cleaned, where every code is taken)."""
    try:
        return "".join(map(TOPIC_CODES.__getitem__, names))
    except TopicCodesFull:
        return tuple(map(_SHARED.__getitem__, names))


_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(Briefing)


def encode(b: Briefing) -> bytes:
    return _encoder.encode(b)


def decode(blob: bytes | memoryview) -> Briefing:
    return _decoder.decode(blob)


class Loaded(msgspec.Struct, gc=False, eq=False):
    """One loaded briefing: its path, its row, and the briefing itself on demand.

    The briefing is held as a ``Briefing``, as its msgpack bytes, or as its place in a segment
    file (nothing of it in memory until it is first read; the decoded briefing is then kept, as
    it is for the other two). Made with ``parsed`` (a briefing), ``stored_as`` (its bytes) or
    ``stored_at`` (its place). One untracked struct a briefing: a class with slots (64 bytes, and
    tracked by the collector) and a ``Span`` of its own (32) were 40 bytes a row more. Never in a
    cycle (a briefing never points back at it), so the collector need not track it; compared by
    identity, as an object is.
    """

    _path: Path | str
    row: Row
    _briefing: Briefing | None = None
    #: The msgpack bytes, or (with ``_segment``) where they lie: ``Span.where``'s one int.
    _blob: bytes | memoryview | int | None = None
    _segment: Segment | None = None

    @classmethod
    def parsed(cls, path: Path | str, briefing: Briefing) -> Loaded:
        return cls(path, row_of(briefing), briefing)

    @classmethod
    def stored_as(cls, path: Path | str, row: Row, blob: bytes | memoryview | Span) -> Loaded:
        """A briefing kept as its bytes, or as a ``Span`` (folded in: no object of its own)."""
        if isinstance(blob, (bytes, memoryview)):
            return cls(path, row, None, blob)
        return cls(path, row, None, blob.where, blob.segment)

    @classmethod
    def stored_at(cls, path: Path | str, row: Row, segment: Segment, where: int) -> Loaded:
        """A briefing at ``where`` (``Span.where``) in ``segment``."""
        return cls(path, row, None, where, segment)

    @property
    def path(self) -> Path:
        return self._path if isinstance(self._path, Path) else Path(self._path)

    @property
    def briefing(self) -> Briefing:
        if self._briefing is None:
            try:
                self._briefing = decode(self.blob)
            except (msgspec.DecodeError, msgspec.ValidationError, OSError):
                self._briefing = self._read_again()
        return self._briefing

    def transient(self) -> Briefing:
        """The briefing, decoded for the moment and not kept (else as ``briefing``)."""
        if self._briefing is not None:
            return self._briefing
        try:
            return decode(self.blob)
        except (msgspec.DecodeError, msgspec.ValidationError, OSError):
            return self._read_again()

    def _read_again(self) -> Briefing:
        """The stored copy is unreadable or fails its checksum (a damaged cache segment): parse the file itself.

        Raises ``BriefingError`` if the file no longer parses either.
        """
        briefing, problems = parse.load_file(self.path)
        if briefing is None:
            raise BriefingError(problems[0])
        return briefing

    @property
    def blob(self) -> bytes | memoryview:
        """The briefing, msgpack-encoded."""
        stored = self.stored
        if not isinstance(stored, (bytes, memoryview)):  # a Span: where the bytes lie on disk
            return stored.read()
        return stored

    @property
    def stored(self) -> bytes | memoryview | Span:
        """The blob as held: bytes, or where it lies on disk (for the cache, which keeps it there)."""
        if self._blob is None:
            self._blob = encode(self._briefing)  # type: ignore[arg-type]
        if isinstance(self._blob, int):
            from briefing_tui.core.store.blobs import Span  # (imported already wherever a segment is)

            return Span(self._segment, self._blob)  # type: ignore[arg-type]
        return self._blob

    def compact(self) -> None:
        """Keep only the blob (or its place on disk): a few KB, or nothing, instead of a tree of objects."""
        if self._blob is None:
            self._blob = encode(self._briefing)  # type: ignore[arg-type]
        self._briefing = None

    def __repr__(self) -> str:
        return f"Loaded({str(self.path)!r}, id={self.row.id!r})"


def parse_here(path: Path | str, vocabulary) -> tuple[Loaded | None, list]:
    """Parse one file in this process: its ``Loaded`` (or None) and its problems."""
    briefing, problems = parse.load_file(Path(path), vocabulary)
    return (Loaded.parsed(path, briefing) if briefing is not None else None), problems
