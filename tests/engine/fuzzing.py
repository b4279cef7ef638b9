"""Seeded fuzz cases for the engine, the CLI and the CSV reader, and the invariant they must keep.

The invariant (issue 10): bad input is refused with a ScenarioError naming the field or the line (exit 2
in the CLI); everything else plans to finite numbers that mean something — a plan outside the scale the
engine can speak about carries an error finding that says so. Nothing else: no other exception, no exit 1,
no traceback, no NaN/Infinity in JSON, no text that cannot be saved.

Cases are generated from numpy's RNG seeded with (SEED, index): the same cases every run, and a failure
is a (kind, index) that reproduces exactly. The test modules (``test_fuzz_domain.py`` here,
``tests/gui/cli/test_cli_fuzz.py``) run them; running this module prints the counts tried and failed for
every kind, the failures grouped, and how the cases ended::

    python -m tests.engine.fuzzing                      # every kind, the suite's counts
    python -m tests.engine.fuzzing edge --show 10 --outcomes
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

import engine
from engine import ScenarioError
from engine.scenario import to_dict

# -------------------------------------------------------------------------------------------------
# scenario documents
# -------------------------------------------------------------------------------------------------
LAW = {"name": "ours", "E": 1.8, "A": 400.0, "B": 2000.0, "alpha": 0.33, "beta": 0.36}
DC_LAW = {**LAW, "R_D_star": 15.4, "R_N_star": 5.3, "compute_range_flop": [1e18, 1e21],
          "samples": [[1.8, 400.0, 2000.0, 0.33, 0.36], [1.82, 450.0, 1800.0, 0.34, 0.35],
                      [1.79, 380.0, 2200.0, 0.325, 0.37]], "source": "our runs"}
SE_LAW = {**LAW, "se": {"E": 0.03, "A": 120.0, "B": 1300.0, "alpha": 0.015, "beta": 0.02},
          "compute_range_flop": [1e18, 1e22]}


def _base_documents() -> list[dict[str, Any]]:
    d = to_dict(engine.default_scenario())
    out = [d]
    for model, extra in (
        ({"objective": "fixed_params", "n_params": 7e10}, {}),
        ({"objective": "fixed_run", "n_params": 7e10, "n_tokens": 1.4e12}, {}),
        ({"objective": "target_loss", "target_loss": 2.1, "inference_tokens": 1e13}, {}),
        ({"objective": "compute_optimal"}, {"law": dict(LAW)}),
        ({"objective": "compute_optimal"}, {"law": dict(DC_LAW), "data": {"unique_tokens": 1e11}}),
        ({"objective": "target_loss", "target_loss": 2.3}, {"law": dict(SE_LAW)}),
        ({"objective": "compute_optimal"}, {"law": {"preset": "muennighoff-2023"},
                                            "data": {"unique_tokens": 1e10}}),
        ({"objective": "fixed_run", "n_params": 1e9, "n_tokens": 2e10}, {"law": {"preset": "kaplan-2020"}}),
        # a DeepSeek-V3-like mixture of experts in FP8 at 4K context with a given sharding (issue 14)
        ({"objective": "fixed_run", "n_params": 3.7e10, "n_tokens": 1.48e13, "context_tokens": 4096,
          "moe": {"experts": 256, "active_experts": 8, "shared_experts": 1, "n_params_total": 6.71e11}},
         {"cluster": {"accelerator": "h800-sxm", "count": 2048, "precision": "fp8", "peak_flop_per_s": 1.979e15},
          "parallel": {"tensor": 1, "pipeline": 16, "expert": 64, "zero_stage": 1, "recompute": "selective"}}),
        ({"objective": "fixed_params", "n_params": 1.2e11},
         {"schedule": {"reliability": {"mtbf_hours_per_accelerator": 20000.0}}, "energy": {"cap_mw": 10.0},
          "cluster": {"count": 100000}}),
        # a whole programme with serving on a bought cluster (issue 16)
        ({"objective": "target_loss", "target_loss": 2.0},
         {"money": {"cost_basis": "purchased", "depreciation_years": 4.0}, "programme": {"rl_share": 0.2},
          "serving": {"queries_per_day": 1e7, "tokens_per_query": 3000.0, "reasoning_share": 0.8}}),
        ({"objective": "compute_optimal", "context_tokens": 131072, "layers": 126, "d_model": 16384,
          "moe": {"experts": 16, "active_experts": 1, "shared_experts": 1, "n_params_total": None}},
         {"parallel": {"tensor": 8, "pipeline": None, "expert": None, "zero_stage": 2, "recompute": "full"}}),
    ):
        doc = json.loads(json.dumps(d))
        doc["model"].update(model)
        for key, value in extra.items():
            if key == "law":
                doc["law"] = value
            else:
                doc.setdefault(key, {}).update(value)
        out.append(doc)
    return out


BASES = _base_documents()


class Raw:
    """A value written into the JSON text as it is (NaN, Infinity, a 400-digit integer, a lone surrogate)."""

    def __init__(self, text: str) -> None:
        self.text = text


NUMBERS: list[Any] = [
    0, -1, -0.0, 1, 2, 0.5, 1e-300, 5e-324, 2.2250738585072014e-308, 1e-100, 1e-12, 1e-6, 1e-4, 9.99e-4, 1e-3,
    0.001000001, 0.0099, 0.01, 0.05, 0.1, 0.9, 0.999999, 1.0000001, 3, 20, 20.000001, 100, 700, 1024, 1e4, 1e5,
    99999.0, 1e6, 1e7, 10_000_001, 1e8, 1e9, 1e12, 1.0000001e12, 1e13, 1e15, 1e16, 1.1e16, 1e17, 1e18, 1e20,
    1e25, 1e35, 1e100, 1e300, 1.7976931348623157e308, True, False, None, "1", "", [], {},
    Raw("NaN"), Raw("Infinity"), Raw("-Infinity"), Raw("1e999"), Raw("1" + "0" * 400), Raw("-" + "9" * 350),
]
TEXTS: list[Any] = [
    "", " ", "a", "\ud800", "x\udfffy", "a" + " " * 300, " " * 300 + "a", "a" * 201, "a" * 200, "日本語の計画",
    "<b>bold</b>", "\x00", "\u202e", 5, None, ["a"], Raw('"\\ud800"'), Raw('"\\udc00\\ud800"'),
]
LAW_KEYS = ["E", "A", "B", "alpha", "beta", "R_D_star", "R_N_star"]


def _random_number(rng: np.random.Generator) -> Any:
    r = rng.random()
    if r < 0.55:
        return NUMBERS[rng.integers(len(NUMBERS))]
    if r < 0.85:
        return float(10 ** rng.uniform(-330, 308)) * (1 if rng.random() < 0.9 else -1)
    return float(rng.uniform(0, 2))


def _paths(doc: dict[str, Any]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for key, value in doc.items():
        if isinstance(value, dict):
            for sub, inner in value.items():
                out.append((key, sub))
                if isinstance(inner, dict):  # model.moe.*
                    out += [(key, sub, leaf) for leaf in inner]
        else:
            out.append((key,))
    return out


def set_path(doc: dict[str, Any], path: str, value: Any) -> None:
    """Set a dotted scenario path in a scenario dict; a field of ``model.moe`` when the model is dense makes
    it a mixture of experts first (8 experts, 2 active)."""
    parts = path.split(".")
    target = doc
    for key in parts[:-1]:
        if target.get(key) is None:
            target[key] = {"experts": 8, "active_experts": 2} if key == "moe" else {}
        target = target[key]
    target[parts[-1]] = value


def get_path(doc: dict[str, Any], path: str) -> Any:
    target: Any = doc
    for key in path.split("."):
        if not isinstance(target, dict):
            return None
        target = target.get(key)
    return target


def _set(doc: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    target = doc
    for key in path[:-1]:
        nxt = target.get(key)
        if not isinstance(nxt, dict):
            return
        target = nxt
    target[path[-1]] = value


def _law_mutation(rng: np.random.Generator, doc: dict[str, Any]) -> None:
    law = doc.get("law")
    if not isinstance(law, dict) or "preset" in law:
        law = dict([LAW, DC_LAW, SE_LAW][rng.integers(3)])
        doc["law"] = law
    r = rng.random()
    if r < 0.55:
        key = LAW_KEYS[rng.integers(len(LAW_KEYS))]
        law[key] = _random_number(rng)
        if key.startswith("R_") and rng.random() < 0.7:  # the pair, both at an edge
            law["R_N_star" if key == "R_D_star" else "R_D_star"] = _random_number(rng)
    elif r < 0.75:  # bootstrap draws at the edges: collapsing, extreme, many
        k = int(rng.choice([2, 3, 50, 400]))
        rows = []
        for _ in range(k):
            row = [1.8, 400.0, 2000.0, 0.33, 0.36]
            j = int(rng.integers(5))
            row[j] = _random_number(rng) if rng.random() < 0.5 else float(
                [0.0, 1e-300, 5e-324, 1e-100, 1e12, 2.0, 1e-3, 1e-2][rng.integers(8)])
            rows.append(row)
        law["samples"] = rows
    elif r < 0.85:
        law["se"] = {k: _random_number(rng) for k in ("E", "A", "B", "alpha", "beta") if rng.random() < 0.6}
    elif r < 0.93:
        law["compute_range_flop"] = [_random_number(rng), _random_number(rng)]
    else:
        law[["name", "source"][rng.integers(2)]] = TEXTS[rng.integers(len(TEXTS))]


def _markers(value: Any, raws: dict[str, str]) -> Any:
    """The document with every Raw value replaced by a unique string marker (recorded in ``raws``)."""
    if isinstance(value, Raw):
        marker = f"@@raw{len(raws)}@@"
        raws[marker] = value.text
        return marker
    if isinstance(value, dict):
        return {k: _markers(v, raws) for k, v in value.items()}
    if isinstance(value, list):
        return [_markers(v, raws) for v in value]
    return value


def scenario_case(rng: np.random.Generator) -> str:
    """A scenario file's text: a valid base with 1–4 mutations at the edges of the domain."""
    doc = json.loads(json.dumps(BASES[rng.integers(len(BASES))]))
    raws: dict[str, str] = {}
    for _ in range(int(rng.integers(1, 5))):
        r = rng.random()
        if r < 0.45:
            paths = [p for p in _paths(doc) if p[0] not in ("format", "version", "law", "name", "notes")]
            path = paths[rng.integers(len(paths))]
            value = _random_number(rng)
        elif r < 0.7:
            _law_mutation(rng, doc)
            continue
        elif r < 0.8:
            path = (("name",), ("notes",))[rng.integers(2)]
            value = TEXTS[rng.integers(len(TEXTS))]
        elif r < 0.87:  # objective with what it needs
            doc["model"]["objective"] = ["compute_optimal", "fixed_params", "fixed_run", "target_loss"][
                rng.integers(4)]
            for key, pool in (("n_params", [1e5, 1e9, 7e10, 1e16]), ("n_tokens", [1e6, 1e9, 1e12, 1e18]),
                              ("target_loss", [1e-3, 1.7, 1.8169, 1.82, 2.5, 20])):
                if rng.random() < 0.8:
                    doc["model"][key] = float(pool[rng.integers(len(pool))])
            continue
        elif r < 0.94:  # a whole cluster or budget at its edges
            doc["cluster"].update(count=int(rng.choice([1, 2, 64, 10_000_000])),
                                  peak_flop_per_s=float(rng.choice([1e9, 1e15, 1e18])),
                                  mfu=float(rng.choice([1e-300, 1e-6, 1e-3, 0.4, 1.0])))
            doc["schedule"].update(days=float(rng.choice([0.01, 1, 3650])),
                                   goodput=float(rng.choice([1e-300, 1e-3, 0.01, 0.9, 1.0])))
            if rng.random() < 0.5:
                doc["money"]["budget"] = float(rng.choice([1e-300, 5e-324, 1e-3, 1, 1e16]))
            if rng.random() < 0.5:
                doc["energy"]["cap_mwh"] = float(rng.choice([1e-300, 1e-3, 0.5, 1e9]))
            continue
        else:  # x- extensions with anything in them
            path = ("x-" + "abc"[rng.integers(3)],)
            value = [_random_number(rng), TEXTS[rng.integers(len(TEXTS))]]
        _set(doc, path, value)
    text = json.dumps(_markers(doc, raws), ensure_ascii=True)
    for marker, raw in raws.items():
        text = text.replace(f'"{marker}"', raw)
    if rng.random() < 0.04:  # a duplicate key
        key = ['"name"', '"mfu"', '"alpha"', '"days"'][rng.integers(4)]
        text = text.replace(key + ":", key + ": 0.5, " + key + ":", 1)
    return text


def _in_range(rng: np.random.Generator, lo: float, hi: float, lo_exclusive: bool, integer: bool = False) -> float:
    """A value inside [lo, hi] (or (lo, hi]): an end, just inside an end, or log-uniform between."""
    bottom = math.nextafter(lo, math.inf) if lo_exclusive else lo
    r = rng.random()
    if r < 0.2:
        v = bottom
    elif r < 0.4:
        v = hi
    elif r < 0.5:
        v = bottom * (1 + 1e-9) if bottom > 0 else 1e-12 * hi
    else:
        a = max(bottom, hi * 1e-30, 1e-300)
        v = float(10 ** rng.uniform(math.log10(a), math.log10(hi))) if hi > 0 else 0.0
    v = min(max(v, bottom), hi)
    return float(math.ceil(v)) if integer else v


def edge_case(rng: np.random.Generator) -> str:
    """A valid scenario built at the edges of the domain (every number inside its range, often at an end;
    a custom law with constants at the corners of theirs): it must plan to finite numbers or be refused by
    plan with a ScenarioError — the engine must be total inside the domain."""
    from engine.fields import OBJECTIVES, number_fields
    from engine.presets import _CUSTOM_BOUNDS

    d = json.loads(json.dumps(BASES[0]))
    objective = OBJECTIVES[rng.integers(len(OBJECTIVES))]
    d["model"]["objective"] = objective
    moe = rng.random() < 0.4
    modelled = rng.random() < 0.4  # goodput from failures
    if modelled:
        d["schedule"]["reliability"] = {}
    sections = {name: rng.random() < 0.4 for name in ("programme", "serving")}  # issue 16
    for name, planned in sections.items():
        if planned:
            d[name] = {}
    if rng.random() < 0.3:
        d["money"]["cost_basis"] = "purchased"
        d["money"]["purchase_price_per_accelerator"] = _in_range(rng, 1.0, 1e12, False, False)
    for spec in number_fields():
        lo, hi = spec.bounds
        if spec.path.startswith("schedule.reliability."):
            if not modelled:
                continue
        elif spec.section in sections:
            if not sections[spec.section]:
                continue
            if spec.path.endswith(("_count", "_mfu", "price_per_accelerator_hour")) and rng.random() < 0.4:
                continue  # as the run
        elif spec.path == "money.purchase_price_per_accelerator":
            continue
        elif spec.path.startswith("model.moe."):
            if not moe:
                continue
            if spec.path == "model.moe.n_params_total" and rng.random() < 0.5:
                set_path(d, spec.path, None)
                continue
        elif spec.optional and objective not in spec.required_for and rng.random() < 0.4:
            set_path(d, spec.path, None)
            continue
        if rng.random() < 0.25 and get_path(d, spec.path) is not None:
            continue  # the default
        set_path(d, spec.path, _in_range(rng, lo, hi, spec.lo_exclusive, spec.integer))
    d["cluster"]["count"] = int(d["cluster"]["count"])
    if d["model"].get("moe"):  # a valid mixture: no more active experts than experts, no fewer params in all
        m = d["model"]["moe"]
        m["active_experts"] = min(m["active_experts"], m["experts"])
        n = d["model"].get("n_params")
        if m.get("n_params_total") is not None and n is not None and m["n_params_total"] < n:
            m["n_params_total"] = None
    d["cluster"]["precision"] = ["bf16", "fp8"][rng.integers(2)]
    d["parallel"]["recompute"] = ["none", "selective", "full"][rng.integers(3)]
    if rng.random() < 0.7:
        law: dict[str, Any] = {"name": "edge"}
        for key in ("E", "A", "B", "alpha", "beta"):
            lo, hi, excl = _CUSTOM_BOUNDS[key]
            law[key] = _in_range(rng, lo, hi, excl) if rng.random() < 0.8 else LAW[key]
        if rng.random() < 0.4:
            for key in ("R_D_star", "R_N_star"):
                lo, hi, excl = _CUSTOM_BOUNDS[key]
                law[key] = _in_range(rng, lo, hi, excl)
        if rng.random() < 0.4:
            k = int(rng.choice([2, 5, 200]))
            rows = []
            for _ in range(k):
                row = []
                for key in ("E", "A", "B", "alpha", "beta"):
                    lo, hi, excl = _CUSTOM_BOUNDS[key]
                    row.append(_in_range(rng, lo, hi, excl) if rng.random() < 0.3 else law[key])
                rows.append(row)
            law["samples"] = rows
        elif rng.random() < 0.4:
            law["se"] = {k: float(10 ** rng.uniform(-6, 12)) for k in ("E", "A", "B", "alpha", "beta")
                         if rng.random() < 0.7}
        if rng.random() < 0.5:
            a, b = sorted(float(10 ** rng.uniform(0, 35)) for _ in range(2))
            law["compute_range_flop"] = [a, b]
        d["law"] = law
    else:
        d["law"] = {"preset": ["chinchilla-2022", "chinchilla-2022-unrounded", "epoch-2024", "kaplan-2020",
                               "muennighoff-2023"][rng.integers(5)]}
    if objective == "target_loss" and rng.random() < 0.8:  # mostly a target above the law's floor
        floor = float(d["law"].get("E", 1.9 if "preset" in d["law"] else 0.0))
        d["model"]["target_loss"] = min(20.0, floor + float(10 ** rng.uniform(-6, 1.3)))
    return json.dumps(d)


# -------------------------------------------------------------------------------------------------
# checking a scenario: engine level
# -------------------------------------------------------------------------------------------------
_INF_WORDS = re.compile(r"\b(inf|nan|Infinity|NaN)\b|∞|\d{25,}|0\.0{12,}")
_BAD_GRAMMAR = re.compile(r"(?<![\d.,])1 (accelerators|days)\b")
#: the scale the engine speaks about (the field schema's ranges of the same quantities as inputs)
MIN_PARAMS, MIN_TOKENS, MAX_LOSS, MAX_DAYS = 1e5, 1e6, 20.0, 3650.0


def _all_floats(obj: Any) -> Iterator[tuple[str, float]]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            for path, x in _all_floats(v):
                yield (f"{k}.{path}" if path else str(k)), x
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            for path, x in _all_floats(v):
                yield f"[{i}]{path}", x
    elif isinstance(obj, float):
        yield "", obj


def check_error(exc: ScenarioError, where: str) -> str | None:
    """Why an error breaks the invariant (None when it is a good refusal)."""
    from engine.errors import CODES

    text = str(exc)
    if not text or exc.code not in CODES:
        return f"bad error {exc.code!r}: {text!r}"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return f"error text cannot be printed: {text!r}"
    if len(text) > 2000:
        return f"error of {len(text):,} characters"
    if where and where not in text:
        return f"error does not name {where!r}: {text[:200]}"
    return None


def check_plan_dict(d: dict[str, Any]) -> str | None:
    for path, x in _all_floats(d):
        if not math.isfinite(x):
            return f"{path} = {x}"
    try:
        json.dumps(d, allow_nan=False, ensure_ascii=False).encode("utf-8")
    except (ValueError, UnicodeEncodeError) as exc:
        return f"plan JSON: {exc}"
    severities = {f["severity"] for f in d["findings"]}
    for f in d["findings"]:
        for part in ("message", "fix"):
            text = f[part]
            if _INF_WORDS.search(text) or _BAD_GRAMMAR.search(text) or len(text) > 1000:
                return f"finding {f['code']} {part}: {text[:300]!r}"
    nonsense = []
    if d["n_params"] < MIN_PARAMS:
        nonsense.append(f"n_params {d['n_params']:.3g}")
    if d["n_tokens"] < MIN_TOKENS:
        nonsense.append(f"n_tokens {d['n_tokens']:.3g}")
    if d["loss"] > MAX_LOSS:
        nonsense.append(f"loss {d['loss']:.3g}")
    if d["wall_clock_days"] > MAX_DAYS:
        nonsense.append(f"days {d['wall_clock_days']:.3g}")
    if nonsense and "error" not in severities:
        return "nonsense without an error finding: " + ", ".join(nonsense)
    return None


def _is_scenario_object(text: str) -> bool:
    """Whether the text is a JSON object of format v1 (NaN, Infinity and repeated keys let through), so
    that whatever is wrong with it lies in one of its fields."""
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return isinstance(obj, dict) and obj.get("format") == "scaleplan-scenario" and obj.get("version") == 1


def check_scenario_text(text: str, tmp: Path, curves: bool = False) -> str | None:
    """Load, plan, save and reload one scenario text; the reason it breaks the invariant, or None."""
    path = tmp / "fuzz.scaleplan.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        s = engine.load(path)
    except ScenarioError as exc:
        _count("refused at load: " + exc.code)
        if exc.path == str(path) and _is_scenario_object(text):
            return f"a scenario object refused without naming a field: {exc}"[:400]
        return check_error(exc, path.name)
    except Exception as exc:  # the invariant: nothing but ScenarioError
        return f"load raised {type(exc).__name__}: {exc}"[:400]
    try:
        saved = engine.dumps(s).encode("utf-8")
        again = engine.loads(saved.decode("utf-8"))
    except Exception as exc:
        return f"a loaded scenario does not save: {type(exc).__name__}: {exc}"[:400]
    if again != s:
        return "save and load again changes the scenario"
    try:
        p = engine.plan(s)
    except ScenarioError as exc:
        _count("refused by plan: " + exc.code)
        return check_error(exc, "")
    except Exception as exc:
        return f"plan raised {type(exc).__name__}: {exc}"[:400]
    try:
        d = p.to_dict()
    except Exception as exc:
        return f"to_dict raised {type(exc).__name__}: {exc}"[:400]
    bad = check_plan_dict(d)
    if bad:
        return bad
    _count("planned" + (" with " + ", ".join(sorted({f["code"] for f in d["findings"] if f["severity"] == "error"}))
                        if any(f["severity"] == "error" for f in d["findings"]) else ""))
    if curves:
        from engine.curves import window_curves
        from engine.presets import presets

        try:
            wc = window_curves(p, presets())
        except Exception as exc:
            return f"window_curves raised {type(exc).__name__}: {exc}"[:400]
        arrays = {"frontier.loss": wc.frontier.loss, "frontier.n_params": wc.frontier.n_params,
                  "isoflop.loss": wc.isoflop.loss, "grid.loss": wc.grid.loss,
                  "by_days.total_cost": wc.by_days.total_cost}
        if wc.frontier.loss_low is not None and wc.frontier.loss_high is not None:
            arrays["frontier.loss_low"] = wc.frontier.loss_low
            arrays["frontier.loss_high"] = wc.frontier.loss_high
        for name, arr in arrays.items():
            a = np.asarray(arr, dtype=float)
            if np.isinf(a).any():
                return f"curve {name} has infinite values"
    return None


# -------------------------------------------------------------------------------------------------
# the CLI, in-process with real encodings
# -------------------------------------------------------------------------------------------------
@dataclass
class CliResult:
    code: int | str
    stdout: str
    stderr: str


def run_cli(argv: list[str]) -> CliResult:
    """``gui.cli.main(argv)`` with stdout as a strict UTF-8 stream (as a pipe is) and stderr as Python's own."""
    import warnings

    from gui import cli

    out_b, err_b = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_b, encoding="utf-8", errors="strict", write_through=True)
    err = io.TextIOWrapper(err_b, encoding="utf-8", errors="backslashreplace", write_through=True)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), warnings.catch_warnings():
        warnings.simplefilter("default")  # as a user's run shows them (on stderr)
        warnings.showwarning = lambda m, c, f, n, file=None, line=None: err.write(
            warnings.formatwarning(m, c, f, n, line))
        try:
            code: int | str = cli.main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException as exc:  # a crash of the command itself
            code = f"raised {type(exc).__name__}: {exc}"
    return CliResult(code, out_b.getvalue().decode("utf-8", "replace"), err_b.getvalue().decode("utf-8", "replace"))


def check_cli(result: CliResult, names: str, json_out: bool) -> str | None:
    """Exit 0 with finite JSON (and nothing on stderr), or exit 2 with one message naming ``names``."""
    if result.code == 0:
        if result.stderr:
            return f"exit 0 with stderr: {result.stderr[:300]!r}"
        if json_out:
            try:
                d = json.loads(result.stdout, parse_constant=_refuse)
            except ValueError as exc:
                return f"stdout is not strict JSON: {exc}: {result.stdout[:200]!r}"
            if isinstance(d, dict) and "findings" in d:
                return check_plan_dict(d)
            for path, x in _all_floats(d):
                if not math.isfinite(x):
                    return f"{path} = {x}"
        return None
    if result.code == 2:
        err = result.stderr
        if "Traceback" in err or "Warning" in err:
            return f"exit 2 with noise: {err[:300]!r}"
        if not err.startswith("scaleplan: ") or names not in err:
            return f"exit 2 without naming {names!r}: {err[:300]!r}"
        if result.stdout:
            return f"exit 2 with output: {result.stdout[:200]!r}"
        return None
    return f"exit {result.code}: {result.stderr[-400:]!r}"


def _refuse(name: str) -> Any:
    raise ValueError(f"{name} in JSON")


# -------------------------------------------------------------------------------------------------
# CSV files of runs
# -------------------------------------------------------------------------------------------------
def _law_loss(n: np.ndarray, d: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.8 + 480 / n**0.35 + 2100 / d**0.37
    return out


def csv_case(rng: np.random.Generator) -> tuple[bytes, str, bool]:
    """A CSV of runs as people export them, damaged at random: (bytes, what it is, whether it is an
    undamaged export of at least 5 distinct runs that must be read)."""
    k = int(rng.choice([3, 5, 6, 8, 12, 20, 50]))
    n = 10 ** rng.uniform(6.5, 9.5, k)
    d = 10 ** rng.uniform(8, 11, k)
    kind = rng.random()
    if kind < 0.1:  # identical runs
        n[:] = n[0]
        d[:] = d[0]
    elif kind < 0.15:  # one size, many token counts
        n[:] = n[0]
    noise = float(rng.choice([0.0, 0.01, 0.05, 0.2]))
    loss = _law_loss(n, d) * np.exp(noise * rng.standard_normal(k))
    use_flop = rng.random() < 0.4
    header = ["params", "flop" if use_flop else "tokens", "loss"]
    if rng.random() < 0.3:
        header = [["Model Size", "N", "n_params"][rng.integers(3)], "Training FLOP" if use_flop else "D",
                  ["final loss", "val_loss", "L"][rng.integers(3)]]
    if rng.random() < 0.2:
        header.append("notes")
    rows = []
    for i in range(k):
        second = 6 * n[i] * d[i] if use_flop else d[i]
        row = [f"{n[i]:.6g}", f"{second:.6g}", f"{loss[i]:.6g}"]
        if len(header) == 4:
            row.append("run " + str(i))
        rows.append(row)
    # damage
    damages = int(rng.integers(0, 3))
    for _ in range(damages):
        r = rng.random()
        i = int(rng.integers(len(rows)))
        j = int(rng.integers(len(rows[i])))
        if r < 0.35:
            rows[i][j] = ["1e-320", "0", "-1", "nan", "inf", "-inf", "1e400", "", "abc", "1e308", "5e-324",
                          "1,5", "1.2.3", "٣", "1e16", "1e19", "25", "0x10", "  3  ", "1_000"][rng.integers(20)]
        elif r < 0.45:
            rows[i].append("x" * int(rng.choice([10, 200_000])))
        elif r < 0.55:
            rows[i][j] = '"' + rows[i][j]  # a stray quote
        elif r < 0.6:
            rows[i] = rows[i][:1]
        elif r < 0.65:
            rows.insert(i, [""])
        elif r < 0.7:
            rows[i][j] = rows[i][j] + "\x00"
    delim, decimal_comma = ",", False
    variant = rng.random()
    if variant < 0.15:
        delim, decimal_comma = ";", rng.random() < 0.7
    elif variant < 0.25:
        delim = "\t"
    lines = [delim.join(header)] + [delim.join(c.replace(".", ",") if decimal_comma else c for c in row)
                                     for row in rows]
    if rng.random() < 0.1:
        lines.insert(0, f"sep={delim}")
    newline = "\r\n" if rng.random() < 0.3 else "\n"
    text = newline.join(lines) + (newline if rng.random() < 0.8 else "")
    enc = rng.random()
    if enc < 0.1:
        data, what = text.encode("utf-16"), "utf-16"
    elif enc < 0.2:
        data, what = b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8-sig"
    elif enc < 0.25:
        data, what = text.encode("cp1252", errors="replace"), "cp1252"
    elif enc < 0.28:
        data, what = bytes(rng.integers(0, 256, int(rng.integers(0, 400))).astype(np.uint8)), "random bytes"
    else:
        data, what = text.encode("utf-8"), "utf-8"
    clean = damages == 0 and k >= 5 and kind >= 0.15 and what != "random bytes"
    return data, f"{k} runs, noise {noise}, delim {delim!r}, {what}", clean


def check_csv_error(exc: ScenarioError, name: str) -> str | None:
    return check_error(exc, name)


def check_runs(runs: Any) -> str | None:
    for arr in (runs.n_params, runs.n_tokens, runs.loss):
        a = np.asarray(arr, dtype=float)
        if not (np.isfinite(a).all() and (a > 0).all()):
            return "runs with non-finite or non-positive values"
    return None


def check_fit(runs: Any, bootstrap_n: int = 0) -> str | None:
    """Fit the runs; the law must be usable in a scenario (or the fit refused with a ScenarioError)."""
    from engine.fit import bootstrap, fit
    from engine.presets import custom_law

    try:
        result = fit(runs)
        if bootstrap_n:
            result = bootstrap(runs, result, bootstrap_n, seed=0)
        law_obj = result.law_dict("fuzz")
    except ScenarioError as exc:
        return check_error(exc, "")
    except Exception as exc:
        return f"fit raised {type(exc).__name__}: {exc}"[:400]
    try:
        custom_law(law_obj)
    except ScenarioError as exc:
        return f"the fitted law is not a valid law: {exc}"[:400]
    d = to_dict(engine.default_scenario())
    d["law"] = law_obj
    try:
        p = engine.plan(engine.loads(json.dumps(d)))
    except ScenarioError as exc:
        return check_error(exc, "")
    except Exception as exc:
        return f"planning with the fitted law raised {type(exc).__name__}: {exc}"[:400]
    return check_plan_dict(p.to_dict())


# -------------------------------------------------------------------------------------------------
# running a batch
# -------------------------------------------------------------------------------------------------
#: how the cases ended (filled as they run; the developer's summary prints it)
OUTCOMES: dict[str, int] = {}


def _count(label: str) -> None:
    OUTCOMES[label] = OUTCOMES.get(label, 0) + 1


@dataclass
class Outcome:
    tried: int
    failures: list[tuple[int, str]]

    def summary(self, kind: str) -> str:
        return f"{kind}: {self.tried} tried, {len(self.failures)} failed"


def run_batch(kind: str, count: int, seed: int, start: int = 0) -> Outcome:
    failures: list[tuple[int, str]] = []
    with tempfile.TemporaryDirectory(prefix="scaleplan-fuzz-") as folder:
        tmp = Path(folder)
        for i in range(start, start + count):
            rng = np.random.default_rng([seed, i])
            why = CASES[kind](rng, tmp)
            if why:
                failures.append((i, why))
    return Outcome(count, failures)


def _scenario(rng: np.random.Generator, tmp: Path) -> str | None:
    return check_scenario_text(scenario_case(rng), tmp, curves=rng.random() < 0.3)


def _edge(rng: np.random.Generator, tmp: Path) -> str | None:
    return check_scenario_text(edge_case(rng), tmp, curves=rng.random() < 0.3)


def _cli_plan(rng: np.random.Generator, tmp: Path) -> str | None:
    path = tmp / "case.scaleplan.json"
    text = scenario_case(rng) if rng.random() < 0.5 else edge_case(rng)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    json_out = rng.random() < 0.7
    return check_cli(run_cli(["plan", str(path), *(["--json"] if json_out else [])]), path.name, json_out)


def _csv_read(rng: np.random.Generator, tmp: Path) -> str | None:
    from engine.fit import read_runs_csv

    data, what, clean = csv_case(rng)
    path = tmp / "runs.csv"
    path.write_bytes(data)
    try:
        runs = read_runs_csv(str(path))
    except ScenarioError as exc:
        if clean:
            return f"an undamaged export ({what}) is refused: {exc}"[:400]
        return check_csv_error(exc, str(path))
    except Exception as exc:
        return f"read_runs_csv raised {type(exc).__name__}: {exc}"[:400]
    return check_runs(runs)


def _csv_fit(rng: np.random.Generator, tmp: Path) -> str | None:
    from engine.fit import read_runs_csv

    data, _, _ = csv_case(rng)
    path = tmp / "runs.csv"
    path.write_bytes(data)
    try:
        runs = read_runs_csv(str(path))
    except ScenarioError as exc:
        return check_csv_error(exc, str(path))
    except Exception as exc:
        return f"read_runs_csv raised {type(exc).__name__}: {exc}"[:400]
    return check_fit(runs, bootstrap_n=int(rng.choice([0, 0, 20])))


def _cli_fit(rng: np.random.Generator, tmp: Path) -> str | None:
    data, _, _ = csv_case(rng)
    path = tmp / "runs.csv"
    path.write_bytes(data)
    args = ["fit", str(path), "--json"]
    if rng.random() < 0.3:
        args += ["--bootstrap", "20"]
    return check_cli(run_cli(args), path.name, True)


CASES: dict[str, Callable[[np.random.Generator, Path], str | None]] = {
    "scenario": _scenario, "edge": _edge, "cli-plan": _cli_plan, "csv-read": _csv_read, "csv-fit": _csv_fit,
    "cli-fit": _cli_fit,
}


def main() -> None:  # pragma: no cover - a developer's tool
    import argparse
    import time

    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("kinds", nargs="*", default=list(CASES))
    p.add_argument("--count", type=int, default=0, help="cases per kind (default: the suite's)")
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--show", type=int, default=3)
    p.add_argument("--outcomes", action="store_true", help="how the cases ended")
    a = p.parse_args()
    for kind in a.kinds:
        t0 = time.perf_counter()
        out = run_batch(kind, a.count or COUNTS[kind], a.seed)
        print(f"{out.summary(kind)} in {time.perf_counter() - t0:.1f} s", flush=True)
        kinds: dict[str, int] = {}
        for _, why in out.failures:
            head = re.sub(r"[-\d.e+]+", "#", why)[:70]
            kinds[head] = kinds.get(head, 0) + 1
        for head, n in sorted(kinds.items(), key=lambda kv: -kv[1]):
            print(f"    {n:5d}  {head}")
        for i, why in out.failures[: a.show]:
            print(f"  case {i}: {why}")
        if a.outcomes:
            for label, n in sorted(OUTCOMES.items(), key=lambda kv: -kv[1]):
                print(f"    outcome {n:5d}  {label}")
        OUTCOMES.clear()


#: the suite's seed and counts per kind (tests/engine/test_fuzz_domain.py, tests/gui/cli/test_cli_fuzz.py)
SEED = 20240610
COUNTS = {"scenario": 3000, "edge": 2000, "cli-plan": 1000, "csv-read": 1500, "csv-fit": 120, "cli-fit": 60}

if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
