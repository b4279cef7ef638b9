"""Vectorised curves for the live plots: each is one call, no Python loop over points.

* :func:`frontier` — L*(C), N*(C), D*(C) (and the loss band) over a compute range;
* :func:`isoflop` — L(N | C) at one or several compute budgets;
* :func:`loss_grid` — L over an (N, D) grid;
* :func:`budget_curve` — energy, cost, compute against days or accelerator count (via ``planner.budget``);
* :func:`window_curves` — everything the planning window draws for one plan, in one call.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from .laws import AnyLaw, allocation_band, loss_band, optimal_allocation, optimal_allocation_draws
from .planner import Budget, Plan, budget
from .scenario import Scenario
from .units import TRAIN_FLOP_PER_PARAM_TOKEN as K6

#: Points of each isoFLOP curve: they span 3–4 decades of N and change every frame of a drag (their budgets
#: follow the plan); 112 points (~30 a decade) draw the same smooth curve at any plot size as 256 did,
#: at less than half the stroking cost.
ISOFLOP_POINTS = 112
#: Budgets at which the uncertainty band of a frontier is evaluated before interpolation.
BAND_POINTS = 64
#: Draws the frontier's band is drawn from: at most the fitter's default bootstrap (1,000), evenly spaced
#: through a larger one, so that a frame costs the same for a law with 10,000 samples (it cost 30–40 ms,
#: twice a frame, with all of them). The plan's own band (Plan.loss_low/high) uses every draw.
BAND_DRAWS = 1000
#: Budgets at which a data-constrained law's allocation band is searched (each draw's optimum is a grid search
#: where U binds, laws.SEARCH_DRAWS draws): 16 over the plot's 8 decades, interpolated in log-log like the rest.
CONSTRAINED_BAND_POINTS = 16


@dataclass(frozen=True, eq=False)
class Frontier:
    compute_flop: np.ndarray
    n_params: np.ndarray
    n_tokens: np.ndarray
    loss: np.ndarray
    loss_low: np.ndarray | None
    loss_high: np.ndarray | None
    #: The 95 % range of the compute-optimal N and D at each budget across the law's draws (None without
    #: uncertainty; NaN where draws without a finite optimum reach into it): :func:`laws.allocation_band`.
    n_params_low: np.ndarray | None = None
    n_params_high: np.ndarray | None = None
    n_tokens_low: np.ndarray | None = None
    n_tokens_high: np.ndarray | None = None


@dataclass(frozen=True, eq=False)
class IsoFlop:
    compute_flop: np.ndarray      # (k,)
    n_params: np.ndarray          # (k, n): N range centred on each budget's optimum
    loss: np.ndarray              # (k, n)
    optimal_n_params: np.ndarray  # (k,)
    optimal_loss: np.ndarray      # (k,)


@dataclass(frozen=True, eq=False)
class LossGrid:
    n_params: np.ndarray   # (n,)
    n_tokens: np.ndarray   # (m,)
    loss: np.ndarray       # (m, n)


def snapped_compute_range(center_flop: float, decades_below: int = 4, decades_above: int = 4,
                          points: int = 256) -> np.ndarray:
    """A compute range with whole-decade ends holding at least ``decades_below`` decades below the
    budget and ``decades_above - 1`` above it.

    Its ends move only when the budget crosses a decade, so the plots' axes stay still while a slider
    is dragged within one (and a frame does not pay for re-laying-out its axes)."""
    c = math.floor(math.log10(center_flop))
    return np.logspace(c - decades_below, c + decades_above, points)


_NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceil(x: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k that is ≥ x (x > 0)."""
    if not x > 0 or not math.isfinite(x):
        return 1.0
    k = math.floor(math.log10(x))
    for step in _NICE_STEPS:
        v = step * 10.0**k
        if v >= x * (1 - 1e-12):
            return v
    return 10.0 ** (k + 1)


def frontier(law: AnyLaw, compute_flop: np.ndarray, unique_tokens: float | None = None,
             band: bool = True) -> Frontier:
    """The compute-optimal frontier; data-constrained when the law has R* terms and U binds.

    Total: where the law has no finite value (a custom law at the edge of its domain, far from the plan)
    the arrays hold NaN — a gap in the plot — never ±inf, never an exception."""
    with np.errstate(all="ignore"):
        c = np.asarray(compute_flop, dtype=float)
        n, d, loss = (_finite_or_nan(v) for v in optimal_allocation(law, c, unique_tokens))
        lo = hi = None
        if band and law.has_uncertainty:
            # The band is smooth in log C: evaluate the draws at most at BAND_POINTS budgets and interpolate
            # (the draws dominate the cost of a frame otherwise), and from at most BAND_DRAWS draws.
            idx = _band_idx(c, BAND_POINTS)
            draws = law.loss_draws(n[idx], d[idx], unique_tokens, max_draws=BAND_DRAWS)
            if draws is not None:  # a law with uncertainty always has draws
                lo, hi = loss_band(draws)
                if idx.size < c.size:
                    x = np.log(c)
                    lo, hi = np.interp(x, x[idx], lo), np.interp(x, x[idx], hi)
                lo, hi = np.minimum(lo, loss), np.maximum(hi, loss)
            alloc = _allocation_band(law, c, n, d, unique_tokens)
            return Frontier(c, n, d, loss, lo, hi, *alloc)
    return Frontier(c, n, d, loss, lo, hi)


def _allocation_band(law: AnyLaw, c: np.ndarray, n: np.ndarray, d: np.ndarray, unique_tokens: float | None
                     ) -> tuple[np.ndarray | None, ...]:
    """(N low, N high, D low, D high) along the frontier, each holding the central curve: evaluated at a subset
    of the budgets (BAND_POINTS, or CONSTRAINED_BAND_POINTS where each draw is a search) and interpolated in
    log-log."""
    searched = unique_tokens is not None and law.data_constrained
    idx = _band_idx(c, CONSTRAINED_BAND_POINTS if searched else BAND_POINTS)
    spread = optimal_allocation_draws(law, c[idx], unique_tokens, max_draws=BAND_DRAWS)
    if spread is None:
        return None, None, None, None
    low, high = allocation_band(np.stack(spread, axis=-1))  # (budgets, 2): N and D in one pass
    out: list[np.ndarray | None] = []
    for j, central in enumerate((n, d)):
        lo, hi = low[:, j], high[:, j]
        if idx.size < c.size:
            x = np.log(c)
            lo, hi = np.exp(np.interp(x, x[idx], np.log(lo))), np.exp(np.interp(x, x[idx], np.log(hi)))
        out += [np.minimum(lo, central), np.maximum(hi, central)]  # NaN (no range here) stays NaN
    return tuple(out)


def _band_idx(c: np.ndarray, points: int) -> np.ndarray:
    """Indices of at most ``points`` budgets evenly through an increasing compute range (else all of them)."""
    if c.ndim == 1 and c.size > points and np.all(np.diff(c) > 0):
        return np.unique(np.linspace(0, c.size - 1, points).round().astype(int))
    return np.arange(c.size)


def _finite_or_nan(values: np.ndarray) -> np.ndarray:
    """The values with ±inf as NaN: a curve has a gap where the law has no finite value."""
    arr = np.asarray(values, dtype=float)
    return arr if np.isfinite(arr).all() else np.where(np.isfinite(arr), arr, np.nan)


def isoflop(law: AnyLaw, compute_flop: np.ndarray | float, points: int = 256,
            decades: float = 1.5, unique_tokens: float | None = None,
            n_params: np.ndarray | None = None) -> IsoFlop:
    """L(N, C/(6N)) for N spanning ±``decades`` around each budget's optimum, or over ``n_params``
    (the same sizes for every budget) when given."""
    with np.errstate(all="ignore"):
        c = np.atleast_1d(np.asarray(compute_flop, dtype=float))
        n_opt, _, l_opt = (_finite_or_nan(v) for v in optimal_allocation(law, c, unique_tokens))
        if n_params is not None:
            n = np.broadcast_to(np.asarray(n_params, dtype=float)[None, :], (c.size, np.size(n_params))).copy()
        else:
            offsets = np.logspace(-decades, decades, points)
            n = n_opt[:, None] * offsets[None, :]
        loss = _finite_or_nan(law.loss(n, c[:, None] / (K6 * n), unique_tokens))
    return IsoFlop(c, n, loss, n_opt, l_opt)


def loss_grid(law: AnyLaw, n_params: np.ndarray, n_tokens: np.ndarray,
              unique_tokens: float | None = None) -> LossGrid:
    n = np.asarray(n_params, dtype=float)
    d = np.asarray(n_tokens, dtype=float)
    with np.errstate(all="ignore"):
        return LossGrid(n, d, _finite_or_nan(law.loss(n[None, :], d[:, None], unique_tokens)))


def budget_curve(s: Scenario, days: np.ndarray | None = None, count: np.ndarray | None = None) -> Budget:
    """Energy, cost, compute, CO2 along days (or accelerator count): one broadcast call."""
    return budget(s, days=days, count=count)


@dataclass(frozen=True, eq=False)
class WindowCurves:
    frontier: Frontier
    other_frontiers: dict[str, np.ndarray]
    isoflop: IsoFlop
    grid: LossGrid
    by_days: Budget
    days: np.ndarray


def window_curves(p: Plan, laws: dict[str, AnyLaw] | None = None, points: int = 256,
                  grid_points: int = 128) -> WindowCurves:
    """Every curve the planning window draws for a plan.

    Loss-vs-compute frontier with band (plus the other presets' L*(C), faint), isoFLOP at the plan's
    compute and a decade either side, N*(C)/D*(C) (in the frontier), the loss grid around the plan, and
    energy/cost against days.
    """
    with np.errstate(all="ignore"):
        return _window_curves(p, laws, points, grid_points)


#: frontiers (and other laws' L*(C)) of the last few (law, compute range, unique tokens): while a slider
#: moves, the range only changes at decade steps, so the band's draws — most of a frame's planning time
#: with a fitted law's 1,000 samples — are computed once per decade, not once per frame
_CurveKey = tuple[str, int, float, float, int, "float | None"]
_CURVE_CACHE: OrderedDict[_CurveKey, tuple[AnyLaw, Frontier | np.ndarray]] = OrderedDict()
_CURVE_CACHE_SIZE = 32


def _read_only(arr: np.ndarray | None) -> None:
    if arr is not None:
        arr.setflags(write=False)  # shared between frames: nobody may change it


def _cached_frontier(law: AnyLaw, c: np.ndarray, unique_tokens: float | None) -> Frontier:
    key: _CurveKey = ("frontier", id(law), float(c[0]), float(c[-1]), int(c.size), unique_tokens)
    hit = _CURVE_CACHE.get(key)
    if hit is not None and hit[0] is law and isinstance(hit[1], Frontier):  # the same law object
        _CURVE_CACHE.move_to_end(key)
        return hit[1]
    front = frontier(law, c, unique_tokens)
    for arr in (front.compute_flop, front.n_params, front.n_tokens, front.loss, front.loss_low, front.loss_high,
                front.n_params_low, front.n_params_high, front.n_tokens_low, front.n_tokens_high):
        _read_only(arr)
    _remember(key, law, front)
    return front


def _cached_optimal_loss(law: AnyLaw, c: np.ndarray) -> np.ndarray:
    key: _CurveKey = ("optimal_loss", id(law), float(c[0]), float(c[-1]), int(c.size), None)
    hit = _CURVE_CACHE.get(key)
    if hit is not None and hit[0] is law and isinstance(hit[1], np.ndarray):
        _CURVE_CACHE.move_to_end(key)
        return hit[1]
    loss = _finite_or_nan(law.optimal_loss(c))
    _read_only(loss)
    _remember(key, law, loss)
    return loss


def _remember(key: _CurveKey, law: AnyLaw, value: Frontier | np.ndarray) -> None:
    _CURVE_CACHE[key] = (law, value)  # the law is kept alive with its entry, so its id is not reused
    if len(_CURVE_CACHE) > _CURVE_CACHE_SIZE:
        _CURVE_CACHE.popitem(last=False)


def _window_curves(p: Plan, laws: dict[str, AnyLaw] | None, points: int, grid_points: int) -> WindowCurves:
    s = p.scenario
    law = s.law.resolve()
    c = snapped_compute_range(p.compute_flop, points=points)
    front = _cached_frontier(law, c, s.data.unique_tokens)
    others: dict[str, np.ndarray] = {}
    for law_id, other in (laws or {}).items():
        if other is not law:
            others[law_id] = _cached_optimal_loss(other, c)
    # isoFLOP sizes: the chosen size and the optimum ±1.6 decades, ends on a half-decade grid (stable
    # while dragging); every curve over the same sizes
    centre = np.log10([p.n_params, float(law.optimal_n_params(p.compute_flop))])
    lo = math.floor((centre.min() - 1.6) * 2) / 2
    hi = math.ceil((centre.max() + 1.6) * 2) / 2
    iso_points = ISOFLOP_POINTS if points >= ISOFLOP_POINTS else points
    iso = isoflop(law, np.array([p.compute_flop / 10, p.compute_flop, p.compute_flop * 10]), iso_points,
                  unique_tokens=s.data.unique_tokens, n_params=np.logspace(lo, hi, iso_points))
    gn = np.logspace(np.log10(p.n_params) - 2, np.log10(p.n_params) + 2, grid_points)
    gd = np.logspace(np.log10(p.n_tokens) - 2, np.log10(p.n_tokens) + 2, grid_points)
    grid = loss_grid(law, gn, gd, s.data.unique_tokens)
    days = np.linspace(0.0, nice_ceil(max(2.0 * p.wall_clock_days, 1.0)), points)
    return WindowCurves(front, others, iso, grid, budget_curve(s, days=days), days)
