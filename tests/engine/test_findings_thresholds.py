"""Findings for plans that should not pass silently (issue 12): every threshold tested on each side, each test
citing where its threshold comes from; a sound plan is green and a bad one stands out."""

import math
from dataclasses import replace

import pytest

import engine
from engine import planner
from engine.laws import MUENNIGHOFF_R_D_STAR, ParametricLaw
from engine.presets import presets
from engine.units import EU_AI_ACT_THRESHOLD_FLOP, MFU_PLAUSIBLE_MAX, MFU_PLAUSIBLE_MIN, PUBLIC_TEXT_STOCK_TOKENS

BASE = engine.default_scenario()
EPOCH = presets()["epoch-2024"]


def with_(s, **changes):
    for path, value in changes.items():
        s = s.with_changes(path.replace("__", "."), value)
    return s.validated()


def found(p, code):
    return [f for f in p.findings if f.code == code]


def findings_at(p, **fields):
    """The findings of plan ``p`` with some of its numbers replaced (to sit exactly on a threshold)."""
    return planner._findings(replace(p, **fields), EPOCH)


def codes(findings):
    return {f.code for f in findings}


def traffic_light(p):
    """As the window and the report show it: red with an error, amber with a warning, else green."""
    return {"error": "red", "warning": "amber"}.get(p.worst_severity or "", "green")


# -- a sound plan is green, a bad one stands out -----------------------------------------------------------
def test_default_plan_is_green():
    """1,024 H100 for 30 days under epoch-2024: 9.5e23 FLOP, 73× the largest run, 18 tokens per parameter."""
    p = engine.plan(BASE)
    assert [(f.code, f.severity) for f in p.findings] == [("law.extrapolation_modest", "info")]
    assert traffic_light(p) == "green"


@pytest.mark.parametrize("changes, light, code", [
    ({"model__objective": "fixed_run", "model__n_params": 405e9, "model__n_tokens": 15.6e12,
      "cluster__count": 128}, "red", "schedule.too_long"),  # the 405B on 128 H100: decades
    ({"cluster__mfu": 0.0045}, "amber", "input.mfu_implausible"),  # 0.45% typed for 45%
    ({"model__objective": "fixed_run", "model__n_params": 1e9, "model__n_tokens": 2e13},
     "amber", "law.tokens_per_param_extrapolation"),  # 20,000 tokens per parameter
    ({"data__unique_tokens": 5e14}, "amber", "data.beyond_public_stock"),  # a claimed 5e14 unique tokens
    ({"cluster__count": 20_000}, "amber", "law.extrapolation"),  # 1.8e25 FLOP: 3.2 decades beyond
])
def test_bad_plans_stand_out(changes, light, code):
    p = engine.plan(with_(BASE, **changes))
    assert traffic_light(p) == light and found(p, code), [(f.code, f.severity) for f in p.findings]


def test_each_code_keeps_one_severity():
    """The registry is a contract: a graded finding is a code per severity, never one code of two severities."""
    for changes in ({}, {"cluster__count": 2048}, {"data__unique_tokens": 1e11}, {"data__unique_tokens": 2e10},
                    {"cluster__mfu": 0.05}, {"schedule__days": 300}):
        for f in engine.plan(with_(BASE, **changes)).findings:
            assert f.severity == engine.FINDING_CODES[f.code], f.code


# -- 1. MFU implausibly low --------------------------------------------------------------------------------
def test_mfu_low_threshold():
    """10%: half the lowest MFU published for a large run (GPT-3 ≈ 20%: 19.7% from Epoch AI's GPU-hour
    estimate; PaLM, Chowdhery et al. 2022, Table 3: 21.3%); most runs reach 30–50% (engine/units.py)."""
    assert MFU_PLAUSIBLE_MIN == 0.10
    assert not found(engine.plan(with_(BASE, cluster__mfu=0.10)), "input.mfu_implausible")
    low = found(engine.plan(with_(BASE, cluster__mfu=0.099)), "input.mfu_implausible")
    assert low and low[0].severity == "warning"
    assert "An MFU of 9.9% is far below" in low[0].message and "Did you mean" not in low[0].message
    assert "measured less" in low[0].fix


def test_mfu_typo_is_named():
    """Below 1% the value a hundred times larger is the likely one: 0.45 typed into a percent field."""
    f = found(engine.plan(with_(BASE, cluster__mfu=0.0045)), "input.mfu_implausible")[0]
    assert "An MFU of 0.45% is far below" in f.message and f.message.endswith("Did you mean 45%?")
    assert "Did you mean" not in found(engine.plan(with_(BASE, cluster__mfu=0.011)), "input.mfu_implausible")[0].message


def test_mfu_high_threshold_unchanged():
    """60%: above PaLM's 46.2% and MegaScale's 55.2% (engine/units.py)."""
    assert not found(engine.plan(with_(BASE, cluster__mfu=MFU_PLAUSIBLE_MAX)), "input.mfu_implausible")
    assert found(engine.plan(with_(BASE, cluster__mfu=0.61)), "input.mfu_implausible")


# -- 2. wall-clock too long --------------------------------------------------------------------------------
def test_outpaced_threshold():
    """9 months (273.9 days): Epoch AI 2025, https://epoch.ai/data-insights/longest-training-run — "training
    runs lasting more than 9 months may be inefficient" (outpaced by later starts on better hardware and
    algorithms)."""
    assert planner.OUTPACED_DAYS == pytest.approx(273.9375)
    assert not found(engine.plan(with_(BASE, schedule__days=273.9)), "schedule.outpaced")
    p = engine.plan(with_(BASE, schedule__days=274))
    f = found(p, "schedule.outpaced")[0]
    assert f.severity == "warning" and "274 days (9 months)" in f.message
    assert "more accelerators and fewer days" in f.fix  # the days are the scenario's own


def test_outpaced_fixed_run_and_beyond_the_schema():
    """A fixed run's days are an output: the fix names the cluster. Beyond the schema's 3,650 days the error
    schedule.too_long says it instead (one finding, not two)."""
    s = with_(BASE, model__objective="fixed_run", model__n_params=70e9, model__n_tokens=15e12, cluster__count=512)
    p = engine.plan(s)
    assert 274 < p.wall_clock_days < 3650
    assert "Use more or faster accelerators" in found(p, "schedule.outpaced")[0].fix
    far = engine.plan(with_(s, model__n_params=405e9, cluster__count=128))
    assert far.wall_clock_days > 3650
    assert found(far, "schedule.too_long") and not found(far, "schedule.outpaced")


# -- 3. tokens per parameter far from what the law saw -----------------------------------------------------
def fixed_run(ratio, n=1e9):
    return engine.plan(with_(BASE, model__objective="fixed_run", model__n_params=n, model__n_tokens=ratio * n))


def test_tokens_per_param_range_is_the_chinchilla_runs():
    """0.456–341 tokens per parameter: Epoch AI's 240 runs read off Hoffmann et al. 2022 Fig. 4
    (../shared/reference/epoch_chinchilla_fig4_runs.csv minus the 5 highest losses, D = C/(6N))."""
    assert planner.FITTED_TOKENS_PER_PARAM["epoch-2024"] == (0.456, 341.0)
    assert planner.RATIO_EXTRAPOLATION_FACTOR == 10.0


@pytest.mark.parametrize("ratio, code", [
    (340, None), (342, "law.tokens_per_param_extrapolation_modest"),
    (3400, "law.tokens_per_param_extrapolation_modest"), (3420, "law.tokens_per_param_extrapolation"),
])
def test_tokens_per_param_above(ratio, code):
    """Information within one decade of the runs' ratios, a warning beyond: in a bootstrap of the same runs the
    loss band doubles within about a decade past them (engine/planner.py, RATIO_EXTRAPOLATION_FACTOR)."""
    got = [f for f in fixed_run(ratio).findings if f.code.startswith("law.tokens_per_param")]
    assert [f.code for f in got] == ([code] if code else [])
    if code:
        assert f"{ratio:,} tokens per parameter" in got[0].message and "0.46–341" in got[0].message


@pytest.mark.parametrize("ratio, code", [
    (0.46, None), (0.45, "law.tokens_per_param_extrapolation_modest"),
    (0.046, "law.tokens_per_param_extrapolation_modest"), (0.045, "law.tokens_per_param_extrapolation"),
])
def test_tokens_per_param_below(ratio, code):
    """The same on the other side of the runs' ratios (0.456 tokens per parameter)."""
    got = [f.code for f in fixed_run(ratio, n=1e10).findings if f.code.startswith("law.tokens_per_param")]
    assert got == ([code] if code else [])


def test_tokens_per_param_only_where_the_law_declares_its_runs():
    """Kaplan's and Muennighoff's presets carry no range of tokens per parameter: nothing is claimed."""
    for law_id in ("kaplan-2020", "muennighoff-2023"):
        p = engine.plan(with_(BASE, law__preset=law_id, model__objective="fixed_run", model__n_params=1e9,
                              model__n_tokens=2e13))
        assert not [f for f in p.findings if f.code.startswith("law.tokens_per_param")]


def test_inference_heavy_target_is_flagged():
    """Inference-heavy target-loss plans reach thousands of tokens per parameter (Sardana et al. 2024)."""
    p = engine.plan(with_(BASE, model__objective="target_loss", model__target_loss=2.0,
                          model__inference_tokens=1e15))
    assert p.tokens_per_param > 3410 and found(p, "law.tokens_per_param_extrapolation")


# -- 4. the public text stock compares unique data ---------------------------------------------------------
def test_stock_compares_unique_tokens():
    """Villalobos et al. 2024: ~3e14 tokens of public human text. Repeating data uses no more of it: 1e13 unique
    tokens seen 40 times is not 1.3× the stock; a claim of 3.1e14 unique tokens is beyond it."""
    repeated = engine.plan(with_(BASE, model__objective="fixed_run", model__n_params=1e11, model__n_tokens=4e14,
                                 data__unique_tokens=1e13))
    assert repeated.n_tokens > PUBLIC_TEXT_STOCK_TOKENS and not found(repeated, "data.beyond_public_stock")
    assert not found(engine.plan(with_(BASE, data__unique_tokens=3e14)), "data.beyond_public_stock")
    f = found(engine.plan(with_(BASE, data__unique_tokens=3.1e14)), "data.beyond_public_stock")[0]
    assert f.message.startswith("The scenario gives 310 T unique tokens, 1× the estimated stock")
    assert "synthetic or private" in f.fix


def test_stock_counts_every_token_as_unique_when_none_are_given():
    s = with_(BASE, data__unique_tokens=None, model__objective="fixed_run", model__n_params=1e10,
              model__n_tokens=3e14)
    assert not found(engine.plan(s), "data.beyond_public_stock")
    f = found(engine.plan(with_(s, model__n_tokens=6e14)), "data.beyond_public_stock")[0]
    assert "600 T tokens, all counted as unique since the scenario gives no unique tokens: 2×" in f.message


# -- 5. repetition graded by what the last epoch is worth --------------------------------------------------
def repeated(epochs):
    """The default plan (its tokens fixed by the compute) with unique tokens for this many epochs."""
    d = engine.plan(BASE).n_tokens
    return engine.plan(with_(BASE, data__unique_tokens=d / epochs))


def data_codes(p):
    return [f.code for f in p.findings if f.code.startswith("data.")]


def test_last_epoch_worth_matches_muennighoff():
    """Muennighoff et al. 2023 (arXiv:2305.16264) eq. 5: D' = U·(1 + R*·(1 − e^(−R/R*))), R_D* = 15.387756;
    dD'/dD = e^(−R/R*): the 17th epoch is worth ~35% of fresh data, the 40th ~8% (issue 12)."""
    d17 = repeated(17)
    assert data_codes(d17) == ["data.diminishing"]
    assert "The last epoch is worth about 35% of a fresh one." in found(d17, "data.diminishing")[0].message
    assert "about 8% of a fresh one" in found(repeated(40), "data.diminishing")[0].message


@pytest.mark.parametrize("epochs, code", [
    (11.6, "data.repeated"), (11.75, "data.diminishing"),  # worth ½ at 1 + R*·ln 2 = 11.666
    (47.0, "data.diminishing"), (47.2, "data.exhausted"),  # worth 5% at 1 + R*·ln 20 = 47.098
])
def test_repetition_cut_points(epochs, code):
    """Information while the last epoch is worth at least half a fresh one (the half-life of repeated data);
    an error once it is worth ≤ 5% (≈ 3 R*: 95% of what repetition can add is spent)."""
    assert 1 + MUENNIGHOFF_R_D_STAR * math.log(2) == pytest.approx(11.666, abs=1e-3)
    assert 1 + MUENNIGHOFF_R_D_STAR * math.log(20) == pytest.approx(47.098, abs=1e-3)
    assert data_codes(repeated(epochs)) == [code]


def test_repetition_fix_keeps_the_last_epoch_worth_half():
    f = found(repeated(84), "data.exhausted")[0]
    assert "beyond ~47 epochs" in f.message and "for ≤ 11 epochs" in f.fix
    assert "keep it within 11 epochs" in found(repeated(17), "data.diminishing")[0].fix


def test_repetition_uses_the_laws_own_constant():
    """A data-constrained law with its own R_D* grades with it (as the plan's effective tokens do)."""
    p = repeated(17)
    law = ParametricLaw(id="custom", name="short memory", E=1.8, A=480.0, B=2000.0, alpha=0.35, beta=0.37,
                        r_d_star=4.0, r_n_star=5.0)
    f = planner._repetition_finding(p, 17.0, p.unique_tokens, law)
    assert f.code == "data.exhausted"  # e^(−16/4) = 1.8%
    assert f.values["last_epoch"] == pytest.approx(math.exp(-4.0))


# -- 6. law extrapolation graded ---------------------------------------------------------------------------
def test_compute_extrapolation_above():
    """Two decades above the largest run: the bootstrap band of L*(C) doubles (±0.013 → ±0.026 nats) at ~80×,
    and Chinchilla itself (5.76e23 FLOP, 44× Hoffmann et al.'s largest run) bore its allocation out."""
    p = engine.plan(BASE)
    top = EPOCH.compute_range_flop[1]
    assert not {"law.extrapolation", "law.extrapolation_modest"} & codes(findings_at(p, compute_flop=top))
    assert "law.extrapolation_modest" in codes(findings_at(p, compute_flop=top * 1.01))
    at_limit = codes(findings_at(p, compute_flop=top * 100))
    assert "law.extrapolation_modest" in at_limit and "law.extrapolation" not in at_limit
    assert "law.extrapolation" in codes(findings_at(p, compute_flop=top * 101))


def test_compute_extrapolation_below():
    """Half a decade below the smallest run: there the bootstrap band doubles within ~3.5×."""
    p = engine.plan(BASE)
    bottom = EPOCH.compute_range_flop[0]
    assert not {"law.extrapolation", "law.extrapolation_modest"} & codes(findings_at(p, compute_flop=bottom))
    assert "law.extrapolation_modest" in codes(findings_at(p, compute_flop=bottom / 3.1))
    assert "law.extrapolation" in codes(findings_at(p, compute_flop=bottom / 3.2))


# -- 7. EU AI Act ------------------------------------------------------------------------------------------
def test_eu_ai_act_is_strictly_greater():
    """Regulation (EU) 2024/1689, Art. 51(2): presumed high-impact "when the cumulative amount of computation
    used for its training measured in floating point operations is greater than 10^25"."""
    p = engine.plan(BASE)
    assert "compute.regulatory_threshold" not in codes(findings_at(p, compute_flop=EU_AI_ACT_THRESHOLD_FLOP))
    above = math.nextafter(EU_AI_ACT_THRESHOLD_FLOP, math.inf)
    assert "compute.regulatory_threshold" in codes(findings_at(p, compute_flop=above))
