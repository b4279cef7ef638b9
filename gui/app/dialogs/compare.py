"""View → Compare scenarios: the open scenarios side by side, inputs then results, differences marked."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from gui.text.i18n import tr
from gui.text.tables import comparison_rows

from ..screen import fit_to_screen
from ..workspace import Workspace
from .settle import Settle

DIFFERS = QColor("#fff2cc")


class CompareDialog(QDialog):
    """Follows the open scenarios as they change; cells that differ from the first scenario are tinted,
    column headers carry each scenario's colour (the same as its tab and its markers on the plots)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompareDialog")
        self.setWindowTitle(tr("Compare scenarios"))
        self.workspace = workspace
        self.table = QTableWidget()
        self.table.setObjectName("compare.table")
        note = QLabel(tr("Tinted: differs from the first scenario. Use File → Duplicate scenario to explore a "
                         "change side by side."))
        note.setWordWrap(True)
        self.missing = QLabel()  # the scenarios left out: their last plan is not a plan of their inputs
        self.missing.setObjectName("compare.missing")
        self.missing.setTextFormat(Qt.TextFormat.PlainText)  # scenario names, shown literally
        self.missing.setWordWrap(True)
        self.missing.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        layout.addWidget(note)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(900, 520), centre=False)  # Qt centres a dialog on its window
        self.refresh_count = 0
        self._settle = Settle(self, self.refresh)  # the table follows the plans once they settle
        workspace.documentPlanChanged.connect(self._settle.poke)
        workspace.documentsChanged.connect(self._settle.poke)
        self.refresh()

    def flush(self) -> None:
        """Refresh now if an update is pending (tests)."""
        self._settle.flush()

    def refresh(self, *_args: object) -> None:
        planned = [(d, d.plan) for d in self.workspace.documents if d.plan is not None and not d.plan_error]
        missing = [d.scenario.name for d in self.workspace.documents if d.plan is None or d.plan_error]
        self.missing.setText(tr("Not compared, no plan: %s") % ", ".join(missing) if missing else "")
        self.missing.setVisible(bool(missing))
        docs = [d for d, _plan in planned]
        plans = [plan for _doc, plan in planned]
        rows = comparison_rows(plans)
        if rows == getattr(self, "_shown_rows", None):
            return  # a tab's name or saved state changed, not what the table shows
        self._shown_rows = rows
        self.refresh_count += 1
        self.table.setRowCount(len(rows) - 1)
        self.table.setColumnCount(len(plans))
        self.table.setHorizontalHeaderLabels(rows[0][1:])
        self.table.setVerticalHeaderLabels([r[0] for r in rows[1:]])
        for j, doc in enumerate(docs):
            header = self.table.horizontalHeaderItem(j)  # made by setHorizontalHeaderLabels above
            if header is not None:
                header.setForeground(QBrush(self.workspace.colour(doc)))
        for i, row in enumerate(rows[1:]):
            for j, value in enumerate(row[1:]):
                item = QTableWidgetItem(value)
                if j > 0 and value != row[1]:
                    item.setBackground(QBrush(DIFFERS))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
