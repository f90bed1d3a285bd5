// The definitions of include/sakip/decimal/terbilang.hpp, included at the end of rupiah.hpp (they need
// the complete Rupiah). The prefix "se-" replaces "satu" before belas, puluh (sepuluh), ratus and ribu
// only; larger scales keep "satu" ("satu juta", "satu miliar").
#pragma once

#include <sakip/decimal/rupiah.hpp>
#include <sakip/decimal/terbilang.hpp>

#include <array>
#include <string>

namespace sakip {
namespace detail {

using coef = Decimal::coefficient_type;

inline constexpr std::array<const char*, 10> kDigit = {"nol",  "satu", "dua",   "tiga",    "empat",
                                                       "lima", "enam", "tujuh", "delapan", "sembilan"};

// 10^3 .. 10^33; numbers of 10^36 and more read as "<n> desiliun" with n >= 1000.
inline constexpr std::array<const char*, 12> kScale = {"",          "ribu",       "juta",       "miliar",
                                                       "triliun",   "kuadriliun", "kuintiliun", "sekstiliun",
                                                       "septiliun", "oktiliun",   "noniliun",   "desiliun"};

inline void append(std::string& out, const std::string& word) {
    if (word.empty()) return;
    if (!out.empty()) out.push_back(' ');
    out += word;
}

inline std::string below_thousand(unsigned n) {  // 1..999
    std::string out;
    unsigned h = n / 100, rest = n % 100;
    if (h == 1)
        append(out, "seratus");
    else if (h > 1)
        append(out, std::string(kDigit[h]) + " ratus");
    if (rest == 0) return out;
    if (rest < 10)
        append(out, kDigit[rest]);
    else if (rest == 10)
        append(out, "sepuluh");
    else if (rest == 11)
        append(out, "sebelas");
    else if (rest < 20)
        append(out, std::string(kDigit[rest - 10]) + " belas");
    else {
        append(out, std::string(kDigit[rest / 10]) + " puluh");
        if (rest % 10 != 0) append(out, kDigit[rest % 10]);
    }
    return out;
}

// Words for a positive integer.
inline std::string words(coef n) {
    if (n.is_zero()) return kDigit[0];
    // Split into groups of three digits, least significant first.
    std::array<unsigned, 13> groups{};
    int count = 0;
    while (!n.is_zero()) {
        groups[static_cast<std::size_t>(count++)] = static_cast<unsigned>(n % 1000);
        n /= 1000;
    }
    std::string out;
    const int max_scale_index = static_cast<int>(kScale.size()) - 1;
    if (count - 1 > max_scale_index) {
        // Above the largest named scale: the leading groups form a number of that scale.
        coef head = 0;
        for (int g = count - 1; g >= max_scale_index; --g) head = head * 1000 + groups[static_cast<std::size_t>(g)];
        append(out, words(head) + " " + kScale[static_cast<std::size_t>(max_scale_index)]);
        count = max_scale_index;
    }
    for (int g = count - 1; g >= 0; --g) {
        unsigned v = groups[static_cast<std::size_t>(g)];
        if (v == 0) continue;
        if (g == 1 && v == 1) {
            append(out, "seribu");
            continue;
        }
        append(out, below_thousand(v));
        if (g > 0) append(out, kScale[static_cast<std::size_t>(g)]);
    }
    return out;
}

inline std::string finish(std::string s, const TerbilangOptions& o) {
    if (o.capitalize && !s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

}  // namespace detail

inline std::string terbilang(const Decimal& value, const TerbilangOptions& options) {
    const int integer_digits = value.is_zero() ? 1 : value.digits() - value.scale();
    if (integer_digits > Decimal::max_digits)
        throw overflow_error("terbilang: " + value.to_string() + " memiliki " + std::to_string(integer_digits) +
                             " digit sebelum tanda desimal; batasnya " + std::to_string(Decimal::max_digits) +
                             " / terbilang: " + value.to_string() + " has " + std::to_string(integer_digits) +
                             " digits before the decimal mark; the limit is " + std::to_string(Decimal::max_digits));
    Decimal v = value.scale() < 0 ? value.quantize(0) : value;  // 1E+3 -> 1000 (exact)
    std::string digits =
        v.abs().coefficient() == 0 ? std::string("0") : Decimal::from_parts(v.abs().coefficient(), 0).to_string();
    std::string out;
    if (v.signum() < 0) out = "minus";
    if (v.scale() <= 0) {
        detail::append(out, detail::words(boost::multiprecision::abs(v.coefficient())));
        return detail::finish(out, options);
    }
    auto s = static_cast<std::size_t>(v.scale());
    if (digits.size() <= s) digits.insert(0, s - digits.size() + 1, '0');
    std::string frac = digits.substr(digits.size() - s);
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    detail::append(out, detail::words(detail::coef(digits.substr(0, digits.size() - s))));
    if (!frac.empty()) {
        detail::append(out, "koma");
        for (char c : frac) detail::append(out, detail::kDigit[static_cast<std::size_t>(c - '0')]);
    }
    return detail::finish(out, options);
}

inline std::string terbilang(const Rupiah& amount, const TerbilangOptions& options) {
    if (!options.with_currency) {
        TerbilangOptions o = options;
        return terbilang(amount.value(), o);
    }
    detail::coef m = boost::multiprecision::abs(amount.sen());
    detail::coef whole = m / 100;
    detail::coef sen = m % 100;
    std::string out;
    if (amount.signum() < 0) out = "minus";
    if (!whole.is_zero() || sen.is_zero()) detail::append(out, detail::words(whole) + " rupiah");
    if (!sen.is_zero()) detail::append(out, detail::words(sen) + " sen");
    return detail::finish(out, options);
}

inline std::string Rupiah::terbilang(const TerbilangOptions& options) const { return sakip::terbilang(*this, options); }

}  // namespace sakip
