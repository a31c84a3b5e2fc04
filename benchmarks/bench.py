"""Measure briefing-tui at scale: start-up, filtering, printing and memory.

    python benchmarks/bench.py 10000            # generates the corpus if needed
    python benchmarks/bench.py 200 --runs 1     # the smoke size the tests use

Every figure is a median over ``--runs`` runs and is shown beside a naive
baseline measured in the same run (see BASELINES). Results go to stdout as a
table and to benchmarks/out/results-N.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

BASELINES = {
    "warm_start_all_listed": "cold start of the same corpus (no cache)",
    "cold_first_rows": "cold start, all loaded",
    "cold_all_loaded": "tomli parse of every file, nothing else (one core)",
    "filter_p95_headless": "rebuilding the list with clear_options + add_options",
    "cold_max_ui_stall": "(our own target) longest the event loop was blocked while a cold load arrived",
    "print_one": "bare Python start (python -c pass)",
    "peak_rss_mb": "bare Python process with Textual imported",
    "peak_rss_warm_mb": "bare Python process with Textual imported",
}


def percentile(values: list[float], pct: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(pct / 100 * (len(values) - 1))))
    return values[k]


# -- child: one headless app run ------------------------------------------------------------


async def _child_app(corpus: Path, expected: int, keys: str, naive: bool) -> dict:
    t0 = float(os.environ["BENCH_T0"])
    from briefing_tui.app.app import BriefingApp
    from briefing_tui.app.widgets.briefing_list import BriefingList

    settings = Path(tempfile.mkdtemp())
    app = BriefingApp([corpus], local_zone="UTC", settings_dir=settings)
    out: dict = {}
    frames: list[tuple[float, int]] = []
    display = app._display

    def spy(screen, renderable):  # every frame the compositor paints, with the list's row count then
        if renderable is not None:
            from briefing_tui.app.widgets.briefing_list import BriefingList

            try:
                count = app.screen.query_one(BriefingList).option_count
            except Exception:
                count = -1
            frames.append((time.perf_counter(), count))
        return display(screen, renderable)

    app._display = spy

    async def keystroke(action) -> float:
        """From the key to the first frame that shows the list's new rows, in ms."""
        start = time.perf_counter()
        await action()
        await pilot.pause()
        from briefing_tui.app.widgets.briefing_list import BriefingList

        final = app.screen.query_one(BriefingList).option_count
        painted = [t for t, count in frames if t >= start and count == final]
        return ((painted[0] if painted else time.perf_counter()) - start) * 1000

    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        listing = screen.query_one(BriefingList)
        deadline = time.monotonic() + 300
        stall, last = 0.0, time.perf_counter()
        while True:
            now = time.perf_counter()
            stall, last = max(stall, now - last - 0.002), now  # how long the event loop kept us waiting
            if time.monotonic() > deadline:
                raise TimeoutError(f"only {listing.option_count} of {expected} rows after 300 s")
            if "first_rows" not in out and listing.option_count > 0:
                out["first_rows"] = time.time() - t0
            if screen.library is not None and screen.library.complete and listing.option_count >= expected:
                out["all_listed"] = time.time() - t0
                out["max_stall_ms"] = stall * 1000
                out.setdefault("first_rows", out["all_listed"])
                break
            await asyncio.sleep(0.002)
        await pilot.pause()
        out["rss_after_load_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if keys:
            await pilot.press("slash")
            await pilot.pause()
            samples = []
            sequence = list(keys) + ["backspace"] * len(keys)
            for key in sequence:
                samples.append(await keystroke(lambda key=key: pilot.press(key)))
            out["filter_ms"] = samples
            # Our own peak, before the naive baseline below builds its 10k Options in this process.
            out["rss_after_filter_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            if naive:
                # The naive way: an OptionList rebuilt with clear_options + add_options per keystroke.
                from textual.widgets import OptionList
                from textual.widgets.option_list import Option

                from briefing_tui.app.widgets.briefing_list import briefing_row
                from briefing_tui.core.query.filtering import Query

                library = screen.library
                rows = library.catalog.rows
                naive_list = OptionList(id="naive")
                await listing.parent.mount(naive_list, after=listing)
                listing.display = False
                naive_list.add_options([Option(briefing_row(rows[i])) for i in library.orders["newest"]])
                await pilot.pause()
                text, naive_samples = "", []
                for key in sequence:
                    text = text[:-1] if key == "backspace" else text + key
                    shown = library.catalog.matches(Query(text=text), library.orders["newest"])

                    async def rebuild(shown=shown):
                        naive_list.clear_options()
                        naive_list.add_options([Option(briefing_row(rows[i])) for i in shown])
                        naive_list.highlighted = 0 if shown else None

                    start = time.perf_counter()
                    await rebuild()
                    await pilot.pause()
                    naive_samples.append((time.perf_counter() - start) * 1000)
                out["naive_filter_ms"] = naive_samples
    out["frames"] = len(frames)
    out["peak_rss_mb"] = out.get("rss_after_filter_mb") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    shutil.rmtree(settings, ignore_errors=True)
    return out


def child_main(argv: list[str]) -> None:
    corpus, expected, keys, naive = Path(argv[0]), int(argv[1]), argv[2], argv[3] == "1"
    result = asyncio.run(_child_app(corpus, expected, keys, naive))
    print("BENCH " + json.dumps(result), flush=True)


# -- parent ----------------------------------------------------------------------------------


def run_child(corpus: Path, expected: int, cache_dir: Path, keys: str = "", naive: bool = False) -> dict:
    env = {**os.environ, "BRIEFING_TUI_CACHE_DIR": str(cache_dir), "TZ": "UTC", "BENCH_T0": repr(time.time())}
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(corpus), str(expected), keys, "1" if naive else "0"],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    line = next((out for out in proc.stdout.splitlines() if out.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(f"child failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    return json.loads(line[6:])


def timed(cmd: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True, env={**os.environ, "TZ": "UTC"})
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def parse_only(corpus: Path) -> float:
    code = (
        "import time,tomli,pathlib,gc; gc.disable(); fs=sorted(pathlib.Path(%r).glob('*.toml')); t=time.perf_counter()\n"
        "for f in fs: tomli.loads(f.read_text(encoding='utf-8'))\n"
        "print(time.perf_counter()-t)"
    ) % str(corpus)
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def bare_rss() -> float:
    code = "import resource, textual.app; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def ensure_corpus(n: int, root: Path) -> Path:
    from generate import generate

    corpus = root / f"corpus-{n}"
    marker = corpus / ".complete"
    if not marker.exists():
        shutil.rmtree(corpus, ignore_errors=True)
        generate(n, corpus)
        shutil.copy(REPO / "briefings" / "topics.toml", corpus / "topics.toml")
        marker.write_text("ok")
    return corpus


def measure(n: int, runs: int, workdir: Path, keys: str) -> dict:
    corpus = ensure_corpus(n, workdir)
    one_file = next(corpus.glob("syn-*.toml"))
    cold, warm = [], []
    for _ in range(runs):
        cache = Path(tempfile.mkdtemp(dir=workdir))
        cold.append(run_child(corpus, n, cache))
        warm.append(run_child(corpus, n, cache, keys=keys, naive=True))
        shutil.rmtree(cache, ignore_errors=True)
    med = lambda rows, key: statistics.median(r[key] for r in rows)  # noqa: E731
    filt = [ms for r in warm for ms in r.get("filter_ms", [])]
    naive = [ms for r in warm for ms in r.get("naive_filter_ms", [])]
    python = timed([sys.executable, "-c", "pass"], max(3, runs))
    figures = {
        "warm_start_all_listed": (med(warm, "all_listed"), med(cold, "all_listed"), "s", 0.6),
        "cold_first_rows": (med(cold, "first_rows"), med(cold, "all_listed"), "s", 0.5),
        "cold_all_loaded": (med(cold, "all_listed"), parse_only(corpus), "s", 2.5),
        "filter_p95_headless": (
            percentile(filt, 95) if filt else None,
            percentile(naive, 95) if naive else None,
            "ms",
            30,
        ),
        "cold_max_ui_stall": (med(cold, "max_stall_ms"), None, "ms", 100),
        "print_one": (
            timed([sys.executable, "-m", "briefing_tui", "print", str(one_file)], max(5, runs)),
            python,
            "s",
            0.15,
        ),
        "peak_rss_mb": (max(r["peak_rss_mb"] for r in warm + cold), bare_rss(), "MB", 150),
        "peak_rss_warm_mb": (max(r["peak_rss_mb"] for r in warm), bare_rss(), "MB", 150),
    }
    return {"n": n, "runs": runs, "figures": figures, "filter_median_ms": statistics.median(filt) if filt else None}


def table(result: dict) -> str:
    lines = [f"briefing-tui bench, N={result['n']}, median of {result['runs']} run(s)", ""]
    lines.append(f"{'figure':24} {'value':>10} {'baseline':>10} {'ratio':>7} {'target':>8}  baseline is")
    for name, (value, base, unit, target) in result["figures"].items():
        fmt = lambda v, unit=unit: "—" if v is None else (f"{v:.3f} {unit}" if unit == "s" else f"{v:.1f} {unit}")  # noqa: E731
        ratio = f"{value / base:.2f}x" if value and base else "—"
        ok = "" if value is None else (" ✓" if value <= target else " ✗")
        lines.append(
            f"{name:24} {fmt(value):>10} {fmt(base):>10} {ratio:>7} {target:>6}{unit[:2]:<2}{ok}  {BASELINES[name]}"
        )
    return "\n".join(lines)


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child_main(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench")
    parser.add_argument("--keys", default="ministers arctic", help="typed into the search box, then erased")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    result = measure(args.n, args.runs, args.workdir, args.keys)
    print(table(result))
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"results-{args.n}.json"
    path.write_text(json.dumps(result, indent=2))
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
