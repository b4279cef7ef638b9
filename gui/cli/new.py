"""`scaleplan new [-o FILE]`: the default scenario (headless, no Qt)."""

from __future__ import annotations

import argparse
import sys

from .common import EXIT_OK


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sn = sub.add_parser("new", help="print the default scenario")
    sn.add_argument("--json", action="store_true", help="print it as a scenario file (the default)")
    sn.add_argument("-o", "--output", help="write it to this file instead (atomically)")


def run(args: argparse.Namespace) -> int:
    import engine
    from gui.text.names import new_scenario

    s = new_scenario()  # named for what it is, as the window names a new scenario
    if args.output:
        engine.save(s, args.output)
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(engine.dumps(s))
    return EXIT_OK
