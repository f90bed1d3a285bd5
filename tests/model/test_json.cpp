// Loading the Kajuara 2020 dataset, round trips, and rejected documents.
#include <doctest/doctest.h>

#include "common.hpp"

#include <sakip/model.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using model_test::problems_of;
using model_test::rules_of;

namespace {

std::string dataset_path() { return std::string(SAKIP_SOURCE_DIR) + "/examples/data/kajuara-2020.json"; }

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const sakip::Dokumen& kajuara() {
    static const sakip::Dokumen d = sakip::load(dataset_path());
    return d;
}

void replace_once(std::string& s, const std::string& from, const std::string& to) {
    auto p = s.find(from);
    REQUIRE_MESSAGE(p != std::string::npos, from);
    s.replace(p, from.size(), to);
}

}  // namespace

TEST_CASE("Kajuara 2020: counts") {
    const auto& d = kajuara();
    CHECK(d.format == "sakip/1");
    CHECK(d.instansi.nama == "Kecamatan Kajuara");
    CHECK(d.instansi.pemda == "Pemerintah Kabupaten Bone");
    CHECK(d.renstra.periode == sakip::Periode{2018, 2023});
    CHECK(d.renstra.tujuan.size() == 2);
    CHECK(d.renstra.sasaran.size() == 2);
    CHECK(d.renstra.indikator.size() == 5);
    CHECK(d.renstra.indikator_sasaran("S1").size() == 3);
    CHECK(d.iku.size() == 5);
    REQUIRE(d.find_dpa(2020));
    const auto& dpa = *d.find_dpa(2020);
    CHECK(dpa.program.size() == 10);
    CHECK(dpa.jumlah_kegiatan() == 18);
    CHECK(d.pk_tahun(2020).size() == 9);
    REQUIRE(d.rpjmd);
    CHECK(d.rpjmd->misi.size() == 6);
    CHECK(d.rpjmd->visi == "MASYARAKAT BONE YANG MANDIRI, BERDAYA SAING DAN SEJAHTERA");
    REQUIRE(d.find_laporan(2020));
    CHECK(d.find_laporan(2020)->angka.size() == 292);
}

TEST_CASE("Kajuara 2020: values against the seed text") {
    const auto& d = kajuara();
    const auto& dpa = *d.find_dpa(2020);
    using sakip::Kode;
    using sakip::Rupiah;
    const auto* p02 = dpa.find_program(Kode::parse("02"));
    REQUIRE(p02);
    CHECK(p02->uraian == "Peningkatan sarana dan Prasarana Aparatur");
    CHECK(p02->rencana->text == "88.799.000,-");
    CHECK(p02->rencana->value == Rupiah(88799000));
    CHECK(p02->realisasi->value == Rupiah(85563728));
    const auto* k0124 = dpa.find_kegiatan(Kode::parse("0124"));
    REQUIRE(k0124);
    CHECK(k0124->realisasi->value == Rupiah(61888500));
    const auto* k80617 = dpa.find_kegiatan(Kode::parse("80617"));
    REQUIRE(k80617);
    CHECK(k80617->kode.is_under(Kode::parse("80")));
    CHECK(dpa.belanja.langsung->rencana.value == Rupiah(928038000));
    CHECK(dpa.belanja.tidak_langsung->realisasi->value == Rupiah(12432087104LL));

    const auto* camat = d.find_pk(2020, "camat");
    REQUIRE(camat);
    CHECK(camat->tanggal == "2020-01-02");
    CHECK(camat->pihak_kedua.pejabat == "bupati_bone");
    CHECK(camat->program.size() == 10);
    CHECK(camat->program[0].anggaran->value == Rupiah(212141000));
    const auto* guntur = d.instansi.find_pejabat("andi_muhammad_guntur");
    REQUIRE(guntur);
    CHECK(guntur->nip->nip.format() == "19750919 200604 1 009");
    CHECK(guntur->nip->nip.jenis_kelamin() == 1);

    // The two amounts the audit flags keep their printed text and their parse notes.
    const auto* yanum = d.find_pk(2020, "kasi_pelayanan_umum");
    REQUIRE(yanum);
    const auto& a86 = *yanum->kegiatan.at(3).anggaran;
    CHECK(a86.text == "86,347,000");
    CHECK(a86.value == Rupiah(86347000));
    CHECK(a86.has_note("english_grouping"));
    const auto* trantib = d.find_pk(2020, "kasi_trantibum");
    REQUIRE(trantib);
    const auto& a27 = *trantib->kegiatan.at(0).anggaran;
    CHECK(a27.text == "27.000,000");
    CHECK(a27.value == Rupiah(27000));
    CHECK(a27.has_note("ambiguous_separator"));

    const auto* s1i3 = d.renstra.find_indikator("S1.I3");
    REQUIRE(s1i3);
    CHECK(s1i3->polaritas == sakip::Polaritas::positif);
    CHECK(s1i3->target_tahun(2020)->besaran()->text == "85%");
    CHECK(s1i3->target_tahun(2020)->besaran()->value == sakip::Decimal(85));
    CHECK(s1i3->kondisi_awal->besaran()->is_percent());
    const auto* iku = d.find_iku("S1.I3");
    REQUIRE(iku);
    CHECK(iku->rumus.jenis == sakip::JenisRumus::rasio);
    CHECK(iku->rumus.inputs() == std::vector<std::string>{"usulan_dilaksanakan", "usulan_musrenbang"});
    const auto* r = d.find_realisasi(2020, "S1.I3");
    REQUIRE(r);
    CHECK(r->find_input("usulan_dilaksanakan")->value == sakip::Decimal(32));
    CHECK(r->find_input("usulan_musrenbang")->value == sakip::Decimal(90));
    CHECK(d.find_iku("S2.I2")->rumus.jenis == sakip::JenisRumus::penurunan_persen);
    CHECK(d.find_realisasi(2019, "S2.I2")->find_input("pelanggaran_perda")->value == sakip::Decimal(8));

    // Reported figures are kept as printed, with the number where the text is one.
    const auto& lap = *d.find_laporan(2020);
    std::size_t serapan_02 = 0;
    for (const auto* a : lap.angka_tentang("/dpa/2020/program/02"))
        if (a->ukuran == "serapan" && a->teks == "96,35") {
            ++serapan_02;
            CHECK(a->nilai() == sakip::Decimal("96.35"));
        }
    CHECK(serapan_02 >= 1);
    CHECK(lap.skala.at(0).kelas.at(2).kriteria == "Cukup");
    sakip::Angka label;
    label.teks = "Cukup";
    CHECK_FALSE(label.nilai());
}

TEST_CASE("Kajuara 2020: the PK cascade walks both ways") {
    const auto& d = kajuara();
    const auto* kasubag = d.find_pk(2020, "kasubag_umum");
    REQUIRE(kasubag);
    auto chain = d.rantai_atasan(*kasubag);
    REQUIRE(chain.size() == 3);
    CHECK(chain[0]->id == "kasubag_umum");
    CHECK(chain[1]->id == "sekcam");
    CHECK(chain[2]->id == "camat");
    const auto* camat = d.find_pk(2020, "camat");
    CHECK(d.atasan(*camat) == nullptr);
    auto direct = d.bawahan(*camat);
    CHECK(direct.size() == 7);
    CHECK(d.semua_bawahan(*camat).size() == 8);
    CHECK(d.bawahan(*d.find_pk(2020, "sekcam")).at(0)->id == "kasubag_umum");
}

TEST_CASE("Kajuara 2020: save is byte-identical, deterministic and round-trips") {
    const std::string text = read_file(dataset_path());
    const auto& d = kajuara();
    const std::string saved = sakip::save(d);
    CHECK(saved == text);
    const auto again = sakip::load_json(saved);
    CHECK(again == d);
    CHECK(sakip::save(again) == saved);
}

TEST_CASE("A broken copy is rejected with every problem, by JSON Pointer") {
    std::string text = read_file(dataset_path());
    replace_once(text, "\"pemda\": \"Pemerintah Kabupaten Bone\",",
                 "\"pemda\": \"Pemerintah Kabupaten Bone\",\n    \"pagu\": \"1\",");  // unknown field
    replace_once(text, "\"nip\": \"19670927 199803 1 005\"", "\"nip\": \"19671327 199803 1 005\"");
    replace_once(text, "\"rencana\": \"88.799.000,-\"", "\"rencana\": 88799000.5");  // float
    replace_once(text, "\"realisasi\": \"85.563.728,-\"", "\"realisasi\": \"27.00.000\"");
    replace_once(text, "\"atasan\": \"camat\"", "\"atasan\": \"camt\"");  // dangling (sekcam)
    const auto problems = problems_of(text);
    std::vector<std::string> got;
    for (const auto& p : problems) got.push_back(p.pointer + " " + p.rule);
    const std::vector<std::string> want = {
        "/instansi/pejabat/ilyas/nip value.nip",
        "/instansi/pagu schema.unknown_field",
        "/dpa/2020/program/02/rencana schema.type",
        "/dpa/2020/program/02/realisasi value.amount",
        "/pk/2020/sekcam/atasan ref.pk",
    };
    CHECK(got == want);
    REQUIRE(problems.size() == 5);
    CHECK(problems[0].message_en == "invalid NIP \"19671327 199803 1 005\": NIP birth month 13 is not 01-12");
    CHECK(problems[2].message_en == "amount must be a string such as \"88.799.000,00\", not a JSON number");
    CHECK(problems[3].message_en.find("\"27.00.000\"") != std::string::npos);
    CHECK(problems[4].message_en == "no PK \"camt\" in year 2020");
    // Every problem in both languages, as the findings: Indonesian first (message), then English.
    CHECK(problems[4].message == "tidak ada PK \"camt\" pada tahun 2020");
    CHECK(problems[2].message == "jumlah uang harus teks seperti \"88.799.000,00\", bukan angka JSON");
    CHECK(problems[4].to_string() == "/pk/2020/sekcam/atasan: ref.pk: tidak ada PK \"camt\" pada tahun 2020");
    CHECK(problems[4].to_string(true) == "/pk/2020/sekcam/atasan: ref.pk: no PK \"camt\" in year 2020");
    try {
        (void)sakip::load_json(text, "broken.json");
    } catch (const sakip::load_error& e) {
        CHECK(std::string(e.what()).find("/pk/2020/sekcam/atasan: ref.pk: tidak ada PK \"camt\" pada tahun 2020 / "
                                         "no PK \"camt\" in year 2020") != std::string::npos);
        CHECK(e.origin() == "broken.json");
    }
}

namespace {
// format.md section 13, trimmed: a small complete document.
const char* small = R"({
  "format": "sakip/1",
  "instansi": {"nama": "Kecamatan Contoh", "pemda": "Pemerintah Kabupaten Contoh",
    "unit": {"sekretariat": {"nama": "Sekretariat Kecamatan", "jenis": "sekretariat"}},
    "pejabat": {
      "bupati": {"nama": "BUPATI CONTOH", "jabatan": "Bupati Contoh"},
      "camat": {"nama": "NAMA CAMAT", "jabatan": "Camat Contoh", "nip": "19750919 200604 1 009"},
      "sekcam": {"nama": "NAMA SEKCAM", "jabatan": "Sekretaris Camat", "unit": "sekretariat", "nip": "196709271998031005"}}},
  "renstra": {
    "periode": {"awal": 2018, "akhir": 2023},
    "tujuan": {"T1": {"nama": "Tujuan", "indikator": ["S1.I1"]}},
    "sasaran": {"S1": {"tujuan": "T1", "nama": "Sasaran"}},
    "indikator": {"S1.I1": {"sasaran": "S1", "nama": "Indikator", "satuan": "Persentase",
      "polaritas": "positif", "target": {"2020": "97%"}, "program": ["01"]}}},
  "iku": {"S1.I1": {"rumus": {"jenis": "rasio", "pembilang": "a", "penyebut": "b"},
    "input": {"a": {"uraian": "A"}, "b": {"uraian": "B"}}}},
  "dpa": {"2020": {"skema_kode": "permendagri_13_2006", "program": {"01": {"uraian": "P",
    "rencana": "100.000.000,00", "sasaran": ["S1"],
    "kegiatan": {"0102": {"uraian": "K", "rencana": "100.000.000,-"}}}}}},
  "pk": {"2020": {
    "camat": {"pihak_pertama": {"pejabat": "camat"}, "pihak_kedua": {"pejabat": "bupati"},
      "sasaran": [{"sasaran": "S1", "indikator": [{"indikator": "S1.I1", "target": "97%"}]}]},
    "sekcam": {"pihak_pertama": {"pejabat": "sekcam"}, "pihak_kedua": {"pejabat": "camat"}, "atasan": "camat",
      "kegiatan": [{"uraian": "K", "program": "01", "kegiatan": "0102", "target": "36 Rekening", "anggaran": "100.000.000,-"}]}}},
  "realisasi": {"2020": {"S1.I1": {"input": {"a": "4434", "b": "4434"}}}},
  "laporan": {"2020": {"angka": {
    "x": {"sumber": "Tabel 3.3.9", "ref": "/dpa/2020/program/01", "ukuran": "serapan", "teks": "99,50"}}}}
})";

std::string with(std::string text, const std::string& from, const std::string& to) {
    replace_once(text, from, to);
    return text;
}

}  // namespace

TEST_CASE("small documents: each rule") {
    const auto d = sakip::load_json(small);
    CHECK(d.find_pk(2020, "sekcam")->kegiatan.at(0).target->besaran()->satuan == "Rekening");
    CHECK(sakip::load_json(sakip::save(d)) == d);
    using V = std::vector<std::string>;
    CHECK(rules_of(with(small, "\"sakip/1\"", "\"sakip/2\"")) == V{"/format format.version"});
    CHECK(rules_of(with(small, "\"0102\": {", "\"0201\": {")) ==
          V{"/dpa/2020/program/01/kegiatan/0201 code.prefix", "/pk/2020/sekcam/kegiatan/0/kegiatan ref.pk"});
    CHECK(rules_of(with(small, "{\"2020\": \"97%\"}", "{\"2030\": \"97%\"}")) ==
          V{"/renstra/indikator/S1.I1/target/2030 year.range"});
    CHECK(rules_of(with(small, "\"pembilang\": \"a\"", "\"pembilang\": \"c\"")) ==
          V{"/iku/S1.I1/rumus/pembilang ref.iku"});
    CHECK(rules_of(with(small, "\"a\": \"4434\"", "\"c\": \"4434\"")) ==
          V{"/realisasi/2020/S1.I1/input/c ref.realisasi"});
    CHECK(rules_of(with(small, "\"target\": \"97%\"", "\"target\": 97")) ==
          V{"/pk/2020/camat/sasaran/0/indikator/0/target schema.type"});
    CHECK(rules_of(with(small, "\"target\": \"97%\"", "\"target\": {\"bawah\": \"90%\", \"atas\": \"80%\"}")) ==
          V{"/pk/2020/camat/sasaran/0/indikator/0/target value.besaran",
            "/pk/2020/camat/sasaran/0/indikator/0/target polaritas.target"});
    CHECK(rules_of(with(small, "\"ref\": \"/dpa/2020/program/01\"", "\"ref\": \"/dpa/2020/program/09\"")) ==
          V{"/laporan/2020/angka/x/ref laporan.ref"});
    CHECK(rules_of(with(small, "\"unit\": \"sekretariat\"", "\"unit\": \"sekretariat\", \"unit\": \"x\"")) ==
          V{"/instansi/pejabat/sekcam/unit json.duplicate_key", "/instansi/pejabat/sekcam/unit ref.unit"});
    CHECK(rules_of(with(small, "\"program\": [\"01\"]", "\"program\": [\"07\"]")) ==
          V{"/renstra/indikator/S1.I1/program/0 ref.program"});
    CHECK(rules_of(with(small, "\"sasaran\": [\"S1\"]", "\"sasaran\": [\"S9\"]")) ==
          V{"/dpa/2020/program/01/sasaran/0 ref.dpa_sasaran"});
    CHECK(rules_of(with(small, "\"atasan\": \"camat\"", "\"atasan\": \"sekcam\"")) ==
          V{"/pk/2020/sekcam/atasan ref.pk"});
    CHECK(rules_of(with(small, "\"nama\": \"Tujuan\", ", "")) == V{"/renstra/tujuan/T1 schema.required"});
    CHECK(rules_of(with(small, "\"jenis\": \"rasio\", \"pembilang\": \"a\", \"penyebut\": \"b\"",
                        "\"jenis\": \"ekspresi\", \"ekspresi\": \"(a - prev(b)) / prev(b) * 100\"")) == V{});
    CHECK(rules_of(with(small, "\"jenis\": \"rasio\", \"pembilang\": \"a\", \"penyebut\": \"b\"",
                        "\"jenis\": \"ekspresi\", \"ekspresi\": \"(a - prev(z)) / \"")) ==
          V{"/iku/S1.I1/rumus/ekspresi ref.iku"});
    CHECK(rules_of(with(small, "\"2020\": {\"skema_kode\": \"permendagri_13_2006\"",
                        "\"2020\": {\"skema_kode\": \"permendagri_90_2019\"")) ==
          V{"/renstra/indikator/S1.I1/program/0 ref.program", "/dpa/2020/program/01 code.prefix",
            "/dpa/2020/program/01/kegiatan/0102 code.prefix", "/pk/2020/sekcam/kegiatan/0/program ref.pk",
            "/pk/2020/sekcam/kegiatan/0/kegiatan ref.pk"});
}

TEST_CASE("syntax errors and limits") {
    auto one = [](const std::string& text) {
        auto p = problems_of(text);
        REQUIRE(p.size() == 1);
        return p[0];
    };
    CHECK(one("{\"format\": ").rule == "json.syntax");
    CHECK(one("{\"format\": \"sakip/1\"} x").rule == "json.syntax");
    CHECK(one("[1, 2").message_en.find("line 1") != std::string::npos);
    std::string deep(sakip::json_max_depth + 1, '[');
    deep += std::string(sakip::json_max_depth + 1, ']');
    auto p = one(deep);
    CHECK(p.rule == "json.limit");
    CHECK(p.pointer.empty());
    std::string ok_depth(sakip::json_max_depth, '[');
    ok_depth += std::string(sakip::json_max_depth, ']');
    CHECK(one(ok_depth).rule == "schema.type");  // parsed, then: not an object
    CHECK(one("[]").message_en == "expected an object, found an array");
    CHECK_THROWS_AS(sakip::load("/nonexistent/sakip.json"), sakip::load_error);
    // Invalid UTF-8 is a syntax error whose message stays valid UTF-8: the bad byte is written \xff.
    const auto bad = one("{\"format\": \"sakip\xff\"}");
    CHECK(bad.rule == "json.syntax");
    CHECK(bad.message_en.find("\\xff") != std::string::npos);
    CHECK(bad.message_en.find('\xff') == std::string::npos);
    const auto truncated = one("{\"format\": \"\xe2\x82\"}");  // a cut three-byte sequence
    CHECK(truncated.message_en.find("\\xe2\\x82") != std::string::npos);
}

TEST_CASE("values: Amount and Besaran") {
    CHECK(sakip::Besaran::parse("97 %").value == sakip::Decimal(97));
    CHECK(sakip::Besaran::parse("97 %").satuan == "%");
    CHECK(sakip::Besaran::parse("35,55").value == sakip::Decimal("35.55"));
    CHECK(sakip::Besaran::parse("6 Dokumen").satuan == "Dokumen");
    CHECK(sakip::Besaran::parse("-2.5").value == sakip::Decimal("-2.5"));
    // One reading of numbers (docs/formats.md): thousands groups, the Indonesian comma, a lone group
    // read as thousands with the note ambiguous_thousands, decimal points that cannot be groups.
    CHECK(sakip::Besaran::parse("4.434.000").value == sakip::Decimal(4434000));
    CHECK(sakip::Besaran::parse("1.234,5 orang").value == sakip::Decimal("1234.5"));
    CHECK(sakip::Besaran::parse("1.234,5 orang").satuan == "orang");
    const auto lone = sakip::Besaran::parse("1.500 orang");
    CHECK(lone.value == sakip::Decimal(1500));
    CHECK(lone.has_note("ambiguous_thousands"));
    CHECK(lone.notes.at(0).offset == 1);
    CHECK(sakip::Besaran::parse("1.234").value == sakip::Decimal(1234));  // was 1,234 (shown 1,23)
    for (const char* decimal_point : {"1.5", "6.84", "0.125", "1234.567"}) {
        CAPTURE(decimal_point);
        const auto b = sakip::Besaran::parse(decimal_point);
        CHECK(b.value == sakip::Decimal(decimal_point));
        CHECK(b.notes.empty());
    }
    CHECK(sakip::Besaran::parse("97,25").value == sakip::Decimal("97.25"));
    CHECK(sakip::Besaran::parse("1,500").has_note("ambiguous_separator"));  // 1.500: three decimals
    CHECK_THROWS_AS(sakip::Besaran::parse("27.00.000"), sakip::parse_error);
    CHECK_THROWS_AS(sakip::Besaran::parse("Rp 1.000"), sakip::parse_error);
    CHECK_THROWS_AS(sakip::Besaran::parse("%"), sakip::parse_error);
    CHECK_THROWS_AS(sakip::Besaran::parse("97 % x"), sakip::parse_error);
    CHECK(sakip::Besaran::of(sakip::Decimal(97), "%").text == "97%");
    CHECK(sakip::Amount::of(sakip::Rupiah(928037500)).text == "928037500.00");
    CHECK(sakip::Amount::parse("Rp 13.578.653.418,-").value == sakip::Rupiah(13578653418LL));
    CHECK_THROWS_AS(sakip::Amount::parse("27.00.000"), sakip::parse_error);
}
