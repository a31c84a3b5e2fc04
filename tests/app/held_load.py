"""A generated corpus whose load pauses part-way until the test releases it: the app during a first load.

Shared by the tests that act while a load is held (tests/app/test_tui_scale.py, test_tui_palette_review.py).
"""

from __future__ import annotations

import shutil
import sys
import threading
from pathlib import Path

from app_support import DATA

import briefing_tui.app.load_controller as browser_module
import briefing_tui.core.store.load as loader
import briefing_tui.core.store.parse as parse
from support import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from generate import generate


def held_corpus(tmp_path: Path, monkeypatch, n: int = 800, hold_after: int = 300) -> tuple[Path, threading.Event]:
    """A generated corpus whose load pauses after ``hold_after`` files until the test releases it."""
    folder = tmp_path / "corpus"
    generate(n, folder)
    shutil.copy(DATA / "topics.toml", folder / "topics.toml")
    release = threading.Event()
    real = parse.load_file
    count = 0

    def held(path, vocabulary=None):
        nonlocal count
        count += 1
        if count > hold_after:
            assert release.wait(60)
        return real(path, vocabulary)

    monkeypatch.setattr(parse, "load_file", held)
    monkeypatch.setattr(loader, "PROGRESS_EVERY", 0)  # so the files before the hold span several progress reports
    monkeypatch.setattr(browser_module, "PARTIAL_INTERVAL", 0.2)
    return folder, release
