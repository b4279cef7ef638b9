"""What an accelerator-hour costs under the scenario's cost basis (``money.cost_basis``).

* rented — the price typed, power included (cloud rentals; the catalogue's prices);
* owned — the price typed, the energy paid on top at ``energy.price_per_kwh`` (colocated hardware);
* purchased — the purchase written off straight-line over its life, the idle share of that life carried by
  the hours that work, the energy paid on top:

      price × network multiple ÷ (years × 8,766 h × share of the life busy)

  The price is one accelerator with its share of the server (what Epoch AI's price table quotes: 8-GPU systems
  ÷ 8); the network multiple 1.235 is Epoch AI's cluster interconnect at 19% of a cluster's cost (Cottier et
  al. 2024, "The rising costs of training frontier AI models", arXiv:2405.21015, as their code has it); 5 years
  is the life Epoch AI used for GPUs from 2023 and the low end of hyperscalers' 5–6 years.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .catalogue import accelerators

if TYPE_CHECKING:
    from .scenario import Scenario

HOURS_PER_YEAR = 365.25 * 24.0  # 8,766


def energy_paid(s: Scenario) -> bool:
    """Whether the energy is paid on top of the accelerator-hours (not in a rental's price)."""
    return s.money.cost_basis != "rented"


def purchase_price(s: Scenario) -> float | None:
    """One accelerator's purchase price in the scenario's currency: as typed, else the catalogue's typical
    converted at the scenario's rate; None when neither is known."""
    if s.money.purchase_price_per_accelerator is not None:
        return float(s.money.purchase_price_per_accelerator)
    a = accelerators().get(s.cluster.accelerator)
    if a is None or a.purchase_usd_typical is None:
        return None
    rate = 1.0 if s.money.currency == "USD" else s.money.per_usd
    return a.purchase_usd_typical * rate


def hourly_capital_cost(price: float, network_multiple: float, years: float, busy: float) -> float:
    """The purchase written off per hour of work."""
    return price * network_multiple / (years * HOURS_PER_YEAR * busy)


def accelerator_hour_price(s: Scenario) -> float:
    """What one accelerator-hour costs the plan (the energy apart, see ``energy_paid``)."""
    if s.money.cost_basis != "purchased":
        return float(s.money.price_per_accelerator_hour)
    price = purchase_price(s)
    if price is None:  # refused by validation; an unvalidated scenario keeps the typed price
        return float(s.money.price_per_accelerator_hour)
    m = s.money
    return hourly_capital_cost(price, m.network_multiple, m.depreciation_years, m.lifetime_utilisation)


def capital_outlay(s: Scenario, count: float) -> float | None:
    """What buying ``count`` accelerators with their network costs up front (purchased basis), else None."""
    if s.money.cost_basis != "purchased":
        return None
    price = purchase_price(s)
    return None if price is None else price * s.money.network_multiple * count
