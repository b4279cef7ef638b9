"""Windows and dialogs sized for the screen they open on (issue 11, item 12).

Each has a preferred size, the one it was designed at on a large screen (the window 1600 × 1000, the fit
dialog 1200 × 860); on a smaller screen it opens at most :data:`SCREEN_SHARE` of the screen's available
geometry (the screen without its taskbars and docks, in logical pixels: 1440 × 900 on a 2880 × 1800
screen at 2×), never below its own minimum unless the screen is smaller still, and centred on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: the largest share of the available screen, each way, a window or dialog opens at
SCREEN_SHARE = 0.92


def fitted_geometry(wanted: QSize, available: QRect, minimum: QSize | None = None,
                    share: float = SCREEN_SHARE) -> QRect:
    """Where a window that would like to be ``wanted`` goes on a screen whose available geometry is
    ``available``: at most ``share`` of it each way but not below ``minimum``, never larger than the
    screen, centred on it."""
    least = minimum or QSize(0, 0)
    width = min(max(min(wanted.width(), int(available.width() * share)), least.width()), available.width())
    height = min(max(min(wanted.height(), int(available.height() * share)), least.height()), available.height())
    return QRect(available.x() + (available.width() - width) // 2, available.y() + (available.height() - height) // 2,
                 width, height)


def available_geometry(widget: QWidget) -> QRect:
    """The available geometry of the screen ``widget`` is on (before it is shown: its parent's screen,
    else the primary screen)."""
    parent = widget.parentWidget()
    screen = widget.screen() if widget.windowHandle() is not None or parent is None else parent.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, wanted: QSize, centre: bool = True) -> QRect:
    """Size ``widget`` (a window or dialog, before it is first shown) to ``wanted`` as far as its screen
    allows; centred on the screen when ``centre`` (a dialog is left to Qt, which centres it on its parent
    and keeps it on the screen). Returns the geometry it was given."""
    geometry = fitted_geometry(wanted, available_geometry(widget), widget.minimumSizeHint())
    widget.resize(geometry.size())
    if centre:
        widget.move(geometry.topLeft())
    return geometry


def grid_minimum_width(widgets: Sequence[QWidget], columns: int, spacing: int) -> int:
    """The narrowest a grid of ``widgets`` laid out ``columns`` to a row (in order) can be: the widest
    minimum in each column, plus the spacing between them."""
    widths = [0] * columns
    for i, widget in enumerate(widgets):
        widths[i % columns] = max(widths[i % columns], widget.minimumSizeHint().width())
    return sum(widths) + spacing * (columns - 1)
