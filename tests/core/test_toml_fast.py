"""The compiled TOML reader (toml-rs) is only a faster tomli: same documents, same values, tomli's errors."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest
import tomli

from briefing_tui.core.model.problems import BriefingError
from briefing_tui.core.store import parse

toml_rs = pytest.importorskip("toml_rs")

REPO = Path(__file__).resolve().parents[2]

#: TOML 1.1 additions (tomli reads them), edge values, and documents tomli refuses.
SNIPPETS = [
    "a = {x = 1,\n y = 2}",
    "a = {x = 1, y = 2,}",
    'a = "\\e"',
    'a = "\\x41"',
    "a = 07:32",
    "a = 1979-05-27T07:32Z",
    "a = 1979-05-27T07:32:00-08:00",
    "a = 1979-05-27 07:32:00.999999",
    "a = 1979-05-27",
    "a = 99999999999999999999",
    "a = 1\na = 2",
    "a = 1\r",
    "a = 1\r\nb = 2\r\n",
    'a = "x\ty"',
    "a = nan\nb = -inf\nc = 1e400",
    'a = "\x7f"',
    'a = "\x00"',
    "é = 1",
    "a = 1979-05-27T07:32:60Z",
    "a = 2023-02-30",
    "a.b = 1\n[a]\nc = 2",
    "[[a]]\n[a]",
    "[a.b]\n[a]\nx = 1",
    "a = {b = 1}\n[a.c]",
    "a = [1, 'two', {three = 3}]",
    'a = """\nx\\\n   y"""',
    "a = = 1",
    "[a\nb = 1",
]


def outcome(loads, text):
    try:
        return "ok", loads(text)
    except Exception as exc:  # only whether it refused matters here
        return "error", type(exc).__name__


def same(a, b) -> bool:
    """Equal values of equal types, all the way down (nan equal to nan, time zones compared)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b and getattr(a, "tzinfo", None) == getattr(b, "tzinfo", None)


@pytest.mark.parametrize("text", SNIPPETS)
def test_the_fast_reader_accepts_and_refuses_what_tomli_does(text):
    fast = outcome(lambda t: toml_rs.loads(t, toml_version="1.1.0"), text)
    slow = outcome(tomli.loads, text)
    assert fast[0] == slow[0]
    if fast[0] == "ok":
        assert same(fast[1], slow[1])


def test_every_toml_file_of_the_repository_reads_the_same():
    files = [p for folder in ("briefings", "tests", "docs") for p in (REPO / folder).rglob("*.toml")]
    assert len(files) > 50
    for path in files:
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        fast, slow = outcome(lambda t: toml_rs.loads(t, toml_version="1.1.0"), text), outcome(tomli.loads, text)
        assert fast[0] == slow[0], path
        if fast[0] == "ok":
            assert same(fast[1], slow[1]), path


def test_errors_are_tomli_s_with_its_position(tmp_path):
    path = tmp_path / "bad.toml"
    with pytest.raises(BriefingError) as caught:
        parse.parse_toml(path, 'schema = 1\ntitle = = "x"\n')
    assert (caught.value.problem.line, caught.value.problem.col) == (2, 9)
    assert caught.value.problem.message.startswith("invalid TOML: Invalid value")


def test_a_deep_document_goes_to_tomli_not_to_the_c_stack():
    """toml-rs recurses on the C stack and crashes the process on ~10,000 nested arrays; tomli
    refuses them with a message. The child must report that message, not die of a signal."""
    code = (
        "from pathlib import Path\n"
        "from briefing_tui.core.model.problems import BriefingError\n"
        "from briefing_tui.core.store.parse import parse_toml, use_fast_reader\n"
        "use_fast_reader()\n"
        "for text in ['a = ' + '[' * 20000 + ']' * 20000, 'a = ' + '{b = ' * 20000 + '1' + '}' * 20000]:\n"
        "    try:\n"
        "        parse_toml(Path('deep.toml'), text)\n"
        "        print('read')\n"
        "    except BriefingError as exc:\n"
        "        print(exc.problem.message)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(REPO / "src")},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 2


def test_the_fast_reader_is_used_for_a_plain_briefing_once_asked_for(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(parse, "_fast_loads", lambda text, **kw: calls.append(kw) or tomli.loads(text))
    parse.parse_toml(tmp_path / "x.toml", "a = [1]\n")
    assert calls == [{"toml_version": "1.1.0"}]
    parse.parse_toml(tmp_path / "x.toml", "a = [" + "[1], " * 1200 + "]\n")
    assert len(calls) == 1  # too many openers: tomli alone


def test_only_worker_processes_read_with_the_fast_reader(monkeypatch, tmp_path, write, minimal):
    """In the app's threads toml-rs has crashed the whole process; a worker that crashes is replaced."""
    from briefing_tui.core.model.topics import Vocabulary
    from briefing_tui.core.store import workers
    from briefing_tui.core.store.load import load_paths

    monkeypatch.setattr(parse, "_fast_loads", None)
    for i in range(30):
        write(minimal.replace("Test meeting", f"Meeting {i}"), f"many/{i}.toml")
    assert len(load_paths([tmp_path / "many"]).entries) == 30
    assert parse._fast_loads is None  # parsed here (few files): tomli alone
    workers.parse_chunk([str(tmp_path / "many" / "0.toml")], Vocabulary())  # what a worker process runs
    assert parse._fast_loads is toml_rs.loads
