"""``plan(scenario) -> Plan``: a budget becomes compute, model size, tokens, loss, time, energy, cost, CO2
and findings. A pure function of the scenario; the GUI and the CLI are thin layers over it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy as np

from . import architecture as arch
from . import costing, moe_law
from . import reliability as rel
from .catalogue import accelerators
from .errors import ScenarioError, message_for
from .fields import field as schema_field
from .findings import QT_TR_NOOP, SEVERITIES, Finding, make
from .fmt import sci
from .laws import (
    MUENNIGHOFF_R_D_STAR,
    AnyLaw,
    KaplanLaw,
    ParametricLaw,
    allocation_band,
    effective_tokens,
    loss_band,
    min_lifetime_compute,
    optimal_allocation,
    optimal_allocation_draws,
    reachable_loss_floor,
    target_allocation_draws,
)
from .programme import ProgrammePlan, documentation, programme_plan, serving_plan
from .scenario import Scenario, given
from .serving import DAYS_PER_MONTH, ServingPlan
from .units import (
    BYTES_PER_GB,
    EU_AI_ACT_THRESHOLD_FLOP,
    FLOP_PER_PF_DAY,
    HOURS_PER_DAY,
    INFERENCE_FLOP_PER_PARAM_TOKEN,
    MFU_PLAUSIBLE_MAX,
    MFU_PLAUSIBLE_MIN,
    PUBLIC_TEXT_STOCK_90CI_TOKENS,
    PUBLIC_TEXT_STOCK_TOKENS,
    SECONDS_PER_DAY,
)
from .units import TRAIN_FLOP_PER_PARAM_TOKEN as K6

#: Repeated data is graded by what its last epoch is worth (Muennighoff et al. 2023, arXiv:2305.16264, eq. 5).
#: With R = epochs − 1 repetitions of U unique tokens the effective tokens are U·(1 + R*·(1 − e^(−R/R*))), so
#: a repeated token adds e^(−R/R*) of a fresh one: the last epoch is worth e^(−R/R*), and 1 − e^(−R/R*) of all
#: that repeating can ever add is already spent. Information while the last epoch is worth at least half a
#: fresh one (R ≤ R*·ln 2, the half-life of repeated data); a warning below; an error only once it is worth
#: ≤ 5% (R ≥ R*·ln 20 ≈ 3 R*: 95% of what repetition can add is spent, more epochs are compute for nothing).
#: With R_D* = 15.39: up to 11.7 epochs information; 17 epochs 35% and 40 epochs 8% warnings; 47.1 an error.
LAST_EPOCH_WORTH_DIMINISHING = 0.5
LAST_EPOCH_WORTH_EXHAUSTED = 0.05
#: The same limits in epochs for Muennighoff et al.'s R_D* (a data-constrained law may carry its own).
DIMINISHING_EPOCHS = 1.0 + MUENNIGHOFF_R_D_STAR * math.log(1.0 / LAST_EPOCH_WORTH_DIMINISHING)  # 11.67
EXHAUSTED_EPOCHS = 1.0 + MUENNIGHOFF_R_D_STAR * math.log(1.0 / LAST_EPOCH_WORTH_EXHAUSTED)  # 47.10
#: Extrapolation of a law in compute is graded by how far outside the runs it was fitted on: information
#: within these factors, a warning beyond. The evidence is the law's own band: a bootstrap of Epoch AI's 240
#: Chinchilla runs (engine.fit on ../shared/reference/epoch_chinchilla_fig4_runs.csv minus the 5 highest losses,
#: 1,000 resamples, seed 0) gives a 95% band of L*(C) of ±0.013 nats at the largest run (1.3e22 FLOP) that
#: doubles, to ±0.026, at ~80× (1e24 FLOP), and doubles its ±0.012 at the smallest run (1.4e18) only ~3.5×
#: below it. Two decades above also covers the test Hoffmann et al. 2022 made of their own allocation:
#: Chinchilla, trained at 5.76e23 FLOP (44× their largest run), beat Gopher as predicted.
EXTRAPOLATION_FACTOR = 100.0  # above the largest run: two decades
EXTRAPOLATION_FACTOR_BELOW = 10.0**0.5  # below the smallest run: half a decade
#: Tokens per parameter of the runs a preset was fitted on, where they are known: Epoch AI's 240 runs read
#: off Hoffmann et al. 2022 Fig. 4 (the CSV above minus the 5 highest losses, D = C/(6N)) span 0.456
#: (1.79e9 parameters at 8.8e18 FLOP) to 341 (7.4e7 parameters at 1.1e19 FLOP) tokens per parameter; the
#: Chinchilla presets were fitted on the same sweep. Kaplan, Muennighoff and fitted laws declare no range.
CHINCHILLA_RUNS_TOKENS_PER_PARAM = (0.456, 341.0)
FITTED_TOKENS_PER_PARAM: dict[str, tuple[float, float]] = {
    "epoch-2024": CHINCHILLA_RUNS_TOKENS_PER_PARAM,
    "chinchilla-2022": CHINCHILLA_RUNS_TOKENS_PER_PARAM,
    "chinchilla-2022-unrounded": CHINCHILLA_RUNS_TOKENS_PER_PARAM,
}
#: Tokens per parameter outside that range: information within one decade, a warning beyond. In the same
#: bootstrap, at 1e20 FLOP the loss band doubles within about a decade past the runs' ratios (±0.009 nats at
#: 341 tokens per parameter, ±0.018 at ~3,400; at 0.46 ±0.013, ±0.045 at 0.046); at 1e21–1e22 FLOP it widens
#: more slowly. One decade is the faster case, rounded.
RATIO_EXTRAPOLATION_FACTOR = 10.0
#: Runs longer than about 9 months are likely outpaced by runs that start later on better hardware and
#: algorithms (Emberson & Edelman 2025, Epoch AI, "Frontier training runs will likely stop getting longer by
#: around 2027", https://epoch.ai/data-insights/longest-training-run: "training runs lasting more than 9 months
#: may be inefficient"; Epoch AI's 2022 "The longest training run" had 15 months, with slower algorithmic
#: progress). Published frontier runs take weeks to a few months (Llama 3.1 405B: 30.84M H100-hours on 16,384
#: GPUs ≈ 78 days; BLOOM 118 days).
OUTPACED_MONTHS = 9.0
OUTPACED_DAYS = OUTPACED_MONTHS * 365.25 / 12  # 273.9 days


@dataclass(frozen=True)
class Budget:
    """What a cluster costs over a number of days (vectorised over days/counts where given arrays)."""

    compute_flop: Any
    wall_clock_days: Any
    accelerator_hours: Any
    average_power_mw: Any
    energy_mwh: Any
    energy_cost: Any
    accelerator_cost: Any
    total_cost: Any
    co2_t: Any


def goodput(s: Scenario, count: Any = None) -> Any:
    """The share of wall-clock time that trains: as typed, or modelled from failures for this many
    accelerators (engine.reliability; vectorised over ``count``)."""
    r = s.schedule.reliability
    if r is None:
        return s.schedule.goodput if count is None else 0.0 * np.asarray(count, dtype=float) + s.schedule.goodput
    n = s.cluster.count if count is None else count
    g = rel.failures(n, 1.0, r.mtbf_hours_per_accelerator, r.checkpoint_minutes, r.restart_minutes).goodput
    return float(g) if count is None else g


def inference_tokens(s: Scenario) -> float:
    """Tokens the model serves over its life: the serving section's (queries × (answer + prompt tokens) × its
    months) when the scenario has one, else ``model.inference_tokens``."""
    sv = s.serving
    if sv is None:
        return float(s.model.inference_tokens)
    per_query = float(sv.tokens_per_query or 0.0) + float(sv.prompt_tokens or 0.0)  # read and written
    return float(sv.queries_per_day or 0.0) * per_query * float(sv.months or 0.0) * DAYS_PER_MONTH


def flop_per_day(s: Scenario, count: Any = None) -> Any:
    """Useful training FLOP the cluster delivers per wall-clock day (MFU and goodput applied)."""
    c = s.cluster
    n = c.count if count is None else np.asarray(count, dtype=float)
    return n * c.peak_flop_per_s * c.mfu * goodput(s, None if count is None else n) * SECONDS_PER_DAY


def budget(s: Scenario, days: Any = None, count: Any = None) -> Budget:
    """Compute, energy, cost and CO2 for the scenario's cluster running ``days`` (default: the schedule).

    Energy = count × power × server overhead × average draw × PUE × hours; accelerators are paid for every
    wall-clock hour (goodput losses included); the energy is paid on top only for owned accelerators
    (``money.cost_basis``: a rental's hourly price includes the power; a bought cluster's hourly price is its
    purchase written off, engine.costing). Arrays broadcast: one call gives a
    whole energy-vs-days curve.
    """
    d = s.schedule.days if days is None else np.asarray(days, dtype=float)
    n = s.cluster.count if count is None else np.asarray(count, dtype=float)
    hours = n * d * HOURS_PER_DAY
    power_mw = n * s.cluster.power_w * s.energy.server_overhead * s.energy.average_draw * s.energy.pue / 1e6
    energy_mwh = power_mw * d * HOURS_PER_DAY
    energy_cost = energy_mwh * 1000.0 * s.energy.price_per_kwh if costing.energy_paid(s) else 0.0 * energy_mwh
    accel_cost = hours * costing.accelerator_hour_price(s)
    return Budget(compute_flop=flop_per_day(s, n) * d, wall_clock_days=d, accelerator_hours=hours,
                  average_power_mw=power_mw, energy_mwh=energy_mwh, energy_cost=energy_cost,
                  accelerator_cost=accel_cost, total_cost=energy_cost + accel_cost,
                  co2_t=energy_mwh * s.energy.carbon_kg_per_kwh)


@dataclass(frozen=True)
class Plan:
    """Everything the summary, the plots and ``scaleplan plan --json`` show. Units in every name."""

    scenario: Scenario
    law_id: str
    law_name: str
    objective: str
    compute_flop: float
    compute_pf_days: float
    wall_clock_days: float
    accelerator_hours: float
    n_params: float
    n_tokens: float
    tokens_per_param: float
    loss: float
    loss_low: float | None
    loss_high: float | None
    epochs: float | None
    effective_tokens: float | None
    unique_tokens: float | None
    data_constrained: bool
    inference_flop: float
    lifetime_flop: float
    energy_mwh: float
    average_power_mw: float
    energy_cost: float
    accelerator_cost: float
    total_cost: float
    currency: str
    co2_t: float
    #: The compute-optimal choice at this compute, for comparison with what the plan does.
    optimal_n_params: float
    optimal_n_tokens: float
    optimal_loss: float
    memory_required_gb: float
    memory_available_gb: float | None
    #: The 95 % range of the model size and tokens across the law's parameter draws, like loss_low/high (None
    #: when the law has no uncertainty, or where draws that have no finite allocation reach into the range).
    #: compute_optimal: the spread of the compute-optimal allocation at the plan's compute. target_loss: the
    #: spread of the N and D that reach the target with the least lifetime compute (inference included).
    #: fixed_params and fixed_run: None — N (and D) are given, and the law's uncertainty is in the loss.
    n_params_low: float | None = None
    n_params_high: float | None = None
    n_tokens_low: float | None = None
    n_tokens_high: float | None = None
    #: Parameters a token uses (what compute follows; ``n_params``) and all of them (what memory follows):
    #: equal for a dense model.
    n_params_active: float = 0.0
    n_params_total: float = 0.0
    #: True when the total of a mixture of experts is estimated from its experts.
    n_params_total_estimated: bool = False
    precision: str = "bf16"
    context_tokens: int | None = None
    #: FLOP the accelerators do: the law's 6·N·D plus attention's 12·L·d·T per token (PaLM App. B) when the
    #: scenario gives a context; days, energy and cost follow it. ``compute_flop`` stays the law's 6·N·D.
    training_flop: float = 0.0
    attention_flop_share: float = 0.0
    layers: float = 0.0
    d_model: float = 0.0
    shape_derived: bool = True
    #: Memory of one accelerator (its pipeline stage's share of the state and activations), in GiB.
    memory_per_accelerator_gib: float = 0.0
    memory_state_gib: float = 0.0
    memory_activations_gib: float = 0.0
    memory_capacity_gib: float | None = None
    #: A mixture of experts under the joint MoE law (Ludziejewski et al. 2025; None for a dense model): the
    #: law's expert count E, the compute a dense model needs for the same loss as a multiple of this one's,
    #: the law's own compute-optimal active size and tokens at the plan's compute, and how many decades
    #: outside its fitted runs that is. The plan's loss stays the chosen law's for a dense model of the active
    #: size (its own dense-equivalent; the experts' gain is this multiplier).
    moe_effective_experts: float | None = None
    moe_compute_multiplier: float | None = None
    moe_law_n_params_active: float | None = None
    moe_law_n_tokens: float | None = None
    moe_law_extrapolation_decades: float | None = None
    #: Issue 15 — can the cluster finish: the goodput used (typed or from failures), the share failures
    #: waste and the interruptions over the run (None with goodput as typed), the batch (DeepSeek LLM's
    #: B_opt), optimiser steps, tokens per accelerator per step, the largest cluster the batch can use and
    #: the shortest run it allows, and the facility's peak power.
    goodput: float = 0.9
    failure_waste: float | None = None
    interruptions: float | None = None
    checkpoint_interval_minutes: float | None = None
    batch_tokens: float = 0.0
    optimizer_steps: float = 0.0
    tokens_per_accelerator_per_step: float = 0.0
    max_useful_accelerators: int = 0
    min_wall_clock_days: float = 0.0
    fastest_accelerators: int = 0
    peak_power_mw: float = 0.0
    #: The sharding planned: the scenario's degrees, or those the plan chose where it leaves them open.
    data_parallel: int = 1
    #: What a run writes and serves, from all the parameters: a checkpoint (the whole training state, to
    #: resume from) and the weights in BF16 (what inference loads).
    checkpoint_gb: float = 0.0
    weights_gb: float = 0.0
    tensor_parallel: int = 1
    pipeline_parallel: int = 1
    expert_parallel: int = 1
    #: Issue 16 — what one accelerator-hour costs under the cost basis (a bought cluster's: its purchase
    #: written off), the lifetime inference tokens used (the serving section's when there is one), and the
    #: programme and serving when the scenario plans them (engine.programme; None otherwise).
    accelerator_hour_price: float = 0.0
    inference_tokens: float = 0.0
    programme: ProgrammePlan | None = None
    serving: ServingPlan | None = None
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    #: keys of ``to_dict`` in order (the stable JSON contract of DESIGN.md §3 plus additions)
    _JSON_KEYS = ("law_id", "law_name", "objective", "compute_flop", "compute_pf_days", "wall_clock_days",
                  "accelerator_hours", "n_params", "n_tokens", "tokens_per_param", "loss", "loss_low",
                  "loss_high", "epochs", "effective_tokens", "unique_tokens", "data_constrained",
                  "inference_flop", "lifetime_flop", "energy_mwh", "average_power_mw", "energy_cost",
                  "accelerator_cost", "total_cost", "currency", "co2_t", "optimal_n_params",
                  "optimal_n_tokens", "optimal_loss", "memory_required_gb", "memory_available_gb",
                  "n_params_low", "n_params_high", "n_tokens_low", "n_tokens_high", "n_params_active",
                  "n_params_total", "precision", "context_tokens", "training_flop", "attention_flop_share",
                  "layers", "d_model", "memory_per_accelerator_gib", "memory_state_gib", "memory_activations_gib",
                  "memory_capacity_gib", "data_parallel", "tensor_parallel", "pipeline_parallel",
                  "expert_parallel", "checkpoint_gb", "weights_gb", "moe_effective_experts", "moe_compute_multiplier",
                  "moe_law_n_params_active", "moe_law_n_tokens", "moe_law_extrapolation_decades", "goodput",
                  "failure_waste", "interruptions", "checkpoint_interval_minutes", "batch_tokens", "optimizer_steps",
                  "tokens_per_accelerator_per_step", "max_useful_accelerators", "min_wall_clock_days",
                  "fastest_accelerators", "peak_power_mw", "accelerator_hour_price", "inference_tokens")

    @property
    def programme_total_cost(self) -> float:
        """The whole programme's cost (serving included) when the scenario plans one, else the run's."""
        return self.total_cost if self.programme is None else self.programme.total_cost

    @property
    def worst_severity(self) -> str | None:
        order = {s: i for i, s in enumerate(SEVERITIES)}
        return max((f.severity for f in self.findings), key=order.__getitem__, default=None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"scenario": self.scenario.name}
        for key in self._JSON_KEYS:
            v = getattr(self, key)
            out[key] = float(v) if isinstance(v, (np.floating, np.integer)) else v
        out["programme"] = None if self.programme is None else self.programme.to_dict()
        out["serving"] = None if self.serving is None else self.serving.to_dict()
        if self.programme is not None or self.serving is not None:
            out["documentation"] = documentation(self).to_dict()
        out["findings"] = [f.to_dict() for f in self.findings]
        return out


def plan(s: Scenario) -> Plan:
    """Plan a scenario (assumed validated, as ``load`` and the GUI model guarantee).

    Total on the validated domain: every number of the plan is finite, and a plan outside the scale the
    engine can speak about (a model below 10⁵ parameters, a loss above 20 nats, a run longer than ten
    years) carries an error finding that says so. Where a law at the edge of its domain has no finite
    plan at all (its optimum is 10⁻⁴⁰⁰ parameters), a ScenarioError names the law (or the target)."""
    try:
        with np.errstate(all="ignore"):  # non-finite results are checked below, by name, not warned about
            p = _plan(s)
            for key in Plan._JSON_KEYS:
                v = getattr(p, key)
                if isinstance(v, (float, np.floating)) and not math.isfinite(v):
                    raise _no_finite_plan(s, f"{key} is {v}")
            parts = (p.programme.stages if p.programme is not None else ()) + (
                (p.serving,) if p.serving is not None else ())
            for part in parts:  # the programme's and serving's numbers, finite like the run's (the totals and
                for key, v in vars(part).items():  # the cash flow are sums of these)
                    if isinstance(v, float) and not math.isfinite(v):
                        raise _no_finite_plan(s, f"{key} is {v}")
            if not (p.optimal_n_params > 0 and p.optimal_n_tokens > 0):  # underflow to 0: sizes are positive
                raise _no_finite_plan(s, f"the compute-optimal model would have {p.optimal_n_params:.3g} "
                                         f"parameters and {p.optimal_n_tokens:.3g} tokens")
            return _with_findings(p, s.law.resolve())
    except ArithmeticError as exc:  # a Python-float ZeroDivisionError/OverflowError in a law's arithmetic
        raise _no_finite_plan(s, str(exc)) from exc


def _no_finite_plan(s: Scenario, detail: str) -> ScenarioError:
    """A plan with a number that is not finite: the law's fault, or the target's when one drives the run."""
    if s.model.objective == "target_loss":
        return ScenarioError("model.target_loss", f"gives no finite plan ({detail})",
                             "a target the law reaches with finite compute", code="plan.arithmetic",
                             values={"detail": detail})
    return ScenarioError("law", f"gives no finite plan ({detail})",
                         "a law whose parameters give finite losses at this compute", code="plan.arithmetic",
                         values={"detail": detail})


def _plan(s: Scenario) -> Plan:
    law = s.law.resolve()
    m = s.model
    unique = s.data.unique_tokens
    per_day = flop_per_day(s)
    constrained_law = unique is not None and law.data_constrained

    if m.objective in ("compute_optimal", "fixed_params"):
        hardware = float(per_day * s.schedule.days)
        days = s.schedule.days
        if m.objective == "compute_optimal":
            # attention's FLOP come out of the hardware's, and depend on the model's width: a fixed point
            # (without a context, one pass: 6·N·D is all the hardware does)
            compute = hardware
            for _ in range(ATTENTION_ITERATIONS if m.context_tokens is not None else 1):
                n, d, _ = (float(v) for v in optimal_allocation(law, compute, unique, refine=True))
                if m.context_tokens is not None:
                    compute = hardware / (1.0 + attention_ratio(s, n))
                    d = compute / (K6 * n)
            if constrained_law:
                n, d = _least_compute_at_floor(law, compute, unique, n, d)
        else:
            n = given(s, "model.n_params")
            compute = hardware / (1.0 + attention_ratio(s, n))
            d = compute / (K6 * n)
    elif m.objective == "fixed_run":
        n, d = given(s, "model.n_params"), given(s, "model.n_tokens")
        compute = K6 * n * d
        days = compute * (1.0 + attention_ratio(s, n)) / per_day
    else:  # target_loss
        target = given(s, "model.target_loss")
        floor = reachable_loss_floor(law, unique)
        found = min_lifetime_compute(law, target, inference_tokens(s), unique)
        if found is None or target <= floor:
            allowed = f"> {floor:.4g}" + ("; or add unique tokens" if constrained_law else "")
            if unique is not None and constrained_law:
                raise ScenarioError("model.target_loss",
                                    message_for("plan.unreachable_data", target=target, law=law.name,
                                                unique_tokens=unique, floor=floor), allowed,
                                    code="plan.unreachable_data",
                                    values={"target": target, "law": law.name, "unique_tokens": unique,
                                            "floor": floor})
            raise ScenarioError("model.target_loss",
                                f"target loss {target:g} cannot be reached under {law.name}: the lowest reachable "
                                f"loss is {floor:.4g}. Choose a target above {floor:.4g}.", allowed,
                                code="plan.unreachable",
                                values={"target": target, "law": law.name, "floor": floor})
        n, d = found
        compute = K6 * n * d
        days = compute * (1.0 + attention_ratio(s, n)) / per_day

    if not (0 < n < math.inf and 0 < d < math.inf):
        where = f"at {sci(compute)} FLOP " if math.isfinite(compute) else ""
        raise _no_finite_plan(s, f"{where}the model would have {n:.3g} parameters and {d:.3g} tokens")
    loss = float(law.loss(n, d, unique))
    band = law.loss_draws(np.array([n]), np.array([d]), None if unique is None else np.array([unique]))
    loss_low = loss_high = None
    if band is not None:
        lo, hi = (float(v[0]) for v in loss_band(band))
        if math.isfinite(lo) and math.isfinite(hi):  # else too few draws with a finite loss here: no band
            loss_low, loss_high = float(min(lo, loss)), float(max(hi, loss))
    spread = None  # (N, D) under each of the law's draws, where the objective leaves the allocation to the law
    if m.objective == "compute_optimal":
        spread = optimal_allocation_draws(law, compute, unique)
    elif m.objective == "target_loss":
        spread = target_allocation_draws(law, given(s, "model.target_loss"), n, inference_tokens(s), unique)
    (n_low, n_high), (d_low, d_high) = _allocation_ends(spread, n, d)
    opt_n, opt_d, opt_loss = (float(v) for v in optimal_allocation(law, compute, unique, refine=True))
    if constrained_law:  # the same tie-break as the plan's at the data's floor
        opt_n, opt_d = _least_compute_at_floor(law, compute, unique, opt_n, opt_d)

    b = budget(s, days=days)
    epochs = None if unique is None else d / unique
    r_d_star = MUENNIGHOFF_R_D_STAR
    if constrained_law and isinstance(law, ParametricLaw) and law.r_d_star is not None:
        r_d_star = law.r_d_star  # the law's own repetition constant
    eff = None if unique is None else float(effective_tokens(d, unique, r_d_star))
    served = inference_tokens(s)
    inference = INFERENCE_FLOP_PER_PARAM_TOKEN * n * served  # active parameters
    split = expert_split(s, n)
    form = arch.shape(n, m.layers, m.d_model)
    layers, width = float(form.layers), float(form.d_model)
    ratio = attention_ratio(s, n)
    recipe = arch.PRECISIONS[s.cluster.precision]
    mem_need = split.n_params_total * recipe.state_bytes / BYTES_PER_GB
    mem_each = memory_per_accelerator_gib(s)
    mem_have = None if mem_each is None else mem_each * s.cluster.count  # as the datasheets add up (JSON as before)
    shard = sharding(s, split, layers, width, mem_each)
    mem = arch.memory(split, layers, width, shard, s.cluster.precision, m.context_tokens, mem_each)

    p = Plan(scenario=s, law_id=getattr(law, "id", "custom"), law_name=law.name, objective=m.objective,
             compute_flop=compute, compute_pf_days=compute / FLOP_PER_PF_DAY, wall_clock_days=float(days),
             accelerator_hours=float(b.accelerator_hours), n_params=n, n_tokens=d, tokens_per_param=d / n,
             loss=loss, loss_low=loss_low, loss_high=loss_high, epochs=epochs, effective_tokens=eff,
             unique_tokens=unique, data_constrained=bool(constrained_law and epochs is not None and epochs > 1),
             inference_flop=inference, lifetime_flop=compute + inference, energy_mwh=float(b.energy_mwh),
             average_power_mw=float(b.average_power_mw), energy_cost=float(b.energy_cost),
             accelerator_cost=float(b.accelerator_cost), total_cost=float(b.total_cost),
             currency=s.money.currency, co2_t=float(b.co2_t), optimal_n_params=opt_n, optimal_n_tokens=opt_d,
             optimal_loss=opt_loss, memory_required_gb=mem_need, memory_available_gb=mem_have,
             n_params_low=n_low, n_params_high=n_high, n_tokens_low=d_low, n_tokens_high=d_high,
             n_params_active=n, n_params_total=split.n_params_total, n_params_total_estimated=split.estimated,
             precision=s.cluster.precision, context_tokens=m.context_tokens, training_flop=compute * (1.0 + ratio),
             attention_flop_share=ratio / (1.0 + ratio), layers=layers, d_model=width,
             shape_derived=form.derived, memory_per_accelerator_gib=mem.total_bytes / arch.BYTES_PER_GIB,
             memory_state_gib=mem.state_bytes / arch.BYTES_PER_GIB,
             memory_activations_gib=mem.activations_bytes / arch.BYTES_PER_GIB, memory_capacity_gib=mem_each,
             data_parallel=shard.data_parallel, checkpoint_gb=mem_need,
             weights_gb=split.n_params_total * arch.SERVING_BYTES_PER_PARAM / BYTES_PER_GB,
             tensor_parallel=shard.tensor, pipeline_parallel=shard.pipeline,
             expert_parallel=shard.expert, **_moe_law_fields(s, compute),
             accelerator_hour_price=costing.accelerator_hour_price(s), inference_tokens=served,
             **_finish_fields(s, compute * (1.0 + ratio), float(days), d, shard.model_parallel))
    if s.programme is not None or s.serving is not None:
        sv = serving_plan(s, n, split.n_params_total)
        p = replace(p, serving=sv, programme=programme_plan(p, sv))
    return p


def _finish_fields(s: Scenario, training_flop: float, days: float, tokens: float, model_parallel: int
                   ) -> dict[str, Any]:
    """Goodput, batch and power of the plan (engine.reliability)."""
    c = s.cluster
    out: dict[str, Any] = {"goodput": float(goodput(s))}
    r = s.schedule.reliability
    if r is not None:
        f = rel.failures(c.count, days, r.mtbf_hours_per_accelerator, r.checkpoint_minutes, r.restart_minutes)
        out.update(failure_waste=float(f.waste), interruptions=float(f.interruptions),
                   checkpoint_interval_minutes=float(f.checkpoint_interval_minutes))
    batch = float(rel.optimal_batch_tokens(training_flop))
    seq = float(s.model.context_tokens or arch.DEFAULT_SEQUENCE_TOKENS)
    batch = max(batch, seq)  # at least one sequence a step
    # (capped at the largest cluster a scenario can have: beyond it there is no limit to speak of)
    most = min(rel.max_useful_accelerators(batch, seq, model_parallel), int(schema_field("cluster.count").bounds[1]))
    # the shortest run: over clusters up to the largest the batch can use, where failures (when modelled)
    # may make a smaller one faster
    counts = np.unique(np.round(np.geomspace(1.0, most, 241)))
    days_at = training_flop / (counts * c.peak_flop_per_s * c.mfu * SECONDS_PER_DAY * goodput(s, counts))
    best = int(np.argmin(days_at))
    out.update(batch_tokens=batch, optimizer_steps=tokens / batch, tokens_per_accelerator_per_step=batch / c.count,
               max_useful_accelerators=most, min_wall_clock_days=float(days_at[best]),
               fastest_accelerators=int(counts[best]),
               peak_power_mw=float(rel.peak_power_mw(c.count, c.power_w, s.energy.server_overhead, s.energy.pue)))
    return out


def _moe_law_fields(s: Scenario, compute: float) -> dict[str, Any]:
    """The joint MoE law's view of the plan's expert configuration at its compute (engine.moe_law)."""
    moe = s.model.moe
    if moe is None or moe.experts <= moe.active_experts:
        return {}
    e = float(moe_law.effective_experts(moe.experts, moe.active_experts, moe.shared_experts))
    n_opt, d_opt, _ = (float(v) for v in moe_law.compute_optimal(compute, moe.experts, moe.active_experts,
                                                                    moe.shared_experts))
    mult = float(moe_law.compute_multiplier(compute, moe.experts, moe.active_experts, moe.shared_experts))
    return {"moe_effective_experts": e, "moe_compute_multiplier": mult if math.isfinite(mult) else None,
            "moe_law_n_params_active": n_opt, "moe_law_n_tokens": d_opt,
            "moe_law_extrapolation_decades": float(moe_law.extrapolation_decades(n_opt, d_opt, e))}


#: Passes of the compute-optimal allocation with attention's FLOP taken out of the hardware's: the share
#: moves with the model's width as N^(−1/3), so each pass shrinks the error about threefold; four passes
#: leave it below 10⁻³ of the share (tests/engine/test_architecture.py).
ATTENTION_ITERATIONS = 6


def attention_ratio(s: Scenario, n_params: float) -> float:
    """Attention's training FLOP per token over the law's 6·N (0 without a context length)."""
    m = s.model
    if m.context_tokens is None:
        return 0.0
    form = arch.shape(n_params, m.layers, m.d_model)
    return float(arch.attention_flop_per_token(form.layers, form.d_model, m.context_tokens)) / (K6 * n_params)


def expert_split(s: Scenario, n_params: float) -> arch.ExpertSplit:
    """Active and total parameters of the plan's model: the given total of a fixed mixture of experts, else
    the total its experts imply for the plan's active size."""
    moe = s.model.moe
    if moe is None:
        return arch.expert_split(n_params)
    total = moe.n_params_total if s.model.objective in ("fixed_params", "fixed_run") else None
    return arch.expert_split(n_params, moe.experts, moe.active_experts, moe.shared_experts, total)


def sharding(s: Scenario, split: arch.ExpertSplit, layers: float, width: float,
             capacity_gib: float | None) -> arch.Sharding:
    """The scenario's sharding, with the degrees it leaves open chosen (engine.architecture.choose)."""
    p = s.parallel
    moe = s.model.moe
    return arch.choose(split, layers, width, s.cluster.count, s.cluster.precision, s.model.context_tokens,
                       capacity_gib, p.tensor, p.pipeline, p.expert, p.zero_stage, p.recompute,
                       None if moe is None else moe.experts)


def memory_per_accelerator_gib(s: Scenario) -> float | None:
    """One accelerator's memory in GiB: the scenario's, else the catalogue's (datasheet "GB" of HBM are GiB)."""
    mem = s.cluster.memory_gb
    if mem is None and s.cluster.accelerator in accelerators():
        mem = accelerators()[s.cluster.accelerator].memory_gb
    return mem


def bf16_equivalent_mfu(s: Scenario) -> float:
    """The MFU against the accelerator's dense BF16 peak (what the plausibility bounds were read on): an FP8
    MFU times the FP8 peak over the BF16 one (the catalogue's; 2, as on every catalogued accelerator with
    FP8 but Gaudi 3, for a custom one)."""
    c = s.cluster
    if c.precision == "bf16":
        return c.mfu
    a = accelerators().get(c.accelerator)
    ratio = 2.0
    if a is not None and a.fp8_peak_flop_per_s:
        ratio = a.fp8_peak_flop_per_s / a.peak_flop_per_s
    return c.mfu * ratio


def _allocation_ends(spread: tuple[np.ndarray, np.ndarray] | None, n: float, d: float
                     ) -> tuple[tuple[float | None, float | None], tuple[float | None, float | None]]:
    """The 95 % ranges of N and D over their draws, each holding the central plan's value; (None, None) where
    there is no range."""
    if spread is None:
        return (None, None), (None, None)
    lo, hi = allocation_band(np.stack(spread, axis=-1))  # both in one pass: columns N, D
    ends: list[tuple[float | None, float | None]] = [(None, None), (None, None)]
    for j, central in enumerate((n, d)):
        if math.isfinite(lo[j]) and math.isfinite(hi[j]):
            ends[j] = (min(float(lo[j]), central), max(float(hi[j]), central))
    return ends[0], ends[1]


# --------------------------------------------------------------------------------------------------
# findings
# --------------------------------------------------------------------------------------------------
def _with_findings(p: Plan, law: AnyLaw) -> Plan:

    found = _findings(p, law) + _saturation_findings(p, law)
    order = {sev: i for i, sev in enumerate(reversed(SEVERITIES))}
    return replace(p, findings=tuple(sorted(found, key=lambda f: order[f.severity])))


#: How close to the lowest loss a data-constrained law allows a plan must come for more compute to be of no
#: use: 10⁻⁶ nats, a millionth of a nat — far below the ~1 % run-to-run noise of a loss (the plan is then past
#: ~200 epochs of its unique data, where each further epoch is worth e^(−200/15.4) ≈ 2 × 10⁻⁶ of fresh data).
SATURATED_LOSS_NATS = 1e-6


@lru_cache(maxsize=64)
def _saturated_point(law: AnyLaw, unique: float) -> tuple[float, float] | None:
    """(N, D) reaching within :data:`SATURATED_LOSS_NATS` of the law's floor with these unique tokens at the
    least compute; None when there is no such point (the law has no finite floor there). A search of ~35 ms
    that depends on the law and the data only: cached, so a plan (its allocation, the optimum and the
    finding ask for it) and the frames of a slider drag at the floor search once, not three times a frame.
    (Laws compare by identity; presets and resolved custom laws are shared objects.)"""
    floor = reachable_loss_floor(law, unique)
    return min_lifetime_compute(law, floor + SATURATED_LOSS_NATS, 0.0, unique)


def _least_compute_at_floor(law: AnyLaw, compute: float, unique: float | None, n: float,
                            d: float) -> tuple[float, float]:
    """At the floor of a data-constrained law every N over a wide range gives the same loss (to 10⁻⁶), and
    the optimiser's pick among them is arbitrary; the tie is broken toward the model that reaches the floor
    with the least compute, trained on the whole budget's tokens."""
    if unique is None or float(law.loss(n, d, unique)) > reachable_loss_floor(law, unique) + SATURATED_LOSS_NATS:
        return n, d
    point = _saturated_point(law, unique)
    if point is None or K6 * point[0] * point[1] > compute:
        return n, d
    n0 = point[0]
    return n0, compute / (K6 * n0)


def _saturation_findings(p: Plan, law: AnyLaw) -> list[Finding]:
    """A compute-optimal plan at its data's floor: more compute does not lower the loss."""
    u = p.unique_tokens
    if p.objective != "compute_optimal" or u is None or not law.data_constrained:
        return []
    floor = reachable_loss_floor(law, u)
    if p.loss > floor + SATURATED_LOSS_NATS:
        return []
    point = _saturated_point(law, u)
    if point is None:
        return []
    c_min = K6 * point[0] * point[1]
    share = c_min / p.compute_flop
    return [make(
        "data.saturated",
        QT_TR_NOOP("With {unique_tokens:short} unique tokens, {law} cannot go below a loss of {floor:.4g}, and "
                   "{c_min:sci} FLOP ({share:pct} of this run) already reaches it: more compute does not help "
                   "with this data."),
        QT_TR_NOOP("Add unique tokens, or spend less: about {days:.3g} days on this cluster reach the same loss."),
        unique_tokens=u, law=law.name, floor=floor, c_min=c_min, share=share,
        days=p.wall_clock_days * share)]


def _scale_fix(p: Plan, ratio: float) -> tuple[tuple[str, ...], dict[str, Any]]:
    """How to shrink the run by ``ratio`` (< 1), in the terms of the objective: (templates, values).

    Only what would work: fewer accelerators when at least one remains (energy and cost are linear in the
    count, so ⌊count × ratio⌋ of them fit), a shorter run when it is still a run (≥ the shortest schedule
    a scenario allows); "use 1 accelerators" was both bad English and, below one, not a fix."""
    s = p.scenario
    if p.objective not in ("compute_optimal", "fixed_params"):
        return (QT_TR_NOOP("Or aim for a smaller model or fewer tokens (or a higher target loss)."),), {}
    fix_days = p.wall_clock_days * ratio
    fix_count = math.floor(s.cluster.count * ratio)
    days_ok = fix_days >= schema_field("schedule.days").bounds[0]
    values: dict[str, Any] = {"fix_days": fix_days, "fix_count": fix_count}
    if days_ok and fix_count >= 2:
        return (QT_TR_NOOP("Or shorten the run to {fix_days:.3g} days, or use {fix_count:,} accelerators."),), values
    if days_ok and fix_count == 1:
        return (QT_TR_NOOP("Or shorten the run to {fix_days:.3g} days, or use a single accelerator."),), values
    if days_ok:
        return (QT_TR_NOOP("Or shorten the run to {fix_days:.3g} days."),), values
    if fix_count >= 1:
        return (QT_TR_NOOP("Or use {fix_count:,} of the accelerators."),), values
    return (), {}


def _scale_findings(p: Plan, law: AnyLaw) -> list[Finding]:
    """Error findings for a plan outside the scale the engine speaks about: the ranges the field schema gives
    the same quantities as inputs (model.n_params, model.n_tokens, model.target_loss, schedule.days).

    A law is an extrapolation from runs of 10⁷–10¹⁰ parameters; at 0.78 parameters, or a loss of 530
    nats/token, or a run of 10⁹ days, its numbers are arithmetic, not a plan — and nothing said so."""
    out: list[Finding] = []
    n_lo, n_hi = schema_field("model.n_params").bounds
    d_lo, d_hi = schema_field("model.n_tokens").bounds
    common: dict[str, Any] = {"compute_flop": p.compute_flop, "law": law.name, "n_params": p.n_params,
                              "n_tokens": p.n_tokens}
    if p.n_params < n_lo or p.n_tokens < d_lo:
        out.append(make(
            "plan.out_of_scale",
            QT_TR_NOOP("At {compute_flop:sci} FLOP, {law} puts the model at {n_params:short} parameters and "
                       "{n_tokens:short} tokens, below the smallest run ScalePlan plans ({min_params:short} "
                       "parameters, {min_tokens:short} tokens): at this scale its numbers mean nothing."),
            QT_TR_NOOP("Give the run more compute (accelerators, days, MFU), or check the law's constants."),
            min_params=n_lo, min_tokens=d_lo, **common))
    elif p.n_params > n_hi or p.n_tokens > d_hi:
        out.append(make(
            "plan.out_of_scale",
            QT_TR_NOOP("At {compute_flop:sci} FLOP, {law} puts the model at {n_params:short} parameters and "
                       "{n_tokens:short} tokens, beyond the largest run ScalePlan plans ({max_params:short} "
                       "parameters, {max_tokens:short} tokens): at this scale its numbers mean nothing."),
            QT_TR_NOOP("Plan a smaller run (or a higher target loss), or check the law's constants."),
            max_params=n_hi, max_tokens=d_hi, **common))
    max_loss = schema_field("model.target_loss").bounds[1]
    if not out and p.loss > max_loss:
        out.append(make(
            "law.loss_implausible",
            QT_TR_NOOP("{law} predicts a loss of {loss:.3g} nats/token, above {max_loss:g}: worse than guessing "
                       "among hundreds of millions of tokens, so its constants or this scale are outside where it "
                       "holds."),
            QT_TR_NOOP("Check the law's constants (A, B, α, β), or plan closer to the runs it was fitted on."),
            loss=p.loss, max_loss=max_loss, law=law.name))
    max_days = schema_field("schedule.days").bounds[1]
    if p.wall_clock_days > max_days:  # an output only in fixed_run and target_loss (an input is ≤ max_days)
        out.append(make(
            "schedule.too_long",
            QT_TR_NOOP("On this cluster the run takes {days:,.0f} days ({years:.3g} years), beyond the "
                       "{max_days:,.0f} days a plan can span."),
            QT_TR_NOOP("Use more or faster accelerators, or plan a smaller run."),
            days=p.wall_clock_days, years=p.wall_clock_days / 365.25, max_days=max_days))
    return out


#: What is recomputed, as a sentence of its own (a template, so that it is translated with the message).
_RECOMPUTE_SENTENCES = {"none": QT_TR_NOOP("No activations are recomputed."),
                        "selective": QT_TR_NOOP("Attention is recomputed in the backward pass (selective "
                                                "recomputation)."),
                        "full": QT_TR_NOOP("Each layer is recomputed from its input (full recomputation).")}
#: A change of recomputation as a fix (templates, for the same reason).
_RECOMPUTE_FIXES = {"selective": QT_TR_NOOP("Selective recomputation would fit."),
                    "full": QT_TR_NOOP("Full recomputation would fit.")}
_RECOMPUTE_WITH = {"none": QT_TR_NOOP("with no recomputation."),
                   "selective": QT_TR_NOOP("with selective recomputation."),
                   "full": QT_TR_NOOP("with full recomputation.")}
_PRECISION_WORDS = {"bf16": "BF16", "fp8": "FP8"}


def _memory_findings(p: Plan) -> list[Finding]:
    """Memory per accelerator under the plan's sharding: which term does not fit and which single change of
    the sharding (or how many accelerators) would make it fit; tight above MEMORY_TIGHT_SHARE; a sharding the
    cluster cannot run as given."""
    s = p.scenario
    out: list[Finding] = []
    shard = arch.Sharding(s.cluster.count, p.tensor_parallel, p.pipeline_parallel, p.expert_parallel,
                          s.parallel.zero_stage, s.parallel.recompute)
    problems = shard.problems()
    if problems:
        out.append(make(
            "parallel.mismatch",
            QT_TR_NOOP("Tensor {tensor:,} × pipeline {pipeline:,} × expert {expert:,} parallel does not divide a "
                       "cluster of {count:,}: some accelerators would sit idle, or there are too few."),
            QT_TR_NOOP("Use degrees whose product divides the accelerator count (powers of two for a "
                       "power-of-two cluster)."),
            count=s.cluster.count, tensor=shard.tensor, pipeline=shard.pipeline, expert=shard.expert))
    cap = p.memory_capacity_gib
    if cap is None or p.memory_per_accelerator_gib <= arch.MEMORY_TIGHT_SHARE * cap:
        return out  # (the plan of every slider frame: nothing to say, nothing built)
    split = expert_split(s, p.n_params)
    values: dict[str, Any] = dict(
        need=p.memory_per_accelerator_gib * arch.BYTES_PER_GIB, capacity=cap * arch.BYTES_PER_GIB,
        state=p.memory_state_gib * arch.BYTES_PER_GIB, activations=p.memory_activations_gib * arch.BYTES_PER_GIB,
        n_total=p.n_params_total, precision=_PRECISION_WORDS[p.precision], layers=round(p.layers),
        sequence=s.model.context_tokens or arch.DEFAULT_SEQUENCE_TOKENS,
        tensor=shard.tensor, pipeline=shard.pipeline, expert=shard.expert, data=shard.data_parallel,
        zero=shard.zero_stage, share=p.memory_per_accelerator_gib / cap,
        bytes_per_param=arch.PRECISIONS[p.precision].state_bytes, total_state=p.memory_required_gb * 1e9)
    where = QT_TR_NOOP("One accelerator needs {need:gib} of its {capacity:gib}: {state:gib} of training state "
                       "({n_total:short} parameters × {bytes_per_param:g} bytes in {precision}, {total_state:gib} "
                       "in all, over tensor {tensor:,} × pipeline {pipeline:,} × expert {expert:,} parallel and "
                       "ZeRO stage {zero:,} over {data:,} replicas) and {activations:gib} of activations "
                       "({layers:,} layers × {sequence:,} tokens).")
    recomputed = _RECOMPUTE_SENTENCES[shard.recompute]
    if p.memory_per_accelerator_gib <= cap:
        if p.memory_per_accelerator_gib > arch.MEMORY_TIGHT_SHARE * cap:
            out.append(make(
                "memory.tight", (where, recomputed, QT_TR_NOOP("That is {share:pct} of its memory: allocator and "
                                                               "framework buffers need a few GiB more.")),
                QT_TR_NOOP("Leave headroom: more recomputation or one more step of model parallelism."), **values))
        return out
    state_alone = p.memory_state_gib > cap
    which = (QT_TR_NOOP("The training state alone does not fit.") if state_alone else
             QT_TR_NOOP("The activations do not fit beside the training state."))
    fixes = arch.fixes(split, p.layers, p.d_model, shard, p.precision, s.model.context_tokens, cap,
                       s.model.moe.experts if s.model.moe is not None else None)
    fix_words = {"zero_stage": QT_TR_NOOP("ZeRO stage {fix_zero_stage:,} would fit."),
                 "expert": QT_TR_NOOP("Expert parallel {fix_expert:,} would fit."),
                 "tensor": QT_TR_NOOP("Tensor parallel {fix_tensor:,} would fit."),
                 "pipeline": QT_TR_NOOP("Pipeline parallel {fix_pipeline:,} would fit.")}
    extra: dict[str, Any] = {}
    templates: list[str] = []
    for what, value in fixes:
        if what == "recompute":
            templates.append(_RECOMPUTE_FIXES[("none", "selective", "full")[value]])
        else:
            templates.append(fix_words[what])
            extra[f"fix_{what}"] = value
    need_count = arch.accelerators_to_fit(split, p.precision, cap)
    fix: tuple[str, ...]
    whole = None if templates else arch.fitting(
        split, p.layers, p.d_model, s.cluster.count, p.precision, s.model.context_tokens, cap, shard.zero_stage,
        shard.recompute, s.model.moe.experts if s.model.moe is not None else None)
    if templates:  # one sentence per change that fits on its own
        fix = (*templates, QT_TR_NOOP("Or use accelerators with more memory, or a smaller model."))
    elif whole is not None:
        fix = (QT_TR_NOOP("This sharding fits: tensor {fit_tensor:,} × pipeline {fit_pipeline:,} × expert "
                          "{fit_expert:,} parallel, ZeRO stage {fit_zero:,},"), _RECOMPUTE_WITH[whole.recompute],
               QT_TR_NOOP("Or use accelerators with more memory, or a smaller model."))
        extra.update(fit_tensor=whole.tensor, fit_pipeline=whole.pipeline, fit_expert=whole.expert,
                     fit_zero=whole.zero_stage, fit_recompute_mode=whole.recompute)
    else:
        fix = (QT_TR_NOOP("No sharding of {count:,} of these accelerators holds it: the state alone needs at least "
                          "{need_count:,} of them, fully sharded, before activations."),
               QT_TR_NOOP("Use more accelerators, accelerators with more memory, or a smaller model."))
    return [*out, make("memory.infeasible", (where, recomputed, which), fix, need_count=need_count,
                       count=s.cluster.count, **values, **extra)]


def _finish_findings(p: Plan) -> list[Finding]:
    """Failures, the batch, the site's power and the walls of scale (engine.reliability)."""
    s = p.scenario
    c = s.cluster
    out: list[Finding] = []
    if p.failure_waste is not None and p.failure_waste > rel.FAILURE_WASTE_WARNING:
        r = s.schedule.reliability
        assert r is not None and p.checkpoint_interval_minutes is not None
        out.append(make(
            "schedule.failures",
            QT_TR_NOOP("Failures cost {waste:pct} of the time: a cluster of {count:,} is interrupted every "
                       "{mtbf_minutes:,.3g} minutes, checkpointing every {interval:,.3g} minutes; goodput "
                       "{goodput:pct} (Llama 3 reached more than 90% on 16,384 GPUs)."),
            QT_TR_NOOP("Use fewer accelerators for longer, or make checkpoints and restarts faster."),
            waste=min(p.failure_waste, 1.0), count=c.count, goodput=p.goodput,
            mtbf_minutes=r.mtbf_hours_per_accelerator * 60.0 / c.count, interval=p.checkpoint_interval_minutes))
    if c.count > p.max_useful_accelerators:
        seq = s.model.context_tokens or arch.DEFAULT_SEQUENCE_TOKENS
        most = (QT_TR_NOOP("Only a single accelerator helps.") if p.max_useful_accelerators == 1 else
                QT_TR_NOOP("At most {most:,} accelerators help; the shortest sensible run takes about "
                           "{fastest:duration} on {fastest_count:,} of them."))
        out.append(make(
            "parallel.batch_limit",
            (QT_TR_NOOP("One step's batch of about {batch:short} tokens (DeepSeek LLM's B_opt, eq. 1, extrapolated "
                        "from runs of 10¹⁷–2 × 10¹⁹ FLOP) gives each of the {count:,} accelerators {per:.3g} tokens "
                        "a step, where each data-parallel replica needs whole sequences of {sequence:,}: more "
                        "parallelism than the batch allows."), most),
            QT_TR_NOOP("Use fewer accelerators for longer, or a larger batch, which needs more tokens for the same "
                       "loss beyond the critical batch (it grows with the data, Zhang et al. 2025)."),
            batch=p.batch_tokens, sequence=seq, count=c.count,
            per=p.tokens_per_accelerator_per_step, most=p.max_useful_accelerators, fastest=p.min_wall_clock_days,
            fastest_count=p.fastest_accelerators))
    cap = s.energy.cap_mw
    if cap is not None and p.peak_power_mw > cap:
        largest = rel.max_count_under_cap(cap, c.power_w, s.energy.server_overhead, s.energy.pue)
        out.append(make(
            "energy.power_cap_exceeded",
            QT_TR_NOOP("At full draw the site needs {peak:mw} ({count:,} × {power_w:,g} W × host {overhead:g} × PUE "
                       "{pue:g}), over its cap of {cap:mw}."),
            QT_TR_NOOP("At most {largest:,} of these accelerators fit the cap; raise the cap, or use fewer "
                       "accelerators for longer.") if largest >= 1 else
            QT_TR_NOOP("Not one of these accelerators fits the cap: raise it."),
            peak=p.peak_power_mw, count=c.count, power_w=c.power_w, overhead=s.energy.server_overhead,
            pue=s.energy.pue, cap=cap, largest=largest))
    flop = p.training_flop
    if flop > rel.LATENCY_WALL_FLOP:
        out.append(make(
            "compute.latency_wall",
            QT_TR_NOOP("{flop:sci} FLOP is beyond the latency wall: a run above about 10³¹ FLOP is infeasible in "
                       "about three months even at low utilisation (Erdil & Schneider-Joseph 2024)."),
            QT_TR_NOOP("Plan a smaller run, or a much longer one."), flop=flop))
    elif flop > rel.DATA_MOVEMENT_WALL_FLOP:
        out.append(make(
            "compute.data_movement_wall",
            QT_TR_NOOP("{flop:sci} FLOP is beyond about 10²⁸, where moving data between and within accelerators "
                       "starts to lower utilisation for a three-month run (Erdil & Schneider-Joseph 2024): the "
                       "MFU entered is likely optimistic."),
            QT_TR_NOOP("Plan on a lower MFU, or a longer run."), flop=flop))
    return out


#: Decades outside the joint MoE law's fitted runs beyond which its numbers are a warning, not information:
#: one decade, the law's own runs span about 1.5 decades of active size (79M–2.7B) and 2.2 of tokens.
MOE_LAW_EXTRAPOLATION_DECADES = 1.0


def _moe_findings(p: Plan, law: AnyLaw) -> list[Finding]:
    """A mixture of experts: what the plan's loss is (the chosen law on the active parameters, a dense
    equivalent) and what the joint MoE law says of the experts at this compute, graded by extrapolation."""
    moe = p.scenario.model.moe
    if moe is None:
        return []
    values: dict[str, Any] = dict(law=law.name, active=p.n_params_active, total=p.n_params_total,
                                  experts=moe.experts, active_experts=moe.active_experts,
                                  shared=moe.shared_experts)
    dense = QT_TR_NOOP("{law} sees the {active:short} active parameters ({total:short} in all) as a dense model: "
                       "its loss is that of a dense model of the active size, which a mixture of experts beats at "
                       "the same compute.")
    if p.moe_compute_multiplier is None or p.moe_law_extrapolation_decades is None:
        return [make("moe.law_approximation", dense, (), **values)]
    values.update(multiplier=p.moe_compute_multiplier, e=p.moe_effective_experts, n_opt=p.moe_law_n_params_active,
                  d_opt=p.moe_law_n_tokens, decades=p.moe_law_extrapolation_decades)
    joint = QT_TR_NOOP("Under the joint MoE law (Ludziejewski et al. 2025, eq. 6, Table 3), {experts:,} experts "
                       "with {active_experts:,} active and {shared:,} shared (E = {e:.3g}) are worth {multiplier:.2g}× "
                       "the compute of a dense model; at this compute that law's optimum is {n_opt:short} active "
                       "parameters on {d_opt:short} tokens.")
    if p.moe_law_extrapolation_decades > MOE_LAW_EXTRAPOLATION_DECADES:
        return [make("moe.law_extrapolation",
                     (dense, joint, QT_TR_NOOP("That law was fitted on 79 M–2.7 B active parameters, 0.5–80 B tokens "
                                               "and up to 32 experts: this is {decades:.1f} decades beyond, so read "
                                               "its numbers as a direction, not a forecast.")),
                     (), **values)]
    return [make("moe.law_approximation", (dense, joint), (), **values)]


def _mfu_findings(s: Scenario) -> list[Finding]:
    """An MFU beyond or far below published large runs, judged against the dense BF16 peak those runs report
    (an FP8 MFU of 20% is a BF16 one of 40%: DeepSeek-V3 ≈ 33% of BF16 peak, 16.5% of FP8)."""
    out = _peak_findings(s)
    mfu = s.cluster.mfu
    bf16 = bf16_equivalent_mfu(s)
    basis = () if s.cluster.precision == "bf16" else (
        QT_TR_NOOP("(An MFU of {mfu:pct} of the FP8 peak is {bf16:pct} of the BF16 peak published runs report "
                   "against.)"),)
    if bf16 > MFU_PLAUSIBLE_MAX:
        return [*out, make(
            "input.mfu_implausible",
            (QT_TR_NOOP("An MFU of {mfu:pct} is above what published large runs reach (PaLM 46%, Llama 3 405B "
                        "38–43%, MegaScale 55%); compute, days and cost are likely optimistic."), *basis),
            QT_TR_NOOP("Use 35–50% unless you have measured more on this cluster.") if not basis else
            QT_TR_NOOP("Use 17–25% of the FP8 peak unless you have measured more on this cluster."),
            mfu=mfu, bf16=bf16)]
    if bf16 < MFU_PLAUSIBLE_MIN:
        # 0.45 typed into a percent field is 0.45%: below 1% the reading a hundred times larger is the likely one
        typo = (QT_TR_NOOP("Did you mean {guess:pct}?"),) if mfu < 0.01 else ()
        return [*out, make(
            "input.mfu_implausible",
            (QT_TR_NOOP("An MFU of {mfu_percent:.3g}% is far below what published large runs reach (about 20% "
                        "at the lowest, GPT-3; 30–50% for most); compute, days and cost are likely pessimistic."),
             *basis, *typo),
            QT_TR_NOOP("Use 35–50% unless you have measured less on this cluster.") if not basis else
            QT_TR_NOOP("Use 17–25% of the FP8 peak unless you have measured less on this cluster."),
            mfu=mfu, mfu_percent=100 * mfu, guess=100 * mfu, bf16=bf16)]
    return out


def _peak_findings(s: Scenario) -> list[Finding]:
    """A catalogued accelerator whose peak is the catalogue's dense peak of the other precision: the
    precision was changed without the peak (or a file says FP8 with the BF16 peak), and the run's FLOP are off
    by the ratio of the two."""
    c = s.cluster
    a = accelerators().get(c.accelerator)
    if a is None:
        return []
    if a.fp8_peak_flop_per_s is None:
        if c.precision != "fp8":
            return []
        return [make(
            "input.peak_precision",
            QT_TR_NOOP("The catalogue gives the {accelerator} no FP8 peak: it has no FP8 matrix units, so the run "
                       "cannot train in FP8 at the peak entered."),
            QT_TR_NOOP("Set the precision to BF16, or choose an accelerator with FP8 (H100 or later, MI300X)."),
            accelerator=a.name)]
    if a.fp8_peak_flop_per_s == a.peak_flop_per_s:
        return []
    peaks = {"bf16": a.peak_flop_per_s, "fp8": a.fp8_peak_flop_per_s}
    other = "fp8" if c.precision == "bf16" else "bf16"
    if not math.isclose(c.peak_flop_per_s, peaks[other], rel_tol=1e-3):
        return []
    return [make(
        "input.peak_precision",
        QT_TR_NOOP("The peak, {peak:sci} FLOP/s, is the {accelerator}'s dense {other} peak, but the run trains in "
                   "{precision}, whose dense peak is {right:sci} FLOP/s: compute, days and cost are off by "
                   "{factor:.2g}×."),
        QT_TR_NOOP("Set the peak to {right:sci} FLOP/s, or the precision to {other}."),
        peak=c.peak_flop_per_s, accelerator=a.name, other=_PRECISION_WORDS[other],
        precision=_PRECISION_WORDS[c.precision], right=peaks[c.precision],
        factor=max(peaks[other], peaks[c.precision]) / min(peaks[other], peaks[c.precision]))]


def _repetition_finding(p: Plan, epochs: float, unique: float, law: AnyLaw) -> Finding:
    """Repeated data graded by what its last epoch is worth (:data:`LAST_EPOCH_WORTH_DIMINISHING`)."""
    r_star = MUENNIGHOFF_R_D_STAR  # as the plan's effective tokens: the law's own when it models repetition
    if isinstance(law, ParametricLaw) and law.data_constrained and law.r_d_star is not None:
        r_star = float(law.r_d_star)
    last = math.exp(-(epochs - 1.0) / r_star)
    # the most whole epochs whose last one is still worth half a fresh one; where repetition is spent
    sound = max(math.floor(1.0 + r_star * math.log(1.0 / LAST_EPOCH_WORTH_DIMINISHING)), 1)
    spent = 1.0 + r_star * math.log(1.0 / LAST_EPOCH_WORTH_EXHAUSTED)
    worth = (QT_TR_NOOP("{epochs:.3g} epochs are worth about {effective_epochs:.3g} epochs of fresh data "
                        "(Muennighoff et al. 2023)."),
             QT_TR_NOOP("The last epoch is worth about {last_epoch:pct} of a fresh one."))
    optimistic = () if law.data_constrained else (
        QT_TR_NOOP("{law} assumes fresh data, so its loss is optimistic; choose muennighoff-2023 to model "
                   "repetition."),)
    values: dict[str, Any] = dict(epochs=epochs, effective_epochs=(p.effective_tokens or 0.0) / unique,
                                  unique_tokens=unique, law=law.name, last_epoch=last, needed=p.n_tokens / sound)
    if last <= LAST_EPOCH_WORTH_EXHAUSTED:
        return make(
            "data.exhausted",
            (QT_TR_NOOP("The plan repeats the {unique_tokens:short} unique tokens {epochs:.3g} times; beyond "
                        "~{limit:.0f} epochs repeated data adds almost nothing."), *worth, *optimistic),
            QT_TR_NOOP("Find more unique data (about {needed:short} tokens for ≤ {sound_epochs:,.0f} epochs), or "
                       "spend the compute on a smaller budget."),
            limit=spent, sound_epochs=sound, **values)
    if last < LAST_EPOCH_WORTH_DIMINISHING:
        return make(
            "data.diminishing",
            (QT_TR_NOOP("The plan repeats the unique tokens {epochs:.3g} times."), *worth, *optimistic),
            QT_TR_NOOP("About {needed:short} unique tokens would keep it within {limit:.0f} epochs."),
            limit=sound, **values)
    return make("data.repeated", (QT_TR_NOOP("The plan sees the unique tokens {epochs:.3g} times."), worth[0]),
                (), **values)


def _public_stock_findings(p: Plan) -> list[Finding]:
    """Unique data beyond the estimated stock of public human text: the unique tokens when the scenario gives
    them, else every training token counted as fresh (repeating tokens uses up no more of the stock)."""
    unique = p.unique_tokens if p.unique_tokens is not None else p.n_tokens
    if unique <= PUBLIC_TEXT_STOCK_TOKENS:
        return []
    lo, hi = PUBLIC_TEXT_STOCK_90CI_TOKENS
    values: dict[str, Any] = dict(n_tokens=unique, ratio=unique / PUBLIC_TEXT_STOCK_TOKENS,
                                  stock=PUBLIC_TEXT_STOCK_TOKENS, stock_lo=lo, stock_hi=hi)
    if p.unique_tokens is not None:
        return [make(
            "data.beyond_public_stock",
            QT_TR_NOOP("The scenario gives {n_tokens:short} unique tokens, {ratio:.2g}× the estimated stock of "
                       "public human text ({stock:short} tokens, 90% interval {stock_lo:short}–{stock_hi:short}; "
                       "Villalobos et al. 2024)."),
            QT_TR_NOOP("Check the unique tokens: beyond the public stock they have to be synthetic or private "
                       "data."), **values)]
    return [make(
        "data.beyond_public_stock",
        QT_TR_NOOP("The plan trains on {n_tokens:short} tokens, all counted as unique since the scenario gives no "
                   "unique tokens: {ratio:.2g}× the estimated stock of public human text ({stock:short} tokens, 90% "
                   "interval {stock_lo:short}–{stock_hi:short}; Villalobos et al. 2024)."),
        QT_TR_NOOP("Plan on repeated, synthetic or private data, or a smaller token budget."), **values)]


def _compute_extrapolation_findings(p: Plan, law: AnyLaw) -> list[Finding]:
    """Compute outside the runs the law was fitted on: information within :data:`EXTRAPOLATION_FACTOR` above
    the largest (:data:`EXTRAPOLATION_FACTOR_BELOW` below the smallest), a warning beyond."""
    fitted_lo, fitted_hi = law.compute_range_flop
    values: dict[str, Any] = {"compute_flop": p.compute_flop, "law": law.name}
    if fitted_hi is not None and p.compute_flop > fitted_hi:
        factor = p.compute_flop / fitted_hi
        if factor > EXTRAPOLATION_FACTOR:
            return [make(
                "law.extrapolation",
                QT_TR_NOOP("The plan's compute ({compute_flop:sci} FLOP) is {factor:,.0f}× the largest run {law} "
                           "was fitted on ({largest:sci} FLOP): {decades:.1f} decades of extrapolation, so the "
                           "loss and the allocation are uncertain."),
                QT_TR_NOOP("Compare laws, read the band, or fit a law to runs closer to this scale."),
                factor=factor, largest=fitted_hi, decades=math.log10(factor), **values)]
        return [make(
            "law.extrapolation_modest",
            QT_TR_NOOP("The plan's compute ({compute_flop:sci} FLOP) is {factor:sci}× the largest run {law} was "
                       "fitted on ({largest:sci} FLOP): a modest extrapolation; the band shows how uncertain the "
                       "loss is."),
            (), factor=factor, largest=fitted_hi, **values)]
    if fitted_lo is not None and p.compute_flop < fitted_lo:
        factor = fitted_lo / p.compute_flop
        if factor > EXTRAPOLATION_FACTOR_BELOW:
            return [make(
                "law.extrapolation",
                QT_TR_NOOP("The plan's compute ({compute_flop:sci} FLOP) is {factor:,.0f}× below the smallest run "
                           "{law} was fitted on ({smallest:sci} FLOP)."),
                QT_TR_NOOP("Small runs are cheap: measure instead of predicting."),
                factor=factor, smallest=fitted_lo, **values)]
        return [make(
            "law.extrapolation_modest",
            QT_TR_NOOP("The plan's compute ({compute_flop:sci} FLOP) is {factor:sci}× below the smallest run {law} "
                       "was fitted on ({smallest:sci} FLOP): a modest extrapolation."),
            (), factor=factor, smallest=fitted_lo, **values)]
    return []


def _ratio_extrapolation_findings(p: Plan, law: AnyLaw) -> list[Finding]:
    """Tokens per parameter outside those of the runs the law was fitted on (where known,
    :data:`FITTED_TOKENS_PER_PARAM`): information within :data:`RATIO_EXTRAPOLATION_FACTOR`, a warning beyond."""
    seen = FITTED_TOKENS_PER_PARAM.get(p.law_id)
    if seen is None:
        return []
    lo, hi = seen
    ratio = p.tokens_per_param
    factor = ratio / hi if ratio > hi else lo / ratio
    if factor <= 1.0:
        return []
    values: dict[str, Any] = dict(tokens_per_param=ratio, factor=factor, lo=lo, hi=hi, law=law.name)
    outside = QT_TR_NOOP("The plan trains on {tokens_per_param:,.0f} tokens per parameter, {factor:sci}× outside "
                         "the {lo:.2g}–{hi:,.0f} tokens per parameter of the runs {law} was fitted on.")
    if factor > RATIO_EXTRAPOLATION_FACTOR:
        return [make(
            "law.tokens_per_param_extrapolation",
            (outside, QT_TR_NOOP("Its loss at this ratio is an extrapolation and may be far off.")),
            QT_TR_NOOP("Move toward {lo:.2g}–{hi:,.0f} tokens per parameter, or fit a law to runs at this ratio."),
            **values)]
    return [make("law.tokens_per_param_extrapolation_modest", outside, (), **values)]


#: A threshold the model crosses only with its post-training, by threshold id (resources/compliance.json).
_POST_TRAINING_CROSSES = {
    "eu_gpai": QT_TR_NOOP("Post-training adds {post:sci} FLOP: with it the model's training compute, {total:sci} "
                          "FLOP, is above the EU's 10²³ FLOP indicative criterion for a general-purpose AI model, "
                          "which pre-training alone ({pre:sci}) is not."),
    "eu_systemic": QT_TR_NOOP("Post-training adds {post:sci} FLOP: with it the model's training compute, {total:sci} "
                              "FLOP, is above the EU AI Act's 10²⁵ FLOP, presumed systemic risk, which pre-training "
                              "alone ({pre:sci}) is not."),
    "ca_sb53": QT_TR_NOOP("Post-training adds {post:sci} FLOP: with it the model's training compute, {total:sci} "
                          "FLOP, is above California SB 53's 10²⁶ for a frontier model, which pre-training alone "
                          "({pre:sci}) is not."),
}
_POST_TRAINING_FIXES = {
    "eu_gpai": QT_TR_NOOP("The rule counts fine-tuning: document the model as a general-purpose AI model."),
    "eu_systemic": QT_TR_NOOP("The rule counts fine-tuning: notify the European Commission within two weeks of "
                              "knowing the threshold will be met — before the post-training, on this plan."),
    "ca_sb53": QT_TR_NOOP("The statute counts fine-tuning and reinforcement learning: plan for a frontier "
                          "developer's transparency duties."),
}


def _programme_findings(p: Plan) -> list[Finding]:
    """The programme over the budget the run alone fits; a threshold crossed only with post-training."""
    prog = p.programme
    if prog is None:
        return []
    out = []
    limit = p.scenario.money.budget
    if limit is not None and p.total_cost <= limit < prog.total_cost:
        out.append(make(
            "programme.over_budget",
            QT_TR_NOOP("The programme costs {total:money}, {over_cost:money} over the budget of {budget:money}, "
                       "though the final run alone ({run:money}) fits."),
            QT_TR_NOOP("Raise the budget to cover the whole programme, or plan less development or "
                       "post-training."),
            total=prog.total_cost, over_cost=prog.total_cost - limit, budget=limit, run=p.total_cost,
            currency=p.currency))
    post = prog.model_training_flop - p.training_flop
    for c in prog.compliance:
        if c.crossed and p.training_flop <= c.threshold.threshold_flop and c.threshold.id in _POST_TRAINING_CROSSES:
            out.append(make("compliance.post_training", _POST_TRAINING_CROSSES[c.threshold.id],
                            _POST_TRAINING_FIXES[c.threshold.id], post=post, total=prog.model_training_flop,
                            pre=p.training_flop))
    return out


def _findings(p: Plan, law: AnyLaw) -> list[Finding]:
    s = p.scenario
    out: list[Finding] = _scale_findings(p, law)
    cur = p.currency

    cap = s.energy.cap_mwh
    if cap is not None and p.energy_mwh > cap:
        scale, extra = _scale_fix(p, cap / p.energy_mwh)
        out.append(make(
            "energy.cap_exceeded",
            QT_TR_NOOP("The run needs {energy_mwh:mwh}, {over_mwh:mwh} ({over:pct}) over the cap "
                       "of {cap_mwh:mwh}."),
            (QT_TR_NOOP("Raise the cap or lower PUE."), *scale),
            energy_mwh=p.energy_mwh, cap_mwh=cap, over_mwh=p.energy_mwh - cap, over=p.energy_mwh / cap - 1,
            **extra))
    limit = s.money.budget
    if limit is not None and p.total_cost > limit:
        scale, extra = _scale_fix(p, limit / p.total_cost)
        out.append(make(
            "budget.exceeded",
            QT_TR_NOOP("The run costs {total_cost:money}, {over_cost:money} ({over:pct}) over the budget "
                       "of {budget:money}."),
            (QT_TR_NOOP("Raise the budget or negotiate a lower accelerator-hour price."), *scale),
            total_cost=p.total_cost, budget=limit, over_cost=p.total_cost - limit,
            over=p.total_cost / limit - 1, currency=cur, **extra))

    out.extend(_programme_findings(p))

    if (p.epochs is not None and p.epochs > 1 and p.effective_tokens is not None
            and p.unique_tokens is not None):  # all three are set together (by data.unique_tokens)
        out.append(_repetition_finding(p, p.epochs, p.unique_tokens, law))
    out.extend(_public_stock_findings(p))

    out.extend(_memory_findings(p))
    out.extend(_moe_findings(p, law))
    out.extend(_finish_findings(p))
    out.extend(_compute_extrapolation_findings(p, law))
    out.extend(_ratio_extrapolation_findings(p, law))

    out.extend(_mfu_findings(s))
    max_days = schema_field("schedule.days").bounds[1]
    if OUTPACED_DAYS < p.wall_clock_days <= max_days:  # beyond max_days schedule.too_long says so
        shorter = (QT_TR_NOOP("Spread the compute over more accelerators and fewer days, or plan a smaller run.")
                   if p.objective in ("compute_optimal", "fixed_params")  # the days are the scenario's
                   else QT_TR_NOOP("Use more or faster accelerators, or plan a smaller run."))
        out.append(make(
            "schedule.outpaced",
            QT_TR_NOOP("The run takes {days:,.0f} days ({months:.3g} months): a run longer than about "
                       "{limit_months:.0f} months is likely outpaced by one that starts later on better hardware "
                       "and algorithms (Epoch AI 2025); frontier runs take weeks to a few months."),
            shorter, days=p.wall_clock_days, months=p.wall_clock_days * 12 / 365.25,
            limit_months=OUTPACED_MONTHS))

    if max(p.compute_flop, p.training_flop) > EU_AI_ACT_THRESHOLD_FLOP:  # Art. 51(2): "greater than 10^25"
        out.append(make(
            "compute.regulatory_threshold",
            QT_TR_NOOP("At {compute_flop:sci} FLOP the model is above the EU AI Act's 10²⁵ FLOP threshold: it is "
                       "presumed a general-purpose model with systemic risk (Art. 51)."),
            QT_TR_NOOP("Plan for the Act's notification, evaluation and reporting duties."),
            compute_flop=max(p.compute_flop, p.training_flop)))  # attention is computation used in training
    if p.attention_flop_share > 0:
        out.append(make(
            "compute.attention",
            QT_TR_NOOP("At {context:,} tokens of context, attention adds {ratio:pct} to the law's 6·N·D: "
                       "{share:pct} of the {training_flop:sci} FLOP the accelerators do (12·layers·width·context "
                       "per token, as PaLM and torchtitan count MFU; Megatron-LM and MaxText count half). The law "
                       "predicts the loss from 6·N·D; days, energy and cost include attention."),
            (), context=s.model.context_tokens, share=p.attention_flop_share,
            ratio=p.attention_flop_share / (1 - p.attention_flop_share), training_flop=p.training_flop))

    if p.objective in ("fixed_params", "fixed_run") and s.model.moe is None:  # a dense law's optimum is no
        ratio = p.n_params / p.optimal_n_params                                 # size for experts' active part
        if (ratio > 2 or ratio < 0.5) and p.loss - p.optimal_loss > 1e-4:
            out.append(make(
                "allocation.off_optimal",
                QT_TR_NOOP("At this compute the compute-optimal model has {optimal:short} parameters; "
                           "{n_params:short} is {ratio:.2g}× that and costs {extra_loss:.3f} nats of loss."),
                QT_TR_NOOP("Fine if inference cost or memory drives the size; otherwise move toward "
                           "{optimal:short}."),
                optimal=p.optimal_n_params, n_params=p.n_params, ratio=ratio,
                extra_loss=p.loss - p.optimal_loss))
    if p.objective == "target_loss" and isinstance(law, KaplanLaw) and inference_tokens(s) > 0:
        out.append(make(
            "law.kaplan_inference",
            QT_TR_NOOP("With inference tokens, kaplan-2020 sizes the model from its L(N, D) fit, which "
                       "disagrees with the paper's own compute-efficient allocation."),
            QT_TR_NOOP("Prefer a Chinchilla-family law for inference-aware sizing.")))
    order = {sev: i for i, sev in enumerate(reversed(SEVERITIES))}
    out.sort(key=lambda f: order[f.severity])
    return out
