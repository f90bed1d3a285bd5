"""sakip measures: capaian, scales, averages, efficiency, trends, AKIP and the batch kernel."""

from __future__ import annotations

import decimal
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sakip


def test_capaian_seed_values():
    c = sakip.capaian(100, 97)
    assert str(c.persen) == "103.09"
    assert type(c.persen) is decimal.Decimal  # results are decimal.Decimal, never sakip.Decimal
    assert c.fraction == Fraction(10000, 97)
    assert c.status == "ok"
    assert isinstance(c, sakip.Capaian)
    t = c.trace
    assert t["formula"] == "R / T × 100"
    assert t["variant"] == "positif"
    assert t["inputs"] == {"R": sakip.Decimal(100), "T": sakip.Decimal(97)}
    assert t["places"] == 2 and t["rounding"] == "half_up"
    assert str(sakip.capaian(100, 94).persen) == "106.38"
    # from the printed 35,55 % → 41,82; from the raw inputs 32/90 → 41,83 as the seed prints
    assert str(sakip.capaian("35.55", 85).persen) == "41.82"
    r = sakip.rasio(32, 90)
    assert str(r.persen) == "35.56"
    assert str(sakip.capaian(r, 85).persen) == "41.83"
    assert str(sakip.capaian(Fraction(320, 9), 85).persen) == "41.83"


def test_capaian_inputs_are_exact():
    assert str(sakip.capaian(decimal.Decimal("103.085"), 100).persen) == "103.09"
    with pytest.warns(sakip.AmbiguousNumberWarning, match="ambiguous_separator"):  # three decimals
        assert str(sakip.capaian("103,085", 100, rounding="half_even").persen) == "103.08"
    # A str is read as documents print it: "103.085" is a lone group, 103085 (with a warning).
    with pytest.warns(sakip.AmbiguousNumberWarning):
        assert str(sakip.capaian("103.085", 100).persen) == "103085.00"
    assert str(sakip.capaian(100, 97, places=4).persen) == "103.0928"
    with pytest.raises(TypeError):
        sakip.capaian(1.0, 97)


def test_polaritas():
    assert str(sakip.capaian("6.5", 7, "negatif").persen) == "107.14"
    assert str(sakip.capaian(7, 7, "negatif").persen) == "100.00"
    assert str(sakip.capaian("6.5", 7, "negatif", negatif="rasio_terbalik").persen) == "107.69"
    assert str(sakip.capaian(70, (80, 90), "rentang").persen) == "87.50"
    assert str(sakip.capaian(85, [80, 90], "rentang").persen) == "100.00"
    assert str(sakip.capaian(110, 100, "stabil").persen) == "90.00"
    with pytest.raises(ValueError):
        sakip.capaian(70, (80, 90))
    with pytest.raises(sakip.Error):
        sakip.capaian(70, 80, "rentang")
    with pytest.raises(sakip.Error):
        sakip.capaian(70, 80, "naik")


def test_policies():
    c = sakip.capaian(0, 0)
    assert c.status == "undefined" and c.persen is None and c.fraction is None
    assert "0/0" in c.trace["reason"]
    c = sakip.capaian(0, 0, zero_over_zero="seratus")
    assert c.status == "legacy_zero_over_zero" and str(c.persen) == "100.00"
    assert any("seratus" in p for p in c.trace["policy"])
    assert sakip.capaian(100, 97, zero_over_zero="seratus").status == "ok"
    assert sakip.capaian(5, 0).status == "undefined"
    assert sakip.capaian(None, 97).status == "missing"
    assert sakip.capaian(-1, 97).status == "undefined"
    with pytest.raises(sakip.Error):
        sakip.capaian(-1, 97, negative="error")
    assert str(sakip.capaian(-5, 100, negative="hitung").persen) == "-5.00"
    c = sakip.capaian(130, 100, cap=120)
    assert c.status == "capped" and str(c.persen) == "120.00"
    assert sakip.capaian(110, 100, cap=120).status == "ok"


def test_realisasi_and_ekspresi():
    assert str(sakip.realisasi_triwulan([10, None, 30, 25], "kumulatif").persen) == "65.00"
    assert str(sakip.realisasi_triwulan([10, None, 30, 25], "terakhir").persen) == "25.00"
    assert str(sakip.perubahan_persen(4, 8).persen) == "-50.00"
    assert str(sakip.penurunan_persen(4, 8).persen) == "50.00"
    h = sakip.ekspresi("(p[n-1] - p) / p × 100", {"p": 4}, {"p": 8})
    assert str(h.persen) == "100.00"
    assert h.fraction == 100
    assert sakip.ekspresi("a / b", {"a": 1, "b": 0}).status == "undefined"
    assert sakip.ekspresi("a / b", {"a": 1}).status == "missing"
    assert sakip.ekspresi("1/3 + 1/6", {}).fraction == Fraction(1, 2)
    assert sakip.ekspresi_names("a + b[n-1] * a") == ["a", "b[n-1]"]
    with pytest.raises(sakip.ParseError) as e:
        sakip.ekspresi("1 + * 2", {})
    assert e.value.offset == 4


def test_kategori():
    assert sakip.kategori(91) == "Sangat Tinggi"
    assert sakip.kategori("90.5") == "Sangat Tinggi"
    assert sakip.kategori(90) == "Tinggi"
    assert sakip.kategori("75.5") == "Tinggi"
    assert sakip.kategori(50) == "Sangat Rendah"
    # The seed's own scale is data now (examples/data/kajuara-2020.json, laporan.skala), not a shipped name.
    kajuara = sakip.skala_tercetak(
        "tabel_3_1_1",
        [
            ("> 100 %", "Baik Sekali"),
            ("76 % ≤ 100 %", "Baik"),
            ("66 % ≤ 75 %", "Cukup"),
            ("51 % ≤ 65 %", "Kurang"),
            ("≤ 50%", "Sangat Kurang"),
        ],
    )
    assert sakip.kategori("103.09", skala=kajuara) == "Baik Sekali"
    assert sakip.kategori(100, kajuara) == "Baik"
    assert sakip.kategori(sakip.capaian(100, 97), kajuara) == "Baik Sekali"
    assert sakip.daftar_skala() == ["permendagri_86_2017"]
    assert "batas_atas" in sakip.skala("permendagri_86_2017").deskripsi
    with pytest.raises(sakip.Error, match="the shipped scales: permendagri_86_2017"):
        sakip.kategori(1, "tidak_ada")
    with pytest.raises(TypeError, match="a shipped scale's name"):
        sakip.kategori(1, 3)


def test_user_scale():
    s = sakip.Skala(
        "polman",
        [
            {"label": "Kurang", "bawah": None, "atas": 50, "atas_inklusif": False},
            {"label": "Cukup", "bawah": 50, "atas": 100, "atas_inklusif": False},
            {"label": "Tercapai", "bawah": 100, "atas": 100},
            {"label": "Melampaui", "bawah": 100, "bawah_inklusif": False, "atas": None},
        ],
    )
    assert sakip.kategori(100, s) == "Tercapai"
    assert s.kategori("49.99") == "Kurang"
    assert [p.label for p in s.pita] == ["Kurang", "Cukup", "Tercapai", "Melampaui"]
    with pytest.raises(sakip.Error, match="gap"):
        sakip.Skala("g", [{"label": "a", "bawah": 0, "atas": 50}, {"label": "b", "bawah": 51, "atas": 100}])
    with pytest.raises(sakip.Error, match="overlap"):
        sakip.Skala("o", [{"label": "a", "bawah": 0, "atas": 50}, {"label": "b", "bawah": 50, "atas": 100}])
    b = sakip.Skala("b", [{"label": "a", "bawah": 0, "atas": 100}])
    assert sakip.kategori(101, b) is None


def test_rata_rata():
    assert str(sakip.rata_rata(["103.09", "106.38", "41.83"]).persen) == "83.77"
    caps = [sakip.capaian(100, 97), sakip.capaian(100, 94), sakip.capaian(sakip.rasio(32, 90), 85)]
    assert str(sakip.rata_rata(caps).persen) == "83.77"
    r = sakip.rata_rata([100, None, sakip.capaian(0, 0), 90])
    assert str(r.persen) == "95.00"
    assert r.trace["excluded"] == 2 and r.trace["included"] == 2
    # PMK 22/2021 worked example, nested geometric means stay exact
    a = sakip.rata_rata([100, 90], "geometrik")
    b = sakip.rata_rata([Fraction(200, 3), Fraction(400, 6), 100], "geometrik")
    assert (str(a.persen), str(b.persen)) == ("94.87", "76.31")
    assert a.fraction is None and a.akar == (Fraction(9000), 2)
    p = sakip.rata_rata([a, b], "geometrik")
    assert str(p.persen) == "85.09"
    assert str(sakip.rata_rata([p, 100], "geometrik").persen) == "92.24"
    assert sakip.rata_rata([4, 9], "geometrik").fraction == 6
    assert sakip.rata_rata([None]).status == "undefined"
    with pytest.raises(sakip.Error):
        sakip.rata_rata([1], "median")


def test_efisiensi_and_trends():
    assert str(sakip.serapan(sakip.Rupiah(85563728), sakip.Rupiah(88799000)).persen) == "96.36"
    assert str(sakip.serapan(85563728, 88799000).persen) == "96.36"
    assert sakip.serapan(1, 0).status == "undefined"
    assert str(sakip.pangsa(1, 3).persen) == "33.33"
    assert str(sakip.efisiensi("83.77", "99.50").persen) == "-15.73"
    assert str(sakip.efisiensi("83.77", "99.50", metode="rasio").persen) == "84.19"
    e = sakip.efisiensi_pmk214([(1000000, 100, 900000), (500000, 80, 400000)])
    assert str(e.persen) == "7.14" and e.fraction == Fraction(50, 7)
    assert str(sakip.nilai_efisiensi_pmk214(e).persen) == "67.86"
    assert sakip.nilai_efisiensi_pmk214(30).status == "capped"
    assert str(sakip.selisih_tahunan("41.83", 35).persen) == "6.83"
    assert str(sakip.kesenjangan_target_akhir("35.55", 85).persen) == "49.45"
    assert str(sakip.laju_linear("35.55", 85, 3).persen) == "16.48"
    assert str(sakip.laju_majemuk(100, 121, 2).persen) == "10.00"
    assert str(sakip.laju_majemuk(100, 200, 3).persen) == "25.99"


def test_akip():
    assert sakip.predikat_akip(80) == "BB"
    assert sakip.predikat_akip("80.01") == "A"
    assert sakip.predikat_akip(90) == "A"
    assert sakip.predikat_akip("90.01") == "AA"
    assert sakip.predikat_akip(30) == "D"
    assert sakip.predikat_akip("30.01") == "C"
    assert sakip.sebutan_akip(100) == "Sangat Memuaskan"
    with pytest.raises(sakip.Error):
        sakip.predikat_akip(101)
    assert [k["bobot"] for k in sakip.komponen_akip()] == [30, 30, 15, 25]
    answers = {
        k["kode"]: {"pemenuhan": ["Y", "Y", "T", "Y"], "kualitas": ["A", "B", "C"], "pemanfaatan": ["B"]}
        for k in sakip.komponen_akip()
    }
    h = sakip.nilai_akip(answers)
    assert str(h["nilai"].persen) == "75.00" and h["predikat"] == "BB"
    assert str(h["komponen"]["pelaporan"].persen) == "11.25"


def test_capaian_batch_basic():
    r = np.array([10000, 10000, 3555, 0, 500], dtype=np.int64)
    t = np.array([9700, 9400, 8500, 0, 0], dtype=np.int64)
    out, defined = sakip.capaian_batch(r, t)
    assert out.dtype == np.int64 and defined.dtype == np.bool_
    assert out.tolist()[:3] == [10309, 10638, 4182]
    assert defined.tolist() == [True, True, True, False, False]
    with pytest.raises(TypeError):
        sakip.capaian_batch(r.astype(np.float64), t)
    with pytest.raises(TypeError):
        sakip.capaian_batch(r.astype(np.int32), t)
    with pytest.raises(TypeError):
        sakip.capaian_batch([1, 2], [3, 4])
    with pytest.raises(ValueError):
        sakip.capaian_batch(r, t[:2])
    with pytest.raises(sakip.Error):
        sakip.capaian_batch(r, t, polaritas="rentang")


values = st.integers(min_value=-(10**15), max_value=10**15) | st.integers(min_value=-5, max_value=20000)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(values, values), min_size=1, max_size=40),
    st.sampled_from(["positif", "negatif", "stabil"]),
    st.sampled_from(["pengurangan", "rasio_terbalik"]),
    st.integers(min_value=0, max_value=6),
)
def test_capaian_batch_equals_scalar(pairs, polaritas, negatif, scale):
    r = np.array([p[0] for p in pairs], dtype=np.int64)
    t = np.array([p[1] for p in pairs], dtype=np.int64)
    out, defined = sakip.capaian_batch(r, t, scale=scale, polaritas=polaritas, negatif=negatif)
    for i, (ri, ti) in enumerate(pairs):
        c = sakip.capaian(
            decimal.Decimal(ri).scaleb(-scale), decimal.Decimal(ti).scaleb(-scale), polaritas, negatif=negatif
        )
        assert bool(defined[i]) == (c.persen is not None)
        if c.persen is not None:
            assert int(out[i]) == int(c.persen.scaleb(c.persen.as_tuple().exponent * -1))


# --- issue 12: bounded roots, interruptible loops, refused input -------------------------------------


def _exact_root_percent(ratio: Fraction, n: int, places: int, rounding: str, scale=100, offset=-100):
    """scale·ratio^(1/n) + offset rounded with Python's decimal at 120 digits (None near a tie)."""
    ctx = decimal.Context(prec=120)
    root = (
        ctx.power(
            ctx.divide(decimal.Decimal(ratio.numerator), decimal.Decimal(ratio.denominator)),
            ctx.divide(decimal.Decimal(1), decimal.Decimal(n)),
        )
        if ratio
        else decimal.Decimal(0)
    )
    v = ctx.add(ctx.multiply(root, decimal.Decimal(scale)), decimal.Decimal(offset))
    q = decimal.Decimal(1).scaleb(-places)
    frac = (v / q) % 1
    if abs(abs(frac) - decimal.Decimal("0.5")) < decimal.Decimal("1e-100") or abs(frac) < decimal.Decimal("1e-100"):
        return None  # a tie or an exact value: decided by sakip's exact comparison, not by 120 digits
    mode = {
        "half_up": decimal.ROUND_HALF_UP,
        "half_even": decimal.ROUND_HALF_EVEN,
        "half_down": decimal.ROUND_HALF_DOWN,
        "up": decimal.ROUND_UP,
        "down": decimal.ROUND_DOWN,
        "floor": decimal.ROUND_FLOOR,
        "ceiling": decimal.ROUND_CEILING,
    }[rounding]
    return v.quantize(q, rounding=mode, context=ctx)


def test_roots_agree_with_decimal_at_120_digits():
    import random

    rng = random.Random(12)
    checked = 0
    for _ in range(300):
        places = rng.choice([0, 1, 2, 2, 4, 9])
        rounding = rng.choice(list(sakip.ROUNDING_MODES))
        if rng.random() < 0.5:
            r, ta, years = rng.randint(1, 10**6), rng.randint(0, 10**7), rng.randint(1, 100)
            got = sakip.laju_majemuk(Fraction(r, 100), Fraction(ta, 100), years, places, rounding).persen
            want = _exact_root_percent(Fraction(ta, r), years, places, rounding)
        else:
            vals = [Fraction(rng.randint(1, 20000), 100) for _ in range(rng.randint(1, 200))]
            got = sakip.rata_rata(vals, "geometrik", places, rounding).persen
            prod = Fraction(1)
            for v in vals:
                prod *= v
            want = _exact_root_percent(prod, len(vals), places, rounding, scale=1, offset=0)
        if want is not None:
            assert decimal.Decimal(str(got)) == want, (got, want)
            checked += 1
    assert checked > 250


def test_laju_majemuk_years_are_bounded_before_any_work():
    import time

    assert str(sakip.laju_majemuk(50, 100, 100).persen) == "0.70"
    start = time.perf_counter()
    with pytest.raises(sakip.Error, match="sisa_tahun 1000000 above the limit of 100 years"):
        sakip.laju_majemuk(50, 100, 10**6)
    assert time.perf_counter() - start < 0.5  # refused from the number alone (it used to run for minutes)


def test_geometric_mean_of_4096_members_and_the_limit():
    vals = ["97.31"] * 4095 + ["97.32"]
    assert str(sakip.rata_rata(vals, "geometrik", 6).persen) == "97.310002"  # 25 s before the new root
    with pytest.raises(sakip.Error, match="4097 members, root degree above the limit 4096"):
        sakip.rata_rata([*vals, "1"], "geometrik")


def test_a_long_root_stops_on_a_raising_signal_handler():
    import signal
    import time

    class Stop(Exception):
        pass

    def handler(signum, frame):
        raise Stop

    # 4096 members of 38 digits, the largest mean whose result fits 38 digits: a product of half a
    # million bits, whose roots take a few tenths of a second in steps that each ask the hook (it took
    # minutes before); an alarm inside them must come out of the C++ call at once.
    vals = [10**37 + 7 * i + 1 for i in range(4096)]
    old = signal.signal(signal.SIGALRM, handler)
    try:
        start = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, 0.02)
        with pytest.raises(Stop):
            sakip.rata_rata(vals, "geometrik", 0)
        assert time.perf_counter() - start < 2.0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def test_places_out_of_range_are_refused_at_once():
    with pytest.raises(sakip.OverflowError, match="outside −1000..1000"):
        sakip.capaian(1, 3, places=10**8)
    with pytest.raises(sakip.OverflowError):
        sakip.rata_rata([2, 3], "geometrik", places=10**8)


def test_nilai_akip_refuses_float_like_everywhere_else():
    answers = {k["kode"]: {s: ["Y"] for s in ("pemenuhan", "kualitas", "pemanfaatan")} for k in sakip.komponen_akip()}
    answers["perencanaan"]["kualitas"] = [0.1 + 0.2]
    with pytest.raises(TypeError, match="float is binary floating point"):
        sakip.nilai_akip(answers)
    answers["perencanaan"]["kualitas"] = [decimal.Decimal("0.3"), 1, "0.5"]
    h = sakip.nilai_akip(answers)
    assert h["komponen"]["perencanaan"].trace["inputs"]["kualitas"] == sakip.Decimal("0.6")
    with pytest.raises(TypeError):
        sakip.nilai_akip({"perencanaan": ["Y"]})
    with pytest.raises(TypeError):
        sakip.nilai_akip({"perencanaan": {"kualitas": "Y"}})


def test_capaian_cap_below_100_is_an_error():
    with pytest.raises(sakip.Error, match="cap -5 below 100"):
        sakip.capaian(130, 100, cap=-5)
    with pytest.raises(sakip.Error, match="below 100"):
        sakip.capaian(50, (60, 80), "rentang", cap=0)
    assert str(sakip.capaian(130, 100, cap=100).persen) == "100.00"


def test_realisasi_triwulan_has_one_to_four_quarters():
    with pytest.raises(sakip.Error, match="5 quarters; a year has 1 to 4"):
        sakip.realisasi_triwulan([1, 2, 3, 4, 5])
    with pytest.raises(sakip.Error, match="0 quarters"):
        sakip.realisasi_triwulan([])
    with pytest.raises(TypeError):
        sakip.realisasi_triwulan("1234")  # a str is not four values
    assert str(sakip.realisasi_triwulan([None, 5]).persen) == "5.00"


def test_measure_sequences_refuse_strings():
    with pytest.raises(TypeError):
        sakip.rata_rata("123")
    with pytest.raises(ValueError):
        sakip.efisiensi_pmk214(["abc"])
    with pytest.raises(TypeError):
        sakip.Skala("x", [["label", 1]])


def test_masked_entries_are_unknown_not_skipped():
    sen = np.ma.masked_array(np.array([1, 2, 3], dtype=np.int64), mask=[False, True, False])
    with pytest.raises(ValueError, match="entry 1 is masked"):
        sakip.sum_sen(sen)
    assert sakip.sum_sen(np.ma.masked_array(np.array([1, 2, 3], dtype=np.int64))) == 6  # nothing masked
    with pytest.raises(ValueError, match="capaian_batch: realisasi: .*entry 1 is masked"):
        sakip.capaian_batch(sen, np.array([10, 10, 10], dtype=np.int64))
    with pytest.raises(ValueError, match="rollup: pagu_sen: .*entry 1 is masked"):
        sakip.rollup(["1.01.01"] * 3, sen)
