"""Spreadsheets (XLSX) of plans, for people who paste the numbers into budgets of their own.

Four sheets: the comparison (a row per quantity, inputs then results, a column per scenario, then the
difference of each other scenario from the first, absolute and in %), the key numbers of every scenario
(one row each: scenario, quantity, value, unit), the assumptions and sources, and the findings in plain
words; and, when a scenario plans the whole programme (issue 16), its stages (Programme), its cost month by
month (Cash flow) and the compute thresholds and EU documentation (Compliance). Every number is a number
cell with a number format and its unit beside it in a column of its own, never text such as "¥342M";
every amount is in the first scenario's currency (the others converted as the comparison slide converts
them, and said so in the Currency row). Labels are in the interface language; columns are as wide as their
text, a Japanese character counting twice.

No formulas: a cell holds the value ScalePlan computed, which reads the same in every spreadsheet program
(and in one that does not calculate). The workbook is made in memory and written all at once through the
one safe writer (gui.reports.output): a failure raises OSError and leaves the old file as it was.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter

import engine
from engine.catalogue import accelerators
from engine.fields import field
from engine.money import same_currency
from engine.planner import Plan
from engine.programme import STAGES
from engine.scenario import Scenario
from engine.serving import DAYS_PER_MONTH
from gui.reports.output import write_document
from gui.reports.render import document_plans
from gui.text.fields import field_label, unit
from gui.text.findings import localized
from gui.text.i18n import current_language, tr
from gui.text.laws import law_name
from gui.text.programme import THRESHOLD_TITLES, documentation_rows, stage_name
from gui.text.severity import SEVERITY_NAMES, traffic_light
from gui.text.tables import assumptions, comparison_rows, findings_count

#: number formats by the kind of quantity (Excel's codes; the separators follow the reader's locale)
_FORMATS = {"int": "#,##0", "dec1": "#,##0.0", "dec2": "#,##0.00", "dec3": "0.000", "flex": "#,##0.0##",
            "sci": "0.00E+00", "pct": "0%"}
#: the same, in Python, to size the columns
_SHOWN: dict[str, Callable[[float], str]] = {
    "int": lambda v: f"{v:,.0f}", "dec1": lambda v: f"{v:,.1f}", "dec2": lambda v: f"{v:,.2f}",
    "dec3": lambda v: f"{v:.3f}", "flex": lambda v: f"{v:,.3f}", "sci": lambda v: f"{v:.2E}",
    "pct": lambda v: f"{v:.0%}"}
_PERCENT_DIFF = "+0.0%;-0.0%;0.0%"
_STYLE_OF_FIELD = {"int": "int", "percent": "pct", "sci": "int", "float": "flex"}

Value = float | str | None


@dataclass(frozen=True)
class _Quantity:
    """A row: its label and unit in the interface language, how to read it off a plan, how to show it;
    ``optional``: a row the key numbers leave out for a plan that has no such number (no loss band)."""

    label: str
    unit: str
    value: Callable[[Plan], Value]
    style: str = "text"
    optional: bool = False


def _input(path: str, currency: str) -> _Quantity:
    """A scenario input as a row, from the field schema (label, unit, number style)."""
    spec = field(path)
    section, _, name = path.partition(".")

    def value(p: Plan) -> Value:
        v = getattr(getattr(p.scenario, section), name)
        return None if v is None else float(v)

    return _Quantity(field_label(path), unit(spec, currency), value, _STYLE_OF_FIELD.get(spec.style, "flex"))


def _accelerator(p: Plan) -> str:
    acc = accelerators().get(p.scenario.cluster.accelerator)
    return acc.name if acc else tr("custom accelerator")


def _currency_notes(originals: Sequence[Plan]) -> list[str]:
    """Each plan's currency as the comparison table says it ("JPY, converted from USD at ¥150 per $1")."""
    label = tr("Currency")
    row = next((r for r in comparison_rows(originals) if r[0] == label), None)
    return row[1:] if row else [originals[0].currency] * len(originals)


def _inputs(plans: Sequence[Plan], notes: Sequence[str]) -> list[_Quantity]:
    """The comparison's input rows (``notes``: the Currency row's text, a plan's index into it)."""
    currency = plans[0].currency
    index = {id(p): i for i, p in enumerate(plans)}
    return [
        _Quantity(tr("Accelerator"), "", _accelerator),
        _input("cluster.count", currency),
        _input("cluster.mfu", currency),
        _input("schedule.goodput", currency),
        _input("money.price_per_accelerator_hour", currency),
        _input("energy.price_per_kwh", currency),
        _input("energy.pue", currency),
        _input("money.budget", currency),
        _input("energy.cap_mwh", currency),
        _input("data.unique_tokens", currency),
        _Quantity(tr("Currency"), "", lambda p: notes[index[id(p)]]),
        _Quantity(tr("Scaling law"), "", lambda p: law_name(p.scenario.law.resolve())),
    ]


def _results(currency: str, key: bool = False) -> list[_Quantity]:
    """The numbers a plan gives, with their units; ``key``: with the key numbers' extra rows, else with
    the count of findings."""
    compute = [_Quantity(tr("Compute"), "FLOP", lambda p: p.compute_flop, "sci")]
    data: list[_Quantity] = []
    if key:
        compute += [_Quantity(tr("Compute"), "PF-days", lambda p: p.compute_pf_days, "int"),
                    _Quantity(tr("Lifetime compute"), "FLOP", lambda p: p.lifetime_flop if p.inference_flop else None,
                              "sci", optional=True)]
        data = [_Quantity(tr("Data"), tr("epochs"), lambda p: p.epochs, "dec2", optional=True)]
    rows = [
        *compute,
        _Quantity(tr("Model size"), tr("params"), lambda p: p.n_params, "int"),
        _Quantity(tr("Total parameters"), tr("params"),
                  lambda p: p.n_params_total if p.scenario.model.moe is not None else None, "int", optional=True),
        _Quantity(tr("Compute with attention"), "FLOP",
                  lambda p: p.training_flop if p.attention_flop_share > 0 else None, "sci", optional=True),
        _Quantity(tr("Memory per accelerator"), "GiB", lambda p: p.memory_per_accelerator_gib, "dec1"),
        _Quantity(tr("Training tokens"), tr("tokens"), lambda p: p.n_tokens, "int"),
        _Quantity(tr("Tokens per parameter"), "", lambda p: p.tokens_per_param, "dec1"),
        *data,
        _Quantity(tr("Predicted loss"), tr("nats/token"), lambda p: p.loss, "dec3"),
        _Quantity(tr("Predicted loss, 95% band low"), tr("nats/token"), lambda p: p.loss_low, "dec3", optional=True),
        _Quantity(tr("Predicted loss, 95% band high"), tr("nats/token"), lambda p: p.loss_high, "dec3",
                  optional=True),
        _Quantity(tr("Wall-clock time"), tr("days"), lambda p: p.wall_clock_days, "dec1"),
        _Quantity(tr("Accelerator-hours"), tr("accelerator-hours"), lambda p: p.accelerator_hours, "int"),
        _Quantity(tr("Energy"), "MWh", lambda p: p.energy_mwh, "dec1"),
        _Quantity(tr("Average power"), "MW", lambda p: p.average_power_mw, "dec2"),
        _Quantity(tr("Accelerator cost"), currency, lambda p: p.accelerator_cost, "int"),
        _Quantity(tr("Energy cost"), currency, lambda p: p.energy_cost, "int"),
        _Quantity(tr("Total cost"), currency, lambda p: p.total_cost, "int"),
        _Quantity(tr("CO₂"), "t", lambda p: p.co2_t, "int"),
        _Quantity(tr("Status"), "", lambda p: traffic_light(p.findings)[1]),
    ]
    if not key:
        rows.append(_Quantity(tr("Findings"), "", lambda p: findings_count(p.findings)))
    return rows


def _number(v: Value) -> float | None:
    """``v`` as a number cell's value; None for text, no value, or a value that is not finite."""
    return float(v) if isinstance(v, float) and math.isfinite(v) else None


def _width(text: str) -> int:
    """Columns a text needs: a full-width (Japanese) character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class _Sheet:
    """A worksheet that remembers how wide each column's contents are."""

    def __init__(self, book: Any, name: str, formats: dict[str, Any]) -> None:
        self.ws = book.add_worksheet(re.sub(r"[\[\]:*?/\\]", " ", name)[:31])
        self.formats = formats
        self.widths: dict[int, int] = {}

    def fit(self, col: int, text: str) -> None:
        self.widths[col] = max(self.widths.get(col, 0), _width(text))

    def text(self, row: int, col: int, text: str, style: str = "text") -> None:
        self.ws.write_string(row, col, text, self.formats[style])  # never read as a formula or a number
        self.fit(col, text)

    def value(self, row: int, col: int, v: Value, style: str) -> None:
        number = _number(v)
        if number is not None and style in _FORMATS:
            self.ws.write_number(row, col, number, self.formats[style])
            self.fit(col, _SHOWN[style](number))
        elif isinstance(v, str):
            self.text(row, col, v)
        else:
            self.text(row, col, tr("none"))

    def header(self, row: int, labels: Sequence[str]) -> None:
        for col, label in enumerate(labels):
            self.text(row, col, label, "header")

    def finish(self, widest: int = 40, wrap: Sequence[int] = ()) -> None:
        """Columns as wide as their contents (``wrap``: up to 80 wide, longer texts wrapped)."""
        for col, width in self.widths.items():
            cap = 80 if col in wrap else widest
            self.ws.set_column(col, col, min(width, cap) + 2, self.formats["wrap"] if col in wrap else None)


def _comparison(sheet: _Sheet, plans: Sequence[Plan], notes: Sequence[str]) -> None:
    names = [p.scenario.name for p in plans]
    others = names[1:]
    differences = (tr("Difference, {scenario}"), tr("Difference in %, {scenario}"))
    sheet.header(0, [tr("Quantity"), tr("Unit"), *names,
                     *[h.format(scenario=name) for name in others for h in differences]])
    row = 1
    for section, quantities in ((tr("Inputs"), _inputs(plans, notes)), (tr("Results"), _results(plans[0].currency))):
        sheet.text(row, 0, section, "section")
        row += 1
        for q in quantities:
            sheet.text(row, 0, q.label)
            sheet.text(row, 1, q.unit)
            values = [q.value(p) for p in plans]
            for j, v in enumerate(values):
                sheet.value(row, 2 + j, v, q.style)
            first = _number(values[0])
            for j, v in enumerate(values[1:]):
                other = _number(v)
                if first is None or other is None or q.style not in _FORMATS:
                    continue
                col = 2 + len(plans) + 2 * j
                sheet.ws.write_number(row, col, other - first, sheet.formats["diff-" + q.style])
                sheet.fit(col, "+" + _SHOWN[q.style](other - first))
                if first:
                    sheet.ws.write_number(row, col + 1, (other - first) / abs(first), sheet.formats["diff-pct"])
            row += 1
    if others:
        sheet.text(row + 1, 0, tr("Differences are against the first scenario, %s.") % names[0], "note")
        sheet.widths[0] = min(sheet.widths[0], 40)  # the note runs on into the next columns
    sheet.ws.freeze_panes(1, 2)
    sheet.finish(widest=36)


def _key_numbers(sheet: _Sheet, plans: Sequence[Plan]) -> None:
    sheet.header(0, [tr("Scenario"), tr("Quantity"), tr("Value"), tr("Unit")])
    row = 1
    for p in plans:
        for q in _results(p.currency, key=True):
            v = q.value(p)
            if v is None and q.optional:
                continue
            sheet.text(row, 0, p.scenario.name)
            sheet.text(row, 1, q.label)
            sheet.value(row, 2, v, q.style)
            sheet.text(row, 3, q.unit)
            row += 1
    sheet.ws.freeze_panes(1, 0)
    sheet.finish()


def _assumptions(sheet: _Sheet, plans: Sequence[Plan]) -> None:
    sheet.header(0, [tr("Scenario"), tr("Item"), tr("Assumption")])
    row = 1
    for p in plans:
        for label, text in assumptions(p):
            sheet.text(row, 0, p.scenario.name)
            sheet.text(row, 1, label)
            sheet.text(row, 2, text, "wrap")
            row += 1
    sheet.ws.freeze_panes(1, 0)
    sheet.finish(wrap=[2])


def _findings(sheet: _Sheet, plans: Sequence[Plan]) -> None:
    sheet.header(0, [tr("Scenario"), tr("Severity"), tr("Finding"), tr("What to do")])
    row = 1
    lang = current_language()
    for p in plans:
        if not p.findings:
            sheet.text(row, 0, p.scenario.name)
            sheet.text(row, 2, tr("No findings: nothing exceeds a cap and the law is used within reason."), "wrap")
            row += 1
        for f in p.findings:
            message, fix = localized(f, lang)
            sheet.text(row, 0, p.scenario.name)
            sheet.text(row, 1, tr(SEVERITY_NAMES[f.severity]))
            sheet.text(row, 2, message, "wrap")
            sheet.text(row, 3, fix, "wrap")
            row += 1
    sheet.ws.freeze_panes(1, 0)
    sheet.finish(wrap=[2, 3])


#: number styles of the stage table's columns: compute, accelerators, days, accelerator-hours, energy, cost, CO₂
_STAGE_STYLES = ("sci", "int", "dec1", "int", "dec1", "int", "dec1")


def _programme(sheet: _Sheet, plans: Sequence[Plan]) -> None:
    """A row per stage of each programme (compute, accelerators, time, energy, cost, CO₂ as numbers, their
    units in the headers), the programme's total, and its cost at the ends of the development spread."""
    cur = plans[0].currency
    sheet.header(0, [tr("Scenario"), tr("Stage"), tr("Compute") + " (FLOP)", tr("Accelerators"),
                     tr("Time") + " (" + tr("days") + ")", tr("Accelerator-hours"), tr("Energy") + " (MWh)",
                     tr("Cost") + f" ({cur})", tr("CO₂") + " (t)"])
    row = 1
    for p in plans:
        prog = p.programme
        assert prog is not None
        for st in prog.stages:
            values = [st.compute_flop, st.accelerators, st.wall_clock_days, st.accelerator_hours, st.energy_mwh,
                      st.cost, st.co2_t]
            sheet.text(row, 0, p.scenario.name)
            sheet.text(row, 1, stage_name(st.id))
            for j, (v, style) in enumerate(zip(values, _STAGE_STYLES, strict=True)):
                sheet.value(row, 2 + j, v, style)
            row += 1
        sheet.text(row, 0, p.scenario.name, "section")
        sheet.text(row, 1, tr("Programme"), "section")
        totals: list[float | None] = [
            prog.total_compute_flop + prog.serving_flop, None,
            prog.training_days + prog.serving_months * DAYS_PER_MONTH, sum(st.accelerator_hours for st in prog.stages),
            prog.total_energy_mwh, prog.total_cost, prog.total_co2_t]
        for j, (total, style) in enumerate(zip(totals, _STAGE_STYLES, strict=True)):
            if total is None:
                sheet.ws.write_blank(row, 2 + j, None, sheet.formats["section"])
            else:
                sheet.ws.write_number(row, 2 + j, total, sheet.formats["total-" + style])
                sheet.fit(2 + j, _SHOWN[style](total))
        row += 1
        if prog.stage("development") is not None:
            for label, v in ((tr("Programme cost, development at the low end of the published spread"),
                              prog.total_cost_low),
                             (tr("Programme cost, development at the high end of the published spread"),
                              prog.total_cost_high)):
                sheet.text(row, 0, p.scenario.name)
                sheet.text(row, 1, label)
                sheet.value(row, 7, v, "int")
                row += 1
        if prog.capital_outlay is not None:
            sheet.text(row, 0, p.scenario.name)
            sheet.text(row, 1, tr("Buying the cluster up front"))
            sheet.value(row, 7, prog.capital_outlay, "int")
            row += 1
        row += 1
    sheet.widths[1] = min(sheet.widths.get(1, 0), 40)  # the spread's labels run on into the next columns
    sheet.ws.freeze_panes(1, 2)
    sheet.finish()


def _cash_flow(sheet: _Sheet, plans: Sequence[Plan]) -> None:
    """Each programme's cost month by month: a row per month, a column per stage, the month's total."""
    cur = plans[0].currency
    stages = [sid for sid in STAGES if any(p.programme is not None and p.programme.stage(sid) for p in plans)]
    sheet.header(0, [tr("Scenario"), tr("Month"), *(stage_name(sid, short_name=True) + f" ({cur})" for sid in stages),
                     tr("Total") + f" ({cur})"])
    row = 1
    for p in plans:
        prog = p.programme
        assert prog is not None
        flows = dict(prog.cash_flow)
        months = len(prog.cash_flow[0][1]) if prog.cash_flow else 0
        for m in range(months):
            sheet.text(row, 0, p.scenario.name)
            sheet.value(row, 1, float(m + 1), "int")
            for j, sid in enumerate(stages):
                if sid in flows:
                    sheet.value(row, 2 + j, flows[sid][m], "int")
            sheet.value(row, 2 + len(stages), sum(amounts[m] for amounts in flows.values()), "int")
            row += 1
    sheet.ws.freeze_panes(1, 2)
    sheet.finish()


def _compliance(sheet: _Sheet, plans: Sequence[Plan]) -> None:
    """Each threshold against the compute it counts (crossed or not, with its source and date); then the
    training figures the EU's model documentation asks for."""
    sheet.header(0, [tr("Scenario"), tr("Threshold"), tr("Threshold") + " (FLOP)", tr("Counted compute") + " (FLOP)",
                     tr("Crossed"), tr("Source"), tr("Date")])
    row = 1
    for p in plans:
        prog = p.programme
        assert prog is not None
        for c in prog.compliance:
            t = c.threshold
            sheet.text(row, 0, p.scenario.name)
            sheet.text(row, 1, tr(THRESHOLD_TITLES[t.id]))
            sheet.value(row, 2, t.threshold_flop, "sci")
            sheet.value(row, 3, c.ratio * t.threshold_flop, "sci")
            sheet.text(row, 4, tr("yes") if c.crossed else tr("no"))
            sheet.text(row, 5, t.source, "wrap")
            sheet.text(row, 6, t.date)
            _tall_enough(sheet, row, t.source, _WRAP_WIDTH)
            row += 1
    row += 1
    sheet.text(row, 0, tr("EU model documentation (training)"), "section")
    row += 1
    sheet.header(row, [tr("Scenario"), tr("Item"), tr("Value")])
    row += 1
    for p in plans:
        for label, value in documentation_rows(p):
            sheet.text(row, 0, p.scenario.name)
            sheet.text(row, 1, label)
            # across the columns of the thresholds' numbers, their source and date (as wide as ~110 characters)
            sheet.ws.merge_range(row, 2, row, 6, value, sheet.formats["wrap"])
            _tall_enough(sheet, row, value, 100)
            row += 1
    sheet.ws.freeze_panes(1, 0)
    sheet.finish(widest=44, wrap=[5])


#: how wide a wrapped column is at the most (_Sheet.finish)
_WRAP_WIDTH = 80


def _tall_enough(sheet: _Sheet, row: int, text: str, width: int) -> None:
    """The row as tall as ``text`` wrapped ``width`` characters wide needs (LibreOffice does not grow a row
    for wrapped text on its own)."""
    lines = math.ceil(_width(text) / width)
    if lines > 1:
        sheet.ws.set_row(row, 15 * lines)


def xlsx_bytes(scenarios: Sequence[Scenario | Plan]) -> bytes:
    """The workbook of these scenarios (or plans, as the window passes them), made in memory. Raises
    ScenarioError, before any work, when a scenario has no plan."""
    originals = document_plans(scenarios)
    plans = same_currency(originals)
    notes = _currency_notes(originals)
    data = io.BytesIO()
    book = xlsxwriter.Workbook(data, {"in_memory": True})
    book.set_properties({"title": " / ".join(p.scenario.name for p in plans),
                         "author": f"ScalePlan {engine.__version__}"})
    formats = {"text": book.add_format({"valign": "top"}),
               "wrap": book.add_format({"valign": "top", "text_wrap": True}),
               "header": book.add_format({"bold": True, "valign": "top", "text_wrap": True, "bottom": 1}),
               "section": book.add_format({"bold": True, "bg_color": "#EEEEEE"}),
               "note": book.add_format({"italic": True, "font_color": "#555555"}),
               "diff-pct": book.add_format({"num_format": _PERCENT_DIFF, "valign": "top"})}
    for style, code in _FORMATS.items():
        formats[style] = book.add_format({"num_format": code, "valign": "top"})
        formats["diff-" + style] = book.add_format({"num_format": f"+{code};-{code};{code}", "valign": "top"})
        formats["total-" + style] = book.add_format({"num_format": code, "valign": "top", "bold": True,
                                                     "bg_color": "#EEEEEE"})
    _comparison(_Sheet(book, tr("Comparison"), formats), plans, notes)
    _key_numbers(_Sheet(book, tr("Key numbers"), formats), plans)
    _assumptions(_Sheet(book, tr("Assumptions and sources"), formats), plans)
    _findings(_Sheet(book, tr("Findings"), formats), plans)
    programmes = [p for p in plans if p.programme is not None]
    if programmes:
        _programme(_Sheet(book, tr("Programme"), formats), programmes)
        _cash_flow(_Sheet(book, tr("Cash flow"), formats), programmes)
        _compliance(_Sheet(book, tr("Compliance"), formats), programmes)
    book.close()
    return data.getvalue()


def write_xlsx(scenarios: Sequence[Scenario | Plan], out: str | Path) -> Path:
    """The workbook written to ``out`` all at once; OSError, leaving ``out`` as it was, when it cannot be."""
    return write_document(out, xlsx_bytes(scenarios))
