"""`scaleplan laws [--json]`: the law presets with their constants and sources (headless, no Qt)."""

from __future__ import annotations

import argparse
import json
from typing import Any

import numpy as np

from .common import EXIT_OK


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sl = sub.add_parser("laws", help="list the scaling-law presets with their sources")
    sl.add_argument("--json", action="store_true")


def _uncertainty(law: Any) -> dict[str, Any]:
    """How a law's uncertainty was obtained, and the spread of its draws (standard deviations)."""
    from engine.presets import uncertainty_origin

    out: dict[str, Any] = {"method": uncertainty_origin(law), "draws": int(getattr(law, "draw_count", 0))}
    if getattr(law, "samples", None) is not None:
        sd = np.asarray(law.samples, dtype=float).std(axis=0, ddof=1)
        out["sd"] = {k: float(v) for k, v in zip(("E", "A", "B", "alpha", "beta"), sd, strict=True)}
    return out


def run(args: argparse.Namespace) -> int:
    from engine.laws import KaplanLaw
    from engine.presets import DEFAULT_LAW_ID, presets
    from gui.text.numbers import number, sci

    laws = presets()
    if args.json:
        out = []
        for law_id, law in laws.items():
            d = {"id": law_id, **law.to_dict(), "notes": law.notes,
                 "compute_range_flop": list(law.compute_range_flop), "default": law_id == DEFAULT_LAW_ID,
                 "uncertainty": _uncertainty(law)}
            d.pop("samples", None)  # a preset's 1,000 bootstrap rows are in resources/, summarised here
            out.append(d)
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    for law_id, law in laws.items():
        mark = "  (default)" if law_id == DEFAULT_LAW_ID else ""
        print(f"{law_id}{mark}\n  {law.name}")
        if isinstance(law, KaplanLaw):
            print(f"  L(N,D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D   α_N {law.alpha_n}  α_D {law.alpha_d}  "
                  f"N_c {sci(law.n_c, 2)}  D_c {sci(law.d_c, 2)};  "
                  f"N_opt = {sci(law.alloc_n_coef, 2)}·C_PFday^{law.alloc_n_exp}")
        else:
            e, a, b, alpha, beta = (float(np.asarray(v).ravel()[0]) for v in (law.E, law.A, law.B, law.alpha,
                                                                                  law.beta))
            terms = f"E {number(e)}  A {number(a)}  B {number(b)}  α {number(alpha)}  β {number(beta)}"
            if law.r_d_star is not None and law.r_n_star is not None:  # both set exactly when data-constrained
                terms += f"  R_D* {number(float(law.r_d_star))}  R_N* {number(float(law.r_n_star))}"
            print(f"  L = E + A/N^α + B/D^β   {terms}")
            if law.se:
                print("  standard errors: " + "  ".join(f"{k} {number(v)}" for k, v in law.se.items()))
        spread = _uncertainty(law)
        print(f"  uncertainty: {spread['method']}")
        if "sd" in spread:
            names = {"alpha": "α", "beta": "β"}
            print(f"  spread of its {spread['draws']:,} draws (standard deviation): "
                  + "  ".join(f"{names.get(k, k)} {number(v, 3)}" for k, v in spread["sd"].items()))
        print(f"  source: {law.source}\n")
    return EXIT_OK
