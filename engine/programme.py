"""The whole programme around the final pre-training run: development and ablations before it, supervised and
preference tuning and reinforcement learning after it, and serving — each stage's compute, time, energy, cost
and CO2, the totals, a monthly cash flow, the compliance thresholds, and the thinking-or-size trade-off.

Stage compute is a multiple of the final run's hardware FLOP (``Plan.training_flop``), on the same kind of
accelerator, at the run's MFU unless post-training has its own; each stage is costed like the run
(engine.planner.budget: the same price, power and carbon). The defaults and their published spread:

* development and ablations 1.2× the final run: Epoch AI's median ratio of all training compute to the final
  run's, 2.2 (90% range 1.2–4; Cottier et al. 2024, arXiv:2405.21015, as their code states it), less the run
  itself; OLMo's development was about half its final runs' (Morrison et al. 2025, "Holistically evaluating
  the environmental impact of creating language models", ICLR 2025, abstract: "~50% of that of training").
  The programme's cost is also given at the ends of that spread, 0.2× and 3×.
* supervised and preference tuning 1% of pre-training: DeepSeek-V3 used 5K of 2,788K H800-hours for it
  (0.2%, DeepSeek-V3 technical report, Table 1); OLMoE about 2.4%.
* reinforcement learning 10% of pre-training: Epoch AI estimates DeepSeek-R1's RL at 6.1e23 FLOP against V3's
  3.3e24 (19%); DeepSeek's own later account implies about 5.5%. The middle of the two.

Stages run one after another on the cluster they are given; serving starts when training ends.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np

from . import compliance, costing
from .catalogue import accelerators
from .serving import DAYS_PER_MONTH, ServingPlan, serve
from .units import HOURS_PER_DAY

if TYPE_CHECKING:
    from .planner import Plan
    from .scenario import Scenario

#: Stage ids, in programme order (the GUI and reports name them).
STAGES: tuple[str, ...] = ("development", "pretraining", "tuning", "rl", "serving")
#: The published spread of development compute as a multiple of the final run (see the module's text).
DEVELOPMENT_MULTIPLE_RANGE: tuple[float, float] = (0.2, 3.0)
#: Months the cash flow is drawn for at most (20 years).
CASH_FLOW_MONTHS_MAX = 240

#: Decades of training compute one decade of extra test-time compute stands in for: the band of published
#: exchange rates (Villalobos & Atkinson 2023, Epoch AI, "Trading off compute in training and inference": "1–2
#: OOM of inference compute saves about 1 OOM of training" for most language tasks, i.e. 0.5–1; per technique
#: 0.5 (resampling with cheap checking, 3 for 6), 0.63 (MCTS, 1 for 1.6), 0.67 (AlphaCode, 1 for 1.5), 0.69
#: (resampling, 1 for 1.45), 0.7 (pruning) — the middle 0.67). Snell et al. 2024 (arXiv:2408.03314, §7) find
#: the two "not 1-to-1 exchangeable": test-time compute wins on easy and medium questions when inference is a
#: small part of the compute, pretraining on hard ones. A band, never a point.
EXCHANGE_RATE_BAND: tuple[float, float, float] = (0.5, 0.67, 1.0)
#: Training decades test-time compute can stand in for at most on reasoning tasks (Epoch AI, as above: "2–3
#: OOM of inference saves about 2 OOM of training"): the chart stops at a model a tenth the size.
MAX_TRAINING_DECADES_SAVED = 2.0


@dataclass(frozen=True)
class Stage:
    id: str
    compute_flop: float
    accelerators: float
    wall_clock_days: float
    accelerator_hours: float
    energy_mwh: float
    cost: float
    co2_t: float

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("id", "compute_flop", "accelerators", "wall_clock_days",
                                              "accelerator_hours", "energy_mwh", "cost", "co2_t")}


@dataclass(frozen=True)
class ProgrammePlan:
    """The programme's stages (training stages, then serving when planned) and totals. Units in the names."""

    stages: tuple[Stage, ...]
    #: Compute of every training stage (development included) and of the model itself (what rules count).
    total_compute_flop: float
    model_training_flop: float
    serving_flop: float
    total_cost: float
    total_cost_low: float
    total_cost_high: float
    total_energy_mwh: float
    total_co2_t: float
    #: Days from the first experiment to the end of post-training, then the months served.
    training_days: float
    serving_months: float
    accelerator_hour_price: float
    #: A bought cluster (purchased basis; else None): buying it up front — the most accelerators any stage
    #: on it uses; serving runs on it after training when it is served on the same accelerator at the
    #: cluster's own price — and the depreciation the programme's hours on it carry.
    capital_outlay: float | None
    depreciation_carried: float | None
    compliance: tuple[compliance.Status, ...]
    development_multiple: float

    @cached_property
    def cash_flow(self) -> tuple[tuple[str, tuple[float, ...]], ...]:
        """Cost per month by stage: (stage id, amounts) in stage order, month 1 first (computed when asked:
        only the dialog, the reports and ``to_dict`` read it, not every frame of a drag)."""
        return cash_flow(list(self.stages))

    def stage(self, stage_id: str) -> Stage | None:
        return next((st for st in self.stages if st.id == stage_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "stages": [st.to_dict() for st in self.stages],
            "total_compute_flop": self.total_compute_flop, "model_training_flop": self.model_training_flop,
            "serving_flop": self.serving_flop, "total_cost": self.total_cost,
            "total_cost_low": self.total_cost_low, "total_cost_high": self.total_cost_high,
            "development_multiple_range": list(DEVELOPMENT_MULTIPLE_RANGE),
            "total_energy_mwh": self.total_energy_mwh, "total_co2_t": self.total_co2_t,
            "training_days": self.training_days, "serving_months": self.serving_months,
            "accelerator_hour_price": self.accelerator_hour_price, "capital_outlay": self.capital_outlay,
            "depreciation_carried": self.depreciation_carried,
            "cash_flow_monthly": {sid: list(v) for sid, v in self.cash_flow},
            "compliance": [{"id": c.threshold.id, "threshold_flop": c.threshold.threshold_flop,
                            "crossed": c.crossed, "ratio": c.ratio, "source": c.threshold.source,
                            "date": c.threshold.date} for c in self.compliance],
        }


def serving_price(s: Scenario) -> tuple[float, bool]:
    """The serving accelerator-hour price and whether the power is in it: as typed (the scenario's cost
    basis); else the training price for the same accelerator; else the catalogue's typical rental."""
    sv = s.serving
    assert sv is not None
    if sv.price_per_accelerator_hour is not None:
        return float(sv.price_per_accelerator_hour), not costing.energy_paid(s)
    if sv.accelerator == s.cluster.accelerator:
        return costing.accelerator_hour_price(s), not costing.energy_paid(s)
    a = accelerators()[str(sv.accelerator)]
    rate = 1.0 if s.money.currency == "USD" else s.money.per_usd
    return float(a.price_usd_per_hour_typical or 0.0) * rate, True


def serving_plan(s: Scenario, n_active: Any, n_total: Any, tokens_per_query: Any = None) -> ServingPlan | None:
    """Serving the scenario's load with a model of this size (None without a serving section)."""
    sv = s.serving
    if sv is None:
        return None
    price, power_in_price = serving_price(s)
    return serve(n_active, n_total, sv.tokens_per_query if tokens_per_query is None else tokens_per_query,
                 queries_per_day=float(sv.queries_per_day or 0.0), months=float(sv.months or 0.0),
                 accelerator=accelerators()[str(sv.accelerator)], precision=str(sv.precision),
                 utilisation=float(sv.utilisation or 1.0), batch=int(sv.batch or 1),
                 peak_to_mean=float(sv.peak_to_mean or 1.0), price_per_accelerator_hour=price,
                 power_in_price=power_in_price, energy_price_per_kwh=s.energy.price_per_kwh, pue=s.energy.pue,
                 server_overhead=s.energy.server_overhead, average_draw=s.energy.average_draw,
                 carbon_kg_per_kwh=s.energy.carbon_kg_per_kwh, prompt_tokens=float(sv.prompt_tokens or 0.0))


def _served_on_cluster(s: Scenario) -> bool:
    """Serving runs on the training cluster (after training): the same accelerator at the cluster's price."""
    sv = s.serving
    return sv is not None and sv.price_per_accelerator_hour is None and sv.accelerator == s.cluster.accelerator


def _stage(s: Scenario, stage_id: str, flop: float, count: int | None, mfu: float | None) -> Stage:
    from .planner import budget, flop_per_day

    n = s.cluster.count if count is None else count
    run = s if mfu is None else replace(s, cluster=replace(s.cluster, mfu=mfu))
    days = flop / float(flop_per_day(run, n)) if flop > 0 else 0.0
    b = budget(run, days=days, count=n)
    return Stage(stage_id, flop, float(n), float(days), float(b.accelerator_hours), float(b.energy_mwh),
                 float(b.total_cost), float(b.co2_t))


def programme_plan(p: Plan, serving: ServingPlan | None) -> ProgrammePlan | None:
    """The programme of a plan whose scenario has a ``programme`` or a ``serving`` section, else None."""
    s = p.scenario
    pr = s.programme
    if pr is None and serving is None:
        return None
    run = p.training_flop
    pre = Stage("pretraining", run, float(s.cluster.count), p.wall_clock_days, p.accelerator_hours, p.energy_mwh,
                p.total_cost, p.co2_t)
    stages = [pre]
    dev_multiple = 0.0
    if pr is not None:
        dev_multiple = float(pr.development_multiple or 0.0)
        stages.insert(0, _stage(s, "development", dev_multiple * run, pr.development_count, None))
        stages.append(_stage(s, "tuning", float(pr.tuning_share or 0.0) * run, pr.post_training_count,
                             pr.post_training_mfu))
        stages.append(_stage(s, "rl", float(pr.rl_share or 0.0) * run, pr.post_training_count,
                             pr.post_training_mfu))
    post = sum(st.compute_flop for st in stages if st.id in ("tuning", "rl"))
    training_days = sum(st.wall_clock_days for st in stages)
    months = 0.0
    if serving is not None:
        months = serving.months
        stages.append(Stage("serving", float(serving.flop_per_day) * months * DAYS_PER_MONTH,
                            float(serving.accelerators), months * DAYS_PER_MONTH, float(serving.accelerator_hours),
                            float(serving.energy_mwh), float(serving.cost), float(serving.co2_t)))
    total_cost = sum(st.cost for st in stages)
    dev = next((st for st in stages if st.id == "development"), None)
    per_multiple = dev.cost / dev_multiple if dev is not None and dev_multiple > 0 else (
        _stage(s, "development", run, pr.development_count, None).cost if pr is not None else 0.0)
    base = total_cost - (dev.cost if dev is not None else 0.0)
    lo, hi = (base + m * per_multiple for m in DEVELOPMENT_MULTIPLE_RANGE) if pr is not None else (total_cost,
                                                                                                   total_cost)
    on_cluster = [st for st in stages if st.id != "serving" or _served_on_cluster(s)]
    count = max(st.accelerators for st in on_cluster)
    outlay = costing.capital_outlay(s, count)
    hours_on_cluster = sum(st.accelerator_hours for st in on_cluster)
    carried = None if outlay is None else hours_on_cluster * costing.accelerator_hour_price(s)
    return ProgrammePlan(
        stages=tuple(stages), total_compute_flop=sum(st.compute_flop for st in stages if st.id != "serving"),
        model_training_flop=run + post, serving_flop=stages[-1].compute_flop if serving is not None else 0.0,
        total_cost=total_cost, total_cost_low=float(min(lo, total_cost)), total_cost_high=float(max(hi, total_cost)),
        total_energy_mwh=sum(st.energy_mwh for st in stages), total_co2_t=sum(st.co2_t for st in stages),
        training_days=training_days, serving_months=months,
        accelerator_hour_price=costing.accelerator_hour_price(s),
        capital_outlay=outlay, depreciation_carried=carried,
        compliance=compliance.assess(run, post), development_multiple=dev_multiple)


def cash_flow(stages: list[Stage]) -> tuple[tuple[str, tuple[float, ...]], ...]:
    """Each stage's cost spread evenly over its days, the stages one after another, summed per month
    (365.25/12 days)."""
    total_days = sum(st.wall_clock_days for st in stages)
    months = min(max(math.ceil(total_days / DAYS_PER_MONTH - 1e-9), 1), CASH_FLOW_MONTHS_MAX)
    edges = np.arange(months + 1) * DAYS_PER_MONTH
    out = []
    start = 0.0
    for st in stages:
        end = start + st.wall_clock_days
        if st.wall_clock_days > 0:
            overlap = np.clip(np.minimum(edges[1:], end) - np.maximum(edges[:-1], start), 0.0, None)
            amounts = st.cost * overlap / st.wall_clock_days
        else:
            amounts = np.zeros(months)
        out.append((st.id, tuple(float(a) for a in amounts)))
        start = end
    return tuple(out)


@dataclass(frozen=True)
class ThinkOrGrow:
    """Total programme cost against the model's size at the scenario's query volume: a smaller model thinks
    longer to answer as well, a larger one answers more directly (EXCHANGE_RATE_BAND). Arrays over
    ``n_params``; ``total_cost`` has a row per exchange rate (low, middle, high of the band), NaN where the
    trade is beyond what the sources cover."""

    n_params: np.ndarray
    training_cost: np.ndarray
    serving_cost: np.ndarray  # per exchange rate
    total_cost: np.ndarray  # per exchange rate
    tokens_per_query: np.ndarray  # per exchange rate
    plan_n_params: float
    plan_total_cost: float
    best_n_params: float
    rates: tuple[float, float, float]


def think_or_grow(p: Plan, points: int = 81) -> ThinkOrGrow | None:
    """The trade-off chart's data (None without a serving section). The model keeps the plan's tokens per
    parameter, so its training compute grows as N² and the programme's training stages cost in proportion."""
    s = p.scenario
    sv = s.serving
    if sv is None:
        return None
    prog = p.programme
    training_cost = (sum(st.cost for st in prog.stages if st.id != "serving") if prog is not None
                     else p.total_cost)
    n0 = p.n_params_active
    ratio_total = p.n_params_total / p.n_params_active
    t0 = float(sv.tokens_per_query or 0.0)
    floor = t0 * (1.0 - float(sv.reasoning_share or 0.0))
    span = 10.0 ** (MAX_TRAINING_DECADES_SAVED / 2.0)
    n = n0 * np.geomspace(1.0 / span, span, points)
    train = training_cost * (n / n0) ** 2
    decades = 2.0 * np.log10(n0 / n)  # training decades saved (negative: spent)
    rows_tokens, rows_serving = [], []
    for r in EXCHANGE_RATE_BAND:
        tokens = np.maximum(t0 * (n0 / n) * 10.0 ** (decades / r), floor)
        rows_tokens.append(tokens)
        sp = serving_plan(s, n, n * ratio_total, tokens)
        assert sp is not None
        rows_serving.append(np.asarray(sp.cost, dtype=float))
    serving_cost = np.vstack(rows_serving)
    total = train[None, :] + serving_cost
    mid = np.where(np.isfinite(total[1]), total[1], np.inf)
    best = float(n[int(np.argmin(mid))]) if np.isfinite(mid).any() else n0
    plan_total = prog.total_cost if prog is not None else p.total_cost
    return ThinkOrGrow(n_params=n, training_cost=train, serving_cost=serving_cost, total_cost=total,
                       tokens_per_query=np.vstack(rows_tokens), plan_n_params=n0, plan_total_cost=plan_total,
                       best_n_params=best, rates=EXCHANGE_RATE_BAND)


@dataclass(frozen=True)
class Documentation:
    """The training figures the EU's model documentation asks for (AI Act Annex XI §1 point 2(d)–(e): "the
    computational resources used to train the model (e.g. number of floating point operations), training time
    … known or estimated energy consumption"; point 1(d): the number of parameters), for the model itself:
    pre-training and post-training. The Code of Practice's Model Documentation Form asks for compute and energy
    to two significant figures (as secondary copies quote it; the form itself is not in our sources), and the
    Guidelines (Annex A.2) accept the hardware-based estimate used here within 30%."""

    compute_flop: float
    wall_clock_days: float
    accelerator_days: float
    energy_mwh: float
    n_params_total: float

    def to_dict(self) -> dict[str, float]:
        return {k: getattr(self, k) for k in ("compute_flop", "wall_clock_days", "accelerator_days", "energy_mwh",
                                              "n_params_total")}


def documentation(p: Plan) -> Documentation:
    prog = p.programme
    stages = [st for st in (prog.stages if prog is not None else ()) if st.id in ("pretraining", "tuning", "rl")]
    if not stages:
        stages = [Stage("pretraining", p.training_flop, float(p.scenario.cluster.count), p.wall_clock_days,
                        p.accelerator_hours, p.energy_mwh, p.total_cost, p.co2_t)]
    return Documentation(compute_flop=sum(st.compute_flop for st in stages),
                         wall_clock_days=sum(st.wall_clock_days for st in stages),
                         accelerator_days=sum(st.accelerator_hours for st in stages) / HOURS_PER_DAY,
                         energy_mwh=sum(st.energy_mwh for st in stages), n_params_total=p.n_params_total)
