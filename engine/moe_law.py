"""Joint MoE scaling law of Ludziejewski et al. 2025 — loss of dense and mixture-of-experts models.

Source: J. Ludziejewski, M. Pióro, J. Krajewski et al., "Joint MoE Scaling Laws: Mixture of Experts Can Be
Memory Efficient", arXiv:2502.05172 (ICML 2025).

The law (eq. 1 = eq. 6)::

    L(N_act, D, Ê) = a · Ê^δ · N_act^(α + γ·ln Ê) + b · Ê^ω · D^(β + ζ·ln Ê) + c

with Ê a saturating transform of the number of experts E (eq. 4, from Clark et al. 2022)::

    1/Ê = 1 / (E − 1 + (1/E_start − 1/E_max)^−1) + 1/E_max

so that Ê = E_start at E = 1 (dense) and Ê → E_max as E → ∞. The constants are the paper's Table 3 (Appendix
B, "Fitted coefficients of our joined formula"), signs as printed: the exponents α, β are negative. For a
fixed E the law is Chinchilla's form ``m·N^μ + n·D^ν + c`` (eq. 5), whose per-E coefficients the paper prints
in Table 4; its compute-optimal allocations are printed in Table 1.

Compute: the paper's own definition, C = 6 · N_act · D training FLOP (§4.1 and Appendix A.2, following
Sardana et al. 2024); routing FLOP are neglected (E ≤ 32, granularity 1). No conversion is needed.

Parameters: N_act counts the *active* parameters **including** the embedding and unembedding matrices
(Appendix A.1, GPT-2 vocabulary of 50,257).

Fitted range (§5 and the Appendix E listing of ~280 runs): active parameters 79M to 2.7B (total up to 5.0B),
training tokens 500M to 80B, E ∈ {1, 2, 4, 8, 16, 32} experts, Switch (top-1) routing with every expert the
size of the dense FFN (granularity 1), tokens per active parameter about 0.36 to 73. The paper itself warns
(Appendix C, Figure 6) that a ratio of ~414 tokens per parameter is outside what its data cover, and limits
its rule of thumb to E ≤ 8 (§4.5). Outside these ranges the law is an extrapolation;
:func:`extrapolation_decades` says how far.

Caveat: the loss is the paper's training loss on FineWeb-Edu with the GPT-2 tokenizer. Absolute losses are
therefore **not** comparable with Chinchilla-family laws (other data, other tokenizer, other parameter
count); only ratios and allocations — the tokens-per-parameter shift with E, the compute multiplier of an
expert configuration over a dense model, relative gains — are meant to transfer to another law.

How a scenario's MoE configuration maps to the law's E (this mapping is ours, not the paper's): the paper's
E is the number of experts of a top-1 MoE whose experts are each as large as the dense FFN, so E is exactly
the ratio of total to active FFN parameters. For a scenario with ``experts`` routed experts of which
``active_experts`` are used per token and ``shared_experts`` always-on experts of the same size, we use the
same ratio, :func:`effective_experts` = (experts + shared) / (active + shared) — e.g. DeepSeek-V3's 256
routed, 8 active, 1 shared gives E ≈ 28.6. The granularity (smaller experts, several active) is not modelled:
the paper leaves fine-grained MoE out (§6) and expects it to add to the benefits, so this mapping likely
understates them (not verified). ``n_params_active`` is N_act; ``n_params_total`` enters only the paper's
memory constraints (§4.2–4.3), not the loss.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

import numpy as np
from numpy.typing import NDArray

from .units import TRAIN_FLOP_PER_PARAM_TOKEN

FloatArray: TypeAlias = NDArray[np.float64]
ArrayLike: TypeAlias = float | FloatArray

MOE_LAW_ID: str = "ludziejewski-2025-joint-moe"
MOE_LAW_NAME: str = "Joint MoE scaling law (Ludziejewski et al. 2025)"
MOE_LAW_SOURCE: str = (
    "Ludziejewski, Pióro, Krajewski et al., 'Joint MoE Scaling Laws: Mixture of Experts Can Be Memory "
    "Efficient', arXiv:2502.05172 (ICML 2025): eq. 6 (= eq. 1) with Ê of eq. 4; constants Table 3 "
    "(Appendix B); compute C = 6·N_act·D (Appendix A.2); checked against Tables 1 and 4."
)


@dataclass(frozen=True)
class JointMoEConstants:
    """Table 3 of arXiv:2502.05172 (signs as printed). Loss terms are in nats per token."""

    a: float = 35.91  #: coefficient of the active-parameter term (nats · param^−α)
    alpha: float = -0.1889  #: exponent of N_act at Ê = 1
    delta: float = -0.2285  #: power of Ê on the parameter term
    gamma: float = 0.0098  #: interaction: N_act exponent = α + γ·ln Ê
    b: float = 35.98  #: coefficient of the token term (nats · token^−β)
    beta: float = -0.1775  #: exponent of D at Ê = 1
    omega: float = 0.5529  #: power of Ê on the token term
    zeta: float = -0.0259  #: interaction: D exponent = β + ζ·ln Ê
    e_start_experts: float = 2.0732  #: Ê at E = 1 (eq. 4)
    e_max_experts: float = 290.4521  #: saturation of Ê as E → ∞ (eq. 4)
    irreducible_loss_nats: float = 1.3637  #: c, the loss floor (FineWeb-Edu, GPT-2 tokenizer)


JOINT_MOE_2025 = JointMoEConstants()


@dataclass(frozen=True)
class FittedRange:
    """What the fit of arXiv:2502.05172 covered (§5, Appendix E listing)."""

    n_params_active_min: float = 79e6
    n_params_active_max: float = 2.7e9
    n_params_total_max: float = 5.0e9
    n_tokens_min: float = 500e6
    n_tokens_max: float = 80e9
    experts_min: float = 1.0
    experts_max: float = 32.0
    #: tokens per active parameter, computed by us from the Appendix E listing (not printed as such)
    tokens_per_active_param_min: float = 0.36
    tokens_per_active_param_max: float = 73.0


FITTED_RANGE = FittedRange()


def effective_experts(experts: ArrayLike, active_experts: ArrayLike = 1,
                      shared_experts: ArrayLike = 0) -> FloatArray:
    """The law's E for a scenario's MoE: (routed + shared) / (active routed + shared); 1 for a dense model.

    ``experts`` ≤ 1 (0 or 1 routed experts) means dense. Shared experts are assumed as large as a routed one.
    """
    e = np.asarray(experts, dtype=float)
    k = np.asarray(active_experts, dtype=float)
    s = np.asarray(shared_experts, dtype=float)
    if np.any(k <= 0) or np.any(s < 0):
        raise ValueError("active_experts must be > 0 and shared_experts ≥ 0")
    dense = e <= 1
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = (e + s) / (k + s)
    if np.any(~dense & (ratio < 1)):
        raise ValueError("active_experts cannot exceed experts")
    out: FloatArray = np.where(dense, 1.0, ratio)
    return out


def e_hat(effective_experts_: ArrayLike, k: JointMoEConstants = JOINT_MOE_2025) -> FloatArray:
    """Ê of eq. 4: E_start at E = 1, increasing, saturating at E_max."""
    e = np.asarray(effective_experts_, dtype=float)
    if np.any(e < 1):
        raise ValueError("the number of experts must be ≥ 1")
    offset = 1.0 / (1.0 / k.e_start_experts - 1.0 / k.e_max_experts)
    out: FloatArray = 1.0 / (1.0 / (e - 1.0 + offset) + 1.0 / k.e_max_experts)
    return out


def chinchilla_coefficients(effective_experts_: ArrayLike, k: JointMoEConstants = JOINT_MOE_2025
                            ) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """(m, μ, n, ν) of eq. 5 for a given E — the law reduced to ``m·N^μ + n·D^ν + c`` (Table 4)."""
    eh = e_hat(effective_experts_, k)
    ln = np.log(eh)
    m = k.a * eh ** k.delta
    mu = k.alpha + k.gamma * ln
    n = k.b * eh ** k.omega
    nu = k.beta + k.zeta * ln
    return m, mu, n, nu


def loss_nats(n_params_active: ArrayLike, n_tokens: ArrayLike, experts: ArrayLike = 1,
              active_experts: ArrayLike = 1, shared_experts: ArrayLike = 0,
              k: JointMoEConstants = JOINT_MOE_2025) -> FloatArray:
    """Training loss (nats/token, the paper's data) of eq. 6; broadcasts over all arguments.

    ``n_params_active`` includes embeddings (Appendix A.1); the expert configuration is mapped to E by
    :func:`effective_experts` (``experts=1`` is the dense model)."""
    n = np.asarray(n_params_active, dtype=float)
    d = np.asarray(n_tokens, dtype=float)
    if np.any(n <= 0) or np.any(d <= 0):
        raise ValueError("parameters and tokens must be > 0")
    m, mu, nn, nu = chinchilla_coefficients(effective_experts(experts, active_experts, shared_experts), k)
    out: FloatArray = m * n ** mu + nn * d ** nu + k.irreducible_loss_nats
    return out


def _optimum(compute_flop: FloatArray, e: FloatArray, k: JointMoEConstants
             ) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Closed-form minimum of m·N^μ + n·(C/6N)^ν (eq. 7, written for negative μ, ν)."""
    m, mu, n, nu = chinchilla_coefficients(e, k)
    p, q = -mu, -nu  # positive decay exponents
    per_token = compute_flop / TRAIN_FLOP_PER_PARAM_TOKEN
    g = (p * m / (q * n)) ** (1.0 / (p + q))
    n_opt = g * per_token ** (q / (p + q))
    d_opt = per_token / n_opt
    loss = m * n_opt ** mu + n * d_opt ** nu + k.irreducible_loss_nats
    return n_opt, d_opt, loss


def compute_optimal(compute_flop: ArrayLike, experts: ArrayLike = 1, active_experts: ArrayLike = 1,
                    shared_experts: ArrayLike = 0, k: JointMoEConstants = JOINT_MOE_2025
                    ) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(N_act, D, loss) minimising the loss at C = 6·N_act·D training FLOP for a fixed expert configuration."""
    c = np.asarray(compute_flop, dtype=float)
    if np.any(c <= 0):
        raise ValueError("compute must be > 0")
    return _optimum(c, effective_experts(experts, active_experts, shared_experts), k)


def dense_loss_ratio(compute_flop: ArrayLike, experts: ArrayLike = 1, active_experts: ArrayLike = 1,
                     shared_experts: ArrayLike = 0, k: JointMoEConstants = JOINT_MOE_2025) -> FloatArray:
    """Reducible loss (L − c) of the compute-optimal MoE over that of the compute-optimal dense model at the
    same compute: 1 for dense, < 1 where the experts help. Reducible, not absolute, loss: c is the paper's."""
    c = np.asarray(compute_flop, dtype=float)
    moe = compute_optimal(c, experts, active_experts, shared_experts, k)[2]
    dense = _optimum(c, np.ones_like(c), k)[2]
    out: FloatArray = (moe - k.irreducible_loss_nats) / (dense - k.irreducible_loss_nats)
    return out


#: Bisection on log10 of the dense compute: the bracket around log10 C and the number of halvings (18 decades
#: / 2**40 ≈ 1.6e-11 decades: exact to far below any printed digit; 100 halvings cost 3.6 ms per MoE plan).
_BRACKET_DECADES: tuple[float, float] = (-6.0, 12.0)
_BISECTIONS: int = 40


def compute_multiplier(compute_flop: ArrayLike, experts: ArrayLike = 1, active_experts: ArrayLike = 1,
                       shared_experts: ArrayLike = 0, k: JointMoEConstants = JOINT_MOE_2025) -> FloatArray:
    """Factor by which a compute-optimal *dense* model's compute must grow (same law, E = 1) to reach the
    compute-optimal loss of this expert configuration at ``compute_flop``: 1 for dense, > 1 where the experts
    help. Bisection in log space, vectorised; inf if the dense model cannot reach it inside the bracket."""
    c = np.asarray(compute_flop, dtype=float)
    target = compute_optimal(c, experts, active_experts, shared_experts, k)[2]
    c, target = np.broadcast_arrays(c, target)
    log_c = np.log10(c)
    lo = log_c + _BRACKET_DECADES[0]
    hi = log_c + _BRACKET_DECADES[1]
    ones = np.ones_like(log_c)

    def dense_loss(log10_c: FloatArray) -> FloatArray:
        return _optimum(10.0 ** log10_c, ones, k)[2]

    reachable = dense_loss(hi) <= target
    for _ in range(_BISECTIONS):  # dense optimal loss decreases with compute
        mid = 0.5 * (lo + hi)
        above = dense_loss(mid) > target
        lo = np.where(above, mid, lo)
        hi = np.where(above, hi, mid)
    out: FloatArray = np.where(reachable, 10.0 ** (0.5 * (lo + hi) - log_c), np.inf)
    return out


def _decades_outside(x: FloatArray, lo: float, hi: float) -> FloatArray:
    lx = np.log10(x)
    out: FloatArray = np.maximum(np.maximum(np.log10(lo) - lx, lx - np.log10(hi)), 0.0)
    return out


def extrapolation_decades(n_params_active: ArrayLike, n_tokens: ArrayLike,
                          effective_experts_: ArrayLike | None = None,
                          fitted: FittedRange = FITTED_RANGE) -> FloatArray:
    """How many decades (log10) the point lies outside the fitted range — the largest over active parameters,
    tokens and, if given, the law's E (see :func:`effective_experts`); 0 when inside."""
    n = np.asarray(n_params_active, dtype=float)
    d = np.asarray(n_tokens, dtype=float)
    out = np.maximum(_decades_outside(n, fitted.n_params_active_min, fitted.n_params_active_max),
                     _decades_outside(d, fitted.n_tokens_min, fitted.n_tokens_max))
    if effective_experts_ is not None:
        e = np.asarray(effective_experts_, dtype=float)
        out = np.maximum(out, _decades_outside(e, fitted.experts_min, fitted.experts_max))
    result: FloatArray = out
    return result
