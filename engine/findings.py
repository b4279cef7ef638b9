"""Findings: warnings about a plan with a stable code, a severity and a plain message (DESIGN.md §5).

Messages are built from a template and named values so that the GUI can translate the template and
format the numbers for the reader's language; ``message`` is the English text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

SEVERITIES = ("info", "warning", "error")

#: Every code the engine can emit, with its severity (the stable contract of DESIGN.md §5).
CODES: dict[str, str] = {
    "energy.cap_exceeded": "error",
    "budget.exceeded": "error",
    "data.repeated": "info",
    "data.diminishing": "warning",
    "data.exhausted": "error",
    "data.beyond_public_stock": "warning",
    "memory.infeasible": "error",
    "law.extrapolation": "warning",
    "input.mfu_implausible": "warning",
    "compute.regulatory_threshold": "info",
    "allocation.off_optimal": "info",
    "law.kaplan_inference": "info",
}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    #: What would fix it, in plain words (empty for purely informative findings).
    fix: str = ""
    #: Named numbers behind the message (for translation and formatting).
    values: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "message": self.message, "fix": self.fix}


def make(code: str, message: str, fix: str = "", severity: str | None = None, **values: Any) -> Finding:
    sev = severity or CODES[code]
    assert code in CODES and sev in SEVERITIES
    return Finding(code=code, severity=sev, message=message, fix=fix, values=values)
