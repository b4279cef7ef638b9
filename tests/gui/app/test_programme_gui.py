"""Issue 16 in the window, as a budget owner uses it: the whole programme and serving switched on in the
editor, a bought cluster, the cards, and View → Programme with its stages, cash flow, trade-off and
compliance."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.automation import field, open_window, plan, settle
from tests.gui.app.test_input import enter
from tests.gui.app.test_trust import choose

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"


def test_the_whole_programme_is_one_choice_and_one_undo_step(win):
    ja = win.property("lang") == "ja"
    assert plan(win)["programme"] is None
    assert not field(win, "programme.development_multiple").isEnabled()  # nothing to edit until it is planned
    choose(win, "programme", "on")
    p = plan(win)
    assert p["programme"] is not None and win.model.scenario.programme is not None
    assert field(win, "programme.development_multiple").isEnabled()
    card = win.summary.cards["cost"]
    assert card.title.text() == ("プログラム費用" if ja else "Programme cost")
    assert ("¥" in card.value.text()) and card.property("alert") in (None, "")
    assert win.model.plan.programme.total_cost > win.model.plan.total_cost
    enter(win, "programme.rl_share", "20%")
    assert win.model.scenario.programme.rl_share == pytest.approx(0.20)
    win.act_undo.trigger()
    settle(win)
    win.act_undo.trigger()
    settle(win)
    assert win.model.scenario.programme is None  # the switch was one step
    assert card.title.text() == ("総費用" if ja else "Total cost")


def test_serving_planned_sizes_accelerators_and_feeds_the_target_loss(win):
    choose(win, "serving", "on")
    p = plan(win)
    assert p["serving"]["accelerators"] >= 1 and p["serving"]["bound"] in ("memory", "compute")
    assert field(win, "serving.accelerator").isEnabled()
    before = p["serving"]["accelerators"]
    enter(win, "serving.queries_per_day", "1億")
    assert plan(win)["serving"]["accelerators"] > before
    choose(win, "model.objective", "target_loss")
    inference = field(win, "model.inference_tokens")
    assert not inference.isEnabled()  # from the serving section: queries × tokens × months
    assert plan(win)["inference_tokens"] == pytest.approx(1e8 * 1000 * 12 * 365.25 / 12)


def test_a_bought_cluster_shows_its_hourly_write_off(win):
    choose(win, "money.cost_basis", "purchased")
    p = plan(win)
    price = field(win, "money.price_per_accelerator_hour")
    assert not price.isEnabled()  # the plan's: the purchase written off
    assert field(win, "money.depreciation_years").isEnabled()
    hourly = p["accelerator_hour_price"]
    assert hourly == pytest.approx(34884 * 150 * 1.235 / (5 * 8766 * 0.8))
    enter(win, "money.depreciation_years", "3")
    assert plan(win)["accelerator_hour_price"] == pytest.approx(hourly * 5 / 3)
    assert plan(win)["energy_cost"] > 0  # the power is paid on top


def test_a_bought_accelerator_without_a_catalogue_price_says_what_to_enter(win):
    choose(win, "cluster.accelerator", "tpu-v5p")
    choose(win, "money.cost_basis", "purchased")
    assert win.model.scenario.money.cost_basis == "rented"  # unchanged, and said why
    assert field(win, "money.cost_basis").currentData() == "rented"


def test_the_programme_dialog_follows_the_plan(qtbot, tmp_path):
    w = open_window([EXAMPLES / "programme-ja.scaleplan.json"], state_dir=tmp_path / "state")
    qtbot.waitExposed(w)
    try:
        w.act_programme.trigger()
        settle(w)
        dialog = w._dialogs["programme"]
        assert dialog.tabs.isVisible() and dialog.empty.isHidden()
        stages = w.model.plan.programme.stages
        assert dialog.table.rowCount() == len(stages) + 1  # and the total
        assert [dialog.table.item(i, 0).text() for i in range(len(stages))][1] == "Pre-training (final run)"
        assert "10²⁵" in dialog.compliance.text()
        assert dialog.documentation.rowCount() == 6
        assert dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.think_tab))
        xs, ys = dialog.central.getData()
        assert len(xs) == 81 and min(ys) <= w.model.plan.programme.total_cost * (1 + 1e-9)
        total = w.model.plan.programme.total_cost
        computed = dialog.recompute_count
        enter(w, "programme.development_multiple", "3")
        assert dialog.recompute_count == computed  # once the edits pause
        qtbot.waitUntil(lambda: dialog.recompute_count == computed + 1, timeout=2000)
        assert w.model.plan.programme.total_cost > total
        QTest.mouseClick(dialog.copy_button, Qt.LeftButton)
        from PySide6.QtGui import QGuiApplication

        assert "FLOP" in QGuiApplication.clipboard().text()
    finally:
        for doc in w.documents:
            doc.undo_stack.setClean()
        w.close()
        w.deleteLater()


def test_the_programme_dialog_says_what_to_plan_without_one(win):
    win.act_programme.trigger()
    settle(win)
    dialog = win._dialogs["programme"]
    assert dialog.empty.isVisible() and dialog.tabs.isHidden()
    choose(win, "programme", "on")
    dialog.flush()
    assert dialog.tabs.isVisible()


def test_every_menus_mnemonics_are_unique(win):
    """Alt + a letter opens one item (P was Presentation mode's before Programme took it too)."""
    for menu_action in win.menuBar().actions():
        letters = []
        for action in menu_action.menu().actions():
            text = action.text().replace("&&", "")
            if "&" in text:
                letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), (menu_action.text(), letters)


def test_a_bought_cluster_is_never_said_to_include_the_power():
    """The key numbers said "power included in the rental" for a bought cluster, whose energy is paid on top
    (found on the Japanese PDF's first page)."""
    import engine
    from gui.text.tables import assumptions, key_numbers

    p = engine.plan(engine.load(EXAMPLES / "programme-ja.scaleplan.json"))
    cost = dict(key_numbers(p))["Total cost"]
    assert "power included" not in cost and "energy" in cost
    words = " ".join(text for _, text in assumptions(p))
    assert "a bought cluster" in words and "written off over 5 years" in words and "busy 80" in words


@pytest.mark.parametrize("extreme", [
    {"serving.queries_per_day": 1e13, "serving.tokens_per_query": 1e8, "serving.reasoning_share": 0.999},
    {"serving.queries_per_day": 1.0, "serving.tokens_per_query": 1.0, "serving.months": 0.03},
    {"programme.development_multiple": 100.0, "programme.rl_share": 1.0, "programme.post_training_count": 1,
     "programme.post_training_mfu": 0.001},
])
def test_the_programme_dialog_shows_the_extremes_of_every_range(qtbot, tmp_path, extreme):
    w = open_window([EXAMPLES / "programme-ja.scaleplan.json"], state_dir=tmp_path / "state")
    qtbot.waitExposed(w)
    try:
        for path, value in extreme.items():
            assert w.model.set_field(path, value), path
        settle(w)
        w.act_programme.trigger()
        settle(w)
        dialog = w._dialogs["programme"]
        for i in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(i)
            settle(w)
        assert dialog.tabs.isVisible() and dialog.table.rowCount() >= 3
        assert "nan" not in dialog.summary.text().lower() and "inf" not in dialog.summary.text().lower()
    finally:
        for doc in w.documents:
            doc.undo_stack.setClean()
        w.close()
        w.deleteLater()


def test_a_bought_cluster_moved_to_an_accelerator_without_a_price_keeps_the_price_and_says_so(win):
    """Found by the 5,000-action stress test: bought H100s, then an L40S (no catalogue purchase price) raised
    a ScenarioError out of the combo box — a traceback for a user."""
    choose(win, "money.cost_basis", "purchased")
    before = plan(win)["accelerator_hour_price"]
    choose(win, "cluster.accelerator", "l40s")
    assert win.model.scenario.cluster.accelerator == "l40s"
    assert win.model.scenario.money.purchase_price_per_accelerator == pytest.approx(34884 * 150)
    assert plan(win)["accelerator_hour_price"] == pytest.approx(before)
    assert "L40S" in win.editor.note_text("money.purchase_price_per_accelerator")


def test_serving_on_an_accelerator_without_a_price_is_refused_and_the_choice_goes_back(win):
    choose(win, "serving", "on")
    choose(win, "serving.accelerator", "gaudi3")  # no rental price in the catalogue, none typed
    assert win.model.scenario.serving.accelerator == "h100-sxm"
    assert field(win, "serving.accelerator").currentData() == "h100-sxm"
