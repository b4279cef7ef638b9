"""Severity as data: the colours, marks and words every view uses for findings and the traffic light."""

from __future__ import annotations

from collections.abc import Sequence

from engine.findings import Finding

from .i18n import QT_TR_NOOP, tr

#: one colour per severity, the same on screen, in the PDF and on slides
SEVERITY_COLOURS = {"error": "#c0392b", "warning": "#b9770e", "info": "#2e6da4"}
SEVERITY_ICONS = {"error": "✖", "warning": "▲", "info": "●"}
SEVERITY_NAMES = {"error": QT_TR_NOOP("error"), "warning": QT_TR_NOOP("warning"), "info": QT_TR_NOOP("info")}
#: the summary card whose number a finding is about (the card is framed in the finding's colour)
CARD_OF_FINDING = {
    "budget.exceeded": "cost", "energy.cap_exceeded": "energy", "memory.infeasible": "memory",
    "memory.tight": "memory", "parallel.mismatch": "memory", "input.peak_precision": "compute",
    "moe.law_extrapolation": "loss", "schedule.failures": "hours", "parallel.batch_limit": "days",
    "energy.power_cap_exceeded": "power", "compute.data_movement_wall": "compute", "compute.latency_wall": "compute",
    "data.exhausted": "data", "data.diminishing": "data", "data.saturated": "data",
    "data.beyond_public_stock": "tokens", "schedule.too_long": "days", "schedule.outpaced": "days",
    "input.mfu_implausible": "compute", "law.extrapolation": "loss", "law.loss_implausible": "loss",
    "law.tokens_per_param_extrapolation": "tokens", "plan.out_of_scale": "params",
    "programme.over_budget": "cost", "compliance.post_training": "compute",
}
#: the traffic light of a whole plan
TRAFFIC_COLOURS = {"red": "#c0392b", "amber": "#d68910", "green": "#1e8449"}
_TRAFFIC_WORDS = {"red": QT_TR_NOOP("Red: the plan breaks a limit"),
                  "amber": QT_TR_NOOP("Amber: feasible, with warnings"),
                  "green": QT_TR_NOOP("Green: no problems found")}


def traffic_state(findings: Sequence[Finding]) -> str:
    """'red' with any error, 'amber' with any warning, else 'green'."""
    severities = {f.severity for f in findings}
    if "error" in severities:
        return "red"
    return "amber" if "warning" in severities else "green"


def traffic_light(findings: Sequence[Finding]) -> tuple[str, str]:
    """(colour, words in the interface language) of a plan with these findings."""
    state = traffic_state(findings)
    return TRAFFIC_COLOURS[state], tr(_TRAFFIC_WORDS[state])
