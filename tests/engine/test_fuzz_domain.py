"""The fuzz suite of issue 10, engine side: seeded cases (tests/engine/fuzzing.py) that must keep the
invariant — a ScenarioError naming the field or the line, or a plan of finite numbers that says where it
means nothing. A fast slice runs always; the rest of the cases are marked slow (``make test-fast`` skips
them). Counts per run, with tests/gui/cli/test_cli_fuzz.py: 7,710 cases (scenario files 3,000, valid
scenarios at the domain's edges 2,000, CLI plan 1,000, CSV reads 1,500, CSV fits 120, CLI fits 60,
subprocess runs 30). On the engine before issue 10 (e512c1a) 1,919 of them failed: scenario files 520,
edge scenarios 701, CLI plan 431, CSV reads 227, CSV fits 17, CLI fits 8, subprocess runs 15."""

import pytest

from .fuzzing import COUNTS, SEED, run_batch

#: cases of each kind run by the fast slice (the first ones; the slow test runs the rest)
FAST = {"scenario": 300, "edge": 200, "csv-read": 200}


def check(kind, count, start=0):
    out = run_batch(kind, count, SEED, start)
    shown = "\n".join(f"  case {i}: {why}" for i, why in out.failures[:10])
    assert not out.failures, f"{out.summary(kind)} (python -m tests.engine.fuzzing {kind} --show 10)\n{shown}"


@pytest.mark.parametrize("kind", sorted(FAST))
def test_fuzz_fast_slice(kind):
    check(kind, FAST[kind])


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(FAST))
def test_fuzz_rest(kind):
    check(kind, COUNTS[kind] - FAST[kind], start=FAST[kind])


@pytest.mark.slow
def test_fuzz_csv_fits():
    check("csv-fit", COUNTS["csv-fit"])
