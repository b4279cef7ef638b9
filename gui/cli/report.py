"""`scaleplan report FILE… --pdf/--pptx/--xlsx/--figures`: documents, offscreen, with a state of their own."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import EXIT_OK


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sr = sub.add_parser("report", help="PDF report, slides, spreadsheet and figures of scenarios (offscreen, no "
                                       "display needed)")
    sr.add_argument("files", nargs="+", metavar="FILE", help="scenario files")
    sr.add_argument("--pdf", metavar="OUT.pdf",
                    help="the report: A4 landscape, a decision page and an assumptions page per scenario")
    sr.add_argument("--pptx", metavar="OUT.pptx", help="slides (16:9): decision, one per scenario, assumptions")
    sr.add_argument("--xlsx", metavar="OUT.xlsx",
                    help="spreadsheet: the comparison, key numbers, assumptions and findings, as numbers with units")
    sr.add_argument("--figures", metavar="DIR", help="every plot of every scenario as PNG (2×), SVG and CSV")
    sr.add_argument("--lang", dest="report_lang", choices=("en", "ja"), default=None,
                    help="language of the report (default en)")


def run(args: argparse.Namespace) -> int:
    import engine
    from engine import ScenarioError

    if not args.pdf and not args.figures and not args.pptx and not args.xlsx:
        raise ScenarioError("report", "nothing to write",
                            "--xlsx OUT.xlsx, --pdf OUT.pdf, --pptx OUT.pptx and/or --figures DIR")
    scenarios = [engine.load(f) for f in args.files]  # every file checked before any work
    for out in (args.pdf, args.pptx, args.xlsx):
        if out and not Path(out).resolve().parent.is_dir():
            raise ScenarioError(out, "its folder does not exist", "a path in an existing folder")
    from gui.app.start import make_app

    make_app(offscreen=True, lang=args.report_lang or args.lang or "en")
    if args.pdf:
        from gui.reports.pdf import write_pdf

        write_pdf(scenarios, args.pdf)
        n = len(scenarios)
        print(f"wrote {args.pdf} ({n} scenario{'s' if n > 1 else ''})", file=sys.stderr)
    if args.pptx:
        from gui.reports.slides import write_pptx

        write_pptx(scenarios, args.pptx)
        print(f"wrote {args.pptx}", file=sys.stderr)
    if args.xlsx:
        from gui.reports.xlsx import write_xlsx

        write_xlsx(scenarios, args.xlsx)
        print(f"wrote {args.xlsx}", file=sys.stderr)
    if args.figures:
        from gui.plots import PLOTS
        from gui.reports.figures import export_all
        from gui.reports.render import WINDOW_PLOT_SIZE, plots_for_document

        for f, scenario in zip(args.files, scenarios, strict=True):
            plots = plots_for_document(engine.plan(scenario), PLOTS, WINDOW_PLOT_SIZE)
            folder = Path(args.figures) / Path(f).name.replace(".scaleplan.json", "").replace(".json", "")
            try:
                written = export_all(plots, folder)
            finally:
                for plot in plots:
                    plot.close()
                    plot.deleteLater()
            print(f"wrote {len(written)} files to {folder}", file=sys.stderr)
    return EXIT_OK
