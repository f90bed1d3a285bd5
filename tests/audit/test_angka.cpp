// angka.ambiguous and data.tidak_tersedia: how the document's numbers were read (src/audit/angka.cpp),
// on the small document of common.hpp, and the sakip/1 compatibility copies (tests/data/compat).
#include <doctest/doctest.h>

#include <sakip/evaluate/evaluasi.hpp>

#include "common.hpp"

#include <string>

using namespace audit_test;
using sakip::Severity;

namespace {

sakip::Dokumen with(std::string_view from, std::string_view to) {
    std::string text = small_doc;
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return sakip::load_json(text, "small");
}

}  // namespace

TEST_CASE("a lone group in a recorded realisasi input: read as thousands and flagged with its pointer") {
    // The issue: a realisasi "1.234" showed as 1,23 while Decimal::parse("1.234") gave 1234.
    const auto doc = with(R"("b": "90")", R"("b": "1.234")");
    const sakip::Besaran* b = doc.find_realisasi(2020, "S1.I1")->find_input("b");
    REQUIRE(b != nullptr);
    CHECK(b->value == sakip::Decimal(1234));
    CHECK(b->has_note("ambiguous_thousands"));
    const auto f = with_rule(sakip::audit(doc), "angka.ambiguous");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(f[0].location == "/realisasi/2020/S1.I1/input/b");
    CHECK(f[0].reported == "1.234");
    CHECK(f[0].reported_value == "1234");
    CHECK(f[0].message ==
          "\"1.234\" dibaca 1234 (seribu dua ratus tiga puluh empat); bila maksudnya 1,234 tulis 1,234");
    CHECK(f[0].message_en ==
          "\"1.234\" read as 1234 (seribu dua ratus tiga puluh empat); if 1,234 was meant write 1,234");
}

TEST_CASE("a target of 1.500 orang loads as 1500, flagged; 1,5 and 1.500,0 are not ambiguous") {
    const auto doc = with(R"("target": "36 Rekening")", R"("target": "1.500 orang")");
    const auto& row = doc.pk.at(2020)[1].kegiatan[0];
    REQUIRE(row.target);
    CHECK(row.target->besaran()->value == sakip::Decimal(1500));
    CHECK(row.target->besaran()->satuan == "orang");
    const auto f = with_rule(sakip::audit(doc), "angka.ambiguous");
    REQUIRE(f.size() == 1);
    CHECK(f[0].location == "/pk/2020/sekcam/kegiatan/0/target");
    CHECK(f[0].message.find("bila maksudnya 1,5 tulis 1,5") != std::string::npos);

    for (const char* clear : {"1,5 orang", "1.500,0 orang", "1500 orang", "1.5 orang"}) {
        CAPTURE(clear);
        const auto d = with(R"("target": "36 Rekening")", std::string(R"("target": ")") + clear + "\"");
        CHECK(with_rule(sakip::audit(d), "angka.ambiguous").empty());
    }
}

TEST_CASE("a printed figure with a lone group is flagged; with Rp or ,- it is money and is not") {
    auto doc = base();
    add_angka(doc, "a", "nilai_input", "/realisasi/2020/S1.I1/input/a", "4.434");
    add_angka(doc, "b", "anggaran", "/dpa/2020/program/01", "Rp 4.434");
    const auto f = with_rule(sakip::audit(doc), "angka.ambiguous");
    REQUIRE(f.size() == 1);
    CHECK(f[0].location == loc("a"));
    CHECK(f[0].source == "Tabel X");
    CHECK(f[0].reported_value == "4434");
}

TEST_CASE("not available: a realisasi input n/a is held as such, undefined, reported, saved back") {
    const auto doc = with(R"("a": "32")", R"("a": "n/a")");
    const sakip::Besaran* a = doc.find_realisasi(2020, "S1.I1")->find_input("a");
    REQUIRE(a != nullptr);
    CHECK_FALSE(a->tersedia);
    CHECK_FALSE(a->nilai().has_value());
    CHECK(a->text == "n/a");

    const auto ev = sakip::evaluate(doc, 2020);
    const sakip::EvaluasiIndikator* e = nullptr;
    for (const auto& x : ev.indikator)
        if (x.id == "S1.I1") e = &x;
    REQUIRE(e != nullptr);
    CHECK_FALSE(e->realisasi.value.has_value());
    CHECK(e->realisasi.trace.reason.find("not available (tidak tersedia): input a = \"n/a\"") != std::string::npos);
    CHECK_FALSE(e->capaian.value.has_value());  // never 0

    const auto f = sakip::audit(doc);
    const auto gap = with_rule(f, "data.tidak_tersedia");
    REQUIRE(gap.size() == 1);
    CHECK(gap[0].location == "/realisasi/2020/S1.I1/input/a");
    CHECK(gap[0].reported == "n/a");
    CHECK(with_rule(f, "input.rincian_sum").empty());  // the breakdown is not compared with n/a

    const std::string saved = sakip::save(doc);
    CHECK(saved.find(R"("a": "n/a")") != std::string::npos);
    CHECK(sakip::load_json(saved) == doc);
}

TEST_CASE("not available texts: the documented list, any case; a target does not take one") {
    for (const char* t :
         {"n/a", "N/A", "-", "\u2013", "\u2014", "Tidak ada data", "belum ada data", "data belum tersedia", "  n/a "}) {
        CAPTURE(t);
        CHECK(sakip::tidak_tersedia(t));
        CHECK_FALSE(sakip::Besaran::parse(t, "", true).tersedia);
        CHECK_THROWS_AS(sakip::Besaran::parse(t), sakip::parse_error);
    }
    CHECK_FALSE(sakip::tidak_tersedia("0"));
    CHECK_FALSE(sakip::tidak_tersedia("na"));
    CHECK_THROWS_AS(with(R"("kondisi_awal": "90%")", R"("kondisi_awal": "n/a")"), sakip::load_error);
}

TEST_CASE("not available: a printed figure n/a is a data gap, not an unreadable number") {
    auto doc = base();
    add_angka(doc, "na", "realisasi", "/renstra/indikator/S1.I1", "N/A");
    const auto f = at(sakip::audit(doc), loc("na"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "data.tidak_tersedia");
    CHECK(f[0].source == "Tabel X");
}

TEST_CASE("a realisasi nilai n/a: the realisasi is missing with the text as the reason") {
    const auto doc = with(R"("S1.I2": {"input": {"c": "0", "d": "0"}})", R"("S1.I2": {"nilai": "tidak ada data"})");
    const auto ev = sakip::evaluate(doc, 2020);
    for (const auto& x : ev.indikator) {
        if (x.id != "S1.I2") continue;
        CHECK_FALSE(x.realisasi.value.has_value());
        CHECK(x.realisasi.trace.reason == "not available (tidak tersedia): nilai \"tidak ada data\"");
    }
    CHECK(with_rule(sakip::audit(doc), "data.tidak_tersedia").size() == 1);
}

TEST_CASE("enum words: any case; an unknown one lists the valid values") {
    const auto doc = with(R"("polaritas": "positif")", R"("polaritas": "Positif")");
    CHECK(doc.renstra.indikator[0].polaritas == sakip::Polaritas::positif);
    try {
        (void)with(R"("polaritas": "positif")", R"("polaritas": "Positip")");
        FAIL("Positip loaded");
    } catch (const sakip::load_error& e) {
        CHECK(std::string(e.what()).find("is not one of positif, negatif, rentang, stabil") != std::string::npos);
    }
}

// ---- compatibility: every document valid under today's sakip/1 still loads -------------------------

TEST_CASE("compat: the sakip/1 copy of Kajuara 2020 loads with the values it had") {
    const auto doc = sakip::load(std::string(SAKIP_SOURCE_DIR) + "/tests/data/compat/kajuara-2020.sakip1.json");
    const sakip::Besaran* b = doc.find_realisasi(2020, "S1.I1")->find_input("pelayanan_sesuai_standar");
    REQUIRE(b != nullptr);
    CHECK(b->text == "4434");
    CHECK(b->value == sakip::Decimal(4434));
    // No recorded value of Kajuara reads differently: the only lone groups are printed figures
    // (already read as thousands), now flagged.
    const auto f = with_rule(sakip::audit(doc), "angka.ambiguous");
    std::vector<std::string> where;
    for (const auto& x : f) where.push_back(x.location);
    CHECK(where ==
          std::vector<std::string>{"/laporan/2020/angka/p332.S1.I1.input", "/laporan/2020/angka/pd1.S1.I1.input_b",
                                   "/laporan/2020/angka/pd1.S1.I1.pembilang", "/laporan/2020/angka/pd1.S1.I1.penyebut",
                                   "/laporan/2020/angka/t242.0109.anggaran"});
}

TEST_CASE("compat: a small sakip/1 document using every value form of today's format") {
    const auto doc = sakip::load(std::string(SAKIP_SOURCE_DIR) + "/tests/data/compat/bentuk-nilai.sakip1.json");
    const auto& ind = doc.renstra.indikator;
    REQUIRE(ind.size() == 2);
    CHECK(ind[0].kondisi_awal->besaran()->value == sakip::Decimal("90.5"));    // "90,5 %"
    CHECK(ind[0].target.at(2020).besaran()->value == sakip::Decimal("6.84"));  // "6.84%"
    CHECK(ind[1].target.at(2020).rentang()->bawah.value == sakip::Decimal(80));
    const auto& dpa = doc.dpa.at(2020);
    CHECK(dpa.program[0].rencana->value == sakip::Rupiah(sakip::Decimal("13578653418")));  // "Rp 13.578.653.418,-"
    CHECK(dpa.program[0].realisasi->value == sakip::Rupiah(sakip::Decimal("86347000")));   // "86,347,000"
    CHECK(sakip::save(sakip::load_json(sakip::save(doc))) == sakip::save(doc));
    CHECK(with_rule(sakip::audit(doc), "angka.ambiguous").empty());
}
