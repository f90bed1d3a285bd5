"""Scale and hardening properties (issue 8): generated documents (bench/gen.py) round-trip,
roll-ups are exact at every level, the audit finds every injected error and nothing on a clean
document, and bad input is refused with a message naming where (never a crash)."""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sakip

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import gen

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---------------------------------------------------------------------------------------- documents


@FAST
@given(
    seed=st.integers(0, 10**6),
    n_ind=st.integers(1, 9),
    n_keg=st.integers(1, 12),
    kind=st.sampled_from([None, *gen.ERROR_KINDS]),
)
def test_load_save_identity_on_generated_documents(seed, n_ind, n_keg, kind):
    text = gen.dumps(gen.instansi(seed, seed % 40, n_ind, n_keg, inject=kind).doc)
    doc = sakip.loads(text)
    assert doc.to_json() == text
    assert sakip.loads(doc.to_json()) == doc


def test_generated_documents_match_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    with open(os.path.join(ROOT, "docs", "schema", "sakip.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    for g in gen.kabupaten(seed=3, n_instansi=4, n_indikator=20, n_kegiatan=40, inject_errors=True):
        errors = sorted(validator.iter_errors(g.doc), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_generator_is_deterministic():
    a = [gen.dumps(g.doc) for g in gen.kabupaten(seed=5, n_instansi=3, n_indikator=9, n_kegiatan=12)]
    b = [gen.dumps(g.doc) for g in gen.kabupaten(seed=5, n_instansi=3, n_indikator=9, n_kegiatan=12)]
    assert a == b
    items_a, items_b = gen.line_items(5, 1000, n_instansi=3), gen.line_items(5, 1000, n_instansi=3)
    assert list(items_a["kode"]) == list(items_b["kode"]) and (items_a["pagu_sen"] == items_b["pagu_sen"]).all()


def test_load_kabupaten_directory_and_list(tmp_path):
    docs = gen.kabupaten(seed=2, n_instansi=3, n_indikator=6, n_kegiatan=9, inject_errors=True)
    gen.write_kabupaten(str(tmp_path), docs)
    gen.write_manifest(str(tmp_path), [e for g in docs for e in g.injected])
    loaded = sakip.load_kabupaten(tmp_path)
    assert [d.instansi.nama for d in loaded] == [g.doc["instansi"]["nama"] for g in docs]
    files = sorted(str(p) for p in tmp_path.glob("*.json"))
    assert [d.instansi.nama for d in sakip.load_kabupaten(files)] == [d.instansi.nama for d in loaded]
    # One thread or several: the same documents, in the same order.
    assert [d.to_json() for d in sakip.load_kabupaten(tmp_path, threads=1)] == [d.to_json() for d in loaded]
    assert [d.to_json() for d in sakip.load_kabupaten(files, threads=3)] == [d.to_json() for d in loaded]
    (tmp_path / "broken.json").write_text('{"format": "sakip/1"}', encoding="utf-8")
    errors = []
    for threads in (1, 2):
        with pytest.raises(sakip.LoadError) as err:
            sakip.load_kabupaten(tmp_path, threads=threads)
        errors.append(str(err.value))
    assert "broken.json: " in errors[0]
    assert errors[0] == errors[1]


# ---------------------------------------------------------------------------------------- audit


@pytest.mark.parametrize("seed", [1, 2])
def test_audit_finds_nothing_on_a_clean_generated_document(seed):
    for index in range(3):
        doc = sakip.loads(gen.dumps(gen.instansi(seed, index, 12, 30).doc))
        assert [str(f) for f in sakip.audit(doc)] == []


@pytest.mark.parametrize("kind", list(gen.ERROR_KINDS))
@pytest.mark.parametrize("seed", [1, 7])
def test_audit_finds_every_injected_error(kind, seed):
    g = gen.instansi(seed, 4, 12, 30, inject=kind)
    findings = sakip.audit(sakip.loads(gen.dumps(g.doc)))
    for e in g.injected:
        assert any(f.rule == e.rule and f.location == e.location for f in findings), (e, [str(f) for f in findings])


# ---------------------------------------------------------------------------------------- roll-up

_segment = {
    "instansi": st.sampled_from(["7.01.0.00.0.00.01.0000", "7.01.0.00.0.00.02.0000", "1.02.0.00.0.00.03.0000"]),
    "path": st.tuples(
        st.sampled_from(["1", "7"]),
        st.sampled_from(["01", "02"]),
        st.sampled_from(["01", "03"]),
        st.sampled_from(["1", "2"]),
        st.sampled_from(["01", "14"]),
        st.sampled_from(["0001", "0002"]),
    ),
    "rek": st.sampled_from(["5.1.02.01.01.0024", "5.2.02.05.01.0005"]),
}
_row = st.tuples(
    _segment["instansi"], _segment["path"], _segment["rek"], st.integers(-(2**62), 2**62), st.integers(0, 2**62)
)
_KEY_SEGMENTS = {"program": 3, "kegiatan": 5, "sub_kegiatan": 6}


def _key(org, path, rek, level):
    if level == "instansi":
        return org
    if level == "rekening":
        return f"{org}/{'.'.join(path)}/{rek}"
    return f"{org}/{'.'.join(path[: _KEY_SEGMENTS[level]])}"


@FAST
@given(rows=st.lists(_row, min_size=0, max_size=60))
def test_rollup_totals_equal_the_sum_of_parts_at_every_level(rows):
    codes = [f"{o}/{'.'.join(p)}/{r}" for o, p, r, _, _ in rows]
    pagu = np.array([x for *_, x, _ in rows], dtype=np.int64)
    real = np.array([y for *_, y in rows], dtype=np.int64)
    total = sum(int(x) for x in pagu)
    previous = None
    for level in ("rekening", "sub_kegiatan", "kegiatan", "program", "instansi"):
        res = sakip.rollup(codes, pagu, real, level=level)
        expect = defaultdict(lambda: [0, 0, 0])
        for o, p, r, x, y in rows:
            e = expect[_key(o, p, r, level)]
            e[0] += 1
            e[1] += x
            e[2] += y
        assert list(res["kode"]) == sorted(expect)
        assert [int(v) for v in res["pagu_sen"]] == [expect[k][1] for k in res["kode"]]
        assert [int(v) for v in res["realisasi_sen"]] == [expect[k][2] for k in res["kode"]]
        assert [int(v) for v in res["baris"]] == [expect[k][0] for k in res["kode"]]
        assert sum(int(v) for v in res["pagu_sen"]) == total
        if previous is not None:  # the finer level's groups add up to this level's groups
            coarse = defaultdict(int)
            for k, v in previous:
                parent = next(c for c in res["kode"] if k == c or k.startswith((c + "/", c + ".")))
                coarse[parent] += v
            assert [coarse[k] for k in res["kode"]] == [int(v) for v in res["pagu_sen"]]
        previous = list(zip(res["kode"], (int(v) for v in res["pagu_sen"])))


def test_rollup_input_kinds_agree_and_sums_beyond_int64_are_python_ints():
    items = gen.line_items(3, 5000, n_instansi=4, sub_per_instansi=30)
    kode, pagu = items["kode"], items["pagu_sen"]
    ref = sakip.rollup(list(kode), pagu, level="kegiatan")
    assert set(ref) == {"kode", "baris", "pagu_sen"}
    assert ref["pagu_sen"].dtype == np.int64
    same = sakip.rollup(np.array(list(kode), dtype="S"), pagu, level="kegiatan")
    assert list(same["kode"]) == list(ref["kode"]) and (same["pagu_sen"] == ref["pagu_sen"]).all()
    pa = pytest.importorskip("pyarrow")
    arrow = sakip.rollup(pa.chunked_array([pa.array(kode[:100]), pa.array(kode[100:])]), pagu, level="kegiatan")
    assert list(arrow["kode"]) == list(ref["kode"]) and (arrow["pagu_sen"] == ref["pagu_sen"]).all()
    big = np.full(4, 2**63 - 1, dtype=np.int64)
    res = sakip.rollup(["1.01.01"] * 4, big)
    assert res["pagu_sen"] == [4 * (2**63 - 1)]
    with pytest.raises(TypeError):
        sakip.rollup(["1.01.01"], np.array([1.5]))  # float money is refused


# ---------------------------------------------------------------------------------------- bad input


def test_malformed_line_in_a_million_row_import_names_row_and_column(tmp_path):
    n, bad = 1_000_000, 765_432
    codes = np.array(["7.01.0.00.0.00.15.0000/7.01.01.2.01.0001/5.1.02.01.01.0024"] * n, dtype=object)
    codes[bad] = "7.01.0.00.0.00.15.0000/7.1.01.2.01.0001/5.1.02.01.01.0024"
    with pytest.raises(sakip.ParseError) as err:
        sakip.rollup(codes, np.zeros(n, dtype=np.int64))
    assert err.value.origin == f"row {bad}, column kode" and err.value.offset == 25
    texts = ["1.000,00"] * n
    texts[bad] = "1.000,0x"
    with pytest.raises(sakip.ParseError) as err:
        sakip.parse_amounts(texts)
    assert err.value.origin == f"item {bad}"
    lines = ["kode,uraian,pagu_sen,realisasi_sen"] + ['7.01.01.2.01.0001,"Belanja, ATK",100000,90000'] * n
    lines[bad + 1] = '7.01.01.2.01.0001,"Belanja, ATK",100000,9O000'
    path = tmp_path / "items.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(sakip.ParseError) as err:
        sakip.read_line_items_csv(path)
    assert err.value.origin == f"line {bad + 2}, column realisasi_sen" and err.value.offset == 1
    assert f"line {bad + 2}, column realisasi_sen" in str(err.value)


def test_huge_amounts_raise_the_overflow_error(tmp_path):
    with pytest.raises(sakip.OverflowError):
        sakip.parse_amounts(["Rp 999.999.999.999.999.999,00"])
    with pytest.raises(sakip.OverflowError):
        sakip.rollup(["1.01.01"], np.array([2**63], dtype=np.uint64))
    path = tmp_path / "big.csv"
    path.write_text('kode,pagu\n1.01.01,"Rp 123.456.789.012.345.678.901,00"\n', encoding="utf-8")
    with pytest.raises(sakip.OverflowError, match="line 2, column pagu"):
        sakip.read_line_items_csv(path)
    with pytest.raises(OverflowError):  # the sakip error is also Python's OverflowError
        sakip.Decimal("9" * 39) + sakip.Decimal(1)


def test_deep_json_is_refused_with_a_clear_message():
    with pytest.raises(sakip.LoadError) as err:
        sakip.loads("[" * 10_000 + "]" * 10_000)
    assert "nested deeper than 64 levels" in str(err.value)
    assert err.value.problems[0][1] == "json.limit"


def test_huge_json_is_refused_before_parsing(tmp_path):
    text = '{"format": "sakip/1", "catatan": ["' + "x" * (64 * 1024 * 1024) + '"]}'
    with pytest.raises(sakip.LoadError, match="limit is 67108864"):
        sakip.loads(text)
    path = tmp_path / "huge.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(sakip.LoadError, match="limit is 67108864"):
        sakip.load(path)


@FAST
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash_the_loader(data):
    try:
        sakip.loads(data)
    except sakip.LoadError as e:
        assert e.problems
    except UnicodeDecodeError:
        pass  # bytes that are not UTF-8 are refused by the binding before the loader (a ValueError)


# --- issue 12 item 13: the item of an overflow, directories, FIFOs and unreadable files ----------------------


def test_parse_amounts_names_the_item_of_an_overflow():
    with pytest.raises(
        sakip.OverflowError,
        match=r'^item 2: tidak muat dalam int64 sen .* does not fit in int64 sen .* in "92.233.720.368.547.758,08"',
    ):
        sakip.parse_amounts(["1,00", "2,00", "92.233.720.368.547.758,08"])
    assert sakip.parse_amounts(["92.233.720.368.547.758,07"]).tolist() == [2**63 - 1]


def test_read_line_items_csv_refuses_directories_and_fifos(tmp_path):
    import time

    with pytest.raises(sakip.Error, match="a directory, not a file"):
        sakip.read_line_items_csv(tmp_path)
    fifo = tmp_path / "items.fifo"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(sakip.Error, match=r"not a regular file \(FIFO\)"):
        sakip.read_line_items_csv(fifo)  # it used to block forever waiting for a writer
    assert time.perf_counter() - start < 1
    with pytest.raises(sakip.Error, match=r"not a regular file \(character device\)"):
        sakip.read_line_items_csv("/dev/null")
    with pytest.raises(sakip.Error, match="No such file or directory"):
        sakip.read_line_items_csv(tmp_path / "missing.csv")
    with pytest.raises(ValueError, match="NUL"):
        sakip.read_line_items_csv(str(tmp_path / "a.csv") + "\0junk")


def test_read_line_items_csv_says_why_a_file_cannot_be_read(tmp_path):
    # a regular file whose read fails: the system's reason, not "empty CSV"
    with pytest.raises(sakip.Error, match=r"cannot read /proc/self/mem: (Input/output error|Permission denied)"):
        sakip.read_line_items_csv("/proc/self/mem")
    path = tmp_path / "secret.csv"
    path.write_text("kode,pagu_sen\n1.01.01,5\n", encoding="utf-8")
    # bytes and os.PathLike name the same file (POSIX names are bytes)
    assert sakip.read_line_items_csv(os.fsencode(path))["pagu_sen"].tolist() == [5]
    assert sakip.read_line_items_csv(path)["kode"] == ["1.01.01"]
    os.chmod(path, 0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        with pytest.raises(sakip.Error, match="Permission denied"):
            sakip.read_line_items_csv(path)
    finally:
        os.chmod(path, 0o600)


def test_gen_years_drift_and_stay_clean(tmp_path):
    # bench/gen.py --tahun: one LKjIP per instansi and year; every year is clean (no finding), the
    # structure stays, targets rise a point a year and budgets drift, so trends have something to show.
    docs = gen.kabupaten(seed=4, n_instansi=2, n_indikator=6, n_kegiatan=8, years=(2021, 2022, 2023))
    assert [g.doc["dokumen"]["tahun"] for g in docs] == [2021, 2022, 2023] * 2
    assert gen.dumps(docs[1].doc) == gen.dumps(gen.kabupaten(seed=4, n_instansi=2, n_indikator=6, n_kegiatan=8)[0].doc)
    gen.write_kabupaten(str(tmp_path), docs)
    kab = sakip.Kabupaten.load(tmp_path)
    assert kab.tahun == [2021, 2022, 2023] and len(kab.opd) == 2
    assert all(len(f) == 0 for f in kab.audit())
    targets = [g.doc["renstra"]["indikator"]["S1.I1"]["target"] for g in docs[:3]]
    assert targets[1]["2022"] == f"{int(targets[0]['2021'][:-1]) + 1}%" == f"{int(targets[2]['2023'][:-1]) - 1}%"
    rencana = [r["total_rencana"] for r in kab.rekap()]
    assert len(set(rencana)) == 3  # the budget changes from year to year
