"""`scaleplan accelerators [--json]`: the accelerator catalogue (headless, no Qt)."""

from __future__ import annotations

import argparse
import json

from .common import EXIT_OK


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sa = sub.add_parser("accelerators", help="list the accelerator catalogue with its sources")
    sa.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from engine.catalogue import accelerators

    acc = accelerators()
    if args.json:
        print(json.dumps([asdict(a) for a in acc.values()], ensure_ascii=False, indent=2))
        return EXIT_OK
    header = f"{'id':<14} {'name':<38} {'BF16 dense':>11} {'memory':>7} {'TDP':>6}  {'USD/h':>11}"
    print(header)
    print("-" * len(header))
    for a in acc.values():
        price = "—"
        if a.price_usd_per_hour_low or a.price_usd_per_hour_high:
            lo = f"{a.price_usd_per_hour_low:.2f}" if a.price_usd_per_hour_low else ""
            hi = f"{a.price_usd_per_hour_high:.2f}" if a.price_usd_per_hour_high else ""
            price = f"{lo}–{hi}" if lo and hi else (lo or hi)
            if not a.price_verified:
                price += "?"
        mem = f"{a.memory_gb:g} GB" if a.memory_gb else "—"
        tdp = f"{a.power_w:g} W" if a.power_w else "—"
        print(f"{a.id:<14} {a.name[:38]:<38} {a.peak_flop_per_s / 1e12:>7,.0f} TF {mem:>7} {tdp:>6}  {price:>11}")
    print("\nPeaks are dense BF16 (never the 2:4-sparse figure). '?' marks an unverified price.")
    print("Sources: " + "; ".join(sorted({a.source for a in acc.values()})))
    return EXIT_OK
