"""The findings panel: each finding's severity, its plain message in the reader's language and the fix."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from engine.findings import Finding
from gui.text.findings import localized
from gui.text.i18n import current_language, tr
from gui.text.severity import SEVERITY_COLOURS, SEVERITY_ICONS


class FindingsPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(4, 4, 4, 4)
        self.layout_.setSpacing(6)
        self.title = QLabel("<b>" + tr("Findings") + "</b>")
        self.layout_.addWidget(self.title)
        self.layout_.addStretch(1)
        self.setWidget(self.body)
        self.labels: list[QLabel] = []
        self._shown: tuple[object, ...] = ()  # what is on screen (codes, messages, fixes, plan error)
        self.lang = current_language()

    def update_findings(self, findings: Sequence[Finding], plan_error: str = "", last_plan: bool = True) -> None:
        """The plan's findings; ``plan_error`` first when the inputs have no plan (``last_plan``: the findings
        and numbers shown are the last valid plan's)."""
        key = tuple((f.code, f.message, f.fix) for f in findings) + ((plan_error,) if plan_error else ())
        if key == self._shown:
            return
        self._shown = key
        items = []
        if plan_error:
            items.append(("error", "input.unreachable",
                          plan_error + (" — " + tr("the plan shown is the last valid one.") if last_plan else ""), ""))
        items += [(f.severity, f.code, *localized(f, self.lang)) for f in findings]
        if not items:
            items.append(("info", "", tr("No findings: nothing exceeds a cap and the law is used within reason."), ""))
        names = ["finding." + (code or "none") for _, code, _, _ in items]
        if names != [lab.objectName() for lab in self.labels]:
            # a different set of findings: new labels. (The same set with new numbers — the usual case
            # while dragging — only changes their text: re-creating word-wrapped labels cost a dozen
            # layout passes and repaints per frame.)
            for lab in self.labels:
                self.layout_.removeWidget(lab)
                lab.hide()  # at once: deleteLater waits for the event loop
                lab.deleteLater()
            self.labels = []
            for (sev, _, _, _), name in zip(items, names, strict=False):
                lab = QLabel()
                lab.setObjectName(name)
                lab.setWordWrap(True)
                lab.setTextFormat(Qt.TextFormat.RichText)
                lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                lab.setStyleSheet(f"QLabel {{ border-left: 3px solid {SEVERITY_COLOURS[sev]}; padding-left: 6px; }}")
                self.layout_.insertWidget(self.layout_.count() - 1, lab)
                self.labels.append(lab)
        for lab, (sev, _code, message, fix) in zip(self.labels, items, strict=False):
            colour = SEVERITY_COLOURS[sev]
            html = (f"<span style='color:{colour}; font-weight:600'>{SEVERITY_ICONS[sev]} {tr(sev)}</span>"
                    f"<br>{escape(message)}")  # the finding's code names the label (automation), never the screen
            if fix:
                html += f"<br><span style='color:#1e7a3c'>→ {escape(fix)}</span>"
            if lab.text() != html:
                lab.setText(html)
