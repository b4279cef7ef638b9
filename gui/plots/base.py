"""The five live plots. Items are created once and updated with setData / setPos every frame.

Log axes: data are fed as log10 values and only the axes are in log mode (tick labels 10ⁿ), so every
item — lines, regions, text, markers — lives in the same coordinates.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ClassVar, Protocol, TypeVar

import numpy as np
import pyqtgraph as pg
from numpy.typing import ArrayLike
from PySide6.QtCore import QEvent, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHideEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from engine.planner import Plan
from gui.text.i18n import current_language
from gui.text.numbers import tick_texts

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
#: how opaque a stale plot's data are drawn
STALE_OPACITY = 0.3

_Item = TypeVar("_Item", bound=QGraphicsItem)


def faint(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def floor_to(v: float, step: float) -> float:
    return math.floor(v / step + 1e-9) * step


def ceil_to(v: float, step: float) -> float:
    return math.ceil(v / step - 1e-9) * step


def set_xy(item: Any, x: ArrayLike, y: ArrayLike) -> None:
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


def set_text(label: pg.TextItem, text: str) -> None:
    """``label.setText(text)`` unless it already says that."""
    if getattr(label, "_shown_text", None) != text:
        label._shown_text = text
        label.setText(text)


def in_view_only(y: np.ndarray, y0: float, y1: float) -> np.ndarray:
    """y with the points far outside [y0, y1] set to NaN (drawn as gaps): a point is kept when it or a
    neighbour is inside, so every segment that crosses the view is drawn exactly. Stroking the long
    invisible parts of steep curves was most of the isoFLOP plot's paint time."""
    inside = (y >= y0) & (y <= y1)
    keep = inside.copy()
    keep[1:] |= inside[:-1]
    keep[:-1] |= inside[1:]
    return np.where(keep, y, np.nan)


def tint(colour: QColor, alpha: int) -> QColor:
    """A faint but opaque line colour: translucent strokes rasterise many times slower (see Axis)."""
    return opaque_over_white(faint(colour, alpha))


def linear_ends(x: np.ndarray, *ys: np.ndarray) -> np.ndarray | slice:
    """Index of the two end points when every y is a straight line in x (then they draw the same),
    else every point."""
    for y in ys:
        ref = y[0] + (y[-1] - y[0]) * (x - x[0]) / (x[-1] - x[0])
        if not np.allclose(y, ref, rtol=1e-9, atol=1e-12 * max(abs(float(y[-1])), 1.0)):
            return slice(None)
    return np.array([0, len(x) - 1])


def log10(x: ArrayLike) -> np.ndarray:
    out: np.ndarray = np.log10(np.asarray(x, dtype=float))
    return out


SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def opaque_over_white(colour: QColor) -> QColor:
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

    def generateDrawSpecs(self, p: QPainter) -> tuple[Any, list[Any], Any] | None:
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
                    opaque.setColor(opaque_over_white(colour))
                    self._pens[key] = opaque
                pen = self._pens[key]
            out.append((pen, p1, p2))
        return axis_spec, out, text_specs

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Linear ticks as people read them, in the interface language: 1,500 / 400 k (40万) / 1 B (10億),
        never pyqtgraph's 1e+09."""
        if self.logMode:
            return list(super().tickStrings(values, scale, spacing))
        return tick_texts([v * scale for v in values], spacing * scale, current_language())


class LogAxis(Axis):
    """An axis whose values are log10 of the quantity: major ticks at whole decades labelled 10ⁿ."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N803 — pyqtgraph's names
        lo, hi = math.floor(min(minVal, maxVal)), math.ceil(max(minVal, maxVal))
        span = max(hi - lo, 1)
        step = 1 if span <= 8 else 2 if span <= 16 else 5
        major = [float(v) for v in range(lo, hi + 1) if v % step == 0]
        minor = []
        if step == 1 and span <= 4:
            minor = [d + math.log10(k) for d in range(lo, hi + 1) for k in range(2, 10)]
        return [(float(step), major), (0.1, minor)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for v in values:
            if abs(v - round(v)) > 1e-6:
                out.append("")
                continue
            n = round(v)
            out.append({0: "1", 1: "10", 2: "100", 3: "1,000"}.get(n, "10" + str(n).translate(SUPERSCRIPT)))
        return out


class MoneyAxis(Axis):
    """A linear axis labelled as money (¥342M, $1.2M)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.currency = "JPY"

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        texts = tick_texts([v * scale for v in values], spacing * scale, current_language(), self.currency)
        self._fit(texts)
        return texts

    def _fit(self, texts: list[str]) -> None:
        """Widen a vertical axis of fixed width (setWidth) to its widest tick text, as pyqtgraph sizes one of
        free width: ¥2,500億 is wider than ¥250B. Never narrower than it was set."""
        if self.orientation not in ("left", "right") or self.fixedWidth is None or not texts:
            return
        metrics = QFontMetricsF(self.style["tickFont"] or self.font())
        needed = max(metrics.horizontalAdvance(t) for t in texts) + self.style["tickTextOffset"][0] + 2
        needed += max(0, self.style["tickLength"])
        if self.label.isVisible():
            needed += self.label.boundingRect().height() * 0.8
        if needed > self.fixedWidth:
            self.setWidth(math.ceil(needed))


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
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(50)
        self._xy = (np.array([]), np.array([]))
        self.base_size = float(size)

    def size(self) -> float:
        """Across in pixels, its white rim included."""
        return self.rect().width() + 1.5

    def set_size(self, size: float) -> None:
        r = size / 2.0
        self.setRect(-r, -r, size, size)

    def setData(self, x: ArrayLike, y: ArrayLike) -> None:
        x, y = np.atleast_1d(np.asarray(x, dtype=float)), np.atleast_1d(np.asarray(y, dtype=float))
        self._xy = (x, y)
        if x.size:
            self.setPos(float(x[0]), float(y[0]))
            self.show()
        else:
            self.hide()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        return self._xy


class StaleNote(QGraphicsItem):
    """Why a plot is stale: a short text in a white box, centred over the view box it belongs to (in its
    pixels, so it does not move or scale with the data), wrapped to the view's width and elided with "…"
    where it would not fit its height. Drawn by one ``drawText``; laid out only when the text or the view's
    size changes."""

    PAD = 6.0
    MARGIN = 6.0
    FLAGS = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

    def __init__(self, view: QGraphicsItem) -> None:
        super().__init__(view)
        self._font = QFont()
        self._font.setPointSizeF(9.0)
        self._reason = ""
        self._shown = ""
        self._wrap = Qt.TextFlag.TextWordWrap
        self._text_rect = QRectF()
        self._rect = QRectF()
        self.setZValue(1000)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def font(self) -> QFont:
        return QFont(self._font)

    def text(self) -> str:
        """The text as shown: the reason, or its start and "…" when the whole would not fit."""
        return self._shown

    def set_reason(self, reason: str) -> None:
        self._reason = reason
        self.relayout()

    def _measure(self, text: str, width: float, wrap: Qt.TextFlag) -> QSizeF:
        box = QFontMetricsF(self._font).boundingRect(QRectF(0, 0, width, 1e6), self.FLAGS | wrap, text)
        return box.size()

    def relayout(self) -> None:
        """Fit the text to the view's present size and centre it there."""
        view = self.parentItem()
        area = view.boundingRect() if view is not None else QRectF(0, 0, 300, 200)
        width = max(area.width() - 2 * (self.MARGIN + self.PAD), 40.0)
        height = max(area.height() - 2 * (self.MARGIN + self.PAD), QFontMetricsF(self._font).height())
        text, wrap = self._reason, Qt.TextFlag.TextWordWrap
        size = self._measure(text, width, wrap)
        if size.width() > width + 0.5:  # a word longer than the line: break it anywhere
            wrap = Qt.TextFlag.TextWrapAnywhere
            size = self._measure(text, width, wrap)
        if size.height() > height:  # the longest start of the text that fits, with "…"
            lo, hi = 0, len(text)
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if self._measure(text[:mid].rstrip() + "…", width, wrap).height() <= height:
                    lo = mid
                else:
                    hi = mid - 1
            text = text[:lo].rstrip() + "…"
            size = self._measure(text, width, wrap)
        self.prepareGeometryChange()
        self._shown, self._wrap = text, wrap
        w, h = min(size.width(), width), min(size.height(), height)
        self._text_rect = QRectF(-w / 2, -h / 2, w, h)
        self._rect = self._text_rect.adjusted(-self.PAD, -self.PAD, self.PAD, self.PAD)
        self.setPos(area.center())
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(pg.mkPen("#bbb"))
        painter.setBrush(pg.mkBrush(255, 255, 255, 235))
        painter.drawRoundedRect(self._rect, 4, 4)
        painter.setFont(self._font)
        painter.setPen(pg.mkPen("#333"))
        painter.drawText(self._text_rect, int(self.FLAGS | self._wrap), self._shown)


#: where a label may go: its text's anchor (ax, ay) — (0, 0) its top left, (1, 1) its bottom right — put at
#: the pixel (px, py) of the view box (y down)
Candidate = tuple[float, float, float, float]
_COMPASS = {"ne": (1, -1, 0, 1), "se": (1, 1, 0, 0), "nw": (-1, -1, 1, 1), "sw": (-1, 1, 1, 0),
            "e": (1, 0, 0, 0.5), "w": (-1, 0, 1, 0.5), "n": (0, -1, 0.5, 1), "s": (0, 1, 0.5, 0)}


def around(px: float, py: float, gap: float, order: str = "ne se nw sw e w n s") -> list[Candidate]:
    """Places for a label next to the pixel (px, py), ``gap`` pixels clear of it each way, in ``order``
    (compass points: "ne" is above right)."""
    return [(px + dx * gap, py + dy * gap, ax, ay) for dx, dy, ax, ay in (_COMPASS[k] for k in order.split())]


def along(*fractions: float) -> list[tuple[float, tuple[float, float]]]:
    """Places for a horizontal line's name (see :meth:`Plot.place_line_label`): at each fraction of the
    way across, above the line, then below it; aligned to the nearer end."""
    out = []
    for f in fractions:
        ax = 0.0 if f < 0.2 else 1.0 if f > 0.8 else 0.5
        out += [(f, (ax, 1.0)), (f, (ax, 0.0))]
    return out


class LabelLayout:
    """Where a plot's labels go, decided in the pixels of its view box (y down), once per frame.

    The plan's markers are blocked first, then each label takes the first of its candidate places that
    lies inside the view and covers nothing placed before it (a marker, a label, the legend), preferring
    places that cross no drawn curve; a label with no such place is left out. So the order of the calls
    is the order of importance: the plan's own marker and labels first, names of other things last."""

    PAD = 1.0  # pixels kept free around each placed box

    def __init__(self, vb: pg.ViewBox, *others: pg.ViewBox) -> None:
        self.width, self.height = float(vb.width()), float(vb.height())
        self.ok = self.width > 40 and self.height > 40
        self._maps: dict[int, tuple[float, float, float, float]] = {}
        for box in (vb, *others):
            (x0, x1), (y0, y1) = box.viewRange()
            self._maps[id(box)] = (x0, self.width / ((x1 - x0) or 1.0), y1, self.height / ((y1 - y0) or 1.0))
        self._main = id(vb)
        self.taken: list[tuple[float, float, float, float]] = []
        self._curves: list[np.ndarray] = []
        self._columns: list[float] = []
        self._rows: list[float] = []
        self._grid: np.ndarray | None = None
        self._grid_curves = 0

    def to_px(self, x: float, y: float, vb: pg.ViewBox | None = None) -> tuple[float, float]:
        x0, sx, y1, sy = self._maps[self._main if vb is None else id(vb)]
        return (x - x0) * sx, (y1 - y) * sy

    def to_view(self, px: float, py: float, vb: pg.ViewBox | None = None) -> tuple[float, float]:
        x0, sx, y1, sy = self._maps[self._main if vb is None else id(vb)]
        return x0 + px / sx, y1 - py / sy

    def block(self, left: float, top: float, right: float, bottom: float) -> None:
        """Nothing placed later may cover this box (pixels)."""
        self.taken.append((left, top, right, bottom))

    def block_point(self, x: float, y: float, size: float, vb: pg.ViewBox | None = None) -> None:
        """A marker ``size`` pixels across at (x, y) in view coordinates."""
        px, py = self.to_px(x, y, vb)
        r = size / 2.0
        self.block(px - r, py - r, px + r, py + r)

    def avoid(self, points: tuple[np.ndarray, np.ndarray], vb: pg.ViewBox | None = None,
              cache: dict[Any, Any] | None = None) -> None:
        """A drawn curve (view coordinates): labels go where they do not cross it, where they can.

        ``cache``: a dict kept by the caller across frames — the cells of a curve that did not change in a
        view that did not change (most curves, during a drag) are not computed again."""
        view = self._maps[self._main if vb is None else id(vb)]
        key = (id(points[0]), id(points[1]), view, self.width, self.height)
        if cache is not None and key in cache:
            found = cache[key][1]
        else:
            found = self._cells(points, view)
            if cache is not None:
                if len(cache) > 64:
                    cache.clear()
                cache[key] = (points, found)  # (the points are kept: their ids stay theirs)
        if found is not None:
            self._curves.append(found)

    def avoid_vertical(self, x: float, vb: pg.ViewBox | None = None) -> None:
        """A vertical line across the view at x (view coordinates), as :meth:`avoid`."""
        self._columns.append(self.to_px(x, 0.0, vb)[0])

    def avoid_horizontal(self, y: float, vb: pg.ViewBox | None = None) -> None:
        """A horizontal line across the view at y (view coordinates), as :meth:`avoid`."""
        self._rows.append(self.to_px(0.0, y, vb)[1])

    def _cells(self, points: tuple[np.ndarray, np.ndarray],
               view: tuple[float, float, float, float]) -> np.ndarray | None:
        """The grid cells (flat indices) a curve passes through in the view."""
        x0, sx, y1, sy = view
        px, py = (np.asarray(points[0], dtype=float) - x0) * sx, (y1 - np.asarray(points[1], dtype=float)) * sy
        if px.size < 2:
            return None
        # points along each segment at most a cell apart (a segment with a missing end is a gap)
        dx, dy = np.diff(px), np.diff(py)
        steps = np.hypot(dx, dy) / self.CELL
        n: np.ndarray = np.where(np.isfinite(steps), np.clip(np.ceil(steps), 1, 2000), 0).astype(np.intp)
        if not n.any():
            return None
        seg = np.repeat(np.arange(n.size), n)
        frac = (np.arange(seg.size) - np.repeat(np.cumsum(n) - n, n)) / n[seg]
        xs, ys = px[seg] + dx[seg] * frac, py[seg] + dy[seg] * frac
        inside = (xs >= 0) & (xs <= self.width) & (ys >= 0) & (ys <= self.height)
        if not inside.any():
            return None
        columns = int(self.width / self.CELL) + 2
        cells: np.ndarray = (ys[inside] / self.CELL).astype(int) * columns + (xs[inside] / self.CELL).astype(int)
        return cells

    def free(self, left: float, top: float, right: float, bottom: float) -> bool:
        """Inside the view and over nothing placed."""
        if left < -0.5 or top < -0.5 or right > self.width + 0.5 or bottom > self.height + 0.5:
            return False
        p = self.PAD
        for lo, t, r, b in self.taken:
            if left < r + p and right > lo - p and top < b + p and bottom > t - p:
                return False
        return True

    CELL = 2.0  # pixels: the curves are looked up in a grid of cells this size

    def clear_of_curves(self, left: float, top: float, right: float, bottom: float) -> bool:
        for x in self._columns:
            if left < x < right:
                return False
        for y in self._rows:
            if top < y < bottom:
                return False
        if not self._curves:
            return True
        if self._grid is None or self._grid_curves != len(self._curves):  # the curves as cells, once a frame
            self._grid_curves = len(self._curves)
            shape = (int(self.height / self.CELL) + 2, int(self.width / self.CELL) + 2)
            grid = np.zeros(shape[0] * shape[1], dtype=bool)
            for cells in self._curves:
                grid[cells] = True
            self._grid = grid.reshape(shape)
        c = self.CELL
        return not self._grid[max(int(top / c), 0):max(int(bottom / c) + 1, 0),
                              max(int(left / c), 0):max(int(right / c) + 1, 0)].any()

    def take(self, width: float, height: float, candidates: list[Candidate], must: bool = False,
             soft: bool = True, strict: bool = False) -> Candidate | None:
        """The first candidate where a ``width`` × ``height`` box is free and crosses no curve (``soft``;
        else the curves do not count), else (unless ``strict``) the first that is free; the box is then
        taken. None when none is — or, with ``must`` (the plan's own labels), the first candidate inside the
        view (else the first)."""
        first_free = None
        for candidate in candidates:
            box = self._box(candidate, width, height)
            if self.free(*box):
                if not soft or self.clear_of_curves(*box):
                    self.taken.append(box)
                    return candidate
                if first_free is None and not strict:
                    first_free = (candidate, box)
        if first_free is None and must and candidates:
            boxes = [(candidate, self._box(candidate, width, height)) for candidate in candidates]
            first_free = next(((c, (lo, t, r, b)) for c, (lo, t, r, b) in boxes
                               if lo >= 0 and t >= 0 and r <= self.width and b <= self.height), boxes[0])
        if first_free is None:
            return None
        self.taken.append(first_free[1])
        return first_free[0]

    @staticmethod
    def _box(candidate: Candidate, width: float, height: float) -> tuple[float, float, float, float]:
        px, py, ax, ay = candidate
        left, top = px - ax * width, py - ay * height
        return left, top, left + width, top + height


class Plot(pg.PlotWidget):
    """A PlotWidget with a title, axis labels, optional log axes and a hover read-out.

    UI state is kept apart from the figure: items registered with :meth:`ui_item` — the hover read-out,
    the stale note — are hidden for the duration of every export (:meth:`exporting`), and the hover items
    also when the pointer leaves the plot or the window is deactivated."""

    def __init__(self, title: str, xlabel: str, ylabel: str, logx: bool, logy: bool,
                 axis_items: dict[str, pg.AxisItem] | None = None) -> None:
        self.logx, self.logy = logx, logy
        self._labels = {"bottom": xlabel, "left": ylabel}
        axes = {"bottom": Axis("bottom"), "left": Axis("left"), **(axis_items or {})}
        if logx:
            axes["bottom"] = LogAxis("bottom")
        if logy:
            axes["left"] = LogAxis("left")
        super().__init__(background="w", axisItems=axes)
        self.setMinimumSize(240, 180)
        self._title = title
        self._title_shown: tuple[str, float] | None = None
        #: type and markers are this many times their size (1 in the window, more while presenting)
        self.scale = 1.0
        #: text items with their size in points at scale 1 and whether bold (see :meth:`set_presenting`)
        self._texts: list[tuple[pg.TextItem, float, bool]] = []
        self._markers: list[Marker] = []
        #: each other scenario's label, where its marker is, its name and a shorter one, and their sizes
        self._others_at: list[tuple[pg.TextItem, float, float, list[str], list[tuple[float, float]]]] = []
        self._legend_wanted = True
        self._placed: tuple[tuple[Any, ...], list[Any]] | None = None  # what the labels were last laid out for
        self._avoided: list[pg.PlotCurveItem] = []  # the curves they were kept off
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
        pi.vb.sigResized.connect(self._view_resized)
        self._ui_items: list[QGraphicsItem] = []
        self._hover_items: list[QGraphicsItem] = []
        self._exporting = 0
        self._stale: str | None = None
        self._stale_note: StaleNote | None = None
        self._readout = self.ui_item(pg.TextItem("", color="#111", anchor=(0, 0),
                                                 fill=pg.mkBrush(255, 255, 255, 220), border=pg.mkPen("#bbb")),
                                     hover=True)
        self._readout.setZValue(100)
        self._readout.hide()
        pi.addItem(self._readout, ignoreBounds=True)
        self._hover: Callable[[float, float], str] | None = None
        self._pointer: QPointF | None = None
        scene = self.scene()
        scene.sigMouseMoved.connect(self._on_mouse)
        # every drawing of the scene from code is an export (PNG, the PDF report, pyqtgraph's image
        # exporter); the window's own painting does not pass here
        render_scene = scene.render

        def render_without_ui(*args: Any, **kwargs: Any) -> Any:
            with self.exporting():
                return render_scene(*args, **kwargs)

        scene.render = render_without_ui

    #: file-name stem for exports (loss.png, isoflop.svg, …)
    slug = "plot"
    #: size in pixels when drawn in a PDF report or on a slide; None: the plot is only in the window
    document_size: ClassVar[tuple[int, int] | None] = None

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

    def y_axis_of(self, item: object) -> str:
        return "left"

    def overlay_points(self, plan: Plan) -> list[tuple[float, float]]:
        """Where another scenario's plan sits on this plot (plot coordinates)."""
        return []

    def overlay_box(self) -> pg.ViewBox:
        return self.getPlotItem().vb

    #: list the other scenarios in the legend too (not where the legend would then cover the plan)
    overlay_in_legend = True

    def _with_overlays(self, vb: pg.ViewBox, x0: float, x1: float, y0: float,
                       y1: float) -> tuple[float, float, float, float]:
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

    def show_others(self, others: list[tuple[str, Plan, QColor]]) -> None:
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
            label = self.text_item(7.5, anchor=(0, 1), z=46)
            self.overlay_box().addItem(label, ignoreBounds=True)
            self._others_labels.append(label)
        self._others_at = []
        for i, label in enumerate(self._others_labels):
            if i < len(named):
                name, (x, y), colour = named[i]
                label.setColor(colour)
                # the name, else its start where the whole would not fit
                texts = [name if len(name) <= 32 else name[:31] + "…"] + ([name[:13].rstrip() + "…"] if len(name) > 16
                                                                           else [])
                self._others_at.append((label, x, y, texts, self._measure(label, texts)))
            else:
                label.hide()
        # and in the legend, where the plot has one: a square in each scenario's colour
        legend = self.__dict__.get("legend") if self.overlay_in_legend else None
        if legend is not None:
            for sample in getattr(self, "_legend_samples", []):
                legend.removeItem(sample)
            self._legend_samples = []
            for name, _, colour in named:
                short_name = name if len(name) <= 32 else name[:31] + "…"
                sample = pg.ScatterPlotItem(size=9, symbol="s", brush=pg.mkBrush(colour), pen=pg.mkPen("w"),
                                            name=short_name)
                legend.addItem(sample, html.escape(short_name))  # a legend label is rich text
                self._legend_samples.append(sample)
            self._size_legend()
        self._others_marks.setSize(10 * self.scale)
        self.place_labels()

    def set_view(self, x0: float, x1: float, y0: float, y1: float, vb: pg.ViewBox | None = None) -> None:
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
                item.textItem.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            elif isinstance(item, (pg.AxisItem, pg.LabelItem, pg.LinearRegionItem, pg.InfiniteLine)):
                item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def cache_legend(self) -> None:
        """The legend rarely changes: paint it from a pixmap cache instead of every frame."""
        self.legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def settle(self) -> None:
        """Fix the view range now rather than during the paint.

        pyqtgraph defers auto-ranging to the paint; a range changed there schedules a second paint of
        the whole plot. Settling after each update keeps it to one paint per frame."""
        for vb in self.view_boxes():
            vb.prepareForPaint()
        if self._pointer is not None and self._readout.isVisible():  # the pointer rests; the plan moved
            self._on_mouse(self._pointer)

    def view_boxes(self) -> list[pg.ViewBox]:
        return [self.getPlotItem().vb]

    def set_hover(self, fn: Callable[[float, float], str]) -> None:
        self._hover = fn

    # -- UI state: hover, stale note; never in an export --------------------------------------------
    def ui_item(self, item: _Item, hover: bool = False) -> _Item:
        """Register ``item`` as UI state rather than part of the figure: it is hidden while the plot is
        exported; a ``hover`` item (read-out, hover marker, crosshair, highlight) also when the pointer
        leaves the plot, the window is deactivated or the plot goes stale. Returns the item."""
        self._ui_items.append(item)
        if hover:
            self._hover_items.append(item)
        return item

    def hide_hover(self) -> None:
        """Take the hover read-out and every other hover item off the plot."""
        self._pointer = None
        for item in self._hover_items:
            if item.isVisible():
                item.hide()

    @contextmanager
    def exporting(self) -> Iterator[None]:
        """For the duration, the plot as a figure: the UI items hidden and a stale plot's data at full
        opacity; everything is put back as it was afterwards. Every export draws inside this (the figure
        writers in gui.reports.figures explicitly; any ``scene().render`` by itself). Re-entrant."""
        if self._exporting:
            yield
            return
        self._exporting += 1
        hidden = [item for item in self._ui_items if item.isVisible()]
        for item in hidden:
            item.hide()
        if self._stale is not None:
            self._fade(1.0)
        try:
            yield
        finally:
            self._exporting -= 1
            if self._stale is not None:
                self._fade(STALE_OPACITY)
            for item in hidden:
                item.show()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.hide_hover()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowDeactivate:  # (ActivationChange reaches only the window)
            self.hide_hover()
        return bool(super().event(event))

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.hide_hover()

    def set_stale(self, reason: str | None) -> None:
        """Show that the plot no longer matches the inputs (``reason``: why, one or two sentences the user
        reads, already translated) or that it does again (None; "" counts as None).

        Stale: the data — every curve, marker, label and the legend, on every view box — are drawn at
        :data:`STALE_OPACITY`, the reason is written in a box centred over the data area (wrapped to its
        width, elided with "…" when it would not fit, laid out again on resize), and the hover read-out is
        off (its numbers would be the old plan's). Axes and title stay as they are. Calling it again with
        another reason replaces the text.

        Exports never show any of it: an export of a stale plot is the figure as last drawn, at full
        opacity, with no note (see :meth:`exporting`).

        Calling it with the state the plot is already in does nothing — ``set_stale(None)`` on a fresh plot
        costs one comparison, so it can be called on every frame."""
        reason = reason or None
        if reason == self._stale:
            return
        was_stale = self._stale is not None
        self._stale = reason
        if reason is None:
            if self._stale_note is not None:
                self._stale_note.hide()
            self._fade(1.0)
            return
        note = self._stale_note
        if note is None:
            vb = self.getPlotItem().vb
            note = self._stale_note = self.ui_item(StaleNote(vb))
            vb.sigResized.connect(lambda *_: note.relayout() if self._stale is not None else None)
        note.set_reason(reason)
        note.show()
        if not was_stale:
            self.hide_hover()
            self._fade(STALE_OPACITY)

    def stale(self) -> str | None:
        """Why the plot is stale (None when it is not)."""
        return self._stale

    def _fade(self, opacity: float) -> None:
        for vb in self.view_boxes():
            vb.childGroup.setOpacity(opacity)
        legend = self.__dict__.get("legend")
        if legend is not None:
            legend.setOpacity(opacity)

    def _on_mouse(self, pos: QPointF) -> None:
        vb = self.getPlotItem().vb
        if self._hover is None or self._stale is not None or not vb.sceneBoundingRect().contains(pos):
            self.hide_hover()
            return
        self._pointer = QPointF(pos)
        p = vb.mapSceneToView(pos)
        self._readout.setText(self._hover(p.x(), p.y()))
        (x0, x1), (y0, y1) = vb.viewRange()
        # keep the read-out inside the view: flip it left/down near the right/top edge
        ax = 1.0 if p.x() > x0 + 0.6 * (x1 - x0) else 0.0
        ay = 0.0 if p.y() > y0 + 0.4 * (y1 - y0) else 1.0
        self._readout.setAnchor((ax, ay))
        self._readout.setPos(p.x(), p.y())
        self._readout.show()

    def marker(self, colour: QColor, size: int = 11, symbol: str = "o") -> Marker | pg.ScatterPlotItem:
        """The plan's marker: a C++ ellipse for one round point, a ScatterPlotItem otherwise."""
        if symbol == "o":
            item = Marker(colour, size)
            self.getPlotItem().vb.addItem(item, ignoreBounds=True)
            self._markers.append(item)
            return item
        item = pg.ScatterPlotItem(size=size, symbol=symbol, brush=pg.mkBrush(colour), pen=pg.mkPen("w", width=1.5))
        item.setZValue(50)
        item.base_size = size
        self.addItem(item)
        return item

    def curve(self, pen: QPen, name: str | None = None, connect: str = "finite") -> pg.PlotCurveItem:
        """A line: a bare PlotCurveItem, not the PlotDataItem ``plot()`` makes (which wraps a curve and a
        scatter and re-runs its Python data pipeline on every setData: ~0.3 ms a curve a frame here)."""
        item = pg.PlotCurveItem(pen=pen, name=name, connect=connect)
        self.getPlotItem().addItem(item)
        return item

    def label(self, colour: QColor | str = "#222", anchor: tuple[float, float] = (0, 1), size: float = 8.5,
              bold: bool = False) -> pg.TextItem:
        item = self.text_item(size, colour, anchor, bold)
        self.getPlotItem().addItem(item, ignoreBounds=True)
        return item

    def text_item(self, size: float, colour: QColor | str = "#222", anchor: tuple[float, float] = (0, 1),
                  bold: bool = False, z: float = 60) -> pg.TextItem:
        """A text label ``size`` points large at scale 1 (larger while presenting), with a tight margin."""
        item = pg.TextItem("", color=colour, anchor=anchor)
        item.textItem.document().setDocumentMargin(1.0)
        item.setZValue(z)
        self._texts.append((item, size, bold))
        self._set_font(item, size, bold)
        return item

    def line_label(self, line: pg.InfiniteLine, size: float = 8.0) -> None:
        """Give an InfiniteLine's label its size (points at scale 1), larger while presenting."""
        self._texts.append((line.label, size, False))
        self._set_font(line.label, size, False)

    def _set_font(self, item: pg.TextItem, size: float, bold: bool) -> None:
        f = QFont()
        f.setPointSizeF(size * self.scale)
        f.setBold(bold)
        item.setFont(f)

    def pt(self, size: float) -> str:
        """A CSS font size: ``size`` points at scale 1."""
        return f"{size * self.scale:.3g}pt"

    # -- presenting: larger type ----------------------------------------------------------------------
    def set_presenting(self, on: bool, scale: float = 1.4) -> None:
        """Type, markers and the legend ``scale`` times their size (``on``), or back to their own; the
        labels are then laid out again. Costs nothing per frame."""
        scale = scale if on else 1.0
        if scale == self.scale:
            return
        self.scale = scale
        pi = self.getPlotItem()
        self._title_shown = None
        self._fit_title()
        font = QFont()
        font.setPointSizeF(8.0 * scale)
        for name in ("bottom", "left", "right"):
            axis = pi.getAxis(name)
            axis.setTickFont(font)
            if axis.labelText:
                axis.setLabel(axis.labelText, units=axis.labelUnits, **{"font-size": self.pt(9)})
        for item, size, bold in self._texts:
            self._set_font(item, size, bold)
        self._others_at = [(label, x, y, texts, self._measure(label, texts))
                           for label, x, y, texts, _sizes in self._others_at]
        for marker in self._markers:
            marker.set_size(marker.base_size * scale)
        for item in self.scene().items():
            if isinstance(item, pg.ScatterPlotItem) and hasattr(item, "base_size"):
                item.setSize(item.base_size * scale)
        if hasattr(self, "_others_marks"):
            self._others_marks.setSize(10 * scale)
        self._size_legend()
        self.presenting_changed()
        self.place_labels()

    def presenting_changed(self) -> None:
        """Subclasses: sizes of their own that follow :attr:`scale` (an axis' width)."""

    def _size_legend(self) -> None:
        legend = self.__dict__.get("legend")
        if legend is None:
            return
        base = getattr(self, "_legend_pt", None)
        if base is None:
            base = self._legend_pt = float(str(legend.opts["labelTextSize"]).removesuffix("pt"))
        size = self.pt(base)
        legend.opts["labelTextSize"] = size
        for _sample, label in legend.items:
            if label.opts.get("size") != size:
                label.setText(label.text, size=size)
        legend.updateSize()

    def _fit_title(self) -> None:
        """The title at its size where it fits over the view box, else smaller (to 80 %), else elided: it
        is centred over the view box and must not run past the plot's edges."""
        pi = self.getPlotItem()
        centre = pi.vb.mapToScene(pi.vb.boundingRect().center()).x()
        margin = pi.titleLabel.item.document().documentMargin()
        room = 2 * min(centre, self.width() - centre) - 2 * margin - 10
        if room < 40:
            return
        size = 10.0 * self.scale
        text = self._title
        font = QFont()
        for step in range(5):
            font.setPointSizeF(size * (1 - 0.05 * step))
            if QFontMetricsF(font).horizontalAdvance(text) <= room:
                break
        else:
            text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
        shown = (text, round(font.pointSizeF(), 2))
        if shown != self._title_shown:
            self._title_shown = shown
            pi.setTitle(text, size=f"{shown[1]}pt", color="#222")

    def _view_resized(self) -> None:
        self._fit_title()
        self.place_labels()

    # -- labels: placed so that none covers the plan's marker, its labels, the legend or another label ---
    def place_labels(self) -> None:
        """Lay the labels out for the present view: after each update, on resize, when the overlays or
        the type size change. The plots order the work by importance in :meth:`arrange_labels`."""
        layout = LabelLayout(*self.view_boxes())
        if not layout.ok:
            return
        # nothing they depend on moved (a price dragged moves only the cost plot): nothing to do. (The
        # overlays and the curves' data are compared as objects: set_xy and show_others make new ones.)
        key = (tuple(layout._maps.values()), layout.width, layout.height, self.scale, self._legend_wanted,
               tuple((m.pos().x(), m.pos().y(), m.isVisible()) for m in self._markers),
               tuple(item.textItem.toPlainText() for item, _size, _bold in self._texts),
               tuple((item.line.value(), item.line.isVisible()) for item, _size, _bold in self._texts
                     if isinstance(item, pg.InfLineLabel)))
        objects = [self._others_at] + [getattr(curve, "_shown_xy", None) for curve in self._avoided]
        last = self._placed
        if last is not None and last[0] == key and len(last[1]) == len(objects) \
                and all(a is b for a, b in zip(last[1], objects, strict=True)):
            return
        self._avoided = []
        self.arrange_labels(layout)
        self._placed = (key, [self._others_at] + [getattr(curve, "_shown_xy", None) for curve in self._avoided])

    def arrange_labels(self, layout: LabelLayout) -> None:
        """Subclasses: block the plan's markers, place its labels, the legend and the other labels in
        order of importance; the other scenarios' names come last (:meth:`place_others`)."""
        self.block_others(layout)
        self.place_others(layout)

    def avoid_curves(self, layout: LabelLayout, *curves: pg.PlotCurveItem, vb: pg.ViewBox | None = None) -> None:
        """Labels go where they cross none of these curves, where they can."""
        cache = self.__dict__.setdefault("_curve_pixels", {})
        self._avoided += curves
        for curve in curves:
            points = getattr(curve, "_shown_xy", None)
            if points is not None and points[0].size and curve.isVisible():
                layout.avoid(points, vb, cache)

    def block_markers(self, layout: LabelLayout, *markers: Marker, vb: pg.ViewBox | None = None) -> None:
        for marker in markers:
            if marker.isVisible():
                x, y = marker.pos().x(), marker.pos().y()
                layout.block_point(x, y, marker.size() + 2, vb)

    def block_others(self, layout: LabelLayout) -> None:
        """The other scenarios' markers (squares): no label covers them."""
        for x, y in getattr(self, "_overlay_xy", []):
            layout.block_point(x, y, 10 * self.scale + 3, self.overlay_box())

    @staticmethod
    def _measure(label: pg.TextItem, texts: list[str]) -> list[tuple[float, float]]:
        """The size each of ``texts`` takes in ``label`` (which is left showing the first)."""
        sizes = []
        for text in reversed(texts):
            label.setText(text)
            r = label.textItem.boundingRect()
            sizes.append((r.width(), r.height()))
        return sizes[::-1]

    def place_others(self, layout: LabelLayout) -> None:
        """Each other scenario's name beside its marker where there is room, else the start of it, else
        nothing (the legend or the marker's colour — its tab's — names it)."""
        gap = 5 * self.scale + 2
        vb = self.overlay_box()
        for label, x, y, texts, sizes in self._others_at:
            px, py = layout.to_px(x, y, vb)
            candidates = around(px, py, gap, "ne se nw sw e w") + around(px, py, 2 * gap + 4, "ne se nw sw n s")
            for text, (w, h) in zip(texts, sizes, strict=True):
                got = layout.take(w, h, candidates, soft=False)  # (a name may cross a curve)
                if got is not None:
                    if label.toPlainText() != text:
                        label.setText(text)
                    self._put(layout, label, got, vb)
                    break
            else:
                if label.isVisible():
                    label.hide()

    def place_text(self, layout: LabelLayout, label: pg.TextItem, candidates: list[Candidate],
                   vb: pg.ViewBox | None = None, must: bool = False, soft: bool = True) -> bool:
        """Put ``label`` at the first free candidate (see :meth:`LabelLayout.take`); hidden when none is."""
        r = label.textItem.boundingRect()
        got = layout.take(r.width(), r.height(), candidates, must, soft)
        if got is None:
            if label.isVisible():
                label.hide()
            return False
        self._put(layout, label, got, vb)
        return True

    @staticmethod
    def _put(layout: LabelLayout, label: pg.TextItem, got: Candidate, vb: pg.ViewBox | None) -> None:
        px, py, ax, ay = got
        if (label.anchor.x(), label.anchor.y()) != (ax, ay):
            label.setAnchor((ax, ay))
        label.setPos(*layout.to_view(px, py, vb))
        if not label.isVisible():
            label.show()

    def place_line_label(self, layout: LabelLayout, line: pg.InfiniteLine,
                         spots: list[tuple[float, tuple[float, float]]], vb: pg.ViewBox | None = None) -> bool:
        """An InfiniteLine's label at the first free spot: (fraction of the way along the view — from the
        left, or from the bottom for a vertical line —, anchor of the text at that point)."""
        if not line.isVisible():
            return False
        label = line.label
        r = label.textItem.boundingRect()
        if line.angle % 180 == 0:
            py = layout.to_px(0.0, line.value(), vb)[1]
            candidates = [(f * layout.width, py, ax, ay) for f, (ax, ay) in spots]
        else:
            px = layout.to_px(line.value(), 0.0, vb)[0]
            candidates = [(px, (1 - f) * layout.height, ax, ay) for f, (ax, ay) in spots]
        got = layout.take(r.width(), r.height(), candidates)
        if got is None:
            if label.isVisible():
                label.setVisible(False)
            return False
        f, anchor = spots[candidates.index(got)]
        if label.orthoPos != f or tuple(label.anchors[0]) != anchor:
            label.anchors = [anchor, anchor]
            label.orthoPos = f
            label.updatePosition()
        if not label.isVisible():
            label.setVisible(True)
        return True

    def place_legend(self, layout: LabelLayout, order: str = "ne nw se sw n s e w", margin: float = 6.0,
                     top: float | None = None, clear: bool = False) -> bool:
        """The legend at the first free place along the view's edges, ``margin`` pixels in (``top``: the
        margin at the top instead), in ``order`` (compass points: "ne" the top right corner, "n" the middle
        of the top edge); hidden where none is free (with ``clear``: where none is also off the curves)."""
        legend = self.__dict__.get("legend")
        if legend is None:
            return False
        if not self._legend_wanted or not legend.items:
            legend.hide()
            return False
        w, h = legend.width(), legend.height()
        dy_top = margin if top is None else top
        spots = []
        for key in order.split():
            ax = 0.0 if "w" in key else 1.0 if "e" in key else 0.5
            ay = 0.0 if "n" in key else 1.0 if "s" in key else 0.5
            spots.append((ax, ay, margin * (1 - 2 * ax), dy_top if ay == 0 else -margin if ay == 1 else 0.0))
        candidates = [(ax * layout.width + ox, ay * layout.height + oy, ax, ay) for ax, ay, ox, oy in spots]
        got = layout.take(w, h, candidates, strict=clear)
        if got is None:
            legend.hide()
            return False
        ax, ay, ox, oy = spots[candidates.index(got)]
        if getattr(self, "_legend_at", None) != (ax, ay, ox, oy):
            self._legend_at = (ax, ay, ox, oy)
            legend.anchor(itemPos=(ax, ay), parentPos=(ax, ay), offset=(ox, oy))
        legend.show()
        return True


class PlotType(Protocol):
    """A plot class as the registry lists it (:data:`gui.plots.PLOTS`): made with no arguments."""

    @property
    def slug(self) -> str: ...
    @property
    def document_size(self) -> tuple[int, int] | None: ...
    def __call__(self) -> Plot: ...
