"""``sakip report DIR``: a kabupaten's roll-up per year, the OPD ranking and the audit per document,
in Markdown. Every figure is the kabupaten's (:class:`sakip.Kabupaten`), written by the library's
formatter."""

from __future__ import annotations

import decimal
from collections.abc import Sequence
from typing import Optional

from . import _core
from ._engine import Findings
from ._kabupaten import Kabupaten, Skala
from ._laporan_md import markdown_table


def _persen(v: Optional[decimal.Decimal]) -> str:
    return "-" if v is None else _core.format_angka(v)


def _rp(v: Optional[decimal.Decimal]) -> str:
    return "-" if v is None else _core.Rupiah(v).format("ringkas")


def ringkasan_temuan(
    files: Sequence[str], kab: Kabupaten, pos: Sequence[int], found: Sequence[Findings], en: bool = False
) -> list[str]:
    """The table of findings per document (file, OPD, report year, counts by severity): ``found[k]``
    are the findings of document ``pos[k]``."""
    head = ["Document", "OPD", "Year"] if en else ["Dokumen", "OPD", "Tahun"]
    rows = []
    for i, f in zip(pos, found):
        y = kab.tahun_laporan[i]
        rows.append(
            [
                files[i],
                kab.label_opd(i),
                y if y is not None else "-",
                f.count("error"),
                f.count("warning"),
                f.count("info"),
            ]
        )
    return markdown_table([*head, "error", "warning", "info"], rows)


def render(
    files: Sequence[str], kab: Kabupaten, tahun: Optional[int] = None, skala: Skala = None, legacy: bool = False
) -> str:
    """The kabupaten (or its year ``tahun``) in Markdown."""
    years = kab.tahun if tahun is None else [tahun]
    out = [f"# Kabupaten: {len(kab.opd)} OPD, {len(kab)} dokumen, tahun {', '.join(map(str, years))}", ""]
    out += ["## Rekapitulasi per tahun", ""]
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
            for r in kab.rekap(years, skala=skala, legacy=legacy)
        ],
    )
    for y in years:
        out += ["", f"## Peringkat OPD {y}", ""]
        out += markdown_table(
            ["Peringkat", "OPD", "Rata-rata capaian (%)", "Serapan (%)", "Indikator"],
            [
                [r["peringkat"] or "-", r["opd"], _persen(r["rata_rata"]), _persen(r["serapan"]), r["jumlah_indikator"]]
                for r in kab.peringkat(y, skala=skala, legacy=legacy)
            ],
        )
    pos = list(range(len(kab))) if tahun is None else kab.dokumen_tahun(tahun)
    found = kab.audit(year=tahun, skala=skala, legacy=legacy)
    out += ["", "## Temuan audit per dokumen", ""]
    out += ringkasan_temuan(files, kab, pos, found)
    out += ["", "### Error", ""]
    out += [
        f"- {files[i]}: `{f.rule}` {f.source}: {f.message}"
        for i, fs in zip(pos, found)
        for f in fs
        if f.severity == "error"
    ]
    return "\n".join(out) + "\n"
