"""Regenerate resources/epoch-2024-bootstrap.json: the parameter samples behind the epoch-2024 band.

Besiroglu et al. 2024's procedure ("Chinchilla Scaling: A replication attempt", arXiv:2404.10102, §3 and
Table 1) with ScalePlan's own fitter (engine/fit.py): the 245 runs Epoch AI read off Hoffmann et al. 2022
Fig. 4, the 5 highest losses dropped, the law fitted to the 240 left (Huber δ = 1e-3 on log loss, the
4,500-start grid), then 1,000 bootstrap resamples of those runs, each refitted. The runs carry no licence and
stay in ../shared/reference/ (or $SCALEPLAN_REFERENCE); only the fitted parameters are shipped, rounded to six
significant digits. A fixed seed makes the file the same every time (tests/engine/test_bootstrap_band.py
regenerates it and compares).

    .venv/bin/python scripts/build_bootstrap.py            # write the file
    .venv/bin/python scripts/build_bootstrap.py --check    # exit 1 if the shipped file differs
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "epoch-2024-bootstrap.json"
#: Besiroglu et al. 2024: "we drop the 5 data points with the highest loss" (§3, the outliers of Fig. 4).
DROP_TOP = 5
#: The fitter's default bootstrap, as many as Besiroglu et al.'s standard errors need to settle (±3 %).
RESAMPLES = 1000
#: Fixed beforehand (the date of arXiv:2404.10102, as engine.laws._DRAW_SEED), not chosen for its result.
SEED = 20240416
#: Six significant digits: the samples' spread is ≥ 4 % of every parameter, so rounding moves no band.
SIGNIFICANT = 6


def reference_csv() -> Path:
    """Epoch AI's runs: $SCALEPLAN_REFERENCE, else ../shared/reference/ beside the checkout."""
    ref = Path(os.environ.get("SCALEPLAN_REFERENCE", ROOT.parent / "shared" / "reference"))
    return ref / "epoch_chinchilla_fig4_runs.csv"


def _round(x: float) -> float:
    return float(f"{x:.{SIGNIFICANT}g}")


def build(csv_path: Path) -> dict[str, Any]:
    """The resource's content, from the runs at ``csv_path``."""
    if str(ROOT) not in sys.path:  # run from a checkout without installing it
        sys.path.insert(0, str(ROOT))
    from engine.fit import PARAMS, bootstrap, fit, read_runs_csv

    runs = read_runs_csv(str(csv_path))
    central = fit(runs, drop_top=DROP_TOP)
    result = bootstrap(runs, central, RESAMPLES, seed=SEED, drop_top=DROP_TOP)
    assert result.samples is not None
    lo, hi = central.compute_range_flop
    return {
        "format": "scaleplan-law-samples",
        "version": 1,
        "law": "epoch-2024",
        "method": (f"bootstrap of the {central.n_used} runs: {len(result.samples):,} resamples, each refitted with "
                   "ScalePlan's fitter (Huber δ = 1e-3 on log loss, Hoffmann et al. 2022 App. D.2), as Besiroglu "
                   "et al. 2024 did for their Table 1 standard errors"),
        "data": (f"{len(runs)} runs read off Hoffmann et al. 2022 Fig. 4 by Epoch AI "
                 f"(epoch-research/analyzing-chinchilla), the {DROP_TOP} highest losses dropped; the runs are not "
                 "shipped, only these fitted parameters"),
        "generator": "scripts/build_bootstrap.py",
        "runs": central.n_used,
        "resamples": RESAMPLES,
        "seed": SEED,
        "fit": {**{k: _round(v) for k, v in central.params().items()}, "objective": _round(central.objective)},
        "compute_range_flop": [_round(lo), _round(hi)],
        "columns": list(PARAMS),
        "samples": [[_round(v) for v in row] for row in result.samples.tolist()],
    }


#: A fresh build matches the shipped samples when every number agrees to this relative difference: the last of
#: six digits may round the other way where another machine's floating point differs in the 16th.
CHECK_RTOL = 2e-5


def max_difference(shipped: dict[str, Any], fresh: dict[str, Any]) -> float:
    """The largest relative difference between two builds' samples (inf when their shapes or metadata differ)."""
    a, b = shipped.get("samples"), fresh.get("samples")
    same_meta = all(shipped.get(k) == fresh.get(k) for k in ("law", "runs", "resamples", "seed", "columns"))
    if not same_meta or not isinstance(a, list) or not isinstance(b, list) or len(a) != len(b):
        return float("inf")
    return max((abs(x - y) / max(abs(x), abs(y)) for ra, rb in zip(a, b, strict=True)
                for x, y in zip(ra, rb, strict=True)), default=0.0)


def dumps(doc: dict[str, Any]) -> str:
    """JSON with one sample per line (a diff of a regenerated file stays readable)."""
    head = {k: v for k, v in doc.items() if k != "samples"}
    text = json.dumps(head, ensure_ascii=False, indent=2)[:-2]  # without the closing "\n}"
    rows = ",\n".join("    " + json.dumps(row) for row in doc["samples"])
    return f'{text},\n  "samples": [\n{rows}\n  ]\n}}\n'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    args = parser.parse_args(argv)
    csv_path = reference_csv()
    if not csv_path.is_file():
        print(f"{csv_path}: not found (Epoch AI's runs are kept in ../shared/reference/)", file=sys.stderr)
        return 2
    doc = build(csv_path)
    if args.check:
        shipped = json.loads(OUTPUT.read_text(encoding="utf-8")) if OUTPUT.is_file() else {}
        diff = max_difference(shipped, doc)
        print(f"{OUTPUT.relative_to(ROOT)}: " + ("up to date" if diff <= CHECK_RTOL else
                                                 f"differs from a fresh build (relative difference {diff:.3g})"))
        return 0 if diff <= CHECK_RTOL else 1
    OUTPUT.write_text(dumps(doc), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
