"""Field accuracy over tests/importer/dev3/fresh (a script: ``python tests/importer/dev3/fresh/score_fresh.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import tomli

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests" / "importer")]

from importer_accuracy import extract_case, field_checks, table  # noqa: E402


def main() -> int:
    rows = []
    families = 0
    for path in sorted(HERE.glob("f*.txt")):
        expected = tomli.loads(path.with_name(path.stem + ".expected.toml").read_text(encoding="utf-8"))
        draft = extract_case(path).draft
        rows.append((path.name, field_checks(draft, expected)))
        families += [p["family_name"] for p in expected["participants"]] == [p.family_name for p in draft.participants]
    print(table(rows))
    print(f"family names (all of a readout's right): {families}/{len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
