"""Paths and sample data shared by the tests (importable: tests/ is on sys.path)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "briefings"
SEED = BUNDLED / "2024-01-13-japan-canada-montreal.toml"
SHARED = REPO.parent / "shared"

needs_shared = pytest.mark.skipif(
    not (SHARED / "toml-test").is_dir(),
    reason="../shared (TOML's compliance suite and the domain facts) sits beside the project's "
    "checkout in CI and on the team's machines; it is absent in this clone",
)

MINIMAL = """\
schema = 1
title = "Test meeting"
kind = "bilateral-meeting"
date = 2024-01-13

[time]
zone = "America/Toronto"
start = 2024-01-13T09:40:00
duration_minutes = 100

[[participants]]
key = "kamikawa"
name = "KAMIKAWA Yoko"
country = "JP"

[[participants]]
key = "joly"
name = "Mélanie Joly"
country = "CA"

[[points]]
text = "The two ministers concurred."
outcome = "agreed"
actors = ["both"]
topics = ["g7"]
"""
