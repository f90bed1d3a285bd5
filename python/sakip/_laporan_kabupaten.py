"""``sakip report DIR``: a kabupaten's roll-up per year, the OPD ranking and the audit per document,
in Markdown. Every figure is the kabupaten's (:class:`sakip.Kabupaten`), written by the library's
formatter."""

from __future__ import annotations

import decimal
from collections.abc import Sequence
from typing import Optional

from . import _core
from ._engine import Findings
from ._kabupaten import Kabupaten
from ._laporan_md import markdown_table


def _persen(v: Optional[decimal.Decimal]) -> str:
    return "-" if v is None else _core.format_angka(v)


def _rp(v: Optional[decimal.Decimal]) -> str:
    return "-" if v is None else _core.Rupiah(v).format("ringkas")


def ringkasan_temuan(files: Sequence[str], kab: Kabupaten, found: Sequence[Findings], en: bool = False) -> list[str]:
    """The table of findings per document (file, OPD, report year, counts by severity)."""
    head = ["Document", "OPD", "Year"] if en else ["Dokumen", "OPD", "Tahun"]
    rows = [
        [name, d.instansi.nama, y if y is not None else "-", f.count("error"), f.count("warning"), f.count("info")]
        for name, d, y, f in zip(files, kab, kab.tahun_laporan, found)
    ]
    return markdown_table([*head, "error", "warning", "info"], rows)


def render(files: Sequence[str], kab: Kabupaten, found: Sequence[Findings]) -> str:
    out = [f"# Kabupaten: {len(kab.opd)} OPD, {len(kab)} dokumen, tahun {', '.join(map(str, kab.tahun))}", ""]
    out += ["## Rekapitulasi per tahun", ""]
    rekap = kab.rekap()
    out += markdown_table(
        ["Tahun", "Jumlah OPD", "Rencana", "Realisasi", "Serapan (%)", "Rata-rata capaian (%)"],
        [
            [
                r["tahun"],
                r["jumlah_opd"],
                _rp(r["total_rencana"]),
                _rp(r["total_realisasi"]),
                _persen(r["serapan"]),
                _persen(r["rata_rata_capaian"]),
            ]
            for r in rekap
        ],
    )
    for y in kab.tahun:
        out += ["", f"## Peringkat OPD {y}", ""]
        out += markdown_table(
            ["Peringkat", "OPD", "Rata-rata capaian (%)", "Serapan (%)", "Indikator"],
            [
                [r["peringkat"] or "-", r["opd"], _persen(r["rata_rata"]), _persen(r["serapan"]), r["jumlah_indikator"]]
                for r in kab.peringkat(y)
            ],
        )
    out += ["", "## Temuan audit per dokumen", ""]
    out += ringkasan_temuan(files, kab, found)
    out += ["", "### Error", ""]
    out += [
        f"- {name}: `{f.rule}` {f.source}: {f.message}"
        for name, fs in zip(files, found)
        for f in fs
        if f.severity == "error"
    ]
    return "\n".join(out) + "\n"
