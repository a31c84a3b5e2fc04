"""briefing-tui: a keyboard-first terminal browser for diplomatic meeting readouts."""

__version__ = "0.1.0"
