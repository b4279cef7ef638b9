"""Dialogs that follow the plans (Compare, Sensitivity) update once the plans settle, never inside the
frames of a drag: their work (a table rebuilt, 26 plans for a tornado) would otherwise cost the plots
their frame (`edit_to_frame_busy` in `make bench`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

#: how long the plans must stay unchanged before a following dialog updates
SETTLE_MS = 150


class Settle(QObject):
    """A restartable delay: ``poke()`` on every change; ``update`` runs once the changes stop for
    ``SETTLE_MS``. ``flush()`` runs a pending update now (tests, and before a dialog is read).

    A QObject owned by the dialog, so that signals connected to ``poke`` are disconnected by Qt when the
    dialog is deleted (a plain Python callable would outlive it and poke a deleted timer)."""

    def __init__(self, owner: QObject, update: Callable[[], object], ms: int = SETTLE_MS) -> None:
        super().__init__(owner)
        self._update = update
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ms)
        self.timer.timeout.connect(self._fire)

    def _fire(self) -> None:
        self._update()

    def poke(self, *_args: object) -> None:
        self.timer.start()  # restarts

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._update()
