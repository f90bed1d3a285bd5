"""A sakip/1 JSON value to the workbook's grids and back (the sheets of :mod:`sakip._buku`).

A grid is a sheet's cells as rows of Python values (``str``, ``int``, ``float``, ``bool``, dates,
``None``), row 1 the headers. Export writes every value as the JSON holds it (texts stay texts:
``"88.799.000,00"``); import reads the grids back into JSON and keeps, for every value and element it
sets, the cell it came from (``DPA!D14``), so that the loader's problems (JSON Pointers) can be
shown at their cells.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any, NamedTuple, Optional

from . import _core
from ._angka_sel import DIGITS, teks_float
from ._buku import Json, Kolom, Lembar, Tingkat

Grid = list[list[Any]]
FORM_HEADERS = ["kolom", "isi"]


class Masalah(NamedTuple):
    """A problem of the workbook: the cell (``DPA!D14``), its text, the rule and the message, in
    Indonesian (``pesan``) and English (``pesan_en``; empty when ``pesan`` holds both)."""

    sel: str
    teks: str
    aturan: str
    pesan: str
    pesan_en: str = ""

    def to_string(self, english: bool = False) -> str:
        """``DPA!D14 "text": rule: message`` in one language (both when the message has one form)."""
        shown = f' "{self.teks}"' if self.teks else ""
        return f"{self.sel}{shown}: {self.aturan}: {self.pesan_en if english and self.pesan_en else self.pesan}"

    def __str__(self) -> str:
        both = f"{self.pesan} / {self.pesan_en}" if self.pesan_en else self.pesan
        return self._replace(pesan=both, pesan_en="").to_string()


def kolom_huruf(n: int) -> str:
    """The letters of column ``n`` (1-based): 1 → A, 27 → AA."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def sel(lembar: str, row: int, col: int) -> str:
    name = f"'{lembar}'" if " " in lembar else lembar
    return f"{name}!{kolom_huruf(col)}{row}"


def pointer(path: tuple[Any, ...]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


# ---- export -------------------------------------------------------------------------------------


def _cocok(
    value: Json, langkah: tuple[Any, ...], path: tuple[Any, ...], keys: tuple[Any, ...], order: tuple[int, ...]
) -> Iterator[tuple[tuple[Any, ...], tuple[Any, ...], Json, tuple[int, ...]]]:
    """The elements at ``langkah`` under ``value``: (path, key values, element, document order)."""
    if not langkah:
        yield path, keys, value, order
        return
    step, rest = langkah[0], langkah[1:]
    if step[0] == "p":
        if isinstance(value, dict) and step[1] in value:
            i = list(value).index(step[1])
            yield from _cocok(value[step[1]], rest, (*path, step[1]), keys, (*order, i))
    elif step[0] == "*":
        if isinstance(value, dict):
            for i, (k, v) in enumerate(value.items()):
                yield from _cocok(v, rest, (*path, k), (*keys, k), (*order, i))
    elif step[0] == "#":
        if isinstance(value, list):
            for i, v in enumerate(value):
                yield from _cocok(v, rest, (*path, i), (*keys, i + 1), (*order, i))
    elif isinstance(value, dict):  # "|": one of the sibling arrays
        for name in step[1]:
            if name in value:
                yield from _cocok(value[name], rest, (*path, name), (*keys, name), (*order, list(value).index(name)))


def _get(value: Json, path: tuple[str, ...]) -> Json:
    for p in path:
        if not isinstance(value, dict) or p not in value:
            return None
        value = value[p]
    return value


def daftar_teks(items: list[Any]) -> str:
    """A list of plain values as one cell: one item a line; JSON when lines cannot say it exactly
    (an empty list, an empty item, an item with a line break or starting with ``[``, a non-text)."""
    plain = (
        items
        and all(isinstance(x, str) and x and "\n" not in x and "\r" not in x for x in items)
        and not items[0].startswith("[")
    )
    return "\n".join(items) if plain else json.dumps(items, ensure_ascii=False)


def _isi(kolom: Kolom, element: Json) -> Any:
    """The cell value of ``kolom`` for ``element`` (None: absent)."""
    if kolom.bentuk is not None:  # a field of the object form (a target range)
        whole = _get(element, kolom.bentuk)
        return _get(whole, kolom.path[len(kolom.bentuk) :]) if isinstance(whole, dict) else None
    v = _get(element, kolom.path)
    if isinstance(v, dict) and kolom.jenis != "daftar":  # the object form: its fields' columns hold it
        return None
    if kolom.jenis == "daftar" and isinstance(v, list):
        return daftar_teks(v)
    return v


def ke_grid(data: Json, sheets: list[Lembar]) -> dict[str, Grid]:
    """The grids of a parsed sakip/1 document."""
    out: dict[str, Grid] = {}
    for s in sheets:
        if s.form:
            out[s.nama] = [FORM_HEADERS] + [[c.header, _isi(c, data)] for c in s.kolom]
            continue
        rows: list[tuple[tuple[int, ...], list[Any]]] = []
        for t in s.tingkat:
            for _path, keys, element, order in _cocok(data, t.langkah, (), (), ()):
                if s.skalar:
                    element = {"nilai": element}
                row: list[Any] = [None] * len(s.headers)
                for idx, k in zip(t.kunci, keys):
                    row[idx] = k
                for j, c in enumerate(s.kolom, start=len(s.kunci)):
                    if c.header in t.kolom:
                        row[j] = _isi(c, element)
                rows.append((order, row))
        rows.sort(key=lambda r: r[0])  # document order: a program, its kegiatan, their sub kegiatan
        out[s.nama] = [s.headers] + [r for _, r in rows]
    return out


# ---- import -------------------------------------------------------------------------------------


def _kosong(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _teks(v: Any) -> str:
    return v if isinstance(v, str) else "" if v is None else str(v)


class _Pembaca:
    """Reads the grids into a JSON value, collecting every problem."""

    def __init__(self, sheets: list[Lembar]) -> None:
        self.sheets = sheets
        self.data: dict[str, Any] = {"format": "sakip/1"}
        self.sel: dict[str, tuple[str, str]] = {"": ("Dokumen!A1", "")}
        self.masalah: list[Masalah] = []
        self.row_pola = {t.langkah for s in sheets for t in s.tingkat}

    def salah(self, where: str, v: Any, aturan: str, pesan: str) -> None:
        self.masalah.append(Masalah(where, _teks(v), aturan, pesan))

    def nilai(self, k: Kolom, v: Any, where: str) -> Optional[Json]:
        """A cell's JSON value for column ``k`` (None: a problem, reported)."""
        if isinstance(v, bool):
            self.salah(where, v, "buku.jenis", "benar/salah bukan isi yang sah / a boolean is not a value here")
            return None
        if isinstance(v, (dt.datetime, dt.date)):
            if k.jenis == "teks":
                return v.date().isoformat() if isinstance(v, dt.datetime) else v.isoformat()
            self.salah(where, v, "buku.jenis", "tanggal tidak berlaku di sini / a date is not a value here")
            return None
        if k.jenis == "bulat":
            if isinstance(v, int) or (isinstance(v, float) and v.is_integer()):
                return int(v)
            if isinstance(v, str) and re.fullmatch(r"[0-9]+", v.strip()):
                return int(v.strip())
            self.salah(where, v, "buku.bulat", "harus bilangan bulat / must be a whole number")
            return None
        if isinstance(v, str):
            if k.jenis == "daftar":
                return self.daftar(v, where)
            return v
        # a number typed into a cell
        if k.jenis == "angka":
            return self.angka(v, where)
        if k.jenis == "teks" and isinstance(v, int):
            return str(v)
        self.salah(
            where,
            v,
            "buku.teks",
            "harus teks (kode dan pilihan ditulis sebagai teks, mis. '01) / must be text (codes and choices are text)",
        )
        return None

    def angka(self, v: Any, where: str) -> Optional[str]:
        """A number typed into an amount or quantity cell, as text, only if the cell holds it exactly."""
        if isinstance(v, int):
            return str(v)
        text = teks_float(float(v))
        if text is None:
            self.salah(
                where,
                v,
                "buku.angka_tidak_tepat",
                f"angka lembar kerja lebih dari {DIGITS} digit tidak tepat: tulis sebagai teks / a spreadsheet number of more than {DIGITS} digits is not exact: type it as text",
            )
            return None
        if "." not in text:
            return text
        return str(_core.format_angka(_core.Decimal(text)))  # the one formatter: 1234,5 → "1.234,5"

    def daftar(self, v: str, where: str) -> Optional[list[Any]]:
        if not v.startswith("["):
            return v.replace("\r\n", "\n").split("\n")
        try:
            items = json.loads(v)
        except json.JSONDecodeError as exc:
            self.salah(where, v, "buku.daftar", f"daftar JSON tidak sah / not a JSON list: {exc.msg}")
            return None
        if not isinstance(items, list):
            self.salah(where, v, "buku.daftar", "bukan daftar / not a list")
            return None
        return items

    def baca(self, grids: dict[str, Grid]) -> None:
        known = {s.nama for s in self.sheets}
        for name in grids:
            if name not in known and name not in ("Petunjuk", "Daftar"):
                self.salah(f"{name}!A1", name, "buku.lembar", "lembar tidak dikenal / unknown sheet")
        for s in self.sheets:
            grid = grids.get(s.nama)
            if grid:
                (self.form if s.form else self.lembar)(s, grid)

    def form(self, s: Lembar, grid: Grid) -> None:
        by_header = {c.header: c for c in s.kolom}
        seen: dict[str, str] = {}
        for r, row in enumerate(grid[1:], start=2):
            header = row[0] if row else None
            v = row[1] if len(row) > 1 else None
            if _kosong(header) and _kosong(v):
                continue
            here = sel(s.nama, r, 1)
            if not isinstance(header, str) or header not in by_header:
                self.salah(here, header, "buku.kolom", "kolom tidak dikenal / unknown field")
                continue
            if header in seen:
                self.salah(
                    here,
                    header,
                    "buku.kolom_ganda",
                    f"kolom ini juga di {seen[header]} / this field is also at {seen[header]}",
                )
                continue
            seen[header] = here
            if not _kosong(v):
                self.set(by_header[header], (), self.data, v, sel(s.nama, r, 2))

    def set(self, k: Kolom, base: tuple[Any, ...], element: dict[str, Any], v: Any, where: str) -> None:
        value = self.nilai(k, v, where)
        if value is None:
            return
        target = element
        for p in k.path[:-1]:
            child = target.setdefault(p, {})
            if not isinstance(child, dict):  # the value form and the object form both given
                self.salah(where, v, "buku.bentuk", "isi dan rentangnya berdua / both a value and its range")
                return
            target = child
        if k.bentuk is None and isinstance(target.get(k.path[-1]), dict):
            self.salah(where, v, "buku.bentuk", "isi dan rentangnya berdua / both a value and its range")
            return
        target[k.path[-1]] = value
        self.sel[pointer((*base, *k.path))] = (where, _teks(v))

    def lembar(self, s: Lembar, grid: Grid) -> None:
        headers = grid[0] if grid else []
        col: dict[str, int] = {}
        for j, h in enumerate(headers):
            if _kosong(h):
                continue
            here = sel(s.nama, 1, j + 1)
            if h not in s.headers:
                self.salah(here, h, "buku.kolom", "judul kolom tidak dikenal / unknown column header")
            elif h in col:
                self.salah(here, h, "buku.kolom_ganda", "judul kolom dua kali / column header twice")
            else:
                col[h] = j
        levels = {frozenset(t.kunci): t for t in s.tingkat}
        for r, row in enumerate(grid[1:], start=2):
            if all(_kosong(v) for v in row):
                continue
            cell = {h: (row[j] if j < len(row) else None) for h, j in col.items()}
            filled = frozenset(i for i, k in enumerate(s.kunci) if not _kosong(cell.get(k.header)))
            t = levels.get(filled)
            if t is None:
                self.kunci_salah(s, r, filled, col)
                continue
            self.baris(s, t, r, cell, col)

    def kunci_salah(self, s: Lembar, r: int, filled: frozenset[int], col: dict[str, int]) -> None:
        need = min(s.tingkat, key=lambda t: len(set(t.kunci) ^ filled))
        missing = [s.kunci[i].header for i in need.kunci if i not in filled]
        extra = [s.kunci[i].header for i in filled if i not in need.kunci]
        where = (
            sel(s.nama, r, col.get((missing or extra)[0], len(s.kunci)) + 1)
            if (missing or extra)
            else sel(s.nama, r, 1)
        )
        if missing:
            self.salah(where, "", "buku.kunci_kosong", f"kunci kosong / missing key: {', '.join(missing)}")
        else:
            self.salah(
                where,
                "",
                "buku.kunci_lebih",
                f"kunci tidak berlaku bersama / keys that do not go together: {', '.join(extra)}",
            )

    def baris(self, s: Lembar, t: Tingkat, r: int, cell: dict[str, Any], col: dict[str, int]) -> None:
        keys = [(s.kunci[i], cell[s.kunci[i].header], sel(s.nama, r, col[s.kunci[i].header] + 1)) for i in t.kunci]
        node: Any = self.data
        parent: Any = None
        path: tuple[Any, ...] = ()
        keyed = iter(keys)
        steps = t.langkah
        for n, step in enumerate(steps):
            last = n == len(steps) - 1
            row_of_sheet = steps[: n + 1] in self.row_pola  # an element another row must have made
            fresh: Any = [] if steps[n + 1 : n + 2] == (("#",),) else {}
            if step[0] == "p":
                parent, key = node, step[1]
                node = node.setdefault(step[1], fresh)
                path = (*path, step[1])
                continue
            k, v, where = next(keyed)
            if step[0] == "|":
                if not isinstance(v, str) or v not in step[1]:
                    self.salah(where, v, "buku.bagian", f"bukan salah satu dari / not one of: {', '.join(step[1])}")
                    return
                parent, key = node, v
                node = node.setdefault(v, fresh)
            elif step[0] == "#" and not last:  # a parent row's position
                at = int(v) if isinstance(v, int) or (isinstance(v, str) and v.strip().isdigit()) else 0
                if not 1 <= at <= len(node):
                    self.salah(where, v, "buku.induk", "baris induknya tidak ada / no parent row with this position")
                    return
                parent, key = node, at - 1
                node = node[at - 1]
            elif step[0] == "#":
                want = len(node) + 1
                if not (isinstance(v, int) or (isinstance(v, str) and v.strip().isdigit())) or int(v) != want:
                    self.salah(
                        where,
                        v,
                        "buku.urutan",
                        f"urutan harus {want} (baris berurutan 1, 2, …) / position must be {want}",
                    )
                    return
                node.append(fresh)
                parent, key = node, want - 1
                node = node[-1]
            else:  # a member key
                if k.kode and not isinstance(v, str):
                    self.salah(
                        where,
                        v,
                        "buku.kode_angka",
                        "kode/id harus teks, bukan angka (tulis '01) / a code or id must be text, not a number",
                    )
                    return
                key = v if isinstance(v, str) else str(int(v)) if isinstance(v, (int, float)) else _teks(v)
                if last and key in node:
                    other = self.sel[pointer((*path, key))][0]
                    self.salah(
                        where, v, "buku.kunci_ganda", f"kunci ini sudah ada di {other} / this key is already at {other}"
                    )
                    return
                if not last and row_of_sheet and key not in node:
                    self.salah(where, v, "buku.induk", "baris induknya tidak ada / no parent row with this key")
                    return
                parent = node
                node = node.setdefault(key, fresh)
            path = (*path, key)
        self.sel[pointer(path)] = keys[-1][2], _teks(keys[-1][1])
        for h in t.kolom:
            if h in cell and not _kosong(cell[h]):
                kol = next(c for c in s.kolom if c.header == h)
                self.set(kol, path, node, cell[h], sel(s.nama, r, col[h] + 1))
        key_headers = {x.header for x in s.kunci}
        for h, j in col.items():
            if h not in t.kolom and h not in key_headers and not _kosong(cell[h]):
                self.salah(
                    sel(s.nama, r, j + 1),
                    cell[h],
                    "buku.kolom_tingkat",
                    "kolom ini tidak berlaku untuk tingkat baris ini / this column does not apply at this row's level",
                )
        if s.skalar and "nilai" in node:  # a sheet of plain values: the element is its value
            parent[key] = node["nilai"]


def dari_grid(
    grids: dict[str, Grid], sheets: list[Lembar]
) -> tuple[dict[str, Any], dict[str, tuple[str, str]], list[Masalah]]:
    """The JSON value of the grids, the cell (and its text) of each pointer set, and the problems."""
    p = _Pembaca(sheets)
    p.baca(grids)
    return p.data, p.sel, p.masalah


def sel_dari_pointer(ptr: str, cells: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """The cell of a JSON Pointer: its own or its nearest parent's."""
    while ptr not in cells:
        ptr = ptr.rsplit("/", 1)[0] if "/" in ptr else ""
    return cells[ptr]
