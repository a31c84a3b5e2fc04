"""A briefing's start and end seen from every zone that matters to its readers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefing_tui.core.model import countries, zones
from briefing_tui.core.model.briefing import Briefing, Participant
from briefing_tui.core.model.zones import ZoneTimes


def home_zone(p: Participant) -> str:
    return p.home_zone or countries.default_zone(p.country)


def start_instant(b: Briefing) -> dt.datetime | None:
    if b.time.start is None:
        return None
    return zones.to_instant(b.time.start, b.time.zone, b.time.fold or 0)


def end_instant(b: Briefing) -> dt.datetime | None:
    start = start_instant(b)
    if start is None or b.time.duration_minutes is None:
        return None
    return start + dt.timedelta(minutes=b.time.duration_minutes)


def zone_labels(b: Briefing, extra: Sequence[str] = (), local: str | None = None) -> dict[str, list[str]]:
    """Zone name -> labels, in display order: venue, participants' homes, reader, extras, UTC."""
    labels: dict[str, list[str]] = {}

    def add(zone: str, label: str) -> None:
        names = labels.setdefault(zones.canonical(zone), [])
        if label not in names:
            names.append(label)

    add(b.time.zone, "Venue" if b.venue else "Meeting")
    for p in b.participants:
        add(home_zone(p), countries.country_name(p.country))
    if local:
        add(local, "You")
    for zone in extra:
        if zone not in labels:
            add(zone, zone.rsplit("/", 1)[-1].replace("_", " "))
    add("UTC", "UTC")
    return labels


def zone_rows(b: Briefing, extra: Sequence[str] = (), local: str | None = None) -> list[ZoneTimes]:
    """One row per distinct zone; empty when the readout gives no start time."""
    start = start_instant(b)
    if start is None:
        return []
    end = end_instant(b)
    reference = start.astimezone(zones.get_zone(b.time.zone)).date()
    rows = []
    for zone, labels in zone_labels(b, extra, local).items():
        tz = zones.get_zone(zone)
        here = start.astimezone(tz)
        rows.append(
            ZoneTimes(
                label=" · ".join(labels),
                zone=zone,
                start=here,
                end=end.astimezone(tz) if end else None,
                abbreviation=here.tzname() or "",
                offset=zones.utc_offset_label(here),
                day_shift=zones.day_shift(here, reference),
            )
        )
    return rows


def emphasis_cycle(b: Briefing, local: str | None = None) -> list[str]:
    """The zones ``z`` steps through: venue, each home zone, the reader's, UTC."""
    return list(zone_labels(b, (), local))
