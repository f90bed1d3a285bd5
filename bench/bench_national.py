"""National scale (issue 16): 546 pemda × 40 OPD = 21 840 synthetic documents loaded, audited and
evaluated (sakip.Kabupaten: the compiled core on every core, the GIL released) and written as the
Parquet dataset; the cost per document at each size, so that its flatness shows (1 000 → 20 000).
Also the Dask path (2-worker LocalCluster) against the in-process threaded time on the same files.

Usage: python bench/bench_national.py [--dir /tmp/sakip-national] [--sizes 1000,5000,21840] [--dask 2000]
The documents are generated once into --dir (bench/gen.py, a small OPD each: 6 indicators, 12
kegiatan) and reused.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

import sakip  # noqa: E402


def generate(folder: str, n: int) -> list[str]:
    os.makedirs(folder, exist_ok=True)
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".json"))
    for i in range(len(files), n):
        pemda, opd = divmod(i, 40)
        doc = gen.instansi(1, opd, 6, 12).doc
        doc["instansi"]["pemda"] = f"Pemerintah Kabupaten Contoh {pemda + 1:03d}"
        path = os.path.join(folder, f"p{pemda + 1:03d}-{opd + 1:02d}.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(gen.dumps(doc))
        if sys.stderr.isatty() and i % 1000 == 0:
            print(f"\rgenerating {i}/{n}", end="", file=sys.stderr)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".json"))[:n]


def run(files: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    t0 = time.perf_counter()
    kab = sakip.Kabupaten.load(files)
    out["load"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    both = kab.audit_evaluate(gen.YEAR)
    out["audit+evaluate"] = time.perf_counter() - t0
    assert len(both) == len(files)
    ds = tempfile.mkdtemp(prefix="sakip-ds-")
    t0 = time.perf_counter()
    sakip.export_dataset(kab, ds)
    out["parquet"] = time.perf_counter() - t0
    shutil.rmtree(ds)
    out["total"] = sum(out.values())
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="/tmp/sakip-national")
    ap.add_argument("--sizes", default="1000,5000,21840")
    ap.add_argument("--dask", type=int, default=2000, help="documents for the Dask comparison (0: skip)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    files = generate(args.dir, max(sizes))
    print(f"python {sys.version.split()[0]}, sakip {sakip.__version__}, {os.cpu_count()} cpus")
    print(f"{'documents':>10} {'load s':>8} {'audit+eval s':>13} {'parquet s':>10} {'total s':>8} {'ms/doc':>7}")
    for n in sizes:
        t = run(files[:n])
        print(f"{n:>10} {t['load']:>8.2f} {t['audit+evaluate']:>13.2f} {t['parquet']:>10.2f} {t['total']:>8.2f} {1000 * t['total'] / n:>7.2f}")
    if args.dask:
        import distributed

        part = files[: args.dask]
        t0 = time.perf_counter()
        kab = sakip.Kabupaten.load(part)
        inproc = {r["tahun"]: r["serapan"] for r in kab.rekap()}
        t_in = time.perf_counter() - t0
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, distributed.Client(cluster):
            t0 = time.perf_counter()
            ang = sakip.dask.frames(part, "anggaran")
            ser = sakip.dask.serapan(ang[ang["level"] == "program"], by=["tahun"]).compute()
            t_dask = time.perf_counter() - t0
        assert dict(ser.items()) == inproc, (dict(ser.items()), inproc)
        print(f"dask, {len(part)} documents: in-process threaded {t_in:.2f} s, LocalCluster(2) {t_dask:.2f} s, ratio {t_dask / t_in:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
