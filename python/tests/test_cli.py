"""The sakip command line: exit codes, messages, JSON output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import sakip
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
    assert set(first) >= {
        "rule",
        "severity",
        "location",
        "source",
        "message",
        "message_en",
        "reported",
        "reported_value",
        "expected",
        "trace",
    }


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
    assert err.startswith("sakip: tidak dapat memuat") and 'format "sakip/2" bukan "sakip/1"' in err
    assert "Traceback" not in err
    assert main(["--lang", "en", "audit", str(bad)]) == 2  # --lang before or after the command
    err = capsys.readouterr().err
    assert err.startswith("sakip: cannot load") and 'format "sakip/2" is not "sakip/1"' in err
    assert main(["report", str(bad), "--lang", "en"]) == 2
    assert 'format.version: format "sakip/2" is not "sakip/1"' in capsys.readouterr().err
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
    r = subprocess.run(
        [sys.executable, "-m", "sakip", "audit", DATA, "--json"], capture_output=True, text=True, encoding="utf-8"
    )
    assert r.returncode == 1
    assert r.stdout == GOLDEN.read_text(encoding="utf-8")


# ---- a closed standard output (issue 12 item 5) ---------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["audit", DATA],
        ["audit", DATA, "--json"],
        ["report", DATA],
        ["info"],
        ["capaian", "--target", "1", "--realisasi", "1"],
        ["--help"],
    ],
    ids=["audit", "audit-json", "report", "info", "capaian", "help"],
)
def test_closed_stdout_is_quiet(argv):
    # the reader goes away before sakip writes (`sakip audit FILE | true`): no message, exit 141
    p = subprocess.Popen([sys.executable, "-m", "sakip", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()
    err = p.stderr.read().decode("utf-8", "replace")
    # (argparse itself ignores a failed write of --help and exits 0)
    assert p.wait(timeout=60) == (0 if argv == ["--help"] else 141), err
    assert err == ""


def test_reader_that_stops_early():
    # `sakip audit FILE | head -c1`: whatever the timing, the exit is the audit's or 141, never a message
    p = subprocess.Popen([sys.executable, "-m", "sakip", "audit", DATA], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout.read(1) == b"e"
    p.stdout.close()
    err = p.stderr.read().decode("utf-8", "replace")
    assert p.wait(timeout=60) in (1, 141) and err == ""


def test_broken_pipe_in_process(monkeypatch, capsys):
    class Closed:
        def write(self, _text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", Closed())
    assert main(["audit", DATA]) == 141
    assert capsys.readouterr().err == ""


# ---- file names and arguments (issue 12 items 6, 9, 13) -------------------------------------------


def test_file_name_that_is_not_utf8(tmp_path, capsys):
    name = str(tmp_path / os.fsdecode(b"bad\xff.json"))
    Path(name).write_bytes(Path(DATA).read_bytes())
    assert main(["audit", name, "--json"]) == 1
    assert capsys.readouterr().out == GOLDEN.read_text(encoding="utf-8")
    missing = str(tmp_path / os.fsdecode(b"missing\xff.json"))
    assert main(["audit", missing]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sakip: tidak dapat memuat ") and "missing\\xff.json" in err and "Traceback" not in err
    r = subprocess.run([sys.executable, "-m", "sakip", "audit", os.fsencode(missing)], capture_output=True)
    assert r.returncode == 2 and b"missing\\xff.json" in r.stderr and b"Traceback" not in r.stderr


def test_file_name_with_nul(capsys):
    assert main(["audit", DATA + "\x00junk"]) == 2
    err = capsys.readouterr().err
    assert "NUL byte" in err and "kajuara-2020.json\\x00junk" in err


def usage_error(argv, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    err = capsys.readouterr().err
    assert e.value.code == 2
    assert err.startswith("usage: sakip") and "incompatible function arguments" not in err
    return err


@pytest.mark.parametrize("command", ["audit", "report"])
def test_year_is_checked_by_the_parser(command, capsys):
    for year in ("99999999999999999999", "-1", "0", "1899", "2100", "10000000000000"):
        err = usage_error([command, DATA, "--year", year], capsys)
        assert f"argument --year: tahun {year} di luar 1900-2099 / year {year} is outside 1900-2099" in err
    for year in ("abc", "2020.0", "1_999", "", "٢٠٢٠"):
        err = usage_error([command, DATA, "--year", year], capsys)
        assert f'year must be an integer, not "{year}"' in err
    assert main([command, DATA, "--year", " 2020 "]) in (0, 1)


def test_places_and_text_options_are_checked_by_the_parser(capsys):
    base = ["capaian", "--target", "97", "--realisasi", "100"]
    for places in ("99999999999", "-1", "39", "x"):
        err = usage_error([*base, "--places", places], capsys)
        assert "argument --places:" in err
    assert main([*base, "--places", "38"]) == 2  # in range, but the result needs more than 38 digits
    assert "38 significant digits" in capsys.readouterr().err
    assert main([*base, "--places", "0"]) == 0
    assert "capaian 103 %" in capsys.readouterr().out
    bad = os.fsdecode(b"x\xff")  # a command-line word that is not UTF-8
    for argv in (
        ["audit", DATA, "--skala", bad],
        ["report", DATA, "--skala", bad],
        ["capaian", "--target", bad, "--realisasi", "1"],
        ["capaian", "--target", "1", "--realisasi", bad],
    ):
        assert 'not UTF-8 text: "x\\xff"' in usage_error(argv, capsys)


def test_absurd_values_of_every_option_are_one_line_errors(capsys):
    base = ["capaian", "--target", "97", "--realisasi", "100"]
    for argv in (
        ["capaian", "--target", "1e999999999", "--realisasi", "1"],
        ["capaian", "--target", "9" * 5000, "--realisasi", "1"],
        ["capaian", "--target", "-5", "--realisasi", "1"],
        [*base[:2], "", "--realisasi", "1"],
        ["audit", DATA, "--skala", "x" * 10000],
        ["audit", ""],
        ["audit", "/"],
        ["report", "/dev/null"],
    ):
        assert main(argv) in (0, 2), argv
        err = capsys.readouterr().err
        assert "Traceback" not in err and "incompatible function arguments" not in err


def test_year_the_document_lacks(capsys):
    try:
        sakip.audit(sakip.load(DATA), year=1999)
    except sakip.Error:
        pass
    else:
        pytest.skip("the engine does not refuse a year the document lacks yet (issue 12 item 9, engine side)")
    for command in ("audit", "report"):
        assert main([command, DATA, "--year", "1999"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("sakip: error:") and "1999" in err and "2020" in err and "Traceback" not in err


def test_engine_error_is_exit_2(monkeypatch, capsys):
    def refuse(*_args, **_kwargs):
        raise sakip.Error("tidak ada laporan tahun 1999 / no report for 1999; the document has 2020")

    monkeypatch.setattr(sakip, "audit", refuse)
    monkeypatch.setattr(sakip, "evaluate", refuse)
    for command in ("audit", "report"):
        assert main([command, DATA, "--year", "1999"]) == 2
        assert capsys.readouterr().err == (
            "sakip: error: tidak ada laporan tahun 1999 / no report for 1999; the document has 2020\n"
        )


def test_ctrl_c_is_one_line_and_exit_130(monkeypatch, capsys):
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(sakip, "audit", interrupted)
    assert main(["audit", DATA]) == 130
    assert capsys.readouterr().err == "sakip: dihentikan oleh pengguna / interrupted by the user\n"
    with pytest.raises(KeyboardInterrupt):
        main(["--debug", "audit", DATA])


def test_stdout_closed_from_the_start():
    # `sakip audit FILE >&-`: Python has no sys.stdout; a one-line write error, not an AttributeError
    r = subprocess.run(
        [sys.executable, "-m", "sakip", "audit", DATA],
        stdout=None,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),
        text=True,
    )
    assert r.returncode == 2
    assert r.stderr == "sakip: error: keluaran standar tertutup / standard output is closed\n"


def test_a_file_that_is_not_a_workbook_is_one_message(tmp_path, capsys):
    # A CSV renamed .xlsx, or an empty download: exit 2 naming the file, not openpyxl's traceback.
    pytest.importorskip("openpyxl")
    bad = tmp_path / "bukan.xlsx"
    bad.write_text("kode;uraian\n1;x\n", encoding="utf-8")
    assert main(["import", str(bad), "-o", str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err
    assert "bukan.xlsx bukan buku kerja .xlsx yang dapat dibaca" in err and "is not a readable .xlsx workbook" in err
    assert "Traceback" not in err
    assert main(["import-dpa", str(bad), "--tahun", "2021", "-o", str(tmp_path / "y.json")]) == 2
    assert "is not a readable .xlsx workbook" in capsys.readouterr().err


def test_workbook_problems_in_the_language_of_lang(tmp_path, capsys):
    pytest.importorskip("openpyxl")
    import openpyxl

    form = tmp_path / "form.xlsx"
    assert main(["template", str(form), "--contoh", "kajuara-2020"]) == 0
    wb = openpyxl.load_workbook(form)
    wb["Instansi"]["B2"] = None  # the instansi's nama, a required field
    wb.save(form)
    out = str(tmp_path / "out.json")
    assert main(["import", str(form), "-o", out]) == 2
    err = capsys.readouterr().err
    assert 'isian wajib "nama" tidak ada' in err and "missing required field" not in err
    assert main(["import", str(form), "-o", out, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert 'missing required field "nama"' in err and "isian wajib" not in err
