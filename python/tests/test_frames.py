"""pandas / Arrow views of evaluation, budget, findings and Renstra targets; DPA import."""

from __future__ import annotations

import decimal
import pathlib

import pytest

import sakip
from sakip import frames

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

D = decimal.Decimal
DATASET = pathlib.Path(__file__).resolve().parents[2] / "examples" / "data" / "kajuara-2020.json"


@pytest.fixture(scope="module")
def doc():
    return sakip.load(DATASET)


@pytest.fixture(scope="module")
def ev(doc):
    return doc.evaluate(2020)


def exact_columns(df, names):
    for n in names:
        assert df[n].dtype == object, n
        assert all(v is None or isinstance(v, D) for v in df[n]), n


def test_evaluation_dataframe(ev):
    df = ev.to_pandas()
    print("\nevaluate(2020).to_pandas().dtypes:\n" + df.dtypes.to_string())
    assert list(df.columns)[:3] == ["id", "sasaran", "indikator"]
    for c in ("satuan", "polaritas", "target", "realisasi", "capaian", "kategori"):
        assert c in df.columns
    exact_columns(df, ["target", "realisasi", "capaian"])
    row = df.set_index("id").loc["S1.I1"]
    assert row["capaian"] == D("103.09") and row["target"] == D("97") and row["satuan"] == "Persentase"
    assert df.set_index("id").loc["S1.I3", "kategori"] == "Sangat Kurang"
    assert df.set_index("id").loc["S1.I2", "capaian"] is None  # 0/0 is undefined by default
    assert isinstance(ev, dict) and ev["tahun"] == 2020  # still the engine's dict


def test_evaluation_arrow_and_float(ev):
    df = ev.to_pandas(dtype="arrow")
    print("\nevaluate(2020).to_pandas(dtype='arrow').dtypes:\n" + df.dtypes.to_string())
    assert df["capaian"].dtype == pd.ArrowDtype(pa.decimal128(38, 2))
    assert df["capaian"].iloc[0] == D("103.09")
    t = ev.to_arrow()
    assert t.schema.field("capaian").type == pa.decimal128(38, 2)
    # ev is the engine's dict (pa.table(dict) reads dict keys as columns): its tables stream
    assert pa.table(ev.tabel()).equals(t)  # __arrow_c_stream__
    assert pa.RecordBatchReader.from_stream(ev).read_all().equals(t)
    f = ev.to_pandas(dtype="float")
    assert f["capaian"].dtype == "float64"
    with pytest.raises(ValueError):
        ev.to_pandas(dtype="float32")  # type: ignore[arg-type]


def test_legacy_and_sasaran(doc):
    legacy = doc.evaluate(2020, legacy=True)
    s = legacy.sasaran_tabel().to_pandas().set_index("sasaran")
    assert s.loc["S1", "rata_rata"] == D("83.77")
    assert s.loc["S1", "efisiensi"] == D("-15.73")


def test_anggaran(doc):
    a = doc.anggaran(2020)
    df = a.to_pandas()
    print("\nanggaran(2020).to_pandas().dtypes:\n" + df.dtypes.to_string())
    exact_columns(df, ["rencana", "realisasi", "serapan", "share"])
    p02 = a.find("02")
    assert p02["rencana"] == D("88799000.00") and p02["serapan"] == D("96.36")
    assert a.basis == D("928038000.00") and a.basis_label == "belanja langsung"
    assert len(a.program()) == 10 and len(a) == 28
    assert p02["share"] == sakip.pangsa(D("88799000"), D("928038000")).persen
    arrow = a.to_pandas(dtype="arrow")
    assert arrow["rencana"].dtype == pd.ArrowDtype(pa.decimal128(38, 2))
    assert pa.table(a).column("serapan").to_pylist()[0] == D("99.56")
    with pytest.raises(KeyError):
        doc.anggaran(1999)


def test_anggaran_agrees_with_engine(doc):
    mine = {r["kode"]: r for r in doc.anggaran(2020)}
    for r in doc.evaluate(2020).anggaran():
        for c in ("rencana", "realisasi", "serapan", "share"):
            assert mine[r["kode"]][c] == r[c], (r["kode"], c)


def test_findings_dataframe(doc):
    findings = doc.audit()
    df = findings.to_pandas()
    assert len(df) == len(findings)
    assert set(df["severity"]) <= {"error", "warning", "info"}
    assert (df["severity"] == "error").sum() == findings.count("error")
    assert pa.table(findings).num_rows == len(findings)
    assert findings.to_arrow().column_names[0] == "severity"


def test_renstra_targets(doc):
    t = doc.target_renstra()
    df = doc.renstra.to_pandas()
    assert len(df) == len(t) == 5
    r = df.set_index("id").loc["S1.I1"]
    assert (r["tahun"], r["target"], r["target_akhir"], r["kondisi_awal"]) == (2020, D("97"), D("100"), D("97"))
    assert df["tahun"].dtype == "int64"
    assert doc.renstra.to_pandas(dtype="arrow")["target"].dtype == pd.ArrowDtype(pa.decimal128(38, 0))


def test_dpa_from_dataframe():
    df = pd.DataFrame(
        {
            "kode": ["01", "0102", "0107"],
            "uraian": ["Pelayanan Administrasi Perkantoran", "Jasa Komunikasi", "Jasa Administrasi Keuangan"],
            "pagu": [D("223188500"), "12.250.000,-", 24810000],
            "realisasi": [D("222212772.00"), None, "Rp 24.675.000"],
        }
    )
    rows = sakip.frames.dpa_from_table(df)
    assert [r.kode.text for r in rows] == ["01", "0102", "0107"]
    assert rows[1].pagu == sakip.Rupiah(12250000) and rows[1].realisasi is None
    assert rows[2].serapan == D("99.46")
    # the same through Arrow (decimal128 columns) and through pandas ArrowDtype columns
    t = pa.table(
        {
            "code": ["01"],
            "uraian": ["x"],
            "pagu": pa.array([D("1500.50")], pa.decimal128(20, 2)),
            "realisasi": pa.array([D("1000")], pa.decimal128(20, 0)),
        }
    )
    (r,) = sakip.frames.dpa_from_table(t)
    assert r.pagu == sakip.Rupiah("1500.50")
    (r2,) = sakip.frames.dpa_from_table(t.to_pandas(types_mapper=pd.ArrowDtype))
    assert r2 == r


def test_dpa_from_table_refuses_float_and_names_cells():
    df = pd.DataFrame({"kode": ["01"], "uraian": ["x"], "pagu": [1500.5]})
    with pytest.raises(TypeError, match="column 'pagu' is float64"):
        sakip.frames.dpa_from_table(df)
    (r,) = sakip.frames.dpa_from_table(df, allow_float=True)
    assert r.pagu == sakip.Rupiah("1500.50")
    mixed = pd.DataFrame({"kode": ["01", "02"], "uraian": ["x", "y"], "pagu": [D(1), 2.5]})
    with pytest.raises(TypeError, match=r"row 1, column 'pagu'"):
        sakip.frames.dpa_from_table(mixed)
    cases = [
        ({"kode": ["01", "x1"], "uraian": ["a", "b"], "pagu": [1, 2]}, 1, "kode"),
        ({"kode": ["01", "01"], "uraian": ["a", "b"], "pagu": [1, 2]}, 1, "kode"),
        ({"kode": ["01"], "uraian": [""], "pagu": [1]}, 0, "uraian"),
        ({"kode": ["01"], "uraian": ["a"], "pagu": [D("0.001")]}, 0, "pagu"),
        ({"kode": ["01"], "uraian": ["a"], "pagu": [-5]}, 0, "pagu"),
        ({"kode": ["01"], "uraian": ["a"], "pagu": ["12abc"]}, 0, "pagu"),
    ]
    for data, row, column in cases:
        with pytest.raises(frames.DpaError) as e:
            sakip.frames.dpa_from_table(pd.DataFrame(data))
        assert (e.value.row, e.value.column) == (row, column)
        assert f"row {row}, column {column!r}" in str(e.value)
    with pytest.raises(frames.DpaError, match="missing column 'pagu'"):
        sakip.frames.dpa_from_table(pd.DataFrame({"kode": ["01"], "uraian": ["a"]}))


def dpa_error(data, **kw):
    with pytest.raises(frames.DpaError) as e:
        sakip.frames.dpa_from_table(data, **kw)
    return e.value


def test_dpa_codes_are_text():
    # a float or int code has lost the printed code ("0102" -> 102, "2" -> 2.0): refused, not "2.0"
    for code in (2.0, 102, D("2")):
        e = dpa_error({"kode": ["01", code], "uraian": ["a", "b"], "pagu": [1, 2]})
        assert (e.row, e.column) == (1, "kode")
        assert f"row 1, column 'kode': the code is {type(code).__name__} {code!r}, not text" in str(e)
    e = dpa_error(pd.DataFrame({"kode": [1.0, 2.0], "uraian": ["a", "b"], "pagu": [1, 2]}))
    assert (e.row, e.column) == (0, "kode") and "float 1.0, not text" in str(e)


def test_dpa_one_column_per_field():
    e = dpa_error(pd.DataFrame({"kode": ["01"], "code": ["02"], "uraian": ["a"], "pagu": [1]}))
    assert "columns 'kode' and 'code' both give kode" in str(e) and e.row is None
    e = dpa_error({"kode": ["01"], "uraian": ["a"], "pagu": [1], "rencana": [2]})
    assert "columns 'pagu' and 'rencana' both give pagu" in str(e)
    e = dpa_error({"kode": ["01"], "Kode": ["02"], "uraian": ["a"], "pagu": [1]})
    assert "columns 'kode' and 'Kode' both give kode" in str(e)


def test_dpa_empty_cells_mean_unknown_in_every_source():
    nan = float("nan")
    sources = [
        lambda d: d,
        pd.DataFrame,
        lambda d: pa.table({k: pa.array(v, pa.string()) if k != "pagu" else pa.array(v) for k, v in d.items()}),
    ]
    for make in sources:
        # an empty realisasi (None or NaN) is "not reported": None, never Rp0 and never an error
        (r,) = sakip.frames.dpa_from_table(make({"kode": ["01"], "uraian": ["a"], "pagu": [1], "realisasi": [None]}))
        assert r.realisasi is None
    d = {"kode": ["01", "02"], "uraian": ["a", "b"], "pagu": [1, 2], "realisasi": ["5", nan]}
    for table in (d, pd.DataFrame(d)):  # a NaN in an object column: empty, in a dict as in a DataFrame
        rows = sakip.frames.dpa_from_table(table)
        assert [r.realisasi for r in rows] == [sakip.Rupiah(5), None]
    for col, what in (("kode", "the code is empty"), ("uraian", "uraian is empty"), ("pagu", "pagu is empty")):
        d = {"kode": ["01", "02"], "uraian": ["a", "b"], "pagu": [1, 2]}
        d[col] = [d[col][0], nan]
        for table in (d, pd.DataFrame(d, dtype=object)):  # (a float64 pagu column is refused as a whole)
            e = dpa_error(table)
            assert (e.row, e.column) == (1, col) and f"row 1, column {col!r}: {what}" in str(e)


def test_dpa_ragged_and_non_column_mappings():
    e = dpa_error({"kode": ["01", "02"], "uraian": ["a"], "pagu": [1, 2]})
    assert "columns of different lengths: 'kode' 2, 'uraian' 1, 'pagu' 2" in str(e)
    assert (e.row, e.column) == (None, "uraian")
    e = dpa_error({"kode": "01", "uraian": ["a"], "pagu": [1]})
    assert "column 'kode' is str, not a sequence of cells" in str(e)


def test_dpa_uraian_must_be_text():
    e = dpa_error({"kode": ["01"], "uraian": [5], "pagu": [1]})
    assert (e.row, e.column) == (0, "uraian")
    assert "row 0, column 'uraian': uraian is int 5, not text" in str(e)
