"""Charts for notebooks (matplotlib, an optional dependency: ``pip install sakip[analysis]``).

Each function draws on ``ax`` (or a new figure) and returns the matplotlib ``Axes``. The figures are
exact Decimals; they are converted to float only here, to place bars on the screen.

* :func:`capaian` — capaian per indicator, the 100 % line, bars coloured by the scale's category;
* :func:`serapan` — budget absorption per program;
* :func:`tren` — realisasi over the years against the Renstra targets of one indicator.
"""

from __future__ import annotations

import decimal
from typing import TYPE_CHECKING, Optional, Union

from . import _core, _laporan, _tabel, frames

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.ticker import FuncFormatter

    from ._dokumen import Dokumen

__all__ = ["capaian", "serapan", "tren"]


def _axes(ax: Optional[Axes], size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _fig, new = plt.subplots(figsize=size, layout="constrained")
    return new


def _f(v: Optional[decimal.Decimal]) -> float:
    return float("nan") if v is None else float(v)


def _label(v: Optional[decimal.Decimal]) -> str:
    return "–" if v is None else _core.format_angka(v)


def _angka_axis() -> FuncFormatter:
    """Tick labels written as Indonesian numbers (97,5), by the library's formatter."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: _core.format_angka(decimal.Decimal(f"{x:g}")))


def capaian(
    evaluation: Union[frames.Evaluasi, frames.TabelEvaluasi],
    ax: Optional[Axes] = None,
    *,
    skala: Union[str, _core.Skala, None] = None,
) -> Axes:
    """Horizontal bars of capaian (%) per indicator, with the 100 % line; each bar has the colour
    of its category on the evaluation's scale (legend: the scale's bands). An undefined capaian is
    shown as a grey "n/a" label with its status (in Indonesian, ``_laporan.STATUS``); a capaian that exists only by the legacy
    "0/0 = 100 %" policy (``legacy=True``) is hatched and labelled so. ``evaluation`` is ``doc.evaluate(year)`` or its
    :class:`~sakip.frames.TabelEvaluasi`."""
    tabel = evaluation.tabel() if isinstance(evaluation, frames.Evaluasi) else evaluation
    pilih = skala or getattr(tabel, "skala", None) or "permendagri_86_2017"
    skala_obj = pilih if isinstance(pilih, _core.Skala) else _core.skala(pilih)
    warna = frames.kategori_warna(skala_obj)
    rows = list(tabel)
    ax = _axes(ax, (8, 0.6 * len(rows) + 1.5))
    ys = list(range(len(rows)))[::-1]
    for y, r in zip(ys, rows):
        v = r["capaian"]
        if v is None:
            ax.text(1, y, f"n/a ({_laporan.STATUS.get(r['status'], r['status'])})", va="center", color="#777")
            continue
        # A legacy "0/0 = 100 %" figure is not a measurement: hatched and labelled as such.
        legacy = r["status"] == "legacy_zero_over_zero"
        ax.barh(
            y,
            _f(v),
            color=warna.get(r["kategori"] or "", "#999"),
            height=0.6,
            hatch="//" if legacy else None,
            edgecolor="#333" if legacy else None,
        )
        ax.text(_f(v) + 1, y, _label(v) + " %" + (" (0/0 = 100 %, legacy)" if legacy else ""), va="center", fontsize=9)
    ax.axvline(100, color="#333", linestyle="--", linewidth=1)
    ax.set_yticks(ys, [f"{r['id']}" for r in rows])
    ax.set_xlabel("capaian (%)")
    tahun = getattr(tabel, "tahun", 0)
    ax.set_title(f"Capaian kinerja {tahun}" if tahun else "Capaian kinerja")
    from matplotlib.patches import Patch

    pita = skala_obj.pita
    ax.legend(
        handles=[Patch(color=warna[p.label], label=f"{p.label} {p.tercetak or ''}".strip()) for p in reversed(pita)],
        title=skala_obj.nama,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=8,
    )
    finite = [_f(r["capaian"]) for r in rows if r["capaian"] is not None]
    ax.set_xlim(0, max([110.0] + [x + 15 for x in finite]))
    if any(r["status"] == "legacy_zero_over_zero" for r in rows):
        ax.set_xlim(0, ax.get_xlim()[1] + 45)  # room for the legacy label
    return ax


def serapan(
    anggaran: Union[frames.Anggaran, frames.Evaluasi],
    ax: Optional[Axes] = None,
    *,
    kegiatan: bool = False,
    sub_kegiatan: bool = False,
) -> Axes:
    """Bars of budget absorption (serapan, %) per program (and kegiatan with ``kegiatan=True``, and
    sub kegiatan with ``sub_kegiatan=True``), with the 100 % line. ``anggaran`` is
    ``doc.anggaran(year)``, an evaluation (``doc.evaluate(year)``, whose engine rows are used) or an
    :class:`~sakip.frames.Anggaran`."""
    if isinstance(anggaran, frames.Evaluasi):
        anggaran = anggaran.anggaran()
    levels = {"program"} | ({"kegiatan"} if kegiatan else set()) | ({"sub_kegiatan"} if sub_kegiatan else set())
    rows = [r for r in anggaran if r["level"] in levels]
    ax = _axes(ax, (8, 0.45 * len(rows) + 1.5))
    ys = list(range(len(rows)))[::-1]
    for y, r in zip(ys, rows):
        v = r["serapan"]
        colour = "#2471a3" if r["level"] == "program" else "#85c1e9"
        if v is None:
            ax.text(1, y, "n/a", va="center", color="#777")
            continue
        ax.barh(y, _f(v), color=colour, height=0.6)
        ax.text(_f(v) + 0.5, y, _label(v) + " %", va="center", fontsize=8)
    ax.axvline(100, color="#333", linestyle="--", linewidth=1)
    indent = {"program": "", "kegiatan": "   ", "sub_kegiatan": "      "}
    ax.set_yticks(ys, [indent.get(r["level"], "") + r["kode"] for r in rows])
    ax.set_xlabel("serapan (%)")
    ax.set_xlim(0, 115)
    tahun = getattr(anggaran, "tahun", 0)
    ax.set_title(f"Serapan anggaran {tahun}" if tahun else "Serapan anggaran")
    return ax


def tren(
    doc: Dokumen, indikator: str, ax: Optional[Axes] = None, *, skala: Optional[str] = None, legacy: bool = False
) -> Axes:
    """Realisasi of one indicator over the years (recomputed by ``doc.evaluate`` for every year
    with realisasi) against the Renstra targets by year, with the kondisi awal at the start of the
    period and the target akhir at its end. ``skala`` and ``legacy`` go to ``doc.evaluate``."""
    ind = doc.renstra.find_indikator(indikator)
    if ind is None:
        raise KeyError(f"no indicator {indikator!r} in the Renstra")
    per = doc.renstra.periode
    ax = _axes(ax, (7, 4))
    targets = sorted((y, frames._target_value(t)[0]) for y, t in ind.target.items())
    tx = [y for y, v in targets if v is not None]
    ax.plot(tx, [_f(v) for y, v in targets if v is not None], "s--", color="#7f8c8d", label="target Renstra")
    awal = frames._target_value(ind.kondisi_awal)[0]
    akhir = frames._target_value(ind.target_akhir)[0]
    if awal is not None:
        ax.plot([per.awal], [_f(awal)], "o", color="#7f8c8d", mfc="white", label="kondisi awal")
    if akhir is not None:
        ax.plot([per.akhir], [_f(akhir)], "*", color="#1e8449", markersize=12, label="target akhir")
    years = sorted(y for y, v in doc.realisasi.items() if any(r.indikator == indikator for r in v))
    rx, ry = [], []
    for y in years:
        ev = doc.evaluate(y, skala=skala, legacy=legacy)
        row = next((i for i in ev.indikator if i["id"] == indikator), None)
        value = row["realisasi"]["value"] if row else None
        if value is not None:
            rx.append(y)
            ry.append(_f(value))
            ax.annotate(_label(value), (y, _f(value)), textcoords="offset points", xytext=(0, 6), ha="center")
    ax.plot(rx, ry, "o-", color="#2471a3", linewidth=2, label="realisasi")
    ax.set_xlim(per.awal - 0.5, per.akhir + 0.5)
    ax.set_xticks(list(range(per.awal, per.akhir + 1)))
    ax.set_ylabel(ind.satuan or "")
    ax.yaxis.set_major_formatter(_angka_axis())
    ax.margins(y=0.18)  # room for the value labels above the points
    ax.set_title(f"{ind.id}: {_tabel._short(ind.nama, 70)}", fontsize=10)
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    return ax
