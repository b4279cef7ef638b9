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
                         samples=_preset_samples(entry.get("samples_file")),
                         compute_range_flop=_range(entry.get("compute_range_flop")))


def _preset_samples(name: str | None) -> NDArray[np.float64] | None:
    """A preset's parameter samples (rows of E, A, B, alpha, beta) from their resource file, read-only."""
    if name is None:
        return None
    doc = load_json_resource(name)
    samples = np.asarray(doc["samples"], dtype=float)
    if doc.get("columns") != list(_PARAM_ORDER) or samples.ndim != 2 or samples.shape[1] != 5 or len(samples) < 2:
        raise RuntimeError(f"resources/{name} does not hold rows of {', '.join(_PARAM_ORDER)}")  # a broken install
    samples.flags.writeable = False  # shared by every plan (the preset is cached)
    return samples


def uncertainty_origin(law: AnyLaw) -> str:
    """How a law's uncertainty was obtained, in a sentence (``scaleplan laws``)."""
    if not law.has_uncertainty or not isinstance(law, ParametricLaw):
        return "none: no uncertainty was published, so plans under this law show no band"
    entry = next((e for e in load_json_resource("laws.json")["presets"] if e["id"] == law.id), None)
    name = None if entry is None or presets().get(law.id) is not law else entry.get("samples_file")
    if name is not None:
        doc = load_json_resource(name)
        return f"{doc['method']} (resources/{name}, made by {doc['generator']})"
    if law.samples is not None:
        return f"{len(law.samples):,} bootstrap samples carried by the law"
    assert law.se is not None
    if None in law.compute_range_flop:
        return ("standard errors (" + ", ".join(law.se) + "), each parameter drawn independently (A and B "
                "log-normal): no correlations, so the band is wide")
    return ("standard errors (" + ", ".join(law.se) + "): E, alpha and beta drawn independently, A and B refitted "
            "to the central law over its fitted compute range")


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


#: What a custom law's constants may be (name: low, high, low exclusive) — where L = E + A/N^α + B/D^β means
#: something. Published fits: E 1.69–1.87, A 406–520, B 411–2,085, α 0.28–0.35, β 0.28–0.37 (DESIGN.md §4).
#:
#: * E from 0 to 20 nats/token: 20 is the target-loss ceiling, worse than guessing among e²⁰ ≈ 5·10⁸ tokens.
#: * A and B from 10⁻³ to 10¹²: A is the reducible loss the law gives a one-parameter model (B: one
#:   token). Under a thousandth of a nat there, the term is under that for every model: the law has no such
#:   term, its "optimum" starves that side (a model of 10⁻³⁰⁰ parameters for A = 1e-300) and its arithmetic
#:   divides by zero. 10¹² is far beyond any fit (the fitter's starts reach e²⁵ ≈ 7·10¹⁰).
#: * α and β from 0.01 to 2: below 0.01 a tenfold larger model (or dataset) lowers its term by less than
#:   2.3 % — the term is a constant, indistinguishable from E, and the allocation exponents β/(α+β),
#:   α/(α+β) and G = (αA/(βB))^(1/(α+β)) lose all meaning (α = 1e-100 overflowed G). 0.01 is also the floor
#:   of the draws made from standard errors (laws.ParametricLaw._draws).
#: * R_D*, R_N* (Muennighoff et al. 2023: 15.4 and 5.3) above 0 and up to 10⁴ repetitions.
_CUSTOM_BOUNDS: dict[str, tuple[float, float, bool]] = {
    "E": (0.0, 20.0, False),
    "A": (1e-3, 1e12, False),
    "B": (1e-3, 1e12, False),
    "alpha": (0.01, 2.0, False),
    "beta": (0.01, 2.0, False),
    "R_D_star": (0.0, 1e4, True),
    "R_N_star": (0.0, 1e4, True),
}
#: Bootstrap samples a law may carry. A 95 % band from percentiles needs a few hundred to a thousand draws
#: (the fitter's default is 1,000); 10,000 pins the 2.5 % and 97.5 % points to about ±0.3 percentile
#: points, far more than the band needs, while 100,000 (which `fit --bootstrap 100000 --into` wrote before)
#: made every plan and every frame of the window seconds slower and the file 5 MB larger.
MAX_LAW_SAMPLES = 10_000
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


def _valid_samples(rows: list[Any]) -> NDArray[np.float64] | None:
    """The samples as an array when every row is 5 plain numbers within the bounds (checked at once: 10,000
    rows in a few milliseconds, not one formatted check per number); None when any is not."""
    if not all(isinstance(row, list) and len(row) == 5 for row in rows):
        return None
    if not all(type(v) is float or type(v) is int for row in rows for v in row):  # type: bool is not a number
        return None
    try:
        arr = np.array(rows, dtype=float)
    except OverflowError:  # an integer beyond float range
        return None
    for j, key in enumerate(_PARAM_ORDER):
        lo, hi, excl = _CUSTOM_BOUNDS[key]
        col = arr[:, j]
        if not (np.isfinite(col).all() and ((col > lo) if excl else (col >= lo)).all() and (col <= hi).all()):
            return None
    return arr


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
        if not isinstance(samples_obj, list) or len(samples_obj) < 2:
            raise ScenarioError(f"{path}.samples", "must be a list of [E, A, B, alpha, beta] rows",
                                f"2 to {MAX_LAW_SAMPLES:,} rows", code="law.samples")
        if len(samples_obj) > MAX_LAW_SAMPLES:
            raise ScenarioError(f"{path}.samples", f"has {len(samples_obj):,} rows; a law carries at most "
                                f"{MAX_LAW_SAMPLES:,} bootstrap samples", f"2 to {MAX_LAW_SAMPLES:,} rows",
                                code="law.too_many_samples", values={"count": len(samples_obj),
                                                                     "limit": MAX_LAW_SAMPLES})
        samples = _valid_samples(samples_obj)
        if samples is None:  # something is wrong: find the first bad row or number, by name
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
