"""View → What would it take: the scenario's run (its model and tokens) on clusters of other sizes that can
run it — failures, batch, memory, power and days checked —, goodput against the accelerator count, and any
row opened as a new tab."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine import ScenarioError, fmt
from engine.alternatives import Alternative, alternatives
from engine.planner import goodput
from gui.plots.base import BLUE
from gui.text.fields import no_plan, plan_error_text
from gui.text.i18n import current_language, tr
from gui.text.numbers import energy, money, power, short

from ..screen import fit_to_screen
from ..workspace import Workspace
from .settle import Settle


class AlternativesDialog(QDialog):
    #: a row the user wants as a new tab: its scenario
    openRequested = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alternatives")
        self.setWindowTitle(tr("What would it take"))
        self.workspace = workspace
        self.rows: tuple[Alternative, ...] = ()
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("alternatives.table")
        self.table.setHorizontalHeaderLabels([tr("Accelerators"), tr("Days"), tr("Goodput"), tr("Total cost"),
                                              tr("Energy"), tr("Peak power")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        layout.addWidget(self.table, 3)
        self.curve = pg.PlotWidget()
        self.curve.setObjectName("alternatives.goodput")
        self.curve.setMinimumHeight(160)
        pi = self.curve.getPlotItem()
        pi.setLabel("bottom", tr("accelerators"))
        pi.setLabel("left", tr("goodput (%)"))
        pi.showGrid(x=True, y=True, alpha=0.2)
        pi.setMouseEnabled(x=False, y=False)
        pi.setTitle(tr("Goodput against the number of accelerators"), size="9pt", color="#222")
        self.line = pi.plot(pen=pg.mkPen(BLUE, width=2))
        self.here = pg.ScatterPlotItem(size=10, brush=pg.mkBrush(BLUE), pen=pg.mkPen("w", width=1.5))
        pi.addItem(self.here)
        layout.addWidget(self.curve, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(tr("Open as new tab"))
        self.open_button.setObjectName("alternatives.open")
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(760, 620), centre=False)
        self.recompute_count = 0
        self._settle = Settle(self, self.recompute)  # ~24 full plans: once the edits pause, not per frame
        workspace.activePlanChanged.connect(self._settle.poke)
        self.recompute()

    def flush(self) -> None:
        """Recompute now if an update is pending (tests)."""
        self._settle.flush()

    def recompute(self, *_args: object) -> None:
        self.recompute_count += 1
        s = self.workspace.active.scenario
        lang = current_language()
        try:
            p = self.workspace.active.plan
            if p is None:
                raise ScenarioError("scenario", "no plan")
            self.rows = alternatives(s)
        except ScenarioError as exc:
            self.rows = ()
            self.intro.setText(no_plan(plan_error_text(exc)))
            self.table.setRowCount(0)
            self.open_button.setEnabled(False)
            return
        modelled = s.schedule.reliability is not None
        self.intro.setText(
            tr("The same run — %s parameters on %s tokens — on other numbers of %s: each planned in full. Listed "
               "where it finishes within 9 months with no limit broken (batch, memory, site power), from the "
               "smallest cluster to the fastest.") % (short(p.n_params, lang=lang), short(p.n_tokens, lang=lang),
                                                      _accelerator_name(s))
            + " " + (tr("Goodput from failures as the scenario models them.") if modelled else
                     tr("Goodput from failures with Llama 3's interruption rate (the typed goodput holds for one "
                        "cluster size only).")))
        self.table.setRowCount(len(self.rows))
        for i, a in enumerate(self.rows):
            cells = [f"{a.count:,}", tr("%s days") % fmt.significant(a.days, 3), f"{a.goodput:.0%}",
                     money(a.total_cost, a.plan.currency, lang), energy(a.energy_mwh, lang),
                     power(a.peak_power_mw, lang)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if a.count == s.cluster.count:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(i, j, item)
        self.open_button.setEnabled(bool(self.rows))
        if self.rows:
            self.table.selectRow(0)
        base = self.rows[0].scenario if self.rows else s
        counts = np.unique(np.round(np.geomspace(1, max(s.cluster.count * 64, 1024), 200)))
        g = np.asarray(goodput(base, counts), dtype=float) * 100
        self.line.setData(np.log10(counts), g)
        top = int(np.ceil(np.log10(counts[-1])))
        self.curve.getPlotItem().getAxis("bottom").setTicks(
            [[(float(k), f"{10**k:,}" if k < 5 else f"10{str(k).translate(_SUPERSCRIPT)}") for k in range(top + 1)]])
        self.curve.getPlotItem().setYRange(0, 100, padding=0.05)
        self.here.setData(x=[np.log10(s.cluster.count)], y=[float(goodput(base, np.array([s.cluster.count]))[0]) * 100])

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.openRequested.emit(self.rows[row].scenario)


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _accelerator_name(s: object) -> str:
    from engine.catalogue import accelerators

    a = accelerators().get(s.cluster.accelerator)  # type: ignore[attr-defined]
    return a.name if a else tr("custom accelerator")
