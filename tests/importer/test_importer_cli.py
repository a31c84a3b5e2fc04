"""`briefing-tui import`: dry runs, --out, no silent overwrite, stdin, and files that check clean."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
import tomli
from importer_accuracy import READOUTS

from briefing_tui.cli import main
from support import SHARED

README = READOUTS / "r01-mofa-italy-rome-evening.txt"
NAME = "2025-06-04-japan-italy-rome.toml"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_prints_toml_and_writes_nothing(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "import", str(README), "--dry-run")
    assert code == 0
    data = tomli.loads(out)
    assert data["schema"] == 2 and data["medium"] == "in-person" and data["time"]["zone"] == "Europe/Rome"
    assert list(tmp_path.iterdir()) == [] and err == ""  # nothing guessed in this one


def test_guesses_and_notes_go_to_stderr(capsys, tmp_path):
    call = READOUTS / "r04-mofa-argentina-telephone.txt"
    code, out, err = run(capsys, "import", str(call), "--dry-run")
    assert code == 0 and "guessed: time.zone: no zone or venue stated; a call" in err
    assert 'zone = "Asia/Tokyo"  # guessed: ' in out


def test_writes_to_the_current_folder_by_default(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "import", str(README))
    assert code == 0
    assert out.strip().endswith(NAME) and (tmp_path / NAME).is_file()


def test_out_dir_and_never_overwriting_without_force(capsys, tmp_path):
    out_dir = tmp_path / "new" / "folder"
    code, out, _ = run(capsys, "import", str(README), "--out", str(out_dir))
    target = out_dir / NAME
    assert code == 0 and out.strip() == str(target)
    target.write_text("# edited by hand\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(README), "--out", str(out_dir))
    assert code == 1 and out == ""
    assert "already exists" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "# edited by hand\n"
    code, _, _ = run(capsys, "import", str(README), "--out", str(out_dir), "--force")
    assert code == 0 and "schema = 2" in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in out_dir.iterdir()) == [NAME]  # no temporary files left behind


def test_stdin(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(README.read_text(encoding="utf-8")))
    code, out, _ = run(capsys, "import", "-", "--dry-run")
    assert code == 0 and tomli.loads(out)["date"].isoformat() == "2025-06-04"
    assert "# Imported from <stdin>" in out
    monkeypatch.setattr(sys, "stdin", io.StringIO(README.read_text(encoding="utf-8")))
    code, _, _ = run(capsys, "import", "-", "--out", str(tmp_path))
    assert code == 0 and (tmp_path / NAME).is_file()


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\xff\xfe bad", "invalid UTF-8"), (b"a\x00b", "NUL")],
)
def test_unreadable_input_is_a_problem(capsys, tmp_path, content, message):
    source = tmp_path / "in.txt"
    source.write_bytes(content)
    code, out, err = run(capsys, "import", str(source), "--out", str(tmp_path))
    assert code == 1 and message in err and out == ""


def test_missing_file_bad_out_and_usage(capsys, tmp_path):
    code, _, err = run(capsys, "import", str(tmp_path / "nope.txt"))
    assert code == 1 and "no such file" in err
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "import", str(README), "--out", str(not_a_dir))
    assert code == 1 and "not a folder" in err
    code, _, err = run(capsys, "import")
    assert code == 2 and "usage: briefing-tui import" in err
    code, _, err = run(capsys, "import", str(README), "--bogus")
    assert code == 2


def test_every_imported_file_passes_check(capsys, tmp_path):
    sources = sorted(READOUTS.glob("*.txt"))
    seed = SHARED / "seed" / "japan-canada-foreign-ministers-2024-01-13.txt"
    if seed.is_file():
        sources.append(seed)
    for source in sources:
        code, _, err = run(capsys, "import", str(source), "--out", str(tmp_path))
        assert code == 0, (source.name, err)
    written = sorted(tmp_path.glob("*.toml"))
    assert len(written) == len(sources)
    code, out, err = run(capsys, "check", "--strict", str(tmp_path))
    assert code == 0, out
    assert out == "" and f"checked {len(sources)} file(s): {len(sources)} loaded, 0 error(s), 0 warning(s)" in err


def test_import_does_not_load_textual():
    code = (
        "import sys; from briefing_tui.cli import main; "
        f"rc = main(['import', {str(README)!r}, '--dry-run']); "
        "assert rc == 0; bad = [m for m in sys.modules if m.split('.')[0] == 'textual' or m.startswith('briefing_tui.app')]; "
        "assert not bad, bad"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_help_lists_import(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out, _ = capsys.readouterr()
    assert "briefing-tui import SOURCE..." in out


def test_several_sources_count_their_guesses_in_words_that_agree(capsys, tmp_path):
    """'1 guessed value, 0 warnings', never '1 guessed values' (the line each source of several gets)."""
    import re
    from pathlib import Path

    sets = Path(__file__).resolve().parent
    one = sets / "holdout23" / "h368-kna-nairobi-ruto-widodo.txt"  # one guessed value (its zone's country)
    code, _, err = run(capsys, "import", str(one), str(README), "--out", str(tmp_path))
    assert code == 0
    counts = re.findall(r"(\d+) guessed (values?), (\d+) (warnings?): review the file", err)
    assert counts, err
    for guesses, noun, warnings, other in counts:
        assert (noun == "value") == (guesses == "1") and (other == "warning") == (warnings == "1"), err
    assert f"{one}: 1 guessed value, 0 warnings" in err
