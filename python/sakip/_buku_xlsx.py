"""The workbook form of a document as an .xlsx file (openpyxl): template, export and import.

The sheets and columns are :mod:`sakip._buku`'s (derived from the JSON Schema); the values are
:mod:`sakip._buku_data`'s. Importing is workbook → sakip/1 JSON text → :func:`sakip.loads`, and every
problem, the workbook's own and the loader's, is reported at its cell (``DPA!D14``), all at once.
"""

from __future__ import annotations

import json
import os
from typing import Any, Optional, Union

from . import _core
from ._angka_sel import buka_xlsx
from ._buku import Kolom, Lembar, lembar_dari_schema
from ._buku_data import FORM_HEADERS, Grid, Masalah, dari_grid, ke_grid, kolom_huruf, sel_dari_pointer
from ._core import Error  # type: ignore[attr-defined]  # the stub re-exports it from sakip (a cycle)
from ._dokumen import Dokumen, loads

PathLike = Union[str, "os.PathLike[str]"]
PETUNJUK = "Petunjuk"
DAFTAR = "Daftar"
#: The rows a column's choice list covers (Excel's last row).
ROWS = 1048576


class WorkbookError(Error):  # type: ignore[misc]  # sakip.Error, a ValueError
    """A workbook that does not make a valid document; ``problems`` lists every :class:`Masalah`
    (cell, text, rule, message)."""

    def __init__(self, origin: str, problems: list[Masalah]) -> None:
        self.problems = problems
        lines = "\n  ".join(str(p) for p in problems)
        super().__init__(f"{origin}: {len(problems)} masalah / problems:\n  {lines}")


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - the office extra is not installed
        raise _core.Error("the workbook needs openpyxl: pip install 'sakip[office]'") from exc
    return openpyxl


_PENJELASAN = [
    ("Petunjuk pengisian / How to fill in", ""),
    (
        "Setiap lembar adalah satu bagian dokumen sakip/1; satu baris satu unsur (indikator, program, …).",
        "Each sheet is one part of a sakip/1 document; one row is one element (an indicator, a program, …).",
    ),
    (
        "Kolom kunci (tahun, kode, id, no …) menyatakan letak baris; kolom lain isinya.",
        "Key columns (tahun, kode, id, no …) say where a row belongs; the other columns are its fields.",
    ),
    (
        "Sel kosong berarti tidak ada / tidak diketahui — bukan 0. Jangan menulis 0 untuk data yang tidak ada.",
        "An empty cell means absent / unknown — never 0. Do not type 0 for data that is not there.",
    ),
    (
        "Angka rupiah dan persen ditulis seperti tercetak, sebagai teks: 88.799.000,00 · 96,36 · 6 Dokumen.",
        "Amounts and percentages are written as printed, as text: 88.799.000,00 · 96,36 · 6 Dokumen.",
    ),
    (
        "Angka yang diketik sebagai bilangan diterima bila tepat (bulat, atau paling banyak 15 digit).",
        "A number typed as a number is accepted when exact (a whole number, or at most 15 digits).",
    ),
    (
        "Kode dan id selalu teks ('01, bukan 1): kolomnya berformat teks.",
        "Codes and ids are always text ('01, not 1): their columns are formatted as text.",
    ),
    (
        "Daftar (catatan, kode program, …): satu butir per baris dalam sel (Alt+Enter).",
        "Lists (catatan, program codes, …): one item per line in the cell (Alt+Enter).",
    ),
    (
        "Target berupa rentang: isi kolom '… bawah' dan '… atas', kosongkan kolom target.",
        "A target range: fill the '… bawah' and '… atas' columns and leave the target column empty.",
    ),
    (
        "DPA: baris program mengisi tahun+program; kegiatan juga kegiatan; sub kegiatan juga sub kegiatan.",
        "DPA: a program row fills tahun+program; a kegiatan row also kegiatan; a sub kegiatan row also sub kegiatan.",
    ),
    (
        "Impor: sakip import BUKU.xlsx -o DOKUMEN.json — setiap masalah disebut dengan selnya (DPA!D14).",
        "Import: sakip import BOOK.xlsx -o DOCUMENT.json — every problem is named with its cell (DPA!D14).",
    ),
]


def _petunjuk(wb: Any, sheets: list[Lembar]) -> None:
    ws = wb.create_sheet(PETUNJUK, 0)
    ws.append(["Bahasa Indonesia", "English"])
    for row in _PENJELASAN:
        ws.append(list(row))
    ws.append([])
    ws.append(["lembar / sheet", "kolom / column", "keterangan / description", "jenis / kind"])
    for s in sheets:
        ws.append([s.nama, "", s.deskripsi, "formulir: kolom, isi" if s.form else ""])
        for k in s.kunci:
            ws.append([s.nama, k.header, k.deskripsi, "kunci / key"])
        for c in s.kolom:
            ws.append([s.nama, c.header, c.deskripsi, c.jenis + (": " + ", ".join(c.pilihan) if c.pilihan else "")])
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 50


def _daftar(wb: Any, sheets: list[Lembar]) -> dict[tuple[str, ...], str]:
    """The hidden sheet of choice lists; the range of each list (for data validation)."""
    lists: dict[tuple[str, ...], str] = {}
    ws = wb.create_sheet(DAFTAR)
    for s in sheets:
        for choices in [c.pilihan for c in s.kolom] + [k.pilihan for k in s.kunci]:
            if choices and choices not in lists:
                col = kolom_huruf(len(lists) + 1)
                for i, v in enumerate(choices, start=1):
                    ws[f"{col}{i}"] = v
                lists[choices] = f"{DAFTAR}!${col}$1:${col}${len(choices)}"
    ws.sheet_state = "hidden"
    return lists


def _validasi(
    ws: Any, col: int, choices: tuple[str, ...], lists: dict[tuple[str, ...], str], rows: tuple[int, int]
) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(type="list", formula1=lists[choices], allow_blank=True)
    dv.error = "Pilih salah satu / choose one of: " + ", ".join(choices)
    dv.errorTitle = "sakip"
    letter = kolom_huruf(col)
    dv.add(f"{letter}{rows[0]}:{letter}{rows[1]}")
    ws.add_data_validation(dv)


def _text_column(k: Union[Kolom, None], kode: bool) -> bool:
    return kode or (k is not None and k.jenis in ("kode", "angka", "teks", "pilihan", "daftar"))


def tulis_grid(grids: dict[str, Grid], path: PathLike, sheets: Optional[list[Lembar]] = None) -> None:
    """Write the grids as an .xlsx workbook with the guidance sheet and the choice lists."""
    openpyxl = _openpyxl()
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font

    sheets = sheets if sheets is not None else lembar_dari_schema()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    _petunjuk(wb, sheets)
    lists = _daftar(wb, sheets)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for s in sheets:
        ws = wb.create_sheet(s.nama)
        grid = grids.get(s.nama) or [FORM_HEADERS if s.form else s.headers]
        for row in grid:
            ws.append(row)
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # a printed "= 32/90 x 100%" is text, not a formula
        for cell in ws[1]:
            cell.font = bold
        if s.form:
            for r, c in enumerate(s.kolom, start=2):
                ws.cell(r, 1).comment = Comment(c.deskripsi or c.header, "sakip")
                ws.cell(r, 2).number_format = "@" if c.jenis != "bulat" else "General"
                ws.cell(r, 2).alignment = wrap
                if c.pilihan:
                    _validasi(ws, 2, c.pilihan, lists, (r, r))
            ws.column_dimensions["A"].width = 32
            ws.column_dimensions["B"].width = 80
            continue
        keys: list[Any] = [*s.kunci, *s.kolom]
        for j, k in enumerate(keys, start=1):
            letter = kolom_huruf(j)
            ws.cell(1, j).comment = Comment(k.deskripsi or k.header, "sakip")
            is_kolom = isinstance(k, Kolom)
            if _text_column(k if is_kolom else None, not is_kolom and k.jenis == "map"):
                ws.column_dimensions[letter].number_format = "@"
                for r in range(2, len(grid) + 1):
                    ws.cell(r, j).number_format = "@"
            ws.column_dimensions[letter].width = 14 if not is_kolom else 24
            if k.pilihan:
                _validasi(ws, j, k.pilihan, lists, (2, ROWS))
        ws.freeze_panes = ws.cell(2, len(s.kunci) + 1)
    wb.save(os.fspath(path))


def _baca_grid(path: PathLike) -> dict[str, Grid]:
    _openpyxl()  # the office extra, or a message that says so
    wb = buka_xlsx(path, data_only=False)  # a formula is read as its text
    try:
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    finally:
        wb.close()


# ---- the API ------------------------------------------------------------------------------------


def export_workbook(doc: Union[Dokumen, _core.Dokumen], path: PathLike) -> None:
    """Write ``doc`` as the workbook form (one sheet per part; see docs/spreadsheets.md)."""
    text = doc.to_json()
    sheets = lembar_dari_schema()
    tulis_grid(ke_grid(json.loads(text), sheets), path, sheets)


def template_workbook(path: PathLike, contoh: Optional[Union[Dokumen, _core.Dokumen]] = None) -> None:
    """Write a blank workbook (headers, guidance, choice lists), or ``contoh`` filled in."""
    if contoh is not None:
        export_workbook(contoh, path)
        return
    tulis_grid({}, path)


def workbook_json(path: PathLike) -> str:
    """The sakip/1 JSON text of a workbook, validated by the loader; raises :class:`WorkbookError`
    listing every problem at its cell."""
    origin = os.fsdecode(os.fspath(path))
    sheets = lembar_dari_schema()
    data, cells, problems = dari_grid(_baca_grid(path), sheets)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:  # also after the workbook's own problems: every problem at once
        loads(text, origin)
    except _core.LoadError as exc:
        own = {p.sel for p in problems}
        found = getattr(exc, "problems", None) or []
        for p in found:
            where, shown = sel_dari_pointer(p.pointer, cells)
            if where not in own:  # a cell already reported: the loader sees the field as missing
                at = f" ({p.pointer or '/'})"
                problems.append(Masalah(where, shown, p.rule, p.message + at, p.message_en + at))
        if not found and not problems:
            raise
    if problems:
        raise WorkbookError(origin, problems)
    return text


def import_workbook(path: PathLike) -> Dokumen:
    """Read a workbook into a validated :class:`sakip.Dokumen`."""
    return loads(workbook_json(path), os.fsdecode(os.fspath(path)))
