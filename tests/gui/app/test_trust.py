"""Issue 11, items 1, 6, 7 and the rest of 13, as a person does them, in English and Japanese:

- the currency: choosing another one converts every amount at the user's rate (asked for when unknown),
  the catalogue's USD prices are converted on fill, compare and overlays are in one currency;
- a scenario whose inputs have no plan says so on the cards (greyed, with the reason), and re-plans on the
  next valid edit;
- names say what the scenario is in the interface language and follow it until the user renames it;
- greyed outputs show the plan's value; a TPU's missing power is said; the default price is the one the
  H100 fills; a drag back to where it started is no undo step; `scaleplan --lang ja FILE`.
"""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QSlider

import engine
from gui.automation import field, plan, result_text, scenario, settle
from tests.gui.app.test_input import enter


def lang(w):
    return w.property("lang")


def choose(w, path, text):
    """Click the combo box, then the item with this text (or data) in its list."""
    combo = field(w, path)
    index = combo.findText(text)
    if index < 0:
        index = combo.findData(text)
    assert index >= 0, text
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    rect = view.visualRect(view.model().index(index, 0))
    QTest.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    settle(w)


def answer_rate(w, text, convert=True):
    """When the rate dialog opens, type ``text`` into it and press Convert (or Cancel)."""
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "rate-dialog":
            QTimer.singleShot(20, fill)
            return
        seen["dialog"] = True
        QTest.keyClicks(dialog.edit, text)
        seen["ok"] = dialog.buttons.buttons()[0].isEnabled()
        (dialog.accept if convert else dialog.reject)()

    QTimer.singleShot(0, fill)
    return seen


# -- 1. money -----------------------------------------------------------------------------------------------
def test_switching_to_usd_converts_every_amount_and_back(win):
    before = plan(win)
    assert before["currency"] == "JPY"
    choose(win, "money.currency", "USD")
    s, p = scenario(win), plan(win)
    assert s["money"]["currency"] == "USD" and s["money"]["per_usd"] == 1.0
    assert s["money"]["price_per_accelerator_hour"] == pytest.approx(2.95, rel=1e-12)
    assert s["energy"]["price_per_kwh"] == pytest.approx(25 / 150, rel=1e-9)
    assert p["total_cost"] == pytest.approx(before["total_cost"] / 150, rel=1e-9)
    assert field(win, "money.price_per_accelerator_hour").text() == "2.95"
    assert win.editor.fields["money.price_per_accelerator_hour"].unit.text() == "USD/h"
    assert not win.editor.fields["money.per_usd"].isEnabled()  # a dollar is a dollar
    assert result_text(win, "total_cost") == {"en": "$2.17M", "ja": "217万ドル"}[lang(win)]
    assert win.statusBar().currentMessage() != ""  # says what was converted, at which rate
    # a catalogue price in USD is filled as it is quoted, not × 150
    choose(win, "cluster.accelerator", "b200")
    assert scenario(win)["money"]["price_per_accelerator_hour"] == 5.29
    choose(win, "cluster.accelerator", "h100-sxm")
    choose(win, "money.currency", "JPY")  # back at the rate it was converted at
    s = scenario(win)
    assert s["money"]["currency"] == "JPY" and s["money"]["per_usd"] == 150.0
    assert s["money"]["price_per_accelerator_hour"] == pytest.approx(442.5, rel=1e-9)
    assert s["energy"]["price_per_kwh"] == pytest.approx(25, rel=1e-9)
    assert plan(win)["total_cost"] == pytest.approx(before["total_cost"], rel=1e-9)
    win.act_undo.trigger()  # one step per conversion
    settle(win)
    assert scenario(win)["money"]["currency"] == "USD"


def test_a_currency_without_a_known_rate_asks_for_it(win):
    before = scenario(win)
    seen = answer_rate(win, "0.92")
    choose(win, "money.currency", "EUR")
    assert seen == {"dialog": True, "ok": True}
    s = scenario(win)
    assert s["money"]["currency"] == "EUR" and s["money"]["per_usd"] == 0.92
    assert s["money"]["price_per_accelerator_hour"] == pytest.approx(442.5 / 150 * 0.92, rel=1e-9)
    assert win.editor.fields["money.per_usd"].unit.text().startswith("€")
    # cancelled: nothing changes, the combo shows the scenario's currency again
    seen = answer_rate(win, "7.2", convert=False)
    choose(win, "money.currency", "CNY")
    assert seen["dialog"] and scenario(win)["money"] == s["money"]
    assert field(win, "money.currency").currentText() == "EUR"
    assert before["money"]["currency"] == "JPY"


def test_the_rate_dialog_refuses_what_is_not_a_rate(win):
    seen = answer_rate(win, "abc", convert=False)
    choose(win, "money.currency", "GBP")
    assert seen == {"dialog": True, "ok": False}
    assert scenario(win)["money"]["currency"] == "JPY"


def test_compare_and_overlays_use_one_currency(win, qtbot):
    first = win.model
    copy = win.duplicate()
    choose(win, "money.currency", "USD")
    enter(win, "cluster.count", "2048")
    dialog = win.open_compare()
    qtbot.addWidget(dialog)
    table = dialog.table
    labels = [table.verticalHeaderItem(i).text() for i in range(table.rowCount())]
    cost = labels.index({"en": "Total cost", "ja": "総費用"}[lang(win)])
    # both columns in the first scenario's yen, the second converted from its dollars
    assert table.item(cost, 0).text().startswith("¥") and table.item(cost, 1).text().startswith("¥")
    currency = labels.index({"en": "Currency", "ja": "通貨"}[lang(win)])
    assert "USD" in table.item(currency, 1).text() and "150" in table.item(currency, 1).text()
    # the copy (on screen, in USD) sees the first scenario's cost in dollars on its cost plot
    others = win._overlay_plans()
    assert [p.currency for _name, p, _colour in others] == ["USD"]
    assert others[0][1].total_cost == pytest.approx(first.plan.total_cost / 150, rel=1e-9)
    assert copy.plan.currency == "USD"


def test_the_wheel_over_the_currency_does_not_convert(win):
    from tests.gui.app.test_input import wheel

    combo = field(win, "money.currency")
    win.editor.fields["cluster.count"].edit.setFocus()
    wheel(combo, -120)
    settle(win)
    assert scenario(win)["money"]["currency"] == "JPY" and win.model.undo_stack.count() == 0


# -- 6. stale --------------------------------------------------------------------------------------------
def test_a_plan_that_cannot_be_computed_is_marked_stale_and_recovers(win):
    enter(win, "data.unique_tokens", {"en": "50B", "ja": "500億"}[lang(win)])
    choose(win, "law.preset", "muennighoff-2023")
    choose(win, "model.objective", "target_loss")  # the target filled in is the plan's own loss: reachable
    last = win.model.plan
    stale = win.summary.stale
    assert not stale.isVisible()
    enter(win, "model.target_loss", "2.0")
    assert stale.isVisible()
    reason = stale.text()
    assert "2.094" in reason and "(>" not in reason and "allowed" not in reason
    assert {"en": "Choose a target above 2.094", "ja": "2.094"}[lang(win)] in reason
    assert all(card._stale for card in win.summary.cards.values())
    assert all(p.stale() for p in win.plots)  # greyed, saying why
    assert plan(win) is None and win.model.plan is last  # no plan for these inputs; the last one on screen
    enter(win, "cluster.mfu", "53.6")
    assert stale.isVisible() and scenario(win)["cluster"]["mfu"] == 0.536 and win.model.plan is last
    enter(win, "model.target_loss", "2.3")  # the next valid edit re-plans
    assert not stale.isVisible() and not any(card._stale for card in win.summary.cards.values())
    assert not any(p.stale() for p in win.plots)
    assert plan(win)["loss"] == pytest.approx(2.3, rel=1e-6) and plan(win)["scenario"] == scenario(win)["name"]


# -- 7. names ----------------------------------------------------------------------------------------------
def test_a_new_scenario_is_named_in_the_interface_language_and_follows_the_plan(win):
    name = scenario(win)["name"]
    assert name == {"en": "1,024 × H100 SXM5, 30 days", "ja": "H100 SXM5 × 1,024台・30日間"}[lang(win)]
    choose(win, "cluster.accelerator", "b200")
    enter(win, "cluster.count", "45709")
    assert "B200" in scenario(win)["name"] and "45,709" in scenario(win)["name"]
    choose(win, "model.objective", "fixed_run")
    enter(win, "model.n_tokens", "50T")
    name = scenario(win)["name"]
    assert "50 T" in name or "50兆" in name
    assert field(win, "name").text() == name
    win.act_new.trigger()
    settle(win)
    assert scenario(win)["name"] == {"en": "1,024 × H100 SXM5, 30 days",
                                     "ja": "H100 SXM5 × 1,024台・30日間"}[lang(win)]


def test_a_name_the_user_types_is_theirs(win):
    edit = field(win, "name")
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "Board option A")
    QTest.keyClick(edit, Qt.Key_Return)
    enter(win, "cluster.count", "2048")
    assert scenario(win)["name"] == "Board option A"
    copy = win.duplicate()
    assert copy.scenario.name == "Board option A (2)"  # no "(copy)" / "（コピー）" in another language
    win.duplicate()
    assert win.model.scenario.name == "Board option A (3)"


def test_notes_are_edited_in_the_window(win):
    notes = win.editor.notes
    notes.setFocus()
    QTest.keyClicks(notes, "Assumes the Q3 cluster")
    win.editor.fields["cluster.count"].edit.setFocus()  # leaving the notes applies them
    settle(win)
    assert scenario(win)["notes"] == "Assumes the Q3 cluster"
    win.act_undo.trigger()
    settle(win)
    assert scenario(win)["notes"] == "" and notes.toPlainText() == ""


# -- 13. the smaller ones -------------------------------------------------------------------------------------
def test_a_greyed_field_shows_the_plans_value_not_a_stale_input(win):
    choose(win, "model.objective", "fixed_run")
    enter(win, "model.n_tokens", "50T")
    days = plan(win)["wall_clock_days"]
    assert days > 300
    edit = field(win, "schedule.days")
    assert not edit.isEnabled() and edit.text() == f"{float(f'{days:.4g}'):,g}"
    assert scenario(win)["schedule"]["days"] == 30  # the input itself is kept for when it is used again


def test_a_tpu_without_a_power_figure_says_what_was_kept(win):
    choose(win, "cluster.accelerator", "tpu-v5e")
    assert scenario(win)["cluster"]["power_w"] == 700
    note = win.editor.note_text("cluster.power_w")
    assert "700 W" in note


def test_the_default_price_is_what_reselecting_the_h100_fills(win):
    default = scenario(win)["money"]["price_per_accelerator_hour"]
    choose(win, "cluster.accelerator", "b200")
    choose(win, "cluster.accelerator", "h100-sxm")
    assert scenario(win)["money"]["price_per_accelerator_hour"] == default == 442.5


def test_a_drag_back_to_where_it_started_is_no_undo_step(win):
    slider = win.findChild(QSlider, "cluster.count.slider")
    start = slider.value()
    slider.setSliderDown(True)  # pressed (sliderPressed)
    for pos in (start + 30, start + 60, start):
        slider.setValue(pos)
        win.model.flush()
    slider.setSliderDown(False)
    settle(win)
    assert scenario(win)["cluster"]["count"] == 1024
    assert win.model.undo_stack.count() == 0 and not win.model.dirty


@pytest.mark.parametrize("argv", [["--lang", "ja", "{f}"], ["{f}", "--lang", "ja"], ["--lang=ja", "{f}"]])
def test_the_language_option_may_come_before_the_file(argv, tmp_path, monkeypatch):
    import gui.app.start
    from gui.cli import main

    path = tmp_path / "a.scaleplan.json"
    engine.save(engine.default_scenario(), path)
    seen = []
    monkeypatch.setattr(gui.app.start, "run_gui", lambda file, language: seen.append((file, language)) or 0)
    assert main([a.format(f=path) for a in argv]) == 0
    assert seen == [(str(path), "ja")]


def test_a_box_never_hides_a_refused_conversion(win, monkeypatch):
    """A budget that would leave its range in the new currency: refused with a message, nothing changed."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    enter(win, "money.budget", {"en": "5000T", "ja": "5000兆"}[lang(win)])
    seen = answer_rate(win, "1380")
    choose(win, "money.currency", "KRW")
    assert seen["dialog"] and shown and scenario(win)["money"]["currency"] == "JPY"
    assert field(win, "money.currency").currentText() == "JPY"
