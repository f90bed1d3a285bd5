// The definitions of include/sakip/measure/rasional.hpp (Rasional and Akar), included at its end:
// the measures are header-only. Helpers are in sakip::detail (not part of the API); the exact-rounding
// ones that every measure uses are declared first.
#pragma once

#include <sakip/error.hpp>
#include <sakip/interrupt.hpp>
#include <sakip/measure/rasional.hpp>

#include <array>
#include <cstdint>
#include <numeric>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace sakip {

// ---- helpers of every measure (sakip::detail) -------------------------------------------------------

namespace detail {

using integer = Rasional::integer;

// 100 as a Rasional: the factor of every percentage.
inline const Rasional hundred(100);

// Where the discarded fraction f (0 <= f < 1) of a value lies: exactly 0, below, at or above 1/2.
enum class Fraksi { nol, bawah_setengah, setengah, atas_setengah };

// The rounded integer for a value floor + f under `rounding` (floor may be negative).
integer round_from_floor(const integer& floor, Fraksi f, Rounding rounding);

integer pow10(int exponent);  // exponent >= 0

// Π factors: the numerators and the denominators multiplied pairwise (a product tree, factors of
// similar size) and reduced once. Multiplying one factor at a time reduces a growing fraction at
// every step (cubic in the count). The one gcd at the end is Boost 1.74's binary gcd: about 4 s
// for products of a million bits, not interruptible.
Rasional product_of(std::span<const Rasional> factors);

// base^exponent by squaring, with a safe point (check_interrupt_now) per step.
integer ipow(const integer& base, unsigned exponent);

// Decimal places of a rounded result: |places| <= Decimal::max_scale (1000), checked before any
// power of ten is built; overflow_error otherwise.
inline void check_places(int places) {
    if (places < -Decimal::max_scale || places > Decimal::max_scale) {
        throw overflow_error("places " + std::to_string(places) + " di luar batas −1000..1000 / places " +
                             std::to_string(places) + " outside −1000..1000");
    }
}

// A rounded integer coefficient at `places` as a Decimal; overflow_error beyond 38 digits.
Decimal make_decimal(const integer& coefficient, int places);

std::string decimal_text(const Rasional& r);  // exact decimal if terminating, else "n/d"

// a / b × 100 as one fraction (one reduction instead of two); b != 0.
inline Rasional persen_dari(const Rasional& a, const Rasional& b) {
    return Rasional(a.num() * b.den() * 100, a.den() * b.num());
}

}  // namespace detail

namespace detail {

// Small-value fast paths. Almost every figure of a LKjIP (rupiah in sen, percentages, counts) has a
// numerator and a denominator below 2^64; for those, gcd and division run on machine words instead of
// cpp_int's generic algorithms. The results are the same integers; only the route differs.
__extension__ typedef unsigned __int128 u128;
using limb_type = boost::multiprecision::limb_type;
static_assert(sizeof(limb_type) == 8, "the fast paths read one 64-bit limb");

// |x| when it fits in one limb.
inline bool small(const Rasional::integer& x) noexcept { return x.backend().size() == 1; }
inline std::uint64_t magnitude(const Rasional::integer& x) noexcept { return x.backend().limbs()[0]; }
inline bool negative(const Rasional::integer& x) noexcept { return x.backend().sign(); }

}  // namespace detail

namespace detail {

inline integer pow10(int exponent) {
    // 10^0 .. 10^76 cover every Decimal scale used by the measures; built once (thread-safe).
    static const std::array<integer, 77> table = [] {
        std::array<integer, 77> t;
        t[0] = 1;
        for (std::size_t i = 1; i < t.size(); ++i) t[i] = t[i - 1] * 10;
        return t;
    }();
    if (exponent >= 0 && static_cast<std::size_t>(exponent) < table.size()) {
        return table[static_cast<std::size_t>(exponent)];
    }
    return ipow(integer(10), static_cast<unsigned>(exponent));
}

inline integer ipow(const integer& base, unsigned exponent) {
    if (exponent == 0) return 1;
    if (exponent == 1 || base.is_zero() || base == 1) return base;
    // Square and multiply, with a safe point per step: a step on numbers of millions of bits is
    // itself slow, so each one asks the interrupt hook.
    integer result = 1;
    integer b = base;
    for (;;) {
        check_interrupt_now();
        if ((exponent & 1u) != 0) result *= b;
        exponent >>= 1;
        if (exponent == 0) break;
        b *= b;
    }
    return result;
}

inline integer round_from_floor(const integer& floor, Fraksi f, Rounding rounding) {
    if (f == Fraksi::nol) return floor;
    const bool negative = floor.sign() < 0;  // value < 0 exactly when floor < 0 (f < 1)
    switch (rounding) {
        case Rounding::floor:
            return floor;
        case Rounding::ceiling:
            return floor + 1;
        case Rounding::down:
            return negative ? floor + 1 : floor;
        case Rounding::up:
            return negative ? floor : floor + 1;
        case Rounding::half_up:
        case Rounding::half_down:
        case Rounding::half_even:
            if (f == Fraksi::bawah_setengah) return floor;
            if (f == Fraksi::atas_setengah) return floor + 1;
            if (rounding == Rounding::half_up) return negative ? floor : floor + 1;
            if (rounding == Rounding::half_down) return negative ? floor + 1 : floor;
            return (floor % 2 == 0) ? floor : floor + 1;
    }
    return floor;
}

[[noreturn]] inline void throw_result_overflow() {
    throw overflow_error("hasil memuat lebih dari 38 digit bermakna / result has more than 38 significant digits");
}

inline Decimal make_decimal(const integer& coefficient, int places) {
    static const integer limit = pow10(Decimal::max_digits);
    if (boost::multiprecision::abs(coefficient) >= limit) {
        throw_result_overflow();
    }
    if (places < -Decimal::max_scale || places > Decimal::max_scale) {
        throw overflow_error("skala di luar batas / scale out of range");
    }
    return Decimal::from_parts(Decimal::coefficient_type(coefficient), places);
}

inline std::string decimal_text(const Rasional& r) {
    if (auto d = r.to_decimal()) return d->to_string();
    return r.to_string();
}

}  // namespace detail

namespace detail {

inline detail::Fraksi fraksi(u128 r, u128 b) noexcept {
    if (r == 0) return detail::Fraksi::nol;
    // 2r vs b without overflow: r < b, so compare r with b - r.
    const u128 rest = b - r;
    return r < rest ? detail::Fraksi::bawah_setengah
                    : (r == rest ? detail::Fraksi::setengah : detail::Fraksi::atas_setengah);
}

// floor(a / b) for b > 0 and the class of the remainder.
inline std::pair<integer, detail::Fraksi> floor_div(const integer& a, const integer& b) {
    if (small(a) && small(b)) {
        const std::uint64_t m = magnitude(a);
        const std::uint64_t d = magnitude(b);
        std::uint64_t q = m / d;
        std::uint64_t r = m % d;
        if (!negative(a)) return {integer(q), fraksi(r, d)};
        if (r == 0) return {-integer(q), detail::Fraksi::nol};
        // a < 0 with a remainder: floor(-m/d) = -(q + 1), and the fraction above the floor is (d - r)/d.
        return {-(integer(q) + 1), fraksi(d - r, d)};
    }
    integer q = a / b;  // truncates towards zero
    integer r = a % b;  // sign of a
    if (r.sign() < 0) {
        q -= 1;
        r += b;
    }
    detail::Fraksi f = detail::Fraksi::nol;
    if (!r.is_zero()) {
        const integer twice = 2 * r;
        f = twice < b ? detail::Fraksi::bawah_setengah
                      : (twice == b ? detail::Fraksi::setengah : detail::Fraksi::atas_setengah);
    }
    return {q, f};
}

}  // namespace detail

inline Rasional::Rasional(const Decimal& value) : num_(value.coefficient()), den_(1) {
    if (value.scale() > 0) {
        den_ = detail::pow10(value.scale());
    } else if (value.scale() < 0) {
        num_ *= detail::pow10(-value.scale());
    }
    normalize();
}

inline Rasional::Rasional(detail::integer num, detail::integer den) : num_(std::move(num)), den_(std::move(den)) {
    if (den_.is_zero()) throw division_by_zero("bilangan rasional dengan penyebut 0 / rational with denominator 0");
    normalize();
}

inline void Rasional::normalize() {
    if (den_.sign() < 0) {
        num_ = -num_;
        den_ = -den_;
    }
    if (num_.is_zero()) {
        den_ = 1;
        return;
    }
    if (den_ == 1) return;  // an integer (Boost's gcd with 1 still walks the whole numerator)
    if (detail::small(num_) && detail::small(den_)) {
        const std::uint64_t n = detail::magnitude(num_);
        const std::uint64_t d = detail::magnitude(den_);
        const std::uint64_t g = std::gcd(n, d);
        if (g != 1) {
            const bool neg = detail::negative(num_);
            num_ = n / g;
            if (neg) num_.backend().negate();
            den_ = d / g;
        }
        return;
    }
    detail::integer g = boost::multiprecision::gcd(num_, den_);
    if (g != 1) {
        num_ /= g;
        den_ /= g;
    }
}

inline Rasional Rasional::operator-() const {
    Rasional r = *this;
    r.num_ = -r.num_;
    return r;
}

inline Rasional Rasional::abs() const { return signum() < 0 ? -*this : *this; }

inline Rasional operator+(const Rasional& a, const Rasional& b) {
    if (a.den_ == b.den_) return Rasional(a.num_ + b.num_, a.den_);
    return Rasional(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_);
}

inline Rasional operator-(const Rasional& a, const Rasional& b) { return a + (-b); }

inline Rasional operator*(const Rasional& a, const Rasional& b) { return Rasional(a.num_ * b.num_, a.den_ * b.den_); }

inline Rasional operator/(const Rasional& a, const Rasional& b) {
    if (b.is_zero()) throw division_by_zero("pembagian dengan nol / division by zero");
    return Rasional(a.num_ * b.den_, a.den_ * b.num_);
}

inline Rasional Rasional::pow(unsigned exponent) const {
    Rasional r;
    r.num_ = detail::ipow(num_, exponent);
    r.den_ = detail::ipow(den_, exponent);
    return r;
}

inline std::strong_ordering operator<=>(const Rasional& a, const Rasional& b) noexcept {
    const detail::integer l = a.num_ * b.den_;
    const detail::integer r = b.num_ * a.den_;
    if (l < r) return std::strong_ordering::less;
    if (l > r) return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

inline Decimal Rasional::round(int places, Rounding rounding) const {
    detail::check_places(places);
    detail::integer a = num_;
    detail::integer b = den_;
    if (places >= 0) {
        a *= detail::pow10(places);
    } else {
        b *= detail::pow10(-places);
    }
    auto [fl, f] = detail::floor_div(a, b);
    return detail::make_decimal(detail::round_from_floor(fl, f, rounding), places);
}

inline std::optional<Decimal> Rasional::to_decimal() const {
    detail::integer d = den_;
    int twos = 0;
    int fives = 0;
    while (d % 2 == 0) {
        d /= 2;
        ++twos;
    }
    while (d % 5 == 0) {
        d /= 5;
        ++fives;
    }
    if (d != 1) return std::nullopt;
    const int places = twos > fives ? twos : fives;
    const detail::integer coefficient = num_ * detail::pow10(places) / den_;
    static const detail::integer limit = detail::pow10(Decimal::max_digits);
    if (boost::multiprecision::abs(coefficient) >= limit || places > Decimal::max_scale) {
        return std::nullopt;
    }
    return detail::make_decimal(coefficient, places);
}

namespace detail {

// Π v, multiplying neighbours level by level so that the factors stay of similar size.
inline integer product_tree(std::vector<integer> v) {
    if (v.empty()) return 1;
    while (v.size() > 1) {
        check_interrupt_now();
        std::vector<integer> next;
        next.reserve((v.size() + 1) / 2);
        for (std::size_t i = 0; i + 1 < v.size(); i += 2) next.push_back(v[i] * v[i + 1]);
        if (v.size() % 2 != 0) next.push_back(std::move(v.back()));
        v = std::move(next);
    }
    return std::move(v.front());
}

inline Rasional product_of(std::span<const Rasional> factors) {
    std::vector<integer> nums;
    std::vector<integer> dens;
    nums.reserve(factors.size());
    dens.reserve(factors.size());
    for (const Rasional& f : factors) {
        check_interrupt();
        nums.push_back(f.num());
        dens.push_back(f.den());
    }
    return Rasional(product_tree(std::move(nums)), product_tree(std::move(dens)));
}

}  // namespace detail

inline std::string Rasional::to_string() const {
    if (den_ == 1) return num_.str();
    return num_.str() + "/" + den_.str();
}

namespace detail {

// floor(x^(1/n)) when it is below 2^bits: decided one bit at a time from the top (bits powers).
inline integer iroot_by_bits(const integer& x, unsigned n, std::uint64_t bits) {
    integer y = 0;
    for (std::uint64_t b = bits; b-- > 0;) {
        check_interrupt_now();
        integer candidate = y;
        boost::multiprecision::bit_set(candidate, static_cast<unsigned>(b));
        if (detail::ipow(candidate, n) <= x) y = std::move(candidate);
    }
    return y;
}

}  // namespace detail

inline detail::integer iroot(const detail::integer& x, unsigned n) {
    if (x.sign() < 0) throw error("iroot dari bilangan negatif / iroot of a negative number");
    if (n == 0) throw error("iroot dengan n == 0 / iroot with n == 0");
    if (n == 1 || x < 2) return x;
    const std::uint64_t bits = boost::multiprecision::msb(x) + 1;
    const std::uint64_t root_bits = (bits + n - 1) / n;  // x < 2^bits, so the root < 2^root_bits
    if (root_bits <= 64) return detail::iroot_by_bits(x, n, root_bits);
    // The top half of the root's bits from the top of x: with z = iroot(x >> nk, n),
    // z·2^k <= root < (z + 1)·2^k, so y = (z + 1)·2^k lies above the root by a relative 1/z < 2^-31.
    // Newton's iteration from above then decreases monotonically to the floor root, converging
    // quadratically from the first step (starting at a mere power of two, as before, it crept down
    // by a factor (n−1)/n per step: n·ln 2 steps for a large degree).
    const std::uint64_t k = root_bits / 2;
    detail::integer y = (iroot(x >> (n * k), n) + 1) << k;
    for (;;) {
        check_interrupt_now();
        detail::integer next = ((n - 1) * y + x / detail::ipow(y, n - 1)) / n;
        if (next >= y) break;
        y = std::move(next);
    }
    return y;
}

inline Akar::Akar(Rasional radikan_, unsigned n_) : radikan(std::move(radikan_)), n(n_) {
    if (n == 0) throw error("akar berderajat 0 / root of degree 0");
    if (n > akar_max_degree) {
        throw error("derajat akar " + std::to_string(n) + " melebihi batas " + std::to_string(akar_max_degree) +
                    " / root degree " + std::to_string(n) + " above the limit " + std::to_string(akar_max_degree));
    }
    if (radikan.signum() < 0) throw error("akar dari bilangan negatif / root of a negative number");
}

inline std::optional<Rasional> Akar::rasional() const {
    if (n == 1) return radikan;
    // The denominator first: it is usually the smaller, and a miss there spares the numerator's root.
    detail::integer q = iroot(radikan.den(), n);
    if (detail::ipow(q, n) != radikan.den()) return std::nullopt;
    detail::integer p = iroot(radikan.num(), n);
    if (detail::ipow(p, n) != radikan.num()) return std::nullopt;
    return Rasional(p, q);
}

inline Decimal Akar::round(int places, Rounding rounding, const Rasional& multiplier, const Rasional& offset) const {
    if (multiplier.signum() <= 0)
        throw error("Akar::round memerlukan pengali positif / Akar::round needs a positive multiplier");
    if (places < 0) throw error("Akar::round memerlukan places >= 0 / Akar::round needs places >= 0");
    detail::check_places(places);
    const Rasional shifted_offset = offset * Rasional(detail::pow10(places), 1);
    if (!shifted_offset.is_integer()) {
        throw error(
            "Akar::round: offset memiliki lebih banyak desimal daripada places / Akar::round: the offset has more "
            "decimals than the places");
    }
    // Without an offset, a result of more than 38 digits is refused from the sizes alone, before
    // the powers below (of about n × log2(result) bits) are built: log2(v) >= (msb(num) − msb(den)
    // − 1) / n. (With an offset the result may be small although the root is not.)
    if (offset.is_zero() && !radikan.is_zero()) {
        const auto log2_lower = [](const Rasional& q) {
            return static_cast<long long>(boost::multiprecision::msb(q.num())) -
                   static_cast<long long>(boost::multiprecision::msb(q.den())) - 1;
        };
        const long long l = log2_lower(radikan);
        const auto degree = static_cast<long long>(n);
        const long long root_lower = l >= 0 ? l / degree : -((-l + degree - 1) / degree);  // floor
        // 10^places >= 2^(3·places); 10^38 < 2^127.
        if (root_lower + log2_lower(multiplier) + 3LL * places > 127) {
            detail::throw_result_overflow();
        }
    }
    // v = (multiplier^n * radikan * 10^(places*n))^(1/n) = P/Q ^ (1/n); y = floor(v). P/Q is left
    // unreduced: the floor and the comparisons below do not need it reduced, and a gcd of numbers of
    // a million bits (a mean of 4096 members with 38-digit parts) costs seconds.
    const detail::integer P = detail::ipow(multiplier.num(), n) * radikan.num() *
                              detail::ipow(detail::integer(10), static_cast<unsigned>(places) * n);
    const detail::integer Q = detail::ipow(multiplier.den(), n) * radikan.den();
    const detail::integer y = iroot(P / Q, n);  // floor(root(floor(x))) == floor(root(x))
    detail::Fraksi f = detail::Fraksi::nol;
    if (detail::ipow(y, n) * Q != P) {
        // Compare (y + 1/2)^n with P/Q: (2y+1)^n * Q  vs  2^n * P.
        const detail::integer lhs = detail::ipow(2 * y + 1, n) * Q;
        const detail::integer rhs = P << n;
        f = lhs > rhs ? detail::Fraksi::bawah_setengah
                      : (lhs == rhs ? detail::Fraksi::setengah : detail::Fraksi::atas_setengah);
    }
    const detail::integer fl = y + shifted_offset.num();
    return detail::make_decimal(detail::round_from_floor(fl, f, rounding), places);
}

inline std::string Akar::to_string() const {
    if (n == 1) return radikan.to_string();
    return "(" + radikan.to_string() + ")^(1/" + std::to_string(n) + ")";
}

}  // namespace sakip
