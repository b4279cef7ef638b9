"""``scaleplan --smoke-test``: prove, offscreen, that this build of ScalePlan works.

Frozen bundles fail at start-up for reasons a source run never shows (a module left out, a data file
missing, a Qt plugin or a system library absent): this exercises each of those paths and says which
one failed. Exit 0 when all pass, 1 otherwise.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Qt is loaded by the checks themselves: its failing to load is one of the findings
    from PySide6.QtGui import QFont

JAPANESE_SAMPLE = "計算量 学習トークン数 損失 億円"


def _check(name: str, fn: Callable[[], str | None], results: list[tuple[str, bool, str]]) -> None:
    t0 = time.perf_counter()
    try:
        detail = fn() or ""
        ok = True
    except Exception as exc:
        detail, ok = f"{type(exc).__name__}: {exc}", False
    results.append((name, ok, f"{detail} ({(time.perf_counter() - t0) * 1e3:.0f} ms)"))


def japanese_font_problem(app_font: QFont | None = None) -> str:
    """'' when every character of a Japanese sample is drawn with a real glyph, else the reason."""
    from PySide6.QtGui import QFont, QFontDatabase, QTextLayout

    families = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    if not families:
        return "no font with Japanese glyphs is installed or bundled"
    layout = QTextLayout(JAPANESE_SAMPLE, app_font or QFont())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    used, missing = set(), 0
    for run in layout.glyphRuns():
        used.add(run.rawFont().familyName())
        missing += sum(1 for g in run.glyphIndexes() if g == 0)
    if missing:
        return f"{missing} Japanese characters have no glyph (fonts used: {', '.join(sorted(used))})"
    return ""


def run() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    results: list[tuple[str, bool, str]] = []
    out_dir = Path(tempfile.mkdtemp(prefix="scaleplan-smoke-"))
    state: dict[str, Any] = {}

    def engine_plan() -> str:
        import engine
        from engine.resources import resources_dir

        s = engine.default_scenario()
        p = engine.plan(s)
        state["plan"] = p
        examples = sorted((resources_dir() / "examples").glob("*.json"))
        for f in examples:
            engine.plan(engine.load(f))
        # the fitter too: runs generated from a known law come back out
        import numpy as np

        from engine.fit import Runs, fit

        n = np.logspace(7, 9.5, 16)
        d = 25 * n * np.tile([0.5, 1.0, 2.0, 4.0], 4)
        r = fit(Runs(n, d, 1.7 + 400 / n**0.34 + 410 / d**0.28), keep=16)
        if abs(r.alpha - 0.34) > 1e-3 or r.objective > 1e-9:
            raise RuntimeError(f"the fitter did not recover a known law "
                               f"(alpha {r.alpha:.4f}, objective {r.objective:.2e})")
        return (f"default: {p.compute_flop:.3g} FLOP, {p.n_params:.3g} params, loss {p.loss:.3f}; "
                f"{len(examples)} examples; fit recovers α = {r.alpha:.4f}")

    def qt_app() -> str:
        from gui.app.start import make_app

        state["app"] = make_app(offscreen=True)
        from PySide6.QtGui import QGuiApplication

        return f"Qt platform {QGuiApplication.platformName()}"

    def japanese_font() -> str:
        from gui.app.i18n import set_language, tr
        from gui.app.start import load_bundled_fonts

        bundled = load_bundled_fonts()
        problem = japanese_font_problem()
        if problem:
            raise RuntimeError(problem)
        if set_language("ja") != "ja" or tr("Compute") != "計算量":
            raise RuntimeError("the Japanese translation (resources/i18n/scaleplan_ja.qm) did not load")
        set_language("en")
        return "Japanese renders and the translation loads" + (f"; bundled: {', '.join(bundled)}" if bundled else "")

    def window() -> str:
        from gui.app.window import MainWindow

        win = MainWindow(restore_state=False)
        win.resize(1600, 1000)
        win.show()
        for _ in range(5):
            state["app"].processEvents()
        win.model.flush()
        state["app"].processEvents()
        state["win"] = win
        plan = win.model.plan
        if plan is None or abs(plan.compute_flop - state["plan"].compute_flop) > 1e-6 * plan.compute_flop:
            raise RuntimeError("the window's plan differs from the engine's")
        shown = win.summary.cards["compute"].value.text()
        if "FLOP" not in shown:
            raise RuntimeError(f"the summary shows {shown!r}")
        return f"summary shows {shown}"

    def png() -> str:
        from PySide6.QtGui import QImage

        path = out_dir / "window.png"
        if not state["win"].grab().save(str(path)):
            raise RuntimeError(f"could not write {path}")
        img = QImage(str(path))
        colours = {img.pixel(x, y) for x in range(0, img.width(), 9) for y in range(0, img.height(), 9)}
        if len(colours) < 100:
            raise RuntimeError(f"the image looks blank ({len(colours)} colours)")
        return f"{path} ({path.stat().st_size // 1024} KB, {len(colours)} colours)"

    def pdf() -> str:
        import engine
        from gui.reports.pdf import write_pdf

        path = write_pdf([engine.default_scenario()], out_dir / "report.pdf")
        data = path.read_bytes()
        if not data.startswith(b"%PDF") or len(data) < 20_000:
            raise RuntimeError(f"the PDF looks wrong ({len(data)} bytes)")
        return f"{path} ({len(data) // 1024} KB)"

    def pptx() -> str:
        import engine
        from gui.reports.slides import write_pptx

        path = write_pptx([engine.default_scenario(), engine.default_scenario().with_changes("cluster.count", 2048)],
                          out_dir / "slides.pptx")
        from pptx import Presentation

        slides = len(Presentation(str(path)).slides)
        if slides < 4:  # the decision, one per scenario, the assumptions
            raise RuntimeError(f"the deck has {slides} slides, not at least 4")
        return f"{path} ({path.stat().st_size // 1024} KB, {slides} slides)"

    def xlsx() -> str:
        import zipfile

        import engine
        from gui.reports.xlsx import write_xlsx

        path = write_xlsx([engine.default_scenario(), engine.default_scenario().with_changes("cluster.count", 2048)],
                          out_dir / "plans.xlsx")
        with zipfile.ZipFile(path) as z:  # a workbook is a zip of XML parts; its sheets are listed in it
            sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        if len(sheets) < 3:
            raise RuntimeError(f"the workbook has {len(sheets)} sheets")
        return f"{path} ({path.stat().st_size // 1024} KB, {len(sheets)} sheets)"

    for name, fn in (("engine and resources", engine_plan), ("Qt application", qt_app),
                     ("Japanese font", japanese_font), ("main window", window), ("PNG render", png),
                     ("PDF report", pdf), ("slides", pptx), ("spreadsheet", xlsx)):
        if name != "engine and resources" and not all(ok for _, ok, _ in results):
            results.append((name, False, "skipped: an earlier check failed"))
            continue
        _check(name, fn, results)

    if "win" in state:
        state["win"].model.undo_stack.setClean()
        state["win"].close()
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "source install"
    from engine import __version__

    print(f"ScalePlan {__version__} smoke test ({frozen}, Python {sys.version.split()[0]}):")
    for name, ok, detail in results:
        print(f"  {'ok  ' if ok else 'FAIL'} {name}: {detail}")
    failed = [name for name, ok, _ in results if not ok]
    if failed:
        print(f"smoke test FAILED: {', '.join(failed)} (files kept in {out_dir})", file=sys.stderr)
        return 1
    import shutil

    shutil.rmtree(out_dir, ignore_errors=True)
    print("smoke test passed")
    return 0
