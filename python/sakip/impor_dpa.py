"""Import a SIPD-style DPA table (an .xlsx sheet, a CSV file or a pandas DataFrame) into a sakip
document: :func:`import_dpa`. The rules live once in C++ (``include/sakip/io/dpa_tabel.hpp``): this
module only reads a sheet or a DataFrame into text cells and hands them over.

Cells that are not text (a sheet's numbers, a DataFrame's numbers) are converted exactly to
Indonesian text: an ``int`` as its digits, a ``decimal.Decimal`` or a ``float`` (through its shortest
``repr``, the value a spreadsheet shows) with a decimal comma and no grouping (``1234.5`` ->
``"1234,5"``), so the one reading of numbers never sees a dot it could take for thousands. Such a
cell is marked as a number: a number in the kode column is an error naming the cell
(``DPA!A7: kode 1.01 berupa angka …``), because it has lost the printed code (``0102`` -> ``102``).
An empty cell (None, NaN, pandas NA) is empty: no amount (unknown), never 0.
"""

from __future__ import annotations

import dataclasses
import decimal
import math
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Union, cast

from . import _core
from ._angka_sel import DIGITS, buka_xlsx, teks_float
from ._dokumen import Dokumen, loads

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["HasilImpor", "import_dpa", "kolom_dpa"]

Sumber = Union[str, "os.PathLike[str]", "pd.DataFrame"]


def kolom_dpa() -> dict[str, tuple[str, ...]]:
    """The header names of a DPA table by field (kode, uraian, pagu, realisasi, persen), folded:
    lower case, single spaces; a header matches in any case, with a trailing ``(Rp)`` dropped."""
    out: dict[str, list[str]] = {}
    for kolom, nama in _core.nama_kolom_dpa():
        out.setdefault(kolom, []).append(nama)
    return {k: tuple(v) for k, v in out.items()}


@dataclasses.dataclass(frozen=True)
class HasilImpor:
    """An imported DPA table: the ``Dpa`` of the year, the printed figures (``laporan`` angka: each
    printed %, the totals), every row that did not become a node (``baris``: (nomor, jenis,
    keterangan)), the rows by kind (``jumlah``) and the warnings (``peringatan``, each with its place)."""

    hasil: _core.HasilImporDpa

    @property
    def dpa(self) -> _core.Dpa:
        return self.hasil.dpa

    @property
    def angka(self) -> list[_core.Angka]:
        return self.hasil.angka

    @property
    def baris(self) -> list[tuple[int, str, str]]:
        return self.hasil.baris

    @property
    def jumlah(self) -> dict[str, int]:
        return self.hasil.jumlah

    @property
    def peringatan(self) -> list[str]:
        return self.hasil.peringatan

    def dokumen(self, instansi: str = "-") -> Dokumen:
        """A new document holding only this DPA and its printed figures (it loads and audits)."""
        return _checked(_core.dokumen_dpa(self.hasil, instansi))

    def pasang(self, doc: Union[Dokumen, _core.Dokumen], timpa: bool = False) -> Dokumen:
        """A copy of ``doc`` with this DPA for its year and its printed figures in ``laporan``; an
        existing DPA of that year is an error unless ``timpa`` (overwrite)."""
        core = doc.core if isinstance(doc, Dokumen) else doc
        return _checked(_core.pasang_dpa(core, self.hasil, timpa))


def _checked(doc: _core.Dokumen) -> Dokumen:
    """The document as it will be saved, loaded back: what is written is what loads."""
    return loads(doc.to_json(), "<impor-dpa>")


def _number_text(v: object) -> Optional[str]:
    """A non-text cell as exact Indonesian text (decimal comma, no grouping), or None when empty."""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return None
        text = teks_float(v)
        if text is None:  # the rules refuse this text at its cell, with the reason in it
            return (
                f"{v!r} (angka lembar kerja lebih dari {DIGITS} digit tidak tepat: tulis sebagai teks / "
                f"a spreadsheet number of more than {DIGITS} digits is not exact: type it as text)"
            )
        return text.replace(".", ",")
    if isinstance(v, decimal.Decimal):
        if v.is_nan():
            return None
        return format(v, "f").replace(".", ",")
    if hasattr(v, "item") and type(v).__module__ == "numpy":  # numpy scalars
        return _number_text(cast(Any, v).item())
    try:
        import pandas as pd

        if v is pd.NA or v is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    return str(v)


def _rows_text(
    rows: Iterable[Sequence[object]],
) -> tuple[list[Sequence[Optional[str]]], list[tuple[int, int]]]:
    """Rows of str/None cells, and the (row, column) of the cells that were numbers."""
    out: list[Sequence[Optional[str]]] = []
    angka: list[tuple[int, int]] = []
    for i, row in enumerate(rows):
        if all(c is None or type(c) is str for c in row):
            out.append(cast(Sequence[Optional[str]], row))
            continue
        cells: list[Optional[str]] = []
        for j, c in enumerate(row):
            if c is None or type(c) is str:
                cells.append(c)
                continue
            t = _number_text(c)
            if t is not None:
                angka.append((i, j))
            cells.append(t)
        out.append(cells)
    return out, angka


def _import_xlsx(path: Path, tahun: int, sheet: Optional[str], skema: Optional[str]) -> _core.HasilImporDpa:
    wb = buka_xlsx(path, data_only=True)
    try:
        if sheet is None:
            ws = wb.worksheets[0]
        elif sheet in wb.sheetnames:
            ws = wb[sheet]
        else:
            raise _core.Error(
                f"lembar {sheet!r} tidak ada di {path.name} (ada: {', '.join(wb.sheetnames)}) / "
                f"no sheet {sheet!r} in {path.name} (sheets: {', '.join(wb.sheetnames)})"
            )
        rows, angka = _rows_text(ws.iter_rows(values_only=True))
        return _core.impor_dpa_baris(rows, tahun, ws.title, True, skema, 1, angka)
    finally:
        wb.close()


def _import_frame(df: Any, tahun: int, skema: Optional[str]) -> _core.HasilImporDpa:
    header: list[object] = [str(c) for c in df.columns]
    rows, angka = _rows_text([header, *df.itertuples(index=False, name=None)])
    return _core.impor_dpa_baris(rows, tahun, "DataFrame", True, skema, 1, angka)


def import_dpa(source: Sumber, tahun: int, *, sheet: Optional[str] = None, skema: Optional[str] = None) -> HasilImpor:
    """Import a SIPD-style DPA table of year ``tahun`` from a ``.csv`` or ``.xlsx`` path or a pandas
    DataFrame (its column names are the header row, row 1; data rows are numbered from 2, places
    ``DataFrame!B3``).

    Title rows above the header, the column-number row under it, urusan rows, blank rows, rows with
    neither code nor amount and JUMLAH/TOTAL rows are accounted for in ``.baris``; program, kegiatan
    and sub kegiatan rows make the tree (Permendagri 90/2019 or 13/2006, ``skema`` to force one);
    rekening rows are summed into the node above them. A printed % and the totals become printed
    figures the audit checks. Every problem is raised at once as ``sakip.ImporDpaError`` (a
    ``sakip.Error``) whose ``.masalah`` lists (place, message): ``DPA!D14`` for a sheet,
    ``dpa.csv:14:4`` (line, column) for a CSV.
    """
    if type(source).__module__.split(".")[0] == "pandas":
        return HasilImpor(_import_frame(source, tahun, skema))
    path = Path(os.fspath(cast(Union[str, "os.PathLike[str]"], source)))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return HasilImpor(_core.impor_dpa_csv(path.read_bytes(), tahun, path.name, skema))
    if suffix in (".xlsx", ".xlsm"):
        return HasilImpor(_import_xlsx(path, tahun, sheet, skema))
    raise _core.Error(
        f"{path.name}: jenis berkas {suffix or '(tanpa akhiran)'} tidak dikenal; pakai .csv atau .xlsx / "
        f"unknown file type {suffix or '(no suffix)'}; use .csv or .xlsx"
    )


# ---- the CLI: `sakip import-dpa IN.(csv|xlsx) --tahun Y [-o OUT.json | --into DOC.json]` ----------


def add_arguments(sp: Any) -> None:
    """The arguments of ``sakip import-dpa`` besides ``--tahun`` (an argparse sub-parser)."""
    sp.add_argument("input", metavar="IN", help="a SIPD DPA export: .csv (';' or ',') or .xlsx")
    out = sp.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="OUT.json", help="write a new document holding the DPA")
    out.add_argument("--into", metavar="DOC.json", help="put the DPA into this existing document (rewritten)")
    sp.add_argument("--timpa", action="store_true", help="with --into: replace an existing DPA of that year")
    sp.add_argument("--sheet", default=None, help=".xlsx: the sheet (default: the first)")
    sp.add_argument("--skema", choices=["permendagri_90_2019", "permendagri_13_2006"], default=None)
    sp.add_argument("--instansi", default="-", help="-o: the instansi name of the new document")


def _write(path: str, text: str) -> None:
    """Written beside the target and renamed over it: a failure leaves the old file whole."""
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)


def cmd_import_dpa(args: Any) -> int:
    import sys

    from ._dokumen import load

    hasil = import_dpa(args.input, args.tahun, sheet=args.sheet, skema=args.skema)
    if args.into is not None:
        doc = hasil.pasang(load(args.into), timpa=args.timpa)
        target: Optional[str] = args.into
    else:
        if args.timpa:
            raise _core.Error("--timpa hanya bersama --into / --timpa needs --into")
        doc = hasil.dokumen(args.instansi)
        target = args.output
    text = doc.to_json()
    log = sys.stdout if target is not None else sys.stderr
    for w in hasil.peringatan:
        sys.stderr.write(f"sakip: peringatan / warning: {w}\n")
    counts = ", ".join(f"{k} {v}" for k, v in hasil.jumlah.items() if v)
    log.write(f"{args.input}: DPA {args.tahun}: {counts}; {len(hasil.angka)} angka tercetak\n")
    for nomor, jenis, isi in hasil.baris:
        if jenis in ("total", "dilewati", "urusan", "header"):
            log.write(f"  baris {nomor}: {jenis}: {isi}\n")
    if target is None:
        sys.stdout.write(text)
    else:
        _write(target, text)
    return 0
