"""Numbers formatted for people (English): 9.4 × 10²³, 70 B, 1.2 M, ¥1.3 億-style units live in the GUI.

Pure functions, no locale state; the GUI layers translations on top.
"""

from __future__ import annotations

import math
import string
from collections.abc import Callable
from typing import Any

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
_CURRENCY_SYMBOLS = {"JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "CNY": "CN¥", "KRW": "₩"}


def sci(x: float, digits: int = 2) -> str:
    """1.23 × 10²³ (plain digits between 0.01 and 10,000)."""
    if x is None or not math.isfinite(x):
        return "—" if x is None else ("∞" if x > 0 else "-∞" if x < 0 else "NaN")
    if x == 0:
        return "0"
    if 1e-2 <= abs(x) < 1e4:
        return f"{x:,.{max(digits - 1 - math.floor(math.log10(abs(x))), 0)}f}"
    exp = math.floor(math.log10(abs(x)))
    mant = x / 10**exp
    if round(abs(mant), digits - 1) >= 10:
        exp += 1
        mant /= 10
    return f"{mant:.{digits - 1}f} × 10{str(exp).translate(_SUPERSCRIPT)}"


def short(x: float, digits: int = 3) -> str:
    """70 B, 1.5 T, 340 M, 12 k (SI-like short scale for counts)."""
    if x is None or not math.isfinite(x):
        return "—"
    for value, suffix in ((1e15, " Q"), (1e12, " T"), (1e9, " B"), (1e6, " M"), (1e3, " k")):
        if abs(x) >= value:
            return f"{_sig(x / value, digits)}{suffix}"
    return _sig(x, digits)


def _sig(x: float, digits: int) -> str:
    if x == 0:
        return "0"
    decimals = max(digits - 1 - math.floor(math.log10(abs(x))), 0)
    text = f"{x:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def money(x: float, currency: str) -> str:
    """$1.2M, ¥130M, €45k — short scale with the currency symbol (or code)."""
    if x is None or not math.isfinite(x):
        return "—"
    sym = _CURRENCY_SYMBOLS.get(currency)
    body = short(abs(x)).replace(" ", "")
    sign = "-" if x < 0 else ""
    return f"{sign}{sym}{body}" if sym else f"{sign}{body} {currency}"


def percent(x: float, digits: int = 0) -> str:
    return f"{100 * x:.{digits}f}%"


class Formatter(string.Formatter):
    """str.format with the people-number formats as format specs: ``{x:sci}`` 9.5 × 10²³,
    ``{x:short}`` 93.3 B, ``{x:money}`` $1.2M (in ``currency``, via ``money_fn``), ``{x:pct}`` 40%;
    anything else is Python's own (``{x:,.0f}``). Finding templates are written with these, so the GUI
    can render a translated template in the reader's conventions (e.g. ¥3.4億)."""

    def __init__(self, currency: str = "USD", money_fn: Callable[[float, str], str] | None = None) -> None:
        super().__init__()
        self.currency = currency
        self.money_fn: Callable[[float, str], str] = money_fn or money

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "sci":
            return sci(value)
        if format_spec == "short":
            return short(value)
        if format_spec == "money":
            return self.money_fn(value, self.currency)
        if format_spec == "pct":
            return f"{100 * value:.0f}%"
        text: str = super().format_field(value, format_spec)
        return text
