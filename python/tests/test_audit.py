"""sakip.audit / sakip.evaluate / Dokumen.audit / Dokumen.evaluate over the bundled dataset."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import sakip

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "examples" / "data" / "kajuara-2020.json"
GOLDEN = ROOT / "tests" / "golden" / "kajuara-2020.findings.json"


@pytest.fixture(scope="module")
def doc():
    return sakip.load(str(DATA))


def test_findings_equal_the_golden_file(doc):
    findings = sakip.audit(doc)
    assert findings.to_json() == GOLDEN.read_text(encoding="utf-8")
    assert [f.to_dict() for f in findings] == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_finding_fields(doc):
    findings = sakip.audit(doc)
    f = next(f for f in findings if f.location == "/laporan/2020/angka/t339.02.serapan")
    assert f.rule == "percent.truncated"
    assert f.severity == "warning"
    assert f.reported == "96,35"
    assert f.reported_value == "96.35"
    assert f.expected == "96.36"
    assert "Tabel 3.3.9" in f.source
    assert f.message and f.message_en and f.trace
    assert set(f.to_dict()) == {"rule", "severity", "location", "source", "message", "message_en", "reported",
                                "reported_value", "expected", "trace"}


def test_sequence_protocol_and_sorting(doc):
    findings = sakip.audit(doc)
    order = {"error": 0, "warning": 1, "info": 2}
    keys = [(order[f.severity], f.location, f.rule) for f in findings]
    assert keys == sorted(keys)
    assert len(findings) == len(list(findings)) == len(findings.to_list())
    assert findings[-1] == list(findings)[-1]
    with pytest.raises(IndexError):
        findings[len(findings)]
    assert findings.count("error") + findings.count("warning") + findings.count("info") == len(findings)


def test_issue_examples(doc):
    by = {(f.rule, f.location): f for f in sakip.audit(doc)}
    assert by[("budget.sum", "/dpa/2020/belanja/langsung/rencana")].expected == "928037500"
    assert by[("percent.recomputed", "/laporan/2020/angka/t339.0124.serapan")].expected == "100.00"
    assert ("capaian.undefined", "/laporan/2020/angka/pd2.S1.I2.hasil") in by
    assert by[("kategori.scale", "/laporan/2020/angka/p331.S1.I3.kategori")].expected == "Sangat Kurang"
    assert by[("percent.recomputed", "/laporan/2020/angka/p334.s1.efisiensi")].expected == "-15.73"
    assert by[("pk.dpa_mismatch", "/pk/2020/camat/program/0/anggaran")].expected == "223188500"
    assert ("amount.ambiguous", "/pk/2020/kasi_trantibum/kegiatan/0/anggaran") in by


def test_methods_on_dokumen(doc):
    assert doc.audit().to_json() == sakip.audit(doc).to_json()
    assert len(doc.audit(year=1999)) < len(doc.audit())  # only the cross-document checks of other years
    ev = doc.evaluate(2020)
    ind = {i["id"]: i for i in ev["indikator"]}
    assert ind["S1.I1"]["capaian"]["value"] == Decimal("103.09")
    assert ind["S1.I2"]["capaian"]["value"] is None
    assert ind["S1.I3"]["capaian"]["value"] == Decimal("41.83")
    assert ind["S1.I3"]["kategori"] == "Sangat Kurang"
    assert ind["S2.I2"]["realisasi"]["value"] == Decimal("50.00")
    prog = {p["kode"]: p for p in ev["program"]}
    assert prog["02"]["serapan"]["value"] == Decimal("96.36")
    assert ev["serapan"]["value"] == Decimal("99.52")
    assert ev["total_rencana"] == Decimal("928037500.00")
    legacy = doc.evaluate(2020, legacy=True)
    s1 = next(s for s in legacy["sasaran"] if s["id"] == "S1")
    assert s1["rata_rata"]["value"] == Decimal("83.77")
    assert s1["efisiensi"]["value"] == Decimal("-15.73")
    assert {i["id"]: i for i in legacy["indikator"]}["S1.I2"]["capaian"]["value"] == Decimal("106.38")


def test_no_float_anywhere(doc):
    def walk(x):
        assert not isinstance(x, float)
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)

    walk(doc.evaluate(2020))


def test_scale_option_and_errors(doc):
    assert sakip.audit(doc, skala="permendagri_86_2017").to_json() != sakip.audit(doc).to_json()
    with pytest.raises(sakip.Error):
        sakip.audit(doc, skala="no_such_scale")
    rules = sakip.audit_rules()
    assert ("pk.dpa_mismatch", "error") in [(r[0], r[1]) for r in rules]
    assert {f.rule for f in sakip.audit(doc)} <= {r[0] for r in rules}


def test_audit_rules_are_documented():
    text = (ROOT / "docs" / "audit.md").read_text(encoding="utf-8")
    for rule, _severity, _desc in sakip.audit_rules():
        assert f"`{rule}`" in text, rule
