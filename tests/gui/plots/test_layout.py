"""Labels, legends and lines on the plots (issue 13): no text covers the plan's marker or another text, nothing
is cut off at the view's edge, the budget and energy-cap lines are drawn across the plot, titles stay inside
their plot — in the window at 1366 and 1600 px, with three tabs overlaid, with a budget and a cap, while
presenting and during a drag."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

import engine
from gui.automation import settle
from gui.plots.base import Marker

BUDGET_BLUE, CAP_GREEN = QColor(31, 119, 180), QColor(44, 160, 44)


def _set(window, size=None, **changes):
    """Change the scenario on screen (``money__budget=2e8``: money.budget), size the window, let it settle."""
    for path, value in changes.items():
        window.model.set_field(path.replace("__", "."), value)
    if size is not None:
        window.resize(*size)
    settle(window)


def _with_tabs(window):
    """Three tabs: a budget and a cap on screen, two more overlaid (one with a long name)."""
    base = engine.default_scenario()
    window.add_document(base.with_changes("cluster.count", 2048).with_changes("schedule.days", 45.0)
                        .with_changes("name", "2,048 H100 for 45 days"), None)
    window.add_document(base.with_changes("cluster.count", 512).with_changes("schedule.days", 90.0)
                        .with_changes("name", "512 H100 for 90 days, a long name to be shortened"), None)
    window.set_active(0)
    _set(window, money__budget=2e8, energy__cap_mwh=500.0)


def _marker_boxes(plot):
    """The plan's markers, in scene coordinates (they ignore the view's transformation: their rect is in
    pixels around their position)."""
    out = []
    for marker in plot.scene().items():
        if isinstance(marker, Marker) and marker.isVisible():
            c, r = marker.scenePos(), marker.rect().adjusted(-0.75, -0.75, 0.75, 0.75)  # (the white rim)
            out.append(("marker", r.translated(c)))
    return out


def _text_boxes(plot):
    """Every text label showing (names, values, line labels, the others' names) and the legend."""
    out = []
    for item in plot.scene().items():
        if isinstance(item, pg.TextItem) and item.isVisible() and item.toPlainText().strip() \
                and item is not plot._readout:
            out.append((item.toPlainText(), item.sceneBoundingRect()))
    legend = plot.__dict__.get("legend")
    if legend is not None and legend.isVisible():
        out.append(("legend", legend.sceneBoundingRect()))
    return out


def _overlaps(a: QRectF, b: QRectF) -> bool:
    """Overlapping by more than half a pixel each way (touching is fine)."""
    return a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b.adjusted(0.5, 0.5, -0.5, -0.5))


def assert_clear(window, where=""):
    for plot in window.plots:
        name = f"{type(plot).__name__} {where}"
        markers, texts = _marker_boxes(plot), _text_boxes(plot)
        assert markers, name
        view = plot.getPlotItem().vb.sceneBoundingRect().adjusted(-1, -1, 1, 1)
        for text, box in texts:
            assert view.contains(box), (name, text, box, view)  # nothing cut off at the edge
            for _, marker in markers:
                assert not _overlaps(box, marker), (name, text, box, marker)
        for i, (a, box_a) in enumerate(texts):
            for b, box_b in texts[i + 1:]:
                assert not _overlaps(box_a, box_b), (name, a, b, box_a, box_b)


@pytest.mark.parametrize("size", [(1366, 768), (1600, 1000)])
def test_default_scenario(qtbot, win, size):
    _set(win, size)
    assert_clear(win, f"{size} {win.property('lang')}")
    # the allocation's labels sit clear of their own lines (at 1366 px "N 93.3 B" lay on the N* line)
    alloc = win.plot("allocation")
    vb = alloc.getPlotItem().vb
    for label, curve in ((alloc.n_label, alloc.n_curve), (alloc.d_label, alloc.d_curve)):
        xs, ys = curve.getData()
        dense = np.linspace(xs[0], xs[-1], 2000)
        points = [vb.mapViewToScene(QPointF(x, y)) for x, y in zip(dense, np.interp(dense, xs, ys), strict=True)]
        assert not any(label.sceneBoundingRect().contains(p) for p in points), label.toPlainText()


def test_three_tabs_overlaid(qtbot, window):
    _with_tabs(window)
    assert len(window.plot("loss")._others_marks.getData()[0]) == 2
    for size in ((1366, 768), (1600, 1000)):
        _set(window, size)
        assert_clear(window, f"3 tabs {size}")
        for i in (1, 2, 0):  # each tab on screen in turn: the others' names never over its values
            window.set_active(i)
            settle(window)
            assert_clear(window, f"3 tabs {size}, tab {i}")


def test_budget_and_cap(qtbot, window):
    _set(window, (1366, 768), money__budget=3e8, energy__cap_mwh=800.0)
    assert_clear(window, "budget and cap")
    cost = window.plot("cost")
    assert cost.budget.label.isVisible() and cost.cap.label.isVisible()


def _row_share(plot, vb, level, colour, tolerance=40):
    """The share of the view's width where the pixel row of ``level`` (in ``vb``'s coordinates) has
    ``colour``: a dashed line across the plot is ~2/3."""
    image = plot.grab().toImage()
    view = vb.sceneBoundingRect()
    y = plot.mapFromScene(vb.mapViewToScene(QPointF(0.0, level))).y()
    ratio = plot.devicePixelRatioF()
    hits = 0
    xs = range(int(view.left()) + 2, int(view.right()) - 2)
    for x in xs:
        found = False
        for dy in (-1, 0, 1):
            c = image.pixelColor(int(x * ratio), int((y + dy) * ratio))
            if max(abs(c.red() - colour.red()), abs(c.green() - colour.green()),
                   abs(c.blue() - colour.blue())) <= tolerance:
                found = True
        hits += found
    return hits / len(xs)


@pytest.mark.parametrize(("budget", "cap"), [(3e8, 800.0), (2e8, 500.0), (1.5e8, 300.0)])
def test_budget_and_cap_lines_are_drawn_across_the_plot(qtbot, window, budget, cap):
    """Before: the budget line lay under the grid (its view box was under the whole plot item) and showed
    only as a stub through its label wherever it fell on a grid line — usually."""
    _set(window, money__budget=budget, energy__cap_mwh=cap)
    cost = window.plot("cost")
    assert _row_share(cost, cost.cost_vb, budget, BUDGET_BLUE) > 0.5
    assert _row_share(cost, cost.getPlotItem().vb, cap, CAP_GREEN) > 0.5


def test_the_cost_line_is_never_hidden_under_the_energy_line(qtbot, window):
    """With other scenarios raising the cost axis, the energy line could end exactly on the cost line."""
    _with_tabs(window)
    cost = window.plot("cost")
    energy_end = cost.getPlotItem().vb.mapViewToScene(QPointF(*[v[-1] for v in cost.energy.getData()]))
    cost_end = cost.cost_vb.mapViewToScene(QPointF(*[v[-1] for v in cost.cost.getData()]))
    assert energy_end.y() - cost_end.y() > 20  # pixels: the energy line ends well under the cost line


def test_labels_stay_clear_during_a_drag(qtbot, window):
    _set(window, (1366, 768), money__budget=2e8, energy__cap_mwh=500.0)
    window.duplicate().set_field("cluster.count", 4096)
    window.set_active(0)
    for count in (64, 300, 900, 1500, 2500, 6000, 20_000):
        _set(window, cluster__count=count)
        assert_clear(window, f"count {count}")
    for price in (100.0, 900.0, 3000.0):  # only the cost plot moves; the others keep their layout
        _set(window, money__price_per_accelerator_hour=price)
        assert_clear(window, f"price {price}")


def test_larger_type_while_presenting(qtbot, win):
    win.duplicate().set_field("schedule.days", 60.0)
    win.set_active(0)
    _set(win, (1920, 1080))
    loss = win.plot("loss")

    def sizes():
        pi = loss.getPlotItem()
        return (loss.you_label.textItem.font().pointSizeF(), pi.getAxis("bottom").style["tickFont"].pointSizeF(),
                float(pi.titleLabel.opts["size"].removesuffix("pt")),
                float(pi.getAxis("left").labelStyle["font-size"].removesuffix("pt")),
                loss.eu_line.label.textItem.font().pointSizeF(), loss.you.rect().width())

    before = sizes()
    for plot in win.plots:
        plot.set_presenting(True, 1.6)
    settle(win)
    assert sizes() == pytest.approx([1.6 * v for v in before], rel=0.02)
    assert_clear(win, f"presenting {win.property('lang')}")
    for plot in win.plots:
        plot.set_presenting(False)
    settle(win)
    assert sizes() == pytest.approx(before)
    assert_clear(win, f"after presenting {win.property('lang')}")


@pytest.mark.parametrize("width", [0, 1280, 1366, 1600])
def test_titles_stay_inside_their_plot(qtbot, win, width):
    """"Data needed against data available" ran to its plot's right edge and past it (7 px at the window's
    narrowest, 2 px at 1280). ``width`` 0: the window's narrowest."""
    _set(win, (width or 800, 768))
    for plot in win.plots:
        title = plot.getPlotItem().titleLabel.item
        box = title.mapRectToScene(title.boundingRect())
        assert box.left() >= 4 and box.right() <= plot.width() - 4, (type(plot).__name__, box, plot.width())
