// The loader's value readers (format.md section 9, schema.type and value.* rules): strings,
// integers and years, amounts (rupiah), quantities (besaran), targets, NIPs, ISO dates, ids and
// names, codes, year keys, JSON Pointers (laporan.ref) and which ukuran fits which ref
// (laporan.ukuran). Each reports its problem at the value's pointer and reads what it can.
#include "io/json_read.hpp"

#include <algorithm>

namespace sakip::json_read {

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

Kind kind(const J& j) {
    switch (j.type()) {
        case J::value_t::null:
            return {"null", "null"};
        case J::value_t::boolean:
            return {"nilai boolean", "a boolean"};
        case J::value_t::number_integer:
        case J::value_t::number_unsigned:
            return {"angka JSON", "a JSON number"};
        case J::value_t::number_float:
            return {"angka JSON (pecahan)", "a JSON number (float)"};
        case J::value_t::string:
            return {"teks", "a string"};
        case J::value_t::array:
            return {"larik", "an array"};
        case J::value_t::object:
            return {"objek", "an object"};
        default:
            return {"nilai yang tidak didukung", "an unsupported value"};
    }
}

Pesan expected(const char* id, const char* en, const J& j) {
    const Kind k = kind(j);
    return {std::string("diharapkan ") + id + ", ditemukan " + k.id, std::string("expected ") + en + ", found " + k.en};
}

Pesan not_one_of(std::string_view what, std::string_view word, std::string_view valid) {
    const std::string shown = std::string(what) + " " + quote(word);
    return {shown + " bukan salah satu dari " + std::string(valid), shown + " is not one of " + std::string(valid)};
}

Pesan not_in_renstra(std::string_view what, std::string_view id) {
    const std::string shown = std::string(what) + " " + quote(id);
    return {"tidak ada " + shown + " dalam Renstra", "no " + shown + " in the Renstra"};
}

Pesan not_in_dpa(std::string_view what, std::string_view code, int tahun) {
    const std::string shown = std::string(what) + " " + quote(code), y = std::to_string(tahun);
    return {"tidak ada " + shown + " dalam DPA " + y, "no " + shown + " in the DPA " + y};
}

Pesan belongs(std::string_view what, std::string_view x, std::string_view owner, std::string_view y,
              std::string_view z) {
    const std::string shown = std::string(what) + " " + quote(x), of = std::string(owner) + " " + quote(y);
    return {shown + " milik " + of + ", bukan " + quote(z), shown + " belongs to " + of + ", not " + quote(z)};
}

Pesan not_empty(std::string_view what) {
    return {std::string(what) + " tidak boleh kosong", std::string(what) + " must not be empty"};
}

// ---- scalar readers -------------------------------------------------------------------------------

bool read_string(Ctx& c, const J& j, const std::string& ptr, std::string& out, bool nonempty) {
    if (!j.is_string()) {
        c.add(ptr, "schema.type", expected("teks", "a string", j));
        return false;
    }
    out = j.get<std::string>();
    if (nonempty && out.empty()) {
        c.add(ptr, "schema.type", {"tidak boleh kosong", "must not be empty"});
        return false;
    }
    return true;
}

void opt_string(Ctx& c, Obj& o, const char* k, std::string& out, bool nonempty) {
    if (const J* j = o.get(k)) read_string(c, *j, o.at(k), out, nonempty);
}
void req_string(Ctx& c, Obj& o, const char* k, std::string& out, bool nonempty) {
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
        const std::string bounds = std::to_string(lo) + "-" + std::to_string(hi);
        c.add(ptr, "schema.type",
              {"bilangan bulat " + j.dump() + " di luar " + bounds, "integer " + j.dump() + " is outside " + bounds});
        return false;
    }
    c.add(ptr, "schema.type", expected("bilangan bulat", "an integer", j));
    return false;
}

bool read_tahun(Ctx& c, const J& j, const std::string& ptr, int& out) { return read_int(c, j, ptr, 1900, 2099, out); }

void opt_int(Ctx& c, Obj& o, const char* k, std::optional<int>& out, int lo, int hi) {
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
        Obj v(c, e, p, type_tag<Varian>{});
        Varian x;
        req_string(c, v, "teks", x.teks);
        req_string(c, v, "sumber", x.sumber);
        v.finish();
        if (v.ok()) out.push_back(std::move(x));
    });
}

std::optional<Amount> read_amount(Ctx& c, const J& j, const std::string& ptr) {
    if (j.is_number()) {
        c.add(ptr, "schema.type",
              {"jumlah uang harus teks seperti \"88.799.000,00\", bukan angka JSON",
               "amount must be a string such as \"88.799.000,00\", not a JSON number"});
        return std::nullopt;
    }
    std::string text;
    if (!read_string(c, j, ptr, text)) return std::nullopt;
    try {
        return Amount::parse(text, ptr);
    } catch (const parse_error& e) {
        const std::string at = std::to_string(e.offset());
        c.add(ptr, "value.amount",
              {"tidak dapat membaca " + quote(text) + " sebagai rupiah: " + e.reason() + " (posisi " + at + ")",
               "cannot parse " + quote(text) + " as rupiah: " + e.reason_en() + " (offset " + at + ")"});
    } catch (const error& e) {
        c.add(ptr, "value.amount",
              {"tidak dapat membaca " + quote(text) + " sebagai rupiah: " + e.what(),
               "cannot read " + quote(text) + " as rupiah: " + e.what()});
    }
    return std::nullopt;
}

void opt_amount(Ctx& c, Obj& o, const char* k, std::optional<Amount>& out) {
    if (const J* j = o.get(k)) out = read_amount(c, *j, o.at(k));
}

std::optional<Besaran> read_besaran(Ctx& c, const J& j, const std::string& ptr, bool allow_not_available) {
    if (j.is_number()) {
        c.add(ptr, "schema.type",
              {"besaran harus teks seperti \"97%\", bukan angka JSON",
               "quantity must be a string such as \"97%\", not a JSON number"});
        return std::nullopt;
    }
    std::string text;
    if (!read_string(c, j, ptr, text)) return std::nullopt;
    try {
        return Besaran::parse(text, ptr, allow_not_available);
    } catch (const parse_error& e) {
        const std::string at = std::to_string(e.offset());
        c.add(ptr, "value.besaran",
              {"tidak dapat membaca " + quote(text) + " sebagai besaran: " + e.reason() + " (posisi " + at + ")",
               "cannot parse " + quote(text) + " as a quantity: " + e.reason_en() + " (offset " + at + ")"});
    } catch (const error& e) {
        c.add(ptr, "value.besaran",
              {"tidak dapat membaca " + quote(text) + " sebagai besaran: " + e.what(),
               "cannot read " + quote(text) + " as a quantity: " + e.what()});
    }
    return std::nullopt;
}

void opt_besaran(Ctx& c, Obj& o, const char* k, std::optional<Besaran>& out) {
    if (const J* j = o.get(k)) out = read_besaran(c, *j, o.at(k));
}

std::optional<Target> read_target(Ctx& c, const J& j, const std::string& ptr) {
    if (j.is_object()) {
        Obj o(c, j, ptr, type_tag<Rentang>{});
        std::optional<Besaran> lo, hi;
        if (const J* b = o.req("bawah")) lo = read_besaran(c, *b, o.at("bawah"));
        if (const J* a = o.req("atas")) hi = read_besaran(c, *a, o.at("atas"));
        o.finish();
        if (!lo || !hi) return std::nullopt;
        if (lo->value > hi->value)
            c.add(ptr, "value.besaran",
                  {"rentang: bawah " + quote(lo->text) + " lebih besar dari atas " + quote(hi->text),
                   "range bawah " + quote(lo->text) + " is above atas " + quote(hi->text)});
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
    Pesan why;
    if (auto n = Nip::try_parse(text, &why)) return NipTercetak{text, *n};
    c.add(ptr, "value.nip",
          {"NIP " + quote(text) + " tidak sah: " + why.id, "invalid NIP " + quote(text) + ": " + why.en});
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
        c.add(o.at(k), "value.date",
              {quote(out) + " bukan tanggal yang ada di kalender", quote(out) + " is not a calendar date"});
        return;
    }
    c.add(o.at(k), "value.date",
          {quote(out) + " bukan tanggal ISO TTTT-BB-HH", quote(out) + " is not an ISO date YYYY-MM-DD"});
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

bool check_id(Ctx& c, std::string_view id, const std::string& ptr, const char* what) {
    if (pattern_id(id)) return true;
    const std::string shown = std::string(what) + " " + quote(id);
    c.add(ptr, "id.pattern",
          {shown + " harus cocok dengan ^[A-Za-z0-9][A-Za-z0-9_.-]*$ (paling banyak 100 karakter)",
           shown + " must match ^[A-Za-z0-9][A-Za-z0-9_.-]*$ (at most 100 characters)"});
    return false;
}

bool check_name(Ctx& c, std::string_view id, const std::string& ptr, const char* what) {
    if (pattern_name(id)) return true;
    const std::string shown = std::string(what) + " " + quote(id);
    c.add(ptr, "id.pattern",
          {shown + " harus cocok dengan ^[a-z][a-z0-9_]*$", shown + " must match ^[a-z][a-z0-9_]*$"});
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
    Pesan reason;
    std::optional<Kode> k = dotted_digits ? Kode::try_parse(text, &reason) : std::nullopt;
    if (!k) {
        if (reason.en.empty())
            reason = {"kode terdiri atas digit, boleh dalam segmen yang dipisah titik",
                      "a code is digits, optionally in dot-separated segments"};
        c.add(ptr, "id.pattern",
              {"kode " + quote(text) + " tidak sah: " + reason.id, "invalid code " + quote(text) + ": " + reason.en});
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
        c.add(ptr, "id.pattern",
              {"kunci tahun " + quote(key) + " harus tahun empat digit 1900-2099",
               "year key " + quote(key) + " must be a four-digit year 1900-2099"});
        return std::nullopt;
    }
    return std::stoi(std::string(key));
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
        c.add(ptr, "laporan.ref", {quote(out) + " bukan JSON Pointer", quote(out) + " is not a JSON Pointer"});
        return false;
    }
    if (!resolves(c, out)) {
        c.add(ptr, "laporan.ref",
              {quote(out) + " tidak menunjuk ke apa pun dalam dokumen ini",
               quote(out) + " does not resolve in this document"});
        return false;
    }
    return true;
}

// ---- which ukuran fits which ref (rule laporan.ukuran) ------------------------------------------------

// What an angka's `ref` (or `terhadap`) names: the kinds of the model's table (RefAngka,
// sakip/model/ukuran.hpp), in the shapes the audit reads. The pointer resolves, so every id in it exists.
using RefKind = RefAngka;

// Each kind with how a message names it and its JSON Schema pattern (the schema's laporan.ukuran rules
// are generated from this table and the model's ukuran table, ukuran_rules below).
struct RefKindName {
    RefKind kind;
    const char* name;     // in English
    const char* name_id;  // in Indonesian
    const char* pattern;  // the pointer's shape: "{}" is one reference token (an id, a code, a year)
};
constexpr RefKindName ref_kind_names[] = {
    {RefKind::indikator, "an indicator (/renstra/indikator/<id>)", "satu indikator (/renstra/indikator/<id>)",
     "/renstra/indikator/{}"},
    {RefKind::semua_indikator, "all indicators (/renstra/indikator)", "semua indikator (/renstra/indikator)",
     "/renstra/indikator"},
    {RefKind::sasaran, "a sasaran (/renstra/sasaran/<id>)", "satu sasaran (/renstra/sasaran/<id>)",
     "/renstra/sasaran/{}"},
    {RefKind::semua_sasaran, "all sasaran (/renstra/sasaran)", "semua sasaran (/renstra/sasaran)", "/renstra/sasaran"},
    {RefKind::dpa, "a DPA (/dpa/<year>)", "satu DPA (/dpa/<tahun>)", "/dpa/{}"},
    {RefKind::semua_program, "all programs (/dpa/<year>/program)", "semua program (/dpa/<tahun>/program)",
     "/dpa/{}/program"},
    {RefKind::program, "a program (/dpa/<year>/program/<code>)", "satu program (/dpa/<tahun>/program/<kode>)",
     "/dpa/{}/program/{}"},
    {RefKind::kegiatan, "a kegiatan (/dpa/<year>/program/<code>/kegiatan/<code>)",
     "satu kegiatan (/dpa/<tahun>/program/<kode>/kegiatan/<kode>)", "/dpa/{}/program/{}/kegiatan/{}"},
    {RefKind::sub_kegiatan, "a sub kegiatan (.../kegiatan/<code>/sub_kegiatan/<code>)",
     "satu sub kegiatan (.../kegiatan/<kode>/sub_kegiatan/<kode>)", "/dpa/{}/program/{}/kegiatan/{}/sub_kegiatan/{}"},
    {RefKind::semua_belanja, "all belanja (/dpa/<year>/belanja)", "semua belanja (/dpa/<tahun>/belanja)",
     "/dpa/{}/belanja"},
    {RefKind::belanja, "a belanja kind (/dpa/<year>/belanja/<kind>)",
     "satu jenis belanja (/dpa/<tahun>/belanja/<jenis>)", "/dpa/{}/belanja/{}"},
    {RefKind::baris_pk, "the rows of a PK table (/pk/<year>/<id>/program, kegiatan or sub_kegiatan)",
     "baris tabel PK (/pk/<tahun>/<id>/program, kegiatan atau sub_kegiatan)",
     "/pk/{}/{}/(?:program|kegiatan|sub_kegiatan)"},
    {RefKind::input, "a recorded input (/realisasi/<year>/<indikator>/input/<name>)",
     "satu input tercatat (/realisasi/<tahun>/<indikator>/input/<nama>)", "/realisasi/{}/{}/input/{}"},
    {RefKind::tahunan,
     "something of one year (/dpa/<year>, /pk/<year>, /realisasi/<year>, /laporan/<year> or "
     "/pohon_kinerja/<year>, or inside one)",
     "sesuatu dari satu tahun (/dpa/<tahun>, /pk/<tahun>, /realisasi/<tahun>, /laporan/<tahun> atau "
     "/pohon_kinerja/<tahun>, atau di dalamnya)",
     "/(?:dpa|pk|realisasi|laporan|pohon_kinerja)/{}(?:/.*)?"},
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

// The kinds of ref each ukuran is about (the model's table): what the audit recomputes it from. A
// figure whose ref is of another kind would never be checked, so it is a load error.
unsigned ukuran_refs(std::string_view u) {
    const InfoUkuran* info = find_ukuran(u);
    return info != nullptr ? info->refs : ~0u;  // an unknown ukuran is reported by itself
}

// The angka fields only some ukuran take: required for them (terhadap, kategori) or allowed only for
// them (tahun_banding, arah), absent for every other ukuran.
struct UkuranField {
    std::string_view field;
    bool InfoUkuran::*flag;
    bool required;
};
constexpr UkuranField ukuran_fields[] = {
    {"terhadap", &InfoUkuran::terhadap, true},
    {"kategori", &InfoUkuran::kategori, true},
    {"tahun_banding", &InfoUkuran::banding, false},
    {"arah", &InfoUkuran::banding, false},
};

std::vector<std::string> ukuran_with(bool InfoUkuran::*flag) {
    std::vector<std::string> out;
    for (const InfoUkuran& u : ukuran_info())
        if (u.*flag) out.emplace_back(u.nama);
    return out;
}

bool check_ukuran_field(Ctx& c, const InfoUkuran* info, std::string_view field, bool present, bool check_required,
                        const std::string& obj_ptr, const std::string& field_ptr) {
    const auto* f = std::find_if(std::begin(ukuran_fields), std::end(ukuran_fields),
                                 [&](const UkuranField& x) { return x.field == field; });
    const bool takes = info != nullptr && info->*(f->flag);
    if (takes && f->required && !present && check_required)
        c.add(obj_ptr, "schema.required",
              {"ukuran " + quote(info->nama) + " memerlukan " + quote(field),
               "ukuran " + quote(info->nama) + " needs " + quote(field)});
    if (present && !takes) {
        const auto names = ukuran_with(f->flag);
        std::string list_id, list_en;
        for (std::size_t i = 0; i < names.size(); ++i) {
            const bool last = i + 1 == names.size();
            list_id += std::string(i == 0 ? "" : last ? " dan " : ", ") + names[i];
            list_en += std::string(i == 0 ? "" : last ? " and " : ", ") + names[i];
        }
        const std::string nama = info != nullptr ? quote(info->nama) : std::string();
        c.add(field_ptr, "schema.unknown_field",
              {quote(field) + " hanya untuk ukuran " + list_id + (info != nullptr ? ", bukan " + nama : ""),
               quote(field) + " is only for the ukuran " + list_en + (info != nullptr ? ", not " + nama : "")});
    }
    return present && takes;
}

// The JSON Schema form of the two tables: for each field above, {"if": ukuran takes it, "then":
// required (when it is), "else": absent}; for each group of ukuran about the same kinds of ref (in the
// model's order), {"if": ukuran in the group, "then": ref (and terhadap) matches one of the kinds'
// patterns}.
J ukuran_rules() {
    auto ukuran_in = [](const std::vector<std::string>& names) {
        const J cond = names.size() == 1 ? J::object({{"const", names.front()}}) : J::object({{"enum", names}});
        return J::object({{"properties", J::object({{"ukuran", cond}})}, {"required", J::array({"ukuran"})}});
    };
    J rules = J::array();
    for (const UkuranField& f : ukuran_fields) {
        const J field = J::array({std::string(f.field)});
        J rule = J::object({{"if", ukuran_in(ukuran_with(f.flag))}});
        if (f.required) rule["then"] = J::object({{"required", field}});
        rule["else"] = J::object({{"not", J::object({{"required", field}})}});
        rules.push_back(std::move(rule));
    }
    auto pattern = [](unsigned mask) {
        std::string alt;
        for (const auto& k : ref_kind_names) {
            if ((mask & static_cast<unsigned>(k.kind)) == 0) continue;
            std::string p = k.pattern;
            for (std::size_t at = p.find("{}"); at != std::string::npos; at = p.find("{}", at))
                p.replace(at, 2, "(?:[^/~]|~[01])+");
            alt += (alt.empty() ? "" : "|") + p;
        }
        return "^(?:" + alt + ")$";
    };
    struct Group {
        unsigned mask;
        bool terhadap;  // porsi: its whole is an amount too
        std::vector<std::string> ukuran;
    };
    std::vector<Group> groups;
    for (const InfoUkuran& info : ukuran_info()) {
        auto g = std::find_if(groups.begin(), groups.end(),
                              [&](const Group& x) { return x.mask == info.refs && x.terhadap == info.terhadap; });
        if (g == groups.end()) g = groups.insert(groups.end(), Group{info.refs, info.terhadap, {}});
        g->ukuran.emplace_back(info.nama);
    }
    for (const Group& g : groups) {
        J props = J::object({{"ref", J::object({{"pattern", pattern(g.mask)}})}});
        if (g.terhadap) props["terhadap"] = props["ref"];
        rules.push_back(
            J::object({{"if", ukuran_in(g.ukuran)}, {"then", J::object({{"properties", std::move(props)}})}}));
    }
    return rules;
}

// laporan.ukuran: the figure's `field` (ref or terhadap) is of a kind its ukuran is about.
void check_ukuran_ref(Ctx& c, const std::string& ukuran, const char* field, const std::string& ref,
                      const std::string& ptr) {
    const unsigned want = ukuran_refs(ukuran);
    const unsigned have = ref_kinds(ref);
    if ((want & have) != 0) return;
    std::vector<const RefKindName*> wanted, is;
    for (const auto& k : ref_kind_names) {
        if (want & static_cast<unsigned>(k.kind)) wanted.push_back(&k);
        if (have & static_cast<unsigned>(k.kind)) is.push_back(&k);
    }
    std::string list_id, list_en;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const bool last = i + 1 == wanted.size();
        list_id += std::string(i == 0 ? "" : last ? " atau " : ", ") + wanted[i]->name_id;
        list_en += std::string(i == 0 ? "" : last ? " or " : ", ") + wanted[i]->name;
    }
    c.add(ptr, "laporan.ukuran",
          {"ukuran " + quote(ukuran) + " memerlukan " + field + " berupa " + list_id + "; " + quote(ref) + " adalah " +
               (is.empty() ? std::string("bukan salah satunya") : std::string(is.front()->name_id)),
           "ukuran " + quote(ukuran) + " needs " + field + " to be " + list_en + "; " + quote(ref) + " is " +
               (is.empty() ? std::string("none of these") : std::string(is.front()->name))});
}

}  // namespace sakip::json_read
