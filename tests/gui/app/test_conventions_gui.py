"""The cost basis and the power convention in the editor (issue 12), chosen as a person chooses them."""

import pytest

from gui.automation import field, plan, result_text, scenario
from tests.gui.app.test_input import enter
from tests.gui.app.test_trust import choose, lang


def test_choosing_owned_adds_the_energy_and_enables_its_price(win):
    rented = plan(win)
    price = win.editor.fields["energy.price_per_kwh"]
    assert rented["energy_cost"] == 0 and not price.isEnabled()
    detail = win.summary.cards["cost"].detail.text()
    assert {"en": "power included", "ja": "電力込み"}[lang(win)] in detail
    choose(win, "money.cost_basis", "owned")
    owned = plan(win)
    assert scenario(win)["money"]["cost_basis"] == "owned" and price.isEnabled()
    assert owned["total_cost"] == pytest.approx(rented["total_cost"] + owned["energy_cost"])
    assert owned["energy_cost"] > 0 and result_text(win, "total_cost") != ""


def test_the_power_convention_fills_overhead_and_draw(win):
    before = plan(win)["energy_mwh"]
    choose(win, "energy.convention", "server")
    e = scenario(win)["energy"]
    assert (e["server_overhead"], e["average_draw"]) == (1.821, 0.75)
    assert plan(win)["energy_mwh"] == pytest.approx(before * 1.821 * 0.75, rel=1e-9)
    assert win.model.undo_stack.count() == 1
    enter(win, "energy.server_overhead", "1.3")  # anything else is the user's own
    assert field(win, "energy.convention").currentData() == "custom"
    choose(win, "energy.convention", "tdp")
    e = scenario(win)["energy"]
    assert (e["server_overhead"], e["average_draw"]) == (1.0, 1.0)
