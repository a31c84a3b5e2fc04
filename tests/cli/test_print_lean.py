"""``print FILE`` imports only what it needs (issue #14: its start is its imports), and prints what the renderers do.

Each check runs ``print`` in a fresh interpreter, the way a reader runs it: a module imported
lazily is only missed (or only imported) there.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from rich.console import Console
from rich.rule import Rule

from briefing_tui.core.model import zones
from briefing_tui.core.model.linked_zone import linked_zone
from briefing_tui.core.present.export import to_json, to_markdown
from briefing_tui.core.present.render import render_briefing
from briefing_tui.core.store.load import load_paths
from support import BUNDLED, REPO, SEED

#: What ``print FILE`` needs none of: the app, the cache and the workers, the other commands'
#: modules, and the standard library's modules only they (or a problem, or a terminal) need.
NOT_FOR_PRINT = (
    "textual",
    "briefing_tui.app",
    "briefing_tui.completion",
    "briefing_tui.core.importer",
    "briefing_tui.core.query",
    "briefing_tui.core.store.blobs",
    "briefing_tui.core.store.cache",
    "briefing_tui.core.store.workers",
    "briefing_tui.core.store.state",
    "briefing_tui.core.store.config",
    "briefing_tui.core.present.export",
    "argcomplete",
    "toml_rs",
    "sqlite3",
    "json",  # only --format json
    "difflib",  # only a "did you mean"
    "hashlib",  # a load's signature (the app's watcher)
    "secrets",  # a new cache segment's name
    "subprocess",  # the pager, only on a terminal
    "importlib.resources",  # tzdata's tables are read with pkgutil
    "shutil",  # argparse's width for every argument added (bz2, lzma, zlib with it): read without it
    "bz2",
    "lzma",
    "briefing_tui.core.store.schema_errors",  # only a file that fails validation
)
#: tzlocal (and its logging) too, where the /etc/localtime link says the zone plainly.
TZLOCAL = ("tzlocal", "logging")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TZ", "COLUMNS", "LINES")}
    return {**env, "PYTHONPATH": str(REPO / "src"), **extra}


def _imported_by_print(*argv: str) -> list[str]:
    code = (
        "import sys; from briefing_tui.cli import main; rc = main(['print', *sys.argv[1:]]); "
        "sys.stdout.flush(); print('\\n'.join(sorted(sys.modules)), file=sys.stderr); raise SystemExit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, cwd=REPO, env=_env(), timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stderr.splitlines()


def _under(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_print_one_file_imports_only_what_it_needs(monkeypatch):
    monkeypatch.delenv("TZ")  # the reader's zone as the system says it: the path a reader's print takes
    plain_link = linked_zone() is not None
    for argv in ([str(SEED)], [str(SEED), "--width", "60", "--tz", "Asia/Tokyo"]):
        modules = _imported_by_print(*argv)
        assert "briefing_tui.core.present.render" in modules  # (the list is print's)
        assert _under(modules, NOT_FOR_PRINT) == []
        if plain_link:
            assert _under(modules, TZLOCAL) == []


def _print(*argv: str, tz: str | None) -> str:
    env = _env(**({"TZ": tz} if tz else {}))
    result = subprocess.run(
        [sys.executable, "-m", "briefing_tui", "print", "--no-pager", str(BUNDLED), *argv],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _system_zone() -> str:
    """The reader's zone as tzlocal gives it (what print showed before it read the link itself)."""
    import tzlocal

    try:
        name = tzlocal.get_localzone_name()
        zones.get_zone(name or "")
    except Exception:
        return "UTC"
    return zones.canonical(name)


@pytest.fixture(scope="module")
def bundled():
    entries = load_paths([BUNDLED]).entries
    return sorted((e.briefing for e in entries), key=lambda b: (b.date, b.id or ""))


@pytest.mark.parametrize(
    ("width", "extra", "tz"),
    [
        (40, [], "Europe/Paris"),
        (80, ["Asia/Tokyo", "UTC"], "America/New_York"),
        (132, ["Asia/Tokyo"], "Europe/Paris"),
        (80, [], None),  # the system's zone
    ],
)
def test_printed_text_is_what_the_renderer_draws(bundled, monkeypatch, width, extra, tz):
    """Every bundled briefing, piped: the pane's renderer at that width, a dim rule between two, no trailing spaces."""
    local = tz or _system_zone()
    monkeypatch.setenv("TZ", local)  # (this process's Console reads nothing else of it)
    console = Console(
        file=io.StringIO(), width=width, highlight=False, markup=False, emoji=False, soft_wrap=False, no_color=None
    )
    with console.capture() as capture:
        for n, b in enumerate(bundled):
            if n:
                console.print(Rule(style="dim"))
            console.print(
                render_briefing(b, extra_zones=extra, local_zone=local, highlight_topics=frozenset(), whole_urls=True),
                crop=False,
            )
    expected = "\n".join(line.rstrip() for line in capture.get().split("\n"))
    argv = ["--width", str(width), *(a for zone in extra for a in ("--tz", zone))]
    assert _print(*argv, tz=tz) == expected


def test_printed_markdown_and_json_are_the_exports(bundled):
    local = "Europe/Paris"
    markdown = "".join(
        to_markdown(b, extra_zones=["Asia/Tokyo"], local_zone=local, points=None, highlight_topics=frozenset()) + "\n"
        for b in bundled
    )
    assert _print("--format", "markdown", "--tz", "Asia/Tokyo", tz=local) == markdown
    assert json.loads(_print("--format", "json", tz=local)) == [to_json(b, None) for b in bundled]
