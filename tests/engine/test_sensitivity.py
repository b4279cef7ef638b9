"""The tornado: each input moved ±f one at a time, within its allowed range, bars sorted by effect."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import engine
from engine import ScenarioError
from engine.sensitivity import sensitivity


def by_output(tornadoes):
    return {t.output: t for t in tornadoes}


def test_directions_and_sizes_on_the_default_plan():
    t = by_output(sensitivity(engine.default_scenario(), 0.2))
    cost = {b.path: b for b in t["total_cost"].bars}
    # cost = count × hours × price + energy: ±20% on count moves cost by exactly ±20%
    assert cost["cluster.count"].output_high / t["total_cost"].base == pytest.approx(1229 / 1024, rel=1e-9)
    assert cost["money.price_per_accelerator_hour"].output_low < t["total_cost"].base
    loss = {b.path: b for b in t["loss"].bars}
    # more compute, lower loss
    assert loss["cluster.count"].output_high < t["loss"].base < loss["cluster.count"].output_low
    assert "energy.price_per_kwh" not in {b.path for b in t["loss"].bars if b.swing > 0}
    days = {b.path: b for b in t["wall_clock_days"].bars}
    assert days["schedule.days"].output_high == pytest.approx(36.0)


def test_inputs_stay_in_their_allowed_range():
    s = engine.default_scenario().with_changes("schedule.goodput", 0.95)
    bars = {b.path: b for b in by_output(sensitivity(s, 0.5))["loss"].bars}
    assert bars["schedule.goodput"].input_high == 1.0 and bars["schedule.goodput"].input_low == pytest.approx(0.475)
    assert "data.unique_tokens" in bars  # set in the default scenario
    assert "model.n_params" not in bars  # the objective ignores it


def test_range_is_checked():
    with pytest.raises(ScenarioError, match="fraction"):
        sensitivity(engine.default_scenario(), 1.5)


@settings(max_examples=15, deadline=None)
@given(count=st.integers(16, 50_000), days=st.floats(2, 300), f=st.floats(0.05, 0.6))
def test_property_bars_are_sorted_by_effect(count, days, f):
    s = engine.default_scenario().with_changes("cluster.count", count).with_changes("schedule.days", days)
    for t in sensitivity(s, f):
        swings = [b.swing for b in t.bars]
        assert swings == sorted(swings, reverse=True)
        for b in t.bars:
            assert b.input_low <= b.input_base <= b.input_high
