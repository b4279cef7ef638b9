import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths


@pytest.fixture(autouse=True, scope="session")
def _qt_test_paths(qapp):
    """Settings and recovery files go to Qt's test locations, never the user's."""
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("ScalePlanTest")
    QCoreApplication.setApplicationName("ScalePlanTest")
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="#333")
    yield


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch):
    """A modal dialog nobody patched would block the headless run forever: fail the test instead.

    Tests that expect a dialog patch the same attribute again with their own answer."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def unexpected(kind):
        def fail(*args, **kwargs):
            raise AssertionError(f"unexpected modal dialog QMessageBox/QFileDialog.{kind}: {args[1:3]}")
        return fail

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))
    for kind in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, kind, unexpected(kind))


@pytest.fixture
def window(qtbot, tmp_path):
    """The main window through the automation surface, with its settings and recovery files in this test's
    own folder."""
    from gui.automation import open_window

    win = open_window(state_dir=tmp_path / "state")
    qtbot.waitExposed(win)
    yield win
    for doc in win.documents:
        doc.undo_stack.setClean()  # no prompt on teardown
    win.close()
    win.deleteLater()


@pytest.fixture(params=["en", "ja"])
def win(request, qtbot, tmp_path):
    """The window in English, then in Japanese (``w.property("lang")`` says which)."""
    from gui.app.i18n import set_language
    from gui.automation import open_window

    w = open_window(lang=request.param, state_dir=tmp_path / "state")
    qtbot.waitExposed(w)
    w.setProperty("lang", request.param)
    yield w
    for doc in w.documents:
        doc.undo_stack.setClean()  # no prompt on teardown
    w.close()
    w.deleteLater()
    set_language("en")
