"""engine/ is numpy only: no Qt, no pyqtgraph, no scipy (kept out of the bundle), neither in its source nor
at run time — planning and fitting included."""

import ast
import subprocess
import sys
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "engine"
FORBIDDEN = {"PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "matplotlib", "tkinter", "scipy"}


def test_no_forbidden_imports_in_source():
    offenders = []
    for path in ENGINE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []
    assert len(list(ENGINE.rglob("*.py"))) >= 8  # the walk really looked at the engine


def test_planning_loads_no_qt():
    code = ("import sys, engine\nfrom engine.curves import window_curves\nfrom engine.presets import presets\n"
            "window_curves(engine.plan(engine.default_scenario()), presets())\n"
            "from engine.resources import resources_dir\n"
            "[engine.plan(engine.load(p)) for p in sorted((resources_dir() / 'examples').glob('*.json'))]\n"
            "from engine.fit import Runs, fit\nimport numpy as np\n"
            "n = np.logspace(7, 9, 12); d = 20 * n; fit(Runs(n, d, 1.8 + 400 / n**0.34 + 400 / d**0.28))\n"
            "import engine.fields, engine.sensitivity\n"
            "engine.fields.markdown_table(); engine.sensitivity.sensitivity(engine.default_scenario())\n"
            f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
            "assert not bad, bad\nprint('ok')")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr
