"""Tables for analysts: evaluation results, budget absorption, audit findings and Renstra targets
as pandas DataFrames and Arrow tables, with exact decimals; and DPA line items read back from
a DataFrame or an Arrow table.

Every table here is a :class:`Tabel`: a read-only sequence of row dicts whose money and
percentages are ``decimal.Decimal``. ``to_pandas()`` keeps them as ``decimal.Decimal`` objects
(``dtype="decimal"``, the default), ``to_pandas(dtype="arrow")`` gives
``pd.ArrowDtype(pa.decimal128(38, s))`` columns and only ``to_pandas(dtype="float")`` converts
to float64. ``to_arrow()`` gives a ``pyarrow.Table`` with decimal128 columns, and every table
implements the Arrow PyCapsule interface (``__arrow_c_stream__``), so ``pa.table(t)``,
``polars.DataFrame(t)`` or DuckDB read it without a copy through pandas. pandas and pyarrow are
imported only when a conversion asks for them; the C++ core never depends on Arrow.

>>> import sakip
>>> doc = sakip.load(sakip.frames.dataset_path("kajuara-2020"))
>>> ang = doc.anggaran(2020)
>>> row = ang.find("02")
>>> row["uraian"], row["serapan"]
('Peningkatan sarana dan Prasarana Aparatur', Decimal('96.36'))
"""

from __future__ import annotations

import dataclasses
import decimal
import html
import math
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources as _resources
from typing import TYPE_CHECKING, Any, Literal, Optional, TypedDict, Union, cast, overload

from . import _core
from ._dokumen import Dokumen, Renstra, _core_dokumen

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa

    from ._engine import Finding, Findings

__all__ = [
    "KOLOM_DPA",
    "Anggaran",
    "AnggaranEvaluasi",
    "BarisDpa",
    "Evaluasi",
    "HasilEvaluasi",
    "IndikatorEvaluasi",
    "ProgramEvaluasi",
    "SasaranEvaluasi",
    "Tabel",
    "TabelTemuan",
    "TargetRenstra",
    "anggaran",
    "dataset_path",
    "dpa_from_table",
    "evaluasi",
    "target_renstra",
    "temuan",
]

Dtype = Literal["decimal", "arrow", "float"]

#: One row of a table: column name -> cell. A cell's type is given by its column's kind (str, int,
#: ``decimal.Decimal``, or None), so a row is typed ``dict[str, Any]``: a union would make every
#: analyst narrow each cell before using it.
Baris = dict[str, Any]

# Column kinds: "str", "int", "decimal" (exact value), "rupiah" (money, 2 places), "persen" (2 places).
_EXACT = ("decimal", "rupiah", "persen")


def dataset_path(name: str = "kajuara-2020") -> str:
    """The file of a bundled dataset (see ``sakip.datasets()``), e.g. ``"kajuara-2020"``.

    Falls back to ``examples/data`` of a source checkout when the package data is absent.
    """
    data = _resources.files("sakip") / "data" / f"{name}.json"
    if data.is_file():
        return os.fspath(str(data))
    here = os.path.dirname(os.path.abspath(__file__))
    for up in (os.path.join(here, "..", ".."), os.path.join(here, "..", "..", "..")):
        candidate = os.path.normpath(os.path.join(up, "examples", "data", f"{name}.json"))
        if os.path.isfile(candidate):
            return candidate
    from . import datasets

    raise FileNotFoundError(f"no bundled dataset {name!r}; available: {datasets()}")


# ---- exact values -----------------------------------------------------------------------------------

_BESARAN = re.compile(r"^\s*(-?)(\d+)(?:[.,](\d+))?\s*(.*?)\s*$")


def _besaran_value(text: Optional[str]) -> Optional[decimal.Decimal]:
    """The value of a quantity as printed ("97%", "35,55 %", "6 Dokumen"): the model's Besaran
    grammar, where '.' and ',' are both decimal marks (there are no thousands separators)."""
    if text is None:
        return None
    m = _BESARAN.match(text)
    if not m:
        return None
    sign, whole, frac, _unit = m.groups()
    return decimal.Decimal(f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}")


def _dec(value: object) -> Optional[decimal.Decimal]:
    """decimal.Decimal of a sakip value (Decimal, Rupiah, Amount, Besaran, Hasil, dict result)."""
    if value is None:
        return None
    if isinstance(value, decimal.Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("a bool is not an amount")
    if isinstance(value, int):
        return decimal.Decimal(value)
    if isinstance(value, (_core.Decimal, _core.Rupiah)):
        return cast(decimal.Decimal, value.to_decimal())
    if isinstance(value, (_core.Amount, _core.Besaran)):
        return cast("Optional[decimal.Decimal]", value.value)
    if isinstance(value, _core.Hasil):
        return _hasil(value)
    if isinstance(value, Mapping) and "value" in value:
        return _dec(cast("Mapping[str, object]", value)["value"])
    if isinstance(value, str):
        return decimal.Decimal(value)
    if isinstance(value, float):
        raise TypeError("float is binary floating point and not exact")
    raise TypeError(f"cannot read {type(value).__name__} as an exact decimal")


def _scale(values: Sequence[Optional[decimal.Decimal]], minimum: int) -> int:
    s = minimum
    for v in values:
        if v is not None and v.is_finite():
            exp = v.as_tuple().exponent
            if isinstance(exp, int):
                s = max(s, -exp)
    return min(s, 38)


# ---- the table base class ---------------------------------------------------------------------------


class Tabel(Sequence[Baris]):
    """A read-only table: a sequence of row dicts with typed columns.

    Columns whose kind is ``decimal``, ``rupiah`` or ``persen`` hold ``decimal.Decimal`` (or
    None); ``str`` columns hold str (or None); ``int`` columns int.
    """

    #: (name, kind) of every column, in order.
    columns: tuple[tuple[str, str], ...] = ()
    #: Title used by the HTML display.
    judul: str = ""

    def __init__(self, rows: Sequence[Mapping[str, Any]]) -> None:
        names = [c for c, _ in self.columns]
        self._rows: list[Baris] = [{c: r.get(c) for c in names} for r in rows]

    # sequence protocol
    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, i: int) -> Baris: ...
    @overload
    def __getitem__(self, i: slice) -> list[Baris]: ...
    def __getitem__(self, i: Union[int, slice]) -> Union[Baris, list[Baris]]:
        if isinstance(i, slice):
            return [dict(r) for r in self._rows[i]]
        return dict(self._rows[i])

    def __iter__(self) -> Iterator[Baris]:
        return (dict(r) for r in self._rows)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tabel):
            return NotImplemented
        return type(self) is type(other) and self._rows == other._rows

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<sakip.{type(self).__name__}: {len(self)} baris>"

    def to_list(self) -> list[Baris]:
        """The rows as a list of dicts (exact ``decimal.Decimal`` values)."""
        return [dict(r) for r in self._rows]

    def column(self, name: str) -> list[Any]:
        """The values of one column."""
        return [r[name] for r in self._rows]

    def _kind(self, name: str) -> str:
        return dict(self.columns)[name]

    def _scale_of(self, name: str) -> int:
        kind = self._kind(name)
        return _scale(self.column(name), 2 if kind in ("rupiah", "persen") else 0)

    def arrow_schema(self) -> pa.Schema:
        """The Arrow schema of :meth:`to_arrow`: decimal128(38, s) for exact columns."""
        import pyarrow as pa

        fields = []
        for name, kind in self.columns:
            if kind in _EXACT:
                t: Any = pa.decimal128(38, self._scale_of(name))
            elif kind == "int":
                t = pa.int64()
            else:
                t = pa.string()
            fields.append(pa.field(name, t))
        return pa.schema(fields, metadata={b"sakip.table": type(self).__name__.encode()})

    def to_arrow(self) -> pa.Table:
        """The table as a ``pyarrow.Table``; money and percentages as decimal128(38, s)."""
        import pyarrow as pa

        schema = self.arrow_schema()
        arrays = []
        for field in schema:
            values = self.column(field.name)
            if pa.types.is_decimal(field.type):
                q = decimal.Decimal(1).scaleb(-field.type.scale)
                values = [None if v is None else v.quantize(q) for v in values]
            arrays.append(pa.array(values, type=field.type))
        return pa.Table.from_arrays(arrays, schema=schema)

    def __arrow_c_stream__(self, requested_schema: object = None) -> object:
        """Arrow PyCapsule interface: the table as an ArrowArrayStream capsule."""
        return self.to_arrow().__arrow_c_stream__(requested_schema)

    def to_pandas(self, dtype: Dtype = "decimal") -> pd.DataFrame:
        """The table as a pandas DataFrame.

        ``dtype="decimal"`` (default): exact columns hold ``decimal.Decimal`` objects (object dtype).
        ``dtype="arrow"``: every column is a ``pd.ArrowDtype``; exact ones ``decimal128(38, s)``.
        ``dtype="float"``: exact columns become float64 — lossy, only when asked for.
        """
        import pandas as pd

        if dtype == "arrow":
            return self.to_arrow().to_pandas(types_mapper=pd.ArrowDtype)
        if dtype not in ("decimal", "float"):
            raise ValueError(f'dtype must be "decimal", "arrow" or "float", not {dtype!r}')
        data: dict[str, Any] = {}
        for name, kind in self.columns:
            values = self.column(name)
            if kind in _EXACT:
                if dtype == "float":
                    data[name] = pd.Series([math.nan if v is None else float(v) for v in values], dtype="float64")
                else:
                    data[name] = pd.Series(values, dtype=object)
            elif kind == "int":
                if any(v is None for v in values):
                    data[name] = pd.Series(values, dtype="Int64")
                else:
                    data[name] = pd.Series(values, dtype="int64")
            else:
                data[name] = pd.Series(values, dtype=None if values else object)  # pandas' text dtype
        return pd.DataFrame(data, columns=[c for c, _ in self.columns])

    # rich display
    def _html_cell(self, name: str, value: Any, row: Mapping[str, Any]) -> str:  # noqa: ARG002 - subclasses read row
        if value is None:
            return '<td style="color:#999">–</td>'
        kind = self._kind(name)
        if kind in _EXACT and isinstance(value, decimal.Decimal):
            return f'<td style="text-align:right">{html.escape(_fmt_id(value, kind))}</td>'
        return f"<td>{html.escape(str(value))}</td>"

    def _html_columns(self) -> list[str]:
        return [c for c, _ in self.columns]

    def _repr_html_(self) -> str:
        cols = self._html_columns()
        head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
        body = "".join("<tr>" + "".join(self._html_cell(c, r[c], r) for c in cols) + "</tr>" for r in self._rows)
        title = f"<caption>{html.escape(self.judul)}</caption>" if self.judul else ""
        return f'<table class="sakip">{title}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _fmt_id(value: decimal.Decimal, kind: str) -> str:
    """Indonesian printing by the library's one formatter (``sakip.format_angka``): '.' groups
    thousands, ',' marks decimals (96,36; 88.799.000,00). Money shows its two sen places; the
    values are exact already, so nothing is rounded here."""
    return _core.format_angka(value, min_places=2 if kind == "rupiah" else 0)


# ---- evaluation -------------------------------------------------------------------------------------

_KATEGORI_WARNA = ["#c0392b", "#e67e22", "#f1c40f", "#7fb800", "#1e8449", "#145a32"]


def kategori_warna(skala: str) -> dict[str, str]:
    """Colour of each category label of a shipped scale, lowest band red to highest green."""
    pita = _core.skala(skala).pita
    n = len(pita)
    out = {}
    for i, p in enumerate(pita):
        j = round(i * (len(_KATEGORI_WARNA) - 2) / max(n - 1, 1))
        out[p.label] = _KATEGORI_WARNA[j]
    return out


class HasilEvaluasi(TypedDict):
    """One figure of an evaluation: its value (None when undefined), the exact fraction as text,
    the status (``ok``, ``undefined_zero_over_zero``…) and the trace of its computation."""

    value: Optional[decimal.Decimal]
    exact: Optional[str]
    status: str
    trace: str


class IndikatorEvaluasi(TypedDict):
    """One indicator of an evaluation (``ev.indikator``)."""

    id: str
    sasaran: str
    nama: str
    polaritas: str
    target: Union[str, tuple[str, str], None]
    sumber_target: str
    target_akhir: Union[str, tuple[str, str], None]
    realisasi: HasilEvaluasi
    sumber_realisasi: str
    capaian: HasilEvaluasi
    kategori: Optional[str]


class SasaranEvaluasi(TypedDict):
    """One sasaran of an evaluation (``ev.sasaran``): mean capaian, budget and efficiency."""

    id: str
    nama: str
    indikator: list[str]
    rata_rata: HasilEvaluasi
    excluded: list[str]
    program: list[str]
    rencana: Optional[decimal.Decimal]
    realisasi: Optional[decimal.Decimal]
    serapan: HasilEvaluasi
    porsi: HasilEvaluasi
    efisiensi: HasilEvaluasi
    efisiensi_rasio: HasilEvaluasi


class AnggaranEvaluasi(TypedDict):
    """One budget line of an evaluation (a kegiatan, a belanja line): amounts and their shares."""

    pointer: str
    kode: str
    uraian: str
    rencana: Optional[decimal.Decimal]
    realisasi: Optional[decimal.Decimal]
    serapan: HasilEvaluasi
    porsi: HasilEvaluasi


class ProgramEvaluasi(AnggaranEvaluasi):
    """One program of an evaluation (``ev.program``), with its kegiatan."""

    sasaran: list[str]
    kegiatan: list[AnggaranEvaluasi]
    jumlah_rencana_kegiatan: Optional[decimal.Decimal]
    jumlah_realisasi_kegiatan: Optional[decimal.Decimal]


class MasalahEvaluasi(TypedDict):
    """A figure a measure could not compute (left undefined): where, why, and its trace."""

    pointer: str
    message: str
    message_en: str
    trace: str


class Evaluasi(dict[str, Any]):
    """The result of ``sakip.evaluate(doc, year)`` and of ``doc.evaluate(year)`` (one type for
    both): the engine's dict (keys ``tahun``, ``skala``, ``indikator``, ``sasaran``, ``program``,
    ``belanja``, ``total_rencana``, ``total_realisasi``, ``serapan``, ``rata_rata``, ``masalah``;
    ``ev["indikator"]`` keeps working) with typed properties of the same names and table views.

    ``to_pandas()`` / ``to_arrow()`` / ``__arrow_c_stream__`` give one row per indicator:
    id, sasaran, indikator, satuan, polaritas, target, target_teks, realisasi, capaian, kategori,
    status. ``tabel()`` is that :class:`Tabel`; ``sasaran_tabel()`` the per-sasaran figures;
    ``anggaran()`` the program/kegiatan absorption computed by the engine.
    """

    def __init__(self, data: Mapping[str, Any], satuan: Optional[Mapping[str, str]] = None) -> None:
        super().__init__(data)
        self._satuan = dict(satuan or {})

    @property
    def tahun(self) -> int:
        """The year evaluated."""
        return int(self["tahun"])

    @property
    def skala(self) -> str:
        """The name of the scale used for ``kategori``."""
        return str(self["skala"])

    @property
    def indikator(self) -> list[IndikatorEvaluasi]:
        """Every indicator of the Renstra: target, realisasi, capaian, kategori."""
        return cast("list[IndikatorEvaluasi]", self["indikator"])

    @property
    def sasaran(self) -> list[SasaranEvaluasi]:
        """Every sasaran: mean capaian, budget, serapan, efficiency."""
        return cast("list[SasaranEvaluasi]", self["sasaran"])

    @property
    def program(self) -> list[ProgramEvaluasi]:
        """Every program of the year's DPA, with its kegiatan."""
        return cast("list[ProgramEvaluasi]", self["program"])

    @property
    def belanja(self) -> list[AnggaranEvaluasi]:
        """The DPA's belanja lines (langsung, tidak langsung…)."""
        return cast("list[AnggaranEvaluasi]", self["belanja"])

    @property
    def total_rencana(self) -> Optional[decimal.Decimal]:
        """The sum of the programs' rencana."""
        return cast("Optional[decimal.Decimal]", self["total_rencana"])

    @property
    def total_realisasi(self) -> Optional[decimal.Decimal]:
        """The sum of the programs' realisasi."""
        return cast("Optional[decimal.Decimal]", self["total_realisasi"])

    @property
    def serapan(self) -> HasilEvaluasi:
        """Budget absorption of the whole DPA (total realisasi ÷ total rencana × 100)."""
        return cast(HasilEvaluasi, self["serapan"])

    @property
    def rata_rata(self) -> HasilEvaluasi:
        """The mean capaian of every indicator."""
        return cast(HasilEvaluasi, self["rata_rata"])

    @property
    def masalah(self) -> list[MasalahEvaluasi]:
        """Figures a measure could not compute (left undefined)."""
        return cast("list[MasalahEvaluasi]", self.get("masalah", []))

    def tabel(self) -> TabelEvaluasi:
        """One row per indicator (see the class docstring)."""
        rows: list[Baris] = []
        for i in self.indikator:
            target = i["target"]
            if isinstance(target, (tuple, list)):
                target_teks: Optional[str] = f"{target[0]} – {target[1]}"
                target_val = None
            else:
                target_teks = target
                target_val = _besaran_value(target)
            rows.append(
                {
                    "id": i["id"],
                    "sasaran": i["sasaran"],
                    "indikator": i["nama"],
                    "satuan": self._satuan.get(i["id"]),
                    "polaritas": i["polaritas"],
                    "target": target_val,
                    "target_teks": target_teks,
                    "realisasi": _dec(i["realisasi"]),
                    "capaian": _dec(i["capaian"]),
                    "kategori": i["kategori"],
                    "status": i["capaian"]["status"],
                }
            )
        return TabelEvaluasi(rows, skala=self.skala, tahun=self.tahun)

    def sasaran_tabel(self) -> TabelSasaran:
        """One row per sasaran: mean capaian, budget, serapan, efisiensi (selisih and rasio)."""
        rows: list[Baris] = []
        for s in self.sasaran:
            rows.append(
                {
                    "sasaran": s["id"],
                    "nama": s["nama"],
                    "jumlah_indikator": len(s["indikator"]),
                    "rata_rata": _dec(s["rata_rata"]),
                    "rencana": s["rencana"],
                    "realisasi": s["realisasi"],
                    "serapan": _dec(s["serapan"]),
                    "efisiensi": _dec(s["efisiensi"]),
                    "efisiensi_rasio": _dec(s["efisiensi_rasio"]),
                }
            )
        return TabelSasaran(rows)

    def anggaran(self) -> Anggaran:
        """Program and kegiatan rows of the engine (rencana, realisasi, serapan, share)."""
        rows: list[Baris] = []
        for p in self.program:
            rows.append(_engine_anggaran_row(p, "program", p["kode"]))
            for k in p["kegiatan"]:
                rows.append(_engine_anggaran_row(k, "kegiatan", p["kode"]))
        return Anggaran(rows, tahun=self.tahun)

    def to_pandas(self, dtype: Dtype = "decimal") -> pd.DataFrame:
        """One row per indicator as a DataFrame (see :meth:`Tabel.to_pandas`)."""
        return self.tabel().to_pandas(dtype)

    def to_arrow(self) -> pa.Table:
        """One row per indicator as a ``pyarrow.Table`` with decimal128 columns."""
        return self.tabel().to_arrow()

    def __arrow_c_stream__(self, requested_schema: object = None) -> object:
        """Arrow PyCapsule interface over :meth:`to_arrow`."""
        return self.tabel().__arrow_c_stream__(requested_schema)

    def __repr__(self) -> str:
        return f"<sakip.Evaluasi {self.get('tahun')}: {len(self.get('indikator', []))} indikator>"

    def _repr_html_(self) -> str:
        t = self.tabel()
        rr = _dec(self.get("rata_rata"))
        ser = _dec(self.get("serapan"))
        foot = (
            f"<p>Rata-rata capaian: <b>{_fmt_opt(rr, 'persen')}</b> · "
            f"serapan anggaran: <b>{_fmt_opt(ser, 'persen')}</b> · skala: {html.escape(self.skala)}</p>"
        )
        return t._repr_html_() + foot

    def __reduce__(self) -> tuple[type[Evaluasi], tuple[dict[str, Any], dict[str, str]]]:
        return (Evaluasi, (dict(self), self._satuan))


def _fmt_opt(v: Optional[decimal.Decimal], kind: str) -> str:
    if v is None:
        return "–"
    return html.escape(_core.format_persen(v) if kind == "persen" else _fmt_id(v, kind))


def _engine_anggaran_row(a: AnggaranEvaluasi, level: str, program: str) -> Baris:
    return {
        "level": level,
        "program": program,
        "kode": a["kode"],
        "uraian": a["uraian"],
        "rencana": a["rencana"],
        "realisasi": a["realisasi"],
        "serapan": a["serapan"]["value"],
        "share": a["porsi"]["value"],
    }


class TabelEvaluasi(Tabel):
    """One row per indicator of an evaluation."""

    columns = (
        ("id", "str"),
        ("sasaran", "str"),
        ("indikator", "str"),
        ("satuan", "str"),
        ("polaritas", "str"),
        ("target", "decimal"),
        ("target_teks", "str"),
        ("realisasi", "decimal"),
        ("capaian", "persen"),
        ("kategori", "str"),
        ("status", "str"),
    )

    def __init__(self, rows: Sequence[Mapping[str, Any]], skala: str = "permendagri_86_2017", tahun: int = 0):
        super().__init__(rows)
        self.skala = skala
        self.tahun = tahun
        self.judul = f"Capaian kinerja {tahun}" if tahun else ""

    def _html_columns(self) -> list[str]:
        return ["id", "indikator", "target_teks", "realisasi", "capaian", "kategori"]

    def _html_cell(self, name: str, value: Any, row: Mapping[str, Any]) -> str:
        if name == "kategori" and value is not None:
            colour = kategori_warna(self.skala).get(str(value), "#999")
            return (
                f'<td><span style="background:{colour};color:white;padding:0 .4em;border-radius:3px">'
                f"{html.escape(str(value))}</span></td>"
            )
        if name == "capaian" and value is None:
            return f'<td style="color:#999" title="{html.escape(str(row["status"]))}">{html.escape(str(row["status"]))}</td>'
        if name == "indikator":
            return f'<td title="{html.escape(str(value))}">{html.escape(_short(str(value), 60))}</td>'
        return super()._html_cell(name, value, row)

    def __reduce__(self) -> tuple[Any, ...]:
        return (TabelEvaluasi, (self._rows, self.skala, self.tahun))


class TabelSasaran(Tabel):
    """One row per sasaran of an evaluation."""

    columns = (
        ("sasaran", "str"),
        ("nama", "str"),
        ("jumlah_indikator", "int"),
        ("rata_rata", "persen"),
        ("rencana", "rupiah"),
        ("realisasi", "rupiah"),
        ("serapan", "persen"),
        ("efisiensi", "persen"),
        ("efisiensi_rasio", "persen"),
    )

    def __reduce__(self) -> tuple[Any, ...]:
        return (TabelSasaran, (self._rows,))


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def evaluasi(
    doc: Union[Dokumen, _core.Dokumen], year: int, skala: Optional[str] = None, legacy: bool = False
) -> Evaluasi:
    """The evaluation of ``year`` (``sakip.evaluate(doc, year)``) as an :class:`Evaluasi`."""
    core = _core_dokumen(doc)
    raw = cast("dict[str, Any]", _core.evaluate(core, year, skala=skala, legacy=legacy))
    satuan = {i.id: i.satuan for i in core.renstra.indikator}
    return Evaluasi(raw, satuan)


# ---- budget -----------------------------------------------------------------------------------------


class Anggaran(Tabel):
    """Budget absorption of one year's DPA: a row per program and per kegiatan.

    Columns: level ("program" / "kegiatan"), program (its program code), kode, uraian, rencana,
    realisasi (rupiah, ``decimal.Decimal``), serapan (realisasi ÷ rencana × 100) and share
    (rencana ÷ the basis × 100, 2 places half up). The basis is the DPA's belanja langsung when it
    states one, else the sum of the programs (``basis``, ``basis_label``), as in the LKjIP.
    """

    columns = (
        ("level", "str"),
        ("program", "str"),
        ("kode", "str"),
        ("uraian", "str"),
        ("rencana", "rupiah"),
        ("realisasi", "rupiah"),
        ("serapan", "persen"),
        ("share", "persen"),
    )

    def __init__(
        self,
        rows: Sequence[Mapping[str, Any]],
        tahun: int = 0,
        basis: Optional[decimal.Decimal] = None,
        basis_label: str = "",
    ) -> None:
        super().__init__(rows)
        self.tahun = tahun
        self.basis = basis
        self.basis_label = basis_label
        self.judul = f"Serapan anggaran {tahun}" if tahun else "Serapan anggaran"

    def program(self) -> Anggaran:
        """Only the program rows."""
        return Anggaran([r for r in self._rows if r["level"] == "program"], self.tahun, self.basis, self.basis_label)

    def find(self, kode: str) -> Optional[dict[str, Any]]:
        """The row of a program or kegiatan code, or None."""
        want = _core.Kode(kode).str
        for r in self._rows:
            if _core.Kode(r["kode"]).str == want:
                return dict(r)
        return None

    def _html_cell(self, name: str, value: Any, row: Mapping[str, Any]) -> str:
        if name in ("kode", "uraian") and row["level"] == "kegiatan":
            return f'<td style="padding-left:1.5em">{html.escape(str(value))}</td>'
        if name in ("kode", "uraian"):
            return f"<td><b>{html.escape(str(value))}</b></td>"
        return super()._html_cell(name, value, row)

    def _html_columns(self) -> list[str]:
        return ["kode", "uraian", "rencana", "realisasi", "serapan", "share"]

    def __reduce__(self) -> tuple[Any, ...]:
        return (Anggaran, (self._rows, self.tahun, self.basis, self.basis_label))


def _hasil(h: _core.Hasil) -> Optional[decimal.Decimal]:
    v = h.value
    return None if v is None else cast(decimal.Decimal, v.to_decimal())


def anggaran(doc: Union[Dokumen, _core.Dokumen], year: int) -> Anggaran:
    """Budget absorption of the DPA of ``year``: the program and kegiatan rows of the evaluation
    (``sakip.evaluate``; serapan and share are the engine's, 2 places half up; a missing amount or
    a zero denominator gives None). The share's basis is the DPA's belanja langsung when it states
    one, else the sum of the programs. Raises KeyError when the document has no DPA of ``year``.
    """
    core = _core_dokumen(doc)
    dpas = cast("dict[int, _core.Dpa]", core.dpa)
    if year not in dpas:
        raise KeyError(f"the document has no DPA for {year} (years: {sorted(dpas)})")
    ev = evaluasi(core, year)
    langsung = dpas[year].belanja.langsung
    if langsung is not None:
        basis = cast("Optional[decimal.Decimal]", langsung.rencana.value)
        label = "belanja langsung"
    else:
        basis = ev.total_rencana
        label = "jumlah program"
    rows = ev.anggaran().to_list()
    return Anggaran(rows, tahun=year, basis=basis, basis_label=label)


# ---- audit findings ---------------------------------------------------------------------------------

SEVERITY_COLOURS = {"error": "#c0392b", "warning": "#d68910", "info": "#2471a3"}


class TabelTemuan(Tabel):
    """Audit findings, one row each: rule, severity, location, source, message, message_en,
    reported (as printed), reported_value and expected (canonical decimals or labels, as str:
    a finding may compare labels), trace."""

    columns = (
        ("severity", "str"),
        ("rule", "str"),
        ("location", "str"),
        ("source", "str"),
        ("message", "str"),
        ("message_en", "str"),
        ("reported", "str"),
        ("reported_value", "str"),
        ("expected", "str"),
        ("trace", "str"),
    )
    judul = "Temuan audit"

    def _html_columns(self) -> list[str]:
        return ["severity", "rule", "source", "message", "reported", "expected"]

    def _html_cell(self, name: str, value: Any, row: Mapping[str, Any]) -> str:
        if name == "severity":
            colour = SEVERITY_COLOURS.get(str(value), "#777")
            return (
                f'<td><span style="background:{colour};color:white;padding:0 .4em;border-radius:3px">'
                f"{html.escape(str(value))}</span></td>"
            )
        if name == "message":
            return f'<td title="{html.escape(str(row["message_en"]))}">{html.escape(str(value))}</td>'
        return super()._html_cell(name, value, row)

    def _repr_html_(self) -> str:
        counts = {s: sum(1 for r in self._rows if r["severity"] == s) for s in SEVERITY_COLOURS}
        summary = " · ".join(f'<span style="color:{SEVERITY_COLOURS[s]}">{n} {s}</span>' for s, n in counts.items())
        return f"<p><b>{len(self)} temuan</b>: {summary}</p>" + super()._repr_html_()

    def __reduce__(self) -> tuple[Any, ...]:
        return (TabelTemuan, (self._rows,))


def _finding_dict(f: Union[Finding, _core.Finding, Mapping[str, Optional[str]]]) -> Baris:
    if isinstance(f, Mapping):
        return dict(f)
    return dict(f.to_dict())


def temuan(
    findings: Union[Findings, Iterable[Union[Finding, _core.Finding, Mapping[str, Optional[str]]]]],
) -> TabelTemuan:
    """Audit findings (``sakip.audit(doc)``, ``doc.audit()``, or a list of findings / dicts) as a table."""
    return TabelTemuan([_finding_dict(f) for f in findings])


# ---- Renstra targets --------------------------------------------------------------------------------


class TargetRenstra(Tabel):
    """The Renstra's targets by year, one row per (indicator, year): sasaran, id, indikator,
    satuan, polaritas, tahun, target (``decimal.Decimal``; None for a range), target_teks,
    kondisi_awal and target_akhir (the indicator's, repeated on each row)."""

    columns = (
        ("sasaran", "str"),
        ("id", "str"),
        ("indikator", "str"),
        ("satuan", "str"),
        ("polaritas", "str"),
        ("tahun", "int"),
        ("target", "decimal"),
        ("target_teks", "str"),
        ("kondisi_awal", "decimal"),
        ("target_akhir", "decimal"),
    )
    judul = "Target Renstra"

    def __reduce__(self) -> tuple[Any, ...]:
        return (TargetRenstra, (self._rows,))


def _target_value(t: Union[_core.Besaran, _core.Rentang, None]) -> tuple[Optional[decimal.Decimal], Optional[str]]:
    if t is None:
        return None, None
    if isinstance(t, _core.Besaran):
        return cast("Optional[decimal.Decimal]", t.value), cast(str, t.text)
    if isinstance(t, _core.Rentang):
        return None, f"{t.bawah.text} – {t.atas.text}"
    raise TypeError(f"unexpected target {t!r}")


def target_renstra(doc_or_renstra: Union[Dokumen, _core.Dokumen, Renstra, _core.Renstra]) -> TargetRenstra:
    """The Renstra targets by year of a document (or of a ``Renstra``) as a table."""
    if isinstance(doc_or_renstra, (Dokumen, _core.Dokumen)):
        doc_or_renstra = doc_or_renstra.renstra
    indikator = cast("list[_core.Indikator]", doc_or_renstra.indikator)
    rows: list[Baris] = []
    for ind in indikator:
        awal, _ = _target_value(ind.kondisi_awal)
        akhir, _ = _target_value(ind.target_akhir)
        for tahun, t in sorted(ind.target.items()):
            value, text = _target_value(t)
            rows.append(
                {
                    "sasaran": ind.sasaran,
                    "id": ind.id,
                    "indikator": ind.nama,
                    "satuan": ind.satuan,
                    "polaritas": ind.polaritas,
                    "tahun": tahun,
                    "target": value,
                    "target_teks": text,
                    "kondisi_awal": awal,
                    "target_akhir": akhir,
                }
            )
    return TargetRenstra(rows)


# ---- importing DPA line items -----------------------------------------------------------------------

#: Accepted column names of a DPA line-item table, in any case (one column per field).
KOLOM_DPA = {
    "kode": ("kode", "code"),
    "uraian": ("uraian", "description", "nama"),
    "pagu": ("pagu", "rencana", "anggaran"),
    "realisasi": ("realisasi",),
}


@dataclasses.dataclass(frozen=True)
class BarisDpa:
    """One validated DPA line item: code, description, budget (pagu) and realisation."""

    baris: int  #: 0-based row number in the source table
    kode: _core.Kode
    uraian: str
    pagu: _core.Rupiah
    realisasi: Optional[_core.Rupiah]

    @property
    def serapan(self) -> Optional[decimal.Decimal]:
        """realisasi ÷ pagu × 100 (2 places, half up), or None."""
        if self.realisasi is None or not self.pagu:
            return None
        return _hasil(_core.serapan(self.realisasi, self.pagu))


class DpaError(ValueError):
    """A DPA line-item table with an invalid cell; ``.row`` and ``.column`` name it."""

    def __init__(self, message: str, row: Optional[int], column: str) -> None:
        super().__init__(message)
        self.row = row
        self.column = column


def _columns_of(table: Any) -> tuple[dict[str, list[Any]], dict[str, str], int]:
    """Columns as Python lists (exact values), their source type names, and the row count."""
    mod = type(table).__module__.split(".")[0]
    if mod == "pandas":
        cols = {}
        types = {}
        for name in table.columns:
            s = table[name]
            types[str(name)] = str(s.dtype)
            # object columns keep their Python values; ArrowDtype(decimal128) gives decimal.Decimal
            cols[str(name)] = s.tolist()
        return cols, types, len(table)
    if hasattr(table, "__arrow_c_stream__") or mod == "pyarrow":
        import pyarrow as pa

        t = table if isinstance(table, pa.Table) else pa.table(table)
        cols = {name: t.column(name).to_pylist() for name in t.column_names}
        types = {f.name: str(f.type) for f in t.schema}
        return cols, types, t.num_rows
    if isinstance(table, Mapping):
        cols = {}
        for k, v in table.items():
            if isinstance(v, (str, bytes)) or not isinstance(v, Iterable):
                raise DpaError(
                    f"column {str(k)!r} is {type(v).__name__}, not a sequence of cells (one per row)", None, str(k)
                )
            cols[str(k)] = list(v)
        lengths = {k: len(v) for k, v in cols.items()}
        if len(set(lengths.values())) > 1:
            n = max(lengths.values())
            short = next(k for k, m in lengths.items() if m != n)
            raise DpaError(
                "columns of different lengths: " + ", ".join(f"{k!r} {m}" for k, m in lengths.items()), None, short
            )
        n = next(iter(lengths.values()), 0)
        return cols, dict.fromkeys(cols, "list"), n
    raise TypeError(
        "dpa_from_table needs a pandas DataFrame, a pyarrow Table (or any object with "
        f"__arrow_c_stream__) or a mapping of columns, not {type(table).__name__}"
    )


def _isna(v: Any) -> bool:
    """An empty cell, whatever the source: None, a float NaN (numpy's too), pandas' NA or NaT. Empty
    means unknown: allowed for realisasi (not reported), an error for kode, uraian and pagu."""
    if v is None:
        return True
    if isinstance(v, float) or type(v).__name__ in ("float16", "float32", "float64", "longdouble"):
        return math.isnan(v)
    try:
        import pandas as pd

        return v is pd.NA or v is pd.NaT
    except ImportError:  # pragma: no cover
        return False


_FLOAT_TYPES = ("float", "double", "halffloat")


def _rupiah_cell(v: Any, row: int, column: str, allow_float: bool) -> _core.Rupiah:
    where = f"row {row}, column {column!r}"
    if isinstance(v, bool):
        raise TypeError(f"{where}: a bool is not an amount")
    if isinstance(v, float):
        if not allow_float:
            raise TypeError(
                f"{where}: float {v!r} is binary floating point and cannot hold rupiah exactly; "
                "give decimal.Decimal, int or str values (or allow_float=True)"
            )
        if not math.isfinite(v):
            raise DpaError(f"{where}: {v!r} is not an amount", row, column)
        v = decimal.Decimal(repr(v))  # the float's shortest repr: 1234.5 -> 1234.5
    try:
        if isinstance(v, str):
            return _core.Rupiah.parse(v)
        if isinstance(v, (int, decimal.Decimal, _core.Decimal, _core.Rupiah)):
            return _core.Rupiah(v)
        if hasattr(v, "item"):  # numpy integer scalars
            item = v.item()
            if isinstance(item, int) and not isinstance(item, bool):
                return _core.Rupiah(item)
            return _rupiah_cell(item, row, column, allow_float)
    except _core.Error as e:
        raise DpaError(f"{where}: {e}", row, column) from e
    raise TypeError(f"{where}: cannot read {type(v).__name__} {v!r} as rupiah")


def _pick_columns(cols: Mapping[str, Any]) -> dict[str, Optional[str]]:
    """The source column of each DPA field: exactly one of its accepted names (any case)."""
    pick: dict[str, Optional[str]] = {}
    for want, aliases in KOLOM_DPA.items():
        found = [name for name in cols if name.lower() in aliases]
        if len(found) > 1:
            raise DpaError(f"columns {' and '.join(repr(f) for f in found)} both give {want}: keep one", None, found[1])
        pick[want] = found[0] if found else None
        if not found and want != "realisasi":
            raise DpaError(
                f"missing column {want!r} (accepted names: {', '.join(aliases)}; found: {', '.join(cols)})",
                None,
                want,
            )
    return pick


def _what(v: Any) -> str:
    return f"{type(v).__name__} {v!r}"


def dpa_from_table(table: Any, *, allow_float: bool = False) -> list[BarisDpa]:
    """Read DPA line items (kode, uraian, pagu, realisasi) from a pandas DataFrame, a pyarrow
    Table, any Arrow stream (``__arrow_c_stream__``) or a mapping of column lists.

    Codes and uraian are text: a number in the kode column is refused (``2.0`` or ``102`` has lost
    the printed code, e.g. ``0102``). Amounts may be ``decimal.Decimal`` (object or
    ``ArrowDtype(decimal128)`` columns), int, or str — a str is read as printed (``Rupiah.parse``:
    ``"Rp 88.799.000,-"``, ``"88799000.00"``). A float column or value raises TypeError naming the
    row and column, because float cannot hold rupiah exactly; ``allow_float=True`` accepts floats
    through their shortest repr (``1234.5`` → Rp1.234,50), still refusing values below one sen.
    An empty cell (None, NaN, pandas NA/NaT) means unknown: ``realisasi`` may be empty (or its column
    absent); an empty kode, uraian or pagu is an error. Column aliases: :data:`KOLOM_DPA` (one
    column per field: ``kode`` and ``code`` together are an error).

    Errors (``DpaError``, a ValueError, with ``.row`` and ``.column``; ``.row`` is None for a
    problem of a whole column): a missing or doubled column, columns of different lengths, an
    invalid, numeric or duplicate code, an empty uraian or one that is not text, a missing pagu, a
    negative amount.
    """
    cols, types, n = _columns_of(table)
    pick = _pick_columns(cols)
    if not allow_float:
        for want in ("pagu", "realisasi"):
            name = pick[want]
            if name is not None and types[name].lower().startswith(_FLOAT_TYPES):
                raise TypeError(
                    f"column {name!r} is {types[name]}: binary floating point cannot hold rupiah "
                    "exactly; give decimal.Decimal, int or str values (or allow_float=True)"
                )
    kname, uname, pname, rname = pick["kode"], pick["uraian"], pick["pagu"], pick["realisasi"]
    assert kname is not None
    assert uname is not None
    assert pname is not None
    out: list[BarisDpa] = []
    seen: dict[str, int] = {}
    for i in range(n):
        raw = cols[kname][i]
        if _isna(raw):
            raise DpaError(f"row {i}, column {kname!r}: the code is empty", i, kname)
        if not isinstance(raw, str):
            raise DpaError(
                f"row {i}, column {kname!r}: the code is {_what(raw)}, not text; codes are text as printed "
                '("0102"): a number has lost its leading zeros and dots',
                i,
                kname,
            )
        try:
            kode = _core.Kode(raw.strip())
        except _core.Error as e:
            raise DpaError(f"row {i}, column {kname!r}: {e}", i, kname) from e
        if kode.str in seen:
            raise DpaError(f"row {i}, column {kname!r}: code {kode.text} already in row {seen[kode.str]}", i, kname)
        seen[kode.str] = i
        uraian = cols[uname][i]
        if _isna(uraian) or (isinstance(uraian, str) and not uraian.strip()):
            raise DpaError(f"row {i}, column {uname!r}: uraian is empty", i, uname)
        if not isinstance(uraian, str):
            raise DpaError(f"row {i}, column {uname!r}: uraian is {_what(uraian)}, not text", i, uname)
        pv = cols[pname][i]
        if _isna(pv):
            raise DpaError(f"row {i}, column {pname!r}: pagu is empty", i, pname)
        pagu = _rupiah_cell(pv, i, pname, allow_float)
        realisasi = None
        if rname is not None and not _isna(cols[rname][i]):
            realisasi = _rupiah_cell(cols[rname][i], i, rname, allow_float)
        for name, value in ((pname, pagu), (rname, realisasi)):
            if value is not None and value < _core.Rupiah(0):
                raise DpaError(f"row {i}, column {name!r}: negative amount {value}", i, str(name))
        out.append(BarisDpa(i, kode, uraian.strip(), pagu, realisasi))
    return out
