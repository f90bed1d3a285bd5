// sakip::rollup (line items by code prefix), sakip::read_line_items_csv and sakip::load_kabupaten.
#include <doctest/doctest.h>

#include <sakip/decimal/sen_column.hpp>
#include <sakip/error.hpp>
#include <sakip/io/csv.hpp>
#include <sakip/kabupaten/kabupaten.hpp>
#include <sakip/kabupaten/rollup.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

TEST_CASE("rollup groups by code prefix at every level, sorted, exactly") {
    const std::vector<std::string_view> codes{
        "7.01.0.00.0.00.02.0000/7.01.01.2.01.0002/5.1.02.01.01.0024",
        "7.01.0.00.0.00.01.0000/7.01.01.2.01.0001/5.1.02.01.01.0024",
        "7.01.0.00.0.00.01.0000/7.01.01.2.01.0001/5.1.02.01.01.0026",
        "7.01.0.00.0.00.01.0000/7.01.02.2.01.0001/5.1.02.01.01.0024",
    };
    const std::vector<std::int64_t> pagu{100, 200, 300, 400};
    const std::vector<std::int64_t> real{10, 20, 30, 40};
    const sakip::KodeKolom col{std::span<const std::string_view>(codes)};
    auto r = sakip::rollup(col, pagu, real, sakip::LevelRollup::instansi);
    REQUIRE(r.size() == 2);
    CHECK(r.kode[0] == "7.01.0.00.0.00.01.0000");
    CHECK(r.pagu[0] == 900);
    CHECK(r.realisasi[1] == 10);
    CHECK(r.baris[0] == 3);
    r = sakip::rollup(col, pagu, real, sakip::LevelRollup::program);
    REQUIRE(r.size() == 3);
    CHECK(r.kode[0] == "7.01.0.00.0.00.01.0000/7.01.01");
    CHECK(r.pagu[0] == 500);
    CHECK(r.total_pagu == 1000);
    r = sakip::rollup(col, pagu, {}, sakip::LevelRollup::rekening);
    CHECK(r.size() == 4);
    CHECK(r.realisasi.empty());
}

namespace {

// What rollup must give, row by row through rollup_key: the reference for the shortcut that reuses
// the head of the previous code. Returns "" on success or the error's what() and origin.
std::string reference(const std::vector<std::string>& codes, const std::vector<std::int64_t>& pagu,
                      sakip::LevelRollup level, std::map<std::string, std::int64_t>& sums) {
    try {
        for (std::size_t i = 0; i < codes.size(); ++i)
            sums[std::string(sakip::rollup_key(codes[i], level, i))] += pagu[i];
    } catch (const sakip::parse_error& e) {
        return std::string(e.what()) + " @ " + e.origin();
    }
    return "";
}

}  // namespace

TEST_CASE("rollup: the shortcut for a repeated head gives rollup_key's groups and errors") {
    // Runs of line items under one sub kegiatan, with mutations that break the rekening, the head
    // or the instansi part right after a valid row of the same head.
    std::mt19937 rng(20201231);
    const std::vector<std::string> heads{"7.01.0.00.0.00.01.0000/7.01.01.2.01.0001",
                                         "7.01.0.00.0.00.01.0000/7.01.01.2.01.0002",
                                         "7.01.0.00.0.00.02.0000/7.01.02.2.01.0001", "1.01.01.2.01.0001"};
    const std::vector<std::string> tails{
        "",      "/5.1.02.01.01.0024", "/5.1.02.01.01.0026", "/5.2", "/5..1", "/5.1/2", "/", "/5.x", "/5.1.",
        "0/5.1", ".0001/5.1"};
    const sakip::LevelRollup levels[] = {sakip::LevelRollup::instansi, sakip::LevelRollup::program,
                                         sakip::LevelRollup::kegiatan, sakip::LevelRollup::sub_kegiatan,
                                         sakip::LevelRollup::rekening};
    std::size_t ok = 0, failed = 0;
    for (int trial = 0; trial < 400; ++trial) {
        std::vector<std::string> codes;
        std::vector<std::int64_t> pagu;
        const std::size_t rows = 2 + rng() % 12;
        std::size_t h = rng() % heads.size();
        for (std::size_t r = 0; r < rows; ++r) {
            if (rng() % 4 == 0) h = rng() % heads.size();
            // Mostly valid rekening tails; now and then a broken one.
            const std::size_t t = rng() % 8 < 6 ? rng() % 4 : rng() % tails.size();
            codes.push_back(heads[h] + tails[t]);
            pagu.push_back(static_cast<std::int64_t>(rng() % 1000000));
        }
        std::vector<std::string_view> views(codes.begin(), codes.end());
        const sakip::KodeKolom col{std::span<const std::string_view>(views)};
        for (auto level : levels) {
            std::map<std::string, std::int64_t> want;
            const std::string want_error = reference(codes, pagu, level, want);
            std::string got_error;
            try {
                const auto r = sakip::rollup(col, pagu, {}, level);
                REQUIRE(r.size() == want.size());
                std::size_t k = 0;
                for (const auto& [key, sum] : want) {
                    CHECK(r.kode[k] == key);
                    CHECK(r.pagu[k] == sum);
                    ++k;
                }
            } catch (const sakip::parse_error& e) {
                got_error = std::string(e.what()) + " @ " + e.origin();
            }
            CHECK(got_error == want_error);
            (want_error.empty() ? ok : failed) += 1;
        }
    }
    CHECK(ok > 300);  // both outcomes are exercised
    CHECK(failed > 300);
    // Without an instansi part, "<path>/x" reads x as the program path: no shortcut may accept it.
    const std::vector<std::string_view> no_org{"1.01.01.2.01.0001", "1.01.01.2.01.0001/5.1"};
    const std::vector<std::int64_t> two{1, 2};
    CHECK_THROWS_AS((void)sakip::rollup(sakip::KodeKolom(std::span<const std::string_view>(no_org)), two, {},
                                        sakip::LevelRollup::program),
                    sakip::parse_error);
}

TEST_CASE("rollup sums beyond int64 exactly and names a malformed row") {
    const std::vector<std::string_view> codes{"1.01.01.2.01.0001", "1.01.01.2.01.0002", "1.01.02"};
    const std::int64_t big = std::numeric_limits<std::int64_t>::max();
    const std::vector<std::int64_t> pagu{big, big, 1};
    const auto r = sakip::rollup(sakip::KodeKolom(std::span<const std::string_view>(codes)), pagu, {},
                                 sakip::LevelRollup::program);
    REQUIRE(r.size() == 2);
    CHECK(r.pagu[0] == sakip::Decimal::coefficient_type(big) * 2);
    const std::vector<std::string_view> bad{"1.01.01.2.01.0001", "1.1.01.2.01.0001"};
    try {
        (void)sakip::rollup(sakip::KodeKolom(std::span<const std::string_view>(bad)), {pagu.data(), 2}, {},
                            sakip::LevelRollup::program);
        FAIL("no error");
    } catch (const sakip::parse_error& e) {
        CHECK(e.origin() == "row 1, column kode");
        CHECK(e.offset() == 2);
    }
    CHECK_THROWS_AS(sakip::rollup_key("1.01.01", sakip::LevelRollup::kegiatan), sakip::parse_error);
    CHECK_THROWS_AS(sakip::rollup_key("1.01.01", sakip::LevelRollup::instansi), sakip::parse_error);
}

TEST_CASE("read_line_items_csv names the line and column of a bad field") {
    const auto ok = sakip::read_line_items_csv(
        "kode,uraian,pagu_sen,realisasi_sen\n1.01.01.2.01.0001,\"Belanja \"\"ATK\"\", kantor\",100,90\r\n"
        "1.01.01.2.01.0002,x,-5,0\n");
    REQUIRE(ok.kode.size() == 2);
    CHECK(ok.pagu_sen[1] == -5);
    CHECK(ok.realisasi_sen[0] == 90);
    try {
        (void)sakip::read_line_items_csv("kode,uraian,pagu_sen\n1.01.01,a,1\n1.01.01,b,12x\n");
        FAIL("no error");
    } catch (const sakip::parse_error& e) {
        CHECK(e.origin() == "line 3, column pagu_sen");
        CHECK(e.offset() == 2);
    }
    CHECK_THROWS_AS(sakip::read_line_items_csv("kode,pagu_sen\n1.01.01,99999999999999999999\n"), sakip::overflow_error);
    const auto printed = sakip::read_line_items_csv("kode,pagu\n1.01.01,\"Rp 1.234,50\"\n");
    CHECK(printed.pagu_sen[0] == 123450);
    try {
        (void)sakip::read_line_items_csv("kode,pagu\n1.01.01,27.00.000\n");
        FAIL("no error");
    } catch (const sakip::parse_error& e) {
        CHECK(e.origin() == "line 2, column pagu");
    }
}

TEST_CASE("read_line_items_csv refuses a column named twice instead of reading one of them") {
    for (const char* text :
         {"kode,code,pagu_sen\n1.01.01,2.02.02,1\n", "kode,pagu,pagu_sen\n1.01.01,\"Rp 5,00\",7\n",
          "kode,pagu_sen,realisasi,realisasi_sen\n1.01.01,1,2,3\n", "kode,pagu_sen,pagu_sen\n1.01.01,1,2\n"}) {
        try {
            (void)sakip::read_line_items_csv(text);
            FAIL("no error for " << text);
        } catch (const sakip::parse_error& e) {
            CHECK(e.origin() == "line 1");
            CHECK(std::string(e.what()).find("column twice") != std::string::npos);
        }
    }
}

TEST_CASE("read_line_items_csv keeps every escaped field of a record (they used to dangle)") {
    // Five fields with doubled quotes in one record: the scratch strings grow while the earlier
    // fields' views are held (a std::vector moved them: heap-use-after-free under ASan).
    const auto items = sakip::read_line_items_csv(
        "\"ko\"\"de\",kode,\"a\"\"1\",\"b\"\"2\",\"c\"\"3\",pagu_sen\n"
        "\"x\"\"y\",1.01.01,\"p\"\"q\",\"r\"\"s\",\"t\"\"u\",7\n");
    REQUIRE(items.kode.size() == 1);
    CHECK(items.kode[0] == "1.01.01");
    CHECK(items.pagu_sen[0] == 7);
    const auto escaped = sakip::read_line_items_csv(
        "\"k\"\"1\",\"k\"\"2\",\"k\"\"3\",kode,pagu_sen\n\"a\"\"b\",\"c\"\"d\",\"e\"\"f\",\"1.01\"\"02\",5\n");
    REQUIRE(escaped.kode.size() == 1);
    CHECK(escaped.kode[0] == "1.01\"02");
}

TEST_CASE("parse_amounts names the item of an amount beyond int64 sen") {
    const std::string_view texts[] = {"1,00", "92.233.720.368.547.758,08"};
    try {
        (void)sakip::parse_amounts(texts);
        FAIL("no error");
    } catch (const sakip::overflow_error& e) {
        // The place first (a field may hold a NUL), then the parser's bilingual reason with the text.
        CHECK(std::string(e.what()) ==
              "item 1: tidak muat dalam int64 sen (paling banyak 92.233.720.368.547.758,07 rupiah) / does not fit in "
              "int64 sen (at most 92,233,720,368,547,758.07 rupiah) in \"92.233.720.368.547.758,08\"");
    }
}

TEST_CASE("load_kabupaten loads a directory and reports every file's problems") {
    const fs::path dir = fs::temp_directory_path() / "sakip-test-kabupaten";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path seed = fs::path(SAKIP_SOURCE_DIR) / "examples" / "data" / "kajuara-2020.json";
    fs::copy_file(seed, dir / "a.json");
    const auto docs = sakip::load_kabupaten(dir);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].instansi.nama == "Kecamatan Kajuara");
    CHECK(sakip::audit_kabupaten(docs).size() == 1);
    CHECK(sakip::evaluate_kabupaten(docs, 2020).at(0).tahun == 2020);
    fs::copy_file(seed, dir / "b.json");  // the same instansi twice
    {
        std::ofstream bad(dir / "c.json");
        bad << "{\"format\": \"sakip/2\"}";
    }
    try {
        (void)sakip::load_kabupaten(dir);
        FAIL("no error");
    } catch (const sakip::load_error& e) {
        bool dup = false, other = false;
        for (const auto& p : e.problems()) {
            if (p.rule == "kabupaten.duplicate") dup = p.message.rfind("b.json: ", 0) == 0;
            if (p.message.rfind("c.json: ", 0) == 0) other = true;
        }
        CHECK(dup);
        CHECK(other);
    }
    fs::remove_all(dir);
}

TEST_CASE("load_kabupaten: one instansi's reports of other years are a series; an empty folder is an error") {
    const fs::path dir = fs::temp_directory_path() / "sakip-test-kabupaten-years";
    fs::remove_all(dir);
    fs::create_directories(dir);
    try {
        (void)sakip::load_kabupaten(dir);
        FAIL("no error");
    } catch (const sakip::load_error& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].rule == "kabupaten.empty");
    }
    const fs::path seed = fs::path(SAKIP_SOURCE_DIR) / "examples" / "data" / "kajuara-2020.json";
    std::ifstream in(seed);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    fs::copy_file(seed, dir / "kajuara-2020.json");
    // The same instansi's report of 2021: its years are 2018, 2019, 2021 (2020 moved to 2021).
    for (auto at = text.find("2020"); at != std::string::npos; at = text.find("2020", at)) text.replace(at, 4, "2021");
    std::ofstream(dir / "kajuara-2021.json") << text;
    const auto docs = sakip::load_kabupaten(dir);
    REQUIRE(docs.size() == 2);
    CHECK(sakip::yang_melaporkan(docs, 2020) == std::vector<std::size_t>{0});
    CHECK(sakip::yang_melaporkan(docs, 2021) == std::vector<std::size_t>{1});
    CHECK(sakip::yang_melaporkan(docs, 2019) == std::vector<std::size_t>{0, 1});
    const std::vector<const sakip::Dokumen*> of_2021{&docs[1]};
    CHECK(sakip::evaluate_kabupaten(std::span<const sakip::Dokumen* const>(of_2021), 2021).at(0).serapan.value ==
          sakip::evaluate(docs[1], 2021).serapan.value);
    CHECK_THROWS_AS((void)sakip::evaluate_kabupaten(docs, 2021), sakip::error);  // kajuara-2020 does not report 2021
    CHECK(sakip::tahun_laporan(docs[0]) == 2020);
    CHECK(sakip::tahun_laporan(docs[1]) == 2021);
    // A second report of 2020 of the same instansi is a duplicate.
    std::ofstream(dir / "kajuara-2020-salinan.json") << std::ifstream(seed).rdbuf();
    try {
        (void)sakip::load_kabupaten(dir);
        FAIL("no error");
    } catch (const sakip::load_error& e) {
        int dup = 0;
        for (const auto& p : e.problems()) {
            if (p.rule == "kabupaten.duplicate") {
                ++dup;
                CHECK(p.message.rfind("kajuara-2020.json: ", 0) == 0);  // after kajuara-2020-salinan.json
                CHECK(p.message.find("2020") != std::string::npos);
            }
        }
        CHECK(dup == 1);
    }
    fs::remove_all(dir);
}

TEST_CASE("kabupaten functions: the same results and errors on one thread or several") {
    const fs::path dir = fs::temp_directory_path() / "sakip-test-kabupaten-threads";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path seed = fs::path(SAKIP_SOURCE_DIR) / "examples" / "data" / "kajuara-2020.json";
    std::ifstream in(seed);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Seven instansi: the seed under seven names (one instansi per document).
    for (int i = 0; i < 7; ++i) {
        std::string t = text;
        const std::string from = "\"Kecamatan Kajuara\"";
        t.replace(t.find(from), from.size(), "\"Kecamatan Kajuara " + std::to_string(i) + "\"");
        std::ofstream(dir / ("d" + std::to_string(i) + ".json")) << t;
    }
    const auto one = sakip::load_kabupaten(dir, 1);
    const auto many = sakip::load_kabupaten(dir, 4);
    REQUIRE(one.size() == 7);
    REQUIRE(many.size() == 7);
    for (std::size_t i = 0; i < one.size(); ++i) {
        CHECK(one[i].instansi.nama == "Kecamatan Kajuara " + std::to_string(i));
        CHECK(many[i].instansi.nama == one[i].instansi.nama);
        CHECK(sakip::save(many[i]) == sakip::save(one[i]));
    }
    const auto f1 = sakip::audit_kabupaten(one, {}, 1);
    const auto f4 = sakip::audit_kabupaten(one, {}, 4);
    CHECK(f1 == f4);
    CHECK(f1.at(6) == sakip::audit(one.at(6)));  // the seed's findings, for every copy
    CHECK(f1.at(6).size() > 100);
    const auto both = sakip::audit_evaluate_kabupaten(one, 2020, {}, 3);
    REQUIRE(both.size() == 7);
    for (std::size_t i = 0; i < both.size(); ++i) CHECK(both[i].findings == f1[i]);
    const auto e1 = sakip::evaluate_kabupaten(one, 2020, {}, 1);
    const auto e4 = sakip::evaluate_kabupaten(one, 2020, {}, 4);
    for (std::size_t i = 0; i < e1.size(); ++i) {
        CHECK(e4[i].serapan.value == e1[i].serapan.value);
        CHECK(both[i].evaluasi.serapan.value == e1[i].serapan.value);
        CHECK(e1[i].serapan.value->to_string() == "99.52");
    }
    // An error in the jobs is rethrown, whatever the number of threads.
    // (A year the documents do not report: cek_tahun throws in every job.)
    CHECK_THROWS_AS((void)sakip::evaluate_kabupaten(one, 2099, {}, 1), sakip::error);
    CHECK_THROWS_AS((void)sakip::evaluate_kabupaten(one, 2099, {}, 4), sakip::error);
    // A broken file among good ones: the same problems in the same order either way.
    std::ofstream(dir / "d3.json") << "{\"format\": \"sakip/2\"}";
    std::string m1, m4;
    try {
        (void)sakip::load_kabupaten(dir, 1);
    } catch (const sakip::load_error& e) {
        m1 = e.what();
    }
    try {
        (void)sakip::load_kabupaten(dir, 4);
    } catch (const sakip::load_error& e) {
        m4 = e.what();
    }
    CHECK(m1.find("d3.json: ") != std::string::npos);
    CHECK(m1 == m4);
    fs::remove_all(dir);
}
