"""Window actions on a scenario that has no plan (issue 11, item 10): an unreachable target loss, a fitted
law whose floor is at or above the target. Nothing crashes, nothing stale is exported, the reason is shown
in the interface language."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from shiboken6 import isValid

from gui.automation import field, open_window, plan, scenario, settle


def _menu_action(window, text):
    """The QAction a person would click: found in the window's menus by its text (without the '&')."""
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise KeyError(text)


def _choose(window, path, data):
    combo = field(window, path)
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # a choice from the list
    settle(window)


def _type(qtbot, window, path, text):
    edit = field(window, path)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)
    settle(window)


def _unreachable(qtbot, window, target="1.88"):
    """A valid scenario without a plan: under Muennighoff et al.'s data-constrained law (E ≈ 1.869) with the
    default 15 T unique tokens, the lowest reachable loss is ≈ 1.899, so a target of 1.88 is above E (valid)
    but cannot be reached."""
    _choose(window, "law.preset", "muennighoff-2023")
    _choose(window, "model.objective", "target_loss")
    assert plan(window) is not None
    _type(qtbot, window, "model.target_loss", target)
    assert scenario(window)["model"]["target_loss"] == float(target)
    assert plan(window) is None and window.model.plan_error
    return window.model.plan_error


@pytest.fixture
def shown(monkeypatch):
    """Every message box shown: (kind, title, text). File dialogs answer with a path under tmp."""
    seen = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda _parent, title, text, *a, k=kind, **kw: seen.append((k, title, text))
                            or QMessageBox.StandardButton.Ok)
    return seen


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    asked = []

    def save(_parent, _title, start, _filter, *a, **kw):
        asked.append(start)
        return str(tmp_path / ("out" + start[start.rfind("."):])), ""

    def folder(*_a, **_kw):
        asked.append("folder")
        return str(tmp_path / "figures")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    return asked


@pytest.mark.parametrize("text", ["Export report (PDF)…", "Export slides (PPTX)…",
                                  "Export figures (PNG, SVG, CSV)…"])
def test_export_without_a_plan_explains_and_writes_nothing(qtbot, window, shown, save_to, tmp_path, text):
    reason = _unreachable(qtbot, window)
    _menu_action(window, text).trigger()
    assert save_to == []  # not even asked where: there is nothing current to write
    assert list(tmp_path.glob("out*")) == [] and not (tmp_path / "figures").exists()
    assert len(shown) == 1
    kind, _title, message = shown[0]
    assert kind == "warning" and "This scenario has no plan" in message and reason in message
    # the inputs are changed to something reachable: the export works again
    _type(qtbot, window, "model.target_loss", "2.1")
    assert plan(window) is not None
    _menu_action(window, text).trigger()
    assert len(shown) == 1 and len(save_to) == 1
    assert list(tmp_path.glob("out*")) or (tmp_path / "figures").is_dir()


def test_plot_export_without_a_plan_is_refused(qtbot, window, shown, tmp_path):
    """Right-click → Save as PNG: the plot still draws the last plan, which is not this scenario's."""
    _unreachable(qtbot, window)
    assert window.export_plot(window.plot("loss"), "png", str(tmp_path / "loss.png")) is None
    assert not (tmp_path / "loss.png").exists() and len(shown) == 1


def test_sensitivity_without_a_plan_explains(qtbot, window, shown):
    reason = _unreachable(qtbot, window)
    _menu_action(window, "Sensitivity (tornado)…").trigger()
    from gui.app.dialogs.sensitivity import SensitivityDialog

    assert window.findChild(SensitivityDialog) is None
    assert len(shown) == 1 and reason in shown[0][2]


def test_open_sensitivity_shows_the_reason_and_recovers(qtbot, window, shown):
    _menu_action(window, "Sensitivity (tornado)…").trigger()
    from gui.app.dialogs.sensitivity import SensitivityDialog

    dialog = window.findChild(SensitivityDialog)
    assert dialog is not None and dialog.unavailable.isHidden()
    reason = _unreachable(qtbot, window)
    dialog.flush()
    assert not dialog.unavailable.isHidden() and reason in dialog.unavailable.text()
    assert not any(p.isVisibleTo(dialog) for p in dialog.plots.values())  # no tornado of a plan that is not this one
    _type(qtbot, window, "model.target_loss", "2.1")
    dialog.flush()
    assert dialog.unavailable.isHidden() and all(p.isVisibleTo(dialog) for key, p in dialog.plots.items()
                                                 if key != "programme_total_cost")
    assert not dialog.plots["programme_total_cost"].isVisibleTo(dialog)  # the scenario plans no programme
    base = dialog.plots["loss"].tornado.base
    assert base == pytest.approx(window.model.plan.loss)
    assert shown == []
    dialog.close()


def test_compare_leaves_out_a_scenario_without_a_plan(qtbot, window, shown):
    copy = window.duplicate()
    _unreachable(qtbot, window)
    from gui.app.dialogs.compare import CompareDialog

    window.act_compare.trigger()
    dialog = window.findChild(CompareDialog)
    assert dialog.table.columnCount() == 1  # the copy only: the other's last plan is not its plan
    assert window.model.scenario.name in dialog.missing.text() and not dialog.missing.isHidden()
    assert copy.scenario.name  # (the copy's column)
    dialog.close()
    for doc in window.documents:
        doc.undo_stack.setClean()


def _runs_csv(tmp_path, floor):
    """Runs whose loss never goes below ``floor`` (the fitted E)."""
    rng = np.random.default_rng(5)
    lines = ["size,training FLOP,val_loss"]
    for c in (1e18, 1e19, 1e20, 1e21):
        for n in np.sqrt(c / 120) * np.logspace(-0.6, 0.6, 6):
            loss = (floor + 480 / n**0.35 + 2100 / (c / (6 * n)) ** 0.37) * np.exp(0.005 * rng.standard_normal())
            lines.append(f"{n:.6g},{c:.6g},{loss:.6f}")
    path = tmp_path / "runs.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _fit(qtbot, window, csv):
    window.act_fit.trigger()
    from gui.app.dialogs.fit import FitDialog

    dialog = window.findChild(FitDialog)
    dialog.path_edit.setText(str(csv))
    dialog.path_edit.editingFinished.emit()
    dialog.resamples.setValue(0)
    qtbot.mouseClick(dialog.fit_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.fit_result is not None and dialog._thread is None, timeout=30_000)
    return dialog


def test_use_a_law_whose_floor_is_above_the_target_is_refused(qtbot, window, tmp_path):
    _choose(window, "model.objective", "target_loss")
    _type(qtbot, window, "model.target_loss", "2.2")
    before = scenario(window)
    assert plan(window) is not None
    dialog = _fit(qtbot, window, _runs_csv(tmp_path, floor=2.6))
    E = dialog.fit_result.E
    assert E >= 2.2
    qtbot.mouseClick(dialog.use_button, Qt.LeftButton)
    assert isValid(dialog) and dialog.isVisible()  # not applied, not closed
    assert scenario(window) == before and plan(window) is not None
    status = dialog.status.text()
    assert f"E = {E:.3f}" in status and "2.200" in status and "Spend the budget compute-optimally" in status
    dialog.close()


def test_use_a_law_below_the_target_applies_it(qtbot, window, tmp_path):
    _choose(window, "model.objective", "target_loss")
    _type(qtbot, window, "model.target_loss", "2.6")
    dialog = _fit(qtbot, window, _runs_csv(tmp_path, floor=1.9))
    assert dialog.fit_result.E < 2.6
    qtbot.mouseClick(dialog.use_button, Qt.LeftButton)
    assert not isValid(dialog) or not dialog.isVisible()
    assert window.model.scenario.law.preset is None and plan(window) is not None
    window.model.undo_stack.setClean()


def test_japanese_message_carries_the_reason(qtbot, tmp_path, monkeypatch, shown):
    win = open_window(lang="ja", state_dir=tmp_path / "state")
    try:
        qtbot.waitExposed(win)
        reason = _unreachable(qtbot, win)
        assert reason.isascii() is False  # the engine's reason, in Japanese
        win.act_report.trigger()
        assert len(shown) == 1 and reason in shown[0][2]
    finally:
        for doc in win.documents:
            doc.undo_stack.setClean()
        win.close()
        win.deleteLater()
        open_window(lang="en", state_dir=tmp_path / "state2").close()  # back to English for later tests


def test_compare_with_no_plan_at_all(qtbot, window):
    _unreachable(qtbot, window)
    dialog = window.open_compare()
    assert dialog.table.columnCount() == 0 and window.model.scenario.name in dialog.missing.text()
    _type(qtbot, window, "model.target_loss", "2.1")
    dialog.flush()
    assert dialog.table.columnCount() == 1 and dialog.missing.isHidden()
    dialog.close()


@pytest.mark.parametrize("writer", ["pdf", "pptx"])
def test_document_writers_refuse_a_scenario_without_a_plan_before_any_work(qtbot, tmp_path, writer):
    import engine
    from gui.reports.pdf import write_pdf
    from gui.reports.slides import write_pptx

    s = engine.default_scenario()
    s = s.with_changes("law.preset", "muennighoff-2023").with_changes("model.objective", "target_loss")
    s = s.with_changes("model.target_loss", 1.88)
    out = tmp_path / f"out.{writer}"
    with pytest.raises(engine.ScenarioError, match="cannot be reached"):
        {"pdf": write_pdf, "pptx": write_pptx}[writer]([engine.default_scenario(), s], out)
    assert not out.exists()
