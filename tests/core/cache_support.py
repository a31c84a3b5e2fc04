"""Helpers for the cache tests (importable: pytest puts tests/core on sys.path)."""

from __future__ import annotations

import msgspec


def rewrite_chunks(path, change):
    """Change each chunk of the index as someone with the user's rights could, checksums and all:
    ``change`` takes a chunk's ``Columns`` and returns the ones to write."""
    from briefing_tui.core.store.cache import _FRAME, MAGIC, Columns, _frame

    raw = path.read_bytes()
    out, at, number = [MAGIC], len(MAGIC), 0
    while at < len(raw):  # the header, then each chunk
        size = _FRAME.unpack(raw[at : at + _FRAME.size])[0]
        data = raw[at + _FRAME.size : at + _FRAME.size + size]
        if number:
            data = msgspec.msgpack.encode(change(msgspec.msgpack.decode(data, type=Columns)))
        out += [_frame(data), data]
        at += _FRAME.size + size
        number += 1
    path.write_bytes(b"".join(out))
