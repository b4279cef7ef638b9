"""A bounded scalar minimiser (Brent's method: golden-section steps with parabolic interpolation).

The engine needs exactly this one routine (a 1-D search over log N or log C); writing it here keeps
scipy — and its ~60 MB with its own OpenBLAS — out of the standalone bundle. The tests compare it with
``scipy.optimize.minimize_scalar(method="bounded")``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

_GOLDEN = 0.5 * (3.0 - math.sqrt(5.0))


@dataclass(frozen=True)
class ScalarResult:
    x: float
    fun: float
    evaluations: int


def minimize_bounded(f: Callable[[float], float], lo: float, hi: float, xatol: float = 1e-10,
                     max_eval: int = 500) -> ScalarResult:
    """The minimum of f on [lo, hi] to within ``xatol`` in x (a local minimum when f is not unimodal)."""
    if not lo < hi:
        raise ValueError(f"need lo < hi, got [{lo}, {hi}]")
    a, b = lo, hi
    x = w = v = a + _GOLDEN * (b - a)
    fx = fw = fv = f(x)
    d = e = 0.0
    evals = 1
    while evals < max_eval:
        m = 0.5 * (a + b)
        tol1 = 1e-12 * abs(x) + xatol / 3.0
        tol2 = 2.0 * tol1
        if abs(x - m) <= tol2 - 0.5 * (b - a):
            break
        use_golden = True
        if abs(e) > tol1:  # try a parabola through x, w, v
            r = (x - w) * (fx - fv)
            q = (x - v) * (fx - fw)
            p = (x - v) * q - (x - w) * r
            q = 2.0 * (q - r)
            if q > 0.0:
                p = -p
            q = abs(q)
            if abs(p) < abs(0.5 * q * e) and q * (a - x) < p < q * (b - x):
                e, d = d, p / q
                u = x + d
                if (u - a) < tol2 or (b - u) < tol2:
                    d = tol1 if x < m else -tol1
                use_golden = False
        if use_golden:
            e = (b - x) if x < m else (a - x)
            d = _GOLDEN * e
        u = x + (d if abs(d) >= tol1 else (tol1 if d > 0 else -tol1))
        fu = f(u)
        evals += 1
        if fu <= fx:
            if u < x:
                b = x
            else:
                a = x
            v, fv, w, fw, x, fx = w, fw, x, fx, u, fu
        else:
            if u < x:
                a = u
            else:
                b = u
            if fu <= fw or w == x:
                v, fv, w, fw = w, fw, u, fu
            elif fu <= fv or v == x or v == w:
                v, fv = u, fu
    return ScalarResult(x, fx, evals)
