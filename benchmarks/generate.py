"""Write N realistic, deterministic briefings in schema 1 (for benchmarks and scale tests).

Each file is about 4 KB: accented names, 8-12 points with 2-4 topics each, sub-points,
stated times and many zones. The same N and seed always give byte-identical files.

    python benchmarks/generate.py 10000 /tmp/corpus
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path
from zoneinfo import ZoneInfo

PEOPLE = [
    ("JP", "Asia/Tokyo", "Ms.", "KAMIKAWA", "Yoko"),
    ("JP", "Asia/Tokyo", "Mr.", "HAYASHI", "Yoshimasa"),
    ("CA", "America/Toronto", "the Honourable", "Joly", "Mélanie"),
    ("CA", "America/Toronto", "the Honourable", "Champagne", "François-Philippe"),
    ("US", "America/New_York", "the Honorable", "Blinken", "Antony"),
    ("AU", "Australia/Sydney", "Senator the Hon", "Wong", "Penny"),
    ("NZ", "Pacific/Auckland", "Rt. Hon.", "Peters", "Winston"),
    ("IN", "Asia/Kolkata", "H.E. Dr.", "Jaishankar", "Subrahmanyam"),
    ("KR", "Asia/Seoul", "H.E.", "Cho", "Tae-yul"),
    ("BR", "America/Sao_Paulo", "H.E. Mr.", "Vieira", "Mauro"),
    ("DE", "Europe/Berlin", "H.E. Ms.", "Baerbock", "Annalena"),
    ("FR", "Europe/Paris", "H.E. Mr.", "Séjourné", "Stéphane"),
    ("GB", "Europe/London", "the Rt Hon", "Lammy", "David"),
    ("NP", "Asia/Kathmandu", "H.E. Mr.", "Shrestha", "Narayan Kaji"),
    ("MX", "America/Mexico_City", "H.E. Ms.", "Bárcena", "Alicia"),
    ("ZA", "Africa/Johannesburg", "H.E. Dr.", "Pandor", "Naledi"),
    ("TR", "Europe/Istanbul", "H.E. Mr.", "Fidan", "Hakan"),
    ("VN", "Asia/Ho_Chi_Minh", "H.E. Mr.", "Bùi", "Thanh Sơn"),
]
VENUES = [
    ("Tokyo, Japan", "Asia/Tokyo"),
    ("Montreal, Canada", "America/Toronto"),
    ("New York, United States", "America/New_York"),
    ("Melbourne, Australia", "Australia/Melbourne"),
    ("Wellington, New Zealand", "Pacific/Auckland"),
    ("New Delhi, India", "Asia/Kolkata"),
    ("Münster, Germany", "Europe/Berlin"),
    ("Bali, Indonesia", "Asia/Makassar"),
    ("Lima, Peru", "America/Lima"),
    ("Kathmandu, Nepal", "Asia/Kathmandu"),
    ("São Paulo, Brazil", "America/Sao_Paulo"),
    ("Reykjavík, Iceland", "Atlantic/Reykjavik"),
]
TOPICS = [
    "g7",
    "foip",
    "north-korea",
    "abductions",
    "china",
    "ukraine",
    "russia",
    "middle-east",
    "cptpp",
    "arctic",
    "wps",
    "economic-security",
    "climate-change",
    "pacific-islands",
    "quad",
    "taiwan",
    "energy-security",
    "critical-minerals",
    "rule-of-law",
    "people-to-people-exchange",
    "trade",
    "nuclear-disarmament",
    "cyber",
    "maritime-security",
    "southeast-asia",
    "europe",
    "myanmar",
]
VERBS = [
    ("agreed", "The ministers concurred to strengthen cooperation on {t}."),
    ("confirmed", "Both sides confirmed their commitment regarding {t}."),
    ("welcomed", "The ministers welcomed progress on {t}."),
    ("discussed", "The two sides exchanged views on {t} in depth."),
    ("stated", "Minister {a} stated that {c} places great importance on {t}."),
    ("explained", "Minister {a} explained {c}'s recent efforts concerning {t}."),
    ("expressed", "Minister {a} expressed hope for continued dialogue on {t}."),
    ("requested", "Minister {a} requested understanding and support on {t}."),
    ("announced", "Minister {a} announced new initiatives on {t}."),
    ("noted", "The ministers noted developments concerning {t}."),
]
KINDS = ["bilateral-meeting"] * 6 + [
    "telephone-talk",
    "telephone-talk",
    "video-conference",
    "multilateral-meeting",
    "summit",
    "working-meal",
]


def q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def briefing(i: int, rng: random.Random) -> str:
    kind = rng.choice(KINDS)
    count = rng.randint(4, 6) if kind == "multilateral-meeting" else 2
    people = rng.sample(PEOPLE, count)
    venue, zone = rng.choice(VENUES)
    if kind in ("telephone-talk", "video-conference"):
        venue, zone = "", people[0][1]
    day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(16 * 365))
    start = dt.datetime.combine(day, dt.time(rng.randint(7, 21), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])))
    duration = rng.choice([20, 25, 30, 35, 40, 45, 50, 60, 65, 70, 90, 100, 120, 150, 240])
    countries = "-".join(p[0] for p in people)
    lines = [
        f"# Synthetic briefing {i} (benchmarks/generate.py)",
        "schema = 1",
        f'id = "syn-{i:06d}"',
        f"title = {q(f'Foreign Ministers’ Meeting {countries} #{i}')}",
        f"category = {q(f'{people[0][0]}-{people[1][0]} Relations')}",
        f'kind = "{kind}"',
        f"date = {day.isoformat()}",
        f"published = {day.isoformat()}",
        'publisher = "Synthetic Ministry of Foreign Affairs"',
        f'source_url = "https://example.org/readouts/{i}"',
        f"venue = {q(venue)}",
        "",
        "[time]",
        f"start = {start.isoformat()}",
        f'zone = "{zone}"',
        f"start_approximate = {str(rng.random() < 0.2).lower()}",
        f"duration_minutes = {duration}",
        "duration_approximate = true",
        "",
    ]
    home = people[0][1]
    if home != zone:
        there = start.replace(tzinfo=ZoneInfo(zone)).astimezone(ZoneInfo(home)).replace(tzinfo=None)
        lines += [
            "[[stated_times]]",
            f"time = {there.isoformat()}",
            f'zone = "{home}"',
            f"text = {q(there.strftime('%I:%M %p on %B %d, home time'))}",
            "",
        ]
    for country, _, honorific, family, given in people:
        lines += [
            "[[participants]]",
            f'key = "{family.lower().replace(" ", "-").encode("ascii", "ignore").decode() or "p"}-{country.lower()}"',
            f"name = {q(f'{honorific} {family} {given}')}",
            f"family_name = {q(family.title() if family.isupper() else family)}",
            f"given_name = {q(given)}",
            f"honorific = {q(honorific)}",
            'title = "Minister for Foreign Affairs"',
            f'country = "{country}"',
            "",
        ]
    for n in range(rng.randint(8, 12)):
        outcome, template = rng.choice(VERBS)
        topics = rng.sample(TOPICS, rng.randint(2, 4))
        actor = rng.choice(people)
        text = template.format(t=", ".join(t.replace("-", " ") for t in topics), a=actor[3].title(), c=actor[0])
        text += " " + rng.choice(
            [
                "They affirmed that close coordination would continue at every level.",
                "Both sides underlined the value of regular consultations between their ministries.",
                "The discussion also touched on the schedule of upcoming ministerial meetings.",
            ]
        )
        actors = (
            '["both"]'
            if outcome in ("agreed", "confirmed", "welcomed", "discussed", "noted")
            else f'["{actor[3].lower().replace(" ", "-").encode("ascii", "ignore").decode() or "p"}-{actor[0].lower()}"]'
        )
        lines += [
            "[[points]]",
            f"summary = {q(f'{outcome.title()}: ' + ', '.join(topics))}",
            f'outcome = "{outcome}"',
            f"actors = {actors}",
            f"topics = [{', '.join(q(t) for t in topics)}]",
            f"text = {q(text)}",
            "",
        ]
        if n == 0:
            lines += [
                "  [[points.points]]",
                '  outcome = "stated"',
                '  actors = ["both"]',
                f"  topics = [{q(topics[0])}]",
                f"  text = {q('A sub-point on ' + topics[0].replace('-', ' ') + '.')}",
                "",
            ]
    return "\n".join(lines)


def generate(n: int, out: Path, seed: int = 20240113) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        path = out / f"syn-{i:06d}.toml"
        path.write_text(briefing(i, rng), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=20240113)
    args = parser.parse_args()
    generate(args.n, args.out, args.seed)


if __name__ == "__main__":
    main()
