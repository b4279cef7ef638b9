"""The window under 5,000 random actions a user can take — typing (valid and not), sliders, combos, undo
and redo, history cleared, tabs opened, duplicated, switched and closed, dialogs opened and closed, saves
and autosaves — without an exception, without a non-finite number on any card, and with bounded memory.
(A random-action run once segfaulted in set_field → undo_stack.push after undo_stack.clear().)"""

import math
import random
import re
import resource

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from engine.fields import number_fields

ACTIONS = 5000
#: growth allowed from action 1,000 to the end. Measured: −2 to +4 MB (RSS ~185 MB throughout, 1 to 6 tabs
#: open); the bound leaves room for the tab count and Qt's caches varying, while leaking what a closed
#: tab or a closed dialog holds (a few MB each, hundreds of times in a run) would exceed it many times
RSS_GROWTH_MB = 40
TEXT_VALUES = ["1e12", "abc", "", "-5", "40%", "４５％", "3億", "1.5T", "0.45", "1e400", "nan", "７", "2,048",
               "0", "99999999999999999999", "1/2", " 12 ", "1e-320"]


def _rss_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cards_are_finite(win):
    for key, card in win.summary.cards.items():
        for text in (card.value.text(), card.detail.text()):
            assert not re.search(r"\b(inf|nan)\b", text, re.IGNORECASE), (key, text)
            assert len(text) < 80, (key, text)  # a 57-digit number once broke the cards


@pytest.mark.slow
def test_five_thousand_random_actions(qtbot, window, tmp_path, monkeypatch):
    rng = random.Random(20261130)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Ok)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: QMessageBox.Ok)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    errors = []
    monkeypatch.setattr("sys.excepthook", lambda *exc: errors.append(exc))
    paths = [f.path for f in number_fields()]
    combos = ["cluster.accelerator", "money.currency", "money.cost_basis", "energy.convention", "law.preset",
              "model.objective"]
    # the user's exchange rates, remembered from earlier sessions: a currency change converts at once
    for currency, rate in {"EUR": 0.92, "GBP": 0.79, "CNY": 7.2, "KRW": 1380.0}.items():
        window.workspace.remember_rate(currency, rate)

    def act(i):
        kind = rng.choice(["type"] * 6 + ["slide"] * 4 + ["combo"] * 3 + ["undo", "redo", "clear", "new",
                           "duplicate", "close", "switch", "dialog", "save", "autosave"])
        editor = window.editor
        if kind == "type":
            f = editor.fields[rng.choice(paths)]
            text = rng.choice([*TEXT_VALUES, f"{rng.uniform(0, 2):.3g}", str(rng.randint(1, 5000))])
            f.edit.setText(text)
            f.edit.textEdited.emit(text)
            if rng.random() < 0.5:
                f.edit.editingFinished.emit()
        elif kind == "slide":
            f = editor.fields[rng.choice([p for p in paths if editor.fields[p].slider is not None])]
            f.slider.setValue(rng.randint(0, 1000))
            if rng.random() < 0.3:
                f.slider.sliderReleased.emit()
        elif kind == "combo":
            combo = editor.widget_for(rng.choice(combos))
            if combo.count():
                combo.activated.emit(rng.randrange(combo.count()))
        elif kind == "undo":
            window.act_undo.trigger()
        elif kind == "redo":
            window.act_redo.trigger()
        elif kind == "clear":
            window.model.undo_stack.clear()
        elif kind == "new" and len(window.documents) < 6:
            window.file_new()
        elif kind == "duplicate" and len(window.documents) < 6:
            window.duplicate()
        elif kind == "close":
            window.close_tab(rng.randrange(len(window.documents)))
        elif kind == "switch":
            window.set_active(rng.randrange(len(window.documents)))
        elif kind == "dialog":
            dialog = rng.choice([window.open_sensitivity, window.open_compare])()
            if dialog is not None and rng.random() < 0.6:  # None: no plan to show (said in a message)
                dialog.close()
        elif kind == "save":
            window.save_to(tmp_path / f"s{rng.randrange(3)}.scaleplan.json")
        elif kind == "autosave":
            window.write_recovery()
        if i % 7 == 0:
            window.model.flush()
            QApplication.processEvents()

    rss_start = None
    for i in range(ACTIONS):
        act(i)
        if i % 50 == 0:
            window.model.flush()
            QApplication.processEvents()
            # what the running event loop does between user actions: objects given to deleteLater go
            # (processEvents alone, outside exec(), never deletes them)
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            _cards_are_finite(window)
            plan = window.model.plan
            if plan is not None:
                assert all(math.isfinite(v) for v in (plan.compute_flop, plan.loss, plan.total_cost,
                                                       plan.wall_clock_days, plan.energy_mwh))
        if i == 1000:
            rss_start = _rss_mb()
    assert not errors, errors[:3]
    growth = _rss_mb() - rss_start
    print(f"RSS {rss_start:.0f} MB at action 1,000, grew {growth:.1f} MB by action {ACTIONS:,}")
    assert growth < RSS_GROWTH_MB, f"RSS grew {growth:.0f} MB over {ACTIONS - 1000} actions"
    for doc in window.documents:
        doc.undo_stack.setClean()
