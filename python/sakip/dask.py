"""Many documents on Dask (and Spark): tidy frames partitioned by file, and exact reductions.

``frames(paths, "indikator")`` is a Dask DataFrame with one partition per file: each worker loads its
own file (no document is pickled through the scheduler) and gives that document's rows of the
:class:`sakip.Kabupaten` table (with ``opd`` named ``instansi``, and ``pemda``) in Arrow dtypes —
``decimal128(38, 2)`` for money and percentages, ``decimal128(38, 4)`` for an indicator's realisasi
(a value needing more places is an error, never rounded). Dask takes object columns of
``decimal.Decimal`` for strings, and Arrow decimal arithmetic overflows precision 38, so the
aggregations here are exact reductions of their own: each partition gives exact partial sums (Python
ints of the smallest unit), one task combines them and applies the library's measure, rounding once.

Spark: ``map_in_pandas(tabel)`` is the function for ``df.mapInPandas(f, schema=spark_schema(tabel))``
over a DataFrame of file paths (column ``path``); it calls the same per-file function as Dask.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Callable, Optional

from . import _core

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa

__all__ = ["frames", "map_in_pandas", "mean", "serapan", "spark_schema", "sum", "tabel_file"]

_SCALE = {"rupiah": 2, "persen": 2, "decimal": 4}


def schema(tabel: str) -> pa.Schema:
    """The Arrow schema of a table's partitions (fixed, so every partition has the same)."""
    import pyarrow as pa

    from ._dataset import TABEL
    from ._kabupaten import TabelAnggaranKabupaten, TabelIndikatorKabupaten, TabelTemuanKabupaten

    cls = {
        "indikator": TabelIndikatorKabupaten,
        "anggaran": TabelAnggaranKabupaten,
        "temuan": TabelTemuanKabupaten,
    }.get(tabel)
    if cls is None:
        raise ValueError(f"tabel tidak dikenal / unknown table {tabel!r}; known: {', '.join(TABEL)}")
    fields = []
    for name, kind in cls.columns:
        if kind in _SCALE:
            t: Any = pa.decimal128(38, _SCALE[kind])
        elif kind == "int":
            t = pa.int64()
        else:
            t = pa.string()
        fields.append(pa.field("instansi" if name == "opd" else name, t))
    return pa.schema(fields)


def tabel_file(path: str, tabel: str) -> pd.DataFrame:
    """The rows of one document's table as a pandas DataFrame of Arrow dtypes (a Dask partition)."""
    import pandas as pd
    import pyarrow as pa

    from . import load
    from ._dataset import arrow_table
    from ._kabupaten import Kabupaten

    target = schema(tabel)
    t = arrow_table(Kabupaten([load(path)], threads=1), tabel)
    arrays = []
    for field in target:
        col = t.column(field.name)
        if pa.types.is_decimal(field.type):
            q = decimal.Decimal(1).scaleb(-field.type.scale)
            vals = []
            exact = decimal.Context(prec=80)  # 38 digits and more: never the default context's 28
            for v in col.to_pylist():
                if v is not None and exact.quantize(v, q) != v:
                    raise _core.Error(f"{path}: {field.name} {v} needs more than {field.type.scale} places")
                vals.append(None if v is None else exact.quantize(v, q))
            arrays.append(pa.array(vals, type=field.type))
        else:
            arrays.append(col.cast(field.type))
    return pa.Table.from_arrays(arrays, schema=target).to_pandas(types_mapper=pd.ArrowDtype)


def frames(paths: Iterable[str], tabel: str = "indikator") -> Any:
    """A Dask DataFrame of ``tabel`` over the files, one partition per file."""
    import dask.dataframe as dd
    import pandas as pd

    files = [str(p) for p in paths]
    if not files:
        raise _core.Error("tidak ada dokumen / no document")
    meta = schema(tabel).empty_table().to_pandas(types_mapper=pd.ArrowDtype)
    return dd.from_map(tabel_file, files, tabel=tabel, meta=meta, enforce_metadata=False)  # type: ignore[no-untyped-call]


# ---- exact reductions -------------------------------------------------------------------------------


def _keys(df: pd.DataFrame, by: Sequence[str]) -> list[tuple[Any, ...]]:
    return list(zip(*(df[b].tolist() for b in by))) if by else [()] * len(df)


def _units(v: Any, scale: int) -> Optional[int]:
    """An exact value as an int of units 10^-scale (integer arithmetic, no context precision); None
    when unknown; a value with more places than `scale` is an error, never truncated."""
    import pandas as pd

    if v is None or v is pd.NA:
        return None
    sign, digits, exp = decimal.Decimal(v).as_tuple()
    if not isinstance(exp, int):
        raise _core.Error(f"{v} is not a finite number")
    n = int("".join(map(str, digits)) or "0")
    shift = exp + scale
    if shift >= 0:
        n *= int(10**shift)
    else:
        n, rest = divmod(n, int(10 ** (-shift)))
        if rest:
            raise _core.Error(f"{v} has more than {scale} decimal places / lebih dari {scale} angka desimal")
    return -n if sign else n


def _partial(
    df: pd.DataFrame, by: Sequence[str], columns: Sequence[str], scale: int
) -> tuple[set[tuple[Any, ...]], dict[tuple[Any, ...], list[Any]]]:
    """The partition's reports (instansi, pemda, tahun) and, per group: [Σ of each column, count of
    known cells of each, whether a cell is unknown]."""
    reports = set(zip(df["instansi"].tolist(), df["pemda"].tolist(), df["tahun"].tolist()))
    out: dict[tuple[Any, ...], list[Any]] = {}
    cols = [[_units(v, scale) for v in df[c].tolist()] for c in columns]
    for i, key in enumerate(_keys(df, by)):
        acc = out.setdefault(key, [[0] * len(columns), [0] * len(columns), [False] * len(columns)])
        for j, col in enumerate(cols):
            if col[i] is None:
                acc[2][j] = True
            else:
                acc[0][j] += col[i]
                acc[1][j] += 1
    return reports, out


def _combine(
    parts: list[tuple[set[tuple[Any, ...]], dict[tuple[Any, ...], list[Any]]]],
) -> dict[tuple[Any, ...], list[Any]]:
    """The partials summed; two files reporting the same instansi and year are an error (as
    ``Kabupaten.load``'s kabupaten.duplicate), never counted twice."""
    seen: set[tuple[Any, ...]] = set()
    for reports, _ in parts:
        if twice := seen & reports:
            instansi, pemda, tahun = min(twice, key=str)
            raise _core.Error(
                f"kabupaten.duplicate: {instansi} ({pemda}) dilaporkan dua kali untuk tahun {tahun} / "
                f"is reported twice for {tahun}"
            )
        seen |= reports
    total: dict[tuple[Any, ...], list[Any]] = {}
    for _, part in parts:
        for key, (sums, counts, unknown) in part.items():
            acc = total.setdefault(key, [[0] * len(sums), [0] * len(sums), [False] * len(sums)])
            for j in range(len(sums)):
                acc[0][j] += sums[j]
                acc[1][j] += counts[j]
                acc[2][j] = acc[2][j] or unknown[j]
    return total


def _reduce(
    ddf: Any, by: Sequence[str], columns: Sequence[str], scale: int, finish: Callable[[list[Any]], Any], name: str
) -> Any:
    """A Dask Delayed of a pandas Series: ``finish`` of each group's combined partials."""
    from dask.delayed import delayed

    def result(parts: list[tuple[set[tuple[Any, ...]], dict[tuple[Any, ...], list[Any]]]]) -> pd.Series:
        import pandas as pd

        total = _combine(parts)
        keys = sorted(total, key=lambda k: tuple(str(x) for x in k))
        values = [finish(total[k]) for k in keys]
        index = (
            pd.MultiIndex.from_tuples(keys, names=list(by))
            if len(by) > 1
            else pd.Index([k[0] for k in keys] if by else keys, name=by[0] if by else None)
        )
        return pd.Series(values, index=index, name=name, dtype=object)

    parts = [delayed(_partial)(p, list(by), list(columns), scale) for p in ddf.to_delayed()]
    return delayed(result)(parts)


def _dec(units: int, scale: int) -> decimal.Decimal:
    return decimal.Decimal(units).scaleb(-scale, context=decimal.Context(prec=80))  # exact: no 28-digit rounding


def serapan(
    ddf: Any, by: Sequence[str] = (), realisasi: str = "realisasi", rencana: str = "rencana", places: int = 2
) -> Any:
    """Σ realisasi ÷ Σ rencana × 100 per group (``sakip.serapan``); an unknown amount → None.
    Returns a Dask Delayed of a pandas Series; ``.compute()`` it."""

    def finish(acc: list[Any]) -> Optional[decimal.Decimal]:
        sums, _counts, unknown = acc
        if unknown[0] or unknown[1]:
            return None
        return _core.serapan(_dec(sums[0], 2), _dec(sums[1], 2), places).persen

    return _reduce(ddf, by, [realisasi, rencana], 2, finish, "serapan")


def _scale(ddf: Any, column: str) -> int:
    """The column's decimal scale (its Arrow type), the unit of the exact partial sums."""
    dtype = ddf[column].dtype
    return int(getattr(getattr(dtype, "pyarrow_dtype", None), "scale", 0) or 0)


def sum(ddf: Any, column: str, by: Sequence[str] = ()) -> Any:
    """The exact Σ of a column per group (None once a cell is unknown)."""

    scale = _scale(ddf, column)

    def finish(acc: list[Any]) -> Optional[decimal.Decimal]:
        return None if acc[2][0] else _dec(acc[0][0], scale)

    return _reduce(ddf, by, [column], scale, finish, column)


def mean(ddf: Any, column: str = "capaian", by: Sequence[str] = (), places: int = 2) -> Any:
    """The arithmetic mean of the known cells per group (unknown ones excluded, as ``sakip.rata_rata``
    does): Σ ÷ n, rounded once half-up (``sakip.divide``)."""

    scale = _scale(ddf, column)

    def finish(acc: list[Any]) -> Optional[decimal.Decimal]:
        n = acc[1][0]
        return None if n == 0 else _core.divide(_dec(acc[0][0], scale), n, places)

    return _reduce(ddf, by, [column], scale, finish, column)


# ---- Spark -------------------------------------------------------------------------------------------


def spark_schema(tabel: str) -> str:
    """The table's schema as a Spark DDL string (``decimal(38,s)``, ``bigint``, ``string``)."""
    import pyarrow as pa

    def ddl(t: Any) -> str:
        if pa.types.is_decimal(t):
            return f"decimal({t.precision},{t.scale})"
        return "bigint" if pa.types.is_integer(t) else "string"

    return ", ".join(f"{f.name} {ddl(f.type)}" for f in schema(tabel))


def map_in_pandas(tabel: str = "indikator") -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """The function for Spark's ``mapInPandas``: batches of file paths (column ``path``) in, the
    table's rows out (exact values as ``decimal.Decimal``, which Spark reads as DecimalType)."""

    def f(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            for path in batch["path"]:
                df = tabel_file(str(path), tabel)
                yield df.astype(object).where(df.notna(), None)

    return f
