"""The automation surface: drive ScalePlan's window as a person would, from tests inside and outside the
suite (and accessibility tools). Stable: names here change only with a note in the README.

    win = open_window(["plan.scaleplan.json"], lang="ja")
    edit = field(win, "cluster.mfu")            # the editor widget; objectName "cluster.mfu"
    QTest.keyClicks(edit, "45"); QTest.keyClick(edit, Qt.Key_Return)
    plan(win)["compute_flop"], result_text(win, "total_cost"), field_error(win, "cluster.mfu")

Each window opened here keeps its settings and recovery files under ``state_dir`` (a new temporary folder
when None), never in the user's; works offscreen (``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

import engine
from gui.app.i18n import set_language
from gui.app.start import make_app
from gui.app.state import StateDir
from gui.app.window import MainWindow

__all__ = ["field", "field_error", "field_note", "open_window", "plan", "result_text", "scenario", "settle"]


def open_window(paths: Iterable[str | Path] = (), lang: str = "en", state_dir: str | Path | None = None,
                size: tuple[int, int] = (1600, 1000)) -> MainWindow:
    """The main window, shown, on ``paths`` (one tab each; the default scenario when none), in ``lang``.

    Settings and recovery files live under ``state_dir`` (a fresh temporary folder when None, removed
    when the window closes). A file that cannot be opened raises :class:`engine.ScenarioError`."""
    if QApplication.instance() is None:
        make_app(lang=lang)
    else:
        set_language(lang)
    files = [Path(p) for p in paths]
    scenarios = [engine.load(p) for p in files]  # refuse a bad file before any window exists
    win = MainWindow(scenarios[0] if scenarios else None, files[0] if files else None,
                     restore_state=False, state=StateDir.isolated(state_dir))
    for s, p in zip(scenarios[1:], files[1:], strict=True):
        win.add_document(s, p)
    if len(scenarios) > 1:
        win.set_active(0)
    win.resize(*size)
    win.show()
    settle(win)
    return win


def settle(window: MainWindow) -> None:
    """Let pending events run and plan now if a recompute is waiting (what one frame would do)."""
    for _ in range(3):
        QApplication.processEvents()
    window.model.flush()
    QApplication.processEvents()


def field(window: MainWindow, path: str) -> QWidget:
    """The editor widget of a scenario path ("cluster.mfu", "money.currency", "law.preset", "name"):
    the line edit of a number or text, the combo box of a choice. Its objectName is ``path``, its
    accessibleName the label in the interface language."""
    widget = window.editor.widget_for(path)
    if widget is None:
        raise KeyError(f"no editor field for {path!r}")
    return widget


def field_error(window: MainWindow, path: str) -> str:
    """The message shown at the field, "" when there is none."""
    return window.editor.error_text(path)


def field_note(window: MainWindow, path: str) -> str:
    """The note shown at the field about how a typed entry was read ("read as 0.45 % — did you mean
    45 %?"), "" when none."""
    return window.editor.note_text(path)


def scenario(window: MainWindow) -> dict[str, Any]:
    """The scenario on screen as the format-v1 dict Save would write."""
    return json.loads(engine.dumps(window.model.scenario))


def plan(window: MainWindow) -> dict[str, Any] | None:
    """The plan on screen as ``scaleplan plan --json`` prints it, or None while the scenario has no plan."""
    model = window.model
    model.flush()
    if model.plan is None or model.plan_error or model.plan.scenario != model.scenario:
        return None
    return json.loads(json.dumps(model.plan.to_dict(), allow_nan=False))


def result_text(window: MainWindow, key: str) -> str:
    """What the summary shows for a plan key ("total_cost", "loss", …) or a card name ("cost")."""
    settle(window)
    card = window.summary.cards.get(window.summary.PLAN_KEYS.get(key, key))
    if card is None:
        raise KeyError(f"the summary shows no {key!r}")
    return card.value.text()
