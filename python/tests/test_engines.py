"""The kabupaten on real engines (issue 16 item 3): the Parquet dataset read back by pyarrow and
DuckDB, the Dask frames and exact reductions on a 2-worker LocalCluster, and the pandas function of
Spark's mapInPandas, each figure for figure against the in-process sakip.Kabupaten."""

from __future__ import annotations

import decimal
import subprocess
import sys
from pathlib import Path

import pytest

import sakip

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
duckdb = pytest.importorskip("duckdb")

D = decimal.Decimal
TEXT = Path(sakip.frames.dataset_path()).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("kab")
    (d / "a.json").write_text(TEXT, encoding="utf-8")
    (d / "b.json").write_text(TEXT.replace("2020", "2021"), encoding="utf-8")
    (d / "c.json").write_text(TEXT.replace('"Kecamatan Kajuara"', '"Kecamatan Lain"'), encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def kab(folder):
    return sakip.Kabupaten.load(folder)


@pytest.fixture(scope="module")
def dataset(kab, tmp_path_factory):
    out = tmp_path_factory.mktemp("ds") / "dataset"
    sakip.export_dataset(kab, out)
    return out


def _programs(kab):
    return {(r["opd"], r["tahun"], r["kode"]): r for r in kab.anggaran() if r["level"] == "program"}


def test_the_dataset_is_hive_partitioned_decimal128(dataset, kab):
    assert sorted(p.name for p in dataset.iterdir()) == ["anggaran", "indikator", "temuan"]
    assert (dataset / "anggaran" / "tahun=2021" / "instansi=Kecamatan%20Kajuara").is_dir()
    t = pq.read_table(dataset / "anggaran")  # an independent reader: pyarrow's hive discovery
    assert t.schema.field("rencana").type == pa.decimal128(38, 2)
    assert t.num_rows == len(kab.anggaran())
    assert {"instansi", "tahun", "kode", "level", "uraian", "rencana", "realisasi", "serapan", "pemda"} <= set(
        t.column_names
    )
    rows = {(r["instansi"], int(r["tahun"]), r["kode"], r["level"]): r for r in t.to_pylist()}
    for r in kab.anggaran():
        got = rows[(r["opd"], r["tahun"], r["kode"], r["level"])]
        assert (got["rencana"], got["realisasi"], got["serapan"]) == (r["rencana"], r["realisasi"], r["serapan"])


def test_duckdb_serapan_per_program_equals_sakip(dataset, kab):
    con = sakip.duckdb.connect(dataset)
    rows = con.sql(
        "SELECT instansi, tahun, kode, sakip_persen(sum(realisasi), sum(rencana)) "
        "FROM anggaran WHERE level = 'program' GROUP BY ALL"
    ).fetchall()
    want = _programs(kab)
    assert len(rows) == len(want) == 3 * 10  # 3 documents × the 10 programs of the Kajuara DPA
    for instansi, tahun, kode, s in rows:
        assert s == want[(instansi, tahun, kode)]["serapan"], (instansi, tahun, kode)
    # program 02 of Kajuara 2020: 85.563.728 / 88.799.000 × 100 = 96,356… → 96,36
    assert want[("Kecamatan Kajuara", 2020, "02")]["serapan"] == D("96.36")
    # half-up away from zero, and 0 / unknown give NULL
    assert con.execute("SELECT sakip_persen(-1, 8), sakip_persen(1, 0), sakip_persen(NULL, 2)").fetchone() == (
        D("-12.50"),
        None,
        None,
    )
    # never rounded first: a value beyond whole sen, and a DOUBLE, are errors
    for bad in ("0.005, 0.01", "0.01, 0.004", "0.1::DOUBLE, 0.3::DOUBLE"):
        with pytest.raises(duckdb.Error, match="sakip_persen"):
            con.execute(f"SELECT sakip_persen({bad})").fetchone()


def test_cli_export_dataset(folder, tmp_path):
    out = tmp_path / "ds"
    p = subprocess.run(
        [sys.executable, "-m", "sakip", "export-dataset", str(folder), "-o", str(out)], capture_output=True, text=True
    )
    assert p.returncode == 0, p.stderr
    assert pq.read_table(out / "indikator").num_rows == 15
    empty = tmp_path / "kosong"
    empty.mkdir()
    p = subprocess.run(
        [sys.executable, "-m", "sakip", "export-dataset", str(empty), "-o", str(out)], capture_output=True, text=True
    )
    assert p.returncode == 2 and "kabupaten.empty" in p.stderr


def test_dask_on_a_local_cluster_equals_in_process(folder, kab):
    distributed = pytest.importorskip("distributed")
    files = sorted(str(p) for p in folder.glob("*.json"))
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        ind = sakip.dask.frames(files, "indikator")
        assert ind.npartitions == 3
        df = ind.compute()
        assert len(df) == len(kab.indikator())
        mean = sakip.dask.mean(ind, "capaian", by=["instansi", "tahun"]).compute()
        ang = sakip.dask.frames(files, "anggaran")
        programs = ang[ang["level"] == "program"]
        ser = sakip.dask.serapan(programs, by=["instansi", "tahun"]).compute()
        total = sakip.dask.sum(programs, "rencana", by=["tahun"]).compute()
    for (opd, tahun), value in mean.items():
        # the mean of the known capaian = the evaluation's rata-rata (S1.I2 excluded in both)
        assert value == kab.evaluate(tahun)[opd]["rata_rata"]["value"], (opd, tahun)
    for (opd, tahun), value in ser.items():
        assert value == kab.evaluate(tahun)[opd]["serapan"]["value"]
    rekap = {r["tahun"]: r for r in kab.rekap()}
    assert total[2020] == rekap[2020]["total_rencana"] == D("1856075000.00")
    assert total[2021] == rekap[2021]["total_rencana"]


def test_spark_map_in_pandas_function(folder, kab):
    pd = pytest.importorskip("pandas")
    f = sakip.dask.map_in_pandas("anggaran")
    batches = [pd.DataFrame({"path": [str(folder / "a.json")]}), pd.DataFrame({"path": [str(folder / "c.json")]})]
    out = pd.concat(list(f(iter(batches))), ignore_index=True)
    assert list(out.columns) == [c.split(" ")[0] for c in sakip.dask.spark_schema("anggaran").split(", ")]
    assert "rencana decimal(38,2)" in sakip.dask.spark_schema("anggaran")
    want = _programs(kab)
    for r in out[out["level"] == "program"].to_dict("records"):
        assert type(r["serapan"]) is D and r["serapan"] == want[(r["instansi"], r["tahun"], r["kode"])]["serapan"]


def test_dask_refuses_what_it_cannot_sum_exactly(folder, tmp_path):
    pytest.importorskip("dask")
    from sakip import dask as sd

    assert sd._units(D("123456789012345678901234567890123.45"), 2) == 12345678901234567890123456789012345  # > 28 digits
    assert sd._units(D("-1.20"), 2) == -120
    with pytest.raises(sakip.Error, match="decimal places"):
        sd._units(D("1.239"), 2)  # never truncated
    # two copies of one report: an error, as Kabupaten.load's kabupaten.duplicate, never counted twice
    (tmp_path / "x.json").write_text(TEXT, encoding="utf-8")
    (tmp_path / "y.json").write_text(TEXT, encoding="utf-8")
    ang = sd.frames([str(tmp_path / "x.json"), str(tmp_path / "y.json")], "anggaran")
    with pytest.raises(sakip.Error, match="kabupaten.duplicate"):
        sd.sum(ang, "rencana", by=["tahun"]).compute(scheduler="sync")


def test_export_dataset_takes_files_and_documents_mixed(folder, tmp_path):
    doc = sakip.load(folder / "a.json")
    out = tmp_path / "ds"
    sakip.export_dataset([doc, str(folder / "c.json")], out)
    t = pq.read_table(out / "anggaran")
    assert set(t.column("instansi").to_pylist()) == {"Kecamatan Kajuara", "Kecamatan Lain"}  # none dropped


def test_arrow_columns_of_38_digits():
    pd = pytest.importorskip("pandas")
    sakip.frames.register_accessor()  # a frame of one's own, pandas imported after sakip: df.sakip on request
    big = D("123456789012345678901234567890123.45")  # 35 digits: beyond decimal's default 28
    df = pd.DataFrame({"x": pd.array([big, D("1.00")], dtype=pd.ArrowDtype(pa.decimal128(38, 2))), "g": ["a", "a"]})
    assert df.sakip.sum("x", by="g")["a"] == D("123456789012345678901234567890124.45")
    assert df.sakip.round("x", 2).tolist() == [big, D("1.00")]
