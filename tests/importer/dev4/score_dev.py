"""Field accuracy of the importer over the development readouts of session 4 (this folder).

A script, not a test: ``python tests/importer/dev4/score_dev.py [-v]``. Nine readouts of
publishers the importer had never seen, written with their expected files before the importer
was run on them (see README.md); tests/importer/test_importer_dev_sets.py keeps the score.
"""

from __future__ import annotations

import sys
from pathlib import Path

import tomli

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "holdout"))

from importer_accuracy import FIELDS, extract_case, field_checks, table  # noqa: E402
from score_holdout import got_expected  # noqa: E402


def cases(folder: Path = HERE) -> list[tuple[Path, dict]]:
    out = []
    for path in sorted(folder.glob("e*.txt")):
        expected = path.with_name(path.name.removesuffix(".txt") + ".expected.toml")
        out.append((path, tomli.loads(expected.read_text(encoding="utf-8"))))
    return out


def main() -> int:
    verbose = "-v" in sys.argv
    rows = []
    for path, expected in cases():
        draft = extract_case(path).draft
        checks = field_checks(draft, expected)
        rows.append((path.name, checks))
        if verbose:
            for f in FIELDS:
                if not checks[f]:
                    want, got = got_expected(draft, expected, f)
                    print(f"{path.name}: {f}: expected {want!r}, got {got!r}")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
