"""A parse worker whose app is killed ends too, instead of parsing on as an orphan."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

from support import REPO

# The app stand-in: starts one worker the way parse_in_workers does (spawn, _start_worker),
# gives it a task that would run for a minute, prints the worker's pid, then dies at once
# (os._exit: no atexit, no pool shutdown, like SIGKILL).
APP = textwrap.dedent(
    """
    import concurrent.futures, multiprocessing, os, sys, time
    from briefing_tui.core.store import workers

    def task():
        time.sleep(60)
        return os.getpid()

    if __name__ == "__main__":
        pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=workers._start_worker,
            initargs=(None, "", None),
        )
        pool.submit(task)
        while not pool._processes:
            time.sleep(0.01)
        (pid,) = pool._processes
        print(pid, flush=True)
        time.sleep(1)  # the worker has run its initializer and taken the task
        os._exit(0)
    """
)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie awaiting its reaper is gone for our purpose
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def test_a_worker_ends_when_its_app_is_killed(tmp_path):
    script = tmp_path / "app.py"
    script.write_text(APP, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(tmp_path)])}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=60)
    pid = int(done.stdout.split()[0])
    try:
        deadline = time.monotonic() + 30  # a guard, not a timing claim: the worker's task runs 60 s
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not alive(pid), "the worker outlived its app"
    finally:
        if alive(pid):
            os.kill(pid, 9)
