"""`scaleplan plan FILE [--json]`: plan a scenario and print the result (headless, no Qt)."""

from __future__ import annotations

import argparse
import json

from .common import EXIT_OK


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sp = sub.add_parser("plan", help="plan a scenario file and print the result")
    sp.add_argument("file", help="a .scaleplan.json scenario")
    sp.add_argument("--json", action="store_true", help="print the result as JSON (a stable contract)")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    import engine

    scenario = engine.load(args.file)
    try:
        result = engine.plan(scenario)
    except engine.ScenarioError as exc:  # name the file, as load's errors do: "a.scaleplan.json: law: …"
        raise exc.with_path(f"{Path(args.file).name}: {exc.path}") from None
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        from gui.text.tables import plan_table

        print(plan_table(result))
    return EXIT_OK
