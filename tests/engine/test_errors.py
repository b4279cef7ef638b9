"""ScenarioError codes and values: every raise site has a stable code from CODES, the values rebuild the
English message from its template, they are JSON, and the text users and the CLI see is unchanged."""

import ast
import json
import math
import pickle
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import engine
import engine.fit
from engine import ScenarioError
from engine.errors import CODES, GENERIC_CODE
from engine.fields import number_fields
from engine.fit import Runs, fit, parse_columns, read_runs_csv
from engine.presets import preset
from engine.scenario import check_field, from_dict, to_dict, validate
from engine.sensitivity import sensitivity

from .test_fuzz_files import BASE, apply, mutation

ENGINE = Path(__file__).resolve().parents[2] / "engine"
GOOD_CSV = "params,tokens,loss\n1e8,2e9,3.3\n2e8,4e9,3.1\n4e8,8e9,2.9\n8e8,1.6e10,2.8\n1.6e9,3.2e10,2.7\n"


def assert_well_formed(exc: ScenarioError) -> None:
    """What every engine error must be: a known code, JSON values, and the message rebuilt from both."""
    assert exc.code in CODES and exc.code != GENERIC_CODE, (exc.code, str(exc))
    json.dumps(dict(exc.values), allow_nan=False)
    assert exc.render() == exc.message, (exc.code, exc.template)
    assert str(exc) == (f"{exc.path}: {exc.message}" if exc.path else exc.message) + (
        f" (allowed: {exc.allowed})" if exc.allowed else "")


def scenario_dict(**sections):
    d = to_dict(engine.default_scenario())
    for section, changes in sections.items():
        if section != "law" and isinstance(d.get(section), dict) and isinstance(changes, dict):
            d[section].update(changes)
        else:
            d[section] = changes
    return d


LAW = {"name": "ours", "E": 1.8, "A": 400.0, "B": 2000.0, "alpha": 0.33, "beta": 0.36}


def text_with(**sections):
    return json.dumps(scenario_dict(**sections))


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


#: code -> how to make the engine raise it (each receives tmp_path and a monkeypatch)
TRIGGERS = {
    "number.required": lambda t, m: check_field("cluster.mfu", None),
    "number.not_a_number": lambda t, m: check_field("cluster.count", "1024"),
    "number.not_finite": lambda t, m: check_field("cluster.mfu", math.inf),
    "number.out_of_range": lambda t, m: check_field("cluster.mfu", 1.5),
    "number.not_whole": lambda t, m: check_field("cluster.count", 10.5),
    "text.type": lambda t, m: validate(engine.default_scenario().with_changes("name", 5)),
    "text.length": lambda t, m: validate(engine.default_scenario().with_changes("name", " ")),
    "accelerator.unknown": lambda t, m: from_dict(scenario_dict(cluster={"accelerator": "tpu-v99"})),
    "currency.invalid": lambda t, m: from_dict(scenario_dict(money={"currency": "yen"})),
    "objective.unknown": lambda t, m: from_dict(scenario_dict(model={"objective": "cheapest"})),
    "cost_basis.unknown": lambda t, m: from_dict(scenario_dict(money={"cost_basis": "leased"})),
    "precision.unknown": lambda t, m: from_dict(scenario_dict(cluster={"precision": "fp4"})),
    "recompute.unknown": lambda t, m: from_dict(scenario_dict(parallel={"recompute": "some"})),
    "moe.type": lambda t, m: from_dict(scenario_dict(model={"moe": [8, 2]})),
    "reliability.type": lambda t, m: from_dict(scenario_dict(schedule={"reliability": 0.9})),
    "reliability.requires": lambda t, m: from_dict(scenario_dict(schedule={"reliability": {
        "restart_minutes": None}})),
    "moe.requires": lambda t, m: from_dict(scenario_dict(model={"moe": {"experts": 8}})),
    "money.no_purchase_price": lambda t, m: from_dict(scenario_dict(money={"cost_basis": "purchased"},
                                                                    cluster={"accelerator": "tpu-v5p"})),
    "section.type": lambda t, m: from_dict(scenario_dict(serving=[1e6, 1000])),
    "section.requires": lambda t, m: from_dict(scenario_dict(programme={"rl_share": None})),
    "serving.no_price": lambda t, m: from_dict(scenario_dict(serving={"accelerator": "gaudi3"}) | {}),
    "moe.active_above_experts": lambda t, m: from_dict(scenario_dict(model={"moe": {"experts": 8,
                                                                                    "active_experts": 9}})),
    "moe.total_below_active": lambda t, m: from_dict(scenario_dict(model={
        "objective": "fixed_params", "n_params": 3.7e10,
        "moe": {"experts": 256, "active_experts": 8, "n_params_total": 1e10}})),
    "objective.requires": lambda t, m: from_dict(scenario_dict(model={"objective": "fixed_run", "n_params": 7e10})),
    "target_loss.below_floor": lambda t, m: from_dict(scenario_dict(model={"objective": "target_loss",
                                                                           "target_loss": 1.5})),
    "law.type": lambda t, m: from_dict(scenario_dict(law=[])),
    "law.preset_unknown": lambda t, m: from_dict(scenario_dict(law={"preset": "gpt-5"})),
    "law.preset_extra": lambda t, m: from_dict(scenario_dict(law={"preset": "epoch-2024", "E": 1})),
    "law.unknown_field": lambda t, m: from_dict(scenario_dict(law={**LAW, "gamma": 1})),
    "law.name": lambda t, m: from_dict(scenario_dict(law={**LAW, "name": " "})),
    "law.missing": lambda t, m: from_dict(scenario_dict(law={"name": "x", "E": 1})),
    "law.not_a_number": lambda t, m: from_dict(scenario_dict(law={**LAW, "E": "1.8"})),
    "law.out_of_range": lambda t, m: from_dict(scenario_dict(law={**LAW, "alpha": 3})),
    "law.not_finite": lambda t, m: engine.loads(text_with(law=LAW).replace('"E": 1.8', '"E": 1' + "0" * 400)),
    "law.r_star_pair": lambda t, m: from_dict(scenario_dict(law={**LAW, "R_D_star": 15.0})),
    "law.se": lambda t, m: from_dict(scenario_dict(law={**LAW, "se": [0.1]})),
    "law.samples": lambda t, m: from_dict(scenario_dict(law={**LAW, "samples": [[1.8, 400, 2000, 0.3, 0.3]]})),
    "law.too_many_samples": lambda t, m: from_dict(scenario_dict(law={**LAW, "samples": [[1.8, 400, 2000, 0.3, 0.3]]
                                                                          * 10_001})),
    "law.sample_row": lambda t, m: from_dict(scenario_dict(law={**LAW, "samples": [[1.8, 400], [1, 2]]})),
    "law.range": lambda t, m: from_dict(scenario_dict(law={**LAW, "compute_range_flop": [1e18]})),
    "law.range_order": lambda t, m: from_dict(scenario_dict(law={**LAW, "compute_range_flop": [1e21, 1e18]})),
    "law.source": lambda t, m: from_dict(scenario_dict(law={**LAW, "source": 5})),
    "json.invalid": lambda t, m: engine.loads("{"),
    "json.too_deep": lambda t, m: engine.loads("[" * 100_000 + "]" * 100_000),
    "json.not_object": lambda t, m: engine.loads("[]"),
    "file.not_scenario": lambda t, m: engine.loads('{"format": "other"}'),
    "file.version_type": lambda t, m: engine.loads('{"format": "scaleplan-scenario", "version": "1"}'),
    "file.version_newer": lambda t, m: engine.loads('{"format": "scaleplan-scenario", "version": 2}'),
    "file.version_invalid": lambda t, m: engine.loads('{"format": "scaleplan-scenario", "version": 0}'),
    "file.unknown_key": lambda t, m: from_dict(scenario_dict(colour=3)),
    "file.section_type": lambda t, m: from_dict(scenario_dict(cluster=[])),
    "file.unknown_field": lambda t, m: from_dict(scenario_dict(cluster={"speed": 3})),
    "file.too_large": lambda t, m: (m.setattr(engine.scenario, "MAX_FILE_BYTES", 10),
                                    engine.load(write(t, "big.json", text_with()))),
    "file.missing": lambda t, m: engine.load(t / "missing.scaleplan.json"),
    "file.is_folder": lambda t, m: engine.load(t),
    "file.unreadable": lambda t, m: (m.setattr(engine.files, "read_bounded", _permission_denied),
                                     engine.load(write(t, "locked.json", text_with()))),
    "file.not_regular": lambda t, m: engine.load("/dev/null"),
    "json.not_finite": lambda t, m: engine.loads(text_with(cluster={"mfu": math.nan})),
    "json.duplicate_key": lambda t, m: engine.loads('{"format": "scaleplan-scenario", "format": 1}'),
    "text.not_unicode": lambda t, m: validate(engine.default_scenario().with_changes("notes", "\udfff")),
    "file.not_utf8": lambda t, m: engine.load(_write_bytes(t / "latin1.json", b'{"name": "\xe9"}')),
    "plan.unreachable": lambda t, m: engine.plan(from_dict(scenario_dict(
        law={"preset": "kaplan-2020"}, model={"objective": "target_loss", "target_loss": 0.1}))),
    "plan.unreachable_data": lambda t, m: engine.plan(from_dict(scenario_dict(
        law={"preset": "muennighoff-2023"}, data={"unique_tokens": 1e9},
        model={"objective": "target_loss", "target_loss": 1.9}))),
    "plan.arithmetic": lambda t, m: engine.plan(from_dict(scenario_dict(law={**LAW, "A": 1e-3, "B": 1e12,
                                                                             "alpha": 0.01, "beta": 0.01}))),
    "sensitivity.fraction": lambda t, m: sensitivity(engine.default_scenario(), 1.5),
    "fit.too_few_runs": lambda t, m: fit(Runs(*(x[:4] for x in _runs()))),
    "fit.columns_spec": lambda t, m: parse_columns("loss"),
    "csv.missing": lambda t, m: read_runs_csv(str(t / "missing.csv")),
    "csv.unreadable": lambda t, m: (m.setattr(engine.files, "read_bounded", _permission_denied),
                                    read_runs_csv(str(write(t, "runs.csv", GOOD_CSV)))),
    "csv.not_regular": lambda t, m: read_runs_csv(str(t)),
    "csv.too_large": lambda t, m: (m.setattr(engine.fit, "MAX_CSV_BYTES", 10),
                                   read_runs_csv(str(write(t, "runs.csv", GOOD_CSV)))),
    "csv.too_many_rows": lambda t, m: (m.setattr(engine.fit, "MAX_RUNS", 3),
                                       read_runs_csv(str(write(t, "runs.csv", GOOD_CSV)))),
    "csv.malformed": lambda t, m: read_runs_csv(str(write(t, "long.csv", GOOD_CSV + "1," + "x" * 200_000))),
    "csv.unclosed_quote": lambda t, m: read_runs_csv(str(write(t, "q.csv", GOOD_CSV.replace(",2e9", ',"2e9')))),
    "csv.out_of_range": lambda t, m: read_runs_csv(str(write(t, "big.csv", GOOD_CSV.replace("3.3", "30")))),
    "csv.tokens_out_of_range": lambda t, m: read_runs_csv(str(write(t, "flop.csv", GOOD_CSV.replace(
        "tokens", "flop").replace("2e9", "1e-320")))),
    "fit.no_spread": lambda t, m: fit(Runs(np.full(6, 1e8), np.full(6, 2e9), np.full(6, 3.1))),
    "fit.degenerate": lambda t, m: fit(Runs(*_runs_from(NOISY_8))),
    "fit.no_fit": lambda t, m: (m.setattr(engine.fit, "_fit", lambda *a: _result(math.inf)), fit(Runs(*_runs()))),
    "csv.empty": lambda t, m: read_runs_csv(str(write(t, "empty.csv", ""))),
    "csv.no_such_column": lambda t, m: read_runs_csv(str(write(t, "runs.csv", GOOD_CSV)), {"loss": "val_loss"}),
    "csv.missing_columns": lambda t, m: read_runs_csv(str(write(t, "ab.csv", "a,b\n1,2\n"))),
    "csv.not_a_number": lambda t, m: read_runs_csv(str(write(t, "nan.csv", GOOD_CSV.replace("3.3", "abc")))),
    "csv.not_positive": lambda t, m: read_runs_csv(str(write(t, "neg.csv", GOOD_CSV.replace("3.3", "-1")))),
    "csv.too_few_runs": lambda t, m: read_runs_csv(str(write(t, "few.csv", "\n".join(GOOD_CSV.splitlines()[:4])))),
}


def _permission_denied(*args):
    raise PermissionError(13, "Permission denied")


def _write_bytes(path, data):
    path.write_bytes(data)
    return path


NOISY_8 = [(7.261e08, 1.91e09, 3.142), (1.01e08, 3.978e08, 3.938), (1.373e07, 5.709e09, 4.218),
           (7.787e07, 2.049e09, 3.357), (1.345e07, 3.903e09, 3.811), (1.906e08, 1.244e09, 3.211),
           (2.537e08, 9.136e08, 3.144), (4.858e08, 1.484e09, 3.3)]


def _runs_from(rows):
    return tuple(np.array(col) for col in zip(*rows, strict=True))


def _result(objective):
    from engine.fit import FitResult

    return FitResult(E=1.8, A=400.0, B=2000.0, alpha=0.3, beta=0.3, objective=objective, n_used=5,
                     compute_range_flop=(1e18, 1e20))


def _runs():
    n = np.array([1e8, 2e8, 4e8, 8e8, 1.6e9])
    d = 20 * n
    return n, d, 1.8 + 400 / n**0.34 + 400 / d**0.28


def test_every_code_has_a_trigger():
    assert set(TRIGGERS) == set(CODES) - {GENERIC_CODE}


@pytest.mark.parametrize("code", sorted(TRIGGERS))
def test_each_code_is_raised_with_values_that_rebuild_its_message(code, tmp_path, monkeypatch):
    with pytest.raises(ScenarioError) as err:
        TRIGGERS[code](tmp_path, monkeypatch)
    assert err.value.code == code, str(err.value)
    assert_well_formed(err.value)


def test_messages_and_values_say_the_same():
    with pytest.raises(ScenarioError) as err:
        check_field("cluster.mfu", 1.5)
    e = err.value
    assert str(e) == "cluster.mfu: 1.5 is out of range (allowed: 0.001 to 1)"
    assert (e.path, e.message, e.allowed) == ("cluster.mfu", "1.5 is out of range", "0.001 to 1")
    assert dict(e.values) == {"value": 1.5, "lo": 0.001, "hi": 1.0, "lo_exclusive": False, "optional": False}
    # a translation gets the values, formatted in the reader's conventions
    ja = {"{value:g} is out of range": "{value:g} は範囲外です"}
    assert e.render(lambda t: ja.get(t, t)) == "1.5 は範囲外です"
    with pytest.raises(ScenarioError) as err:
        from_dict(scenario_dict(model={"objective": "target_loss", "target_loss": 1.5}))
    assert dict(err.value.values) == {"target": 1.5, "floor": pytest.approx(1.81686),
                                      "law": preset("epoch-2024").name}


def test_a_file_error_keeps_its_code_behind_the_file_name(tmp_path):
    path = write(tmp_path, "plan.scaleplan.json", text_with(cluster={"mfu": 3}))
    with pytest.raises(ScenarioError) as err:
        engine.load(path)
    assert str(err.value).startswith("plan.scaleplan.json: cluster.mfu: 3 is out of range")
    assert err.value.path == "plan.scaleplan.json: cluster.mfu"
    assert err.value.code == "number.out_of_range" and err.value.values["value"] == 3


def test_existing_call_sites_still_work():
    e = ScenarioError("--size", "'big' is not a window size", "WxH, each 200 to 8000")
    assert str(e) == "--size: 'big' is not a window size (allowed: WxH, each 200 to 8000)"
    assert e.code == GENERIC_CODE and e.render() == e.message
    assert ScenarioError("", "bare").args == ("bare",)
    with pytest.raises(TypeError):
        e.values["message"] = "changed"  # read-only
    original = _whole_number_error()
    again = pickle.loads(pickle.dumps(original))
    assert (again.code, again.path, str(again)) == ("number.not_whole", "cluster.count", str(original))
    assert dict(again.values) == dict(original.values) == {"value": 10.5, "lo": 1, "hi": 10_000_000,
                                                            "lo_exclusive": False, "optional": False}


def _whole_number_error():
    try:
        check_field("cluster.count", 10.5)
    except ScenarioError as exc:
        return exc
    raise AssertionError("no error")


def test_every_raise_site_in_the_engine_names_a_code():
    """No ScenarioError(...) in engine/ without a code from CODES (a new one must be added there)."""
    seen = set()
    for path in sorted(ENGINE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ScenarioError"):
                continue
            code = next((k.value for k in node.keywords if k.arg == "code"), None)
            where = f"{path.name}:{node.lineno}"
            assert code is not None, f"{where}: ScenarioError without code="
            if isinstance(code, ast.Constant):
                assert code.value in CODES, f"{where}: {code.value} not in CODES"
                seen.add(code.value)
            else:  # passing an existing error's code on (with_path, unpickling)
                assert path.name == "errors.py", where
    assert seen == set(CODES) - {GENERIC_CODE}  # and no code in CODES that nothing raises


LAW_BASE = {**BASE, "law": {**LAW, "R_D_star": 15.4, "R_N_star": 5.3, "se": {"E": 0.02, "alpha": 0.01},
                            "samples": [[1.8, 400.0, 2000.0, 0.33, 0.36], [1.81, 410.0, 1990.0, 0.331, 0.359]],
                            "compute_range_flop": [1e18, 1e21], "source": "our runs"}}
LAW_PATHS = [("law", key) for key in LAW_BASE["law"]]
codes_seen: set[str] = set()


def check(doc_text: str) -> None:
    try:
        s = engine.loads(doc_text)
        engine.plan(s)
    except ScenarioError as exc:
        assert_well_formed(exc)
        codes_seen.add(exc.code)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutation, min_size=1, max_size=3))
def test_fuzzed_files_raise_only_known_codes(mutations):
    check(json.dumps(apply(BASE, mutations), allow_nan=True))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["set", "delete", "add"]), st.sampled_from(LAW_PATHS),
                          st.one_of(st.none(), st.booleans(), st.integers(-10, 10**6), st.floats(-1e3, 1e40),
                                    st.text(max_size=4), st.lists(st.floats(0.01, 3), max_size=6),
                                    st.dictionaries(st.sampled_from(["E", "A", "x"]), st.floats(-1, 5))),
                          st.text(max_size=6)), min_size=1, max_size=3))
def test_fuzzed_custom_laws_raise_only_known_codes(mutations):
    check(json.dumps(apply(LAW_BASE, mutations), allow_nan=True))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(number_fields()), st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**400), st.floats(allow_nan=True), st.text(max_size=4),
    st.lists(st.integers(), max_size=2)))
def test_fuzzed_field_values_raise_only_known_codes(spec, value):
    try:
        check_field(spec.path, value)
    except ScenarioError as exc:
        assert exc.code.startswith("number.")
        assert exc.render() == exc.message
        json.dumps(dict(exc.values), allow_nan=False)


def test_the_fuzz_saw_many_codes():
    """Run after the fuzz tests above (same module, file order): they reached a good share of the codes."""
    if len(codes_seen) < 5:
        pytest.skip("run with the fuzz tests of this module")
    assert len(codes_seen) >= 12, sorted(codes_seen)
