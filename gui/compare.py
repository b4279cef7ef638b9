"""View → Compare scenarios: the open scenarios side by side, inputs then results, differences marked."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from .format import money, sci, short
from .i18n import current_language, tr

DIFFERS = QColor("#fff2cc")


def comparison_rows(plans) -> list[list[str]]:
    """A row per quantity (inputs, then results), a column per scenario; the first row names them."""
    lang = current_language()
    head = [""] + [p.scenario.name for p in plans]
    rows = [
        (tr("Accelerators"), lambda p: f"{p.scenario.cluster.count:,} × {p.scenario.cluster.accelerator}"),
        (tr("Days"), lambda p: f"{p.wall_clock_days:,.1f}"),
        (tr("Utilisation (MFU)"), lambda p: f"{p.scenario.cluster.mfu:.0%}"),
        (tr("Price per accelerator-hour"), lambda p: money(p.scenario.money.price_per_accelerator_hour,
                                                            p.currency, lang)),
        (tr("Scaling law"), lambda p: p.law_id if p.scenario.law.preset else p.scenario.law.resolve().name),
        (tr("Compute"), lambda p: f"{sci(p.compute_flop)} FLOP"),
        (tr("Model size"), lambda p: short(p.n_params)),
        (tr("Training tokens"), lambda p: short(p.n_tokens)),
        (tr("Predicted loss"), lambda p: f"{p.loss:.3f}"),
        (tr("Energy"), lambda p: f"{p.energy_mwh:,.0f} MWh"),
        (tr("Total cost"), lambda p: money(p.total_cost, p.currency, lang)),
        (tr("CO₂"), lambda p: f"{p.co2_t:,.0f} t"),
        (tr("Findings"), lambda p: ", ".join(f.code for f in p.findings) or "—"),
    ]
    return [head] + [[label] + [fn(p) for p in plans] for label, fn in rows]


class CompareDialog(QDialog):
    """Follows the open scenarios as they change; cells that differ from the first scenario are tinted,
    column headers carry each scenario's colour (the same as its tab and its markers on the plots)."""

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CompareDialog")
        self.setWindowTitle(tr("Compare scenarios"))
        self.window_ = window
        self.table = QTableWidget()
        self.table.setObjectName("compare.table")
        note = QLabel(tr("Tinted: differs from the first scenario. Use File → Duplicate scenario to explore a "
                         "change side by side."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self._watched = []
        self.refresh()

    def refresh(self, *_args) -> None:
        from .window import OVERLAY_COLOURS

        docs = self.window_.documents
        for doc in docs:
            if doc not in self._watched:
                doc.planChanged.connect(self.refresh)
                self._watched.append(doc)
        plans = [d.plan for d in docs if d.plan is not None]
        rows = comparison_rows(plans)
        self.table.setRowCount(len(rows) - 1)
        self.table.setColumnCount(len(plans))
        self.table.setHorizontalHeaderLabels(rows[0][1:])
        self.table.setVerticalHeaderLabels([r[0] for r in rows[1:]])
        for j in range(len(plans)):
            header = self.table.horizontalHeaderItem(j)
            header.setForeground(QBrush(OVERLAY_COLOURS[j % len(OVERLAY_COLOURS)]))
        for i, row in enumerate(rows[1:]):
            for j, value in enumerate(row[1:]):
                item = QTableWidgetItem(value)
                if j > 0 and value != row[1]:
                    item.setBackground(QBrush(DIFFERS))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
