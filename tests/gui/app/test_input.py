"""The budget editor typed into as a person types (issue 11: items 2, 3, 4, 5, 9 and the input part of 13),
in English and in Japanese, through the automation surface: key clicks, an input method's commits for
what is not ASCII (full-width digits, ％, 億), Return or Tab, the mouse wheel.

- what people type means what they mean: 40％, ４５％, 2.5億円, ¥250,000,000; a bare fraction in a percent
  field is read as percent and says so under the field;
- the field shows the value back in people's form (3億 / 300 M, 1.5兆 / 1.5 T, 40 %), never e-notation;
- a half-typed value is never an edit: nothing is applied before Return, Tab or leaving the field, and an
  invalid entry is never applied — the plan, the undo history and the file keep the last valid value;
- a message under a field goes when the field is valid again;
- the wheel over the editor scrolls it, and changes a combo box or a slider only when that has the focus.
"""

import json
import re

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QSlider

from engine.fields import number_fields
from gui.automation import field, field_error, plan, scenario, settle


def lang(w):
    return w.property("lang")


def type_text(edit, text):
    """Keys for ASCII; what is not ASCII as a Japanese input method delivers it: a preedit, then the
    committed string (QTest's key clicks are ASCII only)."""
    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if chunk.isascii():
            QTest.keyClicks(edit, chunk)
        else:
            QApplication.sendEvent(edit, QInputMethodEvent(chunk, []))
            commit = QInputMethodEvent()
            commit.setCommitString(chunk)
            QApplication.sendEvent(edit, commit)


def retype(w, path, text):
    """Click into the field, select what it shows and type over it (nothing pressed after)."""
    edit = field(w, path)
    edit.setFocus()
    edit.selectAll()
    if text:
        type_text(edit, text)
    else:
        QTest.keyClick(edit, Qt.Key_Backspace)
    return edit


def enter(w, path, text, key=Qt.Key_Return):
    """Type over the field, then Return (or Tab)."""
    edit = retype(w, path, text)
    QTest.keyClick(edit, key)
    settle(w)
    return edit


def note(w, path):
    return w.editor.note_text(path).replace("\u00a0", " ")  # "0.45 %" is kept on one line


# -- 2. percent ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "mfu"), [("40％", 0.40), ("４５％", 0.45), ("45%", 0.45), ("45", 0.45),
                                            ("４５", 0.45), ("0.45 %", 0.0045)])
def test_a_percentage_is_read_as_typed(win, typed, mfu):
    enter(win, "cluster.mfu", typed)
    assert scenario(win)["cluster"]["mfu"] == mfu
    assert plan(win) is not None and win.model.plan.scenario.cluster.mfu == mfu
    assert field_error(win, "cluster.mfu") == "" and note(win, "cluster.mfu") == ""


def test_a_bare_fraction_in_a_percent_field_is_percent_and_says_so(win):
    edit = enter(win, "cluster.mfu", "0.45")
    assert scenario(win)["cluster"]["mfu"] == 0.0045  # applied as typed: 0.45 %
    assert edit.text() == "0.45 %"
    expected = {"en": "read as 0.45 % — did you mean 45 %?",
                "ja": "0.45 % として読み取りました。45 % のつもりですか？"}[lang(win)]
    assert note(win, "cluster.mfu") == expected
    assert field_error(win, "cluster.mfu") == ""  # a note, not an error
    enter(win, "cluster.mfu", "45")
    assert scenario(win)["cluster"]["mfu"] == 0.45 and note(win, "cluster.mfu") == ""
    # the note belongs to the value: undo back to 0.45 %, then away from it
    enter(win, "schedule.goodput", "0.9")
    assert note(win, "schedule.goodput") != ""
    win.act_undo.trigger()
    settle(win)
    assert scenario(win)["schedule"]["goodput"] == 0.9 and note(win, "schedule.goodput") == ""


# -- 3. a half-typed value is not an edit ------------------------------------------------------------
def test_keystrokes_are_not_edits_and_an_invalid_entry_is_never_applied(win, tmp_path, monkeypatch):
    before = plan(win)
    edit = retype(win, "cluster.count", "1e12")
    settle(win)
    assert scenario(win)["cluster"]["count"] == 1024 and plan(win) == before  # not 1e1, not 1
    assert win.model.undo_stack.count() == 0
    assert "out of range" in field_error(win, "cluster.count") or "範囲外" in field_error(win, "cluster.count")
    QTest.keyClick(edit, Qt.Key_Return)
    settle(win)
    assert scenario(win)["cluster"]["count"] == 1024 and plan(win) == before
    assert win.model.undo_stack.count() == 0 and not win.model.dirty
    assert field_error(win, "cluster.count") != ""  # the field says why
    target = tmp_path / "saved.scaleplan.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    win.act_save.trigger()
    assert json.loads(target.read_text(encoding="utf-8"))["cluster"]["count"] == 1024


def test_a_valid_entry_is_applied_on_return_tab_or_leaving_as_one_step(win):
    edit = retype(win, "cluster.count", "2048")
    settle(win)
    assert scenario(win)["cluster"]["count"] == 1024  # still typing
    QTest.keyClick(edit, Qt.Key_Return)
    settle(win)
    assert scenario(win)["cluster"]["count"] == 2048
    assert plan(win) is not None and win.model.plan.scenario.cluster.count == 2048
    assert win.model.undo_stack.count() == 1
    enter(win, "schedule.days", "45", key=Qt.Key_Tab)
    assert scenario(win)["schedule"]["days"] == 45 and win.model.undo_stack.count() == 2
    edit = retype(win, "schedule.goodput", "80")
    field(win, "cluster.count").setFocus()  # leaves the field with the mouse
    settle(win)
    assert scenario(win)["schedule"]["goodput"] == 0.8 and win.model.undo_stack.count() == 3
    win.act_undo.trigger()
    settle(win)
    assert scenario(win)["schedule"]["goodput"] == 0.9


def test_a_slider_still_plans_while_it_is_dragged(win):
    slider = win.findChild(QSlider, "cluster.count.slider")
    counts = []
    slider.setSliderDown(True)
    for pos in range(slider.value(), slider.value() + 60, 20):
        slider.setValue(pos)
        win.model.flush()
        counts.append(plan(win) is not None and win.model.plan.scenario.cluster.count)
    slider.setSliderDown(False)
    assert len(set(counts)) == 3 and win.model.undo_stack.count() == 1


# -- 4. stale errors -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("path", "valid", "expected"), [("energy.cap_mwh", "5", 5.0), ("money.budget", "2億", 2e8),
                                                         ("money.budget", "200M", 2e8)])
def test_a_message_goes_when_the_field_is_valid_again(win, path, valid, expected):
    section, name = path.split(".")
    enter(win, path, "abc", key=Qt.Key_Tab)
    assert "'abc'" in field_error(win, path)
    assert scenario(win)[section][name] is None
    enter(win, path, valid, key=Qt.Key_Tab)
    assert scenario(win)[section][name] == expected
    assert field_error(win, path) == ""
    enter(win, path, "abc", key=Qt.Key_Tab)
    assert "'abc'" in field_error(win, path) and scenario(win)[section][name] == expected
    enter(win, path, "", key=Qt.Key_Tab)  # clearing an optional field: none, and nothing to complain about
    assert scenario(win)[section][name] is None and field_error(win, path) == ""
    enter(win, path, "abc", key=Qt.Key_Tab)
    enter(win, path, "", key=Qt.Key_Tab)  # cleared again while it was already none
    assert field_error(win, path) == ""


@pytest.mark.parametrize(("path", "typed"), [("energy.cap_mwh", "abc"), ("cluster.mfu", "150")])
def test_a_refused_entry_keeps_saying_why_while_other_fields_change(win, path, typed):
    section, name = path.split(".")
    before = scenario(win)[section][name]
    edit = enter(win, path, typed, key=Qt.Key_Tab)
    message = field_error(win, path)
    assert message != ""
    enter(win, "cluster.count", "2048")
    assert edit.text() == typed and field_error(win, path) == message  # still there, still true
    assert scenario(win)[section][name] == before  # and still not applied
    win.findChild(QSlider, "cluster.count.slider").setValue(700)
    settle(win)
    assert edit.text() == typed and field_error(win, path) == message
    enter(win, path, "" if path == "energy.cap_mwh" else "35", key=Qt.Key_Tab)
    assert field_error(win, path) == ""


def test_a_refused_entry_goes_when_its_value_changes_under_it(win):
    edit = enter(win, "cluster.mfu", "150", key=Qt.Key_Tab)
    assert field_error(win, "cluster.mfu") != ""
    win.findChild(QSlider, "cluster.mfu.slider").setValue(500)  # the value moved: the entry is moot
    settle(win)
    assert field_error(win, "cluster.mfu") == "" and edit.text().endswith(" %") and edit.text() != "150"
    enter(win, "energy.cap_mwh", "abc", key=Qt.Key_Tab)
    win.duplicate()  # another tab: its own fields, no message of the first one
    settle(win)
    assert field_error(win, "energy.cap_mwh") == "" and field(win, "energy.cap_mwh").text() == ""


def test_an_out_of_range_message_goes_when_the_field_is_valid_again(win):
    enter(win, "cluster.mfu", "150", key=Qt.Key_Tab)
    assert field_error(win, "cluster.mfu") != "" and scenario(win)["cluster"]["mfu"] == 0.4
    enter(win, "cluster.mfu", "50", key=Qt.Key_Tab)
    assert field_error(win, "cluster.mfu") == "" and scenario(win)["cluster"]["mfu"] == 0.5


# -- 5. the wheel scrolls the panel --------------------------------------------------------------------
def wheel(widget, notches=-1):
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)


def _state(w):
    s = scenario(w)
    return (s["cluster"]["accelerator"], s["money"]["currency"], s["law"], s["model"]["objective"],
            s["cluster"]["count"], s["money"]["price_per_accelerator_hour"])


@pytest.mark.parametrize("target", ["cluster.accelerator", "money.currency", "law.preset", "model.objective",
                                    "cluster.count.slider", "money.price_per_accelerator_hour.slider"])
def test_the_wheel_scrolls_the_editor_unless_the_control_has_the_focus(win, target):
    scroll = win.editor_scroll.verticalScrollBar()
    assert scroll.maximum() > 0
    widget = win.findChild(QSlider, target) if target.endswith(".slider") else field(win, target)
    field(win, "name").setFocus()
    before = _state(win)
    for _ in range(3):
        wheel(widget)
    settle(win)
    assert _state(win) == before and win.model.undo_stack.count() == 0
    assert scroll.value() > 0  # the panel scrolled instead
    widget.setFocus()  # clicked or tabbed into: now the wheel is meant for it
    wheel(widget)
    settle(win)
    assert _state(win) != before and win.model.undo_stack.count() == 1


def test_combos_and_sliders_take_the_focus_by_click_or_tab_not_by_wheel(win):
    for path in ("cluster.accelerator", "money.currency", "law.preset", "model.objective"):
        assert field(win, path).focusPolicy() == Qt.FocusPolicy.StrongFocus
    for slider in win.findChildren(QSlider):
        assert slider.focusPolicy() == Qt.FocusPolicy.StrongFocus


# -- 9. File → Export figures… -------------------------------------------------------------------------
def test_export_figures_from_the_menu(win, tmp_path, monkeypatch):
    folder = tmp_path / "figs"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    try:
        win.act_figures.trigger()
    except TypeError:  # PySide re-raises a slot's exception here in some versions
        pass
    assert warned == []
    assert folder.is_dir() and len(list(folder.iterdir())) == 15


# -- 13. money as people write it, values shown back in their form -------------------------------------
@pytest.mark.parametrize("typed", ["2.5億円", "¥250,000,000", "￥２億５０００万", "250M", "2億5000万"])
def test_money_as_people_write_it(win, typed):
    edit = enter(win, "money.budget", typed)
    assert scenario(win)["money"]["budget"] == 2.5e8 and field_error(win, "money.budget") == ""
    assert edit.text() == {"en": "250 M", "ja": "2.5億"}[lang(win)]


def test_another_currency_is_refused_not_relabelled(win):
    enter(win, "money.price_per_accelerator_hour", "$3.5")
    assert scenario(win)["money"]["price_per_accelerator_hour"] == 442.5
    assert "USD" in field_error(win, "money.price_per_accelerator_hour")
    assert "JPY" in field_error(win, "money.price_per_accelerator_hour")


@pytest.mark.parametrize(("path", "typed", "value", "en", "ja"), [
    ("money.budget", "3億", 3e8, "300 M", "3億"),
    ("data.unique_tokens", "1.5兆", 1.5e12, "1.5 T", "1.5兆"),
    ("data.unique_tokens", "1.5T", 1.5e12, "1.5 T", "1.5兆"),
    ("cluster.mfu", "40", 0.4, "40 %", "40 %"),
    ("cluster.count", "250万", 2_500_000, "2.5 M", "250万"),
    ("cluster.peak_flop_per_s", "2.25e15", 2.25e15, "2.25 P", "2.25 P"),
    ("money.price_per_accelerator_hour", "12000", 12_000, "12,000", "1.2万"),
])
def test_the_field_echoes_the_value_in_peoples_form(win, path, typed, value, en, ja):
    section, name = path.split(".")
    edit = enter(win, path, typed)
    assert scenario(win)[section][name] == value
    assert edit.text() == {"en": en, "ja": ja}[lang(win)]


def test_no_field_shows_e_notation_and_each_reads_back_unchanged(win):
    """Every field as shown, confirmed with Return: the same scenario, no undo step (the round trip the
    property test in tests/gui/text/test_numbers.py checks over each field's whole range)."""
    win.model.set_field("model.objective", "fixed_run")
    for path, v in (("data.unique_tokens", 1.23456e13), ("money.budget", 3.5e8), ("energy.cap_mwh", 1234.5),
                    ("model.inference_tokens", 1e20), ("cluster.memory_gb", 80.0)):
        win.model.set_field(path, v)
    settle(win)
    before, steps = scenario(win), win.model.undo_stack.count()
    for spec in number_fields():
        edit = field(win, spec.path)
        assert not re.search(r"\d[eE][+-]?\d", edit.text()), (spec.path, edit.text())
        if not edit.isEnabled():
            continue
        retype(win, spec.path, edit.text())
        QTest.keyClick(edit, Qt.Key_Return)
        settle(win)
        assert scenario(win) == before, (spec.path, edit.text())
    assert win.model.undo_stack.count() == steps
