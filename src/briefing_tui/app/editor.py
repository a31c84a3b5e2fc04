"""Open a briefing's file in the reader's editor, at a line when there is one.

The app suspends (the editor gets the terminal), runs ``$VISUAL`` or ``$EDITOR``
(else ``vi``), and resumes; the caller then reloads, so what was changed shows.
The app itself never writes the file: only the editor the reader chose does.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping
from pathlib import Path

from textual.app import App, SuspendNotSupported

#: Editors that take ``+LINE FILE``.
PLUS_LINE = frozenset(
    {"vi", "vim", "nvim", "gvim", "view", "vim.basic", "vim.tiny", "nvi", "elvis", "ex", "nano", "pico", "emacs",
     "emacsclient", "micro", "kak", "hx", "helix", "joe", "jed", "mg", "ne"}
)  # fmt: skip
#: Editors that take ``--goto FILE:LINE``.
GOTO = frozenset({"code", "code-insiders", "codium", "vscodium", "cursor"})


def editor_command(environ: Mapping[str, str] | None = None) -> list[str]:
    """``$VISUAL``, else ``$EDITOR``, else ``vi``, split as a shell would (``code --wait`` works)."""
    env = os.environ if environ is None else environ
    for name in ("VISUAL", "EDITOR"):
        value = env.get(name, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError:
                words = value.split()
            if words:
                return words
    return ["vi"]


def editor_argv(path: Path, line: int | None = None, environ: Mapping[str, str] | None = None) -> list[str]:
    """The editor's command line for ``path``, at ``line`` in the way that editor understands."""
    argv = editor_command(environ)
    name = Path(argv[0]).name.removesuffix(".exe")
    if line is None or line < 1:
        return [*argv, str(path)]
    if name in GOTO:
        return [*argv, "--goto", f"{path}:{line}"]
    if name in PLUS_LINE:
        return [*argv, f"+{line}", str(path)]
    return [*argv, str(path)]  # an editor we do not know: the file, without a guess at its line syntax


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
