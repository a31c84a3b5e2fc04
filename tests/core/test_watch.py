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


def test_the_signature_is_the_digest_of_the_sorted_triples_whatever_their_order():
    """The load keeps its stats as columns; the digest is still that of the sorted (path, size,
    mtime_ns) triples, a path listed twice (folders that overlap) included."""
    import hashlib
    import random

    from briefing_tui.core.store.load import files_signature

    def reference(stats):
        digest = hashlib.blake2b(digest_size=16)
        for path, size, mtime_ns in sorted(stats):
            digest.update(f"{path}\0{size}\0{mtime_ns}\n".encode("utf-8", "surrogateescape"))
        return digest.hexdigest()

    chance = random.Random(14)
    for _ in range(200):
        names = ["a", "a/b", "a.b", "é", "\udcff", "z"]
        stats = [
            (chance.choice(names), chance.randrange(-1, 3), chance.randrange(-1, 3)) for _ in range(chance.randrange(9))
        ]
        assert files_signature(stats) == reference(stats), stats
