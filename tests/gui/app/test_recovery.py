"""Never lose work: autosave from the first edit, one recovery file per document and window, recovery
offered whatever the window was started with, and unreadable recovery files set aside, never deleted."""

import os
import time

import pytest
from PySide6.QtWidgets import QMessageBox

import engine
from gui.app.state import StateDir
from gui.app.window import MainWindow
from gui.automation import field, open_window
from gui.text.names import new_scenario


def _crash(win):
    """What a crash leaves: no close event, no clean-up; the window is only hidden and forgotten."""
    win.hide()
    for doc in win.documents:
        doc.undo_stack.setClean()  # (so the test's own teardown asks nothing)


@pytest.mark.parametrize("edit", ["combo", "slider", "typed"])
def test_the_first_edit_after_open_starts_the_autosave(qtbot, window, edit):
    """Inside QUndoStack.push() redo() runs before the index moves, so the first edit looked clean and
    never started the timer: one combo choice, then a crash, lost everything."""
    if edit == "combo":
        combo = field(window, "model.objective")
        combo.activated.emit(1)  # one choice from the list
    elif edit == "slider":
        slider = window.editor.fields["cluster.count"].slider
        slider.setValue(slider.value() + 5)
    else:
        window.model.set_field("schedule.days", 45.0)
    assert window.model.undo_stack.count() == 1 and window.model.dirty
    assert window.autosave_timer.isActive()
    window.autosave_timer.timeout.emit()
    assert window.model.recovery_file.is_file()


def test_autosave_after_save_then_one_edit(qtbot, window, tmp_path):
    window.save_to(tmp_path / "s.scaleplan.json")
    assert not window.autosave_timer.isActive()
    window.model.set_field("cluster.count", 2048)
    assert window.autosave_timer.isActive()


def test_two_windows_keep_their_own_recovery_and_both_come_back(qtbot, tmp_path, monkeypatch):
    state = StateDir.isolated(tmp_path / "state")
    a, b = MainWindow(restore_state=False, state=state), MainWindow(restore_state=False, state=state)
    for w in (a, b):
        qtbot.addWidget(w)
    a.model.set_field("cluster.count", 111)
    b.model.set_field("cluster.count", 222)
    a.write_recovery()
    b.write_recovery()  # B's autosave used to overwrite A's
    files = sorted(state.recovery_dir.glob("*.json"))
    assert len(files) == 2
    _crash(a)
    _crash(b)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    fresh = MainWindow(restore_state=False, state=state)
    qtbot.addWidget(fresh)
    assert fresh.offer_recovery()
    assert sorted(d.scenario.cluster.count for d in fresh.documents) == [111, 222]
    for d in fresh.documents:
        d.undo_stack.setClean()


def test_starting_with_a_file_after_a_crash_offers_the_work_back(qtbot, tmp_path, monkeypatch):
    """`scaleplan FILE` (what the desktop entry runs) never offered recovery, and deleted the files."""
    from gui.app.start import start_window

    state = StateDir.isolated(tmp_path / "state")
    crashed = MainWindow(restore_state=False, state=state)
    qtbot.addWidget(crashed)
    crashed.model.set_field("cluster.count", 4096)
    crashed.write_recovery()
    _crash(crashed)
    other = tmp_path / "other.scaleplan.json"
    engine.save(engine.default_scenario().with_changes("schedule.days", 60.0), other)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes)
    win = start_window(str(other), state)
    qtbot.addWidget(win)
    assert asked, "recovery was not offered"
    assert {(d.scenario.cluster.count, d.scenario.schedule.days) for d in win.documents} == {(1024, 60.0),
                                                                                              (4096, 30.0)}
    for d in win.documents:
        d.undo_stack.setClean()


def test_unreadable_recovery_files_are_set_aside_and_reported(qtbot, tmp_path, monkeypatch):
    state = StateDir.isolated(tmp_path / "state")
    folder = state.ensure_recovery_dir()
    good = folder / "recovery-999999-1.scaleplan.json"
    engine.save(engine.default_scenario().with_changes("cluster.count", 300), good)
    truncated = folder / "recovery-999999-2.scaleplan.json"
    truncated.write_text(good.read_text()[:100])
    (folder / "recovery-999999-3.scaleplan.json").mkdir()  # a folder where a file should be
    fifo = folder / "recovery-999999-4.scaleplan.json"
    os.mkfifo(fifo)
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: shown.append(a[2]) or QMessageBox.Yes)
    win = MainWindow(restore_state=False, state=state)
    qtbot.addWidget(win)
    t0 = time.perf_counter()
    assert win.offer_recovery()
    assert time.perf_counter() - t0 < 5  # a FIFO is never opened for reading
    assert [d.scenario.cluster.count for d in win.documents] == [300]
    assert "3" in shown[0] and "could not be read" in shown[0]
    aside = sorted(p.name for p in (folder / "unreadable").iterdir())
    assert aside == ["recovery-999999-2.scaleplan.json", "recovery-999999-3.scaleplan.json",
                     "recovery-999999-4.scaleplan.json"]  # kept for the user, never deleted
    for d in win.documents:
        d.undo_stack.setClean()


def test_five_hundred_recovery_files_start_in_reasonable_time(qtbot, tmp_path, monkeypatch):
    state = StateDir.isolated(tmp_path / "state")
    folder = state.ensure_recovery_dir()
    text = engine.dumps(engine.default_scenario())
    for i in range(500):
        (folder / f"recovery-999999-{i}.scaleplan.json").write_text(text)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    win = MainWindow(restore_state=False, state=state)
    qtbot.addWidget(win)
    t0 = time.perf_counter()
    win.offer_recovery()
    assert time.perf_counter() - t0 < 10


def test_automation_window_recovers_nothing_of_the_users(qtbot, tmp_path):
    win = open_window(state_dir=tmp_path / "s")
    qtbot.addWidget(win)
    assert not win.workspace.orphaned_recovery_files()


@pytest.mark.parametrize("poison", ["folder", "fifo", "dev-zero", "truncated", "missing"])
def test_a_poisoned_last_file_never_stops_the_start(qtbot, tmp_path, monkeypatch, poison):
    """A lastFile that is a folder, a FIFO, /dev/zero or a broken file once stopped the app from starting,
    every time, until the user edited the ini by hand."""
    from gui.app.start import start_window

    state = StateDir.isolated(tmp_path / "state")
    last = tmp_path / "last.scaleplan.json"
    if poison == "folder":
        last.mkdir()
    elif poison == "fifo":
        os.mkfifo(last)
    elif poison == "dev-zero":
        last = "/dev/zero"
    elif poison == "truncated":
        last.write_text(engine.dumps(engine.default_scenario())[:80])
    state.settings().setValue("lastFile", str(last))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    t0 = time.perf_counter()
    win = start_window(None, state)
    qtbot.addWidget(win)
    assert time.perf_counter() - t0 < 10
    assert win.model.scenario == new_scenario()  # the default, named in the interface language
    assert bool(warned) is (poison != "missing")
    if warned:
        assert "could not be opened" in warned[0] and "default scenario" in warned[0]
