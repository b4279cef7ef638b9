"""The field schema: every scenario field declared once — kind, label, unit, allowed range, display style,
slider hints, which objectives use it, whether the tornado moves it.

Validation (:mod:`engine.scenario`), sensitivity (:mod:`engine.sensitivity`), the GUI's editor and the
field table of the README (``scripts/field_table.py``) are all derived from :data:`FIELDS`. Labels,
placeholders, tips and word units are English, marked with ``QT_TR_NOOP`` so that Qt's lupdate extracts
them; the GUI translates them where it shows them. Money units carry the placeholder ``{currency}``
(``"{currency}/kWh"``), to be filled with the scenario's currency.

Paths are dotted, as in the file format (DESIGN.md §3): ``"cluster.mfu"``; top-level fields have no
dot (``"name"``). ``Scenario.extensions`` (the ``x-`` keys) is not a field: it is kept, never interpreted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .findings import QT_TR_NOOP
from .presets import PRESET_IDS

if TYPE_CHECKING:
    from .scenario import Scenario

Kind = Literal["number", "choice", "text", "object"]
Style = Literal["int", "float", "sci", "percent"]

#: The planning objectives (``model.objective``), in the order the editor offers them.
OBJECTIVES: tuple[str, ...] = ("compute_optimal", "fixed_params", "fixed_run", "target_loss")

#: Currencies the editor offers (any ISO 4217 code is valid in a file).
CURRENCIES: tuple[str, ...] = ("JPY", "USD", "EUR", "GBP", "CNY", "KRW")

#: What the accelerator-hour price covers (``money.cost_basis``): a rental that includes the power (the
#: catalogue's cloud prices), or owned/colocated accelerators whose energy is paid on top.
COST_BASES: tuple[str, ...] = ("rented", "owned", "purchased")
#: What a file written before ``money.cost_basis`` existed meant: the energy was added to the price.
LEGACY_COST_BASIS = "owned"

#: Training precisions (``cluster.precision``): the number format of the matrix multiplications, whose
#: dense peak the catalogue gives (engine.architecture.PRECISIONS has each recipe's bytes and source).
PRECISIONS: tuple[str, ...] = ("bf16", "fp8")
#: Activation recomputation (``parallel.recompute``; Korthikanti et al. 2022): none, selective (the
#: attention core only, what FlashAttention-style kernels do), full (every layer's input only).
RECOMPUTE: tuple[str, ...] = ("none", "selective", "full")


@dataclass(frozen=True)
class Slider:
    """Slider hints for a number field: the slider's span and whether it moves in log scale. The span of a
    money field is in US dollars; the editor converts it at the scenario's rate ($0–20/h is ¥0–3,000/h)."""

    lo: float
    hi: float
    log: bool


@dataclass(frozen=True)
class FieldSpec:
    """One scenario field.

    Numbers (``kind="number"``) are allowed from ``lo`` (excluded when ``lo_exclusive``) to ``hi``
    (included), and None when ``optional``; ``integer`` ones must be whole. Text fields use ``lo``/``hi``
    as their allowed length. Choice and object fields describe what they accept in ``allowed`` (English)
    and, for a fixed list, ``choices``.
    """

    path: str
    kind: Kind
    label: str
    unit: str = ""
    lo: float | None = None
    hi: float | None = None
    lo_exclusive: bool = False
    optional: bool = False
    integer: bool = False
    style: Style = "float"
    slider: Slider | None = None
    #: The objectives that use this field; None = every objective.
    objectives: frozenset[str] | None = None
    #: Objectives for which this (optional) field must be set.
    required_for: frozenset[str] = frozenset()
    #: Moved by the tornado chart (engine.sensitivity).
    sensitivity: bool = False
    #: What an empty (None) optional field means, shown in the empty input box.
    placeholder: str = ""
    tip: str = ""
    #: Allowed values of a choice field with a fixed list (the editor's offer for an open one).
    choices: tuple[str, ...] = ()
    #: Labels of the choices, in the order of ``choices`` (translatable); empty = the values themselves.
    choice_labels: tuple[str, ...] = ()
    #: English description of the allowed values of a choice, text or object field.
    allowed: str = ""

    @property
    def section(self) -> str:
        """``"cluster"`` for ``"cluster.mfu"``; ``""`` for a top-level field."""
        head, dot, _ = self.path.partition(".")
        return head if dot else ""

    @property
    def name(self) -> str:
        return self.path.rpartition(".")[2]

    def get(self, scenario: Scenario) -> Any:
        """This field's value in a scenario; None when it lies in an optional part that is not there (the
        experts of a dense model, ``model.moe.experts`` with ``model.moe`` null)."""
        holder: Any = scenario
        for part in self.path.split("."):
            if holder is None:
                return None
            holder = getattr(holder, part)
        return holder

    @property
    def bounds(self) -> tuple[float, float]:
        """(lo, hi) of a number (or text length); ValueError for a field without bounds."""
        if self.lo is None or self.hi is None:
            raise ValueError(f"{self.path} has no bounds")
        return self.lo, self.hi

    def used_by(self, objective: str) -> bool:
        return self.objectives is None or objective in self.objectives

    def allowed_text(self) -> str:
        """English text of the allowed values: '> 0 and ≤ 1', '1 to 3, or null', '1–200 characters'."""
        if self.kind == "number":
            lo, hi = self.bounds
            excl = self.lo_exclusive
            text = f"{'> ' if excl else ''}{fmt_bound(lo)}{' and ≤ ' if excl else ' to '}{fmt_bound(hi)}"
            return text + (", or null" if self.optional else "")
        if self.kind == "text":
            lo, hi = self.bounds
            return f"{lo:.0f}–{hi:,.0f} characters"
        return self.allowed


def fmt_bound(v: float) -> str:
    """A range bound for people: 1e6 and above (and below 1e-3) as 1e6, else 1,000 / 0.5."""
    if v != 0 and (abs(v) >= 1e6 or abs(v) < 1e-3):
        return f"{v:.0e}".replace("e+0", "e").replace("e+", "e")
    return f"{v:,g}"


#: The fields of a bought cluster (``money.cost_basis`` "purchased").
PURCHASE_PATHS: tuple[str, ...] = ("money.purchase_price_per_accelerator", "money.network_multiple",
                                   "money.depreciation_years", "money.lifetime_utilisation")
_ALL_BUT_DAYS_OUTPUT = frozenset({"compute_optimal", "fixed_params"})
_N_PARAMS_GIVEN = frozenset({"fixed_params", "fixed_run"})
_TARGET = frozenset({"target_loss"})
_FIXED_RUN = frozenset({"fixed_run"})
_NONE = QT_TR_NOOP("none")
_AUTO = QT_TR_NOOP("auto")

#: Every scenario field, once, in the order the editor shows them: the name, then the cluster, schedule,
#: energy, money, law, data and model groups, then the notes. Ranges and display hints are those of
#: format v1 (DESIGN.md §3).
FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "text", QT_TR_NOOP("Scenario name"), lo=1, hi=200),
    # -- cluster --------------------------------------------------------------------------------------
    FieldSpec("cluster.accelerator", "choice", QT_TR_NOOP("Accelerator"),
              allowed='a catalogue id (see `scaleplan accelerators`) or "custom"'),
    FieldSpec("cluster.precision", "choice", QT_TR_NOOP("Training precision"), choices=PRECISIONS,
              choice_labels=(QT_TR_NOOP("BF16 (mixed precision)"), QT_TR_NOOP("FP8 (mixed precision)")),
              allowed=", ".join(PRECISIONS),
              tip=QT_TR_NOOP("The number format of the matrix multiplications. The peak and the MFU are those of "
                             "this precision's dense peak; the training state follows its recipe.")),
    FieldSpec("cluster.count", "number", QT_TR_NOOP("Accelerators"), QT_TR_NOOP("count"), 1, 10_000_000,
              integer=True, style="int", slider=Slider(1, 100_000, True), sensitivity=True),
    FieldSpec("cluster.peak_flop_per_s", "number", QT_TR_NOOP("Peak per accelerator"), "FLOP/s", 1e9, 1e18,
              style="sci", sensitivity=True,
              tip=QT_TR_NOOP("Dense peak in the training precision, never the 2:4-sparse datasheet figure.")),
    # MFU from 0.1 %: below that the accelerators are idle 999 cycles in 1,000 — a slip of units, not a run;
    # days, cost and loss are then meaningless, and reach infinity in a fixed run. A hard floor of
    # meaninglessness, not of plausibility: published large runs reach 35–55 %, and what lies between 0.1 %
    # and plausible is for a finding to question, not for the format to refuse.
    FieldSpec("cluster.mfu", "number", QT_TR_NOOP("Utilisation (MFU)"), "%", 0.001, 1.0,
              style="percent", slider=Slider(0.05, 0.80, False), sensitivity=True,
              tip=QT_TR_NOOP("Model FLOP utilisation, against the dense peak of the training precision. Published "
                             "large runs in BF16: PaLM 46%, Llama 3 405B 38–43%; in FP8 about half that (DeepSeek-V3 "
                             "≈ 16.5% of the FP8 peak).")),
    FieldSpec("cluster.power_w", "number", QT_TR_NOOP("Power per accelerator"), "W", 1.0, 100_000.0,
              sensitivity=True),
    # the datasheet's "80 GB" of HBM is 80 GiB (2³⁰ bytes each): the memory check counts in GiB
    FieldSpec("cluster.memory_gb", "number", QT_TR_NOOP("Memory per accelerator"), "GiB", 0.1, 100_000.0,
              optional=True, placeholder=QT_TR_NOOP("from catalogue"),
              tip=QT_TR_NOOP("High-bandwidth memory of one accelerator as the datasheet gives it (an \"80 GB\" "
                             "H100 has 80 GiB).")),
    # -- parallelism and memory -----------------------------------------------------------------------
    FieldSpec("parallel.tensor", "number", QT_TR_NOOP("Tensor parallel"), "×", 1, 1024, integer=True, optional=True,
              placeholder=_AUTO,
              style="int", tip=QT_TR_NOOP("Accelerators that split each layer's matrices (with sequence "
                                          "parallelism); usually ≤ 8, within one server.")),
    FieldSpec("parallel.pipeline", "number", QT_TR_NOOP("Pipeline parallel"), "×", 1, 1024, integer=True, optional=True,
              placeholder=_AUTO,
              style="int", tip=QT_TR_NOOP("Pipeline stages the layers are split into.")),
    FieldSpec("parallel.expert", "number", QT_TR_NOOP("Expert parallel"), "×", 1, 65_536, integer=True, optional=True,
              placeholder=_AUTO,
              style="int", tip=QT_TR_NOOP("Data-parallel accelerators the experts of a mixture-of-experts model "
                                          "are spread over (1 for a dense model).")),
    FieldSpec("parallel.zero_stage", "number", QT_TR_NOOP("ZeRO / FSDP stage"), "", 0, 3, integer=True,
              style="int", tip=QT_TR_NOOP("What the data-parallel accelerators shard: 0 nothing, 1 optimizer "
                                          "state, 2 and gradients, 3 and weights (FSDP).")),
    FieldSpec("parallel.recompute", "choice", QT_TR_NOOP("Activation recomputation"), choices=RECOMPUTE,
              choice_labels=(QT_TR_NOOP("None: keep every activation"),
                             QT_TR_NOOP("Selective: recompute attention"),
                             QT_TR_NOOP("Full: keep each layer's input")),
              allowed=", ".join(RECOMPUTE),
              tip=QT_TR_NOOP("Activations kept for the backward pass (Korthikanti et al. 2022): recomputing "
                             "costs time, keeping costs memory.")),
    # -- schedule -------------------------------------------------------------------------------------
    # in fixed_run and target_loss the days are an output (the run's length for the given cluster)
    FieldSpec("schedule.days", "number", QT_TR_NOOP("Days"), QT_TR_NOOP("days"), 0.01, 3650.0,
              slider=Slider(1, 1000, True), objectives=_ALL_BUT_DAYS_OUTPUT, sensitivity=True),
    # goodput from 1 %: a cluster that trains less than one hour in a hundred is not running a training
    # run (Llama 3 405B reported > 90 %); below, every schedule and cost is a typo's
    FieldSpec("schedule.goodput", "number", QT_TR_NOOP("Goodput"), "%", 0.01, 1.0,
              style="percent", sensitivity=True,
              tip=QT_TR_NOOP("Share of wall-clock time spent on useful steps (failures and restarts excluded).")),
    # goodput modelled from failures (schedule.reliability; null: the goodput above as typed). From one hour
    # between interruptions per accelerator (a cluster of a thousand would stop every few seconds) to a
    # billion (a century per accelerator); checkpoint stalls and restarts up to a day.
    FieldSpec("schedule.reliability.mtbf_hours_per_accelerator", "number", QT_TR_NOOP("Hours between failures"),
              QT_TR_NOOP("h per accelerator"), 1.0, 1e9, optional=True, style="sci",
              placeholder=QT_TR_NOOP("goodput as typed"),
              tip=QT_TR_NOOP("Mean hours between interruptions of one accelerator; the cluster's is this divided "
                             "by the count. Default: Llama 3's 419 unexpected interruptions in 54 days on 16,384 "
                             "GPUs, 50,700 h.")),
    FieldSpec("schedule.reliability.checkpoint_minutes", "number", QT_TR_NOOP("Checkpoint stall"),
              QT_TR_NOOP("min"), 0.0, 1440.0, lo_exclusive=True, optional=True,
              tip=QT_TR_NOOP("Minutes training stops to write a checkpoint (seconds for asynchronous "
                             "checkpointing). The default, 15 s, is our calibration to Llama 3's > 90% goodput.")),
    FieldSpec("schedule.reliability.restart_minutes", "number", QT_TR_NOOP("Restart time"), QT_TR_NOOP("min"),
              0.0, 1440.0, optional=True,
              tip=QT_TR_NOOP("Minutes from an interruption to training again: detection, restart, reloading the "
                             "checkpoint. The default, 5 min, is our calibration to Llama 3's > 90% goodput.")),
    # -- energy ---------------------------------------------------------------------------------------
    FieldSpec("energy.pue", "number", QT_TR_NOOP("PUE"), "×", 1.0, 3.0, sensitivity=True,
              tip=QT_TR_NOOP("Facility power over IT power: industry 1.58, hyperscalers ≈ 1.1.")),
    FieldSpec("energy.server_overhead", "number", QT_TR_NOOP("Host overhead"), "×", 1.0, 5.0,
              tip=QT_TR_NOOP("Server, CPU and network power as a multiple of the accelerators' own power.")),
    FieldSpec("energy.price_per_kwh", "number", QT_TR_NOOP("Energy price"), "{currency}/kWh", 0.0, 1e6,
              sensitivity=True),
    # average draw from 5 %: an accelerator that draws less than a twentieth of its rating is idle, not
    # training (Epoch AI measured GPU servers at 0.75, TPU servers 0.37–0.53 of their rating; engine.energy)
    FieldSpec("energy.average_draw", "number", QT_TR_NOOP("Average draw"), "%", 0.05, 1.0, style="percent",
              tip=QT_TR_NOOP("Average power as a share of the nameplate power above (100 %: the TDP convention "
                             "of published footprints; Epoch AI uses 75 % of server power for GPUs).")),
    FieldSpec("energy.carbon_kg_per_kwh", "number", QT_TR_NOOP("Grid carbon"), "kg CO₂/kWh", 0.0, 2.0,
              tip=QT_TR_NOOP("Japan FY2023 0.421, US ≈ 0.39, France ≈ 0.05.")),
    # a cap from 1 kWh (0.001 MWh): one accelerator uses about that in an hour and a half, so a smaller cap
    # caps nothing a training run could be, and "over the cap by 10³⁰⁰ %" means nothing
    FieldSpec("energy.cap_mwh", "number", QT_TR_NOOP("Energy cap"), "MWh", 0.001, 1e9,
              optional=True, placeholder=_NONE),
    # a power cap from 1 kW: less powers no accelerator
    FieldSpec("energy.cap_mw", "number", QT_TR_NOOP("Site power cap"), "MW", 0.001, 1e5, optional=True,
              placeholder=_NONE,
              tip=QT_TR_NOOP("The most power the site delivers (facility power, PUE included). Llama 3's cluster "
                             "≈ 27 MW (Epoch AI); the largest sites of 2026 ≈ 1 GW.")),
    # -- money ----------------------------------------------------------------------------------------
    FieldSpec("money.currency", "choice", QT_TR_NOOP("Currency"), choices=CURRENCIES,
              allowed="ISO 4217 code such as JPY, USD, EUR",
              tip=QT_TR_NOOP("Changing the currency converts every price and the budget at the exchange rate.")),
    FieldSpec("money.cost_basis", "choice", QT_TR_NOOP("Price covers"), choices=COST_BASES,
              choice_labels=(QT_TR_NOOP("Rental, power included"), QT_TR_NOOP("Owned, energy paid on top"),
                             QT_TR_NOOP("Bought: depreciation + energy")),
              allowed=", ".join(COST_BASES),
              tip=QT_TR_NOOP("Cloud rentals (the catalogue's prices) include the power; for owned or colocated "
                             "accelerators the energy is paid on top at the energy price. Bought: the hourly "
                             "price is the purchase's depreciation (below), and the energy is paid on top.")),
    FieldSpec("money.price_per_accelerator_hour", "number", QT_TR_NOOP("Price per accelerator-hour"),
              "{currency}/h", 0.0, 1e8, slider=Slider(0, 20, False), sensitivity=True),
    # a budget from one unit of the currency (¥1, $1): less is no budget for a training run in any currency
    FieldSpec("money.budget", "number", QT_TR_NOOP("Budget"), "{currency}", 1.0, 1e16,
              optional=True, style="sci", placeholder=_NONE),
    FieldSpec("money.per_usd", "number", QT_TR_NOOP("Exchange rate"), QT_TR_NOOP("{currency} per $1"), 0.0, 1e6,
              lo_exclusive=True,
              tip=QT_TR_NOOP("Your rate, in your currency per US dollar: converts the catalogue's USD prices "
                             "and every amount when you change the currency. 1 for USD.")),
    # a bought cluster (money.cost_basis "purchased"): the hourly price is the purchase written off
    # (engine.programme.hourly_capital_cost)
    FieldSpec("money.purchase_price_per_accelerator", "number", QT_TR_NOOP("Purchase price"),
              QT_TR_NOOP("{currency} per accelerator"), 1.0, 1e12, optional=True, style="sci",
              placeholder=QT_TR_NOOP("from catalogue"),
              tip=QT_TR_NOOP("What one accelerator costs to buy with its share of the server (an 8-GPU server ÷ 8, "
                             "as Epoch AI's price table quotes them; H100 SXM $29k–47k, 2023–25).")),
    FieldSpec("money.network_multiple", "number", QT_TR_NOOP("Network multiple"), "×", 1.0, 10.0,
              tip=QT_TR_NOOP("The cluster's network and the rest of its hardware as a multiple of the price above. "
                             "1.235: the network is 19% of a cluster's cost (Epoch AI, Cottier et al. 2024). "
                             "For chip-only prices use ≈ 2.0 (server 1.64 × network 1.235).")),
    FieldSpec("money.depreciation_years", "number", QT_TR_NOOP("Written off over"), QT_TR_NOOP("years"), 0.5, 20.0,
              tip=QT_TR_NOOP("Straight-line life of the hardware. Hyperscalers' filings: 5–6 years (Meta 5.5, "
                             "Alphabet and Microsoft 6, Amazon 5 for some AI servers); Epoch AI used 5 for "
                             "recent GPUs.")),
    FieldSpec("money.lifetime_utilisation", "number", QT_TR_NOOP("Cluster busy"), "%", 0.05, 1.0, style="percent",
              tip=QT_TR_NOOP("Share of the hardware's life it does paid work: the idle rest is carried by the "
                             "work it does. 80% is our assumption, not a published figure.")),
    # -- law ------------------------------------------------------------------------------------------
    FieldSpec("law.preset", "choice", QT_TR_NOOP("Scaling law"), optional=True, choices=PRESET_IDS,
              placeholder=QT_TR_NOOP("custom law"), allowed=", ".join(PRESET_IDS) + ", or null for a custom law"),
    FieldSpec("law.custom", "object", QT_TR_NOOP("Custom law"), optional=True,
              allowed='{"name", "E", "A", "B", "alpha", "beta"} (optionally "R_D_star", "R_N_star", "se", '
                      '"samples", "compute_range_flop", "source"), used when law.preset is null',
              tip=QT_TR_NOOP("A law of your own, e.g. fitted to your training runs, with its bootstrap.")),
    # -- data -----------------------------------------------------------------------------------------
    FieldSpec("data.unique_tokens", "number", QT_TR_NOOP("Unique tokens on hand"), QT_TR_NOOP("tokens"),
              1e6, 1e17, optional=True, style="sci", sensitivity=True, placeholder=QT_TR_NOOP("unlimited")),
    # -- model ----------------------------------------------------------------------------------------
    FieldSpec("model.objective", "choice", QT_TR_NOOP("Objective"), choices=OBJECTIVES,
              choice_labels=(QT_TR_NOOP("Spend the budget compute-optimally"), QT_TR_NOOP("Fix the model size"),
                             QT_TR_NOOP("Fix model size and tokens"),
                             QT_TR_NOOP("Reach a target loss at least cost")),
              allowed=", ".join(OBJECTIVES)),
    FieldSpec("model.n_params", "number", QT_TR_NOOP("Parameters"), QT_TR_NOOP("params"), 1e5, 1e16,
              optional=True, style="sci", objectives=_N_PARAMS_GIVEN, required_for=_N_PARAMS_GIVEN,
              sensitivity=True),
    FieldSpec("model.n_tokens", "number", QT_TR_NOOP("Training tokens"), QT_TR_NOOP("tokens"), 1e6, 1e18,
              optional=True, style="sci", objectives=_FIXED_RUN, required_for=_FIXED_RUN, sensitivity=True),
    FieldSpec("model.target_loss", "number", QT_TR_NOOP("Target loss"), QT_TR_NOOP("nats/token"), 0.0, 20.0,
              lo_exclusive=True, optional=True, objectives=_TARGET, required_for=_TARGET, sensitivity=True),
    FieldSpec("model.moe.experts", "number", QT_TR_NOOP("Routed experts"), QT_TR_NOOP("experts"), 1, 100_000,
              optional=True, integer=True, style="int", placeholder=QT_TR_NOOP("dense model"),
              tip=QT_TR_NOOP("Mixture of experts: routed experts per layer (DeepSeek-V3 256). Empty for a dense "
                             "model. Parameters above are the active ones: compute follows them, memory the "
                             "total.")),
    FieldSpec("model.moe.active_experts", "number", QT_TR_NOOP("Active experts"), QT_TR_NOOP("per token"),
              1, 100_000, optional=True, integer=True, style="int",
              tip=QT_TR_NOOP("Routed experts each token uses (DeepSeek-V3 8).")),
    FieldSpec("model.moe.shared_experts", "number", QT_TR_NOOP("Shared experts"), QT_TR_NOOP("experts"), 0,
              1_000, optional=True, integer=True, style="int",
              tip=QT_TR_NOOP("Experts every token uses besides the routed ones (DeepSeek-V3 1).")),
    FieldSpec("model.moe.n_params_total", "number", QT_TR_NOOP("Total parameters"), QT_TR_NOOP("params"), 1e5,
              1e17, optional=True, style="sci", objectives=_N_PARAMS_GIVEN,
              placeholder=QT_TR_NOOP("from experts"),
              tip=QT_TR_NOOP("All parameters of the mixture of experts (DeepSeek-V3 671 B of 37 B active); empty: "
                             "estimated from the experts.")),
    FieldSpec("model.context_tokens", "number", QT_TR_NOOP("Context length"), QT_TR_NOOP("tokens"), 16,
              10_000_000, optional=True, integer=True, style="int", sensitivity=True,
              placeholder=QT_TR_NOOP("6·N·D only"),
              tip=QT_TR_NOOP("Tokens per training sequence. Set, attention's FLOP are added to the hardware's "
                             "work (12·layers·width·context per token); the law stays on 6·N·D.")),
    FieldSpec("model.layers", "number", QT_TR_NOOP("Layers"), "", 1, 10_000, optional=True, integer=True,
              style="int", placeholder=QT_TR_NOOP("from size"),
              tip=QT_TR_NOOP("Transformer layers; empty: from the parameters at a width of 128 per layer "
                             "(GPT-3 175B, Llama 3 405B).")),
    FieldSpec("model.d_model", "number", QT_TR_NOOP("Width"), "", 64, 1_000_000, optional=True, integer=True,
              style="int", placeholder=QT_TR_NOOP("from size"),
              tip=QT_TR_NOOP("Hidden size d_model; empty: from the parameters and the layers.")),
    FieldSpec("model.inference_tokens", "number", QT_TR_NOOP("Lifetime inference"), QT_TR_NOOP("tokens"),
              0.0, 1e20, style="sci", objectives=_TARGET,
              tip=QT_TR_NOOP("Tokens the model will serve; the plan then minimises training + inference compute.")),
    # -- programme (optional section: null = the pre-training run alone) ------------------------------
    # stages before and after the final run, as multiples of its hardware FLOP (engine.programme)
    FieldSpec("programme.development_multiple", "number", QT_TR_NOOP("Development"),
              QT_TR_NOOP("× the final run"), 0.0, 100.0, optional=True, sensitivity=True,
              tip=QT_TR_NOOP("Compute of development and ablations — the experiments before the final run — as a "
                             "multiple of it. 1.2: Epoch AI's "
                             "median (all training ÷ final run = 2.2, 90% range 1.2–4, Cottier et al. 2024); "
                             "OLMo's development was 0.5× its final runs (Morrison et al. 2025).")),
    FieldSpec("programme.tuning_share", "number", QT_TR_NOOP("SFT and preference"), "%", 0.0, 1.0,
              optional=True, style="percent", sensitivity=True,
              tip=QT_TR_NOOP("Compute of supervised fine-tuning (SFT) and preference tuning as a share of "
                             "pre-training. DeepSeek-V3: "
                             "0.2% of its GPU-hours; OLMoE 2.4%.")),
    FieldSpec("programme.rl_share", "number", QT_TR_NOOP("Reinforcement learning"), "%", 0.0, 1.0, optional=True,
              style="percent", sensitivity=True,
              tip=QT_TR_NOOP("Compute of reinforcement learning for reasoning as a share of pre-training (0 for a "
                             "model that does not reason). DeepSeek-R1: 6.1e23 FLOP on V3's 3.3e24, 19% (Epoch "
                             "AI's estimate; DeepSeek's later account implies about 5.5%).")),
    FieldSpec("programme.development_count", "number", QT_TR_NOOP("Development cluster"), QT_TR_NOOP("count"),
              1, 10_000_000, optional=True, integer=True, style="int", placeholder=QT_TR_NOOP("the run's cluster"),
              tip=QT_TR_NOOP("Accelerators of the same kind the experiments run on; empty: the final run's.")),
    FieldSpec("programme.post_training_count", "number", QT_TR_NOOP("Post-training cluster"),
              QT_TR_NOOP("count"), 1, 10_000_000, optional=True, integer=True, style="int",
              placeholder=QT_TR_NOOP("the run's cluster"),
              tip=QT_TR_NOOP("Accelerators of the same kind tuning and reinforcement learning run on; empty: the "
                             "final run's.")),
    FieldSpec("programme.post_training_mfu", "number", QT_TR_NOOP("Post-training MFU"), "%", 0.001, 1.0,
              optional=True, style="percent", placeholder=QT_TR_NOOP("the run's"),
              tip=QT_TR_NOOP("Utilisation of tuning and reinforcement learning (generating answers is slower than "
                             "training); empty: the final run's.")),
    # -- serving (optional section: null = not planned) ----------------------------------------------
    FieldSpec("serving.queries_per_day", "number", QT_TR_NOOP("Queries"), QT_TR_NOOP("per day"), 1.0, 1e13,
              optional=True, style="sci", sensitivity=True),
    FieldSpec("serving.tokens_per_query", "number", QT_TR_NOOP("Tokens per answer"), QT_TR_NOOP("tokens"), 1.0, 1e8,
              optional=True, sensitivity=True,
              tip=QT_TR_NOOP("Tokens generated per query, reasoning tokens included.")),
    FieldSpec("serving.prompt_tokens", "number", QT_TR_NOOP("Prompt tokens"), QT_TR_NOOP("tokens"), 0.0, 1e8,
              optional=True,
              tip=QT_TR_NOOP("Tokens read per query before answering — the question, documents, the conversation "
                             "so far: read in one pass, compute-bound, 2 × active parameters FLOP each.")),
    FieldSpec("serving.reasoning_share", "number", QT_TR_NOOP("Of which reasoning"), "%", 0.0, 0.999,
              optional=True, style="percent",
              tip=QT_TR_NOOP("Share of those tokens that are thinking, not the answer: what a larger model could "
                             "leave out (the thinking-or-size chart).")),
    FieldSpec("serving.months", "number", QT_TR_NOOP("Serving period"), QT_TR_NOOP("months"), 0.03, 240.0,
              optional=True, sensitivity=True),
    FieldSpec("serving.accelerator", "choice", QT_TR_NOOP("Serving accelerator"), optional=True,
              allowed="a catalogue id (see `scaleplan accelerators`)"),
    FieldSpec("serving.precision", "choice", QT_TR_NOOP("Serving weights"), optional=True, choices=PRECISIONS,
              choice_labels=(QT_TR_NOOP("BF16: 2 bytes per parameter"), QT_TR_NOOP("FP8: 1 byte per parameter")),
              allowed=", ".join(PRECISIONS),
              tip=QT_TR_NOOP("The number format the weights are served in: each generated token reads them all.")),
    FieldSpec("serving.utilisation", "number", QT_TR_NOOP("Serving utilisation"), "%", 0.01, 1.0, optional=True,
              style="percent",
              tip=QT_TR_NOOP("Achieved share of the bound that applies (memory bandwidth or peak FLOP). 60%: "
                             "Databricks measured 55–60% of the bandwidth on A100 and H100 (2023).")),
    FieldSpec("serving.batch", "number", QT_TR_NOOP("Answers in flight"), QT_TR_NOOP("per replica"), 1, 100_000,
              optional=True, integer=True, style="int",
              tip=QT_TR_NOOP("Answers one copy of the model generates together: each step reads the weights once "
                             "for all of them. Few: bandwidth-bound; many: compute-bound.")),
    FieldSpec("serving.peak_to_mean", "number", QT_TR_NOOP("Peak ÷ average load"), "×", 1.0, 100.0, optional=True,
              tip=QT_TR_NOOP("Accelerators are provisioned for the busiest hour. 2× is our assumption.")),
    FieldSpec("serving.price_per_accelerator_hour", "number", QT_TR_NOOP("Serving price"), "{currency}/h", 0.0, 1e8,
              optional=True, placeholder=QT_TR_NOOP("as training or catalogue"),
              tip=QT_TR_NOOP("Empty: the training price for the same accelerator, else the catalogue's typical "
                             "rental.")),
    # -- not in the editor's groups -------------------------------------------------------------------
    FieldSpec("notes", "text", QT_TR_NOOP("Notes"), lo=0, hi=100_000),
)

_BY_PATH: dict[str, FieldSpec] = {f.path: f for f in FIELDS}
if len(_BY_PATH) != len(FIELDS):  # pragma: no cover - a broken declaration, caught by the tests
    raise RuntimeError("engine.fields.FIELDS declares a path twice")


def field(path: str) -> FieldSpec:
    """The spec of a field by its dotted path (KeyError for a path that is not a field)."""
    try:
        return _BY_PATH[path]
    except KeyError:
        raise KeyError(f"{path!r} is not a scenario field") from None


def paths() -> tuple[str, ...]:
    return tuple(_BY_PATH)


def number_fields() -> tuple[FieldSpec, ...]:
    """The numeric fields, in editor order."""
    return tuple(f for f in FIELDS if f.kind == "number")


def number_field(path: str) -> FieldSpec:
    """The spec of a numeric field (KeyError for any other path)."""
    spec = field(path)
    if spec.kind != "number":
        raise KeyError(f"{path!r} is not a numeric field")
    return spec


def fields_for_objective(objective: str) -> tuple[FieldSpec, ...]:
    """The fields an objective uses (inputs; e.g. not ``schedule.days`` for ``fixed_run``)."""
    return tuple(f for f in FIELDS if f.used_by(objective))


def required_fields(objective: str) -> tuple[FieldSpec, ...]:
    """Optional fields that must be set for this objective (``model.n_params`` for ``fixed_params``…)."""
    return tuple(f for f in FIELDS if objective in f.required_for)


def sensitivity_fields() -> tuple[FieldSpec, ...]:
    """The inputs the tornado chart moves, in editor order."""
    return tuple(f for f in FIELDS if f.sensitivity)


def is_used(scenario: Scenario, path: str) -> bool:
    """Whether the scenario's objective uses this field as an input."""
    if path == "money.per_usd" and scenario.money.currency == "USD":
        return False  # a dollar is a dollar
    if path == "energy.price_per_kwh" and scenario.money.cost_basis == "rented":
        return False  # the rental price includes the power
    if path.startswith("schedule.reliability.") and scenario.schedule.reliability is None:
        return path == "schedule.reliability.mtbf_hours_per_accelerator"  # typing it models failures
    if path == "schedule.goodput" and scenario.schedule.reliability is not None:
        return False  # the plan's: modelled from failures
    if path.startswith("programme."):
        return scenario.programme is not None
    if path.startswith("serving."):
        return scenario.serving is not None
    if path in PURCHASE_PATHS:
        return scenario.money.cost_basis == "purchased"
    if path == "money.price_per_accelerator_hour" and scenario.money.cost_basis == "purchased":
        return False  # the plan's: the purchase written off
    if path == "model.inference_tokens" and scenario.serving is not None:
        return False  # the plan's: from the serving section
    if scenario.model.moe is None and (path == "parallel.expert" or (path.startswith("model.moe.")
                                                                      and path != "model.moe.experts")):
        return False  # a dense model has no experts to count or spread
    return field(path).used_by(scenario.model.objective)


# --------------------------------------------------------------------------------------------------
# the field table of the README
# --------------------------------------------------------------------------------------------------
def _objectives_text(spec: FieldSpec) -> str:
    if spec.objectives is None:
        text = "all"
    else:
        text = ", ".join(o for o in OBJECTIVES if o in spec.objectives)
    if spec.required_for:
        text += " (required for " + ", ".join(o for o in OBJECTIVES if o in spec.required_for) + ")"
    return text


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_table() -> str:
    """A Markdown table of every field: path, label, unit, allowed values, objectives (English)."""
    lines = ["| Field | Label | Unit | Allowed | Objectives |", "|---|---|---|---|---|"]
    for spec in FIELDS:
        unit = "fraction, shown in %" if spec.style == "percent" else spec.unit.replace("{currency}", "currency")
        allowed = spec.allowed_text()
        if spec.kind == "number" and spec.placeholder:  # what null means
            allowed += f" ({spec.placeholder})"
        lines.append("| " + " | ".join(_cell(c) for c in (
            f"`{spec.path}`", spec.label, unit, allowed, _objectives_text(spec))) + " |")
    return "\n".join(lines) + "\n"
