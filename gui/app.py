"""Start the window (``scaleplan [FILE]``) or render it headless (``scaleplan screenshot``)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_PROCESS_START = time.perf_counter()


def make_app(offscreen: bool = False):
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    import pyqtgraph as pg

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("ScalePlan")
    app.setApplicationName("ScalePlan")
    app.setApplicationDisplayName("ScalePlan")
    pg.setConfigOptions(antialias=True, background="w", foreground="#333")
    return app


def _display_problem() -> str:
    """Why no window can be shown here, or '' when one can (checked before Qt aborts on it)."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return ("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "  Headless use: `scaleplan plan FILE`, or `scaleplan screenshot [FILE] -o OUT.png`;\n"
            "  or set QT_QPA_PLATFORM=offscreen.")


def run_gui(file: str | None = None) -> int:
    """Open the window on FILE, else on the last file used, else on the default scenario.

    A FILE named on the command line that cannot be read is refused before any window
    opens (exit 2, the reason on stderr), like every other command.
    """
    import engine
    from engine import ScenarioError

    scenario, path = None, None
    if file is not None:
        scenario, path = engine.load(file), Path(file)  # ScenarioError -> exit 2 in cli.main
    problem = _display_problem()
    if problem:
        print(f"scaleplan: {problem}", file=sys.stderr)
        return 1
    app = make_app()
    from .window import MainWindow

    error = ""
    if file is None:
        from PySide6.QtCore import QSettings

        last = QSettings().value("lastFile", "")
        if isinstance(last, str) and last and Path(last).exists():
            try:
                scenario, path = engine.load(last), Path(last)
            except ScenarioError as exc:
                error = str(exc)
    win = MainWindow(scenario, path)
    win.show()
    if error:
        from PySide6.QtWidgets import QMessageBox

        print(f"scaleplan: {error}", file=sys.stderr)
        QMessageBox.warning(win, "ScalePlan", f"{error}\n\nThe default scenario is open instead.")
    elif file is None:
        win.offer_recovery()
    return app.exec()


def screenshot(file: str | None, out: str, size: tuple[int, int]) -> int:
    import engine

    scenario = engine.load(file) if file else engine.default_scenario()
    app = make_app(offscreen=True)
    from .window import MainWindow

    win = MainWindow(scenario, Path(file) if file else None, restore_state=False)
    win.resize(*size)
    win.show()
    for _ in range(5):
        app.processEvents()
    win.model.flush()
    app.processEvents()
    image = win.grab()
    if not image.save(out):
        raise OSError(f"could not write {out}")
    win.model.undo_stack.setClean()
    win.close()
    return 0
