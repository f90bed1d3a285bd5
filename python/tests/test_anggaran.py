"""Sub kegiatan first-class and amounts rolled up: Tabel 19 of the LKjIP 2021 of Sekretariat Daerah
Provinsi Sumatera Utara (amounts only on sub kegiatan; tests/data/sumut-setda-2021-tabel19.json,
codes assigned), in ``doc.anggaran``, the audit and ``sakip report``. Figures checked by hand."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import sakip
from sakip.cli import main

ROOT = Path(__file__).resolve().parents[2]
SUMUT = ROOT / "tests" / "data" / "sumut-setda-2021-tabel19.json"


def test_anggaran_has_every_level_rolled_up():
    ang = sakip.load(SUMUT).anggaran(2021)
    rows = ang.to_list()
    assert [r["level"] for r in rows] == [
        "program",
        "kegiatan",
        "sub_kegiatan",
        "kegiatan",
        "sub_kegiatan",
        "sub_kegiatan",
        "sub_kegiatan",
    ]
    p = rows[0]
    # 749 930 215 + 216 194 000 + 378 896 500 + 398 379 650; 702 188 300 + … + 307 055 630
    assert p["rencana"] == Decimal(1743400365)
    assert p["realisasi"] == Decimal(1550154676)
    assert p["serapan"] == Decimal("88.92")  # 88,9156…
    assert (p["asal_rencana"], p["asal_realisasi"]) == ("rincian", "rincian")
    k2 = ang.find("9.99.01.2.02")
    assert k2 is not None
    assert k2["rencana"] == Decimal(993470150) and k2["serapan"] == Decimal("85.35")
    s4 = ang.find("9.99.01.2.02.0003")
    assert s4 is not None
    assert s4["serapan"] == Decimal("77.08")  # printed 80.5
    assert s4["asal_rencana"] == "tercetak"
    df = ang.to_pandas()
    assert list(df["level"]).count("sub_kegiatan") == 4
    assert "Σ" in ang._repr_html_()  # rolled-up amounts marked


def test_audit_plain_mean_and_wrong_sub_kegiatan():
    found = {f.location: f for f in sakip.audit(sakip.load(SUMUT)) if f.rule == "percent.recomputed"}
    assert set(found) == {"/laporan/2021/angka/t19.p.serapan", "/laporan/2021/angka/t19.s4.serapan"}
    prog = found["/laporan/2021/angka/t19.p.serapan"]
    assert prog.reported_value == "88.6" and prog.expected == "88.92"
    assert "plain mean of the 4 printed sub kegiatan percentages" in prog.message_en
    assert "rata-rata biasa" in prog.message
    s4 = found["/laporan/2021/angka/t19.s4.serapan"]
    assert (s4.reported_value, s4.expected) == ("80.5", "77.08")


def test_report_shows_every_level(capsys):
    assert main(["report", str(SUMUT), "--year", "2021"]) == 0
    out = capsys.readouterr().out
    table = out[out.index("## 3.4") : out.index("## Ringkasan audit")]
    assert "| program | **9.99.01** | **Program Pemerintahan Dan Otonomi Daerah** | Rp1.743.400.365 Σ |" in table
    assert (
        "| kegiatan | 9.99.01.2.02 | Kegiatan Fasilitasi Kerjasama Daerah | Rp993.470.150 Σ | Rp847.966.376 Σ |"
        in table
    )
    assert (
        "| sub kegiatan | 9.99.01.2.02.0003 | Sub Kegiatan Evaluasi Pelaksanaan | Rp398.379.650 | Rp307.055.630 | 77,08 |"
        in table
    )
    assert "88,92" in table
    assert "tidak terdefinisi" not in table
    assert "Σ: baris ini tidak mencetak jumlahnya" in table
    # The sasaran serapan is the roll-up too.
    assert "| S3 |" in out and "88,92" in out[out.index("## 3.2") : out.index("## 3.3")]


def test_missing_realisasi_is_named_not_summed():
    data = json.loads(SUMUT.read_text(encoding="utf-8"))
    kegiatan = data["dpa"]["2021"]["program"]["9.99.01"]["kegiatan"]["9.99.01.2.02"]
    del kegiatan["sub_kegiatan"]["9.99.01.2.02.0002"]["realisasi"]
    doc = sakip.loads(json.dumps(data))
    row = doc.anggaran(2021).find("9.99.01.2.02")
    assert row is not None
    assert row["realisasi"] is None and row["asal_realisasi"] == "tidak_ada"
    assert row["serapan"] is None
    assert row["rencana"] == Decimal(993470150)  # the rencana is still known
    ev = doc.evaluate(2021)
    k = ev.program[0]["kegiatan"][1]
    assert k["alasan_realisasi"] == (
        "realisasi not stated; Σ sub kegiatan incomplete: sub kegiatan 9.99.01.2.02.0002 without realisasi"
    )
    notes = [f for f in doc.audit() if f.rule == "budget.realisasi_missing"]
    assert len(notes) == 1
    assert notes[0].severity == "info"
    assert notes[0].location == "/dpa/2021/program/9.99.01/kegiatan/9.99.01.2.02/sub_kegiatan/9.99.01.2.02.0002"
    assert "realisasi belum diinput" in notes[0].message
    assert "realisasi and absorption of program 9.99.01" in notes[0].message_en


def test_plot_serapan_levels():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import sakip.plot

    ang = sakip.load(SUMUT).anggaran(2021)
    ax = sakip.plot.serapan(ang, kegiatan=True)
    assert sorted(t.get_text().strip() for t in ax.get_yticklabels()) == ["9.99.01", "9.99.01.2.01", "9.99.01.2.02"]
    ax = sakip.plot.serapan(ang, kegiatan=True, sub_kegiatan=True)
    assert len(ax.get_yticklabels()) == 7
