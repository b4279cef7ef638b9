"""The ``scaleplan`` command. Headless subcommands never import Qt.

Exit codes: 0 success, 2 bad input (the message names the field or file and what is allowed),
1 unexpected error (no traceback unless ``--debug``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's default exit code 2 is also ours: bad input
        self.print_usage(sys.stderr)
        print(f"scaleplan: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def _parser() -> argparse.ArgumentParser:
    from engine import __version__

    p = _Parser(prog="scaleplan", description="Plan large language-model training runs.")
    p.add_argument("--version", action="version", version=f"scaleplan {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    p.add_argument("--lang", choices=("en", "ja"), help="language of the window (default: as last chosen, "
                   "else the system's)")
    p.add_argument("--smoke-test", action="store_true",
                   help="check offscreen that this build works (engine, Qt, Japanese font, window, PNG); exit 0 if so")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sp = sub.add_parser("plan", help="plan a scenario file and print the result")
    sp.add_argument("file", help="a .scaleplan.json scenario")
    sp.add_argument("--json", action="store_true", help="print the result as JSON (a stable contract)")

    sn = sub.add_parser("new", help="print the default scenario")
    sn.add_argument("--json", action="store_true", help="print it as a scenario file (the default)")
    sn.add_argument("-o", "--output", help="write it to this file instead (atomically)")

    ss = sub.add_parser("screenshot", help="render the main window headless (offscreen) to a PNG")
    ss.add_argument("file", nargs="?", help="a scenario (default: the default scenario)")
    ss.add_argument("-o", "--output", required=True, help="the PNG to write")
    ss.add_argument("--size", default="1600x1000", help="window size WxH (default 1600x1000)")
    ss.add_argument("--lang", dest="shot_lang", choices=("en", "ja"), default=None,
                    help="language of the window (default en)")

    sf = sub.add_parser("fit", help="fit a scaling law to your own training runs (CSV)",
                        description="Fit L(N, D) = E + A/N^α + B/D^β to training runs (Hoffmann et al. 2022 "
                                    "App. D.2: Huber δ = 1e-3 on log loss, summed, best of 4,500 starts).")
    sf.add_argument("file", help="a CSV with parameters, tokens (or training FLOP) and final loss per run")
    sf.add_argument("--drop-top", type=int, default=0, metavar="K", help="leave out the K highest-loss runs")
    sf.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="N bootstrap resamples for 95%% intervals (e.g. 1000)")
    sf.add_argument("--seed", type=int, default=0, help="seed of the bootstrap (default 0)")
    sf.add_argument("--columns", action="append", metavar="QUANTITY=COLUMN",
                    help="name the CSV columns, e.g. n_params='Model Size',compute_flop='Training FLOP',loss=loss")
    sf.add_argument("--name", default="", help="the fitted law's name (default: from the file name)")
    sf.add_argument("--into", metavar="SCENARIO", help="also put the fitted law into this scenario file (atomically)")
    sf.add_argument("--json", action="store_true", help="print the result as JSON")

    sr = sub.add_parser("report", help="one-page PDF per scenario and the figures (offscreen, no display needed)")
    sr.add_argument("files", nargs="+", metavar="FILE", help="scenario files")
    sr.add_argument("--pdf", metavar="OUT.pdf", help="the report: A4 landscape, a page per scenario")
    sr.add_argument("--pptx", metavar="OUT.pptx", help="slides (16:9): one per scenario, and a comparison")
    sr.add_argument("--figures", metavar="DIR", help="every plot of every scenario as PNG (2×), SVG and CSV")
    sr.add_argument("--lang", dest="report_lang", choices=("en", "ja"), default=None,
                    help="language of the report (default en)")

    sl = sub.add_parser("laws", help="list the scaling-law presets with their sources")
    sl.add_argument("--json", action="store_true")
    sa = sub.add_parser("accelerators", help="list the accelerator catalogue with its sources")
    sa.add_argument("--json", action="store_true")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    file_to_open = None
    rest = [a for a in args_list if a != "--debug"]
    if rest and not rest[0].startswith("-") and rest[0] not in COMMANDS:
        file_to_open = rest[0]  # `scaleplan FILE` opens the window on FILE
        args = parser.parse_args([a for a in args_list if a != file_to_open])
    else:
        args = parser.parse_args(args_list)
    try:
        if args.smoke_test:
            from .smoke import run as smoke_test

            return smoke_test()
        if args.command is None:
            from .app import run_gui

            if file_to_open is not None and not Path(file_to_open).exists():
                from engine import ScenarioError

                raise ScenarioError(file_to_open, "is not a command nor an existing scenario file",
                                    "a command (" + ", ".join(COMMANDS) + ") or a .scaleplan.json file")

            return run_gui(file_to_open, args.lang)
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `scaleplan laws | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 — the boundary: no traceback reaches a user
        from engine import ScenarioError

        if isinstance(exc, ScenarioError):
            print(f"scaleplan: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if args.debug:
            raise
        print(f"scaleplan: unexpected error: {type(exc).__name__}: {exc}\n"
              "(run again with --debug for the details)", file=sys.stderr)
        return EXIT_ERROR


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from engine import ScenarioError

    try:
        w, h = (int(v) for v in args.size.lower().split("x"))
        if not (200 <= w <= 8000 and 200 <= h <= 8000):
            raise ValueError
    except ValueError:
        raise ScenarioError("--size", f"{args.size!r} is not a window size", "WxH, each 200 to 8000") from None
    from .app import screenshot

    screenshot(args.file, args.output, (w, h), args.shot_lang or args.lang or "en")
    print(f"wrote {args.output}", file=sys.stderr)
    return EXIT_OK


def _cmd_fit(args: argparse.Namespace) -> int:
    import time
    from dataclasses import replace

    import engine
    from engine import ScenarioError
    from engine.fit import bootstrap, fit, parse_columns, read_runs_csv
    from engine.presets import custom_law

    if not 0 <= args.drop_top <= 10_000:
        raise ScenarioError("--drop-top", f"{args.drop_top} is out of range", "0 to 10,000")
    if not 0 <= args.bootstrap <= 100_000 or args.bootstrap == 1:
        raise ScenarioError("--bootstrap", f"{args.bootstrap} is out of range", "0 (none) or 2 to 100,000")
    scenario = engine.load(args.into) if args.into else None  # refuse a bad target before the work
    runs = read_runs_csv(args.file, parse_columns(args.columns))
    t0 = time.perf_counter()
    result = fit(runs, args.drop_top)
    fit_s = time.perf_counter() - t0
    if args.bootstrap:
        result = bootstrap(runs, result, args.bootstrap, seed=args.seed, drop_top=args.drop_top)
    name = args.name or f"Fitted to {Path(args.file).name}"
    if scenario is not None:
        law = engine.LawChoice(preset=None, custom=result.law_dict(name))
        law.resolve()  # validated like any custom law
        engine.save(replace(scenario, law=law), args.into)
    ci = result.ci()
    if args.json:
        out = {**result.params(), "objective": result.objective, "n_used": result.n_used,
               "compute_range": list(result.compute_range_flop), "seconds": round(fit_s, 3)}
        if ci is not None:
            out["ci"] = {k: list(v) for k, v in ci.items()}
            out["bootstrap"] = len(result.samples)
        print(json.dumps(out, indent=2))
    else:
        print(f"{name}: {result.n_used} runs (of {len(runs)}), compute {result.compute_range_flop[0]:.3g}–"
              f"{result.compute_range_flop[1]:.3g} FLOP, fitted in {fit_s:.2f} s")
        print(f"objective (summed Huber, δ = 1e-3)  {result.objective:.7e}")
        for k in ("E", "A", "B", "alpha", "beta"):
            v = getattr(result, k)
            band = f"   95% CI {ci[k][0]:.4g} – {ci[k][1]:.4g}" if ci else ""
            print(f"  {k:<6} {v:>12.5g}{band}")
        law = custom_law(result.law_dict(name))
        print(f"  tokens per parameter at 1e24 FLOP: {float(law.optimal_n_tokens(1e24) / law.optimal_n_params(1e24)):.1f}")
        if scenario is not None:
            print(f"wrote the law into {args.into}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    import engine
    from engine import ScenarioError

    if not args.pdf and not args.figures and not args.pptx:
        raise ScenarioError("report", "nothing to write", "--pdf OUT.pdf, --pptx OUT.pptx and/or --figures DIR")
    scenarios = [engine.load(f) for f in args.files]  # every file checked before any work
    for out in (args.pdf, args.pptx):
        if out and not Path(out).resolve().parent.is_dir():
            raise ScenarioError(out, "its folder does not exist", "a path in an existing folder")
    from .app import make_app

    app = make_app(offscreen=True, lang=args.report_lang or args.lang or "en")
    if args.pdf:
        from .report import write_pdf

        write_pdf(scenarios, args.pdf)
        print(f"wrote {args.pdf} ({len(scenarios)} page{'s' if len(scenarios) > 1 else ''})", file=sys.stderr)
    if args.pptx:
        from .slides import write_pptx

        write_pptx(scenarios, args.pptx)
        print(f"wrote {args.pptx}", file=sys.stderr)
    if args.figures:
        from .export import export_all
        from .window import MainWindow

        for f, scenario in zip(args.files, scenarios):
            win = MainWindow(scenario, restore_state=False)
            win.resize(1600, 1000)
            win.show()
            for _ in range(3):
                app.processEvents()
            folder = Path(args.figures) / Path(f).name.replace(".scaleplan.json", "").replace(".json", "")
            written = export_all(win.plots, folder)
            win.model.undo_stack.setClean()
            win.close()
            print(f"wrote {len(written)} files to {folder}", file=sys.stderr)
    return EXIT_OK


def _cmd_plan(args: argparse.Namespace) -> int:
    import engine

    result = engine.plan(engine.load(args.file))
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        from .report_text import plan_table

        print(plan_table(result))
    return EXIT_OK


def _cmd_new(args: argparse.Namespace) -> int:
    import engine

    s = engine.default_scenario()
    if args.output:
        engine.save(s, args.output)
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(engine.dumps(s))
    return EXIT_OK


def _cmd_laws(args: argparse.Namespace) -> int:
    from engine.laws import KaplanLaw
    from engine.presets import DEFAULT_LAW_ID, presets

    laws = presets()
    if args.json:
        out = []
        for law_id, law in laws.items():
            d = {"id": law_id, **law.to_dict(), "notes": law.notes,
                 "compute_range_flop": list(law.compute_range_flop), "default": law_id == DEFAULT_LAW_ID}
            out.append(d)
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    for law_id, law in laws.items():
        mark = "  (default)" if law_id == DEFAULT_LAW_ID else ""
        print(f"{law_id}{mark}\n  {law.name}")
        if isinstance(law, KaplanLaw):
            print(f"  L(N,D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D   α_N {law.alpha_n}  α_D {law.alpha_d}  "
                  f"N_c {law.n_c:.2g}  D_c {law.d_c:.2g};  N_opt = {law.alloc_n_coef:.2g}·C_PFday^{law.alloc_n_exp}")
        else:
            terms = f"E {law.E:.4g}  A {law.A:.4g}  B {law.B:.4g}  α {law.alpha:.4g}  β {law.beta:.4g}"
            if law.data_constrained:
                terms += f"  R_D* {law.r_d_star:.4g}  R_N* {law.r_n_star:.4g}"
            print(f"  L = E + A/N^α + B/D^β   {terms}")
            if law.se:
                print("  standard errors: " + "  ".join(f"{k} {v:g}" for k, v in law.se.items()))
        print(f"  source: {law.source}\n")
    return EXIT_OK


def _cmd_accelerators(args: argparse.Namespace) -> int:
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


COMMANDS = {"plan": _cmd_plan, "new": _cmd_new, "fit": _cmd_fit, "report": _cmd_report, "laws": _cmd_laws,
            "accelerators": _cmd_accelerators, "screenshot": _cmd_screenshot}

if __name__ == "__main__":
    sys.exit(main())
