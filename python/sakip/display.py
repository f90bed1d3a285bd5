"""Rich display in Jupyter: ``_repr_html_`` of the document (a compact outline Renstra → sasaran →
indicators). The tables' displays live in :mod:`sakip.frames`; plain ``repr`` stays short."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Union

from . import _core

if TYPE_CHECKING:  # pragma: no cover
    from ._dokumen import Dokumen

__all__ = ["dokumen_html"]


def _e(x: object) -> str:
    return html.escape(str(x))


def _target(t: Union[_core.Besaran, _core.Rentang, None]) -> str:
    if t is None:
        return "–"
    if isinstance(t, _core.Rentang):
        return f"{t.bawah.text} – {t.atas.text}"
    return str(getattr(t, "text", t))


def dokumen_html(doc: Union[Dokumen, _core.Dokumen]) -> str:
    """A compact HTML outline of a document: instansi, Renstra period, then each sasaran with its
    indicators (polaritas, targets by year, target akhir), and what else the document holds."""
    r = doc.renstra
    parts = [
        '<div class="sakip-dokumen">',
        f"<b>{_e(doc.instansi.nama)}</b>",
        f' <span style="color:#777">({_e(doc.format)})</span><br>',
        f"{_e(r.nama)} · {r.periode.awal}–{r.periode.akhir}",
        '<ul style="margin-top:.3em">',
    ]
    for s in r.sasaran:
        parts.append(f"<li><b>{_e(s.id)}</b> {_e(s.nama)}<ul>")
        for ind in r.indikator_sasaran(s.id):
            targets = ", ".join(f"{y}: {_e(_target(t))}" for y, t in sorted(ind.target.items()))
            parts.append(
                f"<li><code>{_e(ind.id)}</code> {_e(ind.nama)} "
                f'<span style="color:#777">[{_e(ind.polaritas)}; target {targets or "–"}; '
                f"akhir {_e(_target(ind.target_akhir))}]</span></li>"
            )
        parts.append("</ul></li>")
    parts.append("</ul>")
    extra = []
    if doc.dpa:
        extra.append("DPA " + ", ".join(str(y) for y in sorted(doc.dpa)))
    if doc.pk:
        extra.append("PK " + ", ".join(f"{y} ({len(v)})" for y, v in sorted(doc.pk.items())))
    if doc.realisasi:
        extra.append("realisasi " + ", ".join(str(y) for y in sorted(doc.realisasi)))
    if doc.laporan:
        extra.append("laporan " + ", ".join(f"{y} ({len(v)} angka)" for y, v in sorted(doc.laporan.items())))
    if extra:
        parts.append(f'<span style="color:#555">{_e(" · ".join(extra))}</span>')
    parts.append("</div>")
    return "".join(parts)
