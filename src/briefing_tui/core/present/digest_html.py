"""A digest as one self-contained HTML page that reads well on screen and on paper."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

from briefing_tui import __version__
from briefing_tui.core.model.briefing import (
    JOINT_OUTCOMES,
    KIND_LABELS,
    Briefing,
    Point,
)
from briefing_tui.core.model.sanitize import clean, clean_line
from briefing_tui.core.present.digest_text import participants_line, summary_line, when
from briefing_tui.core.present.notes import Notes, notes_html
from briefing_tui.core.present.render import actor_names
from briefing_tui.core.query.digest import Digest

CSS = """
:root { --ink: #1d2330; --muted: #5b6475; --rule: #d9dde5; --joint: #12703a; --joint-bg: #e3f4e9;
        --one: #6a3d8f; --tag: #0b5c7a; --mark: #fff3bf; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       max-width: 52rem; margin: 2.5rem auto; padding: 0 1.25rem; }
header h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
header p { color: var(--muted); margin: 0 0 1.5rem; }
article { border-top: 1px solid var(--rule); padding: 1rem 0 .5rem; }
article h2 { font-size: 1.15rem; margin: 0; }
.when { color: var(--muted); font-variant-numeric: tabular-nums; display: block; font-size: .9rem; }
.meta { color: var(--muted); margin: .2rem 0 .6rem; font-size: .9rem; }
ul { margin: .3rem 0 .6rem; padding-left: 1.2rem; }
li { margin: .35rem 0; }
.badge { display: inline-block; font-size: .72rem; font-weight: 700; letter-spacing: .04em;
         text-transform: uppercase; padding: .05rem .45rem; border-radius: .3rem; margin-right: .35rem;
         border: 1px solid currentColor; color: var(--one); }
.badge.joint { color: var(--joint); background: var(--joint-bg); }
.who { font-style: italic; color: var(--muted); }
.tag { color: var(--tag); font-size: .8rem; margin-left: .3rem; white-space: nowrap; }
.tag.hit { background: var(--mark); }
.source { font-size: .8rem; color: var(--muted); word-break: break-all; }
.notes { border-left: 3px solid var(--muted); padding-left: .6rem; font-style: italic; }
footer { color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: .5rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  article { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .badge.joint { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _e(text: str) -> str:
    return escape(clean_line(text), quote=True)


def _points(b: Briefing, points: Sequence[Point], highlight: frozenset[str], marked: Callable[[Point], bool]) -> str:
    items = []
    for p in points:
        hits = highlight if marked(p) else frozenset()
        joint = p.outcome in JOINT_OUTCOMES
        badge = f'<span class="badge{" joint" if joint else ""}">{escape(p.outcome)}</span>'
        who = f'<span class="who">{_e(actor_names(b, p.actors))}:</span> ' if p.actors else ""
        tags = "".join(f'<span class="tag{" hit" if t in hits else ""}">#{_e(t)}</span>' for t in p.topics)
        sub = _points(b, p.points, highlight, marked) if p.points else ""
        items.append(f"<li>{badge}{who}{escape(clean(p.text).strip())}{tags}{sub}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def to_html(d: Digest, notes: Mapping[str, Notes] | None = None) -> str:
    articles = []
    for item in d.items:
        b = item.briefing
        meta = " · ".join(x for x in (KIND_LABELS.get(b.kind, b.kind), participants_line(b), clean_line(b.venue)) if x)
        url = clean_line(b.source_url)
        source = (
            f'<p class="source">Source: <a href="{escape(url, quote=True)}">{escape(url)}</a></p>'
            if url.startswith(("https://", "http://"))
            else ""
        )
        articles.append(
            "<article>"
            f'<h2><span class="when">{escape(when(b, d.zone))}</span>{_e(b.title)}</h2>'
            f'<p class="meta">{escape(meta)}</p>'
            f"{_points(b, item.points, d.filter.topics, item.marked)}{notes_html((notes or {}).get(b.id or '', {}))}{source}"
            "</article>"
        )
    title = d.title
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(title)}</h1><p>{escape(summary_line(d))}</p></header>\n"
        + "\n".join(articles)
        + f"\n<footer>Made with briefing-tui {__version__}. Times are computed from each meeting's stored start and zone.</footer>\n"
        "</body>\n</html>\n"
    )
