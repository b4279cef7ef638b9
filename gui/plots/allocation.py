"""Compute-optimal allocation: N*(C) and D*(C), the plan marked."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from engine.catalogue import reference_runs
from engine.curves import WindowCurves
from engine.planner import Plan
from gui.plots.base import BLUE, GREY, ORANGE, LabelLayout, Plot, around, faint, log10, set_text, set_xy
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
        # mixtures of experts: the active parameters (compute follows them) and all of them (memory follows
        # them), joined — the plan's, and the published runs' (DeepSeek-V3, Llama 4) in grey
        self.total_line = self.curve(pg.mkPen(BLUE, width=1.5, style=Qt.PenStyle.DashLine), connect="pairs")
        self.total_mark = pg.ScatterPlotItem(size=9, symbol="o", brush=pg.mkBrush(255, 255, 255),
                                             pen=pg.mkPen(BLUE, width=2))
        self.total_mark.setZValue(50)
        self.addItem(self.total_mark)
        self.total_label = self.label(BLUE, anchor=(0, 0.5), size=8.0)
        self._moe_runs = [(r.name, r.compute_flop, r.n_params_active, r.n_params) for r in reference_runs()
                          if r.n_params and r.n_params_active and r.n_params_active < r.n_params]
        self.run_lines = self.curve(pg.mkPen(GREY, width=1), connect="pairs")
        self.run_marks = pg.ScatterPlotItem(size=6, symbol="o", pen=pg.mkPen(GREY, width=1.2))
        self.addItem(self.run_marks)
        if self._moe_runs:
            _, c, a, t = zip(*self._moe_runs, strict=True)
            xs = np.repeat(log10(c), 2)
            ys = np.ravel(np.column_stack([log10(a), log10(t)]))
            set_xy(self.run_lines, xs, ys)
            self.run_marks.setData(x=xs, y=ys, brush=[pg.mkBrush(GREY), pg.mkBrush(255, 255, 255)] * len(c))
        self._total_at: tuple[float, float] | None = None
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
        if plan.scenario.model.moe is not None:
            total = math.log10(plan.n_params_total)
            set_xy(self.total_line, [cx, cx], [math.log10(plan.n_params), total])
            self.total_mark.setData(x=[cx], y=[total])
            set_text(self.total_label, tr("total %s") % short(plan.n_params_total))
            self._total_at = (cx, total)
            self.total_label.show()
        else:
            set_xy(self.total_line, [], [])
            self.total_mark.setData(x=[], y=[])
            self.total_label.hide()
            self._total_at = None
        set_text(self.n_label, f"N {short(plan.n_params)}" + (" " + tr("active") if plan.scenario.model.moe else ""))
        set_text(self.d_label, f"D {short(plan.n_tokens)}")
        ys = np.concatenate([log10(f.n_params), log10(f.n_tokens),
                             log10([plan.n_params, plan.n_tokens, plan.n_params_total])])
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
        if self._total_at is not None:
            px, py = layout.to_px(*self._total_at)
            self.place_text(layout, self.total_label, around(px, py, 7, "e w ne nw se sw"), must=True)
        self.place_legend(layout, "se nw ne sw s n e w", margin=8)
        self.place_others(layout)

    def overlay_points(self, plan: Plan) -> list[tuple[float, float]]:
        c = math.log10(plan.compute_flop)
        return [(c, math.log10(plan.n_params)), (c, math.log10(plan.n_tokens))]

    def _hover_text(self, x: float, y: float) -> str:
        if self._plan is None:
            return ""
        near = [r for r in self._moe_runs if abs(math.log10(r[1]) - x) < 0.08
                and min(abs(math.log10(r[2]) - y), abs(math.log10(r[3]) - y)) < 0.15]
        if near:
            name, c_run, active, total = near[0]
            return tr("%s: %s active of %s parameters, %s FLOP") % (name, short(active), short(total), sci(c_run))
        c = 10.0**x
        law = self._plan.scenario.law.resolve()
        n, d = float(law.optimal_n_params(c)), float(law.optimal_n_tokens(c))
        return f"C = {sci(c)} FLOP\nN* = {short(n)}\nD* = {short(d)} ({ratio(d / n)}/param)"
