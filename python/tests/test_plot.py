"""sakip.plot renders with the Agg backend; the PNG paths are printed (pytest -s shows them)."""

from __future__ import annotations

import pathlib

import pytest

import sakip

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.axes import Axes

import sakip.plot

DATASET = pathlib.Path(__file__).resolve().parents[2] / "examples" / "data" / "kajuara-2020.json"


@pytest.fixture(scope="module")
def doc():
    return sakip.load(DATASET)


@pytest.fixture(scope="module")
def outdir(tmp_path_factory):
    return tmp_path_factory.mktemp("charts")


def save(ax, path):
    ax.figure.savefig(path, dpi=80)
    plt.close(ax.figure)
    assert path.stat().st_size > 5000 and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"\nPNG: {path}")


def test_capaian(doc, outdir):
    ax = sakip.plot.capaian(doc.evaluate(2020, legacy=True))
    assert isinstance(ax, Axes)
    assert len(ax.patches) == 5 and any(line.get_xdata()[0] == 100 for line in ax.lines)
    colours = {p.get_facecolor() for p in ax.patches}
    assert len(colours) >= 2  # categories coloured by the scale
    # S1.I2 is 0/0 scored 100 % by the legacy policy: its bar alone is hatched and says so.
    assert [p.get_hatch() for p in ax.patches].count("//") == 1
    assert any("0/0 = 100 %, legacy" in t.get_text() for t in ax.texts)
    save(ax, outdir / "capaian-2020.png")
    ax = sakip.plot.capaian(doc.evaluate(2020))  # S1.I2 undefined: no bar, a label
    assert len(ax.patches) == 4
    plt.close(ax.figure)


def test_serapan(doc, outdir):
    ax = sakip.plot.serapan(doc.anggaran(2020))
    assert isinstance(ax, Axes) and len(ax.patches) == 10
    save(ax, outdir / "serapan-2020.png")
    fig, ax2 = plt.subplots()
    assert sakip.plot.serapan(doc.anggaran(2020), ax=ax2, kegiatan=True) is ax2
    assert len(ax2.patches) == 28
    plt.close(fig)


def test_tren(doc, outdir):
    ax = sakip.plot.tren(doc, "S1.I3")
    assert isinstance(ax, Axes)
    labels = [line.get_label() for line in ax.lines]
    assert {"target Renstra", "realisasi", "target akhir", "kondisi awal"} <= set(labels)
    real = next(line for line in ax.lines if line.get_label() == "realisasi")
    assert [int(x) for x in real.get_xdata()] == [2018, 2019, 2020]
    save(ax, outdir / "tren-S1.I3.png")
    with pytest.raises(KeyError):
        sakip.plot.tren(doc, "S9.I9")
