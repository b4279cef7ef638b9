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

import math
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
        return Runs(self.n_params[keep], self.n_tokens[keep], self.loss[keep], lines)


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
            from .presets import _CUSTOM_BOUNDS

            ok = np.ones(len(self.samples), dtype=bool)
            for j, key in enumerate(PARAMS):
                lo, hi, _ = _CUSTOM_BOUNDS[key]
                ok &= (self.samples[:, j] > lo) & (self.samples[:, j] <= hi)
            if ok.sum() >= 2:
                out["samples"] = np.round(self.samples[ok], 10).tolist()
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


def _linear_seeds(x: FloatArray, y: FloatArray, loss: FloatArray, steps: int = 24) -> FloatArray:
    """Starts from the linear part solved exactly: for each (α, β) on a grid, least squares of L on
    [1, N^-α, D^-β] (relative errors) gives E, A, B; kept where all three are positive."""
    al = np.linspace(0.05, 1.2, steps)
    A_, B_ = np.meshgrid(al, al, indexing="ij")
    al, be = A_.ravel(), B_.ravel()
    X = np.stack([np.ones((al.size, x.size)), np.exp(-al[:, None] * x), np.exp(-be[:, None] * y)], axis=2)
    X = X / loss[None, :, None]
    rhs = np.ones_like(loss)
    XtX = np.einsum("kni,knj->kij", X, X)
    Xty = np.einsum("kni,n->ki", X, rhs)
    try:
        coef = np.linalg.solve(XtX + 1e-12 * np.eye(3), Xty[..., None])[..., 0]
    except np.linalg.LinAlgError:
        return np.empty((0, 5))
    ok = np.all(coef > 1e-8, axis=1)
    c = coef[ok]
    return np.stack([np.log(c[:, 1]), np.log(c[:, 2]), np.log(c[:, 0]), al[ok], be[ok]], axis=1)


def fit(runs: Runs, drop_top: int = 0, *, screen_iter: int = 6, keep: int = 48, max_iter: int = 3000,
        extra_starts: FloatArray | None = None) -> FitResult:
    """The best fit over the published grid of starts (plus the linear-part starts)."""
    from .errors import ScenarioError

    used = runs.drop_top(drop_top)
    if len(used) < 5:
        raise ScenarioError("runs", f"{len(used)} runs left to fit", "at least 5 runs (the law has 5 parameters)",
                            code="fit.too_few_runs", values={"count": len(used)})
    x, y, ell = np.log(used.n_params), np.log(used.n_tokens), np.log(used.loss)
    batch = _Batch(x, y, ell)
    starts = [published_grid(), _linear_seeds(x, y, used.loss)]
    if extra_starts is not None:
        starts.append(np.asarray(extra_starts, dtype=float).reshape(-1, 5))
    theta0 = np.concatenate(starts)
    # screen: a few steps from every start, then only the most promising continue
    theta1, f1, _ = _lbfgs(theta0, batch, max_iter=screen_iter)
    f1 = np.where(np.isfinite(f1), f1, np.inf)
    best = np.argsort(f1)[:keep]
    theta2, f2, iters = _lbfgs(theta1[best], batch, max_iter=max_iter)
    i = int(np.nanargmin(f2))
    a, b, e, al, be = theta2[i]
    c = used.compute_flop
    return FitResult(E=math.exp(e), A=math.exp(a), B=math.exp(b), alpha=float(al), beta=float(be),
                     objective=float(f2[i]), n_used=len(used),
                     compute_range_flop=(float(c.min()), float(c.max())), starts=len(best),
                     iterations=int(iters[i]))


def bootstrap(runs: Runs, result: FitResult, resamples: int = 1000, seed: int | None = 0, drop_top: int = 0,
              max_iter: int = 2000, progress: Callable[[float], bool] | None = None) -> FitResult:
    """Refit on ``resamples`` bootstrap resamples of the runs (multinomial weights, all at once, each
    warm-started at the full optimum); the result carries the samples for intervals and bands."""
    used = runs.drop_top(drop_top)
    n = len(used)
    rng = np.random.default_rng(seed)
    w = rng.multinomial(n, np.full(n, 1.0 / n), size=resamples).astype(float)
    batch = _Batch(np.log(used.n_params), np.log(used.n_tokens), np.log(used.loss), w)

    start = np.log([result.A, result.B, result.E])
    theta0 = np.tile(np.array([start[0], start[1], start[2], result.alpha, result.beta]), (resamples, 1))
    report = None
    if progress is not None:
        def report(it: int) -> bool:  # iterations slow down as starts converge: a smooth-enough bar
            return progress(min(0.99, 1 - math.exp(-it / 60)))
    theta, f, _ = _lbfgs(theta0, batch, max_iter=max_iter, progress=report)
    ok = np.isfinite(f)
    a, b, e, al, be = theta[ok].T
    samples = np.stack([np.exp(e), np.exp(a), np.exp(b), al, be], axis=1)
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


def read_runs_csv(path: str, columns: dict[str, str] | None = None) -> Runs:
    """Runs from a CSV: parameters, tokens or training FLOP (tokens = FLOP / 6N), and loss.

    Columns are found by the aliases in :data:`ALIASES`, or named explicitly in ``columns``
    ({"n_params": "Model Size", ...}). Every problem is a ScenarioError naming the file, the line and
    the column."""
    import csv

    from .errors import ScenarioError

    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
    except FileNotFoundError:
        raise ScenarioError(path, "file not found", "a CSV of training runs", code="csv.missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(path, f"cannot be read ({exc})", "a UTF-8 CSV of training runs", code="csv.unreadable",
                            values={"reason": str(exc)}) from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise ScenarioError(path, "is empty", "a header line, then one line per run", code="csv.empty")
    header = [_norm(h) for h in rows[0]]
    where: dict[str, int] = {}
    for key, names in ALIASES.items():
        wanted = (_norm(columns[key]),) if columns and columns.get(key) else tuple(_norm(n) for n in names)
        for name in wanted:
            if name in header:
                where[key] = header.index(name)
                break
        else:
            if columns and columns.get(key):
                raise ScenarioError(f"{path}: --columns {key}={columns[key]}", "no such column",
                                    "one of: " + ", ".join(h for h in rows[0]), code="csv.no_such_column",
                                    values={"quantity": key, "column": columns[key]})
    missing = [k for k in ("n_params", "loss") if k not in where]
    if "n_tokens" not in where and "compute_flop" not in where:
        missing.append("n_tokens or compute_flop")
    if missing:
        raise ScenarioError(path, "missing column(s): " + ", ".join(missing),
                            "columns for parameters, tokens (or training FLOP) and loss; found: "
                            + ", ".join(rows[0]) + " (map them with --columns)", code="csv.missing_columns",
                            values={"columns": ", ".join(missing)})
    use_tokens = "n_tokens" in where
    n, d, loss, lines = [], [], [], []
    for line_no, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        vals = {}
        for key in ("n_params", "n_tokens" if use_tokens else "compute_flop", "loss"):
            col = where[key]
            cell = row[col].strip() if col < len(row) else ""
            try:
                v = float(cell)
            except ValueError:
                raise ScenarioError(f"{path}:{line_no}", f"column '{rows[0][col].strip()}' is {cell!r}, "
                                    "not a number", "a positive number", code="csv.not_a_number",
                                    values={"line": line_no, "column": rows[0][col].strip(), "cell": cell}) from None
            if not math.isfinite(v) or v <= 0:
                raise ScenarioError(f"{path}:{line_no}", f"column '{rows[0][col].strip()}' is {cell}",
                                    "a positive, finite number", code="csv.not_positive",
                                    values={"line": line_no, "column": rows[0][col].strip(), "cell": cell})
            vals[key] = v
        n.append(vals["n_params"])
        d.append(vals["n_tokens"] if use_tokens else vals["compute_flop"] / (6.0 * vals["n_params"]))
        loss.append(vals["loss"])
        lines.append(line_no)
    if len(n) < 5:
        raise ScenarioError(path, f"has {len(n)} runs", "at least 5 runs (the law has 5 parameters)",
                            code="csv.too_few_runs", values={"count": len(n)})
    return Runs(np.array(n), np.array(d), np.array(loss), tuple(lines))


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
