"""View → Programme: the whole programme of the scenario on screen (issue 16) — its stages side by side (a
table, and compute, cost and energy shared out by stage), the monthly cash flow, thinking longer against a
larger model at the scenario's query volume, and the compliance thresholds with the EU documentation figures.
It follows the plan once edits pause (Settle)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.planner import Plan
from engine.programme import MAX_TRAINING_DECADES_SAVED, think_or_grow
from gui.plots.base import LogAxis, MoneyAxis
from gui.text.i18n import current_language, tr
from gui.text.numbers import money, short
from gui.text.programme import (
    STAGE_COLOURS,
    THRESHOLD_MEANINGS,
    cost_range_text,
    documentation_rows,
    serving_text,
    stage_name,
    stage_rows,
    stage_shares,
    threshold_line,
    threshold_source,
)

from ..screen import fit_to_screen
from ..workspace import Workspace
from .settle import Settle


def _table(rows: list[list[str]], name: str) -> QTableWidget:
    table = QTableWidget(max(len(rows) - 1, 0), len(rows[0]) if rows else 0)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    if rows:
        table.setHorizontalHeaderLabels(rows[0])
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(max(len(rows) - 1, 0))
    if rows:
        table.setColumnCount(len(rows[0]))
        table.setHorizontalHeaderLabels(rows[0])
    for i, row in enumerate(rows[1:]):
        for j, text in enumerate(row):
            item = QTableWidgetItem(text)
            if j > 0 and table.objectName() == "programme.stages":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if i == len(rows) - 2 and table.objectName() == "programme.stages":  # the total
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(i, j, item)


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ProgrammeDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programme")
        self.setWindowTitle(tr("Programme"))
        self.workspace = workspace
        self.recompute_count = 0
        layout = QVBoxLayout(self)
        self.empty = _wrapped(tr("This scenario plans the final run alone. In the editor, under Programme choose "
                                 "“The whole programme”, and under Serving “Planned”, to see development, "
                                 "post-training and serving here."))
        self.empty.setObjectName("programme.empty")
        layout.addWidget(self.empty)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # -- stages -------------------------------------------------------------------------------------
        stages = QWidget()
        v = QVBoxLayout(stages)
        self.summary = _wrapped()
        self.summary.setObjectName("programme.summary")
        v.addWidget(self.summary)
        self.table = _table([], "programme.stages")
        v.addWidget(self.table)
        self.shares = pg.PlotWidget(axisItems={"bottom": pg.AxisItem("bottom")})
        self.shares.setObjectName("programme.shares")
        self.shares.setMinimumHeight(170)
        pi = self.shares.getPlotItem()
        pi.setMouseEnabled(x=False, y=False)
        pi.hideButtons()
        pi.setTitle(tr("Share of each by stage (%)"), size="9pt", color="#222")
        pi.setXRange(0, 100, padding=0.02)
        pi.getAxis("bottom").setTicks([[(x, f"{x}%") for x in range(0, 101, 20)]])
        self.share_bars: list[pg.BarGraphItem] = []
        self.share_labels: list[pg.TextItem] = []
        v.addWidget(self.shares, 1)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        v.addWidget(self.legend)
        self.tabs.addTab(stages, tr("Stages"))

        # -- cash flow -----------------------------------------------------------------------------------
        flow = QWidget()
        v = QVBoxLayout(flow)
        self.flow_note = _wrapped()
        v.addWidget(self.flow_note)
        self.money_axis = MoneyAxis("left")
        self.flow = pg.PlotWidget(axisItems={"left": self.money_axis})
        self.flow.setObjectName("programme.cash_flow")
        pi = self.flow.getPlotItem()
        pi.setMouseEnabled(x=False, y=False)
        pi.hideButtons()
        pi.setLabel("bottom", tr("month"))
        self.flow_bars: list[pg.BarGraphItem] = []
        v.addWidget(self.flow, 1)
        self.flow_legend = QLabel()
        self.flow_legend.setTextFormat(Qt.TextFormat.RichText)
        v.addWidget(self.flow_legend)
        self.tabs.addTab(flow, tr("Cash flow"))

        # -- thinking longer or a larger model ------------------------------------------------------------
        think = QWidget()
        v = QVBoxLayout(think)
        self.think_note = _wrapped()
        self.think_note.setObjectName("programme.think_note")
        v.addWidget(self.think_note)
        self.think_axis = MoneyAxis("left")
        self.think = pg.PlotWidget(axisItems={"left": self.think_axis, "bottom": LogAxis("bottom")})
        self.think.setObjectName("programme.think")
        pi = self.think.getPlotItem()
        pi.setMouseEnabled(x=False, y=False)
        pi.hideButtons()
        pi.setLabel("bottom", tr("active parameters"))
        blue = QColor("#0072B2")
        self.band_low = pi.plot(pen=pg.mkPen(QColor(0, 114, 178, 90), width=1))
        self.band_high = pi.plot(pen=pg.mkPen(QColor(0, 114, 178, 90), width=1))
        self.band = pg.FillBetweenItem(self.band_low, self.band_high, brush=pg.mkBrush(0, 114, 178, 45))
        pi.addItem(self.band)
        self.central = pi.plot(pen=pg.mkPen(blue, width=2))
        self.here = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(blue), pen=pg.mkPen("w", width=1.5))
        self.best = pg.ScatterPlotItem(size=11, symbol="d", brush=pg.mkBrush("#009E73"), pen=pg.mkPen("w", width=1))
        pi.addItem(self.here)
        pi.addItem(self.best)
        v.addWidget(self.think, 1)
        self.think_legend = QLabel()
        self.think_legend.setTextFormat(Qt.TextFormat.RichText)
        self.think_legend.setWordWrap(True)
        v.addWidget(self.think_legend)
        self.think_tab = think
        self.tabs.addTab(think, tr("Think longer or grow"))

        # -- compliance --------------------------------------------------------------------------------
        comp = QWidget()
        v = QVBoxLayout(comp)
        self.compliance = _wrapped()
        self.compliance.setObjectName("programme.compliance")
        self.compliance.setTextFormat(Qt.TextFormat.RichText)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.compliance)
        v.addWidget(scroll, 2)
        v.addWidget(QLabel(tr("EU model documentation: the training figures (to two significant figures)")))
        self.documentation = _table([], "programme.documentation")
        self.documentation.horizontalHeader().hide()
        v.addWidget(self.documentation, 1)
        self.copy_button = QPushButton(tr("Copy the documentation figures"))
        self.copy_button.setObjectName("programme.copy")
        self.copy_button.clicked.connect(self.copy_documentation)
        v.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(comp, tr("Compliance"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(980, 720), centre=False)
        self._settle = Settle(self, self.recompute)
        workspace.activePlanChanged.connect(self._settle.poke)
        workspace.activeChanged.connect(self._settle.poke)
        self.recompute()

    def flush(self) -> None:
        """Recompute now if an update is pending (tests)."""
        self._settle.flush()

    # -- updates ----------------------------------------------------------------------------------------
    def recompute(self, *_args: object) -> None:
        self.recompute_count += 1
        p = self.workspace.active.plan
        shown = p is not None and p.programme is not None
        self.empty.setVisible(not shown)
        self.tabs.setVisible(shown)
        if not shown or p is None:
            return
        self._stages(p)
        self._cash_flow(p)
        self._think(p)
        self._compliance(p)

    def _stages(self, p: Plan) -> None:
        prog = p.programme
        assert prog is not None
        lang, cur = current_language(), p.currency
        parts = [tr("Programme cost: %s.") % cost_range_text(p)]
        if prog.capital_outlay is not None:
            parts.append(tr("Buying the cluster costs %s up front; the programme carries %s of it as "
                            "depreciation (%s per accelerator-hour).")
                         % (money(prog.capital_outlay, cur, lang), money(prog.depreciation_carried or 0.0, cur, lang),
                            money(prog.accelerator_hour_price, cur, lang, digits=3)))
        if p.serving is not None:
            parts.append(serving_text(p))
        self.summary.setText(" ".join(parts))
        rows = stage_rows(p)
        _fill(self.table, rows)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(i)
                                                               for i in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)
        pi = self.shares.getPlotItem()
        for item in self.share_bars + self.share_labels:
            pi.removeItem(item)
        self.share_bars, self.share_labels = [], []
        measures = stage_shares(p)  # the same shares the PDF and the deck draw
        for row, (_name, shares) in enumerate(measures):
            left = 0.0
            y = len(measures) - 1 - row
            for stage_id, share in shares:
                width = 100.0 * share
                if width <= 0:
                    continue
                bar = pg.BarGraphItem(x0=[left], y=[y], width=[width], height=0.6,
                                      brush=pg.mkBrush(STAGE_COLOURS[stage_id]), pen=pg.mkPen("w", width=1))
                pi.addItem(bar)
                self.share_bars.append(bar)
                if width >= 7:
                    label = pg.TextItem(f"{width:.0f}%", color="w", anchor=(0.5, 0.5))
                    label.setPos(left + width / 2, y)
                    pi.addItem(label)
                    self.share_labels.append(label)
                left += width
        pi.getAxis("left").setTicks([[(len(measures) - 1 - i, name) for i, (name, _v) in enumerate(measures)]])
        pi.setYRange(-0.5, len(measures) - 0.5, padding=0.02)
        self.legend.setText(self._legend([st.id for st in prog.stages]))

    @staticmethod
    def _legend(ids: list[str]) -> str:
        return "&nbsp;&nbsp;".join(f"<span style='color:{STAGE_COLOURS[i]}'>■</span> {stage_name(i)}" for i in ids)

    def _cash_flow(self, p: Plan) -> None:
        prog = p.programme
        assert prog is not None
        lang, cur = current_language(), p.currency
        pi = self.flow.getPlotItem()
        for bar in self.flow_bars:
            pi.removeItem(bar)
        self.flow_bars = []
        self.money_axis.currency = cur
        months = len(prog.cash_flow[0][1]) if prog.cash_flow else 0
        x = np.arange(1, months + 1)
        bottom = np.zeros(months)
        for stage_id, amounts in prog.cash_flow:
            heights = np.asarray(amounts)
            if not heights.any():
                continue
            bar = pg.BarGraphItem(x=x, y0=bottom.copy(), height=heights, width=0.8,
                                  brush=pg.mkBrush(STAGE_COLOURS[stage_id]), pen=pg.mkPen(None))
            pi.addItem(bar)
            self.flow_bars.append(bar)
            bottom += heights
        top = float(bottom.max()) if months else 1.0
        pi.setXRange(0.4, months + 0.6, padding=0)
        pi.setYRange(0, top * 1.05 or 1.0, padding=0)
        peak = int(np.argmax(bottom)) + 1 if months else 0
        note = tr("What the programme costs each month, the stages one after another (%s months; the largest, "
                  "month %s: %s).") % (f"{months:,}", f"{peak:,}", money(top, cur, lang))
        if prog.capital_outlay is not None:
            note += " " + tr("The cluster is bought: the months show its depreciation as the programme uses it; "
                             "the purchase itself, %s, is paid up front.") % money(prog.capital_outlay, cur, lang)
        self.flow_note.setText(note)
        self.flow_legend.setText(self._legend([sid for sid, amounts in prog.cash_flow if any(amounts)]))

    def _think(self, p: Plan) -> None:
        t = think_or_grow(p)
        index = self.tabs.indexOf(self.think_tab)
        self.tabs.setTabEnabled(index, t is not None)
        if t is None:
            self.think_note.setText(tr("Plan serving to weigh a smaller model that thinks longer against a larger "
                                       "one that answers directly."))
            return
        lang, cur = current_language(), p.currency
        self.think_axis.currency = cur
        x = np.log10(t.n_params)
        finite = np.isfinite(t.total_cost)
        low = np.where(finite[0], t.total_cost[0], np.nan)
        high = np.where(finite[2], t.total_cost[2], np.nan)
        self.band_low.setData(x, np.minimum(low, high))
        self.band_high.setData(x, np.maximum(low, high))
        self.central.setData(x, t.total_cost[1])
        self.here.setData(x=[math.log10(t.plan_n_params)], y=[t.plan_total_cost])
        best = int(np.argmin(np.abs(t.n_params - t.best_n_params)))
        self.best.setData(x=[x[best]], y=[t.total_cost[1][best]])
        pi = self.think.getPlotItem()
        ys = t.total_cost[np.isfinite(t.total_cost)]
        top = min(float(ys.max()) if ys.size else t.plan_total_cost, 8 * t.plan_total_cost)
        pi.setYRange(0, max(top, t.plan_total_cost) * 1.05 or 1.0, padding=0)
        pi.setXRange(float(x[0]), float(x[-1]), padding=0.02)
        queries = p.scenario.serving.queries_per_day if p.scenario.serving else 0.0
        self.think_note.setText(tr(
            "Total programme cost against the model's size at %s queries a day. A smaller model must think longer "
            "to answer as well; a larger one can leave out reasoning, down to the answer itself. How much test-time "
            "compute stands in for training compute is uncertain: one decade of it for %s–%s decades of training "
            "(Epoch AI 2023, across techniques), up to %s decades saved; the band spans that range. Snell et al. "
            "(2024) find the two not one-for-one exchangeable: thinking longer wins on easy and medium questions, "
            "a larger model on hard ones.")
            % (short(queries, 3, lang), f"{t.rates[0]:g}", f"{t.rates[2]:g}", f"{MAX_TRAINING_DECADES_SAVED:g}"))
        self.think_legend.setText(
            "<span style='color:#0072B2'>●</span> " + tr("this plan: %s parameters, %s")
            % (short(t.plan_n_params, 3, lang), money(t.plan_total_cost, cur, lang))
            + "&nbsp;&nbsp;<span style='color:#009E73'>◆</span> " + tr("least cost at the middle rate: %s "
                                                                         "parameters, %s")
            % (short(t.n_params[best], 3, lang), money(float(t.total_cost[1][best]), cur, lang)))

    def _compliance(self, p: Plan) -> None:
        prog = p.programme
        assert prog is not None
        lines = [tr("The model's training compute counted by the rules: %s FLOP (pre-training and post-training; "
                    "experiments on other models are not counted).") % _sci_html(prog.model_training_flop)]
        for c in prog.compliance:
            colour = "#c0392b" if c.crossed else "#1e8449"
            source = _html(tr("Source: ") + threshold_source(c))
            lines.append(f"<p><b style='color:{colour}'>{_html(threshold_line(c))}</b><br>"
                         f"{_html(tr(THRESHOLD_MEANINGS[c.threshold.id]))}<br>"
                         f"<span style='color:#666; font-size:8pt'>{source}</span></p>")
        self.compliance.setText("<p>" + lines[0] + "</p>" + "".join(lines[1:]))
        rows = documentation_rows(p)
        _fill(self.documentation, [["", ""], *[[a, b] for a, b in rows]])
        self.documentation.horizontalHeader().hide()

    def copy_documentation(self) -> None:
        p = self.workspace.active.plan
        if p is None:
            return
        text = "\n".join(f"{a}\t{b}" for a, b in documentation_rows(p))
        QGuiApplication.clipboard().setText(text)
        self.workspace.notice.emit(tr("The documentation figures are on the clipboard."))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _sci_html(x: float) -> str:
    from engine.fmt import sci

    return _html(sci(x, 2))
