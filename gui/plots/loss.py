"""Loss against compute: the law's frontier with its band, the other laws, reference runs, emergence band and the
EU AI Act line."""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent

from engine.catalogue import reference_runs
from engine.curves import WindowCurves
from engine.planner import Plan
from engine.presets import presets
from engine.reliability import DATA_MOVEMENT_WALL_FLOP
from engine.units import EMERGENCE_BAND_FLOP, EU_AI_ACT_THRESHOLD_FLOP
from gui.plots.base import (
    BLUE,
    GREY,
    LABELLED_RUNS,
    LAW_COLOURS,
    RED,
    LabelLayout,
    Plot,
    around,
    ceil_to,
    faint,
    floor_to,
    log10,
    set_text,
    set_xy,
    tint,
)
from gui.text.i18n import tr
from gui.text.laws import law_short_name
from gui.text.numbers import sci
from gui.text.tables import BAND_CAVEAT

#: Where the reference-run labels go: names, log10 compute, loss, which are in view, and "you are here" (x, loss).
_RunLabels = tuple[tuple[str, ...], np.ndarray, np.ndarray, np.ndarray, float, float]
#: a run label's places, its own first (LABELLED_RUNS gives the anchor of the text at the run: (1, 0), the
#: text's top right, puts it below left)
_RUN_ORDER = {(1, 0): "sw nw se ne w e s n", (1, 1): "nw sw ne se w e n s", (0, 0): "se ne sw nw e w s n",
              (0, 1): "ne se nw sw e w n s"}


class LossPlot(Plot):
    """1. Loss against compute: the law's frontier with its band, other presets faint, the plan, runs."""

    slug = "loss"
    document_size = (640, 400)
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
        set_text(self.emergence_label, tr("few-shot emergence"))
        self.eu_line = pg.InfiniteLine(pos=math.log10(EU_AI_ACT_THRESHOLD_FLOP), angle=90,
                                       pen=pg.mkPen(RED, width=1, style=Qt.PenStyle.DashLine),
                                       label=tr("EU AI Act 10²⁵"), labelOpts={"position": 0.04, "color": RED,
                                                                              "anchors": [(1, 1), (1, 1)]})
        pi.addItem(self.eu_line, ignoreBounds=True)
        self.line_label(self.eu_line)
        # Erdil & Schneider-Joseph 2024: beyond ~1e28 FLOP data movement lowers utilisation of a 3-month run
        self.wall_line = pg.InfiniteLine(pos=math.log10(DATA_MOVEMENT_WALL_FLOP), angle=90,
                                         pen=pg.mkPen(GREY, width=1, style=Qt.PenStyle.DotLine),
                                         label=tr("data-movement wall"), labelOpts={"position": 0.5, "color": GREY,
                                                                                    "anchors": [(1, 1), (1, 1)]})
        pi.addItem(self.wall_line, ignoreBounds=True)
        self.line_label(self.wall_line, size=7.0)
        self.others: dict[str, pg.PlotDataItem] = {}
        for law_id in presets():
            self.others[law_id] = self.curve(pg.mkPen(tint(LAW_COLOURS.get(law_id, GREY), 110),
                                                                 width=1, style=Qt.PenStyle.DotLine))
        self.band_lo = pg.PlotCurveItem(pen=pg.mkPen(None))
        self.band_hi = pg.PlotCurveItem(pen=pg.mkPen(None))
        self.band = pg.FillBetweenItem(self.band_lo, self.band_hi, brush=pg.mkBrush(faint(BLUE, 50)))
        self.band.setToolTip(tr(BAND_CAVEAT))  # what the shaded band is not, where the pointer rests on it
        for item in (self.band_lo, self.band_hi, self.band):
            pi.addItem(item)
        self.frontier = self.curve(pg.mkPen(BLUE, width=2.2))
        self.runs = pg.ScatterPlotItem(size=6, symbol="d", brush=pg.mkBrush(90, 90, 90, 200), pen=pg.mkPen(None))
        self.addItem(self.runs)
        self.run_labels = {name: self.label("#555", anchor=anchor, size=7.0) for name, anchor in LABELLED_RUNS.items()}
        self.you = self.marker(RED, size=13)
        self.you_err = pg.ErrorBarItem(pen=pg.mkPen(RED, width=1.5), beam=0.08)
        self.you_err.setToolTip(tr(BAND_CAVEAT))
        self.addItem(self.you_err)
        self.you_label = self.label(RED, anchor=(0, 1), bold=True)
        self.legend = pi.addLegend(offset=(-6, 6), labelTextSize="7pt", brush=pg.mkBrush(255, 255, 255, 215),
                                   verSpacing=-6)
        self.cache_legend()
        self._legend_law: str | None = None
        self._labels_at: _RunLabels | None = None
        self._run_data = [(r.name, r.compute_flop, r.n_params_active or r.n_params, r.n_tokens)
                          for r in reference_runs() if (r.n_params_active or r.n_params) and r.n_tokens]
        self._plan: Plan | None = None
        self.set_hover(self._hover_text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # on a small plot the legend would cover the curves: the hover read-out names them instead
        if "legend" not in self.__dict__:
            return
        wanted = event.size().width() >= 360 and event.size().height() >= 280
        if wanted != self._legend_wanted:
            self._legend_wanted = wanted
            self.place_labels()

    @staticmethod
    def _law_key(plan: Plan) -> str:
        """The legend's name for the plan's law: a preset's short name in the reader's language (never its id),
        or a custom law's own name."""
        if plan.scenario.law.preset is not None:
            return law_short_name(plan.law_id)
        name = plan.scenario.law.resolve().name
        return name if len(name) <= 32 else name[:31] + "…"

    def _rebuild_legend(self, plan: Plan) -> None:
        key = self._law_key(plan)
        if self._legend_law == key:
            return
        self._legend_law = key
        self.legend.clear()
        self.legend.addItem(self.frontier, html.escape(key))  # legend labels are rich text; law names are data
        for law_id, item in self.others.items():
            if law_id != plan.law_id:
                self.legend.addItem(item, html.escape(law_short_name(law_id)))
        for sample in getattr(self, "_legend_samples", []):  # the other scenarios, if overlaid
            self.legend.addItem(sample, html.escape(sample.name() or ""))

    def update_plan(self, plan: Plan, curves: WindowCurves) -> None:
        self._plan = plan
        law = plan.scenario.law.resolve()
        f = curves.frontier
        x = log10(f.compute_flop)
        set_xy(self.frontier, x, f.loss)
        if self._legend_law != self._law_key(plan):  # (before _rebuild_legend records the law)
            self.frontier.setPen(pg.mkPen(LAW_COLOURS.get(plan.law_id, BLUE), width=2.2))
        if f.loss_low is not None and f.loss_high is not None:
            set_xy(self.band_lo, x, f.loss_low)
            set_xy(self.band_hi, x, f.loss_high)
            self.band.show()
        else:
            set_xy(self.band_lo, [], [])
            set_xy(self.band_hi, [], [])
            self.band.hide()
        for law_id, item in self.others.items():
            y = curves.other_frontiers.get(law_id)
            if y is None or law_id == plan.law_id:
                set_xy(item, [], [])
            else:
                set_xy(item, x, y)
        self._rebuild_legend(plan)
        # reference runs at the loss the chosen law predicts for their (N, D)
        names, c, n, d = zip(*self._run_data, strict=False)
        y = law.loss(np.array(n), np.array(d))
        xr = log10(c)
        inside = (xr >= x[0]) & (xr <= x[-1])
        set_xy(self.runs, xr[inside], y[inside])
        cx = math.log10(plan.compute_flop)
        set_xy(self.you, [cx], [plan.loss])
        if plan.loss_low is not None and plan.loss_high is not None:
            err = (cx, plan.loss, plan.loss_high - plan.loss, plan.loss - plan.loss_low)
            if getattr(self, "_err_shown", None) != err:
                self._err_shown = err
                self.you_err.setData(x=np.array([cx]), y=np.array([plan.loss]), top=np.array([err[2]]),
                                     bottom=np.array([err[3]]))
            self.you_err.show()
        else:
            self.you_err.hide()
        set_text(self.you_label, tr("you are here") + f"\n{plan.loss:.3f}")
        low = f.loss_low if f.loss_low is not None else f.loss
        high = f.loss_high if f.loss_high is not None else f.loss
        bottom = min([float(np.nanmin(low)), plan.loss_low or plan.loss]
                     + [float(np.nanmin(v)) for k, v in curves.other_frontiers.items() if k != plan.law_id]
                     + ([float(np.min(y[inside]))] if inside.any() else []))
        top = max(float(np.nanmax(high)), plan.loss_high or plan.loss)
        y0, y1 = floor_to(bottom - 0.03, 0.1), ceil_to(top + 0.03, 0.1)
        self.set_view(float(x[0]), float(x[-1]), y0, y1)
        self._labels_at = (names, xr, y, inside, cx, plan.loss)
        self.place_labels()

    def arrange_labels(self, layout: LabelLayout) -> None:
        """"you are here" beside the plan, the legend in a free corner, the EU AI Act line's name, the other
        scenarios', the reference runs' and the emergence band's names where there is room (the hover
        read-out names a run left out)."""
        if self._labels_at is None or self._plan is None:
            return
        names, xr, y, inside, cx, loss = self._labels_at
        plan = self._plan
        self.block_markers(layout, self.you)
        self.block_others(layout)  # (the plan's labels keep off the other scenarios' markers too)
        px, py = layout.to_px(cx, loss)
        if self.you_err.isVisible() and plan.loss_low is not None and plan.loss_high is not None:
            half = layout.to_px(cx + 0.04, loss)[0] - px + 1.5  # the error bar's beams are 0.08 decade wide
            layout.block(px - half, layout.to_px(cx, plan.loss_high)[1] - 1, px + half,
                         layout.to_px(cx, plan.loss_low)[1] + 1)
        self.avoid_curves(layout, self.frontier, *self.others.values())
        gap = self.you.size() / 2 + 2
        self.place_text(layout, self.you_label, around(px, py, gap, "ne e se n nw w sw s"), must=True)
        # only where it covers no curve: it would hide what it names (the hover read-out names them too)
        self.place_legend(layout, "ne sw se nw n s e w", clear=True)
        # right of the line first: the emergence band's name goes left of it, at the band's foot
        self.place_line_label(layout, self.eu_line, [(0.03, (0.0, 1.0)), (0.03, (1.0, 1.0)), (0.97, (1.0, 0.0)),
                                                     (0.97, (0.0, 0.0)), (0.5, (1.0, 0.5)), (0.5, (0.0, 0.5))])
        self.place_line_label(layout, self.wall_line, [(0.5, (1.0, 0.5)), (0.3, (1.0, 0.5)), (0.7, (1.0, 0.5)),
                                                       (0.5, (0.0, 0.5))])
        self.place_others(layout)
        for name, xi, yi, ok in zip(names, xr, y, inside, strict=False):
            lab = self.run_labels.get(name)
            if lab is None:
                continue
            if not ok:
                lab.hide()
                continue
            set_text(lab, name)
            rx, ry = layout.to_px(xi, yi)
            self.place_text(layout, lab, around(rx, ry, 4.0, _RUN_ORDER[LABELLED_RUNS[name]]), soft=False)
        lo, hi = (layout.to_px(math.log10(v), 0.0)[0] for v in EMERGENCE_BAND_FLOP)
        h = layout.height
        self.place_text(layout, self.emergence_label,
                        [(lo + 3, h - 2, 0, 1), (hi - 3, h - 2, 1, 1), (lo + 3, 2, 0, 0), (hi - 3, 2, 1, 0),
                         (lo + 3, 0.8 * h, 0, 1), (lo + 3, 0.2 * h, 0, 0)])

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
