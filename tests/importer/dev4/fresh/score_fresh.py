"""Field accuracy over tests/importer/dev4/fresh (a script: ``python tests/importer/dev4/fresh/score_fresh.py [-v]``)."""

from __future__ import annotations

import sys
from pathlib import Path

import tomli

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "src"))
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parents[1] / "holdout"))

from importer_accuracy import FIELDS, extract_case, field_checks, table  # noqa: E402
from score_holdout import got_expected  # noqa: E402


def cases() -> list[tuple[Path, dict]]:
    return [
        (p, tomli.loads(p.with_name(p.name.removesuffix(".txt") + ".expected.toml").read_text(encoding="utf-8")))
        for p in sorted(HERE.glob("*.txt"))
    ]


def main() -> int:
    rows = []
    for path, expected in cases():
        draft = extract_case(path).draft
        checks = field_checks(draft, expected)
        rows.append((path.name, checks))
        if "-v" in sys.argv:
            for f in FIELDS:
                if not checks[f]:
                    print(f"{path.name}: {f}: expected/got {got_expected(draft, expected, f)!r}")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
