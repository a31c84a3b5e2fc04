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
    """Each poll stats every file: it digests them as the system lists them (a list of paths and of
    stat triples, and each folder's sorted names, cost ~250 bytes a file, 25 MB at 100,000, every
    two seconds)."""
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
    assert peak / count < 20  # bytes a file: nothing is held per file, not even the folder's names


def test_the_signature_does_not_depend_on_the_order_files_come_in(tmp_path, write, minimal):
    """The watch lists folders as the system does; a load lists them sorted: the same files sign the same."""
    from briefing_tui.core.store.load import files_signature

    triples = [("b/a.toml", 10, 1), ("b/c.toml", 12, 2), ("b/sub/d.toml", -1, -1)]
    assert files_signature(triples) == files_signature(triples[::-1])
    assert files_signature(triples) != files_signature(triples[:2])
    assert files_signature(triples) != files_signature([*triples[:2], ("b/sub/d.toml", 3, 3)])
    assert files_signature(triples) != files_signature([*triples, triples[0]])  # a file twice is not once
