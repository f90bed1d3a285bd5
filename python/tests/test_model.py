"""The document model from Python: sakip.load / sakip.loads / to_json and sakip.LoadError."""

from __future__ import annotations

import decimal
import json
import os
import pathlib

import pytest

import sakip

DATASET = pathlib.Path(__file__).resolve().parents[2] / "examples" / "data" / "kajuara-2020.json"


@pytest.fixture(scope="module")
def doc():
    return sakip.load(DATASET)


def test_counts(doc):
    assert doc.format == "sakip/1"
    assert doc.instansi.nama == "Kecamatan Kajuara"
    assert len(doc.renstra.tujuan) == 2
    assert len(doc.renstra.sasaran) == 2
    assert len(doc.renstra.indikator) == 5
    dpa = doc.dpa[2020]
    assert len(dpa) == 10
    assert dpa.jumlah_kegiatan == 18
    assert sum(len(p) for p in dpa) == 18
    assert len(doc.pk[2020]) == 9
    assert len(doc.laporan[2020]) == 292


def test_values(doc):
    p02 = doc.dpa[2020].find_program("02")
    assert p02.rencana.text == "88.799.000,-"
    assert p02.rencana.value == decimal.Decimal(88799000)
    assert isinstance(p02.realisasi.value, decimal.Decimal)
    assert [str(k.kode) for k in p02] == ["0210", "0222", "0224"]
    assert p02.kode == sakip.Kode("02")
    ind = doc.renstra.find_indikator("S1.I3")
    assert ind.polaritas == "positif"
    assert ind.target[2020].text == "85%"
    assert ind.target[2020].value == decimal.Decimal(85)
    assert ind.target[2020].satuan == "%"
    iku = doc.find_iku("S1.I3")
    assert iku.rumus.jenis == "rasio"
    assert iku.rumus.inputs == ["usulan_dilaksanakan", "usulan_musrenbang"]
    r = doc.find_realisasi(2020, "S1.I3")
    assert {k: v.value for k, v in r.input.items()} == {
        "usulan_dilaksanakan": decimal.Decimal(32),
        "usulan_musrenbang": decimal.Decimal(90),
    }
    guntur = doc.instansi.find_pejabat("andi_muhammad_guntur")
    assert guntur.nip.text == "19750919 200604 1 009"
    assert guntur.nip.nip.tahun_lahir == 1975


def test_ambiguous_amounts_keep_text_and_notes(doc):
    a86 = doc.find_pk(2020, "kasi_pelayanan_umum").kegiatan[3].anggaran
    assert (a86.text, a86.value) == ("86,347,000", decimal.Decimal(86347000))
    assert "english_grouping" in a86.notes
    a27 = doc.find_pk(2020, "kasi_trantibum").kegiatan[0].anggaran
    assert (a27.text, a27.value) == ("27.000,000", decimal.Decimal(27000))
    assert a27.has_note("ambiguous_separator")


def test_reported_figures(doc):
    lap = doc.laporan[2020]
    serapan = [a for a in lap.angka_tentang("/dpa/2020/program/02") if a.ukuran == "serapan"]
    assert any(a.teks == "96,35" and a.nilai == decimal.Decimal("96.35") for a in serapan)
    assert lap.skala[0].kelas[2].kriteria == "Cukup"


def test_cascade(doc):
    kasubag = doc.find_pk(2020, "kasubag_umum")
    assert [p.id for p in doc.rantai_atasan(kasubag)] == ["kasubag_umum", "sekcam", "camat"]
    camat = doc.find_pk(2020, "camat")
    assert doc.atasan(camat) is None
    assert len(doc.bawahan(camat)) == 7


def test_round_trip(doc):
    text = DATASET.read_text(encoding="utf-8")
    assert doc.to_json() == text
    again = sakip.loads(doc.to_json())
    assert again == doc
    assert again.to_json() == text
    assert sakip.loads(text.encode("utf-8")) == doc


def test_broken_copy_lists_every_problem():
    data = json.loads(DATASET.read_text(encoding="utf-8"))
    data["instansi"]["pagu"] = "1"
    data["instansi"]["pejabat"]["ilyas"]["nip"] = "19671327 199803 1 005"
    data["dpa"]["2020"]["program"]["02"]["rencana"] = 88799000.5
    data["dpa"]["2020"]["program"]["02"]["realisasi"] = "27.00.000"
    data["pk"]["2020"]["sekcam"]["atasan"] = "camt"
    with pytest.raises(sakip.LoadError) as info:
        sakip.loads(json.dumps(data, ensure_ascii=False))
    err = info.value
    assert isinstance(err, sakip.Error)
    assert isinstance(err, ValueError)
    assert [(p.pointer, p.rule) for p in err.problems] == [
        ("/instansi/pejabat/ilyas/nip", "value.nip"),
        ("/instansi/pagu", "schema.unknown_field"),
        ("/dpa/2020/program/02/rencana", "schema.type"),
        ("/dpa/2020/program/02/realisasi", "value.amount"),
        ("/pk/2020/sekcam/atasan", "ref.pk"),
    ]
    assert "not a JSON number" in err.problems[2].message_en
    # Each problem in Indonesian (message) and English (message_en), as a finding; str() gives both.
    pk = err.problems[4]
    assert isinstance(pk, sakip.LoadProblem)
    assert pk.message == 'tidak ada PK "camt" pada tahun 2020'
    assert pk.message_en == 'no PK "camt" in year 2020'
    assert pk.to_string(english=True) == '/pk/2020/sekcam/atasan: ref.pk: no PK "camt" in year 2020'
    assert tuple(pk) == ("/pk/2020/sekcam/atasan", "ref.pk", pk.message, pk.message_en) and pk[1] == "ref.pk"
    assert '/pk/2020/sekcam/atasan: ref.pk: tidak ada PK "camt" pada tahun 2020 / no PK "camt" in year 2020' in str(err)


def test_syntax_and_limits():
    with pytest.raises(sakip.LoadError) as info:
        sakip.loads('{"format": ')
    assert info.value.problems[0][1] == "json.syntax"
    with pytest.raises(sakip.LoadError) as info:
        sakip.loads("[" * 65 + "]" * 65)
    assert info.value.problems[0][1] == "json.limit"
    with pytest.raises(sakip.LoadError):
        sakip.load("/nonexistent/sakip.json")


def test_nip_and_kode():
    n = sakip.Nip("197509192006041009")
    assert str(n) == "19750919 200604 1 009"
    assert n.jenis_kelamin == 1
    with pytest.raises(sakip.ParseError):
        sakip.Nip("19751319 200604 1 009")
    k = sakip.Kode("1.1.1.02.1.1")
    assert k.str == "1.01.01.2.01.0001"
    assert k.level == "sub_kegiatan"
    assert k.parent == sakip.Kode("1.01.01.2.01")
    assert k.is_under(sakip.Kode("1.01.01"))
    assert sakip.Kode("80617").is_under(sakip.Kode("80"))
    assert sakip.Kode("0102").level is None


def test_loads_invalid_utf8_is_a_load_error():
    # The byte string is not UTF-8: a LoadError naming the byte, not a UnicodeDecodeError.
    with pytest.raises(sakip.LoadError) as err:
        sakip.loads(b'{"format": "sakip\xff"}')
    assert err.value.problems[0][1] == "json.syntax"
    assert "\\xff" in str(err.value)


def test_loads_accepts_str_and_contiguous_bytes_only():
    text = DATASET.read_text(encoding="utf-8")
    ref = sakip.loads(text)
    raw = text.encode("utf-8")
    assert sakip.loads(bytearray(raw)) == ref
    assert sakip.loads(memoryview(raw)) == ref
    assert sakip.loads(memoryview(b"  " + raw)[2:]) == ref  # a contiguous slice
    for bad, name in ((None, "NoneType"), (42, "int"), ([text], "list")):
        with pytest.raises(TypeError, match=f"must be str, bytes, bytearray or memoryview, not {name}"):
            sakip.loads(bad)
    with pytest.raises(TypeError, match="not contiguous"):
        sakip.loads(memoryview(raw)[::2])
    import array

    with pytest.raises(TypeError, match="itemsize 1"):
        sakip.loads(memoryview(array.array("i", [1, 2])))
    with pytest.raises(TypeError):
        sakip.loads(text, origin=None)


def test_loads_lone_surrogate_is_a_load_error_naming_the_position():
    with pytest.raises(sakip.LoadError) as err:
        sakip.loads('{"format": "sakip/1\ud800"}', origin="x\udcff.json")
    assert isinstance(err.value, ValueError)
    ((pointer, rule, message, message_en),) = err.value.problems
    assert (pointer, rule) == ("", "json.syntax")
    assert "surrogate tunggal U+D800 pada posisi 19" in message
    assert "lone surrogate U+D800 at position 19" in message_en
    assert err.value.origin == "x\\udcff.json"


def test_load_takes_str_bytes_and_pathlike_names_even_not_utf8(tmp_path):
    ref = sakip.load(DATASET)
    name = tmp_path / os.fsdecode(b"bad\xff.json")  # a POSIX file name that is not UTF-8
    name.write_bytes(DATASET.read_bytes())
    assert sakip.load(name) == ref
    assert sakip.load(str(name)) == ref
    assert sakip.load(os.fsencode(name)) == ref
    with pytest.raises(sakip.LoadError) as err:
        sakip.load(tmp_path / os.fsdecode(b"missing\xff.json"))
    assert "missing\\xff.json" in str(err.value)
    out = tmp_path / os.fsdecode(b"out\xfe.json")
    ref.save(os.fsencode(out))
    assert out.read_bytes() == DATASET.read_bytes()
    with pytest.raises(TypeError, match="NoneType"):
        sakip.load(None)


def test_load_refuses_a_name_with_a_nul_byte(tmp_path):
    good = tmp_path / "doc.json"
    good.write_bytes(DATASET.read_bytes())
    for name in (str(good) + "\x00junk", os.fsencode(good) + b"\x00junk"):
        with pytest.raises(sakip.Error, match=r"NUL byte: \".*doc\.json\\x00junk\""):
            sakip.load(name)
    with pytest.raises(sakip.Error, match="NUL"):
        sakip.load(DATASET).save(str(tmp_path / "x.json") + "\x00")


def test_other_file_apis_take_the_same_names(tmp_path):
    # load_kabupaten and read_line_items_csv: str, bytes, PathLike; NUL refused; never a failed cast
    good = tmp_path / "doc.json"
    good.write_bytes(DATASET.read_bytes())
    odd = tmp_path / os.fsdecode(b"odd\xff")  # a name that is not UTF-8 opens like any other
    odd.mkdir()
    (odd / "doc.json").write_bytes(DATASET.read_bytes())
    for arg in (os.fsencode(good), [os.fsencode(good)], [good], os.fsencode(tmp_path), odd, [odd / "doc.json"]):
        (d,) = sakip.load_kabupaten(arg, threads=1)
        assert d.instansi.nama == "Kecamatan Kajuara"
    csv = tmp_path / "items.csv"
    csv.write_text("kode,uraian,pagu_sen\n1.01.01,a,150\n", encoding="utf-8")
    assert list(sakip.read_line_items_csv(os.fsencode(csv))["pagu_sen"]) == [150]
    for call in (lambda n: sakip.load_kabupaten([n]), sakip.load_kabupaten, sakip.read_line_items_csv):
        with pytest.raises(sakip.Error, match=r'NUL byte: ".*doc\.json\\x00junk"'):
            call(str(good) + "\x00junk")
        with pytest.raises(sakip.Error, match=r"bad\\xff\.json"):  # opened by its bytes: not there
            call(tmp_path / os.fsdecode(b"bad\xff.json"))
        with pytest.raises(TypeError):
            call(None)


def test_properties_are_the_described_fields():
    # One property per field of the C++ description, documented with its line (sakip/model/describe.hpp)
    assert sakip._core.Unit.induk.__doc__ == "the parent unit id"
    assert sakip._core.Dpa.tahun.__doc__ == "its year (the key of dpa)"
    names = {n for n, v in vars(sakip._core.PerjanjianKinerja).items() if isinstance(v, property)}
    assert names == {
        "id",
        "tahun",
        "judul",
        "tempat",
        "tanggal",
        "pihak_pertama",
        "pihak_kedua",
        "atasan",
        "sasaran",
        "program",
        "kegiatan",
        "sub_kegiatan",
        "sumber",
        "catatan",
    }
    doc = sakip.load(DATASET)
    unit = doc.instansi.unit[1]
    assert (unit.id, unit.induk) == ("subbag_umum", "sekretariat")
    r = doc.realisasi[2020][0]  # input and rincian stay dicts by name, bound by hand
    assert r.input["pelayanan_sesuai_standar"].value == decimal.Decimal(4434)
    assert len(r.rincian["pelayanan_sesuai_standar"]) == 12
