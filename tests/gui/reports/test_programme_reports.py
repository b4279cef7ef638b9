"""The whole programme in the reports (issue 16): a scenario with a ``programme`` (and ``serving``) section gets
a programme page and a compliance page in the PDF, a slide of the cost by stage and one of compliance and the
EU documentation in the deck, and the sheets Programme, Cash flow and Compliance in the workbook — numbers as
number cells equal to the plan's. A scenario without one gets none of them."""

import math
from dataclasses import replace

import openpyxl
import pytest
from pptx import Presentation

import engine
from tests.gui.reports.test_pdf import squash, text_of
from tests.gui.reports.test_report import EXAMPLES, pages, run
from tests.gui.reports.test_slides import _Measure, _texts, assert_slides_fit

PROGRAMME = EXAMPLES / "programme-ja.scaleplan.json"
DEFAULT = EXAMPLES / "default.scaleplan.json"
PT = 12700  # EMU per point
NEW_SHEETS = ["Programme", "Cash flow", "Compliance"]


@pytest.fixture
def language(qapp):
    from gui.app.i18n import set_language

    yield set_language
    set_language("en")


def _plan():
    return engine.plan(engine.load(PROGRAMME))


def _variants():
    """The programme rented and without serving (no purchase, no serving sentence), and serving alone (no
    development: the cost without its range)."""
    s = engine.load(PROGRAMME)
    return [replace(s, serving=None, name="Rented, not served", money=replace(s.money, cost_basis="rented")),
            replace(s, programme=None, name="Served, no programme section")]


def test_the_example_plans_a_programme_with_serving_and_a_purchase():
    p = _plan()
    assert p.programme is not None and p.serving is not None
    assert [st.id for st in p.programme.stages] == ["development", "pretraining", "tuning", "rl", "serving"]
    assert p.programme.capital_outlay is not None
    assert engine.plan(engine.load(DEFAULT)).programme is None


# -- PDF ---------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """The programme, then the default scenario (no programme), in each language, by `scaleplan report`."""
    folder = tmp_path_factory.mktemp("programme-pdf")
    out = {}
    for lang in ("en", "ja"):
        out[lang] = folder / f"{lang}.pdf"
        r = run("report", PROGRAMME, DEFAULT, "--pdf", out[lang], "--lang", lang)
        assert r.returncode == 0, r.stderr
    return out


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_pdf_has_the_programme_and_compliance_pages(pdfs, language, lang):
    from gui.text.i18n import tr
    from gui.text.programme import (
        THRESHOLD_MEANINGS,
        capital_text,
        cost_range_text,
        documentation_rows,
        serving_text,
        stage_name,
        stage_rows,
        threshold_line,
        threshold_source,
    )

    language(lang)
    p = _plan()
    # the decision and the assumptions, the programme and compliance; then the default's two pages
    assert pages(pdfs[lang]) == 6
    programme = squash(text_of(pdfs[lang], 3, 3))
    for st in p.programme.stages:
        assert squash(stage_name(st.id)) in programme, st.id
        assert squash(stage_name(st.id, short_name=True)) in programme, st.id  # the chart's legend
    for row in stage_rows(p)[1:]:
        for cell in row:
            assert squash(cell) in programme, cell
    for words in (cost_range_text(p), serving_text(p), capital_text(p), tr("Programme: %s") % p.scenario.name):
        assert words and squash(words) in programme, words
    compliance = squash(text_of(pdfs[lang], 4, 4))
    for c in p.programme.compliance:
        for words in (threshold_line(c), tr(THRESHOLD_MEANINGS[c.threshold.id]), threshold_source(c)):
            assert squash(words) in compliance, words
    for item, value in documentation_rows(p):
        assert squash(item) in compliance and squash(value) in compliance, item
    assert squash(documentation_rows(p)[0][1]) in compliance  # the compute, to two significant figures
    # the default scenario's pages: no programme, no compliance
    rest = squash(text_of(pdfs[lang], 5, 6))
    assert squash(engine.load(DEFAULT).name) in rest
    assert squash(tr("Compliance: %s") % engine.load(DEFAULT).name) not in rest
    assert squash(stage_name("development")) not in rest


# -- slides ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def decks(tmp_path_factory, qapp):
    from gui.app.i18n import set_language
    from gui.reports.slides import write_pptx

    folder = tmp_path_factory.mktemp("programme-decks")
    out = {}
    try:
        for lang in ("en", "ja"):
            set_language(lang)
            for name, scenarios in (("programme", [engine.load(PROGRAMME)]),
                                    ("both", [engine.load(DEFAULT), engine.load(PROGRAMME)]),
                                    ("default", [engine.load(DEFAULT)]), ("variants", _variants())):
                path = folder / f"{lang}-{name}.pptx"
                write_pptx(scenarios, path)
                out[lang, name] = Presentation(str(path))
    finally:
        set_language("en")
    return out


def _slide_text(slide):
    return "\n".join(t for shape in slide.shapes for t in _texts(shape))


def _titled(deck, title):
    return [s for s in deck.slides if any(sh.has_text_frame and sh.text_frame.text == title for sh in s.shapes)]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_deck_has_the_programme_slide_and_the_compliance_slide(decks, language, lang):
    from gui.text.i18n import tr
    from gui.text.programme import (
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

    language(lang)
    p = _plan()
    deck = decks[lang, "programme"]
    # the recommendation, the scenario, the programme, compliance, then the appendix
    titles = [tr("Programme: cost by stage"), tr("Compliance and EU documentation")]
    slides = list(deck.slides)
    assert [len(_titled(deck, t)) for t in titles] == [1, 1]
    assert slides.index(_titled(deck, titles[0])[0]) == 2 and slides.index(_titled(deck, titles[1])[0]) == 3
    programme = _titled(deck, titles[0])[0]
    text = _slide_text(programme)
    assert tr("The whole programme costs %s") % cost_range_text(p) in text
    assert serving_text(p) in text and capital_text(p) in text
    table = next(sh.table for sh in programme.shapes if sh.has_table)
    cells = [[c.text for c in row.cells] for row in table.rows]
    rows = stage_rows(p)
    assert cells[0] == rows[0]
    assert [r[0] for r in cells[1:-1]] == ["■ " + stage_name(st.id) for st in p.programme.stages]
    assert [r[1:] for r in cells[1:]] == [r[1:] for r in rows[1:]] and cells[-1][0] == rows[-1][0]
    # the chart: compute, cost and energy as shares by stage, a series per stage in the stages' colours
    chart = next(sh.chart for sh in programme.shapes if sh.has_chart)
    shares = stage_shares(p)
    assert list(chart.plots[0].categories) == [label for label, _ in shares]
    series = list(chart.plots[0].series)
    assert [s.name for s in series] == [stage_name(st.id, short_name=True) for st in p.programme.stages]
    for k, s in enumerate(series):
        assert list(s.values) == pytest.approx([parts[k][1] for _, parts in shares])
    assert sum(parts[k][1] for _, parts in shares[1:2] for k in range(len(series))) == pytest.approx(1.0)
    compliance = _slide_text(_titled(deck, titles[1])[0])
    for c in p.programme.compliance:
        for words in (threshold_line(c), tr(THRESHOLD_MEANINGS[c.threshold.id]), threshold_source(c)):
            assert words in compliance, words
    for item, value in documentation_rows(p):
        assert item in compliance and value in compliance, item


@pytest.mark.parametrize("case", [(lang, name) for lang in ("en", "ja") for name in ("programme", "both", "variants")])
def test_programme_slides_neither_overlap_nor_spill(decks, case, qapp):
    """As test_slides checks every deck: inside the slide, no two shapes overlapping (the chart included),
    every text within its shape as LibreOffice's fonts lay it out."""
    assert_slides_fit(decks[case], _Measure())


def test_variants_have_their_programme_slides(decks, language):
    from gui.text.i18n import tr
    from gui.text.programme import capital_text, cost_range_text, serving_text

    language("en")
    deck = decks["en", "variants"]
    slides = _titled(deck, tr("Programme: cost by stage"))
    assert len(slides) == 2 and len(_titled(deck, tr("Compliance and EU documentation"))) == 2
    for slide, s in zip(slides, _variants(), strict=True):
        p = engine.plan(s)
        text = _slide_text(slide)
        assert tr("The whole programme costs %s") % cost_range_text(p) in text
        assert (serving_text(p) != "") == (p.serving is not None) and serving_text(p) in text
        assert (capital_text(p) != "") == (s.money.cost_basis == "purchased") and capital_text(p) in text


def test_a_deck_without_a_programme_has_no_programme_slide(decks, language):
    from gui.text.i18n import tr

    for lang in ("en", "ja"):
        language(lang)
        for name, count in (("default", 0), ("both", 1)):
            deck = decks[lang, name]
            assert len(_titled(deck, tr("Programme: cost by stage"))) == count, (lang, name)
            assert len(_titled(deck, tr("Compliance and EU documentation"))) == count, (lang, name)
            assert sum(sh.has_chart for s in deck.slides for sh in s.shapes) == count, (lang, name)


# -- spreadsheet ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def books(tmp_path_factory, qapp):
    from gui.app.i18n import set_language
    from gui.reports.xlsx import write_xlsx

    folder = tmp_path_factory.mktemp("programme-xlsx")
    out = {}
    try:
        for lang in ("en", "ja"):
            set_language(lang)
            for name, files in (("programme", [PROGRAMME]), ("default", [DEFAULT])):
                path = folder / f"{lang}-{name}.xlsx"
                write_xlsx([engine.load(f) for f in files], path)
                out[lang, name] = openpyxl.load_workbook(path)
    finally:
        set_language("en")
    return out


def _number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_programme_sheet_has_the_stages_as_numbers(books, language, lang):
    from gui.text.i18n import tr
    from gui.text.programme import stage_name

    language(lang)
    p = _plan()
    prog = p.programme
    book = books[lang, "programme"]
    assert book.sheetnames[-3:] == [tr(n) for n in NEW_SHEETS]
    ws = book[tr("Programme")]
    header = [c.value for c in ws[1]]
    assert header[:2] == [tr("Scenario"), tr("Stage")] and header[7] == tr("Cost") + " (JPY)"
    assert header[2] == tr("Compute") + " (FLOP)" and header[6] == tr("Energy") + " (MWh)"
    rows = {r[1].value: r for r in ws.iter_rows(min_row=2) if r[1].value}
    for st in prog.stages:
        row = rows[stage_name(st.id)]
        for cell, want in zip(row[2:9], (st.compute_flop, st.accelerators, st.wall_clock_days, st.accelerator_hours,
                                         st.energy_mwh, st.cost, st.co2_t), strict=True):
            assert _number(cell.value) and cell.value == pytest.approx(want, rel=1e-12), (st.id, cell.coordinate)
            assert cell.number_format != "General", cell.coordinate
    total = rows[tr("Programme")]
    assert total[7].value == pytest.approx(prog.total_cost, rel=1e-12)
    assert total[6].value == pytest.approx(prog.total_energy_mwh, rel=1e-12)
    assert total[8].value == pytest.approx(prog.total_co2_t, rel=1e-12)
    spread = [rows[tr(f"Programme cost, development at the {end} end of the published spread")][7].value
              for end in ("low", "high")]
    assert spread == pytest.approx([prog.total_cost_low, prog.total_cost_high], rel=1e-12)
    assert prog.total_cost_low < prog.total_cost < prog.total_cost_high
    assert rows[tr("Buying the cluster up front")][7].value == pytest.approx(prog.capital_outlay, rel=1e-12)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_cash_flow_sheet_adds_up_to_the_programme(books, language, lang):
    from gui.text.i18n import tr
    from gui.text.programme import stage_name

    language(lang)
    prog = _plan().programme
    ws = books[lang, "programme"][tr("Cash flow")]
    header = [c.value for c in ws[1]]
    assert header[:2] == [tr("Scenario"), tr("Month")]
    stages = [stage_name(st.id, short_name=True) + " (JPY)" for st in prog.stages]
    assert header[2:] == [*stages, tr("Total") + " (JPY)"]
    body = list(ws.iter_rows(min_row=2))
    months = len(prog.cash_flow[0][1])
    assert [r[1].value for r in body] == list(range(1, months + 1))
    for row in body:
        for cell in row[1:]:
            assert _number(cell.value) and cell.number_format != "General", cell.coordinate
        assert row[-1].value == pytest.approx(sum(c.value for c in row[2:-1]), rel=1e-9)
    assert sum(r[-1].value for r in body) == pytest.approx(prog.total_cost, rel=1e-6)
    for j, st in enumerate(prog.stages):
        assert sum(r[2 + j].value for r in body) == pytest.approx(st.cost, rel=1e-6), st.id
        assert [r[2 + j].value for r in body] == pytest.approx(list(dict(prog.cash_flow)[st.id]), rel=1e-12)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_compliance_sheet_has_the_thresholds_and_the_documentation(books, language, lang):
    from gui.text.i18n import tr
    from gui.text.programme import THRESHOLD_TITLES, documentation_rows

    language(lang)
    p = _plan()
    ws = books[lang, "programme"][tr("Compliance")]
    rows = [[c for c in r] for r in ws.iter_rows()]
    assert [c.value for c in rows[0]] == [tr("Scenario"), tr("Threshold"), tr("Threshold") + " (FLOP)",
                                          tr("Counted compute") + " (FLOP)", tr("Crossed"), tr("Source"), tr("Date")]
    for row, c in zip(rows[1:], p.programme.compliance, strict=False):
        assert row[1].value == tr(THRESHOLD_TITLES[c.threshold.id])
        assert _number(row[2].value) and row[2].value == pytest.approx(c.threshold.threshold_flop)
        assert row[3].value == pytest.approx(c.ratio * c.threshold.threshold_flop)
        assert row[3].value == pytest.approx(p.programme.model_training_flop)  # every rule counts post-training
        assert row[4].value == (tr("yes") if c.crossed else tr("no"))
        assert row[5].value == c.threshold.source and row[6].value == c.threshold.date
    assert [c.crossed for c in p.programme.compliance] == [True, False, False]
    documented = {r[1].value: r[2].value for r in rows if r[1].value}
    for item, value in documentation_rows(p):
        assert documented[item] == value, item


def test_a_workbook_without_a_programme_has_no_programme_sheets(books, language):
    from gui.text.i18n import tr

    for lang in ("en", "ja"):
        language(lang)
        names = books[lang, "default"].sheetnames
        assert len(names) == 4 and not {tr(n) for n in NEW_SHEETS} & set(names), (lang, names)
