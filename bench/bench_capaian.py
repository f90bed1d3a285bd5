"""capaian_batch (issue 5) against a Python loop with decimal, measured in one run.

Usage: python bench/bench_capaian.py [--n 1000000]
The C++ kernel alone: cmake --preset bench && cmake --build --preset bench && build/bench/bench/bench_capaian
"""

from __future__ import annotations

import argparse
import decimal
import time

import numpy as np

import sakip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    args = ap.parse_args()
    rng = np.random.default_rng(2020)
    target = rng.integers(100, 10_000, size=args.n, dtype=np.int64)  # scale 2: 1,00 .. 100,00
    realisasi = rng.integers(0, 12_000, size=args.n, dtype=np.int64)

    t0 = time.perf_counter()
    out, defined = sakip.capaian_batch(realisasi, target, scale=2)
    t_batch = time.perf_counter() - t0

    hundred = decimal.Decimal(100)
    cent = decimal.Decimal("0.01")

    def loop():
        res = []
        for r, t in zip(realisasi.tolist(), target.tolist()):
            c = (decimal.Decimal(r) / decimal.Decimal(t) * hundred).quantize(cent, decimal.ROUND_HALF_UP)
            res.append(int(c.scaleb(2)))
        return res

    decimal.getcontext().prec = 28
    t0 = time.perf_counter()
    expected = loop()
    t_loop = time.perf_counter() - t0
    agree = sum(int(a == b) for a, b in zip(out.tolist(), expected))
    print(f"capaian of {args.n:,} indicators (positif, 0,01 % half-up)")
    print(f"  sakip.capaian_batch   {t_batch * 1e3:9.1f} ms  ({args.n / t_batch / 1e6:.1f} M/s)")
    print(f"  Python decimal loop   {t_loop * 1e3:9.1f} ms   sakip is {t_loop / t_batch:.0f}x faster")
    print(f"  results equal in {agree:,} of {args.n:,} ({int(defined.sum()):,} defined)")


if __name__ == "__main__":
    main()
