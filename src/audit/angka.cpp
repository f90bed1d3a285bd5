// sakip::audit: how the document's numbers were read. A lone group "1.500" read as thousands
// (angka.ambiguous) and a value printed as "not available" (data.tidak_tersedia), in the recorded
// values (targets, realisasi, amounts: found by walking the model's descriptions, with the JSON
// Pointer the saver writes them at) and in the printed figures (the rules' checks, Periksa).
#include "audit/aturan.hpp"
#include "io/json_pointer.hpp"

#include <sakip/decimal/format.hpp>
#include <sakip/decimal/terbilang.hpp>

#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace sakip::audit_detail {

namespace {

constexpr std::string_view ambigu = "ambiguous_thousands";

// The English reading of a lone group: 1.500 -> 1.5 (the value read divided by 1000).
std::string bacaan_lain(const Decimal& read) {
    return format_angka(Decimal::from_parts(read.coefficient(), read.scale() + 3).normalized());
}

Finding temuan_ambigu(std::string location, std::string source, const std::string& teks, const Decimal& read) {
    Finding x = temuan("angka.ambiguous");
    x.location = std::move(location);
    x.source = std::move(source);
    x.reported = teks;
    // A lone group has no decimals: the value shown is an integer ("840000" for Rp840.000,00).
    const std::string dibaca = read.normalized().to_string();
    x.reported_value = dibaca;
    const std::string lain = bacaan_lain(read);
    x.message =
        "\"" + teks + "\" dibaca " + dibaca + " (" + terbilang(read) + "); bila maksudnya " + lain + " tulis " + lain;
    x.message_en =
        "\"" + teks + "\" read as " + dibaca + " (" + terbilang(read) + "); if " + lain + " was meant write " + lain;
    x.trace = "a lone group d.ddd: '.' groups thousands in Indonesian (docs/formats.md), a decimal point in English";
    return x;
}

Finding temuan_tidak_tersedia(std::string location, std::string source, const std::string& teks) {
    Finding x = temuan("data.tidak_tersedia");
    x.location = std::move(location);
    x.source = std::move(source);
    x.reported = teks;
    x.message = "nilai tercetak \"" + teks + "\" (tidak tersedia): data tidak ada, nilainya tidak terdefinisi";
    x.message_en = "value printed \"" + teks + "\" (not available): a data gap, the value is undefined";
    x.trace = "a \"not available\" text (docs/formats.md): held as such, never read as 0";
    return x;
}

// The walk over the document: every Besaran and Amount with its JSON Pointer and the nearest
// enclosing "sumber". Mirrors the saver's layout (json_save.cpp): keyed lists are maps by key, a
// struct with a Presence::value field is that value, years are map keys.
struct Jalan {
    Context& ctx;

    void at(const Besaran& b, const std::string& ptr, const std::string& sumber) {
        if (!b.tersedia) ctx.add(temuan_tidak_tersedia(ptr, sumber, b.text));
        if (b.tersedia && b.has_note(ambigu)) ctx.add(temuan_ambigu(ptr, sumber, b.text, b.value));
    }
    void at(const Amount& a, const std::string& ptr, const std::string& sumber) {
        if (a.has_note(ambigu)) ctx.add(temuan_ambigu(ptr, sumber, a.text, a.value.value()));
    }
    void at(const Target& t, const std::string& ptr, const std::string& sumber) {
        if (const Besaran* b = t.besaran()) return at(*b, ptr, sumber);
        at(t.rentang()->bawah, ptr + "/bawah", sumber);
        at(t.rentang()->atas, ptr + "/atas", sumber);
    }
    template <class T>
    void at(const std::optional<T>& v, const std::string& ptr, const std::string& sumber) {
        if (v) at(*v, ptr, sumber);
    }
    template <class V>
    void at(const std::map<int, V>& m, const std::string& ptr, const std::string& sumber) {
        for (const auto& [y, v] : m)
            if (!ctx.opt.tahun || *ctx.opt.tahun == y) at(v, ptr + "/" + std::to_string(y), sumber);
    }
    template <class T>
    void at(const std::vector<T>& v, const std::string& ptr, const std::string& sumber) {
        if constexpr (Described<T>) {
            for (std::size_t i = 0; i < v.size(); ++i) {
                if constexpr (has_key<T>()) {
                    const auto& key = std::get<field_with<T>(Presence::key)>(description<T>().fields).of(v[i]);
                    entry(v[i], ptr + "/" + detail::json_pointer_escape(key_text(key)), sumber);
                } else {
                    at(v[i], ptr + "/" + std::to_string(i), sumber);
                }
            }
        } else {
            for (std::size_t i = 0; i < v.size(); ++i) at(v[i], ptr + "/" + std::to_string(i), sumber);
        }
    }
    template <Described T>
    void entry(const T& v, const std::string& ptr, const std::string& sumber) {
        constexpr std::size_t i = field_with<T>(Presence::value);
        if constexpr (i < field_count<T>())
            at(std::get<i>(description<T>().fields).of(v), ptr, sumber);
        else
            at(v, ptr, sumber);
    }
    template <Described T>
    void at(const T& v, const std::string& ptr, const std::string& sumber) {
        std::string here = sumber;
        for_each_field<T>([&](const auto& f) {
            if constexpr (std::is_same_v<std::remove_cvref_t<decltype(f.of(v))>, std::string>)
                if (f.name == "sumber" && !f.of(v).empty()) here = f.of(v);
        });
        for_each_field<T>([&](const auto& f) {
            if (f.in_json()) at(f.of(v), ptr + "/" + std::string(f.name), here);
        });
    }
    // Everything else (text, numbers, codes, enums, formulas) holds no quantity.
    template <class T>
    void at(const T&, const std::string&, const std::string&) {}

    static std::string key_text(const std::string& k) { return k; }
    static std::string key_text(const Kode& k) { return k.text(); }
};

}  // namespace

void audit_angka(Context& ctx) {
    Jalan j{ctx};
    j.at(ctx.doc, "", "");
}

void cek_angka_ambigu(const Periksa& p, const Aturan&) {
    if (p.v.jenis != Putusan::Jenis::tak_terbaca && p.b.value && p.b.has_note(ambigu))
        p.ctx.add(temuan_ambigu(p.f.location, p.f.source, p.f.a->teks, *p.b.value));
}

void cek_tidak_tersedia(const Periksa& p, const Aturan&) {
    if (p.b.has_note("tidak_tersedia")) p.ctx.add(temuan_tidak_tersedia(p.f.location, p.f.source, p.f.a->teks));
}

}  // namespace sakip::audit_detail
