"""The report's charts as PNG bytes (matplotlib's Agg backend, in memory): the capaian, serapan
and trend charts of :mod:`sakip.plot`, drawn from the evaluation the report was built from. Used by
the Word and HTML reports; needs matplotlib (``pip install sakip[analysis]``)."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from . import plot

if TYPE_CHECKING:  # pragma: no cover
    from ._laporan import Laporan


@dataclass(frozen=True)
class Grafik:
    judul: str
    png: bytes
    lebar: float  #: inches, as drawn (the Word report scales to the page width)
    setelah: str  #: the number of the table it follows ("3.1")


def _png(fig: Any) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, pil_kwargs={"compress_level": 1})  # zlib's fastest: ×4 less time
    return buf.getvalue()


def gambar(ev: Any, doc: Any, *, skala: Any = None, legacy: bool = False) -> list[Grafik]:
    """The three charts of the report of ``ev`` (an evaluation of ``doc``): capaian per indicator,
    serapan per program, and realisasi over the years of each indicator against its Renstra targets."""
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend

    out = []
    # Fixed margins, not a layout engine: constrained layout doubles the drawing time (docs: < 1 s).
    tinggi = 0.6 * len(ev["indikator"]) + 1.5
    fig = Figure(figsize=(8, tinggi))
    fig.subplots_adjust(left=0.09, right=0.70, top=1 - 0.45 / tinggi, bottom=0.55 / tinggi)
    plot.capaian(ev, fig.add_subplot(), skala=ev["skala"])
    out.append(Grafik(f"Capaian kinerja {ev['tahun']}", _png(fig), 8, "3.1"))
    tinggi = 0.45 * len(ev["program"]) + 1.5
    fig = Figure(figsize=(8, tinggi))
    fig.subplots_adjust(left=0.08, right=0.97, top=1 - 0.45 / tinggi, bottom=0.55 / tinggi)
    plot.serapan(ev, fig.add_subplot())
    out.append(Grafik(f"Serapan anggaran {ev['tahun']}", _png(fig), 8, "3.4"))
    ids = [i["id"] for i in ev["indikator"] if doc.renstra.find_indikator(i["id"]) is not None]
    if ids:
        cols = 2 if len(ids) > 1 else 1
        rows = math.ceil(len(ids) / cols)
        fig = Figure(figsize=(4.2 * cols, 3.2 * rows))
        fig.subplots_adjust(left=0.08, right=0.98, top=1 - 0.35 / (3.2 * rows), bottom=0.3 / (3.2 * rows), hspace=0.45)
        for n, ind in enumerate(ids):
            ax = plot.tren(doc, ind, fig.add_subplot(rows, cols, n + 1), skala=skala, legacy=legacy)
            nama = doc.renstra.find_indikator(ind).nama
            ax.set_title(f"{ind}: {nama if len(nama) <= 48 else nama[:47] + '…'}", fontsize=8)
            legend = ax.get_legend()
            if legend is not None:
                legend.remove()  # one legend for the grid: fewer artists to draw
            if n == 0:
                handles, labels = ax.get_legend_handles_labels()
        if cols == 2 and len(ids) % 2:  # in the empty cell
            fig.legend(handles, labels, loc="center", bbox_to_anchor=(0.75, 0.5 / rows), fontsize=9)
        else:
            fig.axes[0].legend(handles, labels, fontsize=6.5, loc="best")
        out.append(Grafik("Realisasi dan target Renstra per tahun", _png(fig), 4.2 * cols, "3.3"))
    return out


#: Said in a report whose charts could not be drawn (nothing left out silently).
TANPA_GRAFIK = (
    "Grafik tidak disertakan: matplotlib tidak terpasang (pip install 'sakip[analysis]')"
    " / charts left out: matplotlib is not installed"
)


def untuk(lap: Laporan) -> tuple[list[Grafik], Optional[str]]:
    """The charts of a report, or none and the sentence saying why (matplotlib missing)."""
    import importlib.util

    if importlib.util.find_spec("matplotlib") is None:
        return [], TANPA_GRAFIK
    return gambar(lap.evaluasi, lap.dokumen, skala=lap.skala, legacy=lap.legacy), None
