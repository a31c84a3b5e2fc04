"""Briefings with hostile text in every string field, for the property tests (importable: tests/ is on sys.path).

Hostile: control characters, ESC sequences (OSC 52 clipboard, OSC 2 title, CSI 2J),
bidi controls, zero-width characters, Rich/Textual markup, HTML and Markdown link
syntax. Written as real TOML (a small escaper: JSON-style basic strings) and read
with the real loader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

ATOMS = (
    "\x1b]52;c;aGVsbG8=\x07",  # OSC 52: write the clipboard
    "\x1b]2;owned\x07",  # OSC 2: window title
    "\x1b]8;;https://evil.example\x1b\\",  # OSC 8 hyperlink
    "\x1b[2J",  # CSI: clear the screen
    "\x1b[31m",
    "\x9b2J",  # 8-bit CSI
    "\x1bP1$r\x1b\\",  # DCS
    "\x1b",
    "\x07",
    "\x00",
    "\x08",
    "\r",
    "\n",
    "\t",
    "\x85",
    "\u202e",
    "\u202d",
    "\u2066",
    "\u2069",
    "\u200e",
    "\u061c",
    "\u200b",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u2028",
    "[@click=app.quit]x[/]",
    "[@click=app.screenshot('x.svg','/tmp')]s[/]",
    "[/]",
    "[bold]",
    "[$accent]",
    "[link=https://evil.example]l[/link]",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[a](javascript:alert(1))",
    "![i](https://evil.example/i.png)",
    "<javascript:alert(1)>",
    "`",
    "``",
    "&lt;script&gt;",
    "&#60;",
    "**",
    "_",
    "~~",
    "#",
    "|",
    "\\",
    '"',
    "'",
    " ",
    "  ",
)
#: Characters that must never reach a terminal or a document: C0 (but newline) and C1 controls
#: (ESC starts every escape sequence), bidi overrides, isolates and marks, Unicode line separators.
FORBIDDEN = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
#: Invisible characters that may not be part of an id, key, topic or label.
ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
#: Characters a key may hide among: everything the loader removes from keys.
INVISIBLE = (
    "\u200b",
    "\u2060",
    "\ufeff",
    "\u202e",
    "\u2066",
    "\x1b[2J",
    "\x1b]52;c;aGk=\x07",
    "\x07",
    "\x9b1m",
    "\u200e",
)

_any_char = st.characters(codec="utf-8", exclude_categories=("Cs",))
hostile = st.lists(st.one_of(st.sampled_from(ATOMS), st.text(_any_char, max_size=4)), min_size=1, max_size=5).map(
    "".join
)


def hiding(word: str) -> st.SearchStrategy[str]:
    """``word`` with invisible characters and escape sequences between its letters (it must still load)."""
    return st.lists(st.sampled_from(("",) * 3 + INVISIBLE), min_size=len(word) + 1, max_size=len(word) + 1).map(
        lambda extras: "".join(e + c for e, c in zip(extras, word)) + extras[-1]
    )


def toml_string(value: str) -> str:
    """A TOML basic string: quote, backslash and every control character escaped."""
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\u{code:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_array(values: list[str]) -> str:
    return "[" + ", ".join(toml_string(v) for v in values) + "]"


@dataclass(frozen=True)
class Case:
    """One generated briefing and its topics.toml, as the strings that went in."""

    fields: dict[str, str]  # top-level and [time] strings
    participants: tuple[dict[str, str], ...]
    points: tuple[dict[str, object], ...]
    stated_text: str
    labels: dict[str, tuple[str, list[str]]]  # slug -> (label, aliases)

    def briefing_toml(self) -> str:
        f = self.fields
        lines = ["schema = 1"]
        for key in ("id", "title", "category", "publisher", "source_url", "venue", "occasion"):
            lines.append(f"{key} = {toml_string(f[key])}")
        lines += ['kind = "bilateral-meeting"', "date = 2024-01-13", "published = 2024-01-13", ""]
        lines += [
            "[time]",
            f"zone = {toml_string(f['zone'])}",
            "start = 2024-01-13T09:40:00",
            "duration_minutes = 100",
            "",
        ]
        lines += [
            "[[stated_times]]",
            "time = 2024-01-13T23:40:00",
            'zone = "Asia/Tokyo"',
            f"text = {toml_string(self.stated_text)}",
            "",
        ]
        for p in self.participants:
            lines.append("[[participants]]")
            lines += [f"{key} = {toml_string(value)}" for key, value in p.items()]
            lines.append("")
        for point in self.points:
            lines.append("[[points]]")
            for key, value in point.items():
                if key == "sub":
                    continue
                lines.append(f"{key} = {toml_array(value) if isinstance(value, list) else toml_string(value)}")  # type: ignore[arg-type]
            for sub in point.get("sub", ()):  # type: ignore[union-attr]
                lines += ["[[points.points]]", f"text = {toml_string(sub)}", 'outcome = "stated"']
            lines.append("")
        return "\n".join(lines) + "\n"

    def topics_toml(self) -> str:
        lines = ["schema = 1"]
        for slug, (label, aliases) in self.labels.items():
            lines += [
                f"[topic.{slug}]",
                f"label = {toml_string(label)}",
                'group = "theme"',
                f"aliases = {toml_array(aliases)}",
            ]
        return "\n".join(lines) + "\n"

    def write(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "topics.toml").write_text(self.topics_toml(), encoding="utf-8")
        (folder / "hostile.toml").write_text(self.briefing_toml(), encoding="utf-8")
        return folder

    def strings(self) -> list[str]:
        """Every string that went in."""
        out = [*self.fields.values(), self.stated_text]
        for p in self.participants:
            out += p.values()
        for point in self.points:
            for value in point.values():
                out += value if isinstance(value, list) else [value]  # type: ignore[list-item]
        for label, aliases in self.labels.values():
            out += [label, *aliases]
        return out


@st.composite
def cases(draw: st.DrawFn) -> Case:
    """A briefing that loads (keys stay slugs once cleaned; required text keeps a visible letter)."""
    url = draw(
        st.one_of(hostile, hostile.map(lambda s: "https://example.org/" + s), hostile.map(lambda s: "javascript:" + s))
    )
    fields = {
        "id": draw(hiding("hostile")),
        "title": "T " + draw(hostile),
        "category": draw(hostile),
        "publisher": draw(hostile),
        "source_url": url,
        "venue": draw(hostile),
        "occasion": draw(hostile),
        "zone": draw(hiding("America/Toronto")),
    }
    participants = (
        {
            "key": draw(hiding("ka")),
            "name": "N " + draw(hostile),
            "family_name": draw(hostile),
            "given_name": draw(hostile),
            "honorific": draw(hostile),
            "title": draw(hostile),
            "country": draw(hiding("JP")),
            "home_zone": draw(hiding("Asia/Tokyo")),
        },
        {"key": draw(hiding("jo")), "name": "M " + draw(hostile), "title": draw(hostile), "country": "CA"},
    )
    topics = draw(st.lists(hostile.map(lambda s: "t" + s), min_size=1, max_size=3))  # an empty topic is an error
    labels = {
        "alpha": ("A " + draw(hostile), draw(st.lists(hostile.map(lambda s: "a" + s), max_size=2))),
        "beta": ("B " + draw(hostile), []),
    }
    points = (
        {
            "text": "P " + draw(hostile) + "\n" + draw(hostile),
            "summary": draw(hostile),
            "outcome": "agreed",
            "actors": [participants[0]["key"], draw(hiding("both"))],
            "topics": ["alpha", *topics],
            "sub": [draw(hostile) + " S"],
        },
        {
            "text": "Q " + draw(hostile),
            "outcome": "stated",
            "actors": [participants[1]["key"]],
            "topics": ["beta", *labels["alpha"][1]],
        },
    )
    return Case(fields, participants, points, draw(hostile), labels)
