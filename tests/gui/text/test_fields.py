"""Refused input in the reader's language and the field's units, from the engine's codes and values — not
from its English text (the GUI used to translate errors by matching "is out of range")."""

import pytest

from engine import ScenarioError
from engine.fields import field
from engine.scenario import check_field
from gui.text import i18n
from gui.text.fields import allowed_text, input_message, unit
from gui.text.numbers import ParseError, parse_number


@pytest.fixture
def shouting():
    """A 'translation' that marks every template: shows which text went through the translator."""
    i18n.install("en", lambda text: "«" + text + "»")
    yield
    i18n.install("en", None)


def test_out_of_range_speaks_in_percent_for_a_percent_field():
    with pytest.raises(ScenarioError) as err:
        check_field("cluster.mfu", 1.5)
    assert err.value.code == "number.out_of_range"
    assert input_message(err.value, "cluster.mfu") == "150 % is out of range (0.1 to 100 %)"


def test_the_message_comes_from_code_and_values_not_the_english_text(shouting):
    exc = ScenarioError("cluster.count", "nonsense that no matcher would recognise", code="number.out_of_range",
                        values={"value": 2e7})
    assert input_message(exc, "cluster.count") == "«20,000,000 is out of range («1 to 10 M»)»"
    assert input_message(ScenarioError("cluster.count", "x", code="number.not_whole", values={"value": 2.5}),
                         "cluster.count") == "«2.5 is not a whole number («1 to 10 M»)»"


def test_a_typed_word_is_refused_with_the_allowed_range(shouting):
    with pytest.raises(ParseError) as err:
        parse_number("abc")
    assert input_message(err.value, "energy.cap_mwh") == \
        "«'abc' is not a number» («allowed: »«0.001 to 1 B»«, or empty»)"


def test_another_fields_rule_names_that_field():
    exc = ScenarioError("model.target_loss", "1.5 is at or below", code="target_loss.below_floor",
                        values={"target": 1.5, "floor": 1.69, "law": "Chinchilla"})
    assert input_message(exc, "law").startswith("1.5 is at or below the law's irreducible loss")
    assert input_message(exc, "model.objective").startswith("Target loss: 1.5 is at or below")


def test_units_and_ranges_come_from_the_schema():
    assert unit(field("money.price_per_accelerator_hour"), "USD") == "USD/h"
    assert allowed_text(field("schedule.goodput")) == "1 to 100 %"
    assert allowed_text(field("energy.pue")) == "1 to 3"
    assert allowed_text(field("data.unique_tokens")).endswith(", or empty")
