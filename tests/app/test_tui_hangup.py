"""The app leaves when its terminal hangs up without a SIGHUP, instead of spinning a core for ever."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

import pytest

from briefing_tui.app import hangup
from briefing_tui.core.query.library import load_library
from briefing_tui.core.store.state import open_state
from support import BUNDLED

pytestmark = pytest.mark.skipif(not hasattr(select, "poll"), reason="needs poll() (not on Windows)")


def drawn(leader: int, wanted: bytes, within: float = 30.0) -> bytes:
    """What the app wrote to its terminal until ``wanted`` came (or ``within`` ran out)."""
    seen = b""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline and wanted not in seen:
        ready, _, _ = select.select([leader], [], [], 0.2)
        if ready:
            try:
                seen += os.read(leader, 65536)
            except OSError:
                break
    return seen


def test_a_terminal_that_hangs_up_without_a_signal_ends_the_app(tmp_path):
    leader, follower = pty.openpty()
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "COLUMNS": "120",
        "LINES": "40",
        "BRIEFING_TUI_CACHE_DIR": str(tmp_path / "cache"),
        "BRIEFING_TUI_CONFIG_DIR": str(tmp_path / "config"),
        "BRIEFING_TUI_DATA_DIR": str(tmp_path / "data"),
    }
    # A new session with no controlling terminal: closing the other end sends no SIGHUP,
    # as when an ssh connection drops without one.
    child = subprocess.Popen(
        [sys.executable, "-m", "briefing_tui", str(BUNDLED)],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        start_new_session=True,
    )
    os.close(follower)
    try:
        assert b"Japan" in drawn(leader, b"Japan")
        os.write(leader, b"f")  # flag the briefing under the cursor: its star is drawn once saved
        assert "★".encode() in drawn(leader, "★".encode())
        os.close(leader)
        leader = -1
        # Within a few checks; before the fix the input thread read end-of-file in a loop for ever.
        child.wait(timeout=max(15.0, 10 * hangup.CHECK_EVERY))
    finally:
        if leader != -1:
            os.close(leader)
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0
    # The flag set just before the hang-up is kept, as on q.
    state = open_state(tmp_path / "data")
    try:
        flagged = [row.id for row in load_library([BUNDLED], use_cache=False).catalog.rows if state.is_flagged(row.id)]
    finally:
        state.close()
    assert len(flagged) == 1


def test_an_open_terminal_is_not_hung_up():
    leader, follower = pty.openpty()
    try:
        assert not hangup.hung_up(follower)
        os.close(leader)
        leader = -1
        assert hangup.hung_up(follower)
    finally:
        os.close(follower)
        if leader != -1:
            os.close(leader)
