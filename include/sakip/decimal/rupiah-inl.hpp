// The definitions of include/sakip/decimal/rupiah.hpp, included at its end: exact Rupiah arithmetic,
// allocation, reading (on the scanner of parse-inl.hpp) and writing ("Rp125.000.000,00" and the
// variants found in documents; every style reads back exactly with Rupiah::parse, and a style that
// cannot show the sen refuses non-zero sen instead of dropping them).
#pragma once

#include <sakip/decimal/format.hpp>
#include <sakip/decimal/rupiah.hpp>
#include <sakip/error.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <ostream>
#include <string>
#include <vector>

namespace sakip {
// ---- Rupiah --------------------------------------------------------------------------------------

inline Rupiah::Rupiah(const Decimal& d, int) : value_(d.quantize(2, Rounding::down)) {}

inline Rupiah::Rupiah(const Decimal& exact) {
    Decimal q = exact.quantize(2, Rounding::down);
    if (q != exact)
        throw error("Rupiah: " + exact.to_string() +
                    " memiliki digit bukan nol di bawah sen; bulatkan secara eksplisit (quantize(2, ...)) / Rupiah: " +
                    exact.to_string() + " has non-zero digits below the sen; round explicitly (quantize(2, ...))");
    value_ = q;
}

inline Rupiah Rupiah::from_sen(std::int64_t sen) { return Rupiah(Decimal::from_parts(sen, 2), 0); }
inline Rupiah Rupiah::from_sen(Decimal::coefficient_type sen) {
    return Rupiah(Decimal::from_parts(std::move(sen), 2), 0);
}

inline Rupiah Rupiah::operator-() const { return Rupiah(-value_, 0); }
inline Rupiah Rupiah::abs() const { return Rupiah(value_.abs(), 0); }
inline Rupiah operator+(const Rupiah& a, const Rupiah& b) { return Rupiah(a.value_ + b.value_, 0); }
inline Rupiah operator-(const Rupiah& a, const Rupiah& b) { return Rupiah(a.value_ - b.value_, 0); }

inline std::vector<Rupiah> allocate(const Rupiah& total, std::span<const Decimal> weights) {
    if (weights.empty()) throw error("allocate: tidak ada bobot / allocate: no weights");
    int scale = 0;
    for (const auto& w : weights) {
        if (w.signum() < 0)
            throw error("allocate: bobot negatif " + w.to_string() + " / allocate: negative weight " + w.to_string());
        scale = std::max(scale, w.scale());
    }
    // Integer weights at a common scale (arbitrary precision: weights may differ wildly in scale).
    std::vector<detail::big> iw;
    iw.reserve(weights.size());
    detail::big sum = 0;
    for (const auto& w : weights) {
        detail::big v(w.coefficient());
        int shift = scale - w.scale();
        if (shift > 0) v *= boost::multiprecision::pow(detail::big(10), static_cast<unsigned>(shift));
        iw.push_back(v);
        sum += v;
    }
    if (sum.is_zero()) throw error("allocate: jumlah bobot nol / allocate: the weights sum to zero");
    detail::big t(boost::multiprecision::abs(total.sen()));
    bool negative = total.signum() < 0;
    std::vector<detail::big> part(iw.size()), rem(iw.size());
    detail::big given = 0;
    for (std::size_t i = 0; i < iw.size(); ++i) {
        detail::big n = t * iw[i];
        part[i] = n / sum;
        rem[i] = n % sum;
        given += part[i];
    }
    detail::big left = t - given;  // < number of weights
    std::vector<std::size_t> order(iw.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return rem[x] > rem[y]; });
    for (std::size_t i = 0; left > 0; ++i, --left) part[order[i]] += 1;
    std::vector<Rupiah> out;
    out.reserve(iw.size());
    for (auto& p : part) {
        detail::coef c(p);
        out.push_back(Rupiah::from_sen(negative ? detail::coef(-c) : c));
    }
    return out;
}

inline std::vector<Rupiah> split(const Rupiah& total, std::size_t n) {
    if (n == 0) throw error("split: n harus positif / split: n must be positive");
    std::vector<Decimal> w(n, Decimal(1));
    return allocate(total, w);
}

// ---- reading ------------------------------------------------------------------------------------

namespace detail {

inline Rupiah rupiah_from_scan(std::string_view text, const detail::Scan& s, const ParseOptions& o) {
    Decimal d = detail::to_decimal(s);
    // With its 2 decimals a Rupiah holds at most 36 digits before the decimal mark.
    if (!d.is_zero() && d.scale() < 2 && d.digits() + 2 - d.scale() > Decimal::max_digits)
        throw overflow_error(parse_message(
            "lebih dari 36 digit sebelum tanda desimal: rupiah dengan sen memuat paling banyak 38 digit bermakna / "
            "more than 36 digits before the decimal mark: a rupiah amount with sen holds at most 38 significant digits",
            text, std::string_view::npos, o.origin));
    Decimal q = d.quantize(2, Rounding::down);
    if (q != d) detail::fail(detail::alasan::below_sen, text, detail::below_sen_offset(text, s), o);
    return Rupiah(q);
}

}  // namespace detail

inline Rupiah Rupiah::parse(std::string_view text, const ParseOptions& options) {
    detail::Scan s;
    detail::scan(text, options, true, s);
    return detail::rupiah_from_scan(text, s, options);
}

inline ParseResult<Rupiah> Rupiah::parse_detailed(std::string_view text, const ParseOptions& options) {
    detail::Scan s;
    detail::scan(text, options, true, s);
    return ParseResult<Rupiah>{detail::rupiah_from_scan(text, s, options), detail::to_notes(s)};
}

namespace detail {

// The common printed forms ("Rp 1.234.567,89", "88.799.000,-", "13.642.000.-", "1234,5") in
// plain int64 arithmetic. Returns false on anything else - other blanks, signs, English
// grouping, exponents, too many digits - so the general scanner decides, and its reading is
// the only one (fuzz_parse_rupiah checks that both agree).
inline bool parse_sen_fast(std::string_view t, std::int64_t& out) {
    const std::size_t n = t.size();
    std::size_t i = 0;
    while (i < n && t[i] == ' ') ++i;
    bool negative = false;
    if (i < n && t[i] == '-') {
        negative = true;
        ++i;
    }
    if (i + 1 < n && t[i] == 'R' && t[i + 1] == 'p') {
        i += 2;
        if (i < n && t[i] == '.') ++i;
        while (i < n && t[i] == ' ') ++i;
        if (!negative && i < n && t[i] == '-') {
            negative = true;
            ++i;
        }
    }
    const std::size_t start = i;
    std::int64_t value = 0;
    int digits = 0;
    while (i < n && is_digit(t[i])) {
        value = value * 10 + (t[i] - '0');
        ++i;
        if (++digits > 16) return false;
    }
    if (digits == 0 || (t[start] == '0' && digits > 1)) return false;
    // ".ddd" not followed by a further digit: one thousands group.
    auto group_follows = [&](std::size_t k) {
        return k + 3 < n && t[k] == '.' && is_digit(t[k + 1]) && is_digit(t[k + 2]) && is_digit(t[k + 3]) &&
               (k + 4 == n || !is_digit(t[k + 4]));
    };
    if (group_follows(i)) {
        if (digits > 3 || t[start] == '0') return false;
        while (group_follows(i)) {
            digits += 3;
            if (digits > 16) return false;  // checked before multiplying: no int64 overflow
            for (std::size_t k = i + 1; k < i + 4; ++k) value = value * 10 + (t[k] - '0');
            i += 4;
        }
    }
    std::int64_t sen = 0;
    if (i + 1 < n && (t[i] == ',' || t[i] == '.') && t[i + 1] == '-') {
        i += 2;  // ",-" or ".-": no sen written
    } else if (i < n && t[i] == ',') {
        ++i;
        int frac = 0;
        while (i < n && is_digit(t[i])) {
            if (++frac > 2) return false;  // a third decimal is the ambiguous case
            sen = sen * 10 + (t[i] - '0');
            ++i;
        }
        if (frac == 0) return false;
        if (frac == 1) sen *= 10;
    }
    while (i < n && t[i] == ' ') ++i;
    if (i != n) return false;
    const std::int64_t total = value * 100 + sen;
    out = negative ? -total : total;
    return true;
}

inline std::string int64_sen_overflow(std::string_view text, const ParseOptions& o) {
    return parse_message(
        "tidak muat dalam int64 sen (paling banyak 92.233.720.368.547.758,07 rupiah) / "
        "does not fit in int64 sen (at most 92,233,720,368,547,758.07 rupiah)",
        text, std::string_view::npos, o.origin);
}

}  // namespace detail

inline std::int64_t Rupiah::parse_sen(std::string_view text, const ParseOptions& options) {
    std::int64_t fast = 0;
    if (options.style == detail::Style::indonesian && options.allow_currency && detail::parse_sen_fast(text, fast))
        return fast;
    detail::Scan s;
    detail::scan(text, options, true, s);
    detail::coef m = s.magnitude;
    if (s.scale > 2) {
        long long drop = s.scale - 2;
        if (!m.is_zero()) {
            if (drop > 38) detail::fail(detail::alasan::below_sen, text, detail::below_sen_offset(text, s), options);
            detail::coef p = 1;
            for (long long k = 0; k < drop; ++k) p *= 10;
            if (!(m % p).is_zero())
                detail::fail(detail::alasan::below_sen, text, detail::below_sen_offset(text, s), options);
            m /= p;
        }
    } else if (s.scale < 2 && !m.is_zero()) {
        for (long long k = s.scale; k < 2; ++k) {
            if (m > detail::coef(std::numeric_limits<std::int64_t>::max()))
                throw overflow_error(detail::int64_sen_overflow(text, options));
            m *= 10;
        }
    }
    if (m > detail::coef(std::numeric_limits<std::int64_t>::max()))
        throw overflow_error(detail::int64_sen_overflow(text, options));
    auto v = static_cast<std::int64_t>(m);
    return s.negative ? -v : v;
}

// ---- writing ------------------------------------------------------------------------------------

inline RupiahFormat RupiahFormat::puebi() { return RupiahFormat{}; }

inline RupiahFormat RupiahFormat::no_sen() {
    RupiahFormat f;
    f.sen = false;
    return f;
}

inline RupiahFormat RupiahFormat::dokumen() {
    RupiahFormat f;
    f.space_after_prefix = true;
    f.dash_suffix = true;
    return f;
}

inline RupiahFormat RupiahFormat::canonical() {
    RupiahFormat f;
    f.plain = true;
    f.prefix = false;
    return f;
}

inline RupiahFormat RupiahFormat::ringkas() {
    RupiahFormat f;
    f.sen_if_nonzero = true;
    return f;
}

inline RupiahFormat RupiahFormat::from_name(std::string_view name) {
    if (name == "puebi") return puebi();
    if (name == "no_sen") return no_sen();
    if (name == "dokumen") return dokumen();
    if (name == "canonical") return canonical();
    if (name == "ringkas") return ringkas();
    throw error("format rupiah " + quoted(name) +
                " tidak dikenal (yang sah: puebi, no_sen, dokumen, canonical, ringkas) / unknown rupiah format " +
                quoted(name) + " (expected puebi, no_sen, dokumen, canonical or ringkas)");
}

inline std::string Rupiah::format(const RupiahFormat& style) const {
    Decimal::coefficient_type m = boost::multiprecision::abs(sen());
    Decimal::coefficient_type whole = m / 100;
    auto cents = static_cast<unsigned>(m % 100);
    const bool negative = signum() < 0;
    if (!style.sen && cents != 0)
        throw error("Rupiah::format: " + value_.to_string() +
                    " memiliki sen bukan nol yang tidak dapat ditampilkan gaya ini (tanpa sen) / Rupiah::format: " +
                    value_.to_string() + " has non-zero sen that this style (no sen) cannot show");
    const bool show_sen = style.sen && !(style.sen_if_nonzero && cents == 0);
    if (style.plain) {
        if (show_sen) return value_.to_string();
        std::string out = negative ? "-" : "";
        out += Decimal::from_parts(whole, 0).to_string();
        return out;
    }
    std::string body = format_detail::group_thousands(Decimal::from_parts(whole, 0).to_string());
    if (style.dash_suffix && cents == 0) {
        body += ",-";
    } else if (show_sen) {
        body.push_back(',');
        body.push_back(static_cast<char>('0' + cents / 10));
        body.push_back(static_cast<char>('0' + cents % 10));
    }
    // Built by appending: GCC 12 reports a false -Wrestrict for `"(" + std::string&&` at -O2.
    const bool paren = negative && style.negative == RupiahFormat::Negative::parentheses;
    std::string out;
    out.reserve(body.size() + 6);
    if (negative) out.push_back(paren ? '(' : '-');
    if (style.prefix) out += style.space_after_prefix ? "Rp " : "Rp";
    out += body;
    if (paren) out.push_back(')');
    return out;
}

inline std::ostream& operator<<(std::ostream& os, const Rupiah& r) { return os << r.format(); }

}  // namespace sakip
