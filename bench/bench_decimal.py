"""Benchmarks of the decimal core's column helpers (issue 3), as ratios measured in one run.

  exact sum of N amounts:  sakip.sum_sen(int64 sen)  vs  sum() of decimal.Decimal  vs  numpy.sum
  parsing M printed amounts: sakip.parse_amounts      vs  a decimal.Decimal(s.replace(...)) loop

Usage: python bench/bench_decimal.py [--n 10000000] [--m 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import decimal
import platform
import time

import numpy as np

import sakip


def best(fn, repeat):
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def rupiah_text(sen: int) -> str:
    """Document style 'Rp 1.234.567,89' without using sakip (the baseline's input)."""
    rp, s = divmod(sen, 100)
    return "Rp " + f"{rp:,}".replace(",", ".") + f",{s:02d}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000_000)
    ap.add_argument("--m", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    rng = np.random.default_rng(2020)
    # Seed-sized amounts: from Rp840.000 (a kegiatan) to Rp13.578.653.418 (a whole DPA), in sen.
    sen = rng.integers(84_000_000, 1_357_865_341_800, size=args.n, dtype=np.int64)
    print(f"python {platform.python_version()}, numpy {np.__version__}, sakip {sakip.__version__}")

    t_sakip, total = best(lambda: sakip.sum_sen(sen), args.repeat)
    t_numpy, total_np = best(lambda: int(sen.sum()), args.repeat)
    decimals = [decimal.Decimal(int(x)).scaleb(-2) for x in sen.tolist()]
    t_dec, total_dec = best(lambda: sum(decimals, decimal.Decimal(0)), min(args.repeat, 2))
    assert total == total_np == int(total_dec.scaleb(2))
    print(f"\nexact sum of {args.n:,} amounts")
    print(f"  sakip.sum_sen        {t_sakip * 1e3:9.2f} ms")
    print(f"  numpy.sum (int64)    {t_numpy * 1e3:9.2f} ms   sakip/numpy time ratio {t_sakip / t_numpy:.2f}x")
    print(f"  sum(decimal.Decimal) {t_dec * 1e3:9.2f} ms   sakip is {t_dec / t_sakip:.0f}x faster")

    texts = [rupiah_text(int(x)) for x in sen[: args.m].tolist()]
    t_parse, parsed = best(lambda: sakip.parse_amounts(texts), args.repeat)

    def python_loop():
        out = []
        for s in texts:
            d = decimal.Decimal(s.replace("Rp", "").replace(" ", "").replace(".", "").replace(",", "."))
            out.append(int(d.scaleb(2)))
        return out

    t_loop, looped = best(python_loop, min(args.repeat, 2))
    assert parsed.tolist() == looped
    print(f"\nparsing {args.m:,} printed amounts ('{texts[0]}')")
    print(f"  sakip.parse_amounts  {t_parse * 1e3:9.2f} ms")
    print(f"  Decimal(s.replace()) {t_loop * 1e3:9.2f} ms   sakip is {t_loop / t_parse:.0f}x faster")


if __name__ == "__main__":
    main()
