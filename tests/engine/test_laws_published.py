"""Scaling-law formulas against the papers' own numbers (each test names its table or equation)."""

import numpy as np
import pytest

from engine.laws import effective_tokens, optimal_allocation
from engine.presets import presets


@pytest.fixture(scope="module")
def laws():
    return presets()


def test_chinchilla_rounded_optimum_at_1e21(laws):
    # Hoffmann et al. 2022 eq. (10) closed form with the paper's rounded constants (reference/README.md).
    law = laws["chinchilla-2022"]
    assert law.optimal_n_params(1e21) == pytest.approx(1.824e9, rel=1e-3)
    assert law.optimal_n_tokens(1e21) == pytest.approx(9.136e10, rel=1e-3)
    assert law.optimal_loss(1e21) == pytest.approx(2.3289, abs=1e-4)
    assert law.G == pytest.approx(1.3447, abs=2e-4)  # scaling_laws.csv G_closed_form


def test_epoch_2024_allocation_at_1e26(laws):
    # Besiroglu et al. 2024 Table 1 constants: ~1.018e12 params, ~16 tokens/param at 1e26 FLOP.
    law = laws["epoch-2024"]
    n = law.optimal_n_params(1e26)
    assert n == pytest.approx(1.018e12, rel=1e-3)
    assert law.optimal_n_tokens(1e26) / n == pytest.approx(16.1, abs=0.1)


def test_kaplan_compute_efficient_allocation(laws):
    # Kaplan et al. 2020 Table 6: N_opt = 1.3e9 C^0.73, C in PF-days; 1e21 FLOP = 11.57 PF-days.
    assert laws["kaplan-2020"].optimal_n_params(1e21) == pytest.approx(7.77e9, rel=1e-3)


def test_muennighoff_readme_examples(laws):
    # huggingface/datablations README "Parametric Fit": the two models of Figure 1 (right).
    law = laws["muennighoff-2023"]
    assert law.loss(6.34e9, 242e9, 25e9) == pytest.approx(2.2256440889984477, abs=1e-9)
    assert law.loss(8.67e9, 178e9, 25e9) == pytest.approx(2.2269634075087867, abs=1e-9)


def test_muennighoff_optimal_allocation_readme(laws):
    # Same README: at the compute of 8.67B x 178B with 25B unique tokens the optimum is
    # ~227B tokens (9.1 epochs) and ~6.8B parameters.
    n, d, _ = optimal_allocation(laws["muennighoff-2023"], 6 * 8.67e9 * 178e9, 25e9, refine=True)
    assert float(n) == pytest.approx(6.8e9, rel=0.01)
    assert float(d) == pytest.approx(227e9, rel=0.01)


def test_four_epochs_worth_3_73_fresh():
    # Muennighoff et al. 2023 §3: 4 epochs of repeated data ~ 3.726 epochs of fresh data.
    assert effective_tokens(4.0, 1.0) == pytest.approx(3.726, abs=1e-3)
    assert effective_tokens(16.0, 1.0) == pytest.approx(10.6, abs=0.05)


def test_chinchilla_table3_approach3_consistency(laws):
    # Hoffmann et al. 2022 Table 3 lists approach-3 (params, FLOPs, tokens); the paper's own
    # unrounded fit must give N_opt within 15% of each printed row (the table is rounded).
    rows = [(4.0e8, 2.21e19), (1.0e9, 1.62e20), (1.0e10, 2.46e22), (6.7e10, 1.71e24),
            (1.75e11, 1.26e25), (2.8e11, 3.52e25), (5.2e11, 1.36e26), (1.0e12, 5.65e26)]
    law = laws["chinchilla-2022-unrounded"]
    for n, c in rows:
        assert law.optimal_n_params(c) == pytest.approx(n, rel=0.15), (n, c)


def test_uncertainty_band_contains_central_and_widens(laws):
    law = laws["epoch-2024"]
    widths = []
    for c in (1e20, 1e26):
        n, d = law.optimal_n_params(c), law.optimal_n_tokens(c)
        draws = law.loss_draws(np.array([n]), np.array([d]))
        lo, hi = np.percentile(draws, [2.5, 97.5])
        assert lo < law.loss(n, d) < hi
        widths.append(hi - lo)
    assert widths[0] < 0.1
