// sakip::load_json / load: reads a sakip/1 document (docs/format.md) into the model, validating
// every rule of format.md section 9 and collecting ALL problems, in document order.
#include <sakip/interrupt.hpp>
#include <sakip/io/json.hpp>
#include <sakip/measure/ekspresi.hpp>
#include <sakip/model.hpp>

#include <nlohmann/json.hpp>

#include "io/json_pointer.hpp"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace sakip {

std::string LoadProblem::to_string() const {
    return (pointer.empty() ? std::string("\"\"") : pointer) + ": " + rule + ": " + message;
}

namespace {
std::string join_problems(const std::string& origin, const std::vector<LoadProblem>& problems) {
    std::string out;
    for (const auto& p : problems) {
        if (!out.empty()) out += '\n';
        out += p.to_string();
    }
    if (out.empty()) out = origin + ": cannot load";
    return out;
}
}  // namespace

load_error::load_error(std::string origin, std::vector<LoadProblem> problems)
    : error(join_problems(origin, problems)), problems_(std::move(problems)), origin_(std::move(origin)) {}

namespace {

using J = nlohmann::ordered_json;

std::string esc(std::string_view t) { return detail::json_pointer_escape(t); }

std::string at(const std::string& ptr, std::string_view key) { return ptr + "/" + esc(key); }
std::string at(const std::string& ptr, std::size_t i) { return ptr + "/" + std::to_string(i); }

// The text with every byte that is not part of a well-formed UTF-8 sequence written as \xNN, so a
// message that quotes the input (the parser's "last read: ...") is itself valid UTF-8.
std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t len = b < 0x80                   ? 1
                          : (b >= 0xC2 && b <= 0xDF) ? 2
                          : (b >= 0xE0 && b <= 0xEF) ? 3
                          : (b >= 0xF0 && b <= 0xF4) ? 4
                                                     : 0;
        bool ok = len != 0 && i + len <= s.size();
        for (std::size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (ok && len >= 3) {
            const auto b1 = static_cast<unsigned char>(s[i + 1]);
            // No overlong forms, no surrogates, nothing above U+10FFFF.
            if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) || (b == 0xF0 && b1 < 0x90) ||
                (b == 0xF4 && b1 > 0x8F))
                ok = false;
        }
        if (ok) {
            out.append(s.substr(i, len));
            i += len;
        } else {
            static const char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 0xF];
            ++i;
        }
    }
    return out;
}

std::string quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) {
            out += '?';
            continue;
        }
        out += c;
    }
    return out + "\"";
}

// ---- DOM with limits and duplicate keys -----------------------------------------------------------

// Builds the ordered DOM in time linear in the size of the text: ordered_json looks keys up by a
// linear scan, so members are appended to the underlying vector directly and each open object
// keeps its own hash index of keys once it has more than a few (a duplicate key keeps the first
// member's place and takes the last value, as ordered_json's operator[] would).
class DomBuilder final : public nlohmann::json_sax<J> {
public:
    J root;
    bool too_deep = false;
    std::string syntax_error;
    // Duplicate keys by the pointer of the object that holds them.
    std::map<std::string, std::vector<LoadProblem>> duplicates;

    bool null() override { return value(nullptr); }
    bool boolean(bool v) override { return value(v); }
    bool number_integer(number_integer_t v) override { return value(v); }
    bool number_unsigned(number_unsigned_t v) override { return value(v); }
    bool number_float(number_float_t v, const string_t&) override { return value(v); }
    bool string(string_t& v) override { return value(std::move(v)); }
    bool binary(binary_t&) override { return false; }
    bool start_object(std::size_t) override { return open(J::object()); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(J::array()); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        Frame& f = stack_.back();
        f.slot = f.find(k);
        if (f.slot != Frame::npos) {
            std::string obj = pointer();
            duplicates[obj].push_back({at(obj, k), "json.duplicate_key", "duplicate key " + quote(k) + " in object"});
        }
        key_ = std::move(k);
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
        std::string what = ex.what();
        if (!what.empty() && what.front() == '[')
            if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
        syntax_error = valid_utf8(what);
        return false;
    }

private:
    using Members = J::object_t::Container;
    // An open array or object; `keys` indexes an object's members once it is large.
    struct Frame {
        static constexpr std::size_t npos = static_cast<std::size_t>(-1);
        static constexpr std::size_t linear_up_to = 16;
        J* node = nullptr;
        std::string token;
        std::size_t slot = npos;  // the member the pending key names, npos for a new one
        std::unordered_map<std::string, std::size_t> keys;

        Members& members() const { return node->get_ref<J::object_t&>(); }
        std::size_t find(const std::string& k) const {
            const Members& m = members();
            if (keys.empty()) {
                for (std::size_t i = 0; i < m.size(); ++i)
                    if (m[i].first == k) return i;
                return npos;
            }
            auto it = keys.find(k);
            return it == keys.end() ? npos : it->second;
        }
        J& append(std::string k, J&& v) {
            Members& m = members();
            if (!keys.empty() || m.size() == linear_up_to) {
                if (keys.empty())
                    for (std::size_t i = 0; i < m.size(); ++i) keys.emplace(m[i].first, i);
                keys.emplace(k, m.size());
            }
            m.emplace_back(std::move(k), std::move(v));
            return m.back().second;
        }
    };

    std::string pointer() const {
        std::string p;
        for (std::size_t i = 1; i < stack_.size(); ++i) p += "/" + esc(stack_[i].token);
        return p;
    }
    J* place(J&& v, std::string& token) {
        if (stack_.empty()) {
            root = std::move(v);
            return &root;
        }
        Frame& top = stack_.back();
        if (top.node->is_array()) {
            token = std::to_string(top.node->size());
            top.node->push_back(std::move(v));
            return &top.node->back();
        }
        token = key_;
        if (top.slot != Frame::npos) {
            J& slot = top.members()[top.slot].second;
            slot = std::move(v);
            return &slot;
        }
        return &top.append(std::move(key_), std::move(v));
    }
    bool value(J&& v) {
        std::string token;
        place(std::move(v), token);
        return true;
    }
    bool open(J&& v) {
        check_interrupt();  // a safe point: the DOM is thrown away with the builder
        if (static_cast<int>(stack_.size()) >= json_max_depth) {
            too_deep = true;
            return false;
        }
        std::string token;
        J* p = place(std::move(v), token);
        stack_.emplace_back();
        stack_.back().node = p;
        stack_.back().token = std::move(token);
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }
    std::vector<Frame> stack_;
    std::string key_;
};

// ---- problems, in document order ------------------------------------------------------------------

struct Index;

struct Ctx {
    struct Entry {
        std::size_t seq;
        LoadProblem problem;
    };
    std::vector<Entry> problems;
    std::size_t seq = 0;
    std::map<std::string, std::vector<LoadProblem>> duplicates;
    // Reference checks run once everything is read; each keeps its place in document order.
    struct Check {
        std::size_t seq;
        std::function<void(const Index&, Ctx&, std::size_t)> run;
    };
    std::vector<Check> checks;
    const J* root = nullptr;
    // Hash indexes of the large objects that JSON Pointers were resolved through (built on first use,
    // so resolving many references into one large object stays linear).
    std::unordered_map<const J*, std::unordered_map<std::string_view, const J*>> members;

    void add(std::string ptr, std::string rule, std::string msg) {
        problems.push_back({seq++, {std::move(ptr), std::move(rule), std::move(msg)}});
    }
    void add_at(std::size_t s, std::string ptr, std::string rule, std::string msg) {
        problems.push_back({s, {std::move(ptr), std::move(rule), std::move(msg)}});
    }
    template <class F>
    void later(F f) {
        checks.push_back({seq++, std::function<void(const Index&, Ctx&, std::size_t)>(std::move(f))});
    }
};

const char* kind(const J& j) {
    switch (j.type()) {
        case J::value_t::null:
            return "null";
        case J::value_t::boolean:
            return "a boolean";
        case J::value_t::number_integer:
        case J::value_t::number_unsigned:
            return "a JSON number";
        case J::value_t::number_float:
            return "a JSON number (float)";
        case J::value_t::string:
            return "a string";
        case J::value_t::array:
            return "an array";
        case J::value_t::object:
            return "an object";
        default:
            return "an unsupported value";
    }
}

class Obj {
public:
    Obj(Ctx& c, const J& j, std::string ptr) : c_(c), ptr_(std::move(ptr)) {
        if (!j.is_object()) {
            c_.add(ptr_, "schema.type", std::string("expected an object, found ") + kind(j));
            return;
        }
        j_ = &j;
        if (auto it = c_.duplicates.find(ptr_); it != c_.duplicates.end()) {
            for (auto& p : it->second) c_.add(p.pointer, p.rule, p.message);
            c_.duplicates.erase(it);
        }
    }
    bool ok() const { return j_ != nullptr; }
    const std::string& ptr() const { return ptr_; }
    std::string at(std::string_view k) const { return sakip::at(ptr_, k); }
    const J* get(const char* k) {
        if (!j_) return nullptr;
        used_.insert(k);
        auto it = j_->find(k);
        return it == j_->end() ? nullptr : &*it;
    }
    const J* req(const char* k) {
        const J* p = get(k);
        if (!p && j_) c_.add(ptr_, "schema.required", "missing required field " + quote(k));
        return p;
    }
    void finish() {
        if (!j_) return;
        for (auto it = j_->begin(); it != j_->end(); ++it)
            if (!used_.count(it.key()))
                c_.add(at(it.key()), "schema.unknown_field", "unknown field " + quote(it.key()));
    }

private:
    Ctx& c_;
    const J* j_ = nullptr;
    std::string ptr_;
    std::set<std::string, std::less<>> used_;
};

// Iterates the members of a map object (id -> value), in file order.
template <class F>
void each_member(Ctx& c, const J& j, const std::string& ptr, F f) {
    Obj o(c, j, ptr);
    if (!o.ok()) return;
    for (auto it = j.begin(); it != j.end(); ++it) {
        check_interrupt();
        f(it.key(), it.value(), at(ptr, it.key()));
    }
}

template <class F>
void each_item(Ctx& c, const J& j, const std::string& ptr, F f) {
    if (!j.is_array()) {
        c.add(ptr, "schema.type", std::string("expected an array, found ") + kind(j));
        return;
    }
    for (std::size_t i = 0; i < j.size(); ++i) {
        check_interrupt();
        f(j[i], at(ptr, i));
    }
}

// ---- scalar readers -------------------------------------------------------------------------------

bool read_string(Ctx& c, const J& j, const std::string& ptr, std::string& out, bool nonempty = false) {
    if (!j.is_string()) {
        c.add(ptr, "schema.type", std::string("expected a string, found ") + kind(j));
        return false;
    }
    out = j.get<std::string>();
    if (nonempty && out.empty()) {
        c.add(ptr, "schema.type", "must not be empty");
        return false;
    }
    return true;
}

void opt_string(Ctx& c, Obj& o, const char* k, std::string& out, bool nonempty = false) {
    if (const J* j = o.get(k)) read_string(c, *j, o.at(k), out, nonempty);
}
void req_string(Ctx& c, Obj& o, const char* k, std::string& out, bool nonempty = true) {
    if (const J* j = o.req(k)) read_string(c, *j, o.at(k), out, nonempty);
}

bool read_int(Ctx& c, const J& j, const std::string& ptr, int lo, int hi, int& out) {
    if (j.is_number_integer()) {
        // number_unsigned is also number_integer
        bool in_range = j.is_number_unsigned() ? j.get<std::uint64_t>() <= static_cast<std::uint64_t>(hi)
                                               : (j.get<std::int64_t>() >= lo && j.get<std::int64_t>() <= hi);
        if (in_range) {
            out = static_cast<int>(j.get<std::int64_t>());
            if (out >= lo) return true;
        }
        c.add(ptr, "schema.type",
              "integer " + j.dump() + " is outside " + std::to_string(lo) + "-" + std::to_string(hi));
        return false;
    }
    c.add(ptr, "schema.type", std::string("expected an integer, found ") + kind(j));
    return false;
}

bool read_tahun(Ctx& c, const J& j, const std::string& ptr, int& out) { return read_int(c, j, ptr, 1900, 2099, out); }

void opt_int(Ctx& c, Obj& o, const char* k, std::optional<int>& out, int lo = 1, int hi = 2147483647) {
    if (const J* j = o.get(k)) {
        int v = 0;
        if (read_int(c, *j, o.at(k), lo, hi, v)) out = v;
    }
}

void read_strings(Ctx& c, const J& j, const std::string& ptr, std::vector<std::string>& out) {
    each_item(c, j, ptr, [&](const J& e, const std::string& p) {
        std::string s;
        if (read_string(c, e, p, s)) out.push_back(std::move(s));
    });
}

void opt_catatan(Ctx& c, Obj& o, Catatan& out) {
    if (const J* j = o.get("catatan")) read_strings(c, *j, o.at("catatan"), out);
}

void opt_varian(Ctx& c, Obj& o, const char* k, std::vector<Varian>& out) {
    const J* j = o.get(k);
    if (!j) return;
    each_item(c, *j, o.at(k), [&](const J& e, const std::string& p) {
        Obj v(c, e, p);
        Varian x;
        req_string(c, v, "teks", x.teks);
        req_string(c, v, "sumber", x.sumber);
        v.finish();
        if (v.ok()) out.push_back(std::move(x));
    });
}

std::optional<Amount> read_amount(Ctx& c, const J& j, const std::string& ptr) {
    if (j.is_number()) {
        c.add(ptr, "schema.type", "amount must be a string such as \"88.799.000,00\", not a JSON number");
        return std::nullopt;
    }
    std::string text;
    if (!read_string(c, j, ptr, text)) return std::nullopt;
    try {
        return Amount::parse(text, ptr);
    } catch (const parse_error& e) {
        c.add(ptr, "value.amount",
              "cannot parse " + quote(text) + " as rupiah: " + e.reason() + " (offset " + std::to_string(e.offset()) +
                  ")");
    } catch (const error& e) {
        c.add(ptr, "value.amount", "cannot read " + quote(text) + " as rupiah: " + e.what());
    }
    return std::nullopt;
}

void opt_amount(Ctx& c, Obj& o, const char* k, std::optional<Amount>& out) {
    if (const J* j = o.get(k)) out = read_amount(c, *j, o.at(k));
}

std::optional<Besaran> read_besaran(Ctx& c, const J& j, const std::string& ptr) {
    if (j.is_number()) {
        c.add(ptr, "schema.type", "quantity must be a string such as \"97%\", not a JSON number");
        return std::nullopt;
    }
    std::string text;
    if (!read_string(c, j, ptr, text)) return std::nullopt;
    try {
        return Besaran::parse(text, ptr);
    } catch (const parse_error& e) {
        c.add(ptr, "value.besaran",
              "cannot parse " + quote(text) + " as a quantity: " + e.reason() + " (offset " +
                  std::to_string(e.offset()) + ")");
    } catch (const error& e) {
        c.add(ptr, "value.besaran", "cannot read " + quote(text) + " as a quantity: " + e.what());
    }
    return std::nullopt;
}

void opt_besaran(Ctx& c, Obj& o, const char* k, std::optional<Besaran>& out) {
    if (const J* j = o.get(k)) out = read_besaran(c, *j, o.at(k));
}

std::optional<Target> read_target(Ctx& c, const J& j, const std::string& ptr) {
    if (j.is_object()) {
        Obj o(c, j, ptr);
        std::optional<Besaran> lo, hi;
        if (const J* b = o.req("bawah")) lo = read_besaran(c, *b, o.at("bawah"));
        if (const J* a = o.req("atas")) hi = read_besaran(c, *a, o.at("atas"));
        o.finish();
        if (!lo || !hi) return std::nullopt;
        if (lo->value > hi->value)
            c.add(ptr, "value.besaran", "range bawah " + quote(lo->text) + " is above atas " + quote(hi->text));
        return Target{Rentang{std::move(*lo), std::move(*hi)}};
    }
    if (auto b = read_besaran(c, j, ptr)) return Target{std::move(*b)};
    return std::nullopt;
}

void opt_target(Ctx& c, Obj& o, const char* k, std::optional<Target>& out) {
    if (const J* j = o.get(k)) out = read_target(c, *j, o.at(k));
}

std::optional<NipTercetak> read_nip(Ctx& c, const J& j, const std::string& ptr) {
    std::string text;
    if (!read_string(c, j, ptr, text)) return std::nullopt;
    std::string why;
    if (auto n = Nip::try_parse(text, &why)) return NipTercetak{text, *n};
    c.add(ptr, "value.nip", "invalid NIP " + quote(text) + ": " + why);
    return std::nullopt;
}

void opt_nip(Ctx& c, Obj& o, const char* k, std::optional<NipTercetak>& out) {
    if (const J* j = o.get(k)) out = read_nip(c, *j, o.at(k));
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

void opt_tanggal(Ctx& c, Obj& o, const char* k, std::string& out) {
    const J* j = o.get(k);
    if (!j || !read_string(c, *j, o.at(k), out)) return;
    auto digits = [&](std::size_t a, std::size_t n) {
        for (std::size_t i = a; i < a + n; ++i)
            if (out[i] < '0' || out[i] > '9') return false;
        return true;
    };
    bool shape = out.size() == 10 && out[4] == '-' && out[7] == '-' && digits(0, 4) && digits(5, 2) && digits(8, 2);
    if (shape) {
        int y = std::stoi(out.substr(0, 4)), m = std::stoi(out.substr(5, 2)), d = std::stoi(out.substr(8, 2));
        static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (m >= 1 && m <= 12 && d >= 1 && d <= (m == 2 && leap(y) ? 29 : days[m - 1])) return;
        c.add(o.at(k), "value.date", quote(out) + " is not a calendar date");
        return;
    }
    c.add(o.at(k), "value.date", quote(out) + " is not an ISO date YYYY-MM-DD");
}

bool pattern_id(std::string_view s) {
    if (s.empty() || s.size() > 100) return false;
    auto alnum = [](char ch) {
        return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    };
    if (!alnum(s[0])) return false;
    for (char ch : s)
        if (!(alnum(ch) || ch == '_' || ch == '.' || ch == '-')) return false;
    return true;
}

bool pattern_name(std::string_view s) {  // pk ids and IKU input names: ^[a-z][a-z0-9_]*$
    if (s.empty() || s[0] < 'a' || s[0] > 'z') return false;
    for (char ch : s)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_')) return false;
    return true;
}

bool check_id(Ctx& c, std::string_view id, const std::string& ptr, const char* what = "id") {
    if (pattern_id(id)) return true;
    c.add(ptr, "id.pattern",
          std::string(what) + " " + quote(id) + " must match ^[A-Za-z0-9][A-Za-z0-9_.-]*$ (at most 100 characters)");
    return false;
}

bool check_name(Ctx& c, std::string_view id, const std::string& ptr, const char* what) {
    if (pattern_name(id)) return true;
    c.add(ptr, "id.pattern", std::string(what) + " " + quote(id) + " must match ^[a-z][a-z0-9_]*$");
    return false;
}

void read_id_ref(Ctx& c, const J& j, const std::string& ptr, std::string& out) {
    if (read_string(c, j, ptr, out) && !pattern_id(out)) {
        check_id(c, out, ptr);
        out.clear();
    }
}

void opt_id(Ctx& c, Obj& o, const char* k, std::string& out) {
    if (const J* j = o.get(k)) read_id_ref(c, *j, o.at(k), out);
}

std::optional<Kode> parse_kode(Ctx& c, std::string_view text, const std::string& ptr) {
    bool dotted_digits = !text.empty() && text.front() != '.' && text.back() != '.';
    for (char ch : text) dotted_digits = dotted_digits && ((ch >= '0' && ch <= '9') || ch == '.');
    std::string why;
    std::optional<Kode> k = dotted_digits ? Kode::try_parse(text, &why) : std::nullopt;
    if (!k) {
        if (why.empty()) why = "a code is digits, optionally in dot-separated segments";
        c.add(ptr, "id.pattern", "invalid code " + quote(text) + ": " + why);
    }
    return k;
}

std::optional<Kode> read_kode(Ctx& c, const J& j, const std::string& ptr) {
    std::string text;
    if (!read_string(c, j, ptr, text)) return std::nullopt;
    return parse_kode(c, text, ptr);
}

void opt_kode(Ctx& c, Obj& o, const char* k, std::optional<Kode>& out) {
    if (const J* j = o.get(k)) out = read_kode(c, *j, o.at(k));
}

std::optional<int> year_key(Ctx& c, std::string_view key, const std::string& ptr) {
    bool ok = key.size() == 4 && (key.substr(0, 2) == "19" || key.substr(0, 2) == "20") &&
              std::all_of(key.begin(), key.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (!ok) {
        c.add(ptr, "id.pattern", "year key " + quote(key) + " must be a four-digit year 1900-2099");
        return std::nullopt;
    }
    return std::stoi(std::string(key));
}

// ---- the index the reference checks run against ---------------------------------------------------

struct DpaIndex {
    SkemaKode skema = SkemaKode::permendagri_13_2006;
    std::unordered_set<std::string> program;                    // normalised codes
    std::unordered_map<std::string, std::string> kegiatan;      // kegiatan -> program
    std::unordered_map<std::string, std::string> sub_kegiatan;  // sub kegiatan -> kegiatan
};

// For parent links (id -> parent id; "" or an id that is not a key ends the walk): the first id that
// the walk up from each id meets twice, as a walk that starts with {id} seen would: the id itself when
// it lies on a cycle, the first id of the cycle the walk runs into, or "" when the walk ends. Each id
// is walked once, so this is linear; walking every chain on its own was quadratic in its length.
std::unordered_map<std::string, std::string> first_repeated(
    const std::unordered_map<std::string, std::string>& parent) {
    std::unordered_map<std::string, std::string> result;
    std::unordered_set<std::string> on_path;
    std::vector<const std::string*> path;
    for (const auto& entry : parent) {
        if (result.count(entry.first)) continue;
        const std::string* cur = &entry.first;
        std::string found;  // the result of the id after the end of the path
        for (;;) {
            if (auto r = result.find(*cur); r != result.end()) {
                found = r->second;
                break;
            }
            if (on_path.count(*cur)) {  // a cycle: from *cur to the end of the path
                auto first = std::find_if(path.begin(), path.end(), [&](const std::string* x) { return *x == *cur; });
                for (auto k = first; k != path.end(); ++k) {
                    result[**k] = **k;
                    on_path.erase(**k);
                }
                path.erase(first, path.end());
                found = *cur;
                break;
            }
            on_path.insert(*cur);
            path.push_back(cur);
            const auto up = parent.find(parent.at(*cur));
            if (up == parent.end()) break;
            cur = &up->first;
        }
        for (auto k = path.rbegin(); k != path.rend(); ++k) {
            result[**k] = found;
            on_path.erase(**k);
        }
        path.clear();
    }
    return result;
}

struct Index {
    const Dokumen* doc = nullptr;
    std::optional<Periode> periode;  // Renstra period (if it was read)
    std::unordered_set<std::string> unit, pejabat, tujuan;
    std::unordered_map<std::string, std::string> unit_induk;
    std::unordered_map<std::string, std::string> unit_loop;  // first_repeated(unit_induk)
    std::unordered_map<std::string, std::string> sasaran;    // sasaran -> tujuan
    std::unordered_map<std::string, const Indikator*> indikator;
    std::unordered_set<int> misi;
    std::map<int, DpaIndex> dpa;
    std::unordered_set<std::string> program_any;                          // normalised codes of every DPA year
    std::map<int, std::unordered_map<std::string, std::string>> pk;       // id -> atasan
    std::map<int, std::unordered_map<std::string, std::string>> pk_loop;  // first_repeated(pk[year])
    std::unordered_map<std::string, const Iku*> iku;

    void build(const Dokumen& d) {
        doc = &d;
        for (const auto& u : d.instansi.unit) {
            unit.insert(u.id);
            unit_induk[u.id] = u.induk;
        }
        for (const auto& p : d.instansi.pejabat) pejabat.insert(p.id);
        if (d.rpjmd)
            for (const auto& m : d.rpjmd->misi) misi.insert(m.nomor);
        for (const auto& t : d.renstra.tujuan) tujuan.insert(t.id);
        for (const auto& s : d.renstra.sasaran) sasaran[s.id] = s.tujuan;
        for (const auto& i : d.renstra.indikator) indikator[i.id] = &i;
        for (const auto& [y, dp] : d.dpa) {
            DpaIndex& ix = dpa[y];
            ix.skema = dp.skema_kode;
            for (const auto& p : dp.program) {
                ix.program.insert(p.kode.str());
                program_any.insert(p.kode.str());
                for (const auto& k : p.kegiatan) {
                    ix.kegiatan.emplace(k.kode.str(), p.kode.str());
                    for (const auto& s : k.sub_kegiatan) ix.sub_kegiatan.emplace(s.kode.str(), k.kode.str());
                }
            }
        }
        for (const auto& [y, list] : d.pk)
            for (const auto& p : list) pk[y][p.id] = p.atasan;
        unit_loop = first_repeated(unit_induk);
        for (const auto& [y, links] : pk) pk_loop[y] = first_repeated(links);
        for (const auto& i : d.iku) iku[i.indikator] = &i;
    }
};

// Registers a year.range check for `tahun` at `ptr`.
void check_year(Ctx& c, int tahun, const std::string& ptr) {
    c.later([tahun, ptr](const Index& ix, Ctx& c2, std::size_t s) {
        if (ix.periode && !ix.periode->contains(tahun))
            c2.add_at(s, ptr, "year.range",
                      "year " + std::to_string(tahun) + " is outside the Renstra period " +
                          std::to_string(ix.periode->awal) + "-" + std::to_string(ix.periode->akhir));
    });
}

void ref_unit(Ctx& c, const std::string& id, const std::string& ptr) {
    if (id.empty()) return;
    c.later([id, ptr](const Index& ix, Ctx& c2, std::size_t s) {
        if (!ix.unit.count(id)) c2.add_at(s, ptr, "ref.unit", "no unit " + quote(id));
    });
}

void ref_pejabat(Ctx& c, const std::string& id, const std::string& ptr) {
    if (id.empty()) return;
    c.later([id, ptr](const Index& ix, Ctx& c2, std::size_t s) {
        if (!ix.pejabat.count(id)) c2.add_at(s, ptr, "ref.pejabat", "no pejabat " + quote(id));
    });
}

void ref_sasaran(Ctx& c, const std::string& id, const std::string& ptr, const char* rule) {
    if (id.empty()) return;
    c.later([id, ptr, rule](const Index& ix, Ctx& c2, std::size_t s) {
        if (!ix.sasaran.count(id)) c2.add_at(s, ptr, rule, "no sasaran " + quote(id) + " in the Renstra");
    });
}

void ref_program_any(Ctx& c, const Kode& k, const std::string& ptr) {
    c.later([k, ptr](const Index& ix, Ctx& c2, std::size_t s) {
        if (!ix.dpa.empty() && !ix.program_any.count(k.str()))
            c2.add_at(s, ptr, "ref.program", "no program " + quote(k.text()) + " in any DPA year");
    });
}

// ---- sections ---------------------------------------------------------------------------------------

TandaTangan read_tanda_tangan(Ctx& c, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr);
    TandaTangan t;
    opt_string(c, o, "bagian", t.bagian);
    opt_string(c, o, "label", t.label);
    opt_string(c, o, "jabatan", t.jabatan);
    req_string(c, o, "nama", t.nama);
    opt_string(c, o, "pangkat", t.pangkat);
    opt_nip(c, o, "nip", t.nip);
    opt_int(c, o, "baris", t.baris);
    o.finish();
    return t;
}

void opt_tanda_tangan(Ctx& c, Obj& o, std::vector<TandaTangan>& out) {
    if (const J* j = o.get("tanda_tangan"))
        each_item(c, *j, o.at("tanda_tangan"),
                  [&](const J& e, const std::string& p) { out.push_back(read_tanda_tangan(c, e, p)); });
}

InfoDokumen read_dokumen(Ctx& c, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr);
    InfoDokumen d;
    req_string(c, o, "jenis", d.jenis);
    req_string(c, o, "judul", d.judul);
    if (const J* t = o.get("tahun")) {
        int y = 0;
        if (read_tahun(c, *t, o.at("tahun"), y)) d.tahun = y;
    }
    opt_string(c, o, "tempat", d.tempat);
    opt_tanggal(c, o, "tanggal", d.tanggal);
    opt_id(c, o, "penandatangan", d.penandatangan);
    ref_pejabat(c, d.penandatangan, o.at("penandatangan"));
    opt_tanda_tangan(c, o, d.tanda_tangan);
    opt_string(c, o, "sumber", d.sumber);
    opt_catatan(c, o, d.catatan);
    o.finish();
    return d;
}

Instansi read_instansi(Ctx& c, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr);
    Instansi ins;
    req_string(c, o, "nama", ins.nama);
    req_string(c, o, "pemda", ins.pemda);
    opt_string(c, o, "tempat", ins.tempat);
    if (const J* u = o.get("unit")) {
        each_member(c, *u, o.at("unit"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj uo(c, v, p);
            Unit x;
            x.id = id;
            req_string(c, uo, "nama", x.nama);
            if (const J* jn = uo.req("jenis")) {
                static const std::set<std::string, std::less<>> jenis = {
                    "sekretariat", "subbagian", "bidang", "seksi", "kelurahan", "desa", "uptd", "lainnya"};
                if (read_string(c, *jn, uo.at("jenis"), x.jenis) && !jenis.count(x.jenis))
                    c.add(uo.at("jenis"), "schema.type",
                          "unit jenis " + quote(x.jenis) +
                              " is not one of sekretariat, subbagian, bidang, seksi, kelurahan, "
                              "desa, uptd, lainnya");
            }
            opt_id(c, uo, "induk", x.induk);
            if (!x.induk.empty()) {
                std::string ip = uo.at("induk");
                c.later([id, ip](const Index& ix, Ctx& c2, std::size_t s) {
                    auto it = ix.unit_induk.find(id);
                    std::string cur = it == ix.unit_induk.end() ? std::string() : it->second;
                    if (!ix.unit.count(cur)) {
                        c2.add_at(s, ip, "ref.unit", "no unit " + quote(cur));
                        return;
                    }
                    if (auto loop = ix.unit_loop.find(id); loop != ix.unit_loop.end() && !loop->second.empty())
                        c2.add_at(s, ip, "ref.unit", "unit " + quote(id) + " is its own ancestor (induk cycle)");
                });
            }
            opt_catatan(c, uo, x.catatan);
            uo.finish();
            ins.unit.push_back(std::move(x));
        });
    }
    if (const J* pj = o.get("pejabat")) {
        each_member(c, *pj, o.at("pejabat"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj po(c, v, p);
            Pejabat x;
            x.id = id;
            req_string(c, po, "nama", x.nama);
            req_string(c, po, "jabatan", x.jabatan);
            opt_string(c, po, "instansi", x.instansi);
            opt_id(c, po, "unit", x.unit);
            ref_unit(c, x.unit, po.at("unit"));
            opt_string(c, po, "pangkat", x.pangkat);
            opt_string(c, po, "golongan", x.golongan);
            opt_nip(c, po, "nip", x.nip);
            opt_catatan(c, po, x.catatan);
            po.finish();
            ins.pejabat.push_back(std::move(x));
        });
    }
    opt_catatan(c, o, ins.catatan);
    o.finish();
    return ins;
}

std::optional<Periode> read_periode(Ctx& c, Obj& o) {
    const J* j = o.req("periode");
    if (!j) return std::nullopt;
    Obj po(c, *j, o.at("periode"));
    Periode p;
    bool ok = po.ok();
    if (const J* a = po.req("awal"))
        ok = read_tahun(c, *a, po.at("awal"), p.awal) && ok;
    else
        ok = false;
    if (const J* b = po.req("akhir"))
        ok = read_tahun(c, *b, po.at("akhir"), p.akhir) && ok;
    else
        ok = false;
    po.finish();
    if (!ok) return std::nullopt;
    if (p.awal > p.akhir) {
        c.add(o.at("periode"), "year.range",
              "periode awal " + std::to_string(p.awal) + " is after akhir " + std::to_string(p.akhir));
        return std::nullopt;
    }
    return p;
}

void read_kode_list(Ctx& c, const J& j, const std::string& ptr, std::vector<Kode>& out) {
    each_item(c, j, ptr, [&](const J& e, const std::string& p) {
        if (auto k = read_kode(c, e, p)) {
            ref_program_any(c, *k, p);
            out.push_back(std::move(*k));
        }
    });
}

Rpjmd read_rpjmd(Ctx& c, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr);
    Rpjmd r;
    opt_string(c, o, "nama", r.nama);
    if (auto p = read_periode(c, o)) r.periode = *p;
    req_string(c, o, "visi", r.visi);
    if (const J* m = o.req("misi")) {
        if (m->is_array() && m->empty()) c.add(o.at("misi"), "schema.type", "misi must not be empty");
        std::set<int> nomor;
        each_item(c, *m, o.at("misi"), [&](const J& e, const std::string& p) {
            Obj mo(c, e, p);
            Misi x;
            if (const J* n = mo.req("nomor"))
                if (read_int(c, *n, mo.at("nomor"), 1, 1000000, x.nomor) && !nomor.insert(x.nomor).second)
                    c.add(mo.at("nomor"), "ref.misi", "misi nomor " + std::to_string(x.nomor) + " is not unique");
            req_string(c, mo, "teks", x.teks);
            mo.finish();
            if (mo.ok()) r.misi.push_back(std::move(x));
        });
    }
    if (const J* md = o.get("misi_didukung")) {
        each_item(c, *md, o.at("misi_didukung"), [&](const J& e, const std::string& p) {
            Obj mo(c, e, p);
            MisiDidukung x;
            if (const J* n = mo.req("misi"))
                if (read_int(c, *n, mo.at("misi"), 1, 1000000, x.misi)) {
                    int nomor = x.misi;
                    std::string mp = mo.at("misi");
                    c.later([nomor, mp](const Index& ix, Ctx& c2, std::size_t s) {
                        if (!ix.misi.count(nomor))
                            c2.add_at(s, mp, "ref.misi", "no misi nomor " + std::to_string(nomor) + " in the RPJMD");
                    });
                }
            if (const J* pr = mo.get("program")) read_kode_list(c, *pr, mo.at("program"), x.program);
            opt_string(c, mo, "sumber", x.sumber);
            opt_catatan(c, mo, x.catatan);
            mo.finish();
            if (mo.ok()) r.misi_didukung.push_back(std::move(x));
        });
    }
    opt_catatan(c, o, r.catatan);
    o.finish();
    return r;
}

// polaritas.target: rentang indicators have range targets; the others scalar ones.
void check_polaritas(Ctx& c, const std::string& indikator, const Target& t, const std::string& ptr) {
    bool range = t.is_range();
    c.later([indikator, range, ptr](const Index& ix, Ctx& c2, std::size_t s) {
        auto it = ix.indikator.find(indikator);
        if (it == ix.indikator.end()) return;
        bool want = it->second->polaritas == Polaritas::rentang;
        if (want != range)
            c2.add_at(
                s, ptr, "polaritas.target",
                want ? "indicator " + quote(indikator) + " has polaritas rentang: its targets are ranges {bawah, atas}"
                     : "a range target needs polaritas rentang (indicator " + quote(indikator) + " is " +
                           std::string(to_string(it->second->polaritas)) + ")");
    });
}

Renstra read_renstra(Ctx& c, const J& j, const std::string& ptr, std::optional<Periode>& periode) {
    Obj o(c, j, ptr);
    Renstra r;
    opt_string(c, o, "nama", r.nama);
    periode = read_periode(c, o);
    if (periode) r.periode = *periode;
    if (const J* tj = o.req("tujuan")) {
        each_member(c, *tj, o.at("tujuan"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj to(c, v, p);
            Tujuan t;
            t.id = id;
            req_string(c, to, "nama", t.nama);
            if (const J* ij = to.get("indikator")) {
                each_item(c, *ij, to.at("indikator"), [&](const J& e, const std::string& ip) {
                    std::string ind;
                    read_id_ref(c, e, ip, ind);
                    if (ind.empty()) return;
                    t.indikator.push_back(ind);
                    c.later([ind, id, ip](const Index& ix, Ctx& c2, std::size_t s) {
                        auto it = ix.indikator.find(ind);
                        if (it == ix.indikator.end()) {
                            c2.add_at(s, ip, "ref.renstra", "no indikator " + quote(ind) + " in the Renstra");
                            return;
                        }
                        auto sa = ix.sasaran.find(it->second->sasaran);
                        if (sa != ix.sasaran.end() && sa->second != id)
                            c2.add_at(s, ip, "ref.renstra",
                                      "indikator " + quote(ind) + " belongs to sasaran " + quote(it->second->sasaran) +
                                          " of tujuan " + quote(sa->second) + ", not of " + quote(id));
                    });
                });
            }
            opt_varian(c, to, "varian", t.varian);
            opt_catatan(c, to, t.catatan);
            to.finish();
            r.tujuan.push_back(std::move(t));
        });
    }
    if (const J* sj = o.req("sasaran")) {
        each_member(c, *sj, o.at("sasaran"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj so(c, v, p);
            Sasaran s;
            s.id = id;
            if (const J* t = so.req("tujuan")) {
                read_id_ref(c, *t, so.at("tujuan"), s.tujuan);
                if (!s.tujuan.empty()) {
                    std::string tid = s.tujuan, tp = so.at("tujuan");
                    c.later([tid, tp](const Index& ix, Ctx& c2, std::size_t sq) {
                        if (!ix.tujuan.count(tid))
                            c2.add_at(sq, tp, "ref.renstra", "no tujuan " + quote(tid) + " in the Renstra");
                    });
                }
            }
            req_string(c, so, "nama", s.nama);
            opt_varian(c, so, "varian", s.varian);
            opt_catatan(c, so, s.catatan);
            so.finish();
            r.sasaran.push_back(std::move(s));
        });
    }
    if (const J* ij = o.req("indikator")) {
        each_member(c, *ij, o.at("indikator"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj io(c, v, p);
            Indikator x;
            x.id = id;
            if (const J* s = io.req("sasaran")) {
                read_id_ref(c, *s, io.at("sasaran"), x.sasaran);
                ref_sasaran(c, x.sasaran, io.at("sasaran"), "ref.renstra");
            }
            req_string(c, io, "nama", x.nama);
            req_string(c, io, "satuan", x.satuan);
            if (const J* pj = io.req("polaritas")) {
                std::string name;
                if (read_string(c, *pj, io.at("polaritas"), name)) {
                    if (auto pol = parse_polaritas(name))
                        x.polaritas = *pol;
                    else
                        c.add(io.at("polaritas"), "schema.type",
                              "polaritas " + quote(name) + " is not one of positif, negatif, rentang, stabil");
                }
            }
            opt_target(c, io, "kondisi_awal", x.kondisi_awal);
            if (x.kondisi_awal) check_polaritas(c, id, *x.kondisi_awal, io.at("kondisi_awal"));
            if (const J* tj = io.get("target")) {
                each_member(c, *tj, io.at("target"), [&](const std::string& yk, const J& tv, const std::string& tp) {
                    auto y = year_key(c, yk, tp);
                    if (y) check_year(c, *y, tp);
                    auto t = read_target(c, tv, tp);
                    if (t) check_polaritas(c, id, *t, tp);
                    if (y && t) x.target.emplace(*y, std::move(*t));
                });
            }
            opt_target(c, io, "target_akhir", x.target_akhir);
            if (x.target_akhir) check_polaritas(c, id, *x.target_akhir, io.at("target_akhir"));
            if (const J* pr = io.get("program")) read_kode_list(c, *pr, io.at("program"), x.program);
            opt_varian(c, io, "varian", x.varian);
            opt_catatan(c, io, x.catatan);
            io.finish();
            r.indikator.push_back(std::move(x));
        });
    }
    opt_catatan(c, o, r.catatan);
    o.finish();
    return r;
}

void ref_iku_input(Ctx& c, const std::string& iku, const std::string& name, const std::string& ptr, const char* rule) {
    c.later([iku, name, ptr, rule](const Index& ix, Ctx& c2, std::size_t s) {
        auto it = ix.iku.find(iku);
        if (it != ix.iku.end() && !it->second->find_input(name))
            c2.add_at(s, ptr, rule, "input " + quote(name) + " is not declared in iku." + iku + ".input");
    });
}

Iku read_iku(Ctx& c, const std::string& id, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr);
    Iku k;
    k.indikator = id;
    opt_string(c, o, "nama", k.nama, true);
    if (const J* rj = o.req("rumus")) {
        std::string rp = o.at("rumus");
        Obj ro(c, *rj, rp);
        std::string jenis;
        if (const J* jj = ro.req("jenis"))
            if (read_string(c, *jj, ro.at("jenis"), jenis)) {
                if (auto jr = parse_jenis_rumus(jenis))
                    k.rumus.jenis = *jr;
                else {
                    c.add(ro.at("jenis"), "schema.type",
                          "rumus jenis " + quote(jenis) +
                              " is not one of rasio, perubahan_persen, penurunan_persen, jumlah, nilai, ekspresi");
                    jenis.clear();
                }
            }
        auto name_field = [&](const char* f, std::string& out) {
            if (const J* nj = ro.req(f))
                if (read_string(c, *nj, ro.at(f), out) && check_name(c, out, ro.at(f), "input name"))
                    ref_iku_input(c, id, out, ro.at(f), "ref.iku");
        };
        if (jenis == "rasio") {
            name_field("pembilang", k.rumus.pembilang);
            name_field("penyebut", k.rumus.penyebut);
        } else if (jenis == "ekspresi") {
            if (const J* ej = ro.req("ekspresi"))
                if (read_string(c, *ej, ro.at("ekspresi"), k.rumus.ekspresi, true)) {
                    // The evaluator's own parser (format.md section 5): what loads, evaluates.
                    try {
                        for (const auto& n : Ekspresi::parse(k.rumus.ekspresi).inputs())
                            ref_iku_input(c, id, n, ro.at("ekspresi"), "ref.iku");
                    } catch (const parse_error& e) {
                        c.add(ro.at("ekspresi"), "ref.iku",
                              "ekspresi " + quote(k.rumus.ekspresi) + " at offset " + std::to_string(e.offset()) +
                                  ": " + e.reason());
                    }
                }
        } else if (!jenis.empty()) {
            name_field("input", k.rumus.input);
        }
        if (!jenis.empty()) ro.finish();
    }
    if (const J* ij = o.req("input")) {
        if (ij->is_object() && ij->empty())
            c.add(o.at("input"), "schema.type", "input must declare at least one input");
        each_member(c, *ij, o.at("input"), [&](const std::string& name, const J& v, const std::string& p) {
            check_name(c, name, p, "input name");
            Obj io(c, v, p);
            InputIku x;
            x.nama = name;
            req_string(c, io, "uraian", x.uraian);
            opt_string(c, io, "satuan", x.satuan);
            io.finish();
            k.input.push_back(std::move(x));
        });
    }
    opt_varian(c, o, "rumus_tertulis", k.rumus_tertulis);
    opt_string(c, o, "sumber_data", k.sumber_data);
    if (const J* pj = o.get("penanggung_jawab")) {
        Obj po(c, *pj, o.at("penanggung_jawab"));
        PenanggungJawab pjw;
        if (const J* u = po.get("unit"))
            each_item(c, *u, po.at("unit"), [&](const J& e, const std::string& p) {
                std::string uid;
                read_id_ref(c, e, p, uid);
                ref_unit(c, uid, p);
                if (!uid.empty()) pjw.unit.push_back(uid);
            });
        opt_string(c, po, "teks", pjw.teks);
        if (po.ok() && pj->empty())
            c.add(o.at("penanggung_jawab"), "schema.required", "penanggung_jawab needs unit or teks");
        po.finish();
        if (po.ok()) k.penanggung_jawab = std::move(pjw);
    }
    opt_catatan(c, o, k.catatan);
    o.finish();
    return k;
}

// ---- dpa --------------------------------------------------------------------------------------------

template <class Item>
void read_item_fields(Ctx& c, Obj& o, Item& x) {
    req_string(c, o, "uraian", x.uraian);
    opt_kode(c, o, "kode_lain", x.kode_lain);
    opt_amount(c, o, "rencana", x.rencana);
    opt_amount(c, o, "realisasi", x.realisasi);
    opt_besaran(c, o, "fisik", x.fisik);
}

std::optional<Kode> dpa_key(Ctx& c, const std::string& key, const std::string& ptr, SkemaKode skema, bool skema_known) {
    auto k = parse_kode(c, key, ptr);
    if (k && skema_known && k->skema() != skema) {
        c.add(ptr, "code.prefix",
              "code " + quote(key) + " is not a " + std::string(to_string(skema)) + " code (skema_kode)");
        return std::nullopt;
    }
    return k;
}

Dpa read_dpa(Ctx& c, int tahun, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr);
    Dpa d;
    d.tahun = tahun;
    bool skema_known = false;
    if (const J* sj = o.req("skema_kode")) {
        std::string s;
        if (read_string(c, *sj, o.at("skema_kode"), s)) {
            if (auto sk = parse_skema_kode(s)) {
                d.skema_kode = *sk;
                skema_known = true;
            } else {
                c.add(o.at("skema_kode"), "schema.type",
                      "skema_kode " + quote(s) + " is not permendagri_13_2006 or permendagri_90_2019");
            }
        }
    }
    opt_string(c, o, "sumber", d.sumber);
    if (const J* bj = o.get("belanja")) {
        Obj bo(c, *bj, o.at("belanja"));
        auto pos = [&](const char* k, std::optional<BelanjaPos>& out) {
            const J* pj = bo.get(k);
            if (!pj) return;
            Obj po(c, *pj, bo.at(k));
            std::optional<Amount> rencana, realisasi;
            if (const J* r = po.req("rencana")) rencana = read_amount(c, *r, po.at("rencana"));
            opt_amount(c, po, "realisasi", realisasi);
            po.finish();
            if (rencana) out = BelanjaPos{std::move(*rencana), std::move(realisasi)};
        };
        pos("tidak_langsung", d.belanja.tidak_langsung);
        pos("langsung", d.belanja.langsung);
        pos("operasi", d.belanja.operasi);
        pos("modal", d.belanja.modal);
        pos("tidak_terduga", d.belanja.tidak_terduga);
        pos("transfer", d.belanja.transfer);
        bo.finish();
    }
    const bool p90 = d.skema_kode == SkemaKode::permendagri_90_2019;
    std::map<std::string, std::string> seen_program, seen_kegiatan, seen_sub;  // norm -> printed
    auto unique = [&](std::map<std::string, std::string>& seen, const Kode& k, const std::string& p, const char* what) {
        auto [it, fresh] = seen.emplace(k.str(), k.text());
        if (!fresh)
            c.add(p, "code.unique",
                  std::string(what) + " code " + quote(k.text()) + " equals " + quote(it->second) +
                      " after normalisation");
        return fresh;
    };
    // The lists are reserved to their final size: a Kegiatan is some 650 bytes, and growing a vector of
    // 160 000 of them by doubling held two copies at the peak.
    if (const J* pj = o.req("program")) {
        if (pj->is_object()) d.program.reserve(pj->size());
        each_member(c, *pj, o.at("program"), [&](const std::string& key, const J& v, const std::string& p) {
            auto pk = dpa_key(c, key, p, d.skema_kode, skema_known);
            Obj po(c, v, p);
            Program prog;
            if (pk) {
                prog.kode = *pk;
                unique(seen_program, *pk, p, "program");
            }
            read_item_fields(c, po, prog);
            if (const J* sj = po.get("sasaran"))
                each_item(c, *sj, po.at("sasaran"), [&](const J& e, const std::string& sp) {
                    std::string sid;
                    read_id_ref(c, e, sp, sid);
                    ref_sasaran(c, sid, sp, "ref.dpa_sasaran");
                    if (!sid.empty()) prog.sasaran.push_back(sid);
                });
            opt_varian(c, po, "varian", prog.varian);
            opt_catatan(c, po, prog.catatan);
            if (const J* kj = po.get("kegiatan")) {
                if (kj->is_object()) prog.kegiatan.reserve(kj->size());
                each_member(
                    c, *kj, po.at("kegiatan"), [&](const std::string& kkey, const J& kv, const std::string& kp) {
                        auto kk = dpa_key(c, kkey, kp, d.skema_kode, skema_known);
                        if (kk && pk && !(kk->is_under(*pk) && (!p90 || kk->segments() == pk->segments() + 2))) {
                            c.add(kp, "code.prefix",
                                  "kegiatan code " + quote(kkey) + " is not under its program code " + quote(key) +
                                      (p90 ? " (a kegiatan code is its program code plus two segments)" : ""));
                        }
                        Obj ko(c, kv, kp);
                        Kegiatan keg;
                        if (kk) {
                            keg.kode = *kk;
                            unique(seen_kegiatan, *kk, kp, "kegiatan");
                        }
                        read_item_fields(c, ko, keg);
                        opt_varian(c, ko, "varian", keg.varian);
                        opt_catatan(c, ko, keg.catatan);
                        if (const J* sj = ko.get("sub_kegiatan")) {
                            if (sj->is_object()) keg.sub_kegiatan.reserve(sj->size());
                            each_member(
                                c, *sj, ko.at("sub_kegiatan"),
                                [&](const std::string& skey, const J& sv, const std::string& sp) {
                                    auto sk = dpa_key(c, skey, sp, d.skema_kode, skema_known);
                                    if (sk && kk &&
                                        !(sk->is_under(*kk) && (!p90 || sk->segments() == kk->segments() + 1))) {
                                        c.add(sp, "code.prefix",
                                              "sub kegiatan code " + quote(skey) + " is not under its kegiatan code " +
                                                  quote(kkey) +
                                                  (p90 ? " (a sub kegiatan code is its kegiatan code plus one segment)"
                                                       : ""));
                                    }
                                    Obj so(c, sv, sp);
                                    SubKegiatan sub;
                                    if (sk) {
                                        sub.kode = *sk;
                                        unique(seen_sub, *sk, sp, "sub kegiatan");
                                    }
                                    read_item_fields(c, so, sub);
                                    opt_varian(c, so, "varian", sub.varian);
                                    opt_catatan(c, so, sub.catatan);
                                    so.finish();
                                    keg.sub_kegiatan.push_back(std::move(sub));
                                });
                        }
                        ko.finish();
                        prog.kegiatan.push_back(std::move(keg));
                    });
            }
            po.finish();
            d.program.push_back(std::move(prog));
        });
    }
    opt_catatan(c, o, d.catatan);
    o.finish();
    return d;
}

// ---- pk ---------------------------------------------------------------------------------------------

Pihak read_pihak(Ctx& c, Obj& o, const char* k) {
    Pihak p;
    const J* j = o.req(k);
    if (!j) return p;
    Obj po(c, *j, o.at(k));
    if (const J* pj = po.req("pejabat")) {
        read_id_ref(c, *pj, po.at("pejabat"), p.pejabat);
        ref_pejabat(c, p.pejabat, po.at("pejabat"));
    }
    opt_string(c, po, "jabatan", p.jabatan);
    opt_tanda_tangan(c, po, p.tanda_tangan);
    po.finish();
    return p;
}

PkBaris read_baris(Ctx& c, int tahun, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr);
    PkBaris b;
    opt_int(c, o, "nomor", b.nomor);
    req_string(c, o, "uraian", b.uraian);
    opt_kode(c, o, "program", b.program);
    opt_kode(c, o, "kegiatan", b.kegiatan);
    opt_kode(c, o, "sub_kegiatan", b.sub_kegiatan);
    if (b.program || b.kegiatan || b.sub_kegiatan) {
        auto prog = b.program, keg = b.kegiatan, sub = b.sub_kegiatan;
        std::string pp = o.at("program"), kp = o.at("kegiatan"), sp = o.at("sub_kegiatan");
        c.later([=](const Index& ix, Ctx& c2, std::size_t s) {
            auto it = ix.dpa.find(tahun);
            if (it == ix.dpa.end()) {
                c2.add_at(s,
                          prog  ? pp
                          : keg ? kp
                                : sp,
                          "ref.pk", "no DPA for " + std::to_string(tahun) + " to find the row's codes in");
                return;
            }
            const DpaIndex& d = it->second;
            if (prog && !d.program.count(prog->str()))
                c2.add_at(s, pp, "ref.pk",
                          "no program " + quote(prog->text()) + " in the DPA " + std::to_string(tahun));
            if (keg) {
                auto k = d.kegiatan.find(keg->str());
                if (k == d.kegiatan.end())
                    c2.add_at(s, kp, "ref.pk",
                              "no kegiatan " + quote(keg->text()) + " in the DPA " + std::to_string(tahun));
                else if (prog && k->second != prog->str())
                    c2.add_at(s, kp, "ref.pk",
                              "kegiatan " + quote(keg->text()) + " belongs to program " + quote(k->second) + ", not " +
                                  quote(prog->text()));
            }
            if (sub) {
                auto k = d.sub_kegiatan.find(sub->str());
                if (k == d.sub_kegiatan.end())
                    c2.add_at(s, sp, "ref.pk",
                              "no sub kegiatan " + quote(sub->text()) + " in the DPA " + std::to_string(tahun));
                else if (keg && k->second != keg->str())
                    c2.add_at(s, sp, "ref.pk",
                              "sub kegiatan " + quote(sub->text()) + " belongs to kegiatan " + quote(k->second) +
                                  ", not " + quote(keg->text()));
            }
        });
    }
    opt_string(c, o, "indikator", b.indikator, true);
    opt_target(c, o, "target", b.target);
    opt_amount(c, o, "anggaran", b.anggaran);
    opt_catatan(c, o, b.catatan);
    o.finish();
    return b;
}

PerjanjianKinerja read_pk(Ctx& c, int tahun, const std::string& id, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr);
    PerjanjianKinerja pk;
    pk.id = id;
    pk.tahun = tahun;
    opt_string(c, o, "judul", pk.judul);
    opt_string(c, o, "tempat", pk.tempat);
    opt_tanggal(c, o, "tanggal", pk.tanggal);
    pk.pihak_pertama = read_pihak(c, o, "pihak_pertama");
    pk.pihak_kedua = read_pihak(c, o, "pihak_kedua");
    if (const J* aj = o.get("atasan")) {
        std::string ap = o.at("atasan");
        if (read_string(c, *aj, ap, pk.atasan) && check_name(c, pk.atasan, ap, "PK id")) {
            std::string atasan = pk.atasan;
            c.later([tahun, id, atasan, ap](const Index& ix, Ctx& c2, std::size_t s) {
                if (atasan == id) {
                    c2.add_at(s, ap, "ref.pk", "a PK cannot be its own atasan");
                    return;
                }
                auto yit = ix.pk.find(tahun);
                if (yit == ix.pk.end() || !yit->second.count(atasan)) {
                    c2.add_at(s, ap, "ref.pk", "no PK " + quote(atasan) + " in year " + std::to_string(tahun));
                    return;
                }
                const auto& loops = ix.pk_loop.at(tahun);
                if (auto loop = loops.find(id); loop != loops.end() && !loop->second.empty())
                    c2.add_at(s, ap, "ref.pk",
                              "following atasan from " + quote(id) + " loops back to " + quote(loop->second));
            });
        }
    }
    if (const J* sj = o.get("sasaran")) {
        each_item(c, *sj, o.at("sasaran"), [&](const J& e, const std::string& p) {
            Obj so(c, e, p);
            PkSasaran s;
            if (const J* x = so.req("sasaran")) {
                read_id_ref(c, *x, so.at("sasaran"), s.sasaran);
                ref_sasaran(c, s.sasaran, so.at("sasaran"), "ref.pk");
            }
            opt_string(c, so, "teks", s.teks, true);
            if (const J* ij = so.req("indikator")) {
                if (ij->is_array() && ij->empty())
                    c.add(so.at("indikator"), "schema.type", "indikator must not be empty");
                each_item(c, *ij, so.at("indikator"), [&](const J& ie, const std::string& ip) {
                    Obj io(c, ie, ip);
                    PkIndikator r;
                    const J* ind = io.get("indikator");
                    const J* nama = io.get("nama");
                    if (io.ok() && (ind != nullptr) == (nama != nullptr))
                        c.add(ip, "schema.required", "give exactly one of \"indikator\" and \"nama\"");
                    if (ind) {
                        read_id_ref(c, *ind, io.at("indikator"), r.indikator);
                        if (!r.indikator.empty()) {
                            std::string rid = r.indikator, sid = s.sasaran, rp = io.at("indikator");
                            c.later([rid, sid, rp](const Index& ix, Ctx& c2, std::size_t sq) {
                                auto it = ix.indikator.find(rid);
                                if (it == ix.indikator.end())
                                    c2.add_at(sq, rp, "ref.pk", "no indikator " + quote(rid) + " in the Renstra");
                                else if (!sid.empty() && it->second->sasaran != sid)
                                    c2.add_at(sq, rp, "ref.pk",
                                              "indikator " + quote(rid) + " belongs to sasaran " +
                                                  quote(it->second->sasaran) + ", not " + quote(sid));
                            });
                        }
                    }
                    if (nama) read_string(c, *nama, io.at("nama"), r.nama, true);
                    opt_string(c, io, "teks", r.teks, true);
                    opt_target(c, io, "target", r.target);
                    if (r.target && !r.indikator.empty()) check_polaritas(c, r.indikator, *r.target, io.at("target"));
                    opt_string(c, io, "satuan", r.satuan);
                    opt_catatan(c, io, r.catatan);
                    io.finish();
                    s.indikator.push_back(std::move(r));
                });
            }
            opt_catatan(c, so, s.catatan);
            so.finish();
            pk.sasaran.push_back(std::move(s));
        });
    }
    auto rows = [&](const char* k, std::vector<PkBaris>& out) {
        if (const J* rj = o.get(k))
            each_item(c, *rj, o.at(k),
                      [&](const J& e, const std::string& p) { out.push_back(read_baris(c, tahun, e, p)); });
    };
    rows("program", pk.program);
    rows("kegiatan", pk.kegiatan);
    rows("sub_kegiatan", pk.sub_kegiatan);
    opt_string(c, o, "sumber", pk.sumber);
    opt_catatan(c, o, pk.catatan);
    o.finish();
    return pk;
}

// ---- realisasi, laporan, pohon kinerja ----------------------------------------------------------------

RealisasiIndikator read_realisasi(Ctx& c, int tahun, const std::string& id, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr);
    RealisasiIndikator r;
    r.indikator = id;
    r.tahun = tahun;
    const J* ij = o.get("input");
    const J* nj = o.get("nilai");
    if (o.ok() && !ij && !nj) c.add(ptr, "schema.required", "give \"input\" or \"nilai\" (or both)");
    if (ij)
        each_member(c, *ij, o.at("input"), [&](const std::string& name, const J& v, const std::string& p) {
            if (check_name(c, name, p, "input name")) ref_iku_input(c, id, name, p, "ref.realisasi");
            if (auto b = read_besaran(c, v, p)) r.input.push_back(InputNilai{name, std::move(*b)});
        });
    if (nj) r.nilai = read_besaran(c, *nj, o.at("nilai"));
    if (const J* rj = o.get("rincian"))
        each_member(c, *rj, o.at("rincian"), [&](const std::string& name, const J& v, const std::string& p) {
            if (check_name(c, name, p, "input name")) ref_iku_input(c, id, name, p, "ref.realisasi");
            RincianInput ri;
            ri.input = name;
            each_item(c, v, p, [&](const J& e, const std::string& ep) {
                Obj eo(c, e, ep);
                Rincian x;
                req_string(c, eo, "uraian", x.uraian);
                std::optional<Besaran> jml;
                if (const J* jj = eo.req("jumlah")) jml = read_besaran(c, *jj, eo.at("jumlah"));
                eo.finish();
                if (jml) {
                    x.jumlah = std::move(*jml);
                    ri.baris.push_back(std::move(x));
                }
            });
            r.rincian.push_back(std::move(ri));
        });
    opt_string(c, o, "sumber", r.sumber);
    opt_catatan(c, o, r.catatan);
    o.finish();
    return r;
}

bool pointer_syntax(std::string_view p) {
    if (p.empty()) return true;
    if (p[0] != '/') return false;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (p[i] == '~' && (i + 1 >= p.size() || (p[i + 1] != '0' && p[i + 1] != '1'))) return false;
    return true;
}

// The member `k` of the object `obj`, or nullptr.
const J* member(Ctx& c, const J& obj, const std::string& k) {
    constexpr std::size_t linear_up_to = 16;
    if (obj.size() <= linear_up_to) {
        auto it = obj.find(k);
        return it == obj.end() ? nullptr : &*it;
    }
    auto& index = c.members[&obj];
    if (index.empty())
        for (auto it = obj.begin(); it != obj.end(); ++it) index.emplace(it.key(), &it.value());
    auto it = index.find(k);
    return it == index.end() ? nullptr : it->second;
}

// Whether the JSON Pointer `p` (its syntax checked by pointer_syntax) names a value of the document.
// An array index is digits without a leading zero and below the array's size ("-" never resolves).
bool resolves(Ctx& c, std::string_view p) {
    const J* cur = c.root;
    for (const std::string& token : detail::json_pointer_tokens(p)) {
        if (cur->is_object()) {
            cur = member(c, *cur, token);
            if (cur == nullptr) return false;
        } else if (cur->is_array()) {
            const bool digits = !token.empty() && token.size() <= 19 && (token == "0" || token[0] != '0') &&
                                std::all_of(token.begin(), token.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
            if (!digits || std::stoull(token) >= cur->size()) return false;
            cur = &(*cur)[static_cast<std::size_t>(std::stoull(token))];
        } else {
            return false;
        }
    }
    return true;
}

// Reads an angka's `ref` or `terhadap`; true when it resolves.
bool read_pointer(Ctx& c, const J& j, const std::string& ptr, std::string& out) {
    if (!read_string(c, j, ptr, out)) return false;
    if (!pointer_syntax(out)) {
        c.add(ptr, "laporan.ref", quote(out) + " is not a JSON Pointer");
        return false;
    }
    if (!resolves(c, out)) {
        c.add(ptr, "laporan.ref", quote(out) + " does not resolve in this document");
        return false;
    }
    return true;
}

// ---- which ukuran fits which ref (rule laporan.ukuran) ------------------------------------------------

// What an angka's `ref` (or `terhadap`) names, in the shapes the audit reads (src/audit/laporan.cpp,
// cek_angka and anggaran_of). The pointer resolves, so every id in it exists.
enum class RefKind : unsigned {
    indikator = 1u << 0,        // /renstra/indikator/<id>
    semua_indikator = 1u << 1,  // /renstra/indikator
    sasaran = 1u << 2,          // /renstra/sasaran/<id>
    semua_sasaran = 1u << 3,    // /renstra/sasaran
    dpa = 1u << 4,              // /dpa/<year>
    semua_program = 1u << 5,    // /dpa/<year>/program
    program = 1u << 6,          // /dpa/<year>/program/<code>
    kegiatan = 1u << 7,         // .../program/<code>/kegiatan/<code>
    sub_kegiatan = 1u << 8,     // .../kegiatan/<code>/sub_kegiatan/<code>
    semua_belanja = 1u << 9,    // /dpa/<year>/belanja
    belanja = 1u << 10,         // /dpa/<year>/belanja/<kind>
    baris_pk = 1u << 11,        // /pk/<year>/<id>/program|kegiatan|sub_kegiatan
    input = 1u << 12,           // /realisasi/<year>/<indikator>/input/<name>
    tahunan = 1u << 13,         // anything under /dpa|pk|realisasi|laporan|pohon_kinerja/<year>
};
constexpr unsigned operator|(RefKind a, RefKind b) { return static_cast<unsigned>(a) | static_cast<unsigned>(b); }
constexpr unsigned operator|(unsigned a, RefKind b) { return a | static_cast<unsigned>(b); }

struct RefKindName {
    RefKind kind;
    const char* name;
};
constexpr RefKindName ref_kind_names[] = {
    {RefKind::indikator, "an indicator (/renstra/indikator/<id>)"},
    {RefKind::semua_indikator, "all indicators (/renstra/indikator)"},
    {RefKind::sasaran, "a sasaran (/renstra/sasaran/<id>)"},
    {RefKind::semua_sasaran, "all sasaran (/renstra/sasaran)"},
    {RefKind::dpa, "a DPA (/dpa/<year>)"},
    {RefKind::semua_program, "all programs (/dpa/<year>/program)"},
    {RefKind::program, "a program (/dpa/<year>/program/<code>)"},
    {RefKind::kegiatan, "a kegiatan (/dpa/<year>/program/<code>/kegiatan/<code>)"},
    {RefKind::sub_kegiatan, "a sub kegiatan (.../kegiatan/<code>/sub_kegiatan/<code>)"},
    {RefKind::semua_belanja, "all belanja (/dpa/<year>/belanja)"},
    {RefKind::belanja, "a belanja kind (/dpa/<year>/belanja/<kind>)"},
    {RefKind::baris_pk, "the rows of a PK table (/pk/<year>/<id>/program, kegiatan or sub_kegiatan)"},
    {RefKind::input, "a recorded input (/realisasi/<year>/<indikator>/input/<name>)"},
    {RefKind::tahunan,
     "something of one year (/dpa/<year>, /pk/<year>, /realisasi/<year>, /laporan/<year> or "
     "/pohon_kinerja/<year>, or inside one)"},
};

// The kinds of `ref`: its shape, plus tahunan for anything inside a year-keyed section.
unsigned ref_kinds(const std::string& ref) {
    const auto t = detail::json_pointer_tokens(ref);
    const std::size_t n = t.size();
    unsigned k = 0;
    if (n >= 2 &&
        (t[0] == "dpa" || t[0] == "pk" || t[0] == "realisasi" || t[0] == "laporan" || t[0] == "pohon_kinerja"))
        k |= static_cast<unsigned>(RefKind::tahunan);
    auto is = [&](std::size_t i, const char* s) { return i < n && t[i] == s; };
    if (is(0, "renstra") && (is(1, "indikator") || is(1, "sasaran")) && n <= 3) {
        const bool ind = is(1, "indikator");
        if (n == 2) k = k | (ind ? RefKind::semua_indikator : RefKind::semua_sasaran);
        if (n == 3) k = k | (ind ? RefKind::indikator : RefKind::sasaran);
    } else if (is(0, "dpa")) {
        if (n == 2) k = k | RefKind::dpa;
        if (n == 3 && is(2, "program")) k = k | RefKind::semua_program;
        if (n == 4 && is(2, "program")) k = k | RefKind::program;
        if (n == 6 && is(2, "program") && is(4, "kegiatan")) k = k | RefKind::kegiatan;
        if (n == 8 && is(2, "program") && is(4, "kegiatan") && is(6, "sub_kegiatan")) k = k | RefKind::sub_kegiatan;
        if (n == 3 && is(2, "belanja")) k = k | RefKind::semua_belanja;
        if (n == 4 && is(2, "belanja")) k = k | RefKind::belanja;
    } else if (is(0, "pk") && n == 4 && (is(3, "program") || is(3, "kegiatan") || is(3, "sub_kegiatan"))) {
        k = k | RefKind::baris_pk;
    } else if (is(0, "realisasi") && n == 5 && is(3, "input")) {
        k = k | RefKind::input;
    }
    return k;
}

// The kinds of ref each ukuran is about: what the audit recomputes it from. A figure whose ref is of
// another kind would never be checked, so it is a load error.
unsigned ukuran_refs(std::string_view u) {
    using R = RefKind;
    constexpr unsigned anggaran =
        R::sasaran | R::semua_program | R::program | R::kegiatan | R::sub_kegiatan | R::semua_belanja | R::belanja;
    if (u == "target" || u == "realisasi" || u == "kategori" || u == "target_akhir" || u == "kondisi_awal")
        return static_cast<unsigned>(R::indikator);
    if (u == "capaian") return R::indikator | R::program | R::kegiatan;  // a program's capaian is its fisik
    if (u == "rata_rata_capaian" || u == "jumlah_indikator" || u == "jumlah_indikator_tercapai" ||
        u == "jumlah_kategori")
        return R::sasaran | R::semua_indikator;
    if (u == "efisiensi") return static_cast<unsigned>(R::sasaran);
    if (u == "serapan" || u == "porsi" || u == "anggaran" || u == "realisasi_anggaran") return anggaran;
    if (u == "total_rencana" || u == "total_realisasi") return anggaran | R::baris_pk;
    if (u == "fisik") return R::semua_program | R::program;
    if (u == "nilai_input") return static_cast<unsigned>(R::input);
    if (u == "jumlah_sasaran") return static_cast<unsigned>(R::semua_sasaran);
    if (u == "jumlah_program" || u == "jumlah_kegiatan") return R::dpa | R::semua_program;
    if (u == "tahun") return static_cast<unsigned>(R::tahunan);
    return ~0u;  // an unknown ukuran is reported by itself
}

// laporan.ukuran: the figure's `field` (ref or terhadap) is of a kind its ukuran is about.
void check_ukuran_ref(Ctx& c, const std::string& ukuran, const char* field, const std::string& ref,
                      const std::string& ptr) {
    const unsigned want = ukuran_refs(ukuran);
    const unsigned have = ref_kinds(ref);
    if ((want & have) != 0) return;
    std::vector<const char*> wanted, is;
    for (const auto& [kind, name] : ref_kind_names) {
        if (want & static_cast<unsigned>(kind)) wanted.push_back(name);
        if (have & static_cast<unsigned>(kind)) is.push_back(name);
    }
    std::string list;
    for (std::size_t i = 0; i < wanted.size(); ++i)
        list += std::string(i == 0 ? "" : i + 1 == wanted.size() ? " or " : ", ") + wanted[i];
    c.add(ptr, "laporan.ukuran",
          "ukuran " + quote(ukuran) + " needs " + field + " to be " + list + "; " + quote(ref) + " is " +
              (is.empty() ? std::string("none of these") : std::string(is.front())));
}

Laporan read_laporan(Ctx& c, int tahun, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr);
    Laporan l;
    l.tahun = tahun;
    if (const J* sj = o.get("skala"))
        each_member(c, *sj, o.at("skala"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj so(c, v, p);
            SkalaTercetak s;
            s.id = id;
            opt_string(c, so, "judul", s.judul);
            req_string(c, so, "sumber", s.sumber);
            opt_int(c, so, "baris", s.baris);
            opt_string(c, so, "dasar", s.dasar);
            if (const J* kj = so.req("kelas")) {
                if (kj->is_array() && kj->empty()) c.add(so.at("kelas"), "schema.type", "kelas must not be empty");
                each_item(c, *kj, so.at("kelas"), [&](const J& e, const std::string& kp) {
                    Obj ko(c, e, kp);
                    KelasSkala k;
                    opt_int(c, ko, "nomor", k.nomor);
                    req_string(c, ko, "interval", k.interval);
                    req_string(c, ko, "kriteria", k.kriteria);
                    opt_string(c, ko, "singkatan", k.singkatan);
                    ko.finish();
                    s.kelas.push_back(std::move(k));
                });
            }
            opt_catatan(c, so, s.catatan);
            so.finish();
            l.skala.push_back(std::move(s));
        });
    if (const J* aj = o.get("angka")) {
        if (aj->is_object()) l.angka.reserve(aj->size());
        each_member(c, *aj, o.at("angka"), [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            Obj ao(c, v, p);
            Angka a;
            a.id = id;
            req_string(c, ao, "sumber", a.sumber);
            opt_int(c, ao, "baris", a.baris);
            bool ref_ok = false, ukuran_ok = false;
            if (const J* rj = ao.req("ref")) ref_ok = read_pointer(c, *rj, ao.at("ref"), a.ref);
            if (const J* uj = ao.req("ukuran")) {
                ukuran_ok = read_string(c, *uj, ao.at("ukuran"), a.ukuran) && is_ukuran(a.ukuran);
                if (!ukuran_ok && uj->is_string())
                    c.add(ao.at("ukuran"), "schema.type", "unknown ukuran " + quote(a.ukuran));
            }
            if (ref_ok && ukuran_ok) check_ukuran_ref(c, a.ukuran, "ref", a.ref, ao.at("ref"));
            if (const J* tj = ao.get("tahun")) {
                int y = 0;
                if (read_tahun(c, *tj, ao.at("tahun"), y)) {
                    a.tahun = y;
                    check_year(c, y, ao.at("tahun"));
                }
            }
            const J* tj = ao.get("terhadap");
            if (tj && read_pointer(c, *tj, ao.at("terhadap"), a.terhadap) && a.ukuran == "porsi")
                check_ukuran_ref(c, a.ukuran, "terhadap", a.terhadap, ao.at("terhadap"));
            if (ao.ok() && a.ukuran == "porsi" && !tj)
                c.add(p, "schema.required", "ukuran \"porsi\" needs \"terhadap\"");
            if (tj && a.ukuran != "porsi")
                c.add(ao.at("terhadap"), "schema.unknown_field", "\"terhadap\" is only for ukuran \"porsi\"");
            const J* kj = ao.get("kategori");
            if (kj) read_string(c, *kj, ao.at("kategori"), a.kategori, true);
            if (ao.ok() && a.ukuran == "jumlah_kategori" && !kj)
                c.add(p, "schema.required", "ukuran \"jumlah_kategori\" needs \"kategori\"");
            if (kj && a.ukuran != "jumlah_kategori")
                c.add(ao.at("kategori"), "schema.unknown_field", "\"kategori\" is only for ukuran \"jumlah_kategori\"");
            if (const J* xj = ao.req("teks")) read_string(c, *xj, ao.at("teks"), a.teks);
            opt_string(c, ao, "konteks", a.konteks);
            opt_catatan(c, ao, a.catatan);
            ao.finish();
            l.angka.push_back(std::move(a));
        });
    }
    o.finish();
    return l;
}

PohonKinerja read_pohon(Ctx& c, int tahun, const J& j, const std::string& ptr) {
    Obj o(c, j, ptr);
    PohonKinerja pk;
    pk.tahun = tahun;
    opt_string(c, o, "sumber", pk.sumber);
    opt_string(c, o, "misi", pk.misi);
    if (const J* x = o.get("tujuan")) read_strings(c, *x, o.at("tujuan"), pk.tujuan);
    if (const J* x = o.get("sasaran")) read_strings(c, *x, o.at("sasaran"), pk.sasaran);
    if (const J* x = o.get("program"))
        each_item(c, *x, o.at("program"), [&](const J& e, const std::string& p) {
            Obj po(c, e, p);
            PohonProgram pp;
            req_string(c, po, "nama", pp.nama);
            opt_kode(c, po, "program", pp.program);
            if (pp.program) ref_program_any(c, *pp.program, po.at("program"));
            if (const J* k = po.get("kegiatan")) read_strings(c, *k, po.at("kegiatan"), pp.kegiatan);
            po.finish();
            pk.program.push_back(std::move(pp));
        });
    if (const J* x = o.get("penanggung_jawab")) read_strings(c, *x, o.at("penanggung_jawab"), pk.penanggung_jawab);
    opt_catatan(c, o, pk.catatan);
    o.finish();
    return pk;
}

template <class F>
void each_year(Ctx& c, Obj& o, const char* k, F f) {
    if (const J* j = o.get(k))
        each_member(c, *j, o.at(k), [&](const std::string& key, const J& v, const std::string& p) {
            auto y = year_key(c, key, p);
            if (y) check_year(c, *y, p);
            f(y, v, p);
        });
}

Dokumen read_document(Ctx& c, const J& root) {
    Dokumen d;
    Index ix;
    Obj o(c, root, "");
    if (!o.ok()) return d;
    if (const J* f = o.req("format")) {
        std::string v;
        if (read_string(c, *f, "/format", v) && v != "sakip/1")
            c.add("/format", "format.version", "format " + quote(v) + " is not \"sakip/1\"");
    }
    if (const J* j = o.get("dokumen")) d.dokumen = read_dokumen(c, *j, "/dokumen");
    if (const J* j = o.req("instansi")) d.instansi = read_instansi(c, *j, "/instansi");
    if (const J* j = o.get("rpjmd")) d.rpjmd = read_rpjmd(c, *j, "/rpjmd");
    if (const J* j = o.req("renstra")) d.renstra = read_renstra(c, *j, "/renstra", ix.periode);
    if (const J* j = o.get("iku"))
        each_member(c, *j, "/iku", [&](const std::string& id, const J& v, const std::string& p) {
            check_id(c, id, p);
            c.later([id, p](const Index& x, Ctx& c2, std::size_t s) {
                if (!x.indikator.count(id)) c2.add_at(s, p, "ref.iku", "no indikator " + quote(id) + " in the Renstra");
            });
            d.iku.push_back(read_iku(c, id, v, p));
        });
    each_year(c, o, "dpa", [&](std::optional<int> y, const J& v, const std::string& p) {
        Dpa dp = read_dpa(c, y.value_or(0), v, p);
        if (y) d.dpa.emplace(*y, std::move(dp));
    });
    each_year(c, o, "pk", [&](std::optional<int> y, const J& v, const std::string& p) {
        std::vector<PerjanjianKinerja> list;
        each_member(c, v, p, [&](const std::string& id, const J& pv, const std::string& pp) {
            check_name(c, id, pp, "PK id");
            list.push_back(read_pk(c, y.value_or(0), id, pv, pp));
        });
        if (y) d.pk.emplace(*y, std::move(list));
    });
    each_year(c, o, "realisasi", [&](std::optional<int> y, const J& v, const std::string& p) {
        std::vector<RealisasiIndikator> list;
        each_member(c, v, p, [&](const std::string& id, const J& rv, const std::string& rp) {
            check_id(c, id, rp);
            c.later([id, rp](const Index& x, Ctx& c2, std::size_t s) {
                if (!x.iku.count(id)) c2.add_at(s, rp, "ref.realisasi", "indikator " + quote(id) + " has no iku entry");
            });
            list.push_back(read_realisasi(c, y.value_or(0), id, rv, rp));
        });
        if (y) d.realisasi.emplace(*y, std::move(list));
    });
    each_year(c, o, "laporan", [&](std::optional<int> y, const J& v, const std::string& p) {
        Laporan l = read_laporan(c, y.value_or(0), v, p);
        if (y) d.laporan.emplace(*y, std::move(l));
    });
    each_year(c, o, "pohon_kinerja", [&](std::optional<int> y, const J& v, const std::string& p) {
        PohonKinerja pk = read_pohon(c, y.value_or(0), v, p);
        if (y) d.pohon_kinerja.emplace(*y, std::move(pk));
    });
    opt_catatan(c, o, d.catatan);
    o.finish();
    if (d.dokumen && d.dokumen->tahun) check_year(c, *d.dokumen->tahun, "/dokumen/tahun");

    ix.build(d);
    for (auto& chk : c.checks) chk.run(ix, c, chk.seq);
    return d;
}

[[noreturn]] void fail_one(std::string_view origin, std::string rule, std::string message) {
    throw load_error(std::string(origin), {LoadProblem{"", std::move(rule), std::move(message)}});
}

}  // namespace

Dokumen load_json(std::string_view text, std::string_view origin) {
    if (text.size() > json_max_bytes)
        fail_one(origin, "json.limit",
                 "document is " + std::to_string(text.size()) + " bytes; the limit is " +
                     std::to_string(json_max_bytes) + " (64 MiB)");
    // nlohmann's lexer takes a NUL byte for the end of the input and would ignore what follows; a
    // JSON text never contains one (U+0000 in a string is written \u0000).
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        const auto line_start = text.rfind('\n', nul);
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(nul), '\n');
        const auto column = nul - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
        fail_one(origin, "json.syntax",
                 "invalid JSON: NUL byte at offset " + std::to_string(nul) + " (line " + std::to_string(line) +
                     ", column " + std::to_string(column) + "); a JSON text cannot contain one");
    }
    Ctx c;
    DomBuilder dom;
    const bool parsed = nlohmann::json::sax_parse(text, &dom);
    if (dom.too_deep)
        fail_one(origin, "json.limit", "JSON nested deeper than " + std::to_string(json_max_depth) + " levels");
    if (!parsed)
        fail_one(origin, "json.syntax",
                 dom.syntax_error.empty() ? "invalid JSON" : "invalid JSON: " + dom.syntax_error);
    c.duplicates = std::move(dom.duplicates);
    c.root = &dom.root;
    Dokumen d = read_document(c, dom.root);
    // Duplicate keys inside objects the reader never visited (e.g. under an unknown field).
    for (auto& [obj, list] : c.duplicates)
        for (auto& p : list) c.add(p.pointer, p.rule, p.message);
    if (c.problems.empty()) return d;
    std::stable_sort(c.problems.begin(), c.problems.end(),
                     [](const Ctx::Entry& a, const Ctx::Entry& b) { return a.seq < b.seq; });
    std::vector<LoadProblem> out;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (auto& e : c.problems)
        if (seen.emplace(e.problem.pointer, e.problem.rule, e.problem.message).second)
            out.push_back(std::move(e.problem));
    throw load_error(std::string(origin), std::move(out));
}

namespace {

// What the system says about a failed call, e.g. "No such file or directory" (thread-safe, unlike
// strerror: kabupaten files are read in parallel).
std::string reason(int err) { return err != 0 ? std::generic_category().message(err) : "I/O error"; }

[[noreturn]] void fail_io(const std::string& origin, const std::string& id, const std::string& en, int err) {
    fail_one(origin, "json.io", id + " / " + en + ": " + reason(err));
}

[[noreturn]] void too_large(const std::string& origin, const std::string& size) {
    fail_one(origin, "json.limit",
             "file is " + size + " bytes; the limit is " + std::to_string(json_max_bytes) + " (64 MiB)");
}

struct File {
    std::FILE* f = nullptr;
    ~File() {
        if (f != nullptr) std::fclose(f);
    }
};

}  // namespace

// Reads to the end of the file rather than trusting its reported size: /proc files report 0, pipes
// and character devices report nothing, a file may grow while it is read. The limit is enforced
// while reading, so a pipe that never ends costs at most json_max_bytes.
Dokumen load(const std::filesystem::path& path) {
    const std::string origin = path.string();
    std::error_code ec;
    const auto st = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(st))
        fail_one(origin, "json.io",
                 origin + " adalah direktori, bukan berkas / " + origin + " is a directory, not a file");
    std::uintmax_t reported = 0;
    if (std::filesystem::is_regular_file(st)) {
        reported = std::filesystem::file_size(path, ec);
        if (ec) reported = 0;
        if (reported > json_max_bytes) too_large(origin, std::to_string(reported));
    }
    File in;
    while (in.f == nullptr) {
        errno = 0;
#ifdef _WIN32
        in.f = _wfopen(path.c_str(), L"rb");
#else
        in.f = std::fopen(path.c_str(), "rb");
#endif
        if (in.f != nullptr) break;
        const int err = errno;
        if (err != EINTR) fail_io(origin, "tidak dapat membuka " + origin, "cannot open " + origin, err);
        check_interrupt_now();  // a signal arrived while waiting (a FIFO without a writer): stop if asked
    }
    std::string text;
    constexpr std::size_t chunk = 64 * 1024;
    text.reserve(static_cast<std::size_t>(reported) + chunk);
    for (;;) {
        const std::size_t old = text.size();
        text.resize(old + chunk);
        errno = 0;
        const std::size_t got = std::fread(text.data() + old, 1, chunk, in.f);
        text.resize(old + got);
        if (text.size() > json_max_bytes) too_large(origin, "more than " + std::to_string(json_max_bytes));
        if (got == chunk) continue;
        if (std::feof(in.f)) break;
        const int err = errno;
        if (err != EINTR) fail_io(origin, "tidak dapat membaca " + origin, "cannot read " + origin, err);
        std::clearerr(in.f);
        check_interrupt_now();
    }
    return load_json(text, origin);
}

}  // namespace sakip
