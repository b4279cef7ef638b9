"""The spreadsheet (issue 13): the comparison, key numbers, assumptions and findings as cells a manager can
paste into a budget — numbers as number cells with their units beside them, one currency, no finding codes
or catalogue ids, labels in the interface language; written by `scaleplan report --xlsx` and by
File → Export spreadsheet (every open scenario with a plan, the one on screen first)."""

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import openpyxl  # the test extra (pyproject.toml): XlsxWriter only writes
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import engine
from engine.catalogue import accelerators
from engine.fields import CURRENCIES
from engine.findings import CODES
from engine.money import convert, same_currency

SCALEPLAN = Path(sys.executable).parent / "scaleplan"
EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
SHEETS = ["Comparison", "Key numbers", "Assumptions and sources", "Findings"]
NUMERIC = ["Compute", "Model size", "Training tokens", "Predicted loss", "Wall-clock time", "Accelerator-hours",
           "Energy", "Average power", "Accelerator cost", "Energy cost", "Total cost", "CO₂"]
#: a source's web address ("mercatus-ai.com") is a citation, not a code
WEB_ADDRESS = re.compile(r"\b[\w-]+(\.[\w-]+)*\.(com|org|net|io|ai|network|technology|blog)\b")
CODE_LIKE = re.compile(r"[a-z_]+\.[a-z_]+")


def _scenarios():
    """A yen scenario first, then one in US dollars (converted in the workbook) and Llama 3.1 405B."""
    yen = engine.default_scenario().with_changes("money.budget", 2e8)
    dollars = convert(engine.default_scenario(), "USD").with_changes("cluster.count", 2048)
    dollars = dollars.with_changes("name", "Twice the accelerators, in dollars")
    return [yen, dollars, engine.load(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json")]


def _rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _by_label(ws):
    """Comparison rows by their label (column A)."""
    return {r[0]: r for r in _rows(ws) if r[0]}


def _text_cells(book):
    return [c.value for ws in book for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def test_comparison_key_numbers_assumptions_findings(tmp_path):
    from gui.reports.xlsx import write_xlsx
    from gui.text.tables import assumptions

    out = tmp_path / "plans.xlsx"
    scenarios = _scenarios()
    assert write_xlsx(scenarios, out) == out
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == SHEETS
    plans = same_currency([engine.plan(s) for s in scenarios])
    names = [p.scenario.name for p in plans]

    ws = book["Comparison"]
    header = _rows(ws)[0]
    assert header[:5] == ["Quantity", "Unit", *names]
    assert header[5:] == [h + n for n in names[1:] for h in ("Difference, ", "Difference in %, ")]
    labels = [r[0] for r in _rows(ws)]
    assert labels.index("Inputs") < labels.index("Price per accelerator-hour") < labels.index("Results") \
        < labels.index("Compute") < labels.index("Total cost")
    rows = _by_label(ws)
    assert rows["Accelerator"][2:5] == [accelerators()["h100-sxm"].name] * 3
    assert rows["Accelerators"][2:5] == [1024, 2048, 16384]
    assert "converted from USD" in rows["Currency"][3] and rows["Currency"][2] == "JPY"
    for label in NUMERIC:
        row = rows[label]
        numbers = row[2:6] + [row[7]] + ([row[6], row[8]] if row[2] else [])  # no % of a difference from 0
        assert all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in numbers), (label, row)
    total = rows["Total cost"]
    assert total[2:5] == pytest.approx([p.total_cost for p in plans])
    assert total[5] == pytest.approx(plans[1].total_cost - plans[0].total_cost)
    assert total[6] == pytest.approx((plans[1].total_cost - plans[0].total_cost) / plans[0].total_cost)
    assert total[8] == pytest.approx(plans[2].total_cost / plans[0].total_cost - 1)
    assert rows["Compute"][1] == "FLOP" and rows["Energy"][1] == "MWh" and rows["Wall-clock time"][1] == "days"
    formats = {c.number_format for c in ws[labels.index("Total cost") + 1][2:9]}
    assert "General" not in formats and any("%" in f for f in formats)
    assert rows["Budget"][2] == pytest.approx(2e8) and rows["Budget"][3] == "none"  # no diff of "none"
    assert rows["Budget"][5] is None

    ws = book["Key numbers"]
    assert _rows(ws)[0] == ["Scenario", "Quantity", "Value", "Unit"]
    keyed = {(r[0], r[1], r[3]): r[2] for r in _rows(ws)[1:]}
    p = plans[2]
    assert keyed[(p.scenario.name, "Compute", "FLOP")] == pytest.approx(p.compute_flop)
    assert keyed[(p.scenario.name, "Predicted loss, 95% band low", "nats/token")] == pytest.approx(p.loss_low)
    assert keyed[(p.scenario.name, "Total cost", "JPY")] == pytest.approx(p.total_cost)
    assert keyed[(p.scenario.name, "Energy", "MWh")] == pytest.approx(p.energy_mwh)
    assert keyed[(p.scenario.name, "CO₂", "t")] == pytest.approx(p.co2_t)
    assert keyed[(names[1], "Accelerator cost", "JPY")] == pytest.approx(plans[1].accelerator_cost)

    # one currency: every unit that names one names the first scenario's
    units = [r[1] for r in _rows(book["Comparison"])[1:]] + [r[3] for r in _rows(book["Key numbers"])[1:]]
    assert {c for u in units if u for c in CURRENCIES if c in u} == {"JPY"}

    ws = book["Assumptions and sources"]
    got = [tuple(r) for r in _rows(ws)[1:]]
    assert got == [(p.scenario.name, k, v) for p in plans for k, v in assumptions(p)]

    ws = book["Findings"]
    findings = _rows(ws)[1:]
    assert len(findings) == sum(len(p.findings) for p in plans)
    assert {r[1] for r in findings} <= {"error", "warning", "info"}
    assert any("over the budget" in r[2] for r in findings)  # the yen plan's ¥2億 budget


def test_no_finding_code_and_no_catalogue_id_anywhere(tmp_path):
    from gui.reports.xlsx import write_xlsx

    out = tmp_path / "plans.xlsx"
    write_xlsx(_scenarios(), out)
    ids = [re.compile(rf"(?<![\w-]){re.escape(i)}(?![\w-])") for i in accelerators()]
    for text in _text_cells(openpyxl.load_workbook(out)):
        assert not any(code in text for code in CODES), text
        assert not CODE_LIKE.search(WEB_ADDRESS.sub("", text)), text
        assert not any(i.search(text) for i in ids), text


def test_japanese_labels(tmp_path, qapp):
    from gui.app.i18n import set_language
    from gui.reports.xlsx import write_xlsx

    out = tmp_path / "plans.xlsx"
    assert set_language("ja") == "ja", "resources/i18n/scaleplan_ja.qm missing: run make translations"
    try:
        write_xlsx(_scenarios()[:2], out)
    finally:
        set_language("en")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "比較" and "前提と出典" in book.sheetnames and "指摘事項" in book.sheetnames
    labels = {r[0] for r in _rows(book.worksheets[0])}
    assert {"計算量", "モデル規模", "予測損失", "総費用", "CO₂排出量", "通貨"} <= labels
    findings = _rows(book["指摘事項"])[1:]
    assert any("予算" in r[2] for r in findings) and {r[1] for r in findings} <= {"エラー", "警告", "情報"}
    assert isinstance(_by_label(book.worksheets[0])["総費用"][2], (int, float))
    # the columns fit Japanese text: a full-width character counts twice
    ws = book["前提と出典"]
    widest = max(2 * len(r[1]) for r in _rows(ws)[1:] if not r[1].isascii())
    assert ws.column_dimensions["B"].width >= widest


def test_written_with_the_users_umask_all_at_once(tmp_path):
    from gui.reports.xlsx import write_xlsx

    out = tmp_path / "plans.xlsx"
    old = os.umask(0o027)
    try:
        write_xlsx([engine.default_scenario()], out)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["plans.xlsx"]  # no temporary file left
    assert openpyxl.load_workbook(out).sheetnames == SHEETS
    with pytest.raises(OSError):
        write_xlsx([engine.default_scenario()], tmp_path / "no such folder" / "plans.xlsx")


def test_cli_writes_the_spreadsheet(tmp_path):
    a = tmp_path / "a.scaleplan.json"
    engine.save(engine.default_scenario().with_changes("money.budget", 2e8), a)
    out = tmp_path / "plans.xlsx"
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the command must not need a display
    r = subprocess.run([str(SCALEPLAN), "report", str(a), str(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json"),
                        "--xlsx", str(out), "--lang", "ja"], capture_output=True, text=True, env=env, timeout=180)
    assert r.returncode == 0, r.stderr
    assert f"wrote {out}" in r.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "比較"
    assert _rows(book.worksheets[0])[0][2:4] == ["1,024 H100 for 30 days", "Llama 3.1 405B as published (fixed run)"]


def _unreachable():
    """A valid scenario without a plan: a target loss below what the data-constrained law can reach."""
    s = engine.default_scenario().with_changes("law.preset", "muennighoff-2023")
    s = s.with_changes("model.objective", "target_loss").with_changes("model.target_loss", 1.88)
    return s.with_changes("name", "Unreachable")


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    asked = []

    def save(_parent, title, start, file_filter, *a, **kw):
        asked.append((title, start, file_filter))
        return str(tmp_path / "from-window.xlsx"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return asked


def test_window_exports_every_tab_with_a_plan_the_active_one_first(qtbot, window, save_to, tmp_path):
    from gui.automation import settle

    first = window.model.scenario.name
    window.add_document(_unreachable(), None)  # no plan: left out
    window.add_document(engine.load(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json"), None)
    settle(window)
    window.act_spreadsheet.trigger()
    assert len(save_to) == 1 and save_to[0][1].endswith(".xlsx") and "xlsx" in save_to[0][2]
    book = openpyxl.load_workbook(tmp_path / "from-window.xlsx")
    assert _rows(book["Comparison"])[0][2:] == [
        "Llama 3.1 405B as published (fixed run)", first,
        "Difference, " + first, "Difference in %, " + first]
    for doc in window.documents:
        doc.undo_stack.setClean()


def test_window_refuses_a_scenario_without_a_plan(qtbot, window, save_to, monkeypatch, tmp_path):
    from gui.automation import settle

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **kw: shown.append((title, text))
                        or QMessageBox.StandardButton.Ok)
    window.add_document(_unreachable(), None)
    settle(window)
    assert window.model.plan_error
    assert window.export_spreadsheet() is None
    assert save_to == [] and not (tmp_path / "from-window.xlsx").exists()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Export spreadsheet" and "This scenario has no plan" in text and window.model.plan_error in text
    for doc in window.documents:
        doc.undo_stack.setClean()
