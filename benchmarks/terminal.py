"""What a user feels in a real terminal: launch to screen, and key to screen change.

    python benchmarks/terminal.py                         # the 25 bundled briefings
    python benchmarks/terminal.py /tmp/briefing-bench/corpus-10000
    python benchmarks/terminal.py /tmp/briefing-bench/corpus-10000 --large /tmp/briefing-bench/corpus-100000

The app runs in a pseudo-terminal this script owns (120x40, xterm-256color), exactly
as a user's terminal would run it. Every byte it writes is timestamped as it arrives
and fed to a terminal emulator (pyte), so a figure is the time from writing a key to
the pty until the last byte of the frame that shows the change (the end of the output
burst: no byte for QUIET seconds, which is not counted). Nothing is polled, so the
figures carry no polling error, unlike a tmux capture loop.

Floors are measured in the same run, the same way: a bare Textual app (an OptionList
beside a Static updated on highlight, and a modal screen on ``p``) for keys, screens and
first paint; the launch of the 25 bundled briefings for start figures; tomli parsing every
file on one core for a cold load; ``python -c pass`` for ``print``. Each figure is printed
as value / floor / ratio beside its target (issue #14).
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import itertools
import json
import os
import pty
import select
import shutil
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
        self.process = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=environ, start_new_session=True
        )
        os.close(slave)
        self.screen = pyte.Screen(COLUMNS, LINES)
        self.stream = pyte.ByteStream(self.screen)
        #: Bytes read but not yet fed to the emulator: pyte parses ~1 KB a millisecond (a real
        #: terminal, ~1 MB), so feeding as bytes arrive would slow the reads and count its parsing
        #: in a large frame's time (16 ms of a 40 ms full-screen frame). It parses when asked.
        self._pending = bytearray()

    def text(self) -> str:
        """The screen's characters, and a last line that changes with its colours: a keystroke
        that only moves a cursor drawn in colour (a space typed in the search box) changes no
        character, and was timed by whatever frame changed one next (the facet refresh, 170 ms)."""
        if self._pending:
            self.stream.feed(bytes(self._pending))
            self._pending.clear()
        buffer = self.screen.buffer
        colours = hash(
            tuple(hash(tuple((c.fg, c.bg, c.reverse) for c in buffer[y].values())) for y in range(self.screen.lines))
        )
        return "\n".join(self.screen.display) + f"\n[colours {colours:x}]"

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
        self._pending += data
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

    def press(
        self, data: bytes, predicate: Callable[[str], bool], timeout: float = 5.0
    ) -> tuple[float | None, float | None]:
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
                first = next((a for a, b in itertools.pairwise(arrivals) if b - a > FRAME_GAP), arrivals[-1])
                return first - start, arrivals[-1] - start
            elif arrivals:
                arrivals.clear()
        return None, None

    def close(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()
        self.process.wait()
        os.close(self.master)


KEYS = {
    "j": b"j",
    "k": b"k",
    "down": b"\x1b[B",
    "up": b"\x1b[A",
    "g": b"g",
    "G": b"G",
    "pagedown": b"\x1b[6~",
    "pageup": b"\x1b[5~",
    "home": b"\x1b[H",
    "end": b"\x1b[F",
    "escape": b"\x1b",
    "backspace": b"\x7f",
}
BUNDLED = REPO / "briefings"
SEARCH = "arctic quad semiconductor"
BROKEN = 'schema = 1\ntitle = "Broken on purpose"\nkind = "bilateral-meeting"\ndate = 2024-13-40\n'


def changed_from(before: str) -> Callable[[str], bool]:
    return lambda now: now != before


def navigate(term: Terminal, keys: list[str], rounds: int) -> dict[str, dict[str, float]]:
    """Per key that changed the screen: ms to its first frame (the cursor moved) and to the settled screen."""
    first, settled = [], []
    for _ in range(rounds):
        for name in keys:
            a, b = term.press(KEYS.get(name, name.encode()), changed_from(term.text()), timeout=2.0)
            if a is not None and b is not None:
                first.append(a * 1000)
                settled.append(b * 1000)
    return {"first_frame": summary(first), "settled": summary(settled)}


def summary(samples: list[float]) -> dict[str, float]:
    if not samples:
        return {"n": 0}
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * (len(ordered) - 1)))]
    return {
        "n": len(samples),
        "median": round(statistics.median(samples), 1),
        "p95": round(p95, 1),
        "max": round(ordered[-1], 1),
    }


def app_argv(paths: list[Path]) -> list[str]:
    return [sys.executable, "-m", "briefing_tui", *map(str, paths)]


def launch(argv: list[str], ready: Callable[[str], bool], env: dict[str, str]) -> tuple[Terminal, float | None]:
    term = Terminal(argv, env)
    return term, term.until(ready, term.started, timeout=300)


def listed(screen: str) -> bool:
    """Every briefing is listed: the status line counts them and nothing is loading any more."""
    return "briefing" in screen and "Loading" not in screen and "loading…" not in screen


def first_rows(screen: str) -> bool:
    """The first screen with rows: the status line counts briefings (more may still be loading)."""
    return " briefing" in screen and "Loading" not in screen


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cache_written(folder: Path, timeout: float = 600.0) -> None:
    """Wait until the cache folder has its index and its files have not changed for a second.

    (The index is written last, after the list shows: at 100k on a loaded machine the segments
    can sit unchanged for seconds while it is encoded, and a run killed then leaves no index.)
    """
    deadline, last, since = time.monotonic() + timeout, None, time.monotonic()
    while time.monotonic() < deadline:
        state = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file())
        if state != last:
            last, since = state, time.monotonic()
        elif any(name.endswith(".index") for name, _, _ in state) and time.monotonic() - since >= 1.0:
            return
        time.sleep(0.1)


def median_of(samples: list[float | None]) -> float | None:
    values = [s for s in samples if s is not None]
    return statistics.median(values) if values else None


def timed(argv: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True, env={**os.environ, "TZ": "UTC"})
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def tomli_one_core(corpus: Path) -> float:
    """Seconds tomli takes to parse every file of ``corpus`` in one process (the cold load's floor)."""
    code = (
        f"import time,tomli,pathlib,gc; gc.disable(); fs=sorted(pathlib.Path({str(corpus)!r}).rglob('*.toml')); t=time.perf_counter()\n"
        "for f in fs: tomli.loads(f.read_text(encoding='utf-8'))\n"
        "print(time.perf_counter()-t)"
    )
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def floors(env: dict[str, str], rounds: int) -> dict[str, object]:
    """The bare Textual app: first paint, keys, a modal screen; and ``python -c pass``."""
    out: dict[str, object] = {"python_c_pass_s": timed([sys.executable, "-c", "pass"], 5)}
    bare, first = launch([sys.executable, str(BARE_APP)], lambda s: "item 0" in s, env)
    out["bare_first_screen_s"] = first
    bare.settle()
    out["bare_keys_ms"] = navigate(bare, ["j", "j", "j", "k", "k", "k"], rounds)
    modal = []
    for _ in range(rounds):
        before = bare.text()
        elapsed = bare.key(b"p", lambda s, b=before: s != b and "A modal screen" in s)
        if elapsed is not None:
            modal.append(elapsed * 1000)
        bare.key(KEYS["escape"], changed_from(bare.text()))
        bare.settle(0.5)
    out["bare_screen_ms"] = summary(modal)
    bare.close()
    return out


def launches(paths: list[Path], env: dict[str, str], runs: int, *, first: bool = False) -> dict[str, float | None]:
    """Cold (empty cache) and warm starts: seconds to the first rows and to everything listed, and peak RSS."""
    cold_all, warm_first, warm_all, rss = [], [], [], []
    for _ in range(runs):
        run_env = {**env, "BRIEFING_TUI_CACHE_DIR": tempfile.mkdtemp(prefix="terminal-bench-cache-")}
        term, cold = launch(app_argv(paths), listed, run_env)
        cache_written(Path(run_env["BRIEFING_TUI_CACHE_DIR"]))  # it is written after the list shows
        term.close()
        cold_all.append(cold)
        term = Terminal(app_argv(paths), run_env)
        shown = term.until(first_rows, term.started, timeout=300) if first else None
        done = (
            term.until(listed, term.started, timeout=300) if not (shown is not None and listed(term.text())) else shown
        )
        warm_first.append(shown)
        warm_all.append(done)
        term.settle(0.5)
        rss.append(peak_rss_mb(term.process.pid))
        term.close()
        shutil.rmtree(run_env["BRIEFING_TUI_CACHE_DIR"], ignore_errors=True)
    return {
        "cold_all_s": median_of(cold_all),
        "warm_first_s": median_of(warm_first),
        "warm_all_s": median_of(warm_all),
        "warm_peak_rss_mb": max(rss) if rss else None,
    }


def session(paths: list[Path], env: dict[str, str], rounds: int) -> dict[str, object]:
    """Keys and screens in one warm session of the app on ``paths``."""
    results: dict[str, object] = {}
    run_env = {**env, "BRIEFING_TUI_CACHE_DIR": tempfile.mkdtemp(prefix="terminal-bench-cache-")}
    term, _ = launch(app_argv(paths), listed, run_env)  # fills the cache
    cache_written(Path(run_env["BRIEFING_TUI_CACHE_DIR"]))
    term.close()
    term, _ = launch(app_argv(paths), listed, run_env)
    term.settle()
    sequence = ["j", "j", "j", "k", "k", "k", "down", "up", "G", "g", "pagedown", "pageup"]
    results["list_keys_ms"] = navigate(term, sequence, rounds)
    screens: dict[str, float | None] = {}
    for name, key, shown in [
        ("points view (v)", b"v", lambda s: "Points ·" in s),
        ("timeline (T)", b"T", lambda s: "Timeline" in s),
        ("palette (ctrl+p)", b"\x10", lambda s: "Search for commands" in s),
        ("help (?)", b"?", lambda s: "esc closes" in s),
        ("errors (e)", b"e", lambda s: "Load problems" in s),
    ]:
        samples = []
        for _ in range(max(3, rounds)):  # (one sample at --rounds 3 was noise: ±30 ms run to run)
            before = term.text()
            elapsed = term.key(key, lambda s, b=before, f=shown: s != b and f(s), timeout=10.0)
            samples.append(elapsed * 1000 if elapsed is not None else None)
            term.settle(1.0)
            if name.startswith("points") and "points_keys_ms" not in results:
                results["points_keys_ms"] = navigate(term, ["j", "j", "j", "k", "k", "k", "pagedown", "pageup"], rounds)
            term.key(b"v" if name.startswith("points") else KEYS["escape"], changed_from(term.text()))
            term.settle(0.5)
        screens[name] = median_of(samples)
    results["screens_ms"] = screens
    # The search box: each keystroke of SEARCH, then erasing it.
    term.key(b"/", changed_from(term.text()))
    term.settle(0.5)
    first, settled = [], []
    for _ in range(max(1, rounds // 2)):
        for data in [c.encode() for c in SEARCH] + [KEYS["backspace"]] * len(SEARCH):
            a, b = term.press(data, changed_from(term.text()), timeout=5.0)
            if a is not None and b is not None:
                first.append(a * 1000)
                settled.append(b * 1000)
        term.settle(0.5)
    results["search_keys_ms"] = {"first_frame": summary(first), "settled": summary(settled)}
    term.key(KEYS["escape"], changed_from(term.text()))
    term.settle(0.5)
    term.key(b"t", changed_from(term.text()))
    term.settle()
    results["filter_panel_keys_ms"] = navigate(
        term, ["down", "down", "down", "up", "up", "up", "pagedown", "pageup"], rounds
    )
    term.close()
    shutil.rmtree(run_env["BRIEFING_TUI_CACHE_DIR"], ignore_errors=True)
    return results


Row = tuple[str, float | None, float | None, str, str]


def rows(results: dict[str, object], corpus: str) -> list[Row]:
    """(figure, value, floor, unit, target) for the table."""
    fl = results["floors"]
    assert isinstance(fl, dict)
    key_floor = fl["bare_keys_ms"]["first_frame"]
    out: list[Row] = []
    s = results["session"]
    assert isinstance(s, dict)
    for label, name in [
        ("list", "list_keys_ms"),
        ("points view", "points_keys_ms"),
        ("filter panel", "filter_panel_keys_ms"),
    ]:
        figures = s.get(name, {}).get("first_frame", {})
        out.append((f"{label} keys p95, first frame", figures.get("p95"), key_floor.get("p95"), "ms", "≤ 3x floor"))
        out.append((f"{label} keys max, first frame", figures.get("max"), key_floor.get("max"), "ms", "≤ 50 ms"))
        settled = s.get(name, {}).get("settled", {})
        out.append(
            (f"{label} keys p95, settled", settled.get("p95"), fl["bare_keys_ms"]["settled"].get("p95"), "ms", "")
        )
    search = s["search_keys_ms"]
    out.append(
        (
            "search keystroke p95, first frame",
            search["first_frame"].get("p95"),
            key_floor.get("p95"),
            "ms",
            "≤ 30 ms (10k)",
        )
    )
    out.append(
        ("search keystroke p95, settled", search["settled"].get("p95"), key_floor.get("p95"), "ms", "≤ 30 ms (10k)")
    )
    screen_floor = fl["bare_screen_ms"].get("median")
    screen_target = "≤ 100 ms" if corpus != "bundled" else "≤ 50 ms"
    for name, value in s["screens_ms"].items():
        out.append((f"open {name}", value, screen_floor, "ms", screen_target))
    return out


def start_rows(results: dict[str, object]) -> list[Row]:
    out: list[Row] = []
    base = results["bundled_launch"]["warm_all_s"]
    corpus = results.get("corpus_launch")
    if corpus:
        out.append(("warm start, all listed", corpus["warm_all_s"], base, "s", "≤ 1.2x 25-briefing launch"))
        out.append(
            (
                "cold start, all loaded",
                corpus["cold_all_s"],
                results["tomli_one_core_s"],
                "s",
                "≤ 0.75x tomli, one core",
            )
        )
    large = results.get("large_launch")
    if large:
        out.append(("large warm, first screen", large["warm_first_s"], base, "s", "≤ 1.2x 25-briefing launch"))
        warm_10k = corpus["warm_all_s"] if corpus else None
        out.append(("large warm, all listed", large["warm_all_s"], warm_10k, "s", "≤ 6x the 10k warm figure"))
        kb = large["warm_peak_rss_mb"] * 1024 / results["large_count"] if large["warm_peak_rss_mb"] else None
        out.append(("large RSS per briefing", kb, None, "KB", "≤ 2.5 KB"))
    out.append(("launch, 25 bundled (warm)", base, results["floors"]["bare_first_screen_s"], "s", ""))
    out.append(
        ("print one briefing", results["print_s"], results["floors"]["python_c_pass_s"], "s", "≤ 6x python -c pass")
    )
    return out


def shown(value: float | None, unit: str) -> str:
    return "" if value is None else (f"{value:.3f} {unit}" if unit == "s" else f"{value:.1f} {unit}")


def table(rows: list[Row]) -> str:
    lines = ["| figure | value | floor | ratio | target |", "|---|---|---|---|---|"]
    for name, value, floor, unit, target in rows:
        ratio = f"{value / floor:.2f}x" if value is not None and floor else ""
        lines.append(f"| {name} | {shown(value, unit)} | {shown(floor, unit)} | {ratio} | {target} |")
    return "\n".join(lines)


def count_briefings(corpus: Path) -> int:
    return sum(1 for p in corpus.rglob("*.toml") if p.name != "topics.toml")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", help="a folder (default: the bundled briefings)")
    parser.add_argument("--large", type=Path, help="a 100k folder: its warm first screen, all listed and RSS")
    parser.add_argument("--rounds", type=int, default=6, help="passes over each key sequence")
    parser.add_argument("--runs", type=int, default=3, help="launches per start figure (medians)")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    parser.add_argument("--starts-only", action="store_true", help="only the start, memory and print figures")
    parser.add_argument("--keys-only", action="store_true", help="only the keys and screens (and their floors)")
    args = parser.parse_args()
    # An installed app has its bytecode cached; a checkout run with PYTHONDONTWRITEBYTECODE=1
    # would compile every module of src/ at each start (~0.25 s of a 0.1 s print).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    env = {"TZ": "UTC", "BRIEFING_TUI_CONFIG_DIR": tempfile.mkdtemp(prefix="terminal-bench-config-")}
    broken = Path(tempfile.mkdtemp(prefix="terminal-bench-broken-")) / "broken.toml"
    broken.write_text(BROKEN, encoding="utf-8")  # so that `e` has something to show
    corpus = args.corpus or BUNDLED
    results: dict[str, object] = {"corpus": str(corpus)}

    results["floors"] = floors(env, args.rounds)
    if not args.keys_only:
        results["bundled_launch"] = launches([BUNDLED], env, args.runs)
        if args.corpus:
            results["corpus_launch"] = launches([args.corpus], env, args.runs)
            results["tomli_one_core_s"] = tomli_one_core(args.corpus)
        if args.large:
            results["large_launch"] = launches([args.large], env, 1, first=True)
            results["large_count"] = count_briefings(args.large)
        one = next(p for p in sorted(corpus.rglob("*.toml")) if p.name != "topics.toml")
        results["print_s"] = timed([sys.executable, "-m", "briefing_tui", "print", str(one)], 5)
    results["session"] = {} if args.starts_only else session([corpus, broken], env, args.rounds)

    label = "bundled" if args.corpus is None else corpus.name
    print(json.dumps(results, indent=2, default=str))
    print()
    print(f"Corpus: {label}")
    print(table(([] if args.starts_only else rows(results, label)) + ([] if args.keys_only else start_rows(results))))
    if args.out:
        args.out.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
