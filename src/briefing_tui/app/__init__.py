"""The Textual application: screens, widgets and styles on top of the pure core.

Textual paints at most 60 frames a second by default, so a keystroke's new list can wait up to
~17 ms for its frame; at 120 the wait halves, and idle costs nothing. A reader's own
TEXTUAL_FPS still wins. (Read by Textual at import, hence here, before any Textual import.)
"""

import os

os.environ.setdefault("TEXTUAL_FPS", "120")
