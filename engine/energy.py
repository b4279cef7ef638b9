"""Which power a plan's energy counts: the two conventions a planner meets, named.

* **Chip TDP** (``energy.server_overhead`` 1, ``energy.average_draw`` 100 %): accelerators × their rated
  power × hours × PUE — the convention of the published training footprints ScalePlan reproduces (GPT-3,
  BLOOM, OPT, LLaMA, Llama 3.1; tests/engine/test_planner.py).
* **Server power, average draw** (Epoch AI's training-cost model, Cottier et al. 2024, "The rising costs of
  training frontier AI models", arXiv:2405.21015; code: epoch-research/training-cost-trends, energy.py
  ``chip_to_server_power`` and ``server_TDP_fraction``): the whole server's rated power per accelerator
  (chip TDP × a chip-to-server ratio from NVIDIA DGX and Google TPU system specifications) times the
  fraction of it drawn on average while training (75 % for GPU servers — Barroso et al.'s assumption for
  new data centres, consistent with DGX H100 running near peak; 43 % for TPUs, the mean of Google's
  measured 37–53 %, Patterson et al. 2021 Table 4).
"""

from __future__ import annotations

from typing import Literal

from .scenario import Scenario

Convention = Literal["tdp", "server", "custom"]

#: Server rated power per accelerator over the chip's TDP (Epoch AI, energy.py ``chip_to_server_power``):
#: DGX H100 10.2 kW / 8 / 0.7 kW; DGX A100 6.5 kW / 8 / 0.4 kW; V100 the mean of DGX-2 (10 kW / 16) and
#: DGX Station (1.5 kW / 4) over 0.3 kW; TPU v2 460/280 W, v3 660/450 W (Jouppi et al. 2021 Table 1); other
#: TPUs the mean of v2, v3 and v4i 1.56; other GPUs the mean of the NVIDIA ratios, 1.8.
CHIP_TO_SERVER: dict[str, float] = {
    "h100": (10.2 / 8) / 0.7,
    "a100": (6.5 / 8) / 0.4,
    "v100": ((10 / 16) / 0.3 + (1.5 / 4) / 0.3) / 2,
    "tpu-v2": 1.64,
    "tpu-v3": 1.47,
    "tpu": 1.56,
    "gpu": 1.8,
}
#: Average draw as a fraction of the server's rating while training (Epoch AI, ``server_TDP_fraction``).
AVERAGE_DRAW_GPU = 0.75
AVERAGE_DRAW_TPU = 0.43


def server_convention(accelerator: str) -> tuple[float, float]:
    """(server overhead, average draw) of Epoch AI's convention for a catalogue accelerator id."""
    acc = accelerator.lower()
    if acc.startswith("tpu"):
        key = acc[:6] if acc[:6] in CHIP_TO_SERVER else "tpu"
        return CHIP_TO_SERVER[key], AVERAGE_DRAW_TPU
    key = next((k for k in ("h100", "a100", "v100") if acc.startswith(k)), "gpu")
    return CHIP_TO_SERVER[key], AVERAGE_DRAW_GPU


def convention(s: Scenario) -> Convention:
    """Which convention the scenario's energy follows: "tdp", "server" (Epoch AI's, for its accelerator) or
    "custom" (anything else the user set)."""
    e = s.energy
    if e.server_overhead == 1.0 and e.average_draw == 1.0:
        return "tdp"
    overhead, draw = server_convention(s.cluster.accelerator)
    if abs(e.server_overhead - overhead) < 5e-3 and abs(e.average_draw - draw) < 5e-3:
        return "server"
    return "custom"
