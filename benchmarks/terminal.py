"""What a user feels in a real terminal: launch to screen, and key to screen change.

    python benchmarks/terminal.py                         # the 25 bundled briefings
    python benchmarks/terminal.py /tmp/briefing-bench/corpus-10000 --keys-only

The app runs in a pseudo-terminal this script owns (120x40, xterm-256color), exactly
as a user's terminal would run it. Every byte it writes is timestamped as it arrives
and fed to a terminal emulator (pyte), so a figure is the time from writing a key to
the pty until the last byte of the frame that shows the change (the end of the output
burst: no byte for QUIET seconds, which is not counted). Nothing is polled, so the
figures carry no polling error, unlike a tmux capture loop.

Floors are measured in the same run, the same way: a bare Textual app (an OptionList
beside a Static updated on highlight) for keys and first paint, ``python -c pass``.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Callable
from pathlib import Path

import pyte

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
COLUMNS, LINES = 120, 40
#: A frame's writes come within a fraction of a millisecond; frames are further apart than this.
FRAME_GAP = 0.003
#: The screen has settled when the app has written nothing for this long.
QUIET = 0.1
BARE_APP = HERE / "bare_app.py"


class Terminal:
    """A program on a pty of our own, with its screen emulated."""

    def __init__(self, argv: list[str], env: dict[str, str] | None = None) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        environ = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(LINES), **(env or {})}
        self.started = time.perf_counter()
        self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=environ, start_new_session=True)
        os.close(slave)
        self.screen = pyte.Screen(COLUMNS, LINES)
        self.stream = pyte.ByteStream(self.screen)

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def _read(self, timeout: float) -> float | None:
        """Read what is there within ``timeout``; the time the bytes arrived, or None."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return None
        try:
            data = os.read(self.master, 1 << 16)
        except OSError:
            return None
        now = time.perf_counter()
        self.stream.feed(data)
        return now

    def settle(self, timeout: float = 2.0) -> None:
        """Read until the program has been quiet for 0.3 s."""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end and self._read(0.3) is not None:
            pass

    def until(self, predicate: Callable[[str], bool], since: float, timeout: float = 30.0) -> float | None:
        """Seconds from ``since`` to the end of the first burst after which ``predicate(screen)`` holds."""
        deadline = since + timeout
        last = None
        while time.perf_counter() < deadline:
            arrived = self._read(QUIET if last is not None else 0.5)
            if arrived is not None:
                last = arrived
                continue
            if last is not None and predicate(self.text()):
                return last - since
            last = None
        return None

    def key(self, data: bytes, predicate: Callable[[str], bool], timeout: float = 5.0) -> float | None:
        """Seconds from the key to the end of the burst after which ``predicate(screen)`` holds."""
        return self.press(data, predicate, timeout)[1]

    def press(self, data: bytes, predicate: Callable[[str], bool], timeout: float = 5.0) -> tuple[float | None, float | None]:
        """(first frame, settled): seconds from the key to the end of its first frame, and to its last byte.

        None for both if the screen did not come to satisfy ``predicate`` within ``timeout``.
        """
        start = time.perf_counter()
        os.write(self.master, data)
        arrivals: list[float] = []
        while time.perf_counter() < start + timeout:
            arrived = self._read(QUIET if arrivals else 0.5)
            if arrived is not None:
                arrivals.append(arrived)
            elif arrivals and predicate(self.text()):
                first = next((a for a, b in zip(arrivals, arrivals[1:]) if b - a > FRAME_GAP), arrivals[-1])
                return first - start, arrivals[-1] - start
            elif arrivals:
                arrivals.clear()
        return None, None

    def close(self) -> None:
        try:
            self.process.kill()
        except ProcessLookupError:
            pass
        self.process.wait()
        os.close(self.master)


KEYS = {"j": b"j", "k": b"k", "down": b"\x1b[B", "up": b"\x1b[A", "g": b"g", "G": b"G", "pagedown": b"\x1b[6~", "pageup": b"\x1b[5~", "escape": b"\x1b"}


def changed_from(before: str) -> Callable[[str], bool]:
    return lambda now: now != before


def navigate(term: Terminal, keys: list[str], rounds: int) -> dict[str, dict[str, float]]:
    """Per key that changed the screen: ms to its first frame (the cursor moved) and to the settled screen."""
    first, settled = [], []
    for _ in range(rounds):
        for name in keys:
            a, b = term.press(KEYS[name], changed_from(term.text()), timeout=2.0)
            if a is not None and b is not None:
                first.append(a * 1000)
                settled.append(b * 1000)
    return {"first_frame": summary(first), "settled": summary(settled)}


def summary(samples: list[float]) -> dict[str, float]:
    if not samples:
        return {"n": 0}
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * (len(ordered) - 1)))]
    return {"n": len(samples), "median": round(statistics.median(samples), 1), "p95": round(p95, 1), "max": round(ordered[-1], 1)}


def app_argv(corpus: Path | None) -> list[str]:
    return [sys.executable, "-m", "briefing_tui", *([str(corpus)] if corpus else [])]


def launch(argv: list[str], ready: Callable[[str], bool], env: dict[str, str]) -> tuple[Terminal, float | None]:
    term = Terminal(argv, env)
    return term, term.until(ready, term.started, timeout=120)


def loaded(screen: str) -> bool:
    return "briefings" in screen and "Loading" not in screen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", help="a folder (default: the bundled briefings)")
    parser.add_argument("--rounds", type=int, default=6, help="passes over each key sequence")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    env = {"TZ": "UTC", "BRIEFING_TUI_CONFIG_DIR": tempfile.mkdtemp(), "BRIEFING_TUI_DATA_DIR": tempfile.mkdtemp()}
    results: dict[str, object] = {}

    # Floors, same run.
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    results["python_c_pass_s"] = round(time.perf_counter() - start, 3)
    bare, first = launch([sys.executable, str(BARE_APP)], lambda s: "item 0" in s, env)
    results["bare_first_screen_s"] = round(first or -1, 3)
    bare.settle()
    results["bare_keys_ms"] = navigate(bare, ["j", "j", "j", "k", "k", "k"], args.rounds)
    bare.close()

    # The app: launch (twice, so the second start is warm), then keys.
    term, cold = launch(app_argv(args.corpus), loaded, env)
    term.close()
    term, warm = launch(app_argv(args.corpus), loaded, env)
    results["launch_cold_s"], results["launch_warm_s"] = round(cold or -1, 3), round(warm or -1, 3)
    term.settle()
    sequence = ["j", "j", "j", "k", "k", "k", "down", "up", "G", "g", "pagedown", "pageup"]
    results["list_keys_ms"] = navigate(term, sequence, args.rounds)
    screens = {}
    for name, key, shown in [
        ("points view (v)", b"v", lambda s: "Briefings" in s),
        ("timeline (T)", b"T", lambda s: "Timeline" in s or "timeline" in s),
        ("palette (ctrl+p)", b"\x10", lambda s: "Search for commands" in s or "Commands" in s),
        ("help (?)", b"?", lambda s: "Keys" in s or "help" in s.lower()),
    ]:
        before = term.text()
        elapsed = term.key(key, lambda s, b=before, f=shown: s != b and f(s))
        screens[name] = round(elapsed * 1000, 1) if elapsed is not None else None
        if name.startswith("points"):
            term.settle()
            results["points_keys_ms"] = navigate(term, ["j", "j", "j", "k", "k", "k"], args.rounds)
            term.key(b"v", changed_from(term.text()))
        else:
            term.key(KEYS["escape"], changed_from(term.text()))
        term.settle()
    results["screens_ms"] = screens
    term.key(b"t", changed_from(term.text()))
    term.settle()
    results["filter_panel_keys_ms"] = navigate(term, ["down", "down", "down", "up", "up", "up"], args.rounds)
    term.close()

    print(json.dumps(results, indent=2))
    if args.out:
        args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
