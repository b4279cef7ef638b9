"""Slide decks (python-pptx, 16:9) a budget owner puts in front of a board, in Japanese or English.

The deck: a *decision* slide first — with two or more scenarios the comparison in one table (absolute and
% differences against the first scenario, every amount in its currency, each plan's status and the reason
for it), with one scenario its recommendation (key numbers, status, what would fix it) — then a slide per
scenario (a plain-language summary and its two main plots, large; for a scenario that plans the whole
programme, a slide of its cost by stage and one of compliance and the EU documentation), then the
assumptions and sources (split over as many slides as they need). Every amount is in the first scenario's currency
(:func:`engine.money.same_currency`); names are people's names, never finding codes or catalogue ids.

Nothing is left to PowerPoint's autofit, which LibreOffice and older PowerPoints do not apply: every text
box and table row has a fixed height, and each text's size is the largest at which it fits, measured with
a deliberately wide estimate of its glyphs (:func:`_lines`) and a fixed line spacing. So no text spills out
of its shape, and no two shapes overlap (tests/gui/reports/test_slides.py checks both).

Japanese runs are marked ``lang="ja-JP"`` with an East Asian typeface (:data:`EA_TYPEFACE`), English ones
``lang="en-US"``, so that PowerPoint neither falls back to a Chinese font nor spell-checks Japanese as
English. Plots are vector drawings (SVG, the PDF report's drawing of the plot), which PowerPoint 2019 and
Microsoft 365 show, with the same drawing rasterised at three times the screen resolution (PNG) for older
PowerPoints and other programs (LibreOffice shows the PNG). The deck is written all at once through the
one safe writer (gui.reports.output): a failure raises OSError and leaves the old file as it was.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE
from pptx.opc.package import Part
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.util import Emu, Pt
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QImage, QPainter

from engine.findings import Finding
from engine.money import per_usd, same_currency
from engine.planner import Plan
from engine.scenario import Scenario
from gui.plots import CostPlot, LossPlot
from gui.plots.base import Plot
from gui.reports.output import document_output, failed
from gui.reports.render import JA_FAMILY, document_plans, plot_svg, plots_for_document, render_plot
from gui.text.fields import rate_text
from gui.text.findings import localized
from gui.text.i18n import current_language, tr
from gui.text.names import accelerator_short
from gui.text.numbers import field_text, money, sci
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
from gui.text.tables import PRECISION_NAMES, assumptions, memory_text, sharding_text

#: The East Asian typeface of Japanese runs. Yu Gothic (游ゴシック) is the Japanese font of Office's own
#: theme since Office 2016, on Windows (8.1 and later) and on macOS alike; Meiryo would do on Windows but
#: is missing on many Macs. The font ScalePlan ships (:data:`gui.reports.render.JA_FAMILY`) is registered
#: by the application only, never installed, so naming it here would make every PowerPoint substitute
#: one; instead the runs carry charset 128 (Shift-JIS), which makes PowerPoint substitute another
#: *Japanese* font (Meiryo, MS Gothic) where Yu Gothic is missing, and the plots, which are drawn with
#: the shipped font, list it after the system ones (:func:`_portable_svg`).
EA_TYPEFACE = "Yu Gothic"
_EA_CHARSET = "-128"  # SHIFTJIS_CHARSET, as DrawingML writes it

# The slide, in points: 13.333 × 7.5 in (16:9), with margins of half an inch
_W, _H = 960.0, 540.0
_M = 36.0
_CONTENT_W = _W - 2 * _M
#: line height as a multiple of the font size: every paragraph's exact line spacing, so that a Japanese
#: font's tall default line gap cannot make a text taller than measured
_LINE = 1.2
#: inner margins of text boxes (every side) and of table cells (left/right, top/bottom), in points
_INSET = 4.0
_CELL_X, _CELL_Y = 5.0, 3.0
#: a measured line is filled to this share of its width at most (kerning, Japanese line-break rules)
_FILL = 0.94

_GREY = "#555555"
_DARK = "#222222"
_HEADER_FILL = "#3B5B7A"
_BAND_FILL = ("#FFFFFF", "#EEF2F6")

_SVG_BLIP_EXT = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"  # Office's SVG picture extension (2019, 365)
_SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


# -- text and its measure ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Run:
    text: str
    colour: str | None = None
    bold: bool = False


_Para = tuple[_Run, ...]


def _para(*parts: str | _Run) -> _Para:
    return tuple(p if isinstance(p, _Run) else _Run(p) for p in parts)


def _char_em(ch: str) -> float:
    """A glyph's advance in ems, erring wide: full-width 1 (and ambiguous width — ●, ×, ² — in Japanese,
    whose fonts draw them full-width); Latin as in DejaVu Sans, wider than Calibri and LibreOffice's
    stand-in for it where Calibri is missing."""
    width = unicodedata.east_asian_width(ch)
    if width in "WF" or (width == "A" and current_language() == "ja"):
        return 1.0
    if ch in "MWmw—%@":
        return 1.0
    if width == "A" or ch in "+=<>~#&–":  # ●, ×, ² in a Latin font; signs as wide as digits and more
        return 0.9
    if ch in " \u00a0":
        return 0.32
    if ch in ".,:;'’|!()[]iIljftr":
        return 0.42
    if ch.isupper():
        return 0.78
    return 0.64


#: what a line breaks between: runs of spaces (not no-break spaces), words, single Japanese characters
_TOKEN = re.compile(r"[ \t]+|[^ \t\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|.")


def _lines(text: str, width: float, size: float) -> int:
    """Lines ``text`` takes at ``size`` points in a column ``width`` points wide: words wrap whole, a
    Japanese text between any two characters, a word wider than the column across lines."""
    room = width * _FILL / size  # in ems
    total = 0
    for paragraph in text.split("\n"):
        lines, x = 1, 0.0
        for token in _TOKEN.findall(paragraph):
            w = sum(_char_em(c) for c in token)
            if token[0] in " \t":
                x += w
                continue
            if x + w <= room:
                x += w
                continue
            if x > 0:
                lines += 1
            extra = math.ceil(w / room) - 1  # a word wider than the column breaks inside itself
            lines += max(extra, 0)
            x = w - extra * room
        total += lines
    return total


#: bold glyphs are up to a tenth wider
_BOLD = 1.1


def _height(paras: Sequence[_Para], width: float, size: float, gap: float = 0.0, bold: bool = False) -> float:
    """Points the paragraphs take (no insets): lines × line height, plus ``gap`` × size between them; a
    paragraph with bold text (or all, ``bold``) measured in bold."""
    lines = sum(_lines("".join(r.text for r in p), width / (_BOLD if bold or any(r.bold for r in p) else 1.0), size)
                for p in paras)
    return lines * size * _LINE + max(len(paras) - 1, 0) * gap * size


def _fit(paras: Sequence[_Para], width: float, height: float, sizes: Sequence[float], gap: float = 0.0,
         bold: bool = False) -> tuple[float, list[_Para]]:
    """The largest of ``sizes`` at which the paragraphs fit ``width`` × ``height`` (both inner); at the
    smallest, the paragraphs shortened from the end (with "…") until they do."""
    for size in sizes:
        if _height(paras, width, size, gap, bold) <= height:
            return size, list(paras)
    size = sizes[-1]
    kept = list(paras)
    while kept and _height(kept, width, size, gap, bold) > height:
        last = kept[-1]
        text = "".join(r.text for r in last)
        if len(text) <= 2:  # a character and its "…" (shorter than "x…" a cut does not make it)
            kept.pop()
            continue
        cut = max(1, int(len(text) * 0.9) - 1)
        kept[-1] = _truncated(last, cut)
    return size, kept


def _truncated(para: _Para, keep: int) -> _Para:
    """The paragraph's first ``keep`` characters and "…" (runs and their styles kept)."""
    out: list[_Run] = []
    for run in para:
        if keep <= 0:
            break
        out.append(replace(run, text=run.text[:keep]))
        keep -= len(run.text)
    if out:
        out[-1] = replace(out[-1], text=out[-1].text.rstrip() + "…")
    return tuple(out)


# -- shapes ------------------------------------------------------------------------------------------
def _rgb(hex_colour: str) -> RGBColor:
    colour: RGBColor = RGBColor.from_string(hex_colour.lstrip("#").upper())
    return colour


def _mark_language(run: Any) -> None:
    """The run's language, and for Japanese its East Asian typeface (see :data:`EA_TYPEFACE`)."""
    r_pr = run._r.get_or_add_rPr()
    if current_language() == "ja":
        r_pr.set("lang", "ja-JP")
        r_pr.set("altLang", "en-US")
        for old in r_pr.findall(qn("a:ea")):
            r_pr.remove(old)
        ea = r_pr.makeelement(qn("a:ea"), {"typeface": EA_TYPEFACE, "pitchFamily": "34", "charset": _EA_CHARSET})
        r_pr.insert_element_before(ea, "a:cs", "a:sym", "a:hlinkClick", "a:hlinkMouseOver", "a:rtl", "a:extLst")
    else:
        r_pr.set("lang", "en-US")


def _write(frame: Any, paras: Sequence[_Para], size: float, gap: float = 0.0, bold: bool = False,
           colour: str = _DARK) -> None:
    """The paragraphs into a text frame (a text box's or a table cell's), at ``size`` with exact line
    spacing, every run marked with its language."""
    for i, para in enumerate(paras):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.line_spacing = Pt(size * _LINE)
        paragraph.space_before = Pt(gap * size if i else 0)
        paragraph.space_after = Pt(0)
        for part in para:
            run = paragraph.add_run()
            run.text = part.text
            run.font.size = Pt(size)
            run.font.bold = part.bold or bold
            run.font.color.rgb = _rgb(part.colour or colour)
            _mark_language(run)


@dataclass(frozen=True)
class _Box:
    left: float
    top: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


def _text_box(slide: Any, box: _Box, paras: Sequence[_Para], sizes: Sequence[float], gap: float = 0.0,
              bold: bool = False, colour: str = _DARK, anchor: Any = MSO_ANCHOR.TOP) -> float:
    """A text box of exactly ``box`` with the paragraphs at the largest size that fits; returns the size."""
    size, kept = _fit(paras, box.width - 2 * _INSET, box.height - 2 * _INSET, sizes, gap, bold)
    shape = slide.shapes.add_textbox(Pt(box.left), Pt(box.top), Pt(box.width), Pt(box.height))
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = Pt(_INSET)
    _write(frame, kept, size, gap, bold, colour)
    return size


def _fitted_box(slide: Any, left: float, top: float, width: float, max_height: float, paras: Sequence[_Para],
                sizes: Sequence[float], gap: float = 0.0, bold: bool = False, colour: str = _DARK) -> _Box:
    """A text box ``width`` wide and as tall as its text needs (at most ``max_height``): where the next
    shape may start."""
    size, kept = _fit(paras, width - 2 * _INSET, max_height - 2 * _INSET, sizes, gap, bold)
    box = _Box(left, top, width, _height(kept, width - 2 * _INSET, size, gap, bold) + 2 * _INSET)
    _text_box(slide, box, kept, [size], gap, bold, colour)
    return box


@dataclass(frozen=True)
class _Cell:
    """A table cell: its paragraphs, how many columns it spans (merged to the right), how it looks."""

    paras: tuple[_Para, ...]
    span: int = 1
    bold: bool = False
    colour: str = _DARK


def _cell(*paras: _Para | str, span: int = 1, bold: bool = False, colour: str = _DARK) -> _Cell:
    return _Cell(tuple(_para(p) if isinstance(p, str) else p for p in paras), span, bold, colour)


_Grid = list[list[_Cell | None]]  # None: covered by a cell spanning from the left


def _row_heights(grid: _Grid, widths: Sequence[float], size: float, header: bool = True) -> list[float]:
    """Each row's height: its tallest cell's text and the cell's margins (``header``: the first row bold)."""
    heights = []
    for i, row in enumerate(grid):
        tallest = size * _LINE
        for j, cell in enumerate(row):
            if cell is not None:
                inner = sum(widths[j:j + cell.span]) - 2 * _CELL_X
                tallest = max(tallest, _height(cell.paras, inner, size, bold=cell.bold or (header and i == 0)))
        heights.append(tallest + 2 * _CELL_Y + 1.0)  # and a point for the cell's border
    return heights


def _fit_table(grid: _Grid, widths: Sequence[float], height: float, sizes: Sequence[float], header: bool = True
               ) -> tuple[float, list[float]]:
    """The largest of ``sizes`` at which the table fits ``height``, and its rows' heights (at the
    smallest size when none fits)."""
    for size in sizes:
        heights = _row_heights(grid, widths, size, header)
        if sum(heights) <= height:
            return size, heights
    return sizes[-1], _row_heights(grid, widths, sizes[-1], header)


def _table(slide: Any, grid: _Grid, left: float, top: float, widths: Sequence[float], heights: Sequence[float],
           size: float, header: bool = True) -> Any:
    """A native table with fixed column widths and row heights (the frame exactly as tall as its rows); the
    header row white on dark, the others banded."""
    col_emu = [Emu(Pt(w)) for w in widths]
    row_emu = [Emu(Pt(h)) for h in heights]
    shape = slide.shapes.add_table(len(grid), len(widths), Pt(left), Pt(top), Emu(sum(col_emu)), Emu(sum(row_emu)))
    table = shape.table
    table.first_row = header
    table.horz_banding = False
    for j, w in enumerate(col_emu):
        table.columns[j].width = w
    for i, h in enumerate(row_emu):
        table.rows[i].height = h
    for i, row in enumerate(grid):
        for j, spec in enumerate(row):
            cell = table.cell(i, j)
            if spec is not None and spec.span > 1:
                cell.merge(table.cell(i, j + spec.span - 1))
    for i, row in enumerate(grid):
        is_header = header and i == 0
        for j, spec in enumerate(row):
            if spec is None:
                continue
            cell = table.cell(i, j)
            cell.margin_left = cell.margin_right = Pt(_CELL_X)
            cell.margin_top = cell.margin_bottom = Pt(_CELL_Y)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb(_HEADER_FILL if is_header else _BAND_FILL[i % 2])
            frame = cell.text_frame
            frame.word_wrap = True
            frame.paragraphs[0].text = ""
            _write(frame, spec.paras, size, bold=spec.bold or is_header, colour="#FFFFFF" if is_header else spec.colour)
    shape.height = Emu(sum(row_emu))
    return shape


def _title(slide: Any, text: str) -> _Box:
    return _fitted_box(slide, _M, 22.0, _CONTENT_W, 64.0, [_para(text)], (28, 26, 24, 22, 20, 18, 16), bold=True)


# -- numbers with their units, in the interface language --------------------------------------------
def _people(x: float) -> str:
    """Three significant digits in people's form: 93.3 B / 933億, 1.69 T / 1.69兆, 737,000 / 73.7万."""
    return field_text(float(f"{x:.3g}"), lang=current_language()) if x else "0"


def _days(d: float) -> str:
    return tr("%s days") % _people(d)


def _params(n: float) -> str:
    return tr("%s parameters") % _people(n)


def _tokens(n: float) -> str:
    return tr("%s tokens") % _people(n)


_NB = "\u00a0"  # a no-break space: a number and its unit stay on one line


def _flop(c: float) -> str:
    return sci(c).replace(" ", _NB) + _NB + "FLOP"


def _energy(mwh: float) -> str:
    """619 MWh, 12.3 GWh, 368 TWh (never 367,920,000 MWh)."""
    for factor, name in ((1e6, "TWh"), (1e3, "GWh")):
        if mwh >= 10 * factor:
            return _people(mwh / factor) + _NB + name
    return _people(mwh) + _NB + "MWh"


def _power(mw: float) -> str:
    return _people(mw / 1e3) + _NB + "GW" if mw >= 1e3 else _people(mw) + _NB + "MW"


def _co2(t: float) -> str:
    return _people(t) + _NB + "t"


def _data_use(epochs: float) -> str:
    """How much of the data on hand the run reads: "17% of it, once" or "each token 3.2 times"."""
    if epochs < 1:
        return tr("%s of the data on hand, each token once") % f"{epochs:.0%}"
    return tr("the data on hand, each token %s times") % _people(epochs)


def _loss(x: float) -> str:
    return f"{x:.3f}" + _NB + tr("nats/token")


def _accelerators(p: Plan) -> str:
    return f"{p.scenario.cluster.count:,} × {accelerator_short(p.scenario)}"


def _named(p: Plan) -> str:
    """The scenario's name where the decision slide names it (a header, the note): at most 60 characters."""
    name = p.scenario.name
    return name if len(name) <= 60 else name[:59].rstrip() + "…"


def _parenthesised(text: str, aside: str) -> str:
    return tr("%s (%s)") % (text, aside)


# -- what a plan's status is, and why -----------------------------------------------------------------
_RANK = {"error": 0, "warning": 1, "info": 2}


def _ranked(findings: Sequence[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: _RANK[f.severity])


def _first_sentence(f: Finding) -> str:
    """A finding's message in the interface language, its first sentence only (templates are sentences)."""
    short = replace(f, template=f.template[:1], fix_template=()) if f.template else f
    message, _ = localized(short, current_language())
    return message


def _status(p: Plan) -> _Para:
    colour, words = traffic_light(p.findings)
    return _para(_Run("● ", colour), _Run(words, colour, bold=True))


def _reason(p: Plan) -> str:
    """The first sentence of the worst warning or error; "" for a plan without one."""
    worst = _ranked(p.findings)
    return _first_sentence(worst[0]) if worst and worst[0].severity != "info" else ""


# -- the deck ----------------------------------------------------------------------------------------
def write_pptx(scenarios: Sequence[Scenario | Plan], out: str | Path) -> Path:
    """The deck of these scenarios (or plans, as the window passes them), the first the reference. Raises
    ScenarioError, before any work, when a scenario has no plan; OSError, leaving ``out`` as it was, when
    it cannot be written."""
    out = Path(out)
    originals = document_plans(scenarios)
    plans = list(same_currency(originals))
    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(_W), Pt(_H)
    _set_deck_language(prs)
    blank = prs.slide_layouts[6]
    if len(plans) == 1:
        _recommendation_slide(prs.slides.add_slide(blank), plans[0])
    else:
        chunks = [plans[1 + i:4 + i] for i in range(0, len(plans) - 1, 3)]  # the first and three others a slide
        for k, others in enumerate(chunks):
            _decision_slide(prs.slides.add_slide(blank), originals, plans, [plans[0], *others],
                            (k + 1, len(chunks)))
    for plan in plans:
        _scenario_slide(prs.slides.add_slide(blank), plan, out)
        if plan.programme is not None:
            _programme_slide(prs.slides.add_slide(blank), plan)
            _compliance_slide(prs.slides.add_slide(blank), plan)
    _appendix_slides(prs, blank, plans)
    with document_output(out) as target:
        prs.save(target.file)  # python-pptx writes the zip through the descriptor
    return out


def _set_deck_language(prs: Any) -> None:
    """The deck's language (PowerPoint's proofing language for new text, the file's properties)."""
    lang = "ja-JP" if current_language() == "ja" else "en-US"
    prs.core_properties.language = lang
    for d in prs.part._element.iter(qn("a:defRPr")):
        d.set("lang", lang)


# -- decision: the comparison ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Quantity:
    """A row of the comparison: how to read the number off a plan and how to show it (or a difference of
    it) with its unit."""

    label: str
    value: Callable[[Plan], float]
    text: Callable[[float], str]
    shown: Callable[[Plan], str] | None = None  # the cell, when it is more than the number
    #: whether two plans' numbers can be subtracted (a count of different accelerators cannot)
    comparable: Callable[[Plan, Plan], bool] = lambda p, q: True


def _quantities(currency: str) -> list[_Quantity]:
    lang = current_language()
    return [
        _Quantity(tr("Accelerators"), lambda p: float(p.scenario.cluster.count),
                  lambda n: tr("%s accelerators") % f"{n:,.0f}", _accelerators,
                  lambda p, q: p.scenario.cluster.accelerator == q.scenario.cluster.accelerator),
        _Quantity(tr("Wall-clock time"), lambda p: p.wall_clock_days, _days),
        _Quantity(tr("Model size"), lambda p: p.n_params, _params),
        _Quantity(tr("Training tokens"), lambda p: p.n_tokens, _tokens),
        _Quantity(tr("Predicted loss (lower is better)"), lambda p: p.loss, _loss),
        _Quantity(tr("Compute"), lambda p: p.compute_flop, _flop),
        _Quantity(tr("Energy"), lambda p: p.energy_mwh, _energy),
        _Quantity(tr("Total cost"), lambda p: p.total_cost, lambda x: money(x, currency, lang)),
        _Quantity(tr("CO₂"), lambda p: p.co2_t, _co2),
    ]


def _difference(q: _Quantity, p: Plan, first: Plan) -> tuple[str, ...]:
    """The change from the first scenario: with its unit and relative ("+¥3.26億", "+100%"; "+23.6 GWh",
    "39×" from three times on), or in words ("no change")."""
    if not q.comparable(p, first):
        return (tr("other accelerator"),)
    new, old = q.value(p), q.value(first)
    if old == 0 or not (math.isfinite(new) and math.isfinite(old)):
        return ("—",)
    change = (new - old) / abs(old) * 100
    if abs(change) < 0.05:
        return (tr("no change"),)
    sign = "+" if new > old else "−"
    if old > 0 and new / old >= 3:
        relative = tr("%s×") % _people(new / old)
    else:
        relative = f"{sign}{abs(change):,.{1 if abs(change) < 10 else 0}f}%"
    return sign + q.text(abs(new - old)), relative


def _fits_a_line(parts: tuple[str, ...], width: float, size: float) -> bool:
    return len(parts) == 1 or _lines(_parenthesised(*parts), width - 2 * _CELL_X, size) == 1


def _difference_cell(parts: tuple[str, ...], one_line: bool) -> _Cell:
    """"+¥3.26億 (+100%)" on one line, or the relative change on a line of its own (never broken inside
    "+100%")."""
    if len(parts) == 1:
        return _cell(parts[0], colour=_GREY)
    return _cell(_parenthesised(*parts), colour=_GREY) if one_line else _cell(parts[0], parts[1], colour=_GREY)


def _decision_slide(slide: Any, originals: Sequence[Plan], plans: Sequence[Plan], shown: Sequence[Plan],
                    part: tuple[int, int]) -> None:
    first = plans[0]
    title = tr("Decision: %d scenarios compared") % len(plans)
    if part[1] > 1:
        title += f" ({part[0]}/{part[1]})"
    top = _title(slide, title).bottom
    sign_note = tr("All amounts in %s.") % first.currency
    converted: dict[tuple[str, str], list[str]] = {}  # (currency, rate) → the scenarios converted so
    for was, now in zip(originals, plans, strict=True):
        if was.currency != now.currency:
            rate = rate_text(now.currency, per_usd(now.scenario)) if was.currency == "USD" else \
                tr("%s, then %s") % (rate_text(was.currency, per_usd(was.scenario)),
                                     rate_text(now.currency, per_usd(now.scenario)))
            converted.setdefault((was.currency, rate), []).append(tr("“%s”") % _named(now))
    for (currency, rate), names in converted.items():
        sign_note += " " + tr("{scenarios} converted from {currency} at {rate}.").format(
            scenarios=tr(", ").join(names), currency=currency, rate=rate)
    note = [_para(sign_note + " " + tr("Differences are against the first scenario, %s.") % _named(first))]
    top = _fitted_box(slide, _M, top + 2, _CONTENT_W, 48.0, note, (14, 13, 12, 11), colour=_GREY).bottom
    # a column per scenario, each other one followed by its difference from the first
    label_w = 150.0 if len(shown) > 2 else 190.0
    n_cols = 2 * len(shown) - 1
    col_w = (_CONTENT_W - label_w) / n_cols
    widths = [label_w] + [col_w] * n_cols
    head: list[_Cell | None] = [_cell("")]
    status: list[_Cell | None] = [_cell(tr("Status"), bold=True)]
    why: list[_Cell | None] = [_cell(tr("Main finding"), bold=True)]
    for k, p in enumerate(shown):
        span = 1 if k == 0 else 2
        head += [_cell(_named(p))] + ([_cell(tr("Difference"))] if k else [])
        status += [_cell(_status(p), span=span)] + [None] * (span - 1)
        why += [_cell(_reason(p) or "—", span=span)] + [None] * (span - 1)
    quantities = _quantities(first.currency)
    changes = [[_difference(q, p, first) for p in shown[1:]] for q in quantities]

    def table_at(size: float) -> _Grid:
        one_line = all(_fits_a_line(c, col_w, size) for row in changes for c in row)  # all alike
        grid: _Grid = [head, status, why]
        for q, row_changes in zip(quantities, changes, strict=True):
            row: list[_Cell | None] = [_cell(q.label, bold=True)]
            for k, p in enumerate(shown):
                row.append(_cell(q.shown(p) if q.shown else q.text(q.value(p))))
                if k:
                    row.append(_difference_cell(row_changes[k - 1], one_line))
            grid.append(row)
        return grid

    room = _H - _M + 12 - (top + 8)
    sizes = (14, 13, 12, 11, 10, 9)
    size = next((z for z in sizes if sum(_row_heights(table_at(z), widths, z)) <= room), sizes[-1])
    grid = table_at(size)
    _table(slide, grid, _M, top + 8, widths, _row_heights(grid, widths, size), size)


# -- decision: one scenario ----------------------------------------------------------------------------
def _key_rows(p: Plan) -> list[tuple[str, str]]:
    lang = current_language()
    s = p.scenario
    cost = money(p.total_cost, p.currency, lang)
    if p.energy_cost == 0 and s.money.cost_basis == "rented":
        cost = _parenthesised(cost, tr("power included in the hourly price"))
    else:
        cost = _parenthesised(cost, tr("accelerators {accelerators}, energy {power}").format(
            accelerators=money(p.accelerator_cost, p.currency, lang), power=money(p.energy_cost, p.currency, lang)))
    loss = _loss(p.loss)
    if p.loss_low is not None and p.loss_high is not None:
        loss = _parenthesised(loss, tr("95% band {low}–{high}").format(low=f"{p.loss_low:.3f}",
                                                                        high=f"{p.loss_high:.3f}"))
    rows = [
        (tr("Accelerators"), _accelerators(p)),
        (tr("Wall-clock time"), _parenthesised(_days(p.wall_clock_days),
                                               tr("%s accelerator-hours") % _people(p.accelerator_hours))),
        (tr("Model size"), _params(p.n_params)),
        (tr("Training tokens"), _parenthesised(_tokens(p.n_tokens),
                                               tr("%s tokens per parameter") % _people(p.tokens_per_param))),
        (tr("Predicted loss (lower is better)"), loss),
        (tr("Compute"), _flop(p.compute_flop)),
        (tr("Energy"), _parenthesised(_energy(p.energy_mwh), tr("average %s") % _power(p.average_power_mw))),
        (tr("Total cost"), cost),
        (tr("CO₂"), _co2(p.co2_t)),
    ]
    if p.epochs is not None:
        rows.insert(4, (tr("Data"), _data_use(p.epochs)))
    return rows


def _recommendation_slide(slide: Any, p: Plan) -> None:
    top = _title(slide, tr("Recommendation: %s") % p.scenario.name).bottom + 10
    rows = _key_rows(p)
    widths = [170.0, 300.0]
    grid: _Grid = [[_cell(k, bold=True), _cell(v)] for k, v in rows]
    size, heights = _fit_table(grid, widths, _H - _M - top, (16, 15, 14, 13, 12, 11, 10), header=False)
    _table(slide, grid, _M, top, widths, heights, size, header=False)
    left = _M + sum(widths) + 24
    width = _W - _M - left
    status_box = _fitted_box(slide, left, top, width, 80.0, [_status(p)], (24, 22, 20, 18))
    paras: list[_Para] = []
    worst = _ranked(p.findings)
    if worst and worst[0].severity != "info":
        message, fix = localized(worst[0], current_language())
        paras += [_para(_Run(tr("Why"), bold=True)), _para(message)]
        if fix:
            paras += [_para(_Run(tr("What would fix it"), bold=True)), _para(fix)]
        more = [f for f in worst[1:] if f.severity != "info"]
        for f in more:
            paras.append(_para(_Run("● ", SEVERITY_COLOURS[f.severity]), _first_sentence(f)))
    else:
        paras.append(_para(tr("No limit is broken and the scaling law is used within reason: the plan can go "
                              "ahead as it stands.")))
    _text_box(slide, _Box(left, status_box.bottom + 6, width, _H - _M - status_box.bottom - 6), paras,
              (18, 17, 16, 15, 14, 13, 12, 11, 10), gap=0.4)


# -- a slide per scenario ----------------------------------------------------------------------------------
def _summary(p: Plan) -> list[_Para]:
    """What is trained, how long, what it costs and the status, in plain words."""
    lang = current_language()
    s = p.scenario
    trained = tr("Trains a model of {params} on {tokens} ({ratio} tokens per parameter). Predicted loss: {loss}, "
                 "lower is better.").format(params=_params(p.n_params), tokens=_tokens(p.n_tokens),
                                            ratio=_people(p.tokens_per_param), loss=_loss(p.loss))
    if s.model.moe is not None:
        trained = tr("Trains a mixture of experts with {params} active of {total} on {tokens} ({ratio} tokens per "
                     "active parameter). Predicted loss: {loss}, lower is better (as a dense model of the active "
                     "size).").format(params=_params(p.n_params), total=_params(p.n_params_total),
                                      tokens=_tokens(p.n_tokens), ratio=_people(p.tokens_per_param),
                                      loss=_loss(p.loss))
    if p.epochs is not None:
        trained += " " + tr("Data: %s.") % _data_use(p.epochs)
    runs = tr("Runs for {days} on {cluster}: {hours} accelerator-hours.").format(
        days=_days(p.wall_clock_days), cluster=_accelerators(p), hours=_people(p.accelerator_hours))
    runs += " " + tr("Trained in {precision}; memory per accelerator {memory} ({sharding}).").format(
        precision=PRECISION_NAMES.get(p.precision, p.precision), memory=memory_text(p), sharding=sharding_text(p))
    total = money(p.total_cost, p.currency, lang)
    if p.energy_cost == 0 and s.money.cost_basis == "rented":
        costs = tr("Costs {total}, power included in the hourly price; uses {energy} of energy and emits {co2} "
                   "of CO₂.").format(total=total, energy=_energy(p.energy_mwh), co2=_co2(p.co2_t))
    else:
        costs = tr("Costs {total} (accelerators {accelerators}, energy {power}); uses {energy} of energy and emits "
                   "{co2} of CO₂.").format(total=total, accelerators=money(p.accelerator_cost, p.currency, lang),
                                          power=money(p.energy_cost, p.currency, lang),
                                          energy=_energy(p.energy_mwh), co2=_co2(p.co2_t))
    paras = [_status(p), _para(trained), _para(runs), _para(costs)]
    ranked = _ranked(p.findings)
    for k, f in enumerate(ranked[:3]):
        text = _first_sentence(f)
        if k == 0 and f.severity != "info":
            _, fix = localized(f, lang)
            text += (" → " + fix) if fix else ""
        paras.append(_para(_Run("● ", SEVERITY_COLOURS[f.severity]), text))
    if len(ranked) > 3:
        paras.append(_para(_Run(tr("and %d more findings") % (len(ranked) - 3), _GREY)))
    return paras


#: the plots of a scenario's slide, at the size in pixels they are laid out at (small enough that their
#: text reads at about 10–12 pt on the slide)
_SLIDE_PLOTS = ((LossPlot, (560, 350)), (CostPlot, (400, 290)))
_PLOT_H = 290.0  # points
_PLOT_GAP = 14.0


def _scenario_slide(slide: Any, p: Plan, out: Path) -> None:
    top = _title(slide, p.scenario.name).bottom + 2
    plots_top = _H - _M + 8 - _PLOT_H
    _text_box(slide, _Box(_M, top, _CONTENT_W, plots_top - 8 - top), _summary(p), (16, 15, 14, 13, 12, 11, 10),
              gap=0.3)
    made: list[Plot] = []
    try:
        for cls, size in _SLIDE_PLOTS:
            made += plots_for_document(p, [cls], size)
        aspects = [plot.width() / plot.height() for plot in made]
        height = min(_PLOT_H, (_CONTENT_W - _PLOT_GAP * (len(made) - 1)) / sum(aspects))
        left = _M + (_CONTENT_W - height * sum(aspects) - _PLOT_GAP * (len(made) - 1)) / 2
        for plot, aspect in zip(made, aspects, strict=True):
            _plot_picture(slide, plot, _Box(left, plots_top + (_PLOT_H - height), height * aspect, height), out)
            left += height * aspect + _PLOT_GAP
    finally:
        for plot in made:
            plot.close()
            plot.deleteLater()


def _plot_picture(slide: Any, plot: Plot, box: _Box, out: Path) -> None:
    """The plot as a picture: a PNG at 3× (what every program shows) with the vector drawing (SVG) that
    PowerPoint 2019 and Microsoft 365 show instead; its title as the alternative text."""
    with plot.exporting():
        png = _png(plot, out, 3.0)
        svg = _portable_svg(plot_svg(plot))
    picture = slide.shapes.add_picture(io.BytesIO(png), Pt(box.left), Pt(box.top), Pt(box.width), Pt(box.height))
    picture._element.nvPicPr.cNvPr.set("descr", plot.getPlotItem().titleLabel.text)
    package = slide.part.package
    part = Part(package.next_partname("/ppt/media/image%d.svg"), "image/svg+xml", package, svg)
    r_id = slide.part.relate_to(part, RELATIONSHIP_TYPE.IMAGE)
    picture._element.blipFill.blip.append(parse_xml(
        f'<a:extLst {nsdecls("a", "r")}><a:ext uri="{_SVG_BLIP_EXT}">'
        f'<asvg:svgBlip xmlns:asvg="{_SVG_NS}" r:embed="{r_id}"/></a:ext></a:extLst>'))


def _png(plot: Plot, out: Path, scale: float) -> bytes:
    """The vector drawing (as the PDF report draws it) rasterised at ``scale`` × the plot's size: drawn
    from the scene directly at a scale, items that ignore transformations (the legend) stay screen-sized."""
    image = QImage(round(plot.width() * scale), round(plot.height() * scale), QImage.Format.Format_RGB32)
    if image.isNull():
        raise failed(out, "no memory for an image of the plot")
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    render_plot(painter, plot, QRectF(image.rect()))
    painter.end()
    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(device, "PNG"):  # type: ignore[call-overload]  # PySide6's stub wants bytes; str works
        raise failed(out, "could not encode the plot as PNG")
    return bytes(data.data())


def _portable_svg(svg: bytes) -> bytes:
    """The plot's SVG with fonts every viewer has: the family it was laid out in first, then the Japanese
    system fonts of Windows and macOS, then the one ScalePlan ships."""

    def families(m: re.Match[bytes]) -> bytes:
        laid_out = [f.strip() for f in m.group(1).decode().split(",") if f.strip() and f.strip() != JA_FAMILY]
        names = [*laid_out, "Yu Gothic", "Meiryo", "Hiragino Sans", JA_FAMILY, "sans-serif"]
        return b'font-family="' + ", ".join(n if n == "sans-serif" else f"'{n}'" for n in names).encode() + b'"'

    return re.sub(rb'font-family="([^"]*)"', families, svg)


# -- the programme: cost by stage, compliance --------------------------------------------------------------
def _programme_slide(slide: Any, p: Plan) -> None:
    """The programme's cost and its range as the headline, the stage table, serving and the purchase in a
    sentence each, and compute, cost and energy as shares by stage (a native stacked bar chart)."""
    prog = p.programme
    assert prog is not None
    top = _title(slide, tr("Programme: cost by stage")).bottom + 2
    headline = [_para(_Run(tr("The whole programme costs %s") % cost_range_text(p), bold=True))]
    top = _fitted_box(slide, _M, top, _CONTENT_W, 64.0, headline, (20, 19, 18, 17, 16, 15, 14)).bottom + 6
    rows = stage_rows(p)
    grid: _Grid = [[_cell(v) for v in rows[0]]]
    for row, st in zip(rows[1:-1], prog.stages, strict=True):
        grid.append([_cell(_para(_Run("■ ", STAGE_COLOURS[st.id]), row[0])), *(_cell(v) for v in row[1:])])
    grid.append([_cell(v, bold=True) for v in rows[-1]])
    widths = [232.0, 120.0, 96.0, 136.0, 96.0, 104.0, 104.0]
    lead, _, after = tr(SERVING_LEAD).partition("%s")  # "Serving:" in bold
    notes = [_para(_Run(lead, bold=True), serving_text(p), after)] if serving_text(p) else []
    notes += [_para(capital_text(p))] if capital_text(p) else []
    chart_min = 135.0
    room = _H - _M + 8 - top - chart_min - (56.0 if notes else 0.0)
    size, heights = _fit_table(grid, widths, room, (14, 13, 12, 11, 10))
    shape = _table(slide, grid, _M, top, widths, heights, size)
    for row_cells in shape.table.rows:  # numbers right-aligned under their headers
        for j, cell in enumerate(row_cells.cells):
            if j:
                for paragraph in cell.text_frame.paragraphs:
                    paragraph.alignment = PP_ALIGN.RIGHT
    top += sum(heights) + 6
    if notes:
        top = _fitted_box(slide, _M, top, _CONTENT_W, 56.0, notes, (13, 12, 11, 10), gap=0.2, colour=_GREY).bottom
    bottom = _H - _M + 8
    if bottom - top - 6 >= 110:
        _shares_chart(slide, p, _Box(_M, top + 6, _CONTENT_W, bottom - top - 6))


def _shares_chart(slide: Any, p: Plan, box: _Box) -> None:
    """Compute, cost and energy as 100% bars stacked by stage, in the stages' colours; each share written in
    its segment, but for slivers under 4% (their labels would collide)."""
    shares = stage_shares(p)
    stages = [sid for sid, _ in shares[0][1]]
    data = CategoryChartData(number_format="0%")
    data.categories = [label for label, _ in shares]
    for k, sid in enumerate(stages):
        data.add_series(stage_name(sid, short_name=True), [parts[k][1] for _, parts in shares])
    frame = slide.shapes.add_chart(XL_CHART_TYPE.BAR_STACKED_100, Pt(box.left), Pt(box.top), Pt(box.width),
                                   Pt(box.height), data)
    chart = frame.chart
    chart.font.size = Pt(12)
    chart.font.color.rgb = _rgb(_DARK)
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    chart.category_axis.reverse_order = True  # compute on top, as in the table's reading order
    chart.category_axis.has_major_gridlines = False
    chart.category_axis.format.line.color.rgb = _rgb("#BBBBBB")
    chart.value_axis.visible = False
    chart.value_axis.has_major_gridlines = False
    plot = chart.plots[0]
    plot.gap_width = 45
    plot.overlap = 100
    for k, (series, sid) in enumerate(zip(plot.series, stages, strict=True)):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = _rgb(STAGE_COLOURS[sid])
        labels = series.data_labels
        labels.number_format = "0%"
        labels.number_format_is_linked = False
        labels.show_value = True
        labels.position = XL_LABEL_POSITION.CENTER
        labels.font.size = Pt(11)
        labels.font.color.rgb = _rgb(_ink(STAGE_COLOURS[sid]))
        d_lbls = series._element.get_or_add_dLbls()
        for i, (_, parts) in enumerate(shares):
            if parts[k][1] < 0.04:  # no label on a sliver
                d_lbls.insert(0, parse_xml(f'<c:dLbl {nsdecls("c")}><c:idx val="{i}"/><c:delete val="1"/></c:dLbl>'))


def _ink(fill: str) -> str:
    """White on a dark fill, dark on a light one."""
    r, g, b = (int(fill.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return "#FFFFFF" if 0.299 * r + 0.587 * g + 0.114 * b < 150 else _DARK


def _compliance_slide(slide: Any, p: Plan) -> None:
    """Each threshold (crossed or not, by how much), what crossing it means and its source, on the left; the
    figures the EU's model documentation asks for, on the right."""
    prog = p.programme
    assert prog is not None
    top = _title(slide, tr("Compliance and EU documentation")).bottom + 6
    left_w, gap = 452.0, 20.0
    right_w = _CONTENT_W - left_w - gap
    bottom = _H - _M + 8
    blocks = []
    for c in prog.compliance:
        colour = SEVERITY_COLOURS["warning"] if c.crossed else "#1E7A3C"
        blocks.append(([_para(_Run("● ", colour), _Run(threshold_line(c), bold=True)),
                        _para(tr(THRESHOLD_MEANINGS[c.threshold.id]))],
                       [_para(tr("Source: %s") % threshold_source(c))]))
    inner = left_w - 2 * _INSET
    pairs = [(s, max(s - 3, 8)) for s in (14, 13, 12, 11, 10, 9)]

    def needed(size: float, small: float) -> float:
        return sum(_height(main, inner, size, 0.2) + _height(source, inner, small) + 4 * _INSET + 9
                   for main, source in blocks)

    size, small = next((pair for pair in pairs if needed(*pair) <= bottom - top), pairs[-1])
    y = top
    for main, source in blocks:
        y = _fitted_box(slide, _M, y, left_w, bottom - y, main, [size], gap=0.2).bottom + 1
        y = _fitted_box(slide, _M, y, left_w, max(bottom - y, 2 * _INSET + small * _LINE), source, [small],
                        colour=_GREY).bottom + 8
    grid: _Grid = [[_cell(tr("EU model documentation (training)"), span=2), None]]
    grid += [[_cell(k, bold=True), _cell(v)] for k, v in documentation_rows(p)]
    widths = [right_w * 0.4, right_w * 0.6]
    t_size, heights = _fit_table(grid, widths, bottom - top, (14, 13, 12, 11, 10, 9))
    _table(slide, grid, _M + left_w + gap, top, widths, heights, t_size)


# -- appendix: assumptions and sources ---------------------------------------------------------------
def _appendix_slides(prs: Any, layout: Any, plans: Sequence[Plan]) -> None:
    """A row per assumption, a column per scenario; an assumption the same for every scenario spans them
    all. As many slides as the rows need at a readable size."""
    per_plan = [dict(assumptions(p)) for p in plans]
    labels: list[str] = []
    for rows in per_plan:
        labels += [k for k in rows if k not in labels]
    multi = len(plans) > 1
    label_w = 130.0
    widths = [label_w] + [(_CONTENT_W - label_w) / len(plans)] * len(plans)
    head: list[_Cell | None] = [_cell(tr("Assumption")), *(_cell(p.scenario.name) for p in plans)]
    body: _Grid = []
    for label in labels:
        texts = [rows.get(label, "—") for rows in per_plan]
        row: list[_Cell | None] = [_cell(label, bold=True)]
        if len(set(texts)) == 1:
            row += [_cell(texts[0], span=len(plans))] + [None] * (len(plans) - 1)
        else:
            row += [_cell(t) for t in texts]
        body.append(row)
    title = tr("Appendix: assumptions and sources")
    top = 22.0 + 64.0 + 6  # below the tallest title
    header = [head] if multi else []

    def paged(size: float) -> list[list[int]]:
        heights = _row_heights(header + body, widths, size, multi)
        return _pages(heights[len(header):], _H - _M + 12 - top - sum(heights[:len(header)]))

    sizes = (12, 11, 10, 9)
    fewest = len(paged(sizes[-1]))
    size = next(size for size in sizes if len(paged(size)) == fewest)  # the largest on as few slides
    pages = paged(size)
    for k, page in enumerate(pages):
        slide = prs.slides.add_slide(layout)
        _title(slide, title + (f" ({k + 1}/{len(pages)})" if len(pages) > 1 else ""))
        grid = header + [body[i] for i in page]
        _table(slide, grid, _M, top, widths, _row_heights(grid, widths, size, multi), size, header=multi)


def _pages(heights: Sequence[float], room: float) -> list[list[int]]:
    """Rows (their indices) in order onto as few pages of ``room`` points as they need, the pages as even
    as that allows (not a full page and a last row alone); a row taller than a page gets a page of its own."""

    def filled(capacity: float) -> list[list[int]]:
        pages: list[list[int]] = [[]]
        used = 0.0
        for i, h in enumerate(heights):
            if pages[-1] and used + h > capacity:
                pages.append([])
                used = 0.0
            pages[-1].append(i)
            used += h
        return pages

    fewest = len(filled(room))
    capacity = max([sum(heights) / fewest, *heights])
    while len(filled(capacity)) > fewest:
        capacity += 2.0
    return filled(capacity)
