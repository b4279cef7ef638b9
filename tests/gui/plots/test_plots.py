"""The plots' transient UI (issue 11, items 6 and 8), used as a person uses it: the pointer over a plot,
then away; the window losing the focus; a plan going stale.

- the hover read-out shows a number while the pointer is over the data and goes when the pointer leaves
  the plot or the window is deactivated;
- no export — right-click → Save as PNG/SVG, File → Export figures, the PDF/slide drawing — ever
  contains the read-out or the stale note: an export made while they show equals one made without;
- ``set_stale(reason)`` fades the data and writes the reason over the plot, legibly and inside it even
  when small; ``set_stale(None)`` restores it and costs nothing when the plot is not stale.
"""

import html
import re
import time

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from gui.automation import open_window, settle

SLUGS = ["loss", "isoflop", "allocation", "data", "cost"]
REASON = "No plan: the target loss 1.20 is below what this law reaches at any compute."


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


def test_document_drawing_never_contains_the_readout_or_the_stale_note(win):
    plot = win.plot("cost")
    clean = draw_for_document(plot)
    hover(plot)
    assert readout(plot)
    assert draw_for_document(plot) == clean
    plot.set_stale(REASON)
    assert draw_for_document(plot) == clean
    plot.set_stale(None)


def stale_note(plot):
    """The stale note's text when it is on screen, else ''."""
    note = plot._stale_note
    return note.text() if note is not None and note.isVisible() else ""


def data_opacity(plot):
    return [vb.childGroup.effectiveOpacity() for vb in plot.view_boxes()]


@pytest.mark.parametrize("slug", SLUGS)
def test_stale_fades_the_data_and_says_why(win, slug):
    plot = win.plot(slug)
    assert stale_note(plot) == ""
    assert data_opacity(plot) == [1.0] * len(plot.view_boxes())
    plot.set_stale(REASON)
    assert stale_note(plot).replace("\n", " ").startswith("No plan:")
    assert all(o < 0.5 for o in data_opacity(plot))
    vb = plot.getPlotItem().vb
    box = plot._stale_note.sceneBoundingRect()
    assert vb.sceneBoundingRect().contains(box)
    assert abs(box.center().x() - vb.sceneBoundingRect().center().x()) < 2
    plot.set_stale(None)
    assert stale_note(plot) == ""
    assert data_opacity(plot) == [1.0] * len(plot.view_boxes())


def test_stale_hides_the_readout(win):
    plot = win.plot("loss")
    hover(plot)
    assert readout(plot)
    plot.set_stale(REASON)
    assert readout(plot) == ""
    hover(plot, 0.3, 0.4)
    assert readout(plot) == "", "a stale plot's read-out would show the old plan's numbers"
    plot.set_stale(None)
    hover(plot, 0.5, 0.5)
    assert readout(plot)


def test_stale_exports_equal_fresh_ones(win, tmp_path):
    plot = win.plot("loss")
    clean_png = win.export_plot(plot, "png", str(tmp_path / "clean.png"))
    clean_svg = svg_text(win.export_plot(plot, "svg", str(tmp_path / "clean.svg")))
    plot.set_stale(REASON)
    png = win.export_plot(plot, "png", str(tmp_path / "stale.png"))
    svg = svg_text(win.export_plot(plot, "svg", str(tmp_path / "stale.svg")))
    assert "No plan" not in svg and "target loss" not in svg
    assert svg == clean_svg
    assert image(png) == image(clean_png)
    assert stale_note(plot), "the note is back on screen after the export"
    assert all(o < 0.5 for o in data_opacity(plot))
    plot.set_stale(None)


@pytest.mark.parametrize("reason", ["Target loss unreachable.", REASON * 6, "x" * 400,
                                    "目標損失 1.20 はこの法則ではどの計算量でも到達できません。" * 4])
def test_stale_note_is_legible_and_inside_a_small_plot(qtbot, reason):
    from gui.plots import LossPlot

    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    plot.resize(300, 220)
    plot.show()
    QApplication.processEvents()
    plot.set_stale(reason)
    QApplication.processEvents()
    note = plot._stale_note
    assert note.isVisible()
    assert note.font().pointSizeF() >= 8.0
    vb = plot.getPlotItem().vb
    assert vb.sceneBoundingRect().contains(note.sceneBoundingRect())
    shown = note.text().replace("\n", "")
    assert shown == reason or shown.endswith("…")
    # and it follows a resize
    plot.resize(600, 400)
    QApplication.processEvents()
    assert vb.sceneBoundingRect().contains(note.sceneBoundingRect())
    assert abs(note.sceneBoundingRect().center().x() - vb.sceneBoundingRect().center().x()) < 2


def test_set_stale_none_is_free_when_not_stale(win):
    plot = win.plot("loss")
    plot.set_stale(None)
    t = time.perf_counter()
    for _ in range(10000):
        plot.set_stale(None)
    per_call = (time.perf_counter() - t) / 10000
    assert per_call < 5e-6, f"set_stale(None) costs {per_call * 1e6:.1f} µs a call"
