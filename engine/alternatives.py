"""What would it take: the same run — the plan's model and tokens — on clusters of other sizes, each planned
in full (failures, batch, memory, power and cost included), and the sensible ones offered as alternatives."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from .errors import ScenarioError
from .fields import field as schema_field
from .planner import OUTPACED_DAYS, Plan, plan
from .scenario import Reliability, Scenario

#: Findings that make a cluster size not an alternative: it cannot run the plan as asked.
BLOCKING = frozenset({"parallel.batch_limit", "energy.power_cap_exceeded", "memory.infeasible",
                      "schedule.too_long", "parallel.mismatch"})
#: Rows offered: the smallest cluster that finishes within the longest sensible run, the fastest, and
#: sizes between them a factor of about four apart.
MAX_ROWS = 6


@dataclass(frozen=True)
class Alternative:
    scenario: Scenario
    plan: Plan
    count: int
    days: float
    goodput: float
    total_cost: float
    energy_mwh: float
    peak_power_mw: float

    def to_dict(self) -> dict[str, float | int | str]:
        return {"accelerators": self.count, "days": self.days, "goodput": self.goodput,
                "total_cost": self.total_cost, "currency": self.plan.currency, "energy_mwh": self.energy_mwh,
                "peak_power_mw": self.peak_power_mw, "accelerator_hours": self.plan.accelerator_hours}


def fixed_run(s: Scenario, p: Plan) -> Scenario:
    """The plan's run as a fixed run (its model and tokens given), whatever the objective that found it, with
    goodput modelled from failures (the scenario's reliability, else the defaults): a typed goodput says
    nothing about a cluster of another size."""
    schedule = s.schedule if s.schedule.reliability is not None else replace(s.schedule, reliability=Reliability())
    return replace(s, schedule=schedule, model=replace(s.model, objective="fixed_run",
                                                       n_params=float(f"{p.n_params:.4g}"),
                                                       n_tokens=float(f"{p.n_tokens:.4g}")))


def alternatives(s: Scenario, max_days: float = OUTPACED_DAYS) -> tuple[Alternative, ...]:
    """Cluster sizes (powers of two, and the scenario's own) that run the plan's model and tokens within
    ``max_days`` with no blocking finding, as up to :data:`MAX_ROWS` rows from the smallest to the fastest."""
    base = fixed_run(s, plan(s))
    hi = int(schema_field("cluster.count").bounds[1])
    counts = sorted({2**k for k in range(0, int(math.log2(hi)) + 1)} | {s.cluster.count})
    found: list[Alternative] = []
    for n in counts:
        variant = replace(base, cluster=replace(base.cluster, count=n))
        try:
            q = plan(variant)
        except ScenarioError:
            continue
        if q.wall_clock_days > max_days or any(f.code in BLOCKING for f in q.findings):
            continue
        found.append(Alternative(variant, q, n, q.wall_clock_days, q.goodput, q.total_cost, q.energy_mwh,
                                 q.peak_power_mw))
    if not found:
        return ()
    fastest = min(found, key=lambda a: a.days)
    found = [a for a in found if a.count <= fastest.count]  # larger and slower (failures) is no alternative
    if len(found) <= MAX_ROWS:
        return tuple(found)
    picks = set(np.round(np.linspace(0, len(found) - 1, MAX_ROWS)).astype(int).tolist())
    picks |= {i for i, a in enumerate(found) if a.count == s.cluster.count}  # the scenario's own size
    return tuple(found[i] for i in sorted(picks))
