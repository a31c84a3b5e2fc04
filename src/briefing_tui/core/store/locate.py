"""Find the line and column of a key path in TOML source.

tomli returns plain dicts without positions, so schema errors (which know only
a path such as ``participants[1].country``) would otherwise have no location.
This is a small tolerant lexer run only on files that already parsed, and only
when there is a problem to report, so it never costs anything on the happy path.
"""

from __future__ import annotations

import bisect
import re

Key = str | int
Path = tuple[Key, ...]

_BARE = re.compile(r"[A-Za-z0-9_-]+")
_WS = " \t"
# String bodies and comments are skipped by regex and str.find, not a Python step per
# character: a 7 MB string took the lexer seconds, once per problem to locate.
_BASIC_BODY = re.compile(r'[^"\\\n]*(?:\\[\s\S][^"\\\n]*)*')
_LITERAL_BODY = re.compile(r"[^'\n]*")
_ESCAPE = re.compile(r"\\[\s\S]")


class _Lexer:
    def __init__(self, text: str):
        self.s = text
        self.i = 0
        self.n = len(text)
        self.positions: dict[Path, int] = {}
        self.aot_counts: dict[Path, int] = {}

    # -- helpers -------------------------------------------------------------
    def skip_ws(self, newlines: bool = False) -> None:
        s, n = self.s, self.n
        while self.i < n:
            c = s[self.i]
            if c in _WS or (newlines and c in "\r\n"):
                self.i += 1
            elif c == "#":
                self.skip_line()
            else:
                return

    def skip_line(self) -> None:
        end = self.s.find("\n", self.i)
        self.i = self.n if end == -1 else max(self.i, end)

    def read_string(self) -> str:
        s = self.s
        quote = s[self.i]
        triple = s.startswith(quote * 3, self.i)
        if triple:
            end = s.find(quote * 3, self.i + 3)
            while end != -1 and s.startswith(quote * 4, end):
                end += 1  # up to two quotes may close the content
            value = s[self.i + 3 : end]
            self.i = self.n if end == -1 else end + 3
            return value
        self.i += 1
        body = (_BASIC_BODY if quote == '"' else _LITERAL_BODY).match(s, self.i)
        assert body is not None  # both patterns match the empty string
        self.i = body.end()
        value = body.group()
        if quote == '"' and "\\" in value:
            value = _ESCAPE.sub("", value)  # escapes are dropped, as before: keys are compared without them
        if self.i < self.n and s[self.i] == quote:
            self.i += 1
        return value

    def read_key(self) -> list[tuple[str, int]]:
        """Read a dotted key; return each part with its start offset."""
        parts = []
        while self.i < self.n:
            self.skip_ws()
            start = self.i
            c = self.s[self.i] if self.i < self.n else ""
            if c in "\"'":
                parts.append((self.read_string(), start))
            else:
                m = _BARE.match(self.s, self.i)
                if not m:
                    break
                parts.append((m.group(), start))
                self.i = m.end()
            self.skip_ws()
            if self.i < self.n and self.s[self.i] == ".":
                self.i += 1
                continue
            break
        return parts

    def record(self, path: Path, offset: int) -> None:
        self.positions.setdefault(path, offset)

    def concrete(self, keys: list[str]) -> Path:
        """Resolve a header's keys, stepping into the last element of arrays of tables."""
        path: Path = ()
        for key in keys:
            path = path + (key,)
            count = self.aot_counts.get(path)
            if count:
                path = path + (count - 1,)
        return path

    # -- grammar -------------------------------------------------------------
    def run(self) -> dict[Path, int]:
        table: Path = ()
        while self.i < self.n:
            self.skip_ws(newlines=True)
            if self.i >= self.n:
                break
            start = self.i
            c = self.s[self.i]
            if c == "[":
                aot = self.s.startswith("[[", self.i)
                self.i += 2 if aot else 1
                keys = [k for k, _ in self.read_key()]
                if aot:
                    parent = self.concrete(keys[:-1]) + (keys[-1],)
                    index = self.aot_counts.get(parent, 0)
                    self.aot_counts[parent] = index + 1
                    self.record(parent, start)
                    table = parent + (index,)
                else:
                    table = self.concrete(keys)
                self.record(table, start)
                self.skip_line()
            else:
                self.key_value(table)
                self.skip_line()
        return self.positions

    def key_value(self, base: Path) -> None:
        parts = self.read_key()
        if not parts:
            self.skip_line()
            return
        path = base
        for key, offset in parts:
            path = path + (key,)
            self.record(path, offset)
        self.skip_ws()
        if self.i < self.n and self.s[self.i] == "=":
            self.i += 1
            self.skip_ws()
            self.value(path)

    def value(self, path: Path) -> None:
        if self.i >= self.n:
            return
        c = self.s[self.i]
        if c in "\"'":
            self.read_string()
        elif c == "[":
            self.i += 1
            index = 0
            while self.i < self.n:
                self.skip_ws(newlines=True)
                if self.i >= self.n:
                    return
                c = self.s[self.i]
                if c == "]":
                    self.i += 1
                    return
                if c == ",":
                    index += 1
                    self.i += 1
                    continue
                self.record(path + (index,), self.i)
                self.value(path + (index,))
        elif c == "{":
            self.i += 1
            while self.i < self.n:
                self.skip_ws(newlines=True)
                if self.i >= self.n:
                    return
                c = self.s[self.i]
                if c == "}":
                    self.i += 1
                    return
                if c == ",":
                    self.i += 1
                    continue
                before = self.i
                self.key_value(path)
                if self.i == before:
                    self.i += 1
        else:
            while self.i < self.n and self.s[self.i] not in ",]}\n#":
                self.i += 1


def key_positions(text: str) -> dict[Path, tuple[int, int]]:
    """Map every key path in ``text`` to its 1-based (line, column)."""
    offsets = _Lexer(text).run()
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    result = {}
    for path, offset in offsets.items():
        line = bisect.bisect_right(line_starts, offset)
        result[path] = (line, offset - line_starts[line - 1] + 1)
    return result


def locate(text: str, path: Path, positions: dict[Path, tuple[int, int]] | None = None) -> tuple[int, int]:
    """Position of ``path``, or of its nearest ancestor that appears in the text.

    Pass ``key_positions(text)`` as ``positions`` to locate many paths with one pass over the text.
    """
    if positions is None:
        positions = key_positions(text)
    while path:
        if path in positions:
            return positions[path]
        path = path[:-1]
    return (1, 1)


_SEGMENT = re.compile(r"\.([^.\[\]]+)|\[(\d+)\]")


def parse_msgspec_path(dollar_path: str) -> Path:
    """``$.points[2].topics[0]`` -> ("points", 2, "topics", 0)."""
    out: list[Key] = []
    for name, index in _SEGMENT.findall(dollar_path.removeprefix("$")):
        out.append(int(index) if index else name)
    return tuple(out)
