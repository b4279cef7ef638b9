"""Energy and money conventions (issue 12): what the hourly price covers, which power the energy counts,
Kaplan's allocation as ScalePlan reads it, and the data-constrained optimum at its floor."""

import json

import numpy as np
import pytest

import engine
from engine.energy import AVERAGE_DRAW_GPU, CHIP_TO_SERVER, convention, server_convention
from engine.planner import SATURATED_LOSS_NATS
from engine.presets import presets
from engine.scenario import from_dict, loads, to_dict
from engine.units import FLOP_PER_PF_DAY
from tests.engine.builders import doc, scenario


# -- what the accelerator-hour price covers ------------------------------------------------------------
def test_a_rental_price_includes_the_power():
    rented = engine.plan(scenario(money={"cost_basis": "rented"}))
    owned = engine.plan(scenario(money={"cost_basis": "owned"}))
    assert rented.energy_mwh == owned.energy_mwh and rented.co2_t == owned.co2_t  # the same electricity
    assert rented.energy_cost == 0.0 and rented.total_cost == rented.accelerator_cost
    assert owned.total_cost == pytest.approx(owned.accelerator_cost + owned.energy_cost, rel=1e-12)
    # on the default: the +4.5 % the energy added on top of a rental price is gone
    assert owned.total_cost / rented.total_cost == pytest.approx(1.047, abs=0.002)


def test_the_default_is_a_rental_as_the_catalogue_prices_are():
    assert engine.default_scenario().money.cost_basis == "rented"
    h100 = engine.catalogue.accelerators()["h100-sxm"]
    assert "cloud on-demand" in h100.price_note  # a rental price, power included


def test_a_file_written_before_the_basis_existed_keeps_its_totals():
    d = doc()
    del d["money"]["cost_basis"]
    old = from_dict(json.loads(json.dumps(d)))
    assert old.money.cost_basis == "owned"  # what such files meant: energy paid on top
    p = engine.plan(old)
    assert p.total_cost == pytest.approx(p.accelerator_cost + p.energy_cost) and p.energy_cost > 0
    assert to_dict(old)["money"]["cost_basis"] == "owned"  # said explicitly once saved again


def test_an_unknown_basis_is_refused_naming_the_field():
    with pytest.raises(engine.ScenarioError) as err:
        loads(json.dumps(doc(money={"cost_basis": "leased"})))
    assert err.value.path == "money.cost_basis" and "leased" in str(err.value)


def test_the_energy_price_is_no_input_of_a_rental():
    from engine.fields import is_used

    assert not is_used(scenario(money={"cost_basis": "rented"}), "energy.price_per_kwh")
    assert is_used(scenario(money={"cost_basis": "owned"}), "energy.price_per_kwh")


# -- which power the energy counts -------------------------------------------------------------------------
def test_epoch_ai_server_convention_numbers():
    """Epoch AI's training-cost model (energy.py): DGX H100 10.2 kW for 8 GPUs of 0.7 kW → 1.82; DGX A100
    6.5 kW / 8 / 0.4 kW → 2.03; GPU servers draw 75 % of their rating on average, TPU servers 43 %."""
    assert CHIP_TO_SERVER["h100"] == pytest.approx(1.82, abs=0.005)
    assert CHIP_TO_SERVER["a100"] == pytest.approx(2.03, abs=0.005)
    assert server_convention("h100-sxm") == (CHIP_TO_SERVER["h100"], 0.75)
    assert server_convention("a100-80gb-sxm")[0] == CHIP_TO_SERVER["a100"]
    assert server_convention("tpu-v3") == (1.47, 0.43)
    assert server_convention("tpu-v5e") == (1.56, 0.43)
    assert server_convention("mi300x") == (1.8, AVERAGE_DRAW_GPU)


def test_the_server_convention_scales_energy_and_is_named():
    tdp = scenario()
    overhead, draw = server_convention("h100-sxm")
    server = scenario(energy={"server_overhead": round(overhead, 3), "average_draw": draw})
    assert convention(tdp) == "tdp" and convention(server) == "server"
    assert convention(scenario(energy={"server_overhead": 1.3})) == "custom"
    ratio = engine.plan(server).energy_mwh / engine.plan(tdp).energy_mwh
    assert ratio == pytest.approx(1.82 * 0.75, rel=2e-3)  # ≈ 1.37× the chip-TDP energy


def test_published_footprints_stay_on_the_tdp_convention():
    """GPT-3, BLOOM, OPT, LLaMA, Llama 3.1 are reproduced (test_planner) with overhead 1 and draw 100 %:
    the defaults."""
    e = engine.default_scenario().energy
    assert (e.server_overhead, e.average_draw) == (1.0, 1.0)


# -- Kaplan: the loss and the tokens of Kaplan's allocation --------------------------------------------------
def test_kaplan_allocation_as_documented():
    """ScalePlan trains Table 6's N_opt = 1.3e9 · C^0.73 (C in PF-days) on D = C / (6N) tokens — so that
    C = 6ND holds for every law and the budget, energy and cost follow — and reports the loss of eq. 1.5,
    L(N, D) with Table 2's constants, at that (N, D). Kaplan et al. 2020's own L(C_min) (eq. 1.3: α = 0.050,
    C_c = 3.1e8 PF-days) and Table 6's D_opt = 2e10 · C^0.27 differ, as printed here: the loss by −11 % to
    +16 % over 10¹⁸ to 10²⁷ FLOP, the tokens by a constant ×0.55."""
    k = presets()["kaplan-2020"]
    c = np.logspace(18, 27, 200)
    c_pf = c / FLOP_PER_PF_DAY
    n = k.optimal_n_params(c)
    assert n[0] == pytest.approx(1.3e9 * c_pf[0] ** 0.73)
    d = k.optimal_n_tokens(c)
    np.testing.assert_allclose(6 * n * d, c, rtol=1e-12)
    ours = k.optimal_loss(c)
    paper = (3.1e8 / c_pf) ** 0.050
    diff = ours / paper - 1
    assert diff.min() == pytest.approx(-0.11, abs=0.005) and diff.max() == pytest.approx(0.16, abs=0.01)
    np.testing.assert_allclose(d / (2e10 * c_pf ** 0.27), 0.554, rtol=2e-3)
    # Shared reference data: at 1e21 FLOP (11.57 PF-days), N_opt ≈ 7.77e9
    assert float(k.optimal_n_params(1e21)) == pytest.approx(7.77e9, rel=2e-3)


# -- the data-constrained optimum at its floor ----------------------------------------------------------------
@pytest.mark.parametrize("count", [1024, 8192])
def test_at_the_floor_more_compute_does_not_help_and_the_tie_goes_to_the_least_compute(count):
    s = scenario(law={"preset": "muennighoff-2023"}, data={"unique_tokens": 1e9}, cluster={"count": count})
    p = engine.plan(s)
    law = s.law.resolve()
    from engine.laws import reachable_loss_floor

    floor = reachable_loss_floor(law, 1e9)
    assert p.loss <= floor + SATURATED_LOSS_NATS
    saturated = [f for f in p.findings if f.code == "data.saturated"]
    assert saturated and "more compute does not help" in saturated[0].message
    assert p.optimal_n_params == p.n_params
    # the same N whatever the budget: the model that reaches the floor with the least compute
    other = engine.plan(s.with_changes("cluster.count", count * 2))
    assert other.n_params == pytest.approx(p.n_params, rel=1e-6)
    share = saturated[0].values["share"]
    assert 0 < share < 1 and share == pytest.approx(saturated[0].values["c_min"] / p.compute_flop)


def test_away_from_the_floor_nothing_changes():
    s = scenario(law={"preset": "muennighoff-2023"}, data={"unique_tokens": 1e11})
    p = engine.plan(s)
    assert not any(f.code == "data.saturated" for f in p.findings)
    assert p.n_params == pytest.approx(p.optimal_n_params)
