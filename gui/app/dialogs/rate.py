"""Ask for an exchange rate the session does not know yet, before converting a scenario's amounts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from engine import Scenario, ScenarioError
from engine.fields import field
from engine.money import RATE_PATH, per_usd
from engine.scenario import check_field
from gui.text.fields import input_message, rate_text, unit
from gui.text.i18n import tr
from gui.text.numbers import ParseError, field_kind, read_input


class RateDialog(QDialog):
    """"Convert to EUR: € [    ] per $1" — OK only once the entry is a valid rate."""

    def __init__(self, currency: str, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rate-dialog")
        self.setWindowTitle(tr("Convert to %s") % currency)
        self.spec = field(RATE_PATH)
        self.kind = field_kind(self.spec, currency)
        self.rate: float | None = None
        old = scenario.money.currency
        intro = QLabel(tr("Every price and the budget will be converted from %s to %s. The scenario is in %s "
                          "at %s. How much is one US dollar in %s?")
                       % (old, currency, old, rate_text(old, per_usd(scenario)), currency))
        intro.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setObjectName(RATE_PATH)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setAccessibleName(tr("Exchange rate"))
        self.edit.textChanged.connect(self._typed)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Exchange rate")))
        row.addWidget(self.edit, 1)
        row.addWidget(QLabel(unit(self.spec, currency)))
        self.error = QLabel()
        self.error.setObjectName(RATE_PATH + ".error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Convert"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._typed("")

    def _typed(self, text: str) -> None:
        self.rate = None
        message = ""
        try:
            value = read_input(text, self.kind).value
            if value is not None:
                check_field(RATE_PATH, value)
                self.rate = float(value)
        except ParseError as exc:
            message = input_message(exc, RATE_PATH)
        except ScenarioError as exc:
            message = input_message(exc, RATE_PATH)
        self.error.setText(message if text.strip() else "")
        self.error.setVisible(bool(message and text.strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.rate is not None)


def ask_rate(parent: QWidget, currency: str, scenario: Scenario) -> float | None:
    """The user's rate for ``currency`` (units per US dollar), or None when they cancel."""
    dialog = RateDialog(currency, scenario, parent)
    try:
        return dialog.rate if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
