"""Presentation mode (F5, issue 13): everything fits a 1366 × 768 laptop and a 2880 × 1800 screen at 2× without
cutting anything, plot type is larger, the tab chrome gives way to the scenario's name, ← → step through the
scenarios, and Esc gives back the window exactly as it was (normal or maximised, same place and size)."""

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QRect, QSize, Qt

from gui.automation import settle

_PROBE = textwrap.dedent("""
    import json, sys, tempfile
    from pathlib import Path
    import engine
    from PySide6.QtCore import QPoint, QRect
    from gui.app.start import make_app
    from gui.app.state import StateDir
    from gui.app.window import MainWindow

    lang, tabs, maximised = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
    app = make_app(lang=lang)
    s = engine.default_scenario().with_changes("money.budget", 2e8).with_changes("energy.cap_mwh", 500.0)
    win = MainWindow(s.with_changes("name", "A budget, a cap and a rather long scenario name"),
                     restore_state=False, state=StateDir.isolated(Path(tempfile.mkdtemp())))
    for i in range(1, tabs):
        win.add_document(s.with_changes("cluster.count", 1024 * 2 ** i).with_changes("name", f"Tab {i + 1}"), None)
    win.set_active(0)
    win.showMaximized() if maximised else win.show()
    for _ in range(5):
        app.processEvents()
    for doc in win.documents:
        doc.flush()

    def inside(widget):
        return QRect(widget.mapTo(win, QPoint(0, 0)), widget.size()).getRect()

    before = {"state": int(win.windowState().value), "geometry": win.geometry().getRect()}
    win.toggle_presentation()
    for _ in range(8):
        app.processEvents()
    hint = win.minimumSizeHint().expandedTo(win.minimumSize())
    cards = {k: [inside(c), c.minimumSizeHint().width(), c.value.width(), c.value.minimumSizeHint().width(),
                 c.detail.width(), c.detail.minimumSizeHint().width()] for k, c in win.summary.cards.items()}
    shown = {"screen": win.screen().geometry().getRect(), "window": win.geometry().getRect(),
             "minimum": [hint.width(), hint.height()], "full_screen": win.isFullScreen(),
             "cards": cards, "columns": win.summary.columns,
             "plots": {p.slug: [inside(p), p.minimumWidth(), p.minimumHeight(), p.scale] for p in win.plots},
             "findings": inside(win.findings), "title": [inside(win.presentation_title),
                                                         win.presentation_title.text()],
             "chrome": [w.isVisible() for w in (win.tabs, win.menuBar(), win.statusBar(), win.editor_scroll)]}
    win.presentation_actions[2].trigger()  # Esc
    for _ in range(8):
        app.processEvents()
    after = {"state": int(win.windowState().value), "geometry": win.geometry().getRect(),
             "chrome": [w.isVisible() for w in (win.tabs, win.menuBar(), win.statusBar(), win.editor_scroll)],
             "scale": [p.scale for p in win.plots]}
    for doc in win.documents:
        doc.undo_stack.setClean()
    win.close()
    print(json.dumps({"before": before, "shown": shown, "after": after}))
""")


def _present(tmp_path, screen, lang="en", tabs=3, maximised=False):
    """Run F5 then Esc in a process of its own whose (offscreen) screen is ``screen``; what it measured."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "logicalDpi": 96,
                                               "logicalBaseDpi": 96, **screen}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    run = subprocess.run([sys.executable, "-c", _PROBE, lang, str(tabs), "1" if maximised else "0"], env=env,
                         capture_output=True, text=True, timeout=180, check=False)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


LAPTOP = {"width": 1366, "height": 768, "dpr": 1}
RETINA = {"width": 1440, "height": 900, "dpr": 2}  # 2880 × 1800 at 2×
FULL_HD = {"width": 1920, "height": 1080, "dpr": 1}


@pytest.mark.parametrize(("screen", "lang", "tabs"), [
    (LAPTOP, "en", 3), (LAPTOP, "ja", 3), (LAPTOP, "en", 1), (RETINA, "en", 3), (FULL_HD, "ja", 3),
])
def test_presentation_fits_the_screen(tmp_path, screen, lang, tabs):
    got = _present(tmp_path, screen, lang, tabs)
    shown = got["shown"]
    screen_rect = QRect(*shown["screen"])
    window = QRect(0, 0, *QRect(*shown["window"]).size().toTuple())
    # the window's minimum fits the screen, and the window is the screen
    assert QSize(*shown["minimum"]).boundedTo(screen_rect.size()) == QSize(*shown["minimum"]), shown["minimum"]
    assert shown["full_screen"] and QRect(*shown["window"]) == screen_rect
    # nothing cut: every card, plot, the findings and the title inside the window, every card wide enough for
    # its number and its line of detail, six cards a row
    assert shown["columns"] == 6
    for key, (rect, card_min, value_w, value_min, detail_w, detail_min) in shown["cards"].items():
        assert window.contains(QRect(*rect)), (key, rect)
        assert QRect(*rect).width() >= card_min and value_w >= value_min and detail_w >= detail_min, key
    for slug, (rect, min_w, min_h, scale) in shown["plots"].items():
        assert window.contains(QRect(*rect)), (slug, rect)
        assert QRect(*rect).width() >= min_w and QRect(*rect).height() >= min_h, slug
        assert scale >= 1.2  # larger type on every plot
    findings = QRect(*shown["findings"])
    assert window.contains(findings) and findings.width() >= 240 and findings.height() >= 180
    title, text = shown["title"]
    assert window.contains(QRect(*title)) and text.startswith("A budget, a cap")
    assert shown["chrome"] == [False, False, False, False]  # tab bar (✕, *), menus, status bar, editor hidden
    # Esc: the window as it was
    after = got["after"]
    assert after["state"] == got["before"]["state"] == int(Qt.WindowState.WindowNoState.value)
    assert after["geometry"] == got["before"]["geometry"]
    assert after["chrome"] == [True, True, True, True] and after["scale"] == [1.0] * 5


@pytest.mark.parametrize("screen", [{"width": 1600, "height": 900, "dpr": 1}, LAPTOP])
def test_esc_gives_back_a_maximised_window(tmp_path, screen):
    """Before: on a 1600-px screen the window could stay full screen, without a title bar, after Esc."""
    got = _present(tmp_path, screen, tabs=3, maximised=True)
    assert got["before"]["state"] == int(Qt.WindowState.WindowMaximized.value)
    assert got["after"]["state"] == got["before"]["state"]
    assert got["after"]["geometry"] == got["before"]["geometry"]


def test_presenting_hides_the_tab_chrome_and_titles_the_scenario(qtbot, window):
    first = window.model
    second = window.duplicate()
    second.set_field("cluster.count", 4096)
    window.set_active(0)
    settle(window)
    window.act_present.trigger()
    settle(window)
    try:
        assert not window.tabs.isVisible() and window.presentation_bar.isVisible()
        assert window.presentation_title.text() == first.scenario.name  # no "*", no ✕
        assert window.presentation_hint.text().startswith("1 / 2")
        assert all(plot.scale > 1 for plot in window.plots)
        window.presentation_actions[0].trigger()  # →
        settle(window)
        assert window.model is second and window.presentation_title.text() == second.scenario.name
        assert window.presentation_hint.text().startswith("2 / 2")
        assert window.workspace.colour(second).name() in window.presentation_title.styleSheet()
        window.presentation_actions[1].trigger()  # ←
        settle(window)
        assert window.model is first and window.presentation_title.text() == first.scenario.name
    finally:
        window.presentation_actions[2].trigger()  # Esc
        settle(window)
    assert window.tabs.isVisible() and not window.presentation_bar.isVisible()
    assert all(plot.scale == 1 for plot in window.plots)
    assert window.summary.cards["compute"].value.font().pointSizeF() == 14
    for d in window.documents:
        d.undo_stack.setClean()
