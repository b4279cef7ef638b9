"""One-page PDF reports (A4 landscape, a page per scenario), in Japanese or English.

Text stays text (QTextDocument drawn on a QPdfWriter: selectable, searchable) and the plots are drawn
as vectors (the pyqtgraph scenes rendered onto the PDF painter). Needs a QApplication (offscreen is
fine): `scaleplan report` makes one.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

import engine
from engine.planner import Plan
from engine.scenario import Scenario
from gui.reports.output import failed, write_document
from gui.reports.render import document_plans, plots_for_document, render_plot
from gui.text.findings import localized
from gui.text.i18n import current_language, tr
from gui.text.severity import SEVERITY_COLOURS, traffic_light
from gui.text.tables import assumptions, key_numbers

DPI = 300


def _mm(v: float) -> float:
    return v / 25.4 * DPI


def _page_html(plan: Plan, date: str) -> str:
    colour, word = traffic_light(plan.findings)
    esc = html.escape
    rows = "".join(f"<tr><td style='color:#555; padding-right:10px'>{esc(k)}</td><td><b>{esc(v)}</b></td></tr>"
                   for k, v in key_numbers(plan))
    findings = ""
    lang = current_language()
    for f in plan.findings:
        message, fix = localized(f, lang)
        findings += (f"<p style='margin:0 0 4px 0'><span style='color:{SEVERITY_COLOURS[f.severity]}'>●</span> "
                     f"<b>{esc(tr(f.severity))}</b> {esc(message)}"
                     + (f"<br/><span style='color:#1e7a3c'>→ {esc(fix)}</span>" if fix else "") + "</p>")
    if not findings:
        findings = "<p>" + esc(tr("No findings: nothing exceeds a cap and the law is used within reason.")) + "</p>"
    findings_title = tr("Findings")
    return (f"<h1 style='font-size:17pt; margin:0'>{esc(plan.scenario.name)}</h1>"
            f"<p style='color:#666; margin:2px 0 8px 0'>{esc(date)} · ScalePlan {engine.__version__}</p>"
            f"<p style='margin:0 0 6px 0'><span style='color:{colour}; font-size:16pt'>●</span> "
            f"<b>{esc(word)}</b></p>"
            f"<table cellspacing='0' cellpadding='2'>{rows}</table>"
            f"<h3 style='margin:10px 0 4px 0'>{esc(findings_title)}</h3>{findings}")


def _assumptions_html(plan: Plan) -> str:
    esc = html.escape
    items = "".join(f"<b>{esc(k)}</b>: {esc(v)}<br/>" for k, v in assumptions(plan))
    title = tr("Assumptions and sources")
    return f"<p style='color:#333'><b>{esc(title)}</b><br/>{items}</p>"


def _draw_html(painter: QPainter, text: str, rect: QRectF, point_size: float, min_point_size: float | None = None
               ) -> None:
    """``text`` laid out in ``rect``; with ``min_point_size``, in smaller type (to that size at least) where
    it would not fit the rect's height, rather than cut off at its bottom."""
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.documentLayout().setPaintDevice(painter.device())  # lay out at the PDF's resolution
    doc.setHtml(text)
    doc.setTextWidth(rect.width())
    while min_point_size is not None and point_size > min_point_size and doc.size().height() > rect.height():
        point_size = max(point_size - 0.25, min_point_size)
        font.setPointSizeF(point_size)
        doc.setDefaultFont(font)
    painter.save()
    painter.translate(rect.topLeft())
    doc.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
    painter.restore()


def write_pdf(scenarios: Sequence[Scenario | Plan], out: str | Path, date: str | None = None) -> Path:
    """A page per scenario (or per plan, as the window passes them). The PDF is made complete in memory,
    then written all at once (see gui.reports.output); raises OSError, and leaves ``out`` as it was, when
    it cannot be, and ScenarioError, before any work, when a scenario has no plan."""
    out = Path(out)
    date = date or _dt.date.today().isoformat()
    data = _pdf_bytes(document_plans(scenarios), date, out)
    return write_document(out, data)


def _pdf_bytes(plans: list[Plan], date: str, out: Path) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise failed(out, "could not make the PDF: no memory for it")
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setTitle(" / ".join(p.scenario.name for p in plans))
    writer.setCreator(f"ScalePlan {engine.__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise failed(out, "could not start drawing the PDF")
    try:
        for i, plan in enumerate(plans):
            if i and not writer.newPage():
                raise failed(out, f"could not start page {i + 1} of the PDF")
            _draw_page(painter, plan, date)
    finally:
        finished = painter.end()  # writes the PDF's trailer
    buffer.close()
    pdf = bytes(data.data())
    if not finished or not pdf.startswith(b"%PDF") or not pdf.rstrip().endswith(b"%%EOF"):
        raise failed(out, "could not finish the PDF")
    return pdf


def _draw_page(painter: QPainter, plan: Plan, date: str) -> None:
    margin = _mm(12)
    page_w, page_h = _mm(297), _mm(210)
    left_w = _mm(108)
    _draw_html(painter, _page_html(plan, date), QRectF(margin, margin, left_w, page_h - _mm(60)), 9.5)
    loss, alloc, cost = plots_for_document(plan)
    try:
        x0 = margin + left_w + _mm(6)
        right_w = page_w - x0 - margin
        render_plot(painter, loss, QRectF(x0, margin, right_w, _mm(92)))
        half = (right_w - _mm(4)) / 2
        render_plot(painter, alloc, QRectF(x0, margin + _mm(95), half, _mm(62)))
        render_plot(painter, cost, QRectF(x0 + half + _mm(4), margin + _mm(95), half, _mm(62)))
    finally:
        for plot in (loss, alloc, cost):
            plot.close()
            plot.deleteLater()
    _draw_html(painter, _assumptions_html(plan), QRectF(margin, page_h - _mm(44), page_w - 2 * margin, _mm(36)), 7.5,
               min_point_size=6.0)
