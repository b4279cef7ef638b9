"""The main planning window: editor on the left, summary, five live plots and findings on the right."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QByteArray, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

import engine
from engine import Scenario, ScenarioError
from engine.curves import WindowCurves
from engine.money import in_currency, per_usd
from engine.planner import Plan
from engine.scenario import FILE_SUFFIX
from gui.plots import PLOTS, Plot
from gui.text.fields import no_plan
from gui.text.names import auto_name, new_scenario, numbered

from .document import ScenarioModel
from .editor import BudgetEditor
from .findings import FindingsPanel
from .i18n import LANGUAGES, current_language, set_language, tr
from .messages import plain
from .screen import fit_to_screen, grid_minimum_width
from .state import StateDir
from .summary import SummaryPanel
from .workspace import AUTOSAVE_MS, Workspace

__all__ = ["AUTOSAVE_MS", "MainWindow"]

_Written = TypeVar("_Written")  # what an export writes: a path, or a list of them



class MainWindow(QMainWindow):
    """Lays out the editor, summary, plots and findings and routes the menus' actions. What is open and
    which scenario is on screen belongs to :attr:`workspace`; the views follow its signals."""

    #: windows alive (a language switch replaces the window; the new one must be referenced somewhere)
    _alive: ClassVar[set[MainWindow]] = set()

    def __init__(self, scenario: Scenario | None = None, path: Path | None = None,
                 restore_state: bool = True, workspace: Workspace | None = None,
                 state: StateDir | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle("ScalePlan")
        self._replaced = False
        self._closing = False
        self.presenting = False
        self._dialogs: dict[str, QDialog] = {}
        self._overlay_key: tuple[tuple[str, int, str], ...] | None = None
        if workspace is None:
            workspace = Workspace(state)
            workspace.add(scenario, path)
        self.workspace = workspace
        workspace.setParent(self)
        self.settings = workspace.settings
        self.undo_group = workspace.undo_group
        self.first_paint_time: float | None = None

        self.editor = BudgetEditor(self.workspace)
        self.editor.fitRequested.connect(self.open_fit_dialog)
        self.editor_scroll = editor_scroll = QScrollArea()
        editor_scroll.setObjectName("editorScroll")
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(self.editor)
        editor_scroll.setMinimumWidth(self.editor.minimumSizeHint().width()
                                      + editor_scroll.verticalScrollBar().sizeHint().width() + 4)
        editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.summary = SummaryPanel()
        self.findings = FindingsPanel()
        self.plots = [cls() for cls in PLOTS]
        self.plot_by_slug = {plot.slug: plot for plot in self.plots}
        for plot in self.plots:
            plot.cache_items()
        self._add_plot_exports()
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        cells: list[QWidget] = [*self.plots, self.findings]
        for i, w in enumerate(cells):
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
        self.tabs.currentChanged.connect(self.set_active)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        rl.addWidget(self.tabs)
        rl.addWidget(self._presentation_bar())
        rl.addWidget(self.summary)
        rl.addWidget(grid_host, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(editor_scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([editor_scroll.minimumWidth(), 1600])
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self._presentation_keys()
        self.statusBar().showMessage(tr("Ready"))

        self.autosave_timer = workspace.autosave_timer
        self.autosave_timer.timeout.connect(self.write_recovery)

        workspace.activeChanged.connect(self._active_changed)
        workspace.activePlanChanged.connect(self._show_plan)
        workspace.activeScenarioChanged.connect(self._changed)
        workspace.activeFileStateChanged.connect(self._update_title)
        workspace.documentsChanged.connect(self._update_tabs)
        workspace.documentPlanChanged.connect(self._update_overlays)
        workspace.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._update_tabs()
        self._show_plan(self.model.plan, self.model.curves)
        self._update_overlays()
        self._update_title()
        # The summary puts its cards six to a row when it is 1100 px wide or more and four below
        # (summary.py). Laid out six to a row at the start, the cards made that layout's width the
        # window's minimum (1472 px: wider than a 1366-px laptop screen), so the four-a-row layout could
        # never be reached. The summary's minimum is the four-a-row layout's, with room for longer numbers.
        cards = list(self.summary.cards.values())
        self.summary.setMinimumWidth(int(1.1 * grid_minimum_width(cards, 4, self.summary.grid.spacing())))
        fit_to_screen(self, QSize(1600, 1000))  # the preferred size, as far as the screen allows
        if restore_state:
            self._restore_settings()

    def plot(self, slug: str) -> Plot:
        """The live plot of that name ("loss", "isoflop", "allocation", "data", "cost")."""
        return self.plot_by_slug[slug]

    @property
    def model(self) -> ScenarioModel:
        """The scenario on screen (the workspace's active document)."""
        return self.workspace.active

    @property
    def documents(self) -> tuple[ScenarioModel, ...]:
        return self.workspace.documents

    # -- menus --------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        m = self.menuBar().addMenu(tr("&File"))
        self.act_new = self._action(m, tr("&New"), QKeySequence.StandardKey.New, self.file_new)
        self.act_open = self._action(m, tr("&Open…"), QKeySequence.StandardKey.Open, self.file_open)
        self.act_duplicate = self._action(m, tr("&Duplicate scenario"), QKeySequence("Ctrl+D"), self.duplicate)
        self.act_close_tab = self._action(m, tr("&Close scenario"), QKeySequence.StandardKey.Close,
                                          lambda: self.close_tab(self.workspace.index(self.model)))
        self.recent_menu = m.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        self.act_save = self._action(m, tr("&Save"), QKeySequence.StandardKey.Save, self.file_save)
        self.act_save_as = self._action(m, tr("Save &As…"), QKeySequence.StandardKey.SaveAs, self.file_save_as)
        m.addSeparator()
        self.act_report = self._action(m, tr("Export re&port (PDF)…"), None, self.export_report)
        self.act_slides = self._action(m, tr("Export s&lides (PPTX)…"), None, self.export_slides)
        self.act_spreadsheet = self._action(m, tr("Export spreads&heet (XLSX)…"), None, self.export_spreadsheet)
        # (a lambda: QAction.triggered passes its checked state, False, which would land in ``folder``)
        self.act_figures = self._action(m, tr("Export &figures (PNG, SVG, CSV)…"), None,
                                        lambda: self.export_figures())
        m.addSeparator()
        self._action(m, tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        e = self.menuBar().addMenu(tr("&Edit"))
        self.act_undo = self.undo_group.createUndoAction(self, tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_group.createRedoAction(self, tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        e.addAction(self.act_undo)
        e.addAction(self.act_redo)
        law_menu = self.menuBar().addMenu(tr("&Law"))
        self.act_fit = self._action(law_menu, tr("&Fit to your runs…"), None, self.open_fit_dialog)
        view = self.menuBar().addMenu(tr("&View"))
        self.act_sensitivity = self._action(view, tr("&Sensitivity (tornado)…"), None, self.open_sensitivity)
        self.act_compare = self._action(view, tr("&Compare scenarios…"), None, self.open_compare)
        self.act_alternatives = self._action(view, tr("&What would it take…"), None, self.open_alternatives)
        self.act_programme = self._action(view, tr("P&rogramme, serving and compliance…"), None,
                                          self.open_programme)
        self.act_overlay = self._action(view, tr("&Overlay the other scenarios on the plots"), None,
                                        self._overlay_toggled)
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

        def open_help(page: str) -> QDialog:
            """Help → User guide (F1) or Glossary: the one help dialog, turned to ``page``."""
            from gui.app.dialogs.help import HelpDialog

            dialog = self._dialog("help", lambda: HelpDialog(self))
            assert isinstance(dialog, HelpDialog)
            dialog.show_page(page)
            return dialog

        self.act_guide = self._action(h, tr("&User guide"), QKeySequence("F1"), lambda: open_help("guide"))
        self.act_glossary = self._action(h, tr("&Glossary"), None, lambda: open_help("glossary"))
        h.addSeparator()
        self._action(h, tr("&About ScalePlan"), None, self._about)

    def _action(self, menu: QMenu, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[[], object]) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _add_plot_exports(self) -> None:
        """Right-click on a plot: save it as PNG (2×), SVG or CSV."""
        for plot in self.plots:
            plot.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            for fmt, label in (("png", tr("Save as PNG (2×)…")), ("svg", tr("Save as SVG…")),
                               ("csv", tr("Save data as CSV…"))):
                act = QAction(label, plot)
                act.triggered.connect(lambda _c=False, p=plot, f=fmt: self.export_plot(p, f))
                plot.addAction(act)

    def export_plot(self, plot: Plot, fmt: str, path: str | None = None) -> Path | None:
        from gui.reports.figures import export_csv, export_png, export_svg

        if self._require_plan(tr("Save plot")) is None:  # the plot still shows an older scenario's plan
            return None
        if path is None:
            start = str(Path.home() / f"{plot.slug}.{fmt}")
            path, _ = QFileDialog.getSaveFileName(self, tr("Save plot"), start, f"{fmt.upper()} (*.{fmt})")
            if not path:
                return None
        return self._saving({"png": export_png, "svg": export_svg, "csv": export_csv}[fmt], plot, path)

    def _saving(self, write: Callable[..., _Written], *args: Any) -> _Written | None:
        """Run a writer; report a failure in a dialog (the work on screen is untouched) and a success in
        the status bar."""
        try:
            written = write(*args)
        except OSError as exc:
            QMessageBox.warning(self, tr("Cannot save"), plain(str(exc)))
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

    def _require_plan(self, action: str) -> Plan | None:
        """The plan of the scenario on screen, or None after saying why it has none (a message titled
        ``action``). Every window action that works on the plan asks here first: none ever works on the
        last plan of inputs that have changed since (it is still drawn, but it is not this scenario's)."""
        model = self.model
        model.flush()  # a pending edit is planned first: the answer is about the inputs on screen
        if model.plan is not None and not model.plan_error:
            return model.plan
        QMessageBox.warning(self, action, plain(no_plan(model.plan_error) + "\n\n"
                                                + tr("Change the inputs, then try again.")))
        return None

    def export_report(self, path: str | None = None) -> Path | None:
        """The PDF of the open scenarios, the one on screen first: with several open, those the user checks
        (the dialog of Export slides); with ``path`` (scripts, tests), every one with a plan, unasked."""
        from gui.reports.pdf import write_pdf

        return self._export_chosen(tr("Export report"), ".pdf", "PDF (*.pdf)", write_pdf, path)

    def _export_chosen(self, title: str, suffix: str, file_filter: str, write: Callable[..., Path],
                       path: str | None) -> Path | None:
        """The open scenarios chosen (:func:`gui.app.dialogs.choose.choose_plans`; cancelled: nothing written;
        none with a plan: why the one on screen has none) written by ``write`` to ``path`` or where the user
        says."""
        from gui.app.dialogs.choose import choose_plans

        plans = choose_plans(self, title, tr("Export"), self.documents, self.model, ask=not path)
        if not plans:
            if plans is not None:
                self._require_plan(title)
            return None
        path = path or self._ask_save_path(title, suffix, file_filter)
        return self._saving(write, plans, path) if path else None

    def export_slides(self, path: str | None = None) -> Path | None:
        """Slides of the open scenarios, the one on screen first (the others are compared with it): with
        several open, those the user checks (one without a current plan is listed, disabled, with the
        reason); with ``path`` (scripts, tests), every one with a plan, unasked."""
        from gui.reports.slides import write_pptx

        return self._export_chosen(tr("Export slides"), ".pptx", "PowerPoint (*.pptx)", write_pptx, path)

    def export_spreadsheet(self, path: str | None = None) -> Path | None:
        """Every open scenario with a plan, the one on screen first (the others are compared with it)."""
        plan = self._require_plan(tr("Export spreadsheet"))
        if plan is None:
            return None
        path = path or self._ask_save_path(tr("Export spreadsheet"), ".xlsx", "Excel (*.xlsx)")
        if not path:
            return None
        from gui.reports.xlsx import write_xlsx

        others = []
        for doc in self.documents:
            if doc is not self.model:
                doc.flush()  # a tab opened but not yet planned is planned now
                if doc.plan is not None and not doc.plan_error:
                    others.append(doc.plan)
        return self._saving(write_xlsx, [plan, *others], path)

    def export_figures(self, folder: str | None = None) -> list[Path] | None:
        if self._require_plan(tr("Export figures")) is None:  # the plots would show an older plan
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, tr("Export figures to"), str(Path.home()))
            if not folder:
                return None
        from gui.reports.figures import export_all

        return self._saving(export_all, self.plots, folder)

    def _dialog(self, key: str, make: Callable[[], QDialog]) -> QDialog:
        """The one dialog of its kind: raised when it is open, else made; deleted when it closes (its
        connections to the workspace go with it)."""
        dialog = self._dialogs.get(key)
        if dialog is None:
            dialog = make()
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda *_a, k=key: self._dialogs.pop(k, None))
            self._dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_compare(self) -> QDialog:
        """View → Compare scenarios: inputs and results of the open scenarios side by side."""
        from gui.app.dialogs.compare import CompareDialog

        return self._dialog("compare", lambda: CompareDialog(self.workspace, self))

    def toggle_presentation(self) -> None:
        """Full screen with the scenario's name large at the top, larger type on the cards, plots and
        findings (sized to the screen: all of it fits a 1366 × 768 laptop), the editor, menus, status bar
        and tab bar hidden; ← and → step through the open scenarios, Esc (or F5) leaves, back to the
        window's size, place and state as they were (normal or maximised)."""
        presenting = self.presenting = not self.presenting
        if presenting:
            self._before_presenting = (self.windowState(), self.saveGeometry())
        for widget in (self.editor_scroll, self.menuBar(), self.statusBar(), self.tabs):
            widget.setVisible(not presenting)
        self.presentation_bar.setVisible(presenting)
        for act in self.presentation_actions:
            act.setEnabled(presenting)
        self._size_for_presenting()
        if presenting:
            self._update_presentation_title()
            self.showFullScreen()
            return
        state, geometry = self._before_presenting
        self.showNormal()
        self.restoreGeometry(geometry)  # the normal geometry, and maximised where it was
        if self.windowState() != state:
            self.setWindowState(state)

    def _presentation_bar(self) -> QWidget:
        """The scenario's name, large, over the cards while presenting (hidden otherwise), with where it
        is among the open scenarios and the keys."""
        bar = self.presentation_bar = QWidget()
        bar.setObjectName("presentationBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(2, 0, 2, 0)
        self.presentation_title = QLabel()
        self.presentation_title.setObjectName("presentationTitle")
        self.presentation_hint = QLabel()
        self.presentation_hint.setObjectName("presentationHint")
        for label in (self.presentation_title, self.presentation_hint):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.presentation_title.setMinimumWidth(1)  # a long name is cut at the window's edge, not widening it
        row.addWidget(self.presentation_title, 1)
        row.addWidget(self.presentation_hint, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.hide()
        return bar

    def _update_presentation_title(self, *_args: object) -> None:
        """The name of the scenario on screen, in its tab's colour when several are open, and "2 / 3"."""
        if not self.presenting:
            return
        docs = self.documents
        colour = self.workspace.colour(self.model).name() if len(docs) > 1 else "#1b2631"
        title = self.model.scenario.name
        if self.presentation_title.text() != title:
            self.presentation_title.setText(title)
        self.presentation_title.setStyleSheet(f"color: {colour}; font-weight: 600; font-size: {self._title_pt:.3g}pt;")
        where = f"{self.workspace.index(self.model) + 1} / {len(docs)}   " if len(docs) > 1 else ""
        self.presentation_hint.setText(where + tr("← → scenarios · Esc leaves"))
        # another scenario's numbers may be longer: the cards are fitted again once they show them
        QTimer.singleShot(0, self._fit_cards)

    def _fit_cards(self) -> None:
        if self.presenting:
            self.summary.set_large(True, self._presenting_width())

    def _presenting_width(self) -> int:
        """The width the cards have while presenting: the screen's, less the margins."""
        return self.screen().geometry().width() - 12

    def presentation_scale(self) -> float:
        """How many times their size the plots' type and markers are while presenting: 1.25 on a 1366 ×
        768 screen (or 1440 × 900 logical, a 2880 × 1800 one at 2×), more on larger ones, at most 1.8."""
        size = self.screen().geometry().size()
        return max(1.2, min(1.8, 1.25 * min(size.width() / 1366, size.height() / 768)))

    def _size_for_presenting(self) -> None:
        """Type sized for the room while presenting, or back to the window's own."""
        presenting = self.presenting
        scale = self.presentation_scale()
        for plot in self.plots:
            plot.set_presenting(presenting, scale)
        self.summary.set_large(presenting, self._presenting_width())
        # (a style sheet: the findings' labels have style sheets of their own, and take no font from the panel)
        self.findings.setStyleSheet(f"QLabel {{ font-size: {self.font().pointSizeF() * min(scale, 1.5):.3g}pt; }}"
                                    if presenting else "")
        self._title_pt = 16 * scale
        hint = QFont()
        hint.setPointSizeF(9 * scale)
        self.presentation_hint.setFont(hint)
        self.presentation_hint.setStyleSheet("color: #7b8794;")

    def _presentation_keys(self) -> None:
        """← → (and Page Up/Down, Space) step through the scenarios, Esc leaves: window-wide shortcuts,
        enabled only while presenting (a plot or a field with focus would otherwise take the keys)."""
        def step(delta: int) -> None:
            self.workspace.step(delta)

        self.workspace.activeChanged.connect(self._update_presentation_title)
        self.workspace.activeScenarioChanged.connect(self._update_presentation_title)
        self.workspace.documentsChanged.connect(self._update_presentation_title)

        self.presentation_actions = []
        for keys, slot in (((Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space), lambda: step(1)),
                           ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), lambda: step(-1)),
                           ((Qt.Key.Key_Escape,), self.toggle_presentation)):
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setEnabled(False)
            act.triggered.connect(slot)
            self.addAction(act)
            self.presentation_actions.append(act)

    def open_sensitivity(self) -> QDialog | None:
        """View → Sensitivity: tornado charts of the scenario on screen (they follow it and its edits).
        None, after saying why, when the scenario has no plan."""
        from gui.app.dialogs.sensitivity import SensitivityDialog

        if self._require_plan(tr("Sensitivity: what moves the plan")) is None:
            return None
        return self._dialog("sensitivity", lambda: SensitivityDialog(self.workspace, self))

    def open_alternatives(self) -> QDialog | None:
        """View → What would it take: the run on other cluster sizes; a row opens as a new tab. None, after
        saying why, when the scenario has no plan."""
        from gui.app.dialogs.alternatives import AlternativesDialog

        if self._require_plan(tr("What would it take")) is None:
            return None

        def make() -> QDialog:
            dialog = AlternativesDialog(self.workspace, self)
            dialog.openRequested.connect(self._open_alternative)
            return dialog

        return self._dialog("alternatives", make)

    def open_programme(self) -> QDialog:
        """View → Programme: the stages, the cash flow, thinking longer or a larger model, and compliance of
        the scenario on screen (what to plan when it has neither a programme nor serving, otherwise)."""
        from gui.app.dialogs.programme import ProgrammeDialog

        return self._dialog("programme", lambda: ProgrammeDialog(self.workspace, self))

    def _open_alternative(self, scenario: Scenario) -> None:
        """An alternative as a new tab, named for what it is (numbered if that name is taken)."""
        name = numbered(auto_name(scenario), (d.scenario.name for d in self.documents))
        doc = self.add_document(replace(scenario, name=name), None)
        doc.undo_stack.resetClean()  # unsaved work
        self.workspace.notice.emit(tr("Opened as a new tab: %s") % name)

    def open_fit_dialog(self) -> QDialog:
        """Law → Fit to your runs… (also the button under the law selector). Returns the dialog."""
        from gui.app.dialogs.fit import FitDialog

        def make() -> QDialog:
            dialog = FitDialog(self.model, self)
            dialog.setModal(True)
            return dialog

        return self._dialog("fit", make)

    def _about(self) -> None:
        QMessageBox.about(self, tr("About ScalePlan"),
                          f"<b>ScalePlan {engine.__version__}</b><br>"
                          + tr("Plans large language-model training runs from a budget, with scaling laws "
                               "from Hoffmann et al. 2022, Besiroglu et al. 2024, Kaplan et al. 2020 and "
                               "Muennighoff et al. 2023."))

    # -- view updates -------------------------------------------------------------------------------
    def _show_plan(self, plan: Plan | None, curves: WindowCurves | None) -> None:
        """The plan on every view; while the inputs have none (``plan_error``), the last valid plan stays on
        screen greyed with the reason, so it is never read as the current inputs' result."""
        stale = self.model.plan_error
        if plan is not None and curves is not None:
            self.summary.update_plan(plan)
            for p in self.plots:
                p.update_plan(plan, curves)
                p.settle()
            self.findings.update_findings(plan.findings, stale)
            self.summary.mark(plan.findings)
        else:
            self.findings.update_findings((), stale, last_plan=False)
        self.summary.set_stale(stale, last_plan=plan is not None)
        # the plots say it short; the reason in full is above the cards and in the findings
        note = (tr("Not updated: these inputs have no plan (the reason is above the results).") if plan is not None
                else tr("No plan for these inputs (the reason is above the results).")) if stale else None
        for p in self.plots:
            p.set_stale(note)

    def _changed(self, _scenario: Scenario) -> None:
        self._update_title()

    def _update_title(self) -> None:
        name = self.model.scenario.name
        where = self.model.path.name if self.model.path else tr("unsaved")
        self.setWindowTitle(f"{name} — {where}[*] — ScalePlan")
        self.setWindowModified(self.model.dirty)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.first_paint_time is None:
            self.first_paint_time = time.perf_counter()
            if os.environ.get("SCALEPLAN_STARTUP_PROBE"):
                # `make bench` (startup_ms): report the wall clock once this first frame is done, then quit
                QTimer.singleShot(0, self._report_first_paint)

    def _report_first_paint(self) -> None:
        print(f"first_paint_epoch={time.time():.6f}", flush=True)
        self.model.undo_stack.setClean()
        QApplication.quit()

    # -- files --------------------------------------------------------------------------------------
    def _confirm_discard(self) -> bool:
        """True when it is fine to replace the current document (saved, discarded, or nothing to lose)."""
        if not self.model.dirty:
            return True
        button = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, tr("Unsaved changes"),
            plain(tr("“%s” has unsaved changes. Save them first?") % self.model.scenario.name),
            button.Save | button.Discard | button.Cancel, button.Save)
        if answer == button.Save:
            return self.file_save()
        return answer == button.Discard

    def file_new(self) -> None:
        """A new scenario in a new tab (the work in the other tabs stays as it is)."""
        self.add_document(new_scenario(), None)
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
        existing = self.workspace.find_path(Path(path))
        if existing is not None:  # already open: show it
            self.workspace.set_active(existing)
            return True
        try:
            scenario = engine.load(path)
        except ScenarioError as exc:
            QMessageBox.warning(self, tr("Cannot open scenario"),
                                plain(tr("The file could not be opened:") + f"\n\n{exc}\n\n"
                                      + tr("Your current work is unchanged.")))
            return False
        if self.workspace.pristine(self.model):
            self.model.load_document(scenario, Path(path))
        else:
            self.add_document(scenario, Path(path))
        self.workspace.add_recent(Path(path))
        self.statusBar().showMessage(tr("Opened %s") % Path(path).name, 4000)
        return True

    # -- tabs: several scenarios ---------------------------------------------------------------------
    def _tab_text(self, doc: ScenarioModel) -> str:
        name = doc.scenario.name
        name = name if len(name) <= 28 else name[:27] + "…"
        return name + (" *" if doc.dirty else "")

    def _update_tabs(self, *_args: object) -> None:
        """The tab bar mirrors the workspace: one tab per document, its name, '*' when unsaved, its colour.
        Runs on every edit: the tab bar is touched only where something changed."""
        docs = self.documents
        count = self.tabs.count()
        with QSignalBlocker(self.tabs):
            while self.tabs.count() > len(docs):
                self.tabs.removeTab(self.tabs.count() - 1)
            while self.tabs.count() < len(docs):
                self.tabs.addTab("")
            for i, doc in enumerate(docs):
                text = self._tab_text(doc)
                if self.tabs.tabText(i) != text:
                    self.tabs.setTabText(i, text)
                colour = self.workspace.colour(doc) if len(docs) > 1 else QColor("#222")
                if self.tabs.tabTextColor(i) != colour:
                    self.tabs.setTabTextColor(i, colour)
            active = self.workspace.index(self.model)
            if self.tabs.currentIndex() != active:
                self.tabs.setCurrentIndex(active)
        if self.tabs.count() != count:
            self.tabs.updateGeometry()  # a hidden tab bar skips it; tabs added before the window shows had height 0

    def _overlay_toggled(self) -> None:
        self._overlay_key = None
        self._update_overlays()

    def _overlay_plans(self) -> list[tuple[str, Plan, QColor]]:
        """The other open scenarios with a current plan, in the currency (and at the rate) of the one on
        screen, so a cost axis never mixes ¥ and $; a scenario whose inputs have no plan is left out."""
        others = []
        if self.act_overlay.isChecked():
            s = self.model.scenario
            for doc in self.documents:
                if doc is not self.model and doc.plan is not None and not doc.plan_error:
                    plan = in_currency(doc.plan, s.money.currency, per_usd(s))
                    others.append((doc.scenario.name, plan, self.workspace.colour(doc)))
        return others

    def _update_overlays(self, *_args: object) -> None:
        """The other open scenarios' plans, marked on every plot in their tab colours."""
        others = self._overlay_plans()
        key = tuple((name, id(plan), colour.name()) for name, plan, colour in others)
        if key == self._overlay_key:
            return  # only the plan on screen changed (a drag): nothing to redraw here
        self._overlay_key = key
        for plot in self.plots:
            plot.show_others(others)

    def add_document(self, scenario: Scenario, path: Path | None) -> ScenarioModel:
        """A new tab with this scenario, shown."""
        return self.workspace.add(scenario, path)

    def duplicate(self) -> ScenarioModel:
        """The normal way to explore: a copy of this scenario in a new tab, to change one thing."""
        s = self.model.scenario
        copy = self.add_document(replace(s, name=numbered(s.name, (d.scenario.name for d in self.documents))), None)
        copy.undo_stack.resetClean()  # a copy is unsaved work
        return copy

    def set_active(self, index: int) -> None:
        """Show the ``index``-th scenario (a tab click, or arrow keys in presentation mode)."""
        if 0 <= index < len(self.documents):
            self.workspace.set_active(index)

    def _active_changed(self, doc: ScenarioModel) -> None:
        self._update_tabs()
        self._update_overlays()

    def close_tab(self, index: int) -> bool:
        """Close one scenario (asking first when it has unsaved changes); the last one is replaced by a
        new scenario, so there is always something on screen."""
        doc = self.documents[index]
        if doc.dirty:
            self.set_active(index)
            if not self._confirm_discard():
                return False
        self.workspace.remove(doc)
        return True

    def file_save(self) -> bool:
        if self.model.path is None:
            return self.file_save_as()
        return self.save_to(self.model.path)

    def file_save_as(self) -> bool:
        start = str(self.model.path or self.model.suggested_path
                    or Path.home() / (self.model.scenario.name.replace("/", "-") + FILE_SUFFIX))
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
            QMessageBox.critical(self, tr("Cannot save"), plain(tr("The scenario was not saved:") + f"\n\n{exc}"))
            return False
        self.model.mark_saved(path)
        self.workspace.add_recent(path)
        self.write_recovery()  # this document's recovery file goes; other unsaved tabs keep theirs
        self.statusBar().showMessage(tr("Saved %s") % path.name, 4000)
        return True

    # -- recent files, settings ---------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return self.workspace.recent_files()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        if not files:
            act = self.recent_menu.addAction(tr("(none)"))
            act.setEnabled(False)
        for f in files:
            self.recent_menu.addAction(f, partial(self.open_path, Path(f)))

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
        """Autosave every open scenario with unsaved changes to its own recovery file (and remove the
        files of those that have none); True when something was written."""
        try:
            wrote = self.workspace.write_recovery()
        except (OSError, ScenarioError) as exc:
            self.statusBar().showMessage(tr("Autosave failed: %s") % exc, 8000)
            return False
        if wrote:
            self.statusBar().showMessage(tr("Autosaved for recovery"), 3000)
        return wrote

    def remove_recovery(self) -> None:
        """The work in this window is saved or discarded: remove its recovery files (only this window's)."""
        self.workspace.remove_recovery()

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosaved work back, every scenario that was unsaved (one tab each);
        say which autosaved files could not be read (they are set aside, not deleted). True when work was
        restored. A restored scenario is unsaved work: Save asks where, starting where it was saved."""
        found, aside = self.workspace.load_recovery()
        if not found and not aside:
            return False
        button = QMessageBox.StandardButton
        unreadable = ""
        if aside:
            unreadable = "\n\n" + tr("%d autosaved files could not be read; they were moved to %s.") % (
                len(aside), aside[0].parent)
        if not found:
            QMessageBox.warning(self, tr("Recover unsaved work"), plain(unreadable.strip()))
            return False
        names = "”, “".join(s.name for _path, s, _meta in found)
        answer = QMessageBox.question(
            self, tr("Recover unsaved work?"),
            plain(tr("ScalePlan did not close normally. Unsaved changes to “%s” were autosaved at %s. "
                     "Restore them?") % (names, found[0][2].get("time") or "?") + unreadable),
            button.Yes | button.No, button.Yes)
        if answer != button.Yes:
            for path, _s, _meta in found:
                path.unlink(missing_ok=True)
            return False
        reuse = self.workspace.pristine(self.model)
        for _path, s, meta in found:
            ext = {k: v for k, v in s.extensions.items() if k != "x-recovery"}
            restored = replace(s, extensions=ext)
            if reuse:
                reuse = False
                self.model.load_document(restored, None)
                doc = self.model
            else:
                doc = self.add_document(restored, None)
            # where it was saved is a suggestion for Save As, never a path written to without asking
            saved_as = meta.get("path")
            doc.suggested_path = Path(saved_as) if saved_as else None
            doc.undo_stack.resetClean()  # restored work is unsaved work
        self.write_recovery()  # now in this window's own recovery files
        for path, _s, _meta in found:
            path.unlink(missing_ok=True)
        return True

    def switch_language(self, lang: str) -> MainWindow:
        """Show the window in another language now: a new window on the same document (same undo
        history, same file), placed where this one was; this one closes without a prompt."""
        self.settings.setValue("language", lang)
        set_language(lang)
        for dialog in list(self._dialogs.values()):
            dialog.close()
        workspace = self.workspace
        workspace.setParent(None)  # the new window takes the open documents and their histories
        new = MainWindow(restore_state=False, workspace=workspace)
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

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._replaced:  # replaced by a window in another language: nothing to ask, nothing to clean
            event.accept()
            return
        for doc in self.documents:
            if doc.dirty:
                self.workspace.set_active(doc)
                if not self._confirm_discard():
                    event.ignore()
                    return
        self._save_settings()
        self._closing = True
        self.remove_recovery()
        self.workspace.state.discard()  # a headless window's temporary state; never the user's
        MainWindow._alive.discard(self)
        event.accept()
