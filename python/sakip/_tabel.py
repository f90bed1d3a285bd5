"""The table base of :mod:`sakip.frames`: :class:`Tabel` (a read-only sequence of row dicts with
typed columns, to pandas / Arrow / HTML), the exact-value readers the tables share, the Indonesian
writing of their cells (``sakip.format_angka``) and the :class:`Anggaran` table. Users import these
names from :mod:`sakip.frames`."""

from __future__ import annotations

import decimal
import html
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Optional, Union, cast, overload

from . import _core, _kolom

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa

Dtype = Literal["decimal", "arrow", "float"]

#: One row of a table: column name -> cell. A cell's type is given by its column's kind (str, int,
#: ``decimal.Decimal``, or None), so a row is typed ``dict[str, Any]``: a union would make every
#: analyst narrow each cell before using it.
Baris = dict[str, Any]

# Column kinds: "str", "int", "decimal" (exact value), "rupiah" (money, 2 places), "persen" (2 places).
_EXACT = ("decimal", "rupiah", "persen")


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
        return value.to_decimal()
    if isinstance(value, (_core.Amount, _core.Besaran)):
        return value.value
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
                exact = decimal.Context(prec=80)  # 38 digits: never the default context's 28
                values = [None if v is None else exact.quantize(v, q) for v in values]
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
            _kolom.register()
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
                    data[name] = pd.Series(values, dtype=object)  # None, as in the other object columns
                else:
                    data[name] = pd.Series(values, dtype="int64")
            else:
                # object, not pandas' str dtype: a missing text is None as in every other object
                # column, not NaN (docs/python.md, "One number story")
                data[name] = pd.Series(values, dtype=object)
        _kolom.register()
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


class TabelView:
    """A result with a table view (``tabel()``): ``to_pandas``, ``to_arrow`` and the Arrow
    PyCapsule interface are that table's (:class:`Tabel`)."""

    __slots__ = ()

    def tabel(self) -> Tabel:
        """The result as a :class:`Tabel`."""
        raise NotImplementedError

    def to_pandas(self, dtype: Dtype = "decimal") -> pd.DataFrame:
        """``tabel()`` as a DataFrame (see :meth:`Tabel.to_pandas`)."""
        return self.tabel().to_pandas(dtype)

    def to_arrow(self) -> pa.Table:
        """``tabel()`` as a ``pyarrow.Table`` with decimal128 columns."""
        return self.tabel().to_arrow()

    def __arrow_c_stream__(self, requested_schema: object = None) -> object:
        """Arrow PyCapsule interface over :meth:`to_arrow`."""
        return self.tabel().__arrow_c_stream__(requested_schema)


def _fmt_id(value: decimal.Decimal, kind: str) -> str:
    """Indonesian printing by the library's one formatter (``sakip.format_angka``): '.' groups
    thousands, ',' marks decimals (96,36; 88.799.000,00). Money shows its two sen places; the
    values are exact already, so nothing is rounded here."""
    return _core.format_angka(value, min_places=2 if kind == "rupiah" else 0)


_KATEGORI_WARNA = ["#c0392b", "#e67e22", "#f1c40f", "#7fb800", "#1e8449", "#145a32"]


def kategori_warna(skala: Union[str, _core.Skala]) -> dict[str, str]:
    """Colour of each category label of a scale (a sakip.Skala or a shipped name), lowest band red to
    highest green."""
    pita = (skala if isinstance(skala, _core.Skala) else _core.skala(skala)).pita
    n = len(pita)
    out = {}
    for i, p in enumerate(pita):
        j = round(i * (len(_KATEGORI_WARNA) - 2) / max(n - 1, 1))
        out[p.label] = _KATEGORI_WARNA[j]
    return out


def _fmt_opt(v: Optional[decimal.Decimal], kind: str) -> str:
    if v is None:
        return "–"
    return html.escape(_core.format_persen(v) if kind == "persen" else _fmt_id(v, kind))


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


class Anggaran(Tabel):
    """Budget absorption of one year's DPA: a row per program, kegiatan and sub kegiatan.

    Columns: level ("program" / "kegiatan" / "sub_kegiatan"), program (its program code), kode,
    uraian, rencana, realisasi (rupiah, ``decimal.Decimal``), serapan (realisasi ÷ rencana × 100),
    share (rencana ÷ the basis × 100, 2 places half up), and asal_rencana / asal_realisasi: where
    each amount comes from ("tercetak": printed in the DPA; "rincian": the row prints none, so it is
    the sum of its rows, from the lowest level that prints amounts; "tidak_ada": unknown, a row below
    lacks it). The basis is the DPA's belanja langsung when it states one, else the sum of the
    programs (``basis``, ``basis_label``), as in the LKjIP.
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
        ("asal_rencana", "str"),
        ("asal_realisasi", "str"),
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
        """The row of a program, kegiatan or sub kegiatan code, or None."""
        want = _core.Kode(kode).str
        for r in self._rows:
            if _core.Kode(r["kode"]).str == want:
                return dict(r)
        return None

    def _html_cell(self, name: str, value: Any, row: Mapping[str, Any]) -> str:
        if name in ("kode", "uraian") and row["level"] in ("kegiatan", "sub_kegiatan"):
            pad = "1.5em" if row["level"] == "kegiatan" else "3em"
            return f'<td style="padding-left:{pad}">{html.escape(str(value))}</td>'
        if name in ("kode", "uraian"):
            return f"<td><b>{html.escape(str(value))}</b></td>"
        if name in ("rencana", "realisasi") and row.get("asal_" + name) == "rincian" and value is not None:
            # Summed from the rows below (the row prints no amount): marked, as in `sakip report`.
            return super()._html_cell(name, value, row).replace("</td>", " Σ</td>", 1)
        return super()._html_cell(name, value, row)

    def _html_columns(self) -> list[str]:
        return ["kode", "uraian", "rencana", "realisasi", "serapan", "share"]

    def __reduce__(self) -> tuple[Any, ...]:
        return (Anggaran, (self._rows, self.tahun, self.basis, self.basis_label))


def _hasil(h: _core.Hasil) -> Optional[decimal.Decimal]:
    return h.value  # a decimal.Decimal or None
