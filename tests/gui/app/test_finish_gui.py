"""Issue 15 in the window: goodput from failures chosen in the editor, the site's power cap typed, and "What
would it take" opened from the View menu, a row opened as a new tab."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.automation import field, open_window, plan, settle
from tests.gui.app.test_input import enter
from tests.gui.app.test_trust import choose

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"


def test_goodput_from_failures_falls_with_the_cluster(win):
    ja = win.property("lang") == "ja"
    choose(win, "schedule.reliability", "modelled")
    p = plan(win)
    assert p["failure_waste"] is not None and 0.9 < p["goodput"] < 1.0
    assert not field(win, "schedule.goodput").isEnabled()  # the plan's, shown
    assert ("故障" in win.summary.cards["hours"].detail.text()) if ja else \
        "from failures" in win.summary.cards["hours"].detail.text()
    enter(win, "cluster.count", "200000")
    assert plan(win)["goodput"] < p["goodput"]
    assert win.summary.cards["hours"].property("alert") == "warning"  # failures eat more than 10 %
    choose(win, "schedule.reliability", "typed")
    assert plan(win)["goodput"] == 0.9 and plan(win)["failure_waste"] is None


def test_a_power_cap_typed_reddens_the_power_card(win):
    enter(win, "cluster.count", "16384")
    enter(win, "energy.cap_mw", "10")
    assert win.summary.cards["power"].property("alert") == "error"
    f = [f for f in plan(win)["findings"] if f["code"] == "energy.power_cap_exceeded"]
    assert f and "11,904" in f[0]["fix"]
    enter(win, "cluster.count", "8192")
    assert win.summary.cards["power"].property("alert") in (None, "")


def test_what_would_it_take_opens_a_row_as_a_new_tab(qtbot, tmp_path):
    w = open_window([EXAMPLES / "llama-3.1-405b-replica.scaleplan.json"], state_dir=tmp_path / "state")
    qtbot.waitExposed(w)
    try:
        w.act_alternatives.trigger()
        settle(w)
        dialog = w._dialogs["alternatives"]
        table = dialog.table
        assert table.rowCount() >= 3
        counts = [int(table.item(r, 0).text().replace(",", "")) for r in range(table.rowCount())]
        assert counts == sorted(counts) and 16384 in counts
        row = counts.index(counts[-1])
        rect = table.visualItemRect(table.item(row, 0))
        QTest.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
        QTest.mouseClick(dialog.open_button, Qt.LeftButton)
        settle(w)
        assert len(w.documents) == 2
        p = plan(w)
        assert p["n_params"] == 405e9 and p["n_tokens"] == 15.6e12
        assert w.model.scenario.cluster.count == counts[-1]
        assert f"{counts[-1]:,} ×" in w.model.scenario.name  # named for what it is
    finally:
        for doc in w.documents:
            doc.undo_stack.setClean()
        w.close()
        w.deleteLater()


def test_what_would_it_take_follows_edits_once_they_pause_never_per_frame(win, qtbot):
    win.act_alternatives.trigger()
    settle(win)
    dialog = win._dialogs["alternatives"]
    computed = dialog.recompute_count
    for count in (1024, 2048, 4096):  # a drag's frames: ~24 plans each would cost the plots their frame
        win.model.set_field("cluster.count", count, merge=True)
        win.model.flush()
    assert dialog.recompute_count == computed
    qtbot.waitUntil(lambda: dialog.recompute_count == computed + 1, timeout=2000)
    counts = [int(dialog.table.item(r, 0).text().replace(",", "")) for r in range(dialog.table.rowCount())]
    assert 4096 in counts  # the scenario's own size, as it now is
