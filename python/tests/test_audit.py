"""sakip.audit / sakip.evaluate / Dokumen.audit / Dokumen.evaluate over the bundled dataset."""

from __future__ import annotations

import json
import signal
import time
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
    assert f.lapisan == "hitung_ulang"
    assert set(f.to_dict()) == {
        "rule",
        "severity",
        "lapisan",
        "location",
        "source",
        "message",
        "message_en",
        "reported",
        "reported_value",
        "expected",
        "trace",
    }


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
    assert len(doc.audit(year=2019)) < len(doc.audit())  # a year without a laporan, DPA or PK: nothing to check
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
    # The rule table of docs/audit.md is the registry's Markdown, between its markers.
    begin = text.index("<!-- rules:begin")
    table = text[text.index("\n", begin) + 1 : text.index("<!-- rules:end -->")]
    assert table == sakip._core.audit_rules_markdown()


def test_audit_rules_cli(capsys):
    from sakip import cli

    assert cli.main(["audit", "--rules", "--json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert [r["rule"] for r in rules] == [r[0] for r in sakip.audit_rules()]
    pct = next(r for r in rules if r["rule"] == "percent.truncated")
    assert pct["severity"] == "warning"
    assert pct["ukuran"] == [
        "realisasi",
        "capaian",
        "rata_rata_capaian",
        "total_capaian",
        "selisih_*",
        "perubahan_*",
        "efisiensi",
        "serapan",
        "porsi",
        "fisik",
    ]
    assert pct["deskripsi"].startswith("persentase tercetak yang dipotong")
    assert cli.main(["audit", "--rules", "--format", "md"]) == 0
    assert capsys.readouterr().out == sakip._core.audit_rules_markdown()
    assert cli.main(["audit", "--rules", "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 * len(rules)
    assert out[0].split() == ["amount.ambiguous", "warning", "realisasi,", *out[0].split()[3:]]
    assert "(documents)" in next(line for line in out if line.startswith("pk.dpa_mismatch"))
    assert cli.main(["audit"]) == 2  # no FILE and no --rules
    assert "FILE is required" in capsys.readouterr().err


# ---- issue 12 ----------------------------------------------------------------------------------


def test_a_year_the_document_does_not_report_is_an_error(doc):
    years = "2018, 2019, 2020"  # the years of its realisasi and laporan
    for call in (
        lambda: sakip.evaluate(doc, 1800),
        lambda: doc.evaluate(-1),
        lambda: sakip.audit(doc, year=1999),
        lambda: doc.audit(year=1800),
    ):
        with pytest.raises(sakip.Error) as e:
            call()
        assert "tidak dilaporkan" in str(e.value) and "is not reported" in str(e.value)
        assert years in str(e.value)
    with pytest.raises(sakip.Error, match="year 1800 is not reported"):
        sakip.evaluate(doc, 1800)
    assert sakip.evaluate(doc, 2019)["tahun"] == 2019


def _tiny_denominator():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    data["realisasi"]["2020"]["S1.I1"]["input"]["permohonan_pelayanan"] = "0.00000000000000000000000000000000000001"
    return sakip.loads(json.dumps(data))


def test_an_overflowing_measure_is_an_undefined_figure_with_a_finding():
    doc = _tiny_denominator()
    ev = sakip.evaluate(doc, 2020)
    ind = {i["id"]: i for i in ev["indikator"]}
    assert ind["S1.I1"]["realisasi"]["value"] is None
    assert ind["S1.I1"]["capaian"]["value"] is None
    assert [m["pointer"] for m in ev["masalah"]] == ["/realisasi/2020/S1.I1/input"]
    assert "38" in ev["masalah"][0]["message"] and "cannot be computed" in ev["masalah"][0]["message_en"]
    findings = sakip.audit(doc)
    bad = [f for f in findings if f.rule == "input.incomputable"]
    assert [(f.severity, f.location) for f in bad] == [("error", "/realisasi/2020/S1.I1/input")]
    assert "realisasi S1.I1 2020 tidak dapat dihitung" in bad[0].message
    # The other figures are still audited: everything else of the golden audit is there.
    golden = {(f["rule"], f["location"]) for f in json.loads(GOLDEN.read_text(encoding="utf-8"))}
    assert len(golden - {(f.rule, f.location) for f in findings}) < 10


def pk_chain(n: int) -> str:
    """A sakip/1 document whose PKs form one chain of depth n (pk0 <- pk1 <- ...), each with program 01
    (Rp100.000.000) and its kegiatan 0102 and 0103 (60 + 40 juta): consistent, no finding. The complexity
    benchmark of issue 12 (audit at n and 8n) can use it."""
    pejabat = {
        "bupati": {"nama": "BUPATI CONTOH", "jabatan": "Bupati Contoh", "instansi": "Pemkab Contoh"},
        "camat": {"nama": "NAMA CAMAT", "jabatan": "Camat Contoh"},
    }
    pk = {}
    for i in range(n):
        p = {
            "pihak_pertama": {"pejabat": "camat"},
            "pihak_kedua": {"pejabat": "bupati"},
            "program": [{"nomor": 1, "uraian": "Program satu", "program": "01", "anggaran": "100.000.000"}],
            "kegiatan": [
                {"nomor": 1, "uraian": "Kegiatan dua", "program": "01", "kegiatan": "0102", "anggaran": "60.000.000"},
                {"nomor": 2, "uraian": "Kegiatan tiga", "program": "01", "kegiatan": "0103", "anggaran": "40.000.000"},
            ],
        }
        if i:
            p["atasan"] = f"pk{i - 1}"
        pk[f"pk{i}"] = p
    kegiatan = {
        "0102": {"uraian": "Kegiatan dua", "rencana": "60.000.000"},
        "0103": {"uraian": "Kegiatan tiga", "rencana": "40.000.000"},
    }
    doc = {
        "format": "sakip/1",
        "instansi": {"nama": "Kecamatan Contoh", "pemda": "Pemkab Contoh", "pejabat": pejabat},
        "renstra": {"periode": {"awal": 2018, "akhir": 2023}, "tujuan": {}, "sasaran": {}, "indikator": {}},
        "dpa": {
            "2020": {
                "skema_kode": "permendagri_13_2006",
                "program": {"01": {"uraian": "Program satu", "rencana": "100.000.000", "kegiatan": kegiatan}},
            }
        },
        "pk": {"2020": pk},
        "realisasi": {"2020": {}},
        "laporan": {"2020": {"angka": {}}},
    }
    return json.dumps(doc)


class _Alarm(Exception):
    pass


def _raise_alarm(signum, frame):
    raise _Alarm()


def test_a_deep_pk_chain_is_audited_at_once():
    # Depth 1200: 5 s or more before the cascade was indexed (cubic; the alarm could not stop it either),
    # now milliseconds. (Safe points themselves: tests/audit/test_hardening.cpp, with a counting hook.)
    text = pk_chain(1200)
    text = text.replace(
        '"pk1": {"pihak_pertama": {"pejabat": "camat"}, "pihak_kedua": {"pejabat": "bupati"}, '
        '"program": [{"nomor": 1, "uraian": "Program satu", "program": "01", "anggaran": '
        '"100.000.000"}], "kegiatan": [{"nomor": 1, "uraian": "Kegiatan dua", "program": "01", '
        '"kegiatan": "0102", "anggaran": "60.000.000"}',
        '"pk1": {"pihak_pertama": {"pejabat": "camat"}, "pihak_kedua": {"pejabat": "bupati"}, '
        '"program": [{"nomor": 1, "uraian": "Program satu", "program": "01", "anggaran": '
        '"100.000.000"}], "kegiatan": [{"nomor": 1, "uraian": "Kegiatan dua", "program": "01", '
        '"kegiatan": "0102", "anggaran": "61.000.000"}',
        1,
    )
    doc = sakip.loads(text)
    old = signal.signal(signal.SIGALRM, _raise_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, 2.0)
        start = time.monotonic()
        findings = sakip.audit(doc)
        elapsed = time.monotonic() - start
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert elapsed < 2.0
    cascade = [f for f in findings if f.rule == "pk.cascade_sum"]
    assert [(f.location, f.expected) for f in cascade] == [("/pk/2020/pk0/program/0/anggaran", "101000000")]
    assert cascade[0].trace == "Σ pk1/kegiatan/0 61000000 + pk1/kegiatan/1 40000000 = 101000000"
    # The sums are the evaluation's: one checked amount per PK with a PK below it, its terms not kept.
    pks = doc.evaluate(2020).pk
    assert [len(p["kaskade"]) for p in pks] == [1] * 1199 + [0]
    assert pks[0]["kaskade"][0] == {
        "level": 0,
        "tabel": "program",
        "baris": 0,
        "kode": "01",
        "pointer": "/pk/2020/pk0/program/0/anggaran",
        "jumlah": Decimal("101000000.00"),
        "alasan": "",
        "n": 2,
        "ambiguous": 0,
    }
    assert pks[1]["kaskade"][0]["jumlah"] == Decimal("100000000.00")
