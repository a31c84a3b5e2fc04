"""The digest export and the timeline's words: what the browser's ``x`` and ``T`` need besides its state.

``x`` asks where to write (``ExportScreen``) and writes the digest of the current
filter (``core.query.digest``) in a thread; ``T`` opens the timeline of the meetings
listed now. The browser decides what is listed; these build the words and the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from textual.app import App
from textual.content import Content
from textual.screen import Screen

from briefing_tui.app.screens.export import ExportScreen, default_path, export_format
from briefing_tui.app.widgets.filter_bar import filter_parts
from briefing_tui.core.model.briefing import JOINT_OUTCOMES
from briefing_tui.core.present.digest_text import digest_markdown, to_text
from briefing_tui.core.query.digest import Digest, DigestFilter, build_digest
from briefing_tui.core.query.filtering import Query
from briefing_tui.core.query.library import Library
from briefing_tui.core.query.point_rows import transient_briefing
from briefing_tui.core.store.atomic import write_atomic


def meeting_facts(library: Library, indexes: Sequence[int]) -> tuple[list[dt.date], list[Sequence[str]]]:
    """Dates and participants' countries (in order) of these briefings, from the catalog's rows."""
    rows = library.catalog.rows
    return [rows[i].date for i in indexes], [rows[i].countries for i in indexes]


def describe_filters(query: Query, library: Library, joint_only: bool) -> Content:
    """The timeline's heading: which meetings it counts."""
    parts = filter_parts(query, library, joint_only)
    if not parts:
        return Content.styled("All meetings (no filters)", "bold")
    return Content.assemble(("Meetings matching ", "bold"), Content(" · ").join(parts))


def export_about(query: Query, library: Library, digest: Digest, *, joint: bool, per_point: bool) -> Content:
    """What the export dialog says it will write: the counts of the very digest it writes."""
    parts = filter_parts(query, library, joint)
    matching = Content.assemble(" · ", Content(" · ").join(parts)) if parts else Content(" (no filters)")
    about = Content.assemble("Digest of ", (digest.counts(), "bold"), matching, " · times in ", (digest.zone, "bold"))
    if query.text.strip():
        # What you see is what you export: in the points view the words pick points.
        note = (
            "Points holding every search word, as listed (`briefing-tui digest --search … --per-point`)."
            if per_point
            else "Meetings holding every search word, with all their points (`briefing-tui digest --search …`)."
        )
        about = Content.assemble(about, "\n", (note, "$text-muted"))
    return about


def digest_for(library: Library, flt: DigestFilter, indexes: list[int], zone: str) -> Digest:
    """The digest of these briefings: built once, for the dialog's words and for the file."""
    digest = build_digest([transient_briefing(library, i) for i in indexes], flt, zone, labels=library.vocabulary.label)
    return replace(digest, considered=len(library))


def write_digest(path: Path, digest: Digest) -> str:
    """Write ``digest`` to ``path`` (atomically); say what was written. Raises OSError."""
    format = export_format(path)
    if format == "html":
        from briefing_tui.core.present.digest_html import to_html

        text = to_html(digest)
    else:
        text = digest_markdown(digest) if format == "markdown" else to_text(digest)
    write_atomic(path, text.encode("utf-8"))
    return f"{path}\n{digest.counts()}"


def export_digest(
    screen: Screen, library: Library, query: Query, indexes: list[int], zone: str, *, joint: bool, per_point: bool
) -> None:
    """Ask where to write the digest of these briefings, then write it in a worker of ``screen``."""
    cwd = Path.cwd()
    flt = DigestFilter.from_query(query, outcomes=JOINT_OUTCOMES if joint else frozenset(), per_point=per_point)
    digest = digest_for(library, flt, indexes, zone)
    about = export_about(query, library, digest, joint=joint, per_point=per_point)

    def write(path: Path | None) -> None:
        if path is not None:
            screen.notify(f"Writing {path.name}…", title="Digest", markup=False, timeout=2)
            work = partial(_write_and_tell, screen.app, path, digest)
            screen.run_worker(work, thread=True, group="export", exit_on_error=False)

    screen.app.push_screen(ExportScreen(default_path(cwd, library.paths, dt.date.today()), about, cwd), write)


def _write_and_tell(app: App, path: Path, digest: Digest) -> None:
    """In the worker thread: write, and say how it went."""
    try:
        done = write_digest(path, digest)
    except OSError as exc:
        message = f"Could not write {path}: {exc.strerror or exc}"
        app.call_from_thread(app.notify, message, title="Digest", severity="error", markup=False)
        return
    app.call_from_thread(app.notify, done, title="Digest written", markup=False)
