"""Numbers for people, in English or Japanese, and parsing of what people type (no Qt)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable

from engine.fmt import money as money_en
from engine.fmt import sci
from engine.fmt import short as _short

from .i18n import QT_TR_NOOP

__all__ = ["ParseError", "field_text", "money", "parse_number", "sci", "short"]


def short(x: float | None, digits: int = 3) -> str:
    """70 B, 1.5 T, 340 M (engine.fmt.short), and "—" for a number that is not set."""
    return "—" if x is None else _short(x, digits)


def money(x: float | None, currency: str, lang: str = "en") -> str:
    """¥3.4億 / ¥5,000万 in Japanese for yen; $1.2M, ¥342M in English."""
    if x is None or not math.isfinite(x):
        return "—"
    if lang == "ja" and currency == "JPY":
        a = abs(x)
        sign = "-" if x < 0 else ""
        if a >= 1e12:
            return f"{sign}¥{a / 1e12:.3g}兆"
        if a >= 1e8:
            return f"{sign}¥{a / 1e8:.3g}億"
        if a >= 1e4:
            return f"{sign}¥{a / 1e4:,.0f}万"
        return f"{sign}¥{a:,.0f}"
    return money_en(x, currency)


class ParseError(ValueError):
    """Text that is not a number. ``code`` and ``text`` let the interface say so in its language."""

    def __init__(self, code: str, text: str = "") -> None:
        self.code, self.text = code, text
        super().__init__(_PARSE_MESSAGES[code].format(text=text))

    def localized(self, translate: Callable[[str], str]) -> str:
        return translate(_PARSE_MESSAGES[self.code]).format(text=self.text)


_PARSE_MESSAGES = {"not_a_number": QT_TR_NOOP("'{text}' is not a number"),
                   "too_large": QT_TR_NOOP("the number is too large"),
                   "not_whole": QT_TR_NOOP("must be a whole number")}


_SUFFIX = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "G": 1e9, "t": 1e12, "T": 1e12,
           "万": 1e4, "億": 1e8, "兆": 1e12, "%": 0.01}
_NUMBER = re.compile(r"^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([kKmMbBGtT万億兆%]?)$")


def parse_number(text: str) -> float | None:
    """'1.5e13', '15T', '70 B', '1,024', '40%', '3億', full-width digits → float; '' → None.

    Raises ParseError with a short reason for anything else.
    """
    t = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace("_", "").replace(" ", "")
    t = t.replace("×10^", "e").replace("x10^", "e").replace("×10", "e")
    if not t:
        return None
    m = _NUMBER.match(t)
    if not m:
        raise ParseError("not_a_number", text.strip())
    value = float(m.group(1)) * _SUFFIX.get(m.group(2), 1.0)
    if not math.isfinite(value):
        raise ParseError("too_large")
    return value


def field_text(value: float | None, style: str) -> str:
    """How a value is shown inside an edit field (round-trips through parse_number)."""
    if value is None:
        return ""
    if style == "int":
        return f"{round(value):,}"
    if style == "percent":
        return f"{100 * value:.4g}"
    if style == "sci":
        if value != 0 and (abs(value) >= 1e5 or abs(value) < 1e-3):
            mant, exp = f"{value:.4e}".split("e")
            mant = mant.rstrip("0").rstrip(".")
            return f"{mant}e{int(exp)}"
        return f"{value:.6g}"
    return f"{value:.6g}"
