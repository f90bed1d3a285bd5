"""The evaluation as Python holds it: :class:`Evaluasi`, the one type of ``sakip.evaluate(doc, y)``
and ``doc.evaluate(y)`` (the engine's dict, with typed properties and table views), the
``TypedDict`` rows of its figures, and its indicator and sasaran tables. Users import these names
from :mod:`sakip.frames` (or ``sakip.Evaluasi``)."""

from __future__ import annotations

import decimal
import html
from collections.abc import Mapping, Sequence
from typing import Any, Optional, TypedDict, Union, cast

from . import _core
from ._dokumen import Dokumen, _core_dokumen
from ._tabel import Anggaran, Baris, Tabel, TabelView, _besaran_value, _dec, _fmt_opt, _short, kategori_warna


class HasilEvaluasi(TypedDict):
    """One figure of an evaluation: its value (None when undefined), the exact fraction as text,
    the status (``ok``, ``undefined``, ``missing``, ``capped``, ``legacy_zero_over_zero``) and the
    trace of its computation."""

    value: Optional[decimal.Decimal]
    exact: Optional[str]
    status: str
    trace: str


class RincianEvaluasi(TypedDict):
    """The sum of the printed breakdown of one recorded input (``realisasi.rincian``): the audit checks
    the input against it (rule ``input.rincian_sum``). ``jumlah`` is ``None`` beyond 38 digits."""

    input: str
    baris: int
    jumlah: Optional[decimal.Decimal]


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
    rincian: list[RincianEvaluasi]


class SasaranEvaluasi(TypedDict):
    """One sasaran of an evaluation (``ev.sasaran``): mean capaian, budget and efficiency."""

    id: str
    nama: str
    indikator: list[str]
    rata_rata: HasilEvaluasi
    excluded: int  #: indicators left out of the mean (capaian undefined)
    jumlah_capaian: HasilEvaluasi  #: Σ capaian (a printed "Jumlah" row), undefined members left out
    program: list[str]
    rencana: Optional[decimal.Decimal]
    realisasi: Optional[decimal.Decimal]
    serapan: HasilEvaluasi
    porsi: HasilEvaluasi
    efisiensi: HasilEvaluasi
    efisiensi_rasio: HasilEvaluasi


class AnggaranEvaluasi(TypedDict):
    """One budget line of an evaluation (a kegiatan, a sub kegiatan, a belanja line): amounts and
    their shares. An amount the line does not print is the sum of its rows (``asal_*`` is then
    ``"rincian"``; ``"tercetak"`` when printed, ``"tidak_ada"`` when unknown, ``alasan_*`` saying why)."""

    pointer: str
    kode: str
    uraian: str
    rencana: Optional[decimal.Decimal]
    realisasi: Optional[decimal.Decimal]
    asal_rencana: str
    asal_realisasi: str
    alasan_rencana: str
    alasan_realisasi: str
    serapan: HasilEvaluasi
    porsi: HasilEvaluasi


class KegiatanEvaluasi(AnggaranEvaluasi, total=False):
    """One kegiatan of an evaluation, with its sub kegiatan when it has any."""

    sub_kegiatan: list[AnggaranEvaluasi]
    jumlah_rencana_sub_kegiatan: Optional[decimal.Decimal]
    jumlah_realisasi_sub_kegiatan: Optional[decimal.Decimal]


class ProgramEvaluasi(AnggaranEvaluasi):
    """One program of an evaluation (``ev.program``), with its kegiatan."""

    sasaran: list[str]
    kegiatan: list[KegiatanEvaluasi]
    jumlah_sub_kegiatan: int
    jumlah_rencana_kegiatan: Optional[decimal.Decimal]
    jumlah_realisasi_kegiatan: Optional[decimal.Decimal]


class KaskadeEvaluasi(TypedDict):
    """One checked amount of the PK cascade (rule ``pk.cascade_sum``): a PK row allotting an amount to a
    program (``level`` 0) or a kegiatan (``level`` 1), and the sum of the rows of the PKs below it under
    that program (its kegiatan, each once) or kegiatan (its sub kegiatan, each once). ``jumlah`` is None
    when the sum exceeds 38 significant digits (``alasan`` says so)."""

    level: int  #: 0: a program's amount against its kegiatan below; 1: a kegiatan's against its sub kegiatan
    tabel: str  #: the checked row's table: ``"program"`` or ``"kegiatan"``
    baris: int  #: its position in that table
    kode: str  #: the program (level 0) or kegiatan (level 1), as printed in the row
    pointer: str  #: the row's amount: ``/pk/2020/camat/program/0/anggaran``
    jumlah: Optional[decimal.Decimal]
    alasan: str  #: why ``jumlah`` is None; ``""`` otherwise
    n: int  #: rows summed
    ambiguous: int  #: of them, amounts ambiguous as printed


class PkEvaluasi(TypedDict):
    """One PK of an evaluation (``ev.pk``): the printed "Jumlah" of each of its tables and its cascade."""

    id: str
    program: HasilEvaluasi
    kegiatan: HasilEvaluasi
    sub_kegiatan: HasilEvaluasi
    kaskade: list[KaskadeEvaluasi]  #: level 0 rows, then level 1; each by table, then row


class MasalahEvaluasi(TypedDict):
    """A figure a measure could not compute (left undefined): where, why, and its trace."""

    pointer: str
    message: str
    message_en: str
    trace: str


class Evaluasi(dict[str, Any], TabelView):
    """The result of ``sakip.evaluate(doc, year)`` and of ``doc.evaluate(year)`` (one type for
    both): the engine's dict (keys ``tahun``, ``skala``, ``indikator``, ``sasaran``, ``program``,
    ``belanja``, ``total_rencana``, ``total_realisasi``, ``serapan``, ``rata_rata``, ``pk``, ``masalah``;
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
    def skala(self) -> _core.Skala:
        """The scale ``kategori`` are on (``.nama``, ``.pita``, ``.catatan``: how a printed scale was read)."""
        return cast(_core.Skala, self["skala"])

    @property
    def skala_asal(self) -> str:
        """Why that scale: ``"laporan"`` (the report's own printed scale), ``"baku"`` (a shipped scale the
        report names), ``"opsi"`` (chosen by the caller) or ``"bawaan"`` (no usable printed scale: the
        default ``permendagri_86_2017``; ``skala_masalah`` says why a printed one was passed over)."""
        return str(self["skala_asal"])

    @property
    def skala_masalah(self) -> Optional[str]:
        """Why the report's printed scale could not be used, or None."""
        return cast(Optional[str], self["skala_masalah"])

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
    def pk(self) -> list[PkEvaluasi]:
        """Every PK of the year (document order): its tables' totals and its cascade sums."""
        return cast("list[PkEvaluasi]", self["pk"])

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
        """Program, kegiatan and sub kegiatan rows of the engine (rencana, realisasi, serapan, share,
        and whether each amount is printed or the sum of the rows below)."""
        rows: list[Baris] = []
        for p in self.program:
            rows.append(_engine_anggaran_row(p, "program", p["kode"]))
            for k in p["kegiatan"]:
                rows.append(_engine_anggaran_row(k, "kegiatan", p["kode"]))
                for s in k.get("sub_kegiatan", []):
                    rows.append(_engine_anggaran_row(s, "sub_kegiatan", p["kode"]))
        return Anggaran(rows, tahun=self.tahun)

    def __repr__(self) -> str:
        return f"<sakip.Evaluasi {self.get('tahun')}: {len(self.get('indikator', []))} indikator>"

    def _repr_html_(self) -> str:
        t = self.tabel()
        rr = _dec(self.get("rata_rata"))
        ser = _dec(self.get("serapan"))
        foot = (
            f"<p>Rata-rata capaian: <b>{_fmt_opt(rr, 'persen')}</b> · "
            f"serapan anggaran: <b>{_fmt_opt(ser, 'persen')}</b> · skala: {html.escape(self.skala.nama)}</p>"
        )
        return t._repr_html_() + foot

    def __reduce__(self) -> tuple[type[Evaluasi], tuple[dict[str, Any], dict[str, str]]]:
        return (Evaluasi, (dict(self), self._satuan))


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
        "asal_rencana": a["asal_rencana"],
        "asal_realisasi": a["asal_realisasi"],
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

    def __init__(
        self, rows: Sequence[Mapping[str, Any]], skala: Union[str, _core.Skala] = "permendagri_86_2017", tahun: int = 0
    ):
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


def evaluasi(
    doc: Union[Dokumen, _core.Dokumen],
    year: int,
    skala: Union[str, _core.Skala, None] = None,
    legacy: bool = False,
) -> Evaluasi:
    """The evaluation of ``year`` (``sakip.evaluate(doc, year)``) as an :class:`Evaluasi`."""
    core = _core_dokumen(doc)
    raw = cast("dict[str, Any]", _core.evaluate(core, year, skala=skala, legacy=legacy))
    satuan = {i.id: i.satuan for i in core.renstra.indikator}
    return Evaluasi(raw, satuan)
