// The definitions of include/sakip/decimal/decimal.hpp (Decimal, divide, percent), included at its
// end: the exact core is header-only so that arithmetic inlines into the caller. Coefficients are
// 128-bit checked integers (38 digits); intermediate results use checked 256-bit integers so that
// products, aligned sums and scaled dividends (<= 77 digits) are computed exactly before range checks.
#pragma once

#include <sakip/decimal/decimal.hpp>
#include <sakip/error.hpp>

#include <algorithm>
#include <array>
#include <limits>
#include <ostream>
#include <string>

namespace sakip {
namespace detail {

using coef = Decimal::coefficient_type;
using wide = boost::multiprecision::checked_int256_t;
using big = boost::multiprecision::cpp_int;

// 10^0 .. 10^76 (10^77 does not fit in 256 bits with sign: 2^255 ~ 5.8e76).
inline const std::array<wide, 77>& pow10w() {
    static const std::array<wide, 77> table = [] {
        std::array<wide, 77> t{};
        t[0] = 1;
        for (std::size_t i = 1; i < t.size(); ++i) t[i] = t[i - 1] * 10;
        return t;
    }();
    return table;
}

inline const std::array<coef, 39>& pow10c() {
    static const std::array<coef, 39> table = [] {
        std::array<coef, 39> t{};
        t[0] = 1;
        for (std::size_t i = 1; i < t.size(); ++i) t[i] = t[i - 1] * 10;
        return t;
    }();
    return table;
}

inline const coef& max_coef() {
    static const coef m = pow10c()[38] - 1;
    return m;
}

inline int digits_of(const coef& x) {
    coef m = boost::multiprecision::abs(x);
    const auto& p = pow10c();
    int n = 1;
    while (n < 39 && m >= p[static_cast<std::size_t>(n)]) ++n;
    return n;
}

[[noreturn]] inline void throw_overflow(const char* what) {
    throw overflow_error(std::string(what) + ": hasil melebihi 38 digit bermakna / " + what +
                         ": result exceeds 38 significant digits");
}

[[noreturn]] inline void throw_int64_overflow(const Decimal& d) {
    throw overflow_error("Decimal " + d.to_string() + " tidak muat dalam int64 / Decimal " + d.to_string() +
                         " does not fit in int64");
}

inline void check_scale(long long scale) {
    if (scale > Decimal::max_scale || scale < -Decimal::max_scale)
        throw overflow_error("skala " + std::to_string(scale) + " di luar batas yang didukung ±" +
                             std::to_string(Decimal::max_scale) + " / scale " + std::to_string(scale) +
                             " outside the supported range ±" + std::to_string(Decimal::max_scale));
}

inline coef narrow(const wide& w, const char* what) {
    if (boost::multiprecision::abs(w) > wide(max_coef())) throw_overflow(what);
    return coef(w);
}

// Tail of a division: what was discarded relative to half a unit of the last kept digit.
enum class Tail { zero, below_half, half, above_half };

inline Tail tail_of(const wide& rem, const wide& divisor) {  // 0 <= rem < divisor
    if (rem.is_zero()) return Tail::zero;
    wide rest = divisor - rem;
    if (rem < rest) return Tail::below_half;
    if (rem == rest) return Tail::half;
    return Tail::above_half;
}

inline bool round_away(Tail tail, bool negative, bool odd, Rounding mode) {
    if (tail == Tail::zero) return false;
    switch (mode) {
        case Rounding::down:
            return false;
        case Rounding::up:
            return true;
        case Rounding::ceiling:
            return !negative;
        case Rounding::floor:
            return negative;
        case Rounding::half_up:
            return tail != Tail::below_half;
        case Rounding::half_down:
            return tail == Tail::above_half;
        case Rounding::half_even:
            return tail == Tail::above_half || (tail == Tail::half && odd);
    }
    return false;
}

// Rounds |num| / den (den > 0, both < 10^77) to an integer; sign applied afterwards.
inline wide rounded_quotient(const wide& num, const wide& den, Rounding mode) {
    bool negative = num.sign() < 0;
    wide n = boost::multiprecision::abs(num);
    wide q = n / den;
    wide r = n % den;
    if (round_away(tail_of(r, den), negative, bit_test(q, 0), mode)) ++q;
    return negative ? wide(-q) : q;
}

// Aligns two decimals to a common scale; false if |value| of the up-scaled one has > 39 digits
// (then the sum certainly overflows, since the other operand has at most 38 digits).
inline bool align(const Decimal& a, const Decimal& b, wide& ca, wide& cb, int& scale) {
    ca = wide(a.coefficient());
    cb = wide(b.coefficient());
    scale = std::max(a.scale(), b.scale());
    int da = scale - a.scale(), db = scale - b.scale();
    if (da > 0 && !ca.is_zero()) {
        if (a.digits() + da > 39) return false;
        ca *= pow10w()[static_cast<std::size_t>(da)];
    }
    if (db > 0 && !cb.is_zero()) {
        if (b.digits() + db > 39) return false;
        cb *= pow10w()[static_cast<std::size_t>(db)];
    }
    return true;
}

// Decimal digits of |c|. Not Boost's str(): GCC 12 at -O2 reports a false -Wrestrict inside it.
inline std::string digits_string(const coef& c) {
    coef m = boost::multiprecision::abs(c);
    const coef chunk = coef(1000000000000000000ULL);  // 10^18
    std::array<std::uint64_t, 3> parts{};
    std::size_t n = 0;
    while (m >= chunk) {
        parts[n++] = static_cast<std::uint64_t>(coef(m % chunk));
        m /= chunk;
    }
    std::string out = std::to_string(static_cast<std::uint64_t>(m));
    while (n > 0) {
        std::string s = std::to_string(parts[--n]);
        out.append(18 - s.size(), '0');
        out += s;
    }
    return out;
}

}  // namespace detail

// ---- Decimal -------------------------------------------------------------------------------------

inline Decimal Decimal::from_parts(coefficient_type coefficient, int scale) {
    if (boost::multiprecision::abs(coefficient) > detail::max_coef()) detail::throw_overflow("Decimal::from_parts");
    detail::check_scale(scale);
    return Decimal(std::move(coefficient), scale, 0);
}

inline int Decimal::digits() const noexcept { return detail::digits_of(coefficient_); }

inline Decimal Decimal::operator-() const { return Decimal(-coefficient_, scale_, 0); }
inline Decimal Decimal::abs() const { return Decimal(boost::multiprecision::abs(coefficient_), scale_, 0); }

inline Decimal operator+(const Decimal& a, const Decimal& b) {
    if (a.scale_ == b.scale_) {
        detail::coef s = a.coefficient_ + b.coefficient_;  // |s| < 2*10^38 < 2^128: no checked overflow
        if (boost::multiprecision::abs(s) > detail::max_coef()) detail::throw_overflow("addition");
        return Decimal(s, a.scale_, 0);
    }
    detail::wide ca, cb;
    int scale = 0;
    if (!detail::align(a, b, ca, cb, scale)) detail::throw_overflow("addition");
    return Decimal(detail::narrow(ca + cb, "addition"), scale, 0);
}

inline Decimal operator-(const Decimal& a, const Decimal& b) { return a + (-b); }

inline Decimal operator*(const Decimal& a, const Decimal& b) {
    long long scale = static_cast<long long>(a.scale_) + b.scale_;
    detail::wide p = detail::wide(a.coefficient_) * detail::wide(b.coefficient_);  // < 10^76: exact
    detail::coef c = detail::narrow(p, "multiplication");
    detail::check_scale(scale);
    return Decimal(c, static_cast<int>(scale), 0);
}

inline Decimal Decimal::quantize(int scale, Rounding rounding) const {
    detail::check_scale(scale);
    if (scale == scale_) return *this;
    if (scale > scale_) {
        int up = scale - scale_;
        if (coefficient_.is_zero()) return Decimal(detail::coef(), scale, 0);
        if (digits() + up > max_digits)
            throw overflow_error("quantize: " + to_string() + " dengan " + std::to_string(scale) +
                                 " desimal memerlukan " + std::to_string(digits() + up) + " digit bermakna; batasnya " +
                                 std::to_string(max_digits) + " / quantize: " + to_string() + " at " +
                                 std::to_string(scale) + " decimals needs " + std::to_string(digits() + up) +
                                 " significant digits; the limit is " + std::to_string(max_digits));
        return Decimal(coefficient_ * detail::pow10c()[static_cast<std::size_t>(up)], scale, 0);
    }
    int down = scale_ - scale;
    if (down > 76) {  // everything is discarded and it is far below half a unit
        bool negative = signum() < 0;
        detail::coef q =
            detail::round_away(is_zero() ? detail::Tail::zero : detail::Tail::below_half, negative, false, rounding)
                ? 1
                : 0;
        return Decimal(negative ? detail::coef(-q) : q, scale, 0);
    }
    detail::wide q = detail::rounded_quotient(detail::wide(coefficient_),
                                              detail::pow10w()[static_cast<std::size_t>(down)], rounding);
    return Decimal(detail::coef(q), scale, 0);
}

inline Decimal Decimal::to_integral(Rounding rounding) const { return scale_ > 0 ? quantize(0, rounding) : *this; }

inline Decimal Decimal::normalized() const {
    if (coefficient_.is_zero()) return Decimal();
    detail::coef c = coefficient_;
    int s = scale_;
    while (s > -max_scale && (c % 10).is_zero()) {
        c /= 10;
        --s;
    }
    return Decimal(c, s, 0);
}

inline bool Decimal::fits_int64() const noexcept {
    try {
        (void)to_int64();
        return true;
    } catch (const error&) {
        return false;
    }
}

inline std::int64_t Decimal::to_int64() const {
    Decimal n = normalized();
    if (n.scale_ > 0)
        throw error("Decimal " + to_string() + " bukan bilangan bulat / Decimal " + to_string() + " is not an integer");
    detail::wide w(n.coefficient_);
    if (n.scale_ < 0) {
        if (-n.scale_ > 19) detail::throw_int64_overflow(*this);
        w *= detail::pow10w()[static_cast<std::size_t>(-n.scale_)];
    }
    if (w > detail::wide(std::numeric_limits<std::int64_t>::max()) ||
        w < detail::wide(std::numeric_limits<std::int64_t>::min()))
        detail::throw_int64_overflow(*this);
    return static_cast<std::int64_t>(w);
}

inline std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept {
    int sa = a.signum(), sb = b.signum();
    if (sa != sb) return sa <=> sb;
    if (sa == 0) return std::strong_ordering::equal;
    // Same sign, both non-zero: compare magnitudes by adjusted exponent first.
    long long adja = static_cast<long long>(a.digits()) - a.scale_;
    long long adjb = static_cast<long long>(b.digits()) - b.scale_;
    std::strong_ordering mag = std::strong_ordering::equal;
    if (adja != adjb) {
        mag = adja <=> adjb;
    } else {
        // Same adjusted exponent: scales differ by at most 37, so alignment fits in 256 bits.
        detail::wide ca = boost::multiprecision::abs(detail::wide(a.coefficient_));
        detail::wide cb = boost::multiprecision::abs(detail::wide(b.coefficient_));
        if (a.scale_ < b.scale_) ca *= detail::pow10w()[static_cast<std::size_t>(b.scale_ - a.scale_)];
        if (b.scale_ < a.scale_) cb *= detail::pow10w()[static_cast<std::size_t>(a.scale_ - b.scale_)];
        mag = ca < cb ? std::strong_ordering::less
                      : (ca == cb ? std::strong_ordering::equal : std::strong_ordering::greater);
    }
    if (sa > 0) return mag;
    return 0 <=> mag;  // negative: reverse
}

inline bool operator==(const Decimal& a, const Decimal& b) noexcept { return (a <=> b) == 0; }

inline std::size_t Decimal::hash() const noexcept {
    Decimal n = normalized();
    detail::coef m = boost::multiprecision::abs(n.coefficient_);
    const detail::coef mask = detail::coef(std::numeric_limits<std::uint64_t>::max());
    auto lo = static_cast<std::uint64_t>(detail::coef(m & mask));
    auto hi = static_cast<std::uint64_t>(detail::coef(m >> 64));
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&h](std::uint64_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    mix(lo);
    mix(hi);
    mix(static_cast<std::uint64_t>(static_cast<std::int64_t>(n.scale_)));
    mix(static_cast<std::uint64_t>(static_cast<std::int64_t>(n.signum())));
    return static_cast<std::size_t>(h);
}

inline std::string Decimal::to_string() const {
    // The plain form must stay readable: with a negative scale it has digits() - scale significant
    // digits (9…9E+5 would be 43), so beyond 38 it is the scientific form, as to-scientific-string.
    if (scale_ < 0 && !coefficient_.is_zero() && digits() - scale_ > max_digits) return to_sci_string();
    std::string d = detail::digits_string(coefficient_);
    std::string out;
    if (signum() < 0) out.push_back('-');
    if (scale_ <= 0) {
        out += d;
        if (!coefficient_.is_zero()) out.append(static_cast<std::size_t>(-scale_), '0');
        return out;
    }
    auto s = static_cast<std::size_t>(scale_);
    if (d.size() <= s) d.insert(0, s - d.size() + 1, '0');
    out += d.substr(0, d.size() - s);
    out.push_back('.');
    out += d.substr(d.size() - s);
    return out;
}

inline std::string Decimal::to_sci_string() const {
    std::string d = detail::digits_string(coefficient_);
    std::string out;
    if (signum() < 0) out.push_back('-');
    long long exponent = -static_cast<long long>(scale_);
    long long adjusted = exponent + static_cast<long long>(d.size()) - 1;
    if (exponent <= 0 && adjusted >= -6) {
        if (exponent == 0) return out + d;
        auto s = static_cast<std::size_t>(-exponent);
        if (d.size() <= s) d.insert(0, s - d.size() + 1, '0');
        return out + d.substr(0, d.size() - s) + "." + d.substr(d.size() - s);
    }
    out += d.substr(0, 1);
    if (d.size() > 1) out += "." + d.substr(1);
    out += "E";
    out += adjusted >= 0 ? "+" : "-";
    out += std::to_string(adjusted >= 0 ? adjusted : -adjusted);
    return out;
}

inline Decimal::Decimal(std::string_view canonical) : Decimal(parse(canonical, ParseOptions::canonical())) {}

inline std::ostream& operator<<(std::ostream& os, const Decimal& d) { return os << d.to_string(); }

inline Decimal divide(const Decimal& a, const Decimal& b, int scale, Rounding rounding) {
    if (b.is_zero())
        throw division_by_zero("pembagian dengan nol: " + a.to_string() + " / 0 / division by zero: " + a.to_string() +
                               " / 0");
    detail::check_scale(scale);
    // coefficient = a.c * 10^k / b.c with k = scale + b.scale - a.scale
    long long k = static_cast<long long>(scale) + b.scale() - a.scale();
    if (a.is_zero()) return Decimal::from_parts(0, scale);
    bool negative = (a.signum() < 0) != (b.signum() < 0);
    detail::wide num = boost::multiprecision::abs(detail::wide(a.coefficient()));
    detail::wide den = boost::multiprecision::abs(detail::wide(b.coefficient()));
    if (k >= 0) {
        // quotient has at least digits(a) + k - digits(b) digits
        if (a.digits() + k - b.digits() > 39) detail::throw_overflow("division");
        num *= detail::pow10w()[static_cast<std::size_t>(k)];
    } else {
        if (b.digits() - k > 76) {  // quotient < 10^-38 units: far below half a unit
            detail::coef q = detail::round_away(detail::Tail::below_half, negative, false, rounding) ? 1 : 0;
            return Decimal::from_parts(negative ? detail::coef(-q) : q, scale);
        }
        den *= detail::pow10w()[static_cast<std::size_t>(-k)];
    }
    detail::wide q = num / den;
    detail::wide r = num % den;
    if (detail::round_away(detail::tail_of(r, den), negative, bit_test(q, 0), rounding)) ++q;
    return Decimal::from_parts(detail::narrow(negative ? detail::wide(-q) : q, "division"), scale);
}

inline Decimal percent(const Decimal& part, const Decimal& whole, int scale, Rounding rounding) {
    // part/whole*100 at `scale` has the coefficient of part/whole at scale+2: one exact rounding.
    detail::check_scale(scale);
    Decimal q = divide(part, whole, scale + 2, rounding);
    return Decimal::from_parts(q.coefficient(), scale);
}

}  // namespace sakip
