"""Issue 14 in the window, as a planner uses it: DeepSeek-V3 and Llama 3.1 405B side by side in two tabs with
their published hours and memory; experts, precision and context typed and chosen in the editor."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.automation import field, open_window, plan, result_text, settle
from tests.gui.app.test_input import enter
from tests.gui.app.test_trust import choose

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"


@pytest.fixture(params=["en", "ja"])
def two(request, qtbot, tmp_path):
    from gui.app.i18n import set_language

    w = open_window([EXAMPLES / "deepseek-v3-replica.scaleplan.json",
                     EXAMPLES / "llama-3.1-405b-replica.scaleplan.json"], lang=request.param,
                    state_dir=tmp_path / "state")
    qtbot.waitExposed(w)
    w.setProperty("lang", request.param)
    yield w
    for doc in w.documents:
        doc.undo_stack.setClean()
    w.close()
    w.deleteLater()
    set_language("en")


def click_tab(w, index):
    QTest.mouseClick(w.tabs, Qt.LeftButton, pos=w.tabs.tabRect(index).center())
    settle(w)


def test_published_hours_and_memory_side_by_side(two):
    ja = two.property("lang") == "ja"
    click_tab(two, 0)
    assert result_text(two, "accelerator_hours") == ("266万" if ja else "2.66 M")  # 2.664 M published
    assert result_text(two, "memory") == ("68.5 GiB / 80 GiB" if ja else "68.5 GiB of 80 GiB")
    assert two.summary.cards["memory"].property("alert") in (None, "")
    assert two.summary.cards["params"].detail.text() == ("総数 6,710億" if ja else "of 671 B in all")
    click_tab(two, 1)
    assert result_text(two, "accelerator_hours") == ("3,130万" if ja else "31.3 M")  # 30.84 M published
    assert two.summary.cards["memory"].property("alert") == "warning"  # fits, with little headroom
    assert "TP 8 · PP 16" in two.summary.cards["memory"].detail.text()
    # DeepSeek-V3 on 64 H800: typed, the memory card turns red and the finding says what would fit
    click_tab(two, 0)
    enter(two, "cluster.count", "64")
    enter(two, "parallel.expert", "4")
    assert two.summary.cards["memory"].property("alert") == "error"
    codes = [f["code"] for f in plan(two)["findings"]]
    assert "memory.infeasible" in codes


def test_experts_typed_make_a_mixture_and_cleared_a_dense_model(win):
    ja = win.property("lang") == "ja"
    assert not field(win, "model.moe.active_experts").isEnabled()  # dense: nothing to count
    enter(win, "model.moe.experts", "64")
    p = plan(win)
    assert p["n_params_total"] > 2 * p["n_params_active"]
    assert field(win, "model.moe.active_experts").isEnabled()
    assert win.summary.cards["params"].value.text().endswith("アクティブ" if ja else "active")
    enter(win, "model.moe.active_experts", "80")  # more active than there are: refused, the plan kept
    assert win.editor.error_text("model.moe.active_experts")
    assert plan(win)["n_params_total"] == p["n_params_total"]
    enter(win, "model.moe.experts", "")
    p = plan(win)
    assert p["n_params_total"] == p["n_params_active"]


def test_fp8_doubles_the_peak_and_an_a100_stays_bf16(win):
    ja = win.property("lang") == "ja"
    bf16_params = plan(win)["n_params"]
    choose(win, "cluster.precision", "fp8")
    p = plan(win)
    assert p["precision"] == "fp8" and p["n_params"] > bf16_params  # twice the FLOP in the same 30 days
    assert field(win, "cluster.peak_flop_per_s").text().startswith("1.979")
    choose(win, "cluster.accelerator", "a100-80gb-sxm")  # no FP8: back to BF16, said at the peak
    assert plan(win)["precision"] == "bf16"
    assert ("FP8" in win.editor.note_text("cluster.peak_flop_per_s"))
    choose(win, "cluster.precision", "fp8")  # refused, said why
    assert plan(win)["precision"] == "bf16"
    assert ("行列演算ユニット" if ja else "no FP8 matrix units") in win.editor.note_text("cluster.peak_flop_per_s")


def test_context_length_adds_attention_on_the_compute_card(win):
    ja = win.property("lang") == "ja"
    enter(win, "model.context_tokens", "32768")
    p = plan(win)
    assert p["attention_flop_share"] > 0.05 and p["context_tokens"] == 32768
    detail = win.summary.cards["compute"].detail.text()
    assert detail.startswith("アテンション込み" if ja else "with attention")
