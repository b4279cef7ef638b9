"""Scenario format v1: round-trip, validation messages, refusal of bad files, atomic writes."""

import json
import os

import pytest

import engine
from engine import ScenarioError
from engine.scenario import from_dict, to_dict


def default_dict():
    return to_dict(engine.default_scenario())


def test_default_round_trips(tmp_path):
    s = engine.default_scenario().validated()
    path = tmp_path / "a.scaleplan.json"
    engine.save(s, path)
    assert engine.load(path) == s
    text = path.read_text(encoding="utf-8")
    obj = json.loads(text)
    # the DESIGN.md §3 field names, fixed
    assert obj["format"] == "scaleplan-scenario" and obj["version"] == 1
    for section, keys in {"cluster": ["accelerator", "count", "peak_flop_per_s", "mfu", "power_w"],
                          "schedule": ["days", "goodput"],
                          "energy": ["pue", "price_per_kwh", "carbon_kg_per_kwh", "cap_mwh"],
                          "money": ["currency", "price_per_accelerator_hour", "budget"],
                          "data": ["unique_tokens"],
                          "model": ["objective", "n_params", "n_tokens", "target_loss", "inference_tokens"]}.items():
        assert set(keys) <= set(obj[section]), section
    assert obj["law"] == {"preset": "epoch-2024"}


def test_design_md_example_loads():
    example = {
        "format": "scaleplan-scenario", "version": 1, "name": "1,024 H100 for 30 days", "notes": "",
        "cluster": {"accelerator": "h100-sxm", "count": 1024, "peak_flop_per_s": 9.894e14, "mfu": 0.40,
                    "power_w": 700},
        "schedule": {"days": 30, "goodput": 0.90},
        "energy": {"pue": 1.2, "price_per_kwh": 25.0, "carbon_kg_per_kwh": 0.421, "cap_mwh": None},
        "money": {"currency": "JPY", "price_per_accelerator_hour": 0.0, "budget": None},
        "law": {"preset": "epoch-2024"},
        "data": {"unique_tokens": 1.5e13},
        "model": {"objective": "compute_optimal", "n_params": None, "n_tokens": None, "target_loss": None,
                  "inference_tokens": 0},
    }
    s = from_dict(example)
    assert s.cluster.count == 1024 and s.money.price_per_accelerator_hour == 0.0


def test_custom_law_round_trips(tmp_path):
    d = default_dict()
    d["law"] = {"name": "our fit", "E": 1.8, "A": 400.0, "B": 2000.0, "alpha": 0.33, "beta": 0.36,
                "se": {"E": 0.02}, "compute_range_flop": [1e18, 1e21], "source": "our 40 runs"}
    s = from_dict(d)
    path = tmp_path / "c.scaleplan.json"
    engine.save(s, path)
    again = engine.load(path)
    assert to_dict(again)["law"] == d["law"]
    assert again.law.resolve().compute_range_flop == (1e18, 1e21)


def test_extension_keys_are_kept(tmp_path):
    d = default_dict()
    d["x-gui"] = {"splitter": [1, 2]}
    s = from_dict(d)
    path = tmp_path / "x.scaleplan.json"
    engine.save(s, path)
    assert json.loads(path.read_text())["x-gui"] == {"splitter": [1, 2]}


@pytest.mark.parametrize("path, value, needle", [
    ("cluster.mfu", 1.5, "allowed: 0.001 to 1"),
    ("cluster.mfu", 0, "allowed: 0.001 to 1"),
    ("cluster.mfu", 0.0009, "allowed: 0.001 to 1"),
    ("schedule.goodput", 0.009, "allowed: 0.01 to 1"),
    ("energy.cap_mwh", 0.0009, "allowed: 0.001 to 1e9, or null"),
    ("money.budget", 0.5, "allowed: 1 to 1e16, or null"),
    ("cluster.count", 0, "cluster.count"),
    ("cluster.count", 10.5, "not a whole number"),
    ("cluster.count", "1024", "must be a number, not text"),
    ("cluster.count", True, "must be a number, not true/false"),
    ("cluster.accelerator", "tpu-v99", "unknown accelerator"),
    ("schedule.days", -1, "schedule.days"),
    ("schedule.goodput", 1.2, "schedule.goodput"),
    ("energy.pue", 0.9, "allowed: 1 to 3"),
    ("energy.cap_mwh", 0, "energy.cap_mwh"),
    ("money.currency", "yen", "currency code"),
    ("money.budget", -5, "money.budget"),
    ("data.unique_tokens", 1e30, "data.unique_tokens"),
    ("model.objective", "cheapest", "unknown objective"),
    ("model.inference_tokens", None, "is required"),
])
def test_out_of_range_names_field_and_range(path, value, needle):
    d = default_dict()
    section, name = path.split(".")
    d[section][name] = value
    with pytest.raises(ScenarioError) as err:
        from_dict(d)
    assert needle in str(err.value)
    assert err.value.path == path


def test_objective_requires_its_inputs():
    d = default_dict()
    d["model"]["objective"] = "fixed_run"
    d["model"]["n_params"] = 7e10
    with pytest.raises(ScenarioError, match=r"model\.n_tokens: is required when the objective is fixed_run"):
        from_dict(d)


def test_target_below_irreducible_loss_is_refused():
    d = default_dict()
    d["model"].update(objective="target_loss", target_loss=1.5)
    with pytest.raises(ScenarioError, match=r"irreducible loss E = 1.817"):
        from_dict(d)


@pytest.mark.parametrize("text, needle", [
    ("", "not valid JSON"),
    ("{", "not valid JSON"),
    ("[]", "must be a JSON object"),
    ('{"format": "other"}', "is not a ScalePlan scenario"),
    ('{"format": "scaleplan-scenario", "version": 2}', "newer ScalePlan"),
    ('{"format": "scaleplan-scenario", "version": "1"}', "not a format version"),
    ('{"format": "scaleplan-scenario", "version": 1, "cluster": {"mfu": NaN}}', "NaN is not allowed"),
    ('{"format": "scaleplan-scenario", "version": 1, "cluster": {"mfu": Infinity}}', "Infinity is not allowed"),
    ('{"format": "scaleplan-scenario", "version": 1, "cluster": {"mfu": 1e999}}', "finite"),
    ('{"format": "scaleplan-scenario", "version": 1, "cluster": {"speed": 3}}', "cluster.speed: unknown field"),
    ('{"format": "scaleplan-scenario", "version": 1, "colour": 3}', "colour: unknown top-level field"),
    ('{"format": "scaleplan-scenario", "version": 1, "law": {"preset": "gpt-5"}}', "unknown preset"),
    ('{"format": "scaleplan-scenario", "version": 1, "law": {"name": "x", "E": 1}}', "law.A: missing"),
    ('{"format": "scaleplan-scenario", "version": 1, "cluster": []}', "cluster: must be an object"),
])
def test_malformed_text_is_refused(text, needle):
    with pytest.raises(ScenarioError) as err:
        engine.loads(text)
    assert needle in str(err.value)


def test_load_file_problems(tmp_path):
    with pytest.raises(ScenarioError, match="does not exist"):
        engine.load(tmp_path / "missing.json")
    with pytest.raises(ScenarioError, match="is a folder"):
        engine.load(tmp_path)
    bad = tmp_path / "latin1.json"
    bad.write_bytes(b'{"name": "\xe9"}')
    with pytest.raises(ScenarioError, match="not UTF-8"):
        engine.load(bad)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ScenarioError):
        engine.load(deep)


def test_error_names_the_file(tmp_path):
    d = default_dict()
    d["cluster"]["mfu"] = 3
    path = tmp_path / "plan.scaleplan.json"
    path.write_text(json.dumps(d))
    with pytest.raises(ScenarioError) as err:
        engine.load(path)
    assert str(err.value).startswith("plan.scaleplan.json: cluster.mfu: 3 is out of range")


def test_save_is_atomic_and_refuses_invalid(tmp_path, monkeypatch):
    path = tmp_path / "keep.scaleplan.json"
    good = engine.default_scenario()
    engine.save(good, path)
    before = path.read_bytes()
    bad = good.with_changes("cluster.mfu", 7.0)
    with pytest.raises(ScenarioError):
        engine.save(bad, path)
    assert path.read_bytes() == before

    # a crash half-way through writing leaves the old file and no temporary behind
    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        engine.save(good.with_changes("name", "changed"), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.scaleplan.json"]


def test_japanese_text_round_trips(tmp_path):
    s = engine.default_scenario().with_changes("name", "H100 1,024基で30日間の計画")
    path = tmp_path / "ja.scaleplan.json"
    engine.save(s, path)
    assert "30日間" in path.read_text(encoding="utf-8")
    assert engine.load(path).name == s.name
