"""The scenario: frozen dataclasses mirroring the file format v1 (DESIGN.md §3), validation, load and save.

Every rule names the field path and the allowed range. ``load`` refuses a newer version, malformed JSON,
NaN/Infinity, wrong types and out-of-range values with a :class:`ScenarioError` and never raises anything
else for bad input. ``save`` writes atomically (temporary file in the same folder, fsync, replace).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Iterator, Mapping

from .catalogue import accelerator_ids
from .errors import ScenarioError
from .laws import AnyLaw
from .presets import DEFAULT_LAW_ID, PRESET_IDS, custom_law, preset

FORMAT_NAME = "scaleplan-scenario"
FORMAT_VERSION = 1
FILE_SUFFIX = ".scaleplan.json"
MAX_FILE_BYTES = 50_000_000
OBJECTIVES = ("compute_optimal", "fixed_params", "fixed_run", "target_loss")


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
    #: Memory of one accelerator in GB; None = from the catalogue (needed for the memory check).
    memory_gb: float | None = None


@dataclass(frozen=True)
class Schedule:
    days: float = 30.0
    #: Share of wall-clock time spent on useful training steps (restarts, failures, evaluation excluded).
    goodput: float = 0.90


@dataclass(frozen=True)
class Energy:
    pue: float = 1.2
    price_per_kwh: float = 25.0
    carbon_kg_per_kwh: float = 0.421
    cap_mwh: float | None = None
    #: Host/server/network draw as a multiple of the accelerators' own power (1.0 = accelerators only).
    server_overhead: float = 1.0


@dataclass(frozen=True)
class Money:
    currency: str = "JPY"
    price_per_accelerator_hour: float = 442.5
    budget: float | None = None
    #: Units of ``currency`` per US dollar, to convert the catalogue's USD prices (a user assumption).
    per_usd: float = 150.0


@dataclass(frozen=True)
class LawChoice:
    preset: str | None = DEFAULT_LAW_ID
    #: A custom law object (format of DESIGN.md §3) when ``preset`` is None.
    custom: Mapping[str, Any] | None = None

    def resolve(self) -> AnyLaw:
        if self.preset is not None:
            return preset(self.preset)
        return custom_law(self.custom or {})


@dataclass(frozen=True)
class Data:
    unique_tokens: float | None = 1.5e13


@dataclass(frozen=True)
class Model:
    objective: str = "compute_optimal"
    n_params: float | None = None
    n_tokens: float | None = None
    target_loss: float | None = None
    inference_tokens: float = 0.0


@dataclass(frozen=True)
class Scenario:
    name: str = "1,024 H100 for 30 days"
    notes: str = ""
    cluster: Cluster = field(default_factory=Cluster)
    schedule: Schedule = field(default_factory=Schedule)
    energy: Energy = field(default_factory=Energy)
    money: Money = field(default_factory=Money)
    law: LawChoice = field(default_factory=LawChoice)
    data: Data = field(default_factory=Data)
    model: Model = field(default_factory=Model)
    #: Top-level keys starting with "x-" are extensions: kept on round-trip, never interpreted.
    extensions: Mapping[str, Any] = field(default_factory=dict)

    def validated(self) -> "Scenario":
        """Check every field (raises ScenarioError naming the path and allowed range); returns self."""
        validate(self)
        return self

    def with_changes(self, path: str, value: Any) -> "Scenario":
        """A copy with one field changed, by dotted path (``"cluster.count"``); not validated."""
        section, _, name = path.partition(".")
        if not name:
            return replace(self, **{section: value})
        return replace(self, **{section: replace(getattr(self, section), **{name: value})})


def default_scenario() -> Scenario:
    return Scenario()


# --------------------------------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------------------------------
# path: (low, high, low exclusive, optional)
_RANGES: dict[str, tuple[float, float, bool, bool]] = {
    "cluster.count": (1, 10_000_000, False, False),
    "cluster.peak_flop_per_s": (1e9, 1e18, False, False),
    "cluster.mfu": (0.0, 1.0, True, False),
    "cluster.power_w": (1.0, 100_000.0, False, False),
    "cluster.memory_gb": (0.1, 100_000.0, False, True),
    "schedule.days": (0.01, 3650.0, False, False),
    "schedule.goodput": (0.0, 1.0, True, False),
    "energy.pue": (1.0, 3.0, False, False),
    "energy.price_per_kwh": (0.0, 1e6, False, False),
    "energy.carbon_kg_per_kwh": (0.0, 2.0, False, False),
    "energy.cap_mwh": (0.0, 1e9, True, True),
    "energy.server_overhead": (1.0, 5.0, False, False),
    "money.price_per_accelerator_hour": (0.0, 1e8, False, False),
    "money.budget": (0.0, 1e16, True, True),
    "money.per_usd": (0.0, 1e6, True, False),
    "data.unique_tokens": (1e6, 1e17, False, True),
    "model.n_params": (1e5, 1e16, False, True),
    "model.n_tokens": (1e6, 1e18, False, True),
    "model.target_loss": (0.0, 20.0, True, True),
    "model.inference_tokens": (0.0, 1e20, False, False),
}


def allowed_range(path: str) -> str:
    """Human text of the allowed values of a numeric field, e.g. '> 0 and ≤ 1'."""
    lo, hi, excl, optional = _RANGES[path]
    text = f"{'> ' if excl else ''}{_fmt_bound(lo)}{' and ≤ ' if excl else ' to '}{_fmt_bound(hi)}"
    return text + (", or null" if optional else "")


def _fmt_bound(v: float) -> str:
    if v != 0 and (abs(v) >= 1e6 or abs(v) < 1e-3):
        return f"{v:.0e}".replace("e+0", "e").replace("e+", "e")
    return f"{v:,g}"


def check_field(path: str, value: Any) -> float | None:
    """Validate one numeric field by path; returns it as float (None when optional and unset)."""
    lo, hi, excl, optional = _RANGES[path]
    if value is None:
        if optional:
            return None
        raise ScenarioError(path, "is required", allowed_range(path))
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ScenarioError(path, f"must be a number, not {_type_name(value)}", allowed_range(path))
    v = float(value)
    if not math.isfinite(v):
        raise ScenarioError(path, "must be a finite number", allowed_range(path))
    if (v <= lo if excl else v < lo) or v > hi:
        raise ScenarioError(path, f"{value:g} is out of range", allowed_range(path))
    if path == "cluster.count" and v != int(v):
        raise ScenarioError(path, f"{value:g} is not a whole number", allowed_range(path))
    return v


def _type_name(value: Any) -> str:
    return {bool: "true/false", str: "text", list: "a list", dict: "an object"}.get(type(value),
                                                                                      type(value).__name__)


def validate(s: Scenario) -> None:
    _check_text("name", s.name, 1, 200)
    _check_text("notes", s.notes, 0, 100_000)
    for path in _RANGES:
        section, name = path.split(".")
        check_field(path, getattr(getattr(s, section), name))
    accel = s.cluster.accelerator
    if not isinstance(accel, str) or (accel != "custom" and accel not in accelerator_ids()):
        raise ScenarioError("cluster.accelerator", f"unknown accelerator {accel!r}",
                            "a catalogue id (see `scaleplan accelerators`) or \"custom\"")
    cur = s.money.currency
    if not (isinstance(cur, str) and len(cur) == 3 and cur.isascii() and cur.isalpha() and cur.isupper()):
        raise ScenarioError("money.currency", f"{cur!r} is not a currency code", "ISO 4217 code such as JPY, USD, EUR")
    if s.law.preset is not None and s.law.preset not in PRESET_IDS:
        raise ScenarioError("law.preset", f"unknown preset {s.law.preset!r}", ", ".join(PRESET_IDS))
    law = s.law.resolve()
    m = s.model
    if m.objective not in OBJECTIVES:
        raise ScenarioError("model.objective", f"unknown objective {m.objective!r}", ", ".join(OBJECTIVES))
    needs = {"fixed_params": ("n_params",), "fixed_run": ("n_params", "n_tokens"),
             "target_loss": ("target_loss",)}.get(m.objective, ())
    for name in needs:
        if getattr(m, name) is None:
            raise ScenarioError(f"model.{name}", f"is required when the objective is {m.objective}",
                                allowed_range(f"model.{name}").removesuffix(", or null"))
    if m.objective == "target_loss" and m.target_loss <= law.irreducible_loss:
        raise ScenarioError("model.target_loss",
                            f"{m.target_loss:g} is at or below the law's irreducible loss "
                            f"E = {law.irreducible_loss:.4g} ({law.name}); no amount of compute reaches it",
                            f"> {law.irreducible_loss:.4g}")


def _check_text(path: str, value: Any, lo: int, hi: int) -> None:
    if not isinstance(value, str):
        raise ScenarioError(path, f"must be text, not {_type_name(value)}", f"{lo}–{hi:,} characters")
    if not lo <= len(value.strip() if lo else value) <= hi:
        raise ScenarioError(path, f"has {len(value):,} characters", f"{lo}–{hi:,} characters")


# --------------------------------------------------------------------------------------------------
# dict <-> dataclasses
# --------------------------------------------------------------------------------------------------
_SECTIONS: dict[str, type] = {"cluster": Cluster, "schedule": Schedule, "energy": Energy,
                              "money": Money, "data": Data, "model": Model}


def to_dict(s: Scenario) -> dict[str, Any]:
    out: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "name": s.name,
                           "notes": s.notes}
    for name in _SECTIONS:
        out[name] = asdict(getattr(s, name))
    out["law"] = {"preset": s.law.preset} if s.law.preset is not None else dict(s.law.custom or {})
    # keep the DESIGN.md key order: law before data and model
    ordered = {k: out[k] for k in ("format", "version", "name", "notes", "cluster", "schedule", "energy",
                                   "money", "law", "data", "model")}
    ordered.update(s.extensions)
    return ordered


def from_dict(obj: Any, source: str = "scenario") -> Scenario:
    """Build and validate a Scenario from parsed JSON; every problem is a ScenarioError."""
    if not isinstance(obj, dict):
        raise ScenarioError(source, f"must be a JSON object, not {_type_name(obj)}")
    fmt = obj.get("format")
    if fmt != FORMAT_NAME:
        raise ScenarioError("format", f"{fmt!r} is not a ScalePlan scenario", f'"{FORMAT_NAME}"')
    version = obj.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError("version", f"{version!r} is not a format version", f"the integer {FORMAT_VERSION}")
    if version > FORMAT_VERSION:
        raise ScenarioError("version", f"this file is format version {version}, written by a newer "
                            f"ScalePlan; this version reads up to {FORMAT_VERSION}. Update ScalePlan to open it",
                            f"≤ {FORMAT_VERSION}")
    if version < 1:
        raise ScenarioError("version", f"{version} is not a valid format version", f"1 to {FORMAT_VERSION}")
    known = {"format", "version", "name", "notes", "law", *_SECTIONS}
    extensions = {k: v for k, v in obj.items() if isinstance(k, str) and k.startswith("x-")}
    unknown = sorted(set(obj) - known - set(extensions))
    if unknown:
        raise ScenarioError(unknown[0], "unknown top-level field",
                            ", ".join(sorted(known)) + ' (or an extension key starting with "x-")')
    kwargs: dict[str, Any] = {}
    base = Scenario()
    for name in ("name", "notes"):
        if name in obj:
            kwargs[name] = obj[name]
    for name, cls in _SECTIONS.items():
        sub = obj.get(name, {})
        if not isinstance(sub, dict):
            raise ScenarioError(name, f"must be an object, not {_type_name(sub)}")
        allowed = {f.name for f in fields(cls)}
        extra = sorted(set(sub) - allowed)
        if extra:
            raise ScenarioError(f"{name}.{extra[0]}", "unknown field", ", ".join(sorted(allowed)))
        kwargs[name] = replace(getattr(base, name), **sub)
    kwargs["law"] = _law_from_obj(obj.get("law", {"preset": DEFAULT_LAW_ID}))
    kwargs["extensions"] = extensions
    scenario = Scenario(**kwargs)
    # integers written as 1024.0 are fine; keep count an int
    if isinstance(scenario.cluster.count, float) and scenario.cluster.count.is_integer():
        scenario = scenario.with_changes("cluster.count", int(scenario.cluster.count))
    return scenario.validated()


def _law_from_obj(obj: Any) -> LawChoice:
    if not isinstance(obj, dict):
        raise ScenarioError("law", f"must be an object, not {_type_name(obj)}",
                            '{"preset": ID} or a custom law {"name", "E", "A", "B", "alpha", "beta"}')
    if "preset" in obj:
        if set(obj) != {"preset"}:
            extra = sorted(set(obj) - {"preset"})[0]
            raise ScenarioError(f"law.{extra}", "a preset law takes no other fields", '{"preset": ID}')
        if not isinstance(obj["preset"], str) or obj["preset"] not in PRESET_IDS:
            raise ScenarioError("law.preset", f"unknown preset {obj['preset']!r}", ", ".join(PRESET_IDS))
        return LawChoice(preset=obj["preset"])
    custom_law(obj)  # validates, raises ScenarioError with the path
    return LawChoice(preset=None, custom=json.loads(json.dumps(obj)))


# --------------------------------------------------------------------------------------------------
# files
# --------------------------------------------------------------------------------------------------
def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed (numbers must be finite)")


def loads(text: str, source: str = "scenario") -> Scenario:
    try:
        obj = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise ScenarioError(source, "is nested too deeply to be a scenario") from None
    except ValueError as exc:  # JSONDecodeError is a ValueError
        raise ScenarioError(source, f"is not valid JSON: {exc}") from None
    return from_dict(obj, source)


def load(path: str | os.PathLike[str]) -> Scenario:
    """Read and validate a scenario file. Bad files raise ScenarioError naming the file and the field."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ScenarioError(str(p), f"is {size:,} bytes; a scenario file is at most {MAX_FILE_BYTES:,}")
        raw = p.read_bytes()
    except ScenarioError:
        raise
    except FileNotFoundError:
        raise ScenarioError(str(p), "does not exist") from None
    except IsADirectoryError:
        raise ScenarioError(str(p), "is a folder, not a scenario file") from None
    except OSError as exc:
        raise ScenarioError(str(p), f"cannot be read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ScenarioError(str(p), "is not UTF-8 text") from None
    try:
        return loads(text, str(p))
    except ScenarioError as exc:
        if exc.path == str(p):
            raise
        raise ScenarioError(f"{p.name}: {exc.path}", exc.message, exc.allowed) from None


def dumps(s: Scenario) -> str:
    return json.dumps(to_dict(s), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def save(s: Scenario, path: str | os.PathLike[str]) -> None:
    """Validate, then write atomically: a temporary file beside the target, fsync, then replace."""
    s.validated()
    text = dumps(s)
    atomic_write_text(Path(path), text)


def atomic_write_text(path: Path, text: str) -> None:
    with atomic_output(path) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="\n")


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary file name beside ``path`` (same suffix, for writers that go by it) to write to; when
    the block ends without error it is fsynced and moved into place, otherwise removed. Scenario files,
    PDFs, slides, PNG/SVG/CSV exports all go through here: a failed write never leaves half a file."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix or ".tmp", dir=directory)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
