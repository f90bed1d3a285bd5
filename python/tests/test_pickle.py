"""Pickle (protocol 2..5), copy and deepcopy of every public type; objects travel to
multiprocessing (spawn) and Dask workers."""

from __future__ import annotations

import copy
import decimal
import multiprocessing
import pathlib
import pickle

import pytest

import sakip
from sakip import _core, frames

DATASET = pathlib.Path(__file__).resolve().parents[2] / "examples" / "data" / "kajuara-2020.json"
PROTOCOLS = range(2, pickle.HIGHEST_PROTOCOL + 1)


@pytest.fixture(scope="module")
def doc():
    return sakip.load(DATASET)


def model_values(doc):
    """One instance of every model class reachable from the dataset."""
    dpa = doc.dpa[2020]
    p02 = dpa.find_program("02")
    pk = doc.find_pk(2020, "camat")
    lap = doc.laporan[2020]
    real = doc.realisasi[2020][0]
    iku = doc.iku[0]
    pej = next(p for p in doc.instansi.pejabat if p.nip is not None)
    values = [
        doc,
        doc.instansi,
        doc.instansi.unit[0],
        pej,
        pej.nip,
        pej.nip.nip,
        doc.rpjmd,
        doc.rpjmd.periode,
        doc.renstra,
        doc.renstra.tujuan[0],
        doc.renstra.sasaran[0],
        doc.renstra.indikator[0],
        doc.renstra.indikator[0].target[2020],
        iku,
        iku.rumus,
        iku.input[0],
        dpa,
        dpa.belanja,
        dpa.belanja.langsung,
        p02,
        p02.kegiatan[0],
        p02.rencana,
        p02.kode,
        pk,
        pk.pihak_pertama,
        pk.sasaran[0],
        pk.sasaran[0].indikator[0],
        pk.program[0],
        real,
        lap,
        lap.angka[0],
        lap.skala[0],
        lap.skala[0].kelas[0],
        doc.pohon_kinerja[2020],
        doc.find_pk(2020, "kasi_trantibum").kegiatan[0].anggaran,  # "27.000,000": notes kept
    ]
    if doc.dokumen is not None:
        values.append(doc.dokumen)
    if doc.rpjmd.misi:
        values.append(doc.rpjmd.misi[0])
    if iku.penanggung_jawab is not None:
        values.append(iku.penanggung_jawab)
    if doc.renstra.sasaran[1].varian:
        values.append(doc.renstra.sasaran[1].varian[0])
    if pk.pihak_pertama.tanda_tangan:
        values.append(pk.pihak_pertama.tanda_tangan[0])
    return values


def measure_values():
    return [
        sakip.Decimal("35.55"),
        sakip.Rupiah.parse("Rp 88.799.000,-"),
        sakip.capaian(100, 97),
        sakip.capaian(0, 0),  # undefined, with a reason
        sakip.capaian(sakip.rasio(32, 90), 85),  # exact 1/3-style inputs in the trace
        sakip.rata_rata([2, 8], "geometrik"),  # RataRata with its exact root
        sakip.skala_tercetak("polman", [("0 – 49,99", "Kurang"), ("> 50", "Baik"), ("Tidak Ada Target", "TAT")]),
        sakip.skala("permendagri_86_2017").pita[0],
        sakip.Nip("19750919 200604 1 009") if _nip_ok() else sakip.Decimal(1),
    ]


def _nip_ok():
    try:
        sakip.Nip("19750919 200604 1 009")
        return True
    except sakip.Error:
        return False


def same(a, b):
    """Equal by value: == where the type defines it, else by the observable attributes."""
    if isinstance(a, _core.Hasil):
        return (a.value, a.fraction, a.status, a.trace) == (b.value, b.fraction, b.status, b.trace) and (
            not isinstance(a, _core.RataRata) or a.akar == b.akar
        )
    if isinstance(a, _core.Skala):
        return (a.nama, a.deskripsi, [repr(p) for p in a.pita]) == (b.nama, b.deskripsi, [repr(p) for p in b.pita])
    if isinstance(a, _core.Pita):
        return repr(a) == repr(b) and a.tercetak == b.tercetak
    return a == b


def test_model_types_pickle(doc):
    values = model_values(doc)
    assert len({type(v) for v in values}) >= 30
    for v in values:
        for proto in PROTOCOLS:
            back = pickle.loads(pickle.dumps(v, protocol=proto))
            assert type(back) is type(v)
            assert same(back, v), (type(v).__name__, proto)
        assert same(copy.copy(v), v)
        assert same(copy.deepcopy(v), v)


def test_amount_keeps_text_value_and_notes(doc):
    a = doc.find_pk(2020, "kasi_trantibum").kegiatan[0].anggaran
    b = pickle.loads(pickle.dumps(a))
    assert (b.text, b.value, b.notes) == (a.text, a.value, a.notes)
    assert "ambiguous_separator" in b.notes


def test_measure_types_pickle():
    for v in measure_values():
        for proto in PROTOCOLS:
            back = pickle.loads(pickle.dumps(v, protocol=proto))
            assert type(back) is type(v)
            assert same(back, v), (type(v).__name__, proto)
        assert same(copy.deepcopy(v), v)
    r = pickle.loads(pickle.dumps(sakip.rata_rata([2, 8], "geometrik")))
    assert (
        sakip.rata_rata([r, 4], "geometrik").persen
        == sakip.rata_rata([sakip.rata_rata([2, 8], "geometrik"), 4], "geometrik").persen
    )


def test_document_pickles_as_json(doc):
    state = doc.__getstate__()
    assert state == (doc.to_json(),)
    back = pickle.loads(pickle.dumps(doc))
    assert back == doc and back is not doc
    assert back.to_json() == doc.to_json()


def test_tables_pickle(doc):
    for t in (frames.anggaran(doc, 2020), frames.target_renstra(doc)):
        back = pickle.loads(pickle.dumps(t))
        assert back == t and type(back) is type(t)
        assert back.to_list() == t.to_list()
    if hasattr(doc, "evaluate"):
        ev = doc.evaluate(2020)
        back = pickle.loads(pickle.dumps(ev))
        assert back == ev and type(back) is type(ev)
        assert back.tabel() == ev.tabel()


def test_findings_pickle(doc):
    findings = doc.audit()
    table = frames.temuan(findings)
    assert pickle.loads(pickle.dumps(table)) == table
    back = pickle.loads(pickle.dumps(findings, protocol=2))
    assert back.to_json() == findings.to_json()
    assert len(back) == len(findings) and back[0] == findings[0]
    assert copy.deepcopy(findings[0]) == findings[0]


def _serapan_program(args):
    doc, kode = args
    return frames.anggaran(doc, 2020).find(kode)["serapan"]


def test_multiprocessing_spawn(doc):
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        tables = pool.starmap(frames.anggaran, [(doc, 2020)] * 2)
        results = pool.map(copy.deepcopy, [doc.renstra, sakip.capaian(100, 97)])
    assert tables[0] == frames.anggaran(doc, 2020)
    assert tables[0].find("02")["serapan"] == decimal.Decimal("96.36")
    assert results[0] == doc.renstra
    assert results[1].persen == sakip.Decimal("103.09")


def test_dask(doc):
    dask = pytest.importorskip("dask")
    import dask.bag as db

    bag = db.from_sequence([doc, doc], npartitions=2).map(frames.anggaran, 2020).map(lambda t: t.find("02")["serapan"])
    assert bag.compute(scheduler="processes", num_workers=2) == [decimal.Decimal("96.36")] * 2
    assert dask.delayed(pickle.dumps)(doc).compute(scheduler="sync") == pickle.dumps(doc)
