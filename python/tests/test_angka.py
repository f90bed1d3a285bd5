"""One reading of numbers (docs/formats.md) in the Python functions and the CLI, and "not available"
values: the examples of issue 14 (items 5 and 6)."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sakip
from sakip.cli import main

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "data" / "compat" / "bentuk-nilai.sakip1.json"


def test_capaian_takes_the_indonesian_comma() -> None:
    # capaian("97,25", "98,5") = 97.25 / 98.5 × 100 = 98.7309… -> 98.73
    c = sakip.capaian("97,25", "98,5")
    assert c.persen == sakip.Decimal("98.73")
    assert sakip.capaian("70%", "100").persen == sakip.Decimal("70.00")
    assert sakip.capaian("1.234,5", "1.234,5").persen == sakip.Decimal("100.00")
    assert sakip.capaian(".5", "1").persen == sakip.Decimal("50.00")  # canonical forms still work
    assert sakip.capaian("1234.56", "1234.56").persen == sakip.Decimal("100.00")


def test_a_lone_group_is_thousands_and_warns() -> None:
    with pytest.warns(sakip.AmbiguousNumberWarning, match="1.234"):
        assert sakip.Decimal.parse("1.234") == 1234
    with pytest.warns(sakip.AmbiguousNumberWarning):
        # realisasi 1.000 of target 1000: 100 %, not 0,1 %
        assert sakip.capaian("1.000", "1000").persen == sakip.Decimal("100.00")
    assert issubclass(sakip.AmbiguousNumberWarning, UserWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert sakip.capaian("1.5", "6.84").persen == sakip.Decimal("21.93")  # decimal points: no warning
        assert sakip.Decimal.parse("1.500.000") == 1500000


def test_the_constructor_stays_canonical() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        d = sakip.Decimal("1.500")
    assert d == sakip.Decimal("1.5")
    assert d.scale == 3
    with pytest.raises(sakip.Error):
        sakip.Decimal("97,25")


def test_ambiguous_warning_as_error() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", sakip.AmbiguousNumberWarning)
        with pytest.raises(sakip.AmbiguousNumberWarning):
            sakip.Decimal.parse("1.500")


def test_polaritas_any_case_and_the_valid_values_listed() -> None:
    assert sakip.capaian("90", "100", polaritas="Positif").persen == sakip.Decimal("90.00")
    assert sakip.capaian("90", "100", polaritas="NEGATIF").persen == sakip.Decimal("110.00")
    with pytest.raises(sakip.Error, match="valid: positif, negatif, rentang, stabil"):
        sakip.capaian("90", "100", polaritas="Positip")


@given(st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-(10**12), max_value=10**12))
def test_format_angka_reads_back(x: object) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", sakip.AmbiguousNumberWarning)
        assert sakip.Decimal.parse(sakip.format_angka(x)) == sakip.Decimal(x)


def test_cli_capaian_reads_the_document_forms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["capaian", "--target", "98,5", "--realisasi", "97,25"]) == 0
    assert "capaian 98,73 %" in capsys.readouterr().out
    assert main(["capaian", "--target", "100", "--realisasi", "70%", "--polaritas", "Positif"]) == 0
    assert "capaian 70,00 %" in capsys.readouterr().out
    assert main(["capaian", "--target", "1000", "--realisasi", "1.000"]) == 0
    out = capsys.readouterr()
    assert "capaian 100,00 %" in out.out
    assert "warning" in out.err and "1.000" in out.err


def test_cli_bad_values_are_one_line_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["capaian", "--target", "27.00.000", "--realisasi", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sakip: error:") and "27.00.000" in err and "invalid digit grouping" in err
    with pytest.raises(SystemExit):
        main(["capaian", "--target", "1", "--realisasi", "1", "--polaritas", "Positip"])
    assert "positif" in capsys.readouterr().err


def _doc(tmp_path: Path, a: str) -> sakip.Dokumen:
    d = json.loads(SMALL.read_text(encoding="utf-8"))
    d["realisasi"]["2020"]["S1.I1"]["input"]["a"] = a
    d["realisasi"]["2020"]["S1.I1"].pop("rincian")
    p = tmp_path / "d.json"
    p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return sakip.load(p)


def test_not_available_is_held_undefined_and_reported(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "tidak ada data")
    r = doc.realisasi[2020][0]
    b = r.input["a"]
    assert b.text == "tidak ada data"
    assert b.tersedia is False
    assert b.value is None
    findings = sakip.audit(doc)
    gaps = [f for f in findings if f.rule == "data.tidak_tersedia"]
    assert [f.location for f in gaps] == ["/realisasi/2020/S1.I1/input/a"]
    assert '"tidak ada data" (not available): a data gap' in gaps[0].message_en
    assert '"a": "tidak ada data"' in doc.to_json()  # saved back as printed


def test_besaran_notes_and_ambiguous_target(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "1.234")
    b = doc.realisasi[2020][0].input["a"]
    assert b.value == 1234
    assert b.notes == ["ambiguous_thousands"]
    assert b.has_note("ambiguous_thousands")
    amb = [f for f in sakip.audit(doc) if f.rule == "angka.ambiguous"]
    assert [f.location for f in amb] == ["/realisasi/2020/S1.I1/input/a"]
    assert "if 1,234 was meant write 1,234" in amb[0].message_en


KAJUARA = ROOT / "examples" / "data" / "kajuara-2020.json"


def test_printed_measures_count_sum_and_change() -> None:
    """jumlah_sub_kegiatan, total_capaian and a change in points (selisih_*) as distinct from a relative
    one (perubahan_*), on the Kajuara dataset (tests/audit/test_ukuran_cetak.cpp has the hand checks)."""
    data = json.loads(KAJUARA.read_text(encoding="utf-8"))
    angka = data["laporan"]["2020"]["angka"]
    ref = "/renstra/indikator/S1.I3"
    # S1.I3 realisasi 2019 35 %, 2020 32 / 90 = 35,5555… %: +0,56 points, +1,59 % relative.
    angka["x.poin"] = {"sumber": "T", "ref": ref, "ukuran": "selisih_realisasi", "teks": "0,56", "arah": "Naik"}
    angka["x.tertukar"] = {"sumber": "T", "ref": ref, "ukuran": "selisih_realisasi", "teks": "1,59"}
    # Sasaran 1: 103,0927… + 41,8300… (S1.I2 is 0/0, left out) = 144,92.
    angka["x.jumlah"] = {"sumber": "T", "ref": "/renstra/sasaran/S1", "ukuran": "total_capaian", "teks": "144,92"}
    doc = sakip.loads(json.dumps(data))
    assert doc.laporan[2020].find_angka("x.poin").arah == "naik"
    ev = doc.evaluate(2020)
    assert ev["jumlah_sub_kegiatan"] == 0  # a Permendagri 13/2006 DPA: no sub kegiatan
    s1 = next(s for s in ev["sasaran"] if s["id"] == "S1")
    assert str(s1["jumlah_capaian"]["value"]) == "144.92"
    found = {f.location.rsplit("/", 1)[-1]: f for f in doc.audit()}
    assert "x.poin" not in found and "x.jumlah" not in found
    assert found["x.tertukar"].rule == "percent.recomputed"
    assert "the relative change" in found["x.tertukar"].message_en
