"""Invariants over random laws and budgets (hypothesis)."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import engine
from engine.laws import (
    ParametricLaw,
    effective_tokens,
    min_lifetime_compute,
    optimal_allocation,
    repetitions_for_effective,
)
from engine.presets import presets

laws = st.builds(
    lambda e, a, b, al, be: ParametricLaw(id="t", name="t", E=e, A=a, B=b, alpha=al, beta=be),
    st.floats(0.5, 3.0), st.floats(10.0, 5000.0), st.floats(10.0, 5000.0),
    st.floats(0.1, 0.8), st.floats(0.1, 0.8))
computes = st.floats(1e17, 1e28)


@given(laws, computes, st.floats(-0.5, 0.5).filter(lambda x: abs(x) > 1e-3))
def test_closed_form_optimum_minimises_loss_on_isoflop(law, c, log_step):
    n = law.optimal_n_params(c)
    d = law.optimal_n_tokens(c)
    assert 6 * n * d == pytest.approx(c, rel=1e-9)           # on the isoFLOP line
    n2 = n * 10**log_step
    assert law.loss(n, d) <= law.loss(n2, c / (6 * n2)) + 1e-12
    assert law.optimal_loss(c) == pytest.approx(law.loss(n, d), rel=1e-10)


@given(laws, computes)
def test_compute_for_loss_inverts_optimal_loss(law, c):
    assume(law.optimal_loss(c) - law.E > 1e-9)
    assert law.compute_for_loss(law.optimal_loss(c)) == pytest.approx(c, rel=1e-6)


@given(laws, st.floats(1e6, 1e13), st.floats(1e8, 1e15))
def test_tokens_for_loss_inverts_loss(law, n, d):
    target = float(law.loss(n, d))
    assume(target - law.E - law.A * n ** -law.alpha > 1e-9 * target)
    assert law.tokens_for_loss(n, target) == pytest.approx(d, rel=1e-5)


@given(laws, computes, st.floats(1.01, 100.0))
def test_more_compute_lower_loss_bigger_model(law, c, factor):
    assert law.optimal_loss(c * factor) < law.optimal_loss(c)
    assert law.optimal_n_params(c * factor) > law.optimal_n_params(c)
    assert law.optimal_n_tokens(c * factor) > law.optimal_n_tokens(c)


@settings(max_examples=60, deadline=None)
@given(st.floats(1e19, 1e25), st.floats(1e9, 1e13), st.floats(-0.3, 0.3).filter(lambda x: abs(x) > 1e-3))
def test_data_constrained_optimum_is_the_minimum(c, unique, log_step):
    law = presets()["muennighoff-2023"]
    n, d, loss = (float(v) for v in optimal_allocation(law, c, unique, refine=True))
    assert 6 * n * d == pytest.approx(c, rel=1e-9)
    assert loss == pytest.approx(float(law.loss(n, d, unique)), rel=1e-12)
    n2 = n * 10**log_step
    assert loss <= float(law.loss(n2, c / (6 * n2), unique)) + 1e-9
    # never better than with unlimited fresh data
    assert loss >= float(law.optimal_loss(c)) - 1e-12


@given(st.floats(1.0, 1e3))
def test_effective_tokens_inverse_round_trips(epochs):
    eff = float(effective_tokens(epochs, 1.0))
    assert eff <= epochs + 1e-12
    if eff < 1 + 15.387756 - 1e-6:
        assert repetitions_for_effective(eff) == pytest.approx(epochs, rel=1e-6)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["epoch-2024", "chinchilla-2022", "kaplan-2020"]), st.floats(1e20, 1e26),
       st.floats(0.0, 1e14))
def test_inference_aware_never_costs_more_lifetime_compute(law_id, c, d_inf):
    law = presets()[law_id]
    target = float(law.optimal_loss(c))
    n0, d0 = float(law.optimal_n_params(c)), float(law.optimal_n_tokens(c))
    n, d = min_lifetime_compute(law, target, d_inf)
    assert float(law.loss(n, d)) == pytest.approx(target, abs=1e-6)
    if law_id != "kaplan-2020":  # kaplan's allocation rule is not the L(N, D) optimum (see planner)
        assert 6 * n * d + 2 * n * d_inf <= (6 * n0 * d0 + 2 * n0 * d_inf) * (1 + 1e-6)
    if d_inf > 0 and law_id != "kaplan-2020":
        assert n <= n0 * (1 + 1e-6)  # serving many tokens favours a smaller model trained longer


@settings(max_examples=50, deadline=None)
@given(st.floats(1.0, 300.0), st.floats(1.01, 4.0), st.integers(1, 100_000))
def test_plan_monotone_in_budget(days, factor, count):
    s = engine.default_scenario().with_changes("cluster.count", count).with_changes("schedule.days", days)
    a = engine.plan(s)
    b = engine.plan(s.with_changes("schedule.days", min(days * factor, 3650.0)))
    assume(b.wall_clock_days > a.wall_clock_days)
    assert b.compute_flop > a.compute_flop
    assert b.loss <= a.loss + 1e-12
    assert b.total_cost > a.total_cost and b.energy_mwh > a.energy_mwh and b.co2_t > a.co2_t
