"""Numbers formatted for people (English): 9.4 × 10²³, 70 B, 1.2 M, ¥1.3 億-style units live in the GUI.

Pure functions, no locale state; the GUI layers translations on top.
"""

from __future__ import annotations

import math
import re
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
    """70 B, 1.5 T, 340 M, 12 k (SI-like short scale for counts); beyond the scale (≥ 10¹⁸, or below 10⁻³
    and not 0) in powers of ten, never as 300 digits or 300 zeros."""
    if x is None or not math.isfinite(x):
        return "—"
    if x != 0 and not 1e-3 <= abs(x) < 1e18:
        return sci(x, digits)
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
    """$1.2M, ¥130M, €45k — short scale with the currency symbol (or code); ¥1.0 × 10⁻³⁰⁰, not ¥0.000…"""
    if x is None or not math.isfinite(x):
        return "—"
    sym = _CURRENCY_SYMBOLS.get(currency)
    body = short(abs(x))
    body = body if "×" in body else body.replace(" ", "")
    sign = "-" if x < 0 else ""
    return f"{sign}{sym}{body}" if sym else f"{sign}{body} {currency}"


def percent(x: float, digits: int = 0) -> str:
    """40%; a share too large or too small for digits (a cap exceeded 10²⁰-fold) in powers of ten, never
    'inf%' or 300 digits."""
    if x is None or not math.isfinite(x):
        return "—"
    v = 100 * x
    if abs(v) >= 1e6:
        return f"{sci(v)}%"
    if v != 0 and abs(v) < 0.5 * 10.0**-digits:
        return f"{v:.1g}%"
    return f"{v:.{digits}f}%"


#: ``{x:,.0f}``-style specs of finding templates: fixed point, optional grouping and precision
_FIXED = re.compile(r"(,?)\.(\d+)f")


def readable_fixed(value: Any, spec: str) -> str | None:
    """A fixed-point format spec applied to a number outside what fixed point shows: ≥ 10¹⁵ (a 0.01 MWh cap
    exceeded by "6193151999…%" digits) in powers of ten; a non-zero value that the precision rounds to 0
    ("over the cap of 0 MWh" for 0.001 MWh) with two significant digits; None when the spec shows it well."""
    m = _FIXED.fullmatch(spec)
    if m is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    v = float(value)
    if not math.isfinite(v):
        return "—"
    if abs(v) >= 1e15:
        return sci(v)
    if v != 0 and abs(v) < 0.5 * 10.0 ** -int(m.group(2)):
        return sci(v) if abs(v) < 1e-3 else f"{v:.2g}"
    return None


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
            return percent(value)
        readable = readable_fixed(value, format_spec)
        if readable is not None:
            return readable
        text: str = super().format_field(value, format_spec)
        return text
