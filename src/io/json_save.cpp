// sakip::save: the model as sakip/1 JSON (docs/format.md section 11), written from the model's
// descriptions (sakip/model/describe.hpp): fields in the described order, map entries in model
// order, optional fields omitted when empty, printed texts written back verbatim, 2-space
// indentation, UTF-8, final newline. Deterministic and lossless.
#include <sakip/io/json.hpp>
#include <sakip/model.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_set>
#include <utility>
#include <vector>

namespace sakip {

namespace {

using J = nlohmann::ordered_json;

// An id-keyed collection, entries in model order. ordered_json's operator[] finds a key by a linear
// scan (saving was quadratic in the size of a map), so entries are appended; an id given twice (a
// model built by hand: a loaded one never has one) is an error instead of an entry overwritten.
class Map {
public:
    explicit Map(std::string where) : where_(std::move(where)) {}
    void add(const std::string& id, J value) {
        if (!ids_.insert(id).second)
            throw error("tidak dapat menyimpan: id \"" + id + "\" muncul dua kali di " + where_ +
                        " / cannot save: id \"" + id + "\" appears twice in " + where_);
        J::object_t::Container& members = obj_.get_ref<J::object_t&>();
        members.emplace_back(id, std::move(value));
    }
    J done() { return std::move(obj_); }

private:
    J obj_ = J::object();
    std::unordered_set<std::string> ids_;
    std::string where_;
};

// ---- values: each struct from its description (sakip/model/describe.hpp), the rest by hand -------

J value(const std::string& v, const std::string&) { return v; }
J value(int v, const std::string&) { return v; }
J value(const Amount& v, const std::string&) { return v.text; }
J value(const Besaran& v, const std::string&) { return v.text; }
J value(const Kode& v, const std::string&) { return v.text(); }
J value(const NipTercetak& v, const std::string&) { return v.text; }
J value(Polaritas v, const std::string&) { return std::string(to_string(v)); }
J value(SkemaKode v, const std::string&) { return std::string(to_string(v)); }
J value(const Target& t, const std::string& at);
J value(const Rumus& r, const std::string& at);
template <Described T>
J value(const T& v, const std::string& at);
template <class T>
J value(const std::optional<T>& v, const std::string& at);
template <class T>
J value(const std::vector<T>& v, const std::string& at);
template <class V>
J value(const std::map<int, V>& m, const std::string& at);

J value(const Target& t, const std::string& at) {
    if (const auto* r = t.rentang()) return value(*r, at);
    return t.besaran()->text;
}

// The fields of the formula's kind (format.md section 5).
J value(const Rumus& r, const std::string&) {
    J o = J::object();
    o["jenis"] = std::string(to_string(r.jenis));
    switch (r.jenis) {
        case JenisRumus::rasio:
            o["pembilang"] = r.pembilang;
            o["penyebut"] = r.penyebut;
            break;
        case JenisRumus::ekspresi:
            o["ekspresi"] = r.ekspresi;
            break;
        default:
            o["input"] = r.input;
            break;
    }
    return o;
}

// Whether a value holds a map somewhere inside (the only place the pointer `at` is used: the message
// of an id given twice), so that leaves are written without building their pointer.
template <class T>
struct nested : std::bool_constant<Described<T>> {};
template <class T>
struct nested<std::vector<T>> : std::true_type {};
template <class V>
struct nested<std::map<int, V>> : std::true_type {};
template <class T>
struct nested<std::optional<T>> : nested<T> {};

template <class T>
std::string below(const std::string& at, const std::string& token) {
    if constexpr (nested<T>::value)
        return at + "/" + token;
    else
        return {};
}

// An optional field is omitted when it holds nothing.
template <class T>
bool holds_nothing(const T& v) {
    if constexpr (requires { v.has_value(); })
        return !v.has_value();
    else if constexpr (requires { v.empty(); })
        return v.empty();
    else
        return false;
}

template <Described T>
J value(const T& v, const std::string& at) {
    J o = J::object();
    for_each_field<T>([&](const auto& f) {
        if (!f.in_json() || (f.presence == Presence::optional && holds_nothing(f.of(v)))) return;
        const std::string k(f.name);
        o[k] = value(f.of(v), below<std::remove_cvref_t<decltype(f.of(v))>>(at, k));
    });
    return o;
}

template <class T>
J value(const std::optional<T>& v, const std::string& at) {
    return value(*v, at);
}

std::string key_text(const std::string& k) { return k; }
std::string key_text(const Kode& k) { return k.text(); }

// The value of a keyed entry: its Presence::value field, or the struct without its key.
template <Described T>
J entry(const T& v, const std::string& at) {
    constexpr std::size_t i = field_with<T>(Presence::value);
    if constexpr (i < field_count<T>())
        return value(std::get<i>(description<T>().fields).of(v), at);
    else
        return value(v, at);
}

// A list of a struct with a key is a map in JSON (entries in model order), any other list an array.
template <class T>
J value(const std::vector<T>& v, const std::string& at) {
    if constexpr (has_key<T>()) {
        Map m(at);
        for (const auto& x : v) {
            const std::string k = key_text(std::get<field_with<T>(Presence::key)>(description<T>().fields).of(x));
            m.add(k, entry(x, at + "/" + k));
        }
        return m.done();
    } else {
        J a = J::array();
        for (std::size_t i = 0; i < v.size(); ++i) a.push_back(value(v[i], below<T>(at, std::to_string(i))));
        return a;
    }
}

template <class V>
J value(const std::map<int, V>& m, const std::string& at) {
    J o = J::object();
    J::object_t::Container& members = o.get_ref<J::object_t&>();
    for (const auto& [y, v] : m) members.emplace_back(std::to_string(y), value(v, below<V>(at, std::to_string(y))));
    return o;
}

}  // namespace

std::string save(const Dokumen& d) { return value(d, "").dump(2, ' ', false, J::error_handler_t::strict) + "\n"; }

void save(const Dokumen& d, const std::filesystem::path& path) {
    const std::string text = save(d);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw error("tidak dapat menulis " + path.string() + " / cannot write " + path.string());
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) throw error("tidak dapat menulis " + path.string() + " / cannot write " + path.string());
}

}  // namespace sakip
