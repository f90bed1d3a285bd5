"""``sakip report --format html|xlsx|docx``: the files are read back with independent readers
(openpyxl, python-docx, the standard library's html.parser) and every figure is compared with the
evaluation (``sakip.evaluate``), built here from the evaluation's dicts, not from the report module."""

from __future__ import annotations

import base64
import collections
import decimal
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import sakip
from sakip.cli import main

openpyxl = pytest.importorskip("openpyxl")
docx = pytest.importorskip("docx")
pytest.importorskip("matplotlib")

ROOT = Path(__file__).resolve().parents[2]
DATA = str(ROOT / "examples" / "data" / "kajuara-2020.json")
D = decimal.Decimal
UNDEFINED = "tidak terdefinisi"
#: The Indonesian status labels, written out here (not imported): ok / undefined.
STATUS = {"ok": "terhitung", "undefined": "tidak terdefinisi"}


# ---- what the evaluation says, table by table ---------------------------------------------------


@pytest.fixture(scope="module")
def doc():
    return sakip.load(DATA)


@pytest.fixture(scope="module")
def expected(doc):
    """Per table: its headers and rows; a cell is text, a Decimal (a figure) or None (undefined)."""
    ev = sakip.evaluate(doc, 2020)
    ind, sas = ev["indikator"], ev["sasaran"]
    v = lambda h: h["value"]
    t31 = [
        [
            i["nama"],
            i["target"],
            v(i["realisasi"]),
            v(i["capaian"]),
            i["kategori"] or "-",
            STATUS[i["capaian"]["status"]],
        ]
        for i in ind
    ]
    t32 = [
        [s["nama"], v(s["rata_rata"]), D(s["excluded"]), v(s["serapan"]), v(s["efisiensi"]), v(s["efisiensi_rasio"])]
        for s in sas
    ]
    lalu = {y: {i["id"]: v(i["realisasi"]) for i in sakip.evaluate(doc, y)["indikator"]} for y in (2018, 2019)}
    t33 = [[i["nama"], lalu[2018][i["id"]], lalu[2019][i["id"]], v(i["realisasi"]), i["target_akhir"]] for i in ind]
    t34 = []
    for p in ev["program"]:
        for tingkat, a in [("program", p)] + [("kegiatan", k) for k in p["kegiatan"]]:
            t34.append([tingkat, a["kode"], a["uraian"], a["rencana"], a["realisasi"], v(a["serapan"]), v(a["porsi"])])
    t34.append(["", "", "JUMLAH", ev["total_rencana"], ev["total_realisasi"], v(ev["serapan"]), ""])
    findings = sakip.audit(doc, year=2020)
    counts = collections.Counter((f.severity, f.rule) for f in findings)
    return {
        "3.1": (["Indikator", "Target", "Realisasi", "Capaian (%)", "Kategori", "Status"], t31),
        "3.2": (
            [
                "Sasaran",
                "Rata-rata capaian (%)",
                "Dikecualikan",
                "Serapan (%)",
                "Efisiensi (capaian − serapan)",
                "Efisiensi (capaian ÷ serapan)",
            ],
            t32,
        ),
        "3.3": (["Indikator", "Realisasi 2018", "Realisasi 2019", "Realisasi 2020", "Target akhir"], t33),
        "3.4": (
            [
                "Tingkat",
                "Kode",
                "Program / kegiatan / sub kegiatan",
                "Rencana",
                "Realisasi",
                "Serapan (%)",
                "Porsi (%)",
            ],
            t34,
        ),
        "aturan": (["Tingkat", "Aturan", "Jumlah"], [[s, r, D(n)] for (s, r), n in sorted(counts.items())]),
        "temuan": (
            ["Tingkat", "Aturan", "Sumber", "Pesan"],
            [[f.severity, f.rule, f.source, f.message] for f in findings],
        ),
    }


def test_expected_figures_are_the_hand_checked_ones(expected):
    """The figures the tests compare against, checked by hand (docs/kajuara-2020-review.md)."""
    t31 = expected["3.1"][1]
    assert t31[0][2:4] == [D("100.00"), D("103.09")]  # 100 / 97 × 100 = 103,0928 → 103,09
    assert t31[1][2:4] == [None, None]  # S1.I2: 0/0 is undefined
    total = expected["3.4"][1][-1]
    assert total[3:6] == [D("928037500.00"), D("923554055.00"), D("99.52")]  # 923.554.055 / 928.037.500 = 99,5169 %
    programs = [r for r in expected["3.4"][1] if r[0] == "program"]
    assert sum(r[3] for r in programs) == total[3] and sum(r[4] for r in programs) == total[4]
    assert len(expected["temuan"][1]) == 127


def angka(text: str) -> D:
    """Indonesian number text back to a Decimal, written here independently of the library:
    "Rp1.234,50" → 1234.50, "-27,04" → -27.04, "103,09" → 103.09."""
    m = re.fullmatch(r"(-?)(?:Rp)?([0-9]{1,3}(?:\.[0-9]{3})*)(?:,([0-9]+))?", text.strip())
    assert m, f"not an Indonesian number: {text!r}"
    return D(m[1] + m[2].replace(".", "") + ("." + m[3] if m[3] else ""))


def check_text(shown: str, want: object) -> None:
    """A cell shown as text: a figure is its Indonesian text (same value and, for a percentage, the
    same places); an undefined figure is said so; text is as the document or evaluation has it."""
    if isinstance(want, D):
        got = angka(shown)
        assert got == want, (shown, want)
        if not shown.startswith(("Rp", "-Rp")):
            assert got.as_tuple().exponent == want.as_tuple().exponent, (shown, want)
    elif want is None:
        assert shown in (UNDEFINED, "-"), shown
    else:
        assert shown == want, (shown, want)


def check_rows(rows: list[list[str]], want: tuple[list[str], list[list[object]]]) -> None:
    head, body = want
    assert rows[0] == head
    assert len(rows) - 1 == len(body)
    for got, exp in zip(rows[1:], body):
        assert len(got) == len(exp)
        for g, e in zip(got, exp):
            check_text(g, e)


# ---- Excel ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def xlsx(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "kajuara.xlsx"
    assert main(["report", DATA, "--format", "xlsx", "-o", str(out)]) == 0
    return openpyxl.load_workbook(out)


SHEETS = {
    "3.1": "3.1 Capaian",
    "3.2": "3.2 Sasaran",
    "3.3": "3.3 Perbandingan",
    "3.4": "3.4 Anggaran",
    "aturan": "Temuan per aturan",
    "temuan": "Temuan audit",
}


def test_xlsx_has_one_sheet_per_table_with_frozen_headers(xlsx):
    assert xlsx.sheetnames == ["Keterangan", *SHEETS.values()]
    for name in SHEETS.values():
        assert xlsx[name].freeze_panes == "A2"
    assert "Sel teks untuk angka: tidak ada" in xlsx["Keterangan"]["A6"].value  # every Kajuara figure fits


def test_xlsx_every_figure_is_a_number_cell_equal_to_the_evaluation(xlsx, expected):
    numbers = 0
    for key, name in SHEETS.items():
        ws = xlsx[name]
        head, body = expected[key]
        assert [c.value for c in ws[1]] == head
        for r, exp in enumerate(body, start=2):
            for c, want in enumerate(exp, start=1):
                cell = ws.cell(row=r, column=c)
                if isinstance(want, D):
                    assert isinstance(cell.value, (int, float)), (name, cell.coordinate, cell.value)
                    assert D(repr(cell.value)) == want, (name, cell.coordinate)
                    fmt = cell.number_format
                    assert fmt.startswith("[$-421]"), fmt  # tagged Indonesian
                    places = -want.as_tuple().exponent
                    if "Rp" in fmt:
                        assert fmt == '[$-421]"Rp"#,##0;-"Rp"#,##0'  # whole rupiah: Rp1.234
                    else:
                        assert fmt == "[$-421]#,##0" + ("." + "0" * places if places > 0 else ""), fmt
                    numbers += 1
                elif want is None:
                    assert cell.value in (UNDEFINED, "-")
                else:
                    assert (cell.value or "") == want, (name, cell.coordinate)
        assert ws.cell(row=len(body) + 2, column=1).value in (None, "") or key == "3.4"
    # 3.1: 5 indicators × 2 less S1.I2's two undefined; 3.2: 2 sasaran × 5; 3.3: 5 × 3 less S1.I2 2020;
    # 3.4: (10 programs + 18 kegiatan) × 4 and JUMLAH's 3; the 25 rules' counts.
    assert numbers == (10 - 2) + 10 + (15 - 1) + 28 * 4 + 3 + 25


def test_xlsx_totals_are_values_with_their_formula_noted(xlsx):
    ws = xlsx["3.4 Anggaran"]
    r = next(row[0].row for row in ws.iter_rows(min_col=3, max_col=3) if row[0].value == "JUMLAH")
    assert r == 30 and all(c.font.b for c in ws[r][2:6])
    for col in "DE":
        cell = ws[f"{col}{r}"]
        assert isinstance(cell.value, (int, float)) and cell.data_type == "n"  # a value, not a formula
        formula = f'=SUMIF($A$2:$A${r - 1},"program",{col}2:{col}{r - 1})'
        assert formula in cell.comment.text
        # The noted formula, evaluated here over the sheet's own cells, gives the value.
        total = sum(D(repr(ws[f"{col}{i}"].value)) for i in range(2, r) if ws[f"A{i}"].value == "program")
        assert total == D(repr(cell.value))
    assert f"=ROUND(E{r}/D{r}*100,2)" in ws[f"F{r}"].comment.text
    serapan = (D(repr(ws[f"E{r}"].value)) / D(repr(ws[f"D{r}"].value)) * 100).quantize(D("0.01"), decimal.ROUND_HALF_UP)
    assert serapan == D(repr(ws[f"F{r}"].value)) == D("99.52")
    assert "=SUMIF(" in ws.cell(row=r + 2, column=1).value  # and said under the table


def test_xlsx_a_figure_no_float_holds_is_text_and_said_so():
    from sakip import _laporan, _laporan_xlsx

    big = D("12345678901234567.25")  # 19 significant digits: a float cell would lose the sen
    assert _laporan_xlsx.angka_persis(big) is None
    assert _laporan_xlsx.angka_persis(D("0.1")) == 0.1 and _laporan_xlsx.angka_persis(D("99.52")) == 99.52
    assert _laporan_xlsx.angka_persis(D("0.30000000000000004")) is None
    row = _laporan.Baris(
        (_laporan.Sel("x"), _laporan.Sel("-", big, "rupiah"), _laporan.Sel("-", D("7.50"), "rupiah", tanda="Σ"))
    )
    tabel = _laporan.Tabel("9.9", "Uji", ("Uraian", "Besar", "Kecil"), (row,), lembar="Uji")
    lap = _laporan.Laporan(2020, "0", "", (tabel,), "", _laporan.Tabel("", "", (), ()), _laporan.Tabel("", "", (), ()))
    wb = openpyxl.load_workbook(io.BytesIO(_laporan_xlsx.render(lap)))
    ws = wb["Uji"]
    assert ws["B2"].value == "Rp12.345.678.901.234.567,25" and ws["B2"].data_type == "s"
    assert "12345678901234567.25" in ws["B2"].comment.text and "float" in ws["B2"].comment.text
    assert ws["C2"].value == 7.5 and ws["C2"].number_format == '[$-421]"Rp"#,##0.00" Σ";-"Rp"#,##0.00" Σ"'
    assert "Uji!B2" in wb["Keterangan"]["A6"].value


# ---- Word -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "kajuara.docx"
    assert main(["report", DATA, "--format", "docx", "-o", str(out)]) == 0
    return docx.Document(str(out))


def test_docx_tables_show_every_figure_of_the_evaluation(word, expected):
    assert len(word.tables) == 6
    for table, key in zip(word.tables, SHEETS):
        check_rows([[c.text for c in row.cells] for row in table.rows], expected[key])


def test_docx_numbers_right_aligned_jumlah_bold_headers_repeat(word, expected):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    t34 = word.tables[3]
    for row, exp in zip(t34.rows[1:], expected["3.4"][1]):
        for cell, want in zip(row.cells, exp):
            right = cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
            assert right == isinstance(want, D), (cell.text, want)
    jumlah = t34.rows[-1]
    assert jumlah.cells[2].text == "JUMLAH" and all(r.bold for c in jumlah.cells for r in c.paragraphs[0].runs)
    assert all(t.rows[0]._tr.trPr.xpath("./w:tblHeader") for t in word.tables)
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings[1:5] == [
        "Tabel 3.1 Capaian indikator kinerja",
        "Tabel 3.2 Capaian per sasaran dan efisiensi",
        "Tabel 3.3 Perbandingan dengan tahun lalu dan target akhir Renstra",
        "Tabel 3.4 Realisasi anggaran per program, kegiatan dan sub kegiatan",
    ]


def test_docx_embeds_the_three_charts(word):
    shapes = word.inline_shapes
    assert len(shapes) == 3
    for s in shapes:
        blip = s._inline.graphic.graphicData.pic.blipFill.blip
        assert word.part.related_parts[blip.embed].blob.startswith(b"\x89PNG")
    captions = [p.text for p in word.paragraphs if p.text.startswith("Grafik: ")]
    assert captions == [
        "Grafik: Capaian kinerja 2020",
        "Grafik: Realisasi dan target Renstra per tahun",
        "Grafik: Serapan anggaran 2020",
    ]


# ---- HTML -----------------------------------------------------------------------------------------


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.imgs: list[str] = []
        self.tags: set[str] = set()
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "img":
            self.imgs.append(dict(attrs)["src"])

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def test_html_is_self_contained_with_every_figure_and_the_charts(capsys, expected):
    assert main(["report", DATA, "--format", "html"]) == 0  # to standard output
    page = capsys.readouterr().out
    parser = _Tables()
    parser.feed(page)
    assert not parser.tags & {"link", "script", "iframe"} and "http" not in page.replace("http-equiv", "")
    assert len(parser.tables) == 6
    for rows, key in zip(parser.tables, SHEETS):
        check_rows(rows, expected[key])
    assert len(parser.imgs) == 3
    for src in parser.imgs:
        assert src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.split(",", 1)[1]).startswith(b"\x89PNG")


# ---- the command line -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_binary_format_needs_an_output_file(fmt, capsys):
    assert main(["report", DATA, "--format", fmt]) == 2
    err = capsys.readouterr().err
    assert "-o" in err and "BERKAS" in err and "FILE" in err


def test_md_to_a_file_is_what_stdout_shows(tmp_path, capsys):
    assert main(["report", DATA]) == 0
    shown = capsys.readouterr().out
    out = tmp_path / "r.md"
    assert main(["report", DATA, "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == shown and shown.startswith("# Bab III Akuntabilitas Kinerja 2020")


def test_missing_office_library_is_one_line(monkeypatch, capsys):
    import sys

    monkeypatch.setitem(sys.modules, "docx", None)  # as if python-docx were not installed
    monkeypatch.delitem(sys.modules, "sakip._laporan_docx", raising=False)
    assert main(["report", DATA, "--format", "docx", "-o", "/nonexistent/x.docx"]) == 2
    assert capsys.readouterr().err == (
        "sakip: report --format docx memerlukan / needs python-docx: pip install 'sakip[office]'\n"
    )
