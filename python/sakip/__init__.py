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

import os as _os
from collections.abc import Iterable as _Iterable
from importlib import resources as _resources
from typing import Any as _Any, Union as _Union

from . import _core

from ._core import (
    Amount,
    Besaran,
    Capaian,
    Decimal,
    DivisionByZero,
    Dokumen,
    Error,
    Hasil,
    Kode,
    LoadError,
    Nip,
    NipTercetak,
    OverflowError,
    ParseError,
    Pita,
    ROUNDING_MODES,
    RataRata,
    Rentang,
    Rupiah,
    Skala,
    __version__,
    allocate,
    capaian,
    capaian_batch,
    daftar_skala,
    divide,
    efisiensi,
    efisiensi_pmk214,
    ekspresi,
    ekspresi_names,
    kategori,
    kesenjangan_target_akhir,
    komponen_akip,
    laju_linear,
    laju_majemuk,
    load,
    loads,
    nilai_akip,
    nilai_efisiensi_pmk214,
    pangsa,
    parse_amounts,
    penurunan_persen,
    percent,
    perubahan_persen,
    predikat_akip,
    rasio,
    rata_rata,
    realisasi_triwulan,
    rollup,
    rollup_totals,
    sebutan_akip,
    selisih_tahunan,
    serapan,
    skala,
    split,
    sum_sen,
    terbilang,
)

from ._engine import Finding, Findings, audit, audit_rules, evaluate

__all__ = [
    "load_kabupaten",
    "read_line_items_csv",
    "rollup",
    "rollup_totals",
    "Finding",
    "Findings",
    "audit",
    "audit_rules",
    "evaluate",
    "Amount",
    "Besaran",
    "Capaian",
    "Decimal",
    "DivisionByZero",
    "Dokumen",
    "Error",
    "Hasil",
    "Kode",
    "LoadError",
    "Nip",
    "NipTercetak",
    "OverflowError",
    "ParseError",
    "Pita",
    "ROUNDING_MODES",
    "RataRata",
    "Rentang",
    "Rupiah",
    "Skala",
    "__version__",
    "allocate",
    "capaian",
    "capaian_batch",
    "daftar_skala",
    "datasets",
    "divide",
    "efisiensi",
    "efisiensi_pmk214",
    "ekspresi",
    "ekspresi_names",
    "kategori",
    "kesenjangan_target_akhir",
    "komponen_akip",
    "laju_linear",
    "laju_majemuk",
    "load",
    "loads",
    "nilai_akip",
    "nilai_efisiensi_pmk214",
    "pangsa",
    "parse_amounts",
    "penurunan_persen",
    "percent",
    "perubahan_persen",
    "predikat_akip",
    "rasio",
    "rata_rata",
    "realisasi_triwulan",
    "sebutan_akip",
    "selisih_tahunan",
    "serapan",
    "skala",
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


_PathName = _Union[str, bytes, "_os.PathLike[str]", "_os.PathLike[bytes]"]


def _utf8_name(path: _PathName) -> str:
    """A file name for the bindings that take it as UTF-8 text (load_kabupaten, read_line_items_csv).
    Any str, bytes or os.PathLike is accepted as sakip.load accepts it (python/src/path_arg.hpp); a
    name with a NUL byte, which the system would cut, is refused, and so is a name that is not UTF-8,
    which these two cannot open yet (sakip.load can)."""
    raw = _os.fsencode(path)
    shown = raw.decode("utf-8", "backslashreplace")
    if b"\0" in raw:
        shown = shown.replace("\0", "\\x00")
        raise Error(f'nama berkas berisi byte NUL / file name contains a NUL byte: "{shown}"')
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Error(f'nama berkas bukan UTF-8 / file name is not UTF-8: "{shown}"') from None


def load_kabupaten(path_or_paths: _Union[_PathName, _Iterable[_PathName]], threads: int = 0) -> list[Dokumen]:
    if isinstance(path_or_paths, (str, bytes, _os.PathLike)):
        return _core.load_kabupaten(_utf8_name(path_or_paths), threads)  # type: ignore[no-any-return]
    return _core.load_kabupaten([_utf8_name(p) for p in path_or_paths], threads)  # type: ignore[no-any-return]


def read_line_items_csv(path: _PathName, *args: _Any, **kwargs: _Any) -> dict[str, _Any]:
    return _core.read_line_items_csv(_utf8_name(path), *args, **kwargs)  # type: ignore[no-any-return]


load_kabupaten.__doc__ = _core.load_kabupaten.__doc__
read_line_items_csv.__doc__ = _core.read_line_items_csv.__doc__

from . import display, frames, plot  # noqa: E402
