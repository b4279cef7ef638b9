"""Export a plot as PNG (at twice the screen resolution or more), SVG and CSV of the plotted data.

Each file is made complete in memory and written all at once through the one safe writer
(gui.reports.output): a failure raises OSError and leaves the old file as it was.

SVG: pyqtgraph 0.14's exporter cannot read the path data Qt ≥ 6.11's QSvgGenerator writes — closed
subpaths now end in a separate "Z" token, and the exporter expects every token to be an "x,y" pair
(ValueError: not enough values to unpack). :func:`_patch_svg_exporter` rewrites each "Z" as an explicit
line back to the subpath's start before pyqtgraph transforms the coordinates; the drawing is the same.
"""

from __future__ import annotations

import csv
import importlib
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters

from gui.plots.base import Plot
from gui.reports.output import failed, write_document

_patched = False


def _close_paths_explicitly(d: str) -> str:
    out: list[str] = []
    start = None
    for token in d.split():
        if token in ("Z", "z"):
            if start is not None:
                out.append("L" + start)
            continue
        if token[0] in "Mm":
            start = token[1:]
        out.append(token)
    return " ".join(out)


def _patch_svg_exporter() -> None:
    global _patched
    if _patched:
        return
    module: Any = importlib.import_module("pyqtgraph.exporters.SVGExporter")  # patched below
    original = module.correctCoordinates

    def correct_coordinates(node: Any, defs: Any, item: Any, options: Any) -> Any:  # pyqtgraph's SVG DOM
        for path in node.getElementsByTagName("path"):
            d = path.getAttribute("d")
            if "Z" in d or "z" in d:
                path.setAttribute("d", _close_paths_explicitly(d))
        return original(node, defs, item, options)

    module.correctCoordinates = correct_coordinates
    _patched = True


def png_bytes(plot: Plot, path: str | Path, scale: float = 2.0) -> bytes:
    """The plot as a PNG at ``scale`` × its size on screen (sharp on slides and in print); ``path`` is
    the file it is for (an error names it)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QImage, QPainter

    size = plot.size() if plot.width() > 50 else QSize(800, 600)
    image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32)
    if image.isNull():
        raise failed(path, "no memory for an image of the plot")
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    with plot.exporting():  # the figure only: no hover read-out, no stale note
        plot.scene().render(painter, image.rect().toRectF(), plot.sceneRect() if hasattr(plot, "sceneRect")
                            else plot.scene().sceneRect())
    if not painter.end():
        raise failed(path, "could not draw the plot")
    data = QByteArray()
    buffer = QBuffer(data)
    # PySide6 6.11's stub types the format as bytes, but save() accepts only str at run time
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly) or not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise failed(path, "could not encode the plot as PNG")
    buffer.close()
    return bytes(data.data())


def export_png(plot: Plot, path: str | Path, scale: float = 2.0) -> Path:
    """The plot at ``scale`` × its size on screen (sharp on slides and in print)."""
    return write_document(path, png_bytes(plot, path, scale))


def export_svg(plot: Plot, path: str | Path) -> Path:
    _patch_svg_exporter()
    exporter = pg.exporters.SVGExporter(plot.getPlotItem())
    with plot.exporting():  # the figure only: no hover read-out, no stale note
        text = exporter.export(toBytes=True)
    data = text if isinstance(text, bytes) else bytes(text)
    return write_document(path, data)


def plotted_series(plot: Plot) -> list[tuple[str, np.ndarray, np.ndarray, str]]:
    """(series, x, y, y axis) for every curve and marker the plot draws, in real units (log axes undone)."""
    out = []
    for name, item, y_axis in plot.series():
        x, y = item.getData() if hasattr(item, "getData") else (None, None)
        if x is None or len(x) == 0:
            continue
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        if plot.logx:
            x = 10.0**x
        if plot.logy and y_axis == "left":
            y = 10.0**y
        keep = np.isfinite(x) & np.isfinite(y)
        out.append((name, x[keep], y[keep], plot.axis_label(y_axis)))
    return out


def export_csv(plot: Plot, path: str | Path) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["series", plot.axis_label("bottom"), "value", "axis"])
    for name, x, y, axis in plotted_series(plot):
        for xi, yi in zip(x, y, strict=False):
            writer.writerow([name, f"{xi:.10g}", f"{yi:.10g}", axis])
    return write_document(path, buf.getvalue().encode("utf-8"))


def export_all(plots: Iterable[Plot], folder: str | Path, formats: Sequence[str] = ("png", "svg", "csv")) -> list[Path]:
    """Every plot in every format into ``folder`` (named by the plot: loss.png, isoflop.svg, …)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for plot in plots:
        for fmt in formats:
            target = folder / f"{plot.slug}.{fmt}"
            written.append({"png": export_png, "svg": export_svg, "csv": export_csv}[fmt](plot, target))
    return written
