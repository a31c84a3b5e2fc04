"""Spans of a text already claimed by an earlier match, asked "does this one overlap?".

Tagging and date finding keep the first match of several overlapping ones. Testing a match
against every claimed span made a text with thousands of matches quadratic; a bitmap of the
claimed characters answers in the match's own length. The answer is the same as comparing
``s < end and start < e`` with every claimed span (s, e), empty spans included.
"""

from __future__ import annotations


class Taken:
    def __init__(self, length: int) -> None:
        self._claimed = bytearray(length)
        self._spans: list[tuple[int, int]] = []
        self._empty = False  # an empty span was claimed: the bitmap cannot tell, so compare spans

    def overlaps(self, start: int, end: int) -> bool:
        if start >= end or self._empty:
            return any(s < end and start < e for s, e in self._spans)
        return self._claimed.find(1, max(start, 0), end) >= 0

    def add(self, start: int, end: int) -> None:
        self._spans.append((start, end))
        if start >= end:
            self._empty = True
        else:
            self._claimed[start:end] = b"\x01" * (end - start)
