"""Sensitivity (the tornado chart managers ask for): how loss, cost, days and energy move when each input
moves by ±f (20% by default), one at a time, everything else held.

Each input is moved within its allowed range (a goodput of 90% moves to 72% and 100%, not 108%);
inputs that are not set (no unique-token limit) or that the objective ignores (days when the run is
fixed) are left out. Bars are sorted by the size of their effect on each output.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalogue import accelerators
from .errors import ScenarioError
from .fields import field, is_used, sensitivity_fields
from .findings import QT_TR_NOOP
from .planner import Plan, plan
from .scenario import Scenario

#: (path, label) of the inputs that are moved: the fields the schema marks ``sensitivity``, in its order.
#: Labels are the schema's (English, marked for the GUI's translation).
INPUTS: tuple[tuple[str, str], ...] = tuple((f.path, f.label) for f in sensitivity_fields())

#: (attribute of Plan, label): what is measured.
OUTPUTS: tuple[tuple[str, str], ...] = (
    ("loss", QT_TR_NOOP("Predicted loss")),
    ("total_cost", QT_TR_NOOP("Total cost")),
    ("wall_clock_days", QT_TR_NOOP("Wall-clock")),
    ("energy_mwh", QT_TR_NOOP("Energy")),
)

#: Measured as well when the scenario plans a programme (engine.programme): its total cost, serving included.
PROGRAMME_OUTPUT: tuple[str, str] = ("programme_total_cost", QT_TR_NOOP("Programme cost"))

#: The bar of the training precision: BF16 on the low side, FP8 on the high side (the inputs are the dense
#: peaks the catalogue gives the accelerator in each), at the same MFU.
PRECISION_LABEL = QT_TR_NOOP("Training precision (BF16 ↔ FP8)")


@dataclass(frozen=True)
class Bar:
    path: str
    label: str
    #: The input's value at -f, as planned, and at +f (after clamping to its allowed range).
    input_low: float
    input_base: float
    input_high: float
    #: The output's value with the input at its low and at its high value.
    output_low: float
    output_high: float

    @property
    def swing(self) -> float:
        return abs(self.output_high - self.output_low)


@dataclass(frozen=True)
class Tornado:
    output: str
    label: str
    base: float
    bars: tuple[Bar, ...]  # largest effect first


def _moved(path: str, value: float, fraction: float) -> float:
    spec = field(path)
    lo, hi = spec.bounds
    v = value * (1 + fraction)
    if spec.integer:
        v = round(v)
    eps = 1e-9 * max(abs(hi), 1.0)
    return min(max(v, lo + eps if spec.lo_exclusive else lo), hi)


def _applies(s: Scenario, path: str) -> bool:
    """Set, and an input of the scenario's objective (not the days when the run's length is an output)."""
    return field(path).get(s) is not None and is_used(s, path)


def _precision_row(s: Scenario) -> list[tuple[str, str, float, float, float, Plan, Plan]]:
    """BF16 against FP8 for a catalogued accelerator with both peaks: each at its dense peak, the MFU held
    (what the choice is worth if the kernels keep their utilisation; an FP8 run's MFU is usually lower)."""
    a = accelerators().get(s.cluster.accelerator)
    if a is None or a.fp8_peak_flop_per_s is None or a.fp8_peak_flop_per_s == a.peak_flop_per_s:
        return []
    moved = []
    for precision in ("bf16", "fp8"):
        peak = a.peak_in(precision)
        assert peak is not None
        moved.append(s.with_changes("cluster.precision", precision).with_changes("cluster.peak_flop_per_s", peak))
    try:
        p_low, p_high = plan(moved[0]), plan(moved[1])
    except ScenarioError:
        return []
    return [("cluster.precision", PRECISION_LABEL, a.peak_flop_per_s, s.cluster.peak_flop_per_s,
             float(a.fp8_peak_flop_per_s), p_low, p_high)]


def sensitivity(s: Scenario, fraction: float = 0.2) -> tuple[Tornado, ...]:
    """One tornado per output (loss, cost, days, energy; and the programme's cost when it has one) for moves
    of ±``fraction`` (0 < fraction < 1)."""
    if not 0 < fraction < 1:
        raise ScenarioError("sensitivity", f"{fraction:g} is out of range", "a fraction > 0 and < 1 (e.g. 0.2)",
                            code="sensitivity.fraction", values={"value": fraction})
    base_plan = plan(s)
    rows: list[tuple[str, str, float, float, float, Plan, Plan]] = []
    for path, label in INPUTS:
        if not _applies(s, path):
            continue
        value = float(field(path).get(s))
        low, high = _moved(path, value, -fraction), _moved(path, value, fraction)
        try:
            p_low, p_high = plan(s.with_changes(path, low)), plan(s.with_changes(path, high))
        except ScenarioError:
            continue  # e.g. a target loss the law cannot reach once moved
        rows.append((path, label, low, value, high, p_low, p_high))
    rows.extend(_precision_row(s))
    out = []
    outputs = OUTPUTS + ((PROGRAMME_OUTPUT,) if base_plan.programme is not None else ())
    for attr, label in outputs:
        bars = [Bar(path, lab, lo, base, hi, float(getattr(pl, attr)), float(getattr(ph, attr)))
                for path, lab, lo, base, hi, pl, ph in rows]
        bars.sort(key=lambda b: b.swing, reverse=True)
        out.append(Tornado(attr, label, float(getattr(base_plan, attr)), tuple(bars)))
    return tuple(out)
