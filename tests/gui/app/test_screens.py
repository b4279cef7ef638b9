"""Laptop screens (issue 11, item 12): the window and its dialogs open within the screen they are on and
stay usable at 1366 × 768; on large screens they keep their designed sizes."""

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication

from gui.app.screen import SCREEN_SHARE, fitted_geometry
from gui.automation import open_window, settle

WINDOW, FIT = QSize(1600, 1000), QSize(1200, 860)
#: available geometries (logical pixels, without the taskbar / menu bar)
LAPTOP = QRect(0, 0, 1366, 728)  # 1366 × 768, a 40-px taskbar
FULL_HD = QRect(0, 0, 1920, 1040)  # 1920 × 1080
RETINA = QRect(0, 25, 1440, 875)  # 2880 × 1800 at 2×: 1440 × 900 logical, a 25-px menu bar


def _inside(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner)


@pytest.mark.parametrize(("wanted", "available", "expected"), [
    (WINDOW, LAPTOP, QRect(55, 29, 1256, 669)),
    (FIT, LAPTOP, QRect(83, 29, 1200, 669)),
    (WINDOW, FULL_HD, QRect(160, 42, 1600, 956)),
    (FIT, FULL_HD, QRect(360, 90, 1200, 860)),
    (WINDOW, RETINA, QRect(58, 60, 1324, 805)),
    (FIT, RETINA, QRect(120, 60, 1200, 805)),
    (QSize(900, 520), LAPTOP, QRect(233, 104, 900, 520)),  # small enough: as designed, centred
])
def test_preferred_size_clamped_and_centred(wanted, available, expected):
    got = fitted_geometry(wanted, available)
    assert got == expected
    assert _inside(got, available)
    assert got.width() <= available.width() * SCREEN_SHARE and got.height() <= available.height() * SCREEN_SHARE


def test_minimum_wins_over_the_share_but_not_over_the_screen():
    assert fitted_geometry(WINDOW, LAPTOP, QSize(1300, 700)) == QRect(33, 14, 1300, 700)
    assert fitted_geometry(WINDOW, LAPTOP, QSize(1500, 800)) == LAPTOP  # the screen is the limit
    second = QRect(1920, 0, 1366, 728)  # a second screen, right of the first
    assert fitted_geometry(WINDOW, second).topLeft() == QPoint(1975, 29)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_window_and_dialogs_fit_a_laptop_screen(qtbot, tmp_path, lang):
    win = open_window(lang=lang, state_dir=tmp_path / "state")
    try:
        qtbot.waitExposed(win)
        hint = win.minimumSizeHint().expandedTo(win.minimumSize())
        assert hint.width() <= LAPTOP.width() and hint.height() <= LAPTOP.height(), hint
        # at its minimum width the summary has four cards a row and none is cut
        win.resize(hint.width(), LAPTOP.height())
        settle(win)
        assert win.width() == hint.width() and win.summary.columns == 4
        assert all(c.width() >= c.minimumSizeHint().width() for c in win.summary.cards.values())
        dialogs = [win.open_fit_dialog(), win.open_compare(), win.open_sensitivity()]
        for dialog in dialogs:
            size = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            assert size.width() <= LAPTOP.width() and size.height() <= LAPTOP.height(), (dialog, size)
            dialog.close()
    finally:
        for doc in win.documents:
            doc.undo_stack.setClean()
        win.close()
        win.deleteLater()
        if lang != "en":
            open_window(lang="en", state_dir=tmp_path / "state2").close()  # back to English for later tests


def _buttons_inside(dialog):
    for button in (dialog.use_button, dialog.fit_button, dialog.name_edit):
        where = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
        assert dialog.rect().contains(where), (button, where, dialog.rect())
        assert button.isVisibleTo(dialog)


def test_fit_dialog_buttons_inside_at_the_laptop_size(qtbot, window):
    dialog = window.open_fit_dialog()
    geometry = fitted_geometry(FIT, LAPTOP, dialog.minimumSizeHint())
    dialog.resize(geometry.size())
    QApplication.processEvents()
    assert dialog.size() == geometry.size() == QSize(1200, 669)
    _buttons_inside(dialog)
    assert not dialog.results_area.verticalScrollBar().isVisible()  # room enough: the plots share it
    # smaller still (a 1280 × 720 screen at 125 %): the results scroll, the buttons stay
    dialog.resize(1000, 480)
    QApplication.processEvents()
    assert dialog.height() == 480
    _buttons_inside(dialog)
    assert dialog.results_area.verticalScrollBar().isVisible()
    dialog.close()


_PROBE = textwrap.dedent("""
    import json, tempfile
    from pathlib import Path
    from gui.app.start import make_app
    from gui.app.state import StateDir
    from gui.app.window import MainWindow

    app = make_app(lang="en")
    win = MainWindow(restore_state=False, state=StateDir.isolated(Path(tempfile.mkdtemp())))
    win.show()
    app.processEvents()
    out = {"screen": win.screen().availableGeometry().getRect(), "window": win.geometry().getRect(),
           "minimum": [win.minimumSizeHint().width(), win.minimumSizeHint().height()]}
    for key, open_ in (("fit", win.open_fit_dialog), ("compare", win.open_compare),
                       ("sensitivity", win.open_sensitivity)):
        dialog = open_()
        app.processEvents()
        out[key] = dialog.geometry().getRect()
        dialog.close()
    win.model.undo_stack.setClean()
    win.close()
    print(json.dumps(out))
""")


@pytest.mark.parametrize(("screen", "window_size"), [
    ({"width": 1366, "height": 768, "dpr": 1}, (1256, 706)),
    ({"width": 1440, "height": 900, "dpr": 2}, (1324, 828)),  # 2880 × 1800 at 2×
    ({"width": 1920, "height": 1080, "dpr": 1}, (1600, 993)),
])
def test_window_and_dialogs_open_on_the_screen(tmp_path, screen, window_size):
    """A process of its own whose (offscreen) screen is a laptop's, a 2× laptop's, a desktop's."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "logicalDpi": 96,
                                               "logicalBaseDpi": 96, **screen}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    run = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=120,
                         check=False)
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout.strip().splitlines()[-1])
    available = QRect(*got["screen"])
    # the preferred size clamped to the screen, never below the window's own minimum (which depends on the
    # labels' fonts and languages)
    low_w, low_h = got["minimum"]
    assert QRect(*got["window"]).size() == QSize(max(window_size[0], low_w), max(window_size[1], low_h))
    for key in ("window", "fit", "compare", "sensitivity"):
        assert available.contains(QRect(*got[key])), (key, got[key], available)
