"""Where the bundled briefings live: inside the installed package, or the checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[2]  # briefing_tui/, from core/store/bundled.py


def bundled_dir() -> Path:
    """The wheel carries ``briefing_tui/briefings``; an editable checkout has ``<repo>/briefings``."""
    inside = _PACKAGE_DIR / "briefings"
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent.parent / "briefings"
