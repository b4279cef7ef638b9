"""Where ScalePlan writes its log, and what happens when something goes wrong in the window.

The log goes to the user's log directory (Linux: $XDG_STATE_HOME/scaleplan/log, i.e.
~/.local/state/scaleplan/log; macOS: ~/Library/Logs/ScalePlan; Windows: %LOCALAPPDATA%\\ScalePlan\\Logs).
An unexpected error in the window is logged with its traceback and shown in a dialog that names the
log file, instead of the window vanishing or the error going to a console nobody sees. A hard crash
of the interpreter (a fault inside Qt) is written to crash.log in the same folder by faulthandler.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_NAME = "scaleplan.log"
_log = logging.getLogger("scaleplan")
_crash_file = None


def log_dir() -> Path:
    override = os.environ.get("SCALEPLAN_LOG_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local")) / "ScalePlan" / "Logs"
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / "ScalePlan"
    return Path(os.environ.get("XDG_STATE_HOME") or home / ".local" / "state") / "scaleplan" / "log"


def log_path() -> Path:
    return log_dir() / LOG_NAME


def setup_logging() -> Path | None:
    """Log to the user's log directory (rotating, 1 MB × 3). Returns the log file, or None when the
    folder cannot be written (then nothing is logged to disk and the program carries on)."""
    global _crash_file
    if _log.handlers:
        return log_path()
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _log.addHandler(handler)
    _log.setLevel(logging.INFO)
    try:
        _crash_file = open(folder / "crash.log", "a", encoding="utf-8")
        faulthandler.enable(file=_crash_file)
    except OSError:
        pass
    return log_path()


def install_excepthook(save_work: Callable[[], object] | None = None) -> None:
    """Unexpected errors in the window: logged, the work written to the recovery file
    (``save_work() -> bool``), then shown in a dialog naming the log file."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        _log.error("unexpected error\n%s", text)
        print(text, file=sys.stderr)
        if showing:  # an error while the dialog is up: logged, not stacked
            return
        showing = True
        try:
            saved = False
            if save_work is not None:
                try:
                    saved = bool(save_work())
                except Exception:
                    _log.exception("could not write the recovery file")
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                where = str(log_path()) if _log.handlers else "(the log folder could not be written)"
                box = QMessageBox(QMessageBox.Icon.Critical, "ScalePlan",
                                  QApplication.translate("Crash", "Something went wrong inside ScalePlan: %s")
                                  % f"{exc_type.__name__}: {exc}")
                info = (QApplication.translate("Crash", "Your unsaved work was written to the recovery file.")
                        + "\n" if saved else "")
                box.setInformativeText(info + QApplication.translate("Crash", "The details are in the log file:\n%s")
                                       % where)
                box.setDetailedText(text)
                box.exec()
        finally:
            showing = False

    sys.excepthook = hook
