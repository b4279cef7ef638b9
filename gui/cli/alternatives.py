"""`scaleplan alternatives FILE [--json]`: the plan's run on clusters of other sizes that can run it (failures,
batch, memory, power and days checked), from the smallest to the fastest (headless, no Qt)."""

from __future__ import annotations

import argparse
import json

from .common import EXIT_OK


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sp = sub.add_parser("alternatives", help="what it would take: the same run on other cluster sizes")
    sp.add_argument("file", help="a .scaleplan.json scenario")
    sp.add_argument("--json", action="store_true", help="print the alternatives as JSON")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    import engine
    from engine import fmt
    from engine.alternatives import alternatives

    scenario = engine.load(args.file)
    try:
        rows = alternatives(scenario)
        base = engine.plan(scenario)
    except engine.ScenarioError as exc:
        raise exc.with_path(f"{Path(args.file).name}: {exc.path}") from None
    if args.json:
        out = {"scenario": scenario.name, "n_params": base.n_params, "n_tokens": base.n_tokens,
               "alternatives": [a.to_dict() for a in rows]}
        print(json.dumps(out, ensure_ascii=False, indent=2, allow_nan=False))
        return EXIT_OK
    print(f"{scenario.name}: {fmt.short(base.n_params)} parameters on {fmt.short(base.n_tokens)} tokens")
    if not rows:
        print("No cluster of these accelerators runs it within 9 months without breaking a limit.")
        return EXIT_OK
    print(f"{'accelerators':>13} {'days':>8} {'goodput':>8} {'cost':>12} {'energy':>10} {'peak power':>11}")
    for a in rows:
        print(f"{a.count:>13,} {a.days:>8.3g} {a.goodput:>8.0%} {fmt.money(a.total_cost, a.plan.currency):>12} "
              f"{fmt.energy(a.energy_mwh):>10} {fmt.power(a.peak_power_mw):>11}")
    return EXIT_OK
