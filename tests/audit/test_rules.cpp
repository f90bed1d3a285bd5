// One test per audit rule on a small document: the rule fires on a wrong figure and stays silent
// on a right one.
#include <doctest/doctest.h>

#include "common.hpp"

using namespace audit_test;
using sakip::Severity;

TEST_CASE("the base document has one finding: how its printed scale was read") {
    const auto doc = base();
    const auto f = sakip::audit(doc);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "skala.celah");  // tests/audit/test_skala.cpp
}

TEST_CASE("percent: rounded half up matches, truncated is a warning, other values are errors") {
    auto doc = base();
    // S1.I1 realisasi = 32 / 90 × 100 = 35,5555…
    add_angka(doc, "ok2", "realisasi", "/renstra/indikator/S1.I1", "35,56%");
    add_angka(doc, "ok1", "realisasi", "/renstra/indikator/S1.I1", "35,6 %");
    add_angka(doc, "trunc2", "realisasi", "/renstra/indikator/S1.I1", "35,55%");
    add_angka(doc, "trunc1", "realisasi", "/renstra/indikator/S1.I1", "35,5");
    add_angka(doc, "wrong", "realisasi", "/renstra/indikator/S1.I1", "41,83 %");
    // capaian 35,5555… / 85 × 100 = 41,8300…
    add_angka(doc, "cap", "capaian", "/renstra/indikator/S1.I1", "41,83%");
    const auto f = sakip::audit(doc);
    CHECK(at(f, loc("ok2")).empty());
    CHECK(at(f, loc("ok1")).empty());
    CHECK(at(f, loc("cap")).empty());
    REQUIRE(at(f, loc("trunc2")).size() == 1);
    CHECK(at(f, loc("trunc2"))[0].rule == "percent.truncated");
    CHECK(at(f, loc("trunc2"))[0].severity == Severity::warning);
    CHECK(at(f, loc("trunc2"))[0].expected == "35.56");
    CHECK(at(f, loc("trunc2"))[0].reported_value == "35.55");
    REQUIRE(at(f, loc("trunc1")).size() == 1);
    CHECK(at(f, loc("trunc1"))[0].expected == "35.6");
    REQUIRE(at(f, loc("wrong")).size() == 1);
    CHECK(at(f, loc("wrong"))[0].rule == "percent.recomputed");
    CHECK(at(f, loc("wrong"))[0].severity == Severity::error);
    CHECK(at(f, loc("wrong"))[0].expected == "35.56");
    CHECK(at(f, loc("wrong"))[0].reported == "41,83 %");
}

TEST_CASE("serapan and porsi of programs, kegiatan and belanja") {
    auto doc = base();
    add_angka(doc, "p01", "serapan", "/dpa/2020/program/01", "99,50");
    add_angka(doc, "k0102", "serapan", "/dpa/2020/program/01/kegiatan/0102", "99,17");  // 59,5 / 60 = 99,1666…
    add_angka(doc, "k0102b", "serapan", "/dpa/2020/program/01/kegiatan/0102", "99,16");
    add_angka(doc, "k0103", "serapan", "/dpa/2020/program/01/kegiatan/0103", "78,97");
    add_angka(doc, "porsi", "porsi", "/dpa/2020/program/01/kegiatan/0103", "40", "/dpa/2020/belanja/langsung");
    add_angka(doc, "porsi_bad", "porsi", "/dpa/2020/program/01/kegiatan/0102", "40", "/dpa/2020/belanja/langsung");
    add_angka(doc, "all", "serapan", "/dpa/2020/program", "99,5");
    const auto f = sakip::audit(doc);
    CHECK(at(f, loc("p01")).empty());
    CHECK(at(f, loc("k0102")).empty());
    CHECK(at(f, loc("porsi")).empty());
    CHECK(at(f, loc("all")).empty());
    REQUIRE(at(f, loc("k0102b")).size() == 1);
    CHECK(at(f, loc("k0102b"))[0].rule == "percent.truncated");
    REQUIRE(at(f, loc("k0103")).size() == 1);
    CHECK(at(f, loc("k0103"))[0].rule == "percent.recomputed");
    CHECK(at(f, loc("k0103"))[0].expected == "100.00");
    REQUIRE(at(f, loc("porsi_bad")).size() == 1);
    CHECK(at(f, loc("porsi_bad"))[0].expected == "60");
}

TEST_CASE("capaian.undefined: 0/0 printed as a number") {
    auto doc = base();
    add_angka(doc, "r", "realisasi", "/renstra/indikator/S1.I2", "100%");
    add_angka(doc, "c", "capaian", "/renstra/indikator/S1.I2", "106,38");
    const auto f = sakip::audit(doc);
    REQUIRE(at(f, loc("r")).size() == 1);
    CHECK(at(f, loc("r"))[0].rule == "capaian.undefined");
    CHECK(at(f, loc("r"))[0].expected == "undefined");
    REQUIRE(at(f, loc("c")).size() == 1);
    CHECK(at(f, loc("c"))[0].rule == "capaian.undefined");

    // With the legacy policy the same figures are right.
    sakip::AuditOptions legacy;
    legacy.policy.zero_over_zero = sakip::ZeroOverZero::seratus;
    CHECK(without(sakip::audit(doc, legacy), "skala.celah").empty());
}

TEST_CASE("rata_rata_capaian and efisiensi of a sasaran") {
    auto doc = base();
    // Members: S1.I1 41,8300…, S1.I2 undefined (0/0) -> mean 41,83; legacy (41,83 + 106,38) / 2 = 74,11
    add_angka(doc, "avg", "rata_rata_capaian", "/renstra/sasaran/S1", "41,83");
    add_angka(doc, "avg_legacy", "rata_rata_capaian", "/renstra/sasaran/S1", "74,11");
    add_angka(doc, "ser", "serapan", "/renstra/sasaran/S1", "99,50 %");
    add_angka(doc, "ef", "efisiensi", "/renstra/sasaran/S1", "-57,67");
    add_angka(doc, "ef_sign", "efisiensi", "/renstra/sasaran/S1", "57,67");
    const auto f = sakip::audit(doc);
    CHECK(at(f, loc("avg")).empty());
    CHECK(at(f, loc("ser")).empty());
    CHECK(at(f, loc("ef")).empty());
    REQUIRE(at(f, loc("avg_legacy")).size() == 1);
    CHECK(at(f, loc("avg_legacy"))[0].rule == "capaian.undefined");
    CHECK(at(f, loc("avg_legacy"))[0].expected == "41.83");
    REQUIRE(at(f, loc("ef_sign")).size() == 1);
    CHECK(at(f, loc("ef_sign"))[0].rule == "percent.recomputed");
    CHECK(at(f, loc("ef_sign"))[0].expected == "-57.67");
    CHECK(at(f, loc("ef_sign"))[0].message.find("tanda terbalik") != std::string::npos);
    CHECK(at(f, loc("ef_sign"))[0].message_en.find("sign reversed") != std::string::npos);
}

TEST_CASE("kategori.scale and kategori.label against the report's own scale") {
    auto doc = base();
    add_angka(doc, "k_ok", "kategori", "/renstra/indikator/S1.I1", "Sangat Kurang");
    add_angka(doc, "k_wrong", "kategori", "/renstra/indikator/S1.I1", "Cukup");
    add_angka(doc, "k_label", "kategori", "/renstra/indikator/S1.I1", "Sangat Rendah");
    const auto f = sakip::audit(doc);
    CHECK(at(f, loc("k_ok")).empty());
    REQUIRE(at(f, loc("k_wrong")).size() == 1);
    CHECK(at(f, loc("k_wrong"))[0].rule == "kategori.scale");
    CHECK(at(f, loc("k_wrong"))[0].expected == "Sangat Kurang");
    REQUIRE(at(f, loc("k_label")).size() == 1);
    CHECK(at(f, loc("k_label"))[0].rule == "kategori.label");

    // A chosen scale: "Sangat Rendah" is then right.
    sakip::AuditOptions o;
    o.skala = sakip::skala("permendagri_86_2017");
    const auto g = sakip::audit(doc, o);
    CHECK(at(g, loc("k_label")).empty());
}

TEST_CASE("counts: jumlah.recomputed and jumlah.terbilang") {
    auto doc = base();
    add_angka(doc, "n_ok", "jumlah_indikator", "/renstra/indikator", "2 (dua)");
    add_angka(doc, "n_words", "jumlah_indikator", "/renstra/indikator", "2 (tiga)");
    add_angka(doc, "n_bad", "jumlah_indikator", "/renstra/sasaran/S1", "3");
    add_angka(doc, "sk_ok", "jumlah_kategori", "/renstra/sasaran/S1", "1", "", "SK");
    add_angka(doc, "b_bad", "jumlah_kategori", "/renstra/sasaran/S1", "2", "", "B");
    add_angka(doc, "prog", "jumlah_program", "/dpa/2020/program", "1");
    add_angka(doc, "keg", "jumlah_kegiatan", "/dpa/2020/program", "3");
    const auto f = sakip::audit(doc);
    CHECK(at(f, loc("n_ok")).empty());
    CHECK(at(f, loc("sk_ok")).empty());
    CHECK(at(f, loc("prog")).empty());
    REQUIRE(at(f, loc("n_words")).size() == 1);
    CHECK(at(f, loc("n_words"))[0].rule == "jumlah.terbilang");
    REQUIRE(at(f, loc("n_bad")).size() == 1);
    CHECK(at(f, loc("n_bad"))[0].rule == "jumlah.recomputed");
    CHECK(at(f, loc("n_bad"))[0].expected == "2");
    REQUIRE(at(f, loc("b_bad")).size() == 1);
    CHECK(at(f, loc("b_bad"))[0].expected == "0");
    REQUIRE(at(f, loc("keg")).size() == 1);
    CHECK(at(f, loc("keg"))[0].expected == "2");
}

TEST_CASE("targets: target.mismatch, renstra.target_akhir, renstra.kondisi_awal") {
    auto doc = base();
    add_angka(doc, "t_ok", "target", "/renstra/indikator/S1.I1", "85");
    add_angka(doc, "t_bad", "target", "/renstra/indikator/S1.I1", "100%");
    add_angka(doc, "ta_ok", "target_akhir", "/renstra/indikator/S1.I1", "100 %");
    add_angka(doc, "ta_bad", "target_akhir", "/renstra/indikator/S1.I1", "41,83 %");
    add_angka(doc, "ka_bad", "kondisi_awal", "/renstra/indikator/S1.I1", "97%");
    const auto f = sakip::audit(doc);
    CHECK(at(f, loc("t_ok")).empty());
    CHECK(at(f, loc("ta_ok")).empty());
    REQUIRE(at(f, loc("t_bad")).size() == 1);
    CHECK(at(f, loc("t_bad"))[0].rule == "target.mismatch");
    CHECK(at(f, loc("t_bad"))[0].expected == "85");
    REQUIRE(at(f, loc("ta_bad")).size() == 1);
    CHECK(at(f, loc("ta_bad"))[0].rule == "renstra.target_akhir");
    CHECK(at(f, loc("ta_bad"))[0].expected == "100");
    REQUIRE(at(f, loc("ka_bad")).size() == 1);
    CHECK(at(f, loc("ka_bad"))[0].rule == "renstra.kondisi_awal");
}

TEST_CASE("budget: budget.sum, anggaran.mismatch, amount.invalid") {
    auto doc = base();
    add_angka(doc, "sum_ok", "total_rencana", "/dpa/2020/program", "Rp 100.000.000,-");
    add_angka(doc, "sum_z", "total_realisasi", "/dpa/2020/program", "99.500.000");
    add_angka(doc, "ang_ok", "anggaran", "/dpa/2020/program/01/kegiatan/0103", "40.000.000,00");
    add_angka(doc, "ang_bad", "anggaran", "/dpa/2020/program/01/kegiatan/0103", "41.000.000");
    add_angka(doc, "inv", "realisasi_anggaran", "/dpa/2020/program/01/kegiatan/0103", "Rp. 40.00.000,-");
    add_angka(doc, "pk_sum", "total_rencana", "/pk/2020/sekcam/kegiatan", "100.000.000");
    auto f = sakip::audit(doc);
    CHECK(at(f, loc("sum_ok")).empty());
    CHECK(at(f, loc("sum_z")).empty());
    CHECK(at(f, loc("ang_ok")).empty());
    CHECK(at(f, loc("pk_sum")).empty());
    REQUIRE(at(f, loc("ang_bad")).size() == 1);
    CHECK(at(f, loc("ang_bad"))[0].rule == "anggaran.mismatch");
    CHECK(at(f, loc("ang_bad"))[0].expected == "40000000");
    REQUIRE(at(f, loc("inv")).size() == 1);
    CHECK(at(f, loc("inv"))[0].rule == "amount.invalid");
    CHECK_FALSE(at(f, loc("inv"))[0].reported_value.has_value());

    // A stated total that is not the sum of its rows, in the DPA itself and as printed.
    doc.dpa[2020].belanja.langsung->rencana = sakip::Amount::parse("100.000.500");
    add_angka(doc, "sum_bad", "total_rencana", "/dpa/2020/program", "100.000.500");
    f = sakip::audit(doc);
    REQUIRE(at(f, "/dpa/2020/belanja/langsung/rencana").size() == 1);
    CHECK(at(f, "/dpa/2020/belanja/langsung/rencana")[0].rule == "budget.sum");
    CHECK(at(f, "/dpa/2020/belanja/langsung/rencana")[0].expected == "100000000");
    REQUIRE(at(f, loc("sum_bad")).size() == 1);
    CHECK(at(f, loc("sum_bad"))[0].rule == "budget.sum");
    CHECK(at(f, loc("sum_bad"))[0].reported_value == "100000500");
}

TEST_CASE("PK: pk.dpa_mismatch, pk.cascade_sum, amount.ambiguous, amount.english_grouping") {
    auto doc = base();
    auto& camat = doc.pk[2020][0];
    auto& sekcam = doc.pk[2020][1];
    REQUIRE(camat.id == "camat");
    camat.program[0].anggaran = sakip::Amount::parse("90.000.000");
    sekcam.kegiatan[1].anggaran = sakip::Amount::parse("40.000,000");
    sekcam.kegiatan[0].anggaran = sakip::Amount::parse("60,000,000");
    const auto f = sakip::audit(doc);
    const auto m = with_rule(f, "pk.dpa_mismatch");
    REQUIRE(m.size() == 2);
    CHECK(m[0].location == "/pk/2020/camat/program/0/anggaran");
    CHECK(m[0].expected == "100000000");
    CHECK(m[1].location == "/pk/2020/sekcam/kegiatan/1/anggaran");
    const auto c = with_rule(f, "pk.cascade_sum");
    REQUIRE(c.size() == 1);
    CHECK(c[0].location == "/pk/2020/camat/program/0/anggaran");
    CHECK(c[0].expected == "60040000");
    REQUIRE(with_rule(f, "amount.ambiguous").size() == 1);
    CHECK(with_rule(f, "amount.ambiguous")[0].location == "/pk/2020/sekcam/kegiatan/1/anggaran");
    REQUIRE(with_rule(f, "amount.english_grouping").size() == 1);
    CHECK(with_rule(sakip::audit(base()), "pk.cascade_sum").empty());
}

TEST_CASE("PK: duplicate rows, rows not in the DPA, sasaran coverage, targets") {
    auto doc = base();
    auto& sekcam = doc.pk[2020][1];
    sekcam.kegiatan.push_back(sekcam.kegiatan[1]);  // 0103 twice
    sakip::PkBaris extra;
    extra.uraian = "Kegiatan lain";
    extra.program = sakip::Kode::parse("01");
    extra.anggaran = sakip::Amount::parse("5.000.000");
    sekcam.kegiatan.push_back(extra);
    sekcam.kegiatan[0].indikator = "Persentase rekening dibayar";  // target "36 Rekening"
    sekcam.sasaran[0].indikator[0].target = sakip::Target{sakip::Besaran::parse("90%")};
    doc.dpa[2020].program[0].sasaran = {"S2"};
    const auto f = sakip::audit(doc);
    REQUIRE(with_rule(f, "pk.duplicate_row").size() == 1);
    CHECK(with_rule(f, "pk.duplicate_row")[0].location == "/pk/2020/sekcam/kegiatan/2");
    REQUIRE(with_rule(f, "pk.not_in_dpa").size() == 1);
    CHECK(with_rule(f, "pk.not_in_dpa")[0].location == "/pk/2020/sekcam/kegiatan/3");
    REQUIRE(with_rule(f, "pk.target_satuan").size() == 1);
    REQUIRE(with_rule(f, "pk.target_mismatch").size() == 1);
    CHECK(with_rule(f, "pk.target_mismatch")[0].expected == "85");
    CHECK(with_rule(f, "pk.sasaran_coverage").size() == 2);  // camat and sekcam fund program 01 (S2)
}

TEST_CASE("inputs, years and decimal points") {
    auto doc = base();
    add_angka(doc, "in_ok", "nilai_input", "/realisasi/2020/S1.I1/input/a", "32");
    add_angka(doc, "in_bad", "nilai_input", "/realisasi/2020/S1.I1/input/b", "9.000");
    add_angka(doc, "year_ok", "tahun", "/dpa/2020", "TA. 2020");
    add_angka(doc, "year_bad", "tahun", "/dpa/2020", "TA.2018");
    add_angka(doc, "dot", "porsi", "/dpa/2020/program/01", "100.0", "/dpa/2020/belanja/langsung");
    doc.realisasi[2020][0].rincian[0].baris[0].jumlah = sakip::Besaran::parse("31");
    const auto f = sakip::audit(doc);
    CHECK(at(f, loc("in_ok")).empty());
    CHECK(at(f, loc("year_ok")).empty());
    // "9.000" is read 9000 (and flagged: a lone group, angka.ambiguous).
    REQUIRE(at(f, loc("in_bad")).size() == 2);
    CHECK(with_rule(at(f, loc("in_bad")), "angka.ambiguous").size() == 1);
    REQUIRE(with_rule(at(f, loc("in_bad")), "input.mismatch").size() == 1);
    CHECK(with_rule(at(f, loc("in_bad")), "input.mismatch")[0].reported_value == "9000");
    REQUIRE(at(f, loc("year_bad")).size() == 1);
    CHECK(at(f, loc("year_bad"))[0].rule == "tahun.mismatch");
    REQUIRE(at(f, loc("dot")).size() == 1);
    CHECK(at(f, loc("dot"))[0].rule == "angka.decimal_point");
    REQUIRE(with_rule(f, "input.rincian_sum").size() == 1);
    CHECK(with_rule(f, "input.rincian_sum")[0].expected == "33");
}

TEST_CASE("findings are sorted by severity, then location, then rule; JSON is stable") {
    auto doc = base();
    add_angka(doc, "b", "realisasi", "/renstra/indikator/S1.I1", "35,55%");
    add_angka(doc, "a", "realisasi", "/renstra/indikator/S1.I1", "50%");
    add_angka(doc, "c", "realisasi", "/renstra/indikator/S1.I1", "40%");
    const auto f = without(sakip::audit(doc), "skala.celah");
    REQUIRE(f.size() == 3);
    CHECK(f[0].location == loc("a"));
    CHECK(f[1].location == loc("c"));
    CHECK(f[2].location == loc("b"));
    CHECK(sakip::to_json(sakip::audit(doc)) == sakip::to_json(sakip::audit(doc)));
    CHECK(sakip::to_json({}) == "[]\n");
    const auto rules = sakip::audit_rules();
    CHECK(std::is_sorted(rules.begin(), rules.end(), [](const auto& x, const auto& y) { return x.id < y.id; }));
}
