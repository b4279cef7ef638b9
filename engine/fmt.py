"""Numbers formatted for people, in English or Japanese: 9.4 × 10²³, 70 B / 700億, ¥3.42億, 368 TWh.

Pure functions, no locale state: the language is an argument (``lang``, "en" or "ja"); the GUI passes the
interface language (gui.text.numbers) and its translations of the words around the numbers.

The conventions, one set for the window, reports, slides, findings and the terminal:

- counts (parameters, tokens, accelerator-hours, epochs, days, ratios) to 3 significant digits — whole
  below 10⁴ (1,234) — in the short scale of the language: k / M / B / T in English, 万 / 億 / 兆 in
  Japanese; beyond the named scale (≥ 10¹⁵ in English, past 999 T; ≥ 10¹⁶ in Japanese, past 9,999兆) in
  powers of ten, 1.38 × 10¹⁵: "Q" (quadrillion) and 京 are words few budget owners read at a glance;
- never e-notation (1.4e+09), never more than 4 significant digits where a number is rounded for people;
- units always, scaled so the number stays short: energy kWh → MWh → GWh → TWh and power kW → MW → GW in
  both languages (SI, as the data-centre press in both writes them), CO₂ in t / kt / Mt / Gt in English
  and t with 万 / 億 in Japanese (万t, as Japanese emission statistics write it);
- money with its currency sign, in the language's short scale: $1.2M, ¥342M; ¥3.42億, $120万.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
_CURRENCY_SYMBOLS = {"JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "CNY": "CN¥", "KRW": "₩"}

#: the short scale of each language, largest first: (power of ten, word after the number); the first
#: power from which a count takes a word is 10⁴ in both (1,234 stays whole)
_SHORT_SCALE: dict[str, tuple[tuple[int, str], ...]] = {
    "en": ((12, " T"), (9, " B"), (6, " M"), (3, " k")),
    "ja": ((12, "兆"), (8, "億"), (4, "万")),
}
#: from here on, a count is in powers of ten: past 999 T in English, past 9,999兆 in Japanese
_BEYOND = {"en": 1e15, "ja": 1e16}


def _lang(lang: str | None) -> str:
    return "ja" if lang == "ja" else "en"


def sci(x: float, digits: int = 2) -> str:
    """1.23 × 10²³ (plain digits between 0.01 and 10,000)."""
    if x is None or not math.isfinite(x):
        return "—" if x is None else ("∞" if x > 0 else "-∞" if x < 0 else "NaN")
    if x == 0:
        return "0"
    if 1e-2 <= abs(x) < 1e4:
        return f"{x:,.{max(digits - 1 - math.floor(math.log10(abs(x))), 0)}f}"
    # Python's own e-format rounds the mantissa (9.99 → 1.0e+n) and reaches subnormals (5e-324), where
    # dividing by 10**exp would divide by zero
    mant, _, exp = f"{x:.{max(digits, 1) - 1}e}".partition("e")
    return f"{mant} × 10{str(int(exp)).translate(_SUPERSCRIPT)}"


def _round_sig(x: float, digits: int) -> float:
    return float(f"{x:.{max(digits, 1) - 1}e}")


def short(x: float, digits: int = 3, lang: str = "en") -> str:
    """A count for people: 737 k / 73.7万, 93.3 B / 933億, 1.5 T / 1.5兆, 1,234 (whole below 10⁴), 0.0123;
    beyond the named scale (≥ 10¹⁵ in English, ≥ 10¹⁶ in Japanese) or below 10⁻³ in powers of ten, never
    "Q", 京, 300 digits or 300 zeros."""
    if x is None or not math.isfinite(x):
        return "—"
    if x == 0:
        return "0"
    lang = _lang(lang)
    sign, a = ("-" if x < 0 else ""), abs(x)
    if a < 1e-3:
        return sign + sci(a, digits)
    if a < 1e4:
        text = significant(a, digits)
        if float(text.replace(",", "")) < 1e4:  # not 9,999.7 → "10,000"
            return sign + text
    r = _round_sig(a, digits)
    if r >= _BEYOND[lang]:
        return sign + sci(a, digits)
    for power, word in _SHORT_SCALE[lang]:
        if r >= 10.0**power:
            return sign + significant(r / 10.0**power, digits) + word
    return sign + significant(r, digits)  # pragma: no cover — r ≥ 10⁴ always has a word


def significant(x: float, digits: int) -> str:
    """``digits`` significant digits, or the whole number where it has more; no trailing zeros."""
    if x == 0:
        return "0"
    decimals = max(digits - 1 - math.floor(math.log10(abs(x))), 0)
    text = f"{x:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _scaled(x: float, units: tuple[tuple[float, str], ...], digits: int = 3) -> str:
    """``x`` (given in the unit of factor 1) in the largest of ``units`` (largest first) it reaches; beyond
    9,999 of the largest or below 10⁻³ of the smallest, in powers of ten."""
    if x is None or not math.isfinite(x):
        return "—"
    if x == 0:
        return "0 " + next(u for f, u in units if f == 1)
    sign, a = ("-" if x < 0 else ""), abs(x)
    r = _round_sig(a, digits)
    factor, unit = next(((f, u) for f, u in units if r >= f), units[-1])
    v = a / factor
    if v < 1e-3 or _round_sig(v, digits) >= 1e4:
        return f"{sign}{sci(v, digits)} {unit}"
    return f"{sign}{significant(v, digits)} {unit}"


_ENERGY_UNITS = ((1e6, "TWh"), (1e3, "GWh"), (1.0, "MWh"), (1e-3, "kWh"))
_POWER_UNITS = ((1e3, "GW"), (1.0, "MW"), (1e-3, "kW"))
_MASS_UNITS_EN = ((1e9, "Gt"), (1e6, "Mt"), (1e3, "kt"), (1.0, "t"), (1e-3, "kg"))


def energy(mwh: float, lang: str = "en", digits: int = 3) -> str:
    """Energy given in MWh, in the unit that keeps it short: 500 kWh, 619 MWh, 1.23 GWh, 368 TWh (the same
    in both languages)."""
    return _scaled(mwh, _ENERGY_UNITS, digits)


def power(mw: float, lang: str = "en", digits: int = 3) -> str:
    """Power given in MW: 860 kW, 120 MW, 4.2 GW (the same in both languages)."""
    return _scaled(mw, _POWER_UNITS, digits)


def tonnes(t: float, lang: str = "en", digits: int = 3) -> str:
    """A mass given in tonnes (CO₂): 261 t, 145 kt, 155 Mt in English; 261 t, 14.5万 t, 1.55億 t in
    Japanese; 500 kg below a tonne in both."""
    if _lang(lang) == "ja" and t is not None and math.isfinite(t) and abs(t) >= 1:
        return short(t, digits, "ja") + " t"
    return _scaled(t, _MASS_UNITS_EN, digits)


def money(x: float, currency: str, lang: str = "en", digits: int = 3) -> str:
    """An amount with its currency sign (or code), in the language's short scale: $1.2M, ¥342M, €45.2k in
    English; ¥3.42億, ¥5,000万, 120万ドル in Japanese; whole below 10⁴ (¥1,234); ¥1.00 × 10⁻³⁰⁰, not ¥0.000…"""
    if x is None or not math.isfinite(x):
        return "—"
    sym = _CURRENCY_SYMBOLS.get(currency)
    body = short(abs(x), digits, lang)
    body = body if "×" in body else body.replace(" ", "")
    sign = "-" if x < 0 else ""
    if lang == "ja" and currency in _JA_CURRENCY_WORDS:  # 217万ドル, as Japanese writes foreign money
        return f"{sign}{body}{_JA_CURRENCY_WORDS[currency]}"
    return f"{sign}{sym}{body}" if sym else f"{sign}{body} {currency}"


#: foreign currencies as Japanese text names them after the amount (yen keeps its sign: ¥3.42億)
_JA_CURRENCY_WORDS = {"USD": "ドル", "EUR": "ユーロ", "GBP": "ポンド", "CNY": "元", "KRW": "ウォン"}


@dataclass(frozen=True)
class MoneyIn:
    """The money function of a reader of ``lang`` (``Formatter(money_fn=MoneyIn("ja"))``): it formats
    amounts in that language, and tells the Formatter the language, so ``{x:short}`` reads 933億 too."""

    lang: str = "en"

    def __call__(self, x: float, currency: str) -> str:
        return money(x, currency, self.lang)


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
#: ``{x:.3g}``-style specs: general format, optional grouping and precision
_GENERAL = re.compile(r",?(?:\.\d+)?g")


def readable_fixed(value: Any, spec: str, lang: str = "en") -> str | None:
    """A fixed-point or general format spec applied to a number outside what it shows well; None where the
    spec shows it well.

    Fixed point (``,.0f``): ≥ 10¹⁵ (a 0.01 MWh cap exceeded by "6193151999…%" digits) in powers of ten;
    ≥ 10⁶ to 3 significant digits in the reader's short scale (368 M / 3.68億, not 367,920,000); a non-zero
    value that the precision rounds to 0 ("over the cap of 0 MWh" for 0.001 MWh) with two significant
    digits. General (``.2g``): where Python would write e-notation (130 as "1.3e+02", which a Japanese
    template shows as "1.3e+02倍"), the same significant digits as :func:`short` writes them: 130, 3,650,
    1.23 M / 123万, 1.5 × 10⁻⁵."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    fixed, general = _FIXED.fullmatch(spec), _GENERAL.fullmatch(spec)
    if fixed is None and general is None:
        return None
    v = float(value)
    if not math.isfinite(v):
        return "—"
    if general is not None:
        precision = int(spec.rsplit(".", 1)[1][:-1] or 6) if "." in spec else 6
        python = format(v, spec)
        if "e" not in python:
            return None
        # as many digits as Python's own text shows (1e-300 → 1 × 10⁻³⁰⁰, not 1.00000 × 10⁻³⁰⁰)
        shown = len(python.split("e")[0].lstrip("-+").replace(".", "").replace(",", "").lstrip("0")) or 1
        return short(v, max(min(precision, shown), 1), lang)
    assert fixed is not None
    if abs(v) >= 1e15:
        return sci(v)
    if abs(v) >= 1e6:
        return short(v, 3, lang)
    if v != 0 and abs(v) < 0.5 * 10.0 ** -int(fixed.group(2)):
        return sci(v) if abs(v) < 1e-3 else f"{v:.2g}"
    return None


class Formatter(string.Formatter):
    """str.format with the people-number formats as format specs: ``{x:sci}`` 9.5 × 10²³, ``{x:short}``
    93.3 B / 933億, ``{x:money}`` $1.2M / ¥3.42億 (in ``currency``, via ``money_fn``), ``{x:pct}`` 40%,
    ``{x:mwh}`` energy given in MWh (368 TWh), ``{x:mw}`` power given in MW (4.2 GW), ``{x:tonnes}``
    (145 kt / 14.5万 t); anything else is Python's own (``{x:,.0f}``), read as people read it where Python
    would not (:func:`readable_fixed`). Finding templates are written with these, so the GUI can render a
    translated template in the reader's conventions.

    The reader's language (``lang``; else that of a :class:`MoneyIn` ``money_fn``; else English) decides
    the short scale of ``short``, of large fixed-point and of general numbers: a Japanese reader gets
    億 / 兆 wherever the template asks for a short count, as the window's cards show them."""

    def __init__(self, currency: str = "USD", money_fn: Callable[[float, str], str] | None = None,
                 lang: str | None = None) -> None:
        super().__init__()
        self.currency = currency
        self.money_fn: Callable[[float, str], str] = money_fn or money
        self.lang = _lang(lang or getattr(money_fn, "lang", None))

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "sci":
            return sci(value)
        if format_spec == "short":
            return short(value, lang=self.lang)
        if format_spec == "money":
            return self.money_fn(value, self.currency)
        if format_spec == "pct":
            return percent(value)
        if format_spec == "mwh":
            return energy(value, self.lang)
        if format_spec == "mw":
            return power(value, self.lang)
        if format_spec == "tonnes":
            return tonnes(value, self.lang)
        if format_spec == "gib":
            return gib(value)
        if format_spec == "duration":
            return duration(value, self.lang)
        readable = readable_fixed(value, format_spec, self.lang)
        if readable is not None:
            return readable
        text: str = super().format_field(value, format_spec)
        return text


def gib(n_bytes: float) -> str:
    """Bytes of memory as people read them, in binary units (the unit accelerators' memory comes in):
    '73.2 GiB', '10.7 TiB', '512 MiB'."""
    v = float(n_bytes)
    for unit, size in (("TiB", 2.0**40), ("GiB", 2.0**30)):
        if abs(v) >= size:
            x = v / size
            if x >= 1e6:  # a plan far outside any machine: its scale, not its digits
                return f"{sci(x)} {unit}"
            return f"{x:,.3g} {unit}" if x < 1000 else f"{x:,.0f} {unit}"
    return f"{v / 2**20:,.3g} MiB"


_DURATION_UNITS = ((1.0, "days", "日"), (1 / 24, "hours", "時間"), (1 / 1440, "minutes", "分"),
                   (1 / 86400, "seconds", "秒"))


def duration(days: float, lang: str = "en") -> str:
    """A length of time given in days, in the unit that keeps it readable: '12.4 days', '3.2 hours',
    '45 minutes', '8 seconds' ('12.4日', '3.2時間' in Japanese); below a second, 'under a second'."""
    v = float(days)
    ja = _lang(lang) == "ja"
    for size, en, jp in _DURATION_UNITS:
        if abs(v) >= size:
            n = significant(v / size, 3)
            return f"{n}{jp}" if ja else f"{n} {en}"
    return "1秒未満" if ja else "under a second"
