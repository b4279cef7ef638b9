"""The scaleplan command: every exit path (0 ok, 2 bad input, 1 unexpected), never a traceback by default."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import engine
from engine.scenario import to_dict
from gui import cli
from gui.text.names import new_scenario

SCALEPLAN = Path(sys.executable).parent / "scaleplan"


def run(*args):
    """Run the installed console script as a user would."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([str(SCALEPLAN), *map(str, args)], capture_output=True, text=True, env=env,
                          timeout=60)


@pytest.fixture
def scenario_file(tmp_path):
    path = tmp_path / "default.scaleplan.json"
    engine.save(engine.default_scenario(), path)
    return path


def test_plan_table(scenario_file):
    r = run("plan", scenario_file)
    assert r.returncode == 0, r.stderr
    assert "9.5 × 10²³ FLOP" in r.stdout
    assert "93.3 B parameters" in r.stdout
    assert "law.extrapolation_modest" in r.stdout  # 73× the largest run: information
    assert r.stderr == ""


def test_plan_json_is_the_contract(scenario_file):
    r = run("plan", scenario_file, "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["compute_flop"] == pytest.approx(9.45386e23, rel=1e-5)
    assert d["currency"] == "JPY"
    assert {"code", "severity", "message"} <= set(d["findings"][0])


def test_plan_reproduces_chinchilla_numbers(tmp_path):
    # reference/README: Chinchilla rounded constants at C = 1e21 FLOP: N 1.824e9, D 9.136e10, L 2.3289.
    d = to_dict(engine.default_scenario())
    d["law"] = {"preset": "chinchilla-2022"}
    d["cluster"].update(count=1, peak_flop_per_s=1e15, mfu=1.0)
    d["schedule"].update(days=1e21 / 1e15 / 86400, goodput=1.0)
    path = tmp_path / "c.scaleplan.json"
    path.write_text(json.dumps(d))
    out = json.loads(run("plan", path, "--json").stdout)
    assert out["compute_flop"] == pytest.approx(1e21, rel=1e-9)
    assert out["n_params"] == pytest.approx(1.824e9, rel=1e-3)
    assert out["n_tokens"] == pytest.approx(9.136e10, rel=1e-3)
    assert out["loss"] == pytest.approx(2.3289, abs=1e-4)


def test_new_prints_a_loadable_scenario(tmp_path):
    r = run("new")
    assert r.returncode == 0
    assert engine.loads(r.stdout) == new_scenario()  # the default, named for what it is
    out = tmp_path / "n.scaleplan.json"
    assert run("new", "-o", out).returncode == 0
    assert engine.load(out) == new_scenario()


def test_laws_and_accelerators_list_sources():
    r = run("laws")
    assert r.returncode == 0
    for law_id in ["chinchilla-2022", "chinchilla-2022-unrounded", "epoch-2024", "kaplan-2020", "muennighoff-2023"]:
        assert law_id in r.stdout
    assert "arXiv:2404.10102" in r.stdout
    laws = json.loads(run("laws", "--json").stdout)
    assert {law["id"] for law in laws} >= {"epoch-2024", "kaplan-2020"}
    r = run("accelerators")
    assert r.returncode == 0 and "h100-sxm" in r.stdout and "Sources:" in r.stdout
    acc = json.loads(run("accelerators", "--json").stdout)
    h100 = next(a for a in acc if a["id"] == "h100-sxm")
    assert h100["peak_flop_per_s"] == 989.4e12 and h100["memory_gb"] == 80


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("scaleplan ")


@pytest.mark.parametrize("content, needle", [
    (None, "does not exist"),
    ("{not json", "is not valid JSON"),
    ('{"format": "scaleplan-scenario", "version": 9}', "newer ScalePlan"),
    ('{"format": "scaleplan-scenario", "version": 1, "cluster": {"mfu": 2}}',
     "cluster.mfu: 2 is out of range (allowed: 0.001 to 1)"),
])
def test_bad_input_exits_2_with_a_message(tmp_path, content, needle):
    path = tmp_path / "bad.scaleplan.json"
    if content is not None:
        path.write_text(content)
    r = run("plan", path)
    assert r.returncode == 2
    assert needle in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_usage_errors_exit_2():
    r = run("plan")
    assert r.returncode == 2 and "usage" in r.stderr
    r = run("frobnicate")
    assert r.returncode == 2
    assert "frobnicate" in r.stderr and "not a command" in r.stderr and "Traceback" not in r.stderr


def test_window_without_a_display_says_so_instead_of_aborting(scenario_file):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    r = subprocess.run([str(SCALEPLAN), str(scenario_file)], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 1
    assert "no display" in r.stderr and "scaleplan screenshot" in r.stderr


def test_unexpected_error_exits_1_without_traceback(monkeypatch, capsys, scenario_file):
    def broken(_):
        raise RuntimeError("simulated fault")

    monkeypatch.setattr(engine, "plan", broken)
    assert cli.main(["plan", str(scenario_file)]) == 1
    err = capsys.readouterr().err
    assert "unexpected error: RuntimeError: simulated fault" in err and "Traceback" not in err
    with pytest.raises(RuntimeError):
        cli.main(["--debug", "plan", str(scenario_file)])


def test_headless_commands_never_import_qt(scenario_file):
    code = (
        "import sys; from gui import cli\n"
        f"cli.main(['plan', {str(scenario_file)!r}, '--json']); cli.main(['laws']); cli.main(['new'])\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
        "assert not bad, bad\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


# -- scaleplan fit ---------------------------------------------------------------------------------------
def _runs_csv(tmp_path, header="Model Size,Training FLOP,loss", noise=0.0):
    import numpy as np

    rng = np.random.default_rng(1)
    lines = [header]
    for c in (1e18, 1e19, 1e20, 1e21):
        for n in np.sqrt(c / 120) * np.logspace(-0.6, 0.6, 5):
            d = c / (6 * n)
            loss = (1.8 + 480 / n**0.35 + 2100 / d**0.37) * np.exp(noise * rng.standard_normal())
            lines.append(f"{n},{c},{loss}")
    path = tmp_path / "runs.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_fit_json_has_the_contract(tmp_path):
    r = run("fit", _runs_csv(tmp_path, noise=0.01), "--bootstrap", 60, "--seed", 4, "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert set(out) >= {"E", "A", "B", "alpha", "beta", "objective", "n_used", "compute_range", "ci"}
    assert out["n_used"] == 20 and out["alpha"] == pytest.approx(0.35, abs=0.05)
    assert out["compute_range"][0] == pytest.approx(1e18, rel=1e-9)
    for k in ("E", "A", "B", "alpha", "beta"):
        lo, hi = out["ci"][k]
        assert lo <= out[k] <= hi
    again = json.loads(run("fit", _runs_csv(tmp_path, noise=0.01), "--bootstrap", 60, "--seed", 4, "--json").stdout)
    assert again["ci"] == out["ci"]  # seeded


def test_fit_table_and_into_a_scenario(tmp_path, scenario_file):
    r = run("fit", _runs_csv(tmp_path), "--drop-top", 2, "--name", "Our runs", "--into", scenario_file)
    assert r.returncode == 0, r.stderr
    assert "objective (summed Huber" in r.stdout and "18 runs (of 20)" in r.stdout
    s = engine.load(scenario_file)
    assert s.law.preset is None and s.law.custom["name"] == "Our runs"
    p = engine.plan(s)  # the fitted law plans like a preset, and knows its range
    assert "law.extrapolation" in {f.code for f in p.findings}


@pytest.mark.parametrize("args, message", [
    (["fit", "missing.csv"], "missing.csv: file not found"),
    (["fit", "RUNS", "--drop-top", "-1"], "--drop-top"),
    (["fit", "RUNS", "--drop-top", "18"], "at least 5 runs"),
    (["fit", "RUNS", "--bootstrap", "1"], "--bootstrap"),
    (["fit", "RUNS", "--columns", "weight=loss"], "QUANTITY=COLUMN"),
    (["fit", "RUNS", "--columns", "loss=nope"], "no such column"),
    (["fit", "BAD"], "BAD.csv:3: column 'loss' is 'x', not a number"),
    (["fit", "RUNS", "--into", "nowhere.json"], "nowhere.json"),
])
def test_fit_bad_input_exits_2(tmp_path, args, message):
    runs = _runs_csv(tmp_path)
    bad = tmp_path / "BAD.csv"
    bad.write_text("params,tokens,loss\n1e8,2e9,3\n2e8,4e9,x\n", encoding="utf-8")
    argv = [str(runs) if a == "RUNS" else str(bad) if a == "BAD" else a for a in args]
    r = run(*argv)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert message in r.stderr and "Traceback" not in r.stderr


def test_an_output_that_cannot_be_written_exits_3_and_says_so(tmp_path, capsys):
    """A write that fails (here: no such folder; a full disk in tests/gui/reports) is not a bug: exit 3 and
    a plain message (it was exit 1, "unexpected error: FileNotFoundError…")."""
    missing = tmp_path / "no" / "such" / "folder" / "n.scaleplan.json"
    assert cli.main(["new", "-o", str(missing)]) == 3
    err = capsys.readouterr().err
    assert f"could not write {missing}" in err and "unchanged" in err and "Traceback" not in err
