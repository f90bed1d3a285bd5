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

Missing values: ``None`` in the object columns of ``dtype="decimal"`` (text, exact values, and
integers with a gap), ``pd.NA`` in every column of ``dtype="arrow"``, NaN only in the float64
columns of ``dtype="float"``. ``df.sakip`` (:class:`sakip._kolom.SakipAccessor`, registered when
sakip makes a DataFrame, when pandas was imported before sakip, or by :func:`register_accessor`)
computes exact serapan, pangsa, capaian, sums, means and rounding of columns, grouped or not.

>>> import sakip
>>> doc = sakip.load(sakip.frames.dataset_path("kajuara-2020"))
>>> ang = doc.anggaran(2020)
>>> row = ang.find("02")
>>> row["uraian"], row["serapan"]
('Peningkatan sarana dan Prasarana Aparatur', Decimal('96.36'))
"""

from __future__ import annotations

import decimal
import html
import os
import sys
from collections.abc import Iterable, Mapping
from importlib import resources as _resources
from typing import TYPE_CHECKING, Any, Optional, Union, cast

from . import _core
from ._dokumen import Dokumen, Renstra, _core_dokumen
from ._dpa import KOLOM_DPA, BarisDpa, DpaError, dpa_from_table
from ._evaluasi import (
    AnggaranEvaluasi,
    Evaluasi,
    HasilEvaluasi,
    IndikatorEvaluasi,
    KaskadeEvaluasi,
    KegiatanEvaluasi,
    MasalahEvaluasi,
    PkEvaluasi,
    ProgramEvaluasi,
    RincianEvaluasi,
    SasaranEvaluasi,
    TabelEvaluasi,
    TabelSasaran,
    evaluasi,
)
from ._kolom import SakipAccessor
from ._kolom import register as register_accessor
from ._tabel import Anggaran, Baris, Tabel, kategori_warna

if TYPE_CHECKING:  # pragma: no cover
    from ._engine import Finding, Findings


__all__ = [
    "KOLOM_DPA",
    "SEVERITY_COLOURS",
    "Anggaran",
    "AnggaranEvaluasi",
    "BarisDpa",
    "DpaError",
    "Evaluasi",
    "HasilEvaluasi",
    "IndikatorEvaluasi",
    "KaskadeEvaluasi",
    "KegiatanEvaluasi",
    "MasalahEvaluasi",
    "PkEvaluasi",
    "ProgramEvaluasi",
    "RincianEvaluasi",
    "SakipAccessor",
    "SasaranEvaluasi",
    "Tabel",
    "TabelEvaluasi",
    "TabelSasaran",
    "TabelTemuan",
    "TargetRenstra",
    "anggaran",
    "dataset_path",
    "dpa_from_table",
    "evaluasi",
    "kategori_warna",
    "register_accessor",
    "target_renstra",
    "temuan",
]


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


def anggaran(doc: Union[Dokumen, _core.Dokumen], year: int) -> Anggaran:
    """Budget absorption of the DPA of ``year``: the program, kegiatan and sub kegiatan rows of the
    evaluation, each amount printed or, for a row that prints none, the sum of its rows (``asal_*``)
    (``sakip.evaluate``; serapan and share are the engine's, 2 places half up; a missing amount or
    a zero denominator gives None). The share's basis is the DPA's belanja langsung when it states
    one, else the sum of the programs. Raises KeyError when the document has no DPA of ``year``.
    """
    core = _core_dokumen(doc)
    dpas = core.dpa
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
    """Audit findings, one row each: rule, severity, lapisan, location, source, message, message_en,
    reported (as printed), reported_value and expected (canonical decimals or labels, as str:
    a finding may compare labels), trace."""

    columns = (
        ("severity", "str"),
        ("rule", "str"),
        ("lapisan", "str"),
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
        return t.value, t.text
    if isinstance(t, _core.Rentang):
        return None, f"{t.bawah.text} – {t.atas.text}"
    raise TypeError(f"unexpected target {t!r}")


def target_renstra(doc_or_renstra: Union[Dokumen, _core.Dokumen, Renstra, _core.Renstra]) -> TargetRenstra:
    """The Renstra targets by year of a document (or of a ``Renstra``) as a table."""
    if isinstance(doc_or_renstra, (Dokumen, _core.Dokumen)):
        doc_or_renstra = doc_or_renstra.renstra
    indikator = doc_or_renstra.indikator
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


if "pandas" in sys.modules:  # pandas already loaded: df.sakip costs nothing now
    register_accessor()
