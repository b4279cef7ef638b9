"""View → Sensitivity: four tornado charts (loss, cost, days, energy) for the current scenario; in their
place, why there are none while the scenario has no plan (e.g. a target loss it cannot reach)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine import ScenarioError
from engine.sensitivity import Bar, Tornado, sensitivity
from gui.plots.base import BLUE, ORANGE, Axis, MoneyAxis
from gui.text.fields import no_plan, plan_error_text
from gui.text.i18n import current_language, tr
from gui.text.numbers import energy, money, number

from ..document import ScenarioModel
from ..screen import fit_to_screen
from ..workspace import Workspace
from .settle import Settle

LOW_BRUSH = pg.mkBrush(BLUE)
HIGH_BRUSH = pg.mkBrush(ORANGE)


class TornadoPlot(pg.PlotWidget):
    """One output: a bar per input from the base value to the value at −f (blue) and +f (orange)."""

    logx = logy = False

    def __init__(self, output: str) -> None:
        bottom = MoneyAxis("bottom") if output in _MONEY else Axis("bottom")
        super().__init__(background="w", axisItems={"bottom": bottom, "left": Axis("left")})
        self.output = output
        self.slug = f"tornado-{output}"
        pi = self.getPlotItem()
        pi.setMenuEnabled(False)
        pi.hideButtons()
        pi.showGrid(x=True, y=False, alpha=0.15)
        for name in ("bottom", "left"):
            pi.getAxis(name).setZValue(-1)
        self.low = pg.BarGraphItem(x0=[], x1=[], y=[], height=0.6, brush=LOW_BRUSH, pen=pg.mkPen(None))
        self.high = pg.BarGraphItem(x0=[], x1=[], y=[], height=0.6, brush=HIGH_BRUSH, pen=pg.mkPen(None))
        self.base_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#333", width=1))
        for item in (self.low, self.high, self.base_line):
            pi.addItem(item)
        self.setMinimumSize(380, 240)
        self.tornado: Tornado | None = None
        self.shown_bars: list[Bar] = []

    def show_tornado(self, t: Tornado, currency: str, fraction: float) -> None:
        self.tornado = t
        scale = max(abs(t.base), 1e-300)
        bars = [b for b in t.bars if b.swing > 1e-9 * scale]  # inputs that do not move this output are left out
        self.shown_bars = bars
        n = len(bars)
        y = np.arange(n)[::-1].astype(float)  # largest effect at the top
        self.low.setOpts(x0=[t.base] * n, x1=[b.output_low for b in bars], y=y, height=0.6)
        self.high.setOpts(x0=[t.base] * n, x1=[b.output_high for b in bars], y=y, height=0.6)
        self.base_line.setPos(t.base)
        pi = self.getPlotItem()
        if isinstance(pi.getAxis("bottom"), MoneyAxis):
            pi.getAxis("bottom").currency = currency
        pi.getAxis("left").setTicks([[(float(yi), tr(b.label)) for yi, b in zip(y, bars, strict=False)]])
        unit = {"loss": tr("loss (nats/token)"), "total_cost": tr("cost") + f" ({currency})",
                "programme_total_cost": tr("cost") + f" ({currency})",
                "wall_clock_days": tr("days"), "energy_mwh": tr("energy (MWh)")}[t.output]
        pi.setLabel("bottom", unit, **{"font-size": "9pt"})
        base_text = {"loss": f"{t.base:.3f}", "total_cost": money(t.base, currency, current_language()),
                     "programme_total_cost": money(t.base, currency, current_language()),
                     "wall_clock_days": tr("%s days") % number(t.base), "energy_mwh": energy(t.base)}[t.output]
        pi.setTitle(f"{tr(t.label)} — {base_text} (±{fraction:.0%})", size="10pt", color="#222")
        xs = [t.base] + [b.output_low for b in bars] + [b.output_high for b in bars]
        lo, hi = min(xs), max(xs)
        pad = 0.08 * (hi - lo or abs(t.base) or 1.0)
        pi.setXRange(lo - pad, hi + pad, padding=0)
        pi.setYRange(-0.7, max(n, 1) - 0.3, padding=0)

    # -- for gui.export -----------------------------------------------------------------------------
    def axis_label(self, axis: str) -> str:
        return self.getPlotItem().getAxis("bottom").labelText if axis == "bottom" else tr("input")

    def series(self) -> list[tuple[str, object, str]]:
        return []


#: outputs measured in money
_MONEY = ("total_cost", "programme_total_cost")


class SensitivityDialog(QDialog):
    """Tornado charts of the scenario on screen. They follow the workspace's active document and are
    recomputed once its plan settles (gui.app.dialogs.settle): 26 plans per update would otherwise land
    in the middle of a drag's frames."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SensitivityDialog")
        self.setWindowTitle(tr("Sensitivity: what moves the plan"))
        self.workspace = workspace
        self.recompute_count = 0
        self._settle = Settle(self, self.recompute)
        self.range = QSpinBox()
        self.range.setObjectName("sensitivity.range")
        self.range.setRange(1, 90)
        self.range.setValue(20)
        self.range.setSuffix(" %")
        self.range.valueChanged.connect(self.recompute)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Move each input by ±")))
        top.addWidget(self.range)
        legend = QLabel(f"<span style='color:{BLUE.name()}'>■</span> " + tr("input lowered") + "  "
                        f"<span style='color:{ORANGE.name()}'>■</span> " + tr("input raised"))
        top.addWidget(legend)
        top.addStretch(1)
        self.plots = {o: TornadoPlot(o) for o in ("loss", "total_cost", "wall_clock_days", "energy_mwh",
                                                  "programme_total_cost")}
        self.charts = QScrollArea()  # the charts scroll when the screen is small; the buttons stay on it
        self.charts.setWidgetResizable(True)
        self.charts.setFrameShape(QScrollArea.Shape.NoFrame)
        self.charts.setWidget(QWidget())
        grid = QGridLayout(self.charts.widget())
        grid.setContentsMargins(0, 0, 0, 0)
        for i, plot in enumerate(self.plots.values()):
            grid.addWidget(plot, i // 2, i % 2)
        self.unavailable = QLabel()  # why there are no charts: the scenario on screen has no plan
        self.unavailable.setObjectName("sensitivity.no_plan")
        self.unavailable.setTextFormat(Qt.TextFormat.PlainText)  # the reason quotes the user's law name
        self.unavailable.setWordWrap(True)
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable.hide()
        self.note = QLabel(tr("One input at a time, everything else held; inputs are kept within their allowed "
                              "ranges. Bars are sorted by effect."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.charts, 1)
        layout.addWidget(self.unavailable, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1100, 760), centre=False)  # Qt centres a dialog on its window
        workspace.activePlanChanged.connect(self._plan_changed)
        workspace.activeChanged.connect(self._plan_changed)
        self.recompute()

    @property
    def model(self) -> ScenarioModel:
        return self.workspace.active

    def _plan_changed(self, *_args: object) -> None:
        self._settle.poke()  # one update once the edits pause

    def flush(self) -> None:
        """Recompute now if an update is pending (tests)."""
        self._settle.flush()

    def recompute(self, *_args: object) -> None:
        self.recompute_count += 1
        fraction = self.range.value() / 100.0
        try:
            tornadoes = sensitivity(self.model.scenario, fraction)
        except ScenarioError as exc:  # no plan: the reason instead of the charts of an older plan
            self.unavailable.setText(no_plan(plan_error_text(exc)) + "\n\n"
                                     + tr("The charts come back once the inputs have a plan."))
            self.charts.hide()
            self.unavailable.show()
            return
        self.unavailable.hide()
        self.charts.show()
        currency = self.model.scenario.money.currency
        for t in tornadoes:
            self.plots[t.output].show_tornado(t, currency, fraction)
        # the programme's cost (issue 16) when the scenario plans one
        self.plots["programme_total_cost"].setVisible(any(t.output == "programme_total_cost" for t in tornadoes))
