"""Field accuracy of the importer over the development readouts of session 3 (this folder).

A script, not a test: ``python tests/importer/dev3/score_dev.py [-v]``. These readouts were
written to develop against (publishers the importer had not seen); the blind evaluation set is
elsewhere and is not to be read. Besides the accuracy fields, it counts family names right.
``-v`` prints expected vs got for every miss.
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
    for path in sorted([*folder.glob("d*.txt"), *folder.glob("d*.html")]):
        stem = path.name.rsplit(".", 1)[0]
        expected = path.with_name(stem + ".expected.toml")
        out.append((path, tomli.loads(expected.read_text(encoding="utf-8"))))
    return out


def extract(path: Path):
    if path.suffix == ".html":
        from importer_accuracy import vocabulary

        from briefing_tui.core.importer import import_readout
        from briefing_tui.core.importer.pages import page_text

        page = page_text(path.read_text(encoding="utf-8"))
        return import_readout(page.text, vocabulary=vocabulary(), source_name=path.name, page=page)
    return extract_case(path)


def main() -> int:
    verbose = "-v" in sys.argv
    rows = []
    families = 0
    for path, expected in cases():
        draft = extract(path).draft
        checks = field_checks(draft, expected)
        rows.append((path.name, checks))
        want = [p["family_name"] for p in expected["participants"]]
        got = [p.family_name for p in draft.participants]
        families += want == got
        if verbose:
            for f in FIELDS:
                if not checks[f]:
                    print(
                        f"{path.name}: {f}: expected {got_expected(draft, expected, f)[0]!r}, got {got_expected(draft, expected, f)[1]!r}"
                    )
            if want != got:
                print(f"{path.name}: family names: expected {want!r}, got {got!r}")
    print(table(rows))
    print(f"family names (all of a readout's right): {families}/{len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
