"""``df.sakip``: exact column figures, and one missing-value convention per dtype (issue 16 item 1).
Figures: the Kajuara 2020 dataset (docs/kajuara-2020-review.md) and hand-checked arithmetic."""

from __future__ import annotations

import decimal

import pytest

import sakip

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

D = decimal.Decimal


@pytest.fixture(scope="module")
def ev():
    return sakip.load(sakip.frames.dataset_path()).evaluate(2020)


def test_missing_values_one_convention_per_dtype(ev):
    df = ev.to_pandas()
    # S1.I2 has no realisasi: every missing cell of the object frame is None (text included)
    row = df[df["id"] == "S1.I2"].iloc[0]
    assert row["realisasi"] is None and row["capaian"] is None and row["kategori"] is None
    assert all(dt == object for dt in df.dtypes)
    arrow = ev.to_pandas("arrow")
    row = arrow[arrow["id"] == "S1.I2"].iloc[0]
    assert row["realisasi"] is pd.NA and row["capaian"] is pd.NA and row["kategori"] is pd.NA


def test_serapan_rows_equal_the_evaluation(ev):
    a = ev.anggaran()
    for dtype in ("decimal", "arrow"):
        df = a.to_pandas(dtype)
        got = df.sakip.serapan("realisasi", "rencana")
        want = [r["serapan"] for r in a]
        assert [None if v is pd.NA else v for v in got.tolist()] == want
    # program 02: 85.563.728 / 88.799.000 × 100 = 96,356… → 96,36 (Tabel 3.3.9 printed 96,35)
    df = a.to_pandas()
    p02 = df[(df["level"] == "program") & (df["kode"] == "02")].index[0]
    assert df.sakip.serapan()[p02] == D("96.36")


def test_grouped_serapan_is_of_the_exact_sums(ev):
    df = ev.anggaran().to_pandas()
    by_level = df.sakip.serapan(by="level")
    # every level sums to the DPA total, so each equals the evaluation's overall serapan
    assert by_level["program"] == by_level["kegiatan"] == ev["serapan"]["value"]
    sums = df.sakip.sum("rencana", by="level")
    assert sums["program"] == ev["total_rencana"] == D("928037500.00")
    # the same on Arrow decimal128 columns, where realisasi / rencana * 100 overflows precision 38
    arrow = ev.anggaran().to_pandas("arrow")
    got = arrow.sakip.serapan(by="level")
    assert isinstance(got.dtype, pd.ArrowDtype) and got["program"] == ev["serapan"]["value"]


def test_mean_excludes_unknown_members_as_the_lkjip(ev):
    df = ev.to_pandas()
    # (10000/97 + 6400/153 + 10000/97 + 1250/23) / 4 = 75,59 (S1.I2 excluded)
    assert df.sakip.mean("capaian") == D("75.59") == ev["rata_rata"]["value"]
    by_sasaran = df.sakip.mean("capaian", by="sasaran")
    assert by_sasaran["S1"] == D("72.46")  # (103.09 + 41.83) / 2 = 72.46, S1.I2 excluded
    assert by_sasaran["S1"] == next(s["rata_rata"]["value"] for s in ev["sasaran"] if s["id"] == "S1")


def test_sum_is_exact_and_unknown_stays_unknown():
    df = pd.DataFrame({"x": [D("0.1"), D("0.2"), None], "g": ["a", "a", "b"]}, dtype=object)
    assert df.sakip.sum("x") is None  # an unknown cell makes the sum unknown
    assert df.sakip.sum("x", skipna=True) == D("0.3")
    assert df.sakip.sum("x", by="g").tolist() == [D("0.3"), None]
    big = pd.DataFrame({"x": [D("9" * 38), D(1)]}, dtype=object)
    with pytest.raises(OverflowError):
        big.sakip.sum("x")  # never wraps, never rounds


def test_round_is_half_up_once():
    df = pd.DataFrame({"x": [D("0.125"), D("2.675"), D("-0.125"), None]}, dtype=object)
    # half-up: 0,125 → 0,13 (banker's rounding would give 0,12); 2,675 → 2,68 (a float gives 2,67)
    assert df.sakip.round("x", 2).tolist() == [D("0.13"), D("2.68"), D("-0.13"), None]


def test_capaian_of_columns_with_polaritas():
    df = pd.DataFrame(
        {
            "realisasi": [D(100), D(8), None],
            "target": [D(97), D(10), D(5)],
            "polaritas": ["positif", "negatif", "positif"],
        },
        dtype=object,
    )
    # 100/97 = 103,09; negatif (2·10 − 8)/10 = 120; no realisasi → None
    assert df.sakip.capaian().tolist() == [D("103.09"), D("120.00"), None]
    assert df.sakip.capaian(polaritas="positif").tolist() == [D("103.09"), D("80.00"), None]


def test_float_columns_are_refused():
    df = pd.DataFrame({"realisasi": [1.0], "rencana": [2.0]})
    with pytest.raises(TypeError, match="float64"):
        df.sakip.serapan()
