"""The trusted first library must be what a checked load gives whenever the check
(``watch.signature``) finds the folders unchanged: else nothing ever corrects it."""

from __future__ import annotations

from briefing_tui.core.query.library import load_library
from briefing_tui.core.store.watch import signature


def _briefing(minimal: str, title: str, ident: str) -> str:
    return minimal.replace("Test meeting", title).replace("schema = 1", f'schema = 1\nid = "{ident}"')


def test_a_duplicate_id_resolves_as_a_checked_load_does(tmp_path, write, minimal, monkeypatch):
    """The index is written reused files first, then parsed ones (``Cache._kept``), so after a
    load that parsed a file its order is not the folders'. A trusted start takes that order, and
    which of two files sharing an id is kept flips; the signature is equal, so it stays so."""
    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "b"
    write(_briefing(minimal, "From c", "same"), "b/c.toml")
    load_library([folder])  # run 1: the index holds c
    write(_briefing(minimal, "From a", "same"), "b/a.toml")  # a file sharing c's id, listed first
    checked = load_library([folder])  # run 2 (or the watcher's reload): keeps a, skips c
    assert [e.row.title for e in checked.entries] == ["From a"]
    trusted = load_library([folder], trust_index=True)  # run 3: the app's start
    # On d7b47b6 it is trusted and its signature is the folders' (the app's check loads nothing
    # again, nor does the watcher): what it shows is what the reader keeps seeing.
    if trusted.trusted:
        assert trusted.signature == signature([folder])
    assert [e.row.title for e in trusted.entries] == ["From a"]  # fails: ["From c"]
    assert [p.path for p in trusted.problems] == [p.path for p in checked.problems]


def test_folders_given_in_another_order_share_the_index_but_not_its_order(tmp_path, write, minimal, monkeypatch):
    """``cache_path`` sorts the roots, so ``A B`` and ``B A`` ($BRIEFINGS_DIR, the config's
    sources) share one index; a trusted ``B A`` takes ``A B``'s order and keeps A's copy of an id
    B's copy wins in every checked load. Nothing writes the index again (all reused), so every
    start shows A's and every reload B's."""
    monkeypatch.setenv("BRIEFING_TUI_CACHE_DIR", str(tmp_path / "cache"))
    a, b = tmp_path / "a", tmp_path / "b"
    write(_briefing(minimal, "A's copy", "same"), "a/x.toml")
    write(_briefing(minimal, "B's copy", "same"), "b/x.toml")
    load_library([a, b])  # one run, or the config's order
    checked = load_library([b, a])
    assert [e.row.title for e in checked.entries] == ["B's copy"]
    trusted = load_library([b, a], trust_index=True)
    if trusted.trusted:  # (on d7b47b6: so the check finds nothing)
        assert trusted.signature == signature([b, a])
    assert [e.row.title for e in trusted.entries] == ["B's copy"]  # fails: ["A's copy"]
