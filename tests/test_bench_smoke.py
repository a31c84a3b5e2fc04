"""The benchmark is not a test, but it must not rot: run it once at N=200."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from support import REPO


def test_bench_runs_at_n_200(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "bench.py"),
            "200",
            "--runs",
            "1",
            "--workdir",
            str(tmp_path / "work"),
            "--out",
            str(tmp_path / "out"),
            "--keys",
            "arc",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TZ": "UTC"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "warm_start_all_listed" in result.stdout and "baseline is" in result.stdout
    figures = json.loads((tmp_path / "out" / "results-200.json").read_text())["figures"]
    assert set(figures) >= {
        "warm_start_all_listed",
        "cold_first_rows",
        "cold_all_loaded",
        "filter_p95_headless",
        "print_one",
        "peak_rss_mb",
    }
    assert all(value is not None and value > 0 for value, *_ in figures.values())
