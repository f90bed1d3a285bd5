"""Type stubs: mypy --strict passes on examples/readme.py, on the analyst script
examples/analis.py and on a small user script (py.typed, the generated sakip/_core.pyi and the
hints of the wrappers), and finds each wrong type in a script of mistakes (which a stub of Any
would let through); the analyst script runs and prints the dataset's figures."""

from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess
import sys
import textwrap

import pytest

import sakip

ROOT = pathlib.Path(__file__).resolve().parents[2]

USER_SCRIPT = textwrap.dedent(
    """
    from __future__ import annotations

    import decimal
    from typing import Optional

    import sakip
    import sakip.frames
    import sakip.plot


    def serapan_program(path: str, kode: str) -> Optional[decimal.Decimal]:
        doc: sakip.Dokumen = sakip.load(path)
        tabel: sakip.frames.Anggaran = doc.anggaran(2020)
        row = tabel.find(kode)
        return None if row is None else row["serapan"]


    def capaian_s1(doc: sakip.Dokumen) -> list[str]:
        ev: sakip.Evaluasi = doc.evaluate(2020, legacy=True)
        rows = ev.tabel().to_list()
        return [f"{r['id']}: {r['capaian']}" for r in rows]


    def exact() -> decimal.Decimal:
        h: sakip.Hasil = sakip.capaian(100, 97)
        r = sakip.Rupiah.parse("Rp 88.799.000,-")
        assert h.persen is not None
        print(r.format(), h.status)
        return sakip.percent(85563728, 88799000)


    def kabupaten(folder: str) -> list[str]:
        kab: sakip.Kabupaten = sakip.Kabupaten.load(folder)
        top = kab.peringkat(2020).to_list()
        serapan: Optional[decimal.Decimal] = kab.rekap().to_list()[0]["serapan"]
        evs: dict[str, sakip.Evaluasi] = kab.evaluate(2020)
        found: list[sakip.Findings] = kab.audit()
        sakip.plot.capaian(evs[kab.opd[0]])
        mean = kab.indikator().to_pandas().sakip.mean("capaian", by="opd")
        print(serapan, len(found), mean)
        return [str(r["opd"]) for r in top]


    rows: list[sakip.frames.BarisDpa] = sakip.frames.dpa_from_table({"kode": ["01"], "uraian": ["x"], "pagu": [1]})
    print(serapan_program(sakip.frames.dataset_path(), "02"), exact(), rows[0].pagu.format())
    """
)


# Each line marked `# E: <code>` is a mistake mypy must report there with that error code, through
# the stubs of sakip._core (numbers, model fields, results) or the wrappers; no other line may fail.
MISTAKES = textwrap.dedent(
    """
    from __future__ import annotations

    import decimal

    import sakip


    def mistakes(doc: sakip.Dokumen, f: float) -> None:
        sakip.percent(f, 100)  # E: arg-type
        sakip.divide(1, 3, places="2")  # E: arg-type
        sakip.Decimal(f)  # E: arg-type
        sakip.Decimal(1) + "1"  # E: operator
        sakip.Rupiah(f)  # E: arg-type
        sakip.capaian(None, [f, f], polaritas="rentang")  # E: list-item
        sakip.kategori(90, skala=2017)  # E: arg-type
        sakip.allocate(sakip.Rupiah(100), [f])  # E: list-item
        nama: int = doc.renstra.tujuan[0].nama  # E: assignment
        target = doc.renstra.indikator[0].target[2020]
        print(target.text)  # E: union-attr
        sasaran: list[int] = doc.renstra.sasaran  # E: assignment
        persen: decimal.Decimal = sakip.capaian(97, 100).persen  # E: assignment
        pk = doc.find_pk(2020, "kepala")
        print(pk.tahun)  # E: union-attr
        trace: dict[str, str] = sakip.serapan(1, 2).trace  # E: assignment
        sakip.rata_rata([f])  # E: list-item
        sakip.format_angka(f)  # E: arg-type
        print(sakip.Decimal(2) * 3 + 1, sakip.terbilang(10), nama, sasaran, persen, trace)
    """
)


def _mypy() -> list[str]:
    try:
        import mypy  # noqa: F401
    except ImportError:
        pytest.skip("mypy is not installed (scripts/requirements-dev.txt)")
    return [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-version", "3.11"]


def _run_mypy(tmp_path: pathlib.Path, scripts: list[pathlib.Path]) -> subprocess.CompletedProcess[str]:
    cmd = _mypy()
    # The sakip this test imports: installed (site-packages, where mypy finds it by itself) or the
    # dev tree of `scripts/dev py` (named by MYPYPATH, as mypy does not read PYTHONPATH). A tree named
    # by MYPYPATH is checked as source: its own findings (a package imports pandas without stubs) are
    # silenced as those of an installed package are, so both ways check the user's scripts only.
    env = dict(os.environ)
    where = pathlib.Path(sakip.__file__).resolve().parent.parent
    if where.name != "site-packages":
        env["MYPYPATH"] = str(pathlib.Path(sakip.__file__).parent.parent)
        config = tmp_path / "mypy.ini"
        config.write_text("[mypy]\n[mypy-sakip,sakip.*]\nignore_errors = True\n")
        cmd = [*cmd, "--config-file", str(config)]
    return subprocess.run(
        [*cmd, *map(str, scripts)],
        cwd=tmp_path,  # not the source tree
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_stub_and_marker_are_installed():
    pkg = pathlib.Path(sakip.__file__).parent
    assert (pkg / "py.typed").is_file(), "py.typed is not installed"
    assert (pkg / "_core.pyi").is_file(), "_core.pyi is not installed"
    assert (ROOT / "python" / "sakip" / "_core.pyi").is_file()


def test_public_functions_have_docstrings():
    import sakip.frames
    import sakip.plot

    missing = []
    for mod in (sakip, sakip.frames, sakip.plot):
        for name in getattr(mod, "__all__", []):
            obj = getattr(mod, name)
            if callable(obj) and not (getattr(obj, "__doc__", None) or "").strip():
                missing.append(f"{mod.__name__}.{name}")
    assert not missing, missing


def test_mypy_strict(tmp_path):
    script = tmp_path / "user_script.py"
    script.write_text(USER_SCRIPT)
    scripts = [script]
    for name in ("readme.py", "analis.py"):
        shutil.copy(ROOT / "examples" / name, tmp_path / name)
        scripts.append(tmp_path / name)
    proc = _run_mypy(tmp_path, scripts)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_finds_wrong_types(tmp_path):
    script = tmp_path / "mistakes.py"
    script.write_text(MISTAKES)
    proc = _run_mypy(tmp_path, [script])
    expected = {}
    for n, line in enumerate(MISTAKES.splitlines(), start=1):
        if "# E: " in line:
            expected[n] = line.split("# E: ")[1].strip()
    assert len(expected) == 16
    found: dict[int, set[str]] = {}
    for line in proc.stdout.splitlines():
        m = re.match(r"mistakes\.py:(\d+): error: .*\[([a-z-]+)\]$", line)
        if m:
            found.setdefault(int(m.group(1)), set()).add(m.group(2))
    assert {n: {code} for n, code in expected.items()} == found, proc.stdout + proc.stderr
    assert proc.returncode == 1


def test_analyst_script_runs():
    pytest.importorskip("pandas", reason="pandas is not installed (pip install sakip[analysis])")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "analis.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Kecamatan Kajuara, LKjIP 2020" in out
    # by hand: S1.I3 = (32/90 × 100) / 85 × 100 = 41,830...; S2.I2 = ((8 − 4)/8 × 100) / 92 × 100 = 54,347...
    assert "di bawah target: S1.I3 capaian 41,83 % (Sangat Kurang)" in out
    assert "di bawah target: S2.I2 capaian 54,35 % (Kurang)" in out
    assert "capaian tidak terdefinisi: S1.I2" in out
    # Σ realisasi 923.554.055 ÷ Σ pagu 928.037.500 × 100 = 99,5169... → 99,52 %
    assert "pagu Rp928.037.500, realisasi Rp923.554.055, serapan 99,52 %" in out
    assert "serapan terendah: 02 Peningkatan sarana dan Prasarana Aparatur 96,36 %" in out
    assert "audit: 127 temuan, 72 error" in out
