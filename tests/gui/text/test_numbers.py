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
    (1e16, "sci", False, "1 × 10¹⁶", "1 × 10¹⁶"),  # no Q, no 京: as the cards show it (issue 13)
    (1.5e15, "sci", False, "1.5 × 10¹⁵", "1,500兆"),
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


# -- numbers for people: results (issue 13) -------------------------------------------------------------------
# One set of conventions (engine.fmt, gui.text.numbers) for cards, plots, tables and findings: counts to 3
# significant digits in the short scale of the language (k/M/B/T, 万/億/兆), powers of ten only beyond it,
# units scaled to keep numbers short, never e-notation.

from engine import fmt  # noqa: E402 — the section's own imports
from engine.scenario import default_scenario, from_dict, to_dict  # noqa: E402
from gui.text.numbers import energy, money, number, power, ratio, short, tick_texts, tonnes  # noqa: E402


@pytest.mark.parametrize(("reported", "got", "en", "ja"), [
    # the energy card and the cost plot: f"{p.energy_mwh:,.0f} MWh" (3.5 M B200 for ten years)
    ("367,920,000 MWh", lambda lang: energy(367_920_000, lang), "368 TWh", "368 TWh"),
    # the average power card: f"{p.average_power_mw:,.2f} MW"
    ("4,200.00 MW", lambda lang: power(4200, lang), "4.2 GW", "4.2 GW"),
    ("0.86 MW", lambda lang: power(0.86, lang), "860 kW", "860 kW"),
    # the tokens card: engine.fmt.short's " Q"
    ("1.35 Q", lambda lang: short(1.35e15, lang=lang), "1.35 × 10¹⁵", "1,350兆"),
    # the cost plot's energy axis: pyqtgraph's "%g"
    ("1.4e+09", lambda lang: tick_texts([0, 5e8, 1e9, 1.4e9], 1e8, lang)[3], "1.4 B", "14億"),
    # a Japanese finding template "{ratio:.2g}倍"
    ("1.3e+02倍", lambda lang: fmt.Formatter(money_fn=fmt.MoneyIn(lang)).format("{r:.2g}×", r=130), "130×", "130×"),
    # the accelerator-hours card in Japanese: short()'s " k"
    ("737 k 台・時間", lambda lang: short(737_280, lang=lang), "737 k", "73.7万"),
    # the tokens card's detail: f"{p.tokens_per_param:.1f}" for a very large model
    ("0.0 トークン／パラメータ", lambda lang: ratio(0.0123, lang), "0.0123", "0.0123"),
    # the fit dialog's interval: f"{lo:.4g} – {hi:.4g}"
    ("1964 – 2.621e+05", lambda lang: f"{number(1964)} – {number(2.621e5)}", "1,964 – 262,100", "1,964 – 262,100"),
    # the cost card in Japanese (screenshot, 100,000 B200 for 120 days): f"¥{a / 1e8:.3g}億"
    ("¥1.27e+03億", lambda lang: money(1.27e11, "JPY", lang), "¥127B", "¥1,270億"),
    # the CO₂ card: f"{p.co2_t:,.0f} t"
    ("154,894,320 t", lambda lang: tonnes(154_894_320, lang), "155 Mt", "1.55億 t"),
])
def test_reported_numbers_read_as_people_read_them(reported, got, en, ja):
    assert got("en") == en
    assert got("ja") == ja


def test_a_japanese_reader_gets_oku_and_cho_where_a_template_says_short():
    """{x:short} in a finding reads 933億 for a Japanese reader (the money function carries the language),
    93.3 B for an English one and in the engine's own (English) message."""
    template = "{n:short} / {c:money} / {e:,.0f} MWh / {d:.3g} days / {v:g}"
    values = dict(n=9.33e10, c=3.42e8, e=367_920_000, d=3650, v=1e8)
    assert fmt.Formatter("JPY").format(template, **values) == "93.3 B / ¥342M / 368 M MWh / 3,650 days / 100 M"
    assert fmt.Formatter("JPY", fmt.MoneyIn("ja")).format(template, **values) == \
        "933億 / ¥3.42億 / 3.68億 MWh / 3,650 days / 1億"
    assert fmt.Formatter("JPY").format("{e:mwh} {p:mw} {t:tonnes}", e=619, p=0.86, t=145_498) == "619 MWh 860 kW 145 kt"


def test_the_japanese_finding_is_rendered_with_japanese_numbers():
    from engine.findings import make
    from gui.text.findings import localized

    f = make("allocation.off_optimal", "{optimal:short} parameters, {ratio:.2g}×", optimal=9.33e10, ratio=130.0)
    assert localized(f, "ja")[0] == "933億 parameters, 130×"
    assert localized(f, "en")[0] == f.message == "93.3 B parameters, 130×"


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALE_EN = re.compile(r"\d ?[kMBTQ]\b")
_SCALE_JA = re.compile(r"[万億兆京]")


def _significant(text):
    """The most significant digits of any number in a text (the mantissa before × 10ⁿ; 1,350兆 has 3)."""
    most = 0
    for m in _NUMBER.finditer(text.split(" × 10")[0]):
        digits = m.group(0).replace(",", "")
        whole = "." not in digits
        digits = digits.replace(".", "").lstrip("0")
        most = max(most, len(digits.rstrip("0") if whole else digits))
    return most


def _for_people(text, lang):
    assert not _E_NOTATION.search(text) and "e+" not in text and "e-" not in text, text
    assert _significant(text) <= 4, text
    if lang == "ja":
        assert not _SCALE_EN.search(text), text
    else:
        assert not _SCALE_JA.search(text), text


magnitudes = st.builds(lambda m, e: m * 10.0**e, st.floats(1.0, 9.999), st.integers(-3, 30))


@settings(max_examples=300, deadline=None)
@given(x=magnitudes, lang=st.sampled_from(["en", "ja"]), negative=st.booleans())
def test_every_result_reads_as_people_read_it(x, lang, negative):
    x = -x if negative else x
    for text in (short(x, lang=lang), money(x, "JPY", lang), money(x, "USD", lang)):
        _for_people(text, lang)
    for text, unit in ((energy(x, lang), "Wh"), (power(x, lang), "W"), (tonnes(x, lang), "t")):
        _for_people(text, lang)
        assert text.endswith(unit) or text.endswith("kg"), text  # units always
    beyond = 1e15 if lang == "en" else 1e16
    assert ("× 10" in short(x, lang=lang)) == (abs(float(f"{x:.2e}")) >= beyond or abs(x) < 1e-3)


@settings(max_examples=200, deadline=None)
@given(x=magnitudes, lang=st.sampled_from(["en", "ja"]),
       spec=st.sampled_from([".2g", ".3g", ".4g", "g", ",.0f", ",.1f", ".2f", "short", "money", "mwh"]))
def test_a_template_never_shows_e_notation(x, lang, spec):
    text = fmt.Formatter("JPY", fmt.MoneyIn(lang)).format("{x:" + spec + "}", x=x)
    assert not _E_NOTATION.search(text), text
    if (spec in ("short", "money", "mwh", ".2g", ".3g") and x >= 1e4) or (spec == ",.0f" and x >= 1e6):
        _for_people(text, lang)  # 64,601× stays as the template wrote it; 367,920,000 reads 368 M / 3.68億


@settings(max_examples=200, deadline=None)
@given(top=magnitudes, n=st.integers(2, 8), lang=st.sampled_from(["en", "ja"]),
       currency=st.sampled_from([None, "JPY", "USD"]))
def test_axis_ticks_never_show_e_notation(top, n, lang, currency):
    spacing = float(f"{top / n:.0e}")
    values = [i * spacing for i in range(n + 1)]
    texts = tick_texts(values, spacing, lang, currency)
    assert len(set(texts)) == len(texts), texts  # ticks that differ read differently
    for text in texts:
        assert not _E_NOTATION.search(text), texts
        if lang == "ja":
            assert not _SCALE_EN.search(text), texts


def test_pyqtgraph_axes_use_the_same_tick_texts():
    from gui.plots.base import Axis, LogAxis, MoneyAxis

    i18n.install("ja", None)
    try:
        assert Axis("left").tickStrings([0, 5e8, 1e9], 1.0, 5e8) == ["0", "5億", "10億"]
        money_axis = MoneyAxis("right")
        assert money_axis.tickStrings([0, 5e7, 1e8], 1.0, 5e7) == ["0", "¥5,000万", "¥1億"]
    finally:
        i18n.install("en", None)
    assert Axis("left").tickStrings([0, 5e8, 1e9], 1.0, 5e8) == ["0", "500 M", "1 B"]
    assert Axis("left").tickStrings([0, 500, 1000, 1500], 1.0, 500) == ["0", "500", "1,000", "1,500"]
    assert LogAxis("bottom").tickStrings([3.0, 9.0], 1.0, 1.0) == ["1,000", "10⁹"]


def _scenario(count, days, accelerator="h100-sxm", **model):
    d = to_dict(default_scenario())
    d["cluster"].update(accelerator=accelerator, count=count)
    d["schedule"]["days"] = days
    d["model"].update(model)
    return from_dict(d)


SCENARIOS = {
    "default": _scenario(1024, 30),
    "100,000 B200 for 120 days": _scenario(100_000, 120, "b200"),
    "3.5 M B200 for ten years": _scenario(3_500_000, 3650, "b200"),
    "a 1 T model on 8 H100 for a day": _scenario(8, 1, objective="fixed_params", n_params=1e12),
}


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_the_summary_cards_read_as_people_read_them(name, lang):
    import engine
    from gui.app.summary import SummaryPanel

    plan = engine.plan(SCENARIOS[name])
    i18n.install(lang, None)
    try:
        panel = SummaryPanel()
        panel.update_plan(plan)
    finally:
        i18n.install("en", None)
    values = {key: card.value.text() for key, card in panel.cards.items()}
    for key, text in values.items():
        _for_people(text, lang)
        detail = panel.cards[key].detail.text()
        if key != "days":  # the accelerators' count is exact: 3,500,000 × B200
            _for_people(detail, lang)
    assert values["energy"].endswith("Wh") and values["power"].endswith("W") and values["co2"].endswith(("t", "kg"))
    assert values["cost"].startswith("¥") and values["compute"].endswith("FLOP")
    assert "0.0 " not in panel.cards["tokens"].detail.text() + panel.cards["tokens"].toolTip()
