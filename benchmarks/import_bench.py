"""Time the importer on each pathological input (tests/importer/pathological_inputs.py).

Each input is imported in a child process (``import_readout``, the whole pipeline up to the
TOML text) with a cap of ``--cap`` seconds; the floor beside it is ``python -c pass`` and reading
plus splitting the same text into lines, measured in the same run. ``--cli`` also times
``briefing-tui import FILE --dry-run`` end to end (read, import, validate) on each input.

    python benchmarks/import_bench.py                  # every input
    python benchmarks/import_bench.py realistic_10mb --cli
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "importer"))

from pathological_inputs import INPUTS  # noqa: E402

_CHILD = """
import sys, time
from pathlib import Path
from briefing_tui.core.importer import import_readout
from briefing_tui.core.store.parse import load_vocabulary
vocab, _ = load_vocabulary(Path(sys.argv[2]))
text = Path(sys.argv[1]).read_text(encoding="utf-8")
t0, c0 = time.perf_counter(), time.process_time()
try:
    import_readout(text, vocabulary=vocab)
except ValueError:  # NoMeetingError: refused, which is an answer too
    pass
print(time.perf_counter() - t0, time.process_time() - c0)
"""

_FLOOR = """
import sys, time
from pathlib import Path
t0 = time.perf_counter()
lines = Path(sys.argv[1]).read_text(encoding="utf-8").split("\\n")
print(time.perf_counter() - t0)
"""


def _child(code: str, args: list[str], cap: float) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    try:
        run = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=cap, env=env)
    except subprocess.TimeoutExpired:
        return f"> {cap:.0f} s (killed)"
    if run.returncode != 0:
        return "error: " + run.stderr.strip().splitlines()[-1]
    wall, *cpu = (float(x) for x in run.stdout.split())
    return f"{wall:.3f} s" + (f" (cpu {cpu[0]:.3f} s)" if cpu else "")


def _cli(path: Path, cap: float) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    t0 = time.perf_counter()
    try:
        run = subprocess.run(
            [sys.executable, "-m", "briefing_tui", "import", str(path), "--dry-run"],
            capture_output=True,
            text=True,
            timeout=cap,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return f"> {cap:.0f} s (killed)"
    return f"{time.perf_counter() - t0:.3f} s (exit {run.returncode})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="inputs to time (default: all)")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before a child is killed")
    parser.add_argument("--cli", action="store_true", help="also time the import command end to end")
    args = parser.parse_args()
    vocab = REPO / "briefings" / "topics.toml"
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    print(f"floor: python -c pass {time.perf_counter() - t0:.3f} s")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.names or INPUTS:
            text = INPUTS[name]()
            path = Path(tmp) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            floor = _child(_FLOOR, [str(path)], args.cap)
            took = _child(_CHILD, [str(path), str(vocab)], args.cap)
            line = f"{name:28} {len(text):>10,} chars  import {took:>32}  read+split {floor}"
            if args.cli:
                line += f"  cli {_cli(path, args.cap)}"
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
