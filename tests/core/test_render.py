"""The one renderer: content, outcome badges, highlighting and hostile text."""

from __future__ import annotations

import io
import re

from rich.console import Console

from briefing_tui.core.model.sanitize import clean
from briefing_tui.core.present.render import outcome_badge, render_briefing
from briefing_tui.core.store.parse import load_file
from support import SEED

HOSTILE = [
    "[/]",
    "[bold red]red[/bold red]",
    "[@click=app.quit]quit[/]",
    "[$accent]x",
    "[BOLD]",
    "\x1b[31mred\x1b[0m",
    "\x1b]52;c;aGVsbG8=\x07",
    "\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\",
    "\u202eevil\u202c",
    "zero\u200bwidth 🇯🇵",
]


def plain(renderable, width: int = 100) -> str:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None, legacy_windows=False).print(renderable)
    return out.getvalue()


def ansi(renderable, width: int = 100) -> str:
    out = io.StringIO()
    Console(file=out, width=width, force_terminal=True, color_system="truecolor").print(renderable)
    return out.getvalue()


def seed():
    b, _ = load_file(SEED)
    return b


def test_seed_renders_every_section():
    text = plain(render_briefing(seed(), extra_zones=["Asia/Tokyo"], local_zone="UTC"))
    for expected in (
        "Japan-Canada Foreign Ministers' Meeting",
        "Bilateral meeting · Sat 13 Jan 2024",
        "Montreal, Canada",
        "Sat 13 Jan 09:40",
        "Sat 13 Jan 23:40",
        "~Sun 14 Jan 01:20 (+1 day)",
        "Duration: about 1 h 40 min",
        "✓ agrees with the conversion",
        "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs — Japan",
        "Points (8)",
        "#noto-earthquake",
        "4.1. stated  Kamikawa",
    ):
        assert expected in text, expected


def test_joint_outcomes_stand_out():
    agreed, stated = outcome_badge("agreed"), outcome_badge("stated")
    assert agreed.plain == " ✔ AGREED " and "on" in str(agreed.style)
    assert stated.plain == "stated" and "on" not in str(stated.style)
    assert plain(render_briefing(seed())).count("✔ AGREED") == 6


def test_highlighted_topics_mark_points():
    text = plain(render_briefing(seed(), highlight_topics={"arctic"}))
    marked = [line for line in text.splitlines() if line.startswith("┃")]
    assert len(marked) == 1 and marked[0].startswith("┃ 5.")


def test_emphasized_zone_is_marked():
    text = plain(render_briefing(seed(), emphasize="Asia/Tokyo"))
    assert "▸ Japan" in text


def test_time_not_stated(write, minimal):
    b, _ = load_file(write(minimal.replace("start = 2024-01-13T09:40:00\n", "")))
    assert "Time not stated (zone America/Toronto" in plain(render_briefing(b))


def test_hostile_text_is_literal_and_inert(write, minimal):
    for i, payload in enumerate(HOSTILE):
        quoted = payload.replace("\\", "\\\\").replace('"', '\\"')
        escaped = "".join(c if c.isprintable() or c == " " else f"\\u{ord(c):04x}" for c in quoted)
        text = (
            minimal.replace('title = "Test meeting"', f'title = "T {escaped}"')
            .replace('name = "Mélanie Joly"', f'name = "N {escaped}"')
            .replace('text = "The two ministers concurred."', f'text = "P {escaped}"')
        )
        b, problems = load_file(write(text, f"h{i}.toml"))
        assert b is not None, problems
        out = ansi(render_briefing(b))
        shown = clean(payload)
        assert f"T {shown}" in plain(render_briefing(b)), payload
        # No escape sequence from the data survives: only Rich's own SGR codes remain.
        assert "\x1b]" not in out and "\u202e" not in out
        assert re.findall(r"\x1b(?!\[[0-9;]*m)", out) == []


def test_long_word_and_many_points_render(write, minimal):
    long_word = "x" * 100_000
    many = minimal + "".join(f'\n[[points]]\ntext = "point {i}"\noutcome = "stated"\n' for i in range(5000))
    b, _problems = load_file(write(many.replace("The two ministers concurred.", long_word)))
    assert b is not None and len(b.points) == 5001
    text = plain(render_briefing(b), width=80)
    assert "point 4999" in text and max(len(line) for line in text.splitlines()) <= 80


def test_markdown_says_the_times_the_table_says():
    """#13: Markdown dropped the end's day change and its "~" ("23:40–01:20 JST")."""
    from briefing_tui.core.present.export import to_markdown

    b = load_file(SEED)[0]
    table = plain(render_briefing(b, extra_zones=("Asia/Tokyo",), local_zone="UTC"))
    md = to_markdown(b, extra_zones=("Asia/Tokyo",), local_zone="UTC")
    assert "Sat 13 Jan 23:40   ~Sun 14 Jan 01:20 (+1 day)" in table
    assert "- **Japan** (Asia/Tokyo): Sat 13 Jan 23:40 – ~Sun 14 Jan 01:20 (+1 day) JST" in md
    assert "- **Venue · Canada** (America/Toronto): Sat 13 Jan 09:40 – ~11:20 EST" in md


def test_a_narrow_time_table_keeps_each_zone_whole():
    """At 80 columns with the filter panel open the pane is 47 cells wide: the Start and End cells
    (which never wrap: "~Sun 14 Jan 01:20 (+1 day)") left the Zone column one cell, one letter a line."""
    from briefing_tui.core.present.render import render_times

    times = render_times(seed(), extra_zones=["Asia/Tokyo"], local_zone="UTC")
    for width in (47, 40, 30):
        lines = plain(times, width=width).splitlines()
        assert not [line for line in lines if len(line.strip()) == 1], width  # no letter on a line of its own
        text = "\n".join(lines)
        for zone in ("America/Toronto", "Asia/Tokyo"):
            assert zone in text, (width, text)
        assert width < 47 or "Sat 13 Jan 23:40 – ~Sun 14 Jan 01:20 (+1 day)" in text
    wide = plain(times, width=100)
    assert wide.splitlines()[0].split() == ["Zone", "Start", "End"]  # where it fits, the table as before
