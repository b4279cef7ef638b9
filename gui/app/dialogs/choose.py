"""Which open scenarios a document covers (File → Export slides; any export of several scenarios): a
checkbox per tab, the one on screen first — the scenario the others are compared with."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from engine.planner import Plan
from gui.text.fields import no_plan
from gui.text.i18n import tr

from ..document import ScenarioModel


@dataclass(frozen=True)
class Choice:
    """An open scenario: its name, its current plan, or why it has none."""

    name: str
    plan: Plan | None
    reason: str = ""


def open_choices(documents: Sequence[ScenarioModel], active: ScenarioModel) -> list[Choice]:
    """The open scenarios, the one on screen first, each planned now (a pending edit, a tab not planned
    yet): a scenario whose inputs have no plan is a choice without one, with the reason."""
    out = []
    for doc in [active, *(d for d in documents if d is not active)]:
        doc.flush()
        if doc.plan is None and not doc.plan_error:
            doc.request_recompute(immediate=True)
        current = doc.plan is not None and not doc.plan_error
        out.append(Choice(doc.scenario.name, doc.plan if current else None, "" if current else no_plan(doc.plan_error)))
    return out


class ChooseScenariosDialog(QDialog):
    """A checkbox per open scenario, all with a plan checked; one without a plan unchecked and disabled,
    the reason under it. The OK button (``action``) is enabled while at least one is checked."""

    def __init__(self, title: str, action: str, choices: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChooseScenariosDialog")
        self.setWindowTitle(title)
        self.choices = list(choices)
        intro = QLabel(tr("Which scenarios? The first is the one the others are compared with."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: list[QCheckBox] = []
        for i, choice in enumerate(self.choices):
            box = QCheckBox(choice.name)
            box.setObjectName(f"choose.{i}")
            box.setChecked(choice.plan is not None)
            box.setEnabled(choice.plan is not None)
            box.toggled.connect(self._toggled)
            layout.addWidget(box)
            self.boxes.append(box)
            if choice.plan is None:
                why = QLabel(choice.reason)
                why.setObjectName(f"choose.{i}.reason")
                why.setTextFormat(Qt.TextFormat.PlainText)  # a scenario's inputs, shown literally
                why.setWordWrap(True)
                why.setStyleSheet("color: #666; margin-left: 22px;")
                layout.addWidget(why)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._toggled()

    def _toggled(self, *_args: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(any(b.isChecked() for b in self.boxes))

    def chosen(self) -> list[Plan]:
        """The checked scenarios' plans, in the list's order."""
        return [c.plan for c, box in zip(self.choices, self.boxes, strict=True) if box.isChecked() and c.plan]


def choose_plans(parent: QWidget, title: str, action: str, documents: Sequence[ScenarioModel],
                 active: ScenarioModel, ask: bool = True) -> list[Plan] | None:
    """The plans a document of the open scenarios covers, the one on screen first: with several scenarios
    open and ``ask``, those the user checks (None when they cancel); otherwise every one with a plan.
    An empty list when none has a plan (the caller says why)."""
    choices = open_choices(documents, active)
    if not ask or len(choices) == 1 or not any(c.plan for c in choices):
        return [c.plan for c in choices if c.plan is not None]
    dialog = ChooseScenariosDialog(title, action, choices, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
