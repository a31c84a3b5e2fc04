import os

from briefing_tui.core.store.watch import signature


def test_signature_changes_on_add_change_and_remove(tmp_path, write, minimal):
    a = write(minimal, "a.toml")
    first = signature([tmp_path])
    assert signature([tmp_path]) == first
    write(minimal, "b.toml")
    second = signature([tmp_path])
    assert second != first
    os.utime(a, ns=(a.stat().st_atime_ns, a.stat().st_mtime_ns + 5_000_000))
    third = signature([tmp_path])
    assert third != second
    (tmp_path / "b.toml").unlink()
    assert signature([tmp_path]) not in (second, third)
    (tmp_path / "notes.txt").write_text("not a briefing")
    assert signature([tmp_path]) == signature([tmp_path])


def test_a_load_signature_equals_the_polled_one(tmp_path, write, minimal):
    from briefing_tui.core.store.load import load_paths

    write(minimal, "a.toml")
    write("schema = 1\ntitle = [", "bad.toml")
    assert load_paths([tmp_path]).signature == signature([tmp_path])
    assert load_paths([tmp_path], use_cache=True, cache_directory=tmp_path / ".cache").signature == signature(
        [tmp_path]
    )


def test_the_watch_holds_nothing_per_file(tmp_path):
    """Each poll stats every file: it digests them as they are listed (a list of paths and of stat
    triples cost ~200 bytes a file, 20 MB at 100,000, every two seconds)."""
    import tracemalloc

    folder = tmp_path / "many"
    folder.mkdir()
    count = 3000
    for i in range(count):
        (folder / f"briefing-number-{i:06d}.toml").touch()
    signature([folder])  # imports and first-use caches out of the way
    tracemalloc.start()
    try:
        signature([folder])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak / count < 120  # bytes a file: the folder's names while it is listed, nothing more
