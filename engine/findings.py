"""Findings: warnings about a plan with a stable code, a severity and a plain message (DESIGN.md §5).

Messages are built from a template and named values so that the GUI can translate the template and
format the numbers for the reader's language; ``message`` is the English text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("info", "warning", "error")

#: Every code the engine can emit, with its severity (the stable contract of DESIGN.md §5).
CODES: dict[str, str] = {
    "energy.cap_exceeded": "error",
    "budget.exceeded": "error",
    "data.repeated": "info",
    "data.diminishing": "warning",
    "data.exhausted": "error",
    "data.beyond_public_stock": "warning",
    "data.saturated": "warning",
    "memory.infeasible": "error",
    "law.extrapolation": "warning",
    "input.mfu_implausible": "warning",
    "compute.regulatory_threshold": "info",
    "allocation.off_optimal": "info",
    "law.kaplan_inference": "info",
    # a plan outside the scale the engine speaks about (issue 10)
    "plan.out_of_scale": "error",
    "law.loss_implausible": "error",
    "schedule.too_long": "error",
    # graded so that a sound plan can be green (issue 12): a modest extrapolation is information, a far one a
    # warning; one code per severity, so a code's severity never changes
    "law.extrapolation_modest": "info",
    "law.tokens_per_param_extrapolation": "warning",
    "law.tokens_per_param_extrapolation_modest": "info",
    "schedule.outpaced": "warning",
    # the model as the hardware sees it (issue 14)
    "memory.tight": "warning",
    "parallel.mismatch": "warning",
    "compute.attention": "info",
    "moe.law_approximation": "info",
    "moe.law_extrapolation": "warning",
    "input.peak_precision": "warning",
    # can the cluster finish the run (issue 15)
    "schedule.failures": "warning",
    "parallel.batch_limit": "warning",
    "energy.power_cap_exceeded": "error",
    "programme.over_budget": "error",
    "compliance.post_training": "warning",
    "compute.data_movement_wall": "warning",
    "compute.latency_wall": "error",
}


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 — the marker Qt's lupdate collects (no Qt is imported)
    """Mark a message template for translation; the GUI translates and renders it (see :func:`render`)."""
    return text


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    #: What would fix it, in plain words (empty for purely informative findings).
    fix: str = ""
    #: Named numbers behind the message (for translation and formatting).
    values: Mapping[str, Any] = field(default_factory=dict)
    #: The English templates the message and the fix were rendered from, sentence by sentence.
    template: tuple[str, ...] = ()
    fix_template: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "message": self.message, "fix": self.fix}


def render(templates: tuple[str, ...], values: Mapping[str, Any], translate: Callable[[str], str] | None = None,
           money_fn: Callable[[float, str], str] | None = None) -> str:
    """Join the (translated) templates, filled with the values in the reader's conventions."""
    from .fmt import Formatter

    fmt = Formatter(values.get("currency", "USD"), money_fn)
    tr = translate or (lambda t: t)
    out = ""
    for t in templates:
        if t:
            piece = fmt.vformat(tr(t), (), values)
            joined = not out or out.endswith(("。", "）", "、", "："))  # no space after Japanese punctuation
            out += ("" if joined else " ") + piece
    return out


def make(code: str, template: str | tuple[str, ...], fix: str | tuple[str, ...] = (), severity: str | None = None,
         **values: Any) -> Finding:
    """A finding from English templates (``{name:spec}`` placeholders, see engine.fmt.Formatter)."""
    sev = severity or CODES[code]
    assert code in CODES and sev in SEVERITIES
    template = (template,) if isinstance(template, str) else tuple(template)
    fix = (fix,) if isinstance(fix, str) else tuple(fix)
    return Finding(code=code, severity=sev, message=render(template, values), fix=render(fix, values),
                   values=values, template=template, fix_template=fix)
