"""Persisted state is written atomically: an interrupted write leaves the old file whole."""

from __future__ import annotations

import os

import pytest

from briefing_tui.core.store import atomic
from briefing_tui.core.store.atomic import write_atomic


def test_write_creates_and_replaces(tmp_path):
    path = tmp_path / "sub" / "state.json"
    write_atomic(path, b"one")
    write_atomic(path, b"two")
    assert path.read_bytes() == b"two"
    assert os.listdir(path.parent) == ["state.json"]


@pytest.mark.parametrize("fail_at", ["write", "fsync", "replace"])
def test_interrupted_write_keeps_the_old_file_and_no_debris(tmp_path, monkeypatch, fail_at):
    path = tmp_path / "state.json"
    write_atomic(path, b"old and whole")

    def boom(*args, **kwargs):
        raise KeyboardInterrupt  # as if the user hit ctrl+c mid-write

    if fail_at == "replace":
        monkeypatch.setattr(atomic.os, "replace", boom)
    elif fail_at == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", boom)
    else:
        real_fdopen = os.fdopen

        class Half:
            def __init__(self, fd, mode):
                self.f = real_fdopen(fd, mode)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.f.close()

            def write(self, data):
                self.f.write(data[: len(data) // 2])
                raise KeyboardInterrupt

        monkeypatch.setattr(atomic.os, "fdopen", Half)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, b"new " * 1000)
    assert path.read_bytes() == b"old and whole"
    assert os.listdir(tmp_path) == ["state.json"]


def test_new_files_follow_the_umask_not_mkstemps_0600(tmp_path):
    path = tmp_path / "memo.md"
    write_atomic(path, b"x")
    assert path.stat().st_mode & 0o777 == atomic._FILE_MODE == 0o666 & ~atomic._umask()


def test_no_overwrite_refuses_an_existing_name_and_leaves_no_debris(tmp_path):
    path = tmp_path / "briefing.toml"
    write_atomic(path, b"first", overwrite=False)
    with pytest.raises(FileExistsError):
        write_atomic(path, b"second", overwrite=False)
    assert path.read_bytes() == b"first"
    assert os.listdir(tmp_path) == ["briefing.toml"]
