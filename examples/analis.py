"""What an analyst does with an LKjIP in a notebook, as a script that ``mypy --strict`` checks
(scripts/lint) and a test runs (python/tests/test_typing.py): load the bundled Kajuara dataset,
evaluate its report year, look at the indicators below target, tabulate with pandas, sum the
budget absorption per program, audit the document and filter the findings.

    python examples/analis.py        (needs pandas: pip install "sakip[analysis]")
"""

from __future__ import annotations

import collections
import decimal
from collections.abc import Sequence
from typing import Optional

import sakip
from sakip.frames import Anggaran, Evaluasi, IndikatorEvaluasi

DATASET = "kajuara-2020"


def persen(v: Optional[decimal.Decimal]) -> str:
    """A percentage as the report prints it (the library's formatter), or '-' when undefined."""
    return "-" if v is None else sakip.format_persen(v)


def below_target(ev: Evaluasi) -> list[IndikatorEvaluasi]:
    """Indicators whose capaian is defined and under 100 %."""
    return [i for i in ev.indikator if (c := i["capaian"]["value"]) is not None and c < 100]


def serapan_program(ang: Anggaran) -> tuple[decimal.Decimal, decimal.Decimal, sakip.Hasil]:
    """Sum of the programs' pagu and realisasi, and the serapan of the sums (exact, 2 places)."""
    programs = ang.program()
    pagu = sum((r["rencana"] for r in programs if r["rencana"] is not None), decimal.Decimal(0))
    realisasi = sum((r["realisasi"] for r in programs if r["realisasi"] is not None), decimal.Decimal(0))
    return pagu, realisasi, sakip.serapan(realisasi, pagu)


def errors_by_rule(findings: Sequence[sakip.Finding]) -> dict[str, int]:
    """How many error-level findings each rule gave."""
    return dict(collections.Counter(f.rule for f in findings if f.severity == "error"))


def main() -> int:
    assert DATASET in sakip.datasets(), sakip.datasets()
    doc: sakip.Dokumen = sakip.load(sakip.frames.dataset_path(DATASET))
    year = max(doc.laporan)
    ev = doc.evaluate(year)
    assert type(ev) is type(sakip.evaluate(doc, year))  # one type for both spellings
    print(f"{doc.instansi.nama}, LKjIP {year} (skala {ev.skala.nama})")

    for i in below_target(ev):
        capaian = i["capaian"]["value"]
        assert capaian is not None
        print(f"  di bawah target: {i['id']} capaian {sakip.format_persen(capaian)} ({i['kategori']})")
    undefined = [i["id"] for i in ev.indikator if i["capaian"]["value"] is None]
    print(f"  capaian tidak terdefinisi: {', '.join(undefined) or '-'}")

    df = ev.to_pandas()
    print(f"  tabel indikator: {len(df)} baris, kolom {', '.join(map(str, df.columns))}")
    sasaran = ev.sasaran_tabel()
    for s in sasaran:
        print(f"  {s['sasaran']}: rata-rata capaian {persen(s['rata_rata'])}, efisiensi {persen(s['efisiensi'])}")

    ang = doc.anggaran(year)
    pagu, realisasi, serapan = serapan_program(ang)
    assert serapan.value is not None
    print(
        f"  program: pagu {sakip.Rupiah(pagu).format('ringkas')}, realisasi "
        f"{sakip.Rupiah(realisasi).format('ringkas')}, serapan {persen(serapan.value)}"
    )
    assert serapan.value == ev.serapan["value"], (serapan, ev.serapan)
    lowest = min((r for r in ang.program() if r["serapan"] is not None), key=lambda r: r["serapan"])
    print(f"  serapan terendah: {lowest['kode']} {lowest['uraian']} {persen(lowest['serapan'])}")

    findings = doc.audit(year=year)
    errors = errors_by_rule(findings)
    print(f"  audit: {len(findings)} temuan, {findings.count('error')} error")
    for rule, n in sorted(errors.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
        print(f"    {rule}: {n}")
    recomputed = [f for f in findings if f.rule == "percent.recomputed" and f.expected is not None]
    for f in recomputed[:2]:
        print(f"    {f.source}: tercetak {f.reported}, dihitung {f.expected}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
