"""A generous time limit for tests of pathological input: a hang fails the test, it never stalls the suite.

Not a timing assert: the limit is far above the normal run time and only catches a hang or a
quadratic blow-up. The call runs in a daemon thread, so one that blocks forever (a FIFO read)
is abandoned when the test fails instead of keeping pytest from exiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

import pytest

T = TypeVar("T")


def within(seconds: float, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)``, failing the test if it has not returned after ``seconds``."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = fn(*args, **kwargs)
        except BaseException as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True, name=f"within-{getattr(fn, '__name__', 'call')}")
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        pytest.fail(
            f"{getattr(fn, '__name__', fn)} did not finish within {seconds} s (hung, or far slower than linear)"
        )
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
