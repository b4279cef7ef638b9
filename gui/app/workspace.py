"""The workspace: the open scenarios (documents), which one is on screen, their undo histories, recovery
files and recent files. The single owner of "which scenario is active".

Views and dialogs never read each other's attributes: they listen to the workspace. For the document on
screen it re-emits the document's own signals (``activePlanChanged`` at most once per frame, the plan
being throttled in :class:`gui.app.document.ScenarioModel`), so a view connects once and follows tab
switches without re-wiring; ``documentsChanged`` and ``documentPlanChanged`` cover every open document
(tabs, overlays, Compare).
"""

from __future__ import annotations

import contextlib
import itertools
import math
import os
import stat
import time
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QColor, QUndoGroup

import engine
from engine import Scenario, ScenarioError
from engine.scenario import FILE_SUFFIX
from gui.text.names import new_scenario
from gui.text.palette import SCENARIO_COLOURS

from .document import ScenarioModel
from .state import StateDir

MAX_RECENT = 8
#: unsaved work is autosaved at most this long after the first change since the last autosave
AUTOSAVE_MS = 30_000
RECOVERY_PREFIX = "recovery"
_serial = itertools.count(1)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class Workspace(QObject):
    #: the document on screen changed: the new ScenarioModel
    activeChanged = Signal(object)
    #: a document was opened or closed, or a tab's name or saved state changed
    documentsChanged = Signal()
    #: any open document has a new plan: that ScenarioModel
    documentPlanChanged = Signal(object)
    #: the document on screen: a new plan (plan, curves), at most once per frame
    activePlanChanged = Signal(object, object)
    #: the document on screen: its scenario changed (any edit, undo, redo, open)
    activeScenarioChanged = Signal(object)
    #: the document on screen: its file or saved state changed
    activeFileStateChanged = Signal()
    #: the document on screen: a field's input was refused (path, message) or is valid again (path, "")
    activeFieldError = Signal(str, str)
    #: something the user should read that is not an error ("Converted to USD at ¥150 per $1"): the
    #: window shows it in its status bar
    notice = Signal(str)

    def __init__(self, state: StateDir | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state or StateDir.isolated()
        self.settings: QSettings = self.state.settings()
        self.undo_group = QUndoGroup(self)
        self._documents: list[ScenarioModel] = []
        self._active: ScenarioModel | None = None
        #: started by the first change to any document after the last autosave (the window writes the
        #: recovery files when it fires, with a message in its status bar)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)

    # -- documents ----------------------------------------------------------------------------------
    @property
    def documents(self) -> tuple[ScenarioModel, ...]:
        return tuple(self._documents)

    @property
    def active(self) -> ScenarioModel:
        assert self._active is not None, "a workspace always has a document once one was added"
        return self._active

    def index(self, doc: ScenarioModel) -> int:
        return self._documents.index(doc)

    def colour(self, doc: ScenarioModel) -> QColor:
        """The scenario's colour: its tab, its markers on the other scenarios' plots, its Compare column."""
        return QColor(SCENARIO_COLOURS[self.index(doc) % len(SCENARIO_COLOURS)])

    def known_rate(self, currency: str) -> float | None:
        """The rate (units per US dollar) to convert the active document to ``currency`` at: the one it had
        in that currency, else another open document's, else the last one the user converted at (their
        settings); None when the user has to say."""
        if currency == "USD":
            return 1.0
        for doc in (self.active, *self._documents):
            if currency in doc.rates:
                return doc.rates[currency]
        value = self.settings.value(f"rates/{currency}")
        try:
            rate = float(str(value)) if value is not None else None
        except ValueError:
            return None
        return rate if rate is not None and math.isfinite(rate) and rate > 0 else None

    def remember_rate(self, currency: str, rate: float) -> None:
        """Keep a rate the user gave for the next session (their settings, never in a headless run's)."""
        if currency != "USD":
            self.settings.setValue(f"rates/{currency}", rate)

    def add(self, scenario: Scenario | None = None, path: Path | None = None, *,
            doc: ScenarioModel | None = None, activate: bool = True) -> ScenarioModel:
        """Open a scenario (or adopt an existing document) as a new tab."""
        if doc is None:
            doc = ScenarioModel(scenario)
            doc.path = path
        doc.setParent(self)
        doc.recovery_file = self.state.recovery_dir / f"{RECOVERY_PREFIX}-{os.getpid()}-{next(_serial)}{FILE_SUFFIX}"
        self._documents.append(doc)
        self.undo_group.addStack(doc.undo_stack)
        doc.planChanged.connect(lambda plan, curves, d=doc: self._plan_changed(d, plan, curves))
        doc.scenarioChanged.connect(lambda s, d=doc: self._scenario_changed(d, s))
        doc.fileStateChanged.connect(lambda d=doc: self._file_state_changed(d))
        doc.fieldError.connect(lambda path, message, d=doc: self._field_error(d, path, message))
        # after an edit, undo or redo is complete (unlike scenarioChanged, which redo() emits inside
        # QUndoStack.push() while the stack still looks clean: the first edit was never autosaved)
        doc.edited.connect(lambda d=doc: self._edited(d))
        self.documentsChanged.emit()
        if activate or self._active is None:
            self.set_active(doc)
        return doc

    def remove(self, doc: ScenarioModel) -> None:
        """Close a document (the caller asked about unsaved work). The last one is replaced by a new
        scenario, so there is always one on screen. Its recovery file goes with it."""
        if doc not in self._documents:
            return
        if len(self._documents) == 1:
            self.add(new_scenario(), None, activate=False)
        index = self.index(doc)
        self._documents.remove(doc)
        self.undo_group.removeStack(doc.undo_stack)
        for signal in (doc.planChanged, doc.scenarioChanged, doc.fileStateChanged, doc.fieldError, doc.edited):
            signal.disconnect()
        self._remove_recovery_file(doc)
        if doc is self._active:
            self._active = None
            self.set_active(self._documents[min(index, len(self._documents) - 1)])
        self.documentsChanged.emit()
        doc.end_merge()
        doc.deleteLater()

    def set_active(self, which: ScenarioModel | int) -> None:
        doc = self._documents[which] if isinstance(which, int) else which
        if doc is self._active:
            return
        if self._active is not None:
            self._active.end_merge()
        self._active = doc
        self.undo_group.setActiveStack(doc.undo_stack)
        doc.flush()
        self.activeChanged.emit(doc)
        self.activeScenarioChanged.emit(doc.scenario)
        self.activePlanChanged.emit(doc.plan, doc.curves)
        self.activeFileStateChanged.emit()

    def step(self, delta: int) -> None:
        """The next (or previous) document, wrapping around (presentation mode's arrow keys)."""
        self.set_active((self.index(self.active) + delta) % len(self._documents))

    @staticmethod
    def pristine(doc: ScenarioModel) -> bool:
        """A new, untouched scenario (opening a file may take its place)."""
        return doc.path is None and doc.undo_stack.count() == 0

    def find_path(self, path: Path) -> ScenarioModel | None:
        for doc in self._documents:
            if doc.path is not None and Path(path).resolve() == doc.path.resolve():
                return doc
        return None

    def _plan_changed(self, doc: ScenarioModel, plan: object, curves: object) -> None:
        if doc is self._active:
            self.activePlanChanged.emit(plan, curves)
        self.documentPlanChanged.emit(doc)

    def _scenario_changed(self, doc: ScenarioModel, scenario: Scenario) -> None:
        if doc is self._active:
            self.activeScenarioChanged.emit(scenario)
        self.documentsChanged.emit()

    def _edited(self, doc: ScenarioModel) -> None:
        if doc.dirty and not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def _field_error(self, doc: ScenarioModel, path: str, message: str) -> None:
        if doc is self._active:
            self.activeFieldError.emit(path, message)

    def _file_state_changed(self, doc: ScenarioModel) -> None:
        if doc is self._active:
            self.activeFileStateChanged.emit()
        self.documentsChanged.emit()

    # -- recent files -------------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [v for v in value if isinstance(v, str)]

    def add_recent(self, path: Path) -> None:
        p = str(Path(path).resolve())
        files = [p] + [f for f in self.recent_files() if f != p]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])
        self.settings.setValue("lastFile", p)

    # -- recovery: one file per unsaved document, named for this process -----------------------------
    def write_recovery(self) -> bool:
        """Write every document with unsaved changes to its own recovery file and remove the files of
        those that have none. Returns True when something was written; raises OSError/ScenarioError."""
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        wrote = False
        for doc in self._documents:
            if not doc.dirty or doc.recovery_file is None:
                self._remove_recovery_file(doc)
                continue
            s = doc.scenario
            ext = dict(s.extensions)
            ext["x-recovery"] = {"path": str(doc.path) if doc.path else None, "time": stamp}
            self.state.ensure_recovery_dir()
            engine.save(replace(s, extensions=ext), doc.recovery_file)
            wrote = True
        return wrote

    def remove_recovery(self) -> None:
        """The work is safe (saved or discarded): remove this workspace's recovery files, and only those."""
        for doc in self._documents:
            self._remove_recovery_file(doc)

    @staticmethod
    def _remove_recovery_file(doc: ScenarioModel) -> None:
        if doc.recovery_file is not None:
            with contextlib.suppress(OSError):
                doc.recovery_file.unlink(missing_ok=True)

    def orphaned_recovery_files(self) -> list[Path]:
        """Recovery files left by a process that is no longer running (a crash), oldest first."""
        folder = self.state.recovery_dir
        if not folder.is_dir():
            return []
        ours = {doc.recovery_file for doc in self._documents}
        found = []
        for path in folder.glob(RECOVERY_PREFIX + "*" + FILE_SUFFIX):
            if path in ours:
                continue
            parts = path.name[: -len(FILE_SUFFIX)].split("-")
            if len(parts) == 3 and parts[1].isdigit() and int(parts[1]) != os.getpid() \
                    and _pid_alive(int(parts[1])):
                continue  # another ScalePlan process that is still running: its work, not lost
            found.append(path)
        return sorted(found, key=lambda p: (p.lstat().st_mtime, p.name))

    def load_recovery(self) -> tuple[list[tuple[Path, Scenario, dict[str, str | None]]], list[Path]]:
        """The scenarios in orphaned recovery files, with their x-recovery notes; and the files that could
        not be read (truncated, not a regular file, invalid), which are moved into ``unreadable/`` beside
        them — kept for the user, never deleted, and never tried again at the next start."""
        found: list[tuple[Path, Scenario, dict[str, str | None]]] = []
        aside: list[Path] = []
        for path in self.orphaned_recovery_files():
            try:
                if not stat.S_ISREG(os.stat(path, follow_symlinks=False).st_mode):
                    raise ScenarioError(str(path), "is not a regular file", code="file.unreadable",
                                        values={"reason": "not a regular file"})
                s = engine.load(path)
            except (ScenarioError, OSError):
                aside.append(self._set_aside(path))
                continue
            meta = s.extensions.get("x-recovery")
            notes = {str(k): (str(v) if v is not None else None) for k, v in meta.items()} \
                if isinstance(meta, Mapping) else {}
            found.append((path, s, notes))
        return found, aside

    def _set_aside(self, path: Path) -> Path:
        folder = self.state.recovery_dir / "unreadable"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / path.name
        if target.exists() or target.is_symlink():
            target = folder / f"{path.stem}-{int(time.time())}{path.suffix}"
        os.replace(path, target)
        return target
