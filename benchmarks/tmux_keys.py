"""Filter keystroke latency in a real terminal: the app under tmux, timed from send-keys.

    python benchmarks/tmux_keys.py /tmp/briefing-bench/corpus-10000 --keys "ministers arctic"

Each key is sent with `tmux send-keys`; the pane is then polled with `capture-pane`
until the status line's count changes (or a short settle time passes when it should
not change). Polling costs ~3-5 ms, so the figures are upper bounds.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SESSION = "briefing-bench"
COUNT = re.compile(r"([\d,]+) of ([\d,]+) briefings|([\d,]+) briefings")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=True).stdout


def status_count(screen: str) -> str | None:
    for line in reversed(screen.splitlines()):
        match = COUNT.search(line)
        if match:
            return match.group(0)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--keys", default="ministers arctic")
    args = parser.parse_args()
    env = f"TZ=UTC BRIEFING_TUI_CONFIG_DIR={tempfile.mkdtemp()} TEXTUAL_FPS=120"
    command = f"{env} {sys.executable} -m briefing_tui {args.corpus}"
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", command)
    tmux("set", "-sg", "escape-time", "0")
    try:
        deadline = time.monotonic() + 120
        while "loading" in tmux("capture-pane", "-p", "-t", SESSION) or not status_count(
            tmux("capture-pane", "-p", "-t", SESSION)
        ):
            if time.monotonic() > deadline:
                raise SystemExit("the app did not finish loading")
            time.sleep(0.2)
        time.sleep(1.0)
        tmux("send-keys", "-t", SESSION, "/")
        time.sleep(0.5)
        samples = []
        for key in list(args.keys) + ["BSpace"] * len(args.keys):
            before = status_count(tmux("capture-pane", "-p", "-t", SESSION))
            start = time.perf_counter()
            if key == "BSpace":
                tmux("send-keys", "-t", SESSION, "BSpace")
            else:
                tmux("send-keys", "-t", SESSION, "-l", key)
            while True:
                now = status_count(tmux("capture-pane", "-p", "-t", SESSION))
                elapsed = time.perf_counter() - start
                if now != before or elapsed > 0.5:
                    break
            if now != before:
                samples.append(elapsed * 1000)
            time.sleep(0.15)
        if samples:
            samples.sort()
            p95 = samples[max(0, round(0.95 * (len(samples) - 1)))]
            print(
                f"{len(samples)} keystrokes that changed the count: median {statistics.median(samples):.1f} ms, p95 {p95:.1f} ms"
            )
        else:
            print("no keystroke changed the count")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)


if __name__ == "__main__":
    os.environ.setdefault("TERM", "xterm-256color")
    main()
