"""Scenario fields for people: labels, units, allowed ranges and refused-input messages in the interface
language and in the units a field is shown in (a percent field speaks in %), all derived from the
engine's one field schema (:mod:`engine.fields`) and its error codes — never by matching English text."""

from __future__ import annotations

from engine.errors import SAYS_WHAT_TO_DO, ScenarioError
from engine.fields import FieldSpec, field
from engine.money import RATE_PATH

from .i18n import QT_TR_NOOP, tr
from .laws import law_name
from .numbers import ParseError, field_text

_REQUIRED = QT_TR_NOOP("required (%s)")
_OUT_OF_RANGE = QT_TR_NOOP("%s is out of range (%s)")
_NOT_WHOLE = QT_TR_NOOP("%s is not a whole number (%s)")


def label(spec: FieldSpec) -> str:
    return tr(spec.label)


def field_label(path: str) -> str:
    """The translated label of a scenario path; the path itself for what the schema does not name."""
    try:
        return tr(field(path).label)
    except KeyError:
        return path


def unit(spec: FieldSpec, currency: str) -> str:
    """The unit shown beside the field: money units in the scenario's currency ("JPY/h"); the exchange rate
    with the currency's sign where it has one of its own ("¥ per $1")."""
    if not spec.unit:
        return ""
    name = currency_sign(currency) if spec.path == RATE_PATH else currency
    return tr(spec.unit).replace("{currency}", name)


def currency_sign(currency: str) -> str:
    """¥, $, €, £, ₩; the code where the sign is shared or missing (CNY's ¥ is also JPY's)."""
    return _SIGNS.get(currency, currency)


_SIGNS = {"JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "KRW": "₩"}


def rate_text(currency: str, rate: float) -> str:
    """An exchange rate as people say it: "¥150 per $1", "0.92 EUR per $1"."""
    sign = currency_sign(currency)
    number = f"{rate:,.6g}"
    return (tr("%s per $1") % (sign + number if sign != currency else f"{number} {currency}"))


def _scaled(spec: FieldSpec, value: float) -> str:
    if spec.style == "percent":
        return f"{100 * value:g} %"
    if spec.style == "int" and float(value).is_integer() and abs(value) < 1e15:
        return f"{value:,.0f}"
    return field_text(value, spec.style, si="FLOP" in spec.unit) if spec.style == "sci" else f"{value:,g}"


def allowed_text(spec: FieldSpec) -> str:
    """The allowed values in the field's units and the interface language: '> 0 and ≤ 100 %'."""
    lo, hi = spec.bounds
    if spec.style == "percent":
        a, b = f"{100 * lo:g}", f"{100 * hi:g} %"
    else:  # as the field shows numbers: 1 B / 10億, 100,000, never 1e9
        si = "FLOP" in spec.unit
        a, b = field_text(lo, spec.style, si=si), field_text(hi, spec.style, si=si)
    text = (tr("> %s and ≤ %s") if spec.lo_exclusive else tr("%s to %s")) % (a, b)
    return text + (tr(", or empty") if spec.optional else "")


def input_message(error: ScenarioError | ParseError, path: str) -> str:
    """What to show under the field when its input was refused, in the reader's language."""
    try:
        spec = field(path)
    except KeyError:  # a whole-section change ("law"): the engine's message as it is
        return error.localized(tr) if isinstance(error, ParseError) else error_text(error)
    if isinstance(error, ParseError):
        return error.localized(tr) + " (" + tr("allowed: ") + allowed_text(spec) + ")"
    values = error.values
    if error.path != path:  # the edit broke a rule of another field (e.g. a target below a new law's floor)
        return field_label(error.path) + ": " + error_text(error)
    if spec.kind == "number":
        if error.code == "number.out_of_range":
            return tr(_OUT_OF_RANGE) % (_scaled(spec, float(values["value"])), allowed_text(spec))
        if error.code == "number.not_whole":
            return tr(_NOT_WHOLE) % (_scaled(spec, float(values["value"])), allowed_text(spec))
        if error.code in ("number.required", "objective.requires"):
            return tr(_REQUIRED) % allowed_text(spec)
    return error_text(error)


def error_text(error: ScenarioError) -> str:
    """Any engine error in the reader's language, with what is allowed (a preset's name in it too)."""
    if isinstance(error.values.get("law"), str):
        values = {**error.values, "law": law_name(error.values["law"])}
        error = ScenarioError(error.path, error.message, error.allowed, code=error.code, values=values)
    text = error.render(tr)
    if error.allowed and error.code not in SAYS_WHAT_TO_DO:
        text += " (" + tr("allowed: ") + error.allowed + ")"
    return text


def no_plan(reason: str) -> str:
    """"This scenario has no plan: <reason>." in the reader's language, the reason's own full stop kept."""
    end = "" if reason.endswith((".", "。")) else tr(".")
    return tr("This scenario has no plan: %s") % (reason + end)


def plan_error_text(error: ScenarioError) -> str:
    """Why a scenario has no plan, as a sentence of its own on screen ("Target loss 2 cannot be reached…")."""
    text = error_text(error)
    return text[:1].upper() + text[1:]
