"""A kabupaten over years: :class:`Kabupaten`, the documents of many OPD (one per instansi and report
year) with their audit, evaluation and long tidy tables.

Which document speaks for an OPD in a year: its own report of that year (``tahun_laporan``: the
document's ``dokumen.tahun``, else the last year it reports); when it has none, the latest of its
reports that prints that year (the trend columns of a later LKjIP). Every figure comes from the
evaluation or from a library measure (sums exact, means through ``rata_rata``, serapan through
``serapan``); nothing is recomputed here. The work on documents runs in the compiled core on up to
``threads`` threads with the GIL released.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Optional, Union

from . import _core
from ._dokumen import Dokumen, PathLike, _core_dokumen, load_kabupaten
from ._engine import Findings
from ._evaluasi import Evaluasi
from ._kolom import exact_sum
from ._tabel import Baris, Tabel, _dec

Skala = Union[str, _core.Skala, None]


class TabelIndikatorKabupaten(Tabel):
    """One row per OPD, year and indicator."""

    columns = (
        ("opd", "str"),
        ("pemda", "str"),
        ("tahun", "int"),
        ("sasaran", "str"),
        ("indikator", "str"),
        ("nama", "str"),
        ("polaritas", "str"),
        ("target", "str"),
        ("realisasi", "decimal"),
        ("capaian", "persen"),
        ("kategori", "str"),
        ("status", "str"),
    )
    judul = "Capaian indikator per OPD dan tahun"


class TabelAnggaranKabupaten(Tabel):
    """One row per OPD, year and DPA node (program, kegiatan, sub kegiatan)."""

    columns = (
        ("opd", "str"),
        ("pemda", "str"),
        ("tahun", "int"),
        ("kode", "str"),
        ("level", "str"),
        ("uraian", "str"),
        ("rencana", "rupiah"),
        ("realisasi", "rupiah"),
        ("serapan", "persen"),
    )
    judul = "Realisasi anggaran per OPD dan tahun"


class TabelTemuanKabupaten(Tabel):
    """Every finding of every document, with the OPD and report year it is of."""

    columns = (
        ("opd", "str"),
        ("pemda", "str"),
        ("tahun", "int"),
        ("severity", "str"),
        ("rule", "str"),
        ("location", "str"),
        ("source", "str"),
        ("message", "str"),
        ("message_en", "str"),
        ("reported", "str"),
        ("expected", "str"),
    )
    judul = "Temuan audit per OPD"


class TabelTren(Tabel):
    """An indicator of an OPD over the years: capaian and its change from the previous year, in
    percentage points (``sakip.selisih_tahunan``)."""

    columns = (
        ("opd", "str"),
        ("indikator", "str"),
        ("tahun", "int"),
        ("realisasi", "decimal"),
        ("capaian", "persen"),
        ("selisih_capaian", "persen"),
    )
    judul = "Tren capaian"


class TabelPeringkat(Tabel):
    """OPD ranked by their mean capaian of a year (ties share a rank; undefined means come last,
    unranked)."""

    columns = (
        ("peringkat", "int"),
        ("opd", "str"),
        ("rata_rata", "persen"),
        ("serapan", "persen"),
        ("jumlah_indikator", "int"),
    )
    judul = "Peringkat OPD"


class TabelRekap(Tabel):
    """The kabupaten per year: exact Σ of the OPD totals, its serapan, and the mean capaian of every
    indicator of every OPD."""

    columns = (
        ("tahun", "int"),
        ("jumlah_opd", "int"),
        ("total_rencana", "rupiah"),
        ("total_realisasi", "rupiah"),
        ("serapan", "persen"),
        ("rata_rata_capaian", "persen"),
    )
    judul = "Rekapitulasi kabupaten"


def _skala_key(skala: Skala) -> Skala:
    """A scale as a cache key: a name, or the Skala itself (immutable and hashed by its bands)."""
    return skala


class Kabupaten(Sequence[Dokumen]):
    """The documents of a kabupaten (or of many), of many OPD and years. ``Kabupaten.load(dir)``
    reads a folder (or a list of files); ``Kabupaten(docs)`` takes loaded documents."""

    def __init__(self, docs: Iterable[Union[Dokumen, _core.Dokumen]], threads: int = 0) -> None:
        self._docs = [d if isinstance(d, Dokumen) else Dokumen(d) for d in docs]
        if not self._docs:
            raise _core.Error("kabupaten tanpa dokumen / a kabupaten with no document")
        self.threads = threads
        self._core = [_core_dokumen(d) for d in self._docs]
        self._tahun_laporan = [_core.tahun_laporan(c) for c in self._core]
        self._tahun_dokumen = [set(_core.tahun_dokumen(c)) for c in self._core]
        instansi = [c.instansi for c in self._core]  # each access copies the compiled struct: once
        multi = len({i.pemda for i in instansi}) > 1
        self._pemda_of = [str(i.pemda) for i in instansi]
        self._label = [f"{i.nama} ({i.pemda})" if multi else str(i.nama) for i in instansi]
        # Two reports of one instansi for one year: refused, as load_kabupaten does (kabupaten.duplicate).
        first: dict[tuple[str, str, Optional[int]], int] = {}
        for k, (ins, y) in enumerate(zip(instansi, self._tahun_laporan)):
            j = first.setdefault((str(ins.nama), str(ins.pemda), y), k)
            if j != k:
                raise _core.Error(
                    f"kabupaten.duplicate: dokumen {k}: {ins.nama} ({ins.pemda}) sudah dilaporkan untuk tahun {y} "
                    f"oleh dokumen {j} / document {k}: already reported for {y} by document {j}"
                )
        self._temuan: dict[tuple[Optional[int], Skala, bool], dict[int, Findings]] = {}
        self._evaluasi: dict[tuple[int, Skala, bool], dict[int, Evaluasi]] = {}

    @classmethod
    def load(cls, path_or_paths: Union[PathLike, Iterable[PathLike]], threads: int = 0) -> Kabupaten:
        """Load a folder of sakip/1 documents (its ``*.json``) or a list of files, in parallel."""
        return cls(load_kabupaten(path_or_paths, threads), threads)

    # sequence of documents
    def __len__(self) -> int:
        return len(self._docs)

    def __getitem__(self, i: Any) -> Any:
        return self._docs[i]

    def __iter__(self) -> Iterator[Dokumen]:
        return iter(self._docs)

    def __repr__(self) -> str:
        return f"<sakip.Kabupaten: {len(self.opd)} OPD, {len(self)} dokumen, tahun {self.tahun}>"

    def label_opd(self, i: int) -> str:
        """The OPD of document ``i``: its instansi's name, with its pemda when the documents are of
        several pemda (two kabupaten both have a Dinas Kesehatan)."""
        return self._label[i]

    def _pemda(self, i: int) -> str:
        return self._pemda_of[i]

    @property
    def opd(self) -> list[str]:
        """The instansi, in order of first appearance."""
        return list(dict.fromkeys(self.label_opd(i) for i in range(len(self))))

    @property
    def tahun_laporan(self) -> list[Optional[int]]:
        """Each document's report year (``dokumen.tahun``, else the last year it reports), in order."""
        return list(self._tahun_laporan)

    @property
    def tahun(self) -> list[int]:
        """The report years of the documents, ascending."""
        return sorted({y for y in self._tahun_laporan if y is not None})

    def dokumen_tahun(self, tahun: int) -> list[int]:
        """Positions of the documents that speak for their OPD in ``tahun`` (one per OPD, see the
        module docstring), in document order."""
        best: dict[str, int] = {}
        for i in range(len(self)):
            if tahun not in self._tahun_dokumen[i]:
                continue
            opd, own = self.label_opd(i), self._tahun_laporan[i]
            j = best.get(opd)
            if j is None:
                best[opd] = i
                continue
            theirs = self._tahun_laporan[j]
            if theirs == tahun:
                continue
            if own == tahun or (own or 0) > (theirs or 0):
                best[opd] = i
        return sorted(best.values())

    # ---- the engine over many documents ---------------------------------------------------------

    def audit(self, year: Optional[int] = None, skala: Skala = None, legacy: bool = False) -> list[Findings]:
        """``sakip.audit`` of every document, in document order (parallel, GIL released). With
        ``year``: of the documents that speak for their OPD in that year (``dokumen_tahun(year)``, in
        that order), each limited to the year."""
        cache = self._temuan.setdefault((year, _skala_key(skala), legacy), {})
        wanted = list(range(len(self))) if year is None else self.dokumen_tahun(year)
        missing = [i for i in wanted if i not in cache]
        if missing:
            found = _core.audit_kabupaten(
                [self._core[i] for i in missing], year=year, skala=skala, legacy=legacy, threads=self.threads
            )
            cache.update(zip(missing, (Findings(f) for f in found)))
        return [cache[i] for i in wanted]

    def evaluate(self, tahun: int, skala: Skala = None, legacy: bool = False) -> dict[str, Evaluasi]:
        """The evaluation of ``tahun`` of every OPD that reports it, by instansi name."""
        return {self.label_opd(i): ev for i, ev in self._evaluate(tahun, skala, legacy).items()}

    def audit_evaluate(
        self, tahun: int, skala: Skala = None, legacy: bool = False
    ) -> dict[str, tuple[Findings, Evaluasi]]:
        """The audit and the evaluation of ``tahun`` of every OPD that reports it, one pass each."""
        pos = self.dokumen_tahun(tahun)
        res = _core.audit_evaluate_kabupaten(
            [self._core[i] for i in pos], tahun, skala=skala, legacy=legacy, threads=self.threads
        )
        out = {i: (Findings(f), self._wrap(i, raw)) for i, (f, raw) in zip(pos, res)}
        # the same figures as audit() and evaluate(tahun): kept, so that the tables do not compute them again
        self._temuan.setdefault((None, _skala_key(skala), legacy), {}).update((i, f) for i, (f, _) in out.items())
        self._evaluasi.setdefault((tahun, _skala_key(skala), legacy), {i: ev for i, (_, ev) in out.items()})
        return {self.label_opd(i): both for i, both in out.items()}

    def _wrap(self, i: int, raw: Any) -> Evaluasi:
        return Evaluasi(raw, {ind.id: ind.satuan for ind in self._core[i].renstra.indikator})

    def _evaluate(self, tahun: int, skala: Skala, legacy: bool) -> dict[int, Evaluasi]:
        key = (tahun, _skala_key(skala), legacy)
        if key not in self._evaluasi:
            pos = self.dokumen_tahun(tahun)
            raws = _core.evaluate_kabupaten(
                [self._core[i] for i in pos], tahun, skala=skala, legacy=legacy, threads=self.threads
            )
            self._evaluasi[key] = {i: self._wrap(i, raw) for i, raw in zip(pos, raws)}
        return self._evaluasi[key]

    def _years(self, tahun: Optional[Iterable[int]]) -> list[int]:
        return self.tahun if tahun is None else sorted(tahun)

    # ---- long tidy tables ------------------------------------------------------------------------

    def indikator(
        self, tahun: Optional[Iterable[int]] = None, skala: Skala = None, legacy: bool = False
    ) -> TabelIndikatorKabupaten:
        """Every indicator of every OPD and year (default: every report year)."""
        rows: list[Baris] = []
        for y in self._years(tahun):
            for i, ev in self._evaluate(y, skala, legacy).items():
                for r in ev.tabel():
                    rows.append(
                        {
                            "opd": self.label_opd(i),
                            "pemda": self._pemda(i),
                            "tahun": y,
                            "sasaran": r["sasaran"],
                            "indikator": r["id"],
                            "nama": r["indikator"],
                            "polaritas": r["polaritas"],
                            "target": r["target_teks"],
                            "realisasi": r["realisasi"],
                            "capaian": r["capaian"],
                            "kategori": r["kategori"],
                            "status": r["status"],
                        }
                    )
        return TabelIndikatorKabupaten(rows)

    def anggaran(self, tahun: Optional[Iterable[int]] = None) -> TabelAnggaranKabupaten:
        """Every DPA node of every OPD and year: rencana, realisasi, serapan (the evaluation's)."""
        rows: list[Baris] = []
        for y in self._years(tahun):
            for i, ev in self._evaluate(y, None, False).items():
                for r in ev.anggaran():  # the evaluation's rows, program → kegiatan → sub kegiatan
                    rows.append(
                        {
                            "opd": self.label_opd(i),
                            "pemda": self._pemda(i),
                            "tahun": y,
                            **{c: r[c] for c, _ in TabelAnggaranKabupaten.columns[3:]},
                        }
                    )
        return TabelAnggaranKabupaten(rows)

    def temuan(self, skala: Skala = None, legacy: bool = False) -> TabelTemuanKabupaten:
        """Every finding of every document, with its OPD and report year."""
        rows: list[Baris] = []
        for i, found in enumerate(self.audit(skala=skala, legacy=legacy)):
            for f in found:
                d = f.to_dict()
                rows.append(
                    {
                        "opd": self.label_opd(i),
                        "pemda": self._pemda(i),
                        "tahun": self._tahun_laporan[i],
                        **{c: d[c] for c, _ in TabelTemuanKabupaten.columns[3:]},
                    }
                )
        return TabelTemuanKabupaten(rows)

    def tren(self, indikator: Optional[str] = None, skala: Skala = None, legacy: bool = False) -> TabelTren:
        """Each indicator (or one) of each OPD over the report years, with the change of capaian."""
        rows: list[Baris] = []
        prev: dict[tuple[str, str, int], Optional[decimal.Decimal]] = {}
        for r in self.indikator(skala=skala, legacy=legacy):
            if indikator is not None and r["indikator"] != indikator:
                continue
            key = (r["opd"], r["indikator"])
            before = prev.get((*key, r["tahun"] - 1))  # the year before only: a gap has no yearly change
            change = None
            if before is not None and r["capaian"] is not None:
                change = _core.selisih_tahunan(r["capaian"], before).persen
            prev[(*key, r["tahun"])] = r["capaian"]
            rows.append(
                {
                    "opd": r["opd"],
                    "indikator": r["indikator"],
                    "tahun": r["tahun"],
                    "realisasi": r["realisasi"],
                    "capaian": r["capaian"],
                    "selisih_capaian": change,
                }
            )
        rows.sort(key=lambda r: (r["opd"], r["indikator"], r["tahun"]))
        return TabelTren(rows)

    def peringkat(self, tahun: int, skala: Skala = None, legacy: bool = False) -> TabelPeringkat:
        """The OPD of ``tahun`` ranked by mean capaian (highest first)."""
        rows: list[Baris] = []
        for i, ev in self._evaluate(tahun, skala, legacy).items():
            rows.append(
                {
                    "opd": self.label_opd(i),
                    "rata_rata": _dec(ev.rata_rata),
                    "serapan": _dec(ev.serapan),
                    "jumlah_indikator": len(ev.indikator),
                }
            )
        ranked = sorted((r for r in rows if r["rata_rata"] is not None), key=lambda r: -r["rata_rata"])
        rank, last = 0, None
        for n, r in enumerate(ranked, start=1):
            if r["rata_rata"] != last:
                rank, last = n, r["rata_rata"]
            r["peringkat"] = rank
        unranked = [dict(r, peringkat=None) for r in rows if r["rata_rata"] is None]
        return TabelPeringkat(ranked + unranked)

    def rekap(self, tahun: Optional[Iterable[int]] = None, skala: Skala = None, legacy: bool = False) -> TabelRekap:
        """The kabupaten roll-up per year."""
        rows: list[Baris] = []
        for y in self._years(tahun):
            evs = list(self._evaluate(y, skala, legacy).values())
            rencana = exact_sum(ev.total_rencana for ev in evs)
            realisasi = exact_sum(ev.total_realisasi for ev in evs)
            serapan = (
                _core.serapan(realisasi, rencana).persen if rencana is not None and realisasi is not None else None
            )
            capaian = [r["capaian"] for ev in evs for r in ev.tabel()]
            rows.append(
                {
                    "tahun": y,
                    "jumlah_opd": len(evs),
                    "total_rencana": rencana,
                    "total_realisasi": realisasi,
                    "serapan": serapan,
                    "rata_rata_capaian": _core.rata_rata(capaian).persen if capaian else None,
                }
            )
        return TabelRekap(rows)
