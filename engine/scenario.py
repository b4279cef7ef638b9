"""The scenario: frozen dataclasses mirroring the file format v1 (DESIGN.md §3), validation, load and save.

Every rule names the field path and the allowed range. ``load`` refuses a newer version, malformed JSON,
NaN/Infinity, wrong types and out-of-range values with a :class:`ScenarioError` and never raises anything
else for bad input. ``save`` writes with engine.files' safe writer (temporary file beside the target, fsync, replace).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import files
from .catalogue import accelerator_ids, accelerators
from .errors import ScenarioError, check_unicode, message_for
from .fields import (
    COST_BASES,
    FIELDS,
    LEGACY_COST_BASIS,
    OBJECTIVES,
    PRECISIONS,
    RECOMPUTE,
    FieldSpec,
    number_field,
    number_fields,
    required_fields,
)
from .fields import field as schema_field
from .findings import QT_TR_NOOP
from .frozen import EMPTY, FrozenDict, freeze, thaw
from .laws import AnyLaw, ParametricLaw
from .presets import DEFAULT_LAW_ID, PRESET_IDS, custom_law, preset
from .reliability import CHECKPOINT_MINUTES, MTBF_HOURS_PER_ACCELERATOR, RESTART_MINUTES

__all__ = [
    "FILE_SUFFIX", "FORMAT_NAME", "FORMAT_VERSION", "MAX_FILE_BYTES", "OBJECTIVES", "Cluster", "Data", "Energy",
    "LawChoice", "MoE", "Model", "Money", "Parallel", "Programme", "Reliability", "Scenario", "Schedule", "Serving",
    "allowed_range", "check_field", "check_json_values", "default_scenario", "dumps", "from_dict", "given",
    "load", "loads", "required_error", "save", "to_dict", "validate",
]

FORMAT_NAME = "scaleplan-scenario"
FORMAT_VERSION = 1
FILE_SUFFIX = ".scaleplan.json"
MAX_FILE_BYTES = 50_000_000
#: Resolved custom laws kept (by value): the open documents' laws and a few undo steps back.
LAW_CACHE_SIZE = 32


# --------------------------------------------------------------------------------------------------
# dataclasses
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cluster:
    accelerator: str = "h100-sxm"
    count: int = 1024
    peak_flop_per_s: float = 9.894e14
    mfu: float = 0.40
    power_w: float = 700.0
    #: Memory of one accelerator as its datasheet gives it ("80 GB", which is 80 GiB of HBM); None = from the
    #: catalogue (needed for the memory check).
    memory_gb: float | None = None
    #: The number format of the matrix multiplications (engine.fields.PRECISIONS): the peak above and the MFU
    #: are this precision's dense peak, the training state follows its recipe (engine.architecture).
    precision: str = "bf16"


@dataclass(frozen=True)
class Parallel:
    """How the training state and the activations are spread over the accelerators (engine.architecture):
    tensor × pipeline parallel within a model replica, the rest data parallel, experts over ``expert`` of the
    data-parallel ranks; ZeRO/FSDP ``zero_stage`` shards the state over the data-parallel ranks. A degree left
    None is chosen by the plan: the least model parallelism whose memory fits (engine.architecture.choose)."""

    tensor: int | None = None
    pipeline: int | None = None
    expert: int | None = None
    zero_stage: int = 3
    recompute: str = "selective"


@dataclass(frozen=True)
class Reliability:
    """Goodput modelled from failures and checkpoints (engine.reliability); the defaults are Llama 3's
    interruption rate and our calibration of checkpoint stall and restart to its published goodput."""

    mtbf_hours_per_accelerator: float = MTBF_HOURS_PER_ACCELERATOR
    checkpoint_minutes: float = CHECKPOINT_MINUTES
    restart_minutes: float = RESTART_MINUTES


@dataclass(frozen=True)
class Schedule:
    days: float = 30.0
    #: Share of wall-clock time spent on useful training steps (restarts, failures, evaluation excluded).
    goodput: float = 0.90
    #: None: the goodput above, as typed; else modelled from failures (and the goodput above unused).
    reliability: Reliability | None = None


@dataclass(frozen=True)
class Energy:
    pue: float = 1.2
    price_per_kwh: float = 25.0
    carbon_kg_per_kwh: float = 0.421
    cap_mwh: float | None = None
    #: The most power the site can deliver, in MW (facility power: IT × PUE); None = no cap.
    cap_mw: float | None = None
    #: Host/server/network draw as a multiple of the accelerators' own power (1.0 = accelerators only).
    server_overhead: float = 1.0
    #: Average draw as a fraction of that nameplate power (1.0: the TDP convention of published footprints;
    #: Epoch AI's cost model uses 0.75 for GPU servers — engine.energy).
    average_draw: float = 1.0


@dataclass(frozen=True)
class Money:
    currency: str = "JPY"
    price_per_accelerator_hour: float = 442.5
    budget: float | None = None
    #: "rented": the accelerator-hour price includes the power (cloud rental — what the catalogue's prices
    #: are); "owned": owned or colocated accelerators, the energy is paid on top at ``energy.price_per_kwh``.
    #: A file without this key was written before it existed and meant "owned" (see ``from_dict``).
    cost_basis: str = "rented"
    #: Units of ``currency`` per US dollar (the user's rate): converts the catalogue's USD prices and every
    #: amount when the currency changes (engine.money). 1 for USD by definition, whatever a file says.
    per_usd: float = 150.0
    #: A bought cluster (cost_basis "purchased"): one accelerator's price with its share of the server (None =
    #: the catalogue's typical, converted at the rate), the network and the rest as a multiple of it, the
    #: straight-line life and the share of it the cluster is busy (engine.programme.hourly_capital_cost).
    purchase_price_per_accelerator: float | None = None
    network_multiple: float = 1.235
    depreciation_years: float = 5.0
    lifetime_utilisation: float = 0.8

    def __post_init__(self) -> None:
        if self.currency == "USD" and self.per_usd != 1.0:
            object.__setattr__(self, "per_usd", 1.0)


@dataclass(frozen=True)
class LawChoice:
    preset: str | None = DEFAULT_LAW_ID
    #: A custom law object (format of DESIGN.md §3) when ``preset`` is None. Stored frozen (a read-only,
    #: hashable FrozenDict, lists as tuples) whatever mapping is passed in; ``to_dict`` writes it back as
    #: plain JSON.
    custom: Mapping[str, Any] | None = None

    def __post_init__(self) -> None:
        if self.custom is not None:
            object.__setattr__(self, "custom", freeze(self.custom))

    def resolve(self) -> AnyLaw:
        """The law: a preset, or the custom law built and validated (raises ScenarioError). A custom law
        is resolved once per distinct value and then shared (the same object, bootstrap draws included)."""
        if self.preset is not None:
            return preset(self.preset)
        custom = self.custom if isinstance(self.custom, FrozenDict) else EMPTY
        return _resolve_custom(custom)


@lru_cache(maxsize=LAW_CACHE_SIZE)
def _resolve_custom(custom: FrozenDict) -> ParametricLaw:
    return custom_law(thaw(custom))


@dataclass(frozen=True)
class Data:
    unique_tokens: float | None = 1.5e13


@dataclass(frozen=True)
class MoE:
    """A mixture-of-experts model; ``Model.n_params`` is then its active parameters (what compute follows)."""

    #: Routed experts per MoE layer, and how many of them each token uses.
    experts: int = 8
    active_experts: int = 2
    #: Experts every token uses besides the routed ones (DeepSeek-V3: 1).
    shared_experts: int = 0
    #: All parameters (what memory follows); None = estimated from the experts (engine.architecture).
    n_params_total: float | None = None


@dataclass(frozen=True)
class Model:
    objective: str = "compute_optimal"
    #: The parameters compute follows: all of a dense model's, the active ones of a mixture of experts.
    n_params: float | None = None
    n_tokens: float | None = None
    target_loss: float | None = None
    inference_tokens: float = 0.0
    #: None: a dense model; else its experts.
    moe: MoE | None = None
    #: Tokens per training sequence; None = 6·N·D exactly (attention's FLOP not counted, as before).
    context_tokens: int | None = None
    #: The model's shape; None = derived from the parameters (engine.architecture.shape).
    layers: int | None = None
    d_model: int | None = None


@dataclass(frozen=True)
class Programme:
    """The stages around the final pre-training run (engine.programme): development and ablations before it,
    supervised and preference tuning and reinforcement learning after it, each as a multiple of its hardware
    FLOP, on the same kind of accelerator (None: the run's count, the run's MFU)."""

    development_multiple: float | None = 1.2
    tuning_share: float | None = 0.01
    rl_share: float | None = 0.10
    development_count: int | None = None
    post_training_count: int | None = None
    post_training_mfu: float | None = None


@dataclass(frozen=True)
class Serving:
    """Serving the trained model (engine.serving): the load, the answers' length (reasoning included), the
    period, and the accelerators it runs on."""

    queries_per_day: float | None = 1e6
    tokens_per_query: float | None = 1000.0
    #: Tokens read per query before answering (the question, documents, the conversation so far).
    prompt_tokens: float | None = 0.0
    reasoning_share: float | None = 0.0
    months: float | None = 12.0
    accelerator: str | None = "h100-sxm"
    precision: str | None = "bf16"
    utilisation: float | None = 0.6
    batch: int | None = 64
    peak_to_mean: float | None = 2.0
    #: None: the training price for the same accelerator, else the catalogue's typical rental.
    price_per_accelerator_hour: float | None = None


#: Fields of an optional section that must be set when the section is there (the others mean "as the run").
SECTION_REQUIRED: dict[str, tuple[str, ...]] = {
    "programme": ("development_multiple", "tuning_share", "rl_share"),
    "serving": ("queries_per_day", "tokens_per_query", "prompt_tokens", "reasoning_share", "months", "accelerator",
                "precision", "utilisation", "batch", "peak_to_mean"),
}


@dataclass(frozen=True)
class Scenario:
    name: str = "1,024 H100 for 30 days"
    notes: str = ""
    cluster: Cluster = field(default_factory=Cluster)
    parallel: Parallel = field(default_factory=Parallel)
    schedule: Schedule = field(default_factory=Schedule)
    energy: Energy = field(default_factory=Energy)
    money: Money = field(default_factory=Money)
    law: LawChoice = field(default_factory=LawChoice)
    data: Data = field(default_factory=Data)
    model: Model = field(default_factory=Model)
    #: The whole programme (None: the pre-training run alone) and its serving (None: not planned).
    programme: Programme | None = None
    serving: Serving | None = None
    #: Top-level keys starting with "x-" are extensions: kept on round-trip, never interpreted (stored
    #: frozen, like ``LawChoice.custom``).
    extensions: Mapping[str, Any] = field(default_factory=lambda: EMPTY)

    def __post_init__(self) -> None:
        object.__setattr__(self, "extensions", freeze(self.extensions))

    def validated(self) -> Scenario:
        """Check every field (raises ScenarioError naming the path and allowed range); returns self."""
        validate(self)
        return self

    def with_changes(self, path: str, value: Any) -> Scenario:
        """A copy with one field changed, by dotted path (``"cluster.count"``, ``"model.moe.experts"``); not
        validated. A field of an optional part that is not there creates it with its defaults; the experts
        set to None make the model dense again (``model.moe`` None)."""
        if path == "model.moe.experts" and value is None:
            return replace(self, model=replace(self.model, moe=None))
        if path == "schedule.reliability.mtbf_hours_per_accelerator" and value is None:
            return replace(self, schedule=replace(self.schedule, reliability=None))  # goodput as typed
        out: Scenario = _replaced(self, path.split("."), value)
        return out


def _replaced(holder: Any, parts: list[str], value: Any) -> Any:
    head, rest = parts[0], parts[1:]
    if not rest:
        return replace(holder, **{head: value})
    inner = getattr(holder, head)
    if inner is None:  # an optional part not there yet: its defaults
        inner = _OPTIONAL_PARTS[head]()
    return replace(holder, **{head: _replaced(inner, rest, value)})


_OPTIONAL_PARTS: dict[str, Callable[[], Any]] = {"moe": MoE, "reliability": Reliability, "programme": Programme,
                                                 "serving": Serving}


def default_scenario() -> Scenario:
    return Scenario()


# --------------------------------------------------------------------------------------------------
# validation (derived from the field schema, engine.fields)
# --------------------------------------------------------------------------------------------------
def allowed_range(path: str) -> str:
    """Human text of the allowed values of a numeric field, e.g. '> 0 and ≤ 1'."""
    return number_field(path).allowed_text()


def _range_values(spec: FieldSpec) -> dict[str, Any]:
    return {"lo": spec.lo, "hi": spec.hi, "lo_exclusive": spec.lo_exclusive, "optional": spec.optional}


def check_field(path: str, value: Any) -> float | None:
    """Validate one numeric field by path; returns it as float (None when optional and unset)."""
    spec = number_field(path)
    lo, hi = spec.bounds
    allowed = spec.allowed_text()
    rng = _range_values(spec)
    if value is None:
        if spec.optional:
            return None
        raise ScenarioError(path, "is required", allowed, code="number.required", values=rng)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        kind = _type_name(value)
        raise ScenarioError(path, f"must be a number, not {kind}", allowed, code="number.not_a_number",
                            values={"type": kind, **rng})
    try:
        v = float(value)
    except OverflowError:  # an integer too large for a float: as infinite as 1e999
        v = math.inf
    if not math.isfinite(v):
        raise ScenarioError(path, "must be a finite number", allowed, code="number.not_finite", values=rng)
    if (v <= lo if spec.lo_exclusive else v < lo) or v > hi:
        raise ScenarioError(path, message_for("number.out_of_range", value=value), allowed, code="number.out_of_range",
                            values={"value": value, **rng})
    if spec.integer and v != int(v):
        raise ScenarioError(path, message_for("number.not_whole", value=value), allowed, code="number.not_whole",
                            values={"value": value, **rng})
    return v


_TYPE_NAMES: dict[type, str] = {bool: QT_TR_NOOP("true/false"), str: QT_TR_NOOP("text"),
                                list: QT_TR_NOOP("a list"), dict: QT_TR_NOOP("an object")}


def _type_name(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _check_text(spec: FieldSpec, value: Any) -> None:
    lo, hi = (int(b) for b in spec.bounds)
    allowed = spec.allowed_text()
    if not isinstance(value, str):
        kind = _type_name(value)
        raise ScenarioError(spec.path, f"must be text, not {kind}", allowed, code="text.type",
                            values={"type": kind, "lo": lo, "hi": hi})
    # the length as written (a name of "a" and ten million spaces is ten million characters long); a
    # required text must also be more than blanks
    if not lo <= len(value) <= hi or (lo and not value.strip()):
        raise ScenarioError(spec.path, f"has {len(value):,} characters", allowed, code="text.length",
                            values={"length": len(value), "lo": lo, "hi": hi})
    check_unicode(spec.path, value)


def _check_accelerator(spec: FieldSpec, s: Scenario) -> None:
    accel = spec.get(s)
    if not isinstance(accel, str) or (accel != "custom" and accel not in accelerator_ids()):
        raise ScenarioError(spec.path, f"unknown accelerator {accel!r}", spec.allowed, code="accelerator.unknown",
                            values={"value": _plain(accel)})


def _check_currency(spec: FieldSpec, s: Scenario) -> None:
    cur = spec.get(s)
    if not (isinstance(cur, str) and len(cur) == 3 and cur.isascii() and cur.isalpha() and cur.isupper()):
        raise ScenarioError(spec.path, f"{cur!r} is not a currency code", spec.allowed, code="currency.invalid",
                            values={"value": _plain(cur)})


def _check_preset(spec: FieldSpec, s: Scenario) -> None:
    law_id = spec.get(s)
    if law_id is not None and law_id not in PRESET_IDS:
        raise ScenarioError(spec.path, f"unknown preset {law_id!r}", ", ".join(PRESET_IDS),
                            code="law.preset_unknown", values={"value": _plain(law_id)})


def _check_custom_law(spec: FieldSpec, s: Scenario) -> None:
    s.law.resolve()  # a preset, or the custom law validated as a whole (presets.custom_law); cached


def _check_cost_basis(spec: FieldSpec, s: Scenario) -> None:
    basis = spec.get(s)
    if basis not in COST_BASES:
        raise ScenarioError(spec.path, f"unknown cost basis {basis!r}", spec.allowed, code="cost_basis.unknown",
                            values={"value": _plain(basis)})


def _check_objective(spec: FieldSpec, s: Scenario) -> None:
    objective = spec.get(s)
    if objective not in OBJECTIVES:
        raise ScenarioError(spec.path, f"unknown objective {objective!r}", spec.allowed, code="objective.unknown",
                            values={"value": _plain(objective)})


def _plain(value: Any) -> Any:
    """A value as it can go into an error's ``values`` (JSON): as it is when it is JSON, else its repr."""
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return repr(value)
    return value


#: How each choice/object field is checked (every such field of the schema has one; a test says so).
_CHECKS: dict[str, Callable[[FieldSpec, Scenario], None]] = {
    "cluster.accelerator": _check_accelerator,
    "money.currency": _check_currency,
    "law.preset": _check_preset,
    "law.custom": _check_custom_law,
    "model.objective": _check_objective,
    "money.cost_basis": _check_cost_basis,
    "cluster.precision": lambda spec, s: _check_precision(spec, s),
    "parallel.recompute": lambda spec, s: _check_recompute(spec, s),
    "serving.accelerator": lambda spec, s: _check_serving_accelerator(spec, s),
    "serving.precision": lambda spec, s: _check_serving_precision(spec, s),
}


def serving_accelerator_ids() -> tuple[str, ...]:
    """The catalogue's accelerators a serving plan can use: those with memory, bandwidth and power figures."""
    return tuple(a.id for a in accelerators().values()
                 if a.memory_gb and a.memory_bw_tb_per_s and a.power_w)


def _check_serving_accelerator(spec: FieldSpec, s: Scenario) -> None:
    value = spec.get(s)
    if s.serving is not None and value is not None and value not in serving_accelerator_ids():
        raise ScenarioError(spec.path, f"unknown accelerator {value!r}", ", ".join(serving_accelerator_ids()),
                            code="accelerator.unknown", values={"value": _plain(value)})


def _check_serving_precision(spec: FieldSpec, s: Scenario) -> None:
    value = spec.get(s)
    if s.serving is not None and value is not None and value not in PRECISIONS:
        raise ScenarioError(spec.path, f"unknown value {value!r}", ", ".join(PRECISIONS), code="precision.unknown",
                            values={"value": _plain(value)})


def _check_precision(spec: FieldSpec, s: Scenario) -> None:
    value = spec.get(s)
    if value not in PRECISIONS:
        raise ScenarioError(spec.path, f"unknown value {value!r}", ", ".join(PRECISIONS), code="precision.unknown",
                            values={"value": _plain(value)})


def _check_recompute(spec: FieldSpec, s: Scenario) -> None:
    value = spec.get(s)
    if value not in RECOMPUTE:
        raise ScenarioError(spec.path, f"unknown value {value!r}", ", ".join(RECOMPUTE), code="recompute.unknown",
                            values={"value": _plain(value)})


def required_error(path: str, objective: str) -> ScenarioError:
    """The error for an optional field the objective needs but is not set."""
    spec = number_field(path)
    return ScenarioError(path, f"is required when the objective is {objective}",
                         spec.allowed_text().removesuffix(", or null"), code="objective.requires",
                         values={"objective": objective, **_range_values(spec)})


def given(s: Scenario, path: str) -> float:
    """A number the scenario's objective needs (``model.n_params`` for ``fixed_params``…): set in any
    validated scenario; a ScenarioError (not a TypeError) for an unvalidated one that lacks it."""
    value = number_field(path).get(s)
    if value is None:
        raise required_error(path, s.model.objective)
    return float(value)


def validate(s: Scenario) -> None:
    """Check every field (raises ScenarioError naming the path and the allowed values): text, then numbers,
    then choices (each group in schema order), then the rules between fields."""
    for spec in FIELDS:
        if spec.kind == "text":
            _check_text(spec, spec.get(s))
    for spec in number_fields():
        check_field(spec.path, spec.get(s))
    for spec in FIELDS:
        if spec.kind in ("choice", "object"):
            _CHECKS[spec.path](spec, s)
    check_json_values(s.extensions)  # kept as they are, so they must be writable as they are
    law = s.law.resolve()
    m = s.model
    for spec in required_fields(m.objective):
        if spec.get(s) is None:
            raise required_error(spec.path, m.objective)
    _check_moe(s)
    rel = s.schedule.reliability
    if rel is not None:
        for f in fields(Reliability):
            if getattr(rel, f.name) is None:
                spec = number_field(f"schedule.reliability.{f.name}")
                raise ScenarioError(spec.path, "is required when goodput is modelled from failures",
                                    spec.allowed_text().removesuffix(", or null"), code="reliability.requires",
                                    values=_range_values(spec))
    for section, names in SECTION_REQUIRED.items():
        part = getattr(s, section)
        for name in names if part is not None else ():
            if getattr(part, name) is None:
                raise ScenarioError(f"{section}.{name}", "is required when the section is there",
                                    _required_allowed(f"{section}.{name}"), code="section.requires",
                                    values={"section": section})
    if s.money.cost_basis == "purchased" and s.money.purchase_price_per_accelerator is None:
        a = accelerators().get(s.cluster.accelerator)
        if a is None or a.purchase_usd_typical is None:
            name = a.name if a is not None else s.cluster.accelerator
            raise ScenarioError("money.purchase_price_per_accelerator", message_for(
                "money.no_purchase_price", accelerator=name), "1 to 1e12", code="money.no_purchase_price",
                values={"accelerator": name})
    sv = s.serving
    if sv is not None and sv.price_per_accelerator_hour is None and sv.accelerator != s.cluster.accelerator:
        a = accelerators().get(sv.accelerator or "")
        if a is not None and a.price_usd_per_hour_typical is None:
            raise ScenarioError("serving.price_per_accelerator_hour", message_for(
                "serving.no_price", accelerator=a.name), "0 to 1e8", code="serving.no_price",
                values={"accelerator": a.name})
    if m.objective == "target_loss" and m.target_loss is not None and m.target_loss <= law.irreducible_loss:
        floor = law.irreducible_loss
        raise ScenarioError("model.target_loss",
                            f"{m.target_loss:g} is at or below the law's irreducible loss "
                            f"E = {floor:.4g} ({law.name}); no amount of compute reaches it",
                            f"> {floor:.4g}", code="target_loss.below_floor",
                            values={"target": m.target_loss, "floor": floor, "law": law.name})


def _required_allowed(path: str) -> str:
    spec = schema_field(path)
    return spec.allowed_text().removesuffix(", or null") if spec.kind == "number" else spec.allowed


def _check_moe(s: Scenario) -> None:
    """A mixture of experts has its experts and active experts set (a file's ``"moe": {}`` says nothing),
    uses no more experts than it has, and has at least as many parameters in all as it uses."""
    moe = s.model.moe
    if moe is None:
        return
    for name in ("experts", "active_experts", "shared_experts"):
        if getattr(moe, name) is None:
            raise required_moe_error(name)
    if moe.active_experts > moe.experts:
        raise ScenarioError("model.moe.active_experts",
                            message_for("moe.active_above_experts", active=moe.active_experts, experts=moe.experts),
                            f"1 to {moe.experts}", code="moe.active_above_experts",
                            values={"active": moe.active_experts, "experts": moe.experts})
    active = s.model.n_params
    total = moe.n_params_total
    if total is not None and active is not None and total < active and s.model.objective in _N_GIVEN:
        raise ScenarioError("model.moe.n_params_total",
                            message_for("moe.total_below_active", total=total, active=active),
                            f"≥ {active:.4g}", code="moe.total_below_active",
                            values={"total": total, "active": active})


_N_GIVEN = tuple(sorted(schema_field("model.n_params").required_for))


# --------------------------------------------------------------------------------------------------
# dict <-> dataclasses
# --------------------------------------------------------------------------------------------------
_SECTIONS: dict[str, type] = {"cluster": Cluster, "parallel": Parallel, "schedule": Schedule, "energy": Energy,
                              "money": Money, "data": Data, "model": Model}


#: Optional top-level sections: null or absent = not planned; ``{}`` = the defaults.
_OPTIONAL_SECTIONS: dict[str, type] = {"programme": Programme, "serving": Serving}


def to_dict(s: Scenario) -> dict[str, Any]:
    out: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "name": s.name,
                           "notes": s.notes}
    for name in _SECTIONS:
        out[name] = asdict(getattr(s, name))
    out["law"] = {"preset": s.law.preset} if s.law.preset is not None else thaw(s.law.custom or {})
    # keep the DESIGN.md key order: law before data and model
    ordered = {k: out[k] for k in ("format", "version", "name", "notes", "cluster", "parallel", "schedule",
                                   "energy", "money", "law", "data", "model")}
    for name in ("programme", "serving"):  # optional sections: written when there (a file without them reads
        part = getattr(s, name)            # as before, in this version and the ones before it)
        if part is not None:
            ordered[name] = asdict(part)
    ordered.update(thaw(s.extensions))
    return ordered


def from_dict(obj: Any, source: str = "scenario") -> Scenario:
    """Build and validate a Scenario from parsed JSON; every problem is a ScenarioError."""
    if not isinstance(obj, dict):
        kind = _type_name(obj)
        raise ScenarioError(source, f"must be a JSON object, not {kind}", code="json.not_object",
                            values={"type": kind})
    fmt = obj.get("format")
    if fmt != FORMAT_NAME:
        raise ScenarioError("format", f"{fmt!r} is not a ScalePlan scenario", f'"{FORMAT_NAME}"',
                            code="file.not_scenario", values={"value": _plain(fmt)})
    version = obj.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError("version", f"{version!r} is not a format version", f"the integer {FORMAT_VERSION}",
                            code="file.version_type", values={"value": _plain(version)})
    if version > FORMAT_VERSION:
        raise ScenarioError("version", f"this file is format version {version}, written by a newer "
                            f"ScalePlan; this version reads up to {FORMAT_VERSION}. Update ScalePlan to open it",
                            f"≤ {FORMAT_VERSION}", code="file.version_newer",
                            values={"version": version, "supported": FORMAT_VERSION})
    if version < 1:
        raise ScenarioError("version", f"{version} is not a valid format version", f"1 to {FORMAT_VERSION}",
                            code="file.version_invalid", values={"version": version, "supported": FORMAT_VERSION})
    known = {"format", "version", "name", "notes", "law", *_SECTIONS, *_OPTIONAL_SECTIONS}
    extensions = {k: v for k, v in obj.items() if isinstance(k, str) and k.startswith("x-")}
    unknown = sorted(set(obj) - known - set(extensions))
    if unknown:
        raise ScenarioError(unknown[0], "unknown top-level field",
                            ", ".join(sorted(known)) + ' (or an extension key starting with "x-")',
                            code="file.unknown_key", values={"key": unknown[0]})
    kwargs: dict[str, Any] = {}
    base = Scenario()
    for name in ("name", "notes"):
        if name in obj:
            kwargs[name] = obj[name]
    for name, cls in _SECTIONS.items():
        sub = obj.get(name, {})
        if not isinstance(sub, dict):
            kind = _type_name(sub)
            raise ScenarioError(name, f"must be an object, not {kind}", code="file.section_type",
                                values={"section": name, "type": kind})
        allowed = {f.name for f in fields(cls)}
        extra = sorted(set(sub) - allowed)
        if extra:
            raise ScenarioError(f"{name}.{extra[0]}", "unknown field", ", ".join(sorted(allowed)),
                                code="file.unknown_field", values={"section": name, "field": extra[0]})
        if name == "money" and "cost_basis" not in sub:
            sub = {**sub, "cost_basis": LEGACY_COST_BASIS}  # written before the key: energy was paid on top
        if name == "model" and sub.get("moe") is not None:
            sub = {**sub, "moe": _moe_from_obj(sub["moe"])}
        if name == "schedule" and sub.get("reliability") is not None:
            sub = {**sub, "reliability": _reliability_from_obj(sub["reliability"])}
        kwargs[name] = replace(getattr(base, name), **sub)
    for name, cls in _OPTIONAL_SECTIONS.items():
        sub = obj.get(name)
        if sub is None:
            continue
        if not isinstance(sub, dict):
            kind = _type_name(sub)
            raise ScenarioError(name, f"must be an object or null, not {kind}", code="section.type",
                                values={"section": name, "type": kind})
        kwargs[name] = cls(**_part_keys(sub, name, cls))
    kwargs["law"] = _law_from_obj(obj.get("law", {"preset": DEFAULT_LAW_ID}))
    kwargs["extensions"] = extensions
    scenario = Scenario(**kwargs)
    # integers written as 1024.0 are fine; keep them ints
    for spec in number_fields():
        v = spec.get(scenario)
        if spec.integer and isinstance(v, float) and v.is_integer() and abs(v) < 2**63:
            scenario = scenario.with_changes(spec.path, int(v))
    return scenario.validated()


def _part_keys(obj: dict[str, Any], path: str, cls: type) -> dict[str, Any]:
    """An optional part of a section (``model.moe``, ``schedule.reliability``) as a file gives it: an object
    of the part's fields only."""
    allowed = {f.name for f in fields(cls)}
    extra = sorted(set(obj) - allowed)
    if extra:
        raise ScenarioError(f"{path}.{extra[0]}", "unknown field", ", ".join(sorted(allowed)),
                            code="file.unknown_field", values={"section": path, "field": extra[0]})
    return dict(obj)


def _moe_from_obj(obj: Any) -> MoE:
    """``model.moe`` of a file: an object whose experts and active experts are given (no defaults are
    guessed for them), with the shared experts 0 and the total estimated when they are left out. (Whole
    numbers written as 8.0 become ints with the other integer fields, in ``from_dict``.)"""
    if not isinstance(obj, dict):
        kind = _type_name(obj)
        raise ScenarioError("model.moe", f"must be an object or null, not {kind}",
                            '{"experts", "active_experts"} (optionally "shared_experts", "n_params_total"), or null',
                            code="moe.type", values={"type": kind})
    kwargs = _part_keys(obj, "model.moe", MoE)
    for name in ("experts", "active_experts"):
        if name not in kwargs:
            raise required_moe_error(name)
    return MoE(**kwargs)


def _reliability_from_obj(obj: Any) -> Reliability:
    """``schedule.reliability`` of a file: an object whose fields default (``{}``: model goodput from failures
    with the defaults)."""
    if not isinstance(obj, dict):
        kind = _type_name(obj)
        raise ScenarioError("schedule.reliability", f"must be an object or null, not {kind}",
                            '{} or {"mtbf_hours_per_accelerator", "checkpoint_minutes", "restart_minutes"}, or null',
                            code="reliability.type", values={"type": kind})
    return Reliability(**_part_keys(obj, "schedule.reliability", Reliability))


def required_moe_error(name: str) -> ScenarioError:
    spec = number_field(f"model.moe.{name}")
    return ScenarioError(spec.path, "is required for a mixture of experts",
                         spec.allowed_text().removesuffix(", or null"), code="moe.requires",
                         values=_range_values(spec))


def _law_from_obj(obj: Any) -> LawChoice:
    if not isinstance(obj, dict):
        kind = _type_name(obj)
        raise ScenarioError("law", f"must be an object, not {kind}",
                            '{"preset": ID} or a custom law {"name", "E", "A", "B", "alpha", "beta"}',
                            code="law.type", values={"type": kind})
    if "preset" in obj:
        if set(obj) != {"preset"}:
            extra = sorted(set(obj) - {"preset"})[0]
            raise ScenarioError(f"law.{extra}", "a preset law takes no other fields", '{"preset": ID}',
                                code="law.preset_extra", values={"field": extra})
        law_id = obj["preset"]
        if not isinstance(law_id, str) or law_id not in PRESET_IDS:
            raise ScenarioError("law.preset", f"unknown preset {law_id!r}", ", ".join(PRESET_IDS),
                                code="law.preset_unknown", values={"value": _plain(law_id)})
        return LawChoice(preset=law_id)
    choice = LawChoice(preset=None, custom=obj)  # a frozen copy
    choice.resolve()  # validates (ScenarioError with the path) and caches the law
    return choice


# --------------------------------------------------------------------------------------------------
# files
# --------------------------------------------------------------------------------------------------
class _NonFinite(float):
    """NaN, Infinity, -Infinity or a number beyond ±1.8e308 (1e999) as the file wrote it: parsed, so that
    the refusal can name the field it is in rather than the JSON text."""

    literal: str

    def __new__(cls, literal: str) -> _NonFinite:
        obj = super().__new__(cls, literal)
        obj.literal = literal
        return obj


def _parse_float(text: str) -> float:
    v = float(text)
    return v if math.isfinite(v) else _NonFinite(text)


class _Repeated(dict[str, Any]):
    """A JSON object in which a key appears more than once (``repeated``: the first such key)."""

    repeated: str


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) == len(pairs):
        return out
    dup = _Repeated(out)
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            dup.repeated = key
            break
        seen.add(key)
    return dup


def _key_path(parent: str, key: str) -> str:
    text = key.encode("utf-8", "backslashreplace").decode("utf-8")  # a lone surrogate, shown escaped
    return f"{parent}.{text}" if parent else text


def check_json_values(obj: Any, path: str = "") -> None:
    """Refuse, naming where it is, the first thing in parsed JSON that a scenario cannot hold: a key given
    twice in one object, NaN/Infinity or a number beyond float range, text that is not Unicode (a lone
    surrogate). Walks iteratively (any depth the parser accepted), in document order."""
    stack: list[tuple[str, Any]] = [(path, obj)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            check_unicode(where or "scenario", value)
        elif isinstance(value, float):
            if not math.isfinite(value):
                literal = value.literal if isinstance(value, _NonFinite) else repr(value)
                raise ScenarioError(where or "scenario", f"{literal} is not allowed (numbers must be finite)",
                                    "a finite JSON number", code="json.not_finite", values={"value": literal})
        elif isinstance(value, dict):
            if isinstance(value, _Repeated):
                at = _key_path(where, value.repeated)
                raise ScenarioError(at, "is given more than once in the same object",
                                    "each key once", code="json.duplicate_key", values={"key": at})
            items = list(value.items())
            for key, _ in items:
                check_unicode(_key_path(where, key), key)
            stack.extend((_key_path(where, k), v) for k, v in reversed(items))
        elif isinstance(value, (list, tuple)):
            stack.extend((f"{where}[{i}]", v) for i, v in reversed(list(enumerate(value))))


def loads(text: str, source: str = "scenario") -> Scenario:
    """A scenario from JSON text. Besides malformed JSON, refused with the path of the field: a key given
    twice (JSON allows it and keeps the last; a scenario that says two things is refused), NaN, Infinity
    and numbers beyond float range, text with lone surrogates."""
    try:
        obj = json.loads(text, parse_constant=_NonFinite, parse_float=_parse_float, object_pairs_hook=_object)
    except RecursionError:
        raise ScenarioError(source, "is nested too deeply to be a scenario", code="json.too_deep") from None
    except ValueError as exc:  # JSONDecodeError is a ValueError
        raise ScenarioError(source, f"is not valid JSON: {exc}", code="json.invalid",
                            values={"detail": str(exc)}) from None
    check_json_values(obj)
    return from_dict(obj, source)


def load(path: str | os.PathLike[str]) -> Scenario:
    """Read and validate a scenario file. Bad files raise ScenarioError naming the file and the field.

    Only a regular file of at most MAX_FILE_BYTES is read: a folder, a named pipe or a device
    (/dev/zero) is refused before anything is read (engine.files.read_bounded)."""
    p = Path(path)
    try:
        raw = files.read_bounded(p, MAX_FILE_BYTES)
    except files.FileTooLargeError as exc:
        raise ScenarioError(str(p), f"is {exc.size:,} bytes; a scenario file is at most {MAX_FILE_BYTES:,}",
                            code="file.too_large", values={"size": exc.size, "limit": MAX_FILE_BYTES}) from None
    except files.NotARegularFileError as exc:
        if exc.kind == "folder":
            raise ScenarioError(str(p), "is a folder, not a scenario file", code="file.is_folder") from None
        raise ScenarioError(str(p), "is a device, pipe or socket, not a file", "a scenario file",
                            code="file.not_regular", values={"kind": exc.kind}) from None
    except FileNotFoundError:
        raise ScenarioError(str(p), "does not exist", code="file.missing") from None
    except IsADirectoryError:
        raise ScenarioError(str(p), "is a folder, not a scenario file", code="file.is_folder") from None
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise ScenarioError(str(p), f"cannot be read: {reason}", code="file.unreadable",
                            values={"reason": reason}) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ScenarioError(str(p), "is not UTF-8 text", code="file.not_utf8") from None
    try:
        return loads(text, str(p))
    except ScenarioError as exc:
        if exc.path == str(p):
            raise
        raise exc.with_path(f"{p.name}: {exc.path}") from None


def dumps(s: Scenario) -> str:
    return json.dumps(to_dict(s), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def save(s: Scenario, path: str | os.PathLike[str]) -> None:
    """Validate, then write with engine.files' safe writer: a temporary file beside the target, written
    through its descriptor, fsynced, then moved into place (links, mode and group kept)."""
    s.validated()
    files.atomic_write_text(path, dumps(s))
