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
