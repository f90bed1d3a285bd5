"""The workbook form (template, export, import): round trips, the template's structure, planted errors."""

from __future__ import annotations

import json
import pathlib
import zipfile

import pytest

import sakip
from sakip import cli

openpyxl = pytest.importorskip("openpyxl")

ROOT = pathlib.Path(__file__).resolve().parents[2]
#: every bundled dataset (a new one in examples/data is covered without a change here) and the test files
FILES = sorted(
    [
        *(ROOT / "examples" / "data").glob("*.json"),
        *(ROOT / "tests" / "data").glob("*.json"),
        *(ROOT / "tests" / "data" / "compat").glob("*.json"),
    ]
)
KAJUARA = ROOT / "examples" / "data" / "kajuara-2020.json"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_round_trip_is_identity(path: pathlib.Path, tmp_path: pathlib.Path) -> None:
    doc = sakip.load(path)
    out = tmp_path / "buku.xlsx"
    sakip.export_workbook(doc, out)
    back = sakip.import_workbook(out)
    assert json.loads(back.to_json()) == json.loads(path.read_text(encoding="utf-8"))
    assert back == doc


def _cells(path: pathlib.Path, sheet: str) -> list[list[object]]:
    wb = openpyxl.load_workbook(path)
    return [list(r) for r in wb[sheet].iter_rows(values_only=True)]


def test_export_holds_the_printed_texts(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "k.xlsx"
    sakip.export_workbook(sakip.load(KAJUARA), out)
    dpa = _cells(out, "DPA")
    assert dpa[0][:7] == ["tahun", "program", "kegiatan", "sub kegiatan", "uraian", "kode lain", "rencana"]
    data = json.loads(KAJUARA.read_text(encoding="utf-8"))
    year, programs = next(iter(data["dpa"].items()))
    code, program = next(iter(programs["program"].items()))
    first = dpa[1]
    assert first[:4] == [year, code, None, None]  # a program row fills tahun and program only
    assert first[6] == program["rencana"]  # the amount as printed, a text
    assert isinstance(first[6], str)
    rows = sum(
        1 + len(k.get("sub_kegiatan", {})) for p in programs["program"].values() for k in p.get("kegiatan", {}).values()
    )
    assert len(dpa) - 1 == rows + len(programs["program"])


def test_template_has_sheets_headers_and_validation(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "t.xlsx"
    assert cli.main(["template", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    names = wb.sheetnames
    assert names[0] == "Petunjuk"
    for part in (
        "Dokumen",
        "Instansi",
        "Renstra",
        "Indikator",
        "Target",
        "IKU",
        "PK",
        "DPA",
        "Realisasi",
        "Laporan angka",
        "Skala",
    ):
        assert part in names
    assert wb["Daftar"].sheet_state == "hidden"
    ind = wb["Indikator"]
    headers = [c.value for c in ind[1]]
    assert headers[:5] == ["indikator", "sasaran", "nama", "satuan", "polaritas"]
    assert ind.max_row == 1  # blank: no data rows
    (dv,) = [d for d in ind.data_validations.dataValidation if "E2" in d.sqref]
    ref = dv.formula1.split("!")[1].replace("$", "")
    choices = [c.value for row in wb["Daftar"][ref] for c in row]
    assert choices == ["positif", "negatif", "rentang", "stabil"]
    petunjuk = " ".join(str(c.value) for row in wb["Petunjuk"].iter_rows() for c in row if c.value)
    assert "Sel kosong berarti tidak ada" in petunjuk
    assert "never 0" in petunjuk


def test_contoh_imports_to_the_bundled_dataset(tmp_path: pathlib.Path) -> None:
    xlsx, js = tmp_path / "c.xlsx", tmp_path / "c.json"
    assert cli.main(["template", str(xlsx), "--contoh", "kajuara-2020"]) == 0
    assert cli.main(["import", str(xlsx), "-o", str(js)]) == 0
    assert js.read_bytes() == KAJUARA.read_bytes()


def _set(path: pathlib.Path, sheet: str, header: str, row: int, value: object) -> str:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    col = [c.value for c in ws[1]].index(header) + 1
    ws.cell(row, col).value = value
    wb.save(path)
    return ws.cell(row, col).coordinate


def _replace_xml(path: pathlib.Path, old: str, new: str) -> None:
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    hits = [n for n, b in parts.items() if old.encode() in b]
    assert len(hits) == 1
    parts[hits[0]] = parts[hits[0]].replace(old.encode(), new.encode())
    with zipfile.ZipFile(path, "w") as z:
        for n, b in parts.items():
            z.writestr(n, b)


def test_planted_errors_all_at_once(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bad.xlsx"
    sakip.export_workbook(sakip.load(KAJUARA), out)
    amount = _set(out, "DPA", "rencana", 3, "88.799.OOO,00")
    polar = _set(out, "Indikator", "polaritas", 2, "naik")
    code = _set(out, "DPA", "program", 5, 102)
    key = _set(out, "Tujuan", "tujuan", 2, None)
    with pytest.raises(sakip.WorkbookError) as info:
        sakip.import_workbook(out)
    assert isinstance(info.value, sakip.Error)
    found = {(p.sel, p.teks, p.aturan) for p in info.value.problems}
    assert (f"DPA!{amount}", "88.799.OOO,00", "schema.type") in found or any(
        s == f"DPA!{amount}" and t == "88.799.OOO,00" for s, t, _ in found
    )
    assert any(s == f"Indikator!{polar}" and t == "naik" for s, t, _ in found)
    assert (f"DPA!{code}", "102", "buku.kode_angka") in found
    assert any(s == f"Tujuan!{key}" and r == "buku.kunci_kosong" for s, _, r in found)
    assert cli.main(["import", str(out), "-o", str(tmp_path / "bad.json")]) == 2
    err = capsys.readouterr().err
    assert f"DPA!{amount}" in err and f"Indikator!{polar}" in err
    assert not (tmp_path / "bad.json").exists()


def test_numbers_typed_into_cells(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "n.xlsx"
    doc = sakip.load(KAJUARA)
    sakip.export_workbook(doc, out)
    _set(out, "DPA", "rencana", 2, 88799000)  # an exact whole number
    _set(out, "DPA", "realisasi", 2, 1234.5)  # exact: read as 1.234,5 by the one formatter
    back = json.loads(sakip.import_workbook(out).to_json())
    program = next(iter(next(iter(back["dpa"].values()))["program"].values()))
    assert program["rencana"] == "88799000"
    assert program["realisasi"] == "1.234,5"
    # Excel stores 0.1 + 0.2 as 17 digits (openpyxl would round it to 15): not what anyone typed
    _set(out, "DPA", "realisasi", 2, 1234.5)
    _replace_xml(out, "<v>1234.5</v>", "<v>0.30000000000000004</v>")
    with pytest.raises(sakip.WorkbookError) as info:
        sakip.import_workbook(out)
    assert [p.aturan for p in info.value.problems] == ["buku.angka_tidak_tepat"]


def test_empty_cell_stays_absent(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "e.xlsx"
    sakip.export_workbook(sakip.load(KAJUARA), out)
    _set(out, "DPA", "realisasi", 2, None)
    back = json.loads(sakip.import_workbook(out).to_json())
    program = next(iter(next(iter(back["dpa"].values()))["program"].values()))
    assert "realisasi" not in program  # undefined, never "0"


def test_export_cli(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "s.xlsx"
    src = ROOT / "tests" / "data" / "sumut-setda-2021-tabel19.json"
    assert cli.main(["export", str(src), "-o", str(out)]) == 0
    assert "DPA" in openpyxl.load_workbook(out).sheetnames
    assert cli.main(["export", str(tmp_path / "missing.json"), "-o", str(out)]) == 2
