"""The workspace owns what is open and what is on screen; dialogs exist once, follow it, and are gone when
closed (three opened-and-closed Sensitivity dialogs once cost 63 extra plans per edit)."""

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

import engine.sensitivity
from gui.automation import field, plan, result_text, scenario


@pytest.fixture
def counted_plans(monkeypatch):
    calls = []
    real = engine.sensitivity.plan
    monkeypatch.setattr(engine.sensitivity, "plan", lambda s: calls.append(1) or real(s))
    return calls


def test_closed_sensitivity_dialogs_cost_nothing(qtbot, window, counted_plans):
    opened = []
    for _ in range(3):
        dialog = window.open_sensitivity()
        opened.append(dialog)
        dialog.close()
        QApplication.sendPostedEvents(None, 0)  # deleteLater runs
    assert not any(isValid(d) for d in opened)  # closed means deleted
    counted_plans.clear()
    window.model.set_field("cluster.count", 2048)
    window.model.flush()
    qtbot.wait(3 * 150)  # longer than any dialog's settle delay
    assert counted_plans == []


def test_one_dialog_of_each_kind_following_the_tab_on_screen(qtbot, window, counted_plans):
    first = window.open_sensitivity()
    assert window.open_sensitivity() is first  # raised, not a second one
    counted_plans.clear()
    copy = window.duplicate()
    copy.set_field("cluster.count", 4096)
    copy.flush()
    assert counted_plans == []  # edits do not plan the tornado synchronously
    qtbot.waitUntil(lambda: first.plots["total_cost"].tornado.base == pytest.approx(copy.plan.total_cost),
                    timeout=2000)
    for doc in window.documents:
        doc.undo_stack.setClean()


def test_active_document_has_one_owner(qtbot, window):
    ws = window.workspace
    seen = []
    ws.activeChanged.connect(seen.append)
    copy = window.duplicate()
    assert seen == [copy] and window.model is copy is ws.active
    assert window.editor.model is copy and window.undo_group.activeStack() is copy.undo_stack
    assert window.tabs.currentIndex() == ws.index(copy) == 1
    window.tabs.setCurrentIndex(0)  # a click on the first tab
    assert ws.active is ws.documents[0] and seen[-1] is ws.documents[0]
    for doc in ws.documents:
        doc.undo_stack.setClean()
    window.close_tab(1)
    assert len(ws.documents) == 1 and window.tabs.count() == 1


def test_automation_surface(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    edit = field(window, "cluster.count")
    assert edit.objectName() == "cluster.count" and edit.accessibleName() == "Accelerators"
    edit.selectAll()
    QTest.keyClicks(edit, "2048")
    QTest.keyClick(edit, Qt.Key_Return)
    assert scenario(window)["cluster"]["count"] == 2048
    p = plan(window)
    assert p["compute_flop"] == pytest.approx(2 * 9.894e14 * 0.40 * 0.90 * 30 * 86400 * 1024, rel=1e-9)
    assert result_text(window, "compute_flop").endswith("FLOP")
    assert field(window, "money.currency").objectName() == "money.currency"
    mfu = field(window, "cluster.mfu")
    mfu.selectAll()
    QTest.keyClicks(mfu, "140")
    QTest.keyClick(mfu, Qt.Key_Tab)
    from gui.automation import field_error

    assert "out of range" in field_error(window, "cluster.mfu")
    assert field_error(window, "cluster.count") == ""
    window.model.undo_stack.setClean()


def test_compare_follows_the_plans_once_they_settle(qtbot, window):
    copy = window.duplicate()
    dialog = window.open_compare()
    refreshed = dialog.refresh_count
    for count in (2000, 3000, 4096):  # a drag: no table rebuild inside its frames
        copy.set_field("cluster.count", count, merge=True)
        copy.flush()
    assert dialog.refresh_count == refreshed
    qtbot.waitUntil(lambda: dialog.refresh_count == refreshed + 1, timeout=2000)
    labels = [dialog.table.verticalHeaderItem(i).text() for i in range(dialog.table.rowCount())]
    assert dialog.table.item(labels.index("Accelerators"), 1).text().startswith("4,096")
    for doc in window.documents:
        doc.undo_stack.setClean()


def test_a_closed_following_dialog_is_never_poked_again(qtbot, window):
    """Found by the stress test: a closed Compare or Sensitivity dialog must take its connections to the
    workspace with it (a plain Python callback once outlived it and raised on the next edit)."""
    errors = []
    import sys

    hook, sys.excepthook = sys.excepthook, lambda *exc: errors.append(exc)
    try:
        for dialog in (window.open_compare(), window.open_sensitivity()):
            dialog.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        window.model.set_field("cluster.count", 2048)
        window.model.flush()
        QApplication.processEvents()
    finally:
        sys.excepthook = hook
    assert errors == []
