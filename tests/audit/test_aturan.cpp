// The rule registry: docs/audit.md's table is generated from it, every finding's rule is registered
// with the severity it is reported with, and each documented example is a finding of Kajuara 2020.
#include "common.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace {

const std::string begin_marker = "<!-- rules:begin (generated from src/audit/aturan.cpp; do not edit by hand) -->\n";
const std::string end_marker = "<!-- rules:end -->";

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const sakip::AuditRule* find_rule(const std::vector<sakip::AuditRule>& rules, std::string_view id) {
    for (const auto& r : rules)
        if (r.id == id) return &r;
    return nullptr;
}

}  // namespace

TEST_CASE("docs/audit.md: the rule table is the registry's (SAKIP_UPDATE_GOLDEN=1 rewrites it)") {
    const std::string path = std::string(SAKIP_SOURCE_DIR) + "/docs/audit.md";
    const std::string doc = read(path);
    const auto a = doc.find(begin_marker);
    const auto b = doc.find(end_marker);
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    REQUIRE(a < b);
    const std::string table = sakip::audit_rules_markdown();
    const std::string want = doc.substr(0, a + begin_marker.size()) + table + doc.substr(b);
    const char* update = std::getenv("SAKIP_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1" && want != doc) {
        std::ofstream(path, std::ios::binary) << want;
        MESSAGE("rewrote the rule table of " << path);
        return;
    }
    CHECK(doc.substr(a + begin_marker.size(), b - a - begin_marker.size()) == table);
}

TEST_CASE("the registry: sorted unique ids, both languages, and the generated forms") {
    const auto rules = sakip::audit_rules();
    REQUIRE(rules.size() == 38);
    std::set<std::string_view> ids;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        CAPTURE(rules[i].id);
        CHECK(ids.insert(rules[i].id).second);
        if (i > 0) CHECK(rules[i - 1].id < rules[i].id);
        CHECK(!rules[i].description.empty());
        CHECK(!rules[i].deskripsi.empty());
        CHECK(rules[i].description != rules[i].deskripsi);
        CHECK(!rules[i].example.empty());
    }
    const auto* pr = find_rule(rules, "percent.recomputed");
    REQUIRE(pr != nullptr);
    CHECK(pr->severity == sakip::Severity::error);
    CHECK(pr->ukuran ==
          "realisasi capaian rata_rata_capaian total_capaian selisih_* perubahan_* efisiensi serapan porsi fisik");
    const auto* cu = find_rule(rules, "capaian.undefined");
    REQUIRE(cu != nullptr);
    CHECK(cu->severity == sakip::Severity::warning);
    CHECK(!cu->error_when.empty());
    CHECK(find_rule(rules, "pk.dpa_mismatch")->ukuran.empty());  // a check of the documents

    const std::string md = sakip::audit_rules_markdown();
    CHECK(md.find("| `percent.truncated` | warning | hitung_ulang | `realisasi`, `capaian`,") != std::string::npos);
    CHECK(md.find("| `pk.cascade_sum` | warning | konsistensi | (documents) |") != std::string::npos);
    const std::string json = sakip::audit_rules_json();
    CHECK(json.find("\"rule\": \"target.mismatch\"") != std::string::npos);
    CHECK(json.find("\"ukuran\": [\n      \"target\"\n    ]") != std::string::npos);
}

TEST_CASE("every finding of Kajuara 2020 has a registered rule and its severity; each example is a finding") {
    const sakip::Dokumen doc = sakip::load(std::string(SAKIP_SOURCE_DIR) + "/examples/data/kajuara-2020.json");
    const auto findings = sakip::audit(doc);
    const auto rules = sakip::audit_rules();
    std::map<std::string, std::set<std::string>> locations;  // rule -> locations
    for (const auto& f : findings) {
        CAPTURE(f.rule);
        const auto* r = find_rule(rules, f.rule);
        REQUIRE(r != nullptr);
        CHECK((f.severity == r->severity || (f.severity == sakip::Severity::error && !r->error_when.empty())));
        locations[f.rule].insert(f.location);
    }
    for (const auto& r : rules) {
        CAPTURE(r.id);
        if (!r.example.starts_with("`/")) {
            CHECK(r.example.find("none in Kajuara 2020") != std::string_view::npos);
            CHECK(locations.count(std::string(r.id)) == 0);
            continue;
        }
        const std::string loc(r.example.substr(1, r.example.find('`', 1) - 1));
        CHECK(locations[std::string(r.id)].count(loc) == 1);
    }
}

TEST_CASE("a rule on printed figures applies to its measures only") {
    // amount.invalid is for amounts, angka.unreadable for the other figures: the same unreadable text.
    auto doc = audit_test::base();
    audit_test::add_angka(doc, "p", "serapan", "/dpa/2020/program/01", "sembilan");
    audit_test::add_angka(doc, "r", "anggaran", "/dpa/2020/program/01", "Rp. 27.00.000,-");
    const auto f = audit_test::without(sakip::audit(doc), "skala.celah");
    REQUIRE(f.size() == 2);
    CHECK(f[0].location == audit_test::loc("p"));
    CHECK(f[0].rule == "angka.unreadable");
    CHECK(f[0].severity == sakip::Severity::warning);
    CHECK(f[0].expected == "99.50");
    CHECK(f[1].location == audit_test::loc("r"));
    CHECK(f[1].rule == "amount.invalid");
    CHECK(f[1].expected == "100000000");
}
