"""sakip.Decimal and sakip.Rupiah from Python: exact values, the seed's formats, errors."""

from __future__ import annotations

import copy
import decimal
import operator
import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sakip

D = decimal.Decimal


def test_construction_is_exact():
    assert str(sakip.Decimal("1.23")) == "1.23"
    assert str(sakip.Decimal(5)) == "5"
    assert str(sakip.Decimal(D("103.0928"))) == "103.0928"
    assert sakip.Decimal(10**37) == sakip.Decimal("1" + "0" * 37)
    assert sakip.Decimal(sakip.Decimal("2.50")).scale == 2


def test_float_is_refused():
    with pytest.raises(TypeError, match="float"):
        sakip.Decimal(0.1)
    with pytest.raises(TypeError):
        sakip.Decimal("1") + 0.5
    with pytest.raises(TypeError):
        sakip.Rupiah(1000.0)
    with pytest.raises(TypeError, match="float"):
        sakip.Rupiah(1000) * 1.5


def test_nan_and_infinity_are_refused():
    with pytest.raises(ValueError):
        sakip.Decimal(D("NaN"))
    with pytest.raises(ValueError):
        sakip.Decimal(D("-Infinity"))


def test_value_semantics():
    a, b = sakip.Decimal("1.0"), sakip.Decimal("1.00")
    assert a == b and hash(a) == hash(b)
    assert hash(sakip.Decimal(5)) == hash(5) == hash(D(5))
    assert sakip.Decimal("0.1") + sakip.Decimal("0.2") == sakip.Decimal("0.3")
    assert sakip.Decimal("2") * 3 == 6 and 3 * sakip.Decimal("2") == 6
    assert 1 - sakip.Decimal("0.25") == sakip.Decimal("0.75")
    assert sakip.Decimal("-1") < 0 < sakip.Decimal("0.001")
    assert sakip.Decimal("1.5") == D("1.50")
    assert repr(sakip.Decimal("103.09")) == "sakip.Decimal('103.09')"  # never passes for decimal.Decimal
    assert sakip.Decimal("103.09").to_decimal() == D("103.09")
    assert f"{sakip.Decimal('1234.5'):,.2f}" == "1,234.50"


def test_quantize_divide_percent():
    assert str(sakip.Decimal("2.675").quantize(2)) == "2.68"  # half-up, not float's 2.67
    assert str(sakip.Decimal("2.665").quantize(2, "half_even")) == "2.66"
    assert str(sakip.Decimal("-2.5").quantize(0, "floor")) == "-3"
    assert str(sakip.Decimal("-2.5").quantize(0, "ceiling")) == "-2"
    thousands = sakip.Decimal("928037500").quantize(-3)
    assert thousands.scale == -3 and thousands == 928038000
    assert str(thousands) == "9.28038E+8" and format(thousands, "f") == "928038000"  # as decimal.Decimal
    assert str(sakip.divide(100, 97, 2)) == "1.03"
    assert str(sakip.percent(100, 97)) == "103.09"
    assert str(sakip.percent(85563728, 88799000)) == "96.36"  # printed 96,35 in Tabel 3.3.9
    assert str(sakip.percent(85563728, 88799000, 2, "down")) == "96.35"
    with pytest.raises(sakip.DivisionByZero):
        sakip.percent(0, 0)
    with pytest.raises(ZeroDivisionError):
        sakip.divide(1, 0, 2)
    with pytest.raises(sakip.Error):
        sakip.Decimal("1").quantize(2, "bankers")


def test_bool_is_not_a_number():
    # Decimal(True) said 'digit expected in "True"' and Decimal(1) == True raised (issue 12, item 13).
    with pytest.raises(TypeError, match="bool"):
        sakip.Decimal(True)
    assert (sakip.Decimal(1) == True) is False
    assert (sakip.Decimal(0) != False) is True
    for other in (None, "1", object(), 1.0):
        assert (sakip.Decimal(1) == other) is False
        assert (sakip.Decimal(1) != other) is True
    for other in (True, None, "1", object()):
        for op in ("__lt__", "__le__", "__gt__", "__ge__", "__add__", "__sub__", "__mul__"):
            with pytest.raises(TypeError):
                getattr(operator, op)(sakip.Decimal(1), other)
    assert sakip.Decimal(1) == 1 and sakip.Decimal(1) < 2  # int is still a number
    assert (sakip.Rupiah(1) == True) is False
    # Every entry point that converts a number (to_decimal) refuses bool, as it refuses float.
    refused = [
        lambda: sakip.Rupiah(True),
        lambda: sakip.Rupiah.from_sen(True),
        lambda: sakip.Rupiah(1) * True,
        lambda: True * sakip.Rupiah(1),
        lambda: sakip.divide(True, 1, 2),
        lambda: sakip.divide(1, False, 2),
        lambda: sakip.percent(True, 2),
        lambda: sakip.allocate(100, [True, 1]),
        lambda: sakip.terbilang(True),
        lambda: sakip.capaian(True, 100),
    ]
    for call in refused:
        with pytest.raises(TypeError, match="bool"):
            call()
    with pytest.raises(TypeError, match="float"):
        sakip.divide(1.0, 1, 2)


def test_messages_show_control_characters_and_are_not_cut():
    # 'unexpected character in "1' before: the NUL ended the message (issue 12, item 13).
    with pytest.raises(sakip.ParseError) as info:
        sakip.Rupiah.parse("1\x002")
    assert str(info.value) == 'karakter tidak diharapkan / unexpected character in "1\\x002" at offset 1'
    assert info.value.text == "1\x002" and info.value.offset == 1


def test_beyond_the_limits_names_the_text_and_the_limit():
    # Both said only "quantize: result exceeds 38 significant digits" (issue 12, item 13).
    with pytest.raises(sakip.OverflowError, match="more than 36 digits before the decimal mark") as info:
        sakip.Rupiah.parse("9" * 38, origin="B7")
    assert '"' + "9" * 38 + '" (from B7)' in str(info.value) and "38 significant digits" in str(info.value)
    with pytest.raises(sakip.OverflowError, match="at 2 decimals needs 40 significant digits; the limit is 38"):
        sakip.Rupiah("9" * 38)
    with pytest.raises(sakip.OverflowError) as info:
        sakip.terbilang(sakip.Decimal("1e40"))
    assert "1E+40 has 41 digits before the decimal mark; the limit is 38" in str(info.value)


def test_str_reads_back():
    # 43 plain digits, beyond the reader's 38 (issue 12, item 8).
    x = sakip.Decimal("9" * 38 + "E5")
    assert str(x) == "9." + "9" * 37 + "E+42" == str(x.to_decimal())
    assert sakip.Decimal(str(x)) == x and sakip.Decimal(str(x)).scale == -5
    assert str(sakip.Decimal("1E+3")) == "1E+3" and str(sakip.Decimal(1000)) == "1000"
    assert str(sakip.Decimal("0.0000001")) == "1E-7" == str(D("0.0000001"))  # as decimal.Decimal
    # Rupiah always has scale 2: every style stays plain and reads back, up to 36 digits of rupiah.
    for big in (sakip.Rupiah("9" * 36 + ".99"), sakip.Rupiah("-" + "9" * 36)):
        for style in STYLES:
            if style != "no_sen" or big.sen % 100 == 0:  # no_sen refuses to drop sen
                assert sakip.Rupiah.parse(big.format(style)) == big


def test_negative_amounts_put_the_sign_before_rp():
    # PUEBI: -Rp999, never Rp-999.
    for style in ("puebi", "no_sen", "dokumen", "ringkas"):
        assert sakip.Rupiah(-999).format(style).startswith("-Rp")
    assert str(sakip.Rupiah("-1234.5")) == "-Rp1.234,50"
    assert sakip.Rupiah(-125000000).format("ringkas") == "-Rp125.000.000"
    assert sakip.Rupiah("900500.05").format("ringkas") == "Rp900.500,05"


def test_error_hierarchy():
    assert issubclass(sakip.Error, ValueError)
    for cls in (sakip.ParseError, sakip.OverflowError, sakip.DivisionByZero):
        assert issubclass(cls, sakip.Error)
    with pytest.raises(sakip.OverflowError):
        sakip.Decimal("9" * 38) + 1
    with pytest.raises(sakip.OverflowError):
        sakip.Decimal("1" + "0" * 38)


def test_seed_amounts():
    cases = {
        "Rp 13.578.653.418,-": "13578653418.00",
        "Rp. 10.000,-": "10000.00",
        "Rp10.000": "10000.00",
        "88.799.000,00": "88799000.00",
        "13.642.000.-": "13642000.00",
        "106.439.453.000,00": "106439453000.00",
        "Rp900.500,50": "900500.50",
        "Rp855,830,897,000": "855830897000.00",
    }
    for text, canonical in cases.items():
        assert str(sakip.Rupiah.parse(text).value) == canonical, text
    assert str(sakip.Decimal.parse("35,55 %")) == "35.55"
    assert str(sakip.Decimal("1.500")) == "1.500"  # the constructor reads the canonical form
    with pytest.warns(sakip.AmbiguousNumberWarning, match="ambiguous_thousands"):
        assert str(sakip.Decimal.parse("1.500")) == "1500"  # a document's thousands grouping, flagged


def test_english_grouping_is_noted():
    value, notes = sakip.Rupiah.parse_detailed("86,347,000")
    assert value == sakip.Rupiah(86347000)
    assert "english_grouping" in [n["code"] for n in notes]
    _, notes = sakip.Rupiah.parse_detailed("88.799.000,00")
    assert notes == [] or "english_grouping" not in [n["code"] for n in notes]


def test_malformed_amount_names_text_and_place():
    with pytest.raises(sakip.ParseError) as info:
        sakip.Rupiah.parse("27.00.000", origin="Tabel 2.2.1")
    err = info.value
    assert "27.00.000" in str(err) and "Tabel 2.2.1" in str(err)
    assert err.text == "27.00.000" and err.origin == "Tabel 2.2.1"
    assert 0 <= err.offset < len("27.00.000")


def test_rupiah_format_styles_and_terbilang():
    r = sakip.Rupiah("900500.50")
    assert r.format() == "Rp900.500,50"
    assert sakip.Rupiah(125000000).format("no_sen") == "Rp125.000.000"
    assert sakip.Rupiah(125000000).format("dokumen") == "Rp 125.000.000,-"
    assert sakip.Rupiah(125000000).format("canonical") == "125000000.00"
    assert r.terbilang() == "sembilan ratus ribu lima ratus rupiah lima puluh sen"
    assert r.terbilang(capitalize=True).startswith("Sembilan ratus ribu")
    assert sakip.terbilang(11) == "sebelas"
    assert sakip.terbilang(1000) == "seribu"
    assert sakip.terbilang(1_000_000_000) == "satu miliar"
    assert r.sen == 90050050
    assert sakip.Rupiah.from_sen(90050050) == r


def test_rupiah_refuses_sub_sen_and_multiplies_exactly():
    with pytest.raises(sakip.Error):
        sakip.Rupiah(D("0.001"))
    product = sakip.Rupiah(100) * sakip.Decimal("0.333")
    assert isinstance(product, sakip.Decimal) and product == sakip.Decimal("33.3")
    assert sakip.Rupiah(100) * 3 == sakip.Rupiah(300)


def test_allocate_and_split():
    parts = sakip.allocate(sakip.Rupiah(100), [1, 1, 1])
    assert [p.sen for p in parts] == [3334, 3333, 3333]
    assert sum((p for p in parts), sakip.Rupiah(0)) == sakip.Rupiah(100)
    assert [p.sen for p in sakip.split(sakip.Rupiah("0.05"), 3)] == [2, 2, 1]


def test_pickle_and_copy_keep_value_and_scale():
    for value in (sakip.Decimal("1.2300"), sakip.Rupiah("10.50")):
        for clone in (pickle.loads(pickle.dumps(value, 2)), copy.deepcopy(value)):
            assert clone == value and repr(clone) == repr(value)


def test_sum_sen_is_exact_beyond_int64():
    sen = np.array([2**62, 2**62, 2**62, -5], dtype=np.int64)
    assert sakip.sum_sen(sen) == 3 * 2**62 - 5  # numpy's int64 sum wraps here
    big = np.full(1000, 9_000_000_000_000_000_000, dtype=np.int64)
    assert sakip.sum_sen(big) == 1000 * 9_000_000_000_000_000_000
    assert sakip.sum_sen(np.arange(1001, dtype=np.int64)) == 500500
    with pytest.raises(TypeError):
        sakip.sum_sen(np.array([1.5]))


def test_parse_amounts_names_the_bad_item():
    out = sakip.parse_amounts(["Rp 1.000,-", "88.799.000,00", "0,50"])
    assert out.dtype == np.int64 and out.tolist() == [100000, 8879900000, 50]
    with pytest.raises(sakip.ParseError, match="item 1"):
        sakip.parse_amounts(["1.000", "27.00.000", "5"])
    with pytest.raises(TypeError, match=r"parse_amounts memerlukan list str \(butir 1\) / parse_amounts needs"):
        sakip.parse_amounts(["1.000", 5])


def test_a_parse_error_gives_its_reason_in_indonesian_and_english():
    with pytest.raises(sakip.ParseError) as info:
        sakip.Rupiah.parse("27.00.000", origin="Tabel 2.2.1")
    e = info.value
    assert e.reason == "pengelompokan digit tidak sah"
    assert e.reason_en == "invalid digit grouping"
    assert str(e) == (
        'pengelompokan digit tidak sah / invalid digit grouping in "27.00.000" at offset 5 (from Tabel 2.2.1)'
    )
    assert (e.text, e.offset, e.origin) == ("27.00.000", 5, "Tabel 2.2.1")
    with pytest.raises(TypeError, match=r"^bool bukan bilangan \(True/False ditolak\).* / bool is not a number"):
        sakip.Decimal(True)


# --- properties -----------------------------------------------------------------------

decimals = st.decimals(allow_nan=False, allow_infinity=False, places=None).filter(
    lambda d: len(d.as_tuple().digits) <= 18 and -12 <= d.as_tuple().exponent <= 6
)
amounts_sen = st.integers(min_value=-(10**17), max_value=10**17)
STYLES = ["puebi", "no_sen", "dokumen", "canonical", "ringkas"]
ROUNDINGS = {
    "half_up": decimal.ROUND_HALF_UP,
    "half_even": decimal.ROUND_HALF_EVEN,
    "half_down": decimal.ROUND_HALF_DOWN,
    "down": decimal.ROUND_DOWN,
    "up": decimal.ROUND_UP,
    "ceiling": decimal.ROUND_CEILING,
    "floor": decimal.ROUND_FLOOR,
}
EXACT = decimal.Context(prec=100, traps=[decimal.Inexact, decimal.Overflow])
WIDE = decimal.Context(prec=100)  # quantize rounds on purpose: no Inexact trap


@given(decimals, decimals)
def test_arithmetic_agrees_with_python_decimal(a, b):
    x, y = sakip.Decimal(a), sakip.Decimal(b)
    assert (x + y).to_decimal() == EXACT.add(a, b)
    assert (x - y).to_decimal() == EXACT.subtract(a, b)
    assert (x * y).to_decimal() == EXACT.multiply(a, b)


@given(decimals, st.integers(min_value=-6, max_value=8), st.sampled_from(sorted(ROUNDINGS)))
def test_quantize_agrees_with_python_decimal(a, places, rounding):
    expected = a.quantize(D(1).scaleb(-places), rounding=ROUNDINGS[rounding], context=WIDE)
    got = sakip.Decimal(a).quantize(places, rounding)
    assert got.to_decimal() == expected and got.scale == places


@given(amounts_sen, st.sampled_from(STYLES))
def test_parse_format_round_trip(sen, style):
    r = sakip.Rupiah.from_sen(sen)
    if style == "no_sen" and sen % 100:
        with pytest.raises(sakip.Error):
            r.format(style)
        return
    assert sakip.Rupiah.parse(r.format(style)) == r


coefficients = st.integers(min_value=-(10**38 - 1), max_value=10**38 - 1)
scales = st.one_of(st.integers(min_value=-40, max_value=40), st.integers(min_value=-1000, max_value=1000))


@settings(max_examples=2000)
@given(coefficients, scales)
def test_str_then_parse_is_the_identity(coefficient, scale):
    # value and exponent, in decimal.Decimal's own form (to-scientific-string)
    py = D((0 if coefficient >= 0 else 1, tuple(int(c) for c in str(abs(coefficient))), -scale))
    x = sakip.Decimal(py)
    text = str(x)
    back = sakip.Decimal(text)
    assert back == x and back.scale == x.scale == scale and back.coefficient == coefficient
    assert text == str(py) and repr(x) == f"sakip.Decimal('{text}')"


@settings(max_examples=200)
@given(amounts_sen, st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=20))
def test_allocate_conserves_the_total(sen, weights):
    if sum(weights) == 0:
        weights[0] = 1
    total = sakip.Rupiah.from_sen(sen)
    parts = sakip.allocate(total, weights)
    assert len(parts) == len(weights)
    assert sum(p.sen for p in parts) == sen
    for p, w in zip(parts, weights):
        if w == 0:
            assert p.sen == 0


@given(st.lists(st.integers(min_value=-(2**63), max_value=2**63 - 1), max_size=600))
def test_sum_sen_equals_python_sum(values):
    assert sakip.sum_sen(np.array(values, dtype=np.int64)) == sum(values)
