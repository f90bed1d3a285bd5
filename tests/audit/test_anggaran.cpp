// Amounts rolled up from the lowest level that prints them, and budget control: the Tabel 19 fragment
// of the LKjIP 2021 of Sekretariat Daerah Provinsi Sumatera Utara (amounts only on sub kegiatan;
// tests/data/sumut-setda-2021-tabel19.json) and small synthetic cases. Figures checked by hand.
#include "common.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

namespace {

using audit_test::at;
using audit_test::v;
using audit_test::with_rule;

// An amount to whole rupiah, "-" when undefined.
std::string rupiah_bulat(const std::optional<sakip::Rupiah>& r) { return r ? r->value().quantize(0).to_string() : "-"; }

const sakip::Dokumen& sumut() {
    static const sakip::Dokumen doc =
        sakip::load(std::string(SAKIP_SOURCE_DIR) + "/tests/data/sumut-setda-2021-tabel19.json");
    return doc;
}

const std::string P = "/dpa/2021/program/9.99.01";
const std::string K1 = P + "/kegiatan/9.99.01.2.01", K2 = P + "/kegiatan/9.99.01.2.02";

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("roll-up: a DPA with amounts only on sub kegiatan has every level (Sumatera Utara 2021, Tabel 19)") {
    const auto ev = sakip::evaluate(sumut(), 2021);
    const auto* k1 = ev.find_anggaran(K1);
    const auto* k2 = ev.find_anggaran(K2);
    const auto* p = ev.find_program("9.99.01");
    REQUIRE(k1 != nullptr);
    REQUIRE(k2 != nullptr);
    REQUIRE(p != nullptr);
    // Kegiatan 2.01: its one sub kegiatan, 702 188 300 / 749 930 215 = 93,6338…
    CHECK(rupiah_bulat(k1->rencana) == "749930215");
    CHECK(k1->asal_rencana == sakip::AsalJumlah::rincian);
    CHECK(v(k1->serapan) == "93.63");
    // Kegiatan 2.02: 216 194 000 + 378 896 500 + 398 379 650 = 993 470 150;
    // 188 957 200 + 351 953 546 + 307 055 630 = 847 966 376; 85,354…
    CHECK(rupiah_bulat(k2->rencana) == "993470150");
    CHECK(rupiah_bulat(k2->realisasi) == "847966376");
    CHECK(v(k2->serapan) == "85.35");
    CHECK(contains(k2->serapan.trace.formula, "realisasi (Σ sub kegiatan)"));
    // The program through its kegiatan: 1 743 400 365 and 1 550 154 676, 88,9156… %.
    CHECK(rupiah_bulat(p->rencana) == "1743400365");
    CHECK(rupiah_bulat(p->realisasi) == "1550154676");
    CHECK(p->asal_realisasi == sakip::AsalJumlah::rincian);
    CHECK(v(p->serapan) == "88.92");
    CHECK(contains(p->serapan.trace.to_string(), "rencana (Σ kegiatan)"));
    // The sub kegiatan printed 80.5: 307 055 630 / 398 379 650 = 77,0761…
    REQUIRE(k2->sub_kegiatan.size() == 3);
    CHECK(k2->sub_kegiatan[2].asal_realisasi == sakip::AsalJumlah::tercetak);
    CHECK(v(k2->sub_kegiatan[2].serapan) == "77.08");
    // Totals, the sasaran and shares follow (no belanja langsung: the base is Σ programs).
    CHECK(v(ev.serapan) == "88.92");
    CHECK(rupiah_bulat(ev.total_rencana) == "1743400365");
    REQUIRE(ev.find_sasaran("S3") != nullptr);
    CHECK(v(ev.find_sasaran("S3")->serapan) == "88.92");
    CHECK(v(p->porsi) == "100.00");
    CHECK(v(k1->porsi) == "43.02");  // 749 930 215 / 1 743 400 365 = 43,0153…
}

TEST_CASE("audit of Tabel 19: the program's 88.6 is the plain mean of the printed %, 80.5 is 77,08 %") {
    const auto f = sakip::audit(sumut());
    const auto prog = at(f, "/laporan/2021/angka/t19.p.serapan");
    REQUIRE(prog.size() == 2);  // percent.recomputed, and the decimal point
    const auto pr = with_rule(prog, "percent.recomputed");
    const auto s4 = with_rule(at(f, "/laporan/2021/angka/t19.s4.serapan"), "percent.recomputed");
    REQUIRE(pr.size() == 1);
    CHECK(pr[0].reported_value == "88.6");
    CHECK(pr[0].expected == "88.92");  // 1 550 154 676 / 1 743 400 365 = 88,9156…
    CHECK(contains(pr[0].trace, "rencana (Σ kegiatan) = 1743400365"));
    CHECK(contains(pr[0].message_en,
                   "plain mean of the 4 printed sub kegiatan percentages ((93.6 + 87.4 + 92.9 + "
                   "80.5) / 4 = 88.6), not Σ realisasi / Σ rencana"));
    CHECK(contains(pr[0].message, "rata-rata biasa 4 persentase sub kegiatan"));

    REQUIRE(s4.size() == 1);
    CHECK(s4[0].reported_value == "80.5");
    CHECK(s4[0].expected == "77.08");
    CHECK(contains(s4[0].trace, "realisasi = 307055630, rencana = 398379650"));
    CHECK_FALSE(contains(s4[0].message_en, "plain mean"));
    // The other three sub kegiatan and every printed amount agree; every % has '.' as decimal mark.
    CHECK(with_rule(f, "percent.recomputed").size() == 2);
    CHECK(with_rule(f, "angka.decimal_point").size() == 5);
    CHECK(with_rule(f, "anggaran.mismatch").empty());
    CHECK(with_rule(f, "budget.realisasi_missing").empty());
    CHECK(with_rule(f, "budget.over_pagu").empty());
    CHECK(with_rule(f, "budget.sum").empty());
}

TEST_CASE("budget.sum: a program Rp365 off from its sub kegiatan, through kegiatan without amounts") {
    auto doc = audit_test::base();
    sakip::Kegiatan& k = doc.dpa[2020].program[0].kegiatan[0];  // 0102: 60 000 000 / 59 500 000 printed
    k.rencana.reset();
    k.realisasi.reset();
    sakip::SubKegiatan a, b;
    a.kode = sakip::Kode::parse("010201");
    a.uraian = "Sub satu";
    a.rencana = sakip::Amount::parse("30.000.000");
    a.realisasi = sakip::Amount::parse("29.500.000");
    b.kode = sakip::Kode::parse("010202");
    b.uraian = "Sub dua";
    b.rencana = sakip::Amount::parse("29.999.635");
    b.realisasi = sakip::Amount::parse("30.000.000");
    k.sub_kegiatan = {a, b};
    const auto ev = sakip::evaluate(doc, 2020);
    REQUIRE(ev.find_kegiatan("0102") != nullptr);
    CHECK(rupiah_bulat(ev.find_kegiatan("0102")->rencana) == "59999635");
    CHECK(rupiah_bulat(ev.find_program("01")->jumlah_rencana_kegiatan) == "99999635");
    CHECK(rupiah_bulat(ev.find_program("01")->rencana) == "100000000");  // printed: kept
    const auto f = sakip::audit(doc);
    const auto s = with_rule(at(f, "/dpa/2020/program/01/rencana"), "budget.sum");
    REQUIRE(s.size() == 1);
    CHECK(s[0].expected == "99999635");
    CHECK(contains(s[0].message, "selisih Rp365"));
    // The sekcam PK allots 60 000 000 to kegiatan 0102, whose DPA row now prints no pagu: compared
    // with the Σ of its sub kegiatan.
    const auto pk = with_rule(at(f, "/pk/2020/sekcam/kegiatan/0/anggaran"), "pk.dpa_mismatch");
    REQUIRE(pk.size() == 1);
    CHECK(pk[0].expected == "59999635");
    CHECK(contains(pk[0].message_en, "the DPA Rp59.999.635 (the sum of its rows; the DPA row prints no pagu)"));
    // Sub 010202 spends 365 more than its pagu: a warning there, not on the summed kegiatan.
    const auto over = with_rule(f, "budget.over_pagu");
    REQUIRE(over.size() == 1);
    CHECK(over[0].location == "/dpa/2020/program/01/kegiatan/0102/sub_kegiatan/010202/realisasi");
    CHECK(over[0].expected == "≤ 29999635");
    CHECK(contains(over[0].message, "melebihi pagu Rp29.999.635 (lebih Rp365)"));
}

TEST_CASE("budget.over_pagu, amount.negative") {
    auto doc = audit_test::base();
    doc.dpa[2020].program[0].kegiatan[1].realisasi = sakip::Amount::parse("41.000.000");  // pagu 40 000 000
    auto f = sakip::audit(doc);
    auto over = with_rule(f, "budget.over_pagu");
    REQUIRE(over.size() == 1);
    CHECK(over[0].location == "/dpa/2020/program/01/kegiatan/0103/realisasi");
    CHECK(over[0].severity == sakip::Severity::warning);
    CHECK(over[0].reported_value == "41000000");
    CHECK(contains(over[0].message_en, "exceeds its pagu Rp40.000.000 (by Rp1.000.000)"));
    CHECK(with_rule(f, "amount.negative").empty());

    doc = audit_test::base();
    doc.dpa[2020].program[0].kegiatan[1].rencana = sakip::Amount::parse("-40.000.000");
    f = sakip::audit(doc);
    const auto neg = with_rule(f, "amount.negative");
    REQUIRE(neg.size() == 1);
    CHECK(neg[0].location == "/dpa/2020/program/01/kegiatan/0103/rencana");
    CHECK(neg[0].severity == sakip::Severity::error);
    CHECK(neg[0].reported_value == "-40000000");
}

TEST_CASE("budget.realisasi_missing names the sums it blocks, never a partial sum") {
    auto doc = audit_test::base();
    // Kegiatan 0103 without realisasi: program 01 prints its own, so only its Σ check is lost.
    doc.dpa[2020].program[0].kegiatan[1].realisasi.reset();
    auto f = sakip::audit(doc);
    auto miss = with_rule(f, "budget.realisasi_missing");
    REQUIRE(miss.size() == 1);
    CHECK(miss[0].location == "/dpa/2020/program/01/kegiatan/0103");
    CHECK(miss[0].severity == sakip::Severity::info);
    CHECK(contains(miss[0].message, "realisasi belum diinput: kegiatan 0103 (pagu Rp40.000.000)"));
    CHECK(contains(miss[0].message,
                   "serapan kegiatan 0103; pemeriksaan realisasi program 01 terhadap jumlah "
                   "rinciannya"));

    // Now the program prints none either: its realisasi, the total and the sasaran are unknown, with why.
    doc.dpa[2020].program[0].realisasi.reset();
    const auto ev = sakip::evaluate(doc, 2020);
    const auto* p = ev.find_program("01");
    CHECK_FALSE(p->realisasi.has_value());
    CHECK(p->asal_realisasi == sakip::AsalJumlah::tidak_ada);
    CHECK(p->alasan_realisasi == "realisasi not stated; Σ kegiatan incomplete: kegiatan 0103 without realisasi");
    CHECK(p->serapan.status == sakip::Status::missing);
    CHECK(p->serapan.trace.reason == p->alasan_realisasi);
    CHECK_FALSE(ev.total_realisasi.has_value());
    CHECK(contains(ev.serapan.trace.reason, "program 01 (realisasi not stated; Σ kegiatan incomplete"));
    CHECK(contains(ev.find_sasaran("S1")->serapan.trace.reason, "program 01 without realisasi"));
    f = sakip::audit(doc);
    miss = with_rule(f, "budget.realisasi_missing");
    REQUIRE(miss.size() == 1);
    CHECK(contains(miss[0].message_en,
                   "left unknown: absorption of kegiatan 0103; realisasi and absorption of "
                   "program 01; total realisasi and absorption of all programs; the check of "
                   "belanja langsung (realisasi) against the programs; absorption and "
                   "efficiency of sasaran S1"));

    // A DPA without any realisasi: one note for the DPA.
    doc.dpa[2020].program[0].kegiatan[0].realisasi.reset();
    f = sakip::audit(doc);
    miss = with_rule(f, "budget.realisasi_missing");
    REQUIRE(miss.size() == 1);
    CHECK(miss[0].location == "/dpa/2020");
    CHECK(contains(miss[0].message, "tidak memuat realisasi untuk 3 butirnya"));
}

TEST_CASE("duplicate DPA codes are refused by the loader (code.unique), so the audit needs no rule") {
    std::ifstream in(std::string(SAKIP_SOURCE_DIR) + "/tests/data/sumut-setda-2021-tabel19.json");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // A second kegiatan whose code is 9.99.01.2.01 once normalised.
    const std::string anchor = R"("9.99.01.2.02": {)";
    const auto pos = text.find(anchor);
    REQUIRE(pos != std::string::npos);
    text.insert(pos, R"("9.99.1.2.1": {"uraian": "Kegiatan lagi"}, )");
    CHECK_THROWS_WITH_AS(sakip::load_json(text, "dup"), doctest::Contains("after normalisation"), sakip::error);
}

TEST_CASE("pk.cascade_sum one level down: a kegiatan amount against the sub kegiatan rows below it") {
    auto doc = audit_test::base();
    auto& pks = doc.pk[2020];
    sakip::PerjanjianKinerja kasubag;
    kasubag.id = "kasubag";
    kasubag.tahun = 2020;
    kasubag.atasan = "sekcam";  // sekcam allots 60 000 000 to kegiatan 0102
    const auto sub = audit_test::baris_sub_kegiatan_0102;
    kasubag.sub_kegiatan = {sub("010201", "30.000.000"), sub("010202", "29.999.635"), sub("010201", "1.000.000")};
    pks.push_back(kasubag);
    auto check = [](const std::vector<sakip::Finding>& f) {
        const auto c = with_rule(f, "pk.cascade_sum");
        REQUIRE(c.size() == 1);  // the camat's program 01 (100 000 000 = 60 + 40 juta) still agrees
        CHECK(c[0].location == "/pk/2020/sekcam/kegiatan/0/anggaran");
        CHECK(c[0].expected == "59999635");  // each sub kegiatan once: its first row
        CHECK(c[0].message ==
              "kegiatan 0102 di PK sekcam Rp60.000.000, tetapi sub kegiatannya di PK bawahan "
              "berjumlah Rp59.999.635");
        CHECK(c[0].trace == "Σ kasubag/sub_kegiatan/0 30000000 + kasubag/sub_kegiatan/1 29999635 = 59999635");
    };
    check(sakip::audit(doc));
    // The same through the walk a year whose PKs are not a forest takes (a cycle elsewhere).
    sakip::PerjanjianKinerja a, b;
    a.id = "a";
    a.atasan = "b";
    b.id = "b";
    b.atasan = "a";
    pks.push_back(a);
    pks.push_back(b);
    check(sakip::audit(doc));
}
