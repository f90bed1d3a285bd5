// The JSON Schema is generated from the model's descriptions, and the committed one is that output.
#include <doctest/doctest.h>

#include <sakip/model.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

const std::string schema_path = std::string(SAKIP_SOURCE_DIR) + "/docs/schema/sakip.schema.json";

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The text of the $defs entry `name` up to the next entry (the output is two-space indented).
std::string def(const std::string& schema, const std::string& name) {
    const auto b = schema.find("\n    \"" + name + "\": {");
    REQUIRE(b != std::string::npos);
    const auto e = schema.find("\n    }", b);
    return schema.substr(b, e - b);
}

}  // namespace

TEST_CASE("docs/schema/sakip.schema.json is the schema generated from the descriptions") {
    const std::string generated = sakip::json_schema();
    if (const char* update = std::getenv("SAKIP_UPDATE_SCHEMA"); update != nullptr && std::string_view(update) == "1") {
        std::ofstream(schema_path, std::ios::binary | std::ios::trunc) << generated;
    }
    CHECK_MESSAGE(read(schema_path) == generated,
                  "the committed schema differs from sakip::json_schema(): run SAKIP_UPDATE_SCHEMA=1 test_model");
}

TEST_CASE("json_schema: fields, presence and descriptions come from the model's descriptions") {
    const std::string s = sakip::json_schema();
    // Unit: the key (id) is not a property; nama and jenis are required; each property is described.
    const std::string unit = def(s, "unit");
    CHECK(unit.find("\"id\"") == std::string::npos);
    CHECK(unit.find("\"required\": [\n        \"nama\",\n        \"jenis\"\n      ]") != std::string::npos);
    CHECK(unit.find("\"description\": \"the parent unit id\"") != std::string::npos);
    // A year-keyed section: tahun is implied by the key, so a DPA has no "tahun" property.
    const std::string dpa = def(s, "dpa_tahun");
    CHECK(dpa.find("\"tahun\"") == std::string::npos);
    CHECK(dpa.find("\"permendagri_90_2019\"") != std::string::npos);
    // A list of a keyed struct is a map: program by kode.
    CHECK(dpa.find("\"propertyNames\": {\n            \"$ref\": \"#/$defs/kode\"") != std::string::npos);
    // Every ukuran the model knows, in its order.
    const std::string ukuran = def(s, "ukuran");
    std::size_t at = 0;
    for (const sakip::InfoUkuran& u : sakip::ukuran_info()) {
        at = ukuran.find("\"" + std::string(u.nama) + "\"", at);
        CHECK_MESSAGE(at != std::string::npos, u.nama);
    }
    // Rules across fields are kept: input or nilai in a realisasi.
    CHECK(def(s, "realisasi_indikator").find("\"anyOf\"") != std::string::npos);
}
