// Replays every file in tests/regression/inputs/<target>/ through the same entry points as the
// libFuzzer target fuzz/fuzz_<target>.cpp: inputs that once crashed (or that exercise a limit)
// must now load or be refused with sakip's own errors. Add a fuzzer's crashing input here as
// inputs/<target>/<short-name>.
#include <doctest/doctest.h>

#include <sakip/error.hpp>
#include <sakip/io/csv.hpp>
#include <sakip/io/json.hpp>
#include <sakip/kabupaten/rollup.hpp>
#include <sakip/measure/ekspresi.hpp>
#include <sakip/model/kode.hpp>
#include <sakip/model/nip.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputs(const char* target) {
    std::vector<fs::path> out;
    const fs::path dir = fs::path(SAKIP_SOURCE_DIR) / "tests" / "regression" / "inputs" / target;
    if (!fs::is_directory(dir)) return out;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.is_regular_file()) out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("regression: json_load inputs load or are refused with load_error") {
    for (const auto& p : inputs("json_load")) {
        CAPTURE(p.string());
        const std::string text = read(p);
        try {
            const sakip::Dokumen d = sakip::load_json(text, p.filename().string());
            const std::string saved = sakip::save(d);
            CHECK(sakip::load_json(saved) == d);
            CHECK(sakip::save(sakip::load_json(saved)) == saved);
        } catch (const sakip::load_error& e) {
            CHECK_FALSE(e.problems().empty());
        }
    }
}

TEST_CASE("regression: nip inputs parse or throw parse_error") {
    for (const auto& p : inputs("nip")) {
        CAPTURE(p.string());
        const std::string text = read(p);
        std::string why;
        const auto tried = sakip::Nip::try_parse(text, &why);
        try {
            const auto n = sakip::Nip::parse(text);
            REQUIRE(tried.has_value());
            CHECK(sakip::Nip::parse(n.format()) == n);
        } catch (const sakip::parse_error& e) {
            CHECK_FALSE(tried.has_value());
            CHECK(e.offset() <= text.size());
        }
    }
}

TEST_CASE("regression: kode inputs parse or throw parse_error; roll-up keys are prefixes") {
    for (const auto& p : inputs("kode")) {
        CAPTURE(p.string());
        const std::string text = read(p);
        const auto tried = sakip::Kode::try_parse(text);
        try {
            const auto k = sakip::Kode::parse(text);
            REQUIRE(tried.has_value());
            CHECK(sakip::Kode::parse(k.str()) == k);
        } catch (const sakip::parse_error& e) {
            CHECK_FALSE(tried.has_value());
            CHECK(e.offset() <= text.size());
        }
        for (auto level : {sakip::LevelRollup::instansi, sakip::LevelRollup::program, sakip::LevelRollup::kegiatan,
                           sakip::LevelRollup::sub_kegiatan, sakip::LevelRollup::rekening}) {
            try {
                const auto key = sakip::rollup_key(text, level, 3);
                CHECK(text.compare(0, key.size(), key) == 0);
            } catch (const sakip::parse_error& e) {
                CHECK(e.offset() <= text.size());
                CHECK(e.origin() == "row 3, column kode");
            }
        }
    }
}

TEST_CASE("regression: ekspresi inputs parse and evaluate or throw parse_error") {
    for (const auto& p : inputs("ekspresi")) {
        CAPTURE(p.string());
        const std::string text = read(p);
        std::optional<sakip::Ekspresi> e;
        try {
            e = sakip::Ekspresi::parse(text);  // overflow-literal-*: a 39-60 digit literal is a parse_error
        } catch (const sakip::parse_error& err) {
            CHECK(err.offset() <= text.size());
            continue;
        }
        try {
            (void)e->evaluate([](std::string_view) -> std::optional<sakip::Rasional> { return sakip::Rasional(0); });
            (void)e->evaluate([](std::string_view) -> std::optional<sakip::Rasional> { return sakip::Rasional(7); });
        } catch (const sakip::overflow_error&) {
            // exact arithmetic beyond the supported range is reported, never wrapped
        }
    }
}

TEST_CASE("regression: csv inputs give consistent columns or parse_error / overflow_error") {
    for (const auto& p : inputs("csv")) {
        CAPTURE(p.string());
        const std::string text = read(p);
        try {
            const sakip::LineItems items = sakip::read_line_items_csv(text);
            CHECK(items.pagu_sen.size() == items.kode.size());
        } catch (const sakip::parse_error& e) {
            CHECK(e.origin().rfind("line ", 0) == 0);
        } catch (const sakip::overflow_error& e) {
            CHECK(std::string(e.what()).rfind("line ", 0) == 0);  // the place first: a field may hold a NUL
        }
    }
}
