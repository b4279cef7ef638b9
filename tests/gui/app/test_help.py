"""Help (issue 13): the user guide (F1) and the glossary in both languages, shipped offline in the bundle;
the Japanese reviewed for budget owners — every translation keeps its placeholders and mnemonic, the
terms chosen stay the terms used; law names and notes in the reader's language, sources labelled."""

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from engine.presets import presets

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "i18n" / "scaleplan_ja.ts"
HELP = ROOT / "resources" / "help"
SPEC = ROOT / "build" / "scaleplan.spec"


def _translations() -> dict[str, str]:
    return {m.findtext("source"): m.findtext("translation") or "" for m in ET.parse(TS).getroot().iter("message")}


# -- the translation file -------------------------------------------------------------------------------

def _placeholders(text: str) -> list[str]:
    """{name:spec} fields, printf %s / %d / %%, in order of kind (word order may change in Japanese)."""
    return sorted(re.findall(r"\{[^{}]*\}", text)) + sorted(re.findall(r"%[sd%]", text))


def _mnemonics(text: str) -> list[str]:
    """The &-mnemonics of a menu text ("&&" is a literal ampersand)."""
    return re.findall(r"(?<!&)&(?!&)(\S)", text)


def test_every_translation_keeps_the_sources_placeholders_and_mnemonic():
    broken = {src: tr for src, tr in _translations().items()
              if _placeholders(src) != _placeholders(tr) or len(_mnemonics(src)) != len(_mnemonics(tr))}
    assert broken == {}


def test_a_japanese_mnemonic_comes_last_in_parentheses():
    """The Japanese convention: ファイル(&F), レポート（PDF）を出力(&R)… — the letter in ASCII parentheses at
    the end (before an ellipsis)."""
    wrong = [tr for src, tr in _translations().items()
             if _mnemonics(src) and not re.search(r"\(&[A-Z]\)…?$", tr)]
    assert wrong == []


#: the terms decided for budget owners (source → translation): a later edit that drifts fails here
TERMS = {
    "Energy": "電力量",  # MWh: energy, not power
    "Average power": "平均電力",  # MW
    "Energy cap": "電力量の上限",
    "energy (MWh)": "電力量（MWh）",
    "Energy cost": "電力費用",
    "Lifetime compute": "総計算量（学習＋推論）",
    "Lifetime inference": "推論の総トークン数",
    "Scaling law": "スケーリング則",
    "Utilisation (MFU)": "演算効率（MFU）",
    "Goodput": "有効稼働率",
    "Wall-clock": "学習期間",
    "Wall-clock time": "学習期間",
    "Total cost": "総費用",
    "Exchange rate": "為替レート",
    "Power convention": "電力の計算方式",
    "Unique tokens on hand": "手持ちの固有トークン数",
    "Compute": "計算量",
    "Source: ": "出典（原文）：",
}


def test_the_chosen_terms_are_the_terms_used():
    ja = _translations()
    assert {src: ja[src] for src in TERMS} == TERMS
    values = list(ja.values())
    assert [t for t in values if re.search(r"(?<!スケーリング)則", t)] == []  # never 則 alone
    assert [t for t in values if "コスト" in t or "トレーニング" in t] == []  # 費用, 学習
    assert [t for t in values if "生涯" in t] == []
    # MWh is 電力量 wherever it is named, MW is 電力
    assert [t for s, t in ja.items() if "MWh" in s and "電力" in t and "電力量" not in t] == []


def test_sentences_end_in_full_width_punctuation():
    """A translated sentence ends in 。 (or ？), never in an ASCII period ("accel." is an abbreviation)."""
    assert [t for s, t in _translations().items() if s.endswith(".") and " " in s
            if not re.search(r"[。？）」]$", t)] == []


def test_no_law_id_in_a_translation():
    """Findings name laws by name ({law}); an id such as muennighoff-2023 is not for people."""
    ids = set(presets())
    assert [t for t in _translations().values() if any(i in t for i in ids)] == []


# -- law names and notes -------------------------------------------------------------------------------

def test_every_preset_has_a_japanese_name_short_name_and_notes():
    from gui.text.laws import law_name, law_notes, law_short_name

    for law_id, law in presets().items():
        assert law_name(law, "en") == law.name and law_notes(law, "en") == law.notes
        for lang in ("en", "ja"):
            assert law_id not in law_short_name(law, lang) and law_id not in law_name(law, lang)
            assert len(law_short_name(law, lang)) <= 32
        assert re.search(r"[ぁ-んァ-ヶ一-龠]", law_name(law, "ja") + law_notes(law, "ja")), law_id
        assert law_name(law_id, "ja") == law_name(law, "ja") == law_name(law.name, "ja")  # id, English name
    assert law_name("Our own law", "ja") == "Our own law"


def test_a_custom_law_keeps_its_own_name():
    """A custom law (id "custom") is the user's: its name is shown as given, even one that copies a preset's."""
    from gui.text.laws import law_name, law_notes, law_short_name

    law = presets()["epoch-2024"]
    for name in ("Our runs 2025", law.name):
        mine = replace(law, id="custom", name=name, notes="")
        assert law_name(mine, "ja") == name == law_short_name(mine, "ja") and law_notes(mine, "ja") == ""


def test_the_law_combo_shows_names_in_the_language_and_labels_the_source(win):
    from gui.text.laws import law_name

    combo = win.editor.law
    lang = win.property("lang")
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == [law_name(law, lang) for law in presets().values()]
    assert not any(law_id in name for law_id in presets() for name in names)
    source = win.editor.law_source.text()
    assert source.startswith({"en": "Source: ", "ja": "出典（原文）："}[lang])
    assert "arXiv" in source  # the citation as published


# -- the help dialog ---------------------------------------------------------------------------------------

GLOSSARY_JA = ["損失", "計算量", "FLOP", "MFU", "PUE", "有効稼働率", "エポック", "固有トークン", "計算最適",
               "スケーリング則", "外挿", "95%の幅", "nats/トークン", "電力量と電力", "CO₂", "為替レート",
               "費用区分（レンタル／自社保有）", "電力の計算方式"]
GLOSSARY_EN = ["Loss", "Compute", "FLOP", "MFU", "PUE", "Goodput", "Epoch", "Unique tokens", "Compute-optimal",
               "Scaling law", "Extrapolation", "95% band", "nats/token", "Energy and power", "CO₂",
               "Exchange rate", "Cost basis (rental / owned)", "Power convention"]


@pytest.mark.parametrize(("lang", "terms"), [("ja", GLOSSARY_JA), ("en", GLOSSARY_EN)])
def test_the_glossary_explains_every_term_in_one_line(lang, terms):
    text = (HELP / f"glossary_{lang}.md").read_text(encoding="utf-8")
    entries = dict(re.findall(r"^\*\*(.+?)\*\* — (.+)$", text, re.M))
    # a heading may add the label the window uses: "MFU（演算効率）"
    assert [t for t in terms if not any(h == t or h.startswith((t + "（", t + " (")) for h in entries)] == []
    assert all(entry.strip() for entry in entries.values())


def test_the_guide_covers_groups_plots_traffic_light_comparison_and_export():
    for lang, words in (("en", ["Cluster", "Schedule", "Energy", "Money", "Scaling law", "Data", "Model objective",
                                "Loss against compute", "IsoFLOP", "Compute-optimal allocation",
                                "Data needed against data available", "Energy and cost against days", "Red",
                                "Amber", "Green", "Compare scenarios", "PDF", "PPTX", "XLSX"]),
                        ("ja", ["クラスタ", "期間", "電力量", "費用", "スケーリング則", "データ", "計画の目的",
                                "損失と計算量", "等計算量（IsoFLOP）：損失とモデル規模", "計算最適な配分",
                                "必要なデータ量と手持ちのデータ量", "電力量・費用と日数", "赤", "黄", "緑",
                                "シナリオを比較", "PDF", "PPTX", "XLSX"])):
        text = (HELP / f"guide_{lang}.md").read_text(encoding="utf-8")
        assert [w for w in words if w not in text] == [], lang


def test_the_guides_plot_titles_are_the_plots_own():
    """The Japanese guide names the plots as the window titles them."""
    ja = _translations()
    guide = (HELP / "guide_ja.md").read_text(encoding="utf-8")
    for title in ("Loss against compute", "IsoFLOP: loss against model size", "Compute-optimal allocation",
                  "Data needed against data available", "Energy and cost against days"):
        assert ja[title] in guide and title in (HELP / "guide_en.md").read_text(encoding="utf-8")


def test_help_menu_opens_the_guide_with_f1_and_the_glossary(win):
    from gui.app.dialogs.help import HelpDialog

    help_menu = win.menuBar().actions()[-1].menu()
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    lang = win.property("lang")
    assert texts[:2] == {"en": ["&User guide", "&Glossary"], "ja": ["使い方ガイド(&U)", "用語集(&G)"]}[lang]
    assert win.act_guide.shortcut() == QKeySequence("F1")
    win.act_glossary.trigger()
    dialog = win.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible() and dialog.page() == "glossary"
    win.act_guide.trigger()  # the same dialog, turned to the guide
    assert win.findChildren(HelpDialog) == [dialog] and dialog.page() == "guide"
    guide = dialog.browsers["guide"].toPlainText()
    glossary = dialog.browsers["glossary"].toPlainText()
    assert len(guide) > 1500 and len(glossary) > 1000
    if lang == "ja":
        assert "使い方ガイド" in guide and "有効稼働率" in glossary and dialog.windowTitle() == "ScalePlanのヘルプ"
        assert [dialog.tabs.tabText(i) for i in range(2)] == ["使い方ガイド", "用語集"]
    else:
        assert "user guide" in guide and "Goodput" in glossary
    dialog.close()


def test_the_dialog_falls_back_to_english_for_a_language_without_pages(qtbot):
    from gui.app.dialogs.help import HelpDialog, page_path

    assert page_path("guide", "fr") == HELP / "guide_en.md"
    dialog = HelpDialog(lang="fr")
    qtbot.addWidget(dialog)
    assert "Goodput" in dialog.browsers["glossary"].toPlainText()


def test_the_help_pages_ship_in_the_bundle():
    """build/scaleplan.spec's datas carry every file of resources/help/ to the bundle's resources/help/."""
    spec = SPEC.read_text(encoding="utf-8")
    datas = re.search(r"^datas = (\[.*\])", spec, re.M)
    assert datas is not None
    pairs = re.findall(r'\(str\(ROOT((?: / "[^"]+")*)\), "([^"]+)"\)', datas.group(1))
    shipped = {(ROOT.joinpath(*re.findall(r'"([^"]+)"', src)), Path(dest)) for src, dest in pairs}
    files = sorted(HELP.iterdir())
    assert {f.name for f in files} >= {"guide_en.md", "guide_ja.md", "glossary_en.md", "glossary_ja.md"}
    for f in files:
        assert any(f.is_relative_to(src) and dest / f.relative_to(src) == Path("resources/help") / f.name
                   for src, dest in shipped), f
