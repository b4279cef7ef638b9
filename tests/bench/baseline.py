"""`make bench-baseline`: the reference fitting procedure, run once — scipy's L-BFGS-B from each of the
4,500 grid starts in turn (Hoffmann et al. 2022 App. D.2 as Besiroglu et al. 2024 ran it) on Epoch AI's
240 kept runs, with scipy's finite-difference gradient as a direct port does (fit_naive_s, several
minutes), and the same loop given the analytic gradient (fit_naive_jac_s), next to ScalePlan's batched
fit (fit_epoch_s)."""

from __future__ import annotations

import json
import sys
import time

import numpy as np
from scipy.optimize import minimize

from engine.fit import _objective, fit, published_grid, read_runs_csv

from .run import ROOT, epoch_runs_path


def main() -> int:
    path = epoch_runs_path()
    if not path.is_file():
        print(f"bench-baseline: {path} not found (the Epoch runs stay in ../shared)", file=sys.stderr)
        return 1
    runs = read_runs_csv(str(path)).drop_top(5)
    x, y, ell = np.log(runs.n_params), np.log(runs.n_tokens), np.log(runs.loss)

    def f(theta):
        v, g = _objective(theta[None, :], x, y, ell, None)
        return float(v[0]), g[0]

    def f_only(theta):
        return float(_objective(theta[None, :], x, y, ell, None, grad=False)[0])

    t0 = time.perf_counter()
    best = min((minimize(f_only, s0, method="L-BFGS-B") for s0 in published_grid()), key=lambda r: r.fun)
    naive_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    best_jac = min((minimize(f, s0, jac=True, method="L-BFGS-B") for s0 in published_grid()), key=lambda r: r.fun)
    naive_jac_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    ours = fit(read_runs_csv(str(path)), drop_top=5)
    ours_s = time.perf_counter() - t0
    results = {"fit_naive_s": naive_s, "fit_naive_objective": f"{best.fun:.7e}", "fit_naive_jac_s": naive_jac_s,
               "fit_naive_jac_objective": f"{best_jac.fun:.7e}", "fit_epoch_s": ours_s,
               "fit_epoch_objective": f"{ours.objective:.7e}", "fit_speedup": naive_s / ours_s}
    out = ROOT / ".bench" / "results.json"
    out.parent.mkdir(exist_ok=True)
    previous = json.loads(out.read_text()) if out.exists() else {}
    previous.update(results)
    out.write_text(json.dumps(previous, indent=2) + "\n")
    for key, value in results.items():
        print(f"{key:>22}: {value:.3f}" if isinstance(value, float) else f"{key:>22}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
