"""The sakip command line: exit codes, messages, JSON output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sakip.cli import main

ROOT = Path(__file__).resolve().parents[2]
DATA = str(ROOT / "examples" / "data" / "kajuara-2020.json")
GOLDEN = ROOT / "tests" / "golden" / "kajuara-2020.findings.json"


def test_info(capsys):
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("sakip ")
    assert "bundled datasets: kajuara-2020" in out


def test_audit_json_is_the_golden_file(capsys):
    assert main(["audit", DATA, "--json"]) == 1  # Kajuara has error-level findings
    out = capsys.readouterr().out
    assert out == GOLDEN.read_text(encoding="utf-8")
    first = json.loads(out)[0]
    assert set(first) >= {"rule", "severity", "location", "source", "message", "message_en", "reported",
                          "reported_value", "expected", "trace"}


def test_audit_table_and_language(capsys):
    assert main(["audit", "kajuara-2020"]) == 1
    out = capsys.readouterr().out
    assert "pk.dpa_mismatch" in out and "temuan" in out
    assert main(["audit", DATA, "--lang", "en"]) == 1
    assert "findings:" in capsys.readouterr().out


def test_audit_exit_0_without_errors(tmp_path, capsys):
    doc = json.loads(Path(DATA).read_text(encoding="utf-8"))
    doc["laporan"] = {}
    doc["pk"] = {}
    doc["dpa"]["2020"]["belanja"]["langsung"]["rencana"] = "928.037.500"
    p = tmp_path / "clean.json"
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["audit", str(p), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_unusable_input_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "sakip/2"}', encoding="utf-8")
    assert main(["audit", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sakip: cannot load") and "format" in err
    assert "Traceback" not in err
    assert main(["audit", str(tmp_path / "missing.json")]) == 2
    assert main(["audit", DATA, "--skala", "nope"]) == 2
    assert "nope" in capsys.readouterr().err


def test_debug_shows_the_exception(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(Exception):
        main(["--debug", "audit", str(bad)])


def test_report(capsys):
    assert main(["report", DATA]) == 0
    out = capsys.readouterr().out
    assert "| S1.I3 | 85% | 35,56 | 41,83 | Sangat Kurang |" in out
    assert "96,36" in out and "99,52" in out
    assert "Ringkasan audit" in out and "Target akhir" in out
    assert main(["report", DATA, "--legacy"]) == 0
    assert "83,77" in capsys.readouterr().out


def test_capaian(capsys):
    assert main(["capaian", "--target", "97", "--realisasi", "100"]) == 0
    assert "103,09" in capsys.readouterr().out
    assert main(["capaian", "--target", "97", "--realisasi", "100", "--polaritas", "negatif"]) == 0
    assert "96,91" in capsys.readouterr().out
    assert main(["capaian", "--target", "0", "--realisasi", "0"]) == 0
    assert "tidak terdefinisi" in capsys.readouterr().out
    assert main(["capaian", "--target", "abc", "--realisasi", "1"]) == 2


def test_python_m_sakip():
    r = subprocess.run([sys.executable, "-m", "sakip", "audit", DATA, "--json"], capture_output=True, text=True,
                       encoding="utf-8")
    assert r.returncode == 1
    assert r.stdout == GOLDEN.read_text(encoding="utf-8")
