"""``sakip report --format docx``: the report (:mod:`sakip._laporan`) as a Word document
(python-docx, ``pip install sakip[office]``), laid out as an LKjIP prints its Bab III: A4, numbered
tables with Indonesian headers repeated on each page, indicator names, Indonesian statuses, numbers
right-aligned as the library's formatter writes them, bold JUMLAH rows; the charts after their tables;
the audit's findings as tables."""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell

from . import _grafik
from ._laporan import Laporan, Tabel, teks

FONT = "Arial"
#: Relative column widths of the tables whose text columns need room (the rest share equally).
_LEBAR = {
    "3.1": (4.6, 1.0, 1.9, 1.9, 1.6, 1.9),
    "3.2": (4.0, 1.6, 2.0, 1.4, 1.6, 1.6),
    "3.3": (4.6,),
    "3.4": (1.5, 1.1, 5.4, 2.3, 2.3, 1.4, 1.3),
    "Temuan per aturan": (1.5, 4.0, 1.2),
    "Temuan audit": (1.4, 2.8, 4.4, 7.8),
}


def _sel_teks(cell: Any, text: str, *, bold: bool, right: bool, size: float) -> None:

    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def _header_berulang(row: Any) -> None:
    """The header row repeats on every page the table spans (w:tblHeader)."""

    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _arsir(cell: Any, fill: str) -> None:

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _tabel(d: Any, t: Tabel, kunci: str, width_cm: float) -> None:

    size = 8.0 if len(t.kolom) > 5 or kunci.startswith("Temuan") else 9.0
    table = d.add_table(rows=1, cols=len(t.kolom))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    rel = list(_LEBAR.get(kunci, ()))
    rel += [1.6] * (len(t.kolom) - len(rel))
    widths = [Cm(width_cm * r / sum(rel)) for r in rel]
    for col, w in zip(table.columns, widths):
        col.width = w  # the grid (w:gridCol), which LibreOffice follows; Word follows the cells'
    head = table.rows[0]
    _header_berulang(head)
    for cell, k, w in zip(head.cells, t.kolom, widths):
        cell.width = w
        _sel_teks(cell, k, bold=True, right=False, size=size)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _arsir(cell, "DDE4EE")
    for b in t.baris:
        # The row's own cells: ``row.cells`` walks the whole table's grid (quadratic in the rows).
        cells = [_Cell(tc, table) for tc in table.add_row()._tr.tc_lst]
        for cell, s, w in zip(cells, b.sel, widths):
            cell.width = w
            _sel_teks(cell, teks(s), bold=s.tebal or b.jumlah, right=s.angka, size=size)
            if b.jumlah:
                _arsir(cell, "F2F2F2")
    for c in t.catatan:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(3)
        run = p.add_run(c)
        run.italic = True
        run.font.size = Pt(8)


def _gambar(d: Any, g: _grafik.Grafik, width_cm: float) -> None:
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(6)  # the picture's line apart from the table above
    p.add_run().add_picture(io.BytesIO(g.png), width=Cm(min(width_cm, g.lebar * 2.54)))
    cap = d.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = cap.add_run(f"Grafik: {g.judul}")
    run.italic = True
    run.font.size = Pt(8)


def render(lap: Laporan) -> bytes:

    grafik, tanpa = _grafik.untuk(lap)
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)  # A4
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    width_cm = 17.0
    normal = d.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    for name in ("Heading 1", "Heading 2"):
        d.styles[name].font.name = FONT
    d.add_heading(lap.judul, level=1)
    d.add_paragraph(lap.pengantar.replace("`", ""))
    if tanpa:
        d.add_paragraph(tanpa)
    for t in lap.tabel:
        d.add_heading(f"Tabel {t.nomor} {t.judul}", level=2)
        _tabel(d, t, t.nomor, width_cm)
        for g in grafik:
            if g.setelah == t.nomor:
                _gambar(d, g, width_cm)
    d.add_heading("Ringkasan audit", level=2)
    d.add_paragraph(lap.ringkasan)
    _tabel(d, lap.per_aturan, "Temuan per aturan", 10.0)
    d.add_heading(lap.temuan.judul, level=2)
    _tabel(d, lap.temuan, "Temuan audit", width_cm)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
