"""Can the cluster finish the run: goodput from failures, the batch a run can be spread over, facility
power, and the walls of scale. Arithmetic on published formulas; every constant with its source.

* **Failures and checkpoints** — a cluster of n accelerators, each interrupted on average every M₁ hours,
  is interrupted every M = M₁ / n hours. Checkpointing every τ minutes at a stall of δ each, and losing R
  minutes to restart plus on average τ/2 of work per interruption, wastes δ/τ + (τ/2 + R)/M of the time
  (first order). Young's interval τ = √(2·δ·M) (Young 1974, "A first order approximation to the optimum
  checkpoint interval", CACM 17(9)) minimises it: waste = √(2·δ/M) + R/M, goodput = 1 − waste.
  The default M₁ is Llama 3's (arXiv 2407.21783, §3.3.4): "a 54-day snapshot period … 466 job
  interruptions … 419 were unexpected" on 16,384 H100 — one every 54 × 24 / 419 = 3.09 h for the cluster,
  50,700 h per accelerator. The checkpoint stall (15 s) and restart (5 min) are *our calibration*, not
  measurements: with them Llama 3's configuration loses 7.9 % and reaches the published "higher than 90%
  effective training time" (92 %); asynchronous checkpointing stalls training for seconds, an automated
  restart takes minutes. Enter your own.
* **Batch** — DeepSeek LLM (arXiv 2401.02954, §3.1, eq. 1): B_opt = 0.2920 · C^0.3271 tokens, C in FLOP
  (their C = M·D with M the non-embedding FLOP per token, 72·L·d² + 12·L·d·l_seq: 6·N·D plus attention),
  fitted on 10¹⁷–2·10¹⁹ FLOP (checked: it gives 9.2 M tokens for DeepSeek LLM 7B, whose Table 2 batch is
  2,304 × 4,096 = 9.4 M). Every data-parallel replica needs at least one sequence of each step's batch, so
  the largest cluster that still helps is B/sequence × the accelerators of one replica (tensor × pipeline).
  The critical batch — beyond which a larger batch needs more tokens for the same loss — grows with the
  data, not the model (Zhang et al. 2025, arXiv 2410.21676; Bergsma et al. 2025, arXiv 2505.13738); their
  constants could not be verified from the papers, so ScalePlan does not use them.
* **Walls** — Erdil & Schneider-Joseph 2024 (arXiv 2411.01137, abstract): for a three-month run, "data
  movement bottlenecks begin to significantly lower hardware utilization for training runs exceeding about
  10^28 FLOP" and "a training run exceeding about 10^31 FLOP is infeasible even at low utilization".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

#: Llama 3 405B (arXiv 2407.21783, §3.3.4): 419 unexpected interruptions in 54 days on 16,384 H100.
LLAMA3_UNEXPECTED_INTERRUPTIONS = 419
LLAMA3_SNAPSHOT_DAYS = 54.0
LLAMA3_ACCELERATORS = 16_384
#: Hours between interruptions per accelerator: 54 × 24 × 16,384 / 419 = 50,677.
MTBF_HOURS_PER_ACCELERATOR = LLAMA3_SNAPSHOT_DAYS * 24.0 * LLAMA3_ACCELERATORS / LLAMA3_UNEXPECTED_INTERRUPTIONS
#: Our calibration (see the module): a checkpoint stalls training 15 s; a restart takes 5 minutes.
CHECKPOINT_MINUTES = 0.25
RESTART_MINUTES = 5.0
#: Failures eating more than this share of the time are a warning: beyond the ~10 % Llama 3 lost on 16,384
#: H100 ("higher than 90% effective training time"), a cluster is less reliable than the frontier's.
FAILURE_WASTE_WARNING = 0.10

#: DeepSeek LLM (arXiv 2401.02954) §3.1 eq. 1: B_opt = 0.2920 · C^0.3271 (tokens, C in FLOP), fitted on
#: 1e17–2e19 FLOP.
BATCH_COEFFICIENT_TOKENS = 0.2920
BATCH_EXPONENT = 0.3271
BATCH_FITTED_FLOP = (1e17, 2e19)

#: Erdil & Schneider-Joseph 2024 (arXiv 2411.01137), for runs of about three months.
DATA_MOVEMENT_WALL_FLOP = 1e28
LATENCY_WALL_FLOP = 1e31
WALL_RUN_DAYS = 91.0


@dataclass(frozen=True)
class Failures:
    """What failures cost a cluster (vectorised over the accelerator count)."""

    cluster_mtbf_hours: Any
    checkpoint_interval_minutes: Any
    #: Share of wall-clock time lost to checkpoint stalls, lost work and restarts.
    waste: Any
    goodput: Any
    interruptions: Any  # over the run


def failures(count: Any, days: Any, mtbf_hours_per_accelerator: float = MTBF_HOURS_PER_ACCELERATOR,
             checkpoint_minutes: float = CHECKPOINT_MINUTES, restart_minutes: float = RESTART_MINUTES,
             floor: float = 0.01) -> Failures:
    """Young's optimum: waste = √(2δ/M) + R/M for a cluster MTBF M = M₁/n; goodput = 1 − waste, never
    below ``floor`` (a cluster interrupted faster than it checkpoints makes no progress to speak of)."""
    n = np.asarray(count, dtype=float)
    m_min = mtbf_hours_per_accelerator * 60.0 / n  # minutes between interruptions of the cluster
    tau = np.sqrt(2.0 * checkpoint_minutes * m_min)
    waste = np.sqrt(2.0 * checkpoint_minutes / m_min) + restart_minutes / m_min
    goodput = np.clip(1.0 - waste, floor, 1.0)
    interruptions = np.asarray(days, dtype=float) * 24.0 * 60.0 / m_min
    return Failures(cluster_mtbf_hours=m_min / 60.0, checkpoint_interval_minutes=tau, waste=waste,
                    goodput=goodput, interruptions=interruptions)


def optimal_batch_tokens(training_flop: Any) -> Any:
    """DeepSeek LLM's B_opt (tokens) at this compute (eq. 1)."""
    return BATCH_COEFFICIENT_TOKENS * np.asarray(training_flop, dtype=float) ** BATCH_EXPONENT


def max_useful_accelerators(batch_tokens: float, sequence_tokens: float, model_parallel: int) -> int:
    """The largest cluster in which every data-parallel replica gets at least one sequence of each step."""
    replicas = batch_tokens // sequence_tokens if math.isfinite(batch_tokens) else 1e12
    return int(min(max(replicas, 1.0), 1e12)) * model_parallel  # (1e12: an int, however large the batch)


def peak_power_mw(count: Any, power_w: float, server_overhead: float, pue: float) -> Any:
    """Facility power at full draw: accelerators × nameplate × host overhead × PUE (no average-draw
    discount: a site must deliver the peak)."""
    return np.asarray(count, dtype=float) * power_w * server_overhead * pue / 1e6


def max_count_under_cap(cap_mw: float, power_w: float, server_overhead: float, pue: float) -> int:
    return math.floor(cap_mw * 1e6 / (power_w * server_overhead * pue) + 1e-9)
