"""Self-check for holdout6 (written for this set; does not use the importer)."""
import glob, html, re, sys, tomllib, datetime as dt
from zoneinfo import ZoneInfo
KINDS = {"bilateral-meeting", "telephone-talk", "video-conference", "summit", "multilateral-meeting", "working-meal"}
bad = 0
def err(f, m):
    global bad; bad += 1; print(f"{f}: {m}")
for p in sorted(glob.glob("h*.expected.toml")):
    n = p[:-len(".expected.toml")]
    src = open(p).read()
    if not src.startswith("# Edge cases:"): err(n, "no Edge cases comment")
    d = tomllib.loads(src)
    txt = open(n + ".txt").read()
    if d["kind"] not in KINDS: err(n, "kind")
    VERBS = {"agreed","announced","condemned","confirmed","discussed","explained","expressed","noted","requested","shared","stated","welcomed"}
    if set(d["outcomes"]) - VERBS: err(n, f"outcome class {set(d['outcomes']) - VERBS}")
    if d["point_count"] != len(d["outcomes"]): err(n, "point_count")
    if d["kind"] in ("telephone-talk", "video-conference") and d["venue"] != "": err(n, "venue of call")
    if d["title"] not in txt: err(n, "title not in txt")
    for q in d["participants"]:
        for k in ("name", "title", "given_name"):
            if q[k] and q[k] not in txt: err(n, f"{k} {q[k]!r} not in txt")
        if q["family_name"] and q["family_name"] not in txt: err(n, f"family {q['family_name']!r}")
        for k in ("family_name", "given_name"):
            if q[k] not in q["name"]: err(n, f"{k} not in name")
        if q["honorific"] and q["honorific"] not in q["name"]: err(n, "honorific not in name")
    if d["start"] != "none":
        s = d["start"]
        if s.date() != d["date"]: err(n, "start date != date")
        a = s.replace(tzinfo=ZoneInfo(d["zone"]))
        print(f"{n[:4]} {d['zone']:18} {a.isoformat()} {a.tzname()} {a.strftime('%A')}")
        for st in d["stated_times"]:
            b = a.astimezone(ZoneInfo(st["zone"])).replace(tzinfo=None)
            if b != st["time"]: err(n, f"stated time {st['time']} != {b}")
            if st["text"] not in txt: err(n, f"stated text {st['text']!r}")
    else:
        if d["stated_times"]: err(n, "stated times without start")
        print(f"{n[:4]} {d['zone']:18} {d['date']} (no time) {d['date'].strftime('%A')}")
    ZoneInfo(d["zone"])
    try:
        h = open(n + ".html").read()
    except FileNotFoundError:
        continue
    m = re.search(r'<link rel="canonical" href="([^"]+)"', h)
    if not m or m.group(1) != d["source_url"]: err(n, "canonical")
    ht = html.unescape(re.sub(r"<[^>]+>", "\n", h))
    for para in d["title"], *[l for l in txt.split("\n") if len(l) > 60 and "|" not in l and not l.startswith((" ", "We use cookies"))]:
        p2 = para[2:] if para.startswith("- ") else para
        if p2 not in ht: err(n, f"html misses: {p2[:50]}")
print("problems:", bad); sys.exit(bool(bad))
