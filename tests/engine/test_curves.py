"""Curves agree with the planner and with the laws, in one vectorised call each."""

import numpy as np
import pytest

import engine
from engine.curves import ISOFLOP_POINTS, budget_curve, frontier, loss_grid, window_curves
from engine.presets import presets


def test_window_curves_agree_with_the_plan():
    p = engine.plan(engine.default_scenario())
    w = window_curves(p, presets())
    f = w.frontier
    assert f.compute_flop.shape == (256,) and f.loss.shape == (256,)
    # the plan lies on its own frontier (interpolate in log C)
    assert np.interp(np.log(p.compute_flop), np.log(f.compute_flop), f.loss) == pytest.approx(p.loss, abs=1e-3)
    assert np.all(np.diff(f.loss) < 0) and np.all(np.diff(f.n_params) > 0) and np.all(np.diff(f.n_tokens) > 0)
    assert np.all(f.loss_low <= f.loss) and np.all(f.loss <= f.loss_high)
    assert set(w.other_frontiers) == set(presets()) - {"epoch-2024"}
    # isoFLOP at the plan's compute (middle row) has its minimum at the plan's N
    iso = w.isoflop
    assert iso.loss.shape == (3, ISOFLOP_POINTS)
    n_min = iso.n_params[1, np.argmin(iso.loss[1])]
    assert n_min == pytest.approx(p.n_params, rel=0.05)
    assert iso.optimal_loss[1] == pytest.approx(p.loss, rel=1e-9)
    assert w.grid.loss.shape == (128, 128)
    # energy/cost against days is linear and passes through the plan
    assert np.interp(30.0, w.days, w.by_days.energy_mwh) == pytest.approx(p.energy_mwh, rel=1e-6)
    assert np.interp(30.0, w.days, w.by_days.total_cost) == pytest.approx(p.total_cost, rel=1e-6)


def test_data_constrained_frontier_bends_when_data_binds():
    law = presets()["muennighoff-2023"]
    c = np.logspace(20, 25, 64)
    free = frontier(law, c)
    tight = frontier(law, c, unique_tokens=1e11)
    binding = free.n_tokens > 1e11
    assert np.all(tight.loss[binding] > free.loss[binding])
    np.testing.assert_allclose(tight.loss[~binding], free.loss[~binding])


def test_loss_grid_matches_pointwise():
    law = presets()["chinchilla-2022"]
    n = np.logspace(8, 12, 5)
    d = np.logspace(9, 13, 7)
    g = loss_grid(law, n, d)
    assert g.loss.shape == (7, 5)
    assert g.loss[3, 2] == pytest.approx(law.loss(n[2], d[3]))


def test_budget_curve_by_count():
    s = engine.default_scenario()
    b = budget_curve(s, count=np.array([512, 1024, 2048]))
    assert b.compute_flop[2] == pytest.approx(4 * b.compute_flop[0])
    assert b.average_power_mw[1] == pytest.approx(engine.plan(s).average_power_mw)
