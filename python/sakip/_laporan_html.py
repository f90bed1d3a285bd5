"""``sakip report --format html``: the report (:mod:`sakip._laporan`) as one self-contained HTML
file: the style inline, the charts as ``data:`` PNG images; no external CSS, JS or fonts."""

from __future__ import annotations

import base64
import html

from . import _grafik
from ._laporan import Baris, Laporan, Tabel, teks

_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10.5pt;max-width:62em;margin:2em auto;color:#222}
h1{font-size:15pt}h2{font-size:12.5pt;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0;width:100%}
th,td{border:1px solid #888;padding:.2em .45em;vertical-align:top}
th{background:#dde4ee;text-align:center}
td.angka{text-align:right;white-space:nowrap}
tr.jumlah td{font-weight:bold;background:#f2f2f2}
td.tebal{font-weight:bold}
p.catatan{font-size:9pt;color:#555}
figure{margin:1em 0}figure img{max-width:100%}figcaption{font-size:9pt;color:#555}
"""


def _e(x: str) -> str:
    return html.escape(x, quote=True)


def _baris(b: Baris) -> str:
    cells = []
    for s in b.sel:
        cls = ["angka"] if s.angka else []
        if s.tebal:
            cls.append("tebal")
        attr = f' class="{" ".join(cls)}"' if cls else ""
        cells.append(f"<td{attr}>{_e(teks(s))}</td>")
    tr = '<tr class="jumlah">' if b.jumlah else "<tr>"
    return tr + "".join(cells) + "</tr>"


def _tabel(t: Tabel) -> list[str]:
    head = "".join(f"<th>{_e(k)}</th>" for k in t.kolom)
    out = [f"<table><thead><tr>{head}</tr></thead><tbody>"]
    out += [_baris(b) for b in t.baris]
    out.append("</tbody></table>")
    out += [f'<p class="catatan">{_e(c)}</p>' for c in t.catatan]
    return out


def _gambar(g: _grafik.Grafik) -> str:
    src = "data:image/png;base64," + base64.b64encode(g.png).decode("ascii")
    return f'<figure><img src="{src}" alt="{_e(g.judul)}"><figcaption>{_e(g.judul)}</figcaption></figure>'


def render(lap: Laporan) -> str:
    grafik, tanpa = _grafik.untuk(lap)
    out = [
        "<!DOCTYPE html>",
        '<html lang="id"><head><meta charset="utf-8">',
        f"<title>{_e(lap.judul)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(lap.judul)}</h1>",
        f"<p>{_e(lap.pengantar.replace('`', ''))}</p>",
    ]
    if tanpa:
        out.append(f'<p class="catatan">{_e(tanpa)}</p>')
    for t in lap.tabel:
        out.append(f"<h2>{_e(t.nomor)} {_e(t.judul)}</h2>")
        out += _tabel(t)
        out += [_gambar(g) for g in grafik if g.setelah == t.nomor]
    out += ["<h2>Ringkasan audit</h2>", f"<p>{_e(lap.ringkasan)}</p>"]
    out += _tabel(lap.per_aturan)
    out.append(f"<h2>{_e(lap.temuan.judul)}</h2>")
    out += _tabel(lap.temuan)
    out.append("</body></html>")
    return "\n".join(out) + "\n"
