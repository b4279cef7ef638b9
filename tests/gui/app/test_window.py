"""The planning window driven as a user would: typing, sliders, combos, undo, files, recovery."""

import json
import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import engine
from gui.app.window import AUTOSAVE_MS, MainWindow


def type_into(qtbot, window, path, text):
    edit = window.editor.fields[path].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key_Backspace)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # what an input method (e.g. Japanese IME) delivers: a committed string
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtWidgets import QApplication

        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)
    qtbot.keyClick(edit, Qt.Key_Return)
    window.model.flush()


def card(window, key):
    return window.summary.cards[key].value.text()


def test_default_plan_on_screen(window):
    assert card(window, "compute") == "9.5 × 10²³ FLOP"
    assert card(window, "params") == "93.3 B params"
    assert card(window, "cost") == "¥326M"  # a rental: the price includes the power
    assert window.editor.fields["cluster.count"].edit.text() == "1,024"
    assert [lab.objectName() for lab in window.findings.labels] == ["finding.law.extrapolation_modest"]  # 73×


def test_typing_a_count_moves_every_view(qtbot, window):
    type_into(qtbot, window, "cluster.count", "2048")
    p = window.model.plan
    assert window.model.scenario.cluster.count == 2048
    assert p.compute_flop == pytest.approx(2 * 9.45386422272e23)
    assert card(window, "compute") == "1.9 × 10²⁴ FLOP"
    # loss plot: the marker sits at the new compute and loss, on the drawn frontier
    xs, ys = window.plot("loss").you.getData()
    assert xs[0] == pytest.approx(math.log10(p.compute_flop)) and ys[0] == pytest.approx(p.loss)
    fx, fy = window.plot("loss").frontier.getData()
    assert np.interp(xs[0], fx, fy) == pytest.approx(p.loss, abs=1e-3)
    # isoFLOP: chosen size line at N; allocation markers; data marker; cost marker at 30 days
    assert window.plot("isoflop").chosen_line.value() == pytest.approx(math.log10(p.n_params))
    assert window.plot("allocation").n_mark.getData()[1][0] == pytest.approx(math.log10(p.n_params))
    assert window.plot("data").mark.getData()[1][0] == pytest.approx(math.log10(p.n_tokens))
    assert window.plot("cost").cost_mark.getData()[1][0] == pytest.approx(p.total_cost)


def test_japanese_suffixes_and_scientific_input(qtbot, window):
    type_into(qtbot, window, "data.unique_tokens", "2兆")
    assert window.model.scenario.data.unique_tokens == 2e12
    type_into(qtbot, window, "data.unique_tokens", "1.5e13")
    assert window.model.scenario.data.unique_tokens == 1.5e13
    type_into(qtbot, window, "money.price_per_accelerator_hour", "500")
    assert window.model.scenario.money.price_per_accelerator_hour == 500


def test_invalid_input_is_shown_and_last_plan_stays(qtbot, window):
    type_into(qtbot, window, "cluster.mfu", "15")
    before = window.model.plan
    shown = card(window, "compute")
    edit = window.editor.fields["cluster.mfu"].edit
    edit.setFocus()
    edit.setCursorPosition(2)  # after the digits of "15 %"
    qtbot.keyClick(edit, Qt.Key_0)  # 15 -> 150 %
    window.model.flush()
    err = window.editor.fields["cluster.mfu"].error
    assert err.isVisible()
    assert "150 % is out of range (0.1 to 100 %)" in err.text()
    assert window.model.plan is before and card(window, "compute") == shown
    assert window.model.scenario.cluster.mfu == pytest.approx(0.15)
    type_into(qtbot, window, "cluster.mfu", "abc")
    assert "'abc' is not a number" in err.text()
    type_into(qtbot, window, "cluster.mfu", "45")
    assert not err.isVisible()
    assert window.model.scenario.cluster.mfu == pytest.approx(0.45)


def test_slider_drag_is_one_undo_step(qtbot, window):
    slider = window.editor.fields["cluster.count"].slider
    slider.setSliderDown(True)
    for pos in range(slider.value(), slider.value() + 200, 10):
        slider.setValue(pos)
        qtbot.wait(1)
    slider.setSliderDown(False)  # emits sliderReleased
    window.model.flush()
    dragged = window.model.scenario.cluster.count
    assert dragged > 1024
    assert window.model.undo_stack.count() == 1
    window.act_undo.trigger()
    window.model.flush()
    assert window.model.scenario.cluster.count == 1024
    assert window.editor.fields["cluster.count"].edit.text() == "1,024"
    window.act_redo.trigger()
    window.model.flush()
    assert window.model.scenario.cluster.count == dragged


def test_choosing_an_accelerator_fills_its_numbers(qtbot, window):
    combo = window.editor.accelerator
    combo.activated.emit(combo.findData("b200"))
    window.model.flush()
    c = window.model.scenario.cluster
    assert (c.accelerator, c.peak_flop_per_s, c.power_w) == ("b200", 2.25e15, 1000.0)
    assert window.model.scenario.money.price_per_accelerator_hour == pytest.approx((4.50 + 6.08) / 2 * 150)
    assert window.editor.fields["cluster.peak_flop_per_s"].edit.text() == "2.25 P"  # PFLOP/s, never e-notation
    window.act_undo.trigger()  # one step for the whole choice
    assert window.model.scenario.cluster.accelerator == "h100-sxm"


def test_objective_switch_fills_and_enables_fields(qtbot, window):
    combo = window.editor.objective
    combo.activated.emit(combo.findData("fixed_run"))
    window.model.flush()
    m = window.model.scenario.model
    assert m.objective == "fixed_run" and m.n_params == pytest.approx(9.33e10) and m.n_tokens == pytest.approx(1.69e12)
    assert window.editor.fields["model.n_params"].isEnabled()
    assert not window.editor.fields["schedule.days"].isEnabled()
    type_into(qtbot, window, "model.n_params", "7e10")
    assert "allocation" not in card(window, "params")
    assert window.model.plan.n_params == 7e10


def test_save_and_open_round_trip(qtbot, window, tmp_path):
    type_into(qtbot, window, "schedule.days", "45")
    path = tmp_path / "plan.scaleplan.json"
    assert window.save_to(path)
    assert not window.model.dirty and "plan.scaleplan.json" in window.windowTitle()
    assert json.loads(path.read_text())["schedule"]["days"] == 45
    other = MainWindow(restore_state=False, state=window.workspace.state)
    qtbot.addWidget(other)
    assert other.open_path(path)
    assert other.model.scenario == window.model.scenario
    assert other.editor.fields["schedule.days"].edit.text() == "45"
    assert str(path.resolve()) in other.recent_files()


def test_bad_file_is_refused_and_work_kept(qtbot, window, tmp_path, monkeypatch):
    type_into(qtbot, window, "cluster.count", "512")
    bad = tmp_path / "bad.scaleplan.json"
    bad.write_text('{"format": "scaleplan-scenario", "version": 1, "cluster": {"mfu": 9}}')
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not window.open_path(bad)
    assert "cluster.mfu: 9 is out of range" in shown[0] and "unchanged" in shown[0]
    assert window.model.scenario.cluster.count == 512 and window.model.dirty


@pytest.mark.parametrize("answer, kept", [(QMessageBox.Cancel, True), (QMessageBox.Discard, False)])
def test_unsaved_changes_prompt_on_closing_a_tab(qtbot, window, monkeypatch, answer, kept):
    type_into(qtbot, window, "cluster.count", "512")
    window.file_new()  # a new scenario opens beside it, nothing asked, nothing lost
    assert window.tabs.count() == 2 and window.documents[0].scenario.cluster.count == 512
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    window.close_tab(0)
    assert asked and "unsaved changes" in asked[0]
    assert any(d.scenario.cluster.count == 512 for d in window.documents) is kept
    assert window.tabs.count() == (2 if kept else 1)
    for d in window.documents:
        d.undo_stack.setClean()


def test_unsaved_prompt_save_then_close(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "s.scaleplan.json"
    window.save_to(path)
    type_into(qtbot, window, "cluster.count", "256")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Cancel)
    window.close()
    assert window.isVisible()  # cancelled: still open, nothing lost
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Save)
    window.close()
    assert not window.isVisible()
    assert engine.load(path).cluster.count == 256


def test_recovery_after_a_crash(qtbot, window, monkeypatch):
    assert window.autosave_timer.interval() <= 30_000 == AUTOSAVE_MS
    type_into(qtbot, window, "cluster.count", "4096")
    assert window.autosave_timer.isActive()
    window.autosave_timer.timeout.emit()  # what 30 s of editing would trigger
    assert window.model.recovery_file.exists()
    # the process "dies" here: no close, no save. A new start offers the work back.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    fresh = MainWindow(restore_state=False, state=window.workspace.state)
    qtbot.addWidget(fresh)
    assert fresh.offer_recovery()
    assert fresh.model.scenario.cluster.count == 4096 and fresh.model.dirty
    assert "x-recovery" not in fresh.model.scenario.extensions
    fresh.model.undo_stack.setClean()


def test_settings_remember_geometry(qtbot, window, tmp_path):
    window.save_to(tmp_path / "g.scaleplan.json")
    window.close()
    assert window.settings.value("geometry") is not None
    assert window.settings.value("lastFile").endswith("g.scaleplan.json")


@pytest.mark.slow  # stress: ~6.5 s
def test_two_thousand_edits_without_a_crash(qtbot, window):
    from PySide6.QtWidgets import QApplication

    model = window.model
    paths = [("cluster.count", lambda i: 64 + 7 * i), ("schedule.days", lambda i: 1 + (i % 300)),
             ("cluster.mfu", lambda i: 0.1 + (i % 50) / 100), ("money.price_per_accelerator_hour", lambda i: i % 900),
             ("data.unique_tokens", lambda i: 1e11 * (1 + i % 40))]
    start = model.plan_count
    for i in range(2000):
        path, value = paths[i % len(paths)]
        model.set_field(path, value(i), merge=(i % 3 != 0))
        if i % 10 == 0:
            QApplication.processEvents()
    model.flush()
    QApplication.processEvents()
    assert model.plan_count > start + 100
    assert model.plan.scenario == model.scenario
    assert card(window, "compute") == engine.fmt.sci(model.plan.compute_flop) + " FLOP"


def test_screenshot_is_not_blank(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    exe = Path(sys.executable).parent / "scaleplan"
    r = subprocess.run([str(exe), "screenshot", "-o", str(out), "--size", "1280x800"], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1280, 800)
    colours = {img.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert len(colours) > 200  # text, plots, colours: not an empty frame


def _markers(window):
    """(plot, view box, x, y) of every plan marker, in the coordinates the plot draws in."""
    out = []
    for plot, item in ((window.plot("loss"), window.plot("loss").you),
                       (window.plot("isoflop"), window.plot("isoflop").chosen),
                       (window.plot("allocation"), window.plot("allocation").n_mark),
                       (window.plot("allocation"), window.plot("allocation").d_mark),
                       (window.plot("data"), window.plot("data").mark),
                       (window.plot("cost"), window.plot("cost").mark)):
        xs, ys = item.getData()
        out.append((plot, plot.getPlotItem().vb, float(xs[0]), float(ys[0])))
    xs, ys = window.plot("cost").cost_mark.getData()
    out.append((window.plot("cost"), window.plot("cost").cost_vb, float(xs[0]), float(ys[0])))
    return out


@pytest.mark.parametrize("path, values", [
    ("cluster.count", [1, 8, 300, 5000, 100_000]),
    ("schedule.days", [1, 3, 90, 700]),
    ("cluster.mfu", [0.05, 0.8]),
    ("data.unique_tokens", [1e9, 1e15]),
])
def test_the_plan_is_always_in_view(qtbot, window, path, values):
    for value in values:
        window.model.set_field(path, value)
        window.model.flush()
        for plot, vb, x, y in _markers(window):
            (x0, x1), (y0, y1) = vb.viewRange()
            assert x0 <= x <= x1 and y0 <= y <= y1, (type(plot).__name__, value, (x, y), vb.viewRange())


def test_axes_stay_still_during_a_small_drag(qtbot, window):
    """Within a compute decade the loss, allocation and data plots keep their axes: a planner
    dragging a slider sees the marker move, not the whole picture jump."""
    steady = [window.plot("loss"), window.plot("allocation"), window.plot("data")]
    before = [p.getPlotItem().vb.viewRange() for p in steady]
    marker_before = window.plot("loss").you.getData()[0][0]
    for count in range(1030, 1081, 10):  # 9.5e23 FLOP at 1,024 → 9.97e23 at 1,080: the same decade
        window.model.set_field("cluster.count", count, merge=True)
        window.model.flush()
        assert window.model.plan.compute_flop < 1e24
    assert window.plot("loss").you.getData()[0][0] > marker_before
    assert [p.getPlotItem().vb.viewRange() for p in steady] == before


def test_findings_update_in_place_while_dragging(qtbot, window):
    label = window.findings.labels[0]
    text = label.text()
    window.model.set_field("cluster.count", 1280)  # 91× the law's largest run: still a modest extrapolation
    window.model.flush()
    assert window.findings.labels[0] is label and label.text() != text  # same widget, new numbers
    window.model.set_field("money.budget", 1e6)  # a new finding appears
    window.model.flush()
    assert "finding.budget.exceeded" in [lab.objectName() for lab in window.findings.labels]


def test_exports_from_the_window(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    labels = [a.text() for a in window.plot("loss").actions()]
    assert labels == ["Save as PNG (2×)…", "Save as SVG…", "Save data as CSV…"]
    target = tmp_path / "loss.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.plot("loss").actions()[1].trigger()
    assert target.read_text(encoding="utf-8").startswith("<?xml")
    pdf = window.export_report(str(tmp_path / "r.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    deck = window.export_slides(str(tmp_path / "s.pptx"))
    assert deck.read_bytes()[:2] == b"PK"
    written = window.export_figures(str(tmp_path / "figs"))
    assert len(written) == 15 and all(p.stat().st_size > 0 for p in written)


def test_sensitivity_dialog_shows_the_engines_tornado_and_follows_edits(qtbot, window):
    from engine.sensitivity import sensitivity

    window.act_sensitivity.trigger()
    from gui.app.dialogs.sensitivity import SensitivityDialog

    dialog = window.findChild(SensitivityDialog)
    qtbot.addWidget(dialog)
    cost_plot = dialog.plots["total_cost"]
    expected = {t.output: t for t in sensitivity(window.model.scenario, 0.2)}["total_cost"]
    assert [b.path for b in cost_plot.shown_bars][:3] == [b.path for b in expected.bars][:3]
    top = cost_plot.high.opts["x1"][0]
    assert top == pytest.approx(expected.bars[0].output_high)
    dialog.range.setValue(40)  # a wider range: longer bars
    assert cost_plot.high.opts["x1"][0] > top
    computed = dialog.recompute_count
    for price in (700.0, 800.0, 900.0):  # the chart follows the plan, once the edits settle: never per edit
        window.model.set_field("money.price_per_accelerator_hour", price, merge=True)
        window.model.flush()
    assert dialog.recompute_count == computed
    qtbot.waitUntil(lambda: dialog.recompute_count == computed + 1, timeout=2000)
    assert cost_plot.tornado.base == pytest.approx(window.model.plan.total_cost)
    copy = window.duplicate()  # and the tab on screen
    copy.set_field("cluster.count", 4096)
    copy.flush()
    dialog.flush()
    assert cost_plot.tornado.base == pytest.approx(copy.plan.total_cost)
    for d in window.documents:
        d.undo_stack.setClean()



def test_tabs_duplicate_compare_and_overlay(qtbot, window):
    first = window.model
    copy = window.duplicate()  # "duplicate and change one thing"
    assert window.model is copy and window.tabs.count() == 2 and window.tabs.currentIndex() == 1
    assert copy.scenario.name == first.scenario.name + " (2)" and copy.dirty  # a number reads in every language
    window.editor.fields["cluster.count"].slider.setValue(window.editor.fields["cluster.count"].slider.value() + 40)
    copy.flush()
    assert copy.scenario.cluster.count != first.scenario.cluster.count  # the editor edits the tab on screen
    assert first.scenario.cluster.count == 1024
    # the other scenario is marked on every plot, in its tab's colour, with its name
    xs, _ys = window.plot("loss")._others_marks.getData()
    assert list(xs) == pytest.approx([math.log10(first.plan.compute_flop)])
    label = window.plot("loss")._others_labels[0].toPlainText()  # the name, shortened with "…" if long
    assert label == first.scenario.name or (label.endswith("…") and first.scenario.name.startswith(label[:-1]))
    assert len(window.plot("allocation")._others_marks.getData()[0]) == 2  # N and D
    legend = [label.text for _, label in window.plot("allocation").legend.items]
    assert first.scenario.name in legend  # and in the legend, in its colour
    # undo follows the tab on screen
    window.act_undo.trigger()
    copy.flush()
    assert copy.scenario.cluster.count == 1024
    window.set_active(0)
    assert window.model is first and window.editor.model is first
    assert window.editor.fields["cluster.count"].edit.text() == "1,024"
    # the comparison: a column per scenario, differences tinted
    copy.set_field("cluster.count", 2048)
    copy.flush()
    dialog = window.open_compare()
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.columnCount() == 2
    labels = [table.verticalHeaderItem(i).text() for i in range(table.rowCount())]
    row = labels.index("Accelerators")
    assert table.item(row, 0).text().startswith("1,024") and table.item(row, 1).text().startswith("2,048")
    assert table.item(row, 1).background().color().name() == "#fff2cc"
    loss_row = labels.index("Predicted loss")
    assert table.item(loss_row, 1).text() == f"{copy.plan.loss:.3f}"
    window.act_overlay.trigger()  # overlays off
    assert len(window.plot("loss")._others_marks.getData()[0]) == 0
    for d in window.documents:
        d.undo_stack.setClean()


def test_presentation_mode_steps_through_scenarios(qtbot, window):
    window.duplicate()
    window.set_active(0)
    window.act_present.trigger()
    assert window.presenting and not window.splitter.widget(0).isVisible()
    # the numbers larger, as large as lets six cards a row fit the screen (tests/gui/app/test_presentation.py)
    assert window.summary.cards["compute"].value.font().pointSizeF() >= 14
    window.presentation_actions[0].trigger()  # →
    assert window.model is window.documents[1]
    window.presentation_actions[1].trigger()  # ←
    assert window.model is window.documents[0]
    window.presentation_actions[2].trigger()  # Esc
    assert not window.presenting and window.splitter.widget(0).isVisible()
    for d in window.documents:
        d.undo_stack.setClean()


def test_recovery_brings_back_every_unsaved_tab(qtbot, window, monkeypatch):
    type_into(qtbot, window, "cluster.count", "4096")
    window.duplicate()
    window.model.set_field("schedule.days", 45.0)
    window.write_recovery()
    recovery_dir = window.workspace.state.recovery_dir
    assert len(list(recovery_dir.glob("recovery*"))) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    fresh = MainWindow(restore_state=False, state=window.workspace.state)
    qtbot.addWidget(fresh)
    assert fresh.offer_recovery()
    assert [d.scenario.cluster.count for d in fresh.documents] == [4096, 4096]
    assert fresh.documents[1].scenario.schedule.days == 45.0 and all(d.dirty for d in fresh.documents)
    for w in (fresh, window):
        for d in w.documents:
            d.undo_stack.setClean()
    fresh.remove_recovery()
    assert not list(recovery_dir.glob("recovery*"))  # the restored work now lives in fresh's own files


def test_tabs_added_before_the_window_shows_are_visible(qtbot, tmp_path):
    """Three files opened at start: the tab bar has its height (it had 0 offscreen: a hidden QTabBar skips
    updateGeometry when tabs are added)."""
    from gui.automation import open_window

    paths = []
    for i, count in enumerate((512, 1024, 2048)):
        paths.append(tmp_path / f"{i}.scaleplan.json")
        engine.save(engine.default_scenario().with_changes("cluster.count", count), paths[-1])
    win = open_window(paths, state_dir=tmp_path / "state")
    qtbot.waitExposed(win)
    try:
        assert win.tabs.count() == 3 and win.tabs.height() > 10
    finally:
        for doc in win.documents:
            doc.undo_stack.setClean()
        win.close()
