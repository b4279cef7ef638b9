"""The pieces the standalone bundle relies on, tested from source: the smoke test itself, the
Japanese-font check, the crash report and the desktop entry."""

import configparser
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.slow  # a subprocess running every smoke check: ~4.5 s
def test_smoke_test_passes_from_source():
    exe = Path(sys.executable).parent / "scaleplan"
    r = subprocess.run([str(exe), "--smoke-test"], capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stdout + r.stderr
    for check in ("engine and resources", "Qt application", "Japanese font", "main window", "PNG render",
                  "PDF report", "slides"):
        assert f"ok   {check}" in r.stdout
    assert r.stdout.rstrip().endswith("smoke test passed")


def test_japanese_font_check_finds_the_glyphs_and_notices_when_they_are_missing(qapp):
    from PySide6.QtGui import QFont

    from gui.app.smoke import japanese_font_problem

    assert japanese_font_problem() == ""
    latin_only = QFont("DejaVu Sans")
    latin_only.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # no fallback to a Japanese font
    problem = japanese_font_problem(latin_only)
    assert "have no glyph" in problem and "DejaVu Sans" in problem


def test_a_crash_is_logged_saved_and_shown(qapp, tmp_path, monkeypatch):
    import logging

    from PySide6.QtWidgets import QMessageBox

    from gui.app import crash as logs

    monkeypatch.setenv("SCALEPLAN_LOG_DIR", str(tmp_path))
    logger = logging.getLogger("scaleplan")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert logs.setup_logging() == tmp_path / "scaleplan.log"
    shown = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.text(), box.informativeText(), box.detailedText())) or 0)
    saved = []
    logs.install_excepthook(save_work=lambda: saved.append(1) or True)
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    for handler in logger.handlers:
        handler.flush()
    assert "ValueError: boom in a slot" in (tmp_path / "scaleplan.log").read_text(encoding="utf-8")
    assert saved == [1]
    (text, info, detail), = shown
    assert "boom in a slot" in text
    assert str(tmp_path / "scaleplan.log") in info and "recovery file" in info
    assert "Traceback" in detail


def test_desktop_entry_and_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "linux" / "scaleplan.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Exec"].startswith("scaleplan") and d["Icon"] == "scaleplan"
    assert "Name[ja]" in d or "GenericName[ja]" in d
    from PySide6.QtGui import QImage

    icon = QImage(str(ROOT / "resources" / "icons" / "scaleplan.png"))
    assert (icon.width(), icon.height()) == (256, 256)


@pytest.mark.parametrize("argv", [["--version"], ["laws"], ["new"]])
def test_cli_paths_the_bundle_serves(argv):
    exe = Path(sys.executable).parent / "scaleplan"
    r = subprocess.run([str(exe), *argv], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip()
