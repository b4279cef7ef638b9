"""The field schema (engine.fields): complete, consistent with the dataclasses, and what validation,
sensitivity and the README's field table are derived from."""

import ast
import dataclasses
import math
import subprocess
import sys
from pathlib import Path

import pytest

import engine
from engine import ScenarioError, fields
from engine.fields import FIELDS, OBJECTIVES, field, fields_for_objective, is_used, number_fields
from engine.scenario import _CHECKS, Scenario, allowed_range, check_field, from_dict, to_dict
from engine.sensitivity import INPUTS
from tests.engine.fuzzing import set_path

ROOT = Path(__file__).resolve().parents[2]
NOT_FIELDS = {"extensions"}  # the x- keys: kept on round-trip, never interpreted
MOE_REQUIRED = {"model.moe.experts", "model.moe.active_experts", "model.moe.shared_experts"}
#: required when their optional section is there
SECTION_REQUIRED = {f"{section}.{name}" for section, names in engine.scenario.SECTION_REQUIRED.items()
                    for name in names}
RELIABILITY = {"schedule.reliability.mtbf_hours_per_accelerator", "schedule.reliability.checkpoint_minutes",
               "schedule.reliability.restart_minutes"}


#: the default scenario with a programme and its serving planned: every field is there
PROGRAMME = dataclasses.replace(engine.default_scenario(), programme=engine.scenario.Programme(),
                                serving=engine.scenario.Serving())


def dataclass_leaves(cls=Scenario, prefix=""):
    """Every leaf of the Scenario dataclasses as (dotted path, annotation, default)."""
    out = []
    for f in dataclasses.fields(cls):
        kind = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        if f.name == "moe":  # optional (None: a dense model), its fields are fields when it is there
            kind = engine.scenario.MoE()
        if f.name == "reliability":  # optional (None: goodput as typed), likewise
            kind = engine.scenario.Reliability()
        if f.name in ("programme", "serving"):  # optional sections (None: not planned), likewise
            kind = {"programme": engine.scenario.Programme, "serving": engine.scenario.Serving}[f.name]()
        if dataclasses.is_dataclass(kind):
            out += dataclass_leaves(type(kind), f"{prefix}{f.name}.")
        else:
            out.append((prefix + f.name, str(f.type), kind))
    return out


def test_every_leaf_has_exactly_one_spec_and_every_spec_a_field():
    leaves = [path for path, _, _ in dataclass_leaves() if path not in NOT_FIELDS]
    declared = [f.path for f in FIELDS]
    assert len(declared) == len(set(declared)), "a path is declared twice"
    assert sorted(leaves) == sorted(declared)
    for path in NOT_FIELDS:
        with pytest.raises(KeyError):
            field(path)


def test_optional_exactly_where_the_dataclass_allows_none():
    for path, annotation, default in dataclass_leaves():
        if path in NOT_FIELDS:
            continue
        spec = field(path)
        if path.startswith(("model.moe.", "schedule.reliability.", "programme.", "serving.")):  # None with their part
            assert spec.optional, path
            continue
        assert spec.optional == ("None" in annotation), path
        if default is None:
            assert spec.optional, path


def test_defaults_are_allowed_values():
    s = engine.default_scenario()
    for spec in number_fields():
        check_field(spec.path, spec.get(s))  # raises if a default is out of its declared range
    engine.scenario.validate(s)


def test_number_specs_are_well_formed():
    for spec in FIELDS:
        assert spec.kind in ("number", "choice", "text", "object"), spec.path
        assert spec.label and spec.label == spec.label.strip(), spec.path
        if spec.kind == "number":
            lo, hi = spec.bounds
            assert lo < hi and spec.style in ("int", "float", "sci", "percent"), spec.path
            assert spec.integer == (spec.style == "int"), spec.path
            if spec.style == "percent":
                assert spec.unit == "%" and hi <= 1, spec.path
            if spec.slider is not None:
                assert lo <= spec.slider.lo < spec.slider.hi <= hi, spec.path
                assert not spec.slider.log or spec.slider.lo > 0, spec.path
        else:
            assert spec.slider is None and not spec.sensitivity, spec.path
        if spec.placeholder:
            assert spec.optional, spec.path
        assert spec.required_for <= (spec.objectives or frozenset(OBJECTIVES)), spec.path
        if spec.required_for:
            assert spec.optional, spec.path  # a non-optional field is always required anyway
        for objectives in (spec.objectives, spec.required_for):
            assert objectives is None or objectives <= set(OBJECTIVES), spec.path
    money = [f.path for f in FIELDS if "{currency}" in f.unit]
    assert money == ["energy.price_per_kwh", "money.price_per_accelerator_hour", "money.budget", "money.per_usd",
                     "money.purchase_price_per_accelerator", "serving.price_per_accelerator_hour"]


def test_ranges_are_those_of_format_v1():
    """The table that lived in engine/scenario.py before the schema, value for value — but for the four
    floors issue 10 set where a plan stops meaning anything (MFU 0.1 %, goodput 1 %, an energy cap of
    1 kWh, a budget of one unit of currency; each was "> 0")."""
    before = {
        "cluster.count": (1, 10_000_000, False, False),
        "cluster.peak_flop_per_s": (1e9, 1e18, False, False),
        "cluster.mfu": (0.001, 1.0, False, False),
        "cluster.power_w": (1.0, 100_000.0, False, False),
        "cluster.memory_gb": (0.1, 100_000.0, False, True),
        "schedule.days": (0.01, 3650.0, False, False),
        "schedule.goodput": (0.01, 1.0, False, False),
        "energy.pue": (1.0, 3.0, False, False),
        "energy.price_per_kwh": (0.0, 1e6, False, False),
        "energy.carbon_kg_per_kwh": (0.0, 2.0, False, False),
        "energy.cap_mwh": (0.001, 1e9, False, True),
        "energy.server_overhead": (1.0, 5.0, False, False),
        "energy.average_draw": (0.05, 1.0, False, False),
        "money.price_per_accelerator_hour": (0.0, 1e8, False, False),
        "money.budget": (1.0, 1e16, False, True),
        "money.per_usd": (0.0, 1e6, True, False),
        "data.unique_tokens": (1e6, 1e17, False, True),
        "model.n_params": (1e5, 1e16, False, True),
        "model.n_tokens": (1e6, 1e18, False, True),
        "model.target_loss": (0.0, 20.0, True, True),
        "model.inference_tokens": (0.0, 1e20, False, False),
        # added by issue 14 (the format's later additions; absent from a file, their defaults)
        "parallel.tensor": (1, 1024, False, True),
        "parallel.pipeline": (1, 1024, False, True),
        "parallel.expert": (1, 65_536, False, True),
        "parallel.zero_stage": (0, 3, False, False),
        "model.moe.experts": (1, 100_000, False, True),
        "model.moe.active_experts": (1, 100_000, False, True),
        "model.moe.shared_experts": (0, 1_000, False, True),
        "model.moe.n_params_total": (1e5, 1e17, False, True),
        "model.context_tokens": (16, 10_000_000, False, True),
        "model.layers": (1, 10_000, False, True),
        "model.d_model": (64, 1_000_000, False, True),
        # added by issue 15
        "schedule.reliability.mtbf_hours_per_accelerator": (1.0, 1e9, False, True),
        "schedule.reliability.checkpoint_minutes": (0.0, 1440.0, True, True),
        "schedule.reliability.restart_minutes": (0.0, 1440.0, False, True),
        "energy.cap_mw": (0.001, 1e5, False, True),
        # added by issue 16
        "money.purchase_price_per_accelerator": (1.0, 1e12, False, True),
        "money.network_multiple": (1.0, 10.0, False, False),
        "money.depreciation_years": (0.5, 20.0, False, False),
        "money.lifetime_utilisation": (0.05, 1.0, False, False),
        "programme.development_multiple": (0.0, 100.0, False, True),
        "programme.tuning_share": (0.0, 1.0, False, True),
        "programme.rl_share": (0.0, 1.0, False, True),
        "programme.development_count": (1, 10_000_000, False, True),
        "programme.post_training_count": (1, 10_000_000, False, True),
        "programme.post_training_mfu": (0.001, 1.0, False, True),
        "serving.queries_per_day": (1.0, 1e13, False, True),
        "serving.tokens_per_query": (1.0, 1e8, False, True),
        "serving.prompt_tokens": (0.0, 1e8, False, True),
        "serving.reasoning_share": (0.0, 0.999, False, True),
        "serving.months": (0.03, 240.0, False, True),
        "serving.utilisation": (0.01, 1.0, False, True),
        "serving.batch": (1, 100_000, False, True),
        "serving.peak_to_mean": (1.0, 100.0, False, True),
        "serving.price_per_accelerator_hour": (0.0, 1e8, False, True),
    }
    assert {f.path: (*f.bounds, f.lo_exclusive, f.optional) for f in number_fields()} == before
    assert allowed_range("cluster.mfu") == "0.001 to 1"
    assert allowed_range("money.per_usd") == "> 0 and ≤ 1e6"
    assert allowed_range("data.unique_tokens") == "1e6 to 1e17, or null"
    assert allowed_range("schedule.days") == "0.01 to 3,650"


@pytest.mark.parametrize("spec", number_fields(), ids=lambda f: f.path)
def test_validation_follows_each_numeric_spec(spec):
    """Out of range above, at or below the bottom, unset: what the spec says, for every numeric field."""
    lo, hi = spec.bounds
    d = to_dict(PROGRAMME)

    def load_with(value):
        set_path(d, spec.path, value)
        return from_dict(d)

    with pytest.raises(ScenarioError) as err:
        load_with(hi * 2 if hi else 1.0)
    assert err.value.path == spec.path and err.value.code == "number.out_of_range"
    assert err.value.values["hi"] == hi and err.value.allowed == spec.allowed_text()
    bottom = lo if spec.lo_exclusive else (lo - max(abs(lo), 1) * 0.5)
    with pytest.raises(ScenarioError) as err:
        load_with(bottom)
    assert err.value.code == "number.out_of_range"
    if spec.path in MOE_REQUIRED:  # null only with the whole mixture of experts
        with pytest.raises(ScenarioError) as err:
            load_with(None)
        assert err.value.code == "moe.requires" and err.value.path == spec.path
    elif spec.path in RELIABILITY:  # null only with the whole reliability model
        with pytest.raises(ScenarioError) as err:
            load_with(None)
        assert err.value.code == "reliability.requires" and err.value.path == spec.path
    elif spec.path in SECTION_REQUIRED:  # null only with the whole section
        with pytest.raises(ScenarioError) as err:
            load_with(None)
        assert err.value.code == "section.requires" and err.value.path == spec.path
    elif spec.optional and not spec.required_for:
        assert spec.get(load_with(None)) is None
    elif not spec.optional:
        with pytest.raises(ScenarioError) as err:
            load_with(None)
        assert err.value.code == "number.required" and err.value.path == spec.path


def test_required_for_drives_validation():
    for objective in OBJECTIVES:
        needed = {f.path for f in fields.required_fields(objective)}
        for spec in number_fields():
            if not spec.optional:
                continue
            d = to_dict(PROGRAMME)
            d["model"].update(objective=objective, n_params=7e9, n_tokens=1.4e11, target_loss=2.5)
            if spec.path in MOE_REQUIRED | RELIABILITY | SECTION_REQUIRED:
                continue  # tested above: null only with the whole mixture of experts
            set_path(d, spec.path, None)
            if spec.path in needed:
                with pytest.raises(ScenarioError, match=f"is required when the objective is {objective}") as err:
                    from_dict(d)
                assert err.value.code == "objective.requires" and err.value.values["objective"] == objective
            else:
                assert spec.get(from_dict(d)) is None
    assert {f.path for f in fields.required_fields("fixed_run")} == {"model.n_params", "model.n_tokens"}
    assert fields.required_fields("compute_optimal") == ()


def test_objectives_say_which_inputs_are_used():
    assert "schedule.days" not in {f.path for f in fields_for_objective("fixed_run")}
    assert "schedule.days" not in {f.path for f in fields_for_objective("target_loss")}
    assert "schedule.days" in {f.path for f in fields_for_objective("fixed_params")}
    target = {f.path for f in fields_for_objective("target_loss")}
    assert {"model.target_loss", "model.inference_tokens"} <= target and "model.n_params" not in target
    assert not {"model.n_params", "model.n_tokens"} & {f.path for f in fields_for_objective("compute_optimal")}
    s = engine.default_scenario()
    assert is_used(s, "cluster.mfu") and is_used(s, "schedule.days") and not is_used(s, "model.n_params")
    fixed = s.with_changes("model.objective", "fixed_run")
    assert is_used(fixed, "model.n_tokens") and not is_used(fixed, "schedule.days")


def test_every_choice_field_has_a_check():
    assert set(_CHECKS) == {f.path for f in FIELDS if f.kind in ("choice", "object")}
    assert field("model.objective").choices == OBJECTIVES == engine.scenario.OBJECTIVES
    assert len(field("model.objective").choice_labels) == len(OBJECTIVES)


def test_lookups():
    assert field("cluster.mfu").style == "percent" and field("cluster.mfu").section == "cluster"
    s = engine.default_scenario()
    assert field("name").section == "" and field("name").get(s) == s.name
    with pytest.raises(KeyError):
        field("cluster.speed")
    with pytest.raises(KeyError):
        check_field("cluster.accelerator", "h100-sxm")  # not a numeric field


def test_sensitivity_inputs_come_from_the_schema():
    assert {path for path, _ in INPUTS} == {"model.context_tokens",
        "cluster.count", "cluster.peak_flop_per_s", "cluster.mfu", "schedule.days", "schedule.goodput",
        "cluster.power_w", "energy.pue", "energy.price_per_kwh", "money.price_per_accelerator_hour",
        "data.unique_tokens", "model.n_params", "model.n_tokens", "model.target_loss",
        "programme.development_multiple", "programme.tuning_share", "programme.rl_share",
        "serving.queries_per_day", "serving.tokens_per_query", "serving.months"}
    for path, label in INPUTS:
        assert label == field(path).label
    bars = engine.sensitivity.sensitivity(engine.default_scenario())[0].bars
    assert {b.label for b in bars} <= {field(b.path).label for b in bars} | {engine.sensitivity.PRECISION_LABEL}


def test_user_visible_texts_are_marked_for_translation():
    """lupdate only sees literals inside QT_TR_NOOP(...): every label, word unit, placeholder and tip."""
    marked = set()
    for node in ast.walk(ast.parse((ROOT / "engine" / "fields.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TR_NOOP":
            marked.add(ast.literal_eval(node.args[0]))
    for spec in FIELDS:
        texts = [spec.label, spec.placeholder, spec.tip, *spec.choice_labels]
        if spec.unit.isalpha() and spec.unit.islower():  # words ("days", "tokens"), not symbols ("W", "GB")
            texts.append(spec.unit)
        for text in texts:
            assert not text or text in marked, (spec.path, text)


def test_field_table_script_prints_the_table():
    table = fields.markdown_table()
    rows = table.splitlines()[2:]
    assert len(rows) == len(FIELDS)
    for spec, row in zip(FIELDS, rows, strict=True):
        assert row.startswith(f"| `{spec.path}` | {spec.label} |")
    mfu = next(r for r in rows if "`cluster.mfu`" in r)
    assert "0.001 to 1" in mfu and "%" in mfu and mfu.endswith("| all |")
    days = next(r for r in rows if "`schedule.days`" in r)
    assert days.endswith("| compute_optimal, fixed_params |")
    assert "currency/kWh" in table and "{currency}" not in table
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "field_table.py")], capture_output=True,
                         text=True, timeout=60, check=True)
    assert out.stdout == table


def test_fields_module_checks_numbers_like_the_scenario():
    """check_field returns floats and accepts integers written as floats; whole-number rule for count."""
    assert check_field("cluster.count", 1024.0) == 1024.0
    assert check_field("data.unique_tokens", None) is None
    with pytest.raises(ScenarioError, match="not a whole number"):
        check_field("cluster.count", 10.5)
    with pytest.raises(ScenarioError, match="must be a finite number"):
        check_field("cluster.count", 10**400)  # too large for a float: not an OverflowError
    assert math.isclose(check_field("cluster.mfu", 0.4), 0.4)
