"""Files that are not regular files, reads capped by what is read, and folders that cannot be listed.

Issue #11: a FIFO named x.toml hung check, digest and the TUI; a link to /dev/zero named z.toml
ate memory (the size limit trusted st_size); an unreadable folder was skipped silently.
"""

from __future__ import annotations

import os
import socket
import stat
import tracemalloc

import pytest

from briefing_tui import cli
from briefing_tui.core.store import load as loader
from briefing_tui.core.store import parse
from briefing_tui.core.store.load import load_paths
from briefing_tui.core.store.parse import load_file
from timeout_guard import within

GUARD = 30  # seconds: these all finish in milliseconds, or hang forever


def test_a_fifo_is_refused_without_blocking(tmp_path, write, minimal):
    write(minimal, "a.toml")
    os.mkfifo(tmp_path / "x.toml")
    result = within(GUARD, load_paths, [tmp_path])
    [problem] = result.errors
    assert problem.path.endswith("x.toml") and (problem.line, problem.col) == (1, 1)
    assert "FIFO" in problem.message and "expected a regular .toml file" in problem.message
    assert [e.row.id for e in result.entries] == ["a"]


def test_a_fifo_given_by_name_is_refused(tmp_path):
    fifo = tmp_path / "x.toml"
    os.mkfifo(fifo)
    briefing, [problem] = within(GUARD, load_file, fifo)
    assert briefing is None and "FIFO" in problem.message


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_link_to_dev_zero_is_refused_unread(tmp_path, write, minimal):
    write(minimal, "a.toml")
    (tmp_path / "z.toml").symlink_to("/dev/zero")
    result = within(GUARD, load_paths, [tmp_path])
    [problem] = result.errors
    assert problem.path.endswith("z.toml") and "character device" in problem.message
    assert len(result.entries) == 1


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.toml"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        briefing, [problem] = within(GUARD, load_file, path)
    assert briefing is None and "socket" in problem.message


def test_a_file_swapped_for_a_fifo_after_stat_is_refused(tmp_path, monkeypatch):
    """The race: stat saw a regular file, but what is opened is a FIFO. fstat of the opened file decides."""
    fifo = tmp_path / "x.toml"
    os.mkfifo(fifo)
    real_stat = os.stat
    regular = os.stat_result((stat.S_IFREG | 0o644, 0, 0, 1, 0, 0, 10, 0, 0, 0))
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: regular if os.fspath(p) == str(fifo) else real_stat(p, *a, **k))
    briefing, [problem] = within(GUARD, load_file, fifo)
    assert briefing is None and "FIFO" in problem.message


def test_reads_are_capped_by_bytes_read_not_by_st_size(tmp_path, monkeypatch):
    """A file whose st_size does not tell (a growing file, /proc, a device) is read to the limit, not whole."""
    path = tmp_path / "big.toml"
    with open(path, "wb") as handle:
        handle.truncate(64 * 1024 * 1024)  # sparse: nothing actually written
    real_stat, real_fstat = os.stat, os.fstat

    def zero_size(info: os.stat_result) -> os.stat_result:
        return os.stat_result((*info[:6], 0, *info[7:10]))

    monkeypatch.setattr(
        os,
        "stat",
        lambda p, *a, **k: zero_size(real_stat(p, *a, **k)) if os.fspath(p) == str(path) else real_stat(p, *a, **k),
    )
    monkeypatch.setattr(os, "fstat", lambda fd: zero_size(real_fstat(fd)))
    tracemalloc.start()
    try:
        briefing, [problem] = within(GUARD, load_file, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert briefing is None and "exceeds the 8,388,608-byte limit" in problem.message
    assert peak < 3 * parse.MAX_FILE_BYTES  # read at most MAX + 1 bytes, never the 64 MiB


def test_an_unlistable_subfolder_is_reported(tmp_path, write, minimal, monkeypatch):
    write(minimal, "a.toml")
    write(minimal.replace('title = "Test meeting"', 'title = "Hidden"'), "locked/b.toml")
    locked = str(tmp_path / "locked")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real(path)

    monkeypatch.setattr(loader.os, "scandir", scandir)
    result = load_paths([tmp_path])
    [problem] = result.errors
    assert problem.path == locked and "cannot list this folder (permission denied)" in problem.message
    assert [e.row.id for e in result.entries] == ["a"]


def test_a_folder_nothing_could_be_read_from_fails_check(tmp_path, write, minimal, monkeypatch, capsys):
    """Mode 311 (no read permission): not '0 files, 0 errors, exit 0'."""
    write(minimal, "a.toml")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(tmp_path):
            raise PermissionError(13, "Permission denied", str(tmp_path))
        return real(path)

    monkeypatch.setattr(loader.os, "scandir", scandir)
    code = cli.main(["check", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_PROBLEMS
    assert f"{tmp_path}:1:1: error: cannot list this folder" in out and "1 error(s)" in err
