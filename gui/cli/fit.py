"""`scaleplan fit RUNS.csv`: fit a law to your own runs (headless, no Qt)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .common import EXIT_OK


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sf = sub.add_parser("fit", help="fit a scaling law to your own training runs (CSV)",
                        description="Fit L(N, D) = E + A/N^α + B/D^β to training runs (Hoffmann et al. 2022 "
                                    "App. D.2: Huber δ = 1e-3 on log loss, summed, best of 4,500 starts).")
    sf.add_argument("file", help="a CSV with parameters, tokens (or training FLOP) and final loss per run")
    sf.add_argument("--drop-top", type=int, default=0, metavar="K", help="leave out the K highest-loss runs")
    sf.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="N bootstrap resamples for 95%% intervals (e.g. 1000; at most 10,000, what a law "
                         "may carry)")
    sf.add_argument("--seed", type=int, default=0, help="seed of the bootstrap (default 0)")
    sf.add_argument("--columns", action="append", metavar="QUANTITY=COLUMN",
                    help="name the CSV columns, e.g. n_params='Model Size',compute_flop='Training FLOP',loss=loss")
    sf.add_argument("--name", default="", help="the fitted law's name (default: from the file name)")
    sf.add_argument("--into", metavar="SCENARIO", help="also put the fitted law into this scenario file (atomically)")
    sf.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    import math
    import time
    from dataclasses import replace

    import numpy as np

    import engine
    from engine import ScenarioError
    from engine.fit import MAX_RUNS, bootstrap, fit, parse_columns, read_runs_csv
    from engine.presets import MAX_LAW_SAMPLES, custom_law
    from gui.text.numbers import number, sci

    if not 0 <= args.drop_top <= MAX_RUNS:
        raise ScenarioError("--drop-top", f"{args.drop_top} is out of range", f"0 to {MAX_RUNS:,}")
    # a law carries at most MAX_LAW_SAMPLES bootstrap samples (10,000 pin a 95 % band far more finely than
    # it needs); more resamples cost minutes and could not be saved with --into
    if not 0 <= args.bootstrap <= MAX_LAW_SAMPLES or args.bootstrap == 1:
        raise ScenarioError("--bootstrap", f"{args.bootstrap} is out of range", f"0 (none) or 2 to {MAX_LAW_SAMPLES:,}")
    scenario = engine.load(args.into) if args.into else None  # refuse a bad target before the work
    runs = read_runs_csv(args.file, parse_columns(args.columns))
    t0 = time.perf_counter()
    result = fit(runs, args.drop_top)
    fit_s = time.perf_counter() - t0
    if args.bootstrap:
        result = bootstrap(runs, result, args.bootstrap, seed=args.seed, drop_top=args.drop_top)
    name = args.name or f"Fitted to {Path(args.file).name}"
    if scenario is not None:
        law = engine.LawChoice(preset=None, custom=result.law_dict(name))
        law.resolve()  # validated like any custom law
        engine.save(replace(scenario, law=law), args.into)
    ci = result.ci()
    if args.json:
        out = {**result.params(), "objective": result.objective, "n_used": result.n_used,
               "compute_range": list(result.compute_range_flop), "seconds": round(fit_s, 3)}
        if ci is not None and result.samples is not None:  # intervals come from bootstrap samples
            out["ci"] = {k: list(v) for k, v in ci.items()}
            out["bootstrap"] = len(result.samples)
        print(json.dumps(out, indent=2, allow_nan=False))
    else:
        lo_c, hi_c = result.compute_range_flop
        print(f"{name}: {result.n_used} runs (of {len(runs)}), compute {sci(lo_c)}–{sci(hi_c)} FLOP, "
              f"fitted in {fit_s:.2f} s")
        print(f"objective (summed Huber, δ = 10⁻³)  {sci(result.objective, 4)}")
        for k in ("E", "A", "B", "alpha", "beta"):
            v = getattr(result, k)
            band = f"   95% CI {number(ci[k][0])} – {number(ci[k][1])}" if ci else ""
            print(f"  {k:<6} {number(v, 5):>12}{band}")
        fitted = custom_law(result.law_dict(name))
        with np.errstate(all="ignore"):
            ratio = float(fitted.optimal_n_tokens(1e24) / fitted.optimal_n_params(1e24))
        if math.isfinite(ratio):
            print(f"  tokens per parameter at 1e24 FLOP: {ratio:.1f}")
        if scenario is not None:
            print(f"wrote the law into {args.into}")
    return EXIT_OK
