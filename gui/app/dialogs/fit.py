"""Law → Fit to your runs…: import a CSV of runs, fit the law, bootstrap it, look, use it.

The fit (~1 s) and the bootstrap (~4 s for 1,000 resamples) run in a worker thread with a progress
bar and a Cancel button; the window stays live. "Use this law" puts the fitted law (with its bootstrap
samples and fitted compute range) into the scenario as one undo step, after which every plot draws its
band and planning far beyond the runs raises ``law.extrapolation``.
"""

from __future__ import annotations

import csv
import html
import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine import ScenarioError
from engine.fit import ALIASES, FitResult, Runs, bootstrap, fit, intervals_at, read_runs_csv
from engine.presets import MAX_LAW_SAMPLES, custom_law, presets
from gui.plots.base import BLUE, GREY, LAW_COLOURS, RED, Axis, LogAxis, tint
from gui.text.fields import error_text
from gui.text.i18n import QT_TR_NOOP, tr
from gui.text.laws import law_short_name
from gui.text.numbers import number, sci, short

from ..document import ScenarioModel
from ..screen import fit_to_screen

QUANTITIES = (("n_params", QT_TR_NOOP("Parameters")), ("n_tokens", QT_TR_NOOP("Tokens")),
              ("compute_flop", QT_TR_NOOP("Training FLOP")), ("loss", QT_TR_NOOP("Final loss")))


class FitWorker(QObject):
    """Runs the fit and the bootstrap off the GUI thread."""

    progress = Signal(int, str)
    done = Signal(object, object)  # FitResult, Runs
    failed = Signal(str)

    def __init__(self, runs: Runs, drop_top: int, resamples: int, seed: int) -> None:
        super().__init__()
        self.runs, self.drop_top, self.resamples, self.seed = runs, drop_top, resamples, seed
        self.cancelled = False

    def run(self) -> None:
        try:
            self.progress.emit(1, tr("Fitting (best of 4,500 starts)…"))

            def fitting(fraction: float) -> bool:  # the fit itself can be cancelled too (10,000 runs: ~1 min)
                self.progress.emit(1 + int((9 if self.resamples else 98) * fraction),
                                   tr("Fitting (best of 4,500 starts)…"))
                return not self.cancelled

            result = fit(self.runs, self.drop_top, progress=fitting)
            if self.cancelled:
                raise InterruptedError
            if self.resamples:
                def report(fraction: float) -> bool:
                    self.progress.emit(10 + int(89 * fraction), tr("Bootstrap: %d resamples…") % self.resamples)
                    return not self.cancelled

                result = bootstrap(self.runs, result, self.resamples, seed=self.seed, drop_top=self.drop_top,
                                   progress=report)
            self.progress.emit(100, tr("Done"))
            self.done.emit(result, self.runs)
        except InterruptedError:
            self.failed.emit(tr("Cancelled."))
        except ScenarioError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            self.failed.emit(f"{type(exc).__name__}: {exc}")


class _ResultsGrid(QGridLayout):
    """The results' grid tells the scroll area around it that its height does not follow its width.
    It does, a little (the word-wrapped summary), but a scroll area told so lays the plots out at their
    preferred heights and scrolls even on a large screen; told not, it gives them the room there is and
    scrolls only below their minimum."""

    def hasHeightForWidth(self) -> bool:
        return False


class FitDialog(QDialog):
    def __init__(self, model: ScenarioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FitDialog")
        self.setWindowTitle(tr("Fit a scaling law to your runs"))
        self.model = model
        self.fit_result: FitResult | None = None
        self.runs: Runs | None = None
        self._thread: QThread | None = None
        self._worker: FitWorker | None = None

        # -- input ------------------------------------------------------------------------------------
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("fit.path")
        self.path_edit.setPlaceholderText(tr("a CSV: one run per line — parameters, tokens or training FLOP, loss"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.path_edit.editingFinished.connect(lambda: self.load_header(self.path_edit.text()))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.columns: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(tr("Runs file"), row)
        mapping = QHBoxLayout()
        for key, label in QUANTITIES:
            combo = QComboBox()
            combo.setObjectName("fit.column." + key)
            combo.setMinimumWidth(120)
            self.columns[key] = combo
            mapping.addWidget(QLabel(tr(label)))
            mapping.addWidget(combo, 1)
        form.addRow(tr("Columns"), mapping)
        opts = QHBoxLayout()
        self.drop_top = QSpinBox()
        self.drop_top.setObjectName("fit.drop_top")
        self.drop_top.setRange(0, 1000)
        self.drop_top.setToolTip(tr("Leave out the highest-loss runs (Besiroglu et al. 2024 dropped 5 of 245)"))
        self.resamples = QSpinBox()
        self.resamples.setObjectName("fit.bootstrap")
        self.resamples.setRange(0, MAX_LAW_SAMPLES)  # what a scenario's law may carry
        self.resamples.setSingleStep(100)
        self.resamples.setValue(1000)
        self.resamples.setToolTip(tr("Bootstrap resamples over runs for the uncertainty (0: none)"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        for text, widget in ((tr("drop highest-loss runs"), self.drop_top), (tr("bootstrap resamples"), self.resamples),
                             (tr("seed"), self.seed)):
            opts.addWidget(QLabel(text))
            opts.addWidget(widget)
        opts.addStretch(1)
        self.fit_button = QPushButton(tr("Fit"))
        self.fit_button.setObjectName("fit.run")
        self.fit_button.setDefault(True)
        self.fit_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        opts.addWidget(self.fit_button)
        opts.addWidget(self.cancel_button)
        form.addRow("", opts)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("fit.status")
        self.status.setWordWrap(True)

        # -- results ----------------------------------------------------------------------------------
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("fit.table")
        self.table.setHorizontalHeaderLabels([tr("value"), tr("95% interval"), tr("Epoch AI 2024")])
        self.table.verticalHeader().setVisible(True)
        self.table.setMinimumWidth(380)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setObjectName("fit.summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pred_plot = self._plot(tr("Predicted against observed loss"), tr("observed loss"), tr("predicted loss"))
        self.pred_points = pg.ScatterPlotItem(size=6, brush=pg.mkBrush(BLUE), pen=pg.mkPen(None))
        self.pred_dropped = pg.ScatterPlotItem(size=7, symbol="x", brush=pg.mkBrush(RED), pen=pg.mkPen(RED))
        self.pred_line = pg.PlotCurveItem(pen=pg.mkPen(GREY, width=1, style=Qt.PenStyle.DashLine))
        for item in (self.pred_line, self.pred_points, self.pred_dropped):
            self.pred_plot.addItem(item)
        self.resid_plot = self._plot(tr("Residuals (log) against compute"), tr("training compute (FLOP)"),
                                     tr("log(predicted / observed)"), logx=True)
        self.resid_points = pg.ScatterPlotItem(size=6, brush=pg.mkBrush(BLUE), pen=pg.mkPen(None))
        self.resid_zero = pg.InfiniteLine(pos=0.0, angle=0, pen=pg.mkPen(GREY, width=1, style=Qt.PenStyle.DashLine))
        self.resid_plot.addItem(self.resid_zero)
        self.resid_plot.addItem(self.resid_points)
        self.frontier_plot = self._plot(tr("Loss against compute: your law and the presets"),
                                        tr("training compute (FLOP)"), tr("loss (nats/token)"), logx=True)
        self.frontier_plot.addLegend(offset=(-6, 6), labelTextSize="7pt")
        self.fit_band_lo = pg.PlotCurveItem(pen=pg.mkPen(None))
        self.fit_band_hi = pg.PlotCurveItem(pen=pg.mkPen(None))
        self.fit_band = pg.FillBetweenItem(self.fit_band_lo, self.fit_band_hi, brush=pg.mkBrush(230, 60, 60, 45))
        for item in (self.fit_band_lo, self.fit_band_hi, self.fit_band):
            self.frontier_plot.addItem(item)
        self.preset_curves = {
            law_id: self.frontier_plot.plot([], [], pen=pg.mkPen(tint(LAW_COLOURS.get(law_id, GREY), 150), width=1.2),
                                            name=law_short_name(law_id))
            for law_id in presets()}
        self.fit_curve = self.frontier_plot.plot([], [], pen=pg.mkPen(RED, width=2.4), name=tr("your fit"))
        self.fit_points = pg.ScatterPlotItem(size=5, brush=pg.mkBrush(90, 90, 90, 160), pen=pg.mkPen(None))
        self.frontier_plot.addItem(self.fit_points)
        self.fitted_range = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(tint(BLUE, 40)), pen=pg.mkPen(None))
        self.fitted_range.setZValue(-20)
        self.frontier_plot.addItem(self.fitted_range, ignoreBounds=True)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("fit.name")
        self.name_edit.setPlaceholderText(tr("name of the fitted law"))
        buttons = QDialogButtonBox()
        self.use_button = buttons.addButton(tr("Use this law"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setObjectName("fit.use")
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.use_law)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)

        # the results scroll when the screen is small (1366 × 768): the buttons below stay on screen
        self.results_area = QScrollArea()
        self.results_area.setObjectName("fit.results")
        self.results_area.setWidgetResizable(True)
        self.results_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.results_area.setWidget(QWidget())
        results = _ResultsGrid(self.results_area.widget())
        results.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.summary)
        results.addLayout(left, 0, 0)
        results.addWidget(self.frontier_plot, 0, 1)
        results.addWidget(self.pred_plot, 1, 0)
        results.addWidget(self.resid_plot, 1, 1)
        results.setColumnStretch(0, 1)
        results.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(tr("Name")))
        bottom.addWidget(self.name_edit, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.results_area, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, QSize(1200, 860), centre=False)  # Qt centres a dialog on its window

    @staticmethod
    def _plot(title: str, xlabel: str, ylabel: str, logx: bool = False) -> pg.PlotWidget:
        axes = {"bottom": LogAxis("bottom") if logx else Axis("bottom"), "left": Axis("left")}
        w = pg.PlotWidget(background="w", axisItems=axes)
        w.setMinimumSize(300, 220)
        pi = w.getPlotItem()
        pi.setTitle(title, size="10pt", color="#222")
        pi.setLabel("bottom", xlabel, **{"font-size": "9pt"})
        pi.setLabel("left", ylabel, **{"font-size": "9pt"})
        pi.showGrid(x=True, y=True, alpha=0.15)
        pi.setMenuEnabled(False)
        pi.hideButtons()
        for name in ("bottom", "left"):
            pi.getAxis(name).setZValue(-1)
        return w

    # -- input ----------------------------------------------------------------------------------------
    def _browse(self) -> None:
        start = self.path_edit.text() or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, tr("Runs to fit"), start, tr("CSV files (*.csv);;All files (*)"))
        if name:
            self.path_edit.setText(name)
            self.load_header(name)

    def load_header(self, path: str) -> bool:
        """Fill the column choosers from the file's header, each set to the column its aliases match."""
        path = path.strip()
        if not path:
            return False
        try:
            with open(path, newline="", encoding="utf-8-sig") as fh:
                header = next(csv.reader(fh), [])
        except (OSError, UnicodeDecodeError) as exc:
            self._show_error(tr("The file could not be read: %s") % exc)
            return False
        norm = [" ".join(h.strip().lower().replace("_", " ").split()) for h in header]
        for key, combo in self.columns.items():
            combo.clear()
            combo.addItem(tr("(none)") if key in ("n_tokens", "compute_flop") else tr("(choose)"), "")
            for h in header:
                combo.addItem(h.strip(), h.strip())
            for alias in ALIASES[key]:
                a = " ".join(alias.lower().replace("_", " ").split())
                if a in norm:
                    combo.setCurrentIndex(norm.index(a) + 1)
                    break
        if not self.name_edit.text():
            self.name_edit.setText(tr("Fitted to %s") % Path(path).name)
        self.status.setText(tr("%d columns read; check the mapping, then Fit.") % len(header))
        return True

    def mapping(self) -> dict[str, str]:
        return {k: c.currentData() for k, c in self.columns.items() if c.currentData()}

    # -- running --------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        path = self.path_edit.text().strip()
        if not self.columns["loss"].count():
            self.load_header(path)
        cols = self.mapping()
        if "n_tokens" in cols and "compute_flop" in cols:
            cols.pop("compute_flop")  # tokens given: FLOP not needed
        try:
            runs = read_runs_csv(path, cols or None)
        except ScenarioError as exc:
            self._show_error(str(exc))
            return
        self._set_running(True)
        self._thread = QThread(self)
        self._worker = FitWorker(runs, self.drop_top.value(), self.resamples.value(), self.seed.value())
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        # quit() is thread-safe: call it from the worker directly, so that a GUI thread waiting in wait()
        # is not waiting for itself
        self._worker.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._worker.failed.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self._finished)
        self._thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancelled = True
            self.status.setText(tr("Cancelling…"))

    def wait(self, ms: int = 60_000) -> bool:
        """Block until the worker is done (tests, closing)."""
        if self._thread is None:
            return True
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        loop_ok = self._thread.wait(QDeadlineTimer(ms))
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        return loop_ok

    def _set_running(self, running: bool) -> None:
        self.fit_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.use_button.setEnabled(not running and self.fit_result is not None)
        if running:
            self.progress.setValue(0)

    def _on_progress(self, value: int, text: str) -> None:
        self.progress.setValue(value)
        self.status.setText(html.escape(text))

    def _on_failed(self, message: str) -> None:
        self._show_error(message)

    def _finished(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread, self._worker = None, None
        if thread is not None:
            thread.deleteLater()
        if worker is not None:
            worker.deleteLater()
        self._set_running(False)

    def _show_error(self, message: str) -> None:
        # the message quotes the CSV (headers, cells): data, shown literally
        self.status.setText(f"<span style='color:#c0392b'>{html.escape(message)}</span>")

    def _on_done(self, result: FitResult, runs: Runs) -> None:
        self.fit_result, self.runs = result, runs
        self.show_result()
        self.use_button.setEnabled(True)

    # -- results --------------------------------------------------------------------------------------
    def show_result(self) -> None:
        r, runs = self.fit_result, self.runs
        if r is None or runs is None:
            return
        ci = r.ci()
        epoch = presets().get("epoch-2024")
        rows = [("E", r.E, "E"), ("A", r.A, "A"), ("B", r.B, "B"), ("α", r.alpha, "alpha"), ("β", r.beta, "beta")]
        self.table.setRowCount(len(rows))
        self.table.setVerticalHeaderLabels([name for name, _, _ in rows])
        for i, (_, value, key) in enumerate(rows):
            # 2,085.4 and 1,964 – 262,100, never 2.621e+05
            self.table.setItem(i, 0, QTableWidgetItem(number(value, 5)))
            self.table.setItem(i, 1, QTableWidgetItem(f"{number(ci[key][0])} – {number(ci[key][1])}" if ci else "—"))
            self.table.setItem(i, 2, QTableWidgetItem(number(getattr(epoch, key), 5) if epoch else ""))
        self.table.resizeColumnsToContents()
        plan = self.model.plan if not self.model.plan_error else None  # never the plan of older inputs
        c = plan.compute_flop if plan is not None else 1e24
        at = intervals_at(r, c)

        def band(key: str, fmt: Callable[[float], str]) -> str:
            v, lo, hi = at[key]
            return fmt(v) + (f"  ({fmt(lo)} – {fmt(hi)})" if ci else "")

        self.summary.setText(
            tr("Objective %s (summed Huber, δ = 10⁻³) over %d runs; fitted on %s – %s FLOP.")
            % (sci(r.objective, 4), r.n_used, sci(r.compute_range_flop[0]), sci(r.compute_range_flop[1]))
            + "<br><b>" + (tr("At your plan's compute (%s FLOP):") if plan is not None
                           else tr("At %s FLOP (this scenario has no plan):")) % sci(c) + "</b><br>"
            + tr("model size") + " " + band("n_params", short) + "<br>"
            + tr("tokens") + " " + band("n_tokens", short) + "<br>"
            + tr("loss") + " " + band("loss", lambda v: f"{v:.3f}")
            + (("<br>" + tr("95% intervals from {n} bootstrap resamples.").format(n=len(r.samples)))
               if ci and r.samples is not None else ""))
        self.status.setText(tr("Fitted. Check the plots, then “Use this law” to plan with it."))
        law = custom_law(r.law_dict("fit"))
        used = runs.drop_top(r.n_used and len(runs) - r.n_used)
        pred = np.asarray(law.loss(used.n_params, used.n_tokens), dtype=float)
        self.pred_points.setData(used.loss, pred)
        dropped_mask = np.zeros(len(runs), dtype=np.bool_)
        dropped_mask[np.argsort(runs.loss, kind="stable")[r.n_used:]] = True  # the k highest losses
        if dropped_mask.any():
            self.pred_dropped.setData(runs.loss[dropped_mask],
                                      np.asarray(law.loss(runs.n_params[dropped_mask], runs.n_tokens[dropped_mask])))
        else:
            self.pred_dropped.setData([], [])
        lo, hi = float(min(used.loss.min(), pred.min())), float(max(used.loss.max(), pred.max()))
        self.pred_line.setData([lo, hi], [lo, hi])
        self.resid_points.setData(np.log10(used.compute_flop), np.log(pred / used.loss))
        cx = np.logspace(math.log10(r.compute_range_flop[0]) - 1, max(math.log10(r.compute_range_flop[1]) + 4, 25), 200)
        lx = np.log10(cx)
        self.fit_curve.setData(lx, law.optimal_loss(cx))
        draws = law.loss_draws(law.optimal_n_params(cx), law.optimal_n_tokens(cx)) if ci else None
        if draws is not None:
            q = np.percentile(draws, [2.5, 97.5], axis=0)
            self.fit_band_lo.setData(lx, q[0])
            self.fit_band_hi.setData(lx, q[1])
            self.fit_band.show()
        else:
            self.fit_band.hide()
        for law_id, item in self.preset_curves.items():
            item.setData(lx, presets()[law_id].optimal_loss(cx))
        self.fit_points.setData(np.log10(used.compute_flop), used.loss)
        self.fitted_range.setRegion((math.log10(r.compute_range_flop[0]), math.log10(r.compute_range_flop[1])))

    def use_law(self) -> None:
        """Put the fitted law (with its bootstrap and range) into the scenario: one undo step. A law the
        scenario cannot be planned with is refused with the reason, and the scenario is left as it was:
        the user's target loss is never changed behind their back."""
        if self.fit_result is None:
            return
        from dataclasses import replace

        import engine
        from engine import LawChoice
        from engine.fields import field

        name = self.name_edit.text().strip() or tr("Fitted law")
        law = LawChoice(preset=None, custom=self.fit_result.law_dict(name))
        try:
            law.resolve()
        except ScenarioError as exc:  # e.g. a fit to odd data with α beyond what a plan accepts
            self._show_error(tr("This fit cannot be used for planning: %s") % exc)
            return
        s = self.model.scenario
        target, floor = s.model.target_loss, self.fit_result.E
        if s.model.objective == "target_loss" and target is not None and floor >= target:
            budget = tr(field("model.objective").choice_labels[0])
            self._show_error(tr("The fitted law's floor E = %s is at or above your target loss %s: no amount "
                                "of compute reaches it. Choose a target loss above %s, or the objective “%s”.")
                             % (f"{floor:.3f}", f"{target:.3f}", f"{floor:.3f}", budget))
            return
        candidate = replace(s, law=law)
        try:
            engine.plan(candidate)
        except ScenarioError as exc:  # e.g. a target the law reaches only beyond any finite compute
            self._show_error(tr("This fit cannot be used for planning: %s") % error_text(exc))
            return
        self.model.replace_scenario(candidate, tr("Use fitted law"))
        self.model.flush()
        self.accept()

    def reject(self) -> None:
        self.cancel()
        self.wait(10_000)
        super().reject()
