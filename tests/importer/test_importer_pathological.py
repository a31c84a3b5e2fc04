"""The importer never hangs (issues #11 and #16): each pathological input imports in bounded time,
and a text that holds no meeting is refused (issue #13.16).

The inputs come from ``pathological_inputs.py`` (``benchmarks/import_bench.py`` times them). The
guard is a generous cap, not a timing assert: before the fixes a 100,000-character word took
86 s, a 1 MB text ~40 s, and blank lines, wrapped lines, "reiterated" or "each other" repeated
never finished; now each takes about a second (the 10 MB text about ten).
"""

from __future__ import annotations

import re
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from importer_accuracy import READOUTS, vocabulary
from pathological_inputs import INPUTS

from briefing_tui.cli import main
from briefing_tui.core.importer import NoMeetingError, import_readout, outcomes
from briefing_tui.core.importer.folding import fold

CAP_SECONDS = 20
CAPS = {"realistic_10mb": 60}  # ten megabytes take ~10 s of CPU


class TookTooLong(Exception):
    pass


@contextmanager
def guard(seconds: int):
    """Fail (not hang) if the block uses more than ``seconds`` of CPU time: a profiling timer
    counts this process's CPU, not the wall clock, so a busy shared machine cannot trip it."""

    def alarm(signum, frame):
        raise TookTooLong(f"still running after {seconds} s of CPU time")

    previous = signal.signal(signal.SIGPROF, alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


@pytest.mark.skipif(sys.platform == "win32", reason="signal.setitimer is POSIX")
@pytest.mark.parametrize("name", list(INPUTS))
def test_pathological_input_imports_in_bounded_time(name):
    text = INPUTS[name]()
    vocab = vocabulary()
    with guard(CAPS.get(name, CAP_SECONDS)):
        try:
            result = import_readout(text, vocabulary=vocab, source_name=f"{name}.txt")
        except NoMeetingError:
            return
    assert result.toml.startswith("# ") and "schema = 2" in result.toml


def test_a_long_reference_block_is_read_in_part_and_says_so():
    result = import_readout(INPUTS["reference_block_20k"](), vocabulary=vocabulary())
    assert any("[Reference] block was read for participants up to 100 lines" in note for note in result.notes)
    assert len(result.draft.participants) <= 2 + 100


@pytest.mark.parametrize(
    "text",
    [
        "hello world\n",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.\n\n"
        "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.\n",
        "Shopping list\n- eggs\n- milk\n- bread\n",
    ],
    ids=["hello", "lorem", "list"],
)
def test_a_text_with_no_meeting_is_refused(text, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NoMeetingError):
        import_readout(text, vocabulary=vocabulary())
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    code = main(["import", str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert "briefing-tui import: page.txt: no meeting found: no date, no participants and no reporting verb" in err
    assert list(tmp_path.iterdir()) == [path]  # nothing written


def test_an_empty_file_is_refused(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("\n \n", encoding="utf-8")
    assert main(["import", str(path), "--dry-run"]) == 1
    assert "is empty; expected the text of a readout" in capsys.readouterr().err


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024 the weather was fine.\n",  # a date
        "The two ministers talked at length about many things in the capital.\n- Minister Kamikawa stated that cooperation matters.\n",  # a point's verb
        "Japan-Canada Foreign Ministers' Meeting\nMs. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, and the Honourable Mélanie Joly\n",
    ],
    ids=["date", "verb", "participants"],
)
def test_a_text_with_a_date_a_verb_or_participants_still_imports(text):
    assert import_readout(text, vocabulary=vocabulary()).toml


def test_every_readout_still_imports():
    for path in sorted(READOUTS.parent.glob("*/*.txt")):
        import_readout(path.read_text(encoding="utf-8"), vocabulary=vocabulary())


def test_fold_finds_what_ignorecase_finds():
    """The only non-ASCII characters IGNORECASE matches to an ASCII letter or digit are the
    ones ``fold`` maps; folding keeps lengths and word characters."""
    ascii_word = re.compile(r"[a-z0-9_]", re.IGNORECASE)
    word = re.compile(r"\w")
    for code in range(0x80, sys.maxunicode + 1):
        ch = chr(code)
        folded = fold(ch)
        assert len(folded) == 1, hex(code)
        assert bool(word.match(ch)) == bool(word.match(folded)), hex(code)
        if ascii_word.fullmatch(ch):
            assert folded.isascii() and re.fullmatch(re.escape(folded), ch, re.IGNORECASE), hex(code)


def _first_words(ops) -> set[str]:
    """The literal words every match of a parsed pattern can start with (zero-width asserts skipped)."""
    from re import _constants as c

    ops = list(ops)
    if not ops:
        return {""}
    op, av = ops[0]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _first_words(ops[1:])
    if op is c.SUBPATTERN:
        return _first_words(list(av[3]) + ops[1:])
    if op is c.BRANCH:
        return set().union(*(_first_words(list(alt) + ops[1:]) for alt in av[1]))
    if op is c.LITERAL:
        return {chr(av).lower() + rest for rest in _first_words(ops[1:])}
    return {""}


@pytest.mark.skipif(sys.version_info < (3, 11), reason="re._parser is the 3.11 name of sre_parse")
def test_every_verb_pattern_starts_with_a_listed_first_word():
    from re import _parser

    for outcome, pattern in outcomes.VERBS:
        for start in _first_words(_parser.parse(pattern.pattern, pattern.flags)):
            assert any(start.startswith(w) for w in outcomes._FIRST_WORDS), (outcome, start)


def test_find_verbs_matches_a_scan_per_pattern():
    text = Path(READOUTS / "r01-mofa-italy-rome-evening.txt").read_text(encoding="utf-8") * 3
    slow = sorted(
        (
            (m.start(), -len(m.group(0)), n, outcome, m.group(0))
            for n, (outcome, p) in enumerate(outcomes.VERBS)
            for m in p.finditer(text)
        ),
    )
    kept, end = [], -1
    for start, neg, _, outcome, verb in slow:
        if start >= end:
            kept.append(outcomes.Verb(outcome, verb, start))
            end = start - neg
    assert outcomes.find_verbs(text) == kept
