"""Which compute thresholds of rules in force a model's training crosses (resources/compliance.json, each with
its source and date, checked in verbatim copies of the primary texts).

What counts is the model's cumulative training compute: the pre-training run and the post-training that
updates its parameters (AI Act Recital 111 and the Commission's Guidelines, Annex A.1; SB 53 § 22757.11(i)
names fine-tuning and reinforcement learning). Experiments on other models — development and ablations — are
not counted (the Guidelines leave out "exploratory research and failed experiments"). The hardware FLOP are
counted (attention included), the way the Guidelines' hardware-based estimate counts them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .resources import load_json_resource


@dataclass(frozen=True)
class Threshold:
    id: str
    threshold_flop: float
    jurisdiction: str
    counts_post_training: bool
    source: str
    date: str


@dataclass(frozen=True)
class Status:
    threshold: Threshold
    #: the model's training compute over the threshold (strictly: both rules say "greater than")
    crossed: bool
    #: compute ÷ threshold
    ratio: float


@lru_cache(maxsize=1)
def thresholds() -> tuple[Threshold, ...]:
    return tuple(Threshold(**row) for row in load_json_resource("compliance.json")["thresholds"])


def assess(pre_training_flop: float, post_training_flop: float) -> tuple[Status, ...]:
    """Each threshold against the compute it counts."""
    out = []
    for t in thresholds():
        flop = pre_training_flop + (post_training_flop if t.counts_post_training else 0.0)
        out.append(Status(t, flop > t.threshold_flop, flop / t.threshold_flop))
    return tuple(out)
