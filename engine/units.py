"""Physical constants and unit conversions used across the engine (units in every name)."""

from __future__ import annotations

SECONDS_PER_DAY: float = 86_400.0
HOURS_PER_DAY: float = 24.0
#: 1 PF-day = 1e15 FLOP/s sustained for one day (Kaplan et al. 2020, §1.3).
FLOP_PER_PF_DAY: float = 1e15 * SECONDS_PER_DAY  # 8.64e19
#: Training FLOP per parameter per token: forward 2ND + backward 4ND (Kaplan et al. 2020 §2.1).
TRAIN_FLOP_PER_PARAM_TOKEN: float = 6.0
#: Inference FLOP per parameter per generated/processed token (forward pass only).
INFERENCE_FLOP_PER_PARAM_TOKEN: float = 2.0
#: Bytes per parameter for weights + gradients + Adam state in mixed precision
#: (bf16 weights 2 + bf16 grads 2 + fp32 master copy 4 + Adam m 4 + Adam v 4; ZeRO paper, Rajbhandari et al. 2020).
TRAINING_STATE_BYTES_PER_PARAM: float = 16.0
BYTES_PER_GB: float = 1e9
#: EU AI Act, Art. 51(2): a general-purpose model is presumed to have high-impact capabilities above 1e25 FLOP.
EU_AI_ACT_THRESHOLD_FLOP: float = 1e25
#: Few-shot emergent abilities appeared between these training budgets (Wei et al. 2022, Table 1).
EMERGENCE_BAND_FLOP: tuple[float, float] = (1e22, 2.5e24)
#: Effective stock of public human text, tokens, with its 90% interval (Villalobos et al. 2024).
PUBLIC_TEXT_STOCK_TOKENS: float = 3e14
PUBLIC_TEXT_STOCK_90CI_TOKENS: tuple[float, float] = (1e14, 1e15)
#: MFU above this is beyond what published large runs report (PaLM 46.2%, MegaScale 55.2%).
MFU_PLAUSIBLE_MAX: float = 0.60
