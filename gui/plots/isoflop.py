"""IsoFLOP curves: loss against model size at the plan's compute and a decade either side."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from engine.curves import WindowCurves
from engine.planner import Plan
from gui.plots.base import (
    BLUE,
    GREEN,
    RED,
    LabelLayout,
    Plot,
    around,
    ceil_to,
    floor_to,
    in_view_only,
    log10,
    set_text,
    set_xy,
    tint,
)
from gui.text.i18n import tr
from gui.text.numbers import sci, short


class IsoFlopPlot(Plot):
    """2. Loss against model size at the plan's compute and a decade either side."""

    slug = "isoflop"

    def __init__(self) -> None:
        super().__init__(tr("IsoFLOP: loss against model size"), tr("parameters"), tr("loss (nats/token)"),
                         logx=True, logy=False)
        shades = [tint(BLUE, 110), BLUE, tint(BLUE, 110)]
        widths = [1.2, 2.2, 1.2]
        self.curves = [self.curve(pg.mkPen(c, width=w), connect="finite")
                       for c, w in zip(shades, widths, strict=True)]
        self.curve_labels = [self.label("#456", anchor=(0.5, 0), size=7.5) for _ in range(3)]
        self.optima = self.marker(GREEN, size=9, symbol="t")
        self.chosen_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(RED, width=1.2, style=Qt.PenStyle.DashLine))
        self.getPlotItem().addItem(self.chosen_line, ignoreBounds=True)
        self.chosen = self.marker(RED, size=12)
        self.chosen_label = self.label(RED, anchor=(0, 1), bold=True)
        self._minima = [(0.0, 0.0)] * 3
        self._plan: Plan | None = None
        self.set_hover(self._hover_text)

    def update_plan(self, plan: Plan, curves: WindowCurves) -> None:
        self._plan = plan
        iso = curves.isoflop
        xs = log10(iso.n_params)
        mid = iso.loss[1]
        y0 = floor_to(min(float(np.min(iso.loss[2])), plan.loss) - 0.02, 0.05)
        y1 = ceil_to(max(float(min(np.max(mid), np.min(mid) + 0.6)), plan.loss + 0.05), 0.05)
        for i, item in enumerate(self.curves):
            set_xy(item, xs[i], in_view_only(iso.loss[i], y0, y1))
            j = int(np.argmin(iso.loss[i]))
            set_text(self.curve_labels[i], f"{sci(iso.compute_flop[i])}")
            self._minima[i] = (float(xs[i][j]), float(iso.loss[i][j]))
        set_xy(self.optima, log10(iso.optimal_n_params), iso.optimal_loss)
        x = math.log10(plan.n_params)
        self.chosen_line.setPos(x)
        set_xy(self.chosen, [x], [plan.loss])
        set_text(self.chosen_label, f"{short(plan.n_params)}")
        # the view: the sizes computed (the optimum ±1.6 decades), loss from the lowest curve's minimum
        # to at most 0.6 above the middle one's
        self.set_view(float(xs[1][0]), float(xs[1][-1]), y0, y1)
        self.place_labels()

    def arrange_labels(self, layout: LabelLayout) -> None:
        """The plan's size beside its marker, each curve's compute under its minimum, where there is room."""
        self.block_markers(layout, self.chosen)
        self.block_others(layout)  # (the plan's labels keep off the other scenarios' markers too)
        xs, ys = self.optima.getData()
        for x, y in zip(xs, ys, strict=True):
            layout.block_point(float(x), float(y), 9 * self.scale + 2)
        self.avoid_curves(layout, self.curves[1])  # (the plan's compute; the faint decades either side may be crossed)
        layout.avoid_vertical(self.chosen_line.value())
        px, py = layout.to_px(self.chosen.pos().x(), self.chosen.pos().y())
        self.place_text(layout, self.chosen_label, around(px, py, self.chosen.size() / 2 + 2, "ne nw se sw e w n s"),
                        must=True)
        self.place_others(layout)
        for label, (x, y) in zip(self.curve_labels, self._minima, strict=True):
            px, py = layout.to_px(x, y)
            self.place_text(layout, label, around(px, py, 4.5 * self.scale + 3, "s se sw e w n"), soft=False)

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
