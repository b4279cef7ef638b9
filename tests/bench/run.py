"""`make bench`: measure, print, and write .bench/results.json (ignored by git).

plan_ms: one plan() of the default scenario plus every curve the window needs (frontier with band,
the other presets' frontiers, three isoFLOP curves, N*/D*, a 128×128 loss grid, energy/cost vs days)
— 5+ curves of 256 points. Goal: p95 ≤ 2 ms on a 2-core machine.
"""

from __future__ import annotations

import json
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def bench_plan(repeats: int = 600, warmup: int = 50) -> dict[str, float]:
    import engine
    from engine.curves import window_curves
    from engine.presets import presets

    s = engine.default_scenario().validated()
    laws = presets()
    # vary the input slightly, as a dragged slider does, so no result can be cached between calls
    scenarios = [s.with_changes("cluster.count", 1024 + i) for i in range(repeats + warmup)]
    times = []
    for i, sc in enumerate(scenarios):
        t0 = time.perf_counter()
        p = engine.plan(sc)
        window_curves(p, laws)
        dt = (time.perf_counter() - t0) * 1e3
        if i >= warmup:
            times.append(dt)
    return {"plan_ms_p50": statistics.median(times), "plan_ms_p95": _percentile(times, 0.95),
            "plan_repeats": repeats}


def main() -> int:
    results: dict[str, object] = {"python": platform.python_version(), "machine": platform.machine(),
                                  "time": time.strftime("%Y-%m-%dT%H:%M:%S")}
    results.update(bench_plan())
    out = ROOT / ".bench" / "results.json"
    out.parent.mkdir(exist_ok=True)
    previous = json.loads(out.read_text()) if out.exists() else {}
    previous.update(results)
    out.write_text(json.dumps(previous, indent=2) + "\n")
    goals = {"plan_ms_p95": 2.0}
    for key, value in results.items():
        goal = goals.get(key)
        verdict = "" if goal is None else ("  ok (goal ≤ %g)" % goal if value <= goal else "  OVER goal ≤ %g" % goal)
        print(f"{key:>22}: {value:.3f}{verdict}" if isinstance(value, float) else f"{key:>22}: {value}")
    print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
