"""The five live plots. Items are created once and updated with setData / setPos every frame.

Log axes: data are fed as log10 values and only the axes are in log mode (tick labels 10ⁿ), so every
item — lines, regions, text, markers — lives in the same coordinates.
"""

from __future__ import annotations

import math
from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem

from engine.catalogue import reference_runs
from engine.curves import WindowCurves, nice_ceil
from engine.planner import Plan
from engine.presets import presets
from engine.units import (EMERGENCE_BAND_FLOP, EU_AI_ACT_THRESHOLD_FLOP, PUBLIC_TEXT_STOCK_90CI_TOKENS,
                          PUBLIC_TEXT_STOCK_TOKENS)

from .i18n import current_language, tr
from .format import money, sci, short

BLUE = QColor(31, 119, 180)
ORANGE = QColor(230, 120, 20)
GREEN = QColor(44, 160, 44)
RED = QColor(214, 39, 40)
GREY = QColor(120, 120, 120)
PURPLE = QColor(148, 103, 189)
LAW_COLOURS = {"epoch-2024": BLUE, "chinchilla-2022": ORANGE, "chinchilla-2022-unrounded": QColor(200, 150, 60),
               "kaplan-2020": PURPLE, "muennighoff-2023": GREEN}
#: reference runs labelled on the loss plot (others are points with a hover read-out)
LABELLED_RUNS = {"GPT-3 175B": (1, 0), "Chinchilla 70B": (1, 1), "Llama 3.1 405B": (1, 1), "PaLM 540B": (0, 0)}




def _faint(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def _floor_to(v: float, step: float) -> float:
    return math.floor(v / step + 1e-9) * step


def _ceil_to(v: float, step: float) -> float:
    return math.ceil(v / step - 1e-9) * step


def _set(item, x, y) -> None:
    """``item.setData(x, y)`` unless the item already shows exactly these values.

    During a drag most curves do not change (they depend on the law and the compute decade, not on
    the count or the price); re-setting them would cost their bounds, path and a re-layout each frame."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    last = getattr(item, "_shown_xy", None)
    if last is not None and last[0].shape == x.shape and last[1].shape == y.shape \
            and np.array_equal(last[0], x, equal_nan=True) and np.array_equal(last[1], y, equal_nan=True):
        return
    item._shown_xy = (x, y)
    item.setData(x, y)


def _text(label, text: str) -> None:
    """``label.setText(text)`` unless it already says that."""
    if getattr(label, "_shown_text", None) != text:
        label._shown_text = text
        label.setText(text)


def _in_view_only(y: np.ndarray, y0: float, y1: float) -> np.ndarray:
    """y with the points far outside [y0, y1] set to NaN (drawn as gaps): a point is kept when it or a
    neighbour is inside, so every segment that crosses the view is drawn exactly. Stroking the long
    invisible parts of steep curves was most of the isoFLOP plot's paint time."""
    inside = (y >= y0) & (y <= y1)
    keep = inside.copy()
    keep[1:] |= inside[:-1]
    keep[:-1] |= inside[1:]
    return np.where(keep, y, np.nan)


def _tint(colour: QColor, alpha: int) -> QColor:
    """A faint but opaque line colour: translucent strokes rasterise many times slower (see Axis)."""
    return _opaque_over_white(_faint(colour, alpha))


def _linear_ends(x: np.ndarray, *ys: np.ndarray) -> np.ndarray | slice:
    """Index of the two end points when every y is a straight line in x (then they draw the same),
    else every point."""
    for y in ys:
        ref = y[0] + (y[-1] - y[0]) * (x - x[0]) / (x[-1] - x[0])
        if not np.allclose(y, ref, rtol=1e-9, atol=1e-12 * max(abs(float(y[-1])), 1.0)):
            return slice(None)
    return np.array([0, len(x) - 1])


def _log10(x):
    return np.log10(np.asarray(x, dtype=float))


_SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _opaque_over_white(colour: QColor) -> QColor:
    """The opaque colour a translucent one shows over the white background."""
    a = colour.alphaF()
    return QColor(*(round(255 - a * (255 - v)) for v in (colour.red(), colour.green(), colour.blue())))


class Axis(pg.AxisItem):
    """pyqtgraph's axis with its grid drawn in opaque pens.

    The grid's translucent lines (showGrid(alpha=…)) cost ~30× more to rasterise than opaque ones
    in Qt's raster engine (3.9 ms against 0.13 ms for 40 lines on 400×400 here): they were most of
    every frame. On the white background an opaque tint looks the same.
    """

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self._pens: dict[int, object] = {}

    def generateDrawSpecs(self, p):  # noqa: N802 — pyqtgraph's name
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis_spec, tick_specs, text_specs = specs
        out = []
        for pen, p1, p2 in tick_specs:
            colour = pen.color()
            if colour.alpha() < 255:
                key = colour.rgba()
                if key not in self._pens:
                    opaque = pg.mkPen(pen)
                    opaque.setColor(_opaque_over_white(colour))
                    self._pens[key] = opaque
                pen = self._pens[key]
            out.append((pen, p1, p2))
        return axis_spec, out, text_specs


class LogAxis(Axis):
    """An axis whose values are log10 of the quantity: major ticks at whole decades labelled 10ⁿ."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 — pyqtgraph's names
        lo, hi = math.floor(min(minVal, maxVal)), math.ceil(max(minVal, maxVal))
        span = max(hi - lo, 1)
        step = 1 if span <= 8 else 2 if span <= 16 else 5
        major = [float(v) for v in range(lo, hi + 1) if v % step == 0]
        minor = []
        if step == 1 and span <= 4:
            minor = [d + math.log10(k) for d in range(lo, hi + 1) for k in range(2, 10)]
        return [(float(step), major), (0.1, minor)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        out = []
        for v in values:
            if abs(v - round(v)) > 1e-6:
                out.append("")
                continue
            n = int(round(v))
            out.append({0: "1", 1: "10", 2: "100", 3: "1000"}.get(n, "10" + str(n).translate(_SUP)))
        return out


class MoneyAxis(Axis):
    """A linear axis labelled as money (¥342M, $1.2M)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.currency = "JPY"

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [money(v, self.currency, current_language()) if v else "0" for v in values]


class Marker(QGraphicsEllipseItem):
    """One round marker of a fixed size in pixels (the plan on a plot), drawn entirely by Qt in C++.

    A pyqtgraph ScatterPlotItem for a single point costs a Python ``paint`` and ``boundingRect`` on
    every frame; this costs neither. ``setData([x], [y])`` / ``getData()`` as for a ScatterPlotItem."""

    def __init__(self, colour: QColor, size: int) -> None:
        r = size / 2.0
        super().__init__(-r, -r, size, size)
        self.setBrush(pg.mkBrush(colour))
        pen = pg.mkPen("w", width=1.5)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setFlag(QGraphicsItem.ItemIgnoresTransformations)
        self.setZValue(50)
        self._xy = (np.array([]), np.array([]))

    def setData(self, x, y) -> None:  # noqa: N802 — as pyqtgraph's items
        x, y = np.atleast_1d(np.asarray(x, dtype=float)), np.atleast_1d(np.asarray(y, dtype=float))
        self._xy = (x, y)
        if x.size:
            self.setPos(float(x[0]), float(y[0]))
            self.show()
        else:
            self.hide()

    def getData(self):  # noqa: N802
        return self._xy


class _Plot(pg.PlotWidget):
    """A PlotWidget with a title, axis labels, optional log axes and a hover read-out."""

    def __init__(self, title: str, xlabel: str, ylabel: str, logx: bool, logy: bool,
                 axis_items: dict | None = None) -> None:
        self.logx, self.logy = logx, logy
        self._labels = {"bottom": xlabel, "left": ylabel}
        axes = {"bottom": Axis("bottom"), "left": Axis("left"), **(axis_items or {})}
        if logx:
            axes["bottom"] = LogAxis("bottom")
        if logy:
            axes["left"] = LogAxis("left")
        super().__init__(background="w", axisItems=axes)
        self.setMinimumSize(240, 180)
        pi = self.getPlotItem()
        pi.setTitle(title, size="10pt", color="#222")
        # a long title may overhang the axes; it must not widen the plot beyond its widget (at 1280 px
        # it did, and the right axis was cut off)
        title_item = pi.titleLabel
        keep_min = title_item.updateMin

        def update_min_height_only() -> None:  # pyqtgraph re-applies the text's width on every change
            keep_min()
            title_item.setMinimumWidth(0)
            title_item._sizeHint[Qt.SizeHint.MinimumSize] = (0, title_item._sizeHint[Qt.SizeHint.MinimumSize][1])
            title_item.updateGeometry()

        title_item.updateMin = update_min_height_only
        update_min_height_only()
        pi.setLabel("bottom", xlabel, **{"font-size": "9pt"})
        pi.setLabel("left", ylabel, **{"font-size": "9pt"})
        pi.showGrid(x=True, y=True, alpha=0.15)
        pi.setMenuEnabled(False)
        pi.hideButtons()
        pi.disableAutoRange()  # every plot sets its range itself, from the data, on stable grid steps
        self._views: dict[int, tuple[float, float, float, float]] = {}
        font = QFont()
        font.setPointSizeF(8.0)
        for name in ("bottom", "left"):
            pi.getAxis(name).setTickFont(font)
            pi.getAxis(name).enableAutoSIPrefix(False)
        for name in ("bottom", "left", "top", "right"):
            # the axes draw the grid; opaque grid lines must lie under the data, not over it
            pi.getAxis(name).setZValue(-1)
        self._readout = pg.TextItem("", color="#111", anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 220),
                                    border=pg.mkPen("#bbb"))
        self._readout.setZValue(100)
        self._readout.hide()
        pi.addItem(self._readout, ignoreBounds=True)
        self._hover: Callable[[float, float], str] | None = None
        self.scene().sigMouseMoved.connect(self._on_mouse)

    #: file-name stem for exports (loss.png, isoflop.svg, …)
    slug = "plot"

    def axis_label(self, axis: str) -> str:
        return self._labels.get(axis, "")

    def series(self) -> list[tuple[str, object, str]]:
        """(name, item, y axis) of everything plotted, for CSV export: each curve and marker attribute."""
        out = []
        for name, value in vars(self).items():
            items = value if isinstance(value, list) else [value]
            for i, item in enumerate(items):
                if isinstance(item, (pg.PlotDataItem, pg.PlotCurveItem, pg.ScatterPlotItem, Marker)):
                    label = name if len(items) == 1 else f"{name}[{i}]"
                    out.append((label, item, self.y_axis_of(item)))
            if isinstance(value, dict):
                for key, item in value.items():
                    if isinstance(item, (pg.PlotDataItem, pg.PlotCurveItem, pg.ScatterPlotItem, Marker)):
                        out.append((f"{name}.{key}", item, self.y_axis_of(item)))
        return out

    def y_axis_of(self, item) -> str:
        return "left"

    def overlay_points(self, plan: Plan) -> list[tuple[float, float]]:
        """Where another scenario's plan sits on this plot (plot coordinates)."""
        return []

    def overlay_box(self):
        return self.getPlotItem().vb

    #: list the other scenarios in the legend too (not where the legend would then cover the plan)
    overlay_in_legend = True

    def _with_overlays(self, vb, x0, x1, y0, y1):
        """The requested range, widened to show the other scenarios' markers (x: on every view box of
        the plot, as they share it; y: on the one the markers are drawn in)."""
        points = getattr(self, "_overlay_xy", [])
        if not points:
            return x0, x1, y0, y1
        xs = [x for x, _ in points]
        span = max(x1, max(xs)) - min(x0, min(xs))
        if min(xs) < x0:
            x0 = min(xs) - 0.04 * span
        if max(xs) > x1:
            x1 = max(xs) + 0.04 * span
        if vb is self.overlay_box():
            ys = [y for _, y in points]
            lo, hi = min(ys), max(ys)
            pad = 0.06 * (max(y1, hi) - min(y0, lo))
            y0 = min(y0, lo - pad) if lo < y0 else y0
            y1 = max(y1, hi + pad) if hi > y1 else y1
        return x0, x1, y0, y1

    def show_others(self, others: list) -> None:
        """Mark the other open scenarios' plans — (name, plan, colour) each — with a square and their
        name in their tab's colour."""
        if not hasattr(self, "_others_marks"):
            self._others_marks = pg.ScatterPlotItem(size=10, symbol="s", pen=pg.mkPen("w", width=1.2))
            self._others_marks.setZValue(45)
            self.overlay_box().addItem(self._others_marks)
            self._others_labels: list[pg.TextItem] = []
        spots, named = [], []
        for name, plan, colour in others:
            points = self.overlay_points(plan)
            for x, y in points:
                spots.append({"pos": (x, y), "brush": pg.mkBrush(colour)})
            if points:
                named.append((name, points[0], colour))
        self._others_marks.setData(spots)
        self._overlay_xy = [s["pos"] for s in spots]
        for x0, x1, y0, y1, vb in list(getattr(self, "_requested", {}).values()):
            self.set_view(x0, x1, y0, y1, vb=vb)
        while len(self._others_labels) < len(named):
            label = pg.TextItem("", anchor=(0, 1))
            label.setZValue(46)
            f = QFont()
            f.setPointSizeF(7.5)
            label.setFont(f)
            self.overlay_box().addItem(label, ignoreBounds=True)
            self._others_labels.append(label)
        for i, label in enumerate(self._others_labels):
            if i < len(named):
                name, (x, y), colour = named[i]
                label.setText(name if len(name) <= 24 else name[:23] + "…", color=colour)
                label.setPos(x, y)
                label.show()
            else:
                label.hide()
        # and in the legend, where the plot has one: a square in each scenario's colour
        legend = self.__dict__.get("legend") if self.overlay_in_legend else None
        if legend is not None:
            for sample in getattr(self, "_legend_samples", []):
                legend.removeItem(sample)
            self._legend_samples = []
            for name, _, colour in named:
                short_name = name if len(name) <= 28 else name[:27] + "…"
                sample = pg.ScatterPlotItem(size=9, symbol="s", brush=pg.mkBrush(colour), pen=pg.mkPen("w"),
                                            name=short_name)
                legend.addItem(sample, short_name)
                self._legend_samples.append(sample)

    def set_view(self, x0: float, x1: float, y0: float, y1: float, vb=None) -> None:
        """Show exactly this range (no padding). Callers round the ends to stable steps, so that
        the axes — and the cost of re-drawing them — only change when the data leave the step."""
        vb = vb if vb is not None else self.getPlotItem().vb
        self._requested = getattr(self, "_requested", {})
        self._requested[id(vb)] = (x0, x1, y0, y1, vb)
        x0, x1, y0, y1 = self._with_overlays(vb, x0, x1, y0, y1)
        view = (float(x0), float(x1), float(y0), float(y1))
        if self._views.get(id(vb)) != view and all(map(math.isfinite, view)) and x1 > x0 and y1 > y0:
            self._views[id(vb)] = view
            vb.setRange(xRange=view[:2], yRange=view[2:], padding=0)

    def cache_items(self) -> None:
        """Paint the parts that rarely change from pixmap caches: axes with their grid, titles, regions,
        lines and text. A frame then re-renders only what moved (measured: repainting the five plots
        with nothing changed took ~10.7 ms uncached and ~6.7 ms cached here)."""
        for item in self.scene().items():
            if isinstance(item, pg.TextItem):
                item.textItem.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
            elif isinstance(item, (pg.AxisItem, pg.LabelItem, pg.LinearRegionItem, pg.InfiniteLine)):
                item.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def cache_legend(self) -> None:
        """The legend rarely changes: paint it from a pixmap cache instead of every frame."""
        self.legend.setCacheMode(QGraphicsItem.DeviceCoordinateCache)

    def settle(self) -> None:
        """Fix the view range now rather than during the paint.

        pyqtgraph defers auto-ranging to the paint; a range changed there schedules a second paint of
        the whole plot. Settling after each update keeps it to one paint per frame."""
        for vb in self.view_boxes():
            vb.prepareForPaint()

    def view_boxes(self) -> list:
        return [self.getPlotItem().vb]

    def set_hover(self, fn: Callable[[float, float], str]) -> None:
        self._hover = fn

    def _on_mouse(self, pos: QPointF) -> None:
        vb = self.getPlotItem().vb
        if self._hover is None or not vb.sceneBoundingRect().contains(pos):
            self._readout.hide()
            return
        p = vb.mapSceneToView(pos)
        self._readout.setText(self._hover(p.x(), p.y()))
        (x0, x1), (y0, y1) = vb.viewRange()
        # keep the read-out inside the view: flip it left/down near the right/top edge
        ax = 1.0 if p.x() > x0 + 0.6 * (x1 - x0) else 0.0
        ay = 0.0 if p.y() > y0 + 0.4 * (y1 - y0) else 1.0
        self._readout.setAnchor((ax, ay))
        self._readout.setPos(p.x(), p.y())
        self._readout.show()

    def marker(self, colour: QColor, size: int = 11, symbol: str = "o"):
        """The plan's marker: a C++ ellipse for one round point, a ScatterPlotItem otherwise."""
        if symbol == "o":
            item = Marker(colour, size)
            self.getPlotItem().vb.addItem(item, ignoreBounds=True)
            return item
        item = pg.ScatterPlotItem(size=size, symbol=symbol, brush=pg.mkBrush(colour), pen=pg.mkPen("w", width=1.5))
        item.setZValue(50)
        self.addItem(item)
        return item

    def label(self, colour: QColor | str = "#222", anchor=(0, 1), size: float = 8.5, bold: bool = False) -> pg.TextItem:
        item = pg.TextItem("", color=colour, anchor=anchor)
        f = QFont()
        f.setPointSizeF(size)
        f.setBold(bold)
        item.setFont(f)
        item.setZValue(60)
        self.getPlotItem().addItem(item, ignoreBounds=True)
        return item


class LossPlot(_Plot):
    """1. Loss against compute: the law's frontier with its band, other presets faint, the plan, runs."""

    slug = "loss"
    overlay_in_legend = False  # its legend sits over the frontier: the names are written by the markers

    def __init__(self) -> None:
        super().__init__(tr("Loss against compute"), tr("training compute (FLOP)"), tr("loss (nats/token)"),
                         logx=True, logy=False)
        pi = self.getPlotItem()
        lo, hi = EMERGENCE_BAND_FLOP
        self.emergence = pg.LinearRegionItem(values=(math.log10(lo), math.log10(hi)), movable=False,
                                             brush=pg.mkBrush(255, 200, 0, 35), pen=pg.mkPen(None))
        self.emergence.setZValue(-20)
        pi.addItem(self.emergence, ignoreBounds=True)
        self.emergence_label = self.label("#9a7300", anchor=(0, 1), size=7.5)
        _text(self.emergence_label, tr("few-shot emergence"))
        self.eu_line = pg.InfiniteLine(pos=math.log10(EU_AI_ACT_THRESHOLD_FLOP), angle=90,
                                       pen=pg.mkPen(RED, width=1, style=Qt.DashLine),
                                       label=tr("EU AI Act 10²⁵"), labelOpts={"position": 0.04, "color": RED,
                                                                              "anchors": [(1, 1), (1, 1)]})
        pi.addItem(self.eu_line, ignoreBounds=True)
        self.others: dict[str, pg.PlotDataItem] = {}
        for law_id in presets():
            self.others[law_id] = self.plot([], [], pen=pg.mkPen(_tint(LAW_COLOURS.get(law_id, GREY), 110),
                                                                 width=1, style=Qt.DotLine))
        self.band_lo = pg.PlotCurveItem(pen=pg.mkPen(None))
        self.band_hi = pg.PlotCurveItem(pen=pg.mkPen(None))
        self.band = pg.FillBetweenItem(self.band_lo, self.band_hi, brush=pg.mkBrush(_faint(BLUE, 50)))
        for item in (self.band_lo, self.band_hi, self.band):
            pi.addItem(item)
        self.frontier = self.plot([], [], pen=pg.mkPen(BLUE, width=2.2))
        self.runs = pg.ScatterPlotItem(size=6, symbol="d", brush=pg.mkBrush(90, 90, 90, 200), pen=pg.mkPen(None))
        self.addItem(self.runs)
        self.run_labels = {name: self.label("#555", anchor=anchor, size=7.0) for name, anchor in LABELLED_RUNS.items()}
        self.you = self.marker(RED, size=13)
        self.you_err = pg.ErrorBarItem(pen=pg.mkPen(RED, width=1.5), beam=0.08)
        self.addItem(self.you_err)
        self.you_label = self.label(RED, anchor=(0, 1), bold=True)
        self.legend = pi.addLegend(offset=(-6, 6), labelTextSize="7pt", brush=pg.mkBrush(255, 255, 255, 215),
                                   verSpacing=-6)
        self.cache_legend()
        self._legend_law: str | None = None
        self._labels_at = None
        pi.vb.sigResized.connect(self._place_run_labels)
        self._run_data = [(r.name, r.compute_flop, r.n_params_active or r.n_params, r.n_tokens)
                          for r in reference_runs() if (r.n_params_active or r.n_params) and r.n_tokens]
        self._plan: Plan | None = None
        self.set_hover(self._hover_text)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        # on a small plot the legend would cover the curves: the hover read-out names them instead
        legend = self.__dict__.get("legend")
        if legend is not None:
            legend.setVisible(event.size().width() >= 360 and event.size().height() >= 280)

    @staticmethod
    def _pixel_box(label: pg.TextItem, x: float, y: float, px: tuple[float, float], anchor) -> QRectF:
        """Where a text label anchored at (x, y) sits, in pixels (y down) of the view."""
        r = label.textItem.boundingRect()
        left = x / px[0] - anchor[0] * r.width()
        top = -y / px[1] - anchor[1] * r.height()
        return QRectF(left, top, r.width(), r.height())

    @staticmethod
    def _law_key(plan: Plan) -> str:
        """The legend's name for the plan's law: the preset id, or a custom law's own name."""
        if plan.scenario.law.preset is not None:
            return plan.law_id
        name = plan.scenario.law.resolve().name
        return name if len(name) <= 32 else name[:31] + "…"

    def _rebuild_legend(self, plan: Plan) -> None:
        key = self._law_key(plan)
        if self._legend_law == key:
            return
        self._legend_law = key
        self.legend.clear()
        self.legend.addItem(self.frontier, key)
        for law_id, item in self.others.items():
            if law_id != plan.law_id:
                self.legend.addItem(item, law_id)
        for sample in getattr(self, "_legend_samples", []):  # the other scenarios, if overlaid
            self.legend.addItem(sample, sample.name() or "")

    def update_plan(self, plan: Plan, curves: WindowCurves) -> None:
        self._plan = plan
        law = plan.scenario.law.resolve()
        f = curves.frontier
        x = _log10(f.compute_flop)
        _set(self.frontier, x, f.loss)
        if self._legend_law != self._law_key(plan):  # (before _rebuild_legend records the law)
            self.frontier.setPen(pg.mkPen(LAW_COLOURS.get(plan.law_id, BLUE), width=2.2))
        if f.loss_low is not None:
            _set(self.band_lo, x, f.loss_low)
            _set(self.band_hi, x, f.loss_high)
            self.band.show()
        else:
            _set(self.band_lo, [], [])
            _set(self.band_hi, [], [])
            self.band.hide()
        for law_id, item in self.others.items():
            y = curves.other_frontiers.get(law_id)
            if y is None or law_id == plan.law_id:
                _set(item, [], [])
            else:
                _set(item, x, y)
        self._rebuild_legend(plan)
        # reference runs at the loss the chosen law predicts for their (N, D)
        names, c, n, d = zip(*self._run_data)
        y = law.loss(np.array(n), np.array(d))
        xr = _log10(c)
        inside = (xr >= x[0]) & (xr <= x[-1])
        _set(self.runs, xr[inside], y[inside])
        cx = math.log10(plan.compute_flop)
        _set(self.you, [cx], [plan.loss])
        if plan.loss_low is not None:
            err = (cx, plan.loss, plan.loss_high - plan.loss, plan.loss - plan.loss_low)
            if getattr(self, "_err_shown", None) != err:
                self._err_shown = err
                self.you_err.setData(x=np.array([cx]), y=np.array([plan.loss]), top=np.array([err[2]]),
                                     bottom=np.array([err[3]]))
            self.you_err.show()
        else:
            self.you_err.hide()
        _text(self.you_label, tr("you are here") + f"\n{plan.loss:.3f}")
        self.you_label.setPos(cx, plan.loss)
        low = f.loss_low if f.loss_low is not None else f.loss
        high = f.loss_high if f.loss_high is not None else f.loss
        bottom = min([float(np.nanmin(low)), plan.loss_low or plan.loss]
                     + [float(np.nanmin(v)) for k, v in curves.other_frontiers.items() if k != plan.law_id]
                     + ([float(np.min(y[inside]))] if inside.any() else []))
        top = max(float(np.nanmax(high)), plan.loss_high or plan.loss)
        y0, y1 = _floor_to(bottom - 0.03, 0.1), _ceil_to(top + 0.03, 0.1)
        self.set_view(float(x[0]), float(x[-1]), y0, y1)
        self.emergence_label.setPos(math.log10(EMERGENCE_BAND_FLOP[0]), y0)
        self._labels_at = (names, xr, y, inside, cx, plan.loss)
        self._place_run_labels()

    def _place_run_labels(self) -> None:
        """Run names, except where they would sit on "you are here" (the hover still names those).
        Depends on the plot's size in pixels, so it runs again on resize."""
        if getattr(self, "_labels_at", None) is None:
            return
        names, xr, y, inside, cx, loss = self._labels_at
        vb = self.getPlotItem().vb
        (x0, x1), (y0, y1) = vb.viewRange()
        px = ((x1 - x0) / max(vb.width(), 1.0), (y1 - y0) / max(vb.height(), 1.0))
        you_box = self._pixel_box(self.you_label, cx, loss, px, (0, 1)).adjusted(-6, -6, 6, 6)
        dot = QRectF(cx / px[0] - 14, -loss / px[1] - 14, 28, 28)  # the marker and its error bar
        for name, xi, yi, ok in zip(names, xr, y, inside):
            lab = self.run_labels.get(name)
            if lab is not None:
                if ok:
                    _text(lab, name)
                    lab.setPos(xi, yi)
                box = self._pixel_box(lab, xi, yi, px, LABELLED_RUNS[name])
                lab.setVisible(bool(ok) and not (box.intersects(you_box) or box.intersects(dot)))

    def overlay_points(self, plan: Plan) -> list[tuple[float, float]]:
        return [(math.log10(plan.compute_flop), plan.loss)]

    def _hover_text(self, x: float, y: float) -> str:
        if self._plan is None:
            return ""
        c = 10.0**x
        law = self._plan.scenario.law.resolve()
        text = f"C = {sci(c)} FLOP\nL* = {float(law.optimal_loss(c)):.3f}"
        # nearest reference run within a few pixels' worth of log-compute
        best = min(self._run_data, key=lambda r: abs(math.log10(r[1]) - x), default=None)
        if best and abs(math.log10(best[1]) - x) < 0.08:
            text += f"\n{best[0]}: {sci(best[1])} FLOP"
        return text


class IsoFlopPlot(_Plot):
    """2. Loss against model size at the plan's compute and a decade either side."""

    slug = "isoflop"

    def __init__(self) -> None:
        super().__init__(tr("IsoFLOP: loss against model size"), tr("parameters"), tr("loss (nats/token)"),
                         logx=True, logy=False)
        shades = [_tint(BLUE, 110), BLUE, _tint(BLUE, 110)]
        widths = [1.2, 2.2, 1.2]
        self.curves = [self.plot([], [], pen=pg.mkPen(c, width=w), connect="finite") for c, w in zip(shades, widths)]
        self.curve_labels = [self.label("#456", anchor=(0.5, 0), size=7.5) for _ in range(3)]
        self.optima = self.marker(GREEN, size=9, symbol="t")
        self.chosen_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(RED, width=1.2, style=Qt.DashLine))
        self.getPlotItem().addItem(self.chosen_line, ignoreBounds=True)
        self.chosen = self.marker(RED, size=12)
        self.chosen_label = self.label(RED, anchor=(0, 1), bold=True)
        self._plan: Plan | None = None
        self.set_hover(self._hover_text)

    def update_plan(self, plan: Plan, curves: WindowCurves) -> None:
        self._plan = plan
        iso = curves.isoflop
        xs = _log10(iso.n_params)
        mid = iso.loss[1]
        y0 = _floor_to(min(float(np.min(iso.loss[2])), plan.loss) - 0.02, 0.05)
        y1 = _ceil_to(max(float(min(np.max(mid), np.min(mid) + 0.6)), plan.loss + 0.05), 0.05)
        for i, item in enumerate(self.curves):
            _set(item, xs[i], _in_view_only(iso.loss[i], y0, y1))
            j = int(np.argmin(iso.loss[i]))
            _text(self.curve_labels[i], f"{sci(iso.compute_flop[i])}")
            self.curve_labels[i].setPos(xs[i][j], float(iso.loss[i][j]))
        _set(self.optima, _log10(iso.optimal_n_params), iso.optimal_loss)
        x = math.log10(plan.n_params)
        self.chosen_line.setPos(x)
        _set(self.chosen, [x], [plan.loss])
        _text(self.chosen_label, f"{short(plan.n_params)}")
        self.chosen_label.setPos(x, plan.loss)
        # the view: the sizes computed (the optimum ±1.6 decades), loss from the lowest curve's minimum
        # to at most 0.6 above the middle one's
        self.set_view(float(xs[1][0]), float(xs[1][-1]), y0, y1)

    def overlay_points(self, plan: Plan) -> list[tuple[float, float]]:
        return [(math.log10(plan.n_params), plan.loss)]

    def _hover_text(self, x: float, y: float) -> str:
        if self._plan is None:
            return ""
        n = 10.0**x
        c = self._plan.compute_flop
        law = self._plan.scenario.law.resolve()
        loss = float(law.loss(n, c / (6 * n), self._plan.unique_tokens))
        return f"N = {short(n)}\nD = {short(c / (6 * n))}\nL = {loss:.4f}"


class AllocationPlot(_Plot):
    """3. N*(C) and D*(C) with the plan marked."""

    slug = "allocation"

    def __init__(self) -> None:
        super().__init__(tr("Compute-optimal allocation"), tr("training compute (FLOP)"),
                         tr("parameters / tokens"), logx=True, logy=True)
        self.n_curve = self.plot([], [], pen=pg.mkPen(BLUE, width=2), name=tr("parameters N*"))
        self.d_curve = self.plot([], [], pen=pg.mkPen(ORANGE, width=2), name=tr("tokens D*"))
        self.n_mark = self.marker(BLUE, size=11)
        self.d_mark = self.marker(ORANGE, size=11)
        self.n_label = self.label(BLUE, anchor=(1, 0), bold=True)
        self.d_label = self.label(ORANGE, anchor=(1, 1), bold=True)
        # bottom right: the lines rise to the right, so that corner is empty
        self.legend = self.getPlotItem().addLegend(offset=(-8, -8), labelTextSize="7.5pt",
                                                   brush=pg.mkBrush(255, 255, 255, 200))
        self.cache_legend()
        self.legend.addItem(self.n_curve, tr("parameters N*"))
        self.legend.addItem(self.d_curve, tr("tokens D*"))
        self._plan: Plan | None = None
        self.set_hover(self._hover_text)

    def update_plan(self, plan: Plan, curves: WindowCurves) -> None:
        self._plan = plan
        f = curves.frontier
        x = _log10(f.compute_flop)
        _set(self.n_curve, x, _log10(f.n_params))
        _set(self.d_curve, x, _log10(f.n_tokens))
        cx = math.log10(plan.compute_flop)
        _set(self.n_mark, [cx], [math.log10(plan.n_params)])
        _set(self.d_mark, [cx], [math.log10(plan.n_tokens)])
        _text(self.n_label, f"N {short(plan.n_params)} ")
        self.n_label.setPos(cx, math.log10(plan.n_params))
        _text(self.d_label, f"D {short(plan.n_tokens)} ")
        self.d_label.setPos(cx, math.log10(plan.n_tokens))
        ys = np.concatenate([_log10(f.n_params), _log10(f.n_tokens), _log10([plan.n_params, plan.n_tokens])])
        self.set_view(float(x[0]), float(x[-1]), math.floor(float(ys.min()) - 0.2), math.ceil(float(ys.max()) + 0.2))

    def overlay_points(self, plan: Plan) -> list[tuple[float, float]]:
        c = math.log10(plan.compute_flop)
        return [(c, math.log10(plan.n_params)), (c, math.log10(plan.n_tokens))]

    def _hover_text(self, x: float, y: float) -> str:
        if self._plan is None:
            return ""
        c = 10.0**x
        law = self._plan.scenario.law.resolve()
        n, d = float(law.optimal_n_params(c)), float(law.optimal_n_tokens(c))
        return f"C = {sci(c)} FLOP\nN* = {short(n)}\nD* = {short(d)} ({d / n:.1f}/param)"


class DataPlot(_Plot):
    """4. Tokens needed against unique tokens on hand and the public-text stock."""

    slug = "data"

    def __init__(self) -> None:
        super().__init__(tr("Data needed against data available"), tr("training compute (FLOP)"),
                         tr("tokens"), logx=True, logy=True)
        pi = self.getPlotItem()
        lo, hi = PUBLIC_TEXT_STOCK_90CI_TOKENS
        self.stock_band = pg.LinearRegionItem(values=(math.log10(lo), math.log10(hi)), orientation="horizontal",
                                              movable=False, brush=pg.mkBrush(_faint(PURPLE, 35)),
                                              pen=pg.mkPen(None))
        self.stock_band.setZValue(-20)
        pi.addItem(self.stock_band, ignoreBounds=True)
        self.stock_line = pg.InfiniteLine(pos=math.log10(PUBLIC_TEXT_STOCK_TOKENS), angle=0,
                                          pen=pg.mkPen(PURPLE, width=1, style=Qt.DashLine),
                                          label=tr("public text stock (90% CI)"),
                                          labelOpts={"position": 0.02, "color": PURPLE, "anchors": [(0, 1), (0, 1)]})
        pi.addItem(self.stock_line, ignoreBounds=True)
        self.unique_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(GREEN, width=2),
                                           label="", labelOpts={"position": 0.02, "color": GREEN,
                                                                "anchors": [(0, 0), (0, 0)]})
        pi.addItem(self.unique_line)
        self.needed = self.plot([], [], pen=pg.mkPen(ORANGE, width=2))
        self.mark = self.marker(RED, size=12)
        self.info = self.label("#222", anchor=(1, 1), size=8.5)
        self._plan: Plan | None = None
        self.set_hover(self._hover_text)

    def update_plan(self, plan: Plan, curves: WindowCurves) -> None:
        self._plan = plan
        f = curves.frontier
        x = _log10(f.compute_flop)
        _set(self.needed, x, _log10(f.n_tokens))
        cx, dy = math.log10(plan.compute_flop), math.log10(plan.n_tokens)
        _set(self.mark, [cx], [dy])
        if plan.unique_tokens is not None:
            self.unique_line.setPos(math.log10(plan.unique_tokens))
            self.unique_line.label.setFormat(tr("unique tokens on hand") + f" {short(plan.unique_tokens)}")
            self.unique_line.show()
            text = (tr("epochs") + f" {plan.epochs:.2f}\n" + tr("effective") + f" {short(plan.effective_tokens)}")
        else:
            self.unique_line.hide()
            text = tr("unique tokens not set")
        _text(self.info, text)
        pi = self.getPlotItem()
        ys = [float(np.min(_log10(f.n_tokens))), float(np.max(_log10(f.n_tokens))),
              math.log10(PUBLIC_TEXT_STOCK_90CI_TOKENS[1]), dy]
        if plan.unique_tokens is not None:
            ys.append(math.log10(plan.unique_tokens))
        y0, y1 = math.floor(min(ys) - 0.3), math.ceil(max(ys) + 0.3)
        self.set_view(float(x[0]), float(x[-1]), y0, y1)
        self.info.setPos(float(x[-1]), y0 + 0.05 * (y1 - y0))

    def overlay_points(self, plan: Plan) -> list[tuple[float, float]]:
        return [(math.log10(plan.compute_flop), math.log10(plan.n_tokens))]

    def _hover_text(self, x: float, y: float) -> str:
        if self._plan is None:
            return ""
        c = 10.0**x
        d = float(self._plan.scenario.law.resolve().optimal_n_tokens(c))
        text = f"C = {sci(c)} FLOP\nD* = {short(d)} tokens"
        if self._plan.unique_tokens:
            text += f"\n= {d / self._plan.unique_tokens:.2f} epochs"
        return text


class CostPlot(_Plot):
    """5. Energy (left axis) and cost (right axis) against days, with the caps."""

    slug = "cost"

    def __init__(self) -> None:
        self.money_axis = MoneyAxis("right")
        self.money_axis.setWidth(60)  # "¥700M", "$12.5M" in full, whatever the plot's width
        super().__init__(tr("Energy and cost against days"), tr("days"), tr("energy (MWh)"),
                         logx=False, logy=False, axis_items={"right": self.money_axis})
        pi = self.getPlotItem()
        self.energy = self.plot([], [], pen=pg.mkPen(GREEN, width=2))
        self.cap = pg.InfiniteLine(angle=0, pen=pg.mkPen(GREEN, width=1, style=Qt.DashLine),
                                   label=tr("energy cap"), labelOpts={"position": 0.05, "color": GREEN,
                                                                      "anchors": [(0, 1), (0, 1)]})
        pi.addItem(self.cap, ignoreBounds=True)
        self.days_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(RED, width=1.2, style=Qt.DashLine))
        pi.addItem(self.days_line, ignoreBounds=True)
        self.mark = self.marker(GREEN, size=10)
        # cost on a second view box, linked in x, drawn against the right axis
        self.cost_vb = pg.ViewBox()
        self.cost_vb.disableAutoRange()
        pi.showAxis("right")
        pi.scene().addItem(self.cost_vb)
        pi.getAxis("right").linkToView(self.cost_vb)
        f = QFont()
        f.setPointSizeF(8.0)
        pi.getAxis("right").setTickFont(f)
        self.accel_cost = pg.PlotCurveItem(pen=pg.mkPen(BLUE, width=1, style=Qt.DotLine))
        self.cost_vb.setXLink(pi)
        self.cost = pg.PlotCurveItem(pen=pg.mkPen(BLUE, width=2))
        self.cost_fill = pg.FillBetweenItem(self.accel_cost, self.cost, brush=pg.mkBrush(_faint(BLUE, 40)))
        self.cost_vb.addItem(self.cost)
        self.cost_vb.addItem(self.accel_cost)
        self.cost_vb.addItem(self.cost_fill)
        self.budget = pg.InfiniteLine(angle=0, pen=pg.mkPen(BLUE, width=1, style=Qt.DashLine),
                                      label=tr("budget"), labelOpts={"position": 0.95, "color": BLUE,
                                                                     "anchors": [(1, 1), (1, 1)]})
        self.cost_vb.addItem(self.budget, ignoreBounds=True)
        self.cost_mark = Marker(BLUE, 10)
        self.cost_vb.addItem(self.cost_mark, ignoreBounds=True)
        self.info = self.label("#222", anchor=(0, 0), size=8.5)
        self.legend = pi.addLegend(offset=(8, 26), labelTextSize="7.5pt", brush=pg.mkBrush(255, 255, 255, 200))
        self.cache_legend()
        self.legend.addItem(self.energy, tr("energy (left)"))
        self.legend.addItem(self.cost, tr("cost (right)"))

        pi.vb.sigResized.connect(self._sync_views)
        self._plan: Plan | None = None
        self._currency = ""
        self.set_hover(self._hover_text)

    def view_boxes(self) -> list:
        return [self.getPlotItem().vb, self.cost_vb]

    def axis_label(self, axis: str) -> str:
        if axis == "right":
            return self.getPlotItem().getAxis("right").labelText or tr("cost")
        return super().axis_label(axis)

    def y_axis_of(self, item) -> str:
        return "right" if item in (self.cost, self.accel_cost, self.cost_mark) else "left"

    def _sync_views(self) -> None:
        self.cost_vb.setGeometry(self.getPlotItem().vb.sceneBoundingRect())
        self.cost_vb.linkedViewChanged(self.getPlotItem().vb, self.cost_vb.XAxis)

    def update_plan(self, plan: Plan, curves: WindowCurves) -> None:
        self._plan = plan
        s = plan.scenario
        if self._currency != plan.currency:
            self._currency = plan.currency
            self.money_axis.currency = plan.currency
            self.getPlotItem().setLabel("right", tr("cost") + f" ({plan.currency})", **{"font-size": "9pt"})
        days = curves.days
        b = curves.by_days
        ends = _linear_ends(days, b.energy_mwh, b.total_cost, b.accelerator_cost)  # straight lines: 2 points
        _set(self.energy, days[ends], b.energy_mwh[ends])
        _set(self.cost, days[ends], b.total_cost[ends])
        _set(self.accel_cost, days[ends], b.accelerator_cost[ends])
        self.days_line.setPos(plan.wall_clock_days)
        _set(self.mark, [plan.wall_clock_days], [plan.energy_mwh])
        _set(self.cost_mark, [plan.wall_clock_days], [plan.total_cost])
        e_top = float(b.energy_mwh[-1])
        c_top = float(b.total_cost[-1])
        if s.energy.cap_mwh is not None:
            self.cap.setPos(s.energy.cap_mwh)
            self.cap.show()
            e_top = max(e_top, s.energy.cap_mwh * 1.05)
        else:
            self.cap.hide()
        if s.money.budget is not None:
            self.budget.setPos(s.money.budget)
            self.budget.show()
            c_top = max(c_top, s.money.budget * 1.05)
        else:
            self.budget.hide()
        # energy and cost are both proportional to days: give energy more headroom so the lines separate
        e_top = nice_ceil(e_top * 1.6)
        self.set_view(0.0, float(days[-1]), 0.0, e_top)
        self.set_view(0.0, float(days[-1]), 0.0, nice_ceil(c_top * 1.05), vb=self.cost_vb)
        _text(self.info, f"{plan.energy_mwh:,.0f} MWh · {money(plan.total_cost, plan.currency, current_language())}")
        self.info.setPos(0.0, e_top)

        self._sync_views()

    def overlay_points(self, plan: Plan) -> list[tuple[float, float]]:
        return [(plan.wall_clock_days, plan.total_cost)]

    def overlay_box(self):
        return self.cost_vb

    def _hover_text(self, x: float, y: float) -> str:
        if self._plan is None or x < 0:
            return ""
        from engine.planner import budget

        b = budget(self._plan.scenario, days=x)
        return (f"{x:,.1f} " + tr("days") + f"\n{float(b.energy_mwh):,.0f} MWh\n"
                f"{money(float(b.total_cost), self._plan.currency, current_language())}")


ALL_PLOTS = (LossPlot, IsoFlopPlot, AllocationPlot, DataPlot, CostPlot)
