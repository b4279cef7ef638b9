"""The fuzz suite of issue 10 through the command line: ``scaleplan plan`` and ``scaleplan fit`` on seeded
scenario files and CSVs (tests/engine/fuzzing.py), in-process through ``gui.cli.main`` with stdout a strict
UTF-8 stream as a pipe is, plus real subprocess runs of the installed command. The invariant: exit 0 with
all-finite JSON (and nothing on stderr), or exit 2 with one message naming the file, field or line — no
traceback, no warning, no exit 1."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.engine.fuzzing import COUNTS, SEED, CliResult, check_cli, csv_case, edge_case, run_batch, scenario_case

SCALEPLAN = Path(sys.executable).parent / "scaleplan"
FAST_PLANS = 100
SUBPROCESS_RUNS = 30


def check(kind, count, start=0):
    out = run_batch(kind, count, SEED, start)
    shown = "\n".join(f"  case {i}: {why}" for i, why in out.failures[:10])
    assert not out.failures, f"{out.summary(kind)} (python -m tests.engine.fuzzing {kind} --show 10)\n{shown}"


def test_cli_plan_fast_slice():
    check("cli-plan", FAST_PLANS)


@pytest.mark.slow
def test_cli_plan_rest():
    check("cli-plan", COUNTS["cli-plan"] - FAST_PLANS, start=FAST_PLANS)


@pytest.mark.slow
def test_cli_fit():
    check("cli-fit", COUNTS["cli-fit"])


@pytest.mark.slow
def test_real_subprocess_runs(tmp_path):
    """A few dozen runs of the installed command, as a user's shell runs it (real pipes and encodings)."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    failures = []
    for i in range(SUBPROCESS_RUNS):
        rng = np.random.default_rng([SEED, 10_000 + i])
        if i % 3 == 2:
            data, _, _ = csv_case(rng)
            path = tmp_path / f"runs{i}.csv"
            path.write_bytes(data)
            argv = ["fit", str(path), "--json"]
        else:
            path = tmp_path / f"case{i}.scaleplan.json"
            text = scenario_case(rng) if i % 3 == 0 else edge_case(rng)
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            argv = ["plan", str(path), "--json"]
        r = subprocess.run([str(SCALEPLAN), *argv], capture_output=True, env=env, timeout=120)
        result = CliResult(r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace"))
        why = check_cli(result, path.name, json_out=True)
        if why:
            failures.append((i, why))
    assert not failures, f"{len(failures)} of {SUBPROCESS_RUNS} subprocess runs failed: {failures[:5]}"
