"""sakip.Kabupaten: many OPD over years (issue 16 item 2). A synthetic kabupaten made of the Kajuara
2020 report, the same report moved to 2021 (every "2020" → "2021") and a second kecamatan."""

from __future__ import annotations

import decimal
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import sakip

D = decimal.Decimal
SEED = sakip.frames.dataset_path()
TEXT = Path(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("kabupaten")
    text = TEXT
    (d / "a-kajuara-2020.json").write_text(text, encoding="utf-8")
    (d / "b-kajuara-2021.json").write_text(text.replace("2020", "2021"), encoding="utf-8")
    (d / "c-lain-2020.json").write_text(text.replace('"Kecamatan Kajuara"', '"Kecamatan Lain"'), encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def kab(folder):
    return sakip.Kabupaten.load(folder, threads=2)


def test_reports_of_other_years_are_a_series(kab):
    assert len(kab) == 3 and kab.opd == ["Kecamatan Kajuara", "Kecamatan Lain"] and kab.tahun == [2020, 2021]
    # 2020: Kajuara's own 2020 report and Lain; 2021: the 2021 report; 2019 (a trend column of both
    # Kajuara reports): the latest report that prints it
    assert kab.dokumen_tahun(2020) == [0, 2]
    assert kab.dokumen_tahun(2021) == [1]
    assert kab.dokumen_tahun(2019) == [1, 2]


def test_evaluation_and_audit_equal_the_single_document_ones(kab):
    doc = sakip.load(SEED)
    ev = kab.evaluate(2020)
    assert list(ev) == ["Kecamatan Kajuara", "Kecamatan Lain"]
    assert ev["Kecamatan Kajuara"]["serapan"] == doc.evaluate(2020)["serapan"]
    found = kab.audit()
    assert found[0] == doc.audit() and len(found) == 3
    both = kab.audit_evaluate(2020)
    assert both["Kecamatan Lain"][0] == found[2]
    assert both["Kecamatan Lain"][1]["rata_rata"]["value"] == D("75.59")


def test_tidy_tables(kab):
    ind = kab.indikator()
    assert len(ind) == 15  # 5 indicators × (2 OPD in 2020 + 1 in 2021)
    row = next(r for r in ind if r["opd"] == "Kecamatan Lain" and r["indikator"] == "S1.I1")
    assert (row["tahun"], row["realisasi"], row["capaian"], row["kategori"]) == (
        2020,
        D("100.00"),
        D("103.09"),
        "Baik Sekali",
    )
    ang = kab.anggaran(tahun=[2020])
    assert {r["level"] for r in ang} == {"program", "kegiatan"}
    p02 = next(r for r in ang if r["opd"] == "Kecamatan Kajuara" and r["level"] == "program" and r["kode"] == "02")
    assert (p02["rencana"], p02["realisasi"], p02["serapan"]) == (D("88799000.00"), D("85563728.00"), D("96.36"))
    tem = kab.temuan()
    assert len(tem) == sum(len(f) for f in kab.audit())
    assert {r["opd"] for r in tem} == {"Kecamatan Kajuara", "Kecamatan Lain"} and {r["tahun"] for r in tem} == {
        2020,
        2021,
    }
    df = ind.to_pandas("arrow")
    assert df["capaian"].dtype.pyarrow_dtype.scale == 2


def test_rekap_ranking_and_trend(kab):
    rekap = {r["tahun"]: r for r in kab.rekap()}
    # 2020: two OPD of Rp928.037.500,00 each: Σ 1.856.075.000,00; serapan 99,52 as each
    assert rekap[2020]["jumlah_opd"] == 2 and rekap[2020]["total_rencana"] == D("1856075000.00")
    assert rekap[2020]["total_realisasi"] == 2 * D("923554055.00")
    assert rekap[2020]["serapan"] == D("99.52") and rekap[2020]["rata_rata_capaian"] == D("75.59")
    ranking = kab.peringkat(2020)
    assert [(r["peringkat"], r["rata_rata"]) for r in ranking] == [(1, D("75.59")), (1, D("75.59"))]  # a tie
    tren = kab.tren("S1.I1")
    assert [(r["opd"], r["tahun"], r["selisih_capaian"]) for r in tren] == [
        ("Kecamatan Kajuara", 2020, None),
        ("Kecamatan Kajuara", 2021, D("0.00")),  # 103,09 − 103,09
        ("Kecamatan Lain", 2020, None),
    ]


def test_an_empty_folder_and_a_duplicate_are_errors(tmp_path, folder):
    with pytest.raises(sakip.LoadError, match="kabupaten.empty"):
        sakip.Kabupaten.load(tmp_path)
    with pytest.raises(sakip.Error):
        sakip.Kabupaten([])
    (tmp_path / "x.json").write_text(TEXT, encoding="utf-8")
    (tmp_path / "y.json").write_text(TEXT, encoding="utf-8")
    with pytest.raises(sakip.LoadError, match="kabupaten.duplicate"):
        sakip.Kabupaten.load(tmp_path)


def test_the_gil_is_released_and_documents_are_held(folder):
    # A fresh kabupaten (nothing cached): while the compiled audit runs, a Python thread makes progress.
    import threading

    kab = sakip.Kabupaten.load(folder)
    ticks = 0
    done = threading.Event()

    def count():
        nonlocal ticks
        while not done.is_set():
            ticks += 1

    t = threading.Thread(target=count)
    t.start()
    found = [f.to_json() for f in kab.audit()]
    done.set()
    t.join()
    assert ticks > 0 and found == [sakip.load(p).audit().to_json() for p in sorted(folder.glob("*.json"))]
    assert pickle.loads(pickle.dumps(kab[0])) == kab[0]


def test_the_binding_holds_the_documents_it_reads_without_the_gil(folder):
    # A sequence that makes its documents on the fly, and a list another thread empties: the binding
    # keeps its own reference to each document for the call (this used to free them under the audit).
    import threading
    from collections.abc import Sequence

    blob = pickle.dumps(sakip.load(folder / "a-kajuara-2020.json")._wrapped)

    class Fresh(Sequence):
        def __len__(self):
            return 4

        def __getitem__(self, i):
            if i >= 4:
                raise IndexError(i)
            return pickle.loads(blob)

    want = sakip.load(folder / "a-kajuara-2020.json").audit().to_json()
    assert [f.to_json() for f in sakip._core.audit_kabupaten(Fresh(), threads=2)] == [want] * 4
    docs = [pickle.loads(blob) for _ in range(40)]
    clearer = threading.Timer(0.01, docs.clear)
    clearer.start()
    found = sakip._core.audit_kabupaten(docs, threads=2)
    clearer.join()
    assert len(found) == 40 and all(f.to_json() == want for f in found)


def test_duplicates_years_and_gaps(folder, tmp_path):
    kab = sakip.Kabupaten.load(folder)
    with pytest.raises(sakip.Error, match="kabupaten.duplicate"):
        sakip.Kabupaten([kab[0], kab[0]])  # the same report twice is refused, not one of them dropped
    # audit(year) audits the documents that speak for the year, each limited to it
    assert len(kab.audit(year=2021)) == len(kab.dokumen_tahun(2021)) == 1
    p = subprocess.run(
        [sys.executable, "-m", "sakip", "audit", str(folder), "--year", "2021"], capture_output=True, text=True
    )
    assert p.returncode == 1 and "b-kajuara-2021.json" in p.stdout and "a-kajuara-2020.json" not in p.stdout
    p = subprocess.run(
        [sys.executable, "-m", "sakip", "report", str(folder), "--year", "2021"], capture_output=True, text=True
    )
    assert p.returncode == 0 and "## Peringkat OPD 2021" in p.stdout and "## Peringkat OPD 2020" not in p.stdout
    # a gap (2020, 2022) has no year-on-year change
    (tmp_path / "a.json").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.json").write_text(TEXT.replace("2020", "2022"), encoding="utf-8")
    tren = sakip.Kabupaten.load(tmp_path).tren("S1.I1")
    assert [(r["tahun"], r["selisih_capaian"]) for r in tren] == [(2020, None), (2022, None)]


def test_cli_audit_of_a_folder(folder, tmp_path):
    run = [sys.executable, "-m", "sakip", "audit", str(folder)]
    p = subprocess.run(run, capture_output=True, text=True)
    assert p.returncode == 1, p.stderr  # the seed has error-level findings
    assert "a-kajuara-2020.json" in p.stdout and "c-lain-2020.json" in p.stdout
    p = subprocess.run([*run, "--json"], capture_output=True, text=True)
    import json

    data = json.loads(p.stdout)
    assert len(data) == sum(len(f) for f in sakip.Kabupaten.load(folder).audit())
    assert {d["dokumen"] for d in data} == {"a-kajuara-2020.json", "b-kajuara-2021.json", "c-lain-2020.json"}
    p = subprocess.run([sys.executable, "-m", "sakip", "audit", str(tmp_path)], capture_output=True, text=True)
    assert p.returncode == 2 and "kabupaten.empty" in p.stderr


def test_cli_report_of_a_folder(folder):
    p = subprocess.run([sys.executable, "-m", "sakip", "report", str(folder)], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    # 2020: two OPD of Rp928.037.500 each; serapan 99,52; both rank 1 (a tie)
    assert "| 2020 | 2 | Rp1.856.075.000 | Rp1.847.108.110 | 99,52 | 75,59 |" in p.stdout
    assert "| 1 | Kecamatan Lain | 75,59 | 99,52 | 5 |" in p.stdout
    assert "| c-lain-2020.json | Kecamatan Lain | 2020 |" in p.stdout
    p = subprocess.run(
        [sys.executable, "-m", "sakip", "report", str(folder), "--format", "xlsx", "-o", "x.xlsx"],
        capture_output=True,
        text=True,
    )
    assert p.returncode == 2 and "only --format md" in p.stderr


def test_several_pemda_keep_their_opd_apart(tmp_path):
    # Two kabupaten both have a "Kecamatan Kajuara": the OPD's label carries its pemda, nothing merges.
    (tmp_path / "a.json").write_text(TEXT, encoding="utf-8")
    other = TEXT.replace('"Pemerintah Kabupaten Bone"', '"Pemerintah Kabupaten Lain"')
    assert other != TEXT
    (tmp_path / "b.json").write_text(other, encoding="utf-8")
    kab = sakip.Kabupaten.load(tmp_path)
    assert kab.opd == ["Kecamatan Kajuara (Pemerintah Kabupaten Bone)", "Kecamatan Kajuara (Pemerintah Kabupaten Lain)"]
    assert len(kab.audit_evaluate(2020)) == 2 and len(kab.evaluate(2020)) == 2
    assert {(r["opd"], r["pemda"]) for r in kab.indikator()} == {
        ("Kecamatan Kajuara (Pemerintah Kabupaten Bone)", "Pemerintah Kabupaten Bone"),
        ("Kecamatan Kajuara (Pemerintah Kabupaten Lain)", "Pemerintah Kabupaten Lain"),
    }
    pa = pytest.importorskip("pyarrow")
    t = sakip._dataset.arrow_table(kab, "anggaran")
    assert set(t.column("instansi").to_pylist()) == {"Kecamatan Kajuara"}  # the name; the pemda has its column
    assert set(t.column("pemda").to_pylist()) == {"Pemerintah Kabupaten Bone", "Pemerintah Kabupaten Lain"}
    assert t.schema.field("rencana").type == pa.decimal128(38, 2)
