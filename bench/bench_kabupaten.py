"""Audit + evaluation and JSON load of a synthetic kabupaten (issue 8).

Generates the kabupaten with bench/gen.py (50 instansi, 1 500 indicators, 10 000 kegiatan by
default), runs the C++ benchmark bench_kabupaten (preset `bench`: audit + evaluate time, the series
1x..10x, C++ load MB/s) and compares loading with Python: sakip.load_kabupaten vs json.load.
Usage: python bench/bench_kabupaten.py [--dir /tmp/sakip-kabupaten] [--bin build/bench/bench/bench_kabupaten]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

import sakip  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best(fn, repeat=3):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="/tmp/sakip-kabupaten")
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bench", "bench", "bench_kabupaten"))
    ap.add_argument("--scale", type=int, default=10)
    args = ap.parse_args()
    if not glob.glob(os.path.join(args.dir, "*.json")):
        gen.write_kabupaten(args.dir, gen.kabupaten(seed=1))
    files = sorted(glob.glob(os.path.join(args.dir, "*.json")))
    size = sum(os.path.getsize(f) for f in files)
    t_json = best(lambda: [json.load(open(f, encoding="utf-8")) for f in files])
    print(f"{len(files)} documents, {size / 1e6:.1f} MB")
    print(f"json.load (Python)          {t_json * 1e3:8.1f} ms  {size / 1e6 / t_json:6.1f} MB/s")
    load = getattr(sakip, "load_kabupaten", None)
    if load is not None:
        t_sk = best(lambda: load(args.dir))
        print(f"sakip.load_kabupaten        {t_sk * 1e3:8.1f} ms  {size / 1e6 / t_sk:6.1f} MB/s  "
              f"(validated model; {t_sk / t_json:.1f}x json.load's time)")
    if os.path.exists(args.bin):
        print(subprocess.run([args.bin, args.dir, str(args.scale)], check=True, capture_output=True, text=True).stdout)
    else:
        print(f"(C++ benchmark not built: cmake --preset bench && cmake --build --preset bench; looked for {args.bin})")


if __name__ == "__main__":
    main()
