"""`scaleplan report`: the PDF (two pages per scenario, text that stays text, in Japanese or English) and
the figures (PNG at 2×, SVG that parses and renders, CSV with the plotted values)."""

import csv
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import engine

SCALEPLAN = Path(sys.executable).parent / "scaleplan"
EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"


def run(*args):
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the command must not need a display
    return subprocess.run([str(SCALEPLAN), *map(str, args)], capture_output=True, text=True, env=env, timeout=180)


def pdftotext(path):
    """The PDF's text, NFKC-normalised (full-width brackets → ASCII) and without line breaks or spaces
    (a phrase may wrap)."""
    assert shutil.which("pdftotext"), "pdftotext missing: `make setup` installs poppler-utils"
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw))


def pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


@pytest.fixture(scope="module")
def two_scenarios(tmp_path_factory):
    d = tmp_path_factory.mktemp("sc")
    a = d / "a.scaleplan.json"
    engine.save(engine.default_scenario().with_changes("money.budget", 2e8), a)
    b = EXAMPLES / "llama-3.1-405b-replica.scaleplan.json"
    return a, b


def test_pdf_in_japanese_has_a_page_per_scenario_and_searchable_text(tmp_path, two_scenarios):
    out = tmp_path / "report.pdf"
    r = run("report", *two_scenarios, "--pdf", out, "--lang", "ja")
    assert r.returncode == 0, r.stderr
    assert pages(out) == 4  # each scenario's decision, then its assumptions
    text = pdftotext(out)
    assert "1,024H100for30days" in text and "Llama3.1405B" in text
    for words in ("計算量", "指摘事項", "前提と出典", "この学習の費用は¥3.26億で",
                  "予算¥2億を¥1.26億(63%)超えます", "赤:"):
        assert words in text, words
    # searchable as typed: no Kangxi-radical look-alikes (⽇ for 日, ⽤ for 用) in the text layer, plots included
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert not re.search("[\u2e80-\u2fdf]", raw)
    for words in ("費用", "電力量", "日数"):
        assert words in raw, words


def test_pdf_in_english(tmp_path, two_scenarios):
    out = tmp_path / "report.pdf"
    assert run("report", two_scenarios[0], "--pdf", out, "--lang", "en").returncode == 0
    text = pdftotext(out)
    assert pages(out) == 2
    for words in ("Compute", "Findings", "Assumptionsandsources", "overthebudget", "Red:"):
        assert words in text, words


def test_figures_png_svg_csv(tmp_path, two_scenarios, qapp):
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    r = run("report", two_scenarios[0], "--figures", tmp_path)
    assert r.returncode == 0, r.stderr
    folder = tmp_path / "a"
    plan = engine.plan(engine.load(two_scenarios[0]))
    for slug in ("loss", "isoflop", "allocation", "data", "cost"):
        png = QImage(str(folder / f"{slug}.png"))
        assert png.width() >= 2 * 240 and png.height() >= 2 * 180  # at least twice the on-screen minimum
        svg = folder / f"{slug}.svg"
        ET.parse(svg)  # well-formed XML
        renderer = QSvgRenderer(str(svg))
        assert renderer.isValid() and renderer.defaultSize().width() > 100
        with open(folder / f"{slug}.csv", newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        assert len(rows) > 3 and rows[0][0] == "series"
    with open(folder / "loss.csv", newline="", encoding="utf-8") as fh:
        you = [row for row in csv.reader(fh) if row[0] == "you"]
    assert float(you[0][1]) == pytest.approx(plan.compute_flop, rel=1e-6)  # real units, not log10
    assert float(you[0][2]) == pytest.approx(plan.loss, rel=1e-6)
    svg_text = (folder / "loss.svg").read_text(encoding="utf-8")
    assert "10²³" in svg_text or "10&#178;&#179;" in svg_text  # tick labels are text, not outlines


@pytest.mark.parametrize("args, message", [
    (["report", "missing.json", "--pdf", "x.pdf"], "missing.json"),
    (["report", "EX", "--figures"], "expected one argument"),
    (["report", "EX"], "--pdf OUT.pdf, --pptx OUT.pptx and/or --figures DIR"),
    (["report", "EX", "--pptx", "/no/such/dir/s.pptx"], "folder does not exist"),
    (["report", "EX", "--pdf", "/no/such/dir/r.pdf"], "folder does not exist"),
])
def test_report_bad_input_exits_2(args, message):
    argv = [str(EXAMPLES / "default.scaleplan.json") if a == "EX" else a for a in args]
    r = run(*argv)
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr
