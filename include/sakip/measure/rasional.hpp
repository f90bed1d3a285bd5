// sakip::Rasional and sakip::Akar: the exact values behind every measure.
//
// A capaian such as 100 / 97 x 100 % is not a terminating decimal; a geometric mean (PMK 22/2021) is
// not even rational. sakip keeps the exact value - a reduced fraction of arbitrary-precision integers,
// or an n-th root of such a fraction - and rounds exactly once, at the end, to the places and Rounding
// the caller names. Nothing here uses binary floating point: roots are computed with an integer n-th
// root and the rounding decision (below / at / above the half) is made by exact integer comparison,
// so every result is correctly rounded in every Rounding mode.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <concepts>
#include <optional>
#include <string>
#include <type_traits>

#include <sakip/decimal/decimal.hpp>
#include <sakip/decimal/rounding.hpp>

namespace sakip {

// An exact rational number num/den: den > 0 and gcd(num, den) == 1 at all times.
class Rasional {
public:
    using integer = boost::multiprecision::cpp_int;

    Rasional() = default;
    template <std::integral I>
    requires(!std::same_as<std::remove_cv_t<I>, bool>) Rasional(I value) : num_(value) {}  // NOLINT: implicit, exact
    Rasional(const Decimal& value);                                                        // NOLINT: implicit, exact
    // Throws sakip::division_by_zero if den == 0.
    Rasional(integer num, integer den);

    const integer& num() const noexcept { return num_; }
    const integer& den() const noexcept { return den_; }
    int signum() const noexcept { return num_.sign(); }
    bool is_zero() const noexcept { return num_.is_zero(); }
    bool is_integer() const noexcept { return den_ == 1; }

    Rasional operator-() const;
    Rasional abs() const;
    friend Rasional operator+(const Rasional& a, const Rasional& b);
    friend Rasional operator-(const Rasional& a, const Rasional& b);
    friend Rasional operator*(const Rasional& a, const Rasional& b);
    // Throws sakip::division_by_zero if b == 0 (measures test for zero first and report "undefined").
    friend Rasional operator/(const Rasional& a, const Rasional& b);
    Rasional& operator+=(const Rasional& o) { return *this = *this + o; }
    Rasional& operator-=(const Rasional& o) { return *this = *this - o; }
    Rasional& operator*=(const Rasional& o) { return *this = *this * o; }
    Rasional& operator/=(const Rasional& o) { return *this = *this / o; }
    Rasional pow(unsigned exponent) const;

    friend bool operator==(const Rasional& a, const Rasional& b) noexcept {
        return a.num_ == b.num_ && a.den_ == b.den_;
    }
    friend std::strong_ordering operator<=>(const Rasional& a, const Rasional& b) noexcept;

    // Correctly rounded to `places` decimals (negative places: tens, hundreds...). Throws
    // sakip::overflow_error if the result does not fit in a Decimal (38 digits) or |places| > 1000.
    Decimal round(int places, Rounding rounding = Rounding::half_up) const;
    // The exact Decimal if the value is a terminating decimal with at most 38 digits, else nullopt.
    std::optional<Decimal> to_decimal() const;
    // "10000/97", "-3/2", "7" (integers without "/1").
    std::string to_string() const;

private:
    void normalize();
    integer num_ = 0;
    integer den_ = 1;
};

// The largest root degree: a geometric mean of at most 4096 members (nested means multiply their
// degrees). Rounding a root costs powers of about n × log2(result) bits, so the degree is bounded;
// Akar(radikan, n) with a larger n throws sakip::error before any work.
inline constexpr unsigned akar_max_degree = 4096;

// The n-th root of a non-negative rational: value = radikan^(1/n), 1 <= n <= akar_max_degree. Exact
// representation of a geometric mean (of rationals, and of geometric means, nested to any depth).
struct Akar {
    Rasional radikan;
    unsigned n = 1;

    // Throws sakip::error if radikan < 0, n == 0 or n > akar_max_degree.
    Akar(Rasional radikan_, unsigned n_ = 1);
    // The rational value when it is one (n == 1, or an exact root such as (4/9)^(1/2) = 2/3).
    std::optional<Rasional> rasional() const;
    // Correctly rounded  multiplier * radikan^(1/n) + offset  at `places` decimals; multiplier must be
    // > 0 and offset * 10^places an integer (e.g. offset -100 for "growth rate in percent"); 0 <= places
    // <= 1000. Interruptible (check_interrupt_now in every root and power step).
    Decimal round(int places, Rounding rounding = Rounding::half_up, const Rasional& multiplier = 1,
                  const Rasional& offset = 0) const;
    std::string to_string() const;  // "(9000)^(1/2)", "103/4"
    friend bool operator==(const Akar& a, const Akar& b) noexcept { return a.n == b.n && a.radikan == b.radikan; }
};

// floor(x^(1/n)) for x >= 0, n >= 1 (exact integer n-th root: the top half of the root's bits
// recursively, then Newton's method from above; interruptible at every step).
Rasional::integer iroot(const Rasional::integer& x, unsigned n);

}  // namespace sakip

#include <sakip/measure/rasional-inl.hpp>  // header-only
