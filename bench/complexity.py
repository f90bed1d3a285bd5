#!/usr/bin/env python3
"""Complexity of loading and auditing (issue 12): time at size n and at 8n, reported as a ratio.

A near-linear step takes about 8x the time at 8x the size (a little more for n log n); a quadratic
one 64x, a cubic one 512x. Each dimension grows one thing of a valid document and leaves the rest
as the small complete document of docs/format.md §13 (read from there, so the benchmark follows the
format):

  keys       one object with n keys: n indicators (renstra.indikator, iku, realisasi and
             laporan.angka each get n entries); also a bare {"k0": 0, ...} object, rejected
  kegiatan   one program with n kegiatan (Permendagri 13/2006 codes, which have no width limit), each
             allotted by a row of the subordinate PK
  pk_depth   a chain of n Perjanjian Kinerja, each the atasan of the next
  documents  a kabupaten of n documents (sakip.load_kabupaten, then the audit of each)

Each figure is the best of --repeat runs. The baseline of the same run is Python's json.loads of the
same text (linear by construction): on this machine's caches and allocator even it takes 13-19x the
time at 8x the size for texts of several MB, so each ratio is also given normalized, R x 8 / max(B, 8)
where B is the baseline's ratio. With --check the script exits 1 when a normalized ratio reaches
--limit (12 by default: the issue's bound for an 8x size); a quadratic step stays far above it.

Usage: python bench/complexity.py [--scale 1.0] [--repeat 3] [--check] [--only keys,pk_depth]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

import sakip

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
YEAR = "2020"
GROWTH = 8


def example_document() -> dict[str, Any]:
    """The small complete document of docs/format.md §13."""
    with open(os.path.join(ROOT, "docs", "format.md"), encoding="utf-8") as f:
        text = f.read()
    section = text[text.index("## 13. A small complete document"):]
    block = re.search(r"```json\n(.*?)\n```", section, re.S)
    assert block, "docs/format.md §13 has no JSON example"
    return json.loads(block.group(1))


def rp(rupiah: int) -> str:
    return f"{rupiah:,}".replace(",", ".")


def with_keys(n: int) -> str:
    doc = example_document()
    ind0 = doc["renstra"]["indikator"]["S1.I1"]
    iku0 = doc["iku"]["S1.I1"]
    for k in range(2, n + 1):
        iid = f"S1.I{k}"
        doc["renstra"]["indikator"][iid] = dict(ind0, nama=f"Persentase pelayanan sesuai standar {k}")
        doc["iku"][iid] = copy.deepcopy(iku0)
        doc["realisasi"][YEAR][iid] = {"input": {"sesuai_standar": str(4000 + k % 400), "permohonan": "4434"}}
        doc["laporan"][YEAR]["angka"][f"t321.{iid}.capaian"] = {
            "sumber": "Tabel 3.2.1", "ref": f"/renstra/indikator/{iid}", "ukuran": "capaian", "teks": "100"}
    return json.dumps(doc, ensure_ascii=False)


def flat_object(n: int) -> str:
    return "{" + ",".join(f'"k{i}":0' for i in range(n)) + "}"


def with_kegiatan(n: int) -> str:
    doc = example_document()
    dpa = doc["dpa"][YEAR]
    program = dpa["program"]["01"]
    program["kegiatan"] = {
        f"01{k:06d}": {"uraian": f"Kegiatan {k}", "rencana": rp(1_000_000 + k), "realisasi": rp(900_000 + k)}
        for k in range(n)}
    total_ren = sum(1_000_000 + k for k in range(n))
    total_rea = sum(900_000 + k for k in range(n))
    program["rencana"], program["realisasi"] = rp(total_ren), rp(total_rea)
    dpa["belanja"]["langsung"] = {"rencana": rp(total_ren), "realisasi": rp(total_rea)}
    for pk in doc["pk"][YEAR].values():
        for row in pk.get("program", []):
            row["anggaran"] = rp(total_ren)
    # The subordinate PK allots every kegiatan (n rows, each found in the DPA by its code).
    sekcam = doc["pk"][YEAR]["sekcam"]
    template = sekcam["kegiatan"][0]
    sekcam["kegiatan"] = [
        dict(template, nomor=k + 1, kegiatan=f"01{k:06d}", uraian=f"Kegiatan {k}", anggaran=rp(1_000_000 + k))
        for k in range(n)]
    return json.dumps(doc, ensure_ascii=False)


def with_pk_depth(n: int) -> str:
    doc = example_document()
    pejabat = doc["instansi"]["pejabat"]
    pks = doc["pk"][YEAR]
    template = pks["sekcam"]
    above = "sekcam"
    for k in range(1, n + 1):
        pid = f"staf{k}"
        pejabat[pid] = {"nama": f"PELAKSANA {k}", "jabatan": f"Pelaksana {k}", "unit": "sekretariat"}
        pk = copy.deepcopy(template)
        pk["pihak_pertama"] = {"pejabat": pid}
        pk["pihak_kedua"] = {"pejabat": above}
        pk["atasan"] = above
        pks[pid] = pk
        above = pid
    return json.dumps(doc, ensure_ascii=False)


def write_documents(n: int, folder: str) -> None:
    doc = example_document()
    for k in range(n):
        d = copy.deepcopy(doc)
        d["instansi"]["nama"] = f"Kecamatan Contoh {k + 1}"
        with open(os.path.join(folder, f"opd-{k + 1:04d}.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False)


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def load_and_audit(text: str) -> tuple[Callable[[], object], Callable[[], object]]:
    doc = sakip.loads(text)
    return (lambda: sakip.loads(text)), (lambda: sakip.audit(doc))


def rejected(text: str) -> Callable[[], object]:
    def run() -> None:
        try:
            sakip.loads(text)
        except sakip.LoadError:
            return
        raise AssertionError("the bare object loaded; it is not a sakip/1 document")
    return run


def measure(dimension: str, n: int, repeat: int) -> list[tuple[str, float, float]]:
    """(step, seconds, baseline seconds) at size n; the baseline is json.loads of the same text."""
    def steps(text: str) -> list[tuple[str, float, float]]:
        load, audit = load_and_audit(text)
        base = best(lambda: json.loads(text), repeat)
        return [("load", best(load, repeat), base), ("audit", best(audit, repeat), base)]

    if dimension == "keys":
        bare = flat_object(25 * n)
        return steps(with_keys(n)) + [("load bare object (rejected)", best(rejected(bare), repeat),
                                       best(lambda: json.loads(bare), repeat))]
    if dimension == "kegiatan":
        return steps(with_kegiatan(n))
    if dimension == "pk_depth":
        return steps(with_pk_depth(n))
    if dimension == "documents":
        with tempfile.TemporaryDirectory(prefix="sakip-complexity-") as folder:
            write_documents(n, folder)
            docs = sakip.load_kabupaten(folder)
            files = [os.path.join(folder, f) for f in sorted(os.listdir(folder))]

            def baseline() -> None:
                for f in files:
                    with open(f, encoding="utf-8") as fh:
                        json.load(fh)
            base = best(baseline, repeat)
            return [("load_kabupaten", best(lambda: sakip.load_kabupaten(folder), repeat), base),
                    ("audit each", best(lambda: [sakip.audit(d) for d in docs], repeat), base)]
    raise ValueError(dimension)


# Sizes n at --scale 1; the benchmark also runs 8n. Chosen so that every step at n takes a few
# milliseconds or more (fixed costs do not hide the growth) and the whole run stays under a minute.
SIZES = {"keys": 1000, "kegiatan": 2000, "pk_depth": 250, "documents": 32}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every base size n")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--limit", type=float, default=12.0, help="largest acceptable ratio for an 8x size")
    ap.add_argument("--check", action="store_true", help="exit 1 when a normalized ratio reaches --limit")
    ap.add_argument("--only", default=",".join(SIZES), help="comma-separated dimensions")
    args = ap.parse_args(argv)
    print(f"python {sys.version.split()[0]}, sakip {sakip.__version__}, {os.cpu_count()} cpus; "
          f"best of {args.repeat}; ratio = time(8n) / time(n); baseline json.loads of the same text")
    worst = 0.0
    for dimension in args.only.split(","):
        n = max(1, round(SIZES[dimension] * args.scale))
        small = measure(dimension, n, args.repeat)
        large = measure(dimension, GROWTH * n, args.repeat)
        print(f"{dimension}: n = {n:,}, 8n = {GROWTH * n:,}")
        for (step, t1, b1), (_, t8, b8) in zip(small, large):
            ratio = t8 / t1 if t1 > 0 else float("inf")
            base = b8 / b1 if b1 > 0 else float(GROWTH)
            normalized = ratio * GROWTH / max(base, GROWTH)
            worst = max(worst, normalized)
            flag = "  <-- over the limit" if normalized >= args.limit else ""
            print(f"  {step:30s} {t1 * 1e3:9.2f} ms  {t8 * 1e3:10.2f} ms  ratio {ratio:6.2f}  "
                  f"(json.loads {base:5.2f}, normalized {normalized:6.2f}){flag}")
    print(f"worst normalized ratio {worst:.2f} (limit {args.limit:g})")
    return 1 if args.check and worst >= args.limit else 0


if __name__ == "__main__":
    sys.exit(main())
