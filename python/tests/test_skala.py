"""The report's own scale (issue 14 item 1): read from print, used by evaluate and audit, a sakip.Skala
or a name accepted everywhere, and an unknown name answered with the known ones."""

from __future__ import annotations

import json
import pickle
from decimal import Decimal
from pathlib import Path

import pytest

import sakip
from sakip.cli import main

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "examples" / "data" / "kajuara-2020.json"

SAMPANG = [("91 – 100", "Sangat Baik"), ("76 – 90", "Baik"), ("66 – 75", "Cukup"), ("51 – 65", "Kurang")]
SAMPANG.append(("≤ 50", "Sangat Kurang"))


@pytest.fixture(scope="module")
def doc():
    return sakip.load(str(DATA))


def test_printed_forms():
    assert str(sakip.parse_interval("76 % ≤ 100 %")) == "<Pita  [76, 100]>"
    assert sakip.parse_interval("0 – 49,99").atas == Decimal("49.99")
    assert sakip.parse_interval("> 100 %").bawah_inklusif is False
    assert sakip.parse_interval("Tidak Ada Target") is None
    with pytest.raises(sakip.ParseError):
        sakip.parse_interval("sekitar 90")


def test_skala_tercetak_and_its_notes():
    s = sakip.skala_tercetak("sampang", SAMPANG)
    assert s.kategori("103.09") == "Sangat Baik"
    assert s.kategori("90.5") == "Sangat Baik"
    assert s.kategori("75.5") == "Baik"
    assert len(s.catatan) == 5
    assert s.catatan[0].startswith("celah antara 50 dan 51")
    b = sakip.skala_tercetak("sampang", SAMPANG, aturan_celah="batas_bawah")
    assert b.kategori("75.5") == "Cukup"
    with pytest.raises(sakip.Error, match="valid: batas_atas, batas_bawah"):
        sakip.skala_tercetak("x", SAMPANG, aturan_celah="tengah")
    lain = sakip.skala_tercetak("p", [("0 – 99,99", "Belum"), ("≥ 100", "Tercapai"), ("Tidak Ada Target", "TAT")])
    assert lain.kelas_lain == [("Tidak Ada Target", "TAT")]
    assert lain.has_label("tat")
    again = pickle.loads(pickle.dumps(lain))
    assert again.catatan == lain.catatan and again.kelas_lain == lain.kelas_lain


def test_kajuara_is_judged_on_its_own_printed_scale(doc):
    ev = doc.evaluate(2020)
    assert isinstance(ev.skala, sakip.Skala)
    assert ev.skala.nama == "tabel_3_1_1"
    assert ev.skala_asal == "laporan"
    assert ev.skala_masalah is None
    assert ev["skala_pointer"] == "/laporan/2020/skala/tabel_3_1_1"
    celah = [f for f in doc.audit() if f.rule == "skala.celah"]
    assert len(celah) == 1 and celah[0].location == "/laporan/2020/skala/tabel_3_1_1"


def test_a_scale_object_or_a_name_is_accepted(doc):
    sampang = sakip.skala_tercetak("sampang", SAMPANG)
    ev = doc.evaluate(2020, skala=sampang)
    assert ev.skala_asal == "opsi"
    s1i3 = next(i for i in ev.indikator if i["id"] == "S1.I3")
    assert s1i3["kategori"] == "Sangat Kurang"  # 41,83 %
    assert sakip.evaluate(doc, 2020, skala="permendagri_86_2017").skala.nama == "permendagri_86_2017"
    findings = doc.audit(skala=sampang)
    assert not [f for f in findings if f.rule.startswith("skala.")]
    with pytest.raises(TypeError, match="a shipped scale's name"):
        doc.evaluate(2020, skala=42)
    with pytest.raises(sakip.Error, match="the shipped scales: permendagri_86_2017"):
        doc.audit(skala="lkjip_kajuara_2020")


def test_cli_unknown_scale_lists_the_names(capsys):
    assert main(["report", str(DATA), "--skala", "x"]) == 2
    err = capsys.readouterr().err
    assert "permendagri_86_2017" in err


def test_cli_report_says_which_scale(capsys):
    assert main(["report", str(DATA)]) == 0
    out = capsys.readouterr().out
    assert "Skala kategori: `tabel_3_1_1` (skala laporan sendiri)" in out


def test_report_with_sangat_baik_labels_is_not_flagged(tmp_path):
    # The Kajuara document with its printed scale relabelled as a report labelled Sangat Baik … Sangat
    # Kurang would print it, and the 103,09 % of S1.I1 printed as "Sangat Baik".
    data = json.loads(DATA.read_text(encoding="utf-8"))
    kelas = data["laporan"]["2020"]["skala"]["tabel_3_1_1"]["kelas"]
    for k, (interval, label) in zip(kelas, SAMPANG):
        k["interval"], k["kriteria"] = interval, label
        k.pop("singkatan", None)
    data["laporan"]["2020"]["angka"]["test.S1.I1.kategori"] = {
        "sumber": "uji",
        "ref": "/renstra/indikator/S1.I1",
        "ukuran": "kategori",
        "teks": "Sangat Baik",
    }
    d = sakip.loads(json.dumps(data, ensure_ascii=False))
    mine = [f for f in d.audit() if f.location == "/laporan/2020/angka/test.S1.I1.kategori"]
    assert mine == []
