// The definitions of the printed-scale reader of include/sakip/measure/skala.hpp (parse_interval,
// skala_tercetak), included at its end: the measures are header-only. Helpers are in sakip::detail.
#pragma once

#include <sakip/decimal/decimal.hpp>
#include <sakip/error.hpp>
#include <sakip/measure/skala.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sakip {

inline std::string_view nama_aturan_celah(AturanCelah a) noexcept {
    return a == AturanCelah::batas_bawah ? "batas_bawah" : "batas_atas";
}

inline AturanCelah parse_aturan_celah(std::string_view nama) {
    const std::string k = detail::label_key(nama);
    if (k == "batas_atas") return AturanCelah::batas_atas;
    if (k == "batas_bawah") return AturanCelah::batas_bawah;
    throw error("aturan celah \"" + std::string(nama) + "\" tidak dikenal; yang sah: batas_atas, batas_bawah / " +
                "unknown gap rule \"" + std::string(nama) + "\"; valid: batas_atas, batas_bawah");
}

namespace detail {

// A token of a printed interval: a number, a comparison, a range dash or word, or the variable.
struct TokenSkala {
    enum Kind { number, less, less_eq, greater, greater_eq, range, variable } kind;
    Decimal value;
    std::size_t offset = 0;
};

inline bool starts(std::string_view s, std::size_t i, std::string_view w) { return s.substr(i, w.size()) == w; }

// Splits `t`; nullopt when it holds no digit at all (a class that is not numeric).
inline std::optional<std::vector<TokenSkala>> tokens_skala(std::string_view t, std::string_view origin) {
    if (std::none_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
    std::vector<TokenSkala> out;
    const auto bad = [&](std::size_t at) {
        return parse_error(Pesan{"interval skala tidak terbaca", "unreadable scale interval"}, std::string(t), at,
                           std::string(origin));
    };
    std::size_t i = 0;
    while (i < t.size()) {
        const char c = t[i];
        if (c == ' ' || c == '\t' || c == '%') {
            ++i;
            continue;
        }
        if (starts(t, i, "\xC2\xA0")) {  // NBSP
            i += 2;
            continue;
        }
        const auto push = [&](TokenSkala::Kind k, std::size_t len) {
            out.push_back(TokenSkala{k, Decimal(0), i});
            i += len;
        };
        if (starts(t, i, "≤") || starts(t, i, "≦")) {
            push(TokenSkala::less_eq, 3);
        } else if (starts(t, i, "≥") || starts(t, i, "≧")) {
            push(TokenSkala::greater_eq, 3);
        } else if (starts(t, i, "<=") || starts(t, i, "=<")) {
            push(TokenSkala::less_eq, 2);
        } else if (starts(t, i, ">=") || starts(t, i, "=>")) {
            push(TokenSkala::greater_eq, 2);
        } else if (c == '<') {
            push(TokenSkala::less, 1);
        } else if (c == '>') {
            push(TokenSkala::greater, 1);
        } else if (starts(t, i, "–") || starts(t, i, "—")) {  // en dash, em dash
            push(TokenSkala::range, 3);
        } else if (c == '-' || c == '~') {
            push(TokenSkala::range, 1);
        } else if (starts(t, i, "s.d.") || starts(t, i, "s/d") || starts(t, i, "s.d")) {
            push(TokenSkala::range, starts(t, i, "s.d.") ? 4 : 3);
        } else if (starts(t, i, "sampai") || starts(t, i, "hingga")) {
            push(TokenSkala::range, 6);
        } else if ((c == 'x' || c == 'X') && (i + 1 == t.size() || t[i + 1] == ' ' || t[i + 1] == '<' ||
                                              t[i + 1] == '>' || t[i + 1] == '\xE2' || t[i + 1] == '=')) {
            push(TokenSkala::variable, 1);
        } else if (c >= '0' && c <= '9') {
            std::size_t j = i;
            while (j < t.size() && ((t[j] >= '0' && t[j] <= '9') || t[j] == '.' || t[j] == ',')) ++j;
            while (j > i && (t[j - 1] == '.' || t[j - 1] == ',')) --j;  // "100." ends a sentence
            ParseOptions po;
            po.origin = origin;
            po.allow_currency = false;
            po.allow_parentheses = false;
            po.allow_exponent = false;
            try {
                out.push_back(TokenSkala{TokenSkala::number, Decimal::parse(t.substr(i, j - i), po), i});
            } catch (const parse_error&) {
                throw bad(i);
            }
            i = j;
        } else {
            throw bad(i);
        }
    }
    return out;
}

}  // namespace detail

inline std::optional<Pita> parse_interval(std::string_view printed, std::string_view origin) {
    using T = detail::TokenSkala;
    auto toks = detail::tokens_skala(printed, origin);
    if (!toks) return std::nullopt;
    std::vector<T>& v = *toks;
    const auto fail = [&](std::size_t at) {
        return parse_error(Pesan{"bentuk interval skala tidak dikenal", "unknown form of a scale interval"},
                           std::string(printed), at, std::string(origin));
    };
    const auto is_num = [&](std::size_t k) { return k < v.size() && v[k].kind == T::number; };
    const auto is_lt = [&](std::size_t k) { return k < v.size() && (v[k].kind == T::less || v[k].kind == T::less_eq); };
    const auto is_gt = [&](std::size_t k) {
        return k < v.size() && (v[k].kind == T::greater || v[k].kind == T::greater_eq);
    };
    // "x > a", "x ≤ b": the variable before a comparison says nothing more.
    if (!v.empty() && v.front().kind == T::variable && v.size() == 3 && (is_lt(1) || is_gt(1))) v.erase(v.begin());
    Pita p;
    p.tercetak = std::string(printed);
    const std::size_t n = v.size();
    if (n == 1 && is_num(0)) {  // "100"
        p.bawah = p.atas = v[0].value;
    } else if (n == 2 && (is_lt(0) || is_gt(0)) && is_num(1)) {  // "> 100", "≤ 50"
        if (is_gt(0)) {
            p.bawah = v[1].value;
            p.bawah_inklusif = v[0].kind == T::greater_eq;
        } else {
            p.atas = v[1].value;
            p.atas_inklusif = v[0].kind == T::less_eq;
        }
    } else if (n == 3 && is_num(0) && v[1].kind == T::range && is_num(2)) {  // "91 – 100"
        p.bawah = v[0].value;
        p.atas = v[2].value;
    } else if (n == 3 && is_num(0) && is_lt(1) && is_num(2)) {  // the seed's "76 % ≤ 100 %"
        p.bawah = v[0].value;
        p.atas = v[2].value;
        p.atas_inklusif = v[1].kind == T::less_eq;
    } else if (n == 3 && is_num(0) && is_lt(1) && v[2].kind == T::variable) {  // "100 < x"
        p.bawah = v[0].value;
        p.bawah_inklusif = v[1].kind == T::less_eq;
    } else if ((n == 4 || n == 5) && is_gt(0) && is_num(1) && v[2].kind == T::range &&
               (n == 4 ? is_num(3) : is_lt(3) && is_num(4))) {  // "> 85 – 100", "> 75 s.d. < 85"
        p.bawah = v[1].value;
        p.bawah_inklusif = v[0].kind == T::greater_eq;
        p.atas = v[n - 1].value;
        p.atas_inklusif = n == 4 || v[3].kind == T::less_eq;
    } else if (n == 5 && is_num(0) && is_lt(1) && v[2].kind == T::variable && is_lt(3) && is_num(4)) {
        p.bawah = v[0].value;  // "85 < x ≤ 100"
        p.bawah_inklusif = v[1].kind == T::less_eq;
        p.atas = v[4].value;
        p.atas_inklusif = v[3].kind == T::less_eq;
    } else {
        throw fail(n == 0 ? 0 : v[std::min<std::size_t>(1, n - 1)].offset);
    }
    if (p.bawah && p.atas && (*p.bawah > *p.atas || (*p.bawah == *p.atas && !(p.bawah_inklusif && p.atas_inklusif))))
        throw parse_error(Pesan{"interval skala kosong (batas bawah di atas batas atas)",
                                "empty scale interval (lower bound above the upper bound)"},
                          std::string(printed), 0, std::string(origin));
    return p;
}

inline Skala skala_tercetak(std::string nama, std::string deskripsi, const std::vector<KelasCetak>& kelas,
                            AturanCelah aturan) {
    std::vector<Pita> bands;
    std::vector<KelasCetak> lain;
    for (const KelasCetak& k : kelas) {
        const std::string origin = "skala " + nama + ", kelas " + k.label;
        if (std::optional<Pita> p = parse_interval(k.interval, origin)) {
            p->label = k.label;
            bands.push_back(std::move(*p));
        } else {
            lain.push_back(k);
        }
    }
    const std::string where = "skala \"" + nama + "\": ";
    if (bands.empty()) throw error(where + "tidak ada kelas berangka / scale \"" + nama + "\": no class with numbers");
    // Ascending by lower bound (open below first); a tie is an overlap.
    std::stable_sort(bands.begin(), bands.end(), [](const Pita& a, const Pita& b) {
        if (!a.bawah || !b.bawah) return !a.bawah && b.bawah;
        return *a.bawah < *b.bawah;
    });
    std::vector<std::string> notes;
    const std::string rule(nama_aturan_celah(aturan));
    for (std::size_t i = 1; i < bands.size(); ++i) {
        Pita& lo = bands[i - 1];
        Pita& hi = bands[i];
        const std::string a_txt = "\"" + lo.tercetak + "\" (" + lo.label + ")";
        const std::string b_txt = "\"" + hi.tercetak + "\" (" + hi.label + ")";
        if (!lo.atas || !hi.bawah || *lo.atas > *hi.bawah)
            throw error(where + "kelas " + a_txt + " dan " + b_txt + " bertumpang tindih / scale \"" + nama +
                        "\": classes " + a_txt + " and " + b_txt + " overlap");
        const std::string a = lo.atas->to_string();
        const std::string b = hi.bawah->to_string();
        if (*lo.atas == *hi.bawah) {
            if (lo.atas_inklusif != hi.bawah_inklusif) continue;  // they touch exactly
            const bool both = lo.atas_inklusif;
            // The shared point goes to one side only.
            const bool to_hi = (aturan == AturanCelah::batas_bawah) == both;
            if (aturan == AturanCelah::batas_atas) {
                hi.bawah_inklusif = !lo.atas_inklusif;
            } else {
                lo.atas_inklusif = !hi.bawah_inklusif;
            }
            const std::string& label = to_hi ? hi.label : lo.label;
            notes.push_back(std::string(both ? "kedua kelas memuat " : "tidak ada kelas yang memuat ") + a + ": " + a +
                            " masuk " + label + " (" + rule + ") / " +
                            (both ? "both classes hold " : "no class holds ") + a + ": " + a + " is " + label + " (" +
                            rule + ")");
            continue;
        }
        // A gap between lo's upper and hi's lower bound.
        const std::string gap = a + (lo.atas_inklusif ? " < x " : " ≤ x ") + (hi.bawah_inklusif ? "< " : "≤ ") + b;
        if (aturan == AturanCelah::batas_atas) {
            hi.bawah = lo.atas;
            hi.bawah_inklusif = !lo.atas_inklusif;
        } else {
            lo.atas = hi.bawah;
            lo.atas_inklusif = !hi.bawah_inklusif;
        }
        const std::string& label = aturan == AturanCelah::batas_atas ? hi.label : lo.label;
        notes.push_back("celah antara " + a + " dan " + b + " (" + gap + ") masuk " + label + " (" + rule +
                        ") / the gap between " + a + " and " + b + " (" + gap + ") is " + label + " (" + rule + ")");
    }
    if (bands.front().bawah) {
        notes.push_back("di bawah " + bands.front().bawah->to_string() + " masuk " + bands.front().label +
                        " (kelas terendah terbuka ke bawah) / below " + bands.front().bawah->to_string() + " is " +
                        bands.front().label + " (the lowest class is open below)");
        bands.front().bawah.reset();
    }
    if (bands.back().atas) {
        notes.push_back("di atas " + bands.back().atas->to_string() + " masuk " + bands.back().label +
                        " (kelas tertinggi terbuka ke atas) / above " + bands.back().atas->to_string() + " is " +
                        bands.back().label + " (the highest class is open above)");
        bands.back().atas.reset();
    }
    return Skala(std::move(nama), std::move(deskripsi), std::move(bands), std::move(notes), std::move(lain));
}

}  // namespace sakip
