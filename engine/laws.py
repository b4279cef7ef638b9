"""Scaling laws: loss as a function of parameters and tokens, the compute-optimal allocation, inverses.

Every function broadcasts over numpy arrays, so a curve of any length is one vectorised call.

Two families:

* :class:`ParametricLaw` — Hoffmann et al. 2022 (Approach 3) ``L(N, D) = E + A/N^α + B/D^β``, optionally
  with the data-constrained terms of Muennighoff et al. 2023 (``R_D*``, ``R_N*``).
* :class:`KaplanLaw` — Kaplan et al. 2020, ``L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D`` (Table 2) with
  its compute-efficient allocation ``N = 1.3e9 · C_PF-day^0.73`` (Table 6).

Notation: N parameters, D training tokens, U unique tokens, C training FLOP, L loss in nats/token.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Protocol, TypeAlias, runtime_checkable

import numpy as np
from numpy.typing import NDArray

from .optimize import minimize_bounded
from .units import FLOP_PER_PF_DAY
from .units import TRAIN_FLOP_PER_PARAM_TOKEN as K6

#: Arrays of floats, as every curve function returns them (numpy scalars for scalar inputs).
FloatArray: TypeAlias = NDArray[np.float64]
#: What the functions accept: a number or an array (they broadcast).
ArrayLike: TypeAlias = float | FloatArray
#: A law parameter: a number, or a (k, 1) column of k draws (a law standing for its uncertainty draws).
Param: TypeAlias = float | FloatArray

#: Muennighoff et al. 2023 (C4 fit, datablations README "Parametric Fit"): the e-folding number of
#: repetitions after which repeated tokens stop adding value. Used to report effective tokens for every law.
MUENNIGHOFF_R_D_STAR: float = 15.387756

#: Number of parameter draws used for uncertainty bands (fixed seed: the same band every time).
N_UNCERTAINTY_DRAWS: int = 200
_DRAW_SEED: int = 20240416


def effective_tokens(n_tokens: ArrayLike, unique_tokens: ArrayLike,
                     r_d_star: float = MUENNIGHOFF_R_D_STAR) -> FloatArray:
    """Fresh-token equivalent of training on ``n_tokens`` drawn from ``unique_tokens`` (Muennighoff 2023 eq. 5).

    ``D' = U_D + U_D · R_D* · (1 − exp(−R_D / R_D*))`` with ``U_D = min(D, U)`` and ``R_D = D/U_D − 1``.
    """
    d = np.asarray(n_tokens, dtype=float)
    u_d = np.minimum(d, np.asarray(unique_tokens, dtype=float))
    r_d = np.maximum(d / u_d - 1.0, 0.0)
    out: FloatArray = u_d * (1.0 + r_d_star * -np.expm1(-r_d / r_d_star))
    return out


def repetitions_for_effective(effective_over_unique: ArrayLike,
                              r_d_star: float = MUENNIGHOFF_R_D_STAR) -> FloatArray:
    """Inverse of :func:`effective_tokens` in epochs: how many epochs give ``D'/U`` fresh epochs (inf if never)."""
    x = np.asarray(effective_over_unique, dtype=float) - 1.0
    with np.errstate(divide="ignore", invalid="ignore"):
        r = -r_d_star * np.log1p(-x / r_d_star)
    r = np.where(x <= 0, 0.0, np.where(x >= r_d_star, np.inf, r))
    return 1.0 + r


def _pow(x: Param, y: Param) -> Param:
    """``x ** y`` that overflows to inf and divides by zero to inf instead of raising (x > 0).

    Scalars are raised as Python raises floats — bit for bit what a plan computed before (numpy's power
    differs from the C library's in the last bit for ~5 % of arguments); arrays (a law's draws) as numpy."""
    if isinstance(x, (int, float)) and isinstance(y, (int, float)):
        try:
            value: float = float(x) ** float(y)
        except (OverflowError, ZeroDivisionError):
            return math.inf
        return value
    with np.errstate(all="ignore"):
        out: Param = np.power(x, y)
    return out


#: Fewer draws with a finite loss than this at a point, and the band has no ends there.
MIN_BAND_DRAWS: int = 2


def loss_band(draws: FloatArray, level: float = 0.95) -> tuple[FloatArray, FloatArray]:
    """The ends of the central ``level`` band of loss draws (percentiles over axis 0, the draws).

    Draws whose loss is not finite (a bootstrap row at the edge of the law's domain at this N, D) are left
    out; where fewer than :data:`MIN_BAND_DRAWS` remain, the ends are NaN (no band) — never an IndexError on
    an empty array or an infinite end. With every draw finite this is exactly ``np.percentile``."""
    q = [round(50 * (1 - level), 9), round(50 * (1 + level), 9)]  # exactly [2.5, 97.5] for 0.95
    arr = np.asarray(draws, dtype=float)
    finite = np.isfinite(arr)
    if arr.shape[0] >= MIN_BAND_DRAWS and finite.all():
        lo, hi = _percentiles(arr, q)
        return lo, hi
    shape = arr.shape[1:]
    if arr.shape[0] == 0:
        return np.full(shape, np.nan), np.full(shape, np.nan)
    enough = finite.sum(axis=0) >= MIN_BAND_DRAWS
    masked = np.where(finite & enough, arr, np.nan)
    masked[0, ...] = np.where(enough, masked[0, ...], 0.0)  # keep nanpercentile quiet on columns left out
    with np.errstate(all="ignore"):
        lo, hi = np.nanpercentile(masked, q, axis=0)
    return np.where(enough, lo, np.nan), np.where(enough, hi, np.nan)


def _percentiles(arr: FloatArray, q: list[float]) -> list[FloatArray]:
    """``np.percentile(arr, q, axis=0)`` (its default, linear interpolation) bit for bit, from one sort: the
    same virtual index (k − 1)·q/100, the same weight and the same two-sided interpolation as numpy's
    ``_lerp``, without its overhead (most of a plan's time with bands over 1,000 draws). Infinities sort last
    and give an infinite or NaN end where they reach into it."""
    k = arr.shape[0]
    ordered = np.sort(arr, axis=0)
    out = []
    with np.errstate(all="ignore"):
        for x in q:
            v = (k - 1) * (x / 100)
            i = min(math.floor(v), k - 1)
            a, b, t = ordered[i], ordered[min(i + 1, k - 1)], v - i
            diff = b - a
            out.append(b - diff * (1 - t) if t >= 0.5 else a + diff * t)
    return out


@runtime_checkable
class Law(Protocol):
    """What the planner and the plots need from a scaling law."""

    id: str
    name: str
    source: str
    compute_range_flop: tuple[float | None, float | None]

    @property
    def data_constrained(self) -> bool: ...
    @property
    def has_uncertainty(self) -> bool: ...
    @property
    def irreducible_loss(self) -> float: ...
    def loss(self, n_params: ArrayLike, n_tokens: ArrayLike,
             unique_tokens: ArrayLike | None = None) -> FloatArray: ...
    def optimal_n_params(self, compute_flop: ArrayLike) -> FloatArray: ...
    def optimal_n_tokens(self, compute_flop: ArrayLike) -> FloatArray: ...
    def optimal_loss(self, compute_flop: ArrayLike) -> FloatArray: ...
    def compute_for_loss(self, loss: ArrayLike) -> FloatArray: ...
    def tokens_for_loss(self, n_params: ArrayLike, loss: ArrayLike,
                        unique_tokens: ArrayLike | None = None) -> FloatArray: ...
    def loss_draws(self, n_params: ArrayLike, n_tokens: ArrayLike,
                   unique_tokens: ArrayLike | None = None, max_draws: int | None = None) -> FloatArray | None: ...
    def to_dict(self) -> dict[str, Any]: ...


# --------------------------------------------------------------------------------------------------
# Chinchilla-form parametric law
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class ParametricLaw:
    """``L(N, D) = E + A/N^α + B/D^β`` (Hoffmann et al. 2022, eq. 2), optionally data-constrained.

    The parameters may be numpy arrays of shape (k, 1): the law then stands for k draws at once and every
    method returns one row per draw (used for uncertainty bands).
    """

    id: str
    name: str
    E: Param
    A: Param
    B: Param
    alpha: Param
    beta: Param
    r_d_star: float | None = None
    r_n_star: float | None = None
    source: str = ""
    notes: str = ""
    compute_range_flop: tuple[float | None, float | None] = (None, None)
    #: Standard errors of E, A, B, alpha, beta; see :meth:`_draws` for how they become a band.
    se: dict[str, float] | None = None
    #: Bootstrap samples, rows of (E, A, B, alpha, beta); preferred over ``se`` when present.
    samples: FloatArray | None = field(default=None, repr=False)

    # -- closed-form pieces (Hoffmann et al. 2022, App. D.2) --------------------------------------
    @property
    def G(self) -> Param:  # noqa: N802 — the paper's symbol
        """``G = (αA / (βB))^(1/(α+β))``; N_opt = G·(C/6)^a, D_opt = G⁻¹·(C/6)^b.

        At the edge of the law's domain this is 0 or inf (which the planner refuses by name), never an
        OverflowError half-way (:func:`_pow`)."""
        return _pow(self.alpha * self.A / (self.beta * self.B), 1.0 / (self.alpha + self.beta))

    @property
    def a(self) -> Param:
        """Exponent of N_opt in C: β/(α+β)."""
        return self.beta / (self.alpha + self.beta)

    @property
    def b(self) -> Param:
        """Exponent of D_opt in C: α/(α+β)."""
        return self.alpha / (self.alpha + self.beta)

    @property
    def loss_exponent(self) -> Param:
        """γ in L*(C) = E + K·(C/6)^(−γ): αβ/(α+β)."""
        return self.alpha * self.beta / (self.alpha + self.beta)

    @property
    def K(self) -> Param:  # noqa: N802 — the paper's symbol
        """K = A·G^(−α) + B·G^β."""
        g = self.G
        out: Param = self.A * _pow(g, -self.alpha) + self.B * _pow(g, self.beta)
        return out

    @property
    def data_constrained(self) -> bool:
        return self.r_d_star is not None and self.r_n_star is not None

    @property
    def has_uncertainty(self) -> bool:
        return self.samples is not None or bool(self.se)

    @property
    def irreducible_loss(self) -> float:
        return float(self.E)

    # -- forward --------------------------------------------------------------------------------
    def n_params_for_tokens(self, n_tokens: ArrayLike) -> FloatArray:
        """The compute-optimal N for which D is the optimal token count (datablations' ``D_to_N``)."""
        d = np.asarray(n_tokens, dtype=float)
        g = self.G
        return g * (d * g) ** (self.beta / self.alpha)

    def effective_n_params_tokens(self, n_params: ArrayLike, n_tokens: ArrayLike,
                                  unique_tokens: ArrayLike) -> tuple[FloatArray, FloatArray]:
        """(N', D') of Muennighoff et al. 2023 eq. 5–6: repeated data and excess parameters decay."""
        n = np.asarray(n_params, dtype=float)
        d = np.asarray(n_tokens, dtype=float)
        u_d = np.minimum(d, np.asarray(unique_tokens, dtype=float))
        r_d = np.maximum(d / u_d - 1.0, 0.0)
        d_eff = u_d * (1.0 + self.r_d_star * -np.expm1(-r_d / self.r_d_star))
        u_n = np.minimum(n, self.n_params_for_tokens(u_d))
        r_n = np.maximum(n / u_n - 1.0, 0.0)
        n_eff = u_n * (1.0 + self.r_n_star * -np.expm1(-r_n / self.r_n_star))
        return n_eff, d_eff

    def loss(self, n_params: ArrayLike, n_tokens: ArrayLike,
             unique_tokens: ArrayLike | None = None) -> FloatArray:
        """Predicted loss (nats/token). With ``unique_tokens`` and R* terms, the data-constrained form."""
        n = np.asarray(n_params, dtype=float)
        d = np.asarray(n_tokens, dtype=float)
        if unique_tokens is not None and self.data_constrained:
            n, d = self.effective_n_params_tokens(n, d, unique_tokens)
        # exp(-α·log N) is both faster and broadcasts the (k, 1) draw parameters cleanly.
        out: FloatArray = self.E + self.A * np.exp(-self.alpha * np.log(n)) + self.B * np.exp(-self.beta * np.log(d))
        return out

    def optimal_n_params(self, compute_flop: ArrayLike) -> FloatArray:
        c6 = np.asarray(compute_flop, dtype=float) / K6
        return self.G * c6 ** self.a

    def optimal_n_tokens(self, compute_flop: ArrayLike) -> FloatArray:
        c6 = np.asarray(compute_flop, dtype=float) / K6
        return c6 ** self.b / self.G

    def optimal_loss(self, compute_flop: ArrayLike) -> FloatArray:
        c6 = np.asarray(compute_flop, dtype=float) / K6
        return self.E + self.K * c6 ** (-self.loss_exponent)

    # -- inverses -------------------------------------------------------------------------------
    def compute_for_loss(self, loss: ArrayLike) -> FloatArray:
        """Least training FLOP that reaches ``loss`` (inf where loss ≤ E)."""
        excess = np.asarray(loss, dtype=float) - self.E
        with np.errstate(divide="ignore", invalid="ignore"):
            c = K6 * (excess / self.K) ** (-1.0 / self.loss_exponent)
        return np.where(excess > 0, c, np.inf)

    def tokens_for_loss(self, n_params: ArrayLike, loss: ArrayLike,
                        unique_tokens: ArrayLike | None = None) -> FloatArray:
        """Training tokens that take a model of N parameters to ``loss`` (inf where it never gets there)."""
        n = np.asarray(n_params, dtype=float)
        target = np.asarray(loss, dtype=float)
        if unique_tokens is not None and self.data_constrained:
            return _bisect_tokens(self, n, target, unique_tokens)
        rest = target - self.E - self.A * n ** (-self.alpha)
        with np.errstate(divide="ignore", invalid="ignore"):
            d = (self.B / rest) ** (1.0 / self.beta)
        return np.where(rest > 0, d, np.inf)

    # -- uncertainty ----------------------------------------------------------------------------
    @cached_property
    def _draws(self) -> ParametricLaw | None:
        """The law at k parameter draws (parameters of shape (k, 1)), or None without uncertainty.

        Bootstrap samples are used as they are. From standard errors alone: E, α, β are drawn as normals
        (independently: published fits give no covariance), and A, B are then re-fitted by linear least
        squares so that each draw reproduces the central law over the compute range the law was fitted on
        (an isoFLOP design of points around the optimum). This keeps the strong A–α and B–β correlations
        of a real refit: the band is narrow where the law saw data and widens with extrapolation.
        Without a known fitted range, A and B are drawn log-normal (wider, conservative).
        """
        if self.samples is not None:
            s = np.asarray(self.samples, dtype=float)
            cols = [s[:, i : i + 1] for i in range(5)]
            return replace(self, E=cols[0], A=cols[1], B=cols[2], alpha=cols[3], beta=cols[4],
                           se=None, samples=None)
        if not self.se:
            return None
        with np.errstate(all="ignore"):
            return self._draws_from_se(self.se)

    def _draws_from_se(self, se: dict[str, float]) -> ParametricLaw | None:
        rng = np.random.default_rng(_DRAW_SEED)
        k = N_UNCERTAINTY_DRAWS

        def normal(name: str, value: float, floor: float) -> FloatArray:
            return np.maximum(value + se.get(name, 0.0) * rng.standard_normal((k, 1)), floor)

        e = normal("E", float(self.E), 0.0)
        alpha = normal("alpha", float(self.alpha), 0.01)
        beta = normal("beta", float(self.beta), 0.01)
        lo, hi = self.compute_range_flop
        if lo is not None and hi is not None:
            c = np.logspace(np.log10(lo), np.log10(hi), 12)[:, None]
            n = (self.optimal_n_params(c) * np.logspace(-1.0, 1.0, 7)[None, :]).ravel()
            d = (c / (K6 * self.optimal_n_params(c)) * np.logspace(1.0, -1.0, 7)[None, :]).ravel()
            target = self.loss(n, d)[None, :] - e                       # (k, m)
            x = np.exp(-alpha * np.log(n)[None, :])                     # A's regressor
            y = np.exp(-beta * np.log(d)[None, :])                      # B's regressor
            sxx, syy, sxy = (x * x).sum(1), (y * y).sum(1), (x * y).sum(1)
            sxt, syt = (x * target).sum(1), (y * target).sum(1)
            det = sxx * syy - sxy * sxy
            a_fit = ((syy * sxt - sxy * syt) / det)[:, None]
            b_fit = ((sxx * syt - sxy * sxt) / det)[:, None]
            keep = ((a_fit > 0) & (b_fit > 0) & np.isfinite(a_fit) & np.isfinite(b_fit)).ravel()
            cols = [e[keep], a_fit[keep], b_fit[keep], alpha[keep], beta[keep]]
        else:
            def lognormal(name: str, value: float) -> FloatArray:
                rel = se.get(name, 0.0) / value
                sigma = np.sqrt(np.log1p(rel * rel))
                out: FloatArray = value * np.exp(sigma * rng.standard_normal((k, 1)) - 0.5 * sigma * sigma)
                return out

            cols = [e, lognormal("A", float(self.A)), lognormal("B", float(self.B)), alpha, beta]
        if len(cols[0]) < MIN_BAND_DRAWS:  # every refit failed (a degenerate law): no band rather than an empty one
            return None
        return replace(self, E=cols[0], A=cols[1], B=cols[2], alpha=cols[3], beta=cols[4],
                       se=None, samples=None)

    @property
    def draw_count(self) -> int:
        """How many parameter draws stand for the law's uncertainty (0 without)."""
        draws = self._draws
        return 0 if draws is None else int(np.shape(draws.E)[0])

    def _draws_at_most(self, m: int) -> ParametricLaw | None:
        """At most ``m`` of the draws, evenly spaced through them (bootstrap rows are exchangeable, so any
        fixed subset is a smaller bootstrap); cached per ``m``."""
        draws = self._draws
        if draws is None or self.draw_count <= m:
            return draws
        cache: dict[int, ParametricLaw] = self.__dict__.setdefault("_draw_subsets", {})
        if m not in cache:
            cache[m] = draws._rows(np.unique(np.linspace(0, self.draw_count - 1, m).round().astype(int)))
        return cache[m]

    def _rows(self, rows: NDArray[np.intp]) -> ParametricLaw:
        """The draws ``rows`` of a law standing for its draws (parameters of shape (k, 1))."""
        cols = [np.asarray(getattr(self, k))[rows] for k in ("E", "A", "B", "alpha", "beta")]
        return replace(self, E=cols[0], A=cols[1], B=cols[2], alpha=cols[3], beta=cols[4])

    def loss_draws(self, n_params: ArrayLike, n_tokens: ArrayLike,
                   unique_tokens: ArrayLike | None = None, max_draws: int | None = None) -> FloatArray | None:
        """Loss at (N, D) under each parameter draw: shape (k, *broadcast shape), or None. ``max_draws``
        bounds k (for curves drawn every frame, whose cost must not grow with a law's bootstrap)."""
        draws = self._draws if max_draws is None else self._draws_at_most(max_draws)
        if draws is None:
            return None
        n = np.asarray(n_params, dtype=float).reshape(1, -1)
        d = np.asarray(n_tokens, dtype=float).reshape(1, -1)
        u = None if unique_tokens is None else np.asarray(unique_tokens, dtype=float).reshape(1, -1)
        with np.errstate(all="ignore"):  # a draw at the edge of the domain gives inf: loss_band leaves it out
            out = draws.loss(n, d, u)
        shape = np.broadcast_shapes(np.shape(n_params), np.shape(n_tokens))
        return out.reshape((out.shape[0], *shape))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "E": float(self.E), "A": float(self.A),
                               "B": float(self.B), "alpha": float(self.alpha), "beta": float(self.beta)}
        if self.data_constrained:
            out["R_D_star"] = self.r_d_star
            out["R_N_star"] = self.r_n_star
        if self.se:
            out["se"] = dict(self.se)
        if self.samples is not None:
            out["samples"] = np.asarray(self.samples, dtype=float).tolist()
        lo, hi = self.compute_range_flop
        if lo is not None or hi is not None:
            out["compute_range_flop"] = [lo, hi]
        if self.source:
            out["source"] = self.source
        return out


def _bisect_tokens(law: ParametricLaw, n: FloatArray, target: FloatArray,
                   unique_tokens: ArrayLike, iterations: int = 80) -> FloatArray:
    """Solve L(N, D, U) = target for D by bisection in log D (L falls monotonically with D)."""
    n, target, u = np.broadcast_arrays(n, target, np.asarray(unique_tokens, dtype=float))
    lo = np.full(n.shape, np.log(1e3))
    hi = np.full(n.shape, np.log(1e22))
    floor = law.loss(n, np.exp(hi), u)
    for _ in range(iterations):
        mid = 0.5 * (lo + hi)
        above = law.loss(n, np.exp(mid), u) > target
        lo = np.where(above, mid, lo)
        hi = np.where(above, hi, mid)
    return np.where(floor < target, np.exp(hi), np.inf)


# --------------------------------------------------------------------------------------------------
# Kaplan et al. 2020
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class KaplanLaw:
    """Kaplan et al. 2020: L(N, D) from Table 2, compute-efficient allocation from Table 6.

    N counts non-embedding parameters; losses are on WebText2 and not comparable in absolute value with
    Chinchilla-family laws (other data, other tokenizer).
    """

    id: str
    name: str
    alpha_n: float = 0.076
    alpha_d: float = 0.103
    n_c: float = 6.4e13
    d_c: float = 1.8e13
    alloc_n_coef: float = 1.3e9  # N_opt = 1.3e9 · C_min^0.73, C in PF-days (Table 6)
    alloc_n_exp: float = 0.73
    source: str = ""
    notes: str = ""
    compute_range_flop: tuple[float | None, float | None] = (None, None)

    data_constrained = False
    has_uncertainty = False
    irreducible_loss = 0.0

    def loss(self, n_params: ArrayLike, n_tokens: ArrayLike,
             unique_tokens: ArrayLike | None = None) -> FloatArray:
        n = np.asarray(n_params, dtype=float)
        d = np.asarray(n_tokens, dtype=float)
        return ((self.n_c / n) ** (self.alpha_n / self.alpha_d) + self.d_c / d) ** self.alpha_d

    def optimal_n_params(self, compute_flop: ArrayLike) -> FloatArray:
        c_pf_days = np.asarray(compute_flop, dtype=float) / FLOP_PER_PF_DAY
        return self.alloc_n_coef * c_pf_days ** self.alloc_n_exp

    def optimal_n_tokens(self, compute_flop: ArrayLike) -> FloatArray:
        c = np.asarray(compute_flop, dtype=float)
        return c / (K6 * self.optimal_n_params(c))

    def optimal_loss(self, compute_flop: ArrayLike) -> FloatArray:
        c = np.asarray(compute_flop, dtype=float)
        n = self.optimal_n_params(c)
        return self.loss(n, c / (K6 * n))

    def compute_for_loss(self, loss: ArrayLike) -> FloatArray:
        """Inverse of :meth:`optimal_loss` (monotone in C) by bisection in log C."""
        target = np.asarray(loss, dtype=float)
        lo = np.full(target.shape, np.log(1e6))
        hi = np.full(target.shape, np.log(1e40))
        for _ in range(90):
            mid = 0.5 * (lo + hi)
            above = self.optimal_loss(np.exp(mid)) > target
            lo = np.where(above, mid, lo)
            hi = np.where(above, hi, mid)
        reachable = self.optimal_loss(np.exp(np.log(1e40))) < target
        return np.where(reachable & (target > 0), np.exp(0.5 * (lo + hi)), np.inf)

    def tokens_for_loss(self, n_params: ArrayLike, loss: ArrayLike,
                        unique_tokens: ArrayLike | None = None) -> FloatArray:
        n = np.asarray(n_params, dtype=float)
        target = np.asarray(loss, dtype=float)
        rest = target ** (1.0 / self.alpha_d) - (self.n_c / n) ** (self.alpha_n / self.alpha_d)
        with np.errstate(divide="ignore", invalid="ignore"):
            d = self.d_c / rest
        return np.where(rest > 0, d, np.inf)

    def loss_draws(self, n_params: ArrayLike, n_tokens: ArrayLike,
                   unique_tokens: ArrayLike | None = None, max_draws: int | None = None) -> None:
        return None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "form": "kaplan", "alpha_N": self.alpha_n, "alpha_D": self.alpha_d,
                "N_c": self.n_c, "D_c": self.d_c, "source": self.source}


AnyLaw: TypeAlias = ParametricLaw | KaplanLaw


# --------------------------------------------------------------------------------------------------
# Optimisation helpers shared by the planner and the curves
# --------------------------------------------------------------------------------------------------
_GRID_LOG10_SPAN = (-2.5, 1.0)  # search N in [N*/10^2.5, N*·10^1] around the unconstrained optimum
_GRID_POINTS = 97


def optimal_allocation(law: AnyLaw, compute_flop: ArrayLike,
                       unique_tokens: float | None = None, refine: bool = False
                       ) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(N, D, L) minimising loss at C = 6ND, data-constrained when U binds and the law has R* terms.

    Unconstrained (or when the classic optimum needs no more than U tokens) this is the closed form.
    Otherwise a vectorised search over log N: a grid, then a parabola through the best three points;
    ``refine=True`` (scalar use) polishes each point with a bounded Brent search.

    Total: where a law at the edge of its domain has no representable optimum (N* = 0 or inf) the values
    are 0, inf or NaN — never an exception, never a warning; the planner refuses such a plan by name.
    """
    with np.errstate(all="ignore"):
        return _optimal_allocation(law, compute_flop, unique_tokens, refine)


def _optimal_allocation(law: AnyLaw, compute_flop: ArrayLike, unique_tokens: float | None,
                        refine: bool) -> tuple[FloatArray, FloatArray, FloatArray]:
    c = np.atleast_1d(np.asarray(compute_flop, dtype=float))
    n_opt = law.optimal_n_params(c)
    d_opt = c / (K6 * n_opt)
    if unique_tokens is None or not law.data_constrained:
        n, d = n_opt, d_opt
        loss = law.optimal_loss(c) if isinstance(law, ParametricLaw) else law.loss(n, d)
        return _shape_like(compute_flop, n, d, loss)
    bind = d_opt > unique_tokens
    n = n_opt.copy()
    loss = law.optimal_loss(c)
    if np.any(bind):
        cb = c[bind]
        x, y, x0, x2 = _search_log10_n(law, cb, np.log10(n_opt[bind]), unique_tokens)
        if refine:
            for j in range(len(cb)):
                if not (np.isfinite(x0[j]) and np.isfinite(x2[j]) and x0[j] < x2[j]):
                    continue  # no representable optimum to polish (N* is 0 or inf)
                res = minimize_bounded(_loss_of_log10_n(law, cb[j], unique_tokens), x0[j], x2[j], xatol=1e-10)
                if res.fun < y[j]:
                    x[j], y[j] = res.x, res.fun
        n[bind] = 10.0 ** x
        loss[bind] = y
    d = c / (K6 * n)
    return _shape_like(compute_flop, n, d, loss)


def _search_log10_n(law: AnyLaw, cb: FloatArray, log_n0: FloatArray, unique_tokens: float | None
                    ) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """The N minimising L(N, C/6N) at each budget ``cb`` (m,) near ``log_n0`` (m,): a grid of log10 N over
    :data:`_GRID_LOG10_SPAN`, then a parabola through the best three points. The law's parameters are numbers,
    or (m, 1) columns (one draw per budget). Returns (log10 N, loss, and the bracket x0, x2 around it)."""
    offsets = np.linspace(*_GRID_LOG10_SPAN, _GRID_POINTS)
    grid = log_n0[:, None] + offsets[None, :]
    vals = _loss_at_log10_n(law, cb[:, None], grid, unique_tokens)
    x, x0, x1, x2, y1 = _grid_parabola(grid, vals)
    y = _loss_at_log10_n(law, cb[:, None], x[:, None], unique_tokens)[:, 0]
    better = y < y1
    return np.where(better, x, x1), np.where(better, y, y1), x0, x2


def _grid_parabola(grid: FloatArray, vals: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray,
                                                                   FloatArray]:
    """Each row's minimum of ``vals`` over ``grid`` (m, p): the vertex of the parabola through the best three
    points (the best point where the three are not convex), the three points x0 < x1 < x2 and y1 at x1."""
    i = np.clip(np.argmin(vals, axis=1), 1, grid.shape[1] - 2)
    rows = np.arange(grid.shape[0])
    x0, x1, x2 = grid[rows, i - 1], grid[rows, i], grid[rows, i + 1]
    y0, y1, y2 = vals[rows, i - 1], vals[rows, i], vals[rows, i + 1]
    denom = y0 - 2.0 * y1 + y2
    with np.errstate(divide="ignore", invalid="ignore"):
        step = 0.5 * (x2 - x1) * (y0 - y2) / denom
    x = np.where(denom > 0, x1 + np.clip(step, -(x2 - x1), x2 - x1), x1)
    return x, x0, x1, x2, y1


def _loss_at_log10_n(law: AnyLaw, compute_flop: ArrayLike, log10_n: ArrayLike,
                     unique_tokens: float | None) -> FloatArray:
    n = 10.0 ** np.asarray(log10_n, dtype=float)
    return law.loss(n, np.asarray(compute_flop, dtype=float) / (K6 * n), unique_tokens)


def _loss_of_log10_n(law: AnyLaw, compute_flop: float, unique_tokens: float | None) -> Callable[[float], float]:
    """L(log10 N) at one compute budget, for the scalar search."""
    def loss(log10_n: float) -> float:
        return float(_loss_at_log10_n(law, compute_flop, log10_n, unique_tokens))
    return loss


def _shape_like(template: ArrayLike, n: FloatArray, d: FloatArray,
                loss: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    shape = np.shape(template)
    return np.reshape(n, shape), np.reshape(d, shape), np.reshape(loss, shape)


def min_lifetime_compute(law: AnyLaw, target_loss: float, inference_tokens: float = 0.0,
                         unique_tokens: float | None = None) -> tuple[float, float] | None:
    """(N, D) reaching ``target_loss`` with the least 6·N·D + 2·N·D_inf (Sardana et al. 2024).

    With no inference and no binding data constraint this is the closed-form inverse of L*(C). Otherwise a
    bounded search over log N (D follows from the loss equation). None when the target is unreachable.
    """
    with np.errstate(all="ignore"):
        return _min_lifetime_compute(law, target_loss, inference_tokens, unique_tokens)


def _min_lifetime_compute(law: AnyLaw, target_loss: float, inference_tokens: float,
                          unique_tokens: float | None) -> tuple[float, float] | None:
    constrained = unique_tokens is not None and law.data_constrained
    if inference_tokens <= 0 and not constrained:
        c = float(law.compute_for_loss(target_loss))
        if not np.isfinite(c):
            return None
        n = float(law.optimal_n_params(c))
        return n, float(np.float64(c) / (K6 * n))  # inf, not ZeroDivisionError, for a law with N* = 0

    def lifetime(log10_n: FloatArray) -> FloatArray:
        n = 10.0 ** log10_n
        d = law.tokens_for_loss(n, target_loss, unique_tokens)
        return np.where(np.isfinite(d), n * (K6 * d + 2.0 * inference_tokens), np.inf)

    grid = np.linspace(4.0, 16.0, 241)
    vals = lifetime(grid)
    if not np.any(np.isfinite(vals)):
        return None
    i = int(np.argmin(vals))
    lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
    def objective(t: float) -> float:  # log-compute; a finite wall where the target is unreachable
        v = float(lifetime(np.asarray(t)))
        return float(np.log(v)) if np.isfinite(v) else 1e6

    res = minimize_bounded(objective, lo, hi, xatol=1e-10)
    x = float(res.x) if np.isfinite(res.fun) and res.fun <= np.log(vals[i]) else float(grid[i])
    n = 10.0 ** x
    d = float(law.tokens_for_loss(n, target_loss, unique_tokens))
    return n, d


def reachable_loss_floor(law: AnyLaw, unique_tokens: float | None) -> float:
    """The lowest loss the law allows at all (E), or with U unique tokens for a data-constrained law."""
    if isinstance(law, ParametricLaw):
        r_n_star, r_d_star = law.r_n_star, law.r_d_star  # both set exactly when the law is data-constrained
        if unique_tokens is None or r_n_star is None or r_d_star is None:
            return float(law.E)
        n_max = float(law.n_params_for_tokens(unique_tokens)) * (1.0 + r_n_star)
        d_max = unique_tokens * (1.0 + r_d_star)
        # _pow: 0 or inf at the domain's edge, not ZeroDivisionError (0.0 ** -α)
        return float(law.E + law.A * _pow(n_max, -law.alpha) + law.B * _pow(d_max, -law.beta))
    return 0.0


# --------------------------------------------------------------------------------------------------
# The allocation under each parameter draw (the spread of N and D a law's uncertainty allows)
# --------------------------------------------------------------------------------------------------
#: Draws a data-constrained allocation is searched for (the optimum where U binds, target-loss sizing): each
#: draw is a search of its own through the data-constrained loss, run on every frame of a slider drag, so at
#: most this many, evenly spaced through the law's draws (a fixed subset of a bootstrap is a smaller
#: bootstrap; its 2.5 % and 97.5 % points are within about ±1.6 percentile points of the full one's). The
#: closed forms use every draw.
SEARCH_DRAWS: int = 100
#: The target-loss search under each draw, in log10 N around the draw's own anchor (below): a parabola through
#: the best three of 11 points ±1.5 decades, then of 7 points ±0.12 decades around that, then of 5 points
#: ±0.02 decades. Against a bounded search per draw (min_lifetime_compute) on Epoch's bootstrap: N within
#: 0.04 % with 26 evaluations a draw (one grid of 31 points was off by up to 2.6 %, two stages by 0.5 %: the
#: lifetime compute is steep on the small side). Tokens by bisection to 4e-8 in log D (the central plan: 80
#: halvings).
_TARGET_STAGES = (np.linspace(-1.5, 1.5, 11), np.linspace(-0.12, 0.12, 7), np.linspace(-0.02, 0.02, 5))
_TARGET_BISECTIONS = 30


def optimal_allocation_draws(law: AnyLaw, compute_flop: ArrayLike, unique_tokens: float | None = None,
                             max_draws: int | None = None) -> tuple[FloatArray, FloatArray] | None:
    """The compute-optimal (N, D) at each budget under each of the law's parameter draws: two arrays of shape
    (k, *shape of ``compute_flop``), or None for a law without uncertainty.

    The closed form of each draw (every draw, or at most ``max_draws``), except where the law is data-constrained
    and U binds for a draw: there the draw's optimum is searched as :func:`optimal_allocation` does (grid and
    parabola, without the scalar polish), from at most :data:`SEARCH_DRAWS` draws. Total: a draw at the edge
    of its domain gives 0, inf or NaN, never an exception (:func:`allocation_band` counts it as no optimum)."""
    if not isinstance(law, ParametricLaw):
        return None
    constrained = unique_tokens is not None and law.data_constrained
    caps = [m for m in (max_draws, SEARCH_DRAWS if constrained else None) if m is not None]
    draws = law._draws_at_most(min(caps)) if caps else law._draws
    if draws is None:
        return None
    shape = np.shape(compute_flop)
    c = np.asarray(compute_flop, dtype=float).reshape(1, -1)
    k = int(np.shape(draws.E)[0])
    with np.errstate(all="ignore"):
        n = np.broadcast_to(np.asarray(draws.optimal_n_params(c), dtype=float), (k, c.size)).copy()
        if constrained and unique_tokens is not None:
            bind = np.isfinite(n) & (n > 0) & (c / (K6 * n) > unique_tokens)
            if bind.any():
                # one row of parameters per binding (draw, budget): the search runs on all of them at once
                x, _, _, _ = _search_log10_n(draws._rows(np.nonzero(bind)[0]), np.broadcast_to(c, n.shape)[bind],
                                             np.log10(n[bind]), unique_tokens)
                n[bind] = 10.0**x
        d = c / (K6 * n)
    return n.reshape((k, *shape)), d.reshape((k, *shape))


def target_allocation_draws(law: AnyLaw, target_loss: float, near_n_params: float, inference_tokens: float = 0.0,
                            unique_tokens: float | None = None) -> tuple[FloatArray, FloatArray] | None:
    """The (N, D) reaching ``target_loss`` with the least lifetime compute (as :func:`min_lifetime_compute`)
    under each of the law's draws: arrays of shape (k,), inf where a draw never reaches the target; None for a
    law without uncertainty.

    Without inference tokens or a data constraint, the closed form of every draw. Otherwise (from at most
    :data:`SEARCH_DRAWS` draws under a data constraint), a search of log10 N (:data:`_TARGET_STAGES`) around
    where the draw's closed form sits,
    moved by the ratio of ``near_n_params`` (the central plan's N) to the central law's closed form, and a
    parabola through the best three points."""
    if not isinstance(law, ParametricLaw):
        return None
    constrained = unique_tokens is not None and law.data_constrained
    closed = inference_tokens <= 0 and not constrained
    draws = law._draws_at_most(SEARCH_DRAWS) if constrained else law._draws
    if draws is None:
        return None
    target = np.asarray([target_loss], dtype=float)
    searched: ParametricLaw = draws

    def tokens(n: FloatArray) -> FloatArray:
        if constrained and unique_tokens is not None:
            return _bisect_tokens(searched, n, target, unique_tokens, _TARGET_BISECTIONS)
        return np.asarray(searched.tokens_for_loss(n, target), dtype=float)

    def log_lifetime(log10_n: FloatArray) -> FloatArray:
        n = 10.0**log10_n
        d = tokens(n)
        return np.where(np.isfinite(d), np.log(n * (K6 * d + 2.0 * inference_tokens)), np.inf)

    with np.errstate(all="ignore"):
        c = np.asarray(draws.compute_for_loss(target), dtype=float)  # (k, 1): each draw's closed form
        n_closed = np.asarray(draws.optimal_n_params(c), dtype=float)
        if closed:
            reached = np.isfinite(c)
            return (np.where(reached, n_closed, np.inf).ravel(),
                    np.where(reached, c / (K6 * n_closed), np.inf).ravel())
        # each draw's search is centred where its closed form sits, moved as far as the central plan's N is
        # from the central closed form: the draws' spread is followed however wide it is
        shift = math.log10(near_n_params) - float(np.log10(law.optimal_n_params(law.compute_for_loss(target_loss))))
        x = (np.log10(n_closed) + shift)[:, 0]  # NaN/inf where a draw never reaches the target
        y = np.full(x.shape, np.inf)
        for offsets in _TARGET_STAGES:  # a coarse grid, then finer ones around its best
            grid = x[:, None] + offsets[None, :]
            vertex, _, x1, _, y1 = _grid_parabola(grid, log_lifetime(grid))
            at_vertex = log_lifetime(vertex[:, None])[:, 0]
            better = at_vertex <= y1
            x, y = np.where(better, vertex, x1), np.where(better, at_vertex, y1)
        n = 10.0 ** x[:, None]
        d = tokens(n)
        reached = np.isfinite(y)[:, None] & np.isfinite(d)
    return np.where(reached, n, np.inf).ravel(), np.where(reached, d, np.inf).ravel()


def allocation_band(draws: FloatArray, level: float = 0.95) -> tuple[FloatArray, FloatArray]:
    """The ends of the central ``level`` band of N (or D) draws, percentiles over axis 0.

    Unlike a loss, a draw without a finite, positive allocation (a target it never reaches, an optimum at the
    edge of its domain) is not left out: it stands for a run larger than any other, so it counts as +inf.
    Where such draws reach into the band, or fewer than :data:`MIN_BAND_DRAWS` draws exist, the ends are NaN
    (no band): the law cannot say how large the run must be."""
    q = [round(50 * (1 - level), 9), round(50 * (1 + level), 9)]
    arr = np.asarray(draws, dtype=float)
    shape = arr.shape[1:]
    if arr.shape[0] < MIN_BAND_DRAWS:
        return np.full(shape, np.nan), np.full(shape, np.nan)
    lo, hi = _percentiles(np.where(np.isfinite(arr) & (arr > 0), arr, np.inf), q)
    ok = np.isfinite(lo) & np.isfinite(hi)
    return np.where(ok, lo, np.nan), np.where(ok, hi, np.nan)
