"""PDF reports (A4 landscape), in Japanese or English: for each scenario a page of the decision (the traffic
light as the engine grades it, the key numbers, the findings in plain words, the plots) and a page of every
assumption a budget owner checks (:func:`gui.text.tables.assumptions`), in type no smaller than 7 pt; for a
scenario that plans the whole programme (issue 16), a page of its stages (the cost and its range, the stage
table, the shares by stage, serving, the purchase) and a page of the compliance thresholds and the EU
documentation.

Text stays text (QTextDocument drawn on a QPdfWriter: selectable, searchable) and the plots are drawn
as vectors (the pyqtgraph scenes rendered onto the PDF painter). Lines break as Japanese typesetting
breaks them (:func:`keep_together`). Needs a QApplication (offscreen is fine): `scaleplan report` makes one.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QTextBoundaryFinder
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)

import engine
from engine.planner import Plan
from engine.scenario import Scenario
from gui.plots.base import Plot
from gui.reports.output import failed, write_document
from gui.reports.render import document_plans, plots_for_document, render_plot
from gui.text.findings import localized
from gui.text.i18n import QT_TR_NOOP, current_language, tr
from gui.text.numbers import sci
from gui.text.programme import (
    SERVING_LEAD,
    STAGE_COLOURS,
    THRESHOLD_MEANINGS,
    capital_text,
    cost_range_text,
    documentation_rows,
    serving_text,
    stage_name,
    stage_rows,
    stage_shares,
    threshold_line,
    threshold_source,
)
from gui.text.severity import SEVERITY_COLOURS, traffic_light
from gui.text.tables import BAND_CAVEAT, assumptions, findings_count, key_numbers

DPI = 300
#: the page (A4 landscape) and its margin, in mm
PAGE_W, PAGE_H, MARGIN = 297.0, 210.0, 12.0
#: type sizes in points: the summary column shrinks to MIN_PT at the least; the assumptions never shrink
SUMMARY_PT, NOTE_PT, ASSUMPTIONS_PT, MIN_PT = 9.5, 7.5, 10.0, 7.0

#: what may not begin a line (JIS X 4051 line-start prohibitions): closing brackets and quotes, the full stop,
#: comma and middle dot, iteration and prolonged-sound marks, small kana; and their Latin counterparts
NO_LINE_START = frozenset("、。，．・：；？！‼⁇⁈⁉゛゜ヽヾゝゞ々〻ー–〜～）〕］｝〉》」』】〙〗〟’”｠»"
                          "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
                          ")]},.:;!?%％")
#: what may not end a line: opening brackets and quotes
NO_LINE_END = frozenset("（〔［｛〈《「『【〘〖〝‘“｟«([{")
#: a paragraph's last line shorter than this ("す。", "¥0)") takes characters from the line above
MIN_LAST_LINE = 4
_LINE_SEPARATOR = "\u2028"  # a line break within a paragraph, as <br/> makes

_FINDINGS_LATER = QT_TR_NOOP("%s: on the next page")
_ASSUMPTIONS_LATER = QT_TR_NOOP("Assumptions and sources: on the next page.")


def _mm(v: float) -> float:
    return v / 25.4 * DPI


# -- the text of the pages --------------------------------------------------------------------------------
def _findings_html(plan: Plan) -> str:
    esc = html.escape
    lang = current_language()
    out = ""
    for f in plan.findings:
        message, fix = localized(f, lang)
        out += (f"<p style='margin:0 0 4px 0'><span style='color:{SEVERITY_COLOURS[f.severity]}'>●</span> "
                f"<b>{esc(tr(f.severity))}</b> {esc(message)}"
                + (f"<br/><span style='color:#1e7a3c'>→ {esc(fix)}</span>" if fix else "") + "</p>")
    if not out:
        out = "<p>" + esc(tr("No findings: nothing exceeds a cap and the law is used within reason.")) + "</p>"
    return f"<h3 style='margin:10px 0 4px 0'>{esc(tr('Findings'))}</h3>{out}"


def _title_html(plan: Plan, date: str) -> str:
    """Across the top of the first page: the scenario's name and the report's date."""
    esc = html.escape
    return (f"<h1 style='font-size:17pt; margin:0'>{esc(plan.scenario.name)}</h1>"
            f"<p style='color:#666; margin:2px 0 0 0'>{esc(date)} · ScalePlan {engine.__version__}</p>")


def _summary_html(plan: Plan, findings: bool = True) -> str:
    """The first page's column: traffic light, key numbers and (``findings``) the findings, else where they
    are."""
    colour, word = traffic_light(plan.findings)
    esc = html.escape
    rows = "".join(f"<tr><td style='color:#555; padding-right:10px'>{esc(k)}</td><td><b>{esc(v)}</b></td></tr>"
                   for k, v in key_numbers(plan))
    later = (f"<h3 style='margin:10px 0 4px 0'>{esc(tr('Findings'))}</h3>"
             f"<p>{esc(tr(_FINDINGS_LATER) % findings_count(plan.findings))}</p>")
    return (f"<p style='margin:0 0 6px 0'><span style='color:{colour}; font-size:16pt'>●</span> "
            f"<b>{esc(word)}</b></p>"
            f"<table cellspacing='0' cellpadding='2'>{rows}</table>"
            + (_findings_html(plan) if findings else later))


def _note_html() -> str:
    """Under the plots: what the band is not, and where the assumptions are."""
    return (f"<p style='color:#555'>{html.escape(tr(BAND_CAVEAT))}</p>"
            f"<p style='color:#555'>{html.escape(tr(_ASSUMPTIONS_LATER))}</p>")


def _assumptions_html(plan: Plan, findings: bool = False) -> str:
    """The second page: the scenario's name, (``findings``) the findings the first page had no room for, and
    every assumption as a table of label and text."""
    esc = html.escape
    rows = "".join(f"<tr style='background:{'#f3f3f3' if i % 2 else '#ffffff'}'>"
                   f"<td width='23%' style='padding:3px 10px 3px 4px'><b>{esc(k)}</b></td>"
                   f"<td style='padding:3px 4px'>{esc(v)}</td></tr>" for i, (k, v) in enumerate(assumptions(plan)))
    return (f"<h2 style='font-size:14pt; margin:0'>{esc(plan.scenario.name)}</h2>"
            + (_findings_html(plan) if findings else "")
            + f"<h3 style='margin:10px 0 4px 0'>{esc(tr('Assumptions and sources'))}</h3>"
            f"<table cellspacing='0' cellpadding='0' width='100%'>{rows}</table>")


def _programme_html(plan: Plan) -> str:
    """The programme page's text above the chart: the heading, the cost and its range, the stage table."""
    esc = html.escape
    rows = stage_rows(plan)
    head, body, total = rows[0], rows[1:-1], rows[-1]

    def cells(row: list[str], tag: str, style: str, first: str = "") -> str:
        return "".join(f"<{tag} align='{'left' if j == 0 else 'right'}' style='padding:3px 8px; {style}'>"
                       f"{first if j == 0 else ''}{esc(v)}</{tag}>" for j, v in enumerate(row))

    stages = plan.programme.stages if plan.programme is not None else ()
    table = (f"<tr style='background:#e8edf2'>{cells(head, 'th', '')}</tr>"
             + "".join(f"<tr style='background:{'#f3f3f3' if i % 2 else '#ffffff'}'>"
                       + cells(row, "td", "", f"<span style='color:{STAGE_COLOURS[st.id]}'>■</span> ") + "</tr>"
                       for i, (row, st) in enumerate(zip(body, stages, strict=True)))
             + f"<tr style='background:#e8edf2'>{cells(total, 'td', 'font-weight:bold')}</tr>")
    title = tr("Programme: %s") % plan.scenario.name
    costs = tr("The whole programme costs")
    return (f"<h2 style='font-size:14pt; margin:0'>{esc(title)}</h2>"
            f"<p style='margin:6px 0 2px 0; color:#555'>{esc(costs)}</p>"
            f"<p style='font-size:13pt; margin:0 0 8px 0'><b>{esc(cost_range_text(plan))}</b></p>"
            f"<table cellspacing='0' cellpadding='0' width='100%'>{table}</table>")


def _programme_notes_html(plan: Plan) -> str:
    """Under the chart: serving in a sentence, and what buying the cluster costs up front."""
    esc = html.escape
    out = ""
    if serving_text(plan):
        lead, _, after = tr(SERVING_LEAD).partition("%s")  # "Serving:" in bold
        out += f"<p style='margin:0 0 4px 0'><b>{esc(lead)}</b>{esc(serving_text(plan))}{esc(after)}</p>"
    if capital_text(plan):
        out += f"<p style='margin:0 0 4px 0'>{esc(capital_text(plan))}</p>"
    return out


def _compliance_html(plan: Plan) -> str:
    """The compliance page: each threshold, what crossing it means and its source; the EU documentation."""
    esc = html.escape
    prog = plan.programme
    assert prog is not None
    title = tr("Compliance: %s") % plan.scenario.name
    out = f"<h2 style='font-size:14pt; margin:0'>{esc(title)}</h2>"
    out += (f"<p style='color:#555; margin:4px 0 10px 0'>"
            f"{esc(tr(_COUNTED) % (sci(prog.model_training_flop, 2) + ' FLOP'))}</p>")
    for c in prog.compliance:
        colour = SEVERITY_COLOURS["warning"] if c.crossed else "#1e7a3c"
        out += (f"<p style='margin:0 0 8px 0'><span style='color:{colour}'>●</span> <b>{esc(threshold_line(c))}</b>"
                f"<br/><span style='font-size:{NOTE_PT + 1.5}pt'>{esc(tr(THRESHOLD_MEANINGS[c.threshold.id]))}</span>"
                f"<br/><span style='font-size:{NOTE_PT}pt; color:#666'>{esc(tr('Source: %s') % threshold_source(c))}"
                "</span></p>")
    rows = "".join(f"<tr style='background:{'#f3f3f3' if i % 2 else '#ffffff'}'>"
                   f"<td width='30%' style='padding:3px 10px 3px 4px'><b>{esc(k)}</b></td>"
                   f"<td style='padding:3px 4px'>{esc(v)}</td></tr>"
                   for i, (k, v) in enumerate(documentation_rows(plan)))
    return (out + f"<h3 style='margin:10px 0 4px 0'>{esc(tr('EU model documentation (training)'))}</h3>"
            f"<table cellspacing='0' cellpadding='0' width='100%'>{rows}</table>")


_COUNTED = QT_TR_NOOP("What the rules count: the model's training compute, %s — pre-training and post-training; "
                      "development and ablations on other models are left out.")


# -- laying text out ----------------------------------------------------------------------------------
def layout_text(text: str, width: float, point_size: float, device: QPaintDevice | None = None) -> QTextDocument:
    """``text`` (HTML) laid out ``width`` device units wide in ``point_size`` type, at ``device``'s resolution,
    its lines broken as Japanese typesetting breaks them (:func:`keep_together`)."""
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    if device is not None:
        doc.documentLayout().setPaintDevice(device)  # lay out at the PDF's resolution
    doc.setHtml(text)
    doc.setTextWidth(width)
    keep_together(doc)
    return doc


def keep_together(doc: QTextDocument, most: int = 200) -> int:
    """Line breaks moved where the laid-out ``doc`` breaks a line as typesetting does not: before a character of
    :data:`NO_LINE_START` (「。」, 「、」, 「）」, small kana…), after one of :data:`NO_LINE_END`, or leaving a
    paragraph's last line under :data:`MIN_LAST_LINE` characters ("す。" alone). The break goes to the line
    break opportunity (Unicode line breaking, UAX #14) before it that is allowed, as a line separator: the
    text and its search are unchanged. Returns how many breaks were moved (``most`` at the most)."""
    moved = 0
    while moved < most:
        at = _bad_break(doc)
        if at is None:
            break
        cursor = QTextCursor(doc)
        cursor.setPosition(at)
        cursor.insertText(_LINE_SEPARATOR)
        moved += 1
    return moved


def _bad_break(doc: QTextDocument) -> int | None:
    """The document position of the first break to move, where there is an allowed one to move it to."""
    doc.size()  # lays the document out after an edit
    block = doc.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        if len(lines) > 1 and all(ord(c) < 0x10000 for c in text):  # Qt's positions count UTF-16 units
            for prev, line in pairwise(lines):
                start, end = line.textStart(), line.textStart() + line.textLength()
                if start <= 0 or start >= len(text) or text[start - 1] == _LINE_SEPARATOR:
                    continue  # a line of its own: its break is the text's
                last = end >= len(text) or text[end - 1] == _LINE_SEPARATOR
                short = last and len(text[start:end].strip()) < MIN_LAST_LINE
                if text[start] in NO_LINE_START or text[start - 1] in NO_LINE_END or short:
                    at = _allowed_break(text, prev.textStart() + MIN_LAST_LINE, start,
                                        end - MIN_LAST_LINE if short else len(text))
                    if at is not None:
                        return block.position() + at
        block = block.next()
    return None


def _allowed_break(text: str, lo: int, hi: int, most: int) -> int | None:
    """The last position in [lo, hi) and at most ``most`` where a line may break: a Unicode line break
    opportunity with no line-start-prohibited character after it and no line-end-prohibited one before."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    best = None
    pos = finder.toNextBoundary()
    while 0 <= pos < min(hi, most + 1):
        if (pos >= lo and finder.boundaryReasons() & QTextBoundaryFinder.BoundaryReason.BreakOpportunity
                and text[pos] not in NO_LINE_START and text[pos - 1] not in NO_LINE_END
                and text[pos] not in " \u00a0" + _LINE_SEPARATOR):
            best = pos
        pos = finder.toNextBoundary()
    return best


def _fitted(text: str, rect: QRectF, point_size: float, device: QPaintDevice) -> QTextDocument | None:
    """``text`` laid out in ``rect``, in smaller type (down to :data:`MIN_PT`) where it would not fit its
    height at ``point_size``; None where it does not fit even then."""
    while True:
        doc = layout_text(text, rect.width(), point_size, device)
        if doc.size().height() <= rect.height():
            return doc
        if point_size <= MIN_PT:
            return None
        point_size = max(point_size - 0.5, MIN_PT)


def _draw(painter: QPainter, doc: QTextDocument, rect: QRectF, page: int = 0) -> None:
    """Page ``page`` of ``doc`` (paginated at ``rect``'s height, or not paginated) drawn in ``rect``."""
    painter.save()
    painter.translate(rect.left(), rect.top() - page * rect.height())
    doc.drawContents(painter, QRectF(0, page * rect.height(), rect.width(), rect.height()))
    painter.restore()


# -- the document -------------------------------------------------------------------------------------
def write_pdf(scenarios: Sequence[Scenario | Plan], out: str | Path, date: str | None = None) -> Path:
    """Two pages per scenario (or per plan, as the window passes them): the decision, then the assumptions.
    The PDF is made complete in memory, then written all at once (see gui.reports.output); raises OSError,
    and leaves ``out`` as it was, when it cannot be, and ScenarioError, before any work, when a scenario
    has no plan."""
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
    pages = [0]

    def new_page() -> None:
        if pages[0] and not writer.newPage():
            raise failed(out, f"could not start page {pages[0] + 1} of the PDF")
        pages[0] += 1

    try:
        for plan in plans:
            _draw_plan(painter, plan, date, new_page)
    finally:
        finished = painter.end()  # writes the PDF's trailer
    buffer.close()
    pdf = bytes(data.data())
    if not finished or not pdf.startswith(b"%PDF") or not pdf.rstrip().endswith(b"%%EOF"):
        raise failed(out, "could not finish the PDF")
    return pdf


def _draw_plan(painter: QPainter, plan: Plan, date: str, new_page: Callable[[], None]) -> None:
    """The scenario's pages: the decision and its plots, then the assumptions (and the findings, where the
    first page has no room for them even in 7-pt type), on as many pages as they take."""
    device = painter.device()
    body = QRectF(_mm(MARGIN), _mm(MARGIN), _mm(PAGE_W - 2 * MARGIN), _mm(PAGE_H - 2 * MARGIN))
    title = layout_text(_title_html(plan, date), body.width(), SUMMARY_PT, device)
    top = body.top() + title.size().height() + _mm(4)
    column = QRectF(body.left(), top, _mm(108), body.bottom() - top)
    summary = _fitted(_summary_html(plan), column, SUMMARY_PT, device)
    findings_later = summary is None
    if summary is None:
        summary = layout_text(_summary_html(plan, findings=False), column.width(), MIN_PT, device)
    new_page()
    _draw(painter, title, QRectF(body.left(), body.top(), body.width(), title.size().height()))
    _draw(painter, summary, column)
    _draw_plots(painter, plan, QRectF(column.right() + _mm(6), top, body.right() - column.right() - _mm(6),
                                      column.height()))
    rest = layout_text(_assumptions_html(plan, findings_later), body.width(), ASSUMPTIONS_PT, device)
    rest.setPageSize(QSizeF(body.width(), body.height()))  # paginated: never cut, never in smaller type
    for page in range(rest.pageCount()):
        new_page()
        _draw(painter, rest, body, page)
    if plan.programme is not None:
        _draw_programme(painter, plan, body, new_page)


def _draw_programme(painter: QPainter, plan: Plan, body: QRectF, new_page: Callable[[], None]) -> None:
    """The programme's page (the cost and its range, the stage table, the shares by stage, serving and the
    purchase), then compliance and the EU documentation, on as many pages as they take."""
    device = painter.device()
    top = layout_text(_programme_html(plan), body.width(), ASSUMPTIONS_PT, device)
    notes = layout_text(_programme_notes_html(plan), body.width(), ASSUMPTIONS_PT, device)
    gap = _mm(5)
    chart_h = min(_mm(SHARES_CHART_MM), body.height() - top.size().height() - notes.size().height() - 2 * gap)
    new_page()
    _draw(painter, top, QRectF(body.left(), body.top(), body.width(), top.size().height()))
    y = body.top() + top.size().height() + gap
    if chart_h > _mm(25):
        _draw_shares(painter, plan, QRectF(body.left(), y, body.width(), chart_h))
        y += chart_h + gap
    _draw(painter, notes, QRectF(body.left(), y, body.width(), notes.size().height()))
    rest = layout_text(_compliance_html(plan), body.width(), ASSUMPTIONS_PT, device)
    rest.setPageSize(QSizeF(body.width(), body.height()))
    for page in range(rest.pageCount()):
        new_page()
        _draw(painter, rest, body, page)


#: the height of the shares-by-stage chart, in mm
SHARES_CHART_MM = 62.0


def _font(point_size: float, bold: bool = False) -> QFont:
    """The application's font (Latin from the system, Japanese from the shipped one) at ``point_size``."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _ink_on(fill: str) -> QColor:
    """White on a dark fill, dark grey on a light one."""
    c = QColor(fill)
    return QColor("#ffffff") if 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue() < 150 else QColor("#222222")


def _draw_shares(painter: QPainter, plan: Plan, area: QRectF) -> None:
    """Compute, cost and energy as 100% bars stacked by stage (the stages' colours, each share written in its
    segment where it fits), the chart's title above and a legend of the stages below."""
    shares = stage_shares(plan)
    painter.save()
    try:
        title_font, label_font, small_font = _font(ASSUMPTIONS_PT, bold=True), _font(ASSUMPTIONS_PT), _font(SUMMARY_PT)
        title_h = QFontMetricsF(title_font, painter.device()).height()
        legend_h = QFontMetricsF(small_font, painter.device()).height() * 1.6
        label_w = max(QFontMetricsF(label_font, painter.device()).horizontalAdvance(label)
                      for label, _ in shares) + _mm(4)
        painter.setFont(title_font)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(area.left(), area.top(), area.width(), title_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), tr("Shares by stage"))
        bars_top = area.top() + title_h + _mm(2)
        room = area.bottom() - legend_h - _mm(2) - bars_top
        pitch = room / len(shares)
        bar_h = pitch * 0.72
        bar_left, bar_w = area.left() + label_w, area.width() - label_w
        for k, (label, parts) in enumerate(shares):
            y = bars_top + k * pitch
            painter.setFont(label_font)
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(area.left(), y, label_w - _mm(2), bar_h),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            x = bar_left
            painter.setFont(small_font)
            metrics = QFontMetricsF(small_font, painter.device())
            for stage_id, share in parts:
                w = share * bar_w
                if w <= 0:
                    continue
                fill = STAGE_COLOURS[stage_id]
                painter.fillRect(QRectF(x, y, w, bar_h), QColor(fill))
                text = f"{share:.0%}" if share >= 0.005 else "<1%"
                if metrics.horizontalAdvance(text) + _mm(2) <= w:
                    painter.setPen(_ink_on(fill))
                    painter.drawText(QRectF(x, y, w, bar_h), int(Qt.AlignmentFlag.AlignCenter), text)
                x += w
        # the legend: a swatch and the stage's short name each
        painter.setFont(small_font)
        metrics = QFontMetricsF(small_font, painter.device())
        x, y = bar_left, area.bottom() - legend_h
        swatch = metrics.height() * 0.7
        for stage_id, _ in shares[0][1]:
            name = stage_name(stage_id, short_name=True)
            painter.fillRect(QRectF(x, y + (legend_h - swatch) / 2, swatch, swatch), QColor(STAGE_COLOURS[stage_id]))
            painter.setPen(QColor("#333333"))
            text_w = metrics.horizontalAdvance(name)
            painter.drawText(QRectF(x + swatch + _mm(1.2), y, text_w + _mm(1), legend_h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
            x += swatch + _mm(1.2) + text_w + _mm(6)
    finally:
        painter.restore()


def _draw_plots(painter: QPainter, plan: Plan, area: QRectF) -> None:
    """The loss plot at the top of ``area``, the allocation and cost plots side by side under it, the note
    under them: as wide as ``area``, or narrower where they would not fit its height."""
    loss, alloc, cost = plots_for_document(plan)
    gap = _mm(3)
    note = layout_text(_note_html(), area.width(), NOTE_PT, painter.device())
    try:
        # at width w the plots are w / loss's aspect + (w - gap) / 2 / the lower plots' aspect tall
        per_width = 1 / _aspect(loss) + 0.5 / _aspect(alloc)
        room = area.height() - note.size().height() - 2 * gap
        width = min(area.width(), (room + gap / 2 / _aspect(alloc)) / per_width)
        y = _plot_at(painter, loss, area.left(), area.top(), width) + gap
        half = (width - gap) / 2
        y = max(_plot_at(painter, alloc, area.left(), y, half),
                _plot_at(painter, cost, area.left() + half + gap, y, half)) + gap
    finally:
        for plot in (loss, alloc, cost):
            plot.close()
            plot.deleteLater()
    _draw(painter, note, QRectF(area.left(), y, area.width(), note.size().height()))


def _aspect(plot: Plot) -> float:
    """Width over height."""
    return float(plot.width() / plot.height())


def _plot_at(painter: QPainter, plot: Plot, x: float, y: float, width: float) -> float:
    """The plot drawn ``width`` wide at (x, y), as tall as its aspect makes it; returns its bottom."""
    height = width / _aspect(plot)
    render_plot(painter, plot, QRectF(x, y, width, height))
    return y + height
