"""The importer's target on readouts written independently of it (tests/importer/holdout).

The holdout readouts were written by someone who never read the importer or its
training readouts; they are an evaluation set, not to be tuned against.
"""

from __future__ import annotations

import sys
from pathlib import Path

HOLDOUT = Path(__file__).resolve().parent / "holdout"
sys.path.insert(0, str(HOLDOUT))

from importer_accuracy import FIELDS, extract_case, field_checks, table  # noqa: E402
from score_holdout import cases  # noqa: E402

TARGET = 0.90


def test_holdout_field_accuracy_meets_the_target():
    rows = [(path.stem, field_checks(extract_case(path).draft, expected)) for path, expected in cases()]
    assert len(rows) >= 10
    print("\n" + table(rows))
    right = sum(checks[f] for _, checks in rows for f in FIELDS)
    assert right / (len(rows) * len(FIELDS)) >= TARGET
    for field in FIELDS:
        assert sum(checks[field] for _, checks in rows) / len(rows) >= TARGET - 0.1, field
