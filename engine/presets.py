"""Law presets (resources/laws.json) and custom laws from a scenario's ``law`` object."""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .errors import ScenarioError, check_unicode
from .frozen import FrozenDict
from .laws import AnyLaw, KaplanLaw, ParametricLaw
from .resources import load_json_resource

PRESET_IDS: tuple[str, ...] = (
    "chinchilla-2022", "chinchilla-2022-unrounded", "epoch-2024", "kaplan-2020", "muennighoff-2023",
)
DEFAULT_LAW_ID = "epoch-2024"


def _range(value: Any) -> tuple[float | None, float | None]:
    if not value:
        return (None, None)
    lo, hi = value
    return (None if lo is None else float(lo), None if hi is None else float(hi))


def _law_from_preset(entry: Mapping[str, Any]) -> AnyLaw:
    if entry["form"] == "kaplan":
        return KaplanLaw(id=entry["id"], name=entry["name"], alpha_n=entry["alpha_N"],
                         alpha_d=entry["alpha_D"], n_c=entry["N_c"], d_c=entry["D_c"],
                         alloc_n_coef=entry["alloc_N_coef"], alloc_n_exp=entry["alloc_N_exp"],
                         source=entry["source"], notes=entry.get("notes", ""),
                         compute_range_flop=_range(entry.get("compute_range_flop")))
    return ParametricLaw(id=entry["id"], name=entry["name"], E=entry["E"], A=entry["A"], B=entry["B"],
                         alpha=entry["alpha"], beta=entry["beta"], r_d_star=entry.get("R_D_star"),
                         r_n_star=entry.get("R_N_star"), source=entry["source"],
                         notes=entry.get("notes", ""), se=entry.get("se"),
                         compute_range_flop=_range(entry.get("compute_range_flop")))


@lru_cache(maxsize=1)
def presets() -> dict[str, AnyLaw]:
    """All presets by id, in the order of resources/laws.json."""
    data = load_json_resource("laws.json")
    laws = {entry["id"]: _law_from_preset(entry) for entry in data["presets"]}
    missing = set(PRESET_IDS) - set(laws)
    if missing:  # a broken installation, not user input
        raise RuntimeError(f"resources/laws.json lacks the presets {sorted(missing)}")
    return laws


def preset(law_id: str) -> AnyLaw:
    try:
        return presets()[law_id]
    except KeyError:
        raise ScenarioError("law.preset", f"unknown preset {law_id!r}", ", ".join(PRESET_IDS),
                            code="law.preset_unknown", values={"value": law_id}) from None


_CUSTOM_BOUNDS: dict[str, tuple[float, float, bool]] = {
    # name: (low, high, low exclusive)
    "E": (0.0, 20.0, False),
    "A": (0.0, 1e12, True),
    "B": (0.0, 1e12, True),
    "alpha": (0.0, 2.0, True),
    "beta": (0.0, 2.0, True),
    "R_D_star": (0.0, 1e4, True),
    "R_N_star": (0.0, 1e4, True),
}
_CUSTOM_KEYS = {"name", "E", "A", "B", "alpha", "beta", "R_D_star", "R_N_star", "se", "samples",
                "compute_range_flop", "source"}
_PARAM_ORDER = ("E", "A", "B", "alpha", "beta")


def _check_number(path: str, value: Any, lo: float, hi: float, lo_exclusive: bool) -> float:
    allowed = f"{'>' if lo_exclusive else '≥'} {lo:g} and ≤ {hi:g}"
    rng = {"lo": lo, "hi": hi, "lo_exclusive": lo_exclusive}
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        kind = type(value).__name__
        raise ScenarioError(path, f"must be a number, got {kind}", allowed, code="law.not_a_number",
                            values={"type": kind, **rng})
    try:
        v = float(value)
    except OverflowError:  # an integer beyond any float
        v = math.inf
    if not math.isfinite(v):  # 1e999 in a file reads as inf
        text = _number_text(value)
        raise ScenarioError(path, f"{text} is out of range", allowed, code="law.not_finite",
                            values={"text": text, **rng})
    if (v <= lo if lo_exclusive else v < lo) or v > hi:
        shown = v if isinstance(value, int) and abs(value) > 2**53 else value  # 1e+300, not 301 digits
        raise ScenarioError(path, f"{shown!r} is out of range", allowed, code="law.out_of_range",
                            values={"value": shown, **rng})
    return v


def _number_text(value: Any) -> str:
    """A number for a message: an integer beyond float range as 1.000e400, not its 401 digits."""
    if isinstance(value, int) and abs(value) > 2**53:
        try:
            digits = str(abs(value))
        except ValueError:  # beyond Python's digit limit for int -> str
            return "an integer beyond float range"
        return f"{'-' if value < 0 else ''}{digits[0]}.{digits[1:4]}e{len(digits) - 1}"
    return repr(value)


def custom_law(obj: Mapping[str, Any], path: str = "law") -> ParametricLaw:
    """Validate a custom law object and build it (every problem named by its field path)."""
    unknown = set(obj) - _CUSTOM_KEYS
    if unknown:
        first = sorted(unknown)[0]
        raise ScenarioError(f"{path}.{first}", "unknown field in a custom law", ", ".join(sorted(_CUSTOM_KEYS)),
                            code="law.unknown_field", values={"field": first})
    name = obj.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise ScenarioError(f"{path}.name", "a custom law needs a name", "text of 1–200 characters",
                            code="law.name")
    check_unicode(f"{path}.name", name)
    vals: dict[str, float] = {}  # the five parameters, always present
    r_star: dict[str, float | None] = {}  # R_D_star, R_N_star: both or neither
    for key, (lo, hi, excl) in _CUSTOM_BOUNDS.items():
        if key in ("R_D_star", "R_N_star"):
            value = obj.get(key)
            r_star[key] = None if value is None else _check_number(f"{path}.{key}", value, lo, hi, excl)
            continue
        if key not in obj:
            raise ScenarioError(f"{path}.{key}", "missing", f"a number {'>' if excl else '≥'} {lo:g}",
                                code="law.missing", values={"parameter": key})
        vals[key] = _check_number(f"{path}.{key}", obj[key], lo, hi, excl)
    if (r_star["R_D_star"] is None) != (r_star["R_N_star"] is None):
        raise ScenarioError(f"{path}.R_N_star", "R_D_star and R_N_star go together", "both or neither",
                            code="law.r_star_pair")
    se_obj = obj.get("se")
    se: FrozenDict | None = None
    if se_obj is not None:
        if not isinstance(se_obj, dict) or set(se_obj) - set(_PARAM_ORDER):
            raise ScenarioError(f"{path}.se", "must map parameter names to standard errors",
                                "keys among E, A, B, alpha, beta", code="law.se")
        se = FrozenDict({k: _check_number(f"{path}.se.{k}", v, 0.0, 1e12, False) for k, v in se_obj.items()})
    samples_obj = obj.get("samples")
    samples: NDArray[np.float64] | None = None
    if samples_obj is not None:
        if not isinstance(samples_obj, list) or not 2 <= len(samples_obj) <= 100_000:
            raise ScenarioError(f"{path}.samples", "must be a list of [E, A, B, alpha, beta] rows",
                                "2 to 100,000 rows", code="law.samples")
        rows = []
        for i, row in enumerate(samples_obj):
            if not isinstance(row, list) or len(row) != 5:
                raise ScenarioError(f"{path}.samples[{i}]", "must be [E, A, B, alpha, beta]", "5 numbers",
                                    code="law.sample_row", values={"row": i})
            rows.append([_check_number(f"{path}.samples[{i}][{j}]", v, *_CUSTOM_BOUNDS[_PARAM_ORDER[j]])
                         for j, v in enumerate(row)])
        samples = np.asarray(rows, dtype=float)
        samples.flags.writeable = False  # a resolved law is shared (cached): nobody may change its draws
    rng_obj = obj.get("compute_range_flop")
    compute_range: tuple[float | None, float | None] = (None, None)
    if rng_obj is not None:
        if not isinstance(rng_obj, list) or len(rng_obj) != 2:
            raise ScenarioError(f"{path}.compute_range_flop", "must be [low, high] in FLOP",
                                "two numbers (or null) from 1 to 1e35", code="law.range")
        low, high = (None if v is None else _check_number(f"{path}.compute_range_flop[{i}]", v, 1.0, 1e35, False)
                     for i, v in enumerate(rng_obj))
        if low is not None and high is not None and low > high:
            raise ScenarioError(f"{path}.compute_range_flop", "low is above high", "low ≤ high",
                                code="law.range_order", values={"low": low, "high": high})
        compute_range = (low, high)
    source = obj.get("source", "")
    if not isinstance(source, str) or len(source) > 2000:
        raise ScenarioError(f"{path}.source", "must be text", "up to 2,000 characters", code="law.source")
    check_unicode(f"{path}.source", source)
    return ParametricLaw(id="custom", name=name.strip(), E=vals["E"], A=vals["A"], B=vals["B"],
                         alpha=vals["alpha"], beta=vals["beta"], r_d_star=r_star["R_D_star"],
                         r_n_star=r_star["R_N_star"], source=source or "custom law", se=se,
                         samples=samples, compute_range_flop=compute_range)
