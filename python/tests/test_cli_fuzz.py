"""Hypothesis fuzz of the command line on mutated documents (issue 12).

A valid sakip/1 document is mutated (a value deleted, replaced by an odd value or by another type, a
key renamed, a year key changed), written to a file and given to ``sakip audit`` (table and
``--json``) and ``sakip report`` in-process (``sakip.cli.main``). Whatever the document, the command
must end with exit 0, 1 or 2 and no traceback: exit 2 with a one-line ``sakip:`` message for input it
cannot use, 0/1 with output otherwise. A few runs go through ``python -m sakip`` to check the same
from outside. SAKIP_CLI_FUZZ_EXAMPLES=N sets the number of mutated small documents (default 100).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sakip
from sakip.cli import main

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "fuzz" / "corpus" / "json_load" / "format-example.json"  # 3.5 kB, every section
KAJUARA = ROOT / "examples" / "data" / "kajuara-2020.json"  # the real report, 143 kB

# SAKIP_CLI_FUZZ_EXAMPLES=2000 for a long run; the default keeps the file under ~20 s.
PROFILE = settings(
    max_examples=int(os.environ.get("SAKIP_CLI_FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

ODD_STRINGS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\ud800",
    "\udcff",
    "\u202e",
    "Rp-1",
    "-Rp1",
    "Rp 1.000.000,-",
    "1e40",
    "1E-40",
    "9" * 39,
    "9" * 400,
    "0," + "0" * 37 + "1",
    "0",
    "-0",
    "100%",
    "85 %",
    "NaN",
    "Infinity",
    "1/0",
    "0/0",
    "1.2.3.4.5.6.7",
    "01",
    "0102",
    "2020",
    "1999",
    "99999",
    "../../etc/passwd",
    "%s%n",
    "{}",
    "[]",
    "null",
    "x" * 5000,
    "S1.I1",
    "camat",
    "/renstra/indikator/S1.I1",
    "/",
    "~1",
    "capaian",
    "serapan",
    "porsi",
    "19750919 200604 1 009",
    "2020-02-30",
]
# amounts and figures that load but push the arithmetic: tiny, huge, zero, negative, many digits
EXTREME = [
    "0",
    "0,00",
    "-1",
    "-0,01",
    "0," + "0" * 36 + "1",
    "9" * 38,
    "99.999.999.999.999.999.999.999.999.999.999,99",
    "1" + "0" * 37,
    "0,5",
    "100",
    "1.000,5",
    "Rp 0,-",
    "0 %",
    "1000000000000 %",
    "-100%",
    "1,005",
]
ODD_VALUES: list[Any] = [None, True, False, 0, -1, 1, 2020, 10**40, -(10**40), 1.5, 1e308, [], {}, [None], {"": None}]

scalars = st.one_of(
    st.sampled_from(ODD_STRINGS),
    st.sampled_from(ODD_VALUES),
    st.text(max_size=30),
    st.integers(min_value=-(10**25), max_value=10**25),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(ODD_STRINGS[:30]), inner, max_size=3)
    ),
    max_leaves=6,
)


def _containers(node: Any, path: tuple = ()) -> list[tuple]:
    """Every path to a dict or list in the document."""
    out = [path] if isinstance(node, (dict, list)) and node else []
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for k, v in items:
        out += _containers(v, (*path, k))
    return out


def _text_leaves(node: Any, path: tuple = ()) -> list[tuple]:
    """Every path to a str value (amounts, codes, references, printed figures)."""
    if isinstance(node, str):
        return [path]
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    return [p for k, v in items for p in _text_leaves(v, (*path, k))]


def _at(node: Any, path: tuple) -> Any:
    for k in path:
        node = node[k]
    return node


@st.composite
def mutated(draw: st.DrawFn, base: Any) -> Any:
    doc = json.loads(json.dumps(base))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        leaves = [p for p in _text_leaves(doc) if p != ("format",)]
        if leaves and draw(st.integers(min_value=0, max_value=9)) < 8:
            # most mutations keep the document's shape, so that it loads and the audit runs on odd text
            *where, key = draw(st.sampled_from(leaves))
            _at(doc, tuple(where))[key] = draw(
                st.one_of(st.sampled_from(EXTREME), st.sampled_from(ODD_STRINGS), st.text(max_size=20))
            )
            continue
        paths = _containers(doc)
        if not paths:
            break
        parent = _at(doc, draw(st.sampled_from(paths)))
        keys = list(parent) if isinstance(parent, dict) else list(range(len(parent)))
        key = draw(st.sampled_from(keys))
        op = draw(st.sampled_from(["delete", "replace", "wrap", "rename", "duplicate", "swap_type"]))
        if op == "delete":
            del parent[key]
        elif op == "replace":
            parent[key] = draw(values)
        elif op == "wrap":
            parent[key] = draw(st.sampled_from([[parent[key]], {"x": parent[key]}]))
        elif op == "rename" and isinstance(parent, dict):
            parent[draw(st.sampled_from(ODD_STRINGS[:40]))] = parent.pop(key)
        elif op == "duplicate" and isinstance(parent, list):
            parent.append(json.loads(json.dumps(parent[key])))
        elif op == "swap_type":
            v = parent[key]
            parent[key] = (
                str(v) if not isinstance(v, str) else int(v) if v.lstrip("-").isdigit() and len(v) < 30 else [v]
            )
    return doc


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def _audit_survives_overflow() -> bool:
    """Issue 12 item 4: an overflow inside a measure aborted the whole audit (exit 2). Once the audit
    turns it into a finding, check() also asserts that a document that loads is audited (exit 0/1)."""
    doc = json.loads(SMALL.read_text(encoding="utf-8"))
    doc["realisasi"]["2020"]["S1.I1"]["input"]["permohonan"] = "0," + "0" * 37 + "1"
    try:
        sakip.audit(sakip.loads(json.dumps(doc)))
    except sakip.OverflowError:
        return False
    return True


STRICT = _audit_survives_overflow()


def check(path: str, extra: list[str]) -> None:
    try:
        sakip.load(path)
        loads = True
    except sakip.LoadError:
        loads = False
    for argv in (["audit", path, *extra], ["audit", path, "--json", *extra], ["report", path, *extra]):
        code, out, err = run(argv)  # an exception the CLI does not handle fails the test (a traceback)
        assert code in (0, 1, 2), (argv, code, err)
        assert "Traceback" not in err, (argv, err)
        if STRICT and loads and not extra and argv[0] == "audit":
            assert code in (0, 1), (argv, err)  # every year, the default scale: nothing to refuse
        if code == 2:
            assert err.startswith("sakip: "), (argv, err)
        else:
            assert out and err == "", (argv, err)
            if "--json" in argv:
                json.loads(out)
        if argv[0] == "report":
            assert code in (0, 2), (argv, code, err)


def _write(doc: Any, directory: str) -> str:
    path = os.path.join(directory, "doc.json")
    with open(path, "w", encoding="utf-8") as f:  # ensure_ascii: a lone surrogate travels as \ud800
        json.dump(doc, f)
    return path


BASE_SMALL = json.loads(SMALL.read_text(encoding="utf-8"))
BASE_KAJUARA = json.loads(KAJUARA.read_text(encoding="utf-8"))
OPTIONS = st.lists(
    st.sampled_from(
        [
            ["--legacy"],
            ["--year", "2020"],
            ["--year", "2019"],
            ["--year", "2099"],
            ["--skala", "permendagri_86_2017"],
            ["--skala", "tidak_ada"],
        ]
    ),
    max_size=2,
).map(lambda xs: [a for x in xs for a in x])


@PROFILE
@given(doc=mutated(BASE_SMALL), extra=OPTIONS)
def test_cli_on_mutated_small_documents(doc, extra):
    with tempfile.TemporaryDirectory() as d:
        check(_write(doc, d), extra)


@settings(PROFILE, max_examples=max(5, PROFILE.max_examples // 6))
@given(doc=mutated(BASE_KAJUARA))
def test_cli_on_mutated_kajuara(doc):
    with tempfile.TemporaryDirectory() as d:
        check(_write(doc, d), [])


@settings(PROFILE, max_examples=max(20, PROFILE.max_examples // 2))
@given(
    text=st.one_of(
        st.binary(max_size=200),
        st.sampled_from(
            [
                b"",
                b"{",
                b"[]",
                b"null",
                b'{"format": "sakip/1"}',
                b"\xff\xfe",
                SMALL.read_bytes()[:1000],
                SMALL.read_bytes() + b"\x00garbage{{{",
            ]
        ),
    )
)
def test_cli_on_arbitrary_bytes(text):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "doc.json")
        Path(path).write_bytes(text)
        check(path, [])


NUMBERS = st.one_of(
    st.sampled_from(EXTREME + ODD_STRINGS),
    st.text(max_size=12),
    st.integers(min_value=-(10**45), max_value=10**45).map(str),
)


@settings(PROFILE, max_examples=max(20, PROFILE.max_examples // 2))
@given(
    target=NUMBERS,
    realisasi=NUMBERS,
    places=st.one_of(st.none(), NUMBERS),
    polaritas=st.sampled_from([None, "positif", "negatif", "stabil", "x"]),
    legacy=st.booleans(),
)
def test_cli_capaian_on_arbitrary_arguments(target, realisasi, places, polaritas, legacy):
    argv = ["capaian", f"--target={target}", f"--realisasi={realisasi}"]
    argv += [f"--places={places}"] if places is not None else []
    argv += [f"--polaritas={polaritas}"] if polaritas is not None else []
    argv += ["--legacy"] if legacy else []
    try:
        code, out, err = run(argv)
    except SystemExit as e:  # argparse: a bad option value, with the usage
        assert e.code == 2
        return
    assert code in (0, 2), (argv, err)
    assert "Traceback" not in err
    assert (code == 0 and out.startswith("capaian ")) or err.startswith("sakip: "), (argv, out, err)


@pytest.mark.parametrize(
    "mutation",
    [
        lambda d: d["dpa"]["2020"]["program"]["01"].update(rencana="Rp-1"),
        lambda d: d["realisasi"]["2020"]["S1.I1"]["input"].update(permohonan="0," + "0" * 37 + "1"),
        lambda d: d.update(laporan={"2020": "x"}),
    ],
)
def test_cli_subprocess_on_mutated_documents(mutation, tmp_path):
    doc = json.loads(json.dumps(BASE_SMALL))
    mutation(doc)
    path = _write(doc, str(tmp_path))
    for argv in (["audit", path], ["report", path]):
        r = subprocess.run([sys.executable, "-m", "sakip", *argv], capture_output=True, text=True, timeout=120)
        assert r.returncode in (0, 1, 2), r.stderr
        assert "Traceback" not in r.stderr
        assert r.returncode != 2 or r.stderr.startswith("sakip: ")
