#!/usr/bin/env python3
"""Consistency checks for holdout7 (written for this set; does not use the importer).
Article lines of the .txt longer than 60 characters must occur in the HTML text, except
furniture lines joined with " | " (menus, share lines, stamps that the page splits into elements)."""
import datetime as dt, glob, html, os, re, sys, tomllib
from zoneinfo import ZoneInfo

KINDS = {"bilateral-meeting", "telephone-talk", "video-conference", "summit", "multilateral-meeting", "working-meal"}
OUTCOMES = {"discussed", "welcomed", "stated", "expressed", "noted", "explained", "agreed", "confirmed",
            "requested", "condemned", "announced"}
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
def fail(n, msg):
    global bad; bad += 1; print(f"FAIL {n}: {msg}")

for exp in sorted(glob.glob(os.path.join(here, "h*.expected.toml"))):
    n = os.path.basename(exp)[: -len(".expected.toml")]
    raw = open(exp, encoding="utf-8").read()
    if not raw.startswith("# Edge cases:"): fail(n, "no '# Edge cases:' header")
    d = tomllib.loads(raw)
    txt = open(os.path.join(here, n + ".txt"), encoding="utf-8").read()
    if d["point_count"] != len(d["outcomes"]): fail(n, "point_count != len(outcomes)")
    if d["kind"] not in KINDS: fail(n, "kind " + d["kind"])
    for o in d["outcomes"]:
        if o not in OUTCOMES: fail(n, "outcome " + o)
    if d["kind"] in ("telephone-talk", "video-conference") and d["venue"] != "": fail(n, "call with venue")
    if d["title"] not in txt: fail(n, "title not in txt")
    for part in [p.strip() for p in d["venue"].split(",") if p.strip()]:
        if part not in txt: fail(n, "venue part not in txt: " + part)
    z = ZoneInfo(d["zone"])
    st = d["start"]
    if isinstance(st, dt.datetime):
        if st.date() != d["date"]: fail(n, "start not on date")
        a = st.replace(tzinfo=z)
        info = f"{a.isoformat()} {a.tzname()} {a.strftime('%A')}"
        for s in d["stated_times"]:
            b = a.astimezone(ZoneInfo(s["zone"])).replace(tzinfo=None)
            if b != s["time"]: fail(n, f"stated time {s['time']} != {b}")
            if s["text"] not in txt: fail(n, "stated phrase not in txt: " + s["text"])
            info += f" | {s['text']} = {b} {a.astimezone(ZoneInfo(s['zone'])).tzname()}"
    else:
        info = f"no start; {d['date']} {d['date'].strftime('%A')}"
        if d["stated_times"]: fail(n, "stated times without start")
    for p in d["participants"]:
        for k in ("name", "title"):
            if p[k] not in txt: fail(n, f"{k} not in txt: {p[k]}")
        for k in ("family_name", "given_name", "honorific"):
            if p[k] and p[k] not in p["name"] and p[k] not in txt: fail(n, f"{k} not in txt: {p[k]}")
            if p[k] and p[k].lower() not in p["name"].lower(): fail(n, f"{k} not in name: {p[k]}")
        if not re.fullmatch(r"[A-Z]{2}", p["country"]): fail(n, "country " + p["country"])
    hp = os.path.join(here, n + ".html")
    if os.path.exists(hp):
        h = open(hp, encoding="utf-8").read()
        m = re.search(r'<link[^>]*rel="canonical"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="canonical"', h)
        canon = m and (m.group(1) or m.group(2))
        if canon != d["source_url"]: fail(n, f"canonical {canon} != source_url")
        text = html.unescape(re.sub(r"<[^>]+>", " ", h))
        text = re.sub(r"\s+", " ", text)
        start = txt.index(d["title"])
        for line in txt[start:].split("\n"):
            line = line.strip()
            if len(line) > 60 and " | " not in line and re.sub(r"\s+", " ", line) not in text: fail(n, "txt line not in html: " + line[:60])
        info += " [html]"
    print(f"ok? {n}: {d['kind']}, {len(d['participants'])} participants, {d['point_count']} points; {info}")
print("failures:", bad)
sys.exit(1 if bad else 0)
