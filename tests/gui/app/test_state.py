"""Headless runs never touch the user's state: the smoke test, `screenshot` and `report` leave the user's
settings and recovery files exactly as they were (they once deleted every recovery file and wrote
lastFile="")."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import engine

SCALEPLAN = Path(sys.executable).parent / "scaleplan"


@pytest.fixture
def user_home(tmp_path):
    """A user's home with ScalePlan settings and a recovery file from a crash, as Qt finds them on Linux."""
    home = tmp_path / "home"
    config = home / ".config" / "ScalePlan" / "ScalePlan.conf"
    config.parent.mkdir(parents=True)
    config.write_text("[General]\nlastFile=/home/someone/budget.scaleplan.json\nlanguage=ja\n")
    recovery = home / ".local" / "share" / "ScalePlan" / "ScalePlan" / "recovery-999999-1.scaleplan.json"
    recovery.parent.mkdir(parents=True)
    engine.save(engine.default_scenario().with_changes("cluster.count", 4096), recovery)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return env, {p: p.read_bytes() for p in (config, recovery)}


def _unchanged(state):
    for path, content in state.items():
        assert path.is_file(), f"{path} was deleted"
        assert path.read_bytes() == content, f"{path} was rewritten"
    (path, _), = [(p, c) for p, c in state.items() if p.suffix == ".json"]
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # nothing added beside it


@pytest.mark.parametrize("args", [
    ["screenshot", "-o", "{tmp}/shot.png", "--size", "800x600"],
    ["report", "{example}", "--figures", "{tmp}/figs", "--pdf", "{tmp}/r.pdf"],
    pytest.param(["--smoke-test"], marks=pytest.mark.slow),  # ~4.5 s
], ids=["screenshot", "report", "smoke-test"])
def test_headless_commands_leave_the_users_settings_and_recovery_alone(user_home, tmp_path, args):
    env, state = user_home
    example = Path(__file__).resolve().parents[3] / "resources" / "examples" / "default.scaleplan.json"
    argv = [a.format(tmp=tmp_path, example=example) for a in args]
    r = subprocess.run([str(SCALEPLAN), *argv], env=env, capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stderr[-2000:]
    _unchanged(state)


def test_an_automation_window_keeps_its_state_in_its_own_folder(qtbot, tmp_path):
    from gui.automation import open_window

    win = open_window(state_dir=tmp_path / "state")
    qtbot.addWidget(win)
    win.model.set_field("cluster.count", 2048)
    win.write_recovery()
    assert win.model.recovery_file.parent == tmp_path / "state" / "recovery"
    assert win.settings.fileName() == str(tmp_path / "state" / "settings.ini")
    win.model.undo_stack.setClean()
    win.close()
    assert not list((tmp_path / "state" / "recovery").glob("*.json"))  # saved or discarded: removed
