// sakip::audit: reading a printed figure (percentages, counts, amounts) and showing a number in a
// finding's message. Numbers for people go through format_angka / Rupiah::format(ringkas()) only.
#include "audit/internal.hpp"

#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/format.hpp>

#include <algorithm>
#include <cctype>

namespace sakip::audit_detail {

std::vector<std::string> split_pointer(std::string_view p) {
    std::vector<std::string> out;
    if (p.empty() || p[0] != '/') return out;
    std::size_t i = 1;
    while (true) {
        auto j = p.find('/', i);
        out.emplace_back(p.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
        if (j == std::string_view::npos) break;
        i = j + 1;
    }
    return out;
}

std::string trim(std::string_view s) {
    std::size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return std::string(s.substr(a, b - a));
}

bool Bacaan::has_note(std::string_view code) const {
    return std::find(notes.begin(), notes.end(), code) != notes.end();
}

namespace {

using detail::is_digit;  // the one ASCII-digit test, of the decimal reader

// A percentage or quantity: Indonesian separators; a lone '.' followed by 1, 2 or 4+ digits and no
// ',' is read as a decimal point (noted), as in "6.84" or "108.69%".
Bacaan baca_persen(std::string_view teks) {
    Bacaan b;
    std::string t = trim(teks);
    while (!t.empty() && (t.back() == '%' || std::isspace(static_cast<unsigned char>(t.back())))) t.pop_back();
    const auto dot = t.find('.');
    if (!t.empty() && dot != std::string::npos && t.find(',') == std::string::npos &&
        t.find('.', dot + 1) == std::string::npos && t.size() - dot - 1 != 3) {
        bool ok = dot > 0 && dot + 1 < t.size();
        for (std::size_t i = 0; i < t.size() && ok; ++i)
            if (i != dot && !is_digit(t[i]) && !(i == 0 && t[i] == '-')) ok = false;
        if (ok) {
            try {
                b.value = Decimal(t);
                b.notes.emplace_back("decimal_point");
            } catch (const error&) {
                // more than 38 digits: not a readable figure (angka.unreadable)
            }
            return b;
        }
    }
    try {
        auto r = Decimal::parse_detailed(teks);
        b.value = r.value;
        for (const auto& n : r.notes) b.notes.push_back(n.code);
    } catch (const error&) {
    }
    return b;
}

// A count: digits (Indonesian grouping allowed), optionally followed by the number in words in
// parentheses: "5 (enam)".
Bacaan baca_jumlah(std::string_view teks) {
    Bacaan b;
    std::string t = trim(teks);
    std::string words;
    if (auto open = t.find('('); open != std::string::npos) {
        auto close = t.find(')', open);
        words = trim(t.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1));
        t = trim(t.substr(0, open));
    }
    try {
        auto r = Decimal::parse_detailed(t);
        b.value = r.value;
        for (const auto& n : r.notes) b.notes.push_back(n.code);
    } catch (const error&) {
    }
    b.words = words;
    return b;
}

Bacaan baca_rupiah(std::string_view teks) {
    Bacaan b;
    try {
        auto r = Rupiah::parse_detailed(teks);
        b.value = r.value.value();
        for (const auto& n : r.notes) b.notes.push_back(n.code);
    } catch (const error&) {
    }
    return b;
}

}  // namespace

Bacaan baca(std::string_view teks, Jenis jenis) {
    if (jenis != Jenis::label && jenis != Jenis::tahun && tidak_tersedia(teks)) {
        Bacaan b;  // "n/a": no value, and not an unreadable number either
        b.notes.emplace_back("tidak_tersedia");
        return b;
    }
    switch (jenis) {
        case Jenis::persen:
        case Jenis::besaran:
            return baca_persen(teks);
        case Jenis::jumlah:
            return baca_jumlah(teks);
        case Jenis::rupiah:
            return baca_rupiah(teks);
        case Jenis::label:
        case Jenis::tahun:
            break;
    }
    return {};
}

std::string tampil(const Decimal& d, Jenis j) {
    if (j == Jenis::rupiah) return Rupiah(d).format(RupiahFormat::ringkas());  // -Rp1.234 (PUEBI)
    return format_angka(d) + (j == Jenis::persen ? " %" : "");
}

}  // namespace sakip::audit_detail
