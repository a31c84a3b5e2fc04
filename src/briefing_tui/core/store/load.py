"""Load briefing files: parse with tomli, validate with msgspec, report located problems.

Every failure becomes a ``Problem`` with ``path:line:col``; nothing here raises
past ``load_file`` except ``BriefingError`` from ``parse_briefing``. One broken
file never stops the others: ``load_paths`` collects problems and moves on.
"""

from __future__ import annotations

import operator
import os
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress, islice
from operator import attrgetter, methodcaller
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.core.model.briefing import Briefing
from briefing_tui.core.model.problems import BriefingError, Problem
from briefing_tui.core.model.topics import TOPICS_FILE, Vocabulary
from briefing_tui.core.store import memory
from briefing_tui.core.store.bundled import bundled_dir
from briefing_tui.core.store.locate import locate
from briefing_tui.core.store.parse import find_vocabulary, load_vocabulary, problem_at, read_text
from briefing_tui.core.store.rows import Loaded, parse_here, share_strings

if TYPE_CHECKING:  # the cache and the worker pool are imported when a load needs them: `print FILE` never does
    from briefing_tui.core.store import workers
    from briefing_tui.core.store.blobs import Segment
    from briefing_tui.core.store.cache import Batch, Cache, Unchanged

#: With at least this many files to parse (and two cores), parsing runs in worker processes.
PARALLEL_MIN = 1000
#: Seconds between two progress reports, whatever the batch size: first rows show early.
PROGRESS_EVERY = 0.1
#: Seconds between two counts of the files read while a large index is read (each is a repaint).
COUNT_EVERY = 0.5
#: An index of at least this many files is shown a chunk at a time as it is read; a smaller one
#: is read whole in a moment (~0.2 s at 10,000), and showing part of it first would only slow that.
STREAM_MIN = 20_000


class LoadCancelled(Exception):
    """The load was cancelled (the app quit, or a newer load replaced it); nothing was written."""


@dataclass
class LoadResult:
    entries: list[Loaded] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_seen: int = 0
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    notices: list[str] = field(default_factory=list)
    #: What signs each file read (and the vocabulary), stat'ed before reading.
    signer: Signer = field(default_factory=lambda: Signer())
    #: Worker processes that parsed files in this load (0: all were parsed here or cached).
    workers: int = 0
    #: The cache consulted, until ``write_cache`` has written it back.
    cache: Cache | None = None
    #: The files are the index's, neither listed nor stat'ed (``load_paths``' ``trust_index``).
    trusted: bool = False

    def write_cache(self) -> None:
        """Write back what changed (once); a problem doing so becomes a notice, never an error."""
        cache, self.cache = self.cache, None
        if cache is None:
            return
        cache.write()
        if cache.notice:
            self.notices.append(cache.notice)

    @property
    def signature(self) -> str:
        """files_signature of what was read (see core.watch)."""
        return self.signer.signature()

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def briefings(self) -> list[Briefing]:
        return [e.briefing for e in self.entries]


def iter_briefing_files(root: Path | str, problems: list[Problem] | None = None) -> Iterator[str]:
    """Every ``*.toml`` below ``root`` except the vocabulary, in a stable order (``briefing_file_batches``)."""
    return chain.from_iterable(briefing_file_batches(root, problems))


def briefing_file_batches(root: Path | str, problems: list[Problem] | None = None) -> Iterator[list[str]]:
    """Every ``*.toml`` below ``root`` except the vocabulary, in a stable order, a list of up
    to ``SAME_BATCH`` paths at a time (a generator step a path was ~0.1 µs a layer).

    Symlinked directories are not followed, so a link loop cannot recurse. Paths are
    plain strings: ten thousand ``Path`` objects cost more than listing the folder.
    A folder that cannot be listed is added to ``problems`` (never skipped silently:
    its briefings are missing from what the reader sees). A folder's names are held while
    it is listed, not its ``DirEntry`` objects (~280 bytes a file: 28 MB at 100,000, held
    beside a whole load, and every two seconds by the watch).
    """
    root = os.fspath(root)
    names: list[str] = []
    folders: set[str] = set()
    failed: dict[str, OSError] = {}
    try:
        with os.scandir(root) as listing:
            while entries := list(islice(listing, LIST_BATCH)):
                _sort_out(entries, names, folders, failed)
                del entries
    except OSError as exc:
        if problems is not None:
            problems.append(_unreadable_folder(root, exc))
        return
    names.sort()
    prefix = root if root.endswith(os.sep) else root + os.sep  # (os.path.join's, without a call a file)
    if not folders and not failed:
        for start in range(0, len(names), SAME_BATCH):
            yield list(map(prefix.__add__, names[start : start + SAME_BATCH]))
        return
    batch: list[str] = []
    for name in names:
        path = prefix + name
        if name in failed:
            if problems is not None:
                problems.append(_unreadable_folder(path, failed[name]))
        elif name in folders:
            if batch:
                yield batch
                batch = []
            yield from briefing_file_batches(path, problems)
        else:
            batch.append(path)
            if len(batch) >= SAME_BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


#: A folder is listed this many entries at a time: their ``DirEntry`` objects are held only that long.
LIST_BATCH = 128
_NAME = attrgetter("name")
_IS_FOLDER = methodcaller("is_dir", follow_symlinks=False)  # a symlinked folder is not followed
_TOML = methodcaller("endswith", ".toml")
_HIDDEN = methodcaller("startswith", ".")


def _sort_out(entries: list[os.DirEntry[str]], names: list[str], folders: set[str], failed: dict[str, OSError]) -> None:
    """Add the names of a batch of listed entries that ``_kind`` keeps to ``names`` (and the
    folders among them to ``folders``), a column at a time (a Python loop was ~0.5 µs an entry)."""
    listed = list(map(_NAME, entries))
    try:
        is_folder = list(map(_IS_FOLDER, entries))
    except OSError:  # (is_dir may stat; rare) one at a time, to say which
        for name, entry in zip(listed, entries, strict=True):
            try:
                kind = _kind(entry)
            except OSError as exc:
                failed[name] = exc
                names.append(name)
                continue
            if kind == "folder":
                folders.add(name)
            if kind is not None:
                names.append(name)
        return
    if any(map(_HIDDEN, listed)):  # hidden names are rare: only then are the columns narrowed
        shown = list(map(operator.not_, map(_HIDDEN, listed)))
        is_folder = list(compress(is_folder, shown))
        listed = list(compress(listed, shown))
    files: Iterable[str] = filter(_TOML, listed)
    if any(is_folder):
        found = set(compress(listed, is_folder))
        folders |= found
        names += found
        files = compress(listed, map(operator.and_, map(_TOML, listed), map(operator.not_, is_folder)))
    names += filter(TOPICS_FILE.__ne__, files)


def _kind(entry: os.DirEntry[str]) -> str | None:
    """What a listed entry is to a load: a "folder" to list, a briefing "file", or None (hidden
    names, other files, the vocabulary). Both listings decide by it; ``is_dir`` may raise OSError."""
    name = entry.name
    if name.startswith("."):
        return None
    if entry.is_dir(follow_symlinks=False):  # a symlinked folder is not followed: no link loops
        return "folder"
    return "file" if name.endswith(".toml") and name != TOPICS_FILE else None


def _unreadable_folder(path: Path | str, exc: OSError) -> Problem:
    reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
    return problem_at(path, 1, 1, f"cannot list this folder ({reason}); its briefings are not loaded")


def files_signature(stats: Iterable[tuple[str, int, int]]) -> str:
    """A digest of (path, size, mtime_ns) triples, in any order: equal means nothing changed."""
    signer = Signer()
    for triple in stats:
        signer.add(*triple)
    return signer.signature()


class Signer:
    """``files_signature`` as files come, in whatever order, holding nothing per file: the sum of each
    triple's hash (the watch lists folders unsorted, so a poll holds no folder's names: a list of
    names, of paths or of stat triples cost 100-250 bytes a file every two seconds).

    ``hash`` is salted per process: a signature is only ever compared within the process that
    made it (a load's with the watch's), never kept. No hashlib: ``print`` never imports it.
    """

    __slots__ = ("_count", "_sum")

    def __init__(self) -> None:
        self._sum = 0
        self._count = 0

    def add(self, path: str, size: int, mtime_ns: int) -> None:
        self._sum += hash((path, size, mtime_ns))
        self._count += 1

    def add_all(self, paths: Sequence[str], sizes: Iterable[int], mtimes: Iterable[int]) -> None:
        """``add`` each (path, size, mtime_ns), at C speed."""
        self._sum += sum(map(hash, zip(paths, sizes, mtimes)))
        self._count += len(paths)

    def signature(self) -> str:
        return f"{self._count}:{self._sum % (1 << 64):016x}"


def stat_triple(path: Path | str) -> tuple[str, int, int]:
    """(path, size, mtime_ns), or (path, -1, -1) for a file that is gone or unreadable."""
    path = os.fspath(path)
    try:
        stat = os.stat(path)
        return path, stat.st_size, stat.st_mtime_ns
    except OSError:
        return path, -1, -1


def expand(
    paths: Iterable[Path], same: Callable[[list[str]], list[str]] | None = None
) -> tuple[list[str], list[Problem]]:
    """The briefing files under ``paths``, in order, and the folders that could not be listed.

    ``same`` gives listed paths as equal strings already held (the cache index's), so the
    list holds no second copy: the listed strings were ~100 bytes a file (10 MB at 100,000) at the
    moment a warm start held everything else, its highest point.
    """
    problems: list[Problem] = []
    files: list[str] = []
    for batch in _file_batches(paths, problems):  # a batch of listed strings at a time, not all
        files += batch if same is None else same(batch)
    return files, problems


#: Folders are listed this many paths at a time (``briefing_file_batches``; ``expand`` swaps each
#: batch for the index's own strings): only a batch of paths is held beside the names.
SAME_BATCH = 256


def _file_batches(paths: Iterable[Path], problems: list[Problem]) -> Iterator[list[str]]:
    """``iter_files``' (ordered) files, a list at a time (``briefing_file_batches``)."""
    for path in paths:
        if path.is_dir():
            yield from briefing_file_batches(path, problems)
        elif path.exists() or path.is_symlink():
            yield [os.fspath(path)]
        else:
            problems.append(problem_at(path, 1, 1, "no such file or directory"))


def iter_files(paths: Iterable[Path], problems: list[Problem], *, ordered: bool = True) -> Iterator[str]:
    """``expand``'s files as they are listed (its problems added to ``problems``); unordered,
    each folder's files come as the system lists them, and none of its names is held."""
    for path in paths:
        if path.is_dir():
            yield from (iter_briefing_files(path, problems) if ordered else _listed(os.fspath(path), problems))
        elif path.exists() or path.is_symlink():
            yield os.fspath(path)
        else:
            problems.append(problem_at(path, 1, 1, "no such file or directory"))


def _listed(root: str, problems: list[Problem]) -> Iterator[str]:
    """``iter_briefing_files``' files in the system's order (the same files, unsorted)."""
    try:
        with os.scandir(root) as listing:
            for entry in listing:
                try:
                    kind = _kind(entry)
                except OSError as exc:
                    problems.append(_unreadable_folder(entry.path, exc))
                    continue
                if kind == "folder":
                    yield from _listed(entry.path, problems)
                elif kind == "file":
                    yield entry.path
    except OSError as exc:
        problems.append(_unreadable_folder(root, exc))


def load_paths(
    paths: Iterable[Path],
    vocabulary: Vocabulary | None = None,
    *,
    use_cache: bool = False,
    cache_directory: Path | None = None,
    progress: Callable[[list[Loaded], int], None] | None = None,
    batch_size: int = 500,
    compact: bool = False,
    write_cache: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
    trust_index: bool = False,
) -> LoadResult:
    """Load every briefing under ``paths``; duplicate ids are a warning and the later one is dropped.

    With ``use_cache``, files whose path, mtime and size are unchanged come from the
    cache without parsing. ``progress(new_entries, files_seen)`` is called every
    ``batch_size`` briefings or ``PROGRESS_EVERY`` seconds, so a UI can show rows as they arrive. With ``compact``,
    each briefing is kept as a msgpack blob (or only its place in a segment file) and
    decoded when read, which keeps ten thousand of them in a few megabytes. With
    ``write_cache=False`` the caller writes the cache later (``LoadResult.write_cache``),
    after it has shown the result. Once ``cancelled()`` is true, ``LoadCancelled`` is raised
    within a file or so (worker processes are stopped), and nothing is written.

    With ``trust_index`` (and ``use_cache``), an index read whole is taken as it is: its files are
    neither listed nor stat'ed (~30 ms at 10,000), so the result is the folders as the last load
    left them; ``result.trusted`` says so, and the caller must check it (``watch.signature(paths,
    problems)``, off the reader's thread) and load again if the folders changed or could not all be
    listed. An index that a listing of ``paths`` could not have made (a path twice or outside them,
    an id twice, whose kept file depends on the listing's order) is not trusted: each file is checked.
    """
    paths = list(paths)
    result = LoadResult()
    vocab_path = None
    if vocabulary is None:
        # A folder without its own topics.toml uses the bundled vocabulary.
        vocab_path = find_vocabulary(paths) or find_vocabulary([bundled_dir()])
        vocabulary, vocab_problems = load_vocabulary(vocab_path) if vocab_path else (Vocabulary(), [])
        result.problems.extend(vocab_problems)
    result.vocabulary = vocabulary
    cache = None
    gc_was_enabled = memory.pause_collection()  # parsing allocates many small objects and frees none
    try:
        known: Unchanged | None = None
        shown: set[str] = set()  # ids shown so far (a partial view lists each id once)
        if use_cache:
            from briefing_tui.core.store.cache import Cache, cache_path, vocabulary_key

            cache = Cache(cache_path(paths, cache_directory), vocabulary_key(vocab_path))
            known, result.trusted = _unchanged(cache, progress, shown, cancelled, trust=trust_index, roots=paths)
        if result.trusted and known is not None:
            files = known.same_all(list(known.paths))  # the index's own files, in its (the listing's) order
        else:
            files, missing = expand(paths, known.same_all if known is not None else None)
            result.problems.extend(missing)
        # Rows the index had are shown as they come only while files are parsed (which takes a while).
        parsing = known is None or not (known.in_order(files) or all(map(known.at.__contains__, files)))
        seen: dict[str, str] = {}
        pending: list[Loaded] = []
        reported = time.monotonic()
        stats = result.signer
        if vocab_path:
            stats.add(*stat_triple(vocab_path))
        outcomes: Iterable[Outcome] = (
            _load_in_order(files, vocabulary, cache, result, cancelled)
            if parsing or cache is None
            else ()
            if _reuse_all(files, cache, result)
            else _reused(files, cache)
        )
        for path, loaded, problems, stat in outcomes:
            result.files_seen += 1
            stats.add(*stat)
            result.problems.extend(problems)
            if loaded is not None:
                ident = loaded.row.id
                if ident in seen:
                    result.problems.append(_duplicate(Path(path), ident, seen[ident]))
                else:
                    seen[ident] = path
                    if compact and (known is None or path not in known):  # (what the index had is compact already)
                        loaded.compact()
                    result.entries.append(loaded)
                    if parsing and ident not in shown:
                        shown.add(ident)
                        pending.append(loaded)
            if progress is not None and (len(pending) >= batch_size or time.monotonic() - reported > PROGRESS_EVERY):
                progress(pending, max(result.files_seen, len(known or ())))  # (the index's files were counted first)
                pending = []
                reported = time.monotonic()
        # Nothing is looked up by path or id again: the tables go before the library is built
        # (~10 MB at 100,000, else held beside the catalog and the sort orders as they are made).
        seen, shown = {}, set()
        if known is not None:
            known.done()
        if progress is not None:
            progress(pending, result.files_seen)  # the last batch, possibly empty: "done"
    finally:
        memory.resume_collection(gc_was_enabled, keep=True)  # what a load makes lives until the next load
    result.cache = cache
    if write_cache:
        result.write_cache()
    return result


Outcome = tuple[str, "Loaded | None", Sequence[Problem], tuple[str, int, int]]


def _unchanged(
    cache: Cache,
    progress: Callable[[list[Loaded], int], None] | None,
    shown: set[str],
    cancelled: Callable[[], bool],
    *,
    trust: bool = False,
    roots: Sequence[Path] = (),
) -> tuple[Unchanged, bool]:
    """The index's files that are unchanged (same size and mtime_ns), read a chunk at a time.

    This runs before the folders are listed: for an index of ``STREAM_MIN`` files or more, the
    first chunk's rows go to ``progress`` at once, so the first screen shows while the rest of
    the index (and the folders) are still being read. Whether each file is still one of the folders' is settled after, in file order.
    With ``trust``, an index read whole is taken without a stat (see ``load_paths``): the second value says so.
    """
    known = cache.unchanged
    reported = time.monotonic()
    unchecked: list[Batch] = []  # trusted: the chunks, not stat'ed until the index proves whole
    for number, batch in enumerate(cache.chunks()):
        if cancelled():
            raise LoadCancelled
        if trust:
            unchecked.append(batch)
            kept = list(range(len(batch.paths)))
        else:
            kept = _still(batch.paths, batch.sizes, batch.mtimes)
            known.add(batch, kept)
        # Only the first chunk's rows are shown early: each partial view costs the reader's
        # thread more the larger it is, and the reader already has a screenful to browse.
        rows: list[Loaded] = []
        if progress is not None and cache.expected >= STREAM_MIN and number == 0:
            for position in kept:
                loaded = batch.loaded[position]
                if loaded is not None and loaded.row.id not in shown:
                    shown.add(loaded.row.id)
                    rows.append(loaded)
        if progress is not None and (rows or time.monotonic() - reported > COUNT_EVERY):
            read = len(known) + sum(len(b.paths) for b in unchecked)
            progress(rows, read)  # the rows, or (now and then) how many files are read
            reported = time.monotonic()
    if not trust:
        return known, False
    whole = cache.notice is None and 0 < sum(len(b.paths) for b in unchecked) == cache.expected
    if whole:
        whole = _as_listed(unchecked, roots)
    for batch in unchecked:  # an index read whole is taken as it is; else each file is checked
        known.add(batch, None if whole else _still(batch.paths, batch.sizes, batch.mtimes))
    return known, whole


def _as_listed(batches: list[Batch], roots: Sequence[Path]) -> bool:
    """Could a checked load of ``roots`` give what these chunks hold, whatever their order? Each
    path once and under a root (a listing gives no other), and no id twice (which of two files
    sharing an id is kept depends on the listing's order, which the index does not keep)."""
    paths = list(chain.from_iterable(b.paths for b in batches))
    if len(set(paths)) != len(paths):
        return False
    files = {os.fspath(root) for root in roots}
    folders = tuple(f if f.endswith(os.sep) else f + os.sep for f in files)
    if not all(path in files or path.startswith(folders) for path in paths):
        return False
    ids = [loaded.row.id for b in batches for loaded in b.loaded if loaded is not None]
    return len(set(ids)) == len(ids)


def _still(paths: list[str], sizes: list[int], mtimes: list[int]) -> list[int]:
    """The positions of the files whose size and mtime_ns are still these (one stat each)."""
    stat = os.stat
    kept = []
    for position, path, size, mtime_ns in zip(range(len(paths)), paths, sizes, mtimes, strict=True):
        try:
            info = stat(path)
        except (OSError, ValueError):  # gone, unreadable, or no path at all (a NUL in a tampered index)
            continue
        if info.st_size == size and info.st_mtime_ns == mtime_ns:
            kept.append(position)
    return kept


_ROW_ID = attrgetter("row.id")


def _reuse_all(files: list[str], cache: Cache, result: LoadResult) -> bool:
    """``_reused``'s outcomes taken whole, a column at a time: a warm start whose files all have
    their own ids (a Python loop a file cost ~2 µs a file). False, with nothing done, where two
    files share an id (``_reused``, a file at a time, says which)."""
    known = cache.unchanged
    if known.in_order(files):  # the index's files, in its order: its columns as they are
        entries = [loaded for loaded in known.loaded if loaded is not None]
        if len(set(map(_ROW_ID, entries))) != len(entries):
            return False
        cache.reuse_all()
        result.signer.add_all(files, known.sizes, known.mtimes)
        for found in known.problems.values():  # (numbered in order)
            result.problems.extend(found)
    else:
        numbers = list(map(known.at.__getitem__, files))
        entries = [loaded for loaded in map(known.loaded.__getitem__, numbers) if loaded is not None]
        if len(set(map(_ROW_ID, entries))) != len(entries):
            return False
        cache.reuse_all(numbers)
        result.signer.add_all(files, map(known.sizes.__getitem__, numbers), map(known.mtimes.__getitem__, numbers))
        if known.problems:
            for found in filter(None, map(known.problems.get, numbers)):
                result.problems.extend(found)
    result.files_seen += len(files)
    result.entries.extend(entries)
    return True


def _reused(files: list[str], cache: Cache) -> Iterator[Outcome]:
    """``_load_in_order`` when every file is unchanged since the index (a warm start): the short way."""
    reuse, known = cache.reuse, cache.unchanged
    at, loaded, problems = known.at, known.loaded, known.problems
    for path in files:
        number = at[path]
        reuse(number)
        yield path, loaded[number], problems.get(number, ()), known.stat(number)


def _load_in_order(
    files: list[str],
    vocabulary: Vocabulary,
    cache: Cache | None,
    result: LoadResult,
    cancelled: Callable[[], bool],
) -> Iterator[Outcome]:
    """Each file's (path, loaded, problems, stat), in file order.

    Files unchanged since the cache's index (``cache.unchanged``) are reused. When many others need parsing
    and there is more than one core, they are parsed in worker processes (``core.workers``); if
    the pool cannot start or breaks, the rest are parsed here and ``result.notices`` says why.
    """
    known = cache.unchanged.at if cache is not None else {}
    misses = [path for path in files if path not in known]
    # Stat'ed before they are read (a file changed meanwhile is read again at the next change).
    miss_stats = {path: stat_triple(path) for path in misses}
    cpus = os.cpu_count() or 1
    parsed: Generator[workers.Parsed, None, None] | None = None
    if cpus >= 2 and len(misses) >= PARALLEL_MIN:
        from briefing_tui.core.store import workers  # only here: a small load (`print FILE`) never needs the pool

        segment_dir, stem = (cache.directory, cache.stem) if cache is not None else (None, "")
        parsed = workers.parse_in_workers(misses, vocabulary, cpus, segment_dir, stem, cancelled)
        result.workers = workers.pool_size(len(misses), cpus)
    segments: dict[str, Segment] = {}
    segment_dir = cache.directory if cache is not None else Path()
    loaded: Loaded | None
    problems: list[Problem]
    try:
        for path in files:
            if cancelled():
                raise LoadCancelled
            number = known.get(path)
            if number is not None and cache is not None:
                cache.reuse(number)
                unchanged = cache.unchanged
                yield path, unchanged.loaded[number], unchanged.problems.get(number, ()), unchanged.stat(number)
                continue
            triple = miss_stats[path]
            loaded, problems = None, []
            if parsed is not None:
                try:
                    loaded, problems = _received(path, next(parsed), segments, segment_dir)
                except Exception as exc:  # the pool broke (a worker died or could not start)
                    if cancelled():
                        raise LoadCancelled from None
                    parsed = None
                    result.workers = 0
                    result.notices.append(
                        f"could not parse in worker processes ({type(exc).__name__}: {exc}); parsing here instead, which is slower"
                    )
            if parsed is None:
                loaded, problems = parse_here(path, vocabulary)
            if cache is not None and triple[1] >= 0:
                cache.put(
                    path,
                    triple[1],
                    triple[2],
                    loaded.row if loaded else None,
                    loaded.stored if loaded else None,
                    problems,
                )
            yield path, loaded, problems, triple
    finally:
        if parsed is not None:
            parsed.close()  # a load cut short stops its workers now, not when the generator is collected


def _received(
    path: str, parsed: workers.Parsed, segments: dict[str, Segment], directory: Path
) -> tuple[Loaded | None, list[Problem]]:
    """A worker's answer for one file, as a ``Loaded`` whose briefing stays where the worker put it."""
    if parsed.row is None:
        return None, list(parsed.problems)
    share_strings(parsed.row)
    if parsed.blob is not None:
        return Loaded.stored_as(path, parsed.row, parsed.blob), list(parsed.problems)
    from briefing_tui.core.store import blobs  # (imported by the workers' module already)

    segment = segments.get(parsed.segment)
    if segment is None:
        segment = segments[parsed.segment] = blobs.Segment(directory / parsed.segment)
    place = blobs.where(parsed.offset, parsed.length, parsed.crc)
    return Loaded.stored_at(path, parsed.row, segment, place), list(parsed.problems)


def _duplicate(path: Path, ident: str, first: str) -> Problem:
    try:
        line, col = locate(read_text(path), ("id",))
    except BriefingError:  # changed or gone since it loaded a moment ago
        line, col = 1, 1
    return problem_at(
        path, line, col, f"duplicate id {ident!r}, already used by {first}; this file is skipped", "warning"
    )
