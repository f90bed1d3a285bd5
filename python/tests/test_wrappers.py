"""Python wraps, it does not patch (issue 13): importing sakip sets no attribute on a ``_core``
class, the stubs of ``_core`` name no pandas or pyarrow, and a result has one Python type."""

from __future__ import annotations

import copy
import decimal
import pathlib
import pickle
import subprocess
import sys
import textwrap

import pytest

import sakip
from sakip import _core

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATASET = ROOT / "examples" / "data" / "kajuara-2020.json"

# Loads the compiled module on its own (without sakip/__init__.py), records every class's
# attributes, then imports sakip (which reuses that module) and compares.
_SNAPSHOT = textwrap.dedent(
    """
    import importlib.util, sys
    spec = importlib.util.spec_from_file_location("sakip._core", sys.argv[1])
    core = importlib.util.module_from_spec(spec)
    sys.modules["sakip._core"] = core
    spec.loader.exec_module(core)
    classes = {n: c for n, c in vars(core).items() if isinstance(c, type)}
    before = {n: dict(vars(c)) for n, c in classes.items()}
    import sakip, sakip.frames, sakip.plot, sakip.display, sakip.cli
    from sakip import _core as imported
    assert imported is core, "sakip imported another _core"
    changed = []
    for n, c in classes.items():
        after = dict(vars(c))
        for k in sorted(set(before[n]) | set(after)):
            if before[n].get(k, None) is not after.get(k, None):
                changed.append(f"{n}.{k}")
    print(len(classes), " ".join(changed))
    """
)


def test_importing_sakip_sets_no_attribute_of_a_core_class():
    proc = subprocess.run(
        [sys.executable, "-c", _SNAPSHOT, _core.__file__],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    count, *changed = proc.stdout.split()
    assert int(count) >= 50  # every model, measure and audit class was looked at
    assert changed == []


def test_core_stubs_import_no_python_layer():
    text = (ROOT / "python" / "sakip" / "_core.pyi").read_text(encoding="utf-8")
    imports = [line for line in text.splitlines() if line.startswith(("import ", "from "))]
    assert imports, "no import lines: not the generated stub"
    for line in imports:
        assert "pandas" not in line
        assert "pyarrow" not in line
        assert "sakip.frames" not in line
    assert "to_pandas" not in text  # the views are the wrappers', not the binding's


@pytest.fixture(scope="module")
def doc():
    return sakip.load(DATASET)


def test_evaluate_has_one_type(doc):
    a = sakip.evaluate(doc, 2020)
    b = doc.evaluate(2020)
    assert type(a) is type(b) is sakip.Evaluasi is sakip.frames.Evaluasi
    assert a == b
    # dict-style access keeps working, and the typed properties give the same objects
    assert a["indikator"] is a.indikator
    assert a["indikator"][0]["capaian"]["value"] == decimal.Decimal("103.09")
    assert a.serapan["value"] == decimal.Decimal("99.52")
    assert {p["kode"]: p for p in a.program}["02"]["porsi"]["value"] == decimal.Decimal("9.57")
    # the compiled document gives the same type through the module function
    assert type(sakip.evaluate(doc.core, 2020)) is sakip.Evaluasi


def test_the_typed_rows_name_the_engine_keys(doc):
    from sakip import frames

    ev = doc.evaluate(2020)
    rows = [
        (frames.IndikatorEvaluasi, ev.indikator[0]),
        (frames.SasaranEvaluasi, ev.sasaran[0]),
        (frames.ProgramEvaluasi, ev.program[0]),
        (frames.AnggaranEvaluasi, ev.program[0]["kegiatan"][0]),
        (frames.AnggaranEvaluasi, ev.belanja[0]),
        (frames.HasilEvaluasi, ev.serapan),
        (frames.PkEvaluasi, ev.pk[0]),
        (frames.KaskadeEvaluasi, ev.pk[0]["kaskade"][0]),
        (frames.RincianEvaluasi, ev.indikator[0]["rincian"][0]),
    ]
    for typed, row in rows:
        assert set(typed.__required_keys__) <= set(row), (typed.__name__, set(typed.__required_keys__) - set(row))
    assert isinstance(ev.sasaran[0]["excluded"], int)
    assert ev.sasaran[0]["indikator"] == ["S1.I1", "S1.I2", "S1.I3"]
    # The 12 printed rows of S1.I1's breakdown: 1560 + 1386 + 859 + 393 + 54 + 22 + 7 + 18 + 25 + 10 + 16
    # + 84 = 4434, the recorded input.
    from decimal import Decimal

    assert ev.indikator[0]["rincian"] == [{"input": "pelayanan_sesuai_standar", "baris": 12, "jumlah": Decimal(4434)}]
    assert ev.indikator[1]["rincian"] == []


def test_the_document_is_a_wrapper_that_forwards(doc):
    assert type(doc) is sakip.Dokumen
    assert not isinstance(doc, _core.Dokumen)
    assert isinstance(doc.core, _core.Dokumen)
    assert doc == doc.core
    assert sakip.loads(doc.to_json()) == doc
    camat = doc.find_pk(2020, "camat")
    kasi = doc.find_pk(2020, "kasi_trantibum")
    assert doc.atasan(kasi) == camat  # a model method the wrapper does not name is forwarded
    assert doc.dpa[2020].find_program("02").rencana.value == decimal.Decimal("88799000.00")
    assert isinstance(doc.renstra, sakip.Renstra)
    assert doc.renstra.find_indikator("S1.I3").nama == doc.core.renstra.find_indikator("S1.I3").nama
    assert pickle.loads(pickle.dumps(doc.renstra)) == doc.renstra
    with pytest.raises(AttributeError):
        doc.no_such_field  # noqa: B018
    with pytest.raises(TypeError):
        sakip.Dokumen("not a document")  # type: ignore[arg-type]


def test_findings_wrap_the_compiled_findings(doc):
    findings = doc.audit()
    assert type(findings) is sakip.Findings
    assert type(findings[0]) is sakip.Finding
    assert len(findings) == len(findings.to_list()) == 127
    assert findings.count("error") == sum(f.severity == "error" for f in findings) == 72
    assert [f.rule for f in findings[:2]] == [findings[0].rule, findings[1].rule]
    assert findings[-1] == findings[len(findings) - 1]
    assert copy.deepcopy(findings[3]) == findings[3]
    assert pickle.loads(pickle.dumps(findings)) == findings
    assert findings[0].to_dict()["rule"] == findings[0].rule
    assert sakip.audit(doc.core).to_json() == findings.to_json()


def test_numbers_are_written_by_the_library_formatter(doc):
    from sakip import _tabel

    assert _tabel._fmt_id(decimal.Decimal("88799000.00"), "rupiah") == "88.799.000,00"
    assert _tabel._fmt_id(decimal.Decimal("1234.5"), "rupiah") == "1.234,50"
    assert _tabel._fmt_id(decimal.Decimal("-15.73"), "persen") == "-15,73"
    html = doc.evaluate(2020)._repr_html_()
    assert "99,52 %" in html  # the serapan footer: format_persen
