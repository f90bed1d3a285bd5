"""``sakip report --format xlsx``: the report (:mod:`sakip._laporan`) as an Excel workbook (openpyxl,
``pip install sakip[office]``).

One sheet per table, the header row frozen. A figure is a **number cell** only when its exact value
survives the cell: Excel keeps a 64-bit float, so the Decimal must come back unchanged from the
float's shortest repr and have at most 15 significant digits (:func:`angka_persis`); any other figure
is a text cell written by the library's formatter, with a comment saying why. A number cell's format
shows the figure as the library writes it (the Decimal's own places, ``Rp`` before amounts, a Σ mark
after a summed amount), tagged Indonesian (``[$-421]``, docs/spreadsheets.md). JUMLAH rows hold the
evaluation's totals as values; the equivalent formula is noted in the cell's comment and under the
table.
"""

from __future__ import annotations

import decimal
import io
import textwrap
from typing import Any, Optional

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ._laporan import Baris, Laporan, Sel, Tabel, teks

#: Excel's tag for Indonesian (LCID 0x0421) before a number format.
LOKAL = "[$-421]"
CATATAN_ANGKA = (
    "Angka disimpan sebagai angka Excel bila nilai persisnya tetap utuh dalam sel; selain itu sebagai teks."
    " / Figures are number cells when their exact value survives the cell; else text."
)
TEKS_BUKAN_ANGKA = (
    "Teks, bukan angka: nilai persisnya {nilai} tidak dapat disimpan sebagai angka Excel (float 64-bit)"
    " / text, not a number: its exact value {nilai} does not survive an Excel number cell"
)
_LEBAR_MAKS = 60


def angka_persis(d: decimal.Decimal) -> Optional[float]:
    """The float of ``d`` when it holds ``d`` exactly as the cell will keep it, else None."""
    if not d.is_finite() or len(d.normalize().as_tuple().digits) > 15:
        return None
    f = float(d)
    return f if decimal.Decimal(repr(f)) == d else None


def format_angka_excel(sel: Sel) -> str:
    """The number format showing ``sel`` as :func:`sakip._laporan.teks` writes it."""
    assert sel.nilai is not None
    exp = sel.nilai.as_tuple().exponent
    places = -exp if isinstance(exp, int) and exp < 0 else 0
    if sel.jenis == "rupiah" and sel.nilai == sel.nilai.to_integral_value():
        places = 0  # Rupiah.format("ringkas"): Rp1.234, but Rp1.234,50
    body = "#,##0" + ("." + "0" * places if places else "")
    if sel.jenis == "rupiah":
        body = f'"Rp"{body};-"Rp"{body}'
    if sel.tanda:
        body = ";".join(f'{part}" {sel.tanda}"' for part in body.split(";"))
    return LOKAL + body


def _kolom(n: int) -> str:
    return str(get_column_letter(n))


def _rumus(b: Baris, r: int, first: int) -> dict[int, str]:
    """The formulas equivalent to a JUMLAH row's figures (row ``r``; data rows ``first``..r-1)."""
    out = {}
    for c, spec in b.rumus.items():
        col = _kolom(c + 1)
        if spec[0] == "SUMIF":
            out[c] = f'=SUMIF($A${first}:$A${r - 1},"{spec[1]}",{col}{first}:{col}{r - 1})'
        elif spec[0] == "RASIO":
            out[c] = f"=ROUND({_kolom(spec[1] + 1)}{r}/{_kolom(spec[2] + 1)}{r}*100,2)"
    return out


def _cetak(ws: Any) -> None:
    """Printed (and rendered to PDF) landscape, one page wide, the header row on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "1:1"


def _baris_teks(values: list[Any], widths: list[int]) -> int:
    """The lines a row needs when its long texts wrap (spreadsheets do not size rows on opening):
    a word wrap at about the characters the column shows."""
    return max([1] + [len(textwrap.wrap(v, int(w * 1.1))) for v, w in zip(values, widths) if isinstance(v, str)])


def _rapikan(ws: Any, widths: list[int]) -> None:
    """Wrapped text, the row heights it needs, and thin borders around the table's cells."""

    thin = Side(style="thin", color="888888")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r, row in enumerate(ws.iter_rows(max_col=len(widths)), start=1):
        for cell in row:
            cell.border = border
            cell.alignment = Alignment(
                horizontal=cell.alignment.horizontal,
                vertical="top" if r > 1 else "center",
                wrap_text=isinstance(cell.value, str),
            )
        lines = _baris_teks([c.value for c in row], widths)
        if lines > 1:
            ws.row_dimensions[r].height = 14.5 * lines


def _lembar(wb: Any, t: Tabel, catatan_teks: list[str]) -> None:

    ws = wb.create_sheet(t.lembar)
    bold = Font(name="Calibri", bold=True)
    ws.append(list(t.kolom))
    for cell in ws[1]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="DDE4EE")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.freeze_panes = "A2"
    _cetak(ws)
    widths = [min(len(k), 24) + 2 for k in t.kolom]
    notes = []
    for r, b in enumerate(t.baris, start=2):
        rumus = _rumus(b, r, 2) if b.jumlah else {}
        for c, s in enumerate(b.sel):
            cell = ws.cell(row=r, column=c + 1)
            shown = teks(s)
            value = angka_persis(s.nilai) if s.angka and s.nilai is not None else None
            if value is not None:
                cell.value = value
                cell.number_format = format_angka_excel(s)
                cell.alignment = Alignment(horizontal="right")
            else:
                cell.value = shown
                if s.angka:
                    cell.alignment = Alignment(horizontal="right")
                if s.angka and s.nilai is not None:  # a figure that no float holds: text, and said so
                    cell.comment = Comment(TEKS_BUKAN_ANGKA.format(nilai=s.nilai), "sakip")
                    catatan_teks.append(f"{t.lembar}!{cell.coordinate}")
            if c in rumus:
                note = f"Nilai dari evaluasi sakip; rumus yang setara / equivalent formula: {rumus[c]}"
                cell.comment = Comment(note, "sakip")
                notes.append(f"{cell.coordinate} {rumus[c]}")
            if s.tebal or b.jumlah:
                cell.font = bold
            widths[c] = min(max(widths[c], len(shown) + 2), _LEBAR_MAKS)
    for c, w in enumerate(widths):
        ws.column_dimensions[_kolom(c + 1)].width = w
    _rapikan(ws, widths)
    below = [*t.catatan]
    if notes:
        below.append("JUMLAH: nilai dari evaluasi, bukan rumus; rumus yang setara: " + "; ".join(notes))
    for n, text in enumerate(below):
        ws.cell(row=len(t.baris) + 3 + n, column=1, value=text)


def render(lap: Laporan) -> bytes:

    wb = Workbook()
    info = wb.active
    info.title = "Keterangan"
    teks_saja: list[str] = []
    for t in (*lap.tabel, lap.per_aturan, lap.temuan):
        _lembar(wb, t, teks_saja)
    rows = [
        [lap.judul],
        [lap.pengantar.replace("`", "")],
        [lap.ringkasan],
        [],
        [CATATAN_ANGKA],
        ["Sel teks untuk angka: " + (", ".join(teks_saja) if teks_saja else "tidak ada / none")],
    ]
    for row in rows:
        info.append(row)
    info.column_dimensions["A"].width = 110
    for (cell,) in info.iter_rows(max_col=1):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    info["A1"].font = Font(name="Calibri", bold=True, size=13)
    _cetak(info)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
