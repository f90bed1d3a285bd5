"""The content of ``sakip report``: the recomputed Bab III tables and the audit findings, as data.

:func:`susun` reads the evaluation (``sakip.evaluate``) and the audit of one year and returns a
:class:`Laporan`: tables of typed cells (text, or an exact ``decimal.Decimal`` with its kind), the
JUMLAH rows, the notes. It computes no figure. The renderers (``_laporan_md``, ``_laporan_html``,
``_laporan_xlsx``, ``_laporan_docx``) only lay the cells out, writing every number through the
library's one formatter (:func:`teks`).
"""

from __future__ import annotations

import collections
import decimal
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Optional, Union

from . import _core

#: What a number cell holds: a percentage (header says "(%)"), a rupiah amount, a count.
Jenis = Literal["teks", "persen", "rupiah", "bilangan"]

#: The evaluation's status words (docs/measures.md) in Indonesian, for people.
STATUS = {
    "ok": "terhitung",
    "undefined": "tidak terdefinisi",
    "missing": "data tidak ada",
    "capped": "dibatasi (cap)",
    "legacy_zero_over_zero": "0/0 dihitung 100 % (legacy)",
}

#: Where the kategori scale of the year comes from (``ev["skala_asal"]``).
ASAL_SKALA = {
    "laporan": "skala laporan sendiri",
    "baku": "skala baku yang disebut laporan",
    "opsi": "dipilih dengan --skala",
    "bawaan": "bawaan: laporan tidak memuat skala yang dapat dibaca",
}

TIDAK_TERDEFINISI = "tidak terdefinisi"
CATATAN_SIGMA = "Σ: baris ini tidak mencetak jumlahnya; jumlah rinciannya (dari tingkat terbawah yang tercetak)."


@dataclass(frozen=True)
class Sel:
    """One cell. A number cell has ``jenis`` other than ``"teks"`` and ``nilai`` (None: unknown or
    undefined, shown as ``teks``). ``md``: the Markdown text when it differs from what people read in
    the office formats (an indicator id instead of its name, the status word as the engine gives it).
    ``tanda``: a mark after the number (Σ: summed from the rows below)."""

    teks: str = ""
    nilai: Optional[decimal.Decimal] = None
    jenis: Jenis = "teks"
    md: Optional[str] = None
    tanda: str = ""
    tebal: bool = False

    @property
    def angka(self) -> bool:
        return self.jenis != "teks"


@dataclass(frozen=True)
class Baris:
    sel: tuple[Sel, ...]
    jumlah: bool = False  #: a JUMLAH row: its figures are the evaluation's totals
    tingkat: str = ""  #: program / kegiatan / sub kegiatan (table 3.4)
    #: A JUMLAH row's figures as a spreadsheet formula over the rows above, by column index:
    #: ``("SUMIF", "program")`` sums the rows of that tingkat, ``("RASIO", a, b)`` is col a ÷ col b × 100.
    rumus: Mapping[int, tuple[Any, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Tabel:
    nomor: str  #: "3.1"
    judul: str
    kolom: tuple[str, ...]
    baris: tuple[Baris, ...]
    catatan: tuple[str, ...] = ()
    lembar: str = ""  #: the Excel sheet name (≤ 31 characters)


@dataclass(frozen=True)
class Laporan:
    tahun: int
    versi: str
    pengantar: str  #: the scale and the 0/0 policy, one sentence
    tabel: tuple[Tabel, ...]  #: Bab III: 3.1 to 3.4
    ringkasan: str  #: "127 temuan: 72 error, 41 warning, 14 info."
    per_aturan: Tabel  #: findings counted by severity and rule
    temuan: Tabel  #: every finding: tingkat, aturan, sumber, pesan
    #: What the charts are drawn from (``_grafik``): the evaluation, the document and its options.
    evaluasi: Any = None
    dokumen: Any = None
    skala: Optional[str] = None
    legacy: bool = False

    @property
    def judul(self) -> str:
        return f"Bab III Akuntabilitas Kinerja {self.tahun} (dihitung ulang oleh sakip {self.versi})"


def teks(sel: Sel) -> str:
    """The text of a cell as people read it, numbers through the library's formatter."""
    if not sel.angka or sel.nilai is None:
        return sel.teks
    # The library's one formatter: 96,36; the rupiah style Rp1.234, -Rp1.234,50.
    out = _core.Rupiah(sel.nilai).format("ringkas") if sel.jenis == "rupiah" else _core.format_angka(sel.nilai)
    return out + (" " + sel.tanda if sel.tanda else "")


def _persen(h: Union[Mapping[str, Any], decimal.Decimal, None]) -> Sel:
    v = h["value"] if isinstance(h, Mapping) else h
    return Sel(TIDAK_TERDEFINISI, v, "persen")


def _bilangan(n: int) -> Sel:
    return Sel(nilai=decimal.Decimal(n), jenis="bilangan")


def _tercetak(t: Union[str, Sequence[str], None]) -> Sel:
    """A target as the document prints it (text: "97%"; a range "80–90")."""
    if t is None or t == "":
        return Sel("-")
    return Sel(t if isinstance(t, str) else "–".join(t))


def _indikator(i: Mapping[str, Any]) -> Sel:
    return Sel(i.get("nama") or i["id"], md=i["id"])


def _tabel_3_1(ev: Mapping[str, Any]) -> Tabel:
    rows = []
    for i in ev["indikator"]:
        st = i["capaian"]["status"]
        rows.append(
            Baris(
                (
                    _indikator(i),
                    _tercetak(i["target"]),
                    _persen(i["realisasi"]),
                    _persen(i["capaian"]),
                    Sel(i["kategori"] or "-"),
                    Sel(STATUS.get(st, st), md=st),
                )
            )
        )
    kolom = ("Indikator", "Target", "Realisasi", "Capaian (%)", "Kategori", "Status")
    return Tabel("3.1", "Capaian indikator kinerja", kolom, tuple(rows), lembar="3.1 Capaian")


def _tabel_3_2(ev: Mapping[str, Any]) -> Tabel:
    rows = [
        Baris(
            (
                Sel(s.get("nama") or s["id"], md=s["id"]),
                _persen(s["rata_rata"]),
                _bilangan(s["excluded"]),
                _persen(s["serapan"]),
                _persen(s["efisiensi"]),
                _persen(s["efisiensi_rasio"]),
            )
        )
        for s in ev["sasaran"]
    ]
    kolom = (
        "Sasaran",
        "Rata-rata capaian (%)",
        "Dikecualikan",
        "Serapan (%)",
        "Efisiensi (capaian − serapan)",
        "Efisiensi (capaian ÷ serapan)",
    )
    return Tabel("3.2", "Capaian per sasaran dan efisiensi", kolom, tuple(rows), lembar="3.2 Sasaran")


def _tabel_3_3(ev: Mapping[str, Any], earlier: Sequence[tuple[int, Mapping[str, Any]]]) -> Tabel:
    year = ev["tahun"]
    rows = []
    for i in ev["indikator"]:
        lalu = [_persen(e[i["id"]]["realisasi"]) if i["id"] in e else Sel("-") for _, e in earlier]
        rows.append(Baris((_indikator(i), *lalu, _persen(i["realisasi"]), _tercetak(i["target_akhir"]))))
    kolom = ("Indikator", *(f"Realisasi {y}" for y, _ in earlier), f"Realisasi {year}", "Target akhir")
    judul = "Perbandingan dengan tahun lalu dan target akhir Renstra"
    return Tabel("3.3", judul, kolom, tuple(rows), lembar="3.3 Perbandingan")


def _tabel_3_4(ev: Mapping[str, Any]) -> Tabel:
    rows: list[Baris] = []
    rolled = False

    def amount(a: Mapping[str, Any], name: str) -> Sel:
        # A row that prints no amount shows the sum of its rows, marked Σ.
        nonlocal rolled
        summed = a.get("asal_" + name) == "rincian" and a[name] is not None
        rolled = rolled or summed
        return Sel("-", a[name], "rupiah", tanda="Σ" if summed else "")

    def line(a: Mapping[str, Any], tingkat: str) -> Baris:
        bold = tingkat == "program"
        kode, uraian = a["kode"], a["uraian"]
        return Baris(
            (
                Sel(tingkat),
                Sel(kode, md=f"**{kode}**" if bold else None, tebal=bold),
                Sel(uraian, md=f"**{uraian}**" if bold else None, tebal=bold),
                amount(a, "rencana"),
                amount(a, "realisasi"),
                _persen(a["serapan"]),
                _persen(a["porsi"]),
            ),
            tingkat=tingkat,
        )

    for p in ev["program"]:
        rows.append(line(p, "program"))
        for k in p["kegiatan"]:
            rows.append(line(k, "kegiatan"))
            rows.extend(line(sk, "sub kegiatan") for sk in k.get("sub_kegiatan", []))
    rows.append(
        Baris(
            (
                Sel(),
                Sel(),
                Sel("JUMLAH", md="**Jumlah**", tebal=True),
                Sel("-", ev["total_rencana"], "rupiah"),
                Sel("-", ev["total_realisasi"], "rupiah"),
                _persen(ev["serapan"]),
                Sel(),
            ),
            jumlah=True,
            rumus={3: ("SUMIF", "program"), 4: ("SUMIF", "program"), 5: ("RASIO", 4, 3)},
        )
    )
    kolom = ("Tingkat", "Kode", "Program / kegiatan / sub kegiatan", "Rencana", "Realisasi", "Serapan (%)", "Porsi (%)")
    judul = "Realisasi anggaran per program, kegiatan dan sub kegiatan"
    return Tabel("3.4", judul, kolom, tuple(rows), (CATATAN_SIGMA,) if rolled else (), lembar="3.4 Anggaran")


def _temuan(findings: Any) -> tuple[str, Tabel, Tabel]:
    counts = collections.Counter(f.severity for f in findings)
    ringkasan = f"{len(findings)} temuan: {counts['error']} error, {counts['warning']} warning, {counts['info']} info."
    by_rule = collections.Counter((f.severity, f.rule) for f in findings)
    per_aturan = Tabel(
        "",
        "Temuan per aturan",
        ("Tingkat", "Aturan", "Jumlah"),
        tuple(Baris((Sel(s), Sel(r, md=f"`{r}`"), _bilangan(n))) for (s, r), n in sorted(by_rule.items())),
        lembar="Temuan per aturan",
    )
    semua = Tabel(
        "",
        "Temuan audit",
        ("Tingkat", "Aturan", "Sumber", "Pesan"),
        tuple(Baris((Sel(f.severity), Sel(f.rule), Sel(f.source), Sel(f.message))) for f in findings),
        lembar="Temuan audit",
    )
    return ringkasan, per_aturan, semua


def susun(doc: Any, year: int, *, skala: Optional[str] = None, legacy: bool = False) -> Laporan:
    """The report of ``year``: the evaluation's figures and the audit's findings, laid out in tables."""
    from . import audit, evaluate  # the public functions, read at call time

    ev = evaluate(doc, year, skala=skala, legacy=legacy)
    pengantar = (
        f"Skala kategori: `{ev['skala'].nama}` ({ASAL_SKALA[ev['skala_asal']]}). Kebijakan 0/0: "
        + ("dihitung 100 % (legacy)" if legacy else "tidak terdefinisi (bawaan)")
        + "."
    )
    earlier = []  # the earlier years with realisasi, for table 3.3
    for y in range(year - 5, year):
        try:
            e = evaluate(doc, y, skala=skala, legacy=legacy)
        except _core.Error:
            continue
        if any(i["realisasi"]["value"] is not None for i in e["indikator"]):
            earlier.append((y, {i["id"]: i for i in e["indikator"]}))
    ringkasan, per_aturan, semua = _temuan(audit(doc, year=year, skala=skala, legacy=legacy))
    return Laporan(
        tahun=year,
        versi=_core.__version__,
        pengantar=pengantar,
        tabel=(_tabel_3_1(ev), _tabel_3_2(ev), _tabel_3_3(ev, earlier), _tabel_3_4(ev)),
        ringkasan=ringkasan,
        per_aturan=per_aturan,
        temuan=semua,
        evaluasi=ev,
        dokumen=doc,
        skala=skala,
        legacy=legacy,
    )
