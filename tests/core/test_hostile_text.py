"""Untrusted text stays text: hostile strings in every field of a briefing and of topics.toml
are cleaned once where they enter, and no output (check, print text/markdown/json, digest
markdown/text/html) carries a control, escape or bidi character, live HTML or a non-web link.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import tempfile
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from markdown_it import MarkdownIt

from briefing_tui.cli import main
from briefing_tui.core.model.briefing import Briefing, walk_points
from briefing_tui.core.model.sanitize import clean, clean_data, clean_key, clean_line
from briefing_tui.core.present.export import md_code, md_escape, md_link, to_markdown
from briefing_tui.core.store.parse import load_file, load_vocabulary
from briefing_tui.core.store.settings import load_settings
from hostile_support import FORBIDDEN, ZERO_WIDTH, Case, cases, toml_string
from support import MINIMAL

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)

#: Tags the Markdown and HTML outputs may contain once rendered; anything else (script, img, iframe...) came from data.
MARKDOWN_TAGS = {"html", "p", "h1", "h2", "ul", "li", "strong", "em", "code", "a", "hr", "br"}
HTML_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "h1",
    "h2",
    "p",
    "article",
    "span",
    "ul",
    "li",
    "a",
    "footer",
}
SGR = re.compile(r"\x1b\[[0-9;]*m")


class Tags(HTMLParser):
    """Every start tag and every link target of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.hrefs: list[str] = []
        self.attrs: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)
        self.hrefs.extend(value or "" for name, value in attrs if name in ("href", "src"))


def tags_of(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    parser.close()
    return parser


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*argv, "--debug"])
    return code, out.getvalue(), err.getvalue()


def no_forbidden(text: str) -> list[str]:
    return [
        f"{m.group()!r} at {m.start()}: …{text[max(0, m.start() - 30) : m.start() + 10]!r}"
        for m in FORBIDDEN.finditer(text)
    ]


def markdown_problems(markdown: str) -> list[str]:
    """What rendering ``markdown`` (CommonMark, raw HTML on) would make live: tags, links, images."""
    html = MarkdownIt("commonmark").render(markdown)
    found = tags_of(html)
    problems = [f"tag <{t}>" for t in found.tags - MARKDOWN_TAGS]
    problems += [f"link {h!r}" for h in found.hrefs if not h.startswith(("http://", "https://"))]
    problems += [f"attribute {a}" for a in found.attrs - {"href"}]
    return problems


def html_problems(html: str) -> list[str]:
    found = tags_of(html)
    problems = [f"tag <{t}>" for t in found.tags - HTML_TAGS]
    problems += [f"link {h!r}" for h in found.hrefs if not h.startswith(("http://", "https://"))]
    problems += [f"attribute {a}" for a in found.attrs - {"href", "class", "lang", "charset", "name", "content"}]
    return problems + no_forbidden(html)


def strings_of(b: Briefing) -> list[tuple[str, str]]:
    """(field, value) for every string in a loaded briefing."""
    out: list[tuple[str, str]] = []

    def walk(value: object, field: str) -> None:
        if isinstance(value, str):
            out.append((field, value))
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item, field)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, key)

    walk(msgspec.to_builtins(b), "")
    return out


def surfaces(case: Case, folder: Path) -> dict[str, list[str]]:
    """Each output surface's problems for one case (empty lists: it held)."""
    case.write(folder)
    b, problems = load_file(folder / "hostile.toml", load_vocabulary(folder / "topics.toml")[0])
    assert b is not None, problems
    title = clean_line(case.fields["title"])
    found: dict[str, list[str]] = {}

    loaded = []
    for field, value in strings_of(b):
        if FORBIDDEN.search(value):
            loaded.append(f"{field}: {value!r}")
        if field != "text" and "\n" in value:
            loaded.append(f"{field} holds a newline: {value!r}")
        if field in ("id", "key", "actors", "topics", "zone", "home_zone", "country") and ZERO_WIDTH.search(value):
            loaded.append(f"{field} keeps a zero-width character: {value!r}")
    vocabulary, _ = load_vocabulary(folder / "topics.toml")
    for slug, topic in vocabulary.topics.items():
        for value in (slug, topic.label, *topic.aliases):
            if FORBIDDEN.search(value) or ZERO_WIDTH.search(value):
                loaded.append(f"topic {slug}: {value!r}")
    found["loader"] = loaded

    code, out, err = run_cli("check", str(folder))
    found["check"] = no_forbidden(out + err) + ([f"exit {code}"] if code != 0 else [])

    code, out, err = run_cli("print", str(folder), "--color", "never", "--width", "1000")
    found["print text"] = no_forbidden(out + err) + ([] if title in out else [f"title {title!r} not shown literally"])
    code, out, err = run_cli("print", str(folder), "--color", "always", "--width", "1000", "--topic", "alpha")
    found["print text (colour)"] = no_forbidden(SGR.sub("", out + err))

    code, out, err = run_cli("print", str(folder), "--format", "markdown", "--topic", "alpha")
    heading = re.search(r"<h2>(.*?)</h2>", MarkdownIt("commonmark").render(out))
    shown = _text(heading.group(1)) if heading else None
    found["print markdown"] = (
        no_forbidden(out + err)
        + markdown_problems(out)
        + ([] if shown == title else [f"heading {shown!r} != {title!r}"])
    )

    code, out, err = run_cli("print", str(folder), "--format", "json")
    data = json.loads(out)
    problems = no_forbidden(out + err) + no_forbidden(json.dumps(data, ensure_ascii=False))
    found["print json"] = problems + ([] if data[0]["title"] == title else [f"json title {data[0]['title']!r}"])

    for fmt in ("markdown", "text", "html"):
        code, out, err = run_cli("digest", str(folder), "--format", fmt, "--topic", "alpha", "--tz", "UTC")
        problems = no_forbidden(out + err)
        if fmt == "markdown":
            problems += markdown_problems(out)
        elif fmt == "html":
            problems += html_problems(out)
        found[f"digest {fmt}"] = problems + ([f"exit {code}"] if code != 0 else [])
    return found


def _text(html: str) -> str:
    """The text of an HTML fragment, entities decoded."""
    parser = HTMLParser(convert_charrefs=True)
    parts: list[str] = []
    parser.handle_data = parts.append  # type: ignore[method-assign]
    parser.feed(html)
    parser.close()
    return "".join(parts)


def check_case(case: Case) -> dict[str, list[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        return surfaces(case, Path(tmp) / "h")


@SETTINGS
@given(cases())
def test_no_hostile_character_or_markup_reaches_any_output(case: Case) -> None:
    found = check_case(case)
    assert {surface: problems for surface, problems in found.items() if problems} == {}


# ---- the attacks found, one by one (each failed before the fix)


def _folder(tmp_path: Path, briefing: str, topics: str | None = None) -> Path:
    folder = tmp_path / "b"
    folder.mkdir(parents=True)
    (folder / "b.toml").write_text(briefing, encoding="utf-8")
    if topics is not None:
        (folder / "topics.toml").write_text(topics, encoding="utf-8")
    return folder


ESCAPES = "\x1b]52;c;aGVsbG8=\x07\x1b]2;owned\x07\x1b[2J"


def test_topics_and_topic_labels_lose_escape_sequences_where_they_enter(tmp_path):
    topic = "g7" + ESCAPES + "\u200b"
    topics = f'schema = 1\n[topic.g7]\nlabel = {toml_string("G7 " + ESCAPES + chr(0x202E))}\ngroup = "theme"\naliases = {json.dumps([ESCAPES + "Group of Seven"])}\n'
    folder = _folder(
        tmp_path,
        MINIMAL.replace('topics = ["g7"]', f"topics = [{toml_string(topic)}, {toml_string('x' + ESCAPES)}]"),
        topics,
    )
    vocabulary, problems = load_vocabulary(folder / "topics.toml")
    assert not problems
    assert vocabulary.topics["g7"].label == "G7" and vocabulary.topics["g7"].aliases == ("Group of Seven",)
    b, problems = load_file(folder / "b.toml", vocabulary)
    assert b is not None
    assert b.points[0].topics == ("g7", "x")  # "g7" + escapes is the known topic g7, not an unknown one
    assert [p.message for p in problems] == ["unknown topic 'x'; add it to topics.toml"]


def test_every_string_field_is_cleaned_and_check_sees_what_the_app_shows(tmp_path):
    title, venue = toml_string("Test" + ESCAPES + "\u2066 meeting"), toml_string("Mon\ntreal" + ESCAPES)
    hostile = MINIMAL.replace('title = "Test meeting"', f"title = {title}\nvenue = {venue}")
    hostile = hostile.replace('key = "joly"', f"key = {toml_string('jo' + chr(0x200B) + 'ly')}").replace(
        'zone = "America/Toronto"', f"zone = {toml_string('America/Toronto' + chr(0x200E))}"
    )
    hostile = hostile.replace('actors = ["both"]', f"actors = [{toml_string('jo' + chr(0xFEFF) + 'ly')}]")
    b, problems = load_file(_folder(tmp_path, hostile) / "b.toml")
    assert b is not None, problems
    assert not problems
    assert (b.title, b.venue, b.participants[1].key, b.time.zone, b.points[0].actors) == (
        "Test meeting",
        "Mon treal",
        "joly",
        "America/Toronto",
        ("joly",),
    )


def test_a_field_that_is_only_escape_sequences_is_empty_and_reported(tmp_path):
    b, problems = load_file(
        _folder(tmp_path, MINIMAL.replace('title = "Test meeting"', f"title = {toml_string(ESCAPES)}")) / "b.toml"
    )
    assert b is None and problems[0].line == 2 and "title" in problems[0].message


def test_point_text_keeps_its_lines_but_no_control_characters(tmp_path):
    text = "one\r\ntwo\tthree\u2028four\x1b[2J"
    b, _ = load_file(_folder(tmp_path, MINIMAL.replace('"The two ministers concurred."', toml_string(text))) / "b.toml")
    assert b is not None and b.points[0].text == "one\ntwo three\nfour"


def test_settings_are_cleaned_as_read(tmp_path):
    (tmp_path / "settings.json").write_text(
        json.dumps({"theme": "nord\x1b]2;owned\x07", "zone": "Asia/\u202eTokyo"}), encoding="utf-8"
    )
    assert (load_settings(tmp_path).theme, load_settings(tmp_path).zone) == ("nord", "Asia/Tokyo")


def test_markdown_neutralises_html_links_and_code_span_breakouts(tmp_path):
    evil = MINIMAL.replace(
        'title = "Test meeting"', 'title = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) &lt;b&gt;"'
    )
    evil = evil.replace('topics = ["g7"]', 'topics = ["g7", "` <script>alert(1)</script> `"]').replace(
        "[time]", 'source_url = "https://example.org/a b><script>alert(2)</script>"\n\n[time]'
    )
    b, _ = load_file(_folder(tmp_path, evil) / "b.toml")
    assert b is not None
    markdown = to_markdown(b)
    assert markdown_problems(markdown) == []
    assert "https://example.org/a%20b%3E%3Cscript%3Ealert(2)%3C/script%3E" in markdown
    rendered = MarkdownIt("commonmark").render(markdown)
    assert "<code>#` &lt;script&gt;alert(1)&lt;/script&gt; `</code>" in rendered
    for url in ("javascript:alert(1)", "data:text/html,<script>x</script>", "<https://x>"):
        assert markdown_problems(f"Source: {md_link(url)}") == []


@pytest.mark.parametrize("text", ["`", "``a``", "a`", "`a", "a ` b", "x"])
def test_code_spans_hold_any_backticks(text):
    assert _text(MarkdownIt("commonmark").renderInline(md_code(text))) == text


@pytest.mark.parametrize(
    "text", ["<b>", "[a](b)", "![i](x)", "&amp;", "*a* _b_ ~~c~~", "# h", "a | b", "\\", "`c`", "<https://x>"]
)
def test_escaped_markdown_reads_as_the_text_itself(text):
    assert _text(MarkdownIt("commonmark").renderInline(md_escape(text))) == text


def test_clean_data_cleans_every_kind_of_field_once():
    data = {
        "title": " a \n b\x1b[2J ",
        "id": "x\u200by",
        "points": [{"text": "l1\nl2\x07", "topics": ["t\u2060"], "points": [{"text": "s\n\u202e"}]}],
        "stated_times": [{"text": "t\nx"}],
    }
    assert clean_data(data) == {
        "title": "a b",
        "id": "xy",
        "points": [{"text": "l1\nl2", "topics": ["t"], "points": [{"text": "s\n"}]}],
        "stated_times": [{"text": "t x"}],
    }


@pytest.mark.parametrize("cleaner", [clean, clean_line, clean_key])
def test_clean_text_is_returned_as_is(cleaner: Callable[[str], str]):
    for text in ("plain", "Ms. KAMIKAWA Yoko", "日本", "🇯🇵", ""):
        assert cleaner(text) is text


def test_walk_points_sees_cleaned_sub_points(tmp_path):
    nested = MINIMAL + '\n  [[points.points]]\n  text = "sub\\u001b]52;c;x\\u0007"\n  outcome = "stated"\n'
    b, _ = load_file(_folder(tmp_path, nested) / "b.toml")
    assert b is not None and [p.text for _, p in walk_points(b.points)][-1] == "sub"


def test_a_topic_that_is_only_invisible_characters_is_a_located_error(tmp_path):
    """An empty topic (or one that cleans to nothing) used to load and then crash the filter panel (duplicate option id)."""
    for topic in ("", "\u200b\x1b[2J"):
        b, problems = load_file(
            _folder(
                tmp_path / topic.encode().hex(), MINIMAL.replace('topics = ["g7"]', f"topics = [{toml_string(topic)}]")
            )
            / "b.toml"
        )
        assert b is None and (problems[0].line, problems[0].col) == (25, 11), problems
        assert problems[0].message == "points[0].topics[0]: must not be empty"
