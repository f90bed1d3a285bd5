"""The second bundled dataset, polman-penyusunan-anggaran-2022 (SIM Kinerja 2022 of Kabupaten
Polewali Mandar, Sub Bidang Penyusunan Anggaran): it loads, reports and audits, and its figures are the
ones hand-checked in docs/polman-penyusunan-anggaran-2022-review.md.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

import sakip
from sakip.cli import main

ROOT = Path(__file__).resolve().parents[2]
NAME = "polman-penyusunan-anggaran-2022"
DATA = ROOT / "examples" / "data" / f"{NAME}.json"
SCHEMA = ROOT / "docs" / "schema" / "sakip.schema.json"
URL = "https://mail.simkinerja2022.polmankab.go.id/Beranda/pengukurankinerjaeselon4/1.24.2.1/2022"
K = "/dpa/2022/program/9.99.01/kegiatan/9.99.01.2.01"
SUB1 = K + "/sub_kegiatan/9.99.01.2.01.0001"
SUB2 = K + "/sub_kegiatan/9.99.01.2.01.0002"


@pytest.fixture(scope="module")
def raw() -> str:
    return DATA.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc() -> sakip.Dokumen:
    return sakip.load(str(DATA))


def test_listed_loaded_and_in_save_form(raw, doc):
    assert NAME in sakip.datasets()
    assert doc.to_json() == raw  # the file is exactly what the library saves
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.loads(raw)))
    assert not errors, [e.message for e in errors]


def test_source_and_placeholders_are_said(raw):
    dokumen = json.loads(raw)["dokumen"]
    assert dokumen["sumber"].startswith(URL)
    catatan = " ".join(dokumen["catatan"])
    assert "Satu sumber, bukan kompilasi" in catatan
    assert catatan.count("PLACEHOLDER") == 2  # the Renstra and the codes
    assert "Tidak ada indikator menurun" in catatan


def test_capaian_as_hand_checked(doc):
    ev = doc.evaluate(2022)
    rows = {i["id"]: i for i in ev.indikator}
    # 93 / 95.56 × 100 = 9300/95.56 = 232500/2389 = 97.3210… → 97.32 (printed 97.32)
    assert rows["S1.I1"]["capaian"]["exact"] == "232500/2389"
    assert rows["S1.I1"]["capaian"]["value"] == Decimal("97.32")
    assert rows["S1.I1"]["kategori"] == "90 - 99.99%"
    # (1 + 0 + 2) / 2 × 100 = 150 (printed 150.00); (1 + 1 + 1 + 2) / 3 × 100 = 166.666… → 166.67
    assert rows["S2.I1"]["realisasi"]["value"] == Decimal(3)
    assert rows["S2.I1"]["capaian"]["value"] == Decimal(150)
    assert rows["S3.I1"]["capaian"]["exact"] == "500/3"
    assert rows["S3.I1"]["capaian"]["value"] == Decimal("166.67")
    assert rows["S2.I1"]["kategori"] == rows["S3.I1"]["kategori"] == "Melebihi Target"
    assert ev.skala_asal == "laporan"  # judged on the page's own legend, not a shipped scale


def test_serapan_as_hand_checked(doc):
    ang = doc.anggaran(2022)
    keg, sub1, sub2 = (ang.find(k) for k in ("9.99.01.2.01", "9.99.01.2.01.0001", "9.99.01.2.01.0002"))
    assert keg is not None and sub1 is not None and sub2 is not None
    # 1 000 972 958 / 1 004 422 800 = 0,99656… → 99,66; the kegiatan prints its own row
    assert (keg["rencana"], keg["realisasi"], keg["serapan"]) == (
        Decimal(1004422800),
        Decimal(1000972958),
        Decimal("99.66"),
    )
    assert keg["asal_rencana"] == "tercetak"
    assert sub1["serapan"] == Decimal("99.62")  # 805 369 584 / 808 430 200 = 0,99621…
    assert sub2["serapan"] == Decimal("99.80")  # 195 603 374 / 195 992 600 = 0,99801…
    assert (sub1["share"], sub2["share"]) == (Decimal("80.49"), Decimal("19.51"))
    ev = doc.evaluate(2022)
    assert ev.total_rencana == Decimal(808430200 + 195992600)
    assert ev.total_realisasi == Decimal(805369584 + 195603374)


GOLDEN = [
    ("amount.english_grouping", K + "/realisasi", "1,000,972,958", "1000972958"),
    ("amount.english_grouping", K + "/rencana", "1,004,422,800", "1004422800"),
    ("amount.english_grouping", SUB1 + "/realisasi", "805,369,584", "805369584"),
    ("amount.english_grouping", SUB1 + "/rencana", "808,430,200", "808430200"),
    ("amount.english_grouping", SUB2 + "/realisasi", "195,603,374", "195603374"),
    ("amount.english_grouping", SUB2 + "/rencana", "195,992,600", "195992600"),
    ("angka.decimal_point", "/laporan/2022/angka/t1.S1.I1.capaian", "97.32", "97.32"),
    ("angka.decimal_point", "/laporan/2022/angka/t1.S1.I1.target", "95.56", "95.56"),
    ("angka.decimal_point", "/laporan/2022/angka/t1.S2.I1.capaian", "150.00", "150.00"),
    ("angka.decimal_point", "/laporan/2022/angka/t1.S3.I1.capaian", "166.67", "166.67"),
    ("angka.decimal_point", "/laporan/2022/angka/t2.keg.serapan", "99.66", "99.66"),
    ("angka.decimal_point", "/laporan/2022/angka/t2.sub1.serapan", "99.62", "99.62"),
    ("angka.decimal_point", "/laporan/2022/angka/t2.sub2.serapan", "99.80", "99.80"),
    ("skala.celah", "/laporan/2022/skala/legenda_kinerja", "", None),
]


def test_audit_findings_are_the_reviewed_ones(doc):
    findings = doc.audit()
    assert [(f.rule, f.location, f.reported, f.reported_value) for f in findings] == GOLDEN
    assert {f.severity for f in findings} == {"info"}
    celah = findings[-1]
    assert "celah antara 49.99 dan 50 (49.99 < x < 50) masuk 0 - 49.99% (batas_bawah)" in celah.message
    assert "di bawah 0 masuk 0 - 49.99%" in celah.message


NOTES = {"amount.english_grouping", "angka.decimal_point", "skala.celah"}


def _changed(edit) -> list[tuple[str, str, str, str, str | None]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    edit(data)
    findings = sakip.loads(json.dumps(data)).audit()
    return [(f.rule, f.severity, f.location, f.reported, f.expected) for f in findings if f.rule not in NOTES]


def test_silence_means_agreement():
    # The review reads "no finding" as "the page agrees"; one changed figure of each kind is found.
    def isian(d):
        d["realisasi"]["2022"]["S2.I1"]["rincian"]["rancangan_apbd"][2]["jumlah"] = "1"

    def alokasi(d):
        d["dpa"]["2022"]["program"]["9.99.01"]["kegiatan"]["9.99.01.2.01"]["rencana"] = "1,004,422,801"

    def jumlah(d):
        d["laporan"]["2022"]["angka"]["t1.S2.I1.realisasi"]["teks"] = "4"

    assert _changed(isian) == [("input.rincian_sum", "error", "/realisasi/2022/S2.I1/input/rancangan_apbd", "3", "2")]
    assert _changed(alokasi) == [
        ("budget.sum", "error", K + "/rencana", "1,004,422,801", "1004422800"),
        ("anggaran.mismatch", "error", "/laporan/2022/angka/t2.keg.anggaran", "1,004,422,800", "1004422801"),
    ]
    assert _changed(jumlah) == [("percent.recomputed", "error", "/laporan/2022/angka/t1.S2.I1.realisasi", "4", "3")]


def test_report_runs(capsys):
    assert main(["report", str(DATA)]) == 0
    out = capsys.readouterr().out
    assert "Skala kategori: `legenda_kinerja` (skala laporan sendiri)" in out
    assert "| S1.I1 | 95.56 | 93,00 | 97,32 | 90 - 99.99% | ok |" in out
    assert "| S3.I1 | 3 | 5,00 | 166,67 | Melebihi Target | ok |" in out
    assert (
        "| kegiatan | 9.99.01.2.01 | Koordinasi dan Penyusunan Rencana Anggaran Daerah | Rp1.004.422.800 "
        "| Rp1.000.972.958 | 99,66 | 100,00 |" in out
    )
    assert "14 temuan: 0 error, 0 warning, 14 info" in out


def test_audit_cli_runs(capsys):
    assert main(["audit", str(DATA)]) == 0
    assert "14 temuan: 0 error, 0 warning, 14 info" in capsys.readouterr().out
