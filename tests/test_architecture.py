"""The import graph stays one-way: the core never imports Textual or the app."""

from __future__ import annotations

import ast
import os

from support import REPO

CORE = REPO / "src" / "briefing_tui" / "core"


def test_import_linter_contracts_are_kept():
    from importlinter.cli import lint_imports

    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        assert lint_imports(config_filename=str(REPO / "pyproject.toml"), no_cache=True, no_logo=True) == 0
    finally:
        os.chdir(cwd)


def test_no_core_module_names_textual_even_lazily():
    """import-linter sees module imports; this also catches ones inside functions."""
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.name}: {n}" for n in names if n.split(".")[0] == "textual" or n.startswith("briefing_tui.app")
            ]
    assert offenders == []
