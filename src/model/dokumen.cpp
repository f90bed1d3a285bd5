// Small helpers of the document model: value parsing, lookups, enum names and the PK cascade.
#include <sakip/decimal/decimal.hpp>
#include <sakip/error.hpp>
#include <sakip/model/dokumen.hpp>

#include <algorithm>
#include <array>
#include <set>
#include <string>

namespace sakip {

// ---- values ---------------------------------------------------------------------------------------

Amount Amount::parse(std::string_view text, std::string_view origin) {
    ParseOptions o;
    o.origin = origin;
    auto r = Rupiah::parse_detailed(text, o);
    return Amount{std::string(text), r.value, std::move(r.notes)};
}

Amount Amount::of(const Rupiah& value) { return Amount{value.to_string(), value, {}}; }

bool Amount::has_note(std::string_view code) const {
    return std::any_of(notes.begin(), notes.end(), [&](const ParseNote& n) { return n.code == code; });
}

namespace {
using detail::is_digit;  // the one ASCII-digit test, of the decimal reader
bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr std::string_view tidak_tersedia_list[] = {
    "n/a", "-", "\u2013", "\u2014", "tidak ada data", "belum ada data", "data tidak tersedia", "data belum tersedia"};

std::string_view trimmed(std::string_view t) {
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    return t;
}
}  // namespace

std::span<const std::string_view> tidak_tersedia_texts() noexcept { return tidak_tersedia_list; }

bool tidak_tersedia(std::string_view text) noexcept {
    const std::string_view t = trimmed(text);
    return std::any_of(std::begin(tidak_tersedia_list), std::end(tidak_tersedia_list), [&](std::string_view w) {
        return w.size() == t.size() &&
               std::equal(w.begin(), w.end(), t.begin(), [](char x, char y) { return x == lower_ascii(y); });
    });
}

Besaran Besaran::parse(std::string_view text, std::string_view origin, bool allow_not_available) {
    if (allow_not_available && tidak_tersedia(text)) return tidak_tersedia_dari(std::string(text));
    auto fail = [&](Pesan why, std::size_t at) {
        throw parse_error(std::move(why), std::string(text), at, std::string(origin));
    };
    // The number: a sign, then digits and separators, read by Decimal::parse (the one reading).
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    if (i == text.size() || !is_digit(text[i]))
        fail(allow_not_available
                 ? Pesan{"besaran diawali digit (\"97%\", \"6 Dokumen\", \"4434\") atau berupa teks \"tidak "
                         "tersedia\" (\"n/a\", \"-\", \"tidak ada data\")",
                         "a quantity starts with digits (\"97%\", \"6 Dokumen\", \"4434\") or is a \"not available\" "
                         "text (\"n/a\", \"-\", \"tidak ada data\")"}
                 : Pesan{"besaran diawali digit (\"97%\", \"6 Dokumen\", \"4434\")",
                         "a quantity starts with digits (\"97%\", \"6 Dokumen\", \"4434\")"},
             i);
    while (i < text.size() && (is_digit(text[i]) || text[i] == '.' || text[i] == ',')) ++i;
    ParseOptions o;
    o.origin = origin;
    o.allow_percent = false;
    o.allow_currency = false;
    o.allow_parentheses = false;
    o.allow_exponent = false;
    ParseResult<Decimal> number{};
    try {
        number = Decimal::parse_detailed(text.substr(0, i), o);
    } catch (const parse_error& e) {
        fail(e.pesan(), e.offset());
    }
    std::string satuan;
    if (i < text.size()) {
        std::size_t u = i;
        if (text[u] == ' ' || text[u] == '\t') ++u;
        if (u < text.size() && text[u] == '%' && u + 1 == text.size()) {
            satuan = "%";
        } else if (u < text.size() && is_alpha(text[u])) {
            for (std::size_t j = u; j < text.size(); ++j) {
                char c = text[j];
                if (!(is_alpha(c) || is_digit(c) || c == ' ' || c == '.' || c == '/' || c == '-'))
                    fail({"karakter tidak sah pada satuan besaran", "invalid character in the unit of a quantity"}, j);
            }
            satuan = std::string(text.substr(u));
        } else {
            fail({"besaran berupa angka yang boleh diikuti '%' atau kata satuan",
                  "a quantity is a number optionally followed by '%' or a unit word"},
                 i);
        }
    }
    return Besaran{std::string(text), number.value, std::move(satuan), std::move(number.notes)};
}

Besaran Besaran::of(const Decimal& value, std::string satuan) {
    std::string text = value.to_string();
    if (satuan == "%")
        text += "%";
    else if (!satuan.empty())
        text += " " + satuan;
    return Besaran{std::move(text), value, std::move(satuan), {}};
}

Besaran Besaran::tidak_tersedia_dari(std::string text) {
    Besaran b{std::move(text), Decimal(), {}, {}};
    b.tersedia = false;
    return b;
}

bool Besaran::has_note(std::string_view code) const {
    return std::any_of(notes.begin(), notes.end(), [&](const ParseNote& n) { return n.code == code; });
}

// ---- enums ----------------------------------------------------------------------------------------

std::string_view to_string(Polaritas p) noexcept {
    switch (p) {
        case Polaritas::positif:
            return "positif";
        case Polaritas::negatif:
            return "negatif";
        case Polaritas::rentang:
            return "rentang";
        case Polaritas::stabil:
            return "stabil";
    }
    return "?";
}

std::optional<Polaritas> parse_polaritas(std::string_view n) noexcept {
    if (detail::same_word(n, "positif")) return Polaritas::positif;
    if (detail::same_word(n, "negatif")) return Polaritas::negatif;
    if (detail::same_word(n, "rentang")) return Polaritas::rentang;
    if (detail::same_word(n, "stabil")) return Polaritas::stabil;
    return std::nullopt;
}

std::string_view to_string(JenisRumus j) noexcept {
    switch (j) {
        case JenisRumus::rasio:
            return "rasio";
        case JenisRumus::perubahan_persen:
            return "perubahan_persen";
        case JenisRumus::penurunan_persen:
            return "penurunan_persen";
        case JenisRumus::jumlah:
            return "jumlah";
        case JenisRumus::nilai:
            return "nilai";
        case JenisRumus::ekspresi:
            return "ekspresi";
    }
    return "?";
}

std::optional<JenisRumus> parse_jenis_rumus(std::string_view n) noexcept {
    for (auto j : {JenisRumus::rasio, JenisRumus::perubahan_persen, JenisRumus::penurunan_persen, JenisRumus::jumlah,
                   JenisRumus::nilai, JenisRumus::ekspresi})
        if (detail::same_word(to_string(j), n)) return j;
    return std::nullopt;
}

std::vector<std::string> Rumus::inputs() const {
    switch (jenis) {
        case JenisRumus::rasio:
            return {pembilang, penyebut};
        case JenisRumus::ekspresi:
            return {};
        default:
            return {input};
    }
}

std::optional<ParseResult<Decimal>> Angka::parse() const {
    try {
        return Decimal::parse_detailed(teks);
    } catch (const error&) {
        return std::nullopt;
    }
}

std::optional<Decimal> Angka::nilai() const {
    auto r = parse();
    if (!r) return std::nullopt;
    return r->value;
}

// ---- lookups --------------------------------------------------------------------------------------

namespace {
template <class V, class Pred>
auto find_in(const V& v, Pred pred) noexcept -> const typename V::value_type* {
    for (const auto& x : v)
        if (pred(x)) return &x;
    return nullptr;
}
}  // namespace

const Unit* Instansi::find_unit(std::string_view id) const noexcept {
    return find_in(unit, [&](const Unit& u) { return u.id == id; });
}
const Pejabat* Instansi::find_pejabat(std::string_view id) const noexcept {
    return find_in(pejabat, [&](const Pejabat& p) { return p.id == id; });
}
const Misi* Rpjmd::find_misi(int nomor) const noexcept {
    return find_in(misi, [&](const Misi& m) { return m.nomor == nomor; });
}
const Target* Indikator::target_tahun(int tahun) const noexcept {
    auto it = target.find(tahun);
    return it == target.end() ? nullptr : &it->second;
}
const Tujuan* Renstra::find_tujuan(std::string_view id) const noexcept {
    return find_in(tujuan, [&](const Tujuan& t) { return t.id == id; });
}
const Sasaran* Renstra::find_sasaran(std::string_view id) const noexcept {
    return find_in(sasaran, [&](const Sasaran& s) { return s.id == id; });
}
const Indikator* Renstra::find_indikator(std::string_view id) const noexcept {
    return find_in(indikator, [&](const Indikator& i) { return i.id == id; });
}
std::vector<const Indikator*> Renstra::indikator_sasaran(std::string_view sasaran_id) const {
    std::vector<const Indikator*> out;
    for (const auto& i : indikator)
        if (i.sasaran == sasaran_id) out.push_back(&i);
    return out;
}
const InputIku* Iku::find_input(std::string_view nama) const noexcept {
    return find_in(input, [&](const InputIku& i) { return i.nama == nama; });
}
const SubKegiatan* Kegiatan::find_sub_kegiatan(const Kode& kode) const noexcept {
    return find_in(sub_kegiatan, [&](const SubKegiatan& s) { return s.kode == kode; });
}
const Kegiatan* Program::find_kegiatan(const Kode& kode) const noexcept {
    return find_in(kegiatan, [&](const Kegiatan& k) { return k.kode == kode; });
}
const Program* Dpa::find_program(const Kode& kode) const noexcept {
    return find_in(program, [&](const Program& p) { return p.kode == kode; });
}
const Kegiatan* Dpa::find_kegiatan(const Kode& kode) const noexcept {
    for (const auto& p : program)
        if (const Kegiatan* k = p.find_kegiatan(kode)) return k;
    return nullptr;
}
std::size_t Dpa::jumlah_kegiatan() const noexcept {
    std::size_t n = 0;
    for (const auto& p : program) n += p.kegiatan.size();
    return n;
}
const Besaran* RealisasiIndikator::find_input(std::string_view nama) const noexcept {
    auto* i = find_in(input, [&](const InputNilai& x) { return x.nama == nama; });
    return i ? &i->nilai : nullptr;
}
const Angka* Laporan::find_angka(std::string_view id) const noexcept {
    return find_in(angka, [&](const Angka& a) { return a.id == id; });
}
std::vector<const Angka*> Laporan::angka_tentang(std::string_view ref) const {
    std::vector<const Angka*> out;
    for (const auto& a : angka)
        if (a.ref == ref) out.push_back(&a);
    return out;
}

const Iku* Dokumen::find_iku(std::string_view indikator) const noexcept {
    return find_in(iku, [&](const Iku& i) { return i.indikator == indikator; });
}
const Dpa* Dokumen::find_dpa(int tahun) const noexcept {
    auto it = dpa.find(tahun);
    return it == dpa.end() ? nullptr : &it->second;
}
const Laporan* Dokumen::find_laporan(int tahun) const noexcept {
    auto it = laporan.find(tahun);
    return it == laporan.end() ? nullptr : &it->second;
}
const RealisasiIndikator* Dokumen::find_realisasi(int tahun, std::string_view indikator) const noexcept {
    auto it = realisasi.find(tahun);
    if (it == realisasi.end()) return nullptr;
    return find_in(it->second, [&](const RealisasiIndikator& r) { return r.indikator == indikator; });
}

// ---- PK cascade -----------------------------------------------------------------------------------

std::vector<const PerjanjianKinerja*> Dokumen::pk_tahun(int tahun) const {
    std::vector<const PerjanjianKinerja*> out;
    if (auto it = pk.find(tahun); it != pk.end())
        for (const auto& p : it->second) out.push_back(&p);
    return out;
}

const PerjanjianKinerja* Dokumen::find_pk(int tahun, std::string_view id) const noexcept {
    auto it = pk.find(tahun);
    if (it == pk.end()) return nullptr;
    return find_in(it->second, [&](const PerjanjianKinerja& p) { return p.id == id; });
}

const PerjanjianKinerja* Dokumen::atasan(const PerjanjianKinerja& p) const noexcept {
    if (p.atasan.empty()) return nullptr;
    return find_pk(p.tahun, p.atasan);
}

std::vector<const PerjanjianKinerja*> Dokumen::bawahan(const PerjanjianKinerja& p) const {
    std::vector<const PerjanjianKinerja*> out;
    for (const auto* q : pk_tahun(p.tahun))
        if (q->atasan == p.id && q->id != p.id) out.push_back(q);
    return out;
}

std::vector<const PerjanjianKinerja*> Dokumen::rantai_atasan(const PerjanjianKinerja& p) const {
    std::vector<const PerjanjianKinerja*> out{&p};
    std::set<std::string> seen{p.id};
    for (const auto* q = atasan(p); q && seen.insert(q->id).second; q = atasan(*q)) out.push_back(q);
    return out;
}

std::vector<const PerjanjianKinerja*> Dokumen::semua_bawahan(const PerjanjianKinerja& p) const {
    std::vector<const PerjanjianKinerja*> out;
    std::set<std::string> seen{p.id};
    std::vector<const PerjanjianKinerja*> stack;
    auto push_children = [&](const PerjanjianKinerja& x) {
        auto kids = bawahan(x);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
    };
    push_children(p);
    while (!stack.empty()) {
        const auto* q = stack.back();
        stack.pop_back();
        if (!seen.insert(q->id).second) continue;
        out.push_back(q);
        push_children(*q);
    }
    return out;
}

}  // namespace sakip
