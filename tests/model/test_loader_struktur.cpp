// The loader's structure is the model's description: an object read as a described struct
// (json_read::Obj with a type_tag) takes its field names and required fields from describe(), and a
// reader that drifts from the description is a logic error, not a silently different format.
#include <doctest/doctest.h>

#include "io/json_read.hpp"

#include <stdexcept>
#include <string>

namespace {

using sakip::json_read::Ctx;
using sakip::json_read::J;
using sakip::json_read::Obj;

std::string problems(const Ctx& c) {
    std::string s;
    for (const auto& e : c.problems) s += e.problem.to_string(true) + "\n";
    return s;
}

}  // namespace

TEST_CASE("the structure of a described struct comes from its description") {
    const auto& f = sakip::json_read::json_fields<sakip::Unit>();
    CHECK(f.type == "unit");
    REQUIRE(f.fields.size() == 4);  // id is the key, not a field
    CHECK(f.fields[0].name == "nama");
    CHECK(f.fields[0].required);
    CHECK(f.fields[1].name == "jenis");
    CHECK(f.fields[1].required);
    CHECK(f.fields[2].name == "induk");
    CHECK_FALSE(f.fields[2].required);
    CHECK(f.fields[3].name == "catatan");
}

TEST_CASE("a required field read with get() and absent is reported from the description") {
    Ctx c;
    const J j = J::parse(R"({"nama": "Sub Bagian Umum"})");
    Obj o(c, j, "/instansi/unit/umum", sakip::type_tag<sakip::Unit>{});
    CHECK(o.get("nama") != nullptr);
    CHECK(o.get("jenis") == nullptr);  // get(), not req(): the description says it is required
    o.get("induk");
    o.get("catatan");
    o.finish();
    CHECK(problems(c) == "/instansi/unit/umum: schema.required: missing required field \"jenis\"\n");
}

TEST_CASE("req() reports a missing field once; an unknown field is still reported") {
    Ctx c;
    const J j = J::parse(R"({"nama": "X", "warna": "biru"})");
    Obj o(c, j, "/u", sakip::type_tag<sakip::Unit>{});
    o.req("nama");
    o.req("jenis");
    o.get("induk");
    o.get("catatan");
    o.finish();
    CHECK(problems(c) ==
          "/u: schema.required: missing required field \"jenis\"\n"
          "/u/warna: schema.unknown_field: unknown field \"warna\"\n");
}

TEST_CASE("a reader that drifts from the description is a logic error") {
    Ctx c;
    const J j = J::parse(R"({"nama": "X", "jenis": "bidang", "induk": "sekretariat"})");
    SUBCASE("reading a field the description lacks") {
        Obj o(c, j, "/u", sakip::type_tag<sakip::Unit>{});
        CHECK_THROWS_WITH_AS(o.get("warna"),
                             doctest::Contains("the reader of \"unit\" reads a field the description lacks: \"warna\""),
                             std::logic_error);
    }
    SUBCASE("leaving a described field of the object unread") {
        Obj o(c, j, "/u", sakip::type_tag<sakip::Unit>{});
        o.req("nama");
        o.req("jenis");  // induk is present but never read
        CHECK_THROWS_WITH_AS(o.finish(), doctest::Contains("the reader of \"unit\" did not read field \"induk\""),
                             std::logic_error);
    }
    SUBCASE("an object read without a description keeps the reader's own structure") {
        Obj o(c, j, "/u");
        o.get("warna");
        o.req("nama");
        o.finish();
        CHECK(problems(c) ==
              "/u/jenis: schema.unknown_field: unknown field \"jenis\"\n"
              "/u/induk: schema.unknown_field: unknown field \"induk\"\n");
    }
}
