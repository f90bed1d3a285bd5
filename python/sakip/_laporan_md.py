"""``sakip report --format md``: the report (:mod:`sakip._laporan`) as Markdown, for a terminal or a
README. Indicators appear by id and statuses as the engine's words (``Sel.md``); the audit's
findings as counts per rule and the list of errors."""

from __future__ import annotations

from collections.abc import Sequence

from ._laporan import Laporan, Sel, Tabel, teks


def _sel(s: Sel) -> str:
    return s.md if s.md is not None else teks(s)


def markdown_table(kolom: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """A Markdown table (also the CLI's summary of a folder)."""
    out = ["| " + " | ".join(kolom) + " |", "|" + "|".join("---" for _ in kolom) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return out


def _bagian(t: Tabel) -> list[str]:
    out = ["", f"## {t.nomor} {t.judul}", ""]
    out += markdown_table(t.kolom, [[_sel(s) for s in b.sel] for b in t.baris])
    for c in t.catatan:
        out += ["", c]
    return out


def render(lap: Laporan) -> str:
    out = [f"# {lap.judul}", "", lap.pengantar]
    for t in lap.tabel:
        out += _bagian(t)
    out += ["", "## Ringkasan audit", "", lap.ringkasan, ""]
    out += markdown_table(lap.per_aturan.kolom, [[_sel(s) for s in b.sel] for b in lap.per_aturan.baris])
    out += ["", "### Error", ""]
    out += [
        f"- `{r.teks}` {sumber.teks}: {pesan.teks}"
        for t, r, sumber, pesan in (b.sel for b in lap.temuan.baris)
        if t.teks == "error"
    ]
    return "\n".join(out) + "\n"
