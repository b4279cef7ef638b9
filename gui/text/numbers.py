"""Numbers for people, in English or Japanese, and reading what people type (no Qt).

Showing results (:func:`short`, :func:`money`, :func:`energy`, :func:`power`, :func:`tonnes`, :func:`sci`):
the conventions of engine.fmt in the interface language — 737 k / 73.7万, ¥342M / ¥3.42億, 368 TWh,
4.2 GW, 9.5 × 10²³ — for cards, plots, tables, reports and findings alike.

Reading (:func:`read_input`) takes numbers as people write them — full-width digits and signs, ％, 円, ¥, $,
thousands separators, 万/億/兆, k/M/B/T, 1.5 × 10¹³ — exactly, in decimal; showing (:func:`field_text`) gives
them back in the same form (3億 / 300 M, 1.5兆 / 1.5 T, 40 %), never e-notation, and what is shown reads back
to the very same value."""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import MAX_EMAX, MIN_EMIN, Decimal, localcontext

from engine import fmt
from engine.fields import CURRENCIES, FieldSpec
from engine.fmt import sci

from .i18n import QT_TR_NOOP, current_language, tr

__all__ = ["InputKind", "ParseError", "Reading", "energy", "field_kind", "field_text", "money", "number",
           "parse_number", "power", "ratio", "read_input", "sci", "short", "tick_texts", "tonnes"]

# -- showing results ------------------------------------------------------------------------------------
# One set of conventions for every number a person reads (engine.fmt says which and why): counts to 3
# significant digits in the short scale of the interface language (737 k / 73.7万), powers of ten only
# beyond it (≥ 10¹⁵ / ≥ 10¹⁶), units scaled to keep the number short (368 TWh, 4.2 GW), never e-notation.
# ``lang`` None: the interface language.


def _language(lang: str | None) -> str:
    return lang or current_language()


def short(x: float | None, digits: int = 3, lang: str | None = None) -> str:
    """A count: 93.3 B / 933億, 737 k / 73.7万, 1,234, 1.38 × 10¹⁵ / 1,380兆; "—" for a number not set."""
    return "—" if x is None else fmt.short(x, digits, _language(lang))


def ratio(x: float | None, lang: str | None = None) -> str:
    """A ratio or a small count (tokens per parameter, epochs): 18.1, 0.0123, 1,234 — never "0.0"."""
    return short(x, 3, lang)


def number(x: float | None, digits: int = 4) -> str:
    """A quantity without a scale word (a fitted coefficient): ``digits`` significant digits, grouped —
    0.34784, 2,085.4, 262,100 — and in powers of ten outside 10⁻⁴ … 10⁶ (1.5 × 10⁸), never 2.621e+05."""
    if x is None or not math.isfinite(x):
        return "—" if x is None else sci(x)
    if x == 0:
        return "0"
    if not 1e-4 <= abs(x) < 1e6 or abs(float(f"{x:.{digits - 1}e}")) >= 1e6:
        return sci(x, digits)
    return fmt.significant(float(f"{x:.{digits - 1}e}"), digits)


def money(x: float | None, currency: str, lang: str | None = None, digits: int = 3) -> str:
    """¥3.42億 / ¥5,000万 / 120万ドル in Japanese; $1.2M, ¥342M in English."""
    return "—" if x is None else fmt.money(x, currency, _language(lang), digits)


def energy(mwh: float | None, lang: str | None = None) -> str:
    """Energy given in MWh, in the unit that keeps it short: 619 MWh, 346 GWh, 368 TWh."""
    return "—" if mwh is None else fmt.energy(mwh, _language(lang))


def power(mw: float | None, lang: str | None = None) -> str:
    """Power given in MW: 860 kW, 120 MW, 4.2 GW."""
    return "—" if mw is None else fmt.power(mw, _language(lang))


def tonnes(t: float | None, lang: str | None = None) -> str:
    """A mass in tonnes (CO₂): 145 kt in English, 14.5万 t in Japanese."""
    return "—" if t is None else fmt.tonnes(t, _language(lang))


def tick_texts(values: list[float], spacing: float, lang: str | None = None, currency: str | None = None
               ) -> list[str]:
    """The labels of a linear axis's ticks ``spacing`` apart, as people read them and never e-notation:
    0.25 / 1,500 / 400 k (40万) / 1.25 M (125万) — as many significant digits as the spacing needs, all
    ticks below 10⁴ with the same decimals; with ``currency``, as money (¥500M / ¥5億)."""
    lang = _language(lang)
    top = max((abs(v) for v in values), default=0.0)
    if not values or not math.isfinite(top) or not spacing > 0 or not math.isfinite(spacing):
        return [sci(v) for v in values]
    if top < 1e4 and spacing >= 1e-3:
        places = max(0, -math.floor(math.log10(spacing)))
        while places < 6 and abs(round(spacing, places) - spacing) > spacing * 1e-6:  # 2.5 apart: 2.5, 5.0
            places += 1
        texts = [f"{v:,.{places}f}" if round(v, places) else "0" for v in values]
        return [money(v, currency, lang, digits=max(1, len(t.replace(",", "").replace(".", "").lstrip("0-"))))
                if currency and t != "0" else t for v, t in zip(values, texts, strict=True)]
    digits = max(1, math.floor(math.log10(top)) - math.floor(math.log10(spacing)) + 2)
    if currency:
        return [money(v, currency, lang, digits) if abs(v) >= spacing / 2 else "0" for v in values]
    return [short(v, digits, lang) if abs(v) >= spacing / 2 else "0" for v in values]


class ParseError(ValueError):
    """Text that is not a number, or not one this field takes. ``code``, ``text`` (what was typed) and
    ``values`` let the interface say so in its language."""

    def __init__(self, code: str, text: str = "", **values: str) -> None:
        self.code, self.text, self.values = code, text, values
        super().__init__(_PARSE_MESSAGES[code].format(text=text, **values))

    def localized(self, translate: Callable[[str], str]) -> str:
        return translate(_PARSE_MESSAGES[self.code]).format(text=self.text, **self.values)


_PARSE_MESSAGES = {"not_a_number": QT_TR_NOOP("'{text}' is not a number"),
                   "too_large": QT_TR_NOOP("the number is too large"),
                   "not_whole": QT_TR_NOOP("must be a whole number"),
                   "percent_not_here": QT_TR_NOOP("'{text}' is a percentage; this field is not in %"),
                   "money_not_here": QT_TR_NOOP("'{text}' is an amount of money; this field is not"),
                   "other_currency": QT_TR_NOOP("'{text}' is in {typed}; this field is in {currency}")}

#: the note under a percent field given a bare number of at most 1: applied as percent, and said so
_FRACTION_NOTE = QT_TR_NOOP("read as %s — did you mean %s?")


@dataclass(frozen=True)
class InputKind:
    """What a field takes, for reading what people type into it and showing its value back."""

    #: the schema's display style (engine.fields): "int", "float", "sci" or "percent"
    style: str = "float"
    #: an amount of money in this currency (ISO code); None: not money, a currency sign is refused
    currency: str | None = None
    #: unit words the typed value may carry and that mean nothing more ("days", "日")
    units: tuple[str, ...] = ()
    #: SI prefixes (G, T, P: FLOP/s) instead of the short scale (M, B, T / 万, 億, 兆)
    si: bool = False


@dataclass(frozen=True)
class Reading:
    """What a typed text means: the value (None for an empty field) and, when the reading is a guess the
    user may not have meant, a note to show under the field (in the interface language), else ""."""

    value: float | int | None
    note: str = ""


def field_kind(spec: FieldSpec, currency: str) -> InputKind:
    """The input kind of a numeric field of the schema, in a scenario of this currency."""
    money = "{currency}" in spec.unit
    words = () if money or spec.unit in ("", "%", "×") else tuple(dict.fromkeys((spec.unit, tr(spec.unit))))
    return InputKind(spec.style, currency if money else None, words, "FLOP" in spec.unit)


# -- reading ------------------------------------------------------------------------------------------
_SUPERSCRIPT_RUN = re.compile("[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_TO_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
_TIMES_TEN = re.compile(r"[×xX*·・]10\^([+-]?\d+)")
_TEN_TO = re.compile(r"^([+-]?)10\^([+-]?\d+)")
_MINUS = str.maketrans({"\u2212": "-", "\u2010": "-", "\u2011": "-"})
_SPACE = re.compile(r"[\s_]+")

_CURRENCY_SIGNS = {"US$": ("USD",), "CN¥": ("CNY",), "$": ("USD",), "¥": ("JPY", "CNY"), "€": ("EUR",),
                   "£": ("GBP",), "₩": ("KRW",)}
_CURRENCY_WORDS = {"円": ("JPY",), "元": ("CNY",), "ドル": ("USD",), "ユーロ": ("EUR",), "ポンド": ("GBP",),
                   "ウォン": ("KRW",), "원": ("KRW",)}
_PERCENT_WORDS = ("%", "パーセント", "percent")

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+"
_WESTERN = re.compile(rf"({_NUM})(?:[eE]([+-]?\d+))?([A-Za-z]*)")
#: powers of ten of the short scale's and SI's words and letters (single letters are case-sensitive)
_WESTERN_SUFFIX = {"": 0, "k": 3, "K": 3, "thousand": 3, "m": 6, "M": 6, "mn": 6, "million": 6,
                   "b": 9, "B": 9, "G": 9, "bn": 9, "billion": 9, "t": 12, "T": 12, "tn": 12, "trillion": 12,
                   "P": 15, "Q": 15, "quadrillion": 15}
_JP_TOKEN = re.compile(rf"({_NUM})|([千百十])|([万億兆京])")
_JP_SMALL = {"千": 3, "百": 2, "十": 1}
_JP_BIG = {"万": 4, "億": 8, "兆": 12, "京": 16}


def _quoted(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 40 else text[:39] + "…"


def _normalised(text: str) -> str:
    """One spelling: superscript powers as ^n, full-width as ASCII (NFKC), minus signs as '-', no spaces,
    '× 10^n' as 'en'."""
    t = _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group(0).translate(_FROM_SUPERSCRIPT), text)
    t = unicodedata.normalize("NFKC", t).translate(_MINUS)
    t = _SPACE.sub("", t)
    t = _TIMES_TEN.sub(r"e\1", t)
    return _TEN_TO.sub(r"\g<1>1e\2", t)


def _strip_affixes(t: str, units: tuple[str, ...], codes: frozenset[str]
                   ) -> tuple[bool, str, bool, tuple[str, ...]]:
    """The number without what surrounds it: (negative, body, given in percent, currencies it names)."""
    sign = ""
    if t[:1] in ("+", "-"):
        sign, t = t[0], t[1:]
    currencies: tuple[str, ...] = ()
    for symbol, named in _CURRENCY_SIGNS.items():
        if t.startswith(symbol):
            currencies, t = named, t[len(symbol):]
            break
    else:
        if len(t) > 3 and t[:3].upper() in codes and not t[3].isalpha():
            currencies, t = (t[:3].upper(),), t[3:]
    if not sign and t[:1] in ("+", "-"):
        sign, t = t[0], t[1:]
    percent = False
    words = [_SPACE.sub("", unicodedata.normalize("NFKC", u)).casefold() for u in units if u.strip()]
    for _ in range(3):  # a unit word, a currency word and a percent sign, in any order, each once
        low = t.casefold()
        if not percent and (p := next((w for w in _PERCENT_WORDS if low.endswith(w) and len(t) > len(w)), "")):
            percent, t = True, t[:-len(p)]
            continue
        if not currencies:
            c = next((w for w in _CURRENCY_WORDS if t.endswith(w) and len(t) > len(w)), "")
            if c:
                currencies, t = _CURRENCY_WORDS[c], t[:-len(c)]
                continue
            if len(t) > 3 and t[-3:].upper() in codes and not t[-4].isalpha():
                currencies, t = (t[-3:].upper(),), t[:-3]
                continue
        w = next((w for w in words if low.endswith(w) and len(t) > len(w)), "")
        if w:
            words, t = [], t[:-len(w)]
            continue
        break
    return sign == "-", t, percent, currencies


def _western(body: str) -> Decimal | None:
    m = _WESTERN.fullmatch(body)
    if m is None:
        return None
    suffix = m.group(3)
    power = _WESTERN_SUFFIX.get(suffix if len(suffix) <= 1 else suffix.lower())
    if power is None:
        return None
    return Decimal(m.group(1).replace(",", "")).scaleb(int(m.group(2) or 0) + power)


def _japanese(body: str) -> Decimal | None:
    """3億5000万, 2.5億, 5千万, 1万2,800, 百万: groups of up to 千 under descending 万 / 億 / 兆 / 京."""
    total = group = Decimal(0)
    pending: Decimal | None = None
    last_big, last_small, pos, numeral = 99, 99, 0, False
    for m in _JP_TOKEN.finditer(body):
        if m.start() != pos:
            return None
        pos = m.end()
        number, small, big = m.groups()
        if number is not None:
            if pending is not None:
                return None
            pending, numeral = Decimal(number.replace(",", "")), True
        elif small is not None:
            power = _JP_SMALL[small]
            if power >= last_small:
                return None
            group += (Decimal(1) if pending is None else pending).scaleb(power)
            pending, last_small, numeral = None, power, True
        else:
            power = _JP_BIG[big]
            if power >= last_big or (pending is None and last_small == 99):
                return None  # descending units, each with a number before it
            total += (group + (pending or 0)).scaleb(power)
            group, pending, last_big, last_small = Decimal(0), None, power, 99
    if pos != len(body) or not numeral:
        return None
    return total + group + (pending or 0)


def _read(text: str, units: tuple[str, ...] = (), codes: frozenset[str] = frozenset(CURRENCIES)
          ) -> tuple[Decimal | None, bool, tuple[str, ...]]:
    """(the number as an exact decimal — None when empty, whether it was given in percent, the currencies
    its sign or word names). Raises ParseError."""
    t = _normalised(text)
    if not t:
        return None, False, ()
    negative, body, percent, currencies = _strip_affixes(t, units, codes)
    try:
        with localcontext() as ctx:
            ctx.prec, ctx.Emax, ctx.Emin = 60, MAX_EMAX, MIN_EMIN
            d = _western(body)
            if d is None and any(c in body for c in "万億兆京千百十"):
                d = _japanese(body)
            if d is None:
                raise ParseError("not_a_number", _quoted(text))
            d = -d if negative else d
            if percent:
                d = d.scaleb(-2)
            if abs(d) > _FLOAT_MAX:
                raise ParseError("too_large")
            if abs(d) < _FLOAT_TINY:
                d = Decimal(0) * d  # below any float: 0, keeping the sign
    except ArithmeticError:  # an exponent beyond any decimal (Overflow, InvalidOperation)
        raise ParseError("too_large") from None
    return d, percent, currencies


_FLOAT_MAX = Decimal(sys.float_info.max)
_FLOAT_TINY = Decimal("1e-400")


def _number(d: Decimal, style: str) -> float | int:
    if style == "int" and d == d.to_integral_value() and abs(d) < 10**18:
        return int(d)
    return float(d)


def read_input(text: str, kind: InputKind) -> Reading:
    """What ``text`` typed into a field of this kind means, as people mean it: '2,048', '２０４８', '1.5T',
    '1.5 × 10¹³', '2.5億円', '¥250,000,000', '40％'. A percent field reads a bare number as percent ('45' is
    45 %) and notes a bare number of at most 1 ('0.45' is 0.45 %, with "did you mean 45 %?"). Read in
    decimal and rounded to a float once, so what :func:`field_text` shows reads back to the same value.

    Raises ParseError for text that is no number, a percentage where the field is not in percent, money
    where the field is not money, or another currency than the field's."""
    codes = frozenset(CURRENCIES) | ({kind.currency} if kind.currency else set())
    d, percent, currencies = _read(text, kind.units, codes)
    if d is None:
        return Reading(None)
    if percent and kind.style != "percent":
        raise ParseError("percent_not_here", _quoted(text))
    if currencies and kind.currency is None:
        raise ParseError("money_not_here", _quoted(text))
    if currencies and kind.currency not in currencies:
        raise ParseError("other_currency", _quoted(text), typed=currencies[0], currency=str(kind.currency))
    note = ""
    if kind.style == "percent" and not percent:
        if 0 < d <= 1:
            read, meant = (field_text(float(v), "percent").replace(" ", "\u00a0") for v in (d.scaleb(-2), d))
            note = tr(_FRACTION_NOTE) % (read, meant)  # "0.45 %" never broken at the end of a line
        d = d.scaleb(-2)
    return Reading(_number(d, kind.style), note)


def parse_number(text: str) -> float | None:
    """Any number people type — '1.5e13', '15T', '70 B', '1,024', '40%' (0.4), '3億', '¥2.5億', full-width
    digits — as a float; '' → None. Raises ParseError for anything else."""
    d, _percent, _currencies = _read(text)
    return None if d is None else float(d)


# -- showing ------------------------------------------------------------------------------------------
#: the units a value is shown in, largest first: (power of ten, text after the number)
_SCALES: dict[str, tuple[tuple[int, str], ...]] = {
    "en": ((12, " T"), (9, " B"), (6, " M")),  # beyond 999 T in powers of ten, as engine.fmt.short
    "ja": ((12, "兆"), (8, "億"), (4, "万")),  # beyond 9,999兆 likewise: no Q, no 京
    "si": ((15, " P"), (12, " T"), (9, " G"), (6, " M")),
}


def _exact(value: float | int) -> Decimal:
    """The decimal a value is: an int's digits, a float's shortest round-trip digits (repr)."""
    return Decimal(value) if isinstance(value, int) else Decimal(repr(float(value)))


def _positional(d: Decimal) -> str:
    return format(d.normalize(), ",f")


def _powers_of_ten(d: Decimal) -> str:
    n = d.adjusted()
    return f"{format(d.scaleb(-n).normalize(), 'f')} × 10{str(n).translate(_TO_SUPERSCRIPT)}"


def _plain(d: Decimal) -> str:
    return _positional(d) if Decimal("1e-4") <= abs(d) < Decimal("1e15") else _powers_of_ten(d)


def _people(d: Decimal, scale: str) -> str:
    if d == 0:
        return "0"
    sign, a = ("-" if d < 0 else ""), abs(d)
    units = _SCALES[scale]
    widest = 4 if scale == "ja" else 3  # 9,999兆 but 999 T
    if a >= Decimal(10) ** (units[0][0] + widest):
        return sign + _powers_of_ten(a)
    for i, (power, name) in enumerate(units):
        if a >= Decimal(10) ** power:
            m = a.scaleb(-power).normalize()
            _, digits, exponent = m.as_tuple()
            decimals = max(0, -int(exponent))
            if i == len(units) - 1:  # 1.5 M, 2.25万 — but 1,234,567 and 45,709 as they are
                tidy = decimals <= (2 if scale == "ja" else 3)
            else:  # 93.3 B, 1.23456兆
                tidy = len(digits) <= 6
            if tidy:
                return sign + _positional(m) + name
            break
    return sign + _plain(a)


def field_text(value: float | int | None, style: str = "float", *, lang: str | None = None, si: bool = False,
               digits: int | None = None) -> str:
    """A value as its field shows it, in people's form and the interface language (or ``lang``): 1,024,
    300 M / 3億, 1.5 T / 1.5兆, 989.4 T (FLOP/s, ``si``), 40 %, 1 × 10²⁰ beyond the scale — never e-notation.
    Reads back through :func:`read_input` to exactly ``value`` — or, with ``digits``, to ``value`` rounded to
    that many significant digits (a converted price, ¥25 → $0.166666666667, shows as 0.166667); "" for
    None."""
    if value is None or isinstance(value, bool) or not math.isfinite(value):
        return ""
    d = _exact(float(f"{value:.{digits}g}") if digits is not None and value != int(value) else value)
    if style == "percent":
        return ("0" if d == 0 else _plain(d.scaleb(2))) + " %"
    scale = "si" if si else ("ja" if (lang or current_language()) == "ja" else "en")
    return _people(d, scale)
