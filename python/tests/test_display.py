"""Rich display: _repr_html_ of the document, evaluation tables and findings; short repr."""

from __future__ import annotations

import pathlib

import pytest

import sakip

DATASET = pathlib.Path(__file__).resolve().parents[2] / "examples" / "data" / "kajuara-2020.json"


@pytest.fixture(scope="module")
def doc():
    return sakip.load(DATASET)


def test_document_outline(doc):
    h = doc._repr_html_()
    assert "Kecamatan Kajuara" in h and "Renstra Kecamatan Kajuara 2018-2023" in h
    # Renstra -> sasaran -> indicators, in order
    assert h.index("S1") < h.index("S1.I1") < h.index("S1.I3") < h.index("S2.I1")
    assert "2020: 97%" in h and "<script" not in h
    assert repr(doc) == "<sakip.Dokumen Kecamatan Kajuara>"


def test_html_is_escaped(doc):
    t = sakip.frames.TabelTemuan([{"severity": "error", "rule": "x", "message": "<b>&", "message_en": "<i>"}])
    h = t._repr_html_()
    assert "&lt;b&gt;&amp;" in h and "<b>&" not in h


def test_evaluation_html(doc):
    ev = doc.evaluate(2020)
    h = ev._repr_html_()
    assert "103,09" in h and "Sangat Kurang" in h and "undefined" in h and "<table" in h
    assert len(repr(ev)) < 80 and repr(ev) == "<sakip.Evaluasi 2020: 5 indikator>"


def test_findings_html(doc):
    f = doc.audit()
    h = f._repr_html_()
    for colour in sakip.frames.SEVERITY_COLOURS.values():
        assert colour in h
    assert h.count("<tr>") == len(f) + 1
    assert len(repr(f)) < 80
    assert "budget.sum" in f[0]._repr_html_()


def test_budget_html(doc):
    a = doc.anggaran(2020)
    h = a._repr_html_()
    assert "96,36" in h and "88.799.000,00" in h
    assert repr(a) == "<sakip.Anggaran: 28 baris>"
