"""Data: tokens needed against the tokens on hand and the public-text stock."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from engine.curves import WindowCurves
from engine.planner import Plan
from engine.units import PUBLIC_TEXT_STOCK_90CI_TOKENS, PUBLIC_TEXT_STOCK_TOKENS
from gui.plots.base import GREEN, ORANGE, PURPLE, RED, LabelLayout, Plot, along, faint, log10, set_text, set_xy
from gui.text.i18n import tr
from gui.text.numbers import ratio, sci, short


class DataPlot(Plot):
    """4. Tokens needed against unique tokens on hand and the public-text stock."""

    slug = "data"

    def __init__(self) -> None:
        super().__init__(tr("Data needed against data available"), tr("training compute (FLOP)"),
                         tr("tokens"), logx=True, logy=True)
        pi = self.getPlotItem()
        lo, hi = PUBLIC_TEXT_STOCK_90CI_TOKENS
        self.stock_band = pg.LinearRegionItem(values=(math.log10(lo), math.log10(hi)), orientation="horizontal",
                                              movable=False, brush=pg.mkBrush(faint(PURPLE, 35)),
                                              pen=pg.mkPen(None))
        self.stock_band.setZValue(-20)
        pi.addItem(self.stock_band, ignoreBounds=True)
        self.stock_line = pg.InfiniteLine(pos=math.log10(PUBLIC_TEXT_STOCK_TOKENS), angle=0,
                                          pen=pg.mkPen(PURPLE, width=1, style=Qt.PenStyle.DashLine),
                                          label=tr("public text stock (90% CI)"),
                                          labelOpts={"position": 0.02, "color": PURPLE, "anchors": [(0, 1), (0, 1)]})
        pi.addItem(self.stock_line, ignoreBounds=True)
        self.line_label(self.stock_line)
        self.unique_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(GREEN, width=2),
                                           label="", labelOpts={"position": 0.02, "color": GREEN,
                                                                "anchors": [(0, 0), (0, 0)]})
        pi.addItem(self.unique_line)
        self.line_label(self.unique_line)
        self.needed = self.curve(pg.mkPen(ORANGE, width=2))
        self.mark = self.marker(RED, size=12)
        self.info = self.label("#222", anchor=(1, 1), size=8.5)
        self._plan: Plan | None = None
        self.set_hover(self._hover_text)

    def update_plan(self, plan: Plan, curves: WindowCurves) -> None:
        self._plan = plan
        f = curves.frontier
        x = log10(f.compute_flop)
        set_xy(self.needed, x, log10(f.n_tokens))
        cx, dy = math.log10(plan.compute_flop), math.log10(plan.n_tokens)
        set_xy(self.mark, [cx], [dy])
        if plan.unique_tokens is not None:
            self.unique_line.setPos(math.log10(plan.unique_tokens))
            self.unique_line.label.setFormat(tr("unique tokens on hand") + f" {short(plan.unique_tokens)}")
            self.unique_line.show()
            text = (tr("epochs") + f" {ratio(plan.epochs)}\n" + tr("effective") + f" {short(plan.effective_tokens)}")
        else:
            self.unique_line.hide()
            text = tr("unique tokens not set")
        set_text(self.info, text)
        ys = [float(np.min(log10(f.n_tokens))), float(np.max(log10(f.n_tokens))),
              math.log10(PUBLIC_TEXT_STOCK_90CI_TOKENS[1]), dy]
        if plan.unique_tokens is not None:
            ys.append(math.log10(plan.unique_tokens))
        y0, y1 = math.floor(min(ys) - 0.3), math.ceil(max(ys) + 0.3)
        self.set_view(float(x[0]), float(x[-1]), y0, y1)
        self.place_labels()

    def arrange_labels(self, layout: LabelLayout) -> None:
        """The plan's epochs at the bottom right (else another corner), the lines' names at their left end
        (else elsewhere along them), the other scenarios' names."""
        self.block_markers(layout, self.mark)
        self.block_others(layout)  # (the plan's labels keep off the other scenarios' markers too)
        self.avoid_curves(layout, self.needed)
        for line in (self.unique_line, self.stock_line):
            if line.isVisible():
                layout.avoid_horizontal(line.value())
        w, h, pad = layout.width, layout.height, 4.0
        self.place_text(layout, self.info, [(w - pad, h - pad, 1, 1), (pad, pad, 0, 0), (w - pad, pad, 1, 0),
                                            (pad, h - pad, 0, 1)], must=True)
        spots = along(0.02, 0.98, 0.5, 0.25, 0.75)
        self.place_line_label(layout, self.unique_line, spots[1:2] + spots[:1] + spots[2:])
        self.place_line_label(layout, self.stock_line, spots)
        self.place_others(layout)

    def overlay_points(self, plan: Plan) -> list[tuple[float, float]]:
        return [(math.log10(plan.compute_flop), math.log10(plan.n_tokens))]

    def _hover_text(self, x: float, y: float) -> str:
        if self._plan is None:
            return ""
        c = 10.0**x
        d = float(self._plan.scenario.law.resolve().optimal_n_tokens(c))
        text = f"C = {sci(c)} FLOP\nD* = {short(d)} tokens"
        if self._plan.unique_tokens:
            text += f"\n= {ratio(d / self._plan.unique_tokens)} epochs"
        return text
