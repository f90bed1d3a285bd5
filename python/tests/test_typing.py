"""Type stubs: mypy --strict passes on examples/readme.py and on a small user script
(py.typed and the generated sakip/_core.pyi)."""

from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys
import textwrap

import pytest

import sakip

ROOT = pathlib.Path(__file__).resolve().parents[2]

USER_SCRIPT = textwrap.dedent(
    '''
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
        ev: sakip.frames.Evaluasi = doc.evaluate(2020, legacy=True)
        rows = ev.tabel().to_list()
        return [f"{r['id']}: {r['capaian']}" for r in rows]


    def exact() -> sakip.Decimal:
        h: sakip.Hasil = sakip.capaian(100, 97)
        r = sakip.Rupiah.parse("Rp 88.799.000,-")
        assert h.persen is not None
        print(r.format(), h.status)
        return sakip.percent(85563728, 88799000)


    rows: list[sakip.frames.BarisDpa] = sakip.frames.dpa_from_table({"kode": ["01"], "uraian": ["x"], "pagu": [1]})
    print(serapan_program(sakip.frames.dataset_path(), "02"), exact(), rows[0].pagu.format())
    '''
)


def _mypy() -> list[str]:
    try:
        import mypy  # noqa: F401
    except ImportError:
        pytest.skip("mypy is not installed (scripts/requirements-dev.txt)")
    return [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-version", "3.11"]


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
    cmd = _mypy()
    script = tmp_path / "user_script.py"
    script.write_text(USER_SCRIPT)
    shutil.copy(ROOT / "examples" / "readme.py", tmp_path / "readme.py")
    proc = subprocess.run(
        [*cmd, str(script), str(tmp_path / "readme.py")],
        cwd=tmp_path,  # the installed sakip, not the source tree
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
