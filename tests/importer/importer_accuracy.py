"""Field accuracy of the importer over the hand-written readouts in tests/importer/readouts/.

Each ``NAME.txt`` has a ``NAME.expected.toml`` with the extraction a careful human would
write. Run ``python tests/importer/importer_accuracy.py`` for the per-field table; the tests
import ``cases``, ``extract_case`` and ``field_checks`` from here.
"""

from __future__ import annotations

import datetime as dt
import sys
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tomli

HERE = Path(__file__).resolve().parent
READOUTS = HERE / "readouts"
REPO = HERE.parent.parent
# The fields the accuracy target names.
FIELDS = ("date", "start", "zone", "duration", "kind", "participant names", "countries", "point count")


def cases() -> list[tuple[Path, dict]]:
    out = []
    for path in sorted(READOUTS.glob("*.txt")):
        expected = path.with_name(path.name.removesuffix(".txt") + ".expected.toml")
        out.append((path, tomli.loads(expected.read_text(encoding="utf-8"))))
    return out


@cache
def vocabulary():
    from briefing_tui.core.store.parse import load_vocabulary

    vocab, problems = load_vocabulary(REPO / "briefings" / "topics.toml")
    assert not problems, problems
    return vocab


def extract_case(path: Path):
    from briefing_tui.core.importer import import_readout

    return import_readout(path.read_text(encoding="utf-8"), vocabulary=vocabulary(), source_name=path.name)


def _none(value) -> object:
    return None if value == "none" else value


def same_clock(got: str | None, expected: str, year: int) -> bool:
    """Two IANA names for one clock (a link and its target: Europe/Skopje and Europe/Belgrade) are equal.

    The writer files the venue country's own name, which tzdata may keep only as a link; the
    importer may output the target. Equal when their UTC offsets agree at every hour of the year.
    """
    if got == expected:
        return True
    if not got:
        return False
    try:
        a, b = ZoneInfo(got), ZoneInfo(expected)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    moment = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC)
    while moment < end:
        if moment.astimezone(a).utcoffset() != moment.astimezone(b).utcoffset():
            return False
        moment += dt.timedelta(hours=1)
    return True


def field_checks(draft, expected: dict) -> dict[str, bool]:
    """Per accuracy field: does the draft match the expectation?"""
    names = [p["name"] for p in expected["participants"]]
    return {
        "date": draft.date == expected["date"],
        "start": draft.start == _none(expected["start"])
        and (draft.start is None or draft.start_approximate == expected.get("start_approximate", False)),
        "zone": same_clock(draft.zone, expected["zone"], expected["date"].year),
        "duration": draft.duration_minutes == _none(expected["duration_minutes"])
        and (
            draft.duration_minutes is None or draft.duration_approximate == expected.get("duration_approximate", False)
        ),
        "kind": draft.kind == expected["kind"],
        "participant names": [p.name for p in draft.participants] == names,
        "countries": [p.country for p in draft.participants] == [p["country"] for p in expected["participants"]],
        "point count": len(draft.points) == expected["point_count"],
    }


def table(rows: list[tuple[str, dict[str, bool]]]) -> str:
    width = max(len(f) for f in FIELDS)
    lines = [f"{'field':<{width}}  right  share"]
    total_right = total = 0
    for f in FIELDS:
        right = sum(r[f] for _, r in rows)
        total_right += right
        total += len(rows)
        lines.append(f"{f:<{width}}  {right:>2}/{len(rows):<2}  {right / len(rows):6.1%}")
    lines.append(f"{'all fields':<{width}}  {total_right}/{total}  {total_right / total:6.1%}")
    misses = [f"  {name}: {', '.join(f for f in FIELDS if not r[f])}" for name, r in rows if not all(r.values())]
    if misses:
        lines.append("misses:")
        lines.extend(misses)
    return "\n".join(lines)


def main() -> int:
    rows = []
    for path, expected in cases():
        result = extract_case(path)
        rows.append((path.stem, field_checks(result.draft, expected)))
    print(f"importer field accuracy over {len(rows)} readouts ({dt.date.today()}):")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main())
