"""Slide decks (python-pptx, 16:9): a slide per scenario and, with two or more, a comparison slide.

Tables are native PowerPoint tables (editable in the meeting); plots are PNG images at twice the
screen resolution, made in memory. Text is in the interface language (``tr``), numbers in its
conventions. The deck is written all at once through the one safe writer (gui.reports.output): a
failure raises OSError and leaves the old file as it was.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from engine.planner import Plan
from engine.scenario import Scenario
from gui.reports.figures import png_bytes
from gui.reports.output import document_output
from gui.reports.render import document_plans, plots_for_document
from gui.text.findings import localized
from gui.text.i18n import current_language, tr
from gui.text.severity import traffic_light
from gui.text.tables import comparison_rows, key_numbers

_SEVERITY_RGB = {"error": RGBColor(0xC0, 0x39, 0x2B), "warning": RGBColor(0xD6, 0x89, 0x10),
                 "info": RGBColor(0x2E, 0x6D, 0xA4)}
_HIGHLIGHT = RGBColor(0xFF, 0xF2, 0xCC)


def _rgb(hex_colour: str) -> RGBColor:
    colour: RGBColor = RGBColor.from_string(hex_colour.lstrip("#").upper())
    return colour


# python-pptx has no type information: its slides and shapes are Any here; lengths are EMU ints (Inches, Emu)
def _text_box(slide: Any, left: int, top: int, width: int, height: int, text: str, size: float = 14,
              bold: bool = False, colour: RGBColor | None = None) -> Any:
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    run = frame.paragraphs[0].add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    if colour is not None:
        run.font.color.rgb = colour
    return box


def _table(slide: Any, rows: list[list[str]], left: int, top: int, width: int, height: int, header: bool = True,
           col_widths: list[int] | None = None, highlight: Callable[[int, int], bool] | None = None,
           size: float = 11) -> Any:
    shape = slide.shapes.add_table(len(rows), len(rows[0]), left, top, width, height)
    table = shape.table
    for j, w in enumerate(col_widths or []):
        table.columns[j].width = w
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cell = table.cell(i, j)
            cell.text = value
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(size)
                    run.font.bold = (header and i == 0) or (j == 0 and not header)
            if highlight and highlight(i, j):
                cell.fill.solid()
                cell.fill.fore_color.rgb = _HIGHLIGHT
    return table


def _picture(slide: Any, image: tuple[io.BytesIO, str], left: int, top: int, width: int | None = None,
             height: int | None = None) -> None:
    """A PNG made in memory, with the plot's title as its alternative text (python-pptx would call it
    "image.png")."""
    data, title = image
    picture = slide.shapes.add_picture(data, left, top, width=width, height=height)
    picture._element.nvPicPr.cNvPr.set("descr", title)


def write_pptx(scenarios: Sequence[Scenario | Plan], out: str | Path) -> Path:
    """A slide per scenario (or per plan, as the window passes them). Raises ScenarioError, before any
    work, when a scenario has no plan; OSError, leaving ``out`` as it was, when it cannot be written."""
    out = Path(out)
    plans = document_plans(scenarios)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)  # 16:9
    blank = prs.slide_layouts[6]
    for plan in plans:
        slide = prs.slides.add_slide(blank)
        _text_box(slide, Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8), plan.scenario.name, 28, True)
        colour, word = traffic_light(plan.findings)
        _text_box(slide, Inches(0.5), Inches(1.0), Inches(6), Inches(0.4), "● " + word, 14, True, _rgb(colour))
        rows = [[k_, v] for k_, v in key_numbers(plan)]
        _table(slide, rows, Inches(0.5), Inches(1.5), Inches(5.6), Inches(0.32 * len(rows)), header=False,
               col_widths=[Inches(1.9), Inches(3.7)], size=11)
        findings = slide.shapes.add_textbox(Inches(0.5), Inches(5.0), Inches(5.6), Inches(2.2)).text_frame
        findings.word_wrap = True
        first = True
        for f in plan.findings:
            message, fix = localized(f, current_language())
            para = findings.paragraphs[0] if first else findings.add_paragraph()
            first = False
            dot = para.add_run()
            dot.text = "● "
            dot.font.color.rgb = _SEVERITY_RGB[f.severity]
            dot.font.size = Pt(10)
            body = para.add_run()
            body.text = message + (f" → {fix}" if fix else "")
            body.font.size = Pt(10)
        loss, alloc, cost = plots_for_document(plan)
        try:
            images = [(io.BytesIO(png_bytes(plot, out, scale=2.0)), plot.getPlotItem().titleLabel.text)
                      for plot in (loss, cost)]
        finally:
            for plot in (loss, alloc, cost):
                plot.close()
                plot.deleteLater()
        _picture(slide, images[0], Inches(6.4), Inches(1.0), width=Inches(6.5))
        _picture(slide, images[1], Inches(8.1), Inches(5.2), height=Inches(2.2))
    if len(plans) >= 2:
        slide = prs.slides.add_slide(blank)
        _text_box(slide, Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8), tr("Comparison"), 28, True)
        rows = comparison_rows(plans)

        def differs(i: int, j: int) -> bool:  # cells that differ from the first scenario's
            return i > 0 and j > 1 and rows[i][j] != rows[i][1]

        width = Inches(12.3)
        first_col = Inches(2.3)
        other = Emu(int((width - first_col) / len(plans)))
        _table(slide, rows, Inches(0.5), Inches(1.3), width, Inches(0.4 * len(rows)),
               col_widths=[first_col] + [other] * len(plans), highlight=differs, size=12)
        _text_box(slide, Inches(0.5), Inches(6.6), Inches(12.3), Inches(0.5),
                  tr("Highlighted: differs from the first scenario."), 11)
    with document_output(out) as target:
        prs.save(target.file)  # python-pptx writes the zip through the descriptor
    return out
