"""Import of SIPD-style DPA exports (issue 15 item 2), as ratios measured in one run.

  sakip.import_dpa(x.xlsx)   vs openpyxl (read_only, values_only) just reading the cells   target <= 3x
  sakip.import_dpa(x.csv)    vs pandas.read_csv(dtype=str) of the same file                target <= 2x

The tables are generated here: title rows, a header in SIPD's mixed case ("KODE REKENING;Uraian;
ANGGARAN (Rp);Realisasi;%"), the column-number row, then programs -> 10 kegiatan -> 10 sub
kegiatan -> rekening rows (Permendagri 90/2019 codes, Indonesian amounts "1.234.567,00", a printed
%), every parent printing the Σ of its children, and a JUMLAH row. The import builds the whole Dpa
tree, sums and checks the rekening, keeps every printed % as a laporan figure. Best of --repeat.
Usage: python bench/import_dpa.py [--xlsx-rows 100000] [--csv-rows 1000000] [--repeat 3] [--dir /tmp]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time

import pandas as pd

import sakip

TITLE = ["PEMERINTAH KABUPATEN CONTOH", "DOKUMEN PELAKSANAAN ANGGARAN (DPA-SKPD)", "Tahun Anggaran 2021"]
HEADER = ["KODE REKENING", "Uraian", "ANGGARAN (Rp)", "Realisasi", "%"]
KEGIATAN, SUB, REKENING = 10, 10, 8


def rupiah(sen: int) -> str:
    """Indonesian printed form of an amount in sen: 1.234.567,00."""
    rp, s = divmod(sen, 100)
    return f"{rp:,}".replace(",", ".") + f",{s:02d}"


def persen(real: int, pagu: int) -> str:
    q = (real * 10000 * 2 + pagu) // (2 * pagu)  # half up, 2 places
    return f"{q // 100},{q % 100:02d}"


def rows(n: int) -> list[list[str]]:
    """About n data rows; the first rows are the titles, the header and the column numbers."""
    out: list[list[str]] = [[t] for t in TITLE] + [HEADER, ["1", "2", "3", "4", "5"]]
    per_program = 1 + KEGIATAN * (1 + SUB * (1 + REKENING))
    total_p = total_r = 0
    for i in range(max(1, n // per_program)):
        program = f"{1 + i // 9801}.{1 + (i // 99) % 99:02d}.{1 + i % 99:02d}"
        block: list[list[str]] = []
        pp = pr = 0
        for k in range(1, KEGIATAN + 1):
            kegiatan = f"{program}.2.{k:02d}"
            kblock: list[list[str]] = []
            kp = kr = 0
            for s in range(1, SUB + 1):
                sub = f"{kegiatan}.{s:04d}"
                rek = []
                sp = sr = 0
                for r in range(1, REKENING + 1):
                    p = (i * 7919 + k * 104729 + s * 1299709 + r * 15485863) % 10_000_000 * 100 + 100_000_00
                    q = p * (80 + r) // 100
                    rek.append([f"5.1.02.01.01.{r:04d}", f"Belanja rekening {r}", rupiah(p), rupiah(q), persen(q, p)])
                    sp += p
                    sr += q
                kblock.append([sub, f"Sub kegiatan {s}", rupiah(sp), rupiah(sr), persen(sr, sp)])
                kblock.extend(rek)
                kp += sp
                kr += sr
            block.append([kegiatan, f"Kegiatan {k}", rupiah(kp), rupiah(kr), persen(kr, kp)])
            block.extend(kblock)
            pp += kp
            pr += kr
        out.append([program, f"PROGRAM {i}", rupiah(pp), rupiah(pr), persen(pr, pp)])
        out.extend(block)
        total_p += pp
        total_r += pr
    out.append(["JUMLAH", "", rupiah(total_p), rupiah(total_r), persen(total_r, total_p)])
    return out


def write_csv(path: str, table: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in table:
            f.write(";".join(row) + "\n")


def write_xlsx(path: str, table: list[list[str]]) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("DPA")
    for row in table:
        ws.append([c if c != "" else None for c in row])
    wb.save(path)


def best(fn, repeat):
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def read_cells(path: str) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    n = 0
    for row in wb.worksheets[0].iter_rows(values_only=True):
        n += len(row)
    wb.close()
    return n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--xlsx-rows", type=int, default=100_000)
    ap.add_argument("--csv-rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dir", default="/tmp")
    a = ap.parse_args()
    print(
        f"python {platform.python_version()}, pandas {pd.__version__}, sakip {sakip.__version__}, "
        f"{platform.machine()} {os.cpu_count()} cpus"
    )
    ok = True

    xlsx = os.path.join(a.dir, f"sipd-dpa-{a.xlsx_rows}.xlsx")
    table = rows(a.xlsx_rows)
    if not os.path.exists(xlsx):
        write_xlsx(xlsx, table)
    t_read, cells = best(lambda: read_cells(xlsx), a.repeat)
    t_imp, h = best(lambda: sakip.import_dpa(xlsx, 2021), a.repeat)
    assert sum(h.jumlah.values()) == len(table), (h.jumlah, len(table))
    ratio = t_imp / t_read
    ok &= ratio <= 3
    print(f"\nxlsx, {len(table):,} rows ({cells:,} cells), {h.jumlah['rekening']:,} rekening")
    print(f"  openpyxl read cells     {t_read * 1000:9.1f} ms")
    print(f"  sakip.import_dpa        {t_imp * 1000:9.1f} ms   ratio {ratio:.2f}x (target <= 3x)")

    csv = os.path.join(a.dir, f"sipd-dpa-{a.csv_rows}.csv")
    table = rows(a.csv_rows)
    if not os.path.exists(csv):
        write_csv(csv, table)
    del table
    skip = len(TITLE)  # pandas cannot read the one-field title lines with the 5-field rows
    t_pd, df = best(lambda: pd.read_csv(csv, sep=";", dtype=str, skiprows=skip, keep_default_na=False), a.repeat)
    t_imp, h = best(lambda: sakip.import_dpa(csv, 2021), a.repeat)
    assert sum(h.jumlah.values()) == len(df) + skip + 1, (h.jumlah, len(df))
    ratio = t_imp / t_pd
    ok &= ratio <= 2
    print(f"\ncsv, {os.path.getsize(csv) / 1e6:.1f} MB, {len(df) + skip + 1:,} rows, {h.jumlah['rekening']:,} rekening")
    print(f"  pandas.read_csv(str)    {t_pd * 1000:9.1f} ms")
    print(f"  sakip.import_dpa        {t_imp * 1000:9.1f} ms   ratio {ratio:.2f}x (target <= 2x)")
    print(f"  (programs {h.jumlah['program']:,}, kegiatan {h.jumlah['kegiatan']:,}, ", end="")
    print(f"sub kegiatan {h.jumlah['sub_kegiatan']:,}, printed figures {len(h.angka):,})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
