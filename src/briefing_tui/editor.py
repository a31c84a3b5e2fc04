"""Which editor, and its command line for a file at a line: ``$VISUAL``, ``$EDITOR``, else ``vi``.

Pure (no Textual), so ``briefing-tui config --edit`` and the app's ``E`` share it.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping
from pathlib import Path

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
