"""Money: which fields of a scenario are amounts, and converting a scenario or a plan to another currency.

Every amount in a scenario is in the scenario's one currency (``money.currency``). ``money.per_usd`` is the
user's exchange rate, units of that currency per US dollar; it is 1 for USD by definition. Converting
multiplies every amount by ``new_rate / old_rate`` and sets the new currency and rate, so a round trip at the
same rates returns every amount to within 10⁻¹¹ relative (tests/engine/test_money.py). Catalogue prices are quoted
in USD and enter a scenario through :func:`from_usd`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .fields import FIELDS, FieldSpec
from .planner import Plan, plan
from .scenario import Scenario, validate

__all__ = ["AMOUNT_PATHS", "amount_fields", "convert", "from_usd", "in_currency", "per_usd", "same_currency"]

#: the exchange-rate field: in the currency's units, but a rate, not an amount
RATE_PATH = "money.per_usd"


def amount_fields() -> tuple[FieldSpec, ...]:
    """The schema's amounts of money: number fields whose unit is in the scenario's currency (a price, the
    budget), the exchange rate excepted."""
    return tuple(f for f in FIELDS if f.kind == "number" and "{currency}" in f.unit and f.path != RATE_PATH)


#: dotted paths of every amount of money in a scenario
AMOUNT_PATHS: tuple[str, ...] = tuple(f.path for f in amount_fields())


def per_usd(s: Scenario) -> float:
    """Units of the scenario's currency per US dollar: 1 for USD whatever the file says (a USD file saved
    before conversions existed carries the JPY default 150, which never meant anything for it)."""
    return 1.0 if s.money.currency == "USD" else float(s.money.per_usd)


def from_usd(s: Scenario, usd: float) -> float:
    """A price quoted in US dollars (the catalogue's) in the scenario's currency, at its rate."""
    return usd * per_usd(s)


def convert(s: Scenario, currency: str, rate_per_usd: float | None = None) -> Scenario:
    """The scenario with every amount in ``currency`` at ``rate_per_usd`` units per US dollar (ignored and 1
    for USD; required otherwise). Validated: an amount that would leave its allowed range raises
    ScenarioError naming the field, and the caller keeps the scenario it had."""
    new_rate = 1.0 if currency == "USD" else rate_per_usd
    if new_rate is None:
        raise ValueError(f"converting to {currency} needs its rate per US dollar")
    out = _scaled(s, currency, float(new_rate))
    validate(out)
    return out


def _scaled(s: Scenario, currency: str, rate: float) -> Scenario:
    """Every amount times ``rate / per_usd(s)``, the new currency and rate set; not validated."""
    factor = rate / per_usd(s)
    out = s.with_changes("money.currency", currency).with_changes(RATE_PATH, rate)
    for spec in amount_fields():
        path = spec.path
        value = spec.get(s)  # None in an optional section that is not there (serving's price)
        if value is not None and factor != 1.0:
            out = out.with_changes(path, _tidy(value * factor))
    return out


def _tidy(x: float) -> float:
    """12 significant digits: ¥25 → $0.1666… → ¥25.0, not 25.000000000000004 in the file (a round trip
    stays within 10⁻¹¹ relative, far inside any price's precision)."""
    return float(f"{x:.12g}")


def in_currency(p: Plan, currency: str, rate_per_usd: float) -> Plan:
    """The plan with its amounts (and its scenario's) in ``currency``: the same plan when it is already in
    it, else the converted scenario planned again (findings that quote amounts quote them converted). For
    display: an amount past its field's range (a ₩ budget above 10¹⁶) is shown converted, not refused."""
    if p.currency == currency:
        return p
    return _replanned(p.scenario, currency, 1.0 if currency == "USD" else float(rate_per_usd))


@lru_cache(maxsize=64)
def _replanned(s: Scenario, currency: str, rate: float) -> Plan:
    return plan(_scaled(s, currency, rate))


def same_currency(plans: Sequence[Plan]) -> tuple[Plan, ...]:
    """The plans side by side in the first one's currency and at its rate: each other plan converted
    through US dollars at its own scenario's rate. What overlays, Compare and the comparison slide show."""
    if not plans:
        return ()
    first = plans[0]
    rate = per_usd(first.scenario)
    return (first, *(in_currency(p, first.currency, rate) for p in plans[1:]))
