"""Energy and cost against days, with the caps."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from engine.curves import WindowCurves, nice_ceil
from engine.planner import Plan
from gui.plots.base import (
    BLUE,
    GREEN,
    RED,
    LabelLayout,
    Marker,
    MoneyAxis,
    Plot,
    along,
    faint,
    linear_ends,
    set_text,
    set_xy,
)
from gui.text.i18n import current_language, tr
from gui.text.numbers import energy, money, short


class CostPlot(Plot):
    """5. Energy (left axis) and cost (right axis) against days, with the caps."""

    slug = "cost"
    document_size = (420, 300)
    overlay_in_legend = False  # the legend has room only for the lines: the names are written by the markers

    def __init__(self) -> None:
        self.money_axis = MoneyAxis("right")
        self.money_axis.setWidth(60)  # "¥700M", "$12.5M" in full, whatever the plot's width
        super().__init__(tr("Energy and cost against days"), tr("days"), tr("energy (MWh)"),
                         logx=False, logy=False, axis_items={"right": self.money_axis})
        pi = self.getPlotItem()
        self.energy = self.curve(pg.mkPen(GREEN, width=2))
        self.cap = pg.InfiniteLine(angle=0, pen=pg.mkPen(GREEN, width=1, style=Qt.PenStyle.DashLine),
                                   label=tr("energy cap"), labelOpts={"position": 0.05, "color": GREEN,
                                                                      "anchors": [(0, 1), (0, 1)]})
        pi.addItem(self.cap, ignoreBounds=True)
        self.line_label(self.cap)
        self.days_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(RED, width=1.2, style=Qt.PenStyle.DashLine))
        pi.addItem(self.days_line, ignoreBounds=True)
        self.mark = self.marker(GREEN, size=10)
        # cost on a second view box, linked in x, drawn against the right axis. It is the plot item's
        # child, just under the first view box: as a top-level item of the scene it lay under the whole
        # plot item, and the grid's opaque lines covered its lines (the budget line was missing wherever
        # it fell on a grid line — the ranges end on round numbers, so it usually did).
        self.cost_vb = pg.ViewBox()
        self.cost_vb.disableAutoRange()
        pi.showAxis("right")
        self.cost_vb.setParentItem(pi)
        self.cost_vb.setZValue(pi.vb.zValue() - 1)
        pi.getAxis("right").linkToView(self.cost_vb)
        f = QFont()
        f.setPointSizeF(8.0)
        pi.getAxis("right").setTickFont(f)
        self.accel_cost = pg.PlotCurveItem(pen=pg.mkPen(BLUE, width=1, style=Qt.PenStyle.DotLine))
        self.cost_vb.setXLink(pi)
        self.cost = pg.PlotCurveItem(pen=pg.mkPen(BLUE, width=2))
        self.cost_fill = pg.FillBetweenItem(self.accel_cost, self.cost, brush=pg.mkBrush(faint(BLUE, 40)))
        self.cost_vb.addItem(self.cost)
        self.cost_vb.addItem(self.accel_cost)
        self.cost_vb.addItem(self.cost_fill)
        self.budget = pg.InfiniteLine(angle=0, pen=pg.mkPen(BLUE, width=1, style=Qt.PenStyle.DashLine),
                                      label=tr("budget"), labelOpts={"position": 0.95, "color": BLUE,
                                                                     "anchors": [(1, 1), (1, 1)]})
        self.cost_vb.addItem(self.budget, ignoreBounds=True)
        self.line_label(self.budget)
        self.cost_mark = Marker(BLUE, 10)
        self.cost_vb.addItem(self.cost_mark, ignoreBounds=True)
        self._markers.append(self.cost_mark)
        self.info = self.label("#222", anchor=(0, 0), size=8.5)
        self.legend = pi.addLegend(offset=(8, 26), labelTextSize="7.5pt", brush=pg.mkBrush(255, 255, 255, 200),
                                   verSpacing=-6)  # tight rows: the legend must find room on a small plot
        self.cache_legend()
        self.legend.addItem(self.energy, tr("energy (left)"))
        self.legend.addItem(self.cost, tr("cost (right)"))

        pi.vb.sigResized.connect(self._sync_views)
        self._plan: Plan | None = None
        self._currency = ""
        self.set_hover(self._hover_text)

    def view_boxes(self) -> list[pg.ViewBox]:
        return [self.getPlotItem().vb, self.cost_vb]

    def axis_label(self, axis: str) -> str:
        if axis == "right":
            return self.getPlotItem().getAxis("right").labelText or tr("cost")
        return super().axis_label(axis)

    def y_axis_of(self, item: object) -> str:
        return "right" if item in (self.cost, self.accel_cost, self.cost_mark) else "left"

    def _sync_views(self) -> None:
        self.cost_vb.setGeometry(self.getPlotItem().vb.geometry())
        self.cost_vb.linkedViewChanged(self.getPlotItem().vb, self.cost_vb.XAxis)

    def presenting_changed(self) -> None:
        self.money_axis.setWidth(round(60 * self.scale))
        axis = self.getPlotItem().getAxis("right")
        if axis.labelText:
            axis.setLabel(axis.labelText, **{"font-size": self.pt(9)})

    def arrange_labels(self, layout: LabelLayout) -> None:
        """The plan's markers and its numbers (top left), the legend under them, the cap and budget
        lines' names, the other scenarios' names."""
        self.block_markers(layout, self.mark)
        self.block_markers(layout, self.cost_mark, vb=self.cost_vb)
        self.block_others(layout)  # (the plan's labels keep off the other scenarios' markers too)
        self.avoid_curves(layout, self.energy)
        self.avoid_curves(layout, self.cost, vb=self.cost_vb)
        layout.avoid_vertical(self.days_line.value())
        if self.cap.isVisible():
            layout.avoid_horizontal(self.cap.value())
        if self.budget.isVisible():
            layout.avoid_horizontal(self.budget.value(), self.cost_vb)
        pad = 4.0
        w, h = layout.width, layout.height
        self.place_text(layout, self.info, [(pad, pad, 0, 0), (w - pad, h - pad, 1, 1), (w - pad, pad, 1, 0)],
                        must=True)
        at_top_left = self.info.isVisible() and (self.info.anchor.x(), self.info.anchor.y()) == (0, 0)
        below_info = self.info.textItem.boundingRect().height() + 2 * pad if at_top_left else 6
        self.place_legend(layout, "nw se ne sw n s w e", top=below_info)
        self.place_line_label(layout, self.budget, along(0.97, 0.03, 0.5, 0.75, 0.25), self.cost_vb)
        self.place_line_label(layout, self.cap, along(0.03, 0.97, 0.5, 0.25, 0.75))
        self.place_others(layout)

    def update_plan(self, plan: Plan, curves: WindowCurves) -> None:
        self._plan = plan
        s = plan.scenario
        if self._currency != plan.currency:
            self._currency = plan.currency
            self.money_axis.currency = plan.currency
            self.getPlotItem().setLabel("right", tr("cost") + f" ({plan.currency})", **{"font-size": self.pt(9)})
        days = curves.days
        b = curves.by_days
        ends = linear_ends(days, b.energy_mwh, b.total_cost, b.accelerator_cost)  # straight lines: 2 points
        set_xy(self.energy, days[ends], b.energy_mwh[ends])
        set_xy(self.cost, days[ends], b.total_cost[ends])
        set_xy(self.accel_cost, days[ends], b.accelerator_cost[ends])
        self.days_line.setPos(plan.wall_clock_days)
        set_xy(self.mark, [plan.wall_clock_days], [plan.energy_mwh])
        set_xy(self.cost_mark, [plan.wall_clock_days], [plan.total_cost])
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
        # energy and cost are both proportional to days: give energy more headroom so the lines separate —
        # more still where the other scenarios' costs raise the cost axis (else the energy line could lie
        # exactly on the cost line and hide it)
        c_top = nice_ceil(c_top * 1.05)
        c_view = self._with_overlays(self.cost_vb, 0.0, float(days[-1]), 0.0, c_top)[3]
        c_end, e_end = float(b.total_cost[-1]), float(b.energy_mwh[-1])
        e_top = nice_ceil(max(e_top * 1.6, e_end * c_view / (0.75 * c_end) if c_end > 0 else 0.0))
        self.set_view(0.0, float(days[-1]), 0.0, e_top)
        self.set_view(0.0, float(days[-1]), 0.0, c_top, vb=self.cost_vb)
        # on two lines: narrow enough for a corner left or right of the plan's day
        set_text(self.info, f"{energy(plan.energy_mwh)}\n{money(plan.total_cost, plan.currency, current_language())}")
        self._sync_views()
        self.place_labels()

    def overlay_points(self, plan: Plan) -> list[tuple[float, float]]:
        return [(plan.wall_clock_days, plan.total_cost)]

    def overlay_box(self) -> pg.ViewBox:
        return self.cost_vb

    def _hover_text(self, x: float, y: float) -> str:
        if self._plan is None or x < 0:
            return ""
        from engine.planner import budget

        b = budget(self._plan.scenario, days=x)
        return (f"{short(x)} " + tr("days") + f"\n{energy(float(b.energy_mwh))}\n"
                f"{money(float(b.total_cost), self._plan.currency, current_language())}")
