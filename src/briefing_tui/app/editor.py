"""Open a briefing's file in the reader's editor, at a line when there is one.

The app suspends (the editor gets the terminal), runs ``$VISUAL`` or ``$EDITOR``
(else ``vi``), and resumes; the caller then reloads, so what was changed shows.
The app itself never writes the file: only the editor the reader chose does.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from textual.app import App, SuspendNotSupported

from briefing_tui.editor import editor_argv


def open_in_editor(app: App[object], path: Path, line: int | None = None) -> str | None:
    """Run the editor on ``path`` with the app suspended; None, or what went wrong."""
    argv = editor_argv(path, line)
    try:
        if app.is_headless:  # tests: no terminal to hand over
            subprocess.run(argv, check=False)
        else:
            with app.suspend():
                subprocess.run(argv, check=False)
    except SuspendNotSupported:
        return "This terminal cannot hand itself to an editor (suspending is not supported here)."
    except OSError as exc:
        return f"Could not start the editor {argv[0]!r}: {exc.strerror or exc} (set $VISUAL or $EDITOR)"
    return None
