"""Exact roll-up of DPA line items by code prefix (issue 8), as ratios measured in one run.

  sakip.rollup(codes, pagu_sen, realisasi_sen, level)   exact int64 sen, 128-bit group sums
  vs pandas groupby().sum() on float64 rupiah            inexact; the key column precomputed
  vs pandas groupby().sum() on decimal.Decimal objects   exact but slow (on --decimal-rows rows)

Line items come from bench/gen.py (grouped by sub kegiatan as DPA exports are; codes
"<instansi>/<sub kegiatan>/<rekening>"). Peak memory per million line items is measured in child
processes (VmHWM). Usage: python bench/bench_rollup.py [--rows 10000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import decimal
import os
import platform
import subprocess
import sys
import time

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

import sakip  # noqa: E402

LEVELS = {"instansi": 1, "program": 3, "kegiatan": 5, "sub_kegiatan": 6}


def best(fn, repeat):
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def key_column(kode: np.ndarray, level: str) -> np.ndarray:
    """The group key per row, computed in Python for the pandas baselines (not timed)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(kode, pa.string())
    parts = pc.split_pattern(arr, "/")
    org = pc.list_element(parts, 0)
    if level == "instansi":
        return org.to_numpy(zero_copy_only=False)
    path = pc.list_element(parts, 1)
    width = {"program": 7, "kegiatan": 12, "sub_kegiatan": 17}[level]
    return pc.binary_join_element_wise(org, pc.utf8_slice_codeunits(path, 0, width), "/").to_numpy(zero_copy_only=False)


def peak_memory(rows: int) -> str:
    """Peak RSS (VmHWM) of a child that builds the columns, and of one that also rolls them up."""
    code = f"""
import os, sys; sys.path.insert(0, {os.path.dirname(os.path.abspath(__file__))!r})
import gen, sakip
items = gen.line_items(7, {rows})
if sys.argv[1] == "rollup":
    for level in ("program", "sub_kegiatan"):
        sakip.rollup(items["kode"], items["pagu_sen"], items["realisasi_sen"], level=level)
print([l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1])
"""
    base = int(subprocess.check_output([sys.executable, "-c", code, "base"], text=True))
    full = int(subprocess.check_output([sys.executable, "-c", code, "rollup"], text=True))
    per_m = (full - base) / 1024 / (rows / 1e6)
    return f"peak RSS {full / 1024:.0f} MB for {rows:,} rows with the columns ({base / 1024:.0f} MB without the roll-up): roll-up adds {per_m:.1f} MB per million line items"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--decimal-rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--memory-rows", type=int, default=2_000_000)
    args = ap.parse_args()
    print(f"python {platform.python_version()}, numpy {np.__version__}, pandas {pd.__version__}, "
          f"sakip {sakip.__version__}, {platform.machine()} {os.cpu_count()} cpus")
    t0 = time.perf_counter()
    items = gen.line_items(1, args.rows)
    print(f"generated {args.rows:,} line items in {time.perf_counter() - t0:.1f} s")
    kode, pagu, real = items["kode"], items["pagu_sen"], items["realisasi_sen"]
    try:
        import pyarrow as pa

        kode_arrow = pa.array(kode, pa.string())
    except ImportError:  # pragma: no cover
        kode_arrow = None

    for level in ("program", "sub_kegiatan", "instansi"):
        keys = key_column(kode, level)
        df = pd.DataFrame({"key": keys, "pagu": pagu / 100.0, "realisasi": real / 100.0})
        t_pd, res_pd = best(lambda: df.groupby("key", sort=True)[["pagu", "realisasi"]].sum(), args.repeat)
        t_sk, res = best(lambda: sakip.rollup(kode, pagu, real, level=level), args.repeat)
        line = (f"\n{level}: {len(res['kode']):,} groups from {args.rows:,} rows\n"
                f"  sakip.rollup (numpy object str codes) {t_sk * 1e3:9.1f} ms\n")
        if kode_arrow is not None:
            t_ar, res_ar = best(lambda: sakip.rollup(kode_arrow, pagu, real, level=level), args.repeat)
            assert list(res_ar["kode"]) == list(res["kode"])
            line += f"  sakip.rollup (pyarrow string codes)   {t_ar * 1e3:9.1f} ms\n"
        line += (f"  pandas groupby().sum() float64        {t_pd * 1e3:9.1f} ms   "
                 f"sakip/pandas-float time ratio {t_sk / t_pd:.2f}x")
        if kode_arrow is not None:
            line += f" (pyarrow input {t_ar / t_pd:.2f}x)"
        print(line)
        # Exactness: sakip equals the exact int64 groupby; the float sums drift.
        exact = pd.DataFrame({"key": keys, "pagu": pagu}).groupby("key", sort=True)["pagu"].sum()
        assert list(exact.index) == list(res["kode"]) and (exact.to_numpy() == np.asarray(res["pagu_sen"])).all()
        drift = int(np.abs(np.round(res_pd["pagu"].to_numpy() * 100).astype(np.int64) - exact.to_numpy()).max())
        print(f"  exact: sakip == int64 groupby; float64 sums off by up to {drift} sen per group")

    n = min(args.decimal_rows, args.rows)
    keys = key_column(kode[:n], "program")
    dec = [decimal.Decimal(int(x)).scaleb(-2) for x in pagu[:n].tolist()]
    ddf = pd.DataFrame({"key": keys, "pagu": dec})
    t_dec, _ = best(lambda: ddf.groupby("key", sort=True)["pagu"].sum(), 1)
    sub, sub_p, sub_r = kode[:n], pagu[:n], real[:n]
    t_sk_n, _ = best(lambda: sakip.rollup(sub, sub_p, None, level="program"), args.repeat)
    print(f"\nprogram, {n:,} rows, pagu only\n  sakip.rollup                          {t_sk_n * 1e3:9.1f} ms\n"
          f"  pandas groupby().sum() Decimal        {t_dec * 1e3:9.1f} ms   sakip is {t_dec / t_sk_n:.0f}x faster")
    del sub_r
    print("\nmemory: " + peak_memory(args.memory_rows))


if __name__ == "__main__":
    main()
