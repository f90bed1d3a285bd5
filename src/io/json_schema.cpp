// sakip::json_schema: the JSON Schema of sakip/1 (draft 2020-12), generated from the model's
// descriptions (sakip/model/describe.hpp): one $defs entry per named struct, its properties, their
// descriptions and the required ones from the fields. What a field list cannot say is written here:
// the value types' patterns (the loader's value checks, json_values.cpp, are the exact rule), the
// rumus by jenis, and the rules across fields (exactly one of indikator and nama in a PK row, input or
// nilai in a realisasi, the fields only some ukuran take, which ukuran fits which ref: from the
// model's ukuran table). docs/schema/sakip.schema.json is this output;
// tests/model/test_schema.cpp fails when they differ (SAKIP_UPDATE_SCHEMA=1 rewrites the file).
#include "io/json_read.hpp"

#include <sakip/io/json.hpp>
#include <sakip/model.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sakip {

namespace {

using J = nlohmann::ordered_json;

// The value types: each is a string (or integer) of a shape the loader checks exactly.
constexpr const char* value_defs =
    R"json({"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","maxLength":100,
"description":"Stable readable id: letters, digits, '_', '.', '-'; never '/' or '~', so JSON Pointers need no escaping."},
"pk_id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},"input_name":{"type":"string",
"pattern":"^[a-z][a-z0-9_]*$"},"kode":{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)*$",
"description":"Program/kegiatan/sub kegiatan code: Permendagri 13/2006 digits ('01', '0102', '80617') or Permendagri 90/2019 dotted ('1.01.01.2.01.0001')."},
"tahun_key":{"type":"string","pattern":"^(19|20)[0-9]{2}$"},"tahun":{"type":"integer",
"minimum":1900,"maximum":2099},"tanggal":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},
"pointer":{"type":"string","pattern":"^(/([^~/]|~[01])*)*$","description":"RFC 6901 JSON Pointer into this document."},
"rupiah":{"type":"string","pattern":"^\\s*(Rp\\.?\\s?)?-?[0-9]([0-9.,]*[0-9])?(,-|\\.-|-)?\\s*$",
"description":"Amount as printed ('Rp 13.578.653.418,-', '88.799.000,00', '86,347,000', '13.642.000.-') or canonical ('928037500'). Never a JSON number."},
"besaran":{"type":"string","pattern":"^[-+]?[0-9][0-9.,]*(\\s?(%|[A-Za-z][A-Za-z0-9 ./-]*))?$",
"description":"Quantity: a number as documents print it ('97,25', '1.234,5', '6.84', '4434'; a lone '1.500' is 1500, flagged ambiguous) optionally followed by a unit ('97%', '97 %', '6 Dokumen'). Never a JSON number."},
"besaran_tercatat":{"anyOf":[{"$ref":"#/$defs/besaran"},{"type":"string","pattern":"^\\s*([nN]/[aA]|-|\u2013|\u2014|[tT]idak ada data|[bB]elum ada data|[dD]ata tidak tersedia|[dD]ata belum tersedia|TIDAK ADA DATA|BELUM ADA DATA|DATA TIDAK TERSEDIA|DATA BELUM TERSEDIA)\\s*$"}],
"description":"A recorded realisasi quantity, or a 'not available' text ('n/a', '-', 'tidak ada data'; any case): the value is undefined."}})json";
// After rentang (a described struct): the target is a quantity or a range; NIP; notes.
constexpr const char* value_defs_2 = R"json({"target":{"oneOf":[{"$ref":"#/$defs/besaran"},{"$ref":"#/$defs/rentang"}]},
"nip":{"type":"string","pattern":"^[0-9]{8}\\s?[0-9]{6}\\s?[0-9]\\s?[0-9]{3}$",
"description":"NIP exactly as printed: 18 digits, spaces allowed only between the four groups."},
"catatan":{"type":"array","items":{"type":"string"}}})json";
// rumus: the fields depend on jenis (format.md section 5).
constexpr const char* rumus_def =
    R"json({"oneOf":[{"type":"object","additionalProperties":false,"properties":{"jenis":{"const":"rasio"},
"pembilang":{"$ref":"#/$defs/input_name"},"penyebut":{"$ref":"#/$defs/input_name"}},
"required":["jenis","pembilang","penyebut"]},{"type":"object","additionalProperties":false,
"properties":{"jenis":{"enum":["perubahan_persen","penurunan_persen",
"jumlah","nilai"]},"input":{"$ref":"#/$defs/input_name"}},"required":["jenis",
"input"]},{"type":"object","additionalProperties":false,"properties":{"jenis":{"const":"ekspresi"},
"ekspresi":{"type":"string","minLength":1}},"required":["jenis","ekspresi"]}]})json";
// Rules across fields, added to the generated object: allOf entries, or members merged into it.
constexpr const char* pk_indikator_rules = R"json([{"oneOf":[{"required":["indikator"]},{"required":["nama"]}]}])json";
constexpr const char* realisasi_rules = R"json({"anyOf":[{"required":["input"]},{"required":["nilai"]}]})json";
constexpr const char* penanggung_jawab_rules = R"json({"minProperties":1})json";
J def_ref(std::string_view def) { return J::object({{"$ref", "#/$defs/" + std::string(def)}}); }

template <class E>
J enum_names(int count) {
    J out = J::array();
    for (int i = 0; i < count; ++i) out.push_back(std::string(to_string(static_cast<E>(i))));
    return out;
}

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {
    using element = T;
};
template <class T>
struct is_year_map : std::false_type {};
template <class V>
struct is_year_map<std::map<int, V>> : std::true_type {
    using element = V;
};
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {
    using element = T;
};

class Generator {
public:
    J defs = J::object();

    Generator() {
        const J values = J::parse(value_defs), values_2 = J::parse(value_defs_2);
        for (const auto& [k, v] : values.items()) defs[k] = v;
        (void)named<Rentang>();
        for (const auto& [k, v] : values_2.items()) defs[k] = v;
        J varian = J::object();
        varian["type"] = "array";
        varian["items"] = object<Varian>();
        defs["varian"] = std::move(varian);
        J ukuran = J::array();
        for (const InfoUkuran& u : ukuran_info()) ukuran.push_back(std::string(u.nama));
        defs["ukuran"] = J::object({{"enum", std::move(ukuran)}});
    }

    // The schema of a field's value from its hint (describe.hpp), else from its C++ type.
    template <class M>
    J value(std::string_view hint, Presence presence) {
        if (!hint.empty() && hint.front() == '+') {
            J s = value<M>(hint.substr(1), presence);
            s[s.value("type", "") == "array" ? "minItems" : "minProperties"] = 1;
            return s;
        }
        if (!hint.empty()) return from_hint(hint);
        return derived<M>(presence);
    }

    // A described struct: a reference to its $defs entry, or the object itself when it has no name.
    template <Described T>
    J named() {
        constexpr auto d = description<T>();
        if (d.name.empty()) return object<T>();
        const std::string name(d.name);
        if (!defs.contains(name)) {
            defs[name] = nullptr;  // its place in the order of first use
            J s;
            if constexpr (std::is_same_v<T, Rumus>)
                s = J::parse(rumus_def);
            else
                s = object<T>();
            defs[name] = with_rules(name, std::move(s));
        }
        return def_ref(name);
    }

    template <Described T>
    J object() {
        J props = J::object(), required = J::array();
        for_each_field<T>([&](const auto& f) {
            if (!f.in_json()) return;
            using M = std::remove_cvref_t<decltype(f.of(std::declval<const T&>()))>;
            J s = value<M>(f.schema, f.presence);
            s["description"] = std::string(f.doc);
            props[std::string(f.name)] = std::move(s);
            if (f.presence == Presence::required) required.push_back(std::string(f.name));
        });
        J o = J::object();
        o["type"] = "object";
        o["description"] = std::string(description<T>().doc);
        o["additionalProperties"] = false;
        o["properties"] = std::move(props);
        if (!required.empty()) o["required"] = std::move(required);
        return o;
    }

private:
    J from_hint(std::string_view hint) {
        if (hint.front() == '#') return def_ref(hint.substr(1));
        if (hint.front() == '{') return J::parse(hint);
        if (hint.front() == '[') {
            J a = J::object();
            a["type"] = "array";
            a["items"] = from_hint(hint.substr(1, hint.size() - 2));
            return a;
        }
        if (hint == "text") return J::object({{"type", "string"}});
        if (hint == "text!") return J::object({{"type", "string"}, {"minLength", 1}});
        if (hint == "int1") return J::object({{"type", "integer"}, {"minimum", 1}});
        throw error("json_schema: petunjuk skema \"" + std::string(hint) +
                    "\" tidak dikenal / json_schema: unknown schema hint \"" + std::string(hint) + "\"");
    }

    template <class M>
    J derived(Presence presence) {
        if constexpr (std::is_same_v<M, std::string>) {
            return from_hint(presence == Presence::required ? "text!" : "text");
        } else if constexpr (std::is_same_v<M, int>) {
            return from_hint("int1");
        } else if constexpr (is_optional<M>::value) {
            return derived<typename is_optional<M>::element>(presence);
        } else if constexpr (std::is_same_v<M, Amount>) {
            return def_ref("rupiah");
        } else if constexpr (std::is_same_v<M, Besaran>) {
            return def_ref("besaran");
        } else if constexpr (std::is_same_v<M, Target>) {
            return def_ref("target");
        } else if constexpr (std::is_same_v<M, Kode>) {
            return def_ref("kode");
        } else if constexpr (std::is_same_v<M, NipTercetak>) {
            return def_ref("nip");
        } else if constexpr (std::is_same_v<M, Polaritas>) {
            return J::object({{"enum", enum_names<Polaritas>(4)}});
        } else if constexpr (std::is_same_v<M, JenisRumus>) {
            return J::object({{"enum", enum_names<JenisRumus>(6)}});
        } else if constexpr (std::is_same_v<M, SkemaKode>) {
            return J::object({{"enum", enum_names<SkemaKode>(2)}});
        } else if constexpr (std::is_same_v<M, std::vector<Varian>>) {
            return def_ref("varian");
        } else if constexpr (is_vector<M>::value) {
            using T = typename is_vector<M>::element;
            J s = J::object();
            if constexpr (has_key<T>()) {
                s["type"] = "object";
                // description<T>() is a temporary: keep it alive while `key` refers into it (ASan).
                const auto desc = description<T>();
                const auto& key = std::get<field_with<T>(Presence::key)>(desc.fields);
                s["propertyNames"] = from_hint(key.schema);
                s["additionalProperties"] = entry<T>();
            } else {
                s["type"] = "array";
                s["items"] = derived<T>(Presence::required);
            }
            return s;
        } else if constexpr (is_year_map<M>::value) {
            J s = J::object();
            s["type"] = "object";
            s["propertyNames"] = def_ref("tahun_key");
            s["additionalProperties"] = derived<typename is_year_map<M>::element>(Presence::required);
            return s;
        } else {
            static_assert(Described<M>, "json_schema: a field of a type with no schema");
            return named<M>();
        }
    }

    // The value of a keyed entry: its Presence::value field, or the struct.
    template <Described T>
    J entry() {
        constexpr std::size_t i = field_with<T>(Presence::value);
        if constexpr (i < field_count<T>()) {
            const auto desc = description<T>();  // a temporary: kept alive while `f` refers into it
            const auto& f = std::get<i>(desc.fields);
            using M = std::remove_cvref_t<decltype(f.of(std::declval<const T&>()))>;
            return value<M>(f.schema, Presence::required);
        } else {
            return named<T>();
        }
    }

    static J with_rules(const std::string& name, J s) {
        if (name == "pk_indikator" || name == "angka") {
            J all = J::array();
            all.push_back(std::move(s));
            const J rules = name == "angka" ? json_read::ukuran_rules() : J::parse(pk_indikator_rules);
            for (const auto& r : rules) all.push_back(r);
            J o = J::object({{"allOf", std::move(all)}});
            if (name == "angka")
                o["$comment"] =
                    "The ukuran rules (docs/format.md section 8): the fields only some ukuran take, and which "
                    "kinds of ref each ukuran is about (laporan.ukuran); generated from the table the loader "
                    "checks.";
            return o;
        }
        const char* merge = name == "realisasi_indikator" ? realisasi_rules
                            : name == "penanggung_jawab"  ? penanggung_jawab_rules
                                                          : nullptr;
        if (merge != nullptr) {
            const J rules = J::parse(merge);
            for (const auto& [k, v] : rules.items()) s[k] = v;
        }
        return s;
    }
};

}  // namespace

std::string json_schema() {
    Generator g;
    J root = J::object();
    root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    root["$id"] = "https://sakip.example/schema/sakip-1.schema.json";
    root["title"] = "sakip/1 document";
    J doc = g.object<Dokumen>();
    doc["description"] =
        "SAKIP chain (RPJMD, Renstra, IKU, DPA, PK, realisasi) and the figures a report printed (laporan). See "
        "docs/format.md; the loader applies further rules (references, codes, years, amount parsing) that a schema "
        "cannot express. Generated from the model's descriptions (sakip::json_schema).";
    for (const auto& [k, v] : doc.items()) root[k] = v;
    root["$defs"] = std::move(g.defs);
    return root.dump(2, ' ', false, J::error_handler_t::strict) + "\n";
}

}  // namespace sakip
