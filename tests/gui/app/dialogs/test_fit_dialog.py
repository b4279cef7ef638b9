"""The fit dialog driven as a user would: choose a file, check the columns, fit, cancel, use the law."""

import numpy as np
import pytest
from PySide6.QtCore import Qt


def _csv(tmp_path, header=("size", "training FLOP", "val_loss"), noise=0.01, name="runs.csv"):
    rng = np.random.default_rng(5)
    lines = [",".join(header)]
    for c in (1e18, 1e19, 1e20, 1e21):
        for n in np.sqrt(c / 120) * np.logspace(-0.6, 0.6, 6):
            loss = (1.8 + 480 / n**0.35 + 2100 / (c / (6 * n)) ** 0.37) * np.exp(noise * rng.standard_normal())
            lines.append(f"{n:.6g},{c:.6g},{loss:.6f}")
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def dialog(qtbot, window):
    qtbot.mouseClick(window.editor.fit_button, Qt.LeftButton)  # the button under the law selector
    from gui.app.dialogs.fit import FitDialog

    dlg = window.findChild(FitDialog)
    assert dlg is not None and dlg.isVisible()
    yield dlg
    from shiboken6 import isValid

    if isValid(dlg):  # "Use this law" closes it, and a closed dialog is deleted
        dlg.cancel()
        dlg.wait(20_000)
        dlg.close()


def _choose(dialog, path):
    dialog.path_edit.setText(str(path))
    dialog.path_edit.editingFinished.emit()


def test_columns_are_matched_and_mapped(qtbot, dialog, tmp_path):
    _choose(dialog, _csv(tmp_path, header=("Model Size", "Training FLOP", "loss")))  # Epoch's own headers
    assert dialog.columns["n_params"].currentText() == "Model Size"
    assert dialog.columns["compute_flop"].currentText() == "Training FLOP"
    assert dialog.columns["loss"].currentText() == "loss"
    _choose(dialog, _csv(tmp_path, header=("size_b", "fl", "ce"), name="odd.csv"))  # nothing matches
    assert dialog.columns["loss"].currentData() == ""
    qtbot.mouseClick(dialog.fit_button, Qt.LeftButton)
    assert "missing column" in dialog.status.text() and dialog.fit_result is None
    for key, col in (("n_params", "size_b"), ("compute_flop", "fl"), ("loss", "ce")):  # the mapping step
        combo = dialog.columns[key]
        combo.setCurrentIndex(combo.findData(col))
    qtbot.mouseClick(dialog.fit_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.fit_result is not None, timeout=30_000)
    assert dialog.fit_result.n_used == 24


def test_fit_shows_parameters_intervals_and_plots(qtbot, dialog, tmp_path):
    _choose(dialog, _csv(tmp_path))
    dialog.drop_top.setValue(2)
    dialog.resamples.setValue(200)
    qtbot.mouseClick(dialog.fit_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.fit_result is not None and dialog._thread is None, timeout=60_000)
    r = dialog.fit_result
    assert r.n_used == 22 and len(r.samples) == 200
    assert dialog.table.item(3, 0).text() == f"{r.alpha:.5g}"  # α
    lo, hi = r.ci()["alpha"]
    assert dialog.table.item(3, 1).text() == f"{lo:.4g} – {hi:.4g}"
    assert dialog.progress.value() == 100
    xs, ys = dialog.pred_points.getData()
    assert len(xs) == 22 and np.corrcoef(xs, ys)[0, 1] > 0.99  # predicted against observed
    assert len(dialog.pred_dropped.getData()[0]) == 2  # the dropped runs, marked
    assert len(dialog.resid_points.getData()[0]) == 22
    assert "At your plan's compute" in dialog.summary.text() and "200 bootstrap" in dialog.summary.text()
    assert dialog.use_button.isEnabled()


@pytest.mark.slow  # a 10,000-resample bootstrap, cancelled
def test_cancel_stops_the_bootstrap(qtbot, dialog, tmp_path):
    _choose(dialog, _csv(tmp_path))
    dialog.resamples.setValue(100_000)
    assert dialog.resamples.value() == 10_000  # what a law in a scenario may carry
    qtbot.mouseClick(dialog.fit_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() >= 10, timeout=30_000)  # the fit is done, resampling
    assert dialog.cancel_button.isEnabled() and not dialog.fit_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog._thread is None, timeout=30_000)
    assert "Cancelled" in dialog.status.text() and dialog.fit_result is None and not dialog.use_button.isEnabled()


def test_bad_file_is_reported_with_its_line(qtbot, dialog, tmp_path):
    path = _csv(tmp_path)
    lines = path.read_text().splitlines()
    lines[6] = lines[6].rsplit(",", 1)[0] + ",-2"
    path.write_text("\n".join(lines) + "\n")
    _choose(dialog, path)
    qtbot.mouseClick(dialog.fit_button, Qt.LeftButton)
    assert "runs.csv:7" in dialog.status.text() and "positive" in dialog.status.text()


def test_use_this_law_plans_with_it_and_undo_restores(qtbot, window, dialog, tmp_path):
    _choose(dialog, _csv(tmp_path))
    dialog.resamples.setValue(100)
    qtbot.mouseClick(dialog.fit_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.fit_result is not None and dialog._thread is None, timeout=60_000)
    dialog.name_edit.setText("Our 24 runs")
    qtbot.mouseClick(dialog.use_button, Qt.LeftButton)
    window.model.flush()
    s = window.model.scenario
    assert s.law.preset is None and s.law.custom["name"] == "Our 24 runs" and len(s.law.custom["samples"]) == 100
    p = window.model.plan
    assert p.loss_low is not None and p.loss_low < p.loss < p.loss_high  # the band comes from the bootstrap
    assert "law.extrapolation" in [f.code for f in p.findings]  # 1e21 FLOP of runs, a 9.5e23 plan
    assert window.editor.law.currentText() == "custom: Our 24 runs"
    legend_labels = [label.text for _, label in window.plot("loss").legend.items]
    assert "Our 24 runs" in legend_labels and "Epoch AI 2024" in legend_labels  # beside the presets, by name
    lo, hi = window.plot("loss").band_lo.getData()[1], window.plot("loss").band_hi.getData()[1]
    assert np.all(hi >= lo) and np.any(hi > lo)
    window.act_undo.trigger()
    window.model.flush()
    assert window.model.scenario.law.preset == "epoch-2024"
