"""Plots for documents: laid out offscreen with a plan on them, and drawn as vectors onto any painter
(the PDF report; the slides take PNGs of the same plots)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSizeF, Qt
from PySide6.QtGui import QFontDatabase, QPainter
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer
from PySide6.QtWidgets import QApplication

import engine
from engine.curves import window_curves
from engine.planner import Plan
from engine.presets import presets
from engine.scenario import Scenario
from gui.plots import DOCUMENT_PLOTS
from gui.plots.base import Plot, PlotType

#: the Japanese font ScalePlan ships (scripts/make_font.py)
JA_FAMILY = "ScalePlan Gothic"


#: a plot's size when every plot is exported (File → Export figures, ``report --figures``): as in the
#: window at 1600×1000
WINDOW_PLOT_SIZE = (500, 360)


def document_plans(items: Sequence[Scenario | Plan]) -> list[Plan]:
    """The plan of each page: a :class:`Plan` as given (the window passes the plan on screen, checked to
    be its scenario's), a :class:`Scenario` planned here. All are planned before a document is started,
    so that a scenario without a plan (an unreachable target loss) raises :class:`engine.ScenarioError`
    with the reason before any work, and nothing is written."""
    return [item if isinstance(item, Plan) else engine.plan(item) for item in items]


def plots_for_document(plan: Plan, classes: Sequence[PlotType] = DOCUMENT_PLOTS,
                       size: tuple[int, int] | None = None) -> list[Plot]:
    """Plots laid out offscreen with the plan on them: the report's (at their document size) by default,
    or ``classes`` at ``size``. The caller closes them."""
    curves = window_curves(plan, presets())
    made = []
    for cls in classes:
        plot = cls()
        size_px = size or cls.document_size or WINDOW_PLOT_SIZE
        plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        plot.resize(*size_px)
        plot.show()
        plot.update_plan(plan, curves)
        plot.settle()
        made.append(plot)
    for _ in range(3):
        QApplication.processEvents()
    for plot in made:  # labels that depend on the plot's size in pixels
        plot.update_plan(plan, curves)
        plot.settle()
    return made


def plot_svg(plot: Plot) -> bytes:
    """The plot as an SVG document at the screen's resolution (its size in pixels as the view box): what
    :func:`render_plot` replays onto a PDF, and the vector drawing of a plot on a slide."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = plot.size()
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(plot.logicalDpiX())
    recorder = QPainter(generator)
    recorder.setRenderHint(QPainter.RenderHint.Antialiasing)
    plot.scene().render(recorder, QRectF(0, 0, size.width(), size.height()), QRectF(plot.viewport().rect()))
    recorder.end()
    buffer.close()
    return bytes(data.data())


def render_plot(painter: QPainter, plot: Plot, target: QRectF) -> None:
    """Draw the plot as vectors. The scene is first recorded as SVG at the screen's resolution and then
    replayed onto the PDF: rendering the scene straight onto a 300-dpi device would lay its text out at
    300 dpi and its geometry at 96 (tick labels three times too large)."""
    svg = plot_svg(plot)
    size = plot.size()
    if JA_FAMILY in QFontDatabase.families() and re.search(rb"&#x[3-9][0-9A-Fa-f]{3};|[\xe3-\xe9]", svg):
        # QSvgRenderer takes "DejaVu Sans,ScalePlan Gothic" as one unknown family and falls back to the
        # system's Japanese font, whose shared glyphs make pdftotext report ⽇ for 日: a plot with
        # Japanese text is drawn in ours alone (it has Latin glyphs too)
        svg = re.sub(rb'font-family="[^"]*"', b'font-family="' + JA_FAMILY.encode() + b'"', svg)
    renderer = QSvgRenderer(QByteArray(svg))
    fitted = QSizeF(size.width(), size.height()).scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter, QRectF(target.topLeft(), fitted))


