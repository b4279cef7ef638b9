"""The money model (engine/money.py): a scenario's amounts are in its one currency; converting multiplies
every amount by the ratio of the rates, a round trip returns them, plans side by side share a currency."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import engine
from engine import ScenarioError
from engine.catalogue import accelerators
from engine.fields import CURRENCIES, field
from engine.money import AMOUNT_PATHS, convert, from_usd, in_currency, per_usd, same_currency
from engine.scenario import from_dict, to_dict
from tests.engine.builders import scenario

RATES = {"JPY": 150.0, "USD": 1.0, "EUR": 0.92, "GBP": 0.79, "CNY": 7.2, "KRW": 1380.0}


def amounts(s):
    return {path: field(path).get(s) for path in AMOUNT_PATHS}


def test_the_amounts_are_every_money_field_of_the_schema_but_the_rate():
    assert set(AMOUNT_PATHS) == {"money.price_per_accelerator_hour", "money.budget", "energy.price_per_kwh",
                                 "money.purchase_price_per_accelerator", "serving.price_per_accelerator_hour"}


def test_a_bought_cluster_and_a_serving_price_convert_with_the_rest():
    from dataclasses import replace

    from engine.scenario import Serving

    s = scenario(money={"cost_basis": "purchased", "purchase_price_per_accelerator": 4.5e6})
    s = replace(s, serving=Serving(price_per_accelerator_hour=300.0))
    usd = convert(s, "USD")
    assert usd.money.purchase_price_per_accelerator == pytest.approx(30000)
    assert usd.serving.price_per_accelerator_hour == pytest.approx(2.0)
    assert engine.plan(usd).programme.total_cost == pytest.approx(engine.plan(s).programme.total_cost / 150,
                                                                  rel=1e-9)


def test_jpy_to_usd_divides_every_amount_by_the_rate():
    s = scenario(money={"budget": 3e8})
    usd = convert(s, "USD")
    assert usd.money.currency == "USD" and usd.money.per_usd == 1.0
    assert usd.money.price_per_accelerator_hour == pytest.approx(442.5 / 150, rel=1e-12)  # $2.95
    assert usd.money.budget == pytest.approx(2e6, rel=1e-12)
    assert usd.energy.price_per_kwh == pytest.approx(25 / 150, rel=1e-11)
    assert engine.plan(usd).total_cost == pytest.approx(engine.plan(s).total_cost / 150, rel=1e-9)


def test_a_usd_scenario_has_rate_one_whatever_the_file_says():
    d = to_dict(scenario(money={"currency": "USD"}))
    d["money"]["per_usd"] = 150.0  # what files saved before conversions carried (the JPY default)
    s = from_dict(d)
    assert s.money.per_usd == 1.0 and per_usd(s) == 1.0
    assert from_usd(s, 2.95) == 2.95


def test_the_default_price_is_what_choosing_the_h100_fills():
    s = engine.default_scenario()
    h100 = accelerators()[s.cluster.accelerator]
    assert s.money.price_per_accelerator_hour == round(from_usd(s, h100.price_usd_per_hour_typical), 2)


def test_a_converted_amount_out_of_its_range_is_refused_naming_it():
    s = scenario(money={"budget": 5e15})
    with pytest.raises(ScenarioError) as err:
        convert(s, "KRW", 1380.0)  # ₩4.6 × 10¹⁶: above the budget's 10¹⁶
    assert err.value.path == "money.budget"


def test_converting_to_another_currency_needs_its_rate():
    with pytest.raises(ValueError):
        convert(engine.default_scenario(), "EUR")


@settings(max_examples=200, deadline=None)
@given(price=st.floats(0.0, 1e6), kwh=st.floats(0.0, 1e4), budget=st.one_of(st.none(), st.floats(1e4, 1e14)),
       rate=st.floats(0.05, 2000.0), via=st.sampled_from([c for c in CURRENCIES if c != "JPY"]),
       via_rate=st.floats(0.05, 2000.0))
def test_round_trip_returns_every_amount(price, kwh, budget, rate, via, via_rate):
    """JPY → another currency → JPY at the same rates: every amount within 10⁻⁹ relative (issue 11)."""
    s = scenario(money={"currency": "JPY", "per_usd": rate, "price_per_accelerator_hour": price, "budget": budget},
                 energy={"price_per_kwh": kwh})
    try:
        there = convert(s, via, via_rate)
    except ScenarioError:
        return  # an amount out of range in the other currency: refused, nothing to round-trip
    back = convert(there, "JPY", rate)
    assert back.money.currency == "JPY" and back.money.per_usd == rate
    for path, before in amounts(s).items():
        after = field(path).get(back)
        if before is None:
            assert after is None
        else:
            assert math.isclose(after, before, rel_tol=1e-9, abs_tol=1e-300), path


def test_plans_side_by_side_are_in_the_first_ones_currency():
    jpy = engine.plan(scenario(name="A"))
    usd = engine.plan(convert(scenario(name="B", cluster={"count": 2048}), "USD"))
    first, second = same_currency([jpy, usd])
    assert first is jpy and second.currency == "JPY"
    assert second.total_cost == pytest.approx(usd.total_cost * 150, rel=1e-9)
    assert second.compute_flop == usd.compute_flop  # only money changes
    back = same_currency([usd, jpy])[1]
    assert back.currency == "USD" and back.total_cost == pytest.approx(jpy.total_cost / 150, rel=1e-9)
    assert in_currency(jpy, "JPY", 150.0) is jpy
    assert same_currency([]) == ()


@pytest.mark.parametrize("currency", sorted(RATES))
def test_budget_findings_quote_the_converted_amounts(currency):
    s = scenario(money={"budget": 1e8})  # over budget: the default run costs ¥342M
    p = in_currency(engine.plan(s), currency, RATES[currency])
    over = [f for f in p.findings if f.code.startswith("budget")]
    assert over and all(f.values.get("currency", currency) == currency for f in over)
