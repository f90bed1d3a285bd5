"""Every ```python block of docs/python.md runs, in order, in one namespace."""

from __future__ import annotations

import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "python.md"


def blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE | re.DOTALL)


def test_python_guide_runs(capsys):
    for mod in ("pandas", "pyarrow", "matplotlib"):
        pytest.importorskip(mod)

    code = blocks()
    assert len(code) >= 8
    namespace: dict[str, object] = {"__name__": "docs_python_md"}
    for i, block in enumerate(code):
        exec(compile(block, f"{DOC}:block{i}", "exec"), namespace)
    import matplotlib.pyplot as plt

    plt.close("all")
    out = capsys.readouterr().out
    assert "decimal128(38, 2)" in out and "103.09 R / T × 100" in out
