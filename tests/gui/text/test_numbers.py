"""What people type, read as they mean it (gui.text.numbers.read_input), and values shown back in their
form (field_text): full-width digits and signs, ％, 円, ¥, $, thousands separators, 万/億/兆, k/M/B/T, a bare
number in a percent field as percent with a note when it looks like a fraction — never e-notation, and what
a field shows reads back to exactly the value it holds (a property over every field's range, both
languages)."""

import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.fields import field, number_fields
from gui.text import i18n
from gui.text.numbers import InputKind, ParseError, field_kind, field_text, parse_number, read_input

COUNT = InputKind("int", units=("count", "台"))
TOKENS = InputKind("sci", units=("tokens", "トークン"))
DAYS = InputKind("float", units=("days", "日"))
PERCENT = InputKind("percent")
YEN = InputKind("sci", currency="JPY")
DOLLARS = InputKind("float", currency="USD")
FLOPS = InputKind("sci", si=True)


def value(text, kind):
    return read_input(text, kind).value


def note(text, kind):
    return read_input(text, kind).note.replace("\u00a0", " ")  # "0.45 %" is kept on one line


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("2048", COUNT, 2048), ("2,048", COUNT, 2048), ("２０４８", COUNT, 2048), ("２，０４８", COUNT, 2048),
    ("1 024", COUNT, 1024), ("1.5k", COUNT, 1500), ("2.5 M", COUNT, 2_500_000), ("250万", COUNT, 2_500_000),
    ("1e4", COUNT, 10_000), ("1,024台", COUNT, 1024),
    ("1.5e13", TOKENS, 1.5e13), ("1.5E13", TOKENS, 1.5e13), ("15T", TOKENS, 1.5e13), ("15 T", TOKENS, 1.5e13),
    ("1.5 trillion", TOKENS, 1.5e12), ("70 B", TOKENS, 7e10), ("70bn", TOKENS, 7e10), ("1.5T tokens", TOKENS, 1.5e12),
    ("1.5兆", TOKENS, 1.5e12), ("１．５兆トークン", TOKENS, 1.5e12), ("1兆2000億", TOKENS, 1.2e12),
    ("1.5×10^13", TOKENS, 1.5e13), ("1.5 x 10^13", TOKENS, 1.5e13), ("1.5 × 10¹³", TOKENS, 1.5e13),
    ("9.5 × 10²³", TOKENS, 9.5e23), ("1 × 10⁻⁵", DAYS, 1e-5), ("10^13", TOKENS, 1e13),
    ("3億", YEN, 3e8), ("2.5億円", YEN, 2.5e8), ("¥250,000,000", YEN, 2.5e8), ("￥２億５０００万", YEN, 2.5e8),
    ("3億5000万円", YEN, 3.5e8), ("5千万円", YEN, 5e7), ("5百万円", YEN, 5e6), ("百万円", YEN, 1e6),
    ("1,000万円", YEN, 1e7), ("1万2,800円", YEN, 12_800), ("JPY 5,000", YEN, 5000), ("5000 JPY", YEN, 5000),
    ("$2.95", DOLLARS, 2.95), ("2.95ドル", DOLLARS, 2.95), ("USD 1.2M", DOLLARS, 1.2e6), ("$1.2M", DOLLARS, 1.2e6),
    ("30日", DAYS, 30), ("30 days", DAYS, 30), ("－５", DAYS, -5), ("−5", DAYS, -5), ("+5", DAYS, 5),
    ("2.25 P", FLOPS, 2.25e15), ("989.4 T", FLOPS, 9.894e14), ("989.4T", FLOPS, 9.894e14),
])
def test_what_people_type_is_read_as_they_mean_it(text, kind, expected):
    assert value(text, kind) == expected


def test_decimal_reading_is_exact():
    """Read in decimal, rounded once: 0.1 M is 100,000 and 45 % is the float 0.45, not 0.45000000000000001."""
    assert value("0.1 M", TOKENS) == 100_000.0
    assert value("45", PERCENT) == 0.45
    assert value("0.45", PERCENT) == 0.0045
    assert value("7", PERCENT) == 0.07
    assert isinstance(value("1.5k", COUNT), int)


@pytest.mark.parametrize("text", ["40％", "４０％", "40 %", "40%", "40", "４０", "40パーセント"])
def test_percent_however_typed(text):
    reading = read_input(text, PERCENT)
    assert reading.value == 0.4 and reading.note == ""


def test_a_bare_fraction_in_a_percent_field_is_percent_with_a_note():
    reading = read_input("0.45", PERCENT)
    assert reading.value == 0.0045
    assert note("0.45", PERCENT) == "read as 0.45 % — did you mean 45 %?"
    assert note("1", PERCENT) == "read as 1 % — did you mean 100 %?"
    assert read_input("０．４５", PERCENT).value == 0.0045
    # said in percent: no doubt, no note
    assert read_input("0.45 %", PERCENT) == read_input("0.45%", PERCENT)
    assert read_input("0.45 %", PERCENT).note == "" and read_input("0.45 %", PERCENT).value == 0.0045
    assert read_input("45", PERCENT).note == "" and read_input("1.5", PERCENT).note == ""


def test_the_note_is_translated():
    i18n.install("en", lambda text: "«" + text + "»")
    try:
        assert note("0.45", PERCENT) == "«read as 0.45 % — did you mean 45 %?»"
    finally:
        i18n.install("en", None)


def test_empty_is_none():
    assert read_input("", TOKENS).value is None and read_input("  ", TOKENS).value is None
    assert read_input("　", PERCENT).value is None


@pytest.mark.parametrize(("text", "kind", "code"), [
    ("abc", TOKENS, "not_a_number"), ("1,5", DAYS, "not_a_number"), ("12,34", COUNT, "not_a_number"),
    ("1e", COUNT, "not_a_number"), ("1..5", DAYS, "not_a_number"), ("¥", YEN, "not_a_number"),
    ("億", YEN, "not_a_number"), ("1億2億", YEN, "not_a_number"), ("3万億", YEN, "not_a_number"),
    ("3M万", YEN, "not_a_number"), ("1e999", TOKENS, "too_large"), ("1e99999999999", TOKENS, "too_large"),
    ("40%", COUNT, "percent_not_here"), ("¥5", COUNT, "money_not_here"), ("5円", DAYS, "money_not_here"),
    ("$3", YEN, "other_currency"), ("3ドル", YEN, "other_currency"), ("3億円", DOLLARS, "other_currency"),
])
def test_what_cannot_be_meant_is_refused_with_a_reason(text, kind, code):
    with pytest.raises(ParseError) as err:
        read_input(text, kind)
    assert err.value.code == code


def test_a_refusal_says_which_currency():
    with pytest.raises(ParseError) as err:
        read_input("$3", YEN)
    assert str(err.value) == "'$3' is in USD; this field is in JPY"


def test_yen_sign_also_means_yuan():
    assert value("¥5", InputKind("float", currency="CNY")) == 5


def test_parse_number_still_reads_anything_numeric():
    assert parse_number("40%") == 0.4 and parse_number("3億") == 3e8 and parse_number("") is None
    with pytest.raises(ParseError):
        parse_number("abc")


@pytest.mark.parametrize(("value", "style", "si", "en", "ja"), [
    (3e8, "sci", False, "300 M", "3億"),
    (2.5e8, "sci", False, "250 M", "2.5億"),
    (1.5e12, "sci", False, "1.5 T", "1.5兆"),
    (9.33e10, "sci", False, "93.3 B", "933億"),
    (1.5e13, "sci", False, "15 T", "15兆"),
    (1e16, "sci", False, "10 Q", "1京"),
    (1e20, "sci", False, "1 × 10²⁰", "1 × 10²⁰"),
    (0.4, "percent", False, "40 %", "40 %"),
    (0.0045, "percent", False, "0.45 %", "0.45 %"),
    (1024, "int", False, "1,024", "1,024"),
    (45_709, "int", False, "45,709", "45,709"),
    (20_000, "int", False, "20,000", "2万"),
    (2_500_000, "int", False, "2.5 M", "250万"),
    (10_000_000, "int", False, "10 M", "1,000万"),
    (1_234_567, "int", False, "1,234,567", "1,234,567"),
    (442.5, "float", False, "442.5", "442.5"),
    (0.421, "float", False, "0.421", "0.421"),
    (0.0, "float", False, "0", "0"),
    (1e-7, "float", False, "1 × 10⁻⁷", "1 × 10⁻⁷"),
    (2.25e15, "sci", True, "2.25 P", "2.25 P"),
    (9.894e14, "sci", True, "989.4 T", "989.4 T"),
    (None, "sci", False, "", ""),
])
def test_values_are_shown_in_peoples_form(value, style, si, en, ja):
    assert field_text(value, style, lang="en", si=si) == en
    assert field_text(value, style, lang="ja", si=si) == ja


_E_NOTATION = re.compile(r"\d[eE][+-]?\d")


def _values(spec):
    lo, hi = spec.bounds
    if spec.style == "int":
        return st.integers(math.ceil(lo), int(hi))
    floats = st.floats(min_value=lo, max_value=hi, exclude_min=spec.lo_exclusive, allow_nan=False)
    # and the values people type and the editor fills: a few significant digits at any scale
    typed = st.builds(lambda m, e: float(f"{m}e{e}"), st.integers(1, 9999), st.integers(-8, 20)) \
        .filter(lambda v: (v > lo if spec.lo_exclusive else v >= lo) and v <= hi)
    return st.one_of(floats, typed)


def _round_trip(path, lang, data):
    spec = field(path)
    kind = field_kind(spec, "JPY")
    v = data.draw(_values(spec), label="value")
    shown = field_text(v, spec.style, lang=lang, si=kind.si)
    assert not _E_NOTATION.search(shown), shown
    reading = read_input(shown, kind)
    assert reading.value == v and type(reading.value) is type(v), shown
    assert reading.note == ""  # what the field shows is never doubtful


PATHS = [spec.path for spec in number_fields()]


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("path", PATHS)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_what_a_field_shows_reads_back_to_the_same_value(path, lang, data):
    _round_trip(path, lang, data)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("path", PATHS)
@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_what_a_field_shows_reads_back_to_the_same_value_at_length(path, lang, data):
    _round_trip(path, lang, data)
