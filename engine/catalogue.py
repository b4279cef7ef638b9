"""Accelerator catalogue and reference training runs (resources/, each row with its source)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .resources import load_json_resource


@dataclass(frozen=True)
class Accelerator:
    id: str
    name: str
    peak_flop_per_s: float          # dense BF16
    fp8_peak_flop_per_s: float | None
    memory_gb: float | None
    memory_bw_tb_per_s: float | None
    power_w: float | None           # TDP
    price_usd_per_hour_low: float | None
    price_usd_per_hour_high: float | None
    #: where a planner starts: the median the price source quotes, else the range's midpoint (or its one
    #: quoted end); what choosing the accelerator fills in, and what the default scenario uses for the H100
    price_usd_per_hour_typical: float | None
    price_note: str
    price_verified: bool
    source: str
    #: What one accelerator costs to buy, with its share of the server (8-GPU systems ÷ 8), in US dollars: the
    #: range of the quotes, the typical one (their median) and where and when they come from; None: no quote.
    purchase_usd_low: float | None = None
    purchase_usd_high: float | None = None
    purchase_usd_typical: float | None = None
    purchase_note: str = ""

    def peak_in(self, precision: str) -> float | None:
        """The dense peak in a training precision (``cluster.precision``); None where the catalogue has none
        (an A100 has no FP8)."""
        return self.fp8_peak_flop_per_s if precision == "fp8" else self.peak_flop_per_s

    @property
    def price_usd_per_hour_mid(self) -> float | None:
        """Midpoint of the quoted range (or the one quoted end)."""
        ends = [p for p in (self.price_usd_per_hour_low, self.price_usd_per_hour_high) if p is not None]
        return sum(ends) / len(ends) if ends else None


@dataclass(frozen=True)
class ReferenceRun:
    name: str
    organization: str
    release: str
    n_params: float | None
    n_params_active: float | None
    n_tokens: float | None
    compute_flop: float
    compute_source: str
    hardware: str
    n_accelerators: float | None
    accelerator_hours: float | None
    accelerator_hours_source: str
    mfu: float | None
    energy_mwh: float | None
    energy_source: str
    co2_t: float | None
    co2_source: str
    notes: str
    speculative: bool


@lru_cache(maxsize=1)
def accelerators() -> dict[str, Accelerator]:
    return {row["id"]: Accelerator(**row) for row in load_json_resource("accelerators.json")["accelerators"]}


def accelerator_ids() -> tuple[str, ...]:
    return tuple(accelerators())


@lru_cache(maxsize=1)
def reference_runs() -> tuple[ReferenceRun, ...]:
    return tuple(ReferenceRun(**row) for row in load_json_resource("reference_runs.json")["runs"])
