"""Law presets (resources/laws.json) and custom laws from a scenario's ``law`` object."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any, Mapping

import numpy as np

from .errors import ScenarioError
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
        raise ScenarioError("law.preset", f"unknown preset {law_id!r}", ", ".join(PRESET_IDS)) from None


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
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ScenarioError(path, f"must be a number, got {type(value).__name__}", allowed)
    v = float(value)
    if not math.isfinite(v) or (v <= lo if lo_exclusive else v < lo) or v > hi:
        raise ScenarioError(path, f"{value!r} is out of range", allowed)
    return v


def custom_law(obj: Mapping[str, Any], path: str = "law") -> ParametricLaw:
    """Validate a custom law object and build it (every problem named by its field path)."""
    unknown = set(obj) - _CUSTOM_KEYS
    if unknown:
        raise ScenarioError(f"{path}.{sorted(unknown)[0]}", "unknown field in a custom law",
                            ", ".join(sorted(_CUSTOM_KEYS)))
    name = obj.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise ScenarioError(f"{path}.name", "a custom law needs a name", "text of 1–200 characters")
    vals: dict[str, float | None] = {}
    for key, (lo, hi, excl) in _CUSTOM_BOUNDS.items():
        if key in ("R_D_star", "R_N_star"):
            if obj.get(key) is None:
                vals[key] = None
                continue
        elif key not in obj:
            raise ScenarioError(f"{path}.{key}", "missing", f"a number {'>' if excl else '≥'} {lo:g}")
        vals[key] = _check_number(f"{path}.{key}", obj[key], lo, hi, excl)
    if (vals["R_D_star"] is None) != (vals["R_N_star"] is None):
        raise ScenarioError(f"{path}.R_N_star", "R_D_star and R_N_star go together", "both or neither")
    se = obj.get("se")
    if se is not None:
        if not isinstance(se, dict) or set(se) - set(_PARAM_ORDER):
            raise ScenarioError(f"{path}.se", "must map parameter names to standard errors",
                                "keys among E, A, B, alpha, beta")
        se = {k: _check_number(f"{path}.se.{k}", v, 0.0, 1e12, False) for k, v in se.items()}
    samples = obj.get("samples")
    if samples is not None:
        if not isinstance(samples, list) or not 2 <= len(samples) <= 100_000:
            raise ScenarioError(f"{path}.samples", "must be a list of [E, A, B, alpha, beta] rows",
                                "2 to 100,000 rows")
        rows = []
        for i, row in enumerate(samples):
            if not isinstance(row, list) or len(row) != 5:
                raise ScenarioError(f"{path}.samples[{i}]", "must be [E, A, B, alpha, beta]", "5 numbers")
            rows.append([_check_number(f"{path}.samples[{i}][{j}]", v, *_CUSTOM_BOUNDS[_PARAM_ORDER[j]])
                         for j, v in enumerate(row)])
        samples = np.asarray(rows, dtype=float)
    rng = obj.get("compute_range_flop")
    if rng is not None:
        if not isinstance(rng, list) or len(rng) != 2:
            raise ScenarioError(f"{path}.compute_range_flop", "must be [low, high] in FLOP",
                                "two numbers (or null) from 1 to 1e35")
        lo_hi = [None if v is None else _check_number(f"{path}.compute_range_flop[{i}]", v, 1.0, 1e35, False)
                 for i, v in enumerate(rng)]
        if None not in lo_hi and lo_hi[0] > lo_hi[1]:
            raise ScenarioError(f"{path}.compute_range_flop", "low is above high", "low ≤ high")
        rng = tuple(lo_hi)
    source = obj.get("source", "")
    if not isinstance(source, str) or len(source) > 2000:
        raise ScenarioError(f"{path}.source", "must be text", "up to 2,000 characters")
    return ParametricLaw(id="custom", name=name.strip(), E=vals["E"], A=vals["A"], B=vals["B"],
                         alpha=vals["alpha"], beta=vals["beta"], r_d_star=vals["R_D_star"],
                         r_n_star=vals["R_N_star"], source=source or "custom law", se=se,
                         samples=samples, compute_range_flop=rng or (None, None))
