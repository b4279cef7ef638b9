"""plan(): the four objectives, budget arithmetic against published runs, every finding code."""

import json

import pytest

import engine
from engine import ScenarioError
from engine.presets import presets

BASE = engine.default_scenario()


def with_(s, **changes):
    for path, value in changes.items():
        s = s.with_changes(path.replace("__", "."), value)
    return s.validated()


def codes(p):
    return {f.code for f in p.findings}


def test_default_plan_numbers():
    p = engine.plan(BASE)
    # C = count × peak × MFU × goodput × days × 86,400 (DESIGN.md §4)
    assert p.compute_flop == pytest.approx(1024 * 9.894e14 * 0.40 * 0.90 * 30 * 86400, rel=1e-12)
    assert p.compute_pf_days == pytest.approx(p.compute_flop / 8.64e19)
    law = presets()["epoch-2024"]
    assert p.n_params == pytest.approx(law.optimal_n_params(p.compute_flop), rel=1e-12)
    assert 6 * p.n_params * p.n_tokens == pytest.approx(p.compute_flop, rel=1e-12)
    assert p.loss_low < p.loss < p.loss_high
    assert p.accelerator_hours == 1024 * 30 * 24
    assert p.energy_mwh == pytest.approx(1024 * 700 * 1.2 * 30 * 24 / 1e6)
    assert p.total_cost == pytest.approx(p.energy_cost + p.accelerator_cost)
    assert p.co2_t == pytest.approx(p.energy_mwh * 0.421)


def test_json_has_the_contract_keys():
    d = engine.plan(BASE).to_dict()
    for key in ["compute_flop", "compute_pf_days", "wall_clock_days", "accelerator_hours", "n_params",
                "n_tokens", "tokens_per_param", "loss", "loss_low", "loss_high", "epochs", "effective_tokens",
                "inference_flop", "lifetime_flop", "energy_mwh", "average_power_mw", "energy_cost",
                "accelerator_cost", "total_cost", "currency", "co2_t", "findings"]:
        assert key in d, key
    json.dumps(d, allow_nan=False)


def test_gpt3_energy_patterson_2021():
    # Patterson et al. 2021 Table 4: GPT-3 on 10,000 V100 for 14.8 days at 330 W, PUE 1.10 -> 1,287 MWh.
    s = with_(BASE, cluster__accelerator="v100-sxm2", cluster__count=10_000, cluster__power_w=330,
              energy__pue=1.10, schedule__days=14.8)
    assert engine.plan(s).energy_mwh == pytest.approx(1287, rel=0.005)


def test_bloom_energy_luccioni_2022():
    # Luccioni et al. 2022: 1,082,990 A100-hours x 0.4 kW = 433 MWh (PUE not included).
    s = with_(BASE, cluster__accelerator="a100-80gb-sxm", cluster__count=384, cluster__power_w=400,
              energy__pue=1.0, schedule__days=1_082_990 / 384 / 24)
    p = engine.plan(s)
    assert p.accelerator_hours == pytest.approx(1_082_990)
    assert p.energy_mwh == pytest.approx(433, rel=0.001)


def test_fixed_run_llama31_405b_compute():
    # Llama Team 2024 §3.2.1: 405B params, 15.6T tokens, 3.8e25 FLOP; 16,384 H100 at 38-43% MFU.
    s = with_(BASE, model__objective="fixed_run", model__n_params=405e9, model__n_tokens=15.6e12,
              cluster__count=16384, cluster__mfu=0.41, schedule__goodput=0.9)
    p = engine.plan(s)
    assert p.compute_flop == pytest.approx(3.8e25, rel=0.005)
    assert p.wall_clock_days == pytest.approx(3.8e25 / (16384 * 9.894e14 * 0.41 * 0.9 * 86400), rel=0.005)
    assert "compute.regulatory_threshold" in codes(p)
    assert "allocation.off_optimal" not in codes(p) or p.n_params / p.optimal_n_params > 2


def test_fixed_params_uses_the_whole_budget():
    s = with_(BASE, model__objective="fixed_params", model__n_params=7e9)
    p = engine.plan(s)
    assert p.n_tokens == pytest.approx(p.compute_flop / (6 * 7e9))
    assert "allocation.off_optimal" in codes(p)  # 7B at ~1e24 FLOP is far below the optimum


def test_target_loss_round_trips_compute_optimal():
    p = engine.plan(BASE)
    t = engine.plan(with_(BASE, model__objective="target_loss", model__target_loss=p.loss))
    assert t.compute_flop == pytest.approx(p.compute_flop, rel=1e-6)
    assert t.wall_clock_days == pytest.approx(30.0, rel=1e-6)
    assert t.n_params == pytest.approx(p.n_params, rel=1e-6)


def test_target_loss_with_inference_tokens_sardana():
    # Sardana et al. 2024: with heavy inference demand the lifetime-optimal model is smaller and
    # trained on more tokens than the Chinchilla-optimal one at the same loss.
    plain = engine.plan(with_(BASE, model__objective="target_loss", model__target_loss=2.0))
    served = engine.plan(with_(BASE, model__objective="target_loss", model__target_loss=2.0,
                               model__inference_tokens=2e13))
    assert served.n_params < plain.n_params and served.n_tokens > plain.n_tokens
    assert served.loss == pytest.approx(2.0, abs=1e-9)
    assert served.lifetime_flop < plain.compute_flop + 2 * plain.n_params * 2e13
    assert served.inference_flop == pytest.approx(2 * served.n_params * 2e13)


def test_unreachable_target_with_little_data_is_refused():
    s = with_(BASE, law__preset="muennighoff-2023", data__unique_tokens=1e9, model__objective="target_loss",
              model__target_loss=1.9)
    with pytest.raises(ScenarioError, match="lowest reachable loss"):
        engine.plan(s)


def test_data_constrained_plan_repeats_data():
    s = with_(BASE, law__preset="muennighoff-2023", data__unique_tokens=2e11)
    p = engine.plan(s)
    assert p.data_constrained and p.epochs > 1
    unconstrained = engine.plan(with_(s, data__unique_tokens=None))
    assert p.loss > unconstrained.loss
    assert p.effective_tokens < p.n_tokens


@pytest.mark.parametrize("changes, code, words", [
    ({"energy__cap_mwh": 100.0}, "energy.cap_exceeded", "over the cap of 100 MWh"),
    ({"money__budget": 1e6}, "budget.exceeded", "over the budget of ¥1M"),
    ({"data__unique_tokens": 3e11}, "data.repeated", "epochs are worth about"),  # 5.6 epochs: the last worth 74%
    ({"data__unique_tokens": 1e11}, "data.diminishing", "repeats the unique tokens"),  # 17: 35%
    ({"data__unique_tokens": 2e10}, "data.exhausted", "adds almost nothing"),  # 84: 0.4%
    ({"data__unique_tokens": 5e14}, "data.beyond_public_stock", "stock of public human text"),  # unique, 1.7×
    ({"cluster__count": 16, "schedule__days": 3000, "model__objective": "fixed_params",
      "model__n_params": 2e11}, "memory.infeasible", "200 B parameters × 16 bytes in BF16"),
    ({}, "law.extrapolation_modest", "a modest extrapolation"),  # 73× the largest run
    ({"cluster__count": 2048}, "law.extrapolation", "decades of extrapolation"),  # 145×
    ({"model__objective": "fixed_run", "model__n_params": 1e9, "model__n_tokens": 2e13},
     "law.tokens_per_param_extrapolation", "20,000 tokens per parameter"),
    ({"model__objective": "fixed_run", "model__n_params": 8e9, "model__n_tokens": 15e12},
     "law.tokens_per_param_extrapolation_modest", "1,875 tokens per parameter"),  # Llama 3 8B
    ({"cluster__mfu": 0.0045}, "input.mfu_implausible", "Did you mean 45%?"),
    ({"cluster__count": 128, "schedule__days": 365}, "schedule.outpaced", "365 days (12 months)"),
    ({"cluster__mfu": 0.75}, "input.mfu_implausible", "75%"),
    ({"cluster__count": 20_000}, "compute.regulatory_threshold", "EU AI Act"),
])
def test_every_finding_code(changes, code, words):
    p = engine.plan(with_(BASE, **changes))
    found = [f for f in p.findings if f.code == code]
    assert found, [f.code for f in p.findings]
    assert words in found[0].message
    assert found[0].severity == engine.FINDING_CODES[code]
    if found[0].severity != "info":
        assert found[0].fix  # every problem says what would fix it


def test_budget_fix_is_quantified():
    p = engine.plan(with_(BASE, money__budget=1.7e8))
    f = next(f for f in p.findings if f.code == "budget.exceeded")
    # about half the budget -> about half the days (a rental: the price includes the power)
    assert "shorten the run to 15.6 days" in f.fix


def test_findings_sorted_by_severity():
    p = engine.plan(with_(BASE, money__budget=1e6, data__unique_tokens=1e12, cluster__count=20_000))
    sev = [f.severity for f in p.findings]
    assert sev == sorted(sev, key=["error", "warning", "info"].index)


def test_every_preset_plans():
    for law_id in presets():
        p = engine.plan(with_(BASE, law__preset=law_id))
        assert p.law_id == law_id and 0 < p.loss < 10 and p.n_params > 0


def test_shipped_examples_load_and_plan():
    from engine.resources import resource_path

    files = sorted(resource_path("examples").glob("*.scaleplan.json"))
    assert len(files) >= 4
    for path in files:
        p = engine.plan(engine.load(path))
        assert p.loss > 0 and p.total_cost >= 0, path.name
