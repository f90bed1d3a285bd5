"""examples/notebooks/kajuara-2020.ipynb runs top to bottom (nbclient); its outputs are stripped in git."""

from __future__ import annotations

import json
import pathlib

import pytest

import sakip

ROOT = pathlib.Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "examples" / "notebooks" / "kajuara-2020.ipynb"


def test_outputs_are_stripped():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None


def test_notebook_runs(tmp_path):
    nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (scripts/requirements-dev.txt)")
    nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (scripts/requirements-dev.txt)")
    pytest.importorskip("ipykernel", reason="ipykernel is not installed (scripts/requirements-dev.txt)")
    for mod in ("pandas", "pyarrow", "matplotlib"):
        pytest.importorskip(mod, reason=f"{mod} is not installed (pip install sakip[analysis])")
    sakip.load(ROOT / "examples" / "data" / "kajuara-2020.json")  # the dataset the notebook reads loads
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    pngs = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(pngs) >= 3  # capaian, serapan, tren
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "Kecamatan Kajuara" in html and "temuan" in html
    text = "".join(o.get("text", "") for o in outputs)
    assert "budget.sum" in text and "kategori.scale" in text and "capaian.undefined" in text
    out = tmp_path / "kajuara-2020.executed.ipynb"
    nbformat.write(nb, out)
    print(f"\nexecuted notebook: {out}")


KABUPATEN = ROOT / "examples" / "notebooks" / "kabupaten.ipynb"


def test_kabupaten_notebook_runs(tmp_path):
    """examples/notebooks/kabupaten.ipynb (issue 16): a synthetic kabupaten over 5 years, ranked, its
    trends plotted, DuckDB over the dataset and the Dask aggregation, each checked in the notebook."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    for mod in ("pandas", "pyarrow", "matplotlib", "duckdb", "dask"):
        pytest.importorskip(mod)
    nb = nbformat.read(KABUPATEN, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None  # stripped in git
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    )
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert [o for o in outputs if "image/png" in o.get("data", {})]  # the trend chart
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "peringkat" in html and "2025" in html
