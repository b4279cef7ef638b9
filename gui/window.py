"""The main planning window: editor on the left, summary, five live plots and findings on the right."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (QApplication, QFileDialog, QGridLayout, QMainWindow, QMessageBox, QScrollArea, QSplitter, QTabBar,
                               QVBoxLayout, QWidget)

import engine
from engine import Scenario, ScenarioError
from engine.scenario import FILE_SUFFIX

from .i18n import LANGUAGES, current_language, set_language, tr
from .editor import BudgetEditor
from .model import ScenarioModel
from .panels import FindingsPanel, SummaryPanel
from .plots import ALL_PLOTS

AUTOSAVE_MS = 30_000
#: the colours of the open scenarios: their tabs, and their markers on each other's plots
OVERLAY_COLOURS = [QColor(c) for c in ("#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
                                       "#bcbd22", "#ff7f0e")]
MAX_RECENT = 8




def recovery_path(slot: int = 0) -> Path:
    """Where unsaved work of the ``slot``-th open scenario is autosaved (one file per dirty tab)."""
    base = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation) or Path.home() / ".scaleplan")
    base.mkdir(parents=True, exist_ok=True)
    return base / (("recovery" if slot == 0 else f"recovery-{slot}") + FILE_SUFFIX)


def recovery_files() -> list[Path]:
    base = recovery_path().parent
    return sorted(base.glob("recovery*" + FILE_SUFFIX), key=lambda p: (len(p.name), p.name))


class MainWindow(QMainWindow):
    #: the scenario on screen changed (a tab switch): the new ScenarioModel
    activeChanged = Signal(object)
    #: windows alive (a language switch replaces the window; the new one must be referenced somewhere)
    _alive: set = set()

    def __init__(self, scenario: Scenario | None = None, path: Path | None = None,
                 restore_state: bool = True, model: ScenarioModel | None = None,
                 documents: list[ScenarioModel] | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle("ScalePlan")
        self._replaced = False
        self._closing = False
        self.presenting = False
        self.model = model if model is not None else ScenarioModel(scenario)
        if path is not None:
            self.model.path = path
        #: the open scenarios, one tab each; ``self.model`` is the one on screen
        self.documents: list[ScenarioModel] = list(documents) if documents else [self.model]
        if self.model not in self.documents:
            self.documents.append(self.model)
        self.undo_group = QUndoGroup(self)
        for doc in self.documents:
            self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(self.model.undo_stack)
        self.settings = QSettings()
        self.first_paint_time: float | None = None

        self.editor = BudgetEditor(self.model)
        self.editor.fitRequested.connect(self.open_fit_dialog)
        editor_scroll = QScrollArea()
        editor_scroll.setObjectName("editorScroll")
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(self.editor)
        editor_scroll.setMinimumWidth(self.editor.minimumSizeHint().width()
                                      + editor_scroll.verticalScrollBar().sizeHint().width() + 4)
        editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.summary = SummaryPanel()
        self.findings = FindingsPanel()
        self.plots = [cls() for cls in ALL_PLOTS]
        (self.loss_plot, self.isoflop_plot, self.allocation_plot, self.data_plot, self.cost_plot) = self.plots
        for plot in self.plots:
            plot.cache_items()
        self._add_plot_exports()
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for i, w in enumerate([*self.plots, self.findings]):
            grid.addWidget(w, i // 3, i % 3)
        for c in range(3):
            grid.setColumnStretch(c, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(4, 4, 4, 4)
        rl.setSpacing(6)
        self.tabs = QTabBar()
        self.tabs.setObjectName("scenarioTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        for doc in self.documents:
            self.tabs.addTab(self._tab_text(doc))
        self.tabs.setCurrentIndex(self.documents.index(self.model))
        self.tabs.currentChanged.connect(self.set_active)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        rl.addWidget(self.tabs)
        rl.addWidget(self.summary)
        rl.addWidget(grid_host, 1)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(editor_scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([editor_scroll.minimumWidth(), 1600])
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self._presentation_keys()
        self.statusBar().showMessage(tr("Ready"))
        self._connect(self.model)
        for doc in self.documents:
            self._watch(doc, True)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.write_recovery)

        self._show_plan(self.model.plan, self.model.curves)
        self._update_title()
        self.resize(1600, 1000)
        if restore_state:
            self._restore_settings()

    # -- menus --------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        m = self.menuBar().addMenu(tr("&File"))
        self.act_new = self._action(m, tr("&New"), QKeySequence.New, self.file_new)
        self.act_open = self._action(m, tr("&Open…"), QKeySequence.Open, self.file_open)
        self.act_duplicate = self._action(m, tr("&Duplicate scenario"), QKeySequence("Ctrl+D"), self.duplicate)
        self.act_close_tab = self._action(m, tr("&Close scenario"), QKeySequence.Close,
                                          lambda: self.close_tab(self.documents.index(self.model)))
        self.recent_menu = m.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        self.act_save = self._action(m, tr("&Save"), QKeySequence.Save, self.file_save)
        self.act_save_as = self._action(m, tr("Save &As…"), QKeySequence.SaveAs, self.file_save_as)
        m.addSeparator()
        self.act_report = self._action(m, tr("Export &report (PDF)…"), None, self.export_report)
        self.act_slides = self._action(m, tr("Export &slides (PPTX)…"), None, self.export_slides)
        self.act_figures = self._action(m, tr("Export &figures (PNG, SVG, CSV)…"), None, self.export_figures)
        m.addSeparator()
        self._action(m, tr("&Quit"), QKeySequence.Quit, self.close)
        e = self.menuBar().addMenu(tr("&Edit"))
        self.act_undo = self.undo_group.createUndoAction(self, tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_redo = self.undo_group.createRedoAction(self, tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence.Redo)
        e.addAction(self.act_undo)
        e.addAction(self.act_redo)
        law_menu = self.menuBar().addMenu(tr("&Law"))
        self.act_fit = self._action(law_menu, tr("&Fit to your runs…"), None, self.open_fit_dialog)
        view = self.menuBar().addMenu(tr("&View"))
        self.act_sensitivity = self._action(view, tr("&Sensitivity (tornado)…"), None, self.open_sensitivity)
        self.act_compare = self._action(view, tr("&Compare scenarios…"), None, self.open_compare)
        self.act_overlay = self._action(view, tr("&Overlay the other scenarios on the plots"), None,
                                        lambda: (setattr(self, "_overlay_key", None), self._update_overlays()))
        self.act_overlay.setCheckable(True)
        self.act_overlay.setChecked(True)
        self.act_present = self._action(view, tr("&Presentation mode"), QKeySequence("F5"), self.toggle_presentation)
        view.addSeparator()
        lang_menu = view.addMenu(tr("&Language"))
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            act = QAction(name, self)
            act.setCheckable(True)
            act.setChecked(code == current_language())
            act.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            lang_menu.addAction(act)
            self.language_actions[code] = act
        h = self.menuBar().addMenu(tr("&Help"))
        self._action(h, tr("&About ScalePlan"), None, self._about)

    def _action(self, menu, text, shortcut, slot) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _add_plot_exports(self) -> None:
        """Right-click on a plot: save it as PNG (2×), SVG or CSV."""
        for plot in self.plots:
            plot.setContextMenuPolicy(Qt.ActionsContextMenu)
            for fmt, label in (("png", tr("Save as PNG (2×)…")), ("svg", tr("Save as SVG…")),
                               ("csv", tr("Save data as CSV…"))):
                act = QAction(label, plot)
                act.triggered.connect(lambda _c=False, p=plot, f=fmt: self.export_plot(p, f))
                plot.addAction(act)

    def export_plot(self, plot, fmt: str, path: str | None = None) -> Path | None:
        from .export import export_csv, export_png, export_svg

        if path is None:
            start = str(Path.home() / f"{plot.slug}.{fmt}")
            path, _ = QFileDialog.getSaveFileName(self, tr("Save plot"), start, f"{fmt.upper()} (*.{fmt})")
            if not path:
                return None
        return self._saving({"png": export_png, "svg": export_svg, "csv": export_csv}[fmt], plot, path)

    def _saving(self, write, *args):
        """Run a writer; report a failure in a dialog (the work on screen is untouched) and a success in
        the status bar."""
        try:
            written = write(*args)
        except OSError as exc:
            QMessageBox.warning(self, tr("Cannot save"), str(exc))
            return None
        what = tr("Saved %d files to %s") % (len(written), args[-1]) if isinstance(written, list) else \
            tr("Saved %s") % written
        self.statusBar().showMessage(what, 4000)
        return written

    def _ask_save_path(self, title: str, suffix: str, file_filter: str) -> str:
        """Where to write an export of the scenario on screen ('' when the user cancels)."""
        stem = self.model.scenario.name.replace("/", "-")
        start = str((self.model.path.parent if self.model.path else Path.home()) / f"{stem}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, title, start, file_filter)
        return path

    def export_report(self, path: str | None = None) -> Path | None:
        path = path or self._ask_save_path(tr("Export report"), ".pdf", "PDF (*.pdf)")
        if not path:
            return None
        from .report import write_pdf

        return self._saving(write_pdf, [self.model.scenario], path)

    def export_slides(self, path: str | None = None) -> Path | None:
        path = path or self._ask_save_path(tr("Export slides"), ".pptx", "PowerPoint (*.pptx)")
        if not path:
            return None
        from .slides import write_pptx

        return self._saving(write_pptx, [self.model.scenario], path)

    def export_figures(self, folder: str | None = None) -> list | None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, tr("Export figures to"), str(Path.home()))
            if not folder:
                return None
        from .export import export_all

        return self._saving(export_all, self.plots, folder)

    def open_compare(self):
        """View → Compare scenarios: inputs and results of the open scenarios side by side."""
        from .compare import CompareDialog

        dialog = CompareDialog(self, self)
        dialog.show()
        return dialog

    def toggle_presentation(self) -> None:
        """Full screen, larger type, the editor hidden; ← and → step through the open scenarios,
        Esc (or F5) leaves."""
        presenting = self.presenting = not self.presenting
        self.splitter.widget(0).setVisible(not presenting)
        self.menuBar().setVisible(not presenting)
        self.statusBar().setVisible(not presenting)
        self.summary.set_large(presenting)
        for act in self.presentation_actions:
            act.setEnabled(presenting)
        if presenting:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif getattr(self, "_was_maximized", False):
            self.showMaximized()
        else:
            self.showNormal()

    def _presentation_keys(self) -> None:
        """← → (and Page Up/Down, Space) step through the scenarios, Esc leaves: window-wide shortcuts,
        enabled only while presenting (a plot or a field with focus would otherwise take the keys)."""
        def step(delta: int) -> None:
            i = self.documents.index(self.model)
            self.set_active((i + delta) % len(self.documents))

        self.presentation_actions = []
        for keys, slot in (((Qt.Key_Right, Qt.Key_PageDown, Qt.Key_Space), lambda: step(1)),
                           ((Qt.Key_Left, Qt.Key_PageUp), lambda: step(-1)),
                           ((Qt.Key_Escape,), self.toggle_presentation)):
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.WindowShortcut)
            act.setEnabled(False)
            act.triggered.connect(slot)
            self.addAction(act)
            self.presentation_actions.append(act)

    def open_sensitivity(self):
        """View → Sensitivity: tornado charts of the current scenario (they follow its edits)."""
        from .sensitivity_dialog import SensitivityDialog

        dialog = SensitivityDialog(self.model, self, follow=self)
        dialog.show()
        return dialog

    def open_fit_dialog(self):
        """Law → Fit to your runs… (also the button under the law selector). Returns the dialog."""
        from .fit_dialog import FitDialog

        dialog = FitDialog(self.model, self)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(self, tr("About ScalePlan"),
                          f"<b>ScalePlan {engine.__version__}</b><br>"
                          + tr("Plans large language-model training runs from a budget, with scaling laws "
                               "from Hoffmann et al. 2022, Besiroglu et al. 2024, Kaplan et al. 2020 and "
                               "Muennighoff et al. 2023."))

    # -- view updates -------------------------------------------------------------------------------
    def _show_plan(self, plan, curves) -> None:
        if plan is not None and curves is not None:
            self.summary.update_plan(plan)
            for p in self.plots:
                p.update_plan(plan, curves)
                p.settle()
            self.findings.update_findings(plan.findings, self.model.plan_error)
        else:
            self.findings.update_findings((), self.model.plan_error)

    def _changed(self, _scenario) -> None:
        if self.model.dirty and not self.autosave_timer.isActive():
            self.autosave_timer.start()
        self._update_title()

    def _update_title(self) -> None:
        name = self.model.scenario.name
        where = self.model.path.name if self.model.path else tr("unsaved")
        self.setWindowTitle(f"{name} — {where}[*] — ScalePlan")
        self.setWindowModified(self.model.dirty)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.first_paint_time is None:
            self.first_paint_time = time.perf_counter()
            if os.environ.get("SCALEPLAN_STARTUP_PROBE"):
                # `make bench` (startup_ms): report the wall clock once this first frame is done, then quit
                QTimer.singleShot(0, self._report_first_paint)

    def _report_first_paint(self) -> None:
        print(f"first_paint_epoch={time.time():.6f}", flush=True)
        self.model.undo_stack.setClean()
        QApplication.instance().quit()

    # -- files --------------------------------------------------------------------------------------
    def _confirm_discard(self) -> bool:
        """True when it is fine to replace the current document (saved, discarded, or nothing to lose)."""
        if not self.model.dirty:
            return True
        answer = QMessageBox.question(
            self, tr("Unsaved changes"),
            tr("“%s” has unsaved changes. Save them first?") % self.model.scenario.name,
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.file_save()
        return answer == QMessageBox.Discard

    def file_new(self) -> None:
        """A new scenario in a new tab (the work in the other tabs stays as it is)."""
        self.add_document(engine.default_scenario(), None)
        self.statusBar().showMessage(tr("New scenario"), 4000)

    def file_open(self) -> None:
        start = str(self.model.path.parent) if self.model.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, tr("Open scenario"), start,
                                              tr("ScalePlan scenarios (*.scaleplan.json *.json)"))
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open a scenario file in a new tab (or in place of an untouched new scenario); a bad file is
        refused with the reason and the work on screen is untouched."""
        for i, doc in enumerate(self.documents):  # already open: show it
            if doc.path is not None and Path(path).resolve() == doc.path.resolve():
                self.set_active(i)
                return True
        try:
            scenario = engine.load(path)
        except ScenarioError as exc:
            QMessageBox.warning(self, tr("Cannot open scenario"),
                                tr("The file could not be opened:") + f"\n\n{exc}\n\n" + tr("Your current work is unchanged."))
            return False
        if self._pristine(self.model):
            self.model.load_document(scenario, path)
            self._update_tabs()
        else:
            self.add_document(scenario, path)
        self._add_recent(Path(path))
        self.statusBar().showMessage(tr("Opened %s") % Path(path).name, 4000)
        return True

    # -- tabs: several scenarios ---------------------------------------------------------------------
    @staticmethod
    def _pristine(doc: ScenarioModel) -> bool:
        """A new, untouched scenario (opening a file may take its place)."""
        return doc.path is None and doc.undo_stack.count() == 0

    def _tab_text(self, doc: ScenarioModel) -> str:
        name = doc.scenario.name
        name = name if len(name) <= 28 else name[:27] + "…"
        return name + (" *" if doc.dirty else "")

    def _update_tabs(self, *_args) -> None:
        for i, doc in enumerate(self.documents):
            text = self._tab_text(doc)
            if self.tabs.tabText(i) != text:
                self.tabs.setTabText(i, text)
            colour = OVERLAY_COLOURS[i % len(OVERLAY_COLOURS)] if len(self.documents) > 1 else QColor("#222")
            if self.tabs.tabTextColor(i) != colour:  # runs on every edit: touch the tab bar only on change
                self.tabs.setTabTextColor(i, colour)

    def _update_overlays(self, *_args) -> None:
        """The other open scenarios' plans, marked on every plot in their tab colours."""
        others = []
        if self.act_overlay.isChecked():
            for i, doc in enumerate(self.documents):
                if doc is not self.model and doc.plan is not None:
                    others.append((doc.scenario.name, doc.plan, OVERLAY_COLOURS[i % len(OVERLAY_COLOURS)]))
        key = tuple((name, id(plan)) for name, plan, _ in others)
        if key == getattr(self, "_overlay_key", None):
            return  # only the plan on screen changed (a drag): nothing to redraw here
        self._overlay_key = key
        for plot in self.plots:
            plot.show_others(others)

    def _watch(self, doc: ScenarioModel, on: bool) -> None:
        """Every open scenario, on screen or not, keeps its tab and its overlay markers current."""
        for signal, slot in ((doc.planChanged, self._update_overlays), (doc.fileStateChanged, self._update_tabs),
                             (doc.scenarioChanged, self._update_tabs)):
            (signal.connect if on else signal.disconnect)(slot)

    def _connect(self, doc: ScenarioModel) -> None:
        doc.planChanged.connect(self._show_plan)
        doc.fileStateChanged.connect(self._update_title)
        doc.scenarioChanged.connect(self._changed)

    def _disconnect(self, doc: ScenarioModel) -> None:
        doc.planChanged.disconnect(self._show_plan)
        doc.fileStateChanged.disconnect(self._update_title)
        doc.scenarioChanged.disconnect(self._changed)

    def add_document(self, scenario: Scenario, path: Path | None) -> ScenarioModel:
        doc = ScenarioModel(scenario)
        doc.path = path
        self.documents.append(doc)
        self.undo_group.addStack(doc.undo_stack)
        self._watch(doc, True)
        self.tabs.addTab(self._tab_text(doc))
        self.set_active(len(self.documents) - 1)
        return doc

    def duplicate(self) -> ScenarioModel:
        """The normal way to explore: a copy of this scenario in a new tab, to change one thing."""
        from dataclasses import replace

        s = self.model.scenario
        copy = self.add_document(replace(s, name=s.name + " " + tr("(copy)")), None)
        copy.undo_stack.resetClean()  # a copy is unsaved work
        self._update_tabs()
        self._update_title()
        return copy

    def set_active(self, index: int) -> None:
        """Show the ``index``-th scenario (a tab click, or arrow keys in presentation mode)."""
        if not 0 <= index < len(self.documents):
            return
        if self.tabs.currentIndex() != index:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
        self._switch(self.documents[index])

    def _switch(self, doc: ScenarioModel, connected: bool = True) -> None:
        if doc is self.model:
            return
        if connected:
            self._disconnect(self.model)
            self.model.end_merge()
        self.model = doc
        self._connect(doc)
        self.editor.set_model(doc)
        self.undo_group.setActiveStack(doc.undo_stack)
        doc.flush()
        self._show_plan(doc.plan, doc.curves)
        self._update_title()
        self._update_overlays()
        self.activeChanged.emit(doc)

    def close_tab(self, index: int) -> bool:
        """Close one scenario (asking first when it has unsaved changes); the last one is replaced by a
        new scenario, so there is always something on screen."""
        doc = self.documents[index]
        if doc.dirty:
            self.set_active(index)
            if not self._confirm_discard():
                return False
        if len(self.documents) == 1:
            self.add_document(engine.default_scenario(), None)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.blockSignals(False)
        self.documents.pop(index)
        self.undo_group.removeStack(doc.undo_stack)
        self._watch(doc, False)
        if doc is self.model:
            self._disconnect(doc)
            new_index = min(index, len(self.documents) - 1)
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(new_index)
            self.tabs.blockSignals(False)
            self._switch(self.documents[new_index], connected=False)
        self._update_tabs()
        self._update_title()
        self._update_overlays()
        self.write_recovery()
        return True

    def file_save(self) -> bool:
        if self.model.path is None:
            return self.file_save_as()
        return self.save_to(self.model.path)

    def file_save_as(self) -> bool:
        start = str(self.model.path or Path.home() / (self.model.scenario.name.replace("/", "-") + FILE_SUFFIX))
        name, _ = QFileDialog.getSaveFileName(self, tr("Save scenario"), start,
                                              tr("ScalePlan scenarios (*.scaleplan.json)"))
        if not name:
            return False
        path = Path(name)
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + FILE_SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        try:
            engine.save(self.model.scenario, path)
        except (OSError, ScenarioError) as exc:
            QMessageBox.critical(self, tr("Cannot save"), tr("The scenario was not saved:") + f"\n\n{exc}")
            return False
        self.model.mark_saved(path)
        self._add_recent(path)
        self.remove_recovery()
        self.autosave_timer.stop()
        self.statusBar().showMessage(tr("Saved %s") % path.name, 4000)
        return True

    # -- recent files, settings ---------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [v for v in (value or []) if isinstance(v, str)]

    def _add_recent(self, path: Path) -> None:
        p = str(path.resolve())
        files = [p] + [f for f in self.recent_files() if f != p]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])
        self.settings.setValue("lastFile", p)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        if not files:
            act = self.recent_menu.addAction(tr("(none)"))
            act.setEnabled(False)
        for f in files:
            self.recent_menu.addAction(f, lambda f=f: self.open_path(Path(f)))

    def _restore_settings(self) -> None:
        geo = self.settings.value("geometry")
        if isinstance(geo, QByteArray):
            self.restoreGeometry(geo)
        state = self.settings.value("windowState")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        split = self.settings.value("splitter")
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)

    def _save_settings(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.setValue("lastFile", str(self.model.path.resolve()) if self.model.path else "")

    # -- autosave and recovery ----------------------------------------------------------------------
    def write_recovery(self) -> bool:
        """Write every open scenario with unsaved changes to its recovery file (and remove the files of
        those that have none); True when something was written."""
        from dataclasses import replace

        dirty = [doc for doc in self.documents if doc.dirty]
        for old in recovery_files():
            old.unlink(missing_ok=True)
        if not dirty:
            return False
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        try:
            for slot, doc in enumerate(dirty):
                s = doc.scenario
                ext = dict(s.extensions)
                ext["x-recovery"] = {"path": str(doc.path) if doc.path else None, "time": stamp}
                engine.save(replace(s, extensions=ext), recovery_path(slot))
        except (OSError, ScenarioError) as exc:
            self.statusBar().showMessage(tr("Autosave failed: %s") % exc, 8000)
            return False
        self.statusBar().showMessage(tr("Autosaved for recovery"), 3000)
        return True

    def remove_recovery(self) -> None:
        """After a save or a clean close: keep recovery files only for what is still unsaved."""
        if any(doc.dirty for doc in self.documents) and not self._closing:
            self.write_recovery()
            return
        for old in recovery_files():
            old.unlink(missing_ok=True)

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosaved work back, every scenario that was unsaved (one tab each).
        True when it was restored."""
        found = []
        for path in recovery_files():
            try:
                found.append(engine.load(path))
            except ScenarioError:
                path.unlink(missing_ok=True)
        if not found:
            return False
        info = [s.extensions.get("x-recovery", {}) if isinstance(s.extensions.get("x-recovery"), dict) else {}
                for s in found]
        names = "”, “".join(s.name for s in found)
        answer = QMessageBox.question(
            self, tr("Recover unsaved work?"),
            tr("ScalePlan did not close normally. Unsaved changes to “%s” were autosaved at %s. Restore them?")
            % (names, info[0].get("time", "?")), QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer != QMessageBox.Yes:
            for path in recovery_files():
                path.unlink(missing_ok=True)
            return False
        from dataclasses import replace

        reuse = self._pristine(self.model)
        for s, meta in zip(found, info):
            ext = {k: v for k, v in s.extensions.items() if k != "x-recovery"}
            original = Path(meta["path"]) if meta.get("path") else None
            restored = replace(s, extensions=ext)
            if reuse:
                reuse = False
                self.model.load_document(restored, original)
                doc = self.model
            else:
                doc = self.add_document(restored, original)
            doc.undo_stack.resetClean()  # restored work is unsaved work
        self._update_tabs()
        self._update_title()
        self.autosave_timer.start()
        return True

    def switch_language(self, lang: str) -> "MainWindow":
        """Show the window in another language now: a new window on the same document (same undo
        history, same file), placed where this one was; this one closes without a prompt."""
        QSettings().setValue("language", lang)
        set_language(lang)
        new = MainWindow(restore_state=False, model=self.model, documents=self.documents)
        new.setGeometry(self.geometry())
        new.restoreState(self.saveState())
        if self.isMaximized():
            new.showMaximized()
        else:
            new.show()
        MainWindow._alive.add(new)
        self._replaced = True
        self.close()
        MainWindow._alive.discard(self)
        self.deleteLater()
        return new

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._replaced:  # replaced by a window in another language: nothing to ask, nothing to clean
            event.accept()
            return
        for i, doc in enumerate(list(self.documents)):
            if doc.dirty:
                self.set_active(i)
                if not self._confirm_discard():
                    event.ignore()
                    return
        self._save_settings()
        self._closing = True
        self.remove_recovery()
        MainWindow._alive.discard(self)
        event.accept()
