"""A hostile index (checksums rewritten: ``rewrite_chunks``) under a trusted start.
A checked load drops an index path no file has (``_still``); a trusted one takes it as it is."""

from __future__ import annotations

import msgspec
from cache_support import rewrite_chunks

from briefing_tui.core.query.library import load_library
from briefing_tui.core.store.cache import cache_path


def _folder(write, minimal, count: int = 3):
    for i in range(count):
        write(
            minimal.replace("Test meeting", f"Meeting {i}").replace("schema = 1", f'schema = 1\nid = "n{i}"'),
            f"b/{i}.toml",
        )


def _nul_duplicate(columns):
    paths, ids = list(columns.paths), list(columns.ids)
    paths[1], ids[1] = "/nowhere\x00.toml", ids[0]
    return msgspec.structs.replace(columns, paths=paths, ids=ids)


def test_an_index_path_with_a_nul_and_a_duplicate_id_does_not_fail_the_start(tmp_path, write, minimal, monkeypatch):
    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path / "cache"))
    _folder(write, minimal)
    folder = tmp_path / "b"
    load_library([folder])
    rewrite_chunks(cache_path([folder], tmp_path / "cache"), _nul_duplicate)
    checked = load_library([folder])  # what every load did before: the NUL path is dropped by _still
    assert len(checked) == 3
    load_library([folder])
    rewrite_chunks(cache_path([folder], tmp_path / "cache"), _nul_duplicate)
    # The app's first load: the duplicate's warning reads the file (``_duplicate``), and a path
    # with a NUL raises ValueError from os.stat: the load fails ("Could not load briefings").
    library = load_library([folder], trust_index=True)  # fails: ValueError: embedded null byte
    assert library is not None


def test_an_index_path_outside_the_folders_is_not_shown(tmp_path, write, minimal, monkeypatch):
    """A trusted start shows the index's paths, wherever they point (until the check reloads):
    ``E`` on such a row opens that file in the editor."""
    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path / "cache"))
    _folder(write, minimal)
    folder = tmp_path / "b"
    load_library([folder])
    secret = tmp_path / "secret.txt"
    secret.write_text("not a briefing\n")

    def elsewhere(columns):
        paths = list(columns.paths)
        paths[0] = str(secret)
        return msgspec.structs.replace(columns, paths=paths)

    rewrite_chunks(cache_path([folder], tmp_path / "cache"), elsewhere)
    library = load_library([folder], trust_index=True)
    assert not library.trusted or all(
        str(e.path).startswith(str(folder)) for e in library.entries
    )  # fails: secret.txt is a row
