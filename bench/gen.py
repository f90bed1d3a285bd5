#!/usr/bin/env python3
"""Deterministic synthetic SAKIP data at scale (issue 8).

Documents: one sakip/1 JSON document per instansi (the format has one instansi per document), a
kabupaten being a directory of them. Each has an organisation with officials (valid NIPs), an RPJMD,
a Renstra (tujuan, sasaran, indicators with yearly targets), IKU (ratio formulas), realisasi inputs,
a DPA with Permendagri 90/2019 codes down to sub kegiatan, a PK cascade (the head's programs, the
heads of division's kegiatan) and a `laporan` whose printed figures are the correct ones (rounded
half up, Indonesian decimal comma), so that a clean document gives no audit finding.

``--inject-errors`` changes one thing per instansi (cycling through the kinds in ``ERROR_KINDS``)
and writes ``manifest.jsonl`` (one JSON object per line) listing each injected error: file, kind, the audit rule expected and
the JSON Pointer of the changed value.

Line items: ``--line-items M`` writes a DPA line-item table of M rows (kode, uraian, pagu_sen,
realisasi_sen) as CSV and, when pyarrow is installed, Parquet. A code is
``<instansi>/<sub kegiatan>/<rekening>`` (see include/sakip/kabupaten/rollup.hpp).

Amounts use the seed's orders of magnitude (Kajuara 2020: programs of Rp27 juta to Rp400 juta,
a DPA of about Rp1 miliar; larger perangkat daerah a few tens of miliar).

Usage:
    bench/gen.py OUT_DIR [--seed 1] [--instansi 50] [--indikator 1500] [--kegiatan 10000]
                 [--tahun 2021-2025] [--inject-errors] [--line-items M] [--scale K]
The Python API (``kabupaten``, ``instansi``, ``line_items``) is used by the tests and benchmarks.
"""

from __future__ import annotations

import argparse
import json
import os
import random
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

YEAR = 2022
PERIODE = {"awal": 2021, "akhir": 2026}
PEMDA = "Pemerintah Kabupaten Contoh"

# Each kind: the audit rule that must report it.
ERROR_KINDS: dict[str, str] = {
    "wrong_total": "budget.sum",            # a program's rencana differs from Σ of its kegiatan
    "truncated_percent": "percent.truncated",  # a serapan printed truncated, not rounded half up
    "wrong_percent": "percent.recomputed",  # a capaian printed off by more than rounding
    "wrong_kategori": "kategori.scale",     # a kategori label of another band of the scale
    "pk_dpa": "pk.dpa_mismatch",            # a PK row's anggaran differs from the DPA
    "wrong_target": "target.mismatch",      # a printed target differs from the Renstra
    "wrong_count": "jumlah.recomputed",     # a printed count of indicators is wrong
}

_NAMA_PD = [
    "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Perumahan dan Kawasan Permukiman", "Satuan Polisi Pamong Praja", "Dinas Sosial",
    "Dinas Tenaga Kerja", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "Dinas Ketahanan Pangan", "Dinas Lingkungan Hidup", "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Perhubungan", "Dinas Komunikasi dan Informatika",
    "Dinas Koperasi dan UKM", "Dinas Penanaman Modal dan PTSP", "Dinas Kepemudaan dan Olahraga",
    "Dinas Perpustakaan dan Kearsipan", "Dinas Perikanan", "Dinas Pariwisata", "Dinas Pertanian",
    "Dinas Perdagangan", "Badan Perencanaan Pembangunan Daerah", "Badan Pengelolaan Keuangan Daerah",
    "Badan Kepegawaian dan Pengembangan SDM", "Inspektorat", "Sekretariat Daerah", "Sekretariat DPRD",
]
_KATA = ["Penyediaan", "Peningkatan", "Pengelolaan", "Pembinaan", "Koordinasi", "Fasilitasi",
         "Pengembangan", "Pelaksanaan", "Penyusunan", "Monitoring"]
_OBJEK = ["Pelayanan Publik", "Administrasi Perkantoran", "Sarana dan Prasarana", "Data dan Informasi",
          "Kapasitas Aparatur", "Dokumen Perencanaan", "Kegiatan Masyarakat", "Jasa Komunikasi",
          "Bahan Logistik", "Kinerja dan Keuangan"]
_REKENING = ["5.1.01.01.01.0001", "5.1.02.01.01.0024", "5.1.02.01.01.0026", "5.1.02.01.01.0052",
             "5.1.02.02.01.0013", "5.1.02.02.01.0026", "5.1.02.03.02.0035", "5.1.02.04.01.0001",
             "5.2.02.01.01.0002", "5.2.02.05.01.0005", "5.2.02.10.01.0002", "5.2.03.03.01.0001"]


# ---------------------------------------------------------------------------------------- formats

def rp(rupiah: int, style: int = 0) -> str:
    """Whole rupiah as printed: 0 "1.234.000,00", 1 "Rp 1.234.000,-", 2 "1.234.000"."""
    grouped = f"{rupiah:,}".replace(",", ".")
    return (f"{grouped},00", f"Rp {grouped},-", grouped)[style % 3]


def dec(value: Fraction, places: int = 2, *, truncate: bool = False) -> Decimal:
    """The exact value rounded half up (or truncated) at `places`, computed on integers."""
    n, d = value.numerator * 10**places, value.denominator
    sign = -1 if n < 0 else 1
    n = abs(n)
    q = n // d if truncate else (2 * n + d) // (2 * d)
    return Decimal(sign * q).scaleb(-places).quantize(Decimal(1).scaleb(-places))


def persen(value: Fraction, places: int = 2, *, truncate: bool = False) -> str:
    """A percentage as printed in an LKjIP table: "83,45" (decimal comma, no sign)."""
    return str(dec(value, places, truncate=truncate)).replace(".", ",")


def round_differs_from_trunc(value: Fraction, places: int = 2) -> bool:
    return dec(value, places) != dec(value, places, truncate=True)


def kategori(capaian: Fraction) -> str:
    """Permendagri 86/2017 as the library reads it: ≤50 | (50,65] | (65,75] | (75,90] | >90."""
    if capaian <= 50:
        return "Sangat Rendah"
    if capaian <= 65:
        return "Rendah"
    if capaian <= 75:
        return "Sedang"
    if capaian <= 90:
        return "Tinggi"
    return "Sangat Tinggi"


def nip(rng: random.Random) -> str:
    y = rng.randint(1965, 1990)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    ty = rng.randint(y + 22, min(y + 32, 2020))
    tm = rng.randint(1, 12)
    return f"{y}{m:02d}{d:02d} {ty}{tm:02d} {rng.randint(1, 2)} {rng.randint(1, 999):03d}"


# ---------------------------------------------------------------------------------------- documents

@dataclass
class Injected:
    file: str
    instansi: str
    kind: str
    rule: str
    location: str
    detail: str

    def as_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass
class Generated:
    doc: dict[str, Any]
    injected: list[Injected] = field(default_factory=list)


def _split(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _drift(seed: int, index: int, key: str, year: int, low: int, high: int) -> int:
    """The sum of one yearly step in [low, high] per year from YEAR to `year` (negative before YEAR):
    a random walk of `key`, the same for every year asked, so consecutive years differ by one step."""
    walk = random.Random(f"{seed}/{index}/{key}")
    steps = {y: walk.randint(low, high) for y in range(PERIODE["awal"], PERIODE["akhir"] + 1)}
    if year >= YEAR:
        return sum(steps[y] for y in range(YEAR + 1, year + 1))
    return -sum(steps[y] for y in range(year + 1, YEAR + 1))


def instansi(seed: int, index: int, n_indikator: int = 30, n_kegiatan: int = 200,
             inject: str | None = None, file: str = "", year: int = YEAR) -> Generated:
    """One instansi's document (its LKjIP of `year`, a year of PERIODE). `inject` is one of ERROR_KINDS
    (or None for a clean document). Years other than YEAR drift from it (realistic series for trends):
    each indicator's target rises a point a year and its realisasi walks by -3..+4 points a year; each
    program's budget changes by -2..+8 % of YEAR's a year; the structure (codes, indicators, officials) stays."""
    if not PERIODE["awal"] <= year <= PERIODE["akhir"]:
        raise ValueError(f"year {year} is outside the Renstra period {PERIODE}")
    rng = random.Random(f"{seed}/{index}")
    n_indikator = max(1, n_indikator)
    n_kegiatan = max(1, n_kegiatan)
    urusan, bidang = 1 + index % 3, 1 + index // 3
    nama = f"{_NAMA_PD[index % len(_NAMA_PD)]} {index + 1:03d}"
    n_sasaran = max(1, (n_indikator + 2) // 3)
    n_tujuan = max(1, (n_sasaran + 2) // 3)
    n_program = max(1, min(n_sasaran, n_kegiatan, 99))
    n_bidang = max(1, min(4, n_program))

    units = {"sekretariat": {"nama": "Sekretariat", "jenis": "sekretariat"}}
    pejabat: dict[str, Any] = {
        "bupati": {"nama": "BUPATI CONTOH", "jabatan": "Bupati Contoh", "instansi": PEMDA},
        "kepala": {"nama": f"KEPALA {index + 1:03d}, S.STP., M.Si", "jabatan": f"Kepala {nama}",
                   "pangkat": "Pembina Utama Muda", "nip": nip(rng)},
        "sekretaris": {"nama": f"SEKRETARIS {index + 1:03d}, SE", "jabatan": "Sekretaris",
                       "unit": "sekretariat", "pangkat": "Pembina", "nip": nip(rng)},
    }
    for b in range(n_bidang):
        units[f"bidang_{b + 1}"] = {"nama": f"Bidang {b + 1}", "jenis": "bidang"}
        pejabat[f"kabid_{b + 1}"] = {"nama": f"KABID {b + 1} {index + 1:03d}", "jabatan": f"Kepala Bidang {b + 1}",
                                     "unit": f"bidang_{b + 1}", "pangkat": "Penata Tk.I", "nip": nip(rng)}

    # Renstra ---------------------------------------------------------------------------------
    tujuan = {f"T{t + 1}": {"nama": f"Meningkatkan {_OBJEK[t % len(_OBJEK)].lower()} {t + 1}"}
              for t in range(n_tujuan)}
    sasaran = {f"S{s + 1}": {"tujuan": f"T{s // 3 + 1}", "nama": f"Meningkatnya {_OBJEK[s % len(_OBJEK)].lower()} {s + 1}"}
               for s in range(n_sasaran)}
    program_code = [f"{urusan}.{bidang:02d}.{p + 1:02d}" for p in range(n_program)]
    sasaran_program = {f"S{s + 1}": program_code[s % n_program] for s in range(n_sasaran)}
    indikator: dict[str, Any] = {}
    iku: dict[str, Any] = {}
    real: dict[str, Any] = {}
    values: dict[str, tuple[int, Fraction, Fraction]] = {}  # id -> (target, realisasi, capaian)
    per_sasaran = _split(n_indikator, n_sasaran)
    for s in range(n_sasaran):
        sid = f"S{s + 1}"
        for k in range(per_sasaran[s]):
            iid = f"{sid}.I{k + 1}"
            target = rng.randint(70, 95)
            penyebut = rng.randint(40, 5000)
            pembilang = rng.randint(penyebut * 55 // 100, penyebut)
            if year != YEAR:
                target = min(100, target + (year - YEAR))
                shift = _drift(seed, index, iid, year, -3, 4) * penyebut // 100
                pembilang = max(0, min(penyebut, pembilang + shift))
            realisasi = Fraction(pembilang * 100, penyebut)
            capaian = realisasi * 100 / target
            values[iid] = (target, realisasi, capaian)
            indikator[iid] = {
                "sasaran": sid, "nama": f"Persentase {_OBJEK[(s + k) % len(_OBJEK)].lower()} yang terlaksana {iid}",
                "satuan": "Persentase", "polaritas": "positif", "kondisi_awal": f"{target - 5}%",
                "target": {str(year): f"{target}%"}, "target_akhir": "100%", "program": [sasaran_program[sid]],
            }
            iku[iid] = {
                "rumus": {"jenis": "rasio", "pembilang": "terlaksana", "penyebut": "direncanakan"},
                "input": {"terlaksana": {"uraian": "Jumlah yang terlaksana"},
                          "direncanakan": {"uraian": "Jumlah yang direncanakan"}},
                "sumber_data": "Laporan bidang",
            }
            real[iid] = {"input": {"terlaksana": str(pembilang), "direncanakan": str(penyebut)}}
    first_of_tujuan: dict[str, list[str]] = {}
    for iid, ind in indikator.items():
        t = sasaran[ind["sasaran"]]["tujuan"]
        first_of_tujuan.setdefault(t, []).append(iid)
    for t, ids in first_of_tujuan.items():
        tujuan[t]["indikator"] = ids[:1]

    # DPA -------------------------------------------------------------------------------------
    per_program = _split(n_kegiatan, n_program)
    program: dict[str, Any] = {}
    amounts: dict[str, tuple[int, int]] = {}  # code -> (rencana, realisasi) in rupiah
    kegiatan_of: dict[str, list[str]] = {}
    for p, pcode in enumerate(program_code):
        kegs: dict[str, Any] = {}
        p_ren = p_real = 0
        for k in range(per_program[p]):
            kcode = f"{pcode}.{1 + k // 99 + 1}.{k % 99 + 1:02d}"
            subs: dict[str, Any] = {}
            k_ren = k_real = 0
            for s in range(rng.randint(1, 3)):
                scode = f"{kcode}.{s + 1:04d}"
                ren = rng.randint(5_000, 400_000) * 1000  # Rp5 juta .. Rp400 juta
                if year != YEAR:  # the program's cumulative growth since YEAR, in whole thousands
                    growth = Fraction(100 + _drift(seed, index, pcode, year, -2, 8), 100)
                    ren = int(ren * growth) // 1000 * 1000
                rea = ren * rng.randint(7000, 10000) // 10000
                subs[scode] = {"uraian": f"{_KATA[(k + s) % 10]} {_OBJEK[(p + s) % 10]}",
                               "rencana": rp(ren, s), "realisasi": rp(rea, s + 1)}
                amounts[scode] = (ren, rea)
                k_ren += ren
                k_real += rea
            kegs[kcode] = {"uraian": f"{_KATA[k % 10]} {_OBJEK[(p + k) % 10]} {k + 1}",
                           "rencana": rp(k_ren), "realisasi": rp(k_real), "sub_kegiatan": subs}
            amounts[kcode] = (k_ren, k_real)
            kegiatan_of.setdefault(pcode, []).append(kcode)
            p_ren += k_ren
            p_real += k_real
        sids = [sid for sid, pc in sasaran_program.items() if pc == pcode]
        program[pcode] = {"uraian": f"Program {_KATA[p % 10]} {_OBJEK[p % 10]} {p + 1}",
                          "rencana": rp(p_ren), "realisasi": rp(p_real), "sasaran": sids, "kegiatan": kegs}
        amounts[pcode] = (p_ren, p_real)
    total_ren = sum(amounts[c][0] for c in program_code)
    total_real = sum(amounts[c][1] for c in program_code)

    # PK cascade ------------------------------------------------------------------------------
    def pk_sasaran(sids: list[str]) -> list[dict[str, Any]]:
        return [{"sasaran": sid, "indikator": [{"indikator": iid, "target": indikator[iid]["target"][str(year)]}
                                                for iid, ind in indikator.items() if ind["sasaran"] == sid]}
                for sid in sids]

    pk: dict[str, Any] = {"kepala": {
        "tempat": "Contoh", "tanggal": f"{year}-01-03",
        "pihak_pertama": {"pejabat": "kepala", "jabatan": f"Kepala {nama}"},
        "pihak_kedua": {"pejabat": "bupati", "jabatan": "Bupati Contoh"},
        "sasaran": pk_sasaran(list(sasaran)),
        "program": [{"nomor": p + 1, "uraian": program[c]["uraian"], "program": c, "anggaran": rp(amounts[c][0], 2)}
                    for p, c in enumerate(program_code)],
    }}
    for b in range(n_bidang):
        progs = [c for p, c in enumerate(program_code) if p % n_bidang == b]
        sids = [sid for sid, pc in sasaran_program.items() if pc in progs]
        rows = []
        for c in progs:
            for kcode in kegiatan_of[c]:
                rows.append({"nomor": len(rows) + 1, "uraian": program[c]["kegiatan"][kcode]["uraian"],
                             "program": c, "kegiatan": kcode, "anggaran": rp(amounts[kcode][0], 2)})
        pk[f"kabid_{b + 1}"] = {"pihak_pertama": {"pejabat": f"kabid_{b + 1}"},
                                "pihak_kedua": {"pejabat": "kepala"}, "atasan": "kepala",
                                "sasaran": pk_sasaran(sids), "kegiatan": rows}

    # Laporan: the correct printed figures --------------------------------------------------
    angka: dict[str, Any] = {}

    def put(aid: str, sumber: str, ref: str, ukuran: str, teks: str) -> None:
        angka[aid] = {"sumber": sumber, "ref": ref, "ukuran": ukuran, "teks": teks}

    put("kp.jumlah_indikator", "Kata Pengantar", "/renstra/indikator", "jumlah_indikator", str(len(indikator)))
    for iid, (target, realisasi, capaian) in values.items():
        ref = f"/renstra/indikator/{iid}"
        put(f"t32.{iid}.target", "Tabel 3.2", ref, "target", str(target))
        put(f"t32.{iid}.realisasi", "Tabel 3.2", ref, "realisasi", persen(realisasi))
        put(f"t32.{iid}.capaian", "Tabel 3.2", ref, "capaian", persen(capaian))
        put(f"t32.{iid}.kategori", "Tabel 3.2", ref, "kategori", kategori(capaian))
    for sid in sasaran:
        caps = [v[2] for iid, v in values.items() if indikator[iid]["sasaran"] == sid]
        if caps:
            put(f"t33.{sid}.rata", "Tabel 3.3", f"/renstra/sasaran/{sid}", "rata_rata_capaian",
                persen(sum(caps, Fraction(0)) / len(caps)))
    for c in program_code:
        ren, rea = amounts[c]
        ref = f"/dpa/{year}/program/{c}"
        put(f"t34.{c}.anggaran", "Tabel 3.4", ref, "anggaran", rp(ren, 1))
        put(f"t34.{c}.serapan", "Tabel 3.4", ref, "serapan", persen(Fraction(rea * 100, ren)))
        for kcode in kegiatan_of[c]:
            kren, krea = amounts[kcode]
            put(f"t35.{kcode}.serapan", "Tabel 3.5", f"{ref}/kegiatan/{kcode}", "serapan",
                persen(Fraction(krea * 100, kren)))
    put("t34.jumlah.rencana", "Tabel 3.4", f"/dpa/{year}/program", "total_rencana", rp(total_ren))
    put("t34.jumlah.realisasi", "Tabel 3.4", f"/dpa/{year}/program", "total_realisasi", rp(total_real))
    put("t34.jumlah.serapan", "Tabel 3.4", f"/dpa/{year}/program", "serapan", persen(Fraction(total_real * 100, total_ren)))

    doc: dict[str, Any] = {
        "format": "sakip/1",
        "dokumen": {"jenis": "LKjIP", "judul": f"Laporan Kinerja Instansi Pemerintah Tahun {year} {nama}",
                    "tahun": year, "tempat": "Contoh", "tanggal": f"{year + 1}-02-25", "penandatangan": "kepala",
                    "sumber": f"bench/gen.py seed {seed} instansi {index}"},
        "instansi": {"nama": nama, "pemda": PEMDA, "unit": units, "pejabat": pejabat},
        "rpjmd": {"periode": dict(PERIODE), "visi": "KABUPATEN CONTOH YANG MAJU DAN SEJAHTERA",
                  "misi": [{"nomor": 1, "teks": "Meningkatkan tata kelola pemerintahan yang baik."}],
                  "misi_didukung": [{"misi": 1, "program": program_code[:1]}]},
        "renstra": {"periode": dict(PERIODE), "tujuan": tujuan, "sasaran": sasaran, "indikator": indikator},
        "iku": iku,
        "dpa": {str(year): {"skema_kode": "permendagri_90_2019", "program": program}},
        "pk": {str(year): pk},
        "realisasi": {str(year): real},
        # The report names the regulation scale its kategori are on (laporan.skala.<id>.baku), as reports that
        # cite Permendagri 86/2017 without printing its table do: no default is assumed silently.
        "laporan": {
            str(year): {
                "skala": {"skala": {"sumber": "Bab III", "dasar": "Permendagri 86/2017", "baku": "permendagri_86_2017"}},
                "angka": angka,
            }
        },
    }
    gen = Generated(doc)
    if inject:
        gen.injected.append(_inject(doc, inject, rng, values, program_code, kegiatan_of, amounts, nama, file))
    return gen


def _inject(doc: dict[str, Any], kind: str, rng: random.Random, values: dict[str, tuple[int, Fraction, Fraction]],
            program_code: list[str], kegiatan_of: dict[str, list[str]], amounts: dict[str, tuple[int, int]],
            nama: str, file: str) -> Injected:
    y = str(doc["dokumen"]["tahun"])
    angka = doc["laporan"][y]["angka"]
    rule = ERROR_KINDS[kind]
    ids = list(values)
    if kind == "wrong_total":
        c = rng.choice(program_code)
        ren = amounts[c][0] + rng.choice([-1, 1]) * 1000 * rng.randint(1, 999)
        doc["dpa"][y]["program"][c]["rencana"] = rp(ren)
        loc, detail = f"/dpa/{y}/program/{c}/rencana", f"program {c} rencana Rp{ren} ≠ Σ kegiatan Rp{amounts[c][0]}"
    elif kind == "truncated_percent":
        cands = [k for c in program_code for k in kegiatan_of[c]
                 if round_differs_from_trunc(Fraction(amounts[k][1] * 100, amounts[k][0]))]
        if not cands:  # extremely unlikely; fall back to a wrong percentage
            return _inject(doc, "wrong_percent", rng, values, program_code, kegiatan_of, amounts, nama, file)
        k = rng.choice(cands)
        aid = f"t35.{k}.serapan"
        angka[aid]["teks"] = persen(Fraction(amounts[k][1] * 100, amounts[k][0]), truncate=True)
        loc, detail = f"/laporan/{y}/angka/{aid}", f"serapan of kegiatan {k} truncated"
    elif kind == "wrong_percent":
        iid = rng.choice(ids)
        aid = f"t32.{iid}.capaian"
        angka[aid]["teks"] = persen(values[iid][2] + Fraction(rng.choice([-3, 3]), 2))
        loc, detail = f"/laporan/{y}/angka/{aid}", f"capaian of {iid} off by 1,5"
    elif kind == "wrong_kategori":
        iid = rng.choice(ids)
        aid = f"t32.{iid}.kategori"
        right = kategori(values[iid][2])
        labels = ["Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"]
        angka[aid]["teks"] = labels[(labels.index(right) + 2) % 5]
        loc, detail = f"/laporan/{y}/angka/{aid}", f"kategori of {iid} {angka[aid]['teks']} instead of {right}"
    elif kind == "pk_dpa":
        rows = doc["pk"][y]["kepala"]["program"]
        r = rng.randrange(len(rows))
        c = rows[r]["program"]
        wrong = amounts[c][0] - 1000 * rng.randint(1, 999)
        rows[r]["anggaran"] = rp(wrong, 2)
        loc, detail = f"/pk/{y}/kepala/program/{r}/anggaran", f"PK row for program {c} Rp{wrong} ≠ DPA Rp{amounts[c][0]}"
    elif kind == "wrong_target":
        iid = rng.choice(ids)
        aid = f"t32.{iid}.target"
        angka[aid]["teks"] = str(values[iid][0] + 5)
        loc, detail = f"/laporan/{y}/angka/{aid}", f"target of {iid} printed {values[iid][0] + 5}"
    elif kind == "wrong_count":
        aid = "kp.jumlah_indikator"
        angka[aid]["teks"] = str(len(ids) + 1)
        loc, detail = f"/laporan/{y}/angka/{aid}", f"{len(ids) + 1} indicators printed, {len(ids)} in the Renstra"
    else:
        raise ValueError(f"unknown error kind {kind!r}")
    return Injected(file, nama, kind, rule, loc, detail)


def kabupaten(seed: int = 1, n_instansi: int = 50, n_indikator: int = 1500, n_kegiatan: int = 10_000,
              inject_errors: bool = False, years: tuple[int, ...] = (YEAR,)) -> list[Generated]:
    """A kabupaten: `n_instansi` documents sharing `n_indikator` indicators and `n_kegiatan` kegiatan,
    for each of `years` (one LKjIP per instansi and year, instansi by instansi, years ascending)."""
    ind = _split(n_indikator, n_instansi)
    keg = _split(n_kegiatan, n_instansi)
    kinds = list(ERROR_KINDS)
    several = len(years) > 1
    return [instansi(seed, i, ind[i], keg[i], inject=kinds[i % len(kinds)] if inject_errors else None,
                     file=file_name(i, y if several else None), year=y)
            for i in range(n_instansi) for y in years]


def file_name(index: int, year: int | None = None) -> str:
    return f"instansi-{index + 1:03d}.json" if year is None else f"instansi-{index + 1:03d}-{year}.json"


def dumps(doc: dict[str, Any]) -> str:
    """The sakip/1 saved form (docs/format.md §11)."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write_manifest(out_dir: str, injected: list[Injected]) -> str:
    """manifest.jsonl: one injected error per line (not *.json, so a directory load skips it)."""
    path = os.path.join(out_dir, "manifest.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for e in injected:
            f.write(json.dumps(e.as_dict(), ensure_ascii=False) + "\n")
    return path


def write_kabupaten(out_dir: str, docs: list[Generated]) -> list[Injected]:
    os.makedirs(out_dir, exist_ok=True)
    injected: list[Injected] = []
    years = {g.doc["dokumen"]["tahun"] for g in docs}
    for i, g in enumerate(docs):
        index = i // len(years)
        name = file_name(index, g.doc["dokumen"]["tahun"] if len(years) > 1 else None)
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.write(dumps(g.doc))
        injected.extend(g.injected)
    return injected


# ---------------------------------------------------------------------------------------- line items

def line_items(seed: int, rows: int, n_instansi: int = 50, sub_per_instansi: int = 600) -> dict[str, Any]:
    """A DPA line-item table of `rows` rows as numpy columns: kode (numpy object array of str),
    uraian, pagu_sen, realisasi_sen (int64). Rows come grouped by sub kegiatan, as DPA exports do.
    Amounts: Rp100 ribu .. Rp250 juta per line, realisasi 0-100 % of pagu, whole rupiah."""
    import numpy as np

    rng = np.random.default_rng(seed)
    prefixes = []
    for i in range(n_instansi):
        u, b = 1 + i % 3, 1 + i // 3
        org = f"{u}.{b:02d}.0.00.0.00.{i + 1:02d}.0000"
        for s in range(sub_per_instansi):
            p, k, sub = 1 + s // 60, 1 + (s // 3) % 20, 1 + s % 3
            prefixes.append(f"{org}/{u}.{b:02d}.{p:02d}.2.{k:02d}.{sub:04d}/")
    prefixes_arr = np.array(prefixes, dtype=object)
    rek = np.array(_REKENING, dtype=object)
    # Each row's sub kegiatan: sorted random assignment (grouped), rekening random.
    sub_idx = np.sort(rng.integers(0, len(prefixes), size=rows))
    rek_idx = rng.integers(0, len(rek), size=rows)
    try:
        import pyarrow as pa
        import pyarrow.compute as pc

        kode_arr = pc.binary_join_element_wise(pa.array(prefixes_arr).take(pa.array(sub_idx)),
                                               pa.array(rek).take(pa.array(rek_idx)), "")
        kode = kode_arr.to_numpy(zero_copy_only=False)
    except ImportError:  # pragma: no cover - pyarrow is optional
        kode = prefixes_arr[sub_idx] + rek[rek_idx]
    uraian_vocab = np.array([f"Belanja {o}" for o in _OBJEK], dtype=object)
    uraian = uraian_vocab[rek_idx % len(uraian_vocab)]
    pagu_sen = rng.integers(1_000, 2_500_000, size=rows, dtype=np.int64) * 10_000  # whole Rp100
    realisasi_sen = (pagu_sen // 10_000 * rng.integers(0, 10_001, size=rows, dtype=np.int64) // 10_000) * 100
    return {"kode": kode, "uraian": uraian, "pagu_sen": pagu_sen, "realisasi_sen": realisasi_sen}


def write_line_items(out_dir: str, items: dict[str, Any], name: str = "line-items") -> list[str]:
    import csv

    os.makedirs(out_dir, exist_ok=True)
    written = []
    path = os.path.join(out_dir, f"{name}.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kode", "uraian", "pagu_sen", "realisasi_sen"])
        w.writerows(zip(items["kode"], items["uraian"], items["pagu_sen"].tolist(), items["realisasi_sen"].tolist()))
    written.append(path)
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover
        return written
    table = pa.table({"kode": pa.array(items["kode"], pa.string()), "uraian": pa.array(items["uraian"], pa.string()),
                      "pagu_sen": pa.array(items["pagu_sen"], pa.int64()),
                      "realisasi_sen": pa.array(items["realisasi_sen"], pa.int64())})
    path = os.path.join(out_dir, f"{name}.parquet")
    pq.write_table(table, path)
    written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--instansi", type=int, default=50)
    ap.add_argument("--indikator", type=int, default=1500)
    ap.add_argument("--kegiatan", type=int, default=10_000)
    ap.add_argument("--scale", type=int, default=1, help="multiply instansi, indikator and kegiatan")
    ap.add_argument("--inject-errors", action="store_true")
    ap.add_argument("--tahun", default=str(YEAR), metavar="Y|A-B",
                    help=f"the report year(s), e.g. 2021-2025 (within {PERIODE['awal']}-{PERIODE['akhir']}): one document per instansi and year")
    ap.add_argument("--line-items", type=int, default=0, metavar="M")
    ap.add_argument("--no-documents", action="store_true")
    args = ap.parse_args(argv)
    if not args.no_documents:
        first, _, last = args.tahun.partition("-")
        years = tuple(range(int(first), int(last or first) + 1))
        docs = kabupaten(args.seed, args.instansi * args.scale, args.indikator * args.scale,
                         args.kegiatan * args.scale, args.inject_errors, years)
        injected = write_kabupaten(args.out_dir, docs)
        if args.inject_errors:
            write_manifest(args.out_dir, injected)
        print(f"{len(docs)} documents in {args.out_dir}" + (f", {len(injected)} injected errors" if injected else ""))
    if args.line_items:
        paths = write_line_items(args.out_dir, line_items(args.seed, args.line_items, args.instansi * args.scale))
        print(f"{args.line_items} line items: {', '.join(paths)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
