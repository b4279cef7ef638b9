"""Files are only data: names, law names and sources from a file are shown literally everywhere — never as
Qt rich text (a scenario named `<img src=/dev/zero>` once aborted the process with std::bad_alloc)."""

import html
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import engine
from gui.automation import open_window

PAYLOAD = "<img src=/dev/zero><b>bold</b> & <a href='file:///etc/passwd'>x</a>"


@pytest.fixture
def hostile(tmp_path):
    s = engine.default_scenario()
    d = json.loads(engine.dumps(s))
    d["name"] = "Plan " + PAYLOAD
    d["law"] = {"name": "Law " + PAYLOAD, "E": 1.8172, "A": 482.0, "B": 2085.4, "alpha": 0.3478,
                "beta": 0.3658, "source": "Source " + PAYLOAD, "compute_range_flop": [1e18, 1e22],
                "samples": [[1.81, 480.0, 2080.0, 0.347, 0.365], [1.82, 484.0, 2090.0, 0.348, 0.366]]}
    path = tmp_path / "hostile.scaleplan.json"
    path.write_text(json.dumps(d))
    return path


def test_a_hostile_file_opens_and_shows_its_strings_literally(qtbot, hostile, tmp_path, monkeypatch):
    win = open_window([hostile], state_dir=tmp_path / "state")
    qtbot.addWidget(win)
    assert win.tabs.tabText(0).startswith("Plan <img")  # a tab's text is plain
    source = win.editor.law_source
    assert source.textFormat() == Qt.TextFormat.PlainText and PAYLOAD in source.text()
    legend = [label.text for _, label in win.plot("loss").legend.items]
    assert any(html.escape("Law <img src=/dev/zero>") in text for text in legend)
    win.model.set_field("cluster.count", 2048)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Discard)
    win.close()
    assert asked and "&lt;img src=/dev/zero&gt;" in asked[0] and "<img" not in asked[0]


def test_the_recovery_prompt_shows_names_literally(qtbot, hostile, tmp_path, monkeypatch):
    from gui.app.state import StateDir
    from gui.app.window import MainWindow

    state = StateDir.isolated(tmp_path / "state")
    crashed = MainWindow(engine.load(hostile), restore_state=False, state=state)
    qtbot.addWidget(crashed)
    crashed.model.set_field("cluster.count", 4096)
    crashed.write_recovery()
    crashed.hide()
    crashed.model.undo_stack.setClean()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.No)
    fresh = MainWindow(restore_state=False, state=state)
    qtbot.addWidget(fresh)
    fresh.offer_recovery()
    assert "&lt;img src=/dev/zero&gt;" in asked[0] and "<img" not in asked[0]
