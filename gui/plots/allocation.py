"""Compute-optimal allocation: N*(C) and D*(C), the plan marked."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from engine.curves import WindowCurves
from engine.planner import Plan
from gui.plots.base import BLUE, ORANGE, LabelLayout, Plot, around, faint, log10, set_text, set_xy
from gui.text.i18n import tr
from gui.text.numbers import ratio, sci, short


class AllocationPlot(Plot):
    """3. N*(C) and D*(C) with the plan marked."""

    slug = "allocation"
    document_size = (420, 300)

    def __init__(self) -> None:
        super().__init__(tr("Compute-optimal allocation"), tr("training compute (FLOP)"),
                         tr("parameters / tokens"), logx=True, logy=True)
        # the 95 % range of N* and D* across the law's draws, under the curves (none without uncertainty)
        pi = self.getPlotItem()
        self.n_band_lo, self.n_band_hi, self.d_band_lo, self.d_band_hi = (
            pg.PlotCurveItem(pen=pg.mkPen(None), connect="finite") for _ in range(4))
        self.n_band = pg.FillBetweenItem(self.n_band_lo, self.n_band_hi, brush=pg.mkBrush(faint(BLUE, 45)))
        self.d_band = pg.FillBetweenItem(self.d_band_lo, self.d_band_hi, brush=pg.mkBrush(faint(ORANGE, 45)))
        for item in (self.n_band_lo, self.n_band_hi, self.d_band_lo, self.d_band_hi, self.n_band, self.d_band):
            pi.addItem(item)
        self.n_curve = self.curve(pg.mkPen(BLUE, width=2), name=tr("parameters N*"))
        self.d_curve = self.curve(pg.mkPen(ORANGE, width=2), name=tr("tokens D*"))
        self.n_mark = self.marker(BLUE, size=11)
        self.d_mark = self.marker(ORANGE, size=11)
        self.n_label = self.label(BLUE, anchor=(1, 0), bold=True)
        self.d_label = self.label(ORANGE, anchor=(1, 1), bold=True)
        # bottom right: the lines rise to the right, so that corner is empty
        self.legend = self.getPlotItem().addLegend(offset=(-8, -8), labelTextSize="7.5pt",
                                                   brush=pg.mkBrush(255, 255, 255, 200), verSpacing=-6)
        self.cache_legend()
        self.legend.addItem(self.n_curve, tr("parameters N*"))
        self.legend.addItem(self.d_curve, tr("tokens D*"))
        self._plan: Plan | None = None
        self.set_hover(self._hover_text)

    def update_plan(self, plan: Plan, curves: WindowCurves) -> None:
        self._plan = plan
        f = curves.frontier
        x = log10(f.compute_flop)
        set_xy(self.n_curve, x, log10(f.n_params))
        set_xy(self.d_curve, x, log10(f.n_tokens))
        for band, lo_item, hi_item, lo, hi in ((self.n_band, self.n_band_lo, self.n_band_hi, f.n_params_low,
                                                f.n_params_high),
                                               (self.d_band, self.d_band_lo, self.d_band_hi, f.n_tokens_low,
                                                f.n_tokens_high)):
            if lo is not None and hi is not None and np.isfinite(lo).any():
                set_xy(lo_item, x, log10(lo))
                set_xy(hi_item, x, log10(hi))
                band.show()
            else:
                set_xy(lo_item, [], [])
                set_xy(hi_item, [], [])
                band.hide()
        cx = math.log10(plan.compute_flop)
        set_xy(self.n_mark, [cx], [math.log10(plan.n_params)])
        set_xy(self.d_mark, [cx], [math.log10(plan.n_tokens)])
        set_text(self.n_label, f"N {short(plan.n_params)}")
        set_text(self.d_label, f"D {short(plan.n_tokens)}")
        ys = np.concatenate([log10(f.n_params), log10(f.n_tokens), log10([plan.n_params, plan.n_tokens])])
        self.set_view(float(x[0]), float(x[-1]), math.floor(float(ys.min()) - 0.2), math.ceil(float(ys.max()) + 0.2))
        self.place_labels()

    def arrange_labels(self, layout: LabelLayout) -> None:
        """N below right of its marker (under the N* line, which rises to the right), D above left of its
        own (over the D* line), clear of both lines where there is room; the legend in a free corner."""
        self.block_markers(layout, self.n_mark, self.d_mark)
        self.block_others(layout)  # (the plan's labels keep off the other scenarios' markers too)
        self.avoid_curves(layout, self.n_curve, self.d_curve)
        for label, mark, order in ((self.n_label, self.n_mark, "se s e sw ne nw w n"),
                                   (self.d_label, self.d_mark, "nw n w ne sw se e s")):
            px, py = layout.to_px(mark.pos().x(), mark.pos().y())
            self.place_text(layout, label, around(px, py, mark.size() / 2 + 2, order), must=True)
        self.place_legend(layout, "se nw ne sw s n e w", margin=8)
        self.place_others(layout)

    def overlay_points(self, plan: Plan) -> list[tuple[float, float]]:
        c = math.log10(plan.compute_flop)
        return [(c, math.log10(plan.n_params)), (c, math.log10(plan.n_tokens))]

    def _hover_text(self, x: float, y: float) -> str:
        if self._plan is None:
            return ""
        c = 10.0**x
        law = self._plan.scenario.law.resolve()
        n, d = float(law.optimal_n_params(c)), float(law.optimal_n_tokens(c))
        return f"C = {sci(c)} FLOP\nN* = {short(n)}\nD* = {short(d)} ({ratio(d / n)}/param)"
