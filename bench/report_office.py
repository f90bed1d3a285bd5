"""Time of ``sakip report`` on the Kajuara dataset in each format (issue 15: docx and xlsx < 1 s).

In-process, best of --repeat, after one warm-up run (imports and matplotlib's font cache excluded):
the content (evaluation of the year and its earlier years, and the audit), the charts alone, and the
whole export per format (content + rendering + charts where the format has them). Ratios are to the
Markdown report, which lays out the same content as text. Then the command as a user runs it (a new
process: imports included). Usage: python bench/report_office.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time

import sakip
from sakip import _grafik, _laporan, _laporan_docx, _laporan_html, _laporan_md, _laporan_xlsx

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "data", "kajuara-2020.json")


def best(fn, repeat):
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    print(f"python {platform.python_version()}, sakip {sakip.__version__}, {platform.machine()} {os.cpu_count()} cpus")
    doc = sakip.load(DATA)
    lap = _laporan.susun(doc, 2020)

    def export(renderer):
        return lambda: renderer.render(_laporan.susun(doc, 2020))

    content = best(lambda: _laporan.susun(doc, 2020), args.repeat)
    charts = best(lambda: _grafik.untuk(lap), args.repeat)
    print(f"  content (evaluate 2015-2020 + audit) {content * 1e3:8.1f} ms")
    print(f"  charts (3 PNG, matplotlib Agg)       {charts * 1e3:8.1f} ms")
    md = best(export(_laporan_md), args.repeat)
    print(f"  export md                            {md * 1e3:8.1f} ms   baseline")
    for name, renderer in (("html", _laporan_html), ("xlsx", _laporan_xlsx), ("docx", _laporan_docx)):
        t = best(export(renderer), args.repeat)
        print(f"  export {name:<29} {t * 1e3:8.1f} ms   {t / md:5.1f}x md")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("xlsx", "docx"):
            out = os.path.join(tmp, f"r.{fmt}")
            cmd = [sys.executable, "-m", "sakip", "report", DATA, "--format", fmt, "-o", out]
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True)
            t = time.perf_counter() - t0
            print(f"  sakip report --format {fmt} (new process, imports included) {t * 1e3:8.1f} ms")


if __name__ == "__main__":
    main()
