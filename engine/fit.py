"""Fit L(N, D) = E + A/N^α + B/D^β to a team's own training runs (Hoffmann et al. 2022, App. D.2).

The objective is the paper's, as reproduced by Besiroglu et al. 2024 (DESIGN.md §4):

    min over θ = (a, b, e, α, β) of  Σ_i Huber_δ( LSE(a − α·log N_i, b − β·log D_i, e) − log L_i ),

δ = 1e-3, summed, with A = e^a, B = e^b, E = e^e. The published procedure runs L-BFGS from each of
4,500 grid starts, one after the other: about five minutes here. This module reaches the same best
optimum in about a second by

* running **one batched L-BFGS** over every start at once (numpy arrays of shape starts × runs, each
  start with its own history and backtracking line search), and
* **pruning**: every start takes a few steps, then only the most promising continue to convergence.
  The grid is complemented by starts from the linear part solved exactly: for fixed (α, β) the law is
  linear in (E, A, B), so a least-squares solve on a fine (α, β) grid gives starts near every basin.

The bootstrap resamples runs by multinomial weights, so that all resamples are fitted in the same
batched call (warm-started at the full fit's optimum).

numpy only: scipy is used by the tests and ``make bench-baseline`` as the slow reference.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, overload

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.intp]

HUBER_DELTA = 1e-3
PARAMS = ("E", "A", "B", "alpha", "beta")

#: The published grid of starts: α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1}, a, b ∈ {0, 5, …, 25}.
GRID_ALPHA = np.arange(0.0, 2.0 + 1e-9, 0.5)
GRID_E = np.arange(-1.0, 1.0 + 1e-9, 0.5)
GRID_AB = np.arange(0.0, 25.0 + 1e-9, 5.0)


def published_grid() -> FloatArray:
    """The 4,500 starts (a, b, e, α, β) of Hoffmann et al. 2022 / Besiroglu et al. 2024."""
    a, b, e, al, be = np.meshgrid(GRID_AB, GRID_AB, GRID_E, GRID_ALPHA, GRID_ALPHA, indexing="ij")
    return np.stack([a.ravel(), b.ravel(), e.ravel(), al.ravel(), be.ravel()], axis=1)


@dataclass(frozen=True, eq=False)
class Runs:
    """Training runs: parameters, tokens and final loss (nats/token), one entry per run."""

    n_params: FloatArray
    n_tokens: FloatArray
    loss: FloatArray
    #: Where each run came from (e.g. the CSV line number), for messages.
    lines: tuple[int, ...] = ()
    #: Where the runs came from (the CSV's path), for messages about them as a whole.
    source: str = "runs"

    def __len__(self) -> int:
        return int(np.size(self.loss))

    @property
    def compute_flop(self) -> FloatArray:
        c: FloatArray = 6.0 * self.n_params * self.n_tokens
        return c

    def drop_top(self, k: int) -> Runs:
        """Without the k highest-loss runs (the outlier rule of Besiroglu et al.)."""
        if k <= 0:
            return self
        keep = np.sort(np.argsort(self.loss, kind="stable")[: max(len(self) - k, 0)])
        lines = tuple(self.lines[i] for i in keep) if self.lines else ()
        return Runs(self.n_params[keep], self.n_tokens[keep], self.loss[keep], lines, self.source)


@dataclass(frozen=True, eq=False)
class FitResult:
    E: float
    A: float
    B: float
    alpha: float
    beta: float
    #: The summed Huber objective at the optimum.
    objective: float
    n_used: int
    compute_range_flop: tuple[float, float]
    #: Starts that ran to the end, and how many L-BFGS iterations the best one took.
    starts: int = 0
    iterations: int = 0
    #: Bootstrap rows (E, A, B, alpha, beta), when one was run.
    samples: FloatArray | None = field(default=None, repr=False)

    def params(self) -> dict[str, float]:
        return {k: float(getattr(self, k)) for k in PARAMS}

    def ci(self, level: float = 0.95) -> dict[str, tuple[float, float]] | None:
        """Percentile intervals of each parameter over the bootstrap samples."""
        if self.samples is None or len(self.samples) < 2:
            return None
        lo, hi = 50 * (1 - level), 50 * (1 + level)
        q = np.percentile(self.samples, [lo, hi], axis=0)
        return {k: (float(q[0, j]), float(q[1, j])) for j, k in enumerate(PARAMS)}

    def law_dict(self, name: str) -> dict[str, Any]:
        """The custom-law object of the scenario format (DESIGN.md §3), with the bootstrap if any."""
        out: dict[str, Any] = {"name": name, **self.params(), "compute_range_flop": list(self.compute_range_flop),
                     "source": f"fitted to {self.n_used} runs (Huber δ = {HUBER_DELTA:g} on log loss, "
                               f"objective {self.objective:.7e})"}
        if self.samples is not None:
            # a resample can land outside what a scenario accepts (e.g. α > 2 on a handful of runs):
            # those draws are left out of the saved law rather than making it unusable
            from .presets import _CUSTOM_BOUNDS, MAX_LAW_SAMPLES

            ok = np.all(np.isfinite(self.samples), axis=1)
            for j, key in enumerate(PARAMS):
                lo, hi, excl = _CUSTOM_BOUNDS[key]
                col = self.samples[:, j]
                ok &= ((col > lo) if excl else (col >= lo)) & (col <= hi)
            kept = self.samples[ok][:MAX_LAW_SAMPLES]  # resamples are exchangeable: the first 10,000 are a bootstrap
            if len(kept) >= 2:
                out["samples"] = np.round(kept, 10).tolist()
        return out


# -- the objective, batched ---------------------------------------------------------------------------
@overload
def _objective(theta: FloatArray, x: FloatArray, y: FloatArray, ell: FloatArray, w: FloatArray | None,
               grad: Literal[True] = True) -> tuple[FloatArray, FloatArray]: ...
@overload
def _objective(theta: FloatArray, x: FloatArray, y: FloatArray, ell: FloatArray, w: FloatArray | None,
               grad: Literal[False]) -> FloatArray: ...
def _objective(theta: FloatArray, x: FloatArray, y: FloatArray, ell: FloatArray, w: FloatArray | None,
               grad: bool = True) -> FloatArray | tuple[FloatArray, FloatArray]:
    """Summed Huber objective (and gradient) for S parameter vectors at once.

    theta (S, 5) = (a, b, e, α, β); x, y, ell (n,) = log N, log D, log L; w (S, n) or None: weights."""
    a, b, e, al, be = (theta[:, k : k + 1] for k in range(5))
    u1 = a - al * x
    u2 = b - be * y
    m = np.maximum(np.maximum(u1, u2), e)
    p1 = np.exp(u1 - m)
    p2 = np.exp(u2 - m)
    p3 = np.exp(e - m)
    s = p1 + p2 + p3
    r = m + np.log(s) - ell
    ar = np.abs(r)
    small = ar <= HUBER_DELTA
    h = np.where(small, 0.5 * r * r, HUBER_DELTA * (ar - 0.5 * HUBER_DELTA))
    if w is not None:
        h = h * w
    f: FloatArray = h.sum(axis=1)
    if not grad:
        return f
    psi = np.where(small, r, HUBER_DELTA * np.sign(r))
    if w is not None:
        psi = psi * w
    psi = psi / s
    g1 = psi * p1
    g2 = psi * p2
    g = np.empty_like(theta)
    g[:, 0] = g1.sum(axis=1)
    g[:, 1] = g2.sum(axis=1)
    g[:, 2] = (psi * p3).sum(axis=1)
    g[:, 3] = -(g1 * x).sum(axis=1)
    g[:, 4] = -(g2 * y).sum(axis=1)
    return f, g


@dataclass(frozen=True, eq=False)
class _Batch:
    """The objective over the runs (log N, log D, log L), for a batch of starts; ``weights`` (S, n) per start
    (the bootstrap's resamples) or None. ``idx`` picks the starts' rows of the weights."""

    x: FloatArray
    y: FloatArray
    ell: FloatArray
    weights: FloatArray | None = None

    def _w(self, idx: IntArray) -> FloatArray | None:
        return None if self.weights is None else self.weights[idx]

    def value(self, theta: FloatArray, idx: IntArray) -> FloatArray:
        return _objective(theta, self.x, self.y, self.ell, self._w(idx), grad=False)

    def value_and_grad(self, theta: FloatArray, idx: IntArray) -> tuple[FloatArray, FloatArray]:
        return _objective(theta, self.x, self.y, self.ell, self._w(idx))


def _lbfgs(theta: FloatArray, batch: _Batch, max_iter: int, memory: int = 10, rtol: float = 1e-13,
           gtol: float = 1e-14, progress: Callable[[int], bool] | None = None
           ) -> tuple[FloatArray, FloatArray, IntArray]:
    """Batched L-BFGS with a backtracking (Armijo) line search per start.

    ``batch`` gives f (k,) and g (k, 5) for the rows ``idx`` of the batch. Each start stops on its own
    when a step no longer lowers f by more than rtol·|f| (or its gradient vanishes). Returns theta, f,
    iterations per start. ``progress(i)`` returning False cancels."""
    x = theta.astype(float).copy()
    S = len(x)
    all_idx = np.arange(S)
    f, g = batch.value_and_grad(x, all_idx)
    s_hist = np.zeros((S, memory, 5))
    y_hist = np.zeros((S, memory, 5))
    rho = np.zeros((S, memory))
    iters = np.zeros(S, dtype=int)
    active = np.isfinite(f)
    stall = np.zeros(S, dtype=int)
    for it in range(max_iter):
        if progress is not None and progress(it) is False:
            raise InterruptedError("cancelled")
        idx = all_idx[active]
        if idx.size == 0:
            break
        # two-loop recursion over the stored pairs (newest first), all active starts at once
        q = g[idx].copy()
        count = min(it, memory)
        order = [(it - 1 - j) % memory for j in range(count)]
        alph = np.zeros((idx.size, memory))
        for j in order:
            alph[:, j] = rho[idx, j] * np.einsum("ij,ij->i", s_hist[idx, j], q)
            q -= alph[:, j : j + 1] * y_hist[idx, j]
        if count:
            j0 = order[0]
            sy = np.einsum("ij,ij->i", s_hist[idx, j0], y_hist[idx, j0])
            yy = np.einsum("ij,ij->i", y_hist[idx, j0], y_hist[idx, j0])
            gamma = np.where((sy > 0) & (yy > 0), sy / np.where(yy > 0, yy, 1.0), 1.0)
        else:
            gamma = 1.0 / np.maximum(np.linalg.norm(g[idx], axis=1), 1e-12)  # first step: unit length
        q *= np.asarray(gamma).reshape(-1, 1)
        for j in reversed(order):
            beta = rho[idx, j] * np.einsum("ij,ij->i", y_hist[idx, j], q)
            q += s_hist[idx, j] * (alph[:, j] - beta)[:, None]
        d = -q
        slope = np.einsum("ij,ij->i", g[idx], d)
        bad = ~(slope < 0) | ~np.isfinite(slope)
        if bad.any():  # not a descent direction: steepest descent
            d[bad] = -g[idx][bad]
            slope[bad] = -np.einsum("ij,ij->i", g[idx][bad], g[idx][bad])
        t = np.ones(idx.size)
        accepted = np.zeros(idx.size, dtype=bool)
        f_new = f[idx].copy()
        for _ in range(40):
            todo = ~accepted
            if not todo.any():
                break
            trial = x[idx[todo]] + t[todo, None] * d[todo]
            ft = batch.value(trial, idx[todo])
            ok = np.isfinite(ft) & (ft <= f[idx[todo]] + 1e-4 * t[todo] * slope[todo])
            sub = np.flatnonzero(todo)
            f_new[sub[ok]] = ft[ok]
            accepted[sub[ok]] = True
            t[sub[~ok]] *= 0.5
        moved = idx[accepted]
        if moved.size:
            x_new = x[moved] + t[accepted, None] * d[accepted]
            fn, gn = batch.value_and_grad(x_new, moved)
            s_vec = x_new - x[moved]
            y_vec = gn - g[moved]
            sy = np.einsum("ij,ij->i", s_vec, y_vec)
            slot = it % memory
            good = sy > 1e-18
            s_hist[moved, slot] = np.where(good[:, None], s_vec, 0.0)
            y_hist[moved, slot] = np.where(good[:, None], y_vec, 0.0)
            rho[moved, slot] = np.where(good, 1.0 / np.where(good, sy, 1.0), 0.0)
            decrease = f[moved] - fn
            small = decrease <= rtol * np.maximum(np.abs(fn), 1e-300)
            stall[moved] = np.where(small, stall[moved] + 1, 0)
            x[moved], f[moved], g[moved] = x_new, fn, gn
            iters[moved] += 1
            done = (stall[moved] >= 3) | (np.abs(gn).max(axis=1) <= gtol)
            active[moved[done]] = False
        # a start whose line search found no lower point has converged (as far as steps can tell)
        active[idx[~accepted]] = False
    return x, f, iters


#: The fitter's arrays are (starts or resamples) × runs: the batches are cut so that one array holds at most
#: this many numbers (16 MB), and memory grows linearly in the runs, not as starts × runs (10,000 runs took
#: 5.6 GB before). Up to ~400 runs (Epoch's 240 included) the 5,076 starts are one batch, as before.
BATCH_ELEMENTS = 1 << 21


def _rows_per_batch(n_runs: int) -> int:
    return max(1, BATCH_ELEMENTS // max(n_runs, 1))


def _lbfgs_batched(theta: FloatArray, batch: _Batch, max_iter: int,
                   progress: Callable[[float], bool] | None = None) -> tuple[FloatArray, FloatArray, IntArray]:
    """:func:`_lbfgs` over batches of rows (starts, or resamples with their weights). Each start's run does
    not depend on the others in its batch, so the result is the same as in one batch. ``progress`` gets the
    fraction done (batches done plus the current one's estimate) and cancels by returning False."""
    step = _rows_per_batch(len(batch.x))
    if len(theta) <= step:
        report = None if progress is None else (lambda it: progress(_iteration_share(it, max_iter)))
        return _lbfgs(theta, batch, max_iter=max_iter, progress=report)
    parts = []
    batches = range(0, len(theta), step)
    for j, lo in enumerate(batches):
        hi = min(lo + step, len(theta))
        sub = _Batch(batch.x, batch.y, batch.ell, None if batch.weights is None else batch.weights[lo:hi])
        report = None
        if progress is not None:
            def report(it: int, j: int = j) -> bool:
                return progress((j + _iteration_share(it, max_iter)) / len(batches))
        parts.append(_lbfgs(theta[lo:hi], sub, max_iter=max_iter, progress=report))
    return (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
            np.concatenate([p[2] for p in parts]))


def _iteration_share(it: int, max_iter: int) -> float:
    """Iterations slow down as starts converge: a smooth-enough share of the work done after ``it`` (of at
    most ``max_iter``)."""
    return min(0.99, max(it / max_iter, 1 - math.exp(-it / 60)))


def _linear_seeds(x: FloatArray, y: FloatArray, loss: FloatArray, steps: int = 24) -> FloatArray:
    """Starts from the linear part solved exactly: for each (α, β) on a grid, least squares of L on
    [1, N^-α, D^-β] (relative errors) gives E, A, B; kept where all three are positive. The grid is
    solved in batches (memory linear in the runs); a singular batch gives no seeds, the others do."""
    al = np.linspace(0.05, 1.2, steps)
    A_, B_ = np.meshgrid(al, al, indexing="ij")
    al, be = A_.ravel(), B_.ravel()
    out = []
    step = max(1, _rows_per_batch(x.size) // 3)
    for lo in range(0, al.size, step):
        a, b = al[lo : lo + step], be[lo : lo + step]
        X = np.stack([np.ones((a.size, x.size)), np.exp(-a[:, None] * x), np.exp(-b[:, None] * y)], axis=2)
        X = X / loss[None, :, None]
        rhs = np.ones_like(loss)
        XtX = np.einsum("kni,knj->kij", X, X)
        Xty = np.einsum("kni,n->ki", X, rhs)
        try:
            coef = np.linalg.solve(XtX + 1e-12 * np.eye(3), Xty[..., None])[..., 0]
        except np.linalg.LinAlgError:
            continue
        ok = np.all(coef > 1e-8, axis=1) & np.all(np.isfinite(coef), axis=1)
        c = coef[ok]
        out.append(np.stack([np.log(c[:, 1]), np.log(c[:, 2]), np.log(c[:, 0]), a[ok], b[ok]], axis=1))
    return np.concatenate(out) if out else np.empty((0, 5))


def _check_runs(used: Runs) -> None:
    """Refuse runs that cannot determine the law, naming the data: too few, or no spread in size or tokens."""
    from .errors import ScenarioError, message_for

    if len(used) < 5:
        raise ScenarioError(used.source, f"{len(used)} runs left to fit", "at least 5 runs (the law has 5 parameters)",
                            code="fit.too_few_runs", values={"count": len(used)})
    for key, values, what in (("n_params", used.n_params, "parameters"), ("n_tokens", used.n_tokens, "tokens")):
        if np.unique(values).size < 2:
            raise ScenarioError(used.source, message_for("fit.no_spread", quantity=what, value=float(values[0])),
                                "runs of at least two model sizes and two token counts",
                                code="fit.no_spread", values={"quantity": what, "field": key,
                                                              "value": float(values[0])})


def _check_fitted(result: FitResult, source: str) -> None:
    """A fit whose parameters lie outside what a law can be (α = -0.031 from 50 identical runs; A = e^800 from
    a noisy handful) says the runs do not determine the law: refused naming the data, not law.alpha."""
    from .errors import ScenarioError, message_for
    from .presets import _CUSTOM_BOUNDS

    if not math.isfinite(result.objective):
        raise ScenarioError(source, "no start of the fit reached finite losses: these runs do not determine the law",
                            "runs over a wider range of model sizes and tokens, with less noise", code="fit.no_fit")
    for key in PARAMS:
        value = float(getattr(result, key))
        lo, hi, excl = _CUSTOM_BOUNDS[key]
        inside = math.isfinite(value) and ((value > lo) if excl else (value >= lo)) and value <= hi
        if not inside:
            shown = f"{value:.4g}" if math.isfinite(value) else "∞" if value > 0 else "-∞" if value < 0 else "NaN"
            raise ScenarioError(source, message_for("fit.degenerate", parameter=key, value=shown, lo=lo, hi=hi),
                                "runs over a wider range of model sizes and tokens, with less noise",
                                code="fit.degenerate", values={"parameter": key, "value": shown, "lo": lo, "hi": hi})


def fit(runs: Runs, drop_top: int = 0, *, screen_iter: int = 6, keep: int = 48, max_iter: int = 3000,
        extra_starts: FloatArray | None = None, progress: Callable[[float], bool] | None = None) -> FitResult:
    """The best fit over the published grid of starts (plus the linear-part starts).

    Runs that cannot determine a law (fewer than 5, one size or one token count, or a best fit outside
    the law's domain) are refused with a ScenarioError naming the runs' source. ``progress`` gets the
    fraction done (a fit of 10,000 runs takes about a minute) and cancels by returning False
    (InterruptedError)."""
    used = runs.drop_top(drop_top)
    _check_runs(used)
    with np.errstate(all="ignore"):  # starts that wander off give inf/NaN objectives: dropped, not warned about
        result = _fit(used, screen_iter, keep, max_iter, extra_starts, progress)
    _check_fitted(result, used.source)
    return result


def _fit(used: Runs, screen_iter: int, keep: int, max_iter: int, extra_starts: FloatArray | None,
         progress: Callable[[float], bool] | None = None) -> FitResult:
    x, y, ell = np.log(used.n_params), np.log(used.n_tokens), np.log(used.loss)
    batch = _Batch(x, y, ell)
    starts = [published_grid(), _linear_seeds(x, y, used.loss)]
    if extra_starts is not None:
        starts.append(np.asarray(extra_starts, dtype=float).reshape(-1, 5))
    theta0 = np.concatenate(starts)
    # screen: a few steps from every start, then only the most promising continue
    screen = None if progress is None else (lambda share: progress(0.8 * share))  # the screen is most of the work
    theta1, f1, _ = _lbfgs_batched(theta0, batch, max_iter=screen_iter, progress=screen)
    f1 = np.where(np.isfinite(f1), f1, np.inf)
    best = np.argsort(f1)[:keep]
    polish = None if progress is None else (lambda share: progress(0.8 + 0.2 * share))
    theta2, f2, iters = _lbfgs_batched(theta1[best], batch, max_iter=max_iter, progress=polish)
    if progress is not None:
        progress(1.0)
    f2 = np.where(np.isfinite(f2), f2, np.inf)
    i = int(np.argmin(f2))
    a, b, e, al, be = theta2[i]
    c = used.compute_flop
    return FitResult(E=float(np.exp(e)), A=float(np.exp(a)), B=float(np.exp(b)), alpha=float(al), beta=float(be),
                     objective=float(f2[i]), n_used=len(used),
                     compute_range_flop=(float(c.min()), float(c.max())), starts=len(best),
                     iterations=int(iters[i]))


def bootstrap(runs: Runs, result: FitResult, resamples: int = 1000, seed: int | None = 0, drop_top: int = 0,
              max_iter: int = 2000, progress: Callable[[float], bool] | None = None) -> FitResult:
    """Refit on ``resamples`` bootstrap resamples of the runs (multinomial weights, each warm-started at the
    full optimum, in batches of at most BATCH_ELEMENTS weights); the result carries the samples for
    intervals and bands. Resamples whose fit does not converge to finite numbers are left out."""
    used = runs.drop_top(drop_top)
    n = len(used)
    rng = np.random.default_rng(seed)
    start = np.log([result.A, result.B, result.E])
    row = np.array([start[0], start[1], start[2], result.alpha, result.beta])
    step = _rows_per_batch(n)
    parts = []
    batches = range(0, resamples, step)
    with np.errstate(all="ignore"):
        for j, lo in enumerate(batches):
            k = min(step, resamples - lo)
            # drawn batch after batch from one generator: the same weights as one draw of all of them
            w = rng.multinomial(n, np.full(n, 1.0 / n), size=k).astype(float)
            batch = _Batch(np.log(used.n_params), np.log(used.n_tokens), np.log(used.loss), w)
            report = None
            if progress is not None:
                def report(it: int, j: int = j) -> bool:
                    return progress((j + _iteration_share(it, max_iter)) / len(batches))
            theta, f, _ = _lbfgs(np.tile(row, (k, 1)), batch, max_iter=max_iter, progress=report)
            ok = np.isfinite(f) & np.all(np.isfinite(theta), axis=1)
            a, b, e, al, be = theta[ok].T
            parts.append(np.stack([np.exp(e), np.exp(a), np.exp(b), al, be], axis=1))
    samples = np.concatenate(parts) if parts else np.empty((0, 5))
    samples = samples[np.all(np.isfinite(samples), axis=1)]
    if progress is not None:
        progress(1.0)
    from dataclasses import replace

    return replace(result, samples=samples)


# -- reading runs ----------------------------------------------------------------------------------
#: Column names recognised (case and spacing ignored), for each quantity.
ALIASES: dict[str, tuple[str, ...]] = {
    "n_params": ("n_params", "params", "parameters", "model size", "model_size", "n", "num_params",
                 "nparams", "size"),
    "n_tokens": ("n_tokens", "tokens", "training tokens", "training_tokens", "d", "data", "num_tokens"),
    "compute_flop": ("compute_flop", "training flop", "training_flop", "flop", "flops", "compute", "c"),
    "loss": ("loss", "final loss", "final_loss", "eval loss", "val_loss", "validation loss", "l"),
}


def _norm(name: str) -> str:
    return " ".join(name.strip().lower().replace("_", " ").split())


#: A CSV of runs is read up to this size: a 10,000-run export with a few hundred columns (W&B and MLflow
#: exports carry every config and metric) is under it; a bigger file is not a table of training runs.
MAX_CSV_BYTES = 50_000_000
#: Runs a CSV may hold: 25× Chinchilla's ~400 runs (Epoch's reconstruction has 245), far beyond any sweep
#: a team trains before a big run. The fit of 10,000 runs takes about a minute and its memory is linear in
#: the runs (BATCH_ELEMENTS); 1,000,000 rows ran out of memory after 14 s before, with no message.
MAX_RUNS = 10_000
#: What each column may hold, where a run means something: from one parameter (or token) to the largest
#: model (and data) a scenario accepts (model.n_params, model.n_tokens), a loss in nats per token above 0
#: and at most the target-loss ceiling of 20 (a perplexity column is far above it: take its logarithm).
#: Training FLOP are checked through the tokens they imply, FLOP / 6N.
CSV_RANGES: dict[str, tuple[float, float]] = {"n_params": (1.0, 1e16), "n_tokens": (1.0, 1e18), "loss": (0.0, 20.0)}
_CSV_ALLOWED = {"n_params": "parameters from 1 to 1e16", "n_tokens": "tokens from 1 to 1e18",
                "compute_flop": "training FLOP giving 1 to 1e18 tokens (FLOP / 6N)",
                "loss": "a loss in nats per token, above 0 and at most 20 (perplexity? use its logarithm)"}
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d*([eE][+-]?\d+)?")
_SEP_LINE = re.compile(r"\s*sep=(.)\s*")


def _shown(cell: str, limit: int = 40) -> str:
    """A cell for a message: at most ``limit`` characters."""
    return cell if len(cell) <= limit else cell[: limit - 1] + "…"


def _decode(raw: bytes) -> str:
    """The text of a CSV as people export it: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM (Excel's
    "Unicode Text"), UTF-16 without one (NUL bytes in every other place), else Windows-1252 (Excel's "CSV" on
    Windows), else Latin-1 (which decodes anything)."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
                       (codecs.BOM_UTF8, "utf-8-sig")):
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                break
    head = raw[:4096]
    if len(head) >= 4 and len(raw) % 2 == 0:  # ASCII in UTF-16 is also valid UTF-8 (NULs): look first
        if head[1::2].count(0) > 0.4 * len(head[1::2]) and head[0::2].count(0) == 0:
            with contextlib.suppress(UnicodeDecodeError):
                return raw.decode("utf-16-le")
        if head[0::2].count(0) > 0.4 * len(head[0::2]) and head[1::2].count(0) == 0:
            with contextlib.suppress(UnicodeDecodeError):
                return raw.decode("utf-16-be")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _delimiter(text: str) -> tuple[str, bool]:
    """(delimiter, whether the first line is Excel's ``sep=X`` line naming it). Otherwise the most frequent
    of comma, semicolon and tab on the header line (Excel writes ";" where the decimal mark is a comma, and
    tabs in "Unicode Text"); a comma on a tie."""
    first = text.split("\n", 1)[0].rstrip("\r")
    m = _SEP_LINE.fullmatch(first)
    if m:
        return m.group(1), True
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return (best if counts[best] else ","), False


def read_runs_csv(path: str, columns: dict[str, str] | None = None) -> Runs:
    """Runs from a CSV: parameters, tokens or training FLOP (tokens = FLOP / 6N), and loss.

    Columns are found by the aliases in :data:`ALIASES`, or named explicitly in ``columns``
    ({"n_params": "Model Size", ...}). Every problem is a ScenarioError naming the file, the line and
    the column.

    What is read: a regular file of at most :data:`MAX_CSV_BYTES` (never a folder, FIFO or device: refused
    before reading) with at most :data:`MAX_RUNS` runs; UTF-8, UTF-16/32 with a BOM, BOM-less UTF-16 or
    Windows-1252; comma-, semicolon- or tab-separated (from the header line, or Excel's ``sep=;`` first
    line); with a semicolon or a tab as separator, a decimal comma (``1,5e9``) is read as a point."""
    from .errors import ScenarioError, message_for
    from .files import FileTooLargeError, NotARegularFileError, read_bounded

    try:
        raw = read_bounded(path, MAX_CSV_BYTES)
    except FileNotFoundError:
        raise ScenarioError(path, "file not found", "a CSV of training runs", code="csv.missing") from None
    except FileTooLargeError as exc:
        raise ScenarioError(path, f"is {exc.size:,} bytes; a CSV of runs is read up to {MAX_CSV_BYTES:,}",
                            f"at most {MAX_RUNS:,} runs in at most {MAX_CSV_BYTES:,} bytes", code="csv.too_large",
                            values={"size": exc.size, "limit": MAX_CSV_BYTES}) from None
    except NotARegularFileError as exc:
        raise ScenarioError(path, "is a folder, device, pipe or socket, not a file", "a CSV file of training runs",
                            code="csv.not_regular", values={"kind": exc.kind}) from None
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise ScenarioError(path, f"cannot be read ({reason})", "a CSV of training runs", code="csv.unreadable",
                            values={"reason": reason}) from None
    text = _decode(raw)
    delimiter, sep_line = _delimiter(text)
    decimal_comma = delimiter != ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def next_row() -> list[str] | None:
        try:
            return next(reader)
        except StopIteration:
            return None
        except csv.Error as exc:  # a field over 131,072 characters, a NUL byte…
            line = reader.line_num
            raise ScenarioError(f"{path}:{line}", f"is not CSV ({exc})", "a CSV of training runs",
                                code="csv.malformed", values={"line": line, "detail": str(exc)}) from None

    if sep_line:
        next_row()
    header_row = next_row()
    if header_row is None or not any(cell.strip() for cell in header_row):
        raise ScenarioError(path, "is empty", "a header line, then one line per run", code="csv.empty")
    names = [_shown(h.strip()) for h in header_row]
    found = ", ".join(names[:30]) + (", …" if len(names) > 30 else "")
    header = [_norm(h) for h in header_row]
    where: dict[str, int] = {}
    for key, aliases in ALIASES.items():
        wanted = (_norm(columns[key]),) if columns and columns.get(key) else tuple(_norm(n) for n in aliases)
        for name in wanted:
            if name in header:
                where[key] = header.index(name)
                break
        else:
            if columns and columns.get(key):
                raise ScenarioError(f"{path}: --columns {key}={columns[key]}", "no such column",
                                    "one of: " + found, code="csv.no_such_column",
                                    values={"quantity": key, "column": columns[key]})
    missing = [k for k in ("n_params", "loss") if k not in where]
    if "n_tokens" not in where and "compute_flop" not in where:
        missing.append("n_tokens or compute_flop")
    if missing:
        raise ScenarioError(path, "missing column(s): " + ", ".join(missing),
                            "columns for parameters, tokens (or training FLOP) and loss; found: "
                            + found + " (map them with --columns)", code="csv.missing_columns",
                            values={"columns": ", ".join(missing)})
    use_tokens = "n_tokens" in where
    wanted_keys = ("n_params", "n_tokens" if use_tokens else "compute_flop", "loss")
    n: list[float] = []
    d: list[float] = []
    loss: list[float] = []
    lines: list[int] = []
    end_line = reader.line_num
    while (row := next_row()) is not None:
        line, end_line = end_line + 1, reader.line_num  # a quoted field may span lines: where it began
        if not any(cell.strip() for cell in row):
            continue
        if len(n) >= MAX_RUNS:
            raise ScenarioError(path, f"has more than {MAX_RUNS:,} runs", f"at most {MAX_RUNS:,} runs",
                                code="csv.too_many_rows", values={"limit": MAX_RUNS})
        vals = {key: _cell_value(path, line, end_line, header_row, row, where[key], key, decimal_comma)
                for key in wanted_keys}
        if not use_tokens:
            tokens = vals["compute_flop"] / (6.0 * vals["n_params"])
            lo, hi = CSV_RANGES["n_tokens"]
            if not lo <= tokens <= hi:
                column, cell = header_row[where["compute_flop"]].strip(), row[where["compute_flop"]].strip()
                raise ScenarioError(f"{path}:{line}",
                                    message_for("csv.tokens_out_of_range", column=_shown(column), cell=_shown(cell),
                                                tokens=tokens, params=vals["n_params"], lo=lo, hi=hi),
                                    _CSV_ALLOWED["compute_flop"], code="csv.tokens_out_of_range",
                                    values={"line": line, "column": _shown(column), "cell": _shown(cell),
                                            "tokens": tokens, "params": vals["n_params"], "lo": lo, "hi": hi})
            vals["n_tokens"] = tokens
        n.append(vals["n_params"])
        d.append(vals["n_tokens"])
        loss.append(vals["loss"])
        lines.append(line)
    if len(n) < 5:
        raise ScenarioError(path, f"has {len(n)} runs", "at least 5 runs (the law has 5 parameters)",
                            code="csv.too_few_runs", values={"count": len(n)})
    return Runs(np.array(n), np.array(d), np.array(loss), tuple(lines), source=path)


def _cell_value(path: str, line: int, end_line: int, header: list[str], row: list[str], col: int, key: str,
                decimal_comma: bool) -> float:
    """The number in one cell, in its column's range, or a ScenarioError naming the file, line and column."""
    from .errors import ScenarioError

    column = _shown(header[col].strip())
    raw_cell = row[col] if col < len(row) else ""
    if "\n" in raw_cell or "\r" in raw_cell:
        raise ScenarioError(f"{path}:{line}", f"column '{column}' runs over several lines, to line {end_line}: a "
                            'quote (") on this line is not closed where it should be', "one run per line, "
                            'quotes in pairs', code="csv.unclosed_quote",
                            values={"line": line, "column": column, "end": end_line})
    cell = raw_cell.strip()
    number = cell.replace(",", ".") if decimal_comma and _DECIMAL_COMMA.fullmatch(cell) else cell
    try:
        v = float(number)
    except ValueError:
        raise ScenarioError(f"{path}:{line}", f"column '{column}' is {_shown(cell)!r}, not a number",
                            "a positive number", code="csv.not_a_number",
                            values={"line": line, "column": column, "cell": _shown(cell)}) from None
    if not math.isfinite(v) or v <= 0:
        raise ScenarioError(f"{path}:{line}", f"column '{column}' is {_shown(cell)}", "a positive, finite number",
                            code="csv.not_positive", values={"line": line, "column": column, "cell": _shown(cell)})
    if key in CSV_RANGES:
        lo, hi = CSV_RANGES[key]
        if not lo <= v <= hi:
            raise ScenarioError(f"{path}:{line}", f"column '{column}' is {_shown(cell)}, outside {lo:g} to {hi:g}",
                                _CSV_ALLOWED[key], code="csv.out_of_range",
                                values={"line": line, "column": column, "cell": _shown(cell), "lo": lo, "hi": hi})
    return v


def parse_columns(spec: Sequence[str] | str | None) -> dict[str, str] | None:
    """``n_params=Model Size,compute_flop=Training FLOP,loss=loss`` → a mapping (for --columns)."""
    from .errors import ScenarioError

    if not spec:
        return None
    items = spec.split(",") if isinstance(spec, str) else [p for s in spec for p in s.split(",")]
    out = {}
    for item in items:
        key, sep, name = item.partition("=")
        key = key.strip()
        if not sep or key not in ALIASES or not name.strip():
            raise ScenarioError("--columns", f"{item!r} is not QUANTITY=COLUMN",
                                "QUANTITY one of " + ", ".join(ALIASES) + ", e.g. loss=val_loss",
                                code="fit.columns_spec", values={"item": item})
        out[key] = name.strip()
    return out


def intervals_at(result: FitResult, compute_flop: float, level: float = 0.95) -> dict[str, tuple[float, float, float]]:
    """What a planner cares about at one compute budget, from the fitted law and its bootstrap:
    {"n_params" | "n_tokens" | "loss": (central, low, high)} (low = high = central without a bootstrap)."""
    from .presets import custom_law

    law = custom_law(result.law_dict("fit"))
    c = float(compute_flop)
    central = {"n_params": float(law.optimal_n_params(c)), "n_tokens": float(law.optimal_n_tokens(c)),
               "loss": float(law.optimal_loss(c))}
    draws = law._draws if result.samples is not None else None
    if draws is None:
        return {k: (v, v, v) for k, v in central.items()}
    lo, hi = 50 * (1 - level), 50 * (1 + level)
    out = {}
    for key, values in (("n_params", draws.optimal_n_params(c)), ("n_tokens", draws.optimal_n_tokens(c)),
                        ("loss", draws.optimal_loss(c))):
        v = np.asarray(values, dtype=float).ravel()
        v = v[np.isfinite(v)]
        q = np.percentile(v, [lo, hi])
        out[key] = (central[key], float(q[0]), float(q[1]))
    return out
