"""The model as the hardware sees it (issue 14): mixture-of-experts accounting, precision, attention FLOP,
memory per accelerator — each formula against a hand computation or the numbers its source prints."""

import math
from dataclasses import replace
from pathlib import Path

import pytest

import engine
from engine import architecture as arch
from engine.catalogue import accelerators
from engine.scenario import MoE, Parallel
from tests.engine.builders import scenario

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
GIB = 2.0**30


def deepseek(count=2048, **parallel):
    s = engine.load(EXAMPLES / "deepseek-v3-replica.scaleplan.json")
    return replace(s, cluster=replace(s.cluster, count=count), parallel=replace(s.parallel, **parallel))


# -- ZeRO (Rajbhandari et al. 2020) ---------------------------------------------------------------------
@pytest.mark.parametrize("stage, printed_gb", [(0, 120.0), (1, 31.4), (2, 16.6), (3, 1.9)])
def test_zero_stages_reproduce_the_papers_worked_example(stage, printed_gb):
    """ZeRO §5 (Figure 1): a 7.5 B-parameter model, mixed-precision Adam (K = 12), N_d = 64 data-parallel
    ranks: 120 GB per device as the baseline, 31.4 GB with P_os, 16.6 GB with P_os+g, 1.9 GB with P_os+g+p."""
    split = arch.expert_split(7.5e9)
    sh = arch.Sharding(count=64, tensor=1, pipeline=1, expert=1, zero_stage=stage, recompute="full")
    m = arch.memory(split, layers=1, d_model=64, sharding=sh, precision="bf16", sequence_tokens=16, capacity_gib=80)
    assert m.state_bytes / 1e9 == pytest.approx(printed_gb, abs=0.05)


def test_bf16_recipe_is_zeros_16_bytes_and_fp8_deepseeks_fp32_master_and_grads():
    assert arch.PRECISIONS["bf16"].state_bytes == 16.0  # ZeRO §3.1: 2Ψ + 2Ψ + 12Ψ
    fp8 = arch.PRECISIONS["fp8"]  # DeepSeek-V3 §3.3.3: FP32 master 4 + FP32 grads 4 + BF16 moments 2 + 2, BF16 copy 2
    assert (fp8.grads_bytes, fp8.optimizer_bytes, fp8.weights_bytes) == (4.0, 8.0, 2.0)


# -- activations (Korthikanti et al. 2022, Table 2) -----------------------------------------------------
def test_activations_per_layer_follow_table_2_by_hand():
    s, h, t = 2048, 12288, 8  # GPT-3 175B's width; a = h/128 = 96 heads
    a = 96
    assert arch.activation_bytes_per_layer(s, h, t, "none") == pytest.approx(s * h * (34 / t + 5 * a * s / (h * t)))
    assert arch.activation_bytes_per_layer(s, h, t, "selective") == pytest.approx(s * h * 34 / t)
    assert arch.activation_bytes_per_layer(s, h, t, "full") == pytest.approx(s * h * 2)
    # no parallelism: sbh(34 + 5as/h) — eq. 1
    assert arch.activation_bytes_per_layer(s, h, 1, "none") == pytest.approx(s * h * (34 + 5 * a * s / h))


def test_pipeline_first_stage_holds_l_layers_worth_of_activations():
    """§4.2.3: with 1F1B the first stage stores p micro-batches of its L/p layers: L layers' worth, whatever p."""
    split = arch.expert_split(7e10)
    acts = {p: arch.memory(split, 80, 8192, arch.Sharding(1024, 8, p, 1, 1, "selective"), "bf16", 4096, 80)
            .activations_bytes for p in (1, 4, 16)}
    assert acts[1] == acts[4] == acts[16] == pytest.approx(80 * 4096 * 8192 * 34 / 8)


# -- shape and attention FLOP ---------------------------------------------------------------------------
def test_shape_from_size_has_128_width_per_layer_and_twelve_l_d_squared_parameters():
    form = arch.shape(405e9)
    assert form.d_model / form.layers == pytest.approx(128)
    assert 12 * form.layers * form.d_model**2 == pytest.approx(405e9)
    assert round(form.layers) == 127  # Llama 3 405B has 126 (Table 3)
    assert arch.shape(405e9, layers=126).d_model == pytest.approx(math.sqrt(405e9 / (12 * 126)))


@pytest.mark.parametrize("context, share", [(8192, 0.0771), (131072, 0.572)])
def test_attention_share_of_llama_405b_by_hand(context, share):
    """Llama 3 405B (126 layers, width 16,384): attention 12·126·16,384·T per token against 6·405 B.
    8K: 2.03e11 / (2.43e12 + 2.03e11) = 7.7%; 128K: 3.25e12 / (2.43e12 + 3.25e12) = 57%."""
    attention = 12 * 126 * 16384 * context
    by_hand = attention / (6 * 405e9 + attention)
    assert by_hand == pytest.approx(share, abs=5e-4)
    s = engine.load(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json")
    p = engine.plan(s.with_changes("model.context_tokens", context))
    assert p.attention_flop_share == pytest.approx(by_hand, rel=1e-9)
    assert p.training_flop == pytest.approx(6 * 405e9 * 15.6e12 + attention * 15.6e12, rel=1e-9)
    assert p.compute_flop == pytest.approx(6 * 405e9 * 15.6e12)  # the law stays on 6·N·D


def test_without_a_context_the_plan_is_six_n_d_exactly():
    p = engine.plan(scenario())
    assert p.context_tokens is None and p.attention_flop_share == 0 and p.training_flop == p.compute_flop


def test_compute_optimal_with_context_spends_the_hardwares_flop_on_both():
    base = scenario()
    p = engine.plan(base.with_changes("model.context_tokens", 32768))
    hardware = engine.plan(base).compute_flop  # what the cluster delivers in the schedule
    assert p.training_flop == pytest.approx(hardware, rel=1e-3)
    assert p.compute_flop == pytest.approx(6 * p.n_params * p.n_tokens, rel=1e-9)
    assert p.compute_flop < hardware and p.attention_flop_share > 0.05


# -- precision -----------------------------------------------------------------------------------------
def test_fp8_doubles_the_h100_peak_for_the_same_mfu():
    h100 = accelerators()["h100-sxm"]
    assert h100.peak_in("fp8") == pytest.approx(2 * h100.peak_in("bf16"), rel=1e-3)
    bf16 = scenario(model={"objective": "fixed_run", "n_params": 7e10, "n_tokens": 1.4e12})
    fp8 = bf16.with_changes("cluster.precision", "fp8").with_changes("cluster.peak_flop_per_s", h100.peak_in("fp8"))
    a, b = engine.plan(bf16), engine.plan(fp8)
    assert b.wall_clock_days == pytest.approx(a.wall_clock_days / 2, rel=1e-3)
    assert "input.peak_precision" not in {f.code for f in b.findings}


def test_fp8_with_the_bf16_peak_is_flagged_and_mfu_is_judged_on_the_bf16_basis():
    s = scenario().with_changes("cluster.precision", "fp8")  # the peak left at BF16's 989 TFLOP/s
    assert "input.peak_precision" in {f.code for f in engine.plan(s).findings}
    # DeepSeek-V3: ~16.5 % of the FP8 peak is ~33 % of BF16: plausible, no MFU finding; 40 % of FP8 (80 % of
    # BF16) is not
    ds = deepseek()
    assert "input.mfu_implausible" not in {f.code for f in engine.plan(ds.with_changes("cluster.mfu", 0.165)).findings}
    high = engine.plan(ds.with_changes("cluster.mfu", 0.40))
    found = [f for f in high.findings if f.code == "input.mfu_implausible"]
    assert found and "80% of the BF16 peak" in found[0].message


def test_a100_in_fp8_is_flagged():
    s = scenario(cluster={"accelerator": "a100-80gb-sxm", "peak_flop_per_s": 3.12e14, "precision": "fp8"})
    f = [f for f in engine.plan(s).findings if f.code == "input.peak_precision"]
    assert f and "no FP8" in f[0].message


# -- mixture of experts ----------------------------------------------------------------------------------
def test_moe_compute_from_active_memory_from_total():
    p = engine.plan(deepseek())
    assert p.n_params_active == 37e9 and p.n_params_total == 671e9
    assert p.compute_flop == pytest.approx(6 * 37e9 * 14.8e12)
    assert p.memory_required_gb == pytest.approx(671e9 * 14 / 1e9)  # FP8 recipe: 9.4 TB of training state
    assert p.to_dict()["n_params_total"] == 671e9 and p.to_dict()["n_params_active"] == 37e9
    dense = engine.plan(scenario())
    assert dense.n_params_active == dense.n_params_total == dense.n_params


def test_moe_total_estimated_from_the_experts_is_within_ten_percent_for_deepseek_v3():
    split = arch.expert_split(37e9, 256, 8, 1)
    assert split.estimated and split.n_params_total == pytest.approx(671e9, rel=0.10)
    given = arch.expert_split(37e9, 256, 8, 1, 671e9)
    assert given.n_params_total == 671e9 and given.dense + 8 * (given.routed / 256) == pytest.approx(37e9)


def test_deepseek_v3_hours_at_the_mfu_the_published_hours_imply():
    """DeepSeek-V3: 2.788 M H800-hours in all (2.664 M pre-training + 119 K context extension + 5 K post-
    training; arXiv 2412.19437 §1). The MFU those hours imply, by hand, on the FP8 dense peak with 90 %
    goodput and attention at 4K context (61 layers, width 7,168) — the plan gives the hours back within 1 %."""
    flop = 6 * 37e9 * 14.8e12 + 12 * 61 * 7168 * 4096 * 14.8e12
    for hours in (2.788e6, 2.664e6):
        mfu = flop / (hours * 3600 * 1.979e15 * 0.9)
        p = engine.plan(deepseek().with_changes("cluster.mfu", mfu))
        assert p.accelerator_hours == pytest.approx(hours, rel=0.01)
    assert 0.15 < 2.788e6 and 0.19 < flop / (2.788e6 * 3600 * 1.979e15) * 2 < 0.40  # ~36 % of BF16 peak


def test_deepseek_v3_memory_flagged_on_64_h800_not_on_2048():
    """10.7 TB of BF16-recipe state (9.4 TB in FP8) cannot live on 64 × 80 GiB; on 2,048 with the published
    sharding (PP 16 × EP 64, ZeRO-1, no TP) it fits."""
    assert 671e9 * 16 / 1e12 == pytest.approx(10.7, abs=0.05)
    big = engine.plan(deepseek())
    assert big.memory_per_accelerator_gib < big.memory_capacity_gib
    assert "memory.infeasible" not in {f.code for f in big.findings}
    small = engine.plan(deepseek(count=64, pipeline=16, expert=4))
    found = [f for f in small.findings if f.code == "memory.infeasible"]
    assert found and "training state alone does not fit" in found[0].message
    assert "accelerators" in found[0].fix
    auto = engine.plan(deepseek(count=64, tensor=None, pipeline=None, expert=None, zero_stage=3))
    assert "memory.infeasible" in {f.code for f in auto.findings}  # no sharding of 64 holds it


def test_memory_finding_names_the_sharding_that_fits():
    """One change fits: each listed one is checked to fit; none does alone: a whole sharding that fits."""
    s = scenario(model={"objective": "fixed_params", "n_params": 7e10})
    s = replace(s, parallel=Parallel(tensor=1, pipeline=4, expert=None, zero_stage=3, recompute="selective"))
    p = engine.plan(s)
    f = [f for f in p.findings if f.code == "memory.infeasible"]
    assert f and "would fit." in f[0].fix, [x.code for x in p.findings]
    assert "activations do not fit" in f[0].message
    changes = arch.fixes(engine.planner.expert_split(s, 7e10), p.layers, p.d_model,
                         arch.Sharding(1024, 1, 4, 1, 3, "selective"), "bf16", None, 80.0, None)
    # pipelining does not help activations: the first stage holds L layers' worth whatever p (§4.2.3)
    assert {what for what, _ in changes} == {"recompute", "tensor"}
    for what, value in changes:
        fixed = replace(s, parallel=replace(s.parallel, **(
            {"recompute": ("none", "selective", "full")[value]} if what == "recompute" else {what: value})))
        assert "memory.infeasible" not in {x.code for x in engine.plan(fixed).findings}, (what, value)
    # no recomputation, no model parallelism, ZeRO-1: 737 GiB; no one change is enough
    worst = replace(s, parallel=Parallel(tensor=1, pipeline=1, expert=None, zero_stage=1, recompute="none"))
    f = [f for f in engine.plan(worst).findings if f.code == "memory.infeasible"]
    assert f and "This sharding fits" in f[0].fix
    v = f[0].values
    fixed = replace(s, parallel=Parallel(tensor=v["fit_tensor"], pipeline=v["fit_pipeline"], expert=None,
                                         zero_stage=v["fit_zero"], recompute=v["fit_recompute_mode"]))
    assert "memory.infeasible" not in {x.code for x in engine.plan(fixed).findings}


def test_llama_405b_fits_tight_on_its_published_sharding_and_its_hours():
    """Llama 3 405B on 16,384 H100 at TP 8 × PP 16 (Table 4), 8K context: about 73 GiB of 80 — it fits, with
    little headroom; its hours are within 2 % of the model card's 30.84 M at Table 4's 41 % MFU."""
    p = engine.plan(engine.load(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json"))
    assert 0.85 < p.memory_per_accelerator_gib / p.memory_capacity_gib < 1.0
    assert p.accelerator_hours == pytest.approx(30.84e6, rel=0.02)
    assert "memory.infeasible" not in {f.code for f in p.findings}


def test_auto_sharding_picks_the_least_model_parallelism_that_fits():
    p = engine.plan(scenario())  # 93 B on 1,024 H100: activations at 4K need tensor parallel 2
    assert (p.tensor_parallel, p.pipeline_parallel) == (2, 1)
    assert p.memory_per_accelerator_gib <= 80
    one = engine.plan(scenario(model={"objective": "fixed_params", "n_params": 1e9}))
    assert (one.tensor_parallel, one.pipeline_parallel, one.expert_parallel) == (1, 1, 1)


def test_memory_counts_binary_gigabytes():
    """An "80 GB" H100 has 80 GiB = 85.9 × 10⁹ bytes of HBM."""
    p = engine.plan(scenario())
    assert p.memory_capacity_gib == 80.0
    s = scenario(model={"objective": "fixed_params", "n_params": 7e10})
    m = engine.planner.memory_per_accelerator_gib(s)
    assert m * GIB == pytest.approx(85.9e9, rel=1e-3)


def test_moe_file_round_trip_and_edits():
    s = deepseek()
    assert engine.loads(engine.dumps(s)) == s
    dense = s.with_changes("model.moe.experts", None)
    assert dense.model.moe is None
    again = dense.with_changes("model.moe.experts", 64)
    assert again.model.moe == MoE(experts=64)
    with pytest.raises(engine.ScenarioError) as err:
        engine.loads(engine.dumps(s).replace('"active_experts": 8', '"active_experts": 300'))
    assert err.value.path == "model.moe.active_experts"


def test_tornado_moves_precision_and_context():
    """The tornado has a bar for BF16 ↔ FP8 (each at its catalogue peak, the MFU held) and one for the
    context length; FP8 halves a fixed run's days on an H100."""
    from engine.sensitivity import sensitivity

    s = engine.load(EXAMPLES / "llama-3.1-405b-replica.scaleplan.json")
    days = {t.output: t for t in sensitivity(s)}["wall_clock_days"]
    bars = {b.path: b for b in days.bars}
    assert bars["cluster.precision"].output_high == pytest.approx(bars["cluster.precision"].output_low / 2, rel=1e-3)
    ctx = bars["model.context_tokens"]
    assert ctx.input_low == round(8192 * 0.8) and ctx.output_low < days.base < ctx.output_high
    dense_no_fp8 = scenario(cluster={"accelerator": "a100-80gb-sxm", "peak_flop_per_s": 3.12e14})
    assert all(b.path != "cluster.precision" for t in sensitivity(dense_no_fp8) for b in t.bars)


def test_checkpoint_and_weights_follow_all_the_parameters():
    """DeepSeek-V3: its checkpoint holds the FP8 recipe's 14 bytes for each of 671 B parameters (9.4 TB);
    its BF16 weights 2 bytes each (1.34 TB) — not the 37 B active ones."""
    p = engine.plan(deepseek())
    assert p.checkpoint_gb == pytest.approx(671e9 * 14 / 1e9)
    assert p.weights_gb == pytest.approx(671e9 * 2 / 1e9)
    assert p.to_dict()["weights_gb"] == pytest.approx(1342.0)
