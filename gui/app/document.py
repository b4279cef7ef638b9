"""The one state object of the window: the current scenario, its plan, undo history, file state.

Views never talk to each other; they call :meth:`ScenarioModel.set_field` and listen to the signals.
Recomputation is throttled to the frame, not debounced: the first edit after a quiet period is planned at
once; edits arriving faster than one frame (16 ms) are coalesced and the latest scenario is planned at the
end of that frame, so a dragged slider moves every plot while it moves.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

import engine
from engine import Plan, Scenario, ScenarioError
from engine.curves import WindowCurves, window_curves
from engine.fields import number_fields
from engine.money import convert, per_usd
from engine.presets import presets
from engine.scenario import check_field, validate
from gui.text.fields import error_text, field_label, input_message, plan_error_text, rate_text
from gui.text.i18n import tr
from gui.text.names import follow, new_scenario

FRAME_MS = 16


class EditCommand(QUndoCommand):
    """One change of the scenario; consecutive edits of the same field with ``merge`` form one step."""

    _ID = 0x5CA1

    def __init__(self, model: ScenarioModel, before: Scenario, after: Scenario, path: str, merge: bool,
                 text: str) -> None:
        super().__init__(text)
        self.model, self.before, self.after, self.path, self.merge = model, before, after, path, merge

    def id(self) -> int:
        return self._ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, EditCommand) and other.merge and self.merge and other.path == self.path):
            return False
        self.after = other.after
        if self.after == self.before:  # a drag back to where it started is no step: Qt drops the command
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.model._apply(self.after)

    def undo(self) -> None:
        self.model._apply(self.before)


class ScenarioModel(QObject):
    #: the scenario changed (after any edit, undo, redo, open, new)
    scenarioChanged = Signal(object)
    #: a new plan and its curves are ready (at most once per frame)
    planChanged = Signal(object, object)
    #: a field's text could not be accepted: (path, message) — message "" when it is valid again
    fieldError = Signal(str, str)
    #: file path or dirty state changed
    fileStateChanged = Signal()
    #: an edit, undo or redo is complete (the undo index has moved): the time to check ``dirty``
    edited = Signal()

    def __init__(self, scenario: Scenario | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scenario = (scenario or new_scenario()).validated()
        self._plan: Plan | None = None
        self._curves: WindowCurves | None = None
        self._plan_error: str = ""
        self.errors: dict[str, str] = {}
        #: the exchange rate (units per US dollar) each currency this document has been in had last:
        #: converting back uses the rate converted at, so a round trip returns every amount
        self.rates: dict[str, float] = {self._scenario.money.currency: per_usd(self._scenario)}
        self.path: Path | None = None
        #: where the workspace autosaves this document's unsaved changes (set when it is added to one)
        self.recovery_file: Path | None = None
        #: where a recovered scenario was saved before the crash: where Save As starts, never written to
        #: without asking
        self.suggested_path: Path | None = None
        self.undo_stack = QUndoStack(self)
        # a bound method, not a lambda: Qt drops the connection when the model is destroyed (a lambda
        # outlived it and raised "Signal source has been deleted" at exit)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_stack.indexChanged.connect(self._index_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._recompute)
        self._last_compute = 0.0
        self._laws = presets()
        self.plan_count = 0
        self._recompute()

    def _index_changed(self, _index: int) -> None:
        self.edited.emit()

    def _clean_changed(self, _clean: bool) -> None:
        self.fileStateChanged.emit()

    # -- state -------------------------------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def plan(self) -> Plan | None:
        return self._plan

    @property
    def curves(self) -> WindowCurves | None:
        return self._curves

    @property
    def plan_error(self) -> str:
        """Why the current scenario has no plan (e.g. an unreachable target), or ""."""
        return self._plan_error

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    # -- edits -------------------------------------------------------------------------------------
    def set_field(self, path: str, value: Any, merge: bool = False) -> bool:
        """Change one field (dotted path). Invalid values are reported via fieldError and not applied.

        ``merge=True`` joins consecutive edits of the same field into one undo step (a slider drag).
        """
        try:
            if path in _NUMERIC_PATHS:
                check_field(path, value)
            candidate = self._scenario.with_changes(path, value)
            validate(candidate)
        except ScenarioError as exc:
            self.errors[path] = input_message(exc, path)
            self.fieldError.emit(path, self.errors[path])
            return False
        if self.errors.pop(path, None) is not None:
            self.fieldError.emit(path, "")
        if candidate == self._scenario:
            return True
        candidate = follow(self._scenario, candidate)
        self.undo_stack.push(EditCommand(self, self._scenario, candidate, path, merge,
                                         tr("Change %s") % field_label(path)))
        return True

    def replace_scenario(self, scenario: Scenario, text: str = "") -> None:
        """A whole-scenario change (e.g. choosing an accelerator fills several fields): one undo step."""
        validate(scenario)
        if scenario != self._scenario:
            scenario = follow(self._scenario, scenario)
            self.undo_stack.push(EditCommand(self, self._scenario, scenario, "*", False,
                                             text or self.tr("Change scenario")))

    def convert_currency(self, currency: str, rate_per_usd: float) -> str:
        """Convert every amount to ``currency`` at ``rate_per_usd`` (its units per US dollar; 1 for USD) as
        one undo step. Returns "" when done, else why not (an amount would leave its allowed range), in
        the interface language; the scenario is then unchanged."""
        before = self._scenario
        try:
            after = follow(before, convert(before, currency, rate_per_usd))
        except ScenarioError as exc:
            return error_text(exc)
        self.undo_stack.push(EditCommand(self, before, after, "money.currency", False,
                                         tr("Convert to %s at %s") % (currency, rate_text(
                                             before.money.currency if currency == "USD" else currency,
                                             per_usd(before) if currency == "USD" else after.money.per_usd))))
        return ""

    def end_merge(self) -> None:
        """Close the current drag: the next edit starts a new undo step."""
        top = self.undo_stack.command(self.undo_stack.count() - 1) if self.undo_stack.count() else None
        if isinstance(top, EditCommand):
            top.merge = False

    def load_document(self, scenario: Scenario, path: Path | None) -> None:
        """Replace the document (open / new / recover): history cleared, no undo across documents."""
        scenario.validated()
        self.undo_stack.clear()
        self.path = path
        self.errors.clear()
        self._apply(scenario, immediate=True)
        self.undo_stack.setClean()
        self.fileStateChanged.emit()

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.undo_stack.setClean()
        self.fileStateChanged.emit()

    # -- recompute (throttled to the frame) ---------------------------------------------------------
    def _apply(self, scenario: Scenario, immediate: bool = False) -> None:
        self._scenario = scenario
        self.rates[scenario.money.currency] = per_usd(scenario)
        for path in list(self.errors):
            self.errors.pop(path)
            self.fieldError.emit(path, "")
        self.scenarioChanged.emit(scenario)
        self.request_recompute(immediate)

    def request_recompute(self, immediate: bool = False) -> None:
        since_ms = (time.perf_counter() - self._last_compute) * 1e3
        if immediate or (since_ms >= FRAME_MS and not self._timer.isActive()):
            self._timer.stop()
            self._recompute()
        elif not self._timer.isActive():
            self._timer.start(max(1, int(FRAME_MS - since_ms)))

    def flush(self) -> None:
        """Plan now if a recompute is pending (tests, saving, screenshots)."""
        if self._timer.isActive():
            self._timer.stop()
            self._recompute()

    def _recompute(self) -> None:
        self._last_compute = time.perf_counter()
        try:
            plan = engine.plan(self._scenario)
        except ScenarioError as exc:
            self._plan_error = plan_error_text(exc)
            self.planChanged.emit(self._plan, self._curves)
            return
        self._plan_error = ""
        self._plan = plan
        self._curves = window_curves(plan, self._laws)
        self.plan_count += 1
        self.planChanged.emit(plan, self._curves)


_NUMERIC_PATHS = frozenset(spec.path for spec in number_fields())
