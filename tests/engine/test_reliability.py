"""Can the cluster finish the run (issue 15): goodput from failures, batch limits, facility power and the walls
of scale — each against a hand computation, its source cited."""

import math
from dataclasses import replace
from pathlib import Path

import pytest

import engine
from engine import reliability as rel
from engine.alternatives import alternatives
from engine.scenario import Reliability
from tests.engine.builders import scenario

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def llama(**reliability):
    s = engine.load(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json")
    return replace(s, schedule=replace(s.schedule, reliability=Reliability(**reliability)))


def codes(p):
    return {f.code for f in p.findings}


def test_default_mtbf_is_llama_3s_interruption_rate():
    """Llama 3 (arXiv 2407.21783, §3.3.4): 419 unexpected interruptions in a 54-day snapshot on 16,384 GPUs:
    one every 54 × 24 / 419 = 3.09 h for the cluster, 50,677 h per GPU."""
    assert rel.MTBF_HOURS_PER_ACCELERATOR == pytest.approx(54 * 24 * 16384 / 419)
    f = rel.failures(16384, 54.0)
    assert f.cluster_mtbf_hours == pytest.approx(54 * 24 / 419)
    assert f.interruptions == pytest.approx(419)


def test_youngs_interval_and_waste_by_hand():
    """Young 1974: τ = √(2δM); waste = δ/τ + (τ/2 + R)/M = √(2δ/M) + R/M. M = 60 min, δ = 1, R = 6:
    τ = √120 = 10.95 min, waste = 0.1826 + 0.1 = 0.2826."""
    f = rel.failures(count=1, days=1, mtbf_hours_per_accelerator=1.0, checkpoint_minutes=1.0, restart_minutes=6.0)
    assert f.checkpoint_interval_minutes == pytest.approx(math.sqrt(120))
    assert f.waste == pytest.approx(math.sqrt(2 / 60) + 0.1)
    tau = math.sqrt(120)
    assert f.waste == pytest.approx(1 / tau + (tau / 2 + 6) / 60)  # the same, term by term


def test_llama_405b_goodput_from_reliability_is_above_90_and_below_99():
    """The published "higher than 90% effective training time" (§3.3.4), with the calibrated defaults."""
    p = engine.plan(llama())
    assert 0.90 < p.goodput < 0.99
    assert "schedule.failures" not in codes(p)
    assert p.to_dict()["goodput"] == p.goodput


def test_goodput_falls_as_the_cluster_grows_and_typed_goodput_is_as_before():
    g = [engine.plan(replace(llama(), cluster=replace(llama().cluster, count=n))).goodput
         for n in (1024, 16384, 131072)]
    assert g[0] > g[1] > g[2]
    typed = engine.load(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json")
    assert engine.plan(typed).goodput == 0.9 and engine.plan(typed).failure_waste is None
    big = engine.plan(replace(llama(), cluster=replace(llama().cluster, count=131072)))
    assert "schedule.failures" in codes(big)


def test_empty_reliability_object_means_the_defaults():
    d = engine.scenario.to_dict(engine.default_scenario())
    d["schedule"]["reliability"] = {}
    s = engine.scenario.from_dict(d)
    assert s.schedule.reliability == Reliability()
    with pytest.raises(engine.ScenarioError) as err:
        d["schedule"]["reliability"] = {"mtbf": 5}
        engine.scenario.from_dict(d)
    assert err.value.path == "schedule.reliability.mtbf"


def test_batch_law_reproduces_deepseek_llm_7b():
    """DeepSeek LLM (arXiv 2401.02954) eq. 1, B_opt = 0.2920·C^0.3271: its 7B (M ≈ 4.23e10 FLOP/token, 2 T
    tokens, C ≈ 8.46e22) gets 9.2 M tokens; Table 2 trained it on 2,304 × 4,096 = 9.4 M."""
    assert rel.optimal_batch_tokens(8.46e22) == pytest.approx(9.2e6, rel=0.02)
    assert rel.optimal_batch_tokens(8.46e22) == pytest.approx(2304 * 4096, rel=0.03)


def test_a_million_h100_for_72_minutes_on_120b_is_flagged_2048_for_60_days_is_not():
    fast = engine.plan(scenario(cluster={"count": 1_000_000}, schedule={"days": 0.05},
                                model={"objective": "fixed_params", "n_params": 1.2e11}))
    assert "parallel.batch_limit" in codes(fast)
    assert fast.max_useful_accelerators < 1_000_000
    by_hand = int(rel.optimal_batch_tokens(fast.training_flop) // 4096) * fast.tensor_parallel * fast.pipeline_parallel
    assert fast.max_useful_accelerators == by_hand
    assert fast.optimizer_steps == pytest.approx(fast.n_tokens / fast.batch_tokens)
    slow = engine.plan(scenario(cluster={"count": 2048}, schedule={"days": 60},
                                model={"objective": "fixed_params", "n_params": 1.2e11}))
    assert "parallel.batch_limit" not in codes(slow)


def test_power_cap_of_10_mw_flags_16384_h100_and_allows_8192():
    """16,384 × 700 W × PUE 1.2 (host overhead 1.0) = 13.76 MW > 10 MW; 8,192 draw 6.88 MW; the cap allows
    ⌊10 MW / 840 W⌋ = 11,904."""
    big = engine.plan(scenario(cluster={"count": 16384}, energy={"cap_mw": 10.0}))
    assert big.peak_power_mw == pytest.approx(16384 * 700 * 1.2 / 1e6)
    f = [f for f in big.findings if f.code == "energy.power_cap_exceeded"]
    assert f and f[0].values["largest"] == 11904 and "11,904" in f[0].fix
    small = engine.plan(scenario(cluster={"count": 8192}, energy={"cap_mw": 10.0}))
    assert "energy.power_cap_exceeded" not in codes(small)


def test_walls_of_scale():
    """Erdil & Schneider-Joseph 2024 (arXiv 2411.01137), three-month runs: data movement lowers utilisation
    beyond ~1e28 FLOP; beyond ~1e31 a run is infeasible."""
    def at(flop):
        return codes(engine.plan(scenario(model={"objective": "fixed_run", "n_params": 1e13,
                                                 "n_tokens": flop / 6e13}, cluster={"count": 10_000_000})))
    assert "compute.data_movement_wall" not in at(5e27)
    assert "compute.data_movement_wall" in at(5e28)
    assert "compute.latency_wall" in at(5e31) and "compute.data_movement_wall" not in at(5e31)


def test_alternatives_run_the_same_model_and_tokens_within_the_limits():
    rows = alternatives(engine.load(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json"))
    assert 2 <= len(rows) <= 7
    counts = [a.count for a in rows]
    assert counts == sorted(counts) and 16384 in counts
    for a in rows:
        assert a.plan.n_params == 405e9 and a.plan.n_tokens == 15.6e12
        assert a.days <= engine.planner.OUTPACED_DAYS
        assert not codes(a.plan) & {"parallel.batch_limit", "memory.infeasible", "energy.power_cap_exceeded"}
        assert a.plan.failure_waste is not None  # goodput modelled, even where the scenario typed it
    days = [a.days for a in rows]
    assert days == sorted(days, reverse=True)
    # a cap of 20 MW keeps every alternative under it
    capped = engine.load(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json")
    capped = replace(capped, energy=replace(capped.energy, cap_mw=20.0))
    assert all(a.peak_power_mw <= 20.0 for a in alternatives(capped))


def test_durations_read_in_the_unit_that_keeps_them_short():
    from engine.fmt import duration

    assert [duration(d) for d in (12.4, 0.13, 0.0007, 3e-6)] == ["12.4 days", "3.12 hours", "1.01 minutes",
                                                                 "under a second"]
    assert duration(0.13, "ja") == "3.12時間"


def test_a_batch_limit_on_one_accelerator_says_a_single_one_helps():
    p = engine.plan(scenario(cluster={"count": 64}, model={"objective": "fixed_run", "n_params": 1e6,
                                                           "n_tokens": 1e7, "context_tokens": 100_000}))
    f = [f for f in p.findings if f.code == "parallel.batch_limit"]
    assert p.max_useful_accelerators == 1 and f and "Only a single accelerator helps." in f[0].message
