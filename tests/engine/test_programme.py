"""The whole programme (issue 16): stages, serving, a bought cluster, cash flow, compliance and the
thinking-or-size trade-off — each against a hand computation."""

import json
import math
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import engine
from engine import compliance, costing
from engine.programme import (
    DEVELOPMENT_MULTIPLE_RANGE,
    EXCHANGE_RATE_BAND,
    documentation,
    think_or_grow,
)
from engine.scenario import Programme, Serving, to_dict


def base(**money):
    """1,024 H100 for 30 days in US dollars at $2.95/h, rented (power included)."""
    s = engine.default_scenario()
    return replace(s, money=replace(s.money, currency="USD", per_usd=1.0, price_per_accelerator_hour=2.95,
                                    **money))


def seventy_b(**serving):
    """A 70 B dense model (fixed size) answering 1 M queries a day of 1,000 tokens on H100 for 12 months."""
    s = base()
    s = replace(s, model=replace(s.model, objective="fixed_params", n_params=70e9),
                serving=Serving(**{"queries_per_day": 1e6, "tokens_per_query": 1000.0, "months": 12.0,
                                   "accelerator": "h100-sxm", **serving}))
    return s.validated()


def test_serving_a_70b_model_by_hand_bandwidth_bound():
    """70 B × 2 bytes = 140 GB of weights; an H100 holds 80 GiB = 85.9 GB: 2 per replica. A step reads the
    weights once: 140e9 / (2 × 3.35e12 B/s) = 20.9 ms; 64 answers × 2 × 70e9 FLOP / (2 × 989.4e12) = 4.53 ms of
    compute: bandwidth-bound. At 60% of it a step takes 34.8 ms, a replica makes 64 / 0.0348 = 1,838 tokens/s.
    1e9 tokens a day = 11,574 tokens/s = 6.30 replicas; twice that at the peak: 13 replicas, 26 H100."""
    p = engine.plan(seventy_b())
    sv = p.serving
    weights = 70e9 * 2
    replica = math.ceil(weights / (80 * 2**30))
    assert replica == 2 and sv.replica_accelerators == 2
    t_mem = weights / (2 * 3.35e12)
    t_flop = 64 * 2 * 70e9 / (2 * 989.4e12)
    assert t_mem > t_flop and sv.bound == "memory"
    tps = 64 / (t_mem / 0.6)
    assert sv.replica_tokens_per_s == pytest.approx(tps)
    assert tps == pytest.approx(1837.7, rel=1e-3)
    replicas = math.ceil(2 * (1e9 / 86400) / tps)
    assert replicas == 13 and sv.accelerators == 26
    hours = 26 * 365.25 * 24
    assert sv.accelerator_hours == pytest.approx(hours)
    assert sv.cost == pytest.approx(hours * 2.95)  # rented: power in the price
    assert sv.energy_cost == 0
    assert sv.energy_mwh == pytest.approx(26 * 700 * 1.2 / 1e6 * 365.25 * 24)  # 26 × 700 W × PUE 1.2, a year
    assert sv.energy_mwh == pytest.approx(191.45, rel=1e-3)
    assert sv.flop_per_day == pytest.approx(2 * 70e9 * 1e9)
    assert sv.cost_per_million_queries == pytest.approx(hours * 2.95 / 365.25)
    assert sv.cost_per_month == pytest.approx(hours * 2.95 / 12)
    assert sv.co2_t == pytest.approx(191.45 * 0.421, rel=1e-3)
    assert sv.crossover_batch == pytest.approx(989.4e12 / 3.35e12 * 2 / 2)  # 295 answers in flight


def test_serving_turns_compute_bound_past_the_crossover_batch():
    """1,000 answers in flight: 1000 × 2 × 70e9 / (2 × 989.4e12) = 70.8 ms of compute > 20.9 ms of reads."""
    sv = engine.plan(seventy_b(batch=1000)).serving
    assert sv.bound == "compute"
    assert sv.replica_tokens_per_s == pytest.approx(1000 / (1000 * 2 * 70e9 / (2 * 989.4e12) / 0.6))
    fp8 = engine.plan(seventy_b(precision="fp8")).serving  # 70 GB fits one H100; reads halve
    assert fp8.replica_accelerators == 1
    assert fp8.replica_tokens_per_s == pytest.approx(64 / (70e9 / 3.35e12 / 0.6))


def test_a_bought_cluster_costs_its_depreciation_by_hand():
    """$30,000 per accelerator × 1.235 written off straight-line over 5 years, busy 80% of them:
    $37,050 / (5 × 8,766 h × 0.8) = $1.0566 per working hour; the energy is paid on top."""
    table = [30000 * 1.235 / 5] * 5  # a year's write-off, five years
    busy_hours = [8766 * 0.8] * 5
    hourly = sum(table) / sum(busy_hours)
    assert hourly == pytest.approx(1.05664, rel=1e-5)
    s = base(cost_basis="purchased", purchase_price_per_accelerator=30000.0, network_multiple=1.235,
             depreciation_years=5.0, lifetime_utilisation=0.8).validated()
    p = engine.plan(s)
    assert p.accelerator_hour_price == pytest.approx(hourly)
    energy_cost = p.energy_mwh * 1000 * s.energy.price_per_kwh
    assert p.energy_cost == pytest.approx(energy_cost) and energy_cost > 0
    assert p.total_cost == pytest.approx(1024 * 30 * 24 * hourly + energy_cost)
    assert costing.capital_outlay(s, 1024) == pytest.approx(1024 * 30000 * 1.235)


def test_a_bought_cluster_without_a_price_takes_the_catalogues_converted():
    s = base(cost_basis="purchased").validated()
    jpy = replace(s, money=replace(s.money, currency="JPY", per_usd=150.0)).validated()
    assert costing.purchase_price(s) == pytest.approx(34884)  # the H100 quotes' median (Epoch AI's table)
    assert costing.purchase_price(jpy) == pytest.approx(34884 * 150)
    tpu = replace(s, cluster=replace(s.cluster, accelerator="tpu-v5p"))
    with pytest.raises(engine.ScenarioError) as err:
        tpu.validated()
    assert err.value.path == "money.purchase_price_per_accelerator"


def test_stages_by_hand():
    """Development 1.2×, tuning 1%, RL 10% of the run's 9.45e23 FLOP; RL on 256 accelerators at 20% MFU:
    days = FLOP / (count × peak × MFU × goodput × 86,400)."""
    s = replace(base(), programme=Programme(rl_share=0.10, post_training_count=256,
                                            post_training_mfu=0.2)).validated()
    p = engine.plan(s)
    prog = p.programme
    run = p.training_flop
    dev, pre, tune, rl = (prog.stage(i) for i in ("development", "pretraining", "tuning", "rl"))
    assert dev.compute_flop == pytest.approx(1.2 * run) and tune.compute_flop == pytest.approx(0.01 * run)
    assert dev.wall_clock_days == pytest.approx(1.2 * 30)  # the run's cluster: 1.2 × its 30 days
    rl_days = 0.10 * run / (256 * 989.4e12 * 0.2 * 0.9 * 86400)
    assert rl.wall_clock_days == pytest.approx(rl_days)
    assert rl.cost == pytest.approx(256 * rl_days * 24 * 2.95)
    assert rl.energy_mwh == pytest.approx(256 * 700 * 1.2 * rl_days * 24 / 1e6)
    assert pre.cost == pytest.approx(p.total_cost)
    assert prog.total_cost == pytest.approx(dev.cost + pre.cost + tune.cost + rl.cost)
    assert prog.total_compute_flop == pytest.approx(run * (1 + 1.2 + 0.01 + 0.10))
    assert prog.model_training_flop == pytest.approx(run * 1.11)  # what the rules count: not development
    lo, hi = DEVELOPMENT_MULTIPLE_RANGE
    assert prog.total_cost_low == pytest.approx(prog.total_cost - dev.cost * (1.2 - lo) / 1.2)
    assert prog.total_cost_high == pytest.approx(prog.total_cost + dev.cost * (hi - 1.2) / 1.2)
    flows = dict(prog.cash_flow)
    assert sum(sum(v) for v in flows.values()) == pytest.approx(prog.total_cost)
    assert sum(flows["development"]) == pytest.approx(dev.cost)
    assert flows["tuning"][0] == 0  # development and the run come first
    assert len(flows["development"]) == math.ceil((36 + 30 + tune.wall_clock_days + rl_days) / (365.25 / 12))


@pytest.mark.parametrize(("pre", "post", "crossed"), [
    (0.99e25, 0.0, False), (1e25, 0.0, False), (0.95e25, 0.06e25, True), (1.01e25, 0.0, True)])
def test_eu_systemic_risk_threshold_on_each_side_post_training_counted(pre, post, crossed):
    """AI Act Art. 51(2): "greater than 10^25"; Recital 111 counts fine-tuning."""
    status = {c.threshold.id: c for c in compliance.assess(pre, post)}
    assert status["eu_systemic"].crossed is crossed
    assert status["eu_systemic"].ratio == pytest.approx((pre + post) / 1e25)


def test_thresholds_and_their_sources():
    t = {x.id: x for x in compliance.thresholds()}
    assert t["eu_gpai"].threshold_flop == 1e23 and "C(2025) 5045" in t["eu_gpai"].source
    assert t["eu_systemic"].threshold_flop == 1e25 and "Art. 51(2)" in t["eu_systemic"].source
    assert t["ca_sb53"].threshold_flop == 1e26 and "22757.11" in t["ca_sb53"].source
    assert all(x.counts_post_training for x in t.values())
    status = {c.threshold.id: c.crossed for c in compliance.assess(9.9e25, 0.2e25)}
    assert status == {"eu_gpai": True, "eu_systemic": True, "ca_sb53": True}
    status = {c.threshold.id: c.crossed for c in compliance.assess(9.9e25, 0.0)}
    assert status["ca_sb53"] is False


def test_the_plan_json_has_the_programme_and_serving_objects():
    s = replace(seventy_b(), programme=Programme()).validated()
    d = json.loads(json.dumps(engine.plan(s).to_dict()))
    for key in ("total_compute_flop", "total_cost", "total_energy_mwh", "stages", "cash_flow_monthly", "compliance"):
        assert key in d["programme"]
    for key in ("flop_per_day", "accelerators", "energy_mwh", "cost", "bound"):
        assert key in d["serving"]
    assert d["documentation"]["compute_flop"] == pytest.approx(d["programme"]["model_training_flop"])
    assert [st["id"] for st in d["programme"]["stages"]] == ["development", "pretraining", "tuning", "rl", "serving"]


def test_old_files_have_no_programme_and_write_no_new_sections():
    s = engine.default_scenario()
    d = engine.plan(s).to_dict()
    assert d["programme"] is None and d["serving"] is None and "documentation" not in d
    assert "programme" not in to_dict(s) and "serving" not in to_dict(s)
    again = engine.loads(engine.dumps(replace(s, serving=Serving())))
    assert again.serving == Serving() and again.programme is None


def test_serving_gives_the_inference_tokens_of_inference_aware_sizing():
    s = engine.default_scenario()
    s = replace(s, model=replace(s.model, objective="target_loss", target_loss=2.0))
    served = replace(s, serving=Serving(queries_per_day=1e7, tokens_per_query=2000.0, months=24.0)).validated()
    tokens = 1e7 * 2000 * 24 * 365.25 / 12
    same = replace(s, model=replace(s.model, inference_tokens=tokens)).validated()
    a, b = engine.plan(served), engine.plan(same)
    assert a.inference_tokens == pytest.approx(tokens)
    assert a.n_params == pytest.approx(b.n_params) and a.n_params < engine.plan(s).n_params  # smaller to serve


def test_think_or_grow_passes_through_the_plan_and_thinking_longer_costs_more_below_it():
    s = replace(seventy_b(reasoning_share=0.8), programme=Programme()).validated()
    p = engine.plan(s)
    t = think_or_grow(p)
    mid = len(t.n_params) // 2
    assert t.n_params[mid] == pytest.approx(p.n_params)
    for row in t.total_cost:  # every exchange rate agrees at the plan itself
        assert row[mid] == pytest.approx(p.programme.total_cost, rel=1e-9)
    assert t.rates == EXCHANGE_RATE_BAND
    # a tenth the size saves 2 decades of training: needs 2/r decades more test-time compute per answer
    for r, tokens in zip(t.rates, t.tokens_per_query, strict=True):
        assert tokens[0] == pytest.approx(1000 * 10 * 10 ** (2 / r))
        assert tokens[-1] == pytest.approx(200)  # ten times the size: down to the answer itself
    assert np.all(np.diff(t.tokens_per_query[1]) <= 1e-9)  # larger models think less


def test_documentation_counts_the_model_not_the_experiments():
    s = replace(base(), programme=Programme()).validated()
    p = engine.plan(s)
    doc = documentation(p)
    assert doc.compute_flop == pytest.approx(p.programme.model_training_flop)
    stages = [p.programme.stage(i) for i in ("pretraining", "tuning", "rl")]
    assert doc.energy_mwh == pytest.approx(sum(st.energy_mwh for st in stages))
    assert doc.wall_clock_days == pytest.approx(sum(st.wall_clock_days for st in stages))


def test_findings_the_programme_over_budget_and_a_threshold_crossed_by_post_training():
    s = base(budget=5e6)  # the run: 1,024 × 720 h × $2.95 = $2.17M fits; development 1.2× does not
    s = replace(s, programme=Programme()).validated()
    p = engine.plan(s)
    f = {x.code: x for x in p.findings}
    assert "budget.exceeded" not in f and f["programme.over_budget"].severity == "error"
    assert f["programme.over_budget"].values["total"] == pytest.approx(p.programme.total_cost)
    # 9.6e24 FLOP of pre-training (under 10²⁵) + 10% RL: over it, only with post-training
    run = replace(s, cluster=replace(s.cluster, count=10400), money=replace(s.money, budget=None)).validated()
    p = engine.plan(run)
    assert p.training_flop < 1e25 < p.programme.model_training_flop
    f = [x for x in p.findings if x.code == "compliance.post_training"]
    assert len(f) == 1 and "10²⁵" in f[0].message and "two weeks" in f[0].fix


@settings(max_examples=60, deadline=None)
@given(dev=st.floats(0, 100), tune=st.floats(0, 1), rl=st.floats(0, 1), queries=st.floats(1, 1e12),
       tokens=st.floats(1, 1e5), months=st.floats(0.03, 240), count=st.integers(1, 100_000))
def test_programme_properties(dev, tune, rl, queries, tokens, months, count):
    """Whatever the stages and the load: the cash flow adds up to the programme, the programme costs at
    least its final run, serving rounds up to whole copies of the weights, and more queries never need fewer
    accelerators."""
    s = replace(base(), programme=Programme(development_multiple=dev, tuning_share=tune, rl_share=rl,
                                            post_training_count=count),
                serving=Serving(queries_per_day=queries, tokens_per_query=tokens, months=months)).validated()
    p = engine.plan(s)
    prog = p.programme
    months_drawn = len(prog.cash_flow[0][1])
    if months_drawn < 240:  # the whole programme drawn
        assert sum(sum(v) for _, v in prog.cash_flow) == pytest.approx(prog.total_cost, rel=1e-9)
    assert prog.total_cost >= p.total_cost * (1 - 1e-12)
    sv = p.serving
    assert sv.accelerators % sv.replica_accelerators == 0 and sv.accelerators >= sv.replica_accelerators
    more = engine.plan(replace(s, serving=replace(s.serving, queries_per_day=min(queries * 2, 1e13))))
    assert more.serving.accelerators >= sv.accelerators


def test_a_bought_cluster_serves_after_training_and_carries_its_hours():
    """Served on the cluster's own accelerator at its price, serving runs on the bought cluster after
    training: the purchase is the most any stage uses, the depreciation every stage's hours on it."""
    s = replace(base(cost_basis="purchased", purchase_price_per_accelerator=30000.0),
                programme=Programme(), serving=Serving(queries_per_day=1e9)).validated()
    p = engine.plan(s)
    prog, hourly = p.programme, p.accelerator_hour_price
    serving = prog.stage("serving")
    assert serving.accelerators > 1024  # a billion queries a day need more than the training cluster
    assert prog.capital_outlay == pytest.approx(serving.accelerators * 30000 * 1.235)
    assert prog.depreciation_carried == pytest.approx(sum(st.accelerator_hours for st in prog.stages) * hourly)
    rented = replace(s, serving=replace(s.serving, accelerator="h200-sxm")).validated()  # a rental elsewhere
    prog = engine.plan(rented).programme
    assert prog.capital_outlay == pytest.approx(1024 * 30000 * 1.235)
    assert prog.depreciation_carried == pytest.approx(
        sum(st.accelerator_hours for st in prog.stages if st.id != "serving") * hourly)


def test_a_prompt_is_read_compute_bound_before_the_answer_by_hand():
    """2,000 prompt tokens: 2 × 70e9 × 2,000 / (2 × 989.4e12 × 0.6) = 0.236 s of a replica per query, plus
    1,000 tokens × 34.8 ms / 64 = 0.544 s of decoding: 0.780 replica-seconds a query; 11.57 queries/s need 9.03
    replicas on average, 19 at twice that: 38 H100."""
    sv = engine.plan(seventy_b(prompt_tokens=2000.0)).serving
    prefill = 2 * 70e9 * 2000 / (2 * 989.4e12 * 0.6)
    decode = 1000 * (70e9 * 2 / (2 * 3.35e12) / 0.6) / 64
    replicas = math.ceil(2 * 1e6 / 86400 * (prefill + decode))
    assert replicas == 19 and sv.accelerators == 2 * replicas
    assert sv.flop_per_day == pytest.approx(2 * 70e9 * 1e6 * 3000)
    s = seventy_b(prompt_tokens=2000.0)
    assert engine.plan(s).inference_tokens == pytest.approx(1e6 * 3000 * 365.25)
