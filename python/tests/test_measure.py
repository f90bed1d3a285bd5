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
    assert isinstance(c.persen, sakip.Decimal)
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
    assert str(sakip.capaian("103.085", 100, rounding="half_even").persen) == "103.08"
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
    assert sakip.kategori("103.09", skala="lkjip_kajuara_2020") == "Baik Sekali"
    assert sakip.kategori(100, "lkjip_kajuara_2020") == "Baik"
    assert sakip.kategori(sakip.capaian(100, 97), "lkjip_kajuara_2020") == "Baik Sekali"
    assert sakip.daftar_skala() == ["permendagri_86_2017", "lkjip_kajuara_2020"]
    assert "Gap-closing rule" in sakip.skala("permendagri_86_2017").deskripsi
    with pytest.raises(sakip.Error):
        sakip.kategori(1, "tidak_ada")


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
            assert int(out[i]) == c.persen.coefficient
