"""Field accuracy of the importer over the independently written holdout readouts.

A script, not a test: ``python tests/importer/holdout/score_holdout.py [-v] [--html] [FOLDER]``
(FOLDER: another set of h*.txt readouts, e.g. tests/importer/holdout2). ``--html`` scores the
saved pages (h*.html) instead, read as ``import page.html`` reads them (main text, page date).
Reuses ``extract_case``, ``field_checks`` and ``table`` from ../importer_accuracy.py and only
changes where the readouts are found. ``-v`` also prints expected vs got for every miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

import tomli

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(HERE.parent))

from importer_accuracy import FIELDS, _none, extract_case, field_checks, table  # noqa: E402


def cases(folder: Path = HERE, suffix: str = ".txt") -> list[tuple[Path, dict]]:
    out = []
    for path in sorted(folder.glob(f"h*{suffix}")):
        expected = path.with_name(path.name.removesuffix(suffix) + ".expected.toml")
        out.append((path, tomli.loads(expected.read_text(encoding="utf-8"))))
    return out


def got_expected(draft, expected: dict, field: str) -> tuple[object, object]:
    if field == "date":
        return expected["date"], draft.date
    if field == "start":
        return (
            (_none(expected["start"]), expected.get("start_approximate", False)),
            (draft.start, draft.start_approximate),
        )
    if field == "zone":
        return expected["zone"], draft.zone
    if field == "duration":
        return (
            (_none(expected["duration_minutes"]), expected.get("duration_approximate", False)),
            (draft.duration_minutes, draft.duration_approximate),
        )
    if field == "kind":
        return expected["kind"], draft.kind
    if field == "participant names":
        return [p["name"] for p in expected["participants"]], [p.name for p in draft.participants]
    if field == "countries":
        return [p["country"] for p in expected["participants"]], [p.country for p in draft.participants]
    return expected["point_count"], len(draft.points)


def extract_page(path: Path):
    """As ``import page.html`` does: the page's main text, with its date and address."""
    from importer_accuracy import vocabulary

    from briefing_tui.core.importer import import_readout
    from briefing_tui.core.importer.pages import page_text

    page = page_text(path.read_text(encoding="utf-8"))
    return import_readout(page.text, vocabulary=vocabulary(), source_name=path.name, page=page)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    pages = "--html" in argv
    folders = [Path(a) for a in argv if a not in ("-v", "--html")] or [HERE]
    rows, details = [], []
    for path, expected in (case for folder in folders for case in cases(folder, ".html" if pages else ".txt")):
        draft = (extract_page if pages else extract_case)(path).draft
        checks = field_checks(draft, expected)
        rows.append((path.stem, checks))
        for f in FIELDS:
            if not checks[f]:
                exp, got = got_expected(draft, expected, f)
                details.append(f"  {path.stem} / {f}:\n    expected {exp!r}\n    got      {got!r}")
    print(f"importer field accuracy over {len(rows)} holdout {'pages' if pages else 'readouts'}:")
    print(table(rows))
    if verbose and details:
        print("details:")
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
