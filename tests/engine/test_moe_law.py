"""Joint MoE scaling law (Ludziejewski et al. 2025, arXiv:2502.05172) against the numbers the paper prints.

Tolerances: the paper prints its Table 3 constants to 4 decimals and its Tables 1/4 from unrounded ones, so
the law with the printed constants reproduces Table 4's m, n to 0.3 % and μ, ν to 2e-4, and Table 1's
allocations (printed to 2–3 significant figures) to 2.1 %. A wrong sign, a wrong Ê or a wrong optimum misses
these by far more (e.g. the dense model without Ê = E_start changes m by 18 %).
"""

import numpy as np
import pytest

from engine import moe_law as ml

# -- Table 4: the law reduced to Chinchilla's form per E ------------------------------------------------------
TABLE_4 = {  # E: (m, μ, n, ν), c = 1.3637 for every E
    1: (30.3640, -0.1817, 53.9838, -0.1965),
    2: (27.7982, -0.1780, 66.8401, -0.2065),
    4: (24.8462, -0.1731, 87.7022, -0.2192),
    8: (21.8330, -0.1676, 119.9126, -0.2338),
    16: (19.0159, -0.1617, 167.5073, -0.2494),
    32: (16.5424, -0.1557, 234.6726, -0.2652),
}


@pytest.mark.parametrize("experts", sorted(TABLE_4))
def test_table_4_per_expert_coefficients(experts):
    """Table 4 ("fitted coefficients of our joint formula, Equation 6, reduced to the Chinchilla scaling law,
    Equation 2, for a given number of experts"), e.g. E=1: m 30.3640, μ −0.1817, n 53.9838, ν −0.1965;
    E=32: m 16.5424, μ −0.1557, n 234.6726, ν −0.2652; c 1.3637."""
    m, mu, n, nu = ml.chinchilla_coefficients(experts)
    pm, pmu, pn, pnu = TABLE_4[experts]
    assert float(m) == pytest.approx(pm, rel=3e-3)
    assert float(n) == pytest.approx(pn, rel=3e-3)
    assert float(mu) == pytest.approx(pmu, abs=2e-4)
    assert float(nu) == pytest.approx(pnu, abs=2e-4)
    assert ml.JOINT_MOE_2025.irreducible_loss_nats == 1.3637


def test_table_3_constants_as_printed():
    """Table 3: a 35.91, α −0.1889, δ −0.2285, γ 0.0098, b 35.98, β −0.1775, ω 0.5529, ζ −0.0259,
    E_start 2.0732, E_max 290.4521, c 1.3637; and Ê(1) = E_start by eq. 4."""
    k = ml.JOINT_MOE_2025
    assert (k.a, k.alpha, k.delta, k.gamma) == (35.91, -0.1889, -0.2285, 0.0098)
    assert (k.b, k.beta, k.omega, k.zeta) == (35.98, -0.1775, 0.5529, -0.0259)
    assert (k.e_start_experts, k.e_max_experts, k.irreducible_loss_nats) == (2.0732, 290.4521, 1.3637)
    assert float(ml.e_hat(1)) == pytest.approx(2.0732, rel=1e-12)
    assert float(ml.e_hat(1e12)) == pytest.approx(290.4521, rel=1e-6)


# -- Table 1: compute-optimal configurations ---------------------------------------------------------------------
TABLE_1 = {  # budget FLOP: {E: (N_act_opt, D_opt)}
    1e20: {1: (1.7e9, 9.7e9), 2: (1.5e9, 11.4e9), 4: (1.2e9, 13.9e9), 8: (990e6, 17e9), 16: (810e6, 20.7e9),
           32: (669e6, 24.9e9)},
    1e21: {1: (5.7e9, 29.3e9), 2: (5e9, 33e9), 4: (4.4e9, 38e9), 8: (3.8e9, 44.3e9), 16: (3.3e9, 51.2e9),
           32: (2.85e9, 58.4e9)},
    1e22: {1: (18.8e9, 88.6e9), 2: (17.4e9, 96e9), 4: (15.8e9, 105.4e9), 8: (14.4e9, 115.8e9),
           16: (13.2e9, 126.5e9), 32: (12.2e9, 136.9e9)},
}
CASES_1 = [(c, e, *nd) for c, row in TABLE_1.items() for e, nd in row.items()]


@pytest.mark.parametrize(("compute", "experts", "n_printed", "d_printed"), CASES_1)
def test_table_1_compute_optimal_configurations(compute, experts, n_printed, d_printed):
    """Table 1 ("example compute-optimal training configurations for MoE models"), e.g. 1e20 FLOP: E=1
    1.7B / 9.7B tokens, E=32 669M / 24.9B; 1e22 FLOP: E=1 18.8B / 88.6B, E=32 12.2B / 136.9B."""
    n, d, _ = ml.compute_optimal(compute, experts)
    assert float(n) == pytest.approx(n_printed, rel=0.025)
    assert float(d) == pytest.approx(d_printed, rel=0.025)


def test_finding_1_more_experts_more_tokens_per_parameter():
    """Finding 1 / Table 1: at a fixed budget more experts → fewer active parameters, more tokens."""
    for compute in TABLE_1:
        n, d, _ = ml.compute_optimal(compute, np.array([1, 2, 4, 8, 16, 32]))
        assert np.all(np.diff(n) < 0) and np.all(np.diff(d) > 0)


def test_finding_2_more_experts_lower_compute_optimal_loss():
    """Finding 2: 'for a given compute budget, increasing the number of experts always improves performance,
    provided the size of the model and the number of training tokens are adjusted'."""
    e = np.array([1, 2, 4, 8, 16, 32, 64, 256])
    for compute in (1e19, 1e21, 1e23, 1e25):
        assert np.all(np.diff(ml.compute_optimal(compute, e)[2]) < 0)


def test_rule_of_thumb_section_4_5():
    """§4.5: 'a compute-optimal 1.1B model trained for 8B tokens will have worse loss than either a 2-expert,
    1.1B total parameters MoE model trained on 16B tokens or a 4-expert, 1.1B total parameters MoE model
    trained on 32B tokens'. The 1.1B-total MoEs are Appendix E's: E=2 with 709M active, E=4 with 426M."""
    dense = ml.loss_nats(1.1e9, 8e9)
    e2 = ml.loss_nats(709e6, 16e9, 2)
    e4 = ml.loss_nats(426e6, 32e9, 4)
    assert dense > e2 > e4


# -- properties ------------------------------------------------------------------------------------------------------
def test_loss_decreases_in_parameters_and_tokens():
    n = np.logspace(8, 11, 7)
    d = np.logspace(9, 13, 9)
    for e in (1, 8, 32):
        assert np.all(np.diff(ml.loss_nats(n, 1e11, e)) < 0)
        assert np.all(np.diff(ml.loss_nats(1e9, d, e)) < 0)
        assert np.all(ml.loss_nats(n, 1e11, e) > ml.JOINT_MOE_2025.irreducible_loss_nats)


def test_more_experts_lower_loss_at_fixed_active_size():
    """Appendix E trains 321M-active models with E = 1…32 up to 16B tokens; there the law orders them."""
    loss = ml.loss_nats(321e6, 16e9, np.array([1, 2, 4, 8, 16, 32]))
    assert np.all(np.diff(loss) < 0)


def test_observations_2_and_3_of_section_3():
    """§3: the benefit of an MoE shrinks as N_act grows at fixed D (γ > 0) and grows with D at fixed N_act (ζ < 0)."""
    gain = lambda n, d: ml.loss_nats(n, d, 1) - ml.loss_nats(n, d, 8)  # noqa: E731
    assert gain(100e6, 50e9) > gain(1e9, 50e9) > gain(10e9, 50e9)
    assert gain(500e6, 5e9) < gain(500e6, 50e9) < gain(500e6, 500e9)


def test_compute_optimal_spends_the_budget():
    c = np.logspace(18, 26, 9)
    for cfg in ((1, 1, 0), (8, 1, 0), (256, 8, 1)):
        n, d, loss = ml.compute_optimal(c, *cfg)
        np.testing.assert_allclose(6 * n * d, c, rtol=1e-12)
        np.testing.assert_allclose(loss, ml.loss_nats(n, d, *cfg), rtol=1e-12)
        # and it is the minimum along the budget
        for f in (0.8, 1.25):
            assert np.all(ml.loss_nats(n * f, d / f, *cfg) > loss)


def test_compute_multiplier_dense_is_one_and_moe_above_one():
    assert float(ml.compute_multiplier(1e22, 1)) == pytest.approx(1.0, abs=1e-9)
    assert float(ml.compute_multiplier(1e22, 0)) == pytest.approx(1.0, abs=1e-9)  # no routed experts: dense
    ds_v3 = ml.compute_multiplier(3.3e24, 256, 8, 1)  # DeepSeek-V3: 256 routed, 8 active, 1 shared
    assert 2.0 < float(ds_v3) < 10.0
    mult = ml.compute_multiplier(1e21, np.array([1, 2, 4, 8, 16, 32]))
    assert mult[0] == pytest.approx(1.0, abs=1e-9) and np.all(np.diff(mult) > 0)


def test_compute_multiplier_matches_the_dense_loss():
    c = np.array([1e19, 1e21, 1e23])
    mult = ml.compute_multiplier(c, 32)
    dense = ml.compute_optimal(c * mult, 1)[2]
    np.testing.assert_allclose(dense, ml.compute_optimal(c, 32)[2], rtol=1e-10)
    # the printed example of Figure 2(b): '40 % savings at 1e20 FLOPs' lies inside the E = 2…32 range
    savings = 1 - 1 / ml.compute_multiplier(1e20, np.array([2, 32]))
    assert savings[0] < 0.40 < savings[1]


def test_dense_loss_ratio():
    r = ml.dense_loss_ratio(1e21, np.array([1, 8, 32]))
    assert r[0] == pytest.approx(1.0, abs=1e-12) and np.all(np.diff(r) < 0) and r[-1] > 0


def test_effective_experts_mapping():
    assert float(ml.effective_experts(0)) == 1.0 and float(ml.effective_experts(1)) == 1.0
    assert float(ml.effective_experts(8)) == 8.0  # top-1, as in the paper: E itself
    assert float(ml.effective_experts(8, 2)) == 4.0  # Mixtral: 8 experts, 2 active
    assert float(ml.effective_experts(256, 8, 1)) == pytest.approx(257 / 9)  # DeepSeek-V3
    with pytest.raises(ValueError):
        ml.effective_experts(4, 8)
    with pytest.raises(ValueError):
        ml.loss_nats(0.0, 1e9)


def test_extrapolation_decades():
    r = ml.FITTED_RANGE
    assert float(ml.extrapolation_decades(321e6, 16e9)) == 0.0
    assert float(ml.extrapolation_decades(r.n_params_active_max, r.n_tokens_max)) == 0.0
    assert float(ml.extrapolation_decades(27e9, 16e9)) == pytest.approx(1.0)
    assert float(ml.extrapolation_decades(1e9, 8e12)) == pytest.approx(2.0)
    assert float(ml.extrapolation_decades(7.9e6, 1e9)) == pytest.approx(1.0)
    assert float(ml.extrapolation_decades(1e9, 1e10, 320.0)) == pytest.approx(1.0)
    out = ml.extrapolation_decades(np.array([1e9, 1e12]), np.array([1e10, 1e10]))
    assert out[0] == 0.0 and out[1] == pytest.approx(np.log10(1e12 / 2.7e9))


def test_metadata_names_the_source():
    assert "2502.05172" in ml.MOE_LAW_SOURCE and "Table 3" in ml.MOE_LAW_SOURCE and "eq. 6" in ml.MOE_LAW_SOURCE
    assert ml.MOE_LAW_ID and ml.MOE_LAW_NAME
