// The printed measures of issue 14 item 5 that are neither a single indicator's figure nor an amount: a
// count of sub kegiatan (jumlah_sub_kegiatan), the "Jumlah" row of a capaian column (total_capaian), and a
// year-on-year change in points (selisih_*) as distinct from a relative one (perubahan_*), with the
// direction the report's words give (arah). Figures checked by hand in the comments.
#include "common.hpp"
#include "support/exact.hpp"

#include <sakip/measure/capaian.hpp>
#include <sakip/measure/efisiensi.hpp>

#include <doctest/doctest.h>

namespace {

using audit_test::add_angka;
using audit_test::at;
using audit_test::loc;
using audit_test::v;

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The Tabel 19 fragment of Setda Sumatera Utara 2021: one program, kegiatan 2.01 with one sub kegiatan
// and kegiatan 2.02 with three.
sakip::Dokumen sumut() {
    return sakip::load(std::string(SAKIP_SOURCE_DIR) + "/tests/data/sumut-setda-2021-tabel19.json");
}

sakip::Angka& add_2021(sakip::Dokumen& doc, std::string id, std::string ukuran, std::string ref, std::string teks) {
    return audit_test::add_angka_tahun(doc, 2021, std::move(id), std::move(ukuran), std::move(ref), std::move(teks));
}

std::string loc21(std::string_view id) { return "/laporan/2021/angka/" + std::string(id); }

// The small document with these members in laporan.2020.angka.
std::string with_angka(const std::string& members) {
    std::string json = audit_test::small_doc;
    const std::string empty = "\"angka\": {}";
    json.replace(json.find(empty), empty.size(), "\"angka\": {" + members + "}");
    return json;
}

// Whether loading fails with a message containing `part`.
bool load_fails(const std::string& json, const std::string& part) {
    try {
        (void)sakip::load_json(json, "x.json");
        return false;
    } catch (const sakip::load_error& e) {
        return contains(e.what(), part);
    }
}

}  // namespace

TEST_CASE("jumlah_sub_kegiatan: the count of the DPA, of a program and of a kegiatan (Sumatera Utara 2021)") {
    auto doc = sumut();
    const auto ev = sakip::evaluate(doc, 2021);
    CHECK(ev.jumlah_sub_kegiatan == 4);
    const std::string p = "/dpa/2021/program/9.99.01";
    add_2021(doc, "dpa", "jumlah_sub_kegiatan", "/dpa/2021", "4");
    add_2021(doc, "prog", "jumlah_sub_kegiatan", p, "4 (empat)");
    add_2021(doc, "keg", "jumlah_sub_kegiatan", p + "/kegiatan/9.99.01.2.02", "3");
    add_2021(doc, "keg_salah", "jumlah_sub_kegiatan", p + "/kegiatan/9.99.01.2.01", "2");
    add_2021(doc, "kata", "jumlah_sub_kegiatan", "/dpa/2021/program", "4 (lima)");
    const auto f = sakip::audit(doc);
    CHECK(at(f, loc21("dpa")).empty());
    CHECK(at(f, loc21("prog")).empty());
    CHECK(at(f, loc21("keg")).empty());
    REQUIRE(at(f, loc21("keg_salah")).size() == 1);
    CHECK(at(f, loc21("keg_salah"))[0].rule == "jumlah.recomputed");
    CHECK(at(f, loc21("keg_salah"))[0].expected == "1");
    CHECK(contains(at(f, loc21("keg_salah"))[0].message, "jumlah sub kegiatan kegiatan 9.99.01.2.01"));
    REQUIRE(at(f, loc21("kata")).size() == 1);
    CHECK(at(f, loc21("kata"))[0].rule == "jumlah.terbilang");
}

TEST_CASE("jumlah_sub_kegiatan is refused on a ref it cannot count (a sub kegiatan, an indicator)") {
    const std::string json = with_angka(R"("x": {"sumber": "T", "ref": "/renstra/indikator/S1.I1",
        "ukuran": "jumlah_sub_kegiatan", "teks": "1"})");
    CHECK(load_fails(json, "laporan.ukuran"));
    CHECK(load_fails(json, "a kegiatan"));
}

TEST_CASE("total_capaian: the Jumlah row of a sasaran's capaian column (Kajuara 2020, sasaran 1)") {
    auto doc = audit_test::kajuara();
    // S1.I1 100 / 97 = 103,0927…; S1.I2 0/0 undefined (legacy: 100 / 94 = 106,3829…); S1.I3 35,5555… / 85 =
    // 41,8300…. Σ without the undefined member 144,9228… (two members); with the legacy 100 % 251,3057….
    const auto ev = sakip::evaluate(doc, 2020);
    const auto* s1 = ev.find_sasaran("S1");
    REQUIRE(s1 != nullptr);
    CHECK(v(s1->jumlah_capaian) == "144.92");
    CHECK(s1->jumlah_capaian.trace.included == 2);
    CHECK(s1->jumlah_capaian.trace.excluded == 1);
    add_angka(doc, "x.ok", "total_capaian", "/renstra/sasaran/S1", "144,92");
    add_angka(doc, "x.legacy", "total_capaian", "/renstra/sasaran/S1", "251,31");
    add_angka(doc, "x.salah", "total_capaian", "/renstra/sasaran/S1", "245,9");
    const auto f = sakip::audit(doc);
    CHECK(at(f, loc("x.ok")).empty());
    REQUIRE(!at(f, loc("x.legacy")).empty());
    CHECK(at(f, loc("x.legacy"))[0].rule == "capaian.undefined");
    REQUIRE(!at(f, loc("x.salah")).empty());
    CHECK(at(f, loc("x.salah"))[0].rule == "percent.recomputed");
}

TEST_CASE("total_capaian of all indicators: Σ of every defined capaian") {
    const auto ev = sakip::evaluate(audit_test::kajuara(), 2020);
    // S1: 103,0927… + 41,8300…; S2.I1 30 / 30 = 100 % of 97: 103,0927…; S2.I2 % penurunan (8 − 4) / 8 = 50 %
    // of 92: 54,3478…. Σ = 302,3633… (S1.I2 left out).
    CHECK(v(ev.jumlah_capaian) == "302.36");
    CHECK(ev.jumlah_capaian.trace.included == 4);
}

TEST_CASE("selisih and perubahan: a change in points is not a relative change (Kajuara S1.I3 2019 → 2020)") {
    auto doc = audit_test::kajuara();
    // Realisasi S1.I3: 2019 35 % (recorded), 2020 32 / 90 = 35,5555… %. Points: +0,5555… → 0,56;
    // relative: 0,5555… / 35 × 100 = 1,5873… → 1,59. Against 2018 (60 %): −24,4444… points.
    const std::string r = "/renstra/indikator/S1.I3";
    add_angka(doc, "d.poin", "selisih_realisasi", r, "0,56");
    add_angka(doc, "d.relatif", "perubahan_realisasi", r, "1,59 %");
    add_angka(doc, "d.tertukar", "selisih_realisasi", r, "1,59");
    add_angka(doc, "d.tertukar2", "perubahan_realisasi", r, "0,56");
    add_angka(doc, "d.naik", "selisih_realisasi", r, "0,56 %").arah = "naik";
    add_angka(doc, "d.arah_salah", "selisih_realisasi", r, "0,56 %").arah = "turun";
    auto& d2018 = add_angka(doc, "d.2018", "selisih_realisasi", r, "24,44 %");
    d2018.arah = "turun";
    d2018.tahun_banding = 2018;
    const auto f = sakip::audit(doc);
    CHECK(at(f, loc("d.poin")).empty());
    CHECK(at(f, loc("d.relatif")).empty());
    CHECK(at(f, loc("d.naik")).empty());
    CHECK(at(f, loc("d.2018")).empty());
    REQUIRE(at(f, loc("d.tertukar")).size() == 1);
    CHECK(at(f, loc("d.tertukar"))[0].rule == "percent.recomputed");
    CHECK(at(f, loc("d.tertukar"))[0].expected == "0.56");
    CHECK(contains(at(f, loc("d.tertukar"))[0].message_en, "the printed figure is the relative change"));
    REQUIRE(at(f, loc("d.tertukar2")).size() == 1);
    CHECK(contains(at(f, loc("d.tertukar2"))[0].message, "angka tercetak adalah selisih (poin)"));
    REQUIRE(at(f, loc("d.arah_salah")).size() == 1);
    CHECK(at(f, loc("d.arah_salah"))[0].rule == "percent.recomputed");
    CHECK(contains(at(f, loc("d.arah_salah"))[0].message_en, "direction reversed"));
}

TEST_CASE("the issue's example: 'penurunan 2,85 %' is 104,96 − 107,81 in points, a relative change of −2,64 %") {
    using test_support::D;
    // 104,96 − 107,81 = −2,85; −2,85 / 107,81 × 100 = −2,6435… → −2,64.
    CHECK(v(sakip::selisih_tahunan(sakip::Rasional(D("104.96")), sakip::Rasional(D("107.81")))) == "-2.85");
    CHECK(v(sakip::perubahan_persen(sakip::Rasional(D("104.96")), sakip::Rasional(D("107.81")))) == "-2.64");
}

TEST_CASE("the loader: tahun_banding and arah only on a change, arah in any case, an unknown arah listed") {
    auto with = [](const std::string& extra, const std::string& ukuran) {
        return with_angka(R"("x": {"sumber": "T", "ref": "/renstra/indikator/S1.I1", "ukuran": ")" + ukuran +
                          R"(", "teks": "1")" + extra + "}");
    };
    const auto doc = sakip::load_json(with(R"(, "arah": "Turun", "tahun_banding": 2019)", "selisih_capaian"), "x");
    REQUIRE(doc.find_laporan(2020) != nullptr);
    CHECK(doc.find_laporan(2020)->angka[0].arah == "turun");
    CHECK(doc.find_laporan(2020)->angka[0].tahun_banding == 2019);
    CHECK(sakip::load_json(sakip::save(doc), "saved") == doc);  // the saver writes both fields back
    CHECK(load_fails(with(R"(, "arah": "menurun")", "selisih_capaian"), "valid: naik, turun"));
    CHECK(load_fails(with(R"(, "arah": "naik")", "capaian"),
                     "\"arah\" is only for the ukuran selisih_capaian, selisih_realisasi, perubahan_capaian and "
                     "perubahan_realisasi, not \"capaian\""));
    CHECK(load_fails(with(R"(, "tahun_banding": 2019)", "realisasi"),
                     "\"tahun_banding\" is only for the ukuran selisih_capaian, selisih_realisasi, perubahan_capaian "
                     "and perubahan_realisasi, not \"realisasi\""));
    // Rules of the model's table: porsi needs terhadap, jumlah_kategori needs kategori, and neither
    // field is taken by another ukuran.
    CHECK(load_fails(with(R"(, "kategori": "Baik")", "capaian"),
                     "\"kategori\" is only for the ukuran jumlah_kategori, not \"capaian\""));
    CHECK(load_fails(with("", "porsi"), "ukuran \"porsi\" needs \"terhadap\""));
}
