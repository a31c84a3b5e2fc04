"""Consistency checks for holdout set 4 (run: python3 check.py)."""
import glob, html, os, re, sys, tomllib, datetime as dt
from zoneinfo import ZoneInfo

here = os.path.dirname(os.path.abspath(__file__))
KINDS = {"bilateral-meeting", "multilateral-meeting", "summit", "telephone-talk", "video-conference", "working-meal", "courtesy-call"}
OUTCOMES = {"confirmed", "expressed", "explained", "stated", "agreed", "discussed", "welcomed", "noted", "condemned", "requested", "announced"}
KEYS = ["title", "category", "published", "date", "kind", "zone", "start", "start_approximate", "duration_minutes",
        "duration_approximate", "venue", "point_count", "outcomes", "stated_times", "participants"]
bad = 0
def fail(name, msg):
    global bad; bad += 1; print(f"FAIL {name}: {msg}")

for exp in sorted(glob.glob(os.path.join(here, "h*.expected.toml"))):
    name = os.path.basename(exp)[:-len(".expected.toml")]
    raw = open(exp, encoding="utf-8").read()
    if not raw.startswith("# Edge cases:"): fail(name, "no '# Edge cases:' header")
    d = tomllib.loads(raw)
    txt = open(os.path.join(here, name + ".txt"), encoding="utf-8").read()
    for k in KEYS:
        if k not in d: fail(name, f"missing key {k}")
    if d["point_count"] != len(d["outcomes"]): fail(name, "point_count != len(outcomes)")
    if d["kind"] not in KINDS: fail(name, f"kind {d['kind']}")
    for o in d["outcomes"]:
        if o not in OUTCOMES: fail(name, f"outcome {o}")
    if d["title"] not in txt: fail(name, "title not in txt")
    if d["venue"] and d["kind"] in ("telephone-talk", "video-conference"): fail(name, "call with venue")
    ZoneInfo(d["zone"])
    if d["start"] != "none":
        if d["start"].date() != d["date"]: fail(name, "start date != date")
        local = d["start"].replace(tzinfo=ZoneInfo(d["zone"]))
        print(f"{name}: start {local.isoformat()} {local.tzname()} {local.strftime('%A')}")
        for st in d["stated_times"]:
            conv = local.astimezone(ZoneInfo(st["zone"])).replace(tzinfo=None)
            if conv != st["time"]: fail(name, f"stated time {st['time']} != {conv}")
            if st["text"] not in txt: fail(name, f"stated text not in txt: {st['text']}")
    else:
        if d["stated_times"]: fail(name, "stated_times without start")
        print(f"{name}: date {d['date']} ({d['date'].strftime('%A')}) {d['zone']} no start")
    if d["duration_minutes"] == "none" and d["duration_approximate"]: fail(name, "approx flag without duration")
    if d["start"] == "none" and d["start_approximate"]: fail(name, "approx flag without start")
    for p in d["participants"]:
        for k in ("name", "title", "family_name", "given_name", "country", "honorific"):
            if k not in p: fail(name, f"participant key {k}")
        for k in ("name", "title", "honorific"):
            if p[k] and p[k] not in txt: fail(name, f"{k} not in txt: {p[k]}")
        if p["family_name"] not in p["name"] and p["family_name"].upper() not in p["name"]: fail(name, f"family not in name {p['name']}")
        if p["given_name"] not in p["name"]: fail(name, f"given not in name {p['name']}")
    h = os.path.join(here, name + ".html")
    if os.path.exists(h):
        page = open(h, encoding="utf-8").read()
        m = re.search(r'<link rel="canonical" href="([^"]+)"', page)
        if not m or d.get("source_url") != m.group(1): fail(name, "source_url != canonical")
        if "<time" not in page and "published_time" not in page and "date" not in page: fail(name, "no date meta")
        plain = html.unescape(re.sub(r"<[^>]+>", " ", page))
        plain = re.sub(r"\s+", " ", plain)
        for line in txt.splitlines():
            line = line.strip()
            if len(line) > 60 and " | " not in line and not line.startswith(("Share", "Related", "Cookies", "- ")) and re.sub(r"\s+", " ", line) not in plain:
                fail(name, f"html lacks: {line[:70]}")
    elif "source_url" in d:
        fail(name, "source_url without html")
print("bad:", bad)
sys.exit(1 if bad else 0)
