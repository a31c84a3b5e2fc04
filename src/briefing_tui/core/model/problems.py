"""A located problem in a briefing file, printed as ``path:line:col: message``."""

from __future__ import annotations

from typing import Literal

import msgspec

Severity = Literal["error", "warning"]


class Problem(msgspec.Struct, frozen=True, kw_only=True):
    path: str
    line: int
    col: int
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}"


class BriefingError(Exception):
    """The loader's only exception type: every failure becomes one of these."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem
