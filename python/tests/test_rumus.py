"""Issue 13: one formula language. A "% penurunan" IKU over this year's and last year's counts
loads, evaluates and audits from Python; prev(x) is an alias of the canonical x[n-1]."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import sakip

DOC = Path(__file__).resolve().parents[2] / "fuzz" / "corpus" / "json_load" / "rumus-penurunan.json"
PREV = "(prev(pelanggaran) - pelanggaran) / prev(pelanggaran) * 100"
LAG = "(pelanggaran[n-1] - pelanggaran) / pelanggaran[n-1] * 100"


def _angka(ukuran: str, teks: str) -> dict[str, str]:
    return {"sumber": "Tabel 3.2.1", "ref": "/renstra/indikator/S2.I2", "ukuran": ukuran, "teks": teks}


def _doc(ekspresi: str, printed: dict[str, Any]) -> str:
    """Pelanggaran Perda 40 in 2019 and 30 in 2020: (40 - 30) / 40 x 100 = 25 %; target 20 %.

    The document of tests/audit/test_rumus.cpp, with `ekspresi` and the 2020 figures `printed`."""
    doc = json.loads(DOC.read_text(encoding="utf-8"))
    doc["iku"]["S2.I2"]["rumus"]["ekspresi"] = ekspresi
    doc["laporan"]["2020"]["angka"] = printed
    return json.dumps(doc)


@pytest.mark.parametrize("ekspresi", [PREV, LAG])
def test_penurunan_loads_and_evaluates(ekspresi: str) -> None:
    doc = sakip.loads(_doc(ekspresi, {}))
    ev = sakip.evaluate(doc, 2020)
    r = ev["indikator"][0]["realisasi"]
    assert r["status"] == "ok"
    assert r["value"] == Decimal("25.00")
    assert r["exact"] == "25"
    assert "pelanggaran[n-1] = 40, pelanggaran = 30" in r["trace"]
    assert ev["indikator"][0]["capaian"]["exact"] == "125"  # 25 / 20 x 100
    assert ev["masalah"] == []


def test_first_year_is_undefined_with_a_finding() -> None:
    doc = sakip.loads(_doc(PREV, {}))
    ev = sakip.evaluate(doc, 2019)
    r = ev["indikator"][0]["realisasi"]
    assert r["status"] == "undefined"
    assert r["value"] is None
    assert [m["pointer"] for m in ev["masalah"]] == ["/realisasi/2019/S2.I2/input"]
    message = ev["masalah"][0]["message_en"]
    assert message.endswith("reads inputs the document does not report: pelanggaran[n-1] (2018)")
    found = sakip.audit(doc)
    assert [(f.rule, f.location) for f in found] == [("input.incomputable", "/realisasi/2019/S2.I2/input")]


def test_audit_checks_the_printed_figures() -> None:
    right = {"r": _angka("realisasi", "25%"), "c": _angka("capaian", "125 %")}
    found = sakip.audit(sakip.loads(_doc(PREV, right)))
    assert [f.rule for f in found] == ["input.incomputable"]  # the first year only
    wrong = {"r": _angka("realisasi", "33,33%"), "c": _angka("capaian", "166,67 %")}
    every = sakip.audit(sakip.loads(_doc(PREV, wrong)))
    at2020 = [f for f in every if f.location.startswith("/laporan/2020/")]
    assert [(f.rule, f.location, f.reported_value, f.expected) for f in at2020] == [
        ("percent.recomputed", "/laporan/2020/angka/c", "166.67", "125.00"),
        ("percent.recomputed", "/laporan/2020/angka/r", "33.33", "25.00"),
    ]


def test_one_parser_for_loader_and_evaluator() -> None:
    assert sakip.ekspresi_names(PREV) == ["pelanggaran[n-1]", "pelanggaran"]
    assert sakip.ekspresi_names(LAG) == sakip.ekspresi_names(PREV)
    assert sakip.ekspresi(PREV, {"pelanggaran": 30}, {"pelanggaran": 40}).fraction == 25
    with pytest.raises(sakip.LoadError) as e:
        sakip.loads(_doc("prev(pelanggaran * 100", {}))
    (problem,) = e.value.problems
    assert problem.to_string(english=True) == (
        '/iku/S2.I2/rumus/ekspresi: ref.iku: ekspresi "prev(pelanggaran * 100" at offset 17: '
        "missing ')' for the prev( opened at offset 0"
    )
    assert problem.message.startswith('ekspresi "prev(pelanggaran * 100" pada posisi 17: ')
    with pytest.raises(sakip.ParseError) as p:
        sakip.ekspresi("prev(pelanggaran * 100", {})
    assert p.value.offset == 17
