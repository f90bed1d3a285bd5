// Reading a scale as reports print it (skala_tercetak, parse_interval): the printed forms of real
// LKjIP (../shared/DOMAIN.md "Ordinal scales"), the two gap rules, and what is refused.
#include <doctest/doctest.h>

#include "support/exact.hpp"

#include <sakip/measure.hpp>

#include <string>
#include <vector>

using namespace sakip;
using test_support::D;

namespace {

std::string bands(const Skala& s) {
    std::string out;
    for (const Pita& p : s.pita()) out += (out.empty() ? "" : " | ") + p.to_string() + " " + p.label;
    return out;
}
std::string interval(const char* text) {
    const auto p = parse_interval(text);
    return p ? p->to_string() : "not numeric";
}

}  // namespace

TEST_CASE("parse_interval: the printed forms") {
    CHECK(interval("76 % ≤ 100 %") == "[76, 100]");  // the seed: from 76 % up to and including 100 %
    CHECK(interval("66 % < 75 %") == "[66, 75)");
    CHECK(interval("91 – 100") == "[91, 100]");
    CHECK(interval("91-100") == "[91, 100]");
    CHECK(interval("76%-90%") == "[76, 90]");
    CHECK(interval("85 s.d. 100") == "[85, 100]");
    CHECK(interval("85 s/d 100") == "[85, 100]");
    CHECK(interval("> 100 %") == "> 100");
    CHECK(interval(">100%") == "> 100");
    CHECK(interval("≥ 91") == "≥ 91");
    CHECK(interval(">= 91") == "≥ 91");
    CHECK(interval("≤ 50") == "≤ 50");
    CHECK(interval("< 50") == "< 50");
    CHECK(interval("x > 100") == "> 100");
    CHECK(interval("0 – 49,99") == "[0, 49.99]");  // Indonesian decimal comma
    CHECK(interval("100") == "[100, 100]");
    CHECK(interval("> 85 – 100") == "(85, 100]");     // Maluku Tengah, PermenPAN-RB 88/2021 grades
    CHECK(interval("> 75 s.d. < 85") == "(75, 85)");  // Maluku Tengah 2021, both bounds with a comparison
    CHECK(interval("≥ 75 s.d. ≤ 85") == "[75, 85]");
    CHECK(interval("85 < x ≤ 100") == "(85, 100]");
    CHECK(interval("85 ≤ x < 100") == "[85, 100)");
    CHECK(interval("100 < x") == "> 100");
    CHECK(interval("Tidak Ada Target") == "not numeric");
    CHECK(interval("-") == "not numeric");
    CHECK(parse_interval("≤ 50")->tercetak == "≤ 50");
}

TEST_CASE("parse_interval: what is refused names the text and its place") {
    CHECK_THROWS_AS(parse_interval("sekitar 90"), parse_error);
    CHECK_THROWS_AS(parse_interval("90 100"), parse_error);
    CHECK_THROWS_AS(parse_interval("≤ 50 ≥"), parse_error);
    CHECK_THROWS_AS(parse_interval("100 – 90"), parse_error);  // empty: lower above upper
    try {
        (void)parse_interval("76 kira-kira 90", "skala S, kelas Baik");
        FAIL("accepted");
    } catch (const parse_error& e) {
        CHECK(e.text() == "76 kira-kira 90");
        CHECK(e.offset() == 3);
        CHECK(std::string(e.what()).find("skala S, kelas Baik") != std::string::npos);
    }
}

TEST_CASE("a report labelled Sangat Baik … Sangat Kurang (Inspektorat Sampang 2019) is its own scale") {
    const Skala s = skala_tercetak("sampang", "Inspektorat Sampang 2019",
                                   {{"91 – 100", "Sangat Baik"},
                                    {"76 – 90", "Baik"},
                                    {"66 – 75", "Cukup"},
                                    {"51 – 65", "Kurang"},
                                    {"≤ 50", "Sangat Kurang"}});
    CHECK(bands(s) == "≤ 50 Sangat Kurang | (50, 65] Kurang | (65, 75] Cukup | (75, 90] Baik | > 90 Sangat Baik");
    CHECK(kategori(D("103.09"), s) == "Sangat Baik");
    CHECK(kategori(D("90.5"), s) == "Sangat Baik");
    CHECK(s.has_label("sangat baik"));
    CHECK_FALSE(s.has_label("Sangat Tinggi"));
    // Four gaps and the open top, each said.
    REQUIRE(s.catatan().size() == 5);
    CHECK(s.catatan()[3] ==
          "celah antara 90 dan 91 (90 < x < 91) masuk Sangat Baik (batas_atas) / the gap between 90 and 91 (90 < x < "
          "91) is Sangat Baik (batas_atas)");
    CHECK(s.catatan()[4] ==
          "di atas 100 masuk Sangat Baik (kelas tertinggi terbuka ke atas) / above 100 is Sangat Baik (the highest "
          "class is open above)");
}

TEST_CASE("SIM Kinerja Polewali Mandar: a point band, and Tidak Ada Target kept as a class") {
    const std::vector<KelasCetak> k = {{"0 – 49,99", "Sangat Kurang"}, {"50 – 64,99", "Kurang"},
                                       {"65 – 74,99", "Cukup"},        {"75 – 89,99", "Baik"},
                                       {"90 – 99,99", "Sangat Baik"},  {"100", "Tercapai"},
                                       {"> 100", "Melampaui"},         {"Tidak Ada Target", "Tidak Ada Target"}};
    const Skala atas = skala_tercetak("polman", "", k);
    CHECK(bands(atas) ==
          "≤ 49.99 Sangat Kurang | (49.99, 64.99] Kurang | (64.99, 74.99] Cukup | (74.99, 89.99] Baik | "
          "(89.99, 99.99] Sangat Baik | (99.99, 100] Tercapai | > 100 Melampaui");
    CHECK(kategori(D("49.995"), atas) == "Kurang");
    CHECK(kategori(D("99.995"), atas) == "Tercapai");
    // The named alternative: a printed lower bound is authoritative.
    const Skala bawah = skala_tercetak("polman", "", k, AturanCelah::batas_bawah);
    CHECK(bands(bawah) ==
          "< 50 Sangat Kurang | [50, 65) Kurang | [65, 75) Cukup | [75, 90) Baik | [90, 100) Sangat Baik | "
          "[100, 100] Tercapai | > 100 Melampaui");
    CHECK(kategori(D("49.995"), bawah) == "Sangat Kurang");
    CHECK(kategori(D("100"), bawah) == "Tercapai");
    // Equal when read alike: the same print under the same rule, not the same print under another.
    CHECK(skala_tercetak("polman", "", k) == atas);
    CHECK_FALSE(bawah == atas);
    REQUIRE(atas.kelas_lain().size() == 1);
    CHECK(atas.kelas_lain()[0].label == "Tidak Ada Target");
    CHECK(atas.has_label("tidak ada target"));
    CHECK(parse_aturan_celah("Batas_Bawah") == AturanCelah::batas_bawah);
    CHECK_THROWS_WITH_AS(parse_aturan_celah("tengah"), doctest::Contains("valid: batas_atas, batas_bawah"),
                         sakip::error);
}

TEST_CASE("LKjIP Kabupaten Maluku Tengah 2021 (Bab III, III.2): \"s.d.\" bands, a point gap at 85, nothing above 100") {
    // As printed (fliphtml5.com/qdghn/orip, page 94): no class holds exactly 85, none goes above 100.
    const std::vector<KelasCetak> k = {{"> 85 s.d. 100", "Memuaskan"}, {"> 75 s.d. < 85", "Sangat Baik"},
                                       {"> 65 s.d 75", "Baik"},        {"> 50 s.d 65", "Cukup Baik"},
                                       {"> 30 s.d 50", "Agak Kurang"}, {"0 s.d 30", "Kurang"}};
    const Skala atas = skala_tercetak("malteng", "", k);
    CHECK(kategori(D("30"), atas) == "Kurang");
    CHECK(kategori(D("30.01"), atas) == "Agak Kurang");
    CHECK(kategori(D("84.99"), atas) == "Sangat Baik");
    CHECK(kategori(D("85"), atas) == "Memuaskan");  // the gap, closed by the default rule
    CHECK(kategori(D("85"), skala_tercetak("malteng", "", k, AturanCelah::batas_bawah)) == "Sangat Baik");
    CHECK_FALSE(atas.catatan().empty());  // the closed gap is said
    // Printed bounded on both sides: the ends are opened by the rule too (and said), so a capaian over 100 and a
    // negative one of a decreasing indicator ((2T - R) / T can go below 0) still get the end classes.
    CHECK(kategori(D("101"), atas) == "Memuaskan");
    CHECK(kategori(D("-1"), atas) == "Kurang");
    CHECK(atas.catatan().size() >= 3);  // the gap at 85, above 100, below 0
}

TEST_CASE("shared bounds and point gaps go to one side by the rule") {
    // Both print 75 inclusive: batas_atas gives 75 to the band below, batas_bawah to the band above.
    const std::vector<KelasCetak> both = {{"0 – 75", "Cukup"}, {"75 – 100", "Baik"}};
    CHECK(kategori(D("75"), skala_tercetak("a", "", both)) == "Cukup");
    CHECK(kategori(D("75"), skala_tercetak("b", "", both, AturanCelah::batas_bawah)) == "Baik");
    // Neither includes 75.
    const std::vector<KelasCetak> neither = {{"< 75", "Cukup"}, {"> 75", "Baik"}};
    CHECK(kategori(D("75"), skala_tercetak("c", "", neither)) == "Baik");
    CHECK(kategori(D("75"), skala_tercetak("d", "", neither, AturanCelah::batas_bawah)) == "Cukup");
    // Touching exactly: nothing to say but the open ends.
    const Skala exact = skala_tercetak("e", "", {{"< 75", "Cukup"}, {"≥ 75", "Baik"}});
    CHECK(exact.catatan().empty());
}

TEST_CASE("\"> a – b\" bands: the Evaluasi AKIP grades (PermenPAN-RB 88/2021, ../shared/DOMAIN.md)") {
    const Skala s = skala_tercetak("akip", "",
                                   {{"> 90 – 100", "AA"},
                                    {"> 80 – 90", "A"},
                                    {"> 70 – 80", "BB"},
                                    {"> 60 – 70", "B"},
                                    {"> 50 – 60", "CC"},
                                    {"> 30 – 50", "C"},
                                    {"0 – 30", "D"}});
    CHECK(bands(s) == "≤ 30 D | (30, 50] C | (50, 60] CC | (60, 70] B | (70, 80] BB | (80, 90] A | > 90 AA");
    CHECK(kategori(D("80"), s) == "BB");
    CHECK(kategori(D("80.01"), s) == "A");
    // No gap between the printed bands: only the two open ends are said.
    CHECK(s.catatan().size() == 2);
    // A band printed with a gap before a "> a" band: (84, 85] closed by batas_atas.
    const Skala t = skala_tercetak("t", "", {{"> 85 – 100", "Memuaskan"}, {"61 – 84", "Baik"}});
    CHECK(kategori(D("85"), t) == "Memuaskan");
    CHECK(kategori(D("84.5"), t) == "Memuaskan");
    CHECK(t.catatan()[0].find("celah antara 84 dan 85") == 0);
}

TEST_CASE("overlapping or empty printed scales are refused, naming the classes") {
    CHECK_THROWS_WITH_AS(skala_tercetak("x", "", {{"0 – 80", "Cukup"}, {"70 – 100", "Baik"}}),
                         doctest::Contains("classes \"0 – 80\" (Cukup) and \"70 – 100\" (Baik) overlap"), sakip::error);
    CHECK_THROWS_AS(skala_tercetak("x", "", {{"> 50", "A"}, {"> 70", "B"}}), sakip::error);
    CHECK_THROWS_WITH_AS(skala_tercetak("x", "", {{"Tidak Ada Target", "TAT"}}),
                         doctest::Contains("no class with numbers"), sakip::error);
}
