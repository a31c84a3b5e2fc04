"""The HTML digest opens in a real headless browser (Debian's chromium, where installed)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from briefing_tui.core.present.digest_html import to_html
from briefing_tui.core.query.digest import DigestFilter, build_digest
from briefing_tui.core.store.load import load_paths
from support import BUNDLED

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


#: .ci/run installs chromium and sets this: in CI a missing browser is a failure, not a skip.
REQUIRED = os.environ.get("BRIEFING_TUI_REQUIRE_CHROMIUM") == "1"


@pytest.mark.skipif(CHROMIUM is None and not REQUIRED, reason="chromium is not installed (apt-get install chromium)")
def test_digest_opens_in_headless_chromium(tmp_path):
    assert CHROMIUM is not None, "chromium is required here (BRIEFING_TUI_REQUIRE_CHROMIUM=1) but not installed"
    d = build_digest(load_paths([BUNDLED]).briefings, DigestFilter(countries=frozenset({"CA"})), "America/Toronto")
    page = tmp_path / "digest.html"
    page.write_text(to_html(d), encoding="utf-8")
    common = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*common, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert dom.stdout.count("<article>") == len(d.items) > 0
    assert "Digest: with Canada" in dom.stdout
    shot = tmp_path / "digest.png"
    run = subprocess.run(
        [*common, "--window-size=1000,1400", f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=120
    )
    assert run.returncode == 0 and shot.stat().st_size > 20_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
