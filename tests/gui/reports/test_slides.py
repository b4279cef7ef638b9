"""The deck a budget owner puts in front of a board (issue 13): a decision slide (the comparison with absolute
and % differences in one currency, each plan's status and its reason; a single scenario's recommendation),
a slide per scenario with its plots as vector drawings, the assumptions and sources — no finding codes or
catalogue ids, every amount in one currency, nothing overlapping or spilling out of its shape (measured with
real font metrics), Japanese runs marked ja-JP with an East Asian typeface; from the CLI and from the
window for every open tab, chosen in a dialog."""

import re
import subprocess
import sys
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import pytest
from pptx import Presentation

import engine
from engine.catalogue import accelerators
from engine.findings import CODES
from engine.money import convert, per_usd, same_currency
from engine.scenario import LawChoice

SCALEPLAN = Path(sys.executable).parent / "scaleplan"
EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
PT = 12700  # EMU per point
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _b200_in_dollars(count=1024):
    acc = accelerators()["b200"]
    s = convert(engine.default_scenario(), "USD")
    s = replace(s, cluster=replace(s.cluster, accelerator="b200", count=count, peak_flop_per_s=acc.peak_flop_per_s,
                                   power_w=acc.power_w),
                money=replace(s.money, price_per_accelerator_hour=acc.price_usd_per_hour_typical))
    return replace(s, name=f"{count:,} × B200, 30 days")


def _three():
    """Green (the default, in yen), red (twice the accelerators over a ¥200M budget), amber (B200 in dollars)."""
    red = engine.default_scenario().with_changes("cluster.count", 2048).with_changes("money.budget", 2e8)
    return [engine.default_scenario(), replace(red, name="2,048 × H100 over budget"), _b200_in_dollars()]


@pytest.fixture
def language():
    from gui.app.i18n import set_language

    yield set_language
    set_language("en")


def _write(scenarios, lang, language, out):
    from gui.reports.slides import write_pptx

    language(lang)
    write_pptx(scenarios, out)
    return Presentation(str(out))


@pytest.fixture(scope="module")
def decks(tmp_path_factory, qapp):
    """(lang, scenarios) → deck: three scenarios in each language, one alone, and five (two decision slides)."""
    from gui.app.i18n import set_language
    from gui.reports.slides import write_pptx

    folder = tmp_path_factory.mktemp("decks")
    llama = engine.load(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json")
    cases = {("en", 3): _three(), ("ja", 3): _three(), ("en", 1): [_b200_in_dollars()],
             ("ja", 1): [engine.default_scenario().with_changes("money.budget", 2e8)],
             ("en", 5): [*_three(), _b200_in_dollars(512), llama],
             # names as long as the schema allows, in Japanese: titles and headers shrink or are cut, never spill
             ("ja", 2): [replace(_three()[1], name="予算を超える二倍のクラスタでの学習計画（比較案）" * 8),
                         replace(llama, name="公開されている設定どおりの再現 " * 12)]}
    out = {}
    try:
        for (lang, n), scenarios in cases.items():
            set_language(lang)
            path = folder / f"{lang}-{n}.pptx"
            write_pptx(scenarios, path)
            out[lang, n] = Presentation(str(path))
    finally:
        set_language("en")
    return out


CASES = [("en", 3), ("ja", 3), ("en", 1), ("ja", 1), ("en", 5), ("ja", 2)]


def _texts(shape):
    """Every text of a shape: a text frame's, or each cell of a table."""
    if shape.has_text_frame:
        return [shape.text_frame.text]
    if shape.has_table:
        return [c.text for row in shape.table.rows for c in row.cells]
    return []


def _deck_text(deck):
    return "\n".join(t for slide in deck.slides for shape in slide.shapes for t in _texts(shape))


# -- structure ---------------------------------------------------------------------------------------------
def _change(text):
    """A difference cell as (with its unit, relative): "+¥326M (+100%)" on one line, or on two."""
    if "\n" in text:
        return tuple(text.split("\n"))
    m = re.fullmatch(r"(.*) \((.*)\)", text)
    return m.groups() if m else (text,)


def test_decision_slide_compares_in_one_currency_with_differences(decks):
    from gui.text.numbers import money

    deck = decks["en", 3]
    slides = list(deck.slides)
    assert len(slides) in (5, 6)  # decision, three scenarios, the appendix on one or two slides
    first = slides[0]
    assert "Decision" in first.shapes[0].text_frame.text
    (table,) = [s.table for s in first.shapes if s.has_table]
    cells = [[c.text for c in row.cells] for row in table.rows]
    names = [s.name for s in _three()]
    assert cells[0][:3] == ["", names[0], names[1]] and cells[0][3] == "Difference" and cells[0][4] == names[2]
    rows = {r[0]: r for r in cells}
    assert set(rows) >= {"Status", "Main finding", "Accelerators", "Wall-clock time", "Model size", "Training tokens",
                         "Predicted loss (lower is better)", "Compute", "Energy", "Total cost", "CO₂"}
    # the traffic light and its reason: the red plan says it breaks the budget, in words
    assert rows["Status"][1].startswith("● Green") and rows["Status"][2].startswith("● Red")
    assert rows["Status"][4].startswith("● Amber")
    assert "budget" in rows["Main finding"][2] and rows["Main finding"][1] == "—"
    # every amount in the first scenario's currency: the dollar plan converted at the yen plan's rate
    plans = same_currency([engine.plan(s) for s in _three()])
    assert plans[2].currency == "JPY"
    total = rows["Total cost"]
    assert [total[1], total[2], total[4]] == [money(p.total_cost, "JPY") for p in plans]
    assert _change(total[3]) == ("+" + money(plans[1].total_cost - plans[0].total_cost, "JPY"), "+100%")
    change = (plans[2].total_cost - plans[0].total_cost) / plans[0].total_cost * 100
    assert _change(total[5]) == ("+" + money(plans[2].total_cost - plans[0].total_cost, "JPY"), f"{change:+.0f}%")
    assert rows["Wall-clock time"][3] == "no change" and rows["Accelerators"][5] == "other accelerator"
    assert _change(rows["Accelerators"][3]) == ("+1,024 accelerators", "+100%")
    loss = _change(rows["Predicted loss (lower is better)"][3])
    assert loss[0].startswith("−0.0") and loss[0].endswith("nats/token") and loss[1].startswith("−0.")
    note = first.shapes[1].text_frame.text
    assert "All amounts in JPY." in note and "converted from USD at ¥150 per $1" in note


def test_five_scenarios_take_two_decision_slides_each_against_the_first(decks):
    slides = list(decks["en", 5].slides)
    heads = [[c.text for c in next(s for s in sl.shapes if s.has_table).table.rows[0].cells] for sl in slides[:2]]
    first = _three()[0].name
    assert heads[0][1] == first and heads[1][1] == first  # the reference on both
    assert len(heads[0]) == 8 and len(heads[1]) == 4  # labels, the first, three others and their differences; one
    assert "(1/2)" in slides[0].shapes[0].text_frame.text and "(2/2)" in slides[1].shapes[0].text_frame.text


def test_one_scenario_leads_with_its_recommendation(decks):
    deck = decks["en", 1]
    first = next(iter(deck.slides))
    text = "\n".join(t for s in first.shapes for t in _texts(s))
    assert first.shapes[0].text_frame.text == "Recommendation: 1,024 × B200, 30 days"
    assert "● Amber: feasible, with warnings" in text and "What would fix it" in text
    for unit in ("accelerator-hours", "parameters", "tokens per parameter", "nats/token", "FLOP", "MWh", "MW", "t"):
        assert unit in text, unit
    assert "$3.9M" in text  # alone, the scenario keeps its own currency


def test_scenario_slides_have_a_plain_summary_and_two_vector_plots_with_a_png(decks):
    deck = decks["en", 3]
    slide = list(deck.slides)[1]
    summary = slide.shapes[1].text_frame.text
    assert summary.startswith("● Green") and "Trains a model of 93.3 B parameters on 1.69 T tokens" in summary
    assert "Runs for 30 days on 1,024 × H100 SXM5" in summary and "Costs ¥326M" in summary
    pictures = [s for s in slide.shapes if s.shape_type == 13]
    assert [p._element.nvPicPr.cNvPr.get("descr") for p in pictures] == ["Loss against compute",
                                                                          "Energy and cost against days"]
    for picture in pictures:
        assert picture.image.content_type == "image/png" and picture.image.size[0] >= 1200  # 3× the plot
        blip = picture._element.blipFill.blip
        (svg_blip,) = blip.findall(".//{http://schemas.microsoft.com/office/drawing/2016/SVG/main}svgBlip")
        rid = svg_blip.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")
        part = slide.part.related_part(rid)
        assert part.content_type == "image/svg+xml" and part.blob.lstrip().startswith(b"<?xml")
        assert b"Yu Gothic" in part.blob  # a Japanese system font before the one ScalePlan ships
    assert list(deck.slides)[-1].shapes[0].text_frame.text.startswith("Appendix: assumptions and sources")


def test_appendix_has_every_assumption_of_every_scenario(decks, language):
    from gui.text.tables import assumptions

    deck = decks["en", 3]
    tables = [s.table for sl in list(deck.slides)[4:] for s in sl.shapes if s.has_table]
    cells = [c.text for t in tables for row in t.rows for c in row.cells]
    for scenario in _three():
        for label, text in assumptions(same_currency([engine.plan(_three()[0]), engine.plan(scenario)])[1]):
            assert label in cells and text in cells, (label, text)


# -- nothing overlaps, nothing spills out ----------------------------------------------------------------
def _rect(shape):
    return shape.left / PT, shape.top / PT, (shape.left + shape.width) / PT, (shape.top + shape.height) / PT


class _Measure:
    """Text as LibreOffice lays it out here (DejaVu Sans for Latin, Calibri's stand-in and wider than it; the
    shipped Japanese font, IPAex Gothic's glyphs, for Japanese): real advances, wrapped at spaces and between
    Japanese characters."""

    def __init__(self):
        from gui.app.start import load_bundled_fonts

        load_bundled_fonts()
        self.cache = {}

    def advance(self, text, size, bold):
        from PySide6.QtGui import QFont, QFontMetricsF

        key = (size, bold)
        if key not in self.cache:
            font = QFont()
            font.setFamilies(["DejaVu Sans", "ScalePlan Gothic"])
            font.setPixelSize(round(size * 20))  # measured at 20 px per point, then back to points
            font.setBold(bold)
            self.cache[key] = QFontMetricsF(font)
        return self.cache[key].horizontalAdvance(text) / 20

    def lines(self, paragraph, width):
        """Lines of a python-pptx paragraph in ``width`` points."""
        pieces = []  # (text, size, bold, breakable before)
        for run in paragraph.runs:
            size, bold = run.font.size.pt, bool(run.font.bold)
            for token in re.findall(r" +|[\u3000-\u9fff\uff00-\uffef]|[^ \u3000-\u9fff\uff00-\uffef]+", run.text):
                pieces.append((token, size, bold))
        lines, x = 1, 0.0
        for token, size, bold in pieces:
            w = self.advance(token, size, bold)
            if token.isspace() and "\u00a0" not in token:
                x += w
                continue
            if x + w > width and x > 0:
                lines += 1
                x = 0.0
            while w > width:  # a token wider than the line breaks inside itself
                lines += 1
                w -= width
            x += w
        return lines

    def height(self, frame, width):
        total = 0.0
        for i, paragraph in enumerate(frame.paragraphs):
            spacing = paragraph.line_spacing
            assert spacing is not None and not isinstance(spacing, float), "exact line spacing on every paragraph"
            total += self.lines(paragraph, width) * spacing.pt + (paragraph.space_before.pt if i else 0)
        return total


@pytest.fixture(scope="module")
def measure(qapp):
    return _Measure()


def assert_slides_fit(deck, measure) -> None:
    """Every shape inside its slide, no two overlapping (charts included), every text within its shape and
    every table's cells within their rows, as LibreOffice's fonts lay them out."""
    width, height = deck.slide_width / PT, deck.slide_height / PT
    for k, slide in enumerate(deck.slides):
        shapes = [s for s in slide.shapes if s.has_text_frame or s.has_table or s.has_chart or s.shape_type == 13]
        for shape in shapes:
            x0, y0, x1, y1 = _rect(shape)
            assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height, (k, shape.name)
        for a, b in combinations(shapes, 2):
            ax0, ay0, ax1, ay1 = _rect(a)
            bx0, by0, bx1, by1 = _rect(b)
            assert ax1 <= bx0 or bx1 <= ax0 or ay1 <= by0 or by1 <= ay0, (k, a.name, b.name)
        for shape in shapes:
            if shape.has_text_frame:
                f = shape.text_frame
                inner_w = (shape.width - f.margin_left - f.margin_right) / PT
                inner_h = (shape.height - f.margin_top - f.margin_bottom) / PT
                assert measure.height(f, inner_w) <= inner_h + 0.5, (k, f.text)
            elif shape.has_table:
                table = shape.table
                assert sum(r.height for r in table.rows) == shape.height, "the frame is as tall as its rows"
                widths = [c.width for c in table.columns]
                for i, row in enumerate(table.rows):
                    for j, cell in enumerate(row.cells):
                        if cell.is_spanned:
                            continue
                        w = sum(widths[j:j + cell.span_width]) - cell.margin_left - cell.margin_right
                        h = row.height - cell.margin_top - cell.margin_bottom
                        assert measure.height(cell.text_frame, w / PT) <= h / PT + 0.5, (k, i, j, cell.text)


@pytest.mark.parametrize("case", CASES)
def test_nothing_overlaps_and_every_text_fits_its_shape(decks, measure, case):
    assert_slides_fit(decks[case], measure)


# -- words for people -----------------------------------------------------------------------------------
@pytest.mark.parametrize("case", CASES)
def test_no_finding_code_or_catalogue_id_in_any_text(decks, case):
    text = _deck_text(decks[case])
    codes = re.compile("|".join(re.escape(c) for c in CODES))
    ids = re.compile(r"(?<![\w.-])(" + "|".join(re.escape(i) for i in accelerators()) + r")(?![\w-])")
    assert not codes.search(text), codes.search(text)
    assert not ids.search(text), ids.search(text)


SIGNS = {"¥": "JPY", "$": "USD", "€": "EUR", "£": "GBP", "₩": "KRW"}


def _currencies(deck):
    """The currencies amounts are given in: a sign before a number, a code after one or before "/kWh" — but
    not an exchange rate ("¥150 per $1", what it is a rate of), nor the catalogue's own USD quotes in the
    appendix's accelerator row (sources are quoted as they are, beside the rate that converts them)."""
    from gui.text.fields import rate_text
    from gui.text.i18n import tr

    scenario = engine.default_scenario()
    rates = {rate_text(c, per_usd(scenario) if c == "JPY" else 1.0) for c in SIGNS.values()}
    texts = []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_table:
                for row in shape.table.rows:
                    cells = [c.text for c in row.cells]
                    if cells[0] != tr("Accelerator"):
                        texts += cells
            else:
                texts += _texts(shape)
    found = set()
    for text in texts:
        for rate in rates:
            text = text.replace(rate, "")
        found |= {SIGNS[m] for m in re.findall(r"([¥$€£₩])[\s\u00a0]?[\d.]", text)}
        found |= set(re.findall(r"\d[\s\u00a0]?(JPY|USD|EUR|GBP|KRW|CNY)\b", text))
        found |= set(re.findall(r"\b(JPY|USD|EUR|GBP|KRW|CNY)/", text))
    return found


@pytest.mark.parametrize("case", CASES)
def test_one_currency_per_deck(decks, case, language):
    language(case[0])  # the appendix's labels in the deck's language
    expected = {"USD"} if case == ("en", 1) else {"JPY"}  # the first scenario's
    assert _currencies(decks[case]) == expected


def test_a_deck_led_by_a_dollar_plan_is_in_dollars(tmp_path, language):
    deck = _write([_b200_in_dollars(), engine.default_scenario()], "en", language, tmp_path / "usd.pptx")
    assert _currencies(deck) == {"USD"}


# -- languages ------------------------------------------------------------------------------------------
def _runs(deck):
    return [r for slide in deck.slides for r in slide.shapes._spTree.iter(f"{A}r")]


@pytest.mark.parametrize("n", [3, 1])
def test_japanese_runs_are_ja_jp_with_an_east_asian_typeface(decks, n):
    from gui.reports.slides import EA_TYPEFACE

    runs = _runs(decks["ja", n])
    assert len(runs) > 50
    for r in runs:
        r_pr = r.find(f"{A}rPr")
        assert r_pr is not None and r_pr.get("lang") == "ja-JP" and r_pr.get("altLang") == "en-US", r.findtext(f"{A}t")
        ea = r_pr.find(f"{A}ea")
        assert ea is not None and ea.get("typeface") == EA_TYPEFACE and ea.get("charset") == "-128"
    text = _deck_text(decks["ja", 3])
    assert "判定" in text and "学習期間" in text and "総費用" in text  # the interface's words, in Japanese
    assert "億" in text and "兆" in text  # 万/億/兆 in Japanese numbers
    assert decks["ja", 3].core_properties.language == "ja-JP"


def test_english_runs_are_en_us_without_east_asian_typeface(decks):
    for r in _runs(decks["en", 3]):
        r_pr = r.find(f"{A}rPr")
        assert r_pr.get("lang") == "en-US" and r_pr.find(f"{A}ea") is None


def test_numbers_carry_their_units(decks):
    """Every cell of the decision table's quantity rows has a unit or a currency (no bare "30.0")."""
    first = next(iter(decks["en", 3].slides))
    (table,) = [s.table for s in first.shapes if s.has_table]
    for row in list(table.rows)[3:]:
        for cell in list(row.cells)[1:]:
            text = cell.text
            if text in ("no change", "other accelerator"):
                continue
            assert re.search(r"\d", text) and re.search(r"[A-Za-z¥$]", text.replace("×", "")), text


# -- from the CLI and the window -------------------------------------------------------------------------
def test_cli_writes_the_deck_in_japanese(tmp_path):
    import os

    a = tmp_path / "a.scaleplan.json"
    engine.save(engine.default_scenario().with_changes("money.budget", 2e8), a)
    b = EXAMPLES / "llama-3.1-405b-replica.scaleplan.json"
    out = tmp_path / "deck.pptx"
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the command must not need a display
    r = subprocess.run([str(SCALEPLAN), "report", str(a), str(b), "--pptx", str(out), "--lang", "ja"],
                       capture_output=True, text=True, env=env, timeout=180)
    assert r.returncode == 0, r.stderr
    deck = Presentation(str(out))
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)  # PowerPoint's 16:9, 13.33 × 7.5 in
    slides = list(deck.slides)
    assert len(slides) >= 4  # decision, two scenarios, the appendix
    (table,) = [s.table for s in slides[0].shapes if s.has_table]
    assert table.cell(0, 1).text == "1,024 H100 for 30 days" and table.cell(0, 2).text.startswith("Llama 3.1 405B")
    assert "予算¥2億を¥1.26億" in _deck_text(deck)  # the finding, in Japanese, with people's numbers
    assert all(r.find(f"{A}rPr").get("lang") == "ja-JP" for r in _runs(deck))


@pytest.fixture
def three_tabs(window):
    """The default scenario on screen, a second tab with twice the accelerators, a third whose target loss
    cannot be reached (no plan); the first tab active again."""
    first = window.model
    twice = engine.default_scenario().with_changes("cluster.count", 2048)
    window.add_document(twice.with_changes("name", "Twice"), None)
    # above the data-constrained law's E ≈ 1.869 (valid) but below what 15 T unique tokens reach (≈ 1.899)
    unreachable = engine.default_scenario().with_changes("law", LawChoice("muennighoff-2023"))
    unreachable = unreachable.with_changes("model.objective", "target_loss").with_changes("model.target_loss", 1.88)
    window.add_document(unreachable.with_changes("name", "Unreachable"), None)
    window.set_active(window.documents.index(first))
    assert window.model is first
    return window


def test_window_exports_the_tabs_the_user_checks(qtbot, three_tabs, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

    from gui.app.dialogs.choose import ChooseScenariosDialog

    seen = {}

    def answer(dialog):
        seen["names"] = [b.text() for b in dialog.boxes]
        seen["checked"] = [b.isChecked() for b in dialog.boxes]
        seen["enabled"] = [b.isEnabled() for b in dialog.boxes]
        seen["labels"] = {w.objectName(): w.text() for w in dialog.findChildren(QLabel) if w.objectName()}
        dialog.boxes[1].setChecked(False)  # leave the second tab out
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChooseScenariosDialog, "exec", answer)
    out = tmp_path / "tabs.pptx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    three_tabs.act_slides.trigger()
    assert seen["names"] == [three_tabs.model.scenario.name, "Twice", "Unreachable"]  # the one on screen first
    assert seen["checked"] == [True, True, False] and seen["enabled"] == [True, True, False]
    assert "This scenario has no plan" in seen["labels"]["choose.2.reason"]
    deck = Presentation(str(out))
    assert "Recommendation: " + three_tabs.model.scenario.name in _deck_text(deck)  # the one chosen, alone
    assert "Twice" not in _deck_text(deck)


def test_window_export_with_a_path_covers_every_tab_with_a_plan(qtbot, three_tabs, tmp_path):
    deck_path = three_tabs.export_slides(str(tmp_path / "all.pptx"))
    deck = Presentation(str(deck_path))
    (table,) = [s.table for s in next(iter(deck.slides)).shapes if s.has_table]
    assert [c.text for c in table.rows[0].cells] == ["", three_tabs.documents[0].scenario.name, "Twice", "Difference"]


def test_cancelling_the_choice_writes_nothing(qtbot, three_tabs, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from gui.app.dialogs.choose import ChooseScenariosDialog

    monkeypatch.setattr(ChooseScenariosDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert three_tabs.export_slides() is None  # not even asked where (the file dialog would fail the test)


def test_the_dialog_needs_one_checked(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from gui.app.dialogs.choose import Choice, ChooseScenariosDialog

    plan = engine.plan(engine.default_scenario())
    dialog = ChooseScenariosDialog("Export slides", "Export", [Choice("A", plan), Choice("B", None, "no plan: x")])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and ok.text() == "Export" and dialog.chosen() == [plan]
    dialog.boxes[0].setChecked(False)
    assert not ok.isEnabled() and dialog.chosen() == []


def test_text_that_cannot_fit_is_cut_to_nothing_and_the_fit_ends():
    """A box too small for even one character: the paragraphs are cut and dropped, never cut forever (a
    text cut to "x…" was cut again to "x…": the export of a long MoE summary hung)."""
    from gui.reports.slides import _fit, _para, _Run

    paras = [_para(_Run("word " * 400)), _para(_Run("日本語の文章" * 200))]
    size, kept = _fit(paras, width=20.0, height=1.0, sizes=(12, 10))
    assert size == 10 and kept == []
    size, kept = _fit(paras, width=400.0, height=60.0, sizes=(12, 10))
    assert kept and "".join(r.text for r in kept[-1]).endswith("…")
