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
#: EU AI Act (Regulation (EU) 2024/1689), Art. 51(2): a general-purpose model is presumed to have high-impact
#: capabilities when its cumulative training compute "is greater than 10^25" FLOP (strictly: 10^25 itself is not).
EU_AI_ACT_THRESHOLD_FLOP: float = 1e25
#: Few-shot emergent abilities appeared between these training budgets (Wei et al. 2022, Table 1).
EMERGENCE_BAND_FLOP: tuple[float, float] = (1e22, 2.5e24)
#: Effective stock of public human text, tokens, with its 90% interval (Villalobos et al. 2024).
PUBLIC_TEXT_STOCK_TOKENS: float = 3e14
PUBLIC_TEXT_STOCK_90CI_TOKENS: tuple[float, float] = (1e14, 1e15)
#: MFU above this is beyond what published large runs report (PaLM 46.2%, MegaScale 55.2%).
MFU_PLAUSIBLE_MAX: float = 0.60
#: MFU below this is far beneath any published large run. The lowest reported are about 20% (GPT-3 on V100:
#: 19.7% from Epoch AI's estimate of its GPU-hours; PaLM's Table 3 gives 21.3%, not re-checked here); most
#: reach 30–50% (Gopher 32.5%, MT-NLG 30%, LLaMA-65B 47%, OPT-175B up to 147 of an A100's 312 TFLOP/s ≈ 47%,
#: Llama 3 405B 38–43%). Half the lowest is a typo or a setup nobody has published a large run on.
MFU_PLAUSIBLE_MIN: float = 0.10
