"""Exact column helpers for pandas: ``df.sakip`` (registered by :mod:`sakip.frames`).

pandas has no exact decimal arithmetic that stays exact: with object columns of ``decimal.Decimal``
``groupby().mean()`` silently returns floats and ``round`` raises; with Arrow ``decimal128`` columns
``realisasi / rencana * 100`` overflows Arrow's 38 digits of precision. These helpers compute with
the library's measures instead (serapan, pangsa, capaian, rata_rata) and sakip's exact sums (an
overflow is an error), rounding once with the library's rule (half-up, 2 places by default).

Missing values follow the frame's dtype (docs/python.md, "One number story"): an object column gives
``None``, an Arrow column ``pd.NA``; the result has the same kind. A sum with an unknown part is
unknown (``None``) unless ``skipna=True``; a mean excludes unknown members, as the LKjIP does, and
its trace counts them.
"""

from __future__ import annotations

import decimal
from collections.abc import Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Callable, Optional, Union

from . import _core

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

Kolom = Union[str, "pd.Series"]
By = Union[Hashable, Sequence[Hashable], None]


def _is_arrow(s: pd.Series) -> bool:
    import pandas as pd

    return isinstance(s.dtype, pd.ArrowDtype)


def _values(s: pd.Series) -> list[Any]:
    """The cells as exact Python values; a missing cell (None, pd.NA) is None; float is refused."""
    # Any: a cell may hold anything; the binding refuses what is not a number (TypeError naming it).
    import pandas as pd

    if s.dtype.kind == "f":
        raise TypeError(
            f"column {s.name!r} is float64 (binary floating point, not exact): build the frame with dtype='decimal' or 'arrow'"
        )
    return [None if v is None or v is pd.NA else v for v in s.tolist()]


def _result(
    values: list[Optional[decimal.Decimal]], like: Sequence[pd.Series], index: Any, name: str, places: int
) -> pd.Series:
    import pandas as pd

    if any(_is_arrow(s) for s in like):
        import pyarrow as pa

        q = decimal.Decimal(1).scaleb(-places)
        exact = decimal.Context(prec=80)  # values of 38 digits: never the default context's 28
        arr = pa.array([None if v is None else exact.quantize(v, q) for v in values], type=pa.decimal128(38, places))
        return pd.Series(arr, index=index, name=name, dtype=pd.ArrowDtype(arr.type))
    return pd.Series(values, index=index, name=name, dtype=object)


def exact_sum(values: Iterable[Any], skipna: bool = False) -> Optional[decimal.Decimal]:
    """The exact Σ (sakip.Decimal: beyond 38 digits OverflowError); an unknown value makes it unknown
    unless ``skipna``."""
    total = _core.Decimal(0)
    for v in values:
        if v is None:
            if not skipna:
                return None
            continue
        total = total + _core.Decimal(v)  # exact; more than 38 digits raises OverflowError
    return total.to_decimal()


class SakipAccessor:
    """``df.sakip``: exact figures of a frame's columns (see the module docstring)."""

    def __init__(self, df: pd.DataFrame) -> None:
        self._df = df

    def _col(self, c: Kolom) -> pd.Series:
        import pandas as pd

        return c if isinstance(c, pd.Series) else self._df[c]

    def _rowwise(self, name: str, cols: Sequence[Kolom], f: Callable[..., _core.Hasil], places: int) -> pd.Series:
        series = [self._col(c) for c in cols]
        columns = [_values(s) for s in series]
        out = [f(*row).persen for row in zip(*columns)]
        return _result(out, series, self._df.index, name, places)

    def serapan(
        self, realisasi: Kolom = "realisasi", rencana: Kolom = "rencana", *, by: By = None, places: int = 2
    ) -> pd.Series:
        """realisasi ÷ rencana × 100 per row (PMK 214/2017; rencana 0 or unknown → None), or, with
        ``by``, of each group's exact sums (a group with an unknown amount → None)."""
        if by is not None:
            return self._grouped(by, "serapan", [realisasi, rencana], lambda r, p: _core.serapan(r, p, places), places)
        return self._rowwise("serapan", [realisasi, rencana], lambda r, p: _core.serapan(r, p, places), places)

    def pangsa(self, bagian: Kolom, total: Kolom, *, places: int = 2) -> pd.Series:
        """bagian ÷ total × 100 per row."""
        return self._rowwise("pangsa", [bagian, total], lambda b, t: _core.pangsa(b, t, places), places)

    def capaian(
        self,
        realisasi: Kolom = "realisasi",
        target: Kolom = "target",
        polaritas: Union[str, Kolom] = "polaritas",
        *,
        places: int = 2,
    ) -> pd.Series:
        """Capaian per row (PermenPAN-RB 53/2014); ``polaritas`` is a column name or one polaritas
        for every row ("positif", "negatif", …)."""
        if isinstance(polaritas, str) and polaritas not in self._df.columns:
            pol = [polaritas] * len(self._df)
        else:
            pol = []
            for i, p in enumerate(_values(self._col(polaritas))):
                if p is None:
                    raise ValueError(f"polaritas kosong di baris {i} / polaritas missing in row {i}")
                pol.append(str(p))
        series = [self._col(realisasi), self._col(target)]
        out = [_core.capaian(r, t, p, places).persen for r, t, p in zip(*(_values(s) for s in series), pol)]
        return _result(out, series, self._df.index, "capaian", places)

    def sum(self, column: Kolom, *, by: By = None, skipna: bool = False) -> Union[Optional[decimal.Decimal], pd.Series]:
        """The exact sum of a column (a decimal.Decimal, None when a cell is unknown unless
        ``skipna``), or with ``by`` one sum per group (a Series)."""
        s = self._col(column)
        if by is None:
            return exact_sum(_values(s), skipna)
        groups = self._groups(by)
        vals = _values(s)
        out = [exact_sum([vals[i] for i in rows], skipna) for rows in groups.values()]
        return _result(out, [s], self._group_index(by, groups), str(s.name), max([_scale_of(v) for v in out] or [0]))

    def mean(
        self, column: Kolom, *, by: By = None, places: int = 2, metode: str = "aritmetik"
    ) -> Union[Optional[decimal.Decimal], pd.Series]:
        """The mean (``sakip.rata_rata``: unknown members excluded and counted in the trace), rounded
        once; with ``by``, one mean per group."""
        s = self._col(column)
        vals = _values(s)
        if by is None:
            return _core.rata_rata(vals, metode, places).persen
        groups = self._groups(by)
        out = [_core.rata_rata([vals[i] for i in rows], metode, places).persen for rows in groups.values()]
        return _result(out, [s], self._group_index(by, groups), str(s.name), places)

    def round(self, column: Kolom, places: int = 2, rounding: str = "half_up") -> pd.Series:
        """The column rounded once (half-up by default), exactly."""
        s = self._col(column)
        out = [None if v is None else _core.divide(v, 1, places, rounding) for v in _values(s)]
        return _result(out, [s], self._df.index, str(s.name), places)

    # ---- groups --------------------------------------------------------------------------------

    def _groups(self, by: By) -> dict[Any, list[int]]:
        """Row positions per group, groups in order of first appearance (missing keys form a group)."""
        keys = by if isinstance(by, (list, tuple)) else [by]
        cols = [self._df[k].tolist() for k in keys]
        groups: dict[Any, list[int]] = {}
        for i, key in enumerate(zip(*cols)):
            groups.setdefault(key if len(keys) > 1 else key[0], []).append(i)
        return groups

    def _group_index(self, by: By, groups: dict[Any, list[int]]) -> pd.Index:
        import pandas as pd

        if isinstance(by, (list, tuple)):
            return pd.MultiIndex.from_tuples(list(groups), names=list(by))
        return pd.Index(list(groups), name=by)

    def _grouped(
        self, by: By, name: str, cols: Sequence[Kolom], f: Callable[..., _core.Hasil], places: int
    ) -> pd.Series:
        series = [self._col(c) for c in cols]
        columns = [_values(s) for s in series]
        groups = self._groups(by)
        out = [f(*(exact_sum([c[i] for i in rows], False) for c in columns)).persen for rows in groups.values()]
        return _result(out, series, self._group_index(by, groups), name, places)


def _scale_of(v: Optional[decimal.Decimal]) -> int:
    if v is None:
        return 0
    exp = v.as_tuple().exponent
    return -exp if isinstance(exp, int) and exp < 0 else 0


def register() -> None:
    """Register ``df.sakip`` with pandas (idempotent; a no-op without pandas)."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is optional
        return
    if "sakip" not in getattr(pd.DataFrame, "_accessors", set()):
        pd.api.extensions.register_dataframe_accessor("sakip")(SakipAccessor)
