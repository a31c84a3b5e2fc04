"""The app is a reader: a whole session of keys writes nothing to a briefing folder."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from app_support import DATA, loaded


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    } | {"<dir>": (b"", folder.stat().st_mtime_ns)}


async def test_a_session_of_keys_changes_no_byte_or_mtime(tmp_path, make_app, monkeypatch):
    folder = tmp_path / "briefings"
    shutil.copytree(DATA, folder)
    (folder / "broken.toml").write_text("schema = 1\ntitle = [\n", encoding="utf-8")
    before = snapshot(folder)
    monkeypatch.chdir(folder)  # even with the briefing folder as the working directory
    app = make_app(folder)
    app.copy_to_clipboard = lambda text: None  # type: ignore[method-assign]
    app.open_url = lambda url, **kw: None  # type: ignore[method-assign]
    editor = tmp_path / "bin" / "vi"  # an editor that only records it was asked (E, and E on the errors screen)
    editor.parent.mkdir()
    log = tmp_path / "editor.log"
    editor.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" >> "{log}"\n', encoding="utf-8")
    editor.chmod(editor.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("VISUAL", str(editor))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        keys = [
            "j",
            "j",
            "k",
            "G",
            "g",
            "s",
            "s",
            "s",
            "z",
            "z",
            "y",
            "o",
            "enter",
            "j",
            "tab",
            "tab",
            "t",
            "space",
            "j",
            "space",
            "a",
            "escape",
            "escape",
            "slash",
            *"canada",
            "escape",
            "escape",
            "e",
            "E",
            "escape",
            "question_mark",
            "escape",
            # the reader's own state (kept in the data folder, never beside the briefings)
            "f",
            "u",
            "u",
            "n",
            *"memo",
            "ctrl+s",
            "n",
            "escape",
            "f",
            "r",
            "E",
        ]
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
        await app.workers.wait_for_complete()
    assert snapshot(folder) == before
    assert len(log.read_text(encoding="utf-8").splitlines()) == 3  # +LINE FILE, then FILE
    assert app.state.kept and list(app.state.notes.values()) == ["memo"]  # the state keys did write, elsewhere
    assert not [name for name in os.listdir(folder) if name.startswith(".") or name.endswith(".tmp")]
