"""Serving the trained model: accelerators, energy, cost and CO2 of answering a load for a period.

Decoding one token reads every weight of the model once and does 2·N_active FLOP per answer in flight
(Kaplan et al. 2020, Table 1: 2N per token forward). A replica — the fewest accelerators whose memory holds the
weights — generating ``batch`` answers together takes, per step, the longer of

* memory time: weight bytes ÷ (replica's bandwidth), the same whatever the batch, and
* compute time: batch × 2·N_active ÷ (replica's peak FLOP/s),

divided by the achieved utilisation of that bound. Few answers in flight: the bandwidth bounds ("at small
batch sizes … the time to load weights dominates", Pope et al. 2022, §2); the crossover batch is
peak ÷ bandwidth × bytes per parameter ÷ 2 (kipply, "Transformer inference arithmetic", 2022: 208 for an
A100 in 16-bit). The default utilisation, 60%, is Databricks' measured model-bandwidth utilisation on 2×H100
(and 55% on 4×A100) at batch 1 (Agarwal et al. 2023, "LLM Inference Performance Engineering").

Left out, and said in the window: the KV cache (its memory and its reads, which grow with the context and the
batch: Pope et al. §2), the prompt's prefill (compute-bound, about 2·N per prompt token), speculative
decoding. Vectorised over the model's parameters and the tokens per answer (the thinking-or-size chart).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .catalogue import Accelerator
from .units import HOURS_PER_DAY, INFERENCE_FLOP_PER_PARAM_TOKEN, SECONDS_PER_DAY

#: Bytes per served weight in each number format.
WEIGHT_BYTES: dict[str, float] = {"bf16": 2.0, "fp8": 1.0}
#: Days in a month on average (365.25 / 12).
DAYS_PER_MONTH = 365.25 / 12.0
#: A datasheet's "80 GB" of HBM is 80 GiB (engine.architecture counts the same way).
BYTES_PER_GIB = 2.0**30


@dataclass(frozen=True)
class ServingPlan:
    """What serving costs (scalars, or arrays where the inputs were arrays). Units in the names."""

    tokens_per_day: Any
    flop_per_day: Any
    #: "memory" when the bandwidth bounds the step, "compute" when the peak does (the scalar case).
    bound: Any
    #: Answers in flight above which the step becomes compute-bound.
    crossover_batch: Any
    #: Accelerators one copy of the weights needs, and the tokens per second it generates.
    replica_accelerators: Any
    replica_tokens_per_s: Any
    #: Accelerators provisioned for the busiest hour (what is paid for), and busy on average.
    accelerators: Any
    accelerators_mean: Any
    accelerator_hours: Any
    peak_power_mw: Any
    energy_mwh: Any
    energy_cost: Any
    accelerator_cost: Any
    cost: Any
    cost_per_month: Any
    cost_per_million_queries: Any
    co2_t: Any
    price_per_accelerator_hour: float
    #: True when the price is a rental that includes the power (the catalogue's), so no energy is added.
    power_in_price: bool
    months: float
    accelerator: str

    def to_dict(self) -> dict[str, Any]:
        keys = ("tokens_per_day", "flop_per_day", "bound", "crossover_batch", "replica_accelerators",
                "replica_tokens_per_s", "accelerators", "accelerators_mean", "accelerator_hours", "peak_power_mw",
                "energy_mwh", "energy_cost", "accelerator_cost", "cost", "cost_per_month",
                "cost_per_million_queries", "co2_t", "price_per_accelerator_hour", "power_in_price", "months",
                "accelerator")
        out: dict[str, Any] = {}
        for k in keys:
            v = getattr(self, k)
            out[k] = v.item() if isinstance(v, np.generic) else v
        return out


def serve(n_active: Any, n_total: Any, tokens_per_query: Any, *, queries_per_day: float, months: float,
          accelerator: Accelerator, precision: str, utilisation: float, batch: int, peak_to_mean: float,
          price_per_accelerator_hour: float, power_in_price: bool, energy_price_per_kwh: float, pue: float,
          server_overhead: float, average_draw: float, carbon_kg_per_kwh: float,
          prompt_tokens: float = 0.0) -> ServingPlan:
    """Serving figures for a model of ``n_active`` parameters per token and ``n_total`` in all, answering
    ``queries_per_day`` of ``tokens_per_query`` generated tokens, each after reading ``prompt_tokens``, for
    ``months`` (arrays broadcast). A prompt is read in one pass, compute-bound (2·N_active FLOP a token at the
    utilisation); each query holds a replica for its prompt's pass and its share of the decoding steps."""
    n_a = np.asarray(n_active, dtype=float)
    n_t = np.asarray(n_total, dtype=float)
    tokens = np.asarray(tokens_per_query, dtype=float)
    bw = float(accelerator.memory_bw_tb_per_s or 0.0) * 1e12
    peak = accelerator.peak_in(precision) or accelerator.peak_flop_per_s
    memory = float(accelerator.memory_gb or 0.0) * BYTES_PER_GIB
    power_w = float(accelerator.power_w or 0.0)
    weight_bytes = n_t * WEIGHT_BYTES[precision]

    replica = np.maximum(np.ceil(weight_bytes / memory), 1.0)
    t_memory = weight_bytes / (replica * bw)
    t_compute = batch * INFERENCE_FLOP_PER_PARAM_TOKEN * n_a / (replica * peak)
    step_s = np.maximum(t_memory, t_compute) / utilisation
    replica_tps = batch / step_s
    tokens_per_day = queries_per_day * tokens
    prefill_s = INFERENCE_FLOP_PER_PARAM_TOKEN * n_a * prompt_tokens / (replica * peak * utilisation)
    replica_s_per_query = prefill_s + tokens / replica_tps
    replicas_mean = queries_per_day / SECONDS_PER_DAY * replica_s_per_query
    replicas_peak = np.ceil(replicas_mean * peak_to_mean - 1e-9)
    count = np.maximum(replicas_peak, 1.0) * replica
    days = months * DAYS_PER_MONTH
    hours = count * days * HOURS_PER_DAY
    power_mw = count * power_w * server_overhead * average_draw * pue / 1e6
    energy_mwh = power_mw * days * HOURS_PER_DAY
    energy_cost = 0.0 * energy_mwh if power_in_price else energy_mwh * 1000.0 * energy_price_per_kwh
    accel_cost = hours * price_per_accelerator_hour
    cost = accel_cost + energy_cost
    bound = np.where(t_memory >= t_compute, "memory", "compute")
    crossover = peak / bw * WEIGHT_BYTES[precision] / INFERENCE_FLOP_PER_PARAM_TOKEN * n_t / n_a
    scalar = np.ndim(n_a) == 0 and np.ndim(n_t) == 0 and np.ndim(tokens) == 0

    def out(x: Any) -> Any:
        return float(x) if scalar else x

    return ServingPlan(
        tokens_per_day=out(tokens_per_day),
        flop_per_day=out(INFERENCE_FLOP_PER_PARAM_TOKEN * n_a * queries_per_day * (tokens + prompt_tokens)),
        bound=str(bound) if scalar else bound, crossover_batch=out(crossover), replica_accelerators=out(replica),
        replica_tokens_per_s=out(replica_tps), accelerators=out(count), accelerators_mean=out(replicas_mean * replica),
        accelerator_hours=out(hours), peak_power_mw=out(power_mw), energy_mwh=out(energy_mwh),
        energy_cost=out(energy_cost), accelerator_cost=out(accel_cost), cost=out(cost),
        cost_per_month=out(cost / months), cost_per_million_queries=out(cost / (queries_per_day * days / 1e6)),
        co2_t=out(energy_mwh * carbon_kg_per_kwh), price_per_accelerator_hour=float(price_per_accelerator_hour),
        power_in_price=power_in_price, months=float(months), accelerator=accelerator.id)
