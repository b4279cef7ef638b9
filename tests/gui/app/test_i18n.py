"""Japanese and English: the translation sources are complete and consistent, the compiled file loads,
the window switches language while running, and findings and money read naturally in Japanese."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import engine

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "i18n" / "scaleplan_ja.ts"


def _messages():
    return [(m.find("source").text, m.find("translation")) for m in ET.parse(TS).getroot().iter("message")]


def test_japanese_translation_is_complete_and_keeps_every_placeholder():
    messages = _messages()
    assert len(messages) > 200
    unfinished = [src for src, t in messages if t.get("type") == "unfinished" or not (t.text or "").strip()]
    assert unfinished == []

    def placeholders(text):
        return sorted(re.findall(r"\{[^}]*\}", text)) + sorted(re.findall(r"%[sd]", text))

    assert [src for src, t in messages if placeholders(src) != placeholders(t.text)] == []


def test_every_finding_template_is_in_the_translation():
    """Templates live in the engine (no Qt) and are collected by lupdate: none may be missed."""
    sources = {src for src, _ in _messages()}
    text = (ROOT / "engine" / "planner.py").read_text(encoding="utf-8")
    templates = re.findall(r'QT_TR_NOOP\(((?:"[^"]*"\s*)+)\)', text)
    assert len(templates) >= 25
    for literal in templates:
        joined = "".join(re.findall(r'"([^"]*)"', literal))
        assert joined in sources, joined


@pytest.fixture
def japanese(qapp):
    from gui.app.i18n import set_language

    assert set_language("ja") == "ja", "resources/i18n/scaleplan_ja.qm missing: run make translations"
    yield
    set_language("en")


def test_window_in_japanese_with_findings_and_money(qtbot, japanese, tmp_path):
    from gui.app.window import MainWindow

    s = engine.default_scenario().with_changes("money.budget", 2e8)
    win = MainWindow(s, restore_state=False)
    qtbot.addWidget(win)
    win.model.flush()
    assert win.menuBar().actions()[0].text() == "ファイル(&F)"
    assert win.summary.cards["cost"].value.text() == "¥3.26億"  # a rental: power included
    budget = next(lab for lab in win.findings.labels if lab.objectName() == "finding.budget.exceeded")
    assert "予算¥2億を¥1.26億（63%）超えます" in budget.text()
    assert "学習期間を" in budget.text()  # the fix, translated too
    assert win.plot("loss").getPlotItem().titleLabel.text == "損失と計算量"
    win.model.undo_stack.setClean()


def test_switching_language_keeps_the_document_and_its_history(qtbot, window):
    from gui.app.i18n import current_language, set_language

    try:
        window.model.set_field("cluster.count", 2048)
        window.model.flush()
        window.language_actions["ja"].trigger()
        from gui.app.window import MainWindow

        new = next(w for w in MainWindow._alive if w is not window and w.isVisible())
        qtbot.addWidget(new)
        assert current_language() == "ja"
        assert new.model is window.model and new.model.scenario.cluster.count == 2048
        assert new.editor.fields["cluster.count"].edit.text() == "2,048"
        assert new.summary.cards["compute"].title.text() == "計算量"
        new.act_undo.trigger()  # the history came along
        new.model.flush()
        assert new.model.scenario.cluster.count == 1024
        assert not window.isVisible()
        new.model.undo_stack.setClean()
    finally:
        set_language("en")


def test_field_errors_in_japanese(qtbot, japanese):
    from gui.app.window import MainWindow

    win = MainWindow(restore_state=False)
    qtbot.addWidget(win)
    field = win.editor.fields["cluster.mfu"]
    win.model.set_field("cluster.mfu", 1.5)
    assert field.error.text() == "150 % は範囲外です（0.1 ～ 100 %）"
    field._typed("abc")
    assert field.error.text().startswith("'abc' は数値ではありません")
    assert win.summary.cards["loss"].toolTip().startswith("損失：")
    win.model.undo_stack.setClean()
