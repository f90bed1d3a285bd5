"""sakip: exact, traceable figures for SAKIP (Indonesia's government performance
accountability system: Renstra, Perjanjian Kinerja, IKU, LKjIP).

Amounts and percentages are exact: ``decimal.Decimal`` in and out, never float.

>>> import sakip
>>> str(sakip.percent(85563728, 88799000))
'96.36'
>>> sakip.Rupiah.parse("Rp 13.578.653.418,-").format()
'Rp13.578.653.418,00'
"""

from __future__ import annotations

from importlib import resources as _resources

from ._core import (
    Amount,
    Besaran,
    Decimal,
    DivisionByZero,
    Dokumen,
    Error,
    Kode,
    LoadError,
    Nip,
    NipTercetak,
    OverflowError,
    ParseError,
    ROUNDING_MODES,
    Rentang,
    Rupiah,
    __version__,
    allocate,
    divide,
    load,
    loads,
    parse_amounts,
    percent,
    split,
    sum_sen,
    terbilang,
)

__all__ = [
    "Amount",
    "Besaran",
    "Decimal",
    "DivisionByZero",
    "Dokumen",
    "Error",
    "Kode",
    "LoadError",
    "Nip",
    "NipTercetak",
    "OverflowError",
    "ParseError",
    "ROUNDING_MODES",
    "Rentang",
    "Rupiah",
    "__version__",
    "allocate",
    "datasets",
    "divide",
    "load",
    "loads",
    "parse_amounts",
    "percent",
    "split",
    "sum_sen",
    "terbilang",
]


def datasets() -> list[str]:
    """Names of the datasets bundled with the package (e.g. ``kajuara-2020``)."""
    data = _resources.files(__name__) / "data"
    if not data.is_dir():
        return []
    return sorted(p.name[: -len(".json")] for p in data.iterdir() if p.name.endswith(".json"))
