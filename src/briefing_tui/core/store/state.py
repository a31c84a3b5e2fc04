"""The reader's own state: read and flagged briefings, notes, saved searches, in SQLite.

Kept by briefing id in ``state.sqlite3`` in the platform's data folder
(``$BRIEFING_TUI_DATA_DIR`` overrides it), never in a briefing. SQLite in WAL mode
with a busy timeout lets two instances write at once, and a transaction a killed
process left is rolled back by SQLite itself; each change is one small upsert, so
one instance never overwrites another's other rows. A file that is not a database
is moved aside (nothing else is lost) and a fresh one started; a folder that cannot
be written gives a state kept in memory only. Either way ``notice`` says so, and
browsing goes on. All text is cleaned where it enters (typed, or imported).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from briefing_tui.core.model.fold import fold
from briefing_tui.core.model.sanitize import clean, clean_line

STATE_FILE = "state.sqlite3"
ENV_DIR = "BRIEFING_TUI_DATA_DIR"
#: Milliseconds a writer waits for another instance's transaction before giving up.
BUSY_TIMEOUT_MS = 5000
#: The schema, one script per version; a database at version n runs scripts n.. in order.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE reading (
        id TEXT PRIMARY KEY,
        read INTEGER NOT NULL DEFAULT 0,
        flagged INTEGER NOT NULL DEFAULT 0,
        changed REAL NOT NULL
    );
    CREATE TABLE notes (
        briefing TEXT NOT NULL,
        point TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        changed REAL NOT NULL,
        PRIMARY KEY (briefing, point)
    );
    CREATE TABLE searches (name TEXT PRIMARY KEY, filters TEXT NOT NULL, changed REAL NOT NULL);
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def data_dir() -> Path:
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("briefing-tui"))


class StateError(Exception):
    """The state database cannot be used; the message says why."""


@dataclass(frozen=True)
class NoteImport:
    added: int
    updated: int
    unchanged: int
    skipped: int

    def summary(self) -> str:
        return f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, {self.skipped} skipped"


def _connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        _migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema to SCHEMA_VERSION; the version is re-read under the write lock (two may start)."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT version FROM schema_version").fetchone()
        version = row[0] if row else 0
        if version > SCHEMA_VERSION:
            raise StateError(
                f"it was written by a newer briefing-tui (schema {version}; this one knows {SCHEMA_VERSION})"
            )
        for script in MIGRATIONS[version:]:
            for statement in script.split(";"):
                if statement.strip():
                    conn.execute(statement)
        if version < SCHEMA_VERSION:
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


class State:
    """The reading state, notes and saved searches; reads come from memory, writes go through at once."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, notice: str | None = None) -> None:
        self._conn = conn
        #: The database file, or None when the state is kept in memory only (not kept).
        self.path = path
        #: What the reader should be told about opening it, if anything.
        self.notice = notice
        #: Called with a message when a write fails (once per kind of failure is up to the caller).
        self.on_problem: Callable[[str], None] | None = None
        #: Bumped on every change: a key for results that depend on the state.
        self.version = 0
        self.read: set[str] = set()
        self.flagged: set[str] = set()
        self.notes: dict[tuple[str, str], str] = {}
        self._note_index: dict[str, str] | None = None
        self.refresh()

    @property
    def kept(self) -> bool:
        return self.path is not None

    def close(self) -> None:
        self._conn.close()

    def refresh(self) -> None:
        """Read everything again (another instance may have written)."""
        try:
            rows = self._conn.execute("SELECT id, read, flagged FROM reading").fetchall()
            notes = self._conn.execute("SELECT briefing, point, text FROM notes").fetchall()
        except sqlite3.Error as exc:
            self._problem(f"could not read the reading state: {exc}")
            return
        self.read = {i for i, r, _ in rows if r}
        self.flagged = {i for i, _, f in rows if f}
        self.notes = {(b, p): t for b, p, t in notes}
        self._changed()

    def _changed(self) -> None:
        self.version += 1
        self._note_index = None

    def _problem(self, message: str) -> None:
        if self.on_problem is not None:
            self.on_problem(message)

    def _write(self, sql: str, params: tuple) -> bool:
        try:
            self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            self._problem(f"could not save to {self.path or 'memory'}: {exc}")
            return False
        return True

    # Reading -----------------------------------------------------------------------------------

    def _set_reading(self, briefing: str, column: str, value: bool) -> None:
        self._write(
            f"INSERT INTO reading (id, {column}, changed) VALUES (?, ?, ?) "
            f"ON CONFLICT(id) DO UPDATE SET {column} = excluded.{column}, changed = excluded.changed",
            (briefing, int(value), time.time()),
        )
        target = self.read if column == "read" else self.flagged
        if value:
            target.add(briefing)
        else:
            target.discard(briefing)
        self._changed()

    def is_read(self, briefing: str) -> bool:
        return briefing in self.read

    def is_flagged(self, briefing: str) -> bool:
        return briefing in self.flagged

    def set_read(self, briefing: str, read: bool = True) -> None:
        if read != (briefing in self.read):
            self._set_reading(briefing, "read", read)

    def set_flagged(self, briefing: str, flagged: bool = True) -> None:
        if flagged != (briefing in self.flagged):
            self._set_reading(briefing, "flagged", flagged)

    # Notes -------------------------------------------------------------------------------------

    def note(self, briefing: str, point: str = "") -> str:
        return self.notes.get((briefing, point), "")

    def notes_of(self, briefing: str) -> dict[str, str]:
        """The briefing's notes by point number ("" for the briefing's own), in point order."""
        found = {p: t for (b, p), t in self.notes.items() if b == briefing}
        return dict(sorted(found.items(), key=lambda item: _point_order(item[0])))

    def set_note(self, briefing: str, point: str, text: str) -> None:
        """Keep a note (cleaned; an empty one deletes it)."""
        text = clean(text).strip()
        if not text:
            if (briefing, point) in self.notes and self._write(
                "DELETE FROM notes WHERE briefing = ? AND point = ?", (briefing, point)
            ):
                del self.notes[(briefing, point)]
                self._changed()
            return
        if self._write(
            "INSERT INTO notes (briefing, point, text, changed) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(briefing, point) DO UPDATE SET text = excluded.text, changed = excluded.changed",
            (briefing, point, text, time.time()),
        ):
            self.notes[(briefing, point)] = text
            self._changed()

    def note_index(self) -> dict[str, str]:
        """Each noted briefing's notes, folded as search words are and joined: what a search looks in."""
        if self._note_index is None:
            index: dict[str, list[str]] = {}
            for (b, _), text in self.notes.items():
                index.setdefault(b, []).append(fold(text))
            self._note_index = {b: "\n".join(texts) for b, texts in index.items()}
        return self._note_index

    def export_notes(self) -> list[dict[str, str]]:
        return [
            {"briefing": b, "point": p, "text": t}
            for (b, p), t in sorted(self.notes.items(), key=lambda item: (item[0][0], _point_order(item[0][1])))
        ]

    def import_notes(self, items: Iterable[object]) -> NoteImport:
        """Merge exported notes by (briefing, point): an entry replaces the note it names."""
        added = updated = unchanged = skipped = 0
        for item in items:
            if not isinstance(item, Mapping):
                skipped += 1
                continue
            briefing, point, text = item.get("briefing"), item.get("point", ""), item.get("text")
            if not (isinstance(briefing, str) and isinstance(point, str) and isinstance(text, str)):
                skipped += 1
                continue
            briefing, point, text = clean_line(briefing), clean_line(point), clean(text).strip()
            if not briefing or not text:
                skipped += 1
                continue
            old = self.notes.get((briefing, point))
            if old == text:
                unchanged += 1
                continue
            self.set_note(briefing, point, text)
            if old is None:
                added += 1
            else:
                updated += 1
        return NoteImport(added, updated, unchanged, skipped)

    # Saved searches and settings -----------------------------------------------------------------

    def searches(self) -> dict[str, str]:
        """Saved searches by name: their filters as JSON (``core.query.saved`` reads them)."""
        try:
            rows = self._conn.execute("SELECT name, filters FROM searches ORDER BY name").fetchall()
        except sqlite3.Error as exc:
            self._problem(f"could not read the saved searches: {exc}")
            return {}
        return dict(rows)

    def save_search(self, name: str, filters: str) -> bool:
        return self._write(
            "INSERT INTO searches (name, filters, changed) VALUES (?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET filters = excluded.filters, changed = excluded.changed",
            (clean_line(name), filters, time.time()),
        )

    def delete_search(self, name: str) -> bool:
        return self._write("DELETE FROM searches WHERE name = ?", (name,))

    def setting(self, key: str) -> str | None:
        try:
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    def set_setting(self, key: str, value: str) -> bool:
        return self._write(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def _point_order(point: str) -> tuple[int, ...]:
    """The briefing's own note ("") first, then "2" < "2.1" < "10"."""
    try:
        return tuple(int(part) for part in point.split(".")) if point else ()
    except ValueError:
        return (1 << 30,)


def in_memory(notice: str | None = None) -> State:
    """A state that lasts this session only (nothing is kept)."""
    return State(_connect(":memory:"), None, notice)


def open_state(directory: Path | None = None) -> State:
    """The state in ``directory`` (default: the data folder); never raises for a bad file or folder.

    A damaged file is moved aside and a new one started; a folder that cannot be written
    gives a state in memory. ``State.notice`` says what happened.
    """
    directory = directory if directory is not None else data_dir()
    path = directory / STATE_FILE
    try:
        directory.mkdir(parents=True, exist_ok=True)
        return State(_connect(path), path)
    except sqlite3.DatabaseError as exc:
        if not _damaged(exc):
            return in_memory(
                f"Cannot keep flags, notes and saved searches in {path}: {exc}. They last only this session."
            )
        damaged = _set_aside(path)
    except (OSError, StateError) as exc:
        return in_memory(f"Cannot keep flags, notes and saved searches in {path}: {exc}. They last only this session.")
    try:
        state = State(_connect(path), path)
    except (sqlite3.Error, OSError, StateError) as exc:
        return in_memory(f"Cannot keep flags, notes and saved searches in {path}: {exc}. They last only this session.")
    state.notice = f"Could not read {path} (not a database); kept it as {damaged.name} and started a new one."
    return state


def _set_aside(path: Path) -> Path:
    """Move a damaged database (and its WAL files) out of the way, keeping it for the reader."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def dumps_notes(state: State) -> str:
    return json.dumps({"briefing-tui-notes": 1, "notes": state.export_notes()}, ensure_ascii=False, indent=2) + "\n"


def loads_notes(text: str, where: str) -> list[object]:
    """The notes of an export; raises StateError with path:line:col for bad JSON."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StateError(f"{where}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})") from None
    notes = data.get("notes") if isinstance(data, dict) else data
    if not isinstance(notes, list):
        raise StateError(f'{where}: expected a JSON object with a "notes" list (from briefing-tui notes export)')
    return notes
