"""Placeholder entry until the TUI lands: print the briefings."""

from __future__ import annotations

from pathlib import Path


def run(paths: list[Path]) -> int:
    from briefing_tui.cli import main

    return main(["print", *map(str, paths)])
