"""DPA line items read back from a pandas DataFrame, a pyarrow Table, any Arrow stream or a
mapping of columns, validated exactly (:func:`dpa_from_table`). Users import these names from
:mod:`sakip.frames`."""

from __future__ import annotations

import dataclasses
import decimal
import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Optional, Protocol, Union, cast

from . import _core
from ._tabel import _hasil

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa


class ArrowStream(Protocol):
    """Anything Arrow can read: the Arrow PyCapsule interface (polars, DuckDB, pyarrow…)."""

    def __arrow_c_stream__(self, requested_schema: object = None) -> object: ...


#: What :func:`dpa_from_table` reads: a DataFrame, an Arrow table or stream, or columns by name.
TabelMasukan = Union["pd.DataFrame", "pa.Table", ArrowStream, Mapping[str, Iterable[object]]]

#: Accepted column names of a DPA line-item table, in any case (one column per field): the library's
#: one table of DPA header names (``sakip::nama_kolom_dpa``, shared with :func:`sakip.import_dpa`),
#: folded (lower case, single spaces; a trailing "(Rp)" is dropped when matching).
KOLOM_DPA: dict[str, tuple[str, ...]] = {
    want: tuple(nama for kolom, nama in _core.nama_kolom_dpa() if kolom == want)
    for want in ("kode", "uraian", "pagu", "realisasi")
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


def _columns_of(table: TabelMasukan) -> tuple[dict[str, list[object]], dict[str, str], int]:
    """Columns as Python lists (exact values), their source type names, and the row count."""
    mod = type(table).__module__.split(".")[0]
    cols: dict[str, list[object]] = {}
    types: dict[str, str] = {}
    if mod == "pandas":
        df = cast(Any, table)  # pandas has no type hints here
        for name in df.columns:
            s = df[name]
            types[str(name)] = str(s.dtype)
            # object columns keep their Python values; ArrowDtype(decimal128) gives decimal.Decimal
            cols[str(name)] = s.tolist()
        return cols, types, len(df)
    if hasattr(table, "__arrow_c_stream__") or mod == "pyarrow":
        import pyarrow as pa

        t = table if isinstance(table, pa.Table) else pa.table(table)
        cols = {name: t.column(name).to_pylist() for name in t.column_names}
        types = {f.name: str(f.type) for f in t.schema}
        return cols, types, t.num_rows
    if isinstance(table, Mapping):
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


def _isna(v: object) -> bool:
    """An empty cell, whatever the source: None, a float NaN (numpy's too), pandas' NA or NaT. Empty
    means unknown: allowed for realisasi (not reported), an error for kode, uraian and pagu."""
    if v is None:
        return True
    if isinstance(v, float) or type(v).__name__ in ("float16", "float32", "float64", "longdouble"):
        return math.isnan(cast(float, v))
    try:
        import pandas as pd

        return v is pd.NA or v is pd.NaT
    except ImportError:  # pragma: no cover
        return False


_FLOAT_TYPES = ("float", "double", "halffloat")


def _rupiah_cell(v: object, row: int, column: str, allow_float: bool) -> _core.Rupiah:
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
            item = cast(Any, v).item()
            if isinstance(item, int) and not isinstance(item, bool):
                return _core.Rupiah(item)
            return _rupiah_cell(item, row, column, allow_float)
    except _core.Error as e:
        raise DpaError(f"{where}: {e}", row, column) from e
    raise TypeError(f"{where}: cannot read {type(v).__name__} {v!r} as rupiah")


def _pick_columns(cols: Mapping[str, object]) -> dict[str, Optional[str]]:
    """The source column of each DPA field: exactly one of its accepted names (any case)."""
    pick: dict[str, Optional[str]] = {}
    for want, aliases in KOLOM_DPA.items():
        found = [name for name in cols if _core.kolom_dpa(name) == want]
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


def _what(v: object) -> str:
    return f"{type(v).__name__} {v!r}"


def dpa_from_table(table: TabelMasukan, *, allow_float: bool = False) -> list[BarisDpa]:
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
