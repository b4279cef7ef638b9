"""Start the window (``scaleplan [FILE]``) or render it headless (``scaleplan screenshot``)."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # at run time Qt is imported only inside the functions that use it
    from PySide6.QtCore import QMessageLogContext, QtMsgType
    from PySide6.QtWidgets import QApplication

    from gui.app.state import StateDir
    from gui.app.window import MainWindow

_PROCESS_START = time.perf_counter()


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings, minus one the offscreen platform prints for every window (harmless)."""
    if "does not support propagateSizeHints" in message:
        return
    logging.getLogger("scaleplan.qt").warning("%s", message)
    print(message, file=sys.stderr)


def make_app(offscreen: bool = False, lang: str | None = None) -> QApplication:
    """The QApplication, set up: names, fonts, icon, and the language (``lang``, else the one the user
    chose last time, else the system's)."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import pyqtgraph as pg
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_qt_message)

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("ScalePlan")
    app.setApplicationName("ScalePlan")
    app.setApplicationDisplayName("ScalePlan")
    app.setDesktopFileName("scaleplan")  # matches resources/linux/scaleplan.desktop
    families = load_bundled_fonts()
    if families:  # Latin from the system's font, Japanese from the shipped one (searchable PDFs)
        from PySide6.QtGui import QFontInfo

        font = app.font()
        font.setFamilies([QFontInfo(font).family(), *families])  # the resolved family, not "Sans Serif"
        app.setFont(font)
    icon = _icon_path()
    if icon is not None:
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    pg.setConfigOptions(antialias=True, background="w", foreground="#333")
    from gui.app.i18n import preferred_language, set_language

    set_language(lang or preferred_language())
    return app


def freeze_long_lived_objects() -> None:
    """Move everything alive once the window is built (Qt wrappers, plots, the engine's tables) out of
    the garbage collector's scans: its pauses otherwise land in the middle of drags (≈ 2 ms off the
    95th-percentile frame in `make bench`)."""
    import gc

    gc.collect()
    gc.freeze()


def _icon_path() -> Path | None:
    from engine.resources import resource_path

    path = resource_path("icons", "scaleplan.png")
    return path if path.is_file() else None


def load_bundled_fonts() -> list[str]:
    """Register the fonts shipped in resources/fonts (the bundle carries IPAex Gothic there, so that
    Japanese never renders as empty boxes, whatever the target machine has). Returns their families."""
    from PySide6.QtGui import QFontDatabase

    from engine.resources import resources_dir

    families: list[str] = []
    folder = resources_dir() / "fonts"
    for font in sorted(folder.glob("*.tt[fc]")) + sorted(folder.glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def _display_problem() -> str:
    """Why no window can be shown here, or '' when one can (checked before Qt aborts on it)."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return ("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "  Headless use: `scaleplan plan FILE`, or `scaleplan screenshot [FILE] -o OUT.png`;\n"
            "  or set QT_QPA_PLATFORM=offscreen.")


def run_gui(file: str | None = None, lang: str | None = None) -> int:
    """Open the window on FILE, else on the last file used, else on the default scenario; offer back
    the work of a window that did not close normally, whichever way the window was started.

    A FILE named on the command line that cannot be read is refused before any window
    opens (exit 2, the reason on stderr), like every other command.
    """
    import engine

    if file is not None:
        engine.load(file)  # ScenarioError -> exit 2 in cli.main, before anything else happens
    problem = _display_problem()
    if problem:
        print(f"scaleplan: {problem}", file=sys.stderr)
        return 1
    from gui.app.crash import install_excepthook, setup_logging

    log = setup_logging()
    app = make_app(lang=lang)
    logging.getLogger("scaleplan").info("start %s (log %s)", " ".join(sys.argv), log)
    from gui.app.state import StateDir

    win = start_window(file, StateDir.user())  # the one place the user's own state is used
    install_excepthook(save_work=win.write_recovery)
    freeze_long_lived_objects()
    return app.exec()


def start_window(file: str | None, state: StateDir) -> MainWindow:
    """The interactive window, shown: on FILE, else on the last file used (a last file that cannot be
    opened is reported and the default scenario opens instead), then the offer to recover unsaved work."""
    import engine
    from engine import ScenarioError
    from gui.app.i18n import tr
    from gui.app.messages import plain
    from gui.app.window import MainWindow

    scenario, path, error = None, None, ""
    candidate = file
    if candidate is None:
        last = state.settings().value("lastFile", "")
        # a last file moved or deleted since is no surprise: start on the default scenario quietly
        candidate = last if isinstance(last, str) and last and os.path.lexists(last) else None
    if candidate is not None:
        try:
            scenario, path = engine.load(candidate), Path(candidate)
        except ScenarioError as exc:
            error = str(exc)
    win = MainWindow(scenario, path, state=state)
    win.show()
    if error and file is None:
        from PySide6.QtWidgets import QMessageBox

        print(f"scaleplan: {error}", file=sys.stderr)
        QMessageBox.warning(win, "ScalePlan", plain(tr("The scenario you had open last time could not be "
                                                       "opened:") + f"\n\n{error}\n\n"
                                                    + tr("The default scenario is open instead.")))
    win.offer_recovery()
    return win


def screenshot(file: str | list[str] | None, out: str, size: tuple[int, int], lang: str = "en",
               present: bool = False) -> int:
    """The window on ``file`` (several: one tab each, the first shown) rendered offscreen at ``size`` to the
    PNG ``out``; with ``present``, in presentation mode, full screen on an offscreen screen of ``size``."""
    import engine

    files = [file] if isinstance(file, str) else list(file or [])
    loaded = [engine.load(f) for f in files]
    if present:  # an offscreen screen of exactly that size, for the window to fill
        import json
        import tempfile

        config = Path(tempfile.mkdtemp(prefix="scaleplan-screen-")) / "screens.json"
        config.write_text(json.dumps({"screens": [{"name": "screenshot", "x": 0, "y": 0, "width": size[0],
                                                   "height": size[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                                   "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    app = make_app(offscreen=not present, lang=lang)
    if present:  # read when the application started: no longer needed
        import shutil

        shutil.rmtree(config.parent, ignore_errors=True)
    from gui.app.window import MainWindow
    from gui.text.names import new_scenario

    scenario = loaded[0] if loaded else new_scenario()  # named in the language just installed

    # restore_state=False and no state: the window's settings and recovery files live in a temporary
    # folder of its own, removed when it closes (a screenshot never touches the user's)
    win = MainWindow(scenario, Path(files[0]) if files else None, restore_state=False)
    for s, f in zip(loaded[1:], files[1:], strict=True):
        win.add_document(s, Path(f))
    win.set_active(0)
    win.resize(*size)
    win.show()
    for _ in range(5):
        app.processEvents()
    for doc in win.documents:
        doc.flush()
    app.processEvents()
    if present:
        win.toggle_presentation()
        for _ in range(5):
            app.processEvents()
    image = win.grab()
    if not image.save(out):
        raise OSError(f"could not write {out}")
    for doc in win.documents:
        doc.undo_stack.setClean()
    win.close()
    return 0
