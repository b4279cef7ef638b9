"""The budget editor: every scenario field with its unit, range validation beside it, sliders for the knobs
people explore (count, days, MFU, price). Edits go through the ScenarioModel; the editor only listens.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from engine import LawChoice, Plan, Scenario, ScenarioError
from engine.catalogue import accelerators
from engine.costing import purchase_price
from engine.energy import convention, server_convention
from engine.fields import CURRENCIES, FieldSpec, Slider, field, is_used, number_fields
from engine.money import from_usd, per_usd
from engine.presets import presets
from engine.scenario import Programme, Reliability, Serving, check_field, serving_accelerator_ids
from gui.text.fields import allowed_text, input_message, label, unit
from gui.text.i18n import QT_TR_NOOP, current_language, tr
from gui.text.laws import law_name, law_notes, source_label
from gui.text.numbers import ParseError, field_kind, field_text, read_input

from .dialogs.rate import ask_rate
from .document import ScenarioModel
from .workspace import Workspace

SLIDER_STEPS = 1000
#: significant digits a field shows of a value nobody typed (a converted amount): what people can read; the
#: value itself keeps its precision until the user types over it
SHOWN_DIGITS = 6
#: fields that some objectives compute instead of taking: the plan's key that holds their value
PLAN_OUTPUTS = {"schedule.days": "wall_clock_days", "model.n_params": "n_params", "model.n_tokens": "n_tokens",
                "model.target_loss": "loss", "schedule.goodput": "goodput",
                "money.price_per_accelerator_hour": "accelerator_hour_price",
                "model.inference_tokens": "inference_tokens"}
#: Why a greyed field shows the plan's value, where the reason is not the objective.
OUTPUT_TIPS = {
    "money.price_per_accelerator_hour": QT_TR_NOOP("A bought cluster: the purchase written off per working hour "
                                                   "(the fields below) is shown."),
    "model.inference_tokens": QT_TR_NOOP("From the serving plan: queries a day × tokens per answer × its months."),
    "schedule.goodput": QT_TR_NOOP("Modelled from failures and checkpoints: the plan's goodput is shown."),
}
_UNSET: Any = object()


def slider_pos(slider: Slider, value: float) -> int:
    """The slider position (0 … SLIDER_STEPS) of a value, on the schema's linear or log scale."""
    v = min(max(value, slider.lo), slider.hi)
    if slider.log:
        t = (math.log(v) - math.log(slider.lo)) / (math.log(slider.hi) - math.log(slider.lo))
    else:
        t = (v - slider.lo) / (slider.hi - slider.lo)
    return round(t * SLIDER_STEPS)


def slider_value(slider: Slider, pos: int) -> float:
    t = pos / SLIDER_STEPS
    if slider.log:
        return math.exp(math.log(slider.lo) + t * (math.log(slider.hi) - math.log(slider.lo)))
    return slider.lo + t * (slider.hi - slider.lo)


class NumberField(QWidget):
    """A labelled number: text field, unit, optional slider, error line and note line.

    The field reads what people type (2,048; ４５％; 2.5億円; 1.5T — gui.text.numbers.read_input) and shows
    the value back in their form (1,024; 3億 / 300 M; 40 %). Keystrokes are not edits: a typed value is
    applied when the user confirms it (Return, Tab, leaving the field — ``editingFinished``), and only if it
    is valid; while typing, the field only says whether the text would be accepted. The slider edits as it
    moves (one undo step per drag)."""

    def __init__(self, spec: FieldSpec, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.workspace = spec, workspace
        self.kind = field_kind(spec, workspace.active.scenario.money.currency)
        self.edit = QLineEdit()
        self.edit.setObjectName(spec.path)
        self.edit.setPlaceholderText(tr(spec.placeholder) if spec.placeholder else "")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMinimumWidth(84)
        self.unit = QLabel()
        self.unit.setTextFormat(Qt.TextFormat.PlainText)
        self.unit.setMinimumWidth(56)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what the user typed
        self.error.setObjectName(spec.path + ".error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b; font-size: 8pt;")
        self.error.hide()
        # how an entry was read when it may not be what the user meant ("read as 0.45 % — did you mean
        # 45 %?"): information, not an error — the value is applied
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setObjectName(spec.path + ".note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #7a5200; font-size: 8pt;")
        self.note.hide()
        tip = (tr(spec.tip) + "\n" if spec.tip else "") + tr("Allowed: ") + self.allowed_text()
        self.edit.setToolTip(tip)
        #: the field's own tip (a greyed output field shows another one while its objective does not use it)
        self.input_tip = tip
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.unit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        self.slider: QSlider | None = None
        if spec.slider is not None:
            self.slider = QSlider(Qt.Orientation.Horizontal)
            self.slider.setObjectName(spec.path + ".slider")
            self.slider.setRange(0, SLIDER_STEPS)
            self.slider.setToolTip(tip)
            self.slider.valueChanged.connect(self._slid)
            self.slider.sliderPressed.connect(self._pressed)
            self.slider.sliderReleased.connect(lambda: self.model.end_merge())
            layout.addWidget(self.slider)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self._syncing = False
        self._drag_start: tuple[int, Any] = (-1, None)
        # the model value the text shows, and the value the note is about
        self._shown: Any = _UNSET
        self._note_for: Any = _UNSET
        self._shown_text = ""
        self._shown_key: tuple[Any, ...] = ()
        # the field shows a refused entry (and why) instead of the document's value
        self.pending = False

    @property
    def model(self) -> ScenarioModel:
        """The document on screen: what this field reads and edits."""
        return self.workspace.active

    # user -> model
    def _typed(self, text: str) -> None:
        """A keystroke: never an edit. Only says whether the text so far would be accepted: a number out of
        range or not whole, or words with no number at all ("abc"); text on its way to a number ("1e",
        "¥", ".", "3億5") is judged when the user confirms it."""
        self.show_note("")
        try:
            value = read_input(text, self.kind).value
            if value is not None:
                check_field(self.spec.path, value)
        except ParseError as exc:
            words = not any(c.isdigit() or c in "千百十万億兆京" for c in text) and any(c.isalpha() for c in text)
            self.show_error(input_message(exc, self.spec.path) if words else "")
        except ScenarioError as exc:
            self.show_error(input_message(exc, self.spec.path))
        else:
            self.show_error("")

    def _finished(self) -> None:
        """Return, Tab or leaving the field: apply what was typed if it is valid, else say why and keep the
        last valid value in the plan, the undo history and the file — and the entry and its message on
        screen until the user changes it or the value changes (a slider, undo, another tab)."""
        self.model.end_merge()
        if not self.edit.isModified() and self.edit.text() == self._shown_text:
            return  # the value as shown, nothing typed since (Qt signals again when the focus leaves)
        try:
            reading = read_input(self.edit.text(), self.kind)
        except ParseError as exc:
            self.pending = True
            self.show_note("")
            self.show_error(input_message(exc, self.spec.path))
            return
        if self.model.set_field(self.spec.path, reading.value):
            self.pending = False
            self.show_error("")
            self.set_value(self.spec.get(self.model.scenario), force=True)  # echoed in people's form
        else:  # the model said why (fieldError)
            self.pending = True
        self.show_note(reading.note, reading.value)

    @property
    def scale(self) -> Slider | None:
        """The slider's span in the field's units: a money field's (quoted in USD) at the scenario's rate."""
        scale = self.spec.slider
        if scale is None or self.kind.currency is None:
            return scale
        rate = per_usd(self.model.scenario)
        return Slider(scale.lo * rate, scale.hi * rate, scale.log)

    def _pressed(self) -> None:
        """A drag starts: back at this position it means exactly this value (1,024, not the 1,023 the
        position's own value rounds to), so a drag that ends where it began changes nothing."""
        if self.slider is not None:
            self._drag_start = (self.slider.value(), self.spec.get(self.model.scenario))

    def _slid(self, pos: int) -> None:
        scale = self.scale
        if self._syncing or scale is None:
            return
        start_pos, start_value = self._drag_start
        if pos == start_pos and start_value is not None:
            self.model.set_field(self.spec.path, start_value, merge=True)
            return
        value = slider_value(scale, pos)
        if self.spec.style == "int":
            value = max(1, round(value))
        elif self.spec.style == "percent":
            value = round(value, 3)
        else:
            value = float(f"{value:.3g}")
        self.model.set_field(self.spec.path, value, merge=True)

    # model -> view
    def set_value(self, value: Any, force: bool = False) -> None:
        """Show the model's value. What the user is typing here (focus and unconfirmed text) and a refused
        entry with its message are left alone unless the value itself changed under them (a slider, undo,
        another tab)."""
        key = (value, self.kind, current_language())
        if (not force and key == self._shown_key and not self.pending and not self.edit.isModified()
                and self.edit.text() == self._shown_text):
            return  # shown as it is (sync runs on every frame of a drag, for every field)
        self._shown_key = key
        typing = self.edit.hasFocus() and self.edit.isModified()
        if force or value != self._shown or not (typing or self.pending):
            text = self._shown_text = field_text(value, self.spec.style, si=self.kind.si, digits=SHOWN_DIGITS)
            if self.edit.text() != text:
                self.edit.setText(text)
            self.edit.setModified(False)
            if not force and self.pending:
                self.pending = False
                self.show_error(self.model.errors.get(self.spec.path, ""))
        if value != self._note_for:
            self.show_note("")
        self._shown = value
        scale = self.scale
        if self.slider is not None and scale is not None and value is not None:
            self._syncing = True
            with QSignalBlocker(self.slider):
                self.slider.setValue(slider_pos(scale, float(value)))
            self._syncing = False

    def allowed_text(self) -> str:
        """The allowed range in the units the field is shown in (percent fields in %), in the interface
        language."""
        return allowed_text(self.spec)

    def show_error(self, message: str) -> None:
        """Show a refused input's message under the field ("" hides it); the message is already in the
        interface language and the field's units (gui.text.fields)."""
        if message:
            self.error.setText(message)
            self.error.show()
            self.edit.setStyleSheet("QLineEdit { border: 1px solid #c0392b; background: #fdecea; }")
        else:
            self.error.hide()
            self.edit.setStyleSheet("")

    def show_note(self, message: str, value: Any = _UNSET) -> None:
        """Show how an entry was read ("" hides it), for as long as the field holds ``value``."""
        self.note.setText(message)
        self.note.setVisible(bool(message))
        self._note_for = value if message else _UNSET

    def show_output(self, value: Any) -> None:
        """A greyed field (its objective does not use it) shows what the plan makes of it — the run's days
        in a fixed run, the model size of a compute-optimal plan — never a stale input."""
        text = field_text(float(f"{value:.4g}"), self.spec.style, si=self.kind.si)  # an output: 4 digits
        if self.edit.text() != text:
            self.edit.setText(text)
        self.edit.setModified(False)

    def set_currency(self, currency: str) -> None:
        self.kind = field_kind(self.spec, currency)
        text = "" if self.spec.style == "percent" else unit(self.spec, currency)  # "40 %" says it already
        if self.unit.text() != text:
            self.unit.setText(text)


class NotesEdit(QPlainTextEdit):
    """The scenario's notes: typing is not an edit; leaving the box is (one undo step)."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class WheelGuard(QObject):
    """The wheel over a combo box or slider that does not have the focus scrolls the panel around it: the
    user is scrolling the editor, not choosing. Once clicked or tabbed into (Qt.StrongFocus: the wheel
    never gives the focus), the wheel is the control's, as usual."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        parent = watched.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            QApplication.sendEvent(parent.viewport(), event)
        else:
            event.ignore()  # nothing to scroll: on to the parents
        return True


class BudgetEditor(QWidget):
    #: the user asked to fit a law to their own runs (the window opens the fit dialog)
    fitRequested = Signal()
    GROUP_TITLES = {"cluster": QT_TR_NOOP("Cluster"), "parallel": QT_TR_NOOP("Parallelism and memory"),
                    "schedule": QT_TR_NOOP("Schedule"),
                    "energy": QT_TR_NOOP("Energy"), "money": QT_TR_NOOP("Money"), "law": QT_TR_NOOP("Scaling law"),
                    "data": QT_TR_NOOP("Data"), "model": QT_TR_NOOP("Model objective"),
                    "programme": QT_TR_NOOP("Programme"), "serving": QT_TR_NOOP("Serving")}

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        model = workspace.active
        self.fields: dict[str, NumberField] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(8)

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(tr("Scenario name"))
        self.name.setAccessibleName(tr("Scenario name"))
        self.name.textEdited.connect(lambda t: self.model.set_field("name", t, merge=True) if t.strip() else None)
        self.name.editingFinished.connect(lambda: self.model.end_merge())
        outer.addWidget(self.name)

        groups: dict[str, QFormLayout] = {}
        for key in ("cluster", "parallel", "schedule", "energy", "money", "law", "data", "model", "programme",
                    "serving"):
            box = QGroupBox(tr(self.GROUP_TITLES[key]))
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setContentsMargins(6, 4, 6, 4)
            form.setVerticalSpacing(4)
            groups[key] = form
            outer.addWidget(box)

        # combos
        self.accelerator = _combo("cluster.accelerator")
        for a in accelerators().values():
            self.accelerator.addItem(a.name, a.id)
            self.accelerator.setItemData(self.accelerator.count() - 1, a.source, Qt.ItemDataRole.ToolTipRole)
        self.accelerator.addItem(tr("Custom accelerator"), "custom")
        self.accelerator.activated.connect(self._accelerator_chosen)
        self.accelerator.setAccessibleName(tr("Accelerator"))
        groups["cluster"].addRow(tr("Accelerator"), self.accelerator)

        self.precision = self._choice_combo("cluster.precision")
        self.precision.activated.connect(self._precision_chosen)
        groups["cluster"].addRow(tr(field("cluster.precision").label), self.precision)
        self.recompute = self._choice_combo("parallel.recompute")
        self.recompute.activated.connect(
            lambda i: self.model.set_field("parallel.recompute", self.recompute.itemData(i)))

        self.goodput_source = _options_combo(
            "schedule.reliability", ((tr("The value typed"), "typed"), (tr("Failures and checkpoints"), "modelled")),
            tr("Typed: the goodput above, whatever the cluster's size. Failures and checkpoints: modelled for this "
               "many accelerators (Young's checkpoint interval), from Llama 3's interruption rate unless you enter "
               "your own; goodput then falls as the cluster grows."), tr("Goodput from"))
        self.goodput_source.activated.connect(self._goodput_source_chosen)

        self.cost_basis = self._choice_combo("money.cost_basis")
        basis = field("money.cost_basis")
        self.cost_basis.activated.connect(self._cost_basis_chosen)

        # issue 16: the whole programme and its serving, each planned or not (one undo step each)
        self.programme_switch = _options_combo(
            "programme", ((tr("The final run alone"), "off"), (tr("The whole programme"), "on")),
            tr("The whole programme: development and ablations before the final run, supervised and preference "
               "tuning and reinforcement learning after it, each as a share of the run's compute, with published "
               "defaults (hover over each field for its sources)."), tr("Plan"))
        self.programme_switch.activated.connect(lambda i: self._section_switched("programme", i))
        self.serving_switch = _options_combo(
            "serving", ((tr("Not planned"), "off"), (tr("Planned"), "on")),
            tr("Serving the trained model: the accelerators its load needs at the peak, their energy and cost over "
               "the period. Its tokens also size the model when the objective is a target loss."), tr("Serving"))
        self.serving_switch.activated.connect(lambda i: self._section_switched("serving", i))
        self.serving_accelerator = _combo("serving.accelerator")
        for acc_id in serving_accelerator_ids():
            a = accelerators()[acc_id]
            self.serving_accelerator.addItem(a.name, acc_id)
        self.serving_accelerator.setToolTip(tr(
            "What the model is served on: its memory holds the weights, its bandwidth bounds each step."))
        self.serving_accelerator.setAccessibleName(tr(field("serving.accelerator").label))
        self.serving_accelerator.activated.connect(
            lambda i: self._choice_set(self.serving_accelerator, "serving.accelerator", i))
        self.serving_precision = self._choice_combo("serving.precision")
        self.serving_precision.activated.connect(
            lambda i: self._choice_set(self.serving_precision, "serving.precision", i))

        # the power convention: a named pair of (host overhead, average draw), not a field of its own
        self.power_convention = _combo("energy.convention")
        self.power_convention.addItem(tr("Chip TDP (as published footprints)"), "tdp")
        self.power_convention.addItem(tr("Server power, average draw (Epoch AI)"), "server")
        self.power_convention.addItem(tr("Custom"), "custom")
        self.power_convention.setToolTip(tr(
            "Chip TDP: accelerators × rated power × PUE, the convention of the published training footprints. "
            "Server power: the whole server's rating per accelerator × the share drawn on average while "
            "training (Epoch AI: H100 server 1.82 × chip TDP, 75 % average draw)."))
        self.power_convention.setAccessibleName(tr("Power convention"))
        self.power_convention.activated.connect(self._convention_chosen)
        groups["energy"].addRow(tr("Power convention"), self.power_convention)

        self.currency = _combo("money.currency")
        self.currency.addItems(CURRENCIES)
        self.currency.setToolTip(tr(field("money.currency").tip))
        self.currency.activated.connect(self._currency_chosen)
        self.currency.setAccessibleName(tr("Currency"))
        groups["money"].addRow(tr("Currency"), self.currency)
        groups["money"].addRow(tr(basis.label), self.cost_basis)

        self.law = _combo("law.preset")
        for law_id, law in presets().items():
            self.law.addItem(law_name(law), law_id)  # the name in the interface language, never the id
            self.law.setItemData(self.law.count() - 1, law_notes(law) + "\n\n" + source_label(law.source),
                                 Qt.ItemDataRole.ToolTipRole)
        self.law.activated.connect(self._law_chosen)
        self.law_source = QLabel()
        self.law_source.setTextFormat(Qt.TextFormat.PlainText)  # a custom law's source is data from a file
        self.law_source.setObjectName("law.source")
        self.law_source.setWordWrap(True)
        self.law_source.setStyleSheet("color: #555; font-size: 8pt;")
        self.law.setAccessibleName(tr("Scaling law"))
        groups["law"].addRow(self.law)
        groups["law"].addRow(self.law_source)
        self.fit_button = QPushButton(tr("Fit a law to your runs…"))
        self.fit_button.setObjectName("law.fit")
        self.fit_button.setToolTip(tr("Import a CSV of your training runs, fit L(N, D) with its uncertainty, "
                                      "and plan with it"))
        self.fit_button.clicked.connect(self.fitRequested)
        groups["law"].addRow(self.fit_button)

        self.objective = _combo("model.objective")
        objective = field("model.objective")
        for obj, text in zip(objective.choices, objective.choice_labels, strict=True):
            self.objective.addItem(tr(text), obj)
        self.objective.activated.connect(self._objective_chosen)
        self.objective.setAccessibleName(tr("Model objective"))
        groups["model"].addRow(self.objective)

        # the wheel over a control without the focus scrolls the editor instead of changing the scenario
        self.wheel_guard = WheelGuard(self)
        for combo in (self.accelerator, self.currency, self.cost_basis, self.power_convention, self.law,
                      self.objective, self.precision, self.recompute, self.goodput_source, self.programme_switch,
                      self.serving_switch, self.serving_accelerator, self.serving_precision):
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.installEventFilter(self.wheel_guard)

        groups["programme"].addRow(tr("Plan"), self.programme_switch)
        groups["serving"].addRow(tr("Serving"), self.serving_switch)
        for spec in number_fields():  # in the schema's order, each in its section's group
            f = NumberField(spec, workspace)
            if f.slider is not None:
                f.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                f.slider.installEventFilter(self.wheel_guard)
            self.fields[spec.path] = f
            caption = QLabel(label(spec))
            caption.setBuddy(f.edit)
            f.edit.setAccessibleName(label(spec))
            caption.setToolTip(f.edit.toolTip())
            groups[spec.section].addRow(caption, f)
            if spec.path == "parallel.zero_stage":  # the recomputation after the stage, in the schema's order
                groups["parallel"].addRow(tr(field("parallel.recompute").label), self.recompute)
            if spec.path == "schedule.goodput":  # typed, or modelled from failures (issue 15)
                groups["schedule"].addRow(tr("Goodput from"), self.goodput_source)
            if spec.path == "serving.months":  # what it is served on, after the load (issue 16)
                groups["serving"].addRow(tr(field("serving.accelerator").label), self.serving_accelerator)
                groups["serving"].addRow(tr(field("serving.precision").label), self.serving_precision)
        # notes: free text that goes with the scenario (reports print them); applied when the user leaves
        box = QGroupBox(tr("Notes"))
        self.notes = NotesEdit()
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setPlaceholderText(tr("Assumptions, sources, what this scenario is for…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)
        self.notes.left.connect(self._notes_left)
        QVBoxLayout(box).addWidget(self.notes)
        outer.addWidget(box)
        outer.addStretch(1)

        workspace.activeScenarioChanged.connect(self.sync)
        workspace.activePlanChanged.connect(self._plan_changed)
        workspace.activeFieldError.connect(self._field_error)
        workspace.activeChanged.connect(self._active_changed)
        self.sync(model.scenario)

    @property
    def model(self) -> ScenarioModel:
        """The document on screen (the workspace's active one)."""
        return self.workspace.active

    # -- the automation surface (gui.automation) --------------------------------------------------------
    def widget_for(self, path: str) -> QWidget | None:
        """The widget a person types into or picks from for this scenario path."""
        if path in self.fields:
            return self.fields[path].edit
        combos = {"cluster.accelerator": self.accelerator, "money.currency": self.currency,
                  "money.cost_basis": self.cost_basis, "energy.convention": self.power_convention,
                  "law": self.law, "law.preset": self.law, "model.objective": self.objective, "name": self.name,
                  "notes": self.notes, "cluster.precision": self.precision, "parallel.recompute": self.recompute,
                  "schedule.reliability": self.goodput_source, "programme": self.programme_switch,
                  "serving": self.serving_switch, "serving.accelerator": self.serving_accelerator,
                  "serving.precision": self.serving_precision}
        return combos.get(path)

    def error_text(self, path: str) -> str:
        f = self.fields.get(path)
        return f.error.text() if f is not None and not f.error.isHidden() else ""

    def note_text(self, path: str) -> str:
        """How the field's entry was read when it may not be what the user meant (a note, not an error),
        "" when there is none."""
        f = self.fields.get(path)
        return f.note.text() if f is not None and not f.note.isHidden() else ""

    def _active_changed(self, model: ScenarioModel) -> None:
        """Another document on screen (a tab switch): the entries refused in the other one go, this one's
        own refused inputs, if any, are shown."""
        for path, f in self.fields.items():
            f.pending = False
            f.show_error(model.errors.get(path, ""))

    # -- model -> view ----------------------------------------------------------------------------
    def _notes_left(self) -> None:
        text = self.notes.toPlainText()
        if text != self.model.scenario.notes and not self.model.set_field("notes", text):
            self.notes.setPlainText(self.model.scenario.notes)

    def sync(self, s: Scenario) -> None:
        if not self.name.hasFocus() and self.name.text() != s.name:
            self.name.setText(s.name)
        if not self.notes.hasFocus() and self.notes.toPlainText() != s.notes:
            self.notes.setPlainText(s.notes)
        for f in self.fields.values():
            f.set_currency(s.money.currency)  # first: a money slider's span follows the currency
            f.set_value(f.spec.get(s))
        _select(self.accelerator, s.cluster.accelerator)
        _select(self.currency, s.money.currency, by_text=True)
        _select(self.cost_basis, s.money.cost_basis)
        _select(self.precision, s.cluster.precision)
        _select(self.recompute, s.parallel.recompute)
        _select(self.goodput_source, "typed" if s.schedule.reliability is None else "modelled")
        _select(self.programme_switch, "off" if s.programme is None else "on")
        _select(self.serving_switch, "off" if s.serving is None else "on")
        for combo, path in ((self.serving_accelerator, "serving.accelerator"),
                            (self.serving_precision, "serving.precision")):
            value = field(path).get(s)
            if value is not None:
                _select(combo, value)
            combo.setEnabled(s.serving is not None)
        _select(self.power_convention, convention(s))
        if s.law.preset is not None:
            _select(self.law, s.law.preset)
            law = presets()[s.law.preset]
        else:
            law = s.law.resolve()
            idx = self.law.findData("custom")
            text = tr("custom: ") + law.name
            if idx < 0:
                self.law.addItem(text, "custom")
                idx = self.law.count() - 1
            self.law.setItemText(idx, text)
            self.law.setCurrentIndex(idx)
        self.law_source.setText(source_label(law.source))  # a citation, in its original language
        self.law_source.setToolTip(law_notes(law))
        _select(self.objective, s.model.objective)
        for path, f in self.fields.items():  # what the objective does not use (days of a fixed run) is greyed
            used = is_used(s, path)
            f.setEnabled(used)
            wanted = (f.input_tip if used or path not in PLAN_OUTPUTS else tr(OUTPUT_TIPS[path]) if (
                path in OUTPUT_TIPS and (path != "schedule.goodput" or s.schedule.reliability is not None)) else
                tr("Not an input of this objective: the plan's value is shown."))
            if f.edit.toolTip() != wanted:  # sync runs every frame of a drag: touch the tip only on a change
                f.edit.setToolTip(wanted)
        self._plan_changed(self.model.plan)

    def _plan_changed(self, plan: Plan | None, _curves: object = None) -> None:
        """Greyed fields that are an output of the plan show its value."""
        if plan is None or plan.scenario.model.objective != self.model.scenario.model.objective:
            return
        for path, key in PLAN_OUTPUTS.items():
            f = self.fields[path]
            if not f.isEnabled():
                f.show_output(getattr(plan, key))

    def _field_error(self, path: str, message: str) -> None:
        f = self.fields.get(path)
        if f is not None and (message or not f.pending):  # a refused entry on screen keeps saying why
            f.show_error(message)

    # -- combos -----------------------------------------------------------------------------------
    def _accelerator_chosen(self, index: int) -> None:
        """Fill what the catalogue knows of the chosen accelerator (peak, power, its typical price converted
        from USD at the scenario's rate); what it does not know keeps its value and says so at the field."""
        acc_id = self.accelerator.itemData(index)
        s = self.model.scenario
        cluster = replace(s.cluster, accelerator=acc_id)
        money = s.money
        notes: dict[str, str] = {}
        if acc_id != "custom":
            a = accelerators()[acc_id]
            peak = a.peak_in(s.cluster.precision)
            if peak is None:  # no FP8 on this accelerator: back to BF16, and say so
                cluster = replace(cluster, precision="bf16")
                peak = a.peak_flop_per_s
                notes["cluster.peak_flop_per_s"] = tr("The %s has no FP8: the run trains in BF16 at its BF16 "
                                                      "peak.") % a.name
            cluster = replace(cluster, peak_flop_per_s=peak, memory_gb=None,
                              power_w=a.power_w if a.power_w else s.cluster.power_w)
            if not a.power_w:
                notes["cluster.power_w"] = tr("The catalogue has no power figure for %s: %s kept from before; "
                                              "enter the chip's own.") % (a.name, f"{s.cluster.power_w:,g} W")
            typical = a.price_usd_per_hour_typical
            if typical is not None:
                money = replace(money, price_per_accelerator_hour=round(from_usd(s, typical), 2))
                if not a.price_verified:
                    notes["money.price_per_accelerator_hour"] = (
                        tr("Catalogue price for %s is unverified ($%s/h): check a current quote.")
                        % (a.name, f"{typical:g}"))
            else:
                notes["money.price_per_accelerator_hour"] = tr(
                    "The catalogue has no price for %s: the previous price is kept; enter a quote.") % a.name
            if (money.cost_basis == "purchased" and money.purchase_price_per_accelerator is None
                    and a.purchase_usd_typical is None):  # bought, and the catalogue has no price for it
                kept = purchase_price(s)
                money = replace(money, purchase_price_per_accelerator=kept)
                notes["money.purchase_price_per_accelerator"] = tr(
                    "The catalogue has no purchase price for %s: the previous one is kept; enter the price you "
                    "pay.") % a.name
        else:
            cluster = replace(cluster, memory_gb=s.cluster.memory_gb or 80.0)
            if money.cost_basis == "purchased" and money.purchase_price_per_accelerator is None:
                money = replace(money, purchase_price_per_accelerator=purchase_price(s))
                notes["money.purchase_price_per_accelerator"] = tr(
                    "Custom accelerator: the previous purchase price is kept; enter the price you pay.")
        self.model.replace_scenario(replace(s, cluster=cluster, money=money), tr("Choose accelerator"))
        for path, text in notes.items():
            f = self.fields[path]
            f.show_note(text, f.spec.get(self.model.scenario))

    def _choice_combo(self, path: str) -> QComboBox:
        """A combo for a choice field of the schema, its values labelled in the interface language."""
        spec = field(path)
        combo = _combo(path)
        for value, text in zip(spec.choices, spec.choice_labels, strict=True):
            combo.addItem(tr(text), value)
        combo.setToolTip(tr(spec.tip))
        combo.setAccessibleName(tr(spec.label))
        return combo

    def _goodput_source_chosen(self, index: int) -> None:
        """Goodput as typed, or modelled from failures with the defaults (one undo step; the typed value is
        kept for going back)."""
        s = self.model.scenario
        modelled = self.goodput_source.itemData(index) == "modelled"
        if modelled == (s.schedule.reliability is not None):
            return
        schedule = replace(s.schedule, reliability=Reliability() if modelled else None)
        self.model.replace_scenario(replace(s, schedule=schedule), tr("Goodput from"))

    def _cost_basis_chosen(self, index: int) -> None:
        """Rented, owned or bought. Bought needs a purchase price: the catalogue's, else the user's; without
        either the basis stays and the status bar says what to enter."""
        self._choice_set(self.cost_basis, "money.cost_basis", index)

    def _choice_set(self, combo: QComboBox, path: str, index: int) -> None:
        """A choice picked from a combo box: applied, or — when the scenario cannot take it (bought with no
        purchase price, served on an accelerator without a price) — the combo goes back to the scenario's
        value and the status bar says what to enter."""
        if not self.model.set_field(path, combo.itemData(index)):
            _select(combo, field(path).get(self.model.scenario))
            message = self.model.errors.pop(path, "")
            self.model.fieldError.emit(path, "")
            self.workspace.notice.emit(message)

    def _section_switched(self, section: str, index: int) -> None:
        """Plan the programme (or serving) with its defaults, or stop planning it (one undo step; undo brings
        the values back)."""
        combo = self.programme_switch if section == "programme" else self.serving_switch
        on = combo.itemData(index) == "on"
        s = self.model.scenario
        if on == (getattr(s, section) is not None):
            return
        if section == "programme":
            changed = replace(s, programme=Programme() if on else None)
        else:
            served = Serving() if on else None
            if served is not None and s.cluster.accelerator in serving_accelerator_ids():
                served = replace(served, accelerator=s.cluster.accelerator)  # served on what it trained on
            changed = replace(s, serving=served)
        self.model.replace_scenario(changed, tr("Plan the programme") if section == "programme"
                                    else tr("Plan serving"))

    def _precision_chosen(self, index: int) -> None:
        """Train in another precision: a catalogued accelerator's peak becomes its dense peak in it (one undo
        step); one without FP8 keeps BF16 and says why; a custom accelerator keeps the peak entered."""
        precision = self.precision.itemData(index)
        s = self.model.scenario
        a = accelerators().get(s.cluster.accelerator)
        cluster = replace(s.cluster, precision=precision)
        note = ""
        if a is not None:
            peak = a.peak_in(precision)
            if peak is None:
                _select(self.precision, s.cluster.precision)
                self.fields["cluster.peak_flop_per_s"].show_note(
                    tr("The %s has no FP8 matrix units: it trains in BF16.") % a.name, s.cluster.peak_flop_per_s)
                return
            cluster = replace(cluster, peak_flop_per_s=peak)
        else:
            note = tr("Custom accelerator: enter its dense peak in %s.") % precision.upper()
        self.model.replace_scenario(replace(s, cluster=cluster), tr("Training precision"))
        if note:
            self.fields["cluster.peak_flop_per_s"].show_note(note, self.model.scenario.cluster.peak_flop_per_s)

    def _convention_chosen(self, index: int) -> None:
        """Fill host overhead and average draw for the named convention (one undo step); "Custom" keeps them
        for the user to set."""
        kind = self.power_convention.itemData(index)
        s = self.model.scenario
        if kind == "tdp":
            energy = replace(s.energy, server_overhead=1.0, average_draw=1.0)
        elif kind == "server":
            overhead, draw = server_convention(s.cluster.accelerator)
            energy = replace(s.energy, server_overhead=round(overhead, 3), average_draw=draw)
        else:
            return
        self.model.replace_scenario(replace(s, energy=energy), tr("Power convention"))
        _select(self.power_convention, convention(self.model.scenario))

    def _currency_chosen(self, index: int) -> None:
        """Change the reporting currency: every price and the budget are converted at the user's rate (one
        undo step); a rate this session has not seen is asked for first. Cancelling changes nothing."""
        currency = self.currency.itemText(index)
        s = self.model.scenario
        if currency == s.money.currency:
            return
        rate = 1.0 if currency == "USD" else self.workspace.known_rate(currency)
        if rate is None:
            rate = ask_rate(self, currency, s)
            if rate is None:
                _select(self.currency, s.money.currency, by_text=True)
                return
        message = self.model.convert_currency(currency, rate)
        if message:
            _select(self.currency, s.money.currency, by_text=True)
            QMessageBox.warning(self, tr("Currency not changed"), message)
            return
        self.workspace.remember_rate(s.money.currency, per_usd(s))
        self.workspace.remember_rate(currency, rate)
        self.workspace.notice.emit(tr("Every amount converted: %s. Undo (Ctrl+Z) converts back.")
                                   % self.model.undo_stack.undoText())

    def _law_chosen(self, index: int) -> None:
        law_id = self.law.itemData(index)
        if law_id != "custom":
            self.model.set_field("law", LawChoice(preset=law_id))

    def _objective_chosen(self, index: int) -> None:
        obj = self.objective.itemData(index)
        s = self.model.scenario
        p = self.model.plan
        m = replace(s.model, objective=obj)
        # fill what the new objective needs from the current plan, so the switch is never a dead end
        if p is not None:
            if obj in ("fixed_params", "fixed_run") and m.n_params is None:
                m = replace(m, n_params=float(f"{p.n_params:.3g}"))
            if obj == "fixed_run" and m.n_tokens is None:
                m = replace(m, n_tokens=float(f"{p.n_tokens:.3g}"))
            if obj == "target_loss" and m.target_loss is None:
                m = replace(m, target_loss=round(p.loss, 3))
        try:
            self.model.replace_scenario(replace(s, model=m), tr("Change objective"))
        except ScenarioError:  # an invalid combination: keep the scenario as it was
            _select(self.objective, s.model.objective)


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def _options_combo(name: str, options: tuple[tuple[str, str], ...], tip: str, accessible: str) -> QComboBox:
    """A combo of (text, value) options that are not a schema field's choices (how a part is planned)."""
    combo = _combo(name)
    for text, value in options:
        combo.addItem(text, value)
    combo.setToolTip(tip)
    combo.setAccessibleName(accessible)
    return combo


def _select(combo: QComboBox, value: str, by_text: bool = False) -> None:
    idx = combo.findText(value) if by_text else combo.findData(value)
    if idx >= 0 and idx != combo.currentIndex():
        with QSignalBlocker(combo):
            combo.setCurrentIndex(idx)
