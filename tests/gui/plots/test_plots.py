"""The plots' transient UI (issue 11, item 8), used as a person uses it: the pointer over a plot, then
away; the window losing the focus.

- the hover read-out shows a number while the pointer is over the data and goes when the pointer leaves
  the plot or the window is deactivated;
- no export — right-click → Save as PNG/SVG, File → Export figures, the PDF/slide drawing — ever
  contains the read-out: an export made while it shows equals one made without.
"""

import html
import re

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from gui.automation import open_window, settle

SLUGS = ["loss", "isoflop", "allocation", "data", "cost"]


@pytest.fixture
def win(qtbot, tmp_path):
    w = open_window(lang="en", state_dir=tmp_path / "state")
    qtbot.waitExposed(w)
    settle(w)
    yield w
    for doc in w.documents:
        doc.undo_stack.setClean()  # no prompt on teardown
    w.close()
    w.deleteLater()


def readout(plot):
    """The hover read-out's text when it is on screen, else ''."""
    item = plot._readout
    return item.textItem.toPlainText() if item.isVisible() else ""


def point_in_data(plot, fx=0.45, fy=0.55):
    """A point of the plot widget inside its data area, at that fraction of the view box."""
    r = plot.getPlotItem().vb.sceneBoundingRect()
    return plot.mapFromScene(QPointF(r.left() + fx * r.width(), r.top() + fy * r.height()))


def hover(plot, fx=0.45, fy=0.55):
    """Move the pointer over the plot's data area, as a mouse does (pyqtgraph limits the rate of the
    moves it reports: wait a little first; and Qt drops a move to where the pointer already is, as after
    the same move in an earlier test: come from a few pixels away)."""
    target = point_in_data(plot, fx, fy)
    for p in (target - QPoint(4, 3), target):
        QTest.qWait(40)
        QTest.mouseMove(plot.viewport(), p)
    QApplication.processEvents()


def move_away(w):
    """Move the pointer off the plots, onto the status bar."""
    QTest.qWait(40)
    QTest.mouseMove(w.statusBar(), QPoint(10, 5))
    QApplication.processEvents()


def image(path):
    img = QImage(str(path))
    assert not img.isNull(), path
    return img.convertToFormat(QImage.Format.Format_ARGB32)


def svg_text(path):
    return html.unescape(path.read_text(encoding="utf-8"))


def shows_nowhere(text, svg):
    """None of the lines of ``text`` is written in the SVG."""
    return not [line for line in text.splitlines() if line.strip() and line in svg]


@pytest.mark.parametrize("slug", SLUGS)
def test_readout_follows_the_pointer_and_goes_when_it_leaves(win, slug):
    plot = win.plot(slug)
    assert readout(plot) == ""
    hover(plot)
    text = readout(plot)
    assert re.search(r"\d", text), f"no number in the read-out: {text!r}"
    move_away(win)
    assert readout(plot) == "", "the read-out stayed after the pointer left the plot"


def test_readout_goes_when_the_window_is_deactivated(win, qtbot):
    plot = win.plot("loss")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    hover(plot)
    assert readout(plot)
    other = QWidget()
    other.resize(200, 100)
    other.show()
    other.activateWindow()
    try:
        qtbot.waitUntil(lambda: not win.isActiveWindow())
        QApplication.processEvents()
        assert readout(plot) == "", "the read-out stayed when the window lost the focus"
    finally:
        other.close()


def test_readout_follows_a_new_plan_under_a_still_pointer(win):
    """The plan changes (keys, a slider) while the pointer rests on the plot: the read-out is not left
    with the old plan's numbers."""
    plot = win.plot("cost")
    hover(plot)
    before = readout(plot)
    assert before
    slider = win.editor.fields["cluster.count"].slider
    slider.setValue(slider.value() + 40)
    settle(win)
    after = readout(plot)
    assert after and after != before, "the read-out kept the old plan's numbers"
    assert after.splitlines()[0] == before.splitlines()[0]  # the same days: the pointer did not move


@pytest.mark.parametrize("slug", ["loss", "cost"])
def test_right_click_exports_never_contain_the_readout(win, tmp_path, slug):
    plot = win.plot(slug)
    clean_png = win.export_plot(plot, "png", str(tmp_path / "clean.png"))
    clean_svg = svg_text(win.export_plot(plot, "svg", str(tmp_path / "clean.svg")))
    hover(plot)
    text = readout(plot)
    assert text
    png = win.export_plot(plot, "png", str(tmp_path / "hover.png"))
    svg = svg_text(win.export_plot(plot, "svg", str(tmp_path / "hover.svg")))
    assert readout(plot) == text, "the read-out on screen is kept (the pointer is still there)"
    assert shows_nowhere(text, svg), f"the read-out {text!r} is in the SVG"
    assert svg.count("<text") == clean_svg.count("<text")
    assert image(png) == image(clean_png), "the PNG differs from one made with no hover"


def test_export_figures_never_contains_the_readout(win, tmp_path):
    clean = win.export_figures(str(tmp_path / "clean"))
    assert clean
    plot = win.plot("allocation")
    hover(plot)
    text = readout(plot)
    assert text
    win.export_figures(str(tmp_path / "hover"))
    assert shows_nowhere(text, svg_text(tmp_path / "hover" / "allocation.svg"))
    for slug in SLUGS:
        assert image(tmp_path / "hover" / f"{slug}.png") == image(tmp_path / "clean" / f"{slug}.png"), slug


def draw_for_document(plot):
    """The plot as the PDF report draws it (gui.reports.render.render_plot), onto an image."""
    from gui.reports.render import render_plot

    img = QImage(plot.width(), plot.height(), QImage.Format.Format_ARGB32)
    img.fill(0xFFFFFFFF)
    painter = QPainter(img)
    render_plot(painter, plot, QRectF(0, 0, plot.width(), plot.height()))
    painter.end()
    return img


def test_document_drawing_never_contains_the_readout(win):
    plot = win.plot("cost")
    clean = draw_for_document(plot)
    hover(plot)
    assert readout(plot)
    assert draw_for_document(plot) == clean
