"""Where the application keeps its state: settings (window geometry, language, recent files) and
recovery files (autosaved unsaved work).

The interactive window uses the user's locations. Everything else — the smoke test, ``screenshot``,
``report``, the test suite and :func:`gui.automation.open_window` — gets a location of its own, so a
headless run can never overwrite the user's settings or delete the work they could still recover.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


@dataclass(frozen=True)
class StateDir:
    """Settings and the recovery folder of one window (or of the user, for the interactive app)."""

    #: the folder that holds this state's recovery files
    recovery_dir: Path
    #: an INI file for the settings, or None for the user's platform settings (QSettings())
    settings_file: Path | None = None
    #: a temporary folder made for this state, removed by :meth:`discard`
    temporary: bool = field(default=False, compare=False)

    @classmethod
    def user(cls) -> StateDir:
        """The user's own: QSettings() and the platform's application-data folder."""
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        return cls(recovery_dir=Path(base) if base else Path.home() / ".scaleplan")

    @classmethod
    def isolated(cls, folder: str | Path | None = None) -> StateDir:
        """Settings and recovery files under ``folder`` (a new temporary folder when None)."""
        temporary = folder is None
        root = Path(tempfile.mkdtemp(prefix="scaleplan-state-")) if folder is None else Path(folder)
        return cls(recovery_dir=root / "recovery", settings_file=root / "settings.ini", temporary=temporary)

    def settings(self) -> QSettings:
        if self.settings_file is None:
            return QSettings()
        self.settings_file.parent.mkdir(parents=True, exist_ok=True)
        return QSettings(str(self.settings_file), QSettings.Format.IniFormat)

    def ensure_recovery_dir(self) -> Path:
        self.recovery_dir.mkdir(parents=True, exist_ok=True)
        return self.recovery_dir

    def discard(self) -> None:
        """Remove a temporary state (what a headless run made), nothing else."""
        if self.temporary:
            shutil.rmtree(self.recovery_dir.parent, ignore_errors=True)
