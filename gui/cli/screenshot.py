"""`scaleplan screenshot [FILE ...] -o OUT.png [--present]`: the window rendered offscreen, with a state of
its own (one tab per FILE; ``--present``: in presentation mode on a screen of ``--size``)."""

from __future__ import annotations

import argparse
import sys

from .common import EXIT_OK


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ss = sub.add_parser("screenshot", help="render the main window headless (offscreen) to a PNG")
    ss.add_argument("file", nargs="*", help="scenarios, one tab each, the first shown (default: the default "
                                            "scenario)")
    ss.add_argument("-o", "--output", required=True, help="the PNG to write")
    ss.add_argument("--size", default="1600x1000", help="window size WxH (default 1600x1000)")
    ss.add_argument("--lang", dest="shot_lang", choices=("en", "ja"), default=None,
                    help="language of the window (default en)")
    ss.add_argument("--present", action="store_true",
                    help="presentation mode (F5), full screen on an offscreen screen of --size")


def run(args: argparse.Namespace) -> int:
    from engine import ScenarioError

    try:
        w, h = (int(v) for v in args.size.lower().split("x"))
        if not (200 <= w <= 8000 and 200 <= h <= 8000):
            raise ValueError
    except ValueError:
        raise ScenarioError("--size", f"{args.size!r} is not a window size", "WxH, each 200 to 8000") from None
    from gui.app.start import screenshot

    screenshot(args.file, args.output, (w, h), args.shot_lang or args.lang or "en", present=args.present)
    print(f"wrote {args.output}", file=sys.stderr)
    return EXIT_OK
