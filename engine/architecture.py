"""The model as the hardware sees it: its shape, attention's FLOP, mixture-of-experts parameter accounting,
training precision recipes and memory per accelerator under a sharding.

Everything here is arithmetic on published formulas (the source of each is named where it is used);
nothing here changes what a scaling law predicts: the laws were fitted with C = 6·N·D and stay on it.

* **Shape** — a decoder-only transformer has N ≈ 12·L·d² parameters without embeddings (Kaplan et al. 2020,
  eq. 2.1 with d_attn = d and d_ff = 4d). When the user gives neither, the width is 128 per layer
  (:data:`WIDTH_PER_LAYER`): GPT-3 175B has d/L = 12,288/96 = 128 (Brown et al. 2020, Table 2.1) and Llama 3
  405B 16,384/126 = 130 (Llama 3 paper, Table 3). Derived, 405 B parameters give 127 layers of width 16,250.
* **Attention FLOP** — training FLOP per token 6·N + 12·L·d·T: the attention scores and their weighted sum
  over the full T×T matrix, three passes (forward and twice backward) — Korthikanti et al. 2022, Appendix A,
  eq. 7 (72·B·L·s·h²·(1 + s/(6h) + …), whose s/(6h) term is 12·L·h·s per token) and PaLM's MFU (Chowdhery et
  al. 2022, App. B, 6N + 12·L·H·Q·T; read in secondary sources only), and what torchtitan's
  ``get_num_flop_per_token`` counts ("we do not account for sparsity in causal attention"). Megatron-LM's
  ``num_floating_point_operations`` and MaxText's ``calculate_tflops_training_per_device`` halve it for the
  causal mask: against their convention the same run's attention is half and its MFU lower. Attention's
  share of a token's FLOP is 12·L·d·T / (6N + 12·L·d·T); with N = 12·L·d² its ratio to 6N is T/(6·d).
* **Mixture of experts** — compute follows the active parameters, memory the total. Without a given total,
  a third of the active parameters are attention (4·d² of 12·d² per layer) and two thirds the FFN experts a
  token uses (active routed + shared); the total adds the routed experts a token does not use.
* **Memory** — the training state (weights, gradients, optimizer) of :data:`PRECISIONS`' recipe, split over
  tensor × pipeline parallel (experts also over expert parallel) and sharded by ZeRO stage over the
  data-parallel ranks (Rajbhandari et al. 2020, §5 and Figure 1); activations per layer from Korthikanti et al.
  2022 (Table 2, with sequence parallelism), times the layers a pipeline's first stage holds under 1F1B (its
  L/p layers for p micro-batches: L layers' worth). In binary units: an "80 GB" H100 has 80 GiB.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

#: Width per layer (d_model / n_layer) of a shape derived from N alone (GPT-3 175B: 128; Llama 3 405B: 130).
WIDTH_PER_LAYER = 128.0
#: Parameters per layer per d² of a decoder block: attention 4·d², FFN 8·d² (Kaplan et al. 2020, eq. 2.1).
PARAMS_PER_LAYER_PER_D2 = 12.0
#: Share of the (active) parameters in attention when the split is not given: 4·d² of 12·d².
ATTENTION_SHARE = 1.0 / 3.0
#: Training FLOP per token of attention per layer per width per context token (PaLM Appendix B: 12·L·H·Q·T).
ATTENTION_FLOP_PER_LAYER_WIDTH_TOKEN = 12.0
#: Head width assumed for the number of heads in Korthikanti's attention term (a = d / 128; Llama 3, GPT-3).
HEAD_DIM = 128.0
#: Tokens per sequence assumed for activation memory when the scenario gives no context length.
DEFAULT_SEQUENCE_TOKENS = 4096
#: Sequences per micro-batch for activation memory: one, the least any schedule keeps.
MICRO_BATCH_SEQUENCES = 1
BYTES_PER_GIB = float(2**30)
#: Above this share of an accelerator's memory the plan is tight: allocator fragmentation, the framework's
#: own buffers and communication buckets take several GiB that this accounting leaves out.
MEMORY_TIGHT_SHARE = 0.90


@dataclass(frozen=True)
class Recipe:
    """Bytes per parameter of the training state in one precision recipe, with its source."""

    precision: str
    weights_bytes: float
    grads_bytes: float
    #: Optimizer state: the master copy of the weights and Adam's two moments.
    optimizer_bytes: float
    source: str

    @property
    def state_bytes(self) -> float:
        return self.weights_bytes + self.grads_bytes + self.optimizer_bytes


#: Training-state recipes by ``cluster.precision``.
PRECISIONS: dict[str, Recipe] = {
    # ZeRO §3.1: "mixed-precision training of a model with Ψ parameters requires enough memory to hold an
    # fp16 copy of the parameters and the gradients, with memory requirements of 2Ψ and 2Ψ bytes
    # respectively ... [and] an fp32 copy of the parameters, momentum and variance ... K = 12": 16Ψ. BF16 has
    # the same widths as FP16.
    "bf16": Recipe("bf16", 2.0, 2.0, 12.0,
                   "Rajbhandari et al. 2020 (ZeRO), §3.1: 2 + 2 + 12 bytes per parameter"),
    # DeepSeek-V3 §3.3.3: "BF16 ... to track the first and second moments in the AdamW optimizer"; "master
    # weights (stored by the optimizer) and gradients (used for batch size accumulation) are still retained in
    # FP32": 4 + 4 + 2 + 2 = 12 bytes. The weights the FP8 GEMMs are cast from need a working copy beside the
    # (ZeRO-1 sharded) FP32 master; the paper does not give its width: BF16 (2 bytes) is our assumption, as
    # in Megatron-LM's FP8 training.
    "fp8": Recipe("fp8", 2.0, 4.0, 8.0,
                  "DeepSeek-AI 2024 (DeepSeek-V3), §3.3.3: FP32 master weights 4 and gradients 4, BF16 Adam "
                  "moments 2 + 2 bytes per parameter; a BF16 working copy of the weights (2) assumed"),
}

#: Bytes per parameter of the weights a trained model is served from: BF16.
SERVING_BYTES_PER_PARAM = 2.0

#: Activation bytes per layer per (s·b·h), Korthikanti et al. 2022, Table 2 with tensor and sequence
#: parallelism t: none = 34/t + 5·a·s/(h·t); selective = 34/t; full = 2 (the layer's input only).
ACTIVATION_BYTES_NO_RECOMPUTE = 34.0
ACTIVATION_BYTES_ATTENTION_CORE = 5.0
ACTIVATION_BYTES_FULL_RECOMPUTE = 2.0


@dataclass(frozen=True)
class Shape:
    """Layers and width: floats for one model, arrays for many (``shape`` is vectorised over N)."""

    layers: Any
    d_model: Any
    #: True when the scenario gave neither the layers nor the width.
    derived: bool


def shape(n_params: Any, layers: float | None = None, d_model: float | None = None) -> Shape:
    """Layers and width of a model of ``n_params`` (active) parameters, N ≈ 12·L·d²: both given as they are;
    one given, the other from N; neither, at :data:`WIDTH_PER_LAYER`. Vectorised over ``n_params``."""
    n = np.asarray(n_params, dtype=float)
    if layers is not None and d_model is not None:
        return Shape(float(layers), float(d_model), False)
    if layers is not None:
        return Shape(float(layers), np.sqrt(n / (PARAMS_PER_LAYER_PER_D2 * layers)), False)
    if d_model is not None:
        return Shape(np.maximum(n / (PARAMS_PER_LAYER_PER_D2 * d_model**2), 1.0), float(d_model), False)
    d = np.cbrt(WIDTH_PER_LAYER * n / PARAMS_PER_LAYER_PER_D2)
    return Shape(d / WIDTH_PER_LAYER, d, True)


def attention_flop_per_token(layers: Any, d_model: Any, context_tokens: float | None) -> Any:
    """Training FLOP per token spent on attention scores (12·L·d·T, PaLM App. B); 0 without a context."""
    if context_tokens is None:
        return 0.0 * np.asarray(layers, dtype=float)
    return ATTENTION_FLOP_PER_LAYER_WIDTH_TOKEN * np.asarray(layers) * np.asarray(d_model) * float(context_tokens)


@dataclass(frozen=True)
class ExpertSplit:
    """Where a model's parameters are: ``dense`` (attention, embeddings, shared experts: every token uses
    them) and ``routed`` (all routed experts, of which a token uses ``active_experts``)."""

    n_params_active: float
    n_params_total: float
    dense: float
    routed: float
    #: True when the total was estimated from the experts rather than given.
    estimated: bool


def expert_split(n_params_active: float, experts: int | None = None, active_experts: int | None = None,
                 shared_experts: int = 0, n_params_total: float | None = None) -> ExpertSplit:
    """The parameters of a model: a dense one (``experts`` None) has all of them dense. A mixture of
    experts with a given total solves active = dense + (k + S)·e, total = dense + (E + S)·e for the
    parameters of one expert e; without one, attention is :data:`ATTENTION_SHARE` of the active parameters
    and the rest is split evenly over the k + S experts a token uses."""
    n_a = float(n_params_active)
    if experts is None or active_experts is None:
        return ExpertSplit(n_a, n_a, n_a, 0.0, False)
    e_k, s_k = float(active_experts), float(shared_experts)
    if n_params_total is not None and experts > active_experts and n_params_total > n_a:
        per_expert = (n_params_total - n_a) / (experts - e_k)
        dense = max(n_a - e_k * per_expert, 0.0)  # shared experts are dense: every token uses them
        return ExpertSplit(n_a, float(n_params_total), dense, float(n_params_total) - dense, False)
    if n_params_total is not None:  # as many experts as active, or no more parameters than active: all dense
        return ExpertSplit(n_a, max(float(n_params_total), n_a), max(float(n_params_total), n_a), 0.0, False)
    per_expert = n_a * (1.0 - ATTENTION_SHARE) / (e_k + s_k)
    dense = n_a - e_k * per_expert
    routed = experts * per_expert
    return ExpertSplit(n_a, dense + routed, dense, routed, True)


@dataclass(frozen=True)
class Sharding:
    count: int
    tensor: int
    pipeline: int
    expert: int
    zero_stage: int
    recompute: str

    @property
    def model_parallel(self) -> int:
        return self.tensor * self.pipeline

    @property
    def data_parallel(self) -> int:
        """Replicas of the model: the accelerators over tensor × pipeline parallel (at least one)."""
        return max(self.count // self.model_parallel, 1)

    @property
    def expert_data_parallel(self) -> int:
        """Replicas of each expert: the data-parallel ranks over expert parallel (at least one)."""
        return max(self.data_parallel // self.expert, 1)

    def problems(self) -> tuple[str, ...]:
        """Codes of a sharding the cluster cannot run as given."""
        out: list[str] = []
        if self.model_parallel > self.count:
            out.append("model_parallel_above_count")
        elif self.count % self.model_parallel:
            out.append("count_not_divisible")
        if self.expert > self.data_parallel:
            out.append("expert_above_data_parallel")
        elif self.data_parallel % self.expert:
            out.append("data_parallel_not_divisible")
        return tuple(out)


@dataclass(frozen=True)
class Memory:
    """Bytes per accelerator (the first pipeline stage, which holds the most activations)."""

    weights_bytes: float
    grads_bytes: float
    optimizer_bytes: float
    activations_bytes: float
    capacity_bytes: float | None
    sequence_tokens: int
    #: True when the sequence length is :data:`DEFAULT_SEQUENCE_TOKENS` (the scenario gives no context).
    sequence_assumed: bool

    @property
    def state_bytes(self) -> float:
        return self.weights_bytes + self.grads_bytes + self.optimizer_bytes

    @property
    def total_bytes(self) -> float:
        return self.state_bytes + self.activations_bytes

    @property
    def fits(self) -> bool | None:
        return None if self.capacity_bytes is None else self.total_bytes <= self.capacity_bytes

    @property
    def share(self) -> float | None:
        return None if not self.capacity_bytes else self.total_bytes / self.capacity_bytes


def activation_bytes_per_layer(sequence_tokens: float, d_model: float, tensor: int, recompute: str) -> float:
    """Korthikanti et al. 2022, Table 2 (tensor + sequence parallel t, 16-bit activations), per micro-batch
    of :data:`MICRO_BATCH_SEQUENCES` sequences."""
    s, b, h, t = float(sequence_tokens), float(MICRO_BATCH_SEQUENCES), float(d_model), float(tensor)
    heads = max(h / HEAD_DIM, 1.0)
    if recompute == "full":
        return s * b * h * ACTIVATION_BYTES_FULL_RECOMPUTE
    per = ACTIVATION_BYTES_NO_RECOMPUTE / t
    if recompute == "none":
        per += ACTIVATION_BYTES_ATTENTION_CORE * heads * s / (h * t)
    return s * b * h * per


def memory(split: ExpertSplit, layers: float, d_model: float, sharding: Sharding, precision: str,
           sequence_tokens: int | None, capacity_gib: float | None) -> Memory:
    """Training memory of one accelerator: its share of the state under ``sharding`` and the activations its
    pipeline stage keeps."""
    recipe = PRECISIONS[precision]
    mp = sharding.model_parallel
    dense = split.dense / mp  # the parameters this accelerator's slice of the model holds
    routed = split.routed / (mp * sharding.expert)
    dp, dp_e = sharding.data_parallel, sharding.expert_data_parallel
    z = sharding.zero_stage

    def sharded(stage: int) -> float:  # parameters whose state of this kind this accelerator keeps
        return dense / dp + routed / dp_e if z >= stage else dense + routed

    seq = DEFAULT_SEQUENCE_TOKENS if sequence_tokens is None else int(sequence_tokens)
    per_layer = activation_bytes_per_layer(seq, d_model, sharding.tensor, sharding.recompute)
    # 1F1B: the first stage holds its L/p layers for p micro-batches in flight: L layers' worth
    act = per_layer * layers
    if sharding.recompute == "full":  # and one layer's activations while it is recomputed
        act += activation_bytes_per_layer(seq, d_model, sharding.tensor, "selective")
    return Memory(weights_bytes=recipe.weights_bytes * sharded(3), grads_bytes=recipe.grads_bytes * sharded(2),
                  optimizer_bytes=recipe.optimizer_bytes * sharded(1), activations_bytes=float(act),
                  capacity_bytes=None if capacity_gib is None else capacity_gib * BYTES_PER_GIB,
                  sequence_tokens=seq, sequence_assumed=sequence_tokens is None)


def fixes(split: ExpertSplit, layers: float, d_model: float, sharding: Sharding, precision: str,
          sequence_tokens: int | None, capacity_gib: float, max_experts: int | None) -> tuple[tuple[str, int], ...]:
    """Single changes of the sharding that make the memory fit, cheapest first: a higher ZeRO stage, more
    recomputation, more expert, tensor (≤ 8, one server) or pipeline parallel (≤ the layers) — each as
    (what, value) with the smallest value that fits, e.g. ("pipeline", 8)."""
    from dataclasses import replace

    def fits(sh: Sharding) -> bool:
        return bool(memory(split, layers, d_model, sh, precision, sequence_tokens, capacity_gib).fits)

    out: list[tuple[str, int]] = []
    for stage in range(sharding.zero_stage + 1, 4):
        if fits(replace(sharding, zero_stage=stage)):
            out.append(("zero_stage", stage))
            break
    order = ("none", "selective", "full")
    for mode in order[order.index(sharding.recompute) + 1:]:
        if fits(replace(sharding, recompute=mode)):
            out.append(("recompute", order.index(mode)))
            break
    candidates: list[tuple[str, int]] = []
    if split.routed > 0 and max_experts:
        candidates += [("expert", v) for v in _doublings(sharding.expert, min(max_experts, sharding.data_parallel))]
    candidates += [("tensor", v) for v in _doublings(sharding.tensor, 8)]
    candidates += [("pipeline", v) for v in _doublings(sharding.pipeline, max(int(layers), 1))]
    done: set[str] = set()
    for what, value in candidates:
        if what in done:
            continue
        sh = replace(sharding, tensor=value) if what == "tensor" else (
            replace(sharding, pipeline=value) if what == "pipeline" else replace(sharding, expert=value))
        if not sh.problems() and fits(sh):
            out.append((what, value))
            done.add(what)
    return tuple(out)


#: Tensor parallelism stays within one server (NVLink domain) of 8 accelerators when chosen for the user.
MAX_AUTO_TENSOR = 8


def choose(split: ExpertSplit, layers: float, d_model: float, count: int, precision: str,
           sequence_tokens: int | None, capacity_gib: float | None, tensor: int | None, pipeline: int | None,
           expert: int | None, zero_stage: int, recompute: str, experts: int | None) -> Sharding:
    """The sharding of the plan: the given degrees as they are, the others (None) chosen as the least
    model parallelism whose memory fits — the fewest accelerators per replica (tensor × pipeline), ties to
    tensor parallel (within a server: no pipeline bubble), then the least expert parallelism (a mixture of
    experts only). When nothing fits, the most sharded candidate (so the finding speaks of the best there
    is); without a known capacity, 1 for every degree left open."""
    tensors = [tensor] if tensor is not None else [v for v in (1, 2, 4, 8) if v <= min(MAX_AUTO_TENSOR, count)]
    pipelines = [pipeline] if pipeline is not None else [1, *_doublings(1, min(max(int(layers), 1), count))]
    max_ep = experts if (experts and split.routed > 0) else 1
    base = Sharding(count, tensors[0], pipelines[0], expert or 1, zero_stage, recompute)
    if capacity_gib is None:
        return base
    candidates: list[Sharding] = []
    for tp in tensors:
        for pp in pipelines:
            if (tensor is None or pipeline is None) and count % (tp * pp):
                continue  # a degree the plan chooses is one the cluster can run
            dp = max(count // (tp * pp), 1)
            eps = [expert] if expert is not None else [1, *(e for e in _doublings(1, min(max_ep, dp)) if dp % e == 0)]
            candidates.extend(Sharding(count, tp, pp, ep, zero_stage, recompute) for ep in eps)
    if not candidates:
        candidates = [base]
    candidates.sort(key=lambda sh: (sh.model_parallel, sh.pipeline, sh.expert))
    for sh in candidates:
        if memory(split, layers, d_model, sh, precision, sequence_tokens, capacity_gib).fits:
            return sh
    runnable = [sh for sh in candidates if not sh.problems()] or candidates
    return min(runnable, key=lambda sh: memory(split, layers, d_model, sh, precision, sequence_tokens,
                                               capacity_gib).total_bytes)


def fitting(split: ExpertSplit, layers: float, d_model: float, count: int, precision: str,
            sequence_tokens: int | None, capacity_gib: float, zero_stage: int, recompute: str,
            experts: int | None) -> Sharding | None:
    """A whole sharding of ``count`` accelerators that fits when no single change does: the least
    recomputation beyond the current, then the lowest ZeRO stage from the current, then the least model
    parallelism (:func:`choose` with every degree open); None when none fits."""
    order = ("none", "selective", "full")
    for mode in order[order.index(recompute):]:
        for stage in range(zero_stage, 4):
            sh = choose(split, layers, d_model, count, precision, sequence_tokens, capacity_gib, None, None, None,
                        stage, mode, experts)
            if not sh.problems() and memory(split, layers, d_model, sh, precision, sequence_tokens,
                                            capacity_gib).fits:
                return sh
    return None


def _doublings(start: int, limit: int) -> list[int]:
    out, v = [], start * 2
    while v <= limit:
        out.append(v)
        v *= 2
    return out


def accelerators_to_fit(split: ExpertSplit, precision: str, capacity_gib: float) -> int:
    """The fewest accelerators whose memory holds the training state fully sharded (ZeRO-3), before
    activations: what "the cluster's total memory" can at best do."""
    need = split.n_params_total * PRECISIONS[precision].state_bytes
    return max(math.ceil(need / (capacity_gib * BYTES_PER_GIB)), 1)
