"""The bundled Kajuara 2020 dataset: schema validity, counts and values checked against the seed text.

Uses only the standard library ``json`` and the ``jsonschema`` package, so it runs before (and
independently of) the C++ loader.
"""

from __future__ import annotations

import copy
import json
import pathlib

import jsonschema
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATASET = ROOT / "examples" / "data" / "kajuara-2020.json"
SCHEMA = ROOT / "docs" / "schema" / "sakip.schema.json"


def _no_duplicate_keys(pairs):
    keys = [k for k, _ in pairs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise ValueError(f"duplicate keys: {sorted(dup)}")
    return dict(pairs)


@pytest.fixture(scope="module")
def raw():
    return DATASET.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc(raw):
    return json.loads(raw, object_pairs_hook=_no_duplicate_keys)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _errors(validator, instance):
    return sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))


def test_schema_accepts_dataset(validator, doc):
    errors = _errors(validator, doc)
    assert not errors, "\n".join(f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)


def test_file_is_deterministic_pretty_json(raw, doc):
    assert raw == json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    assert doc["format"] == "sakip/1"


def test_counts(doc):
    renstra = doc["renstra"]
    assert len(renstra["tujuan"]) == 2
    assert len(renstra["sasaran"]) == 2
    assert list(renstra["indikator"]) == ["S1.I1", "S1.I2", "S1.I3", "S2.I1", "S2.I2"]
    programs = doc["dpa"]["2020"]["program"]
    assert len(programs) == 10
    assert sum(len(p["kegiatan"]) for p in programs.values()) == 18
    assert len(doc["pk"]["2020"]) == 9
    assert sorted(doc["iku"]) == sorted(renstra["indikator"])
    assert [m["nomor"] for m in doc["rpjmd"]["misi"]] == [1, 2, 3, 4, 5, 6]


def test_no_json_numbers_for_amounts_or_quantities(doc):
    """Only years, line numbers and ordinal numbers may be JSON numbers."""
    allowed = {"tahun", "awal", "akhir", "nomor", "misi", "baris"}

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    assert k in allowed and isinstance(v, int), f"{path}/{k} is a JSON number"
                walk(v, f"{path}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                assert not isinstance(v, float), f"{path}/{i} is a float"
                walk(v, f"{path}/{i}")

    walk(doc, "")


def test_dpa_values_from_tabel_3_3_9(doc):
    programs = doc["dpa"]["2020"]["program"]
    p02 = programs["02"]
    assert p02["rencana"] == "88.799.000,-"
    assert p02["realisasi"] == "85.563.728,-"
    assert programs["01"]["rencana"] == "223.188.500,-"
    k0124 = programs["01"]["kegiatan"]["0124"]
    assert k0124["rencana"] == k0124["realisasi"] == "61.888.500,-"
    assert programs["80"]["kegiatan"]["80617"]["rencana"] == "314.000.000,-"
    assert programs["20"]["rencana"] == "27.000.000"
    assert programs["20"]["sasaran"] == ["S2"]
    # the ten programs sum to 928.037.500 while the table's JUMLAH says 928.038.000
    total = sum(int(p["rencana"].rstrip(",-").replace(".", "")) for p in programs.values())
    assert total == 928_037_500
    belanja = doc["dpa"]["2020"]["belanja"]
    assert belanja["langsung"]["rencana"] == "928.038.000,-"
    assert belanja["tidak_langsung"]["realisasi"] == "Rp. 12.432.087.104,00"


def test_reported_figures_kept_as_printed(doc):
    angka = doc["laporan"]["2020"]["angka"]
    assert angka["t339.02.serapan"] == {
        "sumber": "Tabel 3.3.9",
        "baris": 1033,
        "ref": "/dpa/2020/program/02",
        "ukuran": "serapan",
        "teks": "96,35",
    }
    assert angka["t339.0124.serapan"]["teks"] == "78,97"
    assert angka["t339.jumlah.rencana"]["teks"] == "928.038.000,-"
    assert angka["t242.02.anggaran"]["teks"] == "88.799.000,00"
    assert angka["t321.S1.I1.capaian"]["teks"] == "103,1%"
    assert angka["t331.S1.I2.capaian"]["teks"] == "106,38%"
    assert angka["t321.S1.I2.capaian"]["teks"] == "106,4%"
    assert angka["p331.S1.I3.kategori"]["teks"] == "Cukup"
    assert angka["p334.s1.efisiensi"]["teks"] == "15,73%"
    assert angka["t331.s1.rata_rata"]["teks"] == "83,77%"
    assert angka["p242.s1.porsi"]["teks"] == "97,09 %"
    assert angka["t241.bl.porsi"]["teks"] == "6.84"
    assert angka["p20.realisasi"]["teks"] == "Rp. 27.00.000,-"
    # contradictions are kept side by side, each with its source
    assert angka["pd1.S1.I1.pembilang"]["teks"] == "4.434"
    assert angka["pd1.S1.I1.input_b"]["teks"] == "4.041"
    assert angka["t337.S2.I2.target_akhir"]["teks"] == "108.69%"
    assert doc["renstra"]["indikator"]["S2.I2"]["target_akhir"] == "100%"
    skala = doc["laporan"]["2020"]["skala"]["tabel_3_1_1"]
    assert [k["kriteria"] for k in skala["kelas"]] == ["Baik Sekali", "Baik", "Cukup", "Kurang", "Sangat Kurang"]
    assert skala["kelas"][1]["interval"] == "76 % ≤ 100 %"


def test_realisasi_inputs(doc):
    r2020 = doc["realisasi"]["2020"]
    assert r2020["S1.I1"]["input"] == {"pelayanan_sesuai_standar": "4434", "permohonan_pelayanan": "4434"}
    assert sum(int(x["jumlah"]) for x in r2020["S1.I1"]["rincian"]["pelayanan_sesuai_standar"]) == 4434
    assert r2020["S1.I2"]["input"] == {"pengaduan_ditindaklanjuti": "0", "pengaduan_masuk": "0"}
    assert r2020["S1.I3"]["input"] == {"usulan_dilaksanakan": "32", "usulan_musrenbang": "90"}
    assert r2020["S2.I1"]["input"] == {"gangguan_ditangani": "30", "gangguan_masuk": "30"}
    assert r2020["S2.I2"]["input"] == {"pelanggaran_perda": "4"}
    assert doc["realisasi"]["2019"]["S2.I2"]["input"] == {"pelanggaran_perda": "8"}
    assert doc["iku"]["S2.I2"]["rumus"] == {"jenis": "penurunan_persen", "input": "pelanggaran_perda"}
    assert doc["renstra"]["indikator"]["S2.I2"]["polaritas"] == "positif"
    assert doc["realisasi"]["2018"]["S1.I3"]["nilai"] == "60%"


def test_pk_values(doc):
    pk = doc["pk"]["2020"]
    camat = pk["camat"]
    assert camat["program"][0]["program"] == "01"
    assert camat["program"][0]["anggaran"] == "212.141.000"
    assert camat["pihak_kedua"]["pejabat"] == "bupati_bone"
    assert "atasan" not in camat
    assert doc["instansi"]["pejabat"]["andi_muhammad_guntur"]["nip"] == "19750919 200604 1 009"
    assert pk["kasi_trantibum"]["kegiatan"][0]["anggaran"] == "27.000,000"
    assert pk["kasi_pelayanan_umum"]["kegiatan"][3]["anggaran"] == "86,347,000"
    assert pk["kasubag_umum"]["kegiatan"][0]["anggaran"] == "13.642.000.-"
    # the cascade can be walked: Kasubag -> Sekretaris Camat -> Camat (-> Bupati as pihak kedua)
    chain, cur = [], "kasubag_umum"
    while cur:
        chain.append(cur)
        cur = pk[cur].get("atasan")
    assert chain == ["kasubag_umum", "sekcam", "camat"]
    for pk_id, p in pk.items():
        if "atasan" in p:
            assert pk[p["atasan"]]["pihak_pertama"]["pejabat"] == p["pihak_kedua"]["pejabat"], pk_id
    basri = [t["nip"] for t in pk["kasi_pelayanan_umum"]["pihak_pertama"]["tanda_tangan"]]
    assert basri == ["19641231 199302 1 012", "19631231 198503 2 087"]


def test_line_references_match_seed(doc):
    seed = ROOT.parent / "shared" / "seed" / "000_8e930b9c32d9268d.txt"
    if not seed.exists():
        pytest.skip("seed text not available")
    lines = seed.read_text(encoding="utf-8").split("\n")
    for key, entry in doc["laporan"]["2020"]["angka"].items():
        line = lines[entry["baris"] - 1].replace("\\%", "%")
        assert entry["teks"] in line, (key, entry["baris"])


def _broken(doc, mutate):
    bad = copy.deepcopy(doc)
    mutate(bad)
    return bad


@pytest.mark.parametrize(
    ("name", "mutate", "pointer"),
    [
        (
            "unknown field",
            lambda d: d["dpa"]["2020"]["program"]["02"].update(pagu="88.799.000"),
            ["dpa", "2020", "program", "02"],
        ),
        (
            "float amount",
            lambda d: d["dpa"]["2020"]["program"]["02"].update(rencana=88799000.0),
            ["dpa", "2020", "program", "02", "rencana"],
        ),
        (
            "integer amount",
            lambda d: d["pk"]["2020"]["camat"]["program"][0].update(anggaran=212141000),
            ["pk", "2020", "camat", "program", 0, "anggaran"],
        ),
        (
            "malformed amount",
            lambda d: d["dpa"]["2020"]["program"]["01"].update(realisasi="Rp 12abc"),
            ["dpa", "2020", "program", "01", "realisasi"],
        ),
        (
            "bad NIP",
            lambda d: d["instansi"]["pejabat"]["ilyas"].update(nip="19670927 199803 1 05"),
            ["instansi", "pejabat", "ilyas", "nip"],
        ),
        ("unknown top-level field", lambda d: d.update(extra={}), []),
        (
            "float target",
            lambda d: d["renstra"]["indikator"]["S1.I1"]["target"].update({"2020": 97.0}),
            ["renstra", "indikator", "S1.I1", "target", "2020"],
        ),
        (
            "bad polaritas",
            lambda d: d["renstra"]["indikator"]["S2.I2"].update(polaritas="menurun"),
            ["renstra", "indikator", "S2.I2", "polaritas"],
        ),
        (
            "porsi without terhadap",
            lambda d: d["laporan"]["2020"]["angka"]["t242.02.porsi"].pop("terhadap"),
            ["laporan", "2020", "angka", "t242.02.porsi"],
        ),
        # rule laporan.ukuran: the ref is of a kind the ukuran is not about
        (
            "serapan of an indicator",
            lambda d: d["laporan"]["2020"]["angka"]["t339.02.serapan"].update(ref="/renstra/indikator/S1.I1"),
            ["laporan", "2020", "angka", "t339.02.serapan", "ref"],
        ),
        (
            "capaian of the document",
            lambda d: d["laporan"]["2020"]["angka"]["t321.S1.I1.capaian"].update(ref=""),
            ["laporan", "2020", "angka", "t321.S1.I1.capaian", "ref"],
        ),
        (
            "capaian of /instansi",
            lambda d: d["laporan"]["2020"]["angka"]["t321.S1.I1.capaian"].update(ref="/instansi"),
            ["laporan", "2020", "angka", "t321.S1.I1.capaian", "ref"],
        ),
        (
            "total_rencana of an indicator",
            lambda d: d["laporan"]["2020"]["angka"]["t339.jumlah.rencana"].update(ref="/renstra/indikator/S1.I1"),
            ["laporan", "2020", "angka", "t339.jumlah.rencana", "ref"],
        ),
        (
            "porsi of the whole of an indicator",
            lambda d: d["laporan"]["2020"]["angka"]["t242.02.porsi"].update(terhadap="/renstra/indikator/S1.I1"),
            ["laporan", "2020", "angka", "t242.02.porsi", "terhadap"],
        ),
    ],
)
def test_schema_rejects_broken_copy(validator, doc, name, mutate, pointer):
    errors = _errors(validator, _broken(doc, mutate))
    assert errors, name
    assert any(list(e.absolute_path)[: len(pointer)] == pointer for e in errors), [
        (list(e.absolute_path), e.message) for e in errors
    ]


# Which kinds of ref each ukuran is about (docs/format.md section 8, rule laporan.ukuran; the same
# table as tests/model/test_json_hardening.cpp checks against the loader).
_REFS = {
    "indikator": "/renstra/indikator/S1.I1",
    "semua_indikator": "/renstra/indikator",
    "sasaran": "/renstra/sasaran/S1",
    "semua_sasaran": "/renstra/sasaran",
    "dpa": "/dpa/2020",
    "semua_program": "/dpa/2020/program",
    "program": "/dpa/2020/program/02",
    "kegiatan": "/dpa/2020/program/02/kegiatan/0210",
    "sub_kegiatan": "/dpa/2020/program/02/kegiatan/0210/sub_kegiatan/1",
    "semua_belanja": "/dpa/2020/belanja",
    "belanja": "/dpa/2020/belanja/langsung",
    "baris_pk": "/pk/2020/camat/program",
    "input": "/realisasi/2020/S1.I3/input/usulan_dilaksanakan",
    "realisasi": "/realisasi/2020/S1.I3",
    "uraian": "/dpa/2020/program/02/uraian",
    "root": "",
    "instansi": "/instansi",
    "periode": "/renstra/periode",
}
_ANGGARAN = {"sasaran", "semua_program", "program", "kegiatan", "sub_kegiatan", "semua_belanja", "belanja"}
_FITS = {
    **{u: {"indikator"} for u in ("target", "realisasi", "kategori", "target_akhir", "kondisi_awal")},
    "capaian": {"indikator", "program", "kegiatan"},
    **{
        u: {"sasaran", "semua_indikator"}
        for u in (
            "rata_rata_capaian",
            "total_capaian",
            "jumlah_kategori",
            "jumlah_indikator",
            "jumlah_indikator_tercapai",
        )
    },
    "efisiensi": {"sasaran"},
    **dict.fromkeys(("serapan", "porsi", "anggaran", "realisasi_anggaran"), _ANGGARAN),
    **{u: _ANGGARAN | {"baris_pk"} for u in ("total_rencana", "total_realisasi")},
    "fisik": {"semua_program", "program"},
    "nilai_input": {"input"},
    "jumlah_sasaran": {"semua_sasaran"},
    **{u: {"dpa", "semua_program"} for u in ("jumlah_program", "jumlah_kegiatan")},
    "jumlah_sub_kegiatan": {"dpa", "semua_program", "program", "kegiatan"},
    **{u: {"indikator"} for u in ("selisih_capaian", "selisih_realisasi", "perubahan_capaian", "perubahan_realisasi")},
    "tahun": {
        "dpa",
        "semua_program",
        "program",
        "kegiatan",
        "sub_kegiatan",
        "semua_belanja",
        "belanja",
        "baris_pk",
        "input",
        "realisasi",
        "uraian",
    },
}


def test_schema_ukuran_fits_ref(validator, doc):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert set(_FITS) == set(schema["$defs"]["ukuran"]["enum"])
    for ukuran, fits in _FITS.items():
        angka = {}
        for kind, ref in _REFS.items():
            a = {"sumber": "T", "ref": ref, "ukuran": ukuran, "teks": "1"}
            if ukuran == "porsi":
                a["terhadap"] = "/dpa/2020/belanja/langsung"
            if ukuran == "jumlah_kategori":
                a["kategori"] = "Baik"
            angka[kind] = a
        bad = copy.deepcopy(doc)
        bad["laporan"]["2020"]["angka"] = angka
        refused = set()
        for e in _errors(validator, bad):
            path = list(e.absolute_path)
            assert path[:3] == ["laporan", "2020", "angka"] and path[4:] == ["ref"], (path, e.message)
            refused.add(path[3])
        assert set(_REFS) - refused == fits, ukuran


def test_schema_reports_every_problem(validator, doc):
    def mutate(d):
        d["dpa"]["2020"]["program"]["02"]["rencana"] = 88799000.5
        d["pk"]["2020"]["camat"]["program"][2]["catatan_lain"] = "x"
        d["instansi"]["pejabat"]["amran"]["nip"] = "1963"

    paths = {tuple(e.absolute_path) for e in _errors(validator, _broken(doc, mutate))}
    assert ("dpa", "2020", "program", "02", "rencana") in paths
    assert ("pk", "2020", "camat", "program", 2) in paths
    assert ("instansi", "pejabat", "amran", "nip") in paths


def test_format_doc_example(validator):
    """The complete example at the end of docs/format.md is valid."""
    text = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    block = text.split("## 13.", 1)[1].split("```json\n", 1)[1].split("\n```", 1)[0]
    example = json.loads(block, object_pairs_hook=_no_duplicate_keys)
    errors = _errors(validator, example)
    assert not errors, [(list(e.absolute_path), e.message) for e in errors]
