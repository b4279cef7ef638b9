"""The PDF report (issue 13) as a budget owner reads it: every assumption they check (in English and in
Japanese), the traffic light as the engine grades it, findings in plain words — never a finding code or a
catalogue id —, Japanese lines broken as Japanese typesetting breaks them, and from the window every open
tab with a plan."""

import re
import subprocess
import unicodedata

import pytest

import engine
from engine.catalogue import accelerators
from engine.energy import server_convention
from engine.findings import CODES
from engine.money import convert, from_usd
from tests.gui.reports.test_report import EXAMPLES, pages, run

LONG_FINDING = ("計画の計算量（1.9 × 10²⁴ FLOP）は、Epoch AIによる再現（Besiroglu et al. 2024）の"
                "推定に使われた最大の学習（1.3 × 10²² FLOP）の145倍です。2.2桁の外挿になるため、"
                "損失と配分は不確かです。複数のスケーリング則を比較して95%の幅を確認するか、この規模に"
                "近い学習結果からスケーリング則を推定してください。「予算」を超えます、と言われたら"
                "（たとえば¥1.26億）、前提を見直してください。")


def squash(text):
    """As the report's text is searched: NFKC (full-width brackets → ASCII, ligatures → letters), without
    spaces, line breaks and hyphens (pdftotext joins a word hyphenated at a line's end); the wave dash as
    a tilde (the font draws ～ with the glyph of 〜, and the text layer says 〜)."""
    return re.sub(r"[\s\-‐]+", "", unicodedata.normalize("NFKC", text)).replace("〜", "~")


def text_of(pdf, first=None, last=None, layout=False):
    args = ["pdftotext", *(["-layout"] if layout else []), *(["-f", str(first), "-l", str(last)] if first else []),
            str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _scenarios():
    """Green (the default with a budget and an energy cap it keeps), amber (2,048 H100: far beyond the law's
    runs) and red (a B200 target-loss plan in US dollars, owned, Epoch AI's power convention, over its
    budget)."""
    base = engine.default_scenario()
    green = base.with_changes("money.budget", 5e8).with_changes("energy.cap_mwh", 1000.0)
    amber = base.with_changes("cluster.count", 2048).with_changes("name", "2,048 × H100 SXM5, 30 days")
    b200 = accelerators()["b200"]
    overhead, draw = server_convention("b200")
    red = base
    for path, value in (("cluster.accelerator", "b200"), ("cluster.count", 512),
                        ("cluster.peak_flop_per_s", b200.peak_flop_per_s), ("cluster.power_w", b200.power_w),
                        ("money.price_per_accelerator_hour", round(from_usd(base, b200.price_usd_per_hour_typical), 2)),
                        ("money.cost_basis", "owned"), ("energy.server_overhead", round(overhead, 3)),
                        ("energy.average_draw", draw)):
        red = red.with_changes(path, value)
    red = convert(red, "USD")
    for path, value in (("model.objective", "target_loss"), ("model.target_loss", 2.1),
                        ("model.inference_tokens", 1e13), ("money.budget", 50_000.0),
                        ("name", "Loss 2.1 on 512 × B200, in dollars")):
        red = red.with_changes(path, value)
    return [green, amber, red]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The three scenarios' report in each language, written by `scaleplan report`."""
    folder = tmp_path_factory.mktemp("pdf")
    files = []
    for i, s in enumerate(_scenarios()):
        files.append(folder / f"{i}.scaleplan.json")
        engine.save(s, files[-1])
    out = {}
    for lang in ("en", "ja"):
        out[lang] = folder / f"report-{lang}.pdf"
        r = run("report", *files, "--pdf", out[lang], "--lang", lang)
        assert r.returncode == 0, r.stderr
    return out


@pytest.fixture
def language(qapp):
    """Switch the interface language for a test; English again afterwards."""
    from gui.app.i18n import set_language

    yield set_language
    set_language("en")


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_assumptions_name_what_a_budget_owner_checks(language, lang):
    from engine.fields import field
    from gui.text.fields import field_label, rate_text
    from gui.text.i18n import tr
    from gui.text.laws import law_name
    from gui.text.numbers import field_text, money, sci
    from gui.text.tables import BAND_CAVEAT, assumptions

    assert language(lang) == lang
    for s in _scenarios():
        p = engine.plan(s)
        rows = assumptions(p)
        labels = [k for k, _ in rows]
        text = " ".join(v for _, v in rows)
        for path in ("model.objective", "money.price_per_accelerator_hour", "energy.carbon_kg_per_kwh",
                     "data.unique_tokens"):
            assert field_label(path) in labels, path
        assert {tr("Cluster"), tr("Currency"), tr("Scaling law"), tr("Formulas"), tr("Uncertainty")} <= set(labels)
        pct = [field_text(v, "percent") for v in (s.cluster.mfu, s.schedule.goodput, s.energy.average_draw)]
        count = f"{s.cluster.count:,}" + ("台" if lang == "ja" else "")  # 1,024台 × … in Japanese
        wanted = [f"{count} × {accelerators()[s.cluster.accelerator].name}",
                  field_text(s.cluster.peak_flop_per_s, "sci", si=True) + "FLOP/s", *pct,
                  f"PUE {s.energy.pue:g}", f"{s.cluster.power_w:,g} W", f"{s.energy.carbon_kg_per_kwh:g} kg CO₂/kWh",
                  field_text(s.data.unique_tokens, "sci"), law_name(s.law.resolve()), tr(BAND_CAVEAT)]
        objective = field("model.objective")
        wanted.append(tr(objective.choice_labels[objective.choices.index(s.model.objective)]))
        if s.money.currency == "JPY":
            wanted += ["¥442.5", rate_text("JPY", 150.0)]
        else:
            wanted += ["$5.29", "$0.16667/kWh", tr("Amounts in USD.")]
        if s.money.budget is not None:
            wanted.append(money(s.money.budget, p.currency, lang))
        if s.energy.cap_mwh is not None:
            wanted.append("1,000 MWh")
        if s.model.objective == "target_loss":  # target, inference tokens and lifetime compute
            wanted += ["2.1", field_text(1e13, "sci"), sci(p.lifetime_flop)]
        else:
            wanted.append(tr("%s days") % "30")
        convention = {"tdp": "Chip TDP (as published footprints)",
                      "server": "Server power, average draw (Epoch AI)"}[engine.energy.convention(s)]
        wanted.append(tr(convention))
        for words in wanted:
            assert words in text, (s.name, words)
        assert not re.search(r"\de[+-]?\d", text)  # never e-notation
    if lang == "en":  # what the price covers, in words
        rented, _, owned = (dict(assumptions(engine.plan(s)))["Price per accelerator-hour"] for s in _scenarios())
        assert "power is included" in rented and "energy is paid on top at $0.16667/kWh" in owned


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_assumption_is_in_the_pdf(reports, language, lang):
    from gui.text.tables import assumptions

    language(lang)
    plans = [engine.plan(s) for s in _scenarios()]
    assert pages(reports[lang]) == 2 * len(plans)  # the decision, then the assumptions
    for i, p in enumerate(plans):
        page = squash(text_of(reports[lang], 2 * i + 2, 2 * i + 2))
        assert squash(p.scenario.name) in page
        for label, value in assumptions(p):
            assert squash(label) in page and squash(value) in page, (p.scenario.name, label)


def test_no_finding_code_or_catalogue_id_in_the_pdf(reports):
    codes = re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, CODES)) + r")(?![\w-])")
    ids = re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, accelerators())) + r")(?![\w-])")
    for lang, pdf in reports.items():
        text = text_of(pdf)
        assert not codes.search(text), (lang, codes.search(text))
        assert not ids.search(text), (lang, ids.search(text))


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_traffic_light_is_the_engines_grade(reports, language, lang):
    from gui.text.i18n import tr
    from gui.text.severity import _TRAFFIC_WORDS

    language(lang)
    grades = {"error": "red", "warning": "amber", "info": "green", None: "green"}
    plans = [engine.plan(s) for s in _scenarios()]
    assert [grades[p.worst_severity] for p in plans] == ["green", "amber", "red"]
    for i, p in enumerate(plans):
        page = squash(text_of(reports[lang], 2 * i + 1, 2 * i + 1))
        for state, words in _TRAFFIC_WORDS.items():
            assert (squash(tr(words)) in page) == (state == grades[p.worst_severity]), (p.scenario.name, state)


def test_findings_in_plain_words(reports, language):
    from gui.text.findings import localized

    for lang in ("en", "ja"):
        language(lang)
        text = squash(text_of(reports[lang]))
        for p in (engine.plan(s) for s in _scenarios()):
            assert p.findings
            for f in p.findings:
                message, fix = localized(f, lang)
                assert squash(message) in text and squash(fix) in text, (lang, f.code)


def _stranded(doc):
    """The lines of a laid-out document that typesetting would not set: one that starts with a character of
    NO_LINE_START (after a line break of the layout's, not of the text's), one that ends with one of
    NO_LINE_END, or a paragraph's last line (or the last before a <br/>) under MIN_LAST_LINE characters."""
    from gui.reports import pdf

    out = []
    block = doc.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for i in range(1, layout.lineCount()):
            start = layout.lineAt(i).textStart()
            words = text[start:start + layout.lineAt(i).textLength()]
            if text[start - 1] == "\u2028":
                continue  # the first line after a line break
            last = i == layout.lineCount() - 1 or words.endswith("\u2028")
            words = words.strip().rstrip("\u2028")
            if (words[:1] in pdf.NO_LINE_START or text[:start].rstrip()[-1:] in pdf.NO_LINE_END
                    or (last and len(words) < pdf.MIN_LAST_LINE)):
                out.append(words)
        block = block.next()
    return out


def test_japanese_lines_break_as_japanese_typesetting_does(qapp, tmp_path, monkeypatch):
    """A long finding at many widths: no line starts with 。、）」 or the like, none ends with （「, and a paragraph
    never ends with two or three characters alone (「す。」)."""
    from PySide6.QtGui import QPdfWriter

    from gui.reports import pdf

    device = QPdfWriter(str(tmp_path / "unused.pdf"))
    device.setResolution(pdf.DPI)
    html = f"<p>● <b>警告</b> {LONG_FINDING}<br/><span style='color:#1e7a3c'>→ {LONG_FINDING}</span></p>"
    widths = [pdf._mm(mm) for mm in range(30, 121, 2)]
    for width in widths:
        assert _stranded(pdf.layout_text(html, width, 9.5, device)) == [], width / pdf._mm(1)
    with monkeypatch.context() as m:  # Qt's own line breaking, without the post-pass
        m.setattr(pdf, "keep_together", lambda doc: 0)
        assert any(_stranded(pdf.layout_text(html, width, 9.5, device)) for width in widths)


def test_no_line_of_the_japanese_pdf_starts_with_a_full_stop_or_comma(reports):
    from gui.reports.pdf import NO_LINE_START

    japanese = {c for c in NO_LINE_START if ord(c) > 0x2000}
    for line in text_of(reports["ja"], layout=True).splitlines():
        assert line.strip()[:1] not in japanese, line


def test_findings_that_do_not_fit_the_first_page_go_to_the_next(tmp_path, qapp, monkeypatch):
    from gui.reports import pdf
    from gui.text.findings import localized
    from gui.text.tables import findings_count

    s = engine.default_scenario().with_changes("money.budget", 1e6).with_changes("energy.cap_mwh", 10.0)
    s = s.with_changes("data.unique_tokens", 1e9).with_changes("cluster.mfu", 0.9).with_changes("cluster.count", 20000)
    p = engine.plan(s)
    assert len(p.findings) >= 5
    monkeypatch.setattr(pdf, "MIN_PT", 14.0)  # not even the smallest type fits the first page's column
    monkeypatch.setattr(pdf, "SUMMARY_PT", 14.0)
    out = pdf.write_pdf([p], tmp_path / "r.pdf")
    first, rest = squash(text_of(out, 1, 1)), squash(text_of(out, 2, pages(out)))
    assert squash(pdf.tr(pdf._FINDINGS_LATER) % findings_count(p.findings)) in first
    for f in p.findings:
        message, fix = localized(f, "en")
        assert squash(message) in rest and squash(fix) in rest, f.code


def test_window_reports_every_tab_with_a_plan_the_active_one_first(qtbot, window, tmp_path):
    from gui.automation import settle

    first = window.model.scenario.name
    unreachable = engine.default_scenario().with_changes("law.preset", "muennighoff-2023")
    unreachable = unreachable.with_changes("model.objective", "target_loss").with_changes("model.target_loss", 1.88)
    window.add_document(unreachable.with_changes("name", "Unreachable"), None)  # no plan: left out
    window.add_document(engine.load(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json"), None)
    settle(window)
    out = window.export_report(str(tmp_path / "r.pdf"))
    assert pages(out) == 4
    assert squash("Llama 3.1 405B") in squash(text_of(out, 1, 1)) and squash(first) in squash(text_of(out, 3, 3))
    assert "Unreachable" not in text_of(out)
    for doc in window.documents:
        doc.undo_stack.setClean()


def test_window_reports_the_tabs_the_user_checks(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from gui.app.dialogs.choose import ChooseScenariosDialog
    from gui.automation import settle

    window.add_document(engine.load(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json"), None)
    window.add_document(engine.default_scenario().with_changes("cluster.count", 2048).with_changes("name", "Twice"),
                        None)
    settle(window)
    asked = []

    def answer(dialog):
        asked.append([b.text() for b in dialog.boxes])
        dialog.boxes[1].setChecked(False)  # leave the first tab out
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChooseScenariosDialog, "exec", answer)
    out = tmp_path / "chosen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.act_report.trigger()
    assert len(asked) == 1 and asked[0][0] == "Twice"  # the one on screen first
    assert pages(out) == 4 and "Twice" in text_of(out, 1, 1) and squash("Llama 3.1 405B") in squash(text_of(out, 3, 3))
    monkeypatch.setattr(ChooseScenariosDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked where after a cancel"))
    assert window.export_report() is None  # cancelled: nothing written, not even asked where
    for doc in window.documents:
        doc.undo_stack.setClean()
