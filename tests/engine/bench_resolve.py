"""Timing of LawChoice.resolve and engine.plan with a preset law and with a fitted custom law carrying a
1,000-row bootstrap (medians of time.perf_counter). Not a test; run from the repository root:

    .venv/bin/python -m tests.engine.bench_resolve
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

import numpy as np

import engine
from engine.scenario import Scenario, from_dict, to_dict


def fitted_scenario(rows: int = 1000, seed: int = 1) -> Scenario:
    """The default scenario with a custom law like a fit's: epoch-2024's constants and ``rows`` bootstrap rows."""
    rng = np.random.default_rng(seed)
    central = np.array([1.81686, 482.006, 2085.434, 0.347813, 0.365854])
    samples = np.round(central * (1 + 0.02 * rng.standard_normal((rows, 5))), 10).tolist()
    d = to_dict(engine.default_scenario())
    d["law"] = {"name": "fitted", "E": 1.81686, "A": 482.006, "B": 2085.434, "alpha": 0.347813,
                "beta": 0.365854, "compute_range_flop": [1e18, 1e22], "samples": samples,
                "source": "synthetic bootstrap"}
    return from_dict(json.loads(json.dumps(d)))


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def main() -> None:
    preset = engine.default_scenario().validated()
    fitted = fitted_scenario()
    for label, s in (("preset epoch-2024", preset), ("fitted, 1,000 bootstrap rows", fitted)):
        s.law.resolve()  # the first resolve builds (and for a custom law validates) the law
        same = median_ms(s.law.resolve, 200)
        # an equal law in a separately loaded scenario (another tab, an undo step): found by value
        twins = iter([engine.loads(engine.dumps(s)).law for _ in range(20)])
        twin = median_ms(lambda twins=twins: next(twins).resolve(), 20)
        # a dragged slider: every plan sees a new scenario with the same law
        scenarios = iter([s.with_changes("cluster.count", 1024 + i) for i in range(300)])
        for _ in range(50):
            engine.plan(next(scenarios))  # warm-up
        plan_ms = median_ms(lambda scenarios=scenarios: engine.plan(next(scenarios)), 250)
        print(f"{label:30s} resolve {same:.4f} ms  resolve(equal value) {twin:.4f} ms  plan {plan_ms:.3f} ms")


if __name__ == "__main__":
    main()
