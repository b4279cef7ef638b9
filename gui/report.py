"""One-page PDF reports (A4 landscape, a page per scenario), in Japanese or English.

Text stays text (QTextDocument drawn on a QPdfWriter: selectable, searchable) and the plots are drawn
as vectors (the pyqtgraph scenes rendered onto the PDF painter). Needs a QApplication (offscreen is
fine): `scaleplan report` makes one.
"""

from __future__ import annotations

import datetime as _dt
import html
import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

import engine
from engine.catalogue import accelerators
from engine.curves import window_curves
from engine.presets import presets
from engine.scenario import atomic_output

from .format import money, sci, short
from .i18n import current_language, tr
from .panels import localized

DPI = 300
JA_FAMILY = "ScalePlan Gothic"
_SEVERITY_COLOURS = {"error": "#c0392b", "warning": "#d68910", "info": "#2e6da4"}


def _mm(v: float) -> float:
    return v / 25.4 * DPI


def traffic_light(plan) -> tuple[str, str]:
    """(colour, word) for the plan as a whole: red with any error, amber with any warning, else green."""
    severities = {f.severity for f in plan.findings}
    if "error" in severities:
        return "#c0392b", tr("Red: the plan breaks a limit")
    if "warning" in severities:
        return "#d68910", tr("Amber: feasible, with warnings")
    return "#1e8449", tr("Green: no problems found")


def key_numbers(plan) -> list[tuple[str, str]]:
    lang = current_language()
    p = plan
    rows = [
        (tr("Compute"), f"{sci(p.compute_flop)} FLOP ({p.compute_flop / 8.64e19:,.0f} PF-days)"),
        (tr("Model size"), f"{short(p.n_params)} " + tr("params")),
        (tr("Training tokens"), f"{short(p.n_tokens)} ({p.n_tokens / p.n_params:.1f} " + tr("tokens per parameter") + ")"),
        (tr("Predicted loss"), f"{p.loss:.3f}" + (f" (95%: {p.loss_low:.3f}–{p.loss_high:.3f})"
                                                 if p.loss_low is not None else "")),
        (tr("Wall-clock"), f"{p.wall_clock_days:,.1f} " + tr("days")),
        (tr("Accelerator-hours"), f"{short(p.accelerator_hours)}"),
        (tr("Energy"), f"{p.energy_mwh:,.0f} MWh · {p.average_power_mw:,.2f} MW"),
        (tr("Total cost"), f"{money(p.total_cost, p.currency, lang)} (" + tr("accel.") + " "
         + f"{money(p.accelerator_cost, p.currency, lang)} · " + tr("energy") + " "
         + f"{money(p.energy_cost, p.currency, lang)})"),
        (tr("CO₂"), f"{p.co2_t:,.0f} t"),
    ]
    if p.epochs is not None:
        rows.insert(3, (tr("Data"), f"{p.epochs:.2f} " + tr("epochs")))
    return rows


def assumptions(plan) -> list[tuple[str, str]]:
    s = plan.scenario
    law = s.law.resolve()
    acc = accelerators().get(s.cluster.accelerator)
    acc_text = (f"{acc.name}: {acc.source}; " + tr("price") + f" {acc.price_note}") if acc else tr("custom accelerator")
    return [
        (tr("Cluster"), f"{s.cluster.count:,} × {s.cluster.accelerator}, {sci(s.cluster.peak_flop_per_s)} FLOP/s, "
                        f"MFU {s.cluster.mfu:.0%}, " + tr("Goodput") + f" {s.schedule.goodput:.0%}"),
        (tr("Scaling law"), f"{law.name} — {law.source}"),
        (tr("Accelerator"), acc_text),
        (tr("Energy"), f"PUE {s.energy.pue:g}, " + tr("Host overhead") + f" {s.energy.server_overhead:g}×, "
                       f"{s.energy.price_per_kwh:g} {plan.currency}/kWh, {s.energy.carbon_kg_per_kwh:g} kg CO₂/kWh"),
        (tr("Energy factors"), tr("PUE: industry average 1.58 (Uptime Institute 2023), hyperscalers ≈ 1.1; grid "
                                  "carbon: Japan FY2023 0.421 kg CO₂/kWh, US ≈ 0.39, France ≈ 0.05. Energy = "
                                  "accelerators × power × hours × host overhead × PUE.")),
        (tr("Formulas"), tr("C = 6ND (Kaplan et al. 2020); compute-optimal allocation and loss from the law "
                            "(Hoffmann et al. 2022); energy = count × power × hours × PUE.")),
    ]


def _page_html(plan, date: str) -> str:
    colour, word = traffic_light(plan)
    esc = html.escape
    rows = "".join(f"<tr><td style='color:#555; padding-right:10px'>{esc(k)}</td><td><b>{esc(v)}</b></td></tr>"
                   for k, v in key_numbers(plan))
    findings = ""
    lang = current_language()
    for f in plan.findings:
        message, fix = localized(f, lang)
        findings += (f"<p style='margin:0 0 4px 0'><span style='color:{_SEVERITY_COLOURS[f.severity]}'>●</span> "
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


def _assumptions_html(plan) -> str:
    esc = html.escape
    items = "".join(f"<b>{esc(k)}</b>: {esc(v)}<br/>" for k, v in assumptions(plan))
    title = tr("Assumptions and sources")
    return f"<p style='color:#333'><b>{esc(title)}</b><br/>{items}</p>"


def _draw_html(painter: QPainter, text: str, rect: QRectF, point_size: float) -> None:
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.documentLayout().setPaintDevice(painter.device())  # lay out at the PDF's resolution
    doc.setHtml(text)
    doc.setTextWidth(rect.width())
    painter.save()
    painter.translate(rect.topLeft())
    doc.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
    painter.restore()


def _plots_for(plan):
    """The report's plots, laid out offscreen with the plan on them."""
    from .plots import AllocationPlot, CostPlot, LossPlot

    curves = window_curves(plan, presets())
    made = []
    for cls, size in ((LossPlot, (640, 400)), (AllocationPlot, (420, 300)), (CostPlot, (420, 300))):
        plot = cls()
        plot.setAttribute(Qt.WA_DontShowOnScreen)
        plot.resize(*size)
        plot.show()
        plot.update_plan(plan, curves)
        plot.settle()
        made.append(plot)
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    for plot in made:  # labels that depend on the plot's size in pixels
        plot.update_plan(plan, curves)
        plot.settle()
    return made


def _render_plot(painter: QPainter, plot, target: QRectF) -> None:
    """Draw the plot as vectors. The scene is first recorded as SVG at the screen's resolution and then
    replayed onto the PDF: rendering the scene straight onto a 300-dpi device would lay its text out at
    300 dpi and its geometry at 96 (tick labels three times too large)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtSvg import QSvgGenerator, QSvgRenderer

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = plot.size()
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(plot.logicalDpiX())
    recorder = QPainter(generator)
    recorder.setRenderHint(QPainter.Antialiasing)
    plot.scene().render(recorder, QRectF(0, 0, size.width(), size.height()), QRectF(plot.viewport().rect()))
    recorder.end()
    buffer.close()
    svg = bytes(data)
    from PySide6.QtGui import QFontDatabase

    if JA_FAMILY in QFontDatabase.families() and re.search(rb"&#x[3-9][0-9A-Fa-f]{3};|[\xe3-\xe9]", svg):
        # QSvgRenderer takes "DejaVu Sans,ScalePlan Gothic" as one unknown family and falls back to the
        # system's Japanese font, whose shared glyphs make pdftotext report ⽇ for 日: a plot with
        # Japanese text is drawn in ours alone (it has Latin glyphs too)
        svg = re.sub(rb'font-family="[^"]*"', b'font-family="' + JA_FAMILY.encode() + b'"', svg)
    renderer = QSvgRenderer(QByteArray(svg))
    fitted = QSizeF(size.width(), size.height()).scaled(target.size(), Qt.KeepAspectRatio)
    renderer.render(painter, QRectF(target.topLeft(), fitted))


def write_pdf(scenarios: list, out: str | Path, date: str | None = None) -> Path:
    """A page per scenario; written to a temporary file, then moved into place."""
    out = Path(out)
    date = date or _dt.date.today().isoformat()
    with atomic_output(out) as tmp:
        _write_pages(scenarios, str(tmp), date)
    return out


def _write_pages(scenarios: list, filename: str, date: str) -> None:
    writer = QPdfWriter(filename)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(" / ".join(s.name for s in scenarios))
    writer.setCreator(f"ScalePlan {engine.__version__}")
    painter = QPainter(writer)
    try:
        for i, scenario in enumerate(scenarios):
            if i:
                writer.newPage()
            plan = engine.plan(scenario)
            margin = _mm(12)
            page_w, page_h = _mm(297), _mm(210)
            left_w = _mm(108)
            _draw_html(painter, _page_html(plan, date), QRectF(margin, margin, left_w, page_h - _mm(60)), 9.5)
            loss, alloc, cost = _plots_for(plan)
            x0 = margin + left_w + _mm(6)
            right_w = page_w - x0 - margin
            _render_plot(painter, loss, QRectF(x0, margin, right_w, _mm(92)))
            half = (right_w - _mm(4)) / 2
            _render_plot(painter, alloc, QRectF(x0, margin + _mm(95), half, _mm(62)))
            _render_plot(painter, cost, QRectF(x0 + half + _mm(4), margin + _mm(95), half, _mm(62)))
            for plot in (loss, alloc, cost):
                plot.close()
                plot.deleteLater()
            _draw_html(painter, _assumptions_html(plan), QRectF(margin, page_h - _mm(44), page_w - 2 * margin, _mm(36)),
                       7.5)
    finally:
        painter.end()
    del writer  # the file is complete once the writer is gone
