// Private to the loader (src/io/json_*.cpp): the DOM type, the problem collector (Ctx), the object
// reader that reports unknown and missing fields (Obj), the readers of values, the index the reference
// checks run against and the section readers. The loader is split by job:
//   json_dom.cpp        the DOM with its limits (size, depth, NUL, duplicate keys), load_json and load
//   json_values.cpp     values: strings, integers, amounts, quantities, targets, NIPs, dates, ids,
//                       codes, years, JSON Pointers and which ukuran fits which ref
//   json_refs.cpp       cross-references: dangling ids, induk / atasan cycles, years in the period
//   json_load.cpp       the structure of dokumen, instansi, rpjmd, renstra and iku (and the ekspresi check)
//   json_tahunan.cpp    the structure of the year-keyed sections (dpa, pk, realisasi, laporan,
//                       pohon_kinerja) and of the whole document
#pragma once

#include <sakip/interrupt.hpp>
#include <sakip/io/json.hpp>
#include <sakip/model.hpp>

#include <nlohmann/json.hpp>

#include "io/json_pointer.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace sakip::json_read {

using J = nlohmann::ordered_json;

inline std::string esc(std::string_view t) { return detail::json_pointer_escape(t); }

inline std::string at(const std::string& ptr, std::string_view key) { return ptr + "/" + esc(key); }
inline std::string at(const std::string& ptr, std::size_t i) { return ptr + "/" + std::to_string(i); }

// The text quoted for a message, '"' and '\\' escaped and control characters as '?'.
std::string quote(std::string_view s);

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

    // A problem's message in Indonesian and English (LoadProblem::message, message_en).
    void add(std::string ptr, std::string rule, Pesan msg) {
        problems.push_back({seq++, {std::move(ptr), std::move(rule), std::move(msg.id), std::move(msg.en)}});
    }
    void add_at(std::size_t s, std::string ptr, std::string rule, Pesan msg) {
        problems.push_back({s, {std::move(ptr), std::move(rule), std::move(msg.id), std::move(msg.en)}});
    }
    template <class F>
    void later(F f) {
        checks.push_back({seq++, std::function<void(const Index&, Ctx&, std::size_t)>(std::move(f))});
    }
};

// The kind of a JSON value as a message names it, in both languages ({"objek", "an object"}).
struct Kind {
    const char* id;
    const char* en;
};
Kind kind(const J& j);
// "diharapkan <id>, ditemukan <kind>" / "expected <en>, found <kind>".
Pesan expected(const char* id, const char* en, const J& j);
// `what` "word" bukan salah satu dari <valid> / `what` "word" is not one of <valid>.
Pesan not_one_of(std::string_view what, std::string_view word, std::string_view valid);
// "tidak ada <what> "id" dalam Renstra" / "no <what> "id" in the Renstra".
Pesan not_in_renstra(std::string_view what, std::string_view id);
// "tidak ada <what> "code" dalam DPA <tahun>" / "no <what> "code" in the DPA <tahun>".
Pesan not_in_dpa(std::string_view what, std::string_view code, int tahun);
// "<what> "x" milik <owner> "y", bukan "z"" / "<what> "x" belongs to <owner> "y", not "z"".
Pesan belongs(std::string_view what, std::string_view x, std::string_view owner, std::string_view y,
              std::string_view z);
// "<what> tidak boleh kosong" / "<what> must not be empty".
Pesan not_empty(std::string_view what);
// An error of a value's own reader (a scale name, a gap rule), already in both languages.
inline Pesan both(const std::exception& e) { return {e.what(), e.what()}; }

// The JSON fields of a described struct (sakip/model/describe.hpp): the structure the loader reads.
struct JsonField {
    std::string_view name;
    bool required;
};
struct JsonFields {
    std::string_view type;  // the description's name ("unit"), for messages
    std::vector<JsonField> fields;
    const JsonField* find(std::string_view k) const {
        for (const auto& f : fields)
            if (f.name == k) return &f;
        return nullptr;
    }
};
template <Described T>
const JsonFields& json_fields() {
    static const JsonFields out = [] {
        JsonFields f;
        f.type = description<T>().name;
        for_each_field<T>([&](const auto& x) {
            if (x.in_json()) f.fields.push_back({x.name, x.presence == Presence::required});
        });
        return f;
    }();
    return out;
}

// One JSON object being read. Read as a described struct (the constructor with a type_tag), its
// structure is the description's, not the reader's: a field is read with get() when it is
// optional and req() when it is required (or required by another field's value, as a rumus's
// pembilang by its jenis); a required field read with get() and absent is reported by finish() as
// missing; reading a field the description lacks, or leaving a described field of the object unread,
// is a logic error (every load of the struct in the
// tests and the fuzzers runs these checks, so the loader cannot drift from the description).
class Obj {
public:
    Obj(Ctx& c, const J& j, std::string ptr) : c_(c), ptr_(std::move(ptr)) {
        if (!j.is_object()) {
            c_.add(ptr_, "schema.type", expected("objek", "an object", j));
            return;
        }
        j_ = &j;
        if (auto it = c_.duplicates.find(ptr_); it != c_.duplicates.end()) {
            for (auto& p : it->second) c_.add(p.pointer, p.rule, {p.message, p.message_en});
            c_.duplicates.erase(it);
        }
    }
    template <Described T>
    Obj(Ctx& c, const J& j, std::string ptr, type_tag<T>) : Obj(c, j, std::move(ptr)) {
        fields_ = &json_fields<T>();
    }
    bool ok() const { return j_ != nullptr; }
    const std::string& ptr() const { return ptr_; }
    std::string at(std::string_view k) const { return json_read::at(ptr_, k); }
    const J* get(const char* k) { return find(k, false); }
    const J* req(const char* k) {
        const J* p = find(k, true);
        if (!p && j_) c_.add(ptr_, "schema.required", missing(k));
        return p;
    }
    // `variant`: the object's fields depend on one of its values (a rumus's jenis), so a described
    // field left unread is not a field of this variant and is reported as unknown.
    void finish(bool variant = false) {
        if (!j_) return;
        for (auto it = j_->begin(); it != j_->end(); ++it) {
            if (used_.count(it.key())) continue;
            if (!variant && fields_ != nullptr && fields_->find(it.key()) != nullptr)
                drift("did not read field", it.key());
            c_.add(at(it.key()), "schema.unknown_field",
                   {"isian " + quote(it.key()) + " tidak dikenal", "unknown field " + quote(it.key())});
        }
        if (fields_ == nullptr) return;
        for (const JsonField& f : fields_->fields)
            if (f.required && !required_.count(f.name) && !j_->contains(f.name))
                c_.add(ptr_, "schema.required", missing(f.name));
    }

private:
    static Pesan missing(std::string_view k) {
        return {"isian wajib " + quote(k) + " tidak ada", "missing required field " + quote(k)};
    }
    const J* find(const char* k, bool required) {
        if (fields_ != nullptr) {
            const JsonField* f = fields_->find(k);
            if (f == nullptr) drift("reads a field the description lacks:", k);
            if (required) required_.insert(k);
        }
        if (!j_) return nullptr;
        used_.insert(k);
        auto it = j_->find(k);
        return it == j_->end() ? nullptr : &*it;
    }
    [[noreturn]] void drift(const char* what, std::string_view k) const {
        throw std::logic_error("sakip loader: the reader of \"" + std::string(fields_->type) + "\" " + what + " \"" +
                               std::string(k) + "\" (src/io: keep it as described in include/sakip/model/)");
    }

    Ctx& c_;
    const J* j_ = nullptr;
    std::string ptr_;
    std::set<std::string, std::less<>> used_, required_;
    const JsonFields* fields_ = nullptr;  // a described struct's structure, or nullptr
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
        c.add(ptr, "schema.type", expected("larik", "an array", j));
        return;
    }
    for (std::size_t i = 0; i < j.size(); ++i) {
        check_interrupt();
        f(j[i], at(ptr, i));
    }
}

// ---- values (json_values.cpp) ---------------------------------------------------------------------

bool read_string(Ctx& c, const J& j, const std::string& ptr, std::string& out, bool nonempty = false);
void opt_string(Ctx& c, Obj& o, const char* k, std::string& out, bool nonempty = false);
void req_string(Ctx& c, Obj& o, const char* k, std::string& out, bool nonempty = true);
bool read_int(Ctx& c, const J& j, const std::string& ptr, int lo, int hi, int& out);
bool read_tahun(Ctx& c, const J& j, const std::string& ptr, int& out);
void opt_int(Ctx& c, Obj& o, const char* k, std::optional<int>& out, int lo = 1, int hi = 2147483647);
void read_strings(Ctx& c, const J& j, const std::string& ptr, std::vector<std::string>& out);
void opt_catatan(Ctx& c, Obj& o, Catatan& out);
void opt_varian(Ctx& c, Obj& o, const char* k, std::vector<Varian>& out);
std::optional<Amount> read_amount(Ctx& c, const J& j, const std::string& ptr);
void opt_amount(Ctx& c, Obj& o, const char* k, std::optional<Amount>& out);
// A quantity (Besaran::parse); with `allow_not_available` (realisasi nilai and inputs) also a
// "not available" text such as "n/a", held with tersedia = false.
std::optional<Besaran> read_besaran(Ctx& c, const J& j, const std::string& ptr, bool allow_not_available = false);
void opt_besaran(Ctx& c, Obj& o, const char* k, std::optional<Besaran>& out);
std::optional<Target> read_target(Ctx& c, const J& j, const std::string& ptr);
void opt_target(Ctx& c, Obj& o, const char* k, std::optional<Target>& out);
std::optional<NipTercetak> read_nip(Ctx& c, const J& j, const std::string& ptr);
void opt_nip(Ctx& c, Obj& o, const char* k, std::optional<NipTercetak>& out);
void opt_tanggal(Ctx& c, Obj& o, const char* k, std::string& out);
bool check_id(Ctx& c, std::string_view id, const std::string& ptr, const char* what = "id");
bool check_name(Ctx& c, std::string_view id, const std::string& ptr, const char* what);
void read_id_ref(Ctx& c, const J& j, const std::string& ptr, std::string& out);
void opt_id(Ctx& c, Obj& o, const char* k, std::string& out);
std::optional<Kode> parse_kode(Ctx& c, std::string_view text, const std::string& ptr);
std::optional<Kode> read_kode(Ctx& c, const J& j, const std::string& ptr);
void opt_kode(Ctx& c, Obj& o, const char* k, std::optional<Kode>& out);
std::optional<int> year_key(Ctx& c, std::string_view key, const std::string& ptr);
// Reads an angka's `ref` or `terhadap`; true when it resolves.
bool read_pointer(Ctx& c, const J& j, const std::string& ptr, std::string& out);
// The ukuran rules of an angka as JSON Schema allOf entries (json_schema.cpp adds them to the angka
// schema): the fields only some ukuran take, and which kinds of ref each ukuran is about
// (laporan.ukuran). Generated from the model's table, which the loader checks.
J ukuran_rules();
// The angka field `field` ("terhadap", "kategori", "tahun_banding", "arah") against its ukuran's row
// (`info`, nullptr when the ukuran is unknown): schema.required when the ukuran needs it and
// `present` is false (and `check_required`), schema.unknown_field when the ukuran does not take it.
// True when the field is present and taken, so its value is read.
bool check_ukuran_field(Ctx& c, const InfoUkuran* info, std::string_view field, bool present, bool check_required,
                        const std::string& obj_ptr, const std::string& field_ptr);
// laporan.ukuran: the figure's `field` (ref or terhadap) is of a kind its ukuran is about.
void check_ukuran_ref(Ctx& c, const std::string& ukuran, const char* field, const std::string& ref,
                      const std::string& ptr);

// ---- the index the reference checks run against ---------------------------------------------------

struct DpaIndex {
    SkemaKode skema = SkemaKode::permendagri_13_2006;
    std::unordered_set<std::string> program;                    // normalised codes
    std::unordered_map<std::string, std::string> kegiatan;      // kegiatan -> program
    std::unordered_map<std::string, std::string> sub_kegiatan;  // sub kegiatan -> kegiatan
};

// For parent links (id -> parent id; "" or an id that is not a key ends the walk): the first id that
// the walk up from each id meets twice (json_refs.cpp).
std::unordered_map<std::string, std::string> first_repeated(const std::unordered_map<std::string, std::string>& parent);

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

// ---- reference checks (json_refs.cpp), run once everything is read -------------------------------

// Registers a year.range check for `tahun` at `ptr`.
void check_year(Ctx& c, int tahun, const std::string& ptr);
void ref_unit(Ctx& c, const std::string& id, const std::string& ptr);
void ref_pejabat(Ctx& c, const std::string& id, const std::string& ptr);
void ref_sasaran(Ctx& c, const std::string& id, const std::string& ptr, const char* rule);
void ref_program_any(Ctx& c, const Kode& k, const std::string& ptr);
// polaritas.target: rentang indicators have range targets; the others scalar ones.
void check_polaritas(Ctx& c, const std::string& indikator, const Target& t, const std::string& ptr);
void ref_iku_input(Ctx& c, const std::string& iku, const std::string& name, const std::string& ptr, const char* rule);

// ---- sections (json_load.cpp, json_tahunan.cpp) --------------------------------------------------

void opt_tanda_tangan(Ctx& c, Obj& o, std::vector<TandaTangan>& out);
InfoDokumen read_dokumen(Ctx& c, const J& j, const std::string& ptr);
Instansi read_instansi(Ctx& c, const J& j, const std::string& ptr);
Rpjmd read_rpjmd(Ctx& c, const J& j, const std::string& ptr);
Renstra read_renstra(Ctx& c, const J& j, const std::string& ptr, std::optional<Periode>& periode);
Iku read_iku(Ctx& c, const std::string& id, const J& j, const std::string& ptr);
// The whole document: every section, then the reference checks.
Dokumen read_document(Ctx& c, const J& root);

}  // namespace sakip::json_read
