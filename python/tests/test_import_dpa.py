"""sakip.import_dpa and `sakip import-dpa`: SIPD-style DPA exports (tests/data/sipd, hand-checked)."""

from __future__ import annotations

import decimal
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import sakip
from sakip import cli

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "sipd"
CSV = DATA / "dpa-2021.csv"
XLSX = DATA / "dpa-2021.xlsx"
KAJUARA = Path(__file__).resolve().parents[2] / "examples" / "data" / "kajuara-2020.json"


def _rules(doc: sakip.Dokumen) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in doc.audit(2021):
        out.setdefault(f.rule, []).append(f.location)
    return out


@pytest.mark.parametrize("path", [CSV, XLSX], ids=["csv", "xlsx"])
def test_done_when_export_imports_and_audit_finds_the_planted_errors(path: Path) -> None:
    h = sakip.import_dpa(path, 2021)
    assert h.dpa.skema_kode == "permendagri_90_2019"
    assert [p.kode.text for p in h.dpa.program] == ["7.01.01", "7.01.02"]
    p1 = h.dpa.program[0]
    assert p1.rencana is not None and p1.rencana.value == decimal.Decimal(250_000_000)
    # every one of the 21 lines accounted for
    assert h.jumlah == {
        "judul": 3, "header": 1, "nomor_kolom": 1, "kosong": 1, "urusan": 2, "program": 2,
        "kegiatan": 3, "sub_kegiatan": 4, "rekening": 2, "total": 1, "dilewati": 1,
    }  # fmt: skip
    assert sum(h.jumlah.values()) == 21
    assert [(n, j) for n, j, _ in h.baris if j in ("total", "dilewati")] == [(16, "dilewati"), (21, "total")]
    # empty realisasi: unknown, never 0
    k2 = p1.kegiatan[1]
    assert k2.realisasi is None and k2.sub_kegiatan[0].realisasi is None
    rules = _rules(h.dokumen("Kecamatan Kajuara"))
    # the planted wrong %: 45.000.000 / 50.000.000 = 90,00 %, printed 95,00
    assert rules["percent.recomputed"] == ["/laporan/2021/angka/sipd.14.serapan"]
    # the planted parent ≠ Σ children: program 7.01.01 prints 250 juta, its kegiatan 150 + 95 = 245 juta
    assert rules["budget.sum"] == ["/dpa/2021/program/7.01.01/rencana"]
    planted = next(a for a in h.angka if a.id == "sipd.14.serapan")
    assert planted.teks == "95,00"
    assert planted.sumber == ("dpa-2021.csv:14:5" if path == CSV else "DPA!E14")


def test_audit_expected_values() -> None:
    doc = sakip.import_dpa(CSV, 2021).dokumen()
    by_rule = {f.rule: f for f in doc.audit(2021)}
    assert by_rule["percent.recomputed"].expected == "90.00"
    assert by_rule["budget.sum"].expected == "245000000"
    # the printed total 330.000.000 = 250 + 80 juta, realisasi 302 juta, 302/330 = 91,5151… → 91,52: no finding
    assert not any(f.location.startswith("/laporan/2021/angka/sipd.21") for f in doc.audit(2021))


def test_rekening_summed_into_their_sub_kegiatan() -> None:
    s = sakip.import_dpa(CSV, 2021).dpa.program[0].kegiatan[0].sub_kegiatan[0]
    assert list(s.catatan) == [
        "2 rekening (baris 12-13); Σ pagu Rp100.000.000; Σ realisasi Rp95.000.000; 2 % rekening tidak disimpan / not kept"
    ]


def test_dataframe_numeric_amounts_exact_and_numeric_code_refused() -> None:
    df = pd.DataFrame(
        {
            "Kode": ["01", "0102"],
            "Uraian": ["Pelayanan Administrasi Perkantoran", "Penyediaan Jasa Komunikasi"],
            "Pagu": [1_000_000, decimal.Decimal("1000000.50")],
            "Realisasi": [float("nan"), 999_999.5],
        }
    )
    h = sakip.import_dpa(df, 2020)
    p = h.dpa.program[0]
    assert p.kode.text == "01" and p.realisasi is None  # NaN: empty, not 0
    k = p.kegiatan[0]
    assert k.rencana is not None and k.rencana.value == decimal.Decimal("1000000.50")
    assert k.realisasi is not None and k.realisasi.value == decimal.Decimal("999999.50")
    bad = pd.DataFrame({"Kode": ["01", 102], "Uraian": ["a", "b"], "Pagu": ["1", "2"]})
    with pytest.raises(sakip.ImporDpaError) as e:
        sakip.import_dpa(bad, 2020)
    assert e.value.masalah[0][0] == "DataFrame!A3"
    assert "kode 102 berupa angka" in e.value.masalah[0][1]


def test_a_float_that_is_not_the_number_typed_is_refused_at_its_cell() -> None:
    # 0.1 + 0.2 in a cell is 0.30000000000000004 (17 digits): not what anyone typed, so refused with
    # its cell, as the workbook form refuses it (one rule: sakip._angka_sel), never read as 0,30...04
    df = pd.DataFrame({"Kode": ["01"], "Uraian": ["Program"], "Pagu": [1_000_000], "Realisasi": [0.1 + 0.2]})
    with pytest.raises(sakip.ImporDpaError) as e:
        sakip.import_dpa(df, 2020)
    place, message = e.value.masalah[0]
    assert place == "DataFrame!D2" and "lebih dari 15 digit" in message


def test_numeric_code_cell_in_a_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DPA"
    ws.append(["DPA 2021"])
    ws.append(["Kode", "Uraian", "Pagu"])
    ws.append([1.01, "Program", "1.000"])
    ws.append(["7.01.01", "Program", "12,3,4"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(sakip.ImporDpaError) as e:
        sakip.import_dpa(tmp_path / "x.xlsx", 2021)
    assert [m[0] for m in e.value.masalah] == ["DPA!A3", "DPA!C4"]  # all problems at once
    assert e.value.masalah[0][1].startswith("kode 1,01 berupa angka")
    assert isinstance(e.value, sakip.Error) and isinstance(e.value, ValueError)


def test_ambiguous_lone_group_flagged(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("Kode,Uraian,Pagu\n7.01.01,Program,1.234\n", encoding="utf-8")
    h = sakip.import_dpa(f, 2021)
    assert h.dpa.program[0].rencana is not None and h.dpa.program[0].rencana.value == decimal.Decimal(1234)
    assert h.peringatan[0].startswith('a.csv:2:3: pagu "1.234" bermakna ganda')


def test_column_names_one_table() -> None:
    names = sakip.impor_dpa.kolom_dpa()
    assert "kode rekening" in names["kode"] and "anggaran" in names["pagu"] and "%" in names["persen"]


def test_cli_output_and_into(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o.json"
    assert cli.main(["import-dpa", str(CSV), "--tahun", "2021", "-o", str(out), "--instansi", "Kec"]) == 0
    doc = sakip.load(out)
    assert doc.instansi.nama == "Kec" and list(doc.dpa) == [2021]
    assert "baris 21: total" in capsys.readouterr().out
    into = tmp_path / "k.json"
    into.write_bytes(KAJUARA.read_bytes())
    assert cli.main(["import-dpa", str(CSV), "--tahun", "2021", "--into", str(into)]) == 0
    merged = sakip.load(into)
    assert sorted(merged.dpa) == [2020, 2021]
    assert len(merged.laporan[2021].angka) == 10
    assert "percent.recomputed" in _rules(merged)
    before = into.read_bytes()
    assert cli.main(["import-dpa", str(CSV), "--tahun", "2020", "--into", str(into)]) == 2
    assert "sudah memuat DPA 2020" in capsys.readouterr().err
    assert into.read_bytes() == before  # refused: untouched
    assert cli.main(["import-dpa", str(CSV), "--tahun", "2021", "--into", str(into), "--timpa"]) == 0
    assert len(json.loads(into.read_text(encoding="utf-8"))["laporan"]["2021"]["angka"]) == 10


def test_dpa_from_table_reads_the_same_header_names() -> None:
    rows = sakip.frames.dpa_from_table(
        {"KODE REKENING": ["0102"], "Uraian": ["Jasa"], "ANGGARAN (Rp)": ["1.500.000,00"]}
    )
    assert rows[0].kode.text == "0102" and rows[0].pagu == sakip.Rupiah(1_500_000)
    assert "kode rekening" in sakip.frames.KOLOM_DPA["kode"]
