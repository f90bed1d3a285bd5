"""The workbook form of a sakip/1 document, derived from the JSON Schema (no openpyxl here).

The schema (``docs/schema/sakip.schema.json``, generated from the C++ model's field descriptions)
decides the sheets and columns, so that a field added to the model appears in the workbook without a
change here:

* a collection of objects (an object keyed by id, kode or year; an array of objects) is a sheet, one
  row per element; its key columns are the keys from the document root down to the element;
* a collection nested in an element and keyed like it (a program's kegiatan by kode, a kegiatan's
  sub kegiatan) is a deeper level of the same sheet (the key columns it fills say its level);
  sibling arrays of the same kind (a PK's program, kegiatan and sub kegiatan rows) share a sheet and a
  ``bagian`` column saying which array a row is in;
* a collection of plain values (a Renstra indicator's target per year, a realisasi's inputs) is a
  sheet with its keys and one ``nilai`` column;
* the fields of an element's nested objects (``periode``, ``belanja``, ``rumus``, a target range) are
  columns of the element's row (``periode awal``); a list of plain values is one cell, one item a line;
* the top-level objects (dokumen, instansi, rpjmd, renstra) are form sheets: one row per field.

What the schema cannot say is in the two tables below: the sheets' names and the key column of
collections that the schema names by a bare type (``/realisasi/<tahun>/<id>``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Optional

Json = Any  # a parsed JSON value
Schema = dict[str, Any]

#: Sheet names, by the schema path of the sheet's (first) collection ("*" is a key, "#" an index).
NAMA_LEMBAR: dict[str, str] = {
    "": "Dokumen",
    "/dokumen/tanda_tangan/#": "Tanda tangan",
    "/instansi": "Instansi",
    "/instansi/unit/*": "Unit",
    "/instansi/pejabat/*": "Pejabat",
    "/rpjmd": "RPJMD",
    "/rpjmd/misi/#": "Misi",
    "/rpjmd/misi_didukung/#": "Misi didukung",
    "/renstra": "Renstra",
    "/renstra/tujuan/*": "Tujuan",
    "/renstra/tujuan/*/varian/#": "Tujuan varian",
    "/renstra/sasaran/*": "Sasaran",
    "/renstra/sasaran/*/varian/#": "Sasaran varian",
    "/renstra/indikator/*": "Indikator",
    "/renstra/indikator/*/target/*": "Target",
    "/renstra/indikator/*/varian/#": "Indikator varian",
    "/iku/*": "IKU",
    "/iku/*/input/*": "IKU input",
    "/iku/*/rumus_tertulis/#": "IKU rumus tertulis",
    "/dpa/*": "DPA tahun",
    "/dpa/*/program/*": "DPA",
    "/dpa/*/program/*/varian/#": "DPA varian",
    "/pk/*/*": "PK",
    "/pk/*/*/pihak_pertama/tanda_tangan/#": "PK tanda tangan 1",
    "/pk/*/*/pihak_kedua/tanda_tangan/#": "PK tanda tangan 2",
    "/pk/*/*/sasaran/#": "PK sasaran",
    "/pk/*/*/sasaran/#/indikator/#": "PK indikator",
    "/pk/*/*/program/#": "PK anggaran",
    "/realisasi/*/*": "Realisasi",
    "/realisasi/*/*/input/*": "Realisasi input",
    "/realisasi/*/*/rincian/*/#": "Realisasi rincian",
    "/laporan/*/skala/*": "Skala",
    "/laporan/*/skala/*/kelas/#": "Skala kelas",
    "/laporan/*/angka/*": "Laporan angka",
    "/pohon_kinerja/*": "Pohon kinerja",
    "/pohon_kinerja/*/program/#": "Pohon kinerja program",
}
#: Key columns the schema names only by a type (an ``id``): what the key is.
NAMA_KUNCI: dict[str, str] = {
    "/realisasi/*/*": "indikator",
    "/pk/*/*": "pk",
    "/realisasi/*/*/rincian/*": "input",
}


@dataclass(frozen=True)
class Kolom:
    """A value column: the field at ``path`` inside the row's element."""

    header: str
    path: tuple[str, ...]
    jenis: str  # teks, kode, bulat, angka, pilihan, daftar
    deskripsi: str = ""
    pilihan: tuple[str, ...] = ()
    #: for a column of a ``oneOf`` value and object (a target and its range): the value's column, set
    #: when this column is a field of the object form
    bentuk: Optional[tuple[str, ...]] = None


@dataclass(frozen=True)
class Kunci:
    """A key column: a member name (``map``), a 1-based position (``urut``) or a choice of sibling
    arrays (``bagian``)."""

    header: str
    jenis: str  # map, urut, bagian
    kode: bool = False  # the key is a kode or id: text, never a number
    pilihan: tuple[str, ...] = ()
    deskripsi: str = ""


# A step of a path from the root to an element: ("p", name) a member, ("*",) a key, ("#",) an index,
# ("|", names) one of the sibling members.
Langkah = tuple[Any, ...]


@dataclass
class Tingkat:
    """One level of a sheet: the path of its elements and the columns its rows may fill."""

    langkah: tuple[Langkah, ...]
    kunci: tuple[int, ...]  # the key columns its rows fill (indices into Lembar.kunci)
    kolom: frozenset[str]


@dataclass
class Lembar:
    """A sheet: its key and value columns and its levels."""

    nama: str
    deskripsi: str
    form: bool = False
    skalar: bool = False  # its elements are plain values (a target), held in its "nilai" column
    kunci: list[Kunci] = field(default_factory=list)
    kolom: list[Kolom] = field(default_factory=list)
    tingkat: list[Tingkat] = field(default_factory=list)

    @property
    def headers(self) -> list[str]:
        return [k.header for k in self.kunci] + [k.header for k in self.kolom]


def schema_path() -> Path:
    """The schema file: shipped in the package (``sakip/sakip.schema.json``), else the source tree's."""
    shipped = resources.files("sakip") / "sakip.schema.json"
    if shipped.is_file():
        return Path(str(shipped))
    return Path(os.path.realpath(__file__)).parents[2] / "docs" / "schema" / "sakip.schema.json"


def load_schema() -> Schema:
    with schema_path().open(encoding="utf-8") as f:
        return json.load(f)  # type: ignore[no-any-return]


def _pola(langkah: tuple[Langkah, ...]) -> str:
    out = []
    for s in langkah:
        out.append("/" + (s[1] if s[0] == "p" else s[1][0] if s[0] == "|" else s[0]))
    return "".join(out)


def _manusia(name: str) -> str:
    return name.replace("_", " ")


class _Penurun:
    """Walks the schema and builds the sheets."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.lembar: list[Lembar] = []

    def resolve(self, node: Schema) -> Schema:
        while "$ref" in node:
            ref = node["$ref"].rsplit("/", 1)[-1]
            extra = {k: v for k, v in node.items() if k != "$ref"}
            node = {**self.schema["$defs"][ref], "_def": ref, **extra}
        return node

    def def_name(self, node: Schema) -> str:
        return str(node.get("$ref", "").rsplit("/", 1)[-1])

    def struktur(self, node: Schema) -> Optional[dict[str, Schema]]:
        """The properties of an object node (a oneOf of objects: their union; allOf: the first)."""
        node = self.resolve(node)
        if "allOf" in node:
            return self.struktur(node["allOf"][0])
        if "oneOf" in node and all("properties" in self.resolve(n) for n in node["oneOf"]):
            props: dict[str, Schema] = {}
            for n in node["oneOf"]:
                for k, v in self.resolve(n)["properties"].items():
                    if (k in props and "enum" in props[k] | v) or "const" in v:
                        vals = list(props.get(k, {}).get("enum", [])) + list(v.get("enum", [v.get("const")]))
                        v = {"enum": list(dict.fromkeys(x for x in vals if x is not None))}
                    props[k] = v
            return props
        if node.get("type") == "object" and "properties" in node:
            return dict(node["properties"])
        return None

    def skalar(self, node: Schema) -> Optional[tuple[str, tuple[str, ...]]]:
        """(jenis, pilihan) of a plain value node, else None."""
        node = self.resolve(node)
        d = node.get("_def", "")
        if "properties" in node or "allOf" in node:
            return None
        if "enum" in node or "const" in node:
            return "pilihan", tuple(node.get("enum", [node.get("const")]))
        if "anyOf" in node:  # besaran_tercatat: a quantity or a "not available" text
            return "angka", ()
        if d in ("rupiah", "besaran"):
            return "angka", ()
        if node.get("type") == "integer":
            return "bulat", ()
        if node.get("type") == "string":
            return ("kode" if d in ("id", "kode", "pk_id", "input_name", "nip") else "teks"), ()
        return None

    def kolom(self, props: dict[str, Schema], prefix: tuple[str, ...], out: list[Kolom], anak: list[Any]) -> None:
        """The columns of an element's fields; collections go to ``anak`` (name, node)."""
        for name, raw in props.items():
            node = self.resolve(raw)
            path = (*prefix, name)
            header = " ".join(_manusia(p) for p in path)
            desc = str(raw.get("description", node.get("description", "")))
            sk = self.skalar(node)
            if sk is not None:
                out.append(Kolom(header, path, sk[0], desc, sk[1]))
                continue
            if "oneOf" in node and self.struktur(node) is None:  # a value or an object (a target range)
                value = next(n for n in node["oneOf"] if self.skalar(n) is not None)
                obj = next(n for n in node["oneOf"] if self.skalar(n) is None)
                jenis, pilihan = self.skalar(value) or ("teks", ())
                out.append(Kolom(header, path, jenis, desc, pilihan))
                for k, v in (self.struktur(obj) or {}).items():
                    vj = self.skalar(v) or ("teks", ())
                    out.append(
                        Kolom(f"{header} {_manusia(k)}", (*path, k), vj[0], str(v.get("description", "")), bentuk=path)
                    )
                continue
            if node.get("type") == "array" and self.skalar(node["items"]) is not None:
                out.append(Kolom(header, path, "daftar", desc))
                continue
            sub = self.struktur(node)
            if sub is not None:
                self.kolom(sub, path, out, anak)
                continue
            anak.append((path, raw))

    def koleksi(
        self, node: Schema, induk: list[Tingkat], kunci: list[Kunci], rel: tuple[Langkah, ...], nama: str, desc: str
    ) -> None:
        """The sheet of the collection ``node`` at ``rel`` under each level of ``induk`` (its key columns
        follow the parent's ``kunci``)."""
        node = self.resolve(node)
        own = len(kunci)
        if node.get("type") == "array":
            kunci = [*kunci, Kunci(f"no {_manusia(nama)}", "urut", deskripsi=URUT)]
            step: Langkah = ("#",)
            item = node["items"]
        else:
            pola = _pola((*induk[0].langkah, *rel, ("*",)))
            key_def = self.def_name(node.get("propertyNames", {}))
            header = "tahun" if key_def == "tahun_key" else NAMA_KUNCI.get(pola, nama)
            kunci = [*kunci, Kunci(_manusia(header), "map", kode=key_def != "tahun_key", deskripsi=desc)]
            step = ("*",)
            item = node["additionalProperties"]
        levels = [Tingkat((*t.langkah, *rel, step), (*t.kunci, own), frozenset()) for t in induk]
        r = self.resolve(item)
        if (r.get("type") == "object" and "additionalProperties" in r and "properties" not in r) or (
            r.get("type") == "array" and self.skalar(r["items"]) is None
        ):  # a collection of collections (/pk/<tahun>/<id>, a realisasi's rincian lines by input)
            self.koleksi(r, levels, kunci, (), "baris" if r.get("type") == "array" else nama, desc)
            return
        self.lembar_baru(item, levels, kunci, desc)

    def lembar_baru(self, item: Schema, levels: list[Tingkat], kunci: list[Kunci], desc: str) -> None:
        r = self.resolve(item)
        skalar = self.skalar(r) is not None or ("oneOf" in r and self.struktur(r) is None)
        if skalar:
            props: dict[str, Schema] = {"nilai": {**item, "description": desc}}
        else:
            props = self.struktur(r) or {}
        pola = _pola(levels[0].langkah)
        lembar = Lembar(NAMA_LEMBAR.get(pola, pola.strip("/")), r.get("description", desc), kunci=list(kunci))
        lembar.skalar = skalar
        self.lembar.append(lembar)
        anak: list[tuple[Tingkat, tuple[str, ...], Schema]] = []
        while True:
            cols: list[Kolom] = []
            found: list[Any] = []
            self.kolom(props, (), cols, found)
            known = {c.header for c in lembar.kolom}
            lembar.kolom += [c for c in cols if c.header not in known]
            levels = [Tingkat(t.langkah, t.kunci, frozenset(c.header for c in cols)) for t in levels]
            lembar.tingkat += levels
            deeper = None
            for path, raw in found:
                node = self.resolve(raw)
                if (
                    len(path) == 1
                    and lembar.kunci[-1].kode
                    and self.def_name(node.get("propertyNames", {})) == "kode"
                    and self.struktur(node["additionalProperties"]) is not None
                ):
                    deeper = (path[0], raw, node)
                else:
                    anak += [(t, path, raw) for t in levels]
            if deeper is None:
                break
            name, raw, node = deeper  # a deeper level of this sheet: a program's kegiatan by kode
            lembar.kunci.append(Kunci(_manusia(name), "map", kode=True, deskripsi=raw.get("description", "")))
            idx = len(lembar.kunci) - 1
            levels = [Tingkat((*t.langkah, ("p", name), ("*",)), (*t.kunci, idx), frozenset()) for t in levels]
            props = self.struktur(node["additionalProperties"]) or {}
        cols_h = {c.header for c in lembar.kolom}
        top = next((x[1] for x in lembar.tingkat[0].langkah if x[0] == "p"), "")
        lembar.kunci = [  # a key named like a field (a figure's "tahun"): "tahun laporan"
            replace(k, header=f"{k.header} {_manusia(top)}") if k.header in cols_h else k for k in lembar.kunci
        ]
        if not lembar.kolom:  # nothing but collections (laporan of a year): implied by its children's rows
            self.lembar.remove(lembar)
        self.anak(lembar, anak)

    def anak(self, lembar: Lembar, anak: list[tuple[Tingkat, tuple[str, ...], Schema]]) -> None:
        """The child sheets of ``lembar``: one per relative path, with a level per parent level;
        sibling arrays of one kind share a sheet."""
        groups: dict[tuple[str, ...], list[tuple[Tingkat, Schema]]] = {}
        for t, path, raw in anak:
            groups.setdefault(path, []).append((t, raw))
        kinds: dict[str, list[tuple[str, ...]]] = {}
        for path, items in groups.items():
            node = self.resolve(items[0][1])
            if len(path) == 1 and node.get("type") == "array":
                kinds.setdefault(self.def_name(node["items"]), []).append(path)
        done: set[tuple[str, ...]] = set()
        for path, items in groups.items():
            if path in done:
                continue
            raw = items[0][1]
            node = self.resolve(raw)
            induk = [t for t, _ in items]
            siblings = kinds.get(self.def_name(node.get("items", {})), []) if node.get("type") == "array" else []
            if len(siblings) > 1:
                done.update(siblings)
                names = tuple(p[0] for p in siblings)
                own = len(lembar.kunci)
                kunci = [
                    *lembar.kunci,
                    Kunci("bagian", "bagian", pilihan=names, deskripsi="daftar mana / which list: " + ", ".join(names)),
                    Kunci("no", "urut", deskripsi=URUT),
                ]
                levels = [
                    Tingkat((*t.langkah, ("|", names), ("#",)), (*t.kunci, own, own + 1), frozenset()) for t in induk
                ]
                self.lembar_baru(node["items"], levels, kunci, raw.get("description", ""))
                continue
            rel = tuple(("p", p) for p in path)
            self.koleksi(raw, induk, list(lembar.kunci), rel, path[-1], raw.get("description", ""))


URUT = "urutan 1, 2, … / position 1, 2, …"


def _form_lembar(p: _Penurun) -> None:
    """The root's fields: a form sheet per top-level object, the rest of its leaves in "Dokumen"."""
    root = p.schema
    cols: list[Kolom] = []
    anak: list[Any] = []
    p.kolom({k: v for k, v in root["properties"].items() if k != "format"}, (), cols, anak)
    groups: dict[str, list[Kolom]] = {}
    for c in cols:
        top = c.path[0] if len(c.path) > 1 else ""
        groups.setdefault(NAMA_LEMBAR.get("/" + top if top else "", NAMA_LEMBAR[""]), []).append(c)
    for nama, kolom in groups.items():
        top = kolom[0].path[0] if len(kolom[0].path) > 1 else ""
        desc = root["properties"][top]["description"] if top else root.get("description", "")
        t = Tingkat((), (), frozenset(c.header for c in kolom))
        p.lembar.append(Lembar(nama, desc, form=True, kolom=kolom, tingkat=[t]))
    root_level = Tingkat((), (), frozenset())
    for path, raw in anak:
        p.koleksi(raw, [root_level], [], tuple(("p", x) for x in path), path[-1], raw.get("description", ""))


def lembar_dari_schema(schema: Optional[Schema] = None) -> list[Lembar]:
    """The workbook's sheets, in order (parents before children)."""
    p = _Penurun(schema if schema is not None else load_schema())
    _form_lembar(p)
    names = [s.nama for s in p.lembar]
    p.lembar.sort(key=lambda s: 0 if s.form else 1)
    dup = {n for n in names if names.count(n) > 1}
    assert not dup, f"sheet names twice: {dup}"
    for s in p.lembar:
        assert len(s.nama) <= 31, s.nama
        hs = s.headers
        assert len(hs) == len(set(hs)), (s.nama, hs)
    return p.lembar
