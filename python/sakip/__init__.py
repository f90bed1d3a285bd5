"""sakip: exact, traceable figures for SAKIP (Indonesia's government performance
accountability system: Renstra, Perjanjian Kinerja, IKU, LKjIP).

Amounts and percentages are exact: ``decimal.Decimal`` in and out, never float.

``sakip._core`` is the compiled binding; the classes a document gives (:class:`Dokumen`,
:class:`Renstra`, :class:`Findings`, :class:`Finding`, :class:`Evaluasi`) are pure-Python wrappers
around it that add the tables, Arrow and the notebook display. Importing sakip changes no
``_core`` class.

>>> import sakip
>>> str(sakip.percent(85563728, 88799000))
'96.36'
>>> sakip.Rupiah.parse("Rp 13.578.653.418,-").format()
'Rp13.578.653.418,00'
"""

from __future__ import annotations

from importlib import resources as _resources

from ._buku_xlsx import WorkbookError, export_workbook, import_workbook, template_workbook
from ._core import (
    ROUNDING_MODES,
    AmbiguousNumberWarning,
    Amount,
    Besaran,
    Capaian,
    Decimal,
    DivisionByZero,
    Error,
    Hasil,
    ImporDpaError,
    Kode,
    LoadError,
    LoadProblem,
    Nip,
    NipTercetak,
    OverflowError,
    ParseError,
    Pita,
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
    format_angka,
    format_persen,
    kategori,
    kesenjangan_target_akhir,
    komponen_akip,
    laju_linear,
    laju_majemuk,
    nilai_akip,
    nilai_efisiensi_pmk214,
    pangsa,
    parse_amounts,
    parse_interval,
    penurunan_persen,
    percent,
    perubahan_persen,
    predikat_akip,
    rasio,
    rata_rata,
    read_line_items_csv,
    realisasi_triwulan,
    rollup,
    rollup_totals,
    sebutan_akip,
    selisih_tahunan,
    serapan,
    skala,
    skala_tercetak,
    split,
    sum_sen,
    terbilang,
)
from ._dataset import export_dataset
from ._dokumen import Dokumen, Renstra, load, load_kabupaten, loads
from ._engine import Finding, Findings, audit, audit_rules, evaluate
from ._kabupaten import Kabupaten
from .frames import Evaluasi
from .impor_dpa import import_dpa

__all__ = [
    "ROUNDING_MODES",
    "AmbiguousNumberWarning",
    "Amount",
    "Besaran",
    "Capaian",
    "Decimal",
    "DivisionByZero",
    "Dokumen",
    "Error",
    "Evaluasi",
    "Finding",
    "Findings",
    "Hasil",
    "ImporDpaError",
    "Kabupaten",
    "Kode",
    "LoadError",
    "LoadProblem",
    "Nip",
    "NipTercetak",
    "OverflowError",
    "ParseError",
    "Pita",
    "RataRata",
    "Renstra",
    "Rentang",
    "Rupiah",
    "Skala",
    "WorkbookError",
    "__version__",
    "allocate",
    "audit",
    "audit_rules",
    "capaian",
    "capaian_batch",
    "daftar_skala",
    "datasets",
    "display",
    "divide",
    "efisiensi",
    "efisiensi_pmk214",
    "ekspresi",
    "ekspresi_names",
    "evaluate",
    "export_dataset",
    "export_workbook",
    "format_angka",
    "format_persen",
    "frames",
    "import_dpa",
    "import_workbook",
    "kategori",
    "kesenjangan_target_akhir",
    "komponen_akip",
    "laju_linear",
    "laju_majemuk",
    "load",
    "load_kabupaten",
    "loads",
    "nilai_akip",
    "nilai_efisiensi_pmk214",
    "pangsa",
    "parse_amounts",
    "parse_interval",
    "penurunan_persen",
    "percent",
    "perubahan_persen",
    "plot",
    "predikat_akip",
    "rasio",
    "rata_rata",
    "read_line_items_csv",
    "realisasi_triwulan",
    "rollup",
    "rollup_totals",
    "sebutan_akip",
    "selisih_tahunan",
    "serapan",
    "skala",
    "skala_tercetak",
    "split",
    "sum_sen",
    "template_workbook",
    "terbilang",
]


def datasets() -> list[str]:
    """Names of the datasets bundled with the package (e.g. ``kajuara-2020``)."""
    data = _resources.files(__name__) / "data"
    if not data.is_dir():
        return []
    return sorted(p.name[: -len(".json")] for p in data.iterdir() if p.name.endswith(".json"))


from . import dask, display, duckdb, frames, plot  # noqa: F401 - last: the views import the names above
